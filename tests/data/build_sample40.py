"""Build sample-40 ("Rail Relay 2088") and questions-40.jsonl.

Writes every programme document (text ones byte-exact, Word and PDF ones with fixed metadata and zip times),
directory.csv and questions-40.jsonl. Directory answer sets and computed answers come from validate_sample40
(FILTERS, COMPUTED), so the frozen answers and the checks share one code path. Running it twice gives the same bytes.

Usage: build_sample40.py [BASE]  (BASE holds sample-40/ and questions-40.jsonl; default: this folder)
"""

import csv
import datetime
import io
import json
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if len(sys.argv) > 1:
    os.environ["SAMPLE40_BASE"] = str(Path(sys.argv[1]).resolve())
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample40 as v  # noqa: E402
from docx.shared import Pt  # noqa: E402
from pypdf.generic import ContentStream, DictionaryObject, NameObject  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2088, 3, 1, 9, 0, 0)


def write_text(name, text):
    (PROG / name).write_bytes(text.encode("utf-8"))


# ============================================================================ Markdown / text / HTML documents
OVERVIEW_MD = """# Rail Relay 2088 — Programme overview

**The Pak–China Rail & Urban Transit Software Programme 2088**

PTSC and CURIA · 1 March 2088

Rail Relay 2088 brings Pakistani firms that build software for railways, metros and buses to Chinese buyers: metro
operators, rail-transit groups, bus companies, rolling-stock makers, railway design institutes and smart-card clearing
houses.

## Where the programme comes from

Rail Relay grew out of the February 2022 Shanghai webinar "Outsourcing ICT Talent from Pakistan", which was
co-organised by Pakistan's Consulate General in Shanghai, the Software Business Union of Shanghai, the Shanghai
Software Industry Association and the Trade Development Authority of Pakistan. Rail Relay takes that idea into one
sector: rail and urban transit.

## Organisers

- **Pakistan Transit Software Council (PTSC)**, Lahore — the Pakistani organiser. PTSC registers vendors, collects
  fees and runs the pre-departure briefing in Pakistan.
- **China Urban Rail Informatisation Alliance (CURIA, 中国城市轨道交通信息化联盟)**, Chengdu — the Chinese organiser.
  CURIA recruits buyers and runs the expo.
- **Rongcheng Metro Operating Group (蓉城地铁运营集团)** — the Chengdu metro operator that opens the maintenance data
  of its Jinxiu Depot for the Depot Sprint.

## The two events

1. **Rail Relay Buyers' Expo** — Tuesday 21 to Thursday 23 September 2088, at the Chengdu Western Rail Expo Centre
   (成都西部轨道会展中心), Hall 5. Stands, pitches by theme, one-to-one buyer matchmaking, and on the last day the
   announcement of the Depot Sprint teams.
2. **The Depot Sprint** — selected vendors work for four weeks on the real maintenance data of Jinxiu Depot
   (锦绣车辆段) and are scored by the depot's engineers. The dates, team rules and fees are in the Depot Sprint
   handbook.

## Who can take part

Pakistani firms registered with the Securities and Exchange Commission of Pakistan or a provincial registrar whose
products fall in the programme's fields: automatic fare collection and QR/NFC ticketing, passenger information
displays, CBTC simulators and interlocking test benches, timetable and crew-rostering optimisation, rolling-stock
predictive maintenance, depot and spare-parts management (EAM/CMMS), station CCTV video analytics, crowd and
platform-density monitoring, journey planners and MaaS apps, bus fleet tracking (AVL), BRT operations, freight-wagon
tracking, railway GIS and asset surveys, track-geometry data analysis, traction energy metering, station digital
twins, accessibility apps, and call-centre and lost-and-found systems.

## Applying

Expo stands are booked through PTSC until Hall 5 is sold out; the stand packages and fees are published separately.
Depot Sprint applications close at 23:59 PKT on the second Friday of August 2088. The teams selected for the Depot
Sprint are announced on the last day of the expo.

## Documents

The exhibitor manual, the stand packages and fees, the expo agenda, the Depot Sprint handbook and schedule, the
application checklist and the glossary are published with this overview. Later notices override earlier documents
where they differ.

## Contact

PTSC programme office, Gulberg, Lahore · info@railrelay2088.example
"""

MANUAL_MD = """# Rail Relay Buyers' Expo 2088 — Exhibitor manual

CURIA secretariat with PTSC · version 1.3 · 6 June 2088

## Revision history

| Version | Date | What changed |
|---|---|---|
| v1.0 | 8 March 2088 | First issue. |
| v1.1 | 12 April 2088 | Build-up day: hall opening for exhibitors moved from 08:00 to 07:00. |
| v1.2 | 2 May 2088 | Stand security deposit raised from RMB 3,000 to RMB 4,500 per stand. |
| v1.3 | 6 June 2088 | Section 5 (unattended stands) added; badge collection moved to Gate C. |

The sections below already include every change listed above.

## 1. Dates and opening hours

The expo takes place in Hall 5 of the Chengdu Western Rail Expo Centre. All times are Beijing time. Working days in
this manual are Monday to Friday.

| Day | Date | Hall open to exhibitors | Hall open to buyers |
|---|---|---|---|
| Build-up | Monday 20 September 2088 | 07:00–22:00 | closed |
| Day 1 | Tuesday 21 September 2088 | 07:30–18:30 | 09:30–18:00 |
| Day 2 | Wednesday 22 September 2088 | 07:30–18:30 | 09:00–18:00 |
| Day 3 | Thursday 23 September 2088 | 07:30–16:00 | 09:00–15:00 |
| Dismantling | Thursday 23 September 2088 | 16:00–23:00 | closed |

## 2. Badges

Exhibitor badges are collected at Gate C on build-up day against the registration e-mail. Badges are personal and
must be worn in the hall at all times.

## 3. Stand artwork

Fascia name boards of shell scheme stands are printed by the hall contractor. Upload the artwork (PDF, CMYK, 300 dpi)
to the exhibitor portal by 17:00 Beijing time on the last working day before build-up day. Artwork that arrives later
is printed as plain text in the standard typeface.

## 4. Stand security deposit

Every exhibitor with a shell scheme stand or a space-only stand pays a stand security deposit of RMB 4,500 per stand
together with the stand fee. Start-up pods pay no deposit.

The deposit is refunded in full within 15 working days after the expo, unless the stand is left unattended during
buyer opening hours: for each day on which a hall steward finds the stand unattended for more than 30 minutes,
RMB 1,200 is kept from the deposit. Damage to the stand or the hall is charged at cost on top.

## 5. Unattended stands

At least one person from the exhibiting firm must be on the stand during buyer opening hours. Hall stewards walk
past every stand twice a day and note the stands they find empty. A stand that is empty on all three expo days may be
closed for the next edition.

## 6. Power, furniture and deliveries

Each package includes the power socket and furniture listed on the stand packages page. Extra power and furniture are
ordered through the exhibitor portal. Goods for the stand are delivered to the loading bay behind Hall 5 on build-up
day only; the loading bay does not store goods overnight.

## 7. Dismantling

Stands are cleared on Thursday 23 September after the hall closes to buyers. Anything left in the hall after 23:00 is
removed by the contractor at the exhibitor's cost.
"""

HANDBOOK_V1_MD = """# Depot Sprint Handbook — version 1 (SUPERSEDED)

> SUPERSEDED: replaced by version 2 of 30 July 2088. Kept for reference only.

CURIA secretariat with PTSC and Rongcheng Metro Operating Group · 20 May 2088

## 1. What the Depot Sprint is

Selected vendors work for four weeks on the maintenance data of Jinxiu Depot and are scored by the depot's engineers.

## 2. Places and teams

The Sprint has 8 vendor places. Each vendor sends a team of up to 4 people, all of whom must work on site at the
depot for the four weeks.

## 3. Fee

Every selected vendor pays the Sprint participation fee of RMB 19,500 per team.

## 4. Reporting

- A weekly stand-up is held every Monday at 09:00 Beijing time.
- The final report is due within 7 days after the last day of the Sprint.

## 5. Scoring

Accuracy of failure predictions 40 %, spare-parts savings 30 %, usability for depot engineers 30 %. Teams with 75
points or more receive a reference letter.
"""

TRANSCRIPT_TXT = """Rail Relay 2088 — online information session for Pakistani vendors
Thursday 15 April 2088, 15:00–16:10 PKT · recorded and transcribed by PTSC · lightly edited

Moderator: Assalam o alaikum and 大家好, and welcome to the first information session of Rail Relay 2088. I am Saad
Butt from PTSC. With me are Ms. Zhou Lan from CURIA in Chengdu and Mr. Imran Haider from the PTSC finance desk. A
quick overview: the buyers' expo is in Chengdu in September and the Depot Sprint follows in October. Through the
matchmaking app each exhibitor can pre-book up to 10 buyer meetings before the expo. Let us take your questions.

Q (caller from Multan): Thank you. We are a small fare-collection firm. If we take a shell scheme stand, how many
exhibitor badges do we get, and can we bring more people?

Mr. Haider (PTSC finance): Every stand comes with three exhibitor badges, whatever its size. You can buy more; the
price per extra badge is on the stand packages page. A start-up pod comes with one badge.

Q (caller from Quetta): Is there any transport from the airport to the expo centre? Chengdu is big.

Ms. Zhou (CURIA): Yes. CURIA runs a free shuttle bus from Chengdu Tianfu International Airport, Terminal 1, to the
expo centre every 40 minutes on 19 and 20 September. Show your exhibitor e-mail to the driver.

Q (caller from Sialkot): Do Chinese buyers pay to attend? We want to know how serious they are.

Ms. Zhou (CURIA): Buyers register free of charge, but they have to name the systems they are looking for, and the
alliance checks every registration. Most of them are metro operators and bus companies.

Q (caller from Karachi): Can we apply for the Depot Sprint without taking a stand at the expo?

Moderator: Yes. The Sprint has its own application and its own fee; a stand is not needed. The handbook will explain
the rules.

Q (caller from Rawalpindi): What kind of data will the Sprint teams get?

Ms. Zhou (CURIA): Maintenance work orders, bogie sensor readings and spare-parts stock movements from Jinxiu Depot.
The data sheet will list every dataset. The data does not leave the depot's servers.

Ms. Zhou (CURIA): May I correct one figure from the start of the session? Saad said each exhibitor can pre-book 10
buyer meetings. Since this week the matchmaking app allows 16 pre-booked meetings per exhibitor, because more buyers
have registered than we expected.

Moderator: Thank you, Ms. Zhou, that is good news: 16, not 10. Next question please.

Q (caller from Gujranwala): Will there be interpreters at the expo? Our team speaks English and Urdu only.

Ms. Zhou (CURIA): Yes. There is a Gate C interpretation desk with Chinese–Urdu and Chinese–English interpreters
during buyer opening hours. Please book them for your meetings through the app.

Q (caller from Lahore): When do we pay for the stand?

Mr. Haider (PTSC finance): PTSC invoices the stand fee and the deposit when you book. Pay early if you want the
early-bird fee.

Moderator: That is all we have time for. The recording and this transcript will be shared with PTSC members. Thank
you all, and Allah hafiz.
"""

CHECKLIST_MD = """# Application document checklist — Rail Relay 2088

PTSC registration desk · 1 May 2088

Tick marks: **[x] = required** (mandatory: the application is not accepted without it) · **[ ] = optional** (not
required; send it if you have it).

## A. Expo exhibitors (shell scheme or space-only stand)

- [x] Registration form signed by a director
- [x] Certificate of incorporation (SECP or provincial registrar)
- [x] One-page company profile in English
- [ ] Company profile in Chinese
- [ ] Product brochure or catalogue
- [x] Proof of payment of the stand fee and the stand security deposit

## B. Start-up pods

- [x] Registration form signed by a director
- [x] Certificate of incorporation dated 2085 or later
- [ ] Pitch deck (PDF, at most 10 slides)

## C. Depot Sprint vendors

- [x] Registration form signed by a director
- [x] Certificate of incorporation (SECP or provincial registrar)
- [x] CVs of all team members
- [x] Signed data-confidentiality undertaking, one per team member
- [ ] ISO/IEC 27001 certificate
- [ ] Reference letter from a rail or transit client
- [ ] Ownership declaration (only for women-led firms that claim the participation-fee exemption)
- [x] Passport copies of the team members who will work on site

Send the papers as PDF files to the PTSC registration desk with the application form.
"""

CORRECTION_MD = """# Correction Notice No. 1

PTSC programme office and CURIA secretariat · **12 July 2088**

This notice corrects two published documents. Where they differ from this notice, this notice applies.

## 1. Stand packages and fees (15 May 2088) — Space only, 36 m²

Table 1 shows a standard fee of RMB 54,000 for the 36 m² space-only stand. The digits were swapped. The correct
standard fee for the 36 m² space-only stand is **RMB 45,000**. Exhibitors who have already paid the wrong figure
receive the difference back. The early-bird fee and all other packages are unchanged.

## 2. Rail Relay Dispatch, issue 3 (5 July 2088) — Peshawar roadshow

The Peshawar roadshow moves from Saturday 31 July 2088 to **Saturday 7 August 2088** because the hall was double-booked.
The time is unchanged. The Lahore and Karachi roadshows keep their dates.

No other figure or date in these documents changes.
"""

AGENDA_MD = """# Rail Relay Buyers' Expo 2088 — Agenda

Chengdu Western Rail Expo Centre, Hall 5 · 21–23 September 2088 · CURIA secretariat · version of 1 June 2088

All times below are Beijing time.

## Day 1 — Tuesday 21 September 2088

| Time | Session | Place |
|---|---|---|
| 09:30 | Opening ceremony and opening keynote | Main stage |
| 10:30 | Panel: fare collection after the smart-card era | Main stage |
| 12:00 | Lunch | Food court |
| 13:30 | Vendor pitches A: AFC, QR/NFC ticketing and passenger information | Pitch stage |
| 15:30 | Vendor pitches B: CBTC simulators, interlocking test benches and track geometry | Pitch stage |
| 18:30 | Welcome reception hosted by CURIA | Hall 5 foyer |

## Day 2 — Wednesday 22 September 2088

| Time | Session | Place |
|---|---|---|
| 09:00 | Vendor pitches C: predictive maintenance, EAM/CMMS and energy metering | Pitch stage |
| 11:00 | Vendor pitches D: CCTV analytics, crowd monitoring and digital twins | Pitch stage |
| 12:30 | Lunch | Food court |
| 14:00 | Buyer matchmaking: one-to-one meetings | Meeting zone B |
| 19:00 | Gala dinner | Jinjiang Riverside Hotel ballroom |

## Day 3 — Thursday 23 September 2088

| Time | Session | Place |
|---|---|---|
| 09:00 | Vendor pitches E: MaaS, AVL, BRT, accessibility and call centres | Pitch stage |
| 10:30 | Depot Sprint information session | Room 5-2 |
| 13:00 | Depot Sprint teams announced | Main stage |
| 14:00 | Closing session | Main stage |

Pitch slots are 7 minutes with 3 minutes of questions. Vendors receive their slot by e-mail ten days before the expo.
"""

GLOSSARY_MD = """# Rail Relay 2088 glossary · 术语表（英中对照）

PTSC and CURIA · June 2088 · terms used in the programme documents, in English and Chinese

| Term | English | 中文 |
|---|---|---|
| AFC | Automatic fare collection: ticket machines, fare gates and the back office that settles fares. | 自动售检票系统：售票机、闸机及清分结算后台。 |
| AVL | Automatic vehicle location: GPS tracking of buses in service. | 车辆自动定位：对运营公交车辆进行GPS定位。 |
| BRT | Bus rapid transit: buses on dedicated lanes with stations. | 快速公交系统：在专用道上运行并设有车站的公交。 |
| CBTC | Communications-based train control, the signalling used on modern metro lines. | 基于通信的列车控制系统，现代地铁线路采用的信号系统。 |
| CMMS | Computerised maintenance management system for work orders. | 计算机化维修管理系统，用于管理工单。 |
| EAM | Enterprise asset management: assets, spare parts and maintenance plans of a depot. | 企业资产管理：车辆段的资产、备件和维修计划。 |
| EN 50128 | European standard for railway control and protection software. | 欧洲铁路控制与防护软件标准。 |
| IRIS | International Railway Industry Standard, now ISO/TS 22163, for railway quality management. | 国际铁路行业标准，现为ISO/TS 22163，铁路质量管理体系。 |
| MaaS | Mobility as a service: one app to plan and pay for trips across modes. | 出行即服务：一个App规划并支付多种交通方式的出行。 |
| PIS | Passenger information system: screens and announcements in stations and trains. | 乘客信息系统：车站和列车内的屏幕与广播。 |
| Shell scheme stand | A stand with walls, a name board and furniture provided by the organiser. | 标准展位：由主办方提供展板、楣板和家具。 |
| Space only | Floor space on which the exhibitor builds its own stand. | 光地展位：参展商自行搭建的场地。 |
| Women-led firm | A firm at least 51 % owned by women. | 女性主导企业：女性持股不低于51%的企业。 |
"""

PACKAGES_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rail Relay Buyers' Expo 2088 — Stand packages and fees</title>
</head>
<body>
<h1>Stand packages and fees</h1>
<p>Rail Relay Buyers' Expo 2088 · Hall 5, Chengdu Western Rail Expo Centre · CURIA secretariat with PTSC ·
15 May 2088</p>
<p>All fees are in Chinese yuan (RMB) per stand. The early-bird fee applies when the full stand fee reaches PTSC by
30 June 2088; after that the standard fee applies. The stand security deposit is set in the exhibitor manual and is
paid on top of the stand fee.</p>
<table border="1">
<caption>Table 1. Stand packages</caption>
<tr><th rowspan="2">Package</th><th rowspan="2">Size</th><th rowspan="2">What is included</th><th colspan="2">Fee (RMB)</th></tr>
<tr><th>Early-bird (paid by 30 June 2088)</th><th>Standard</th></tr>
<tr><td rowspan="3">Shell scheme stand</td><td>9 m²</td><td>walls, fascia name board, 1 table, 2 chairs, 1 kW socket</td><td>14,400</td><td>16,200</td></tr>
<tr><td>12 m²</td><td>walls, fascia name board, 1 table, 4 chairs, 1 kW socket</td><td>19,200</td><td>21,600</td></tr>
<tr><td>18 m²</td><td>walls, fascia name board, 2 tables, 6 chairs, 2 kW socket, lockable cupboard</td><td>28,800</td><td>32,400</td></tr>
<tr><td rowspan="3">Space only</td><td>18 m²</td><td>floor space and a 2 kW socket; the exhibitor builds its own stand</td><td>19,800</td><td>22,500</td></tr>
<tr><td>24 m²</td><td>floor space and a 3 kW socket</td><td>26,400</td><td>30,000</td></tr>
<tr><td>36 m²</td><td>floor space and a 4 kW socket</td><td>39,600</td><td>54,000</td></tr>
<tr><td>Start-up pod</td><td>4 m²</td><td>counter, stool and shared power; firms founded in 2085 or later only</td><td colspan="2">4,800 (one price)</td></tr>
<tr><td rowspan="2">Demo track bay</td><td>30 m²</td><td>20 m of test track for on-board units and platform screens</td><td>TBD</td><td>TBD</td></tr>
<tr><td>60 m²</td><td>40 m of test track and a platform mock-up</td><td colspan="2">to be announced</td></tr>
</table>
<p>Space-only exhibitors submit their stand design to CURIA for approval before build-up day.</p>
<table border="1">
<caption>Table 2. Depot Sprint add-ons</caption>
<tr><th rowspan="2">Item</th><th rowspan="2">Unit</th><th colspan="2">Fee (RMB)</th></tr>
<tr><th>PTSC member</th><th>Non-member</th></tr>
<tr><td rowspan="2">Depot workstation (secure desktop seat)</td><td>per seat, whole Sprint (4 weeks)</td><td>3,200</td><td>4,400</td></tr>
<tr><td>per seat per week</td><td>900</td><td>1,250</td></tr>
<tr><td rowspan="2">GPU compute</td><td>per 100 GPU-hours</td><td>600</td><td>800</td></tr>
<tr><td>per 1,000 GPU-hours, prepaid</td><td>5,000</td><td>6,800</td></tr>
<tr><td>Extra storage</td><td>per TB per week</td><td colspan="2">TBD</td></tr>
</table>
<p>Add-ons are ordered by the selected Sprint teams after the selection. The Sprint participation fee itself is set in
the Depot Sprint handbook.</p>
<table border="1">
<caption>Table 3. Other expo items</caption>
<tr><th>Item</th><th>Fee (RMB)</th></tr>
<tr><td>Additional exhibitor badge</td><td>350 per person</td></tr>
<tr><td>Lead-scanning app licence</td><td>480 per stand</td></tr>
<tr><td>Extra 1 kW of power</td><td>650 per stand</td></tr>
<tr><td>Meeting pod in Meeting zone B, per hour</td><td>TBD</td></tr>
</table>
<p>Questions about fees: info@railrelay2088.example.</p>
</body>
</html>
"""

SCHEDULE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Depot Sprint 2088 — Schedule · 车辆段冲刺日程</title>
</head>
<body>
<h1>Depot Sprint 2088 — Schedule · 车辆段冲刺日程</h1>
<p>CURIA secretariat with Rongcheng Metro Operating Group · 1 August 2088 · English and Chinese</p>
<h2>English</h2>
<p>This schedule lists the milestones of the Depot Sprint at Jinxiu Depot, Chengdu. Dates marked TBD or "to be
announced" will be fixed later and sent to the selected teams by e-mail. Times are Beijing time.</p>
<table border="1">
<caption>Depot Sprint milestones · 车辆段冲刺里程碑</caption>
<tr><th>Milestone · 里程碑</th><th>Date · 日期</th><th>Place · 地点</th></tr>
<tr><td>Selection announced · 入选名单公布</td><td>Thursday 23 September 2088 · 2088年9月23日</td><td>Expo Hall 5 main stage · 会展中心5号馆主舞台</td></tr>
<tr><td>Visa invitation letters sent · 签证邀请函发出</td><td>TBD · 待定</td><td>by e-mail · 电子邮件</td></tr>
<tr><td>Kick-off and depot safety induction · 启动会及安全培训</td><td>Monday 11 October 2088, 09:00 · 2088年10月11日 09:00</td><td>Jinxiu Depot training room · 锦绣车辆段培训室</td></tr>
<tr><td>Weekly stand-ups · 每周例会</td><td>every Wednesday, 10:00 · 每周三 10:00</td><td>online · 线上</td></tr>
<tr><td>Depot night-shift visit · 夜班跟班参观</td><td>to be announced · 待定</td><td>Jinxiu Depot · 锦绣车辆段</td></tr>
<tr><td>Mid-sprint review · 中期评审</td><td>Tuesday 26 October 2088 · 2088年10月26日</td><td>online · 线上</td></tr>
<tr><td>Buyer open day · 买家开放日</td><td>Thursday 28 October 2088 · 2088年10月28日</td><td>Jinxiu Depot · 锦绣车辆段</td></tr>
<tr><td>Final demo day · 最终演示日</td><td>Friday 5 November 2088 · 2088年11月5日</td><td>Jinxiu Depot · 锦绣车辆段</td></tr>
<tr><td>Awards ceremony · 颁奖典礼</td><td>TBD · 待定</td><td>TBD · 待定</td></tr>
</table>
<p>Every team member who works on site must attend the safety induction before entering the depot. Teams that join
the weekly stand-ups online use the link in the Sprint portal.</p>
<h2>中文说明</h2>
<p>本日程列出锦绣车辆段深度试点（车辆段冲刺）的各项里程碑。标注“待定”的日期将另行确定，并通过电子邮件通知入选团队。
所有时间均为北京时间。</p>
<p>在车辆段现场工作的团队成员，进入车辆段前必须参加安全培训。线上参加每周例会的团队请使用冲刺门户网站上的链接。
买家开放日当天，入选团队应在各自工位向来访买家介绍工作进展，请提前准备好演示数据和中文说明材料。</p>
</body>
</html>
"""

UR_HTML = """<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<title>ریل ریلے 2088 — پاکستانی فرموں کے لیے رہنما</title>
</head>
<body>
<h1>ریل ریلے 2088: پاکستانی فرموں کے لیے رہنما</h1>
<p>پاکستان ٹرانزٹ سافٹ ویئر کونسل، لاہور · 20 جون 2088</p>
<h2>چینگدو بائرز ایکسپو</h2>
<p>بائرز ایکسپو 21 سے 23 ستمبر 2088 تک چینگدو ویسٹرن ریل ایکسپو سینٹر کے ہال نمبر 5 میں ہوگی۔ اسٹینڈ کی فیس اور
سیکیورٹی ڈپازٹ کی تفصیل انگریزی دستاویزات میں دی گئی ہے۔</p>
<h2>ویزا دعوت نامہ</h2>
<p>چین کے بزنس ویزا کے لیے چینی اتحاد کا دعوت نامہ درکار ہے۔ دعوت نامے کی درخواست ایکسپو شروع ہونے سے کم از کم 40 دن
پہلے کونسل کے لاہور دفتر میں جمع کرائیں، اور ساتھ پاسپورٹ کی کاپی اور اسٹینڈ فیس کی رسید لگائیں۔ دیر سے آنے والی
درخواستوں کی ذمہ داری کونسل نہیں لیتی۔</p>
<h2>خواتین کی قیادت والی فرموں کے لیے سفری امداد</h2>
<p>کونسل ہر اس نمائش کنندہ فرم کو، جس کی کم از کم اکاون فیصد ملکیت خواتین کے پاس ہو، ایک فرد کے سفری اخراجات کے لیے
زیادہ سے زیادہ 120,000 روپے دیتی ہے۔ یہ رقم ایکسپو کے بعد ٹکٹ اور ہوٹل کی رسیدیں جمع کرانے پر ملتی ہے۔</p>
<h2>ترجمہ اور تیاری</h2>
<p>ایکسپو میں چینی اور اردو کے ترجمان موجود ہوں گے۔ اپنی کمپنی کا تعارف چینی زبان میں بھی ساتھ رکھیں، اور اپنی
پچ پہلے سے مشق کر لیں۔ خریداروں سے ملاقات کے وقت اپنا وزیٹنگ کارڈ دونوں زبانوں میں دیں۔</p>
<h2>رابطہ</h2>
<p>سوالات کے لیے کونسل کے لاہور دفتر کو info@railrelay2088.example پر ای میل کریں۔</p>
</body>
</html>
"""

VOICE_NOTE_TXT = """Rail Relay 2088 — PTSC members group · voice note ka transcript (Roman Urdu)
Bhejne wale: Saad Butt, PTSC programme office · 28 August 2088

Assalam o alaikum sab ko. Saad bol raha hoon PTSC se. Chengdu expo se pehle kuch zaroori baatein hain, dhyan se sun
lein.

Pehli baat: pre-departure briefing 4 September 2088 ko hogi, Saturday ke din, PTSC ke Lahore office mein, Gulberg
mein, subah 11 baje se dopehar 3 baje tak. Har exhibitor firm ke liye briefing mein aana lazmi hai, siwaye un firms
ke jo pichle saal Xi'an wale buyers' day mein stand laga chuki hain. Unke liye lazmi nahi hai, lekin woh bhi aa sakti
hain. Briefing mein hum stand ka layout, buyer meetings ka tareeqa aur Chinese business cards ki baat karenge.

Doosri baat: PTSC ne Lahore se Chengdu ke liye group flight arrange ki hai, 19 September ko. Jo log is flight par
jana chahte hain woh 30 August tak apni seat confirm kar dein, us ke baad seats general booking mein chali jayengi.

Teesri baat: apna laptop, charger aur demo ke liye offline video zaroor saath layein. Hall ka internet kabhi kabhi
slow hota hai. Passport ki copy bhi saath rakhein.

Aur haan, jo firms Depot Sprint ke liye apply kar chuki hain, unko result expo ke aakhri din pata chalega. Agar koi
sawal ho to PTSC ko email karein. Shukriya, Allah hafiz.
"""


def text_docs():
    for name, text in [
        (v.OVERVIEW, OVERVIEW_MD),
        (v.MANUAL, MANUAL_MD),
        (v.HANDBOOK_OLD, HANDBOOK_V1_MD),
        (v.TRANSCRIPT, TRANSCRIPT_TXT),
        (v.CHECKLIST, CHECKLIST_MD),
        (v.CORRECTION, CORRECTION_MD),
        (v.AGENDA, AGENDA_MD),
        (v.GLOSSARY, GLOSSARY_MD),
        (v.PACKAGES, PACKAGES_HTML),
        (v.SCHEDULE, SCHEDULE_HTML),
        (v.UR_GUIDE, UR_HTML),
        (v.VOICE_NOTE, VOICE_NOTE_TXT),
    ]:
        write_text(name, text)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Rail Relay 2088"
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (PROG / name).write_bytes(out.getvalue())


def grid(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    return t


SCORING = [
    ["Criterion", "Weight"],
    ["Accuracy of failure predictions against the depot's records", "35 %"],
    ["Spare-parts savings shown on the depot's stock data", "25 %"],
    ["Usability for depot engineers", "20 %"],
    ["Quality of the weekly stand-ups and the final report", "20 %"],
]


def handbook_docx():
    doc = docx.Document()
    sec = doc.sections[0]
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = "Rail Relay 2088 · Depot Sprint Handbook v2 · Ref. RR88-DS-02 · valid until 31 December 2088"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sprint Secretariat hotline +92 42 3555 7288 (Monday to Saturday, 09:00–18:00 PKT)"
    for p in (hp, fp):
        for run in p.runs:
            run.font.size = Pt(8)
    doc.add_paragraph("Depot Sprint Handbook — version 2", style="Title")
    doc.add_paragraph(
        "CURIA secretariat, PTSC and Rongcheng Metro Operating Group · 30 July 2088 · this version replaces version 1 "
        "of 20 May 2088"
    )
    for heading, paras in [
        (
            "1. What the Depot Sprint is",
            [
                "Selected vendors work for four weeks, from Monday 11 October to Sunday 7 November 2088, on the real "
                "maintenance data of Jinxiu Depot (锦绣车辆段), the main depot of Rongcheng Metro Operating Group in "
                "Chengdu. The depot's engineers score every team at the end of the Sprint.",
            ],
        ),
        (
            "2. Places and teams",
            [
                "The Sprint has 12 vendor places. Each vendor sends a team of up to 5 people.",
                "At least one team member works on site at Jinxiu Depot during the first week, which starts with the "
                "depot safety induction. In the other weeks the team may work remotely through the depot's secure "
                "desktop.",
            ],
        ),
        (
            "3. Fees",
            [
                "Every selected vendor pays the Sprint participation fee of RMB 22,000 per team, except women-led "
                "firms (at least 51 % owned by women), which pay no participation fee.",
                "Depot workstation seats and GPU compute are charged to every team, women-led or not, at the rates "
                "in Table 2 of the stand packages page.",
                "The participation fee is invoiced after the selection on the last day of the expo and is payable "
                "within 14 days.",
            ],
        ),
        (
            "4. Data",
            [
                "The depot's data stays on its servers in Chengdu. Teams work on it through the secure desktop; raw "
                "data may not be exported.",
                "Teams must delete all copies of depot data within 14 days after the Sprint ends and confirm the "
                "deletion in writing.",
            ],
        ),
        (
            "5. Reporting",
            [
                "A weekly stand-up is held every Wednesday at 10:00 Beijing time.",
                "The final report is due within 10 days after the last day of the Sprint and is uploaded to the "
                "Sprint portal; e-mailed reports are not accepted.",
            ],
        ),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    doc.add_heading("6. Scoring", level=1)
    grid(doc, SCORING)
    doc.add_paragraph(
        "Teams with 75 points or more receive a reference letter from Rongcheng Metro Operating Group. CURIA funds a "
        "prize pool for the three best teams, as announced in its notice to buyers."
    )
    save_docx(doc, v.HANDBOOK, "Depot Sprint Handbook v2", datetime.datetime(2088, 7, 30, 9, 0), "CURIA secretariat")


def zh_notice_docx():
    doc = docx.Document()
    doc.add_paragraph("Rail Relay 2088 成都买家博览会 买家须知", style="Title")
    doc.add_paragraph("中国城市轨道交通信息化联盟（CURIA）秘书处 · 2088年6月28日")
    for heading, paras in [
        (
            "一、报名",
            [
                "地铁运营公司、轨道交通集团、公交公司、车辆制造企业、铁路设计院及一卡通清分中心均可报名参加成都买家博览会。",
                "买家报名免费。每家买家机构最多可派4人参会，凭实名胸卡入场。",
                "报名时请注明所需系统类型，例如自动售检票、乘客信息系统、车辆段资产管理或客流监测，以便秘书处匹配供应商。",
            ],
        ),
        (
            "二、采购意向",
            [
                "截至2088年6月25日，已登记的意向采购总额约3.5亿元人民币，其中自动售检票和乘客信息系统约占1.2亿元。",
                "秘书处将在博览会开幕前按系统类型汇总采购意向，供参展商准备洽谈。",
            ],
        ),
        (
            "三、一对一洽谈",
            [
                "每场一对一洽谈为30分钟，买家可通过洽谈App提前预约巴基斯坦供应商。",
                "买家预约洽谈后如未到场，联盟每次收取缺席费800元；除非买家在洽谈开始前24小时以上取消预约，此时不收取任何费用。",
            ],
        ),
        (
            "四、车辆段冲刺奖金",
            [
                "联盟为锦绣车辆段深度试点（车辆段冲刺）设立奖金池120万元，由评分前三名的团队按5:3:2分配。",
                "颁奖时间和地点另行通知。",
            ],
        ),
        (
            "五、买家开放日",
            [
                "买家可于2088年10月28日参观锦绣车辆段，现场观看供应商团队的工作进展。",
                "参观须在10月20日前通过门户网站登记，名额有限，先到先得。",
            ],
        ),
        (
            "六、差旅补贴",
            [
                "成都以外的买家机构可申请差旅补贴，每家最高1.5万元，凭票据报销。",
            ],
        ),
        ("七、联系方式", ["CURIA秘书处买家服务组，邮箱buyers@curia.example。"]),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.ZH_NOTICE, "Rail Relay 2088 买家须知", datetime.datetime(2088, 6, 28, 9, 0), "CURIA秘书处")


# ============================================================================ PDFs (Helvetica, WinAnsi)
def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + text.encode("cp1252") + b")"


def write_pdf(name, pages, title, author):
    writer = pypdf.PdfWriter()
    fonts = DictionaryObject()
    for key, base in (("/F1", "/Helvetica"), ("/F2", "/Helvetica-Bold")):
        fonts[NameObject(key)] = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )
    for ops in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        cs = ContentStream(None, writer)
        cs.set_data(
            b"".join(
                b"BT " + f"{face} {sz} Tf 1 0 0 1 {x} {y} Tm ".encode() + pdf_str(s) + b" Tj ET\n"
                if kind == "t"
                else f"{sz} w {x} {y} m {face} {s} l S\n".encode()
                for kind, x, y, s, face, sz in ops
            )
        )
        page.replace_contents(cs)
    writer.add_metadata({"/Title": title, "/Producer": "Rail Relay document office", "/Author": author})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def text_block(ops, y, lines, size=10, step=14, x=50):
    for line in lines:
        ops.append(("t", x, y, line, "/F1", size))
        y -= step
    return y


def rule(ops, y, w=0.3, x0=50, x1=562):
    ops.append(("r", x0, y, str(y), str(x1), w))


LEFT_COL = [
    ("h", "BUYERS ARE SIGNING UP"),
    ("t", "CURIA's buyer desk in Chengdu reports a"),
    ("t", "busy spring for Rail Relay 2088."),
    ("t", "By 30 June, 41 buyer organisations had"),
    ("t", "registered for the expo, among them nine"),
    ("t", "metro operators, six bus companies and"),
    ("t", "four rolling-stock makers."),
    ("t", ""),
    ("t", "Buyers ask most often for fare-collection"),
    ("t", "upgrades, crowd monitoring on crowded"),
    ("t", "platforms and depot software. Several"),
    ("t", "bus companies want AVL and BRT control"),
    ("t", "room tools for new lines in the west."),
    ("t", ""),
    ("h", "HELP IN THE HALL"),
    ("t", "Interpreters will again sit at the Gate C"),
    ("t", "interpretation desk. Book them early"),
    ("t", "through the matchmaking app: last year"),
    ("t", "the afternoon slots went first."),
]
RIGHT_COL = [
    ("h", "ROADSHOWS AT HOME"),
    ("t", "PTSC takes Rail Relay on the road this"),
    ("t", "summer, with a half-day session in three"),
    ("t", "cities for firms that want to exhibit or"),
    ("t", "apply for the Depot Sprint."),
    ("t", "Lahore: Saturday 17 July 2088"),
    ("t", "Karachi: Saturday 24 July 2088"),
    ("t", "Peshawar: Saturday 31 July 2088"),
    ("t", "Every session runs from 10:00 to 13:00."),
    ("t", "Entry is free for PTSC members."),
    ("t", ""),
    ("h", "SPRINT DATA, FIRST LOOK"),
    ("t", "Rongcheng Metro has shared a first sample"),
    ("t", "of Jinxiu Depot's work orders with the"),
    ("t", "organisers. The engineers say the records"),
    ("t", "are in Chinese with English column names,"),
    ("t", "so teams should plan for translation."),
    ("t", ""),
    ("t", "Next issue: the expo floor plan."),
]


def newsletter_pdf():
    ops = [
        ("t", 50, 748, "Rail Relay Dispatch", "/F2", 18),
        ("t", 50, 730, "Issue 3 \u00b7 5 July 2088 \u00b7 newsletter of PTSC and CURIA", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = 700
    for (lk, lt), (rk, rt) in zip(LEFT_COL, RIGHT_COL):  # one line of each column in turn, at the same height
        if lt:
            ops.append(("t", 50, y, lt, "/F2" if lk == "h" else "/F1", 10))
        if rt:
            ops.append(("t", 320, y, rt, "/F2" if rk == "h" else "/F1", 10))
        y -= 15
    ops.append(("r", 306, 410, "706", "306", 0.3))
    ops.append(("t", 470, 40, "Rail Relay Dispatch \u00b7 page 1 of 1", "/F1", 7.5))
    write_pdf(v.NEWSLETTER, [ops], "Rail Relay Dispatch - Issue 3", "PTSC")


REPORT_ROWS = [
    ("Buyers' day", "Xi'an, 16 September 2087 (one day)"),
    ("Pakistani vendors with a stand", "17"),
    ("Chinese buyer organisations", "28"),
    ("Stand fee", "RMB 9,000 flat, every stand"),
    ("Stand security deposit", "RMB 2,000"),
    ("Pre-booked buyer meetings", "8 per exhibitor"),
    ("Depot Sprint", "3 weeks, 6 vendors, one depot in Xi'an"),
    ("Sprint participation fee", "RMB 15,000 per team"),
    ("Prize pool", "RMB 500,000"),
    ("Contracts signed", "7 contracts worth RMB 46 million"),
]


def report_pdf():
    ops = [
        ("t", 50, 748, "Rail Relay 2087 pilot round \u2014 Final report", "/F2", 16),
        ("t", 50, 730, "PTSC programme office with the CURIA secretariat \u00b7 10 December 2087", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "The 2087 pilot round tried the Rail Relay idea on a small scale: a one-day buyers' day in Xi'an and a",
            "short Depot Sprint on one depot of a Xi'an operator. The figures below are last year's pilot figures;",
            "they are not the 2088 rules, fees or dates, which are set in the 2088 programme documents.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2087 pilot round", "/F2", 12))
    y -= 20
    for label, val in REPORT_ROWS:
        ops.append(("t", 56, y, label, "/F1", 10))
        ops.append(("t", 300, y, val, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    y -= 12
    ops.append(("t", 50, y, "What we learned", "/F2", 12))
    y -= 18
    for lesson in [
        "One day was too short for buyer meetings; the 2088 expo runs three days.",
        "Three weeks were too few to train models on a depot's data; the 2088 Sprint runs longer.",
        "Fare-collection and depot-software vendors won most contracts.",
        "Buyers asked for Chinese screens and reports from the first week.",
        "Stands left empty in the afternoons annoyed buyers; the organisers will act on it.",
    ]:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.REPORT, [ops], "Rail Relay 2087 pilot round - Final report", "PTSC")


DATASETS = [
    ("Maintenance work orders", "2082-2087", "1.9 million", "once"),
    ("Bogie vibration sensors, 48 train sets", "2086-2088", "6.2 billion readings", "daily"),
    ("Spare-parts stock movements", "2083-2088", "740,000", "weekly"),
    ("Wheel-lathe measurements", "2084-2088", "96,000", "once"),
    ("Depot feeder energy meters", "2087-2088", "11 million", "daily"),
    ("Train-set mileage", "2082-2088", "52,000", "weekly"),
]


def data_sheet_pdf():
    ops = [
        ("t", 50, 748, "Jinxiu Depot data sheet", "/F2", 16),
        (
            "t",
            50,
            730,
            "Depot Sprint 2088 \u00b7 Rongcheng Metro Operating Group with CURIA \u00b7 25 July 2088",
            "/F1",
            9,
        ),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "Jinxiu Depot maintains train sets of the Rongcheng metro network. For the Depot Sprint the depot opens",
            "the datasets below on its secure desktop. Column names are in English; free-text fields are in Chinese.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Table 1. Datasets open to the Sprint teams", "/F2", 11))
    y -= 22
    for x, head in ((56, "Dataset"), (290, "Years"), (370, "Records"), (490, "Refresh")):
        ops.append(("t", x, y, head, "/F2", 10))
    rule(ops, y - 6, 0.5)
    y -= 22
    for name, years, recs, refresh in DATASETS:
        for x, val in ((56, name), (290, years), (370, recs), (490, refresh)):
            ops.append(("t", x, y, val, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    y = text_block(
        ops,
        y - 14,
        [
            "Sensor readings are sampled once a second while a train set is in service. Work orders carry the fault",
            "code, the bogie or car affected, the parts used and the hours worked. Stock movements link to the work",
            "orders through the order number.",
        ],
    )
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.DATA_SHEET, [ops], "Jinxiu Depot data sheet", "Rongcheng Metro Operating Group")


# ============================================================================ directory
CITY_ZH = {
    "Karachi": "卡拉奇", "Lahore": "拉合尔", "Islamabad": "伊斯兰堡", "Rawalpindi": "拉瓦尔品第",
    "Faisalabad": "费萨拉巴德", "Multan": "木尔坦", "Peshawar": "白沙瓦", "Hyderabad": "海得拉巴",
    "Quetta": "奎达", "Sialkot": "锡亚尔科特", "Bahawalpur": "巴哈瓦尔布尔", "Sukkur": "苏库尔",
    "Gujranwala": "古杰兰瓦拉", "Mardan": "马尔丹", "Abbottabad": "阿伯塔巴德", "Gwadar": "瓜达尔",
    "Sahiwal": "萨希瓦尔", "Khanewal": "哈内瓦尔", "Sargodha": "萨戈达", "Chengdu": "成都", "Chongqing": "重庆",
    "Xi'an": "西安", "Shanghai": "上海", "Shenzhen": "深圳", "Zhuzhou": "株洲", "Guangzhou": "广州",
    "Beijing": "北京", "Wuhan": "武汉", "Qingdao": "青岛", "Changchun": "长春",
}  # fmt: skip
CONCEPT_ZH = {
    "afc": "自动售检票", "qr": "二维码与NFC票务", "pis": "乘客信息系统", "cbtc": "信号系统仿真测试",
    "crew": "排班与时刻表优化", "pdm": "车辆预测性维护", "eam": "车辆段资产管理", "cctv": "视频智能分析",
    "crowd": "客流监测", "maas": "出行即服务", "avl": "公交车辆定位", "brt": "快速公交调度", "freight": "货车追踪",
    "gis": "铁路GIS测绘", "track": "轨道几何分析", "energy": "牵引能耗计量", "twin": "数字孪生车站",
    "access": "无障碍出行App", "call": "客服热线与失物招领",
}  # fmt: skip
INDUSTRY = {
    "afc": "metro operators", "qr": "smart-card clearing houses", "pis": "metro operators",
    "cbtc": "railway design institutes", "crew": "rail-transit groups", "pdm": "rolling-stock makers",
    "eam": "metro depots", "cctv": "station operators", "crowd": "station operators",
    "maas": "city transport authorities", "avl": "bus companies", "brt": "BRT operators",
    "freight": "freight railways", "gis": "railway design institutes", "track": "railway infrastructure managers",
    "energy": "traction power departments", "twin": "station operators", "access": "city transport authorities",
    "call": "bus companies",
}  # fmt: skip
GENERIC = [
    "mobile app development", "web development", "UI/UX design", "QA & testing", "cloud migration",
    "Alibaba Cloud hosting", "DevOps", "data analytics", "Power BI dashboards", "BI reporting", "ERP integration",
    "Odoo customisation", "custom software development", "API development", "payment gateway integration",
    "1Link integration", "WeChat mini-programs", "微信小程序开发", "chatbots", "WhatsApp chatbots", "computer vision",
    "machine learning", "edge computing", "IT staff augmentation", "dedicated development teams", "软件外包",
    "系统集成", "system integration", "network installation", "cybersecurity audits", "penetration testing",
    "data migration", "technical support", "24/7 helpdesk", "Chinese localisation", "中文本地化",
    "Urdu localisation", "SMS gateway", "push notifications", "embedded firmware", "PLC programming",
    "IoT gateways", "LoRaWAN integration", "data warehousing", "report automation", "Excel automation", "RPA bots",
    "IT consulting", "数字化咨询", "project management", "Mobile App Development", "web dev", "Flutter apps",
    "React Native apps", "document management", "e-invoicing", "HR & payroll software", "accounting software",
    "open data portals", "translation services", "data labelling", "survey data collection", "hardware procurement",
    "server hosting", "backup & disaster recovery", "SAP integration", "Power Apps", "low-code apps",
    "tender documentation", "Arabic localisation", "training & capacity building", "technical writing",
    "microservices", "Kubernetes ops", "data engineering", "ETL pipelines", "load testing", "test automation",
    "UX research", "Java development", ".NET development", "Python development", "云迁移", "运维服务", "软件测试",
]  # fmt: skip
TECH = [
    "Java;Spring Boot;PostgreSQL", "Python;Django;PostgreSQL", ".NET;Azure;SQL Server", "Go;Kafka;TimescaleDB",
    "Node.js;React;MongoDB", "Flutter;Firebase", "QGIS;PostGIS;GeoServer", "C++;Qt;Linux",
    "Vue.js;Go;Alibaba Cloud", "Python;PyTorch;ClickHouse", "Kotlin;Android;NFC", "Angular;Java;Oracle",
]  # fmt: skip
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
# id | name | name_zh | city | founded | employees | concepts | certifications | languages | pitched | domain
D = """
PK-001|Ravi Fare Systems (Pvt) Ltd|拉维票务系统|Lahore|2031|1400|afc qr pis|ISO/IEC 27001:2022;ISO 9001;CMMI Level 3|English;Urdu;Mandarin|yes|ravifare
PK-002|Sindh Ticketing Technologies|信德票务科技|Karachi|2058|320|afc qr call|ISO 9001|English;Urdu;Sindhi|yes|sindhticketing
PK-003|Margalla Signal Labs|马尔加拉信号实验室|Islamabad|2046|210|cbtc track|EN 50128;ISO 9001|English;Urdu;Mandarin|no|margallasignal
PK-004|Khanewal Junction Analytics|哈内瓦尔枢纽分析|Khanewal|2077|28|freight track|none|English;Urdu;Saraiki|no|khanewaljunction
PK-005|Lahore Bogie Insights|拉合尔转向架洞察|Lahore|2069|95|pdm eam|IRIS;ISO 9001|English;Urdu;Punjabi|no|bogieinsights
PK-006|Pindi Depot Systems|品第车辆段系统|Rawalpindi|2055|180|eam pdm energy|ISO/TS 22163|English;Urdu|yes|pindidepot
PK-007|Metro Lines PIS (Pvt) Ltd|地铁线路乘客信息|Lahore|2072|60|pis cctv|none|English;Urdu;Punjabi|no|metrolinespis
PK-008|Quetta Wagon Trace|奎达货车追踪|Quetta|2064|45|freight gis|none|English;Urdu;Pashto;Balochi|no|quettawagon
PK-009|Karachi Circular Mobility|卡拉奇环线出行|Karachi|2081|38|maas access|ISO 9001|English;Urdu|yes|circularmobility
PK-010|Peshawar BRT Works||Peshawar|2066|140|brt avl|ISO 9001|English;Urdu;Pashto|yes|peshawarbrt
PK-011|Faisalabad Fleet Telematics|费萨拉巴德车队|Faisalabad|2070|75|avl call|none|English;Urdu;Punjabi|no|fsdfleet
PK-012|Multan Bus Tracker|木尔坦公交追踪|Multan|2078|22|avl brt|none|English;Urdu;Saraiki|no|multanbus
PK-013|Bahawalpur Route Labs||Bahawalpur|2083|9|avl maas|none|English;Urdu;Saraiki|no|bwproutelabs
PK-014|Indus Crowd Sense|印度河客流感知|Hyderabad|2074|55|crowd cctv|ISO/IEC 27001:2022|English;Urdu;Sindhi;Mandarin|yes|induscrowd
PK-015|Shalimar Rostering|夏利马尔排班|Lahore|2041|260|crew eam|ISO 9001;CMMI Level 3|English;Urdu|no|shalimarroster
PK-016|Potohar Rail GIS|波托哈尔铁路GIS|Rawalpindi|2076|34|gis twin|none|English;Urdu|no|potoharrailgis
PK-017|Gwadar Port Rail Link|瓜达尔港铁路链|Gwadar|2082|18|freight gis|none|English;Urdu;Balochi;Mandarin|no|gwadarraillink
PK-018|Mehran Track Data|梅赫兰轨道数据|Hyderabad|2060|120|track pdm|ISO 9001|English;Urdu;Sindhi|no|mehrantrack
PK-019|Capital Traction Energy|首都牵引能源|Islamabad|2063|88|energy twin|EN 50128;ISO/IEC 27001:2022|English;Urdu;Mandarin|no|capitaltraction
PK-020|Sukkur Station Watch||Sukkur|2079|14|cctv crowd|none|English;Urdu;Sindhi|no|sukkurwatch
PK-021|Clifton Contact Centres|克利夫顿呼叫中心|Karachi|2052|650|call afc|SOC 2 Type II;ISO 9001|English;Urdu|yes|cliftoncontact
PK-022|Jhelum Interlocking Test|杰赫勒姆联锁测试|Islamabad|2038|410|cbtc crew|EN 50128;CMMI Level 3|English;Urdu;Mandarin|yes|jhelumtest
PK-023|Chenab Digital Twin Studio|杰纳布数字孪生|Lahore|2080|42|twin gis|ISO 9001|English;Urdu;Punjabi|no|chenabtwin
PK-024|Saaf Safar Accessibility|萨夫无障碍出行|Islamabad|2084|11|access maas|none|English;Urdu|no|saafsafar
PK-025|Thar Freight Systems|塔尔货运系统|Karachi|2049|330|freight eam|ISO 9001;ISO/TS 22163|English;Urdu;Sindhi|no|tharfreight
PK-026|Mardan Mobility Apps||Mardan|2085|7|maas qr|none|English;Urdu;Pashto|no|mardanmobility
PK-027|Hazara Video Analytics|哈扎拉视频分析|Abbottabad|2075|26|cctv access||English;Urdu;Hindko|no|hazaravideo
PK-028|Lyallpur QR Pay Transit|莱亚尔普尔扫码乘车|Faisalabad|2079|48|qr afc|SOC 2 Type II|English;Urdu;Punjabi|no|lyallpurqr
PK-029|Punjab Mass Transit Soft|旁遮普公交软件|Lahore|2050|520|brt pis avl|ISO 9001;ISO/IEC 27001:2022|English;Urdu;Mandarin|yes|punjabtransitsoft
PK-030|Attock Rail Energy Meters||Rawalpindi|2068|64|energy|EN 50128|English;Urdu|no|attockenergy
PK-031|Karakoram Survey Works|喀喇昆仑测绘|Abbottabad|2071|30|gis track|ISO 9001|English;Urdu;Hindko|no|karakoramsurvey
PK-032|Bolan Pass Rolling Stock Analytics|博兰山口车辆分析|Quetta|2057|150|pdm freight|IRIS|English;Urdu;Pashto|no|bolananalytics
PK-033|Sialkot Lost & Found Cloud||Sialkot|2086|5|call|none|English;Urdu;Punjabi|no|sialkotlostfound
PK-034|Hyderabad Fare Gate Soft|海得拉巴闸机软件|Hyderabad|2062|110|afc qr|ISO 9001|English;Urdu;Sindhi|no|hydfaregate
PK-035|Rohtas Timetable Labs|罗赫塔斯时刻表|Islamabad|2044|75|crew cbtc|CMMI Level 3|English;Urdu|no|rohtastimetable
PK-036|Orange Line Displays|橙线显示|Lahore|2065|36|pis|none|English;Urdu;Punjabi|no|orangelinedisplays
PK-037|Gujranwala Track Geometry|古杰兰瓦拉轨道几何|Gujranwala|2073|105|track|ISO 9001|English;Urdu;Punjabi|no|grwtrack
PK-038|Red Bus Karachi Ops||Karachi|2069|85|brt avl crew call|none|English;Urdu|yes|redbusops
PK-039|Sahiwal Energy Data|萨希瓦尔能源数据|Sahiwal|2077|19|energy|ISO 9001|English;Urdu;Punjabi|no|sahiwalenergy
PK-040|Nagarparkar Transit Holdings|纳加尔帕卡尔交通|Karachi|1996|2500|afc pis cctv crowd|ISO/IEC 27001:2022;ISO 9001;SOC 2 Type II;CMMI Level 3|English;Urdu;Sindhi;Mandarin|yes|nagarparkartransit
PK-041|Indus CBTC Simulation|印度河CBTC仿真|Lahore|2067|70|cbtc twin|EN 50128|English;Urdu;Mandarin|no|induscbtc
PK-042|Zhob Depot Stores||Quetta|2080|16|eam||English;Urdu;Pashto;Balochi|no|zhobdepot
PK-043|Kohat Access Labs|科哈特无障碍|Peshawar|2087|3|access|none|English;Urdu;Pashto|no|kohataccess
PK-044|Sargodha Crowd Metrics|萨戈达客流|Sargodha|2078|27|crowd pis|none|English;Urdu;Punjabi|no|sargodhacrowd
PK-045|Multan Wagon Works Digital|木尔坦车厢数字|Multan|2059|230|freight pdm track|IRIS;ISO 9001|English;Urdu;Saraiki;Mandarin|no|multanwagon
CN-001|Tianfu Rail Informatics Co., Ltd.|天府轨道信息|Chengdu|2036|1800|afc pis crowd|ISO/IEC 27001:2022;ISO 9001|Mandarin;English|no|tianfurail
CN-002|Bashu Signal Simulation Co., Ltd.|巴蜀信号仿真|Chongqing|2048|360|cbtc|EN 50128;ISO 9001|Mandarin|no|bashusignal
CN-003|Chang'an Rolling Stock Health Co., Ltd.|长安车辆健康|Xi'an|2054|240|pdm eam|IRIS;ISO/TS 22163|Mandarin;English|no|changanhealth
CN-004|Huangpu Passenger Flow Co., Ltd.|黄浦客流科技|Shanghai|2066|190|crowd cctv|ISO/IEC 27001:2022|Mandarin;English|no|huangpuflow
CN-005|Pengcheng Mobility Cloud Co., Ltd.|鹏城出行云|Shenzhen|2072|420|maas qr|ISO/IEC 27001:2022;SOC 2 Type II|Mandarin;English|no|pengchengmobility
CN-006|Zhuzhou Traction Data Co., Ltd.|株洲牵引数据|Zhuzhou|2045|300|energy pdm|EN 50128;IRIS|Mandarin|no|zhuzhoutraction
CN-007|Yuexiu Bus Dispatch Co., Ltd.|越秀公交调度|Guangzhou|2058|150|brt avl|ISO 9001|Mandarin;Cantonese;English|yes|yuexiubus
CN-008|Jingjin Railway GIS Co., Ltd.|京津铁路GIS|Beijing|2042|270|gis track twin|ISO 9001|Mandarin;English|no|jingjinrailgis
CN-009|Jiangcheng Crew Planning Co., Ltd.|江城排班规划|Wuhan|2039|130|crew|ISO 9001|Mandarin|no|jiangchengcrew
CN-010|Qingdao Wagon Link Co., Ltd.|青岛货车联|Qingdao|2061|95|freight|ISO 9001|Mandarin;English|no|qingdaowagon
CN-011|Changchun Depot Cloud Co., Ltd.|长春车辆段云|Changchun|2070|80|eam energy||Mandarin|no|changchundepot
CN-012|Rongcheng Station Twin Co., Ltd.|蓉城车站孪生|Chengdu|2076|60|twin crowd|ISO/IEC 27001:2022|Mandarin;English|yes|rongchengtwin
CN-013|Lujiazui Hotline Services Co., Ltd.|陆家嘴热线服务|Shanghai|2057|700|call access|SOC 2 Type II|Mandarin;English|no|ljzhotline
CN-014|Xi'an Interlocking Test Bench Co., Ltd.|西安联锁测试|Xi'an|2063|110|cbtc|EN 50128|Mandarin|no|xianinterlocking
CN-015|Shancheng Video AI Co., Ltd.|山城视频智能|Chongqing|2074|140|cctv||Mandarin|yes|shanchengvideo
"""
NO_DESC_ZH = {"PK-010", "PK-013", "PK-026", "PK-033", "PK-039", "PK-042", "PK-043"}


def directory_rows():
    seen = {k: 0 for k in v.SERVICE_FORMS}
    g = 0
    rows = []
    for i, line in enumerate(ln for ln in D.strip().splitlines()):
        cid, name, zh, city, founded, emp, concepts, certs, langs, pitched, dom = line.split("|")
        keys = concepts.split()
        svc = []
        for k in keys:
            forms = v.SERVICE_FORMS[k]
            svc.append(forms[seen[k] % len(forms)])
            seen[k] += 1
        for _ in range(1 if i % 3 == 0 else 2):
            svc.append(GENERIC[g % len(GENERIC)])
            g += 1
        inds = list(dict.fromkeys(INDUSTRY[k] for k in keys))
        short = name.split(" Co.")[0].split(" (Pvt)")[0]
        main = " and ".join(svc[: min(2, len(keys))])
        article = "an" if city[0] in "AEIOU" else "a"
        desc = f"{short} is {article} {city} firm that builds {main} for {inds[0]}."
        if len(inds) > 1:
            desc += f" It also serves {', '.join(inds[1:])}."
        desc_zh = (
            "" if cid in NO_DESC_ZH else f"{CITY_ZH[city]}企业，主要提供{'、'.join(CONCEPT_ZH[k] for k in keys)}。"
        )
        rows.append(
            {
                "id": cid,
                "name": name,
                "name_zh": zh,
                "country": cid[:2],
                "city": city,
                "founded": founded,
                "employees": emp,
                "services": ";".join(svc),
                "industries": ";".join(inds),
                "technologies": TECH[i % len(TECH)],
                "certifications": certs,
                "languages": langs,
                "description": desc,
                "description_zh": desc_zh,
                "website": f"https://www.{dom}.example",
                "contact_email": f"{MAILBOX[i % len(MAILBOX)]}@{dom}.example",
                "pitched_at_webinar": pitched,
            }
        )
    return rows


def write_directory(rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    v.DIRECTORY.write_bytes(buf.getvalue().encode("utf-8"))


# ============================================================================ questions
P, DIR, UN = "programme", "directory", "unanswerable"
O, MA, PA, HB, TR, CL = v.OVERVIEW, v.MANUAL, v.PACKAGES, v.HANDBOOK, v.TRANSCRIPT, v.CHECKLIST
ZN, SC, NL, CO, UG, VN = v.ZH_NOTICE, v.SCHEDULE, v.NEWSLETTER, v.CORRECTION, v.UR_GUIDE, v.VOICE_NOTE
STAFF = v.STAFF
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "who co-organised the 2022 shanghai webinar that rail relay grew out of?",
        [O],
        WEBINAR,
        "the real February 2022 webinar, named once in the overview",
    ),
    (
        "en-02",
        P,
        "we're a 30-person ticketing team in Bahawalpur and want to apply for the depot sprint. what's the actual "
        "closing date for applications?",
        [O],
        ["second Friday of August 2088"],
        "computed: the second Friday of August 2088 (weekday rule in the overview); the date is stated nowhere",
    ),
    (
        "en-03",
        P,
        "hotline?",
        [HB],
        ["+92 42 3555 7288"],
        "one word; the Sprint Secretariat hotline is printed only in the Word page footer of the handbook",
    ),
    (
        "en-04",
        P,
        "the hall steward found our shell scheme stand empty for about an hour on day 1 and again on day 3. how much "
        "of our stand deposit do we get back?",
        [MA],
        ["RMB 4,500", "RMB 1,200"],
        "computed: the current deposit RMB 4,500 (v1.2 raised it from 3,000, shown only in the revision history) "
        "minus RMB 1,200 for each of the 2 unattended days (the 'unless' exception)",
    ),
    (
        "en-05",
        P,
        "prize pool?",
        [ZN],
        ["120万元", "RMB 1.2 million", "1,200,000", "1.2 million"],
        "two words; the Sprint prize pool is stated only in the Chinese buyers' notice, in 万 (2087's RMB 500,000 "
        "is last year's)",
    ),
    (
        "en-06",
        P,
        "how much is a 36 m2 space only stand at the standard rate?",
        [CO, PA],
        ["RMB 45,000", "45,000"],
        "the correction notice replaces the RMB 54,000 of the merged-cell row (the label 'Space only' is only in "
        "the rowspan cell)",
    ),
    (
        "en-07",
        P,
        "is a chinese-language company profile mandatory for expo exhibitors? and what about the product brochure?",
        [CL],
        ["optional", "not required"],
        "checklist: both items are [ ] optional under A",
    ),
    (
        "en-08",
        P,
        "we are bringing 5 people to staff our stand in chengdu. what will the extra badges cost us?",
        [TR, PA],
        ["three exhibitor badges", "350 per person"],
        "computed: 3 badges per stand (said only in Mr. Haider's turn of the transcript), so 2 extra x RMB 350 "
        "(fee table 3)",
    ),
    (
        "en-09",
        P,
        "women-led firm here (sialkot, 12 staff, PTSC members). if we get into the depot sprint and take 2 "
        "workstation seats for the whole sprint, what do we pay in total?",
        [HB, PA],
        ["3,200", "no participation fee"],
        "computed: 'except women-led firms' waives the RMB 22,000 participation fee; 2 x RMB 3,200 member "
        "whole-Sprint seat (merged-cell row)",
    ),
    ("en-10", DIR, "pakistani AFC / fare collection companies with more than 300 staff", [], [],
     "AFC synonyms; PK; head count > 300"),
    ("en-11", DIR, "CBTC simulator or interlocking test bench vendors founded before 2050?", [], [],
     "CBTC synonyms incl. Chinese; founded < 2050"),
    ("en-12", DIR, "any chinese companies doing crowd or platform density monitoring?", [], [],
     "CN; crowd-monitoring synonyms"),
    ("en-13", DIR, "rolling stock predictive maintenance firms in Lahore or Rawalpindi", [], [],
     "predictive-maintenance synonyms; two cities"),
    ("en-14", DIR, "EAM / CMMS vendors that hold IRIS or ISO/TS 22163", [], [],
     "abbreviations; either name of the railway quality standard"),
    (
        "en-15",
        UN,
        "who is giving the opening keynote at the chengdu expo?",
        [],
        STAFF,
        "near miss: the agenda lists the opening keynote, not the speaker",
    ),
    (
        "en-16",
        UN,
        "what does the 30 m2 demo track bay cost at the early bird rate?",
        [],
        STAFF,
        "near miss: the fee cells of the 30 m² demo track bay are TBD",
    ),
    (
        "en-17",
        UN,
        "when and where is the depot sprint awards ceremony?",
        [],
        STAFF,
        "near miss: the schedule marks the awards ceremony TBD / 待定",
    ),
    (
        "en-18",
        UN,
        "how many stands are there in hall 5 in total?",
        [],
        STAFF,
        "near miss: Hall 5 is named, its number of stands is not",
    ),
    (
        "en-19",
        UN,
        "when is rail relay 2089 and will stand fees go up next year?",
        [],
        STAFF,
        "near miss: a future round",
    ),
    ("en-20", UN, "can you recommend a good hotpot place in chengdu for our team dinner?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "展位押金？",
        [MA],
        ["RMB 4,500", "4,500"],
        "short; answer in English; v1.2 raised the deposit from RMB 3,000 (revision history only); 2087's RMB 2,000 "
        "is last year's",
    ),
    (
        "zh-02",
        P,
        "我们是10人的公司，不是女性主导企业，也不是PTSC会员。如果入选车辆段冲刺，要2个全程工位，一共要付多少钱？",
        [HB, PA],
        ["22,000", "4,400"],
        "computed: RMB 22,000 participation fee (handbook; the exception does not apply) + 2 x RMB 4,400 "
        "non-member whole-Sprint seat (merged-cell row)",
    ),
    (
        "zh-03",
        P,
        "冲刺结束后最终报告最晚哪天交？旧版手册写的是7天",
        [HB],
        ["10 days"],
        "computed: the Sprint ends Sunday 7 November 2088, + 10 days (v2; v1's 7 days is superseded)",
    ),
    (
        "zh-04",
        P,
        "目前登记的意向采购总额是多少？折合多少百万元人民币？",
        [ZN],
        ["3.5亿元"],
        "computed: 3.5亿 in millions of RMB (the AFC/PIS share of 1.2亿 is a trap)",
    ),
    (
        "zh-05",
        P,
        "我们是买家，预约了一场洽谈，提前两天取消的话还要交缺席费吗？",
        [ZN],
        ["不收取任何费用", "24小时以上", "no fee"],
        "exception 除非: cancelling more than 24 hours ahead means no no-show fee",
    ),
    (
        "zh-06",
        P,
        "中期评审日期？",
        [SC],
        ["2088年10月26日", "10月26日", "26 October 2088"],
        "short; a table row of the two-language schedule only",
    ),
    (
        "zh-07",
        P,
        "女性主导的企业去成都参展，有没有差旅补助？最多多少？",
        [UG],
        ["120,000 روپے", "120,000", "PKR 120,000", "12万卢比"],
        "answer only in the Urdu right-to-left guide",
    ),
    ("zh-08", P, "每家买家机构最多能派几个人参会？", [ZN], ["4人", "最多可派4人"], "Chinese-only fact"),
    ("zh-09", DIR, "有没有做乘客信息系统、而且没有任何认证的巴基斯坦公司？", [], [],
     "Chinese service name; certifications 'none' (not unknown)"),
    ("zh-10", DIR, "信德票务科技这家公司是做什么的？在哪个城市？", [], [], "company named by its Chinese name"),
    ("zh-11", DIR, "做货车追踪的公司里，员工在20到150人之间的有哪些？", [], [],
     "Chinese service name; head count between (inclusive)"),
    ("zh-12", DIR, "在2022年网络研讨会上做过推介、做视频智能分析的公司有哪些？", [], [],
     "pitched at the webinar + Chinese service name"),
    ("zh-13", DIR, "做排班优化、成立超过40年的公司有哪些？", [], [], "in business more than 40 years (2088)"),
    (
        "zh-14",
        UN,
        "蓉城地铁运营集团一共运营多少条线路？",
        [],
        STAFF,
        "near miss: the operator is named, its number of lines is not",
    ),
    ("zh-15", UN, "车辆段夜班跟班参观是哪一天？", [], STAFF, "near miss: the schedule marks the night-shift visit 待定"),
    (
        "zh-16",
        UN,
        "展位团体报名有折扣吗？三家公司一起订能便宜多少？",
        [],
        STAFF,
        "near miss: no group discount is offered (only the early-bird fee)",
    ),
    ("zh-17", UN, "签证邀请函什么时候发出？", [], STAFF, "near miss: the schedule marks the sending of invitation letters 待定"),
    ("zh-18", UN, "成都下周天气怎么样？要带伞吗？", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ڈپو سپرنٹ کی شرکت فیس کتنی ہے؟ پرانی فائل میں 19,500 لکھا تھا",
        [HB],
        ["RMB 22,000", "22,000"],
        "handbook v2 replaces v1's RMB 19,500 (2087: 15,000); answer in English",
    ),
    (
        "ur-02",
        P,
        "ویزا دعوت نامے کے لیے PTSC کو درخواست زیادہ سے زیادہ کس تاریخ تک دینی ہے؟",
        [UG],
        ["40 دن"],
        "computed: 40 days before the expo opens on 21 September 2088; the rule is only in Urdu",
    ),
    (
        "ur-03",
        P,
        "ڈپو سپرنٹ ہینڈ بک کب تک کارآمد ہے؟",
        [HB],
        ["31 December 2088"],
        "the validity date is printed only in the Word page header",
    ),
    (
        "ur-04",
        P,
        "شیل اسکیم کے 18 مربع میٹر اسٹینڈ کی ارلی برڈ فیس کتنی ہے؟",
        [PA],
        ["28,800"],
        "merged cell: the row's label 'Shell scheme stand' is only in the rowspan cell; 18 m² also exists under "
        "Space only",
    ),
    (
        "ur-05",
        P,
        "ڈپو سپرنٹ کے انعامی فنڈ میں سے پہلی پوزیشن والی ٹیم کو کتنی رقم ملے گی؟",
        [ZN],
        ["120万元", "5:3:2"],
        "computed: 120万 split 5:3:2, first place 60万 = RMB 600,000; the figures are only in Chinese",
    ),
    (
        "ur-06",
        P,
        "ڈپو سپرنٹ کی درخواست کے لیے ISO 27001 سرٹیفکیٹ لازمی ہے یا نہیں؟",
        [CL],
        ["optional", "not required", "لازمی نہیں"],
        "checklist: [ ] optional under C",
    ),
    (
        "ur-07",
        P,
        "سپرنٹ ٹیم میں زیادہ سے زیادہ کتنے لوگ ہو سکتے ہیں؟",
        [HB],
        ["up to 5 people", "5 افراد"],
        "handbook v2: up to 5 (v1 said 4)",
    ),
    ("ur-08", DIR, "ملتان یا بہاولپور میں بس فلیٹ ٹریکنگ (AVL) والی کمپنیاں کون سی ہیں؟", [], [],
     "AVL synonyms; two cities"),
    ("ur-09", DIR, "ڈیجیٹل ٹوئن بنانے والی وہ کمپنیاں جن کے پاس ISO 27001 نہیں ہے", [], [],
     "negation on a certification; no candidate has an unknown cell"),
    ("ur-10", DIR, "معذور مسافروں کے لیے ایکسیسبلٹی ایپس بنانے والی کمپنیاں جن کے 50 سے کم ملازمین ہوں", [], [],
     "Urdu service name; head count < 50"),
    ("ur-11", DIR, "2070 کے بعد قائم ہونے والی پاکستانی ریلوے جی آئی ایس کمپنیاں", [], [],
     "PK; founded after 2070; GIS written in Urdu script"),
    (
        "ur-12",
        UN,
        "لاہور والی بریفنگ میں شرکت کی فیس کتنی ہے؟",
        [],
        STAFF,
        "near miss: the voice note gives the briefing's date and place, not any fee",
    ),
    (
        "ur-13",
        UN,
        "جنکسیو ڈپو میں کتنے انجینئر کام کرتے ہیں؟",
        [],
        STAFF,
        "near miss: the depot's engineers are mentioned, not how many",
    ),
    ("ur-14", UN, "اگلے سال 2089 کے سپرنٹ کی درخواستیں کب کھلیں گی؟", [], STAFF, "near miss: a future round"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "expo par stand ka security deposit kitna hai? pehle 3,000 suna tha",
        [MA],
        ["RMB 4,500", "4,500"],
        "revision history: v1.2 raised it from RMB 3,000; the body carries RMB 4,500",
    ),
    (
        "ul-02",
        P,
        "stand ki artwork files kis tareekh tak upload karni hain?",
        [MA],
        ["last working day before build-up day"],
        "computed: the last working day (Mon-Fri) before build-up day, Monday 20 September 2088",
    ),
    (
        "ul-03",
        P,
        "build-up day par hall exhibitors ke liye kitne baje khulega?",
        [MA],
        ["07:00"],
        "table row; v1.1 moved it from 08:00 (revision history only)",
    ),
    (
        "ul-04",
        P,
        "matchmaking app mein kitni buyer meetings pre-book kar sakte hain? moderator ne 10 kaha tha",
        [TR],
        ["16", "16 pre-booked meetings"],
        "Ms. Zhou later corrects the moderator's 10 to 16 (2087: 8)",
    ),
    (
        "ul-05",
        P,
        "Tianfu airport se expo centre tak koi shuttle hai? kitni der baad chalti hai?",
        [TR],
        ["every 40 minutes", "40 minutes"],
        "answer only inside Ms. Zhou's turn of the transcript",
    ),
    (
        "ul-06",
        P,
        "Karachi roadshow kab hai?",
        [NL],
        ["Saturday 24 July 2088", "24 July 2088"],
        "right column of the two-column newsletter",
    ),
    (
        "ul-07",
        P,
        "sprint ka data kab tak delete karna hoga? sprint 7 November ko khatam ho raha hai na",
        [HB],
        ["14 days"],
        "computed: 14 days after the Sprint ends on 7 November 2088",
    ),
    ("ul-08", DIR, "QR ya NFC ticketing wali companies Karachi ya Hyderabad mein kaun si hain?", [], [],
     "QR/NFC synonyms; two cities"),
    ("ul-09", DIR, "journey planner ya MaaS apps wali firms jo 2080 ke baad bani hon", [], [], "founded after 2080"),
    ("ul-10", DIR, "traction energy metering wali companies jin ke paas EN 50128 ho", [], [], "certification filter"),
    ("ul-11", DIR, "Pakistani call centre ya lost and found software wali firms jin ke 40 se kam log hon", [], [],
     "PK; head count < 40; a single company"),
    (
        "ul-12",
        UN,
        "Lahore se Chengdu group flight ka kiraya kitna hai?",
        [],
        STAFF,
        "near miss: the voice note names the group flight, not its fare",
    ),
    (
        "ul-13",
        UN,
        "airport shuttle ki aakhri bus kitne baje chalti hai?",
        [],
        STAFF,
        "near miss: the transcript gives the shuttle's frequency and days, not its last run",
    ),
    (
        "ul-14",
        UN,
        "Gate C wale interpretation desk par kitne interpreters honge?",
        [],
        STAFF,
        "near miss: the desk is named, the number of interpreters is not",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Peshawar roadshow ki date kya hai? newsletter mein 31 July likha tha",
        [CO],
        ["Saturday 7 August 2088", "7 August 2088", "7 August"],
        "the correction notice moves the newsletter's 31 July",
    ),
    (
        "mx-02",
        P,
        "depot sprint mein kitne vendors select honge? 名额有几个",
        [HB],
        ["12 vendor places", "12"],
        "handbook v2: 12 places (v1: 8; 2087: 6)",
    ),
    (
        "mx-03",
        P,
        "30 June tak kitni buyer organisations register ho chuki thin?",
        [NL],
        ["41 buyer organisations", "41"],
        "left column of the two-column newsletter",
    ),
    (
        "mx-04",
        P,
        "hum PTSC members hain, 3 depot workstation seats sirf 2 weeks ke liye chahiye, kitna banega?",
        [PA],
        ["900"],
        "computed: 3 seats x 2 weeks x RMB 900 (member, per seat per week; the label is only in the rowspan cell)",
    ),
    (
        "mx-05",
        P,
        "depot sprint application ke saath team members ke CVs zaroori hain? 必须交吗",
        [CL],
        ["required", "mandatory"],
        "checklist: [x] required under C",
    ),
    (
        "mx-06",
        P,
        "scoring mein failure prediction accuracy ka weight kitna hai?",
        [HB],
        ["35 %", "35%"],
        "a table row of the Word handbook (v1 gave 40 %)",
    ),
    (
        "mx-07",
        P,
        "Lahore briefing kab hai? 我们去年在西安参展过, kya phir bhi aana lazmi hai?",
        [VN],
        ["4 September 2088", "4 September", "lazmi nahi", "not compulsory"],
        "Roman Urdu voice note: the 'siwaye' exception for firms that had a stand at Xi'an in 2087",
    ),
    ("mx-08", DIR, "BRT operations software wali companies jo 2022 webinar mein pitch kar chuki hain", [], [],
     "pitched at the webinar"),
    ("mx-09", DIR, "Pakistan ki track geometry analysis firms jin ke 100 se zyada employees hain", [], [],
     "PK; head count > 100"),
    ("mx-10", DIR, "CCTV video analytics wali Pakistani companies jo Mandarin bol sakti hain, 有吗？", [], [],
     "synonyms; working language"),
    ("mx-11", DIR, "Gwadar mein koi CBTC testing company hai?", [], [], "no matching company: the expected set is empty"),
    (
        "mx-12",
        UN,
        "gala dinner ka dress code kya hai? 需要穿正装吗",
        [],
        STAFF,
        "near miss: the agenda lists the gala dinner, no dress code",
    ),
    (
        "mx-13",
        UN,
        "shell scheme stand ki height limit kya hai? 限高多少",
        [],
        STAFF,
        "near miss: the stand is described, no height limit",
    ),
    ("mx-14", UN, "Lahore mein best nihari kahan milti hai? just asking", [], STAFF, "off-topic"),
]  # fmt: skip


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s40-{suffix}"
        answers = list(answers)
        if qid in v.COMPUTED:
            answers = [*v.COMPUTED[qid](texts), *answers]
        out.append(
            {
                "id": qid,
                "lang": v.LANG_CODES[suffix[:2]],
                "kind": kind,
                "question": question,
                "expected_sources": sources,
                "expected_companies": v.answer_set(qid, rows) if kind == "directory" else [],
                "answer_must_contain_any": answers,
                "note": note,
            }
        )
    v.QUESTIONS.write_bytes("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out).encode("utf-8"))
    return out


README_MD = """# sample-40 — "Rail Relay 2088"

A held-out evaluation knowledge base for the Pak–China Rail & Urban Transit Software Programme 2088 ("Rail Relay
2088"): a Pakistani transit-software council (PTSC) and a Chinese urban-rail informatisation alliance (CURIA) bring
Pakistani fare-collection, ticketing, passenger-information, signalling-test, rostering, predictive-maintenance,
depot-management, video-analytics, crowd-monitoring, MaaS, bus-tracking, freight, GIS, track-geometry, energy,
digital-twin, accessibility and call-centre software firms to a buyers' expo in Chengdu and a four-week "Depot Sprint"
on a metro depot's maintenance data. The 17 programme documents (Markdown, text, HTML, Word, PDF; English, Chinese,
Urdu in right-to-left HTML, Roman Urdu, and two English–Chinese documents) include an exhibitor manual opening with a
revision-history table, a fee page whose tables use merged cells (rowspan option groups, a two-column fee header) and
TBD cells, a Word handbook whose hotline and validity date sit only in its page footer and header, a webinar Q&A
transcript with speaker turns and a later correction, a document checklist with [x]/[ ] marks per track, a Chinese
buyers' notice with 万/亿 figures, rules with exceptions ("unless", "except", 除非, "siwaye"), weekday-based
deadlines, a two-column PDF newsletter, a bilingual schedule with 待定 cells, a correction notice, a superseded
handbook beside its current version and a report on last year's pilot round; `directory.csv` lists 60 companies.
Everything here except the February 2022 Shanghai webinar named in the overview is fictional: the organisers, people,
companies, fees, dates, offices, phone numbers and `.example` addresses are invented. `questions-40.jsonl` holds the
80 frozen questions; `build_sample40.py` writes these files and `validate_sample40.py` checks them.
"""


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    (v.KB / "README.md").write_bytes(README_MD.encode("utf-8"))
    text_docs()
    handbook_docx()
    zh_notice_docx()
    newsletter_pdf()
    report_pdf()
    data_sheet_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote {len(v.DOCS)} documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
