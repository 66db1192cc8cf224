"""Build sample-39 ("Clearwater 2087") and questions-39.jsonl.

Writes every programme document (text ones byte-exact, Word and PDF ones with fixed metadata and zip times),
directory.csv and questions-39.jsonl. Directory answer sets and computed answers come from validate_sample39
(FILTERS, COMPUTED), so the frozen answers and the checks share one code path. Running it twice gives the same bytes.

Usage: build_sample39.py [BASE]  (BASE holds sample-39/ and questions-39.jsonl; default: this folder)
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
    os.environ["SAMPLE39_BASE"] = str(Path(sys.argv[1]).resolve())
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample39 as v  # noqa: E402
from pypdf.generic import ContentStream, DictionaryObject, NameObject  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2087, 1, 15, 9, 0, 0)


def write_text(name, text):
    (PROG / name).write_bytes(text.encode("utf-8"))


# ============================================================================ Markdown / text / HTML documents
OVERVIEW_MD = """# Clearwater 2087 — Programme overview

**The Pak–China Water, Wastewater & Environmental Monitoring Software Programme 2087**

Clearwater 2087 brings Pakistani software firms that build water, wastewater and environmental monitoring software
to Chinese buyers: city water companies, industrial parks, environmental monitoring stations, sanitation groups,
river-basin authorities and engineering institutes.

## Where the programme comes from

The programme grew out of the February 2022 Shanghai webinar "Outsourcing ICT Talent from Pakistan", co-organised by
Pakistan's Consulate General in Shanghai, the Software Business Union of Shanghai,
the Shanghai Software Industry Association and the Trade Development Authority of Pakistan. Clearwater narrows that idea down to one sector.

## Organisers

- **Pakistan Water-Tech Software Forum (PWSF)**, Karachi — the Pakistani organiser. PWSF registers vendors,
  collects fees and runs the regional desks in Pakistan.
- **China Smart Water Industry Alliance (CSWIA, 中国智慧水务产业联盟)**, Wuhan — the Chinese organiser. CSWIA
  recruits buyers and runs the desks in China.
- **Jianghan River Water Group** — the Wuhan water utility that opens its network data for the Pilot Basin.

## The two events

1. **Wuhan Buyers' Summit** — Tuesday 14 to Thursday 16 October 2087 at the Wuhan Riverside Convention Centre
   (武汉滨江会议中心). Pitches by theme, one-to-one buyer matchmaking, and on the last day the Pilot Basin selection.
   Delegates usually stay at the Hanjiang Riverside Hotel next to the venue; rooms are booked by each firm.
2. **The Pilot Basin** — the selected vendors run their software on Jianghan River Water Group's real network data
   for six weeks, from Monday 3 November to Sunday 14 December 2087, and are scored by the utility's engineers.

## Times

Every time in the summit agenda and the Pilot Basin handbook is Beijing time. Pakistan time (PKT) is 3 hours behind
Beijing time; firms joining sessions online from Pakistan should convert before they plan their day.

## Who can take part

Pakistani firms registered with the Securities and Exchange Commission of Pakistan or a provincial registrar whose
products fall in the programme's fields: SCADA dashboards, telemetry and IoT sensor platforms, leak detection and NRW
analytics, smart metering and meter-data management, utility billing, GIS and hydraulic modelling, LIMS, air-quality
monitoring, flood early warning, groundwater monitoring, wastewater treatment plant control, sanitation fleet routing,
recycling marketplaces, ESG and carbon reporting, EIA tools, drone and satellite imagery analysis, field inspection
apps and customer portals for utilities.

## Documents

The fee schedule, the cancellation policy, the summit agenda, the Pilot Basin handbook and site list, the data-use
rules, the glossary and the list of regional desks are published with this overview. Later notices override earlier
documents where they differ.

## Help

Programme helpline **0800-92787** (Monday to Friday, 09:00–17:00 Pakistan time) · help@clearwater2087.example
"""

CANCEL_MD = """# Cancellation and refund policy — Wuhan Buyers' Summit 2087

PWSF programme office · 20 May 2087

This policy applies to the **summit registration fee** and to the **exhibition table fee**. The fee a firm paid
depends on its size band and is set in the Fee Schedule 2087; this policy only sets how much of it comes back.

## How to cancel

Send the cancellation by e-mail to cancel@clearwater2087.example. The date the e-mail reaches PWSF is the cancellation
date. Days are counted from the cancellation date to the summit's opening day, Tuesday 14 October 2087; the
cancellation date itself is not counted, so a cancellation on 13 October is 1 day before.

## Refund bands

| Days before the summit opens | Refund of the fee paid |
|---|---|
| 45 days or more | 100 % |
| 30–44 days | 75 % |
| 15–29 days | 50 % |
| 7–14 days | 25 % |
| fewer than 7 days, or no-show | 0 % (no refund) |

## Other rules

- A firm may name another person from the same firm instead of cancelling; this is free until the summit opens.
- Refunds are paid in RMB to the account the fee came from, within 30 days of the cancellation date.
- Pilot Basin participation fees and sensor data feed fees are not refundable once the Pilot Basin selection has been
  announced.
- If PWSF or CSWIA cancels the summit, every fee is refunded in full.
"""

AGENDA_MD = """# Wuhan Buyers' Summit 2087 — Agenda

Wuhan Riverside Convention Centre · 14–16 October 2087 · CSWIA secretariat · version of 1 June 2087

All times below are Beijing time (CST).

## Day 1 — Tuesday 14 October 2087

| Time | Session | Room |
|---|---|---|
| 08:30 | Registration and badge collection | Main foyer |
| 09:30 | Opening ceremony and opening keynote | Yangtze Hall |
| 10:45 | Panel: cutting non-revenue water in Chinese cities | Yangtze Hall |
| 12:00 | Lunch | Terrace |
| 13:30 | Vendor pitches A: smart metering, billing and customer portals | Hall 2 |
| 15:15 | Vendor pitches B: SCADA, telemetry and leak detection | Hall 2 |
| 18:30 | Welcome reception hosted by CSWIA | Terrace |

## Day 2 — Wednesday 15 October 2087

| Time | Session | Room |
|---|---|---|
| 09:00 | Vendor pitches C: air quality, flood early warning and groundwater | Hall 2 |
| 10:45 | Vendor pitches D: wastewater plants, sanitation fleets and recycling | Hall 2 |
| 12:00 | Lunch | Terrace |
| 14:00 | Buyer matchmaking: one-to-one meetings | Halls 3 and 4 |
| 17:30 | End of day two | — |
| 19:00 | Gala dinner | Yangtze Hall |

## Day 3 — Thursday 16 October 2087

| Time | Session | Room |
|---|---|---|
| 09:00 | Workshop: the Pilot Basin data-use rules | Hall 2 |
| 10:15 | Vendor pitches E: ESG, EIA and imagery analysis | Hall 2 |
| 12:00 | Lunch | Terrace |
| 14:00 | Pilot Basin selection announced | Yangtze Hall |
| 16:00 | Pilot Basin briefing for the selected vendors | Room 5 |
| 17:15 | Closing session | Yangtze Hall |

Pitch slots are 8 minutes with 4 minutes of questions. Vendors receive their slot by e-mail two weeks before the summit.
"""

CORRECTION_MD = """# Correction Notice No. 1

PWSF programme office and CSWIA secretariat · **2 July 2087**

This notice corrects two published documents. Where they differ from this notice, this notice applies.

## 1. Fee Schedule 2087 — summit registration, 101–500 staff

The Fee Schedule 2087 of 15 May 2087 shows RMB 12,500 for firms with 101–500 staff. That figure was a typing
error. The correct summit registration fee for firms with 101–500 staff is **RMB 11,900**. Firms that have already
paid RMB 12,500 will receive the difference back. The other size bands are unchanged.

## 2. Summit agenda — Pilot Basin briefing

On Day 3 (Thursday 16 October 2087) the Pilot Basin briefing for the selected vendors moves from 16:00 to
**15:30 Beijing time**, still in Room 5, so that the Jianghan engineers can leave for the evening shift.

No other figure or time in these documents changes.
"""

HANDBOOK_V2 = """# Pilot Basin Vendor Handbook — version 2

CSWIA secretariat with Jianghan River Water Group · 25 August 2087 · this version replaces version 1 of 10 June 2087

## 1. What the Pilot Basin is

The selected vendors run their software on Jianghan River Water Group's live network data for six weeks, from
Monday 3 November to Sunday 14 December 2087. The utility's engineers score each vendor at the end.

## 2. Sensors

Each vendor may connect up to 80 sensors of its own or on loan. Every sensor must be registered with the site
control room before it sends data. The sensor data feed is charged as set in the Fee Schedule 2087.

## 3. Reporting

- A weekly report is due every Tuesday by 10:00 Beijing time, covering the week that ended on the Sunday before.
- The final report is due within 10 days after the last day of the Pilot Basin.
- Reports are uploaded to the Pilot Basin portal; e-mailed reports are not accepted.

## 4. Loaner equipment

Vendors may borrow field equipment from the utility's store against a refundable deposit per unit. The store opens
on Monday 27 October 2087 and all equipment must be returned by the last day of the Pilot Basin.

| Item | Units in store | Deposit per unit |
|---|---|---|
| Ultrasonic clamp-on flow meter | 10 | RMB 1,200 |
| Electromagnetic flow meter | 6 | 〃 |
| Pressure logger | 40 | RMB 400 |
| Acoustic noise logger | 60 | do. |
| Hydrophone | 8 | RMB 900 |
| Multi-parameter water-quality sonde | 5 | RMB 2,500 |
| Chlorine analyser | 5 | ″ |
| Rugged field tablet | 20 | RMB 300 |
| Vehicle GPS tracker | 30 | same as above |

## 5. Scoring

| Criterion | Weight |
|---|---|
| Accuracy against the utility's own measurements | 40 % |
| Alarms raised in time | 25 % |
| Usability for control-room staff | 20 % |
| Weekly reports | 15 % |

Vendors with 70 points or more receive a letter of recommendation from Jianghan River Water Group.
"""

HANDBOOK_V1 = """# Pilot Basin Vendor Handbook — version 1 (SUPERSEDED)

> SUPERSEDED: replaced by version 2 of 25 August 2087. Kept for reference only.

CSWIA secretariat with Jianghan River Water Group · 10 June 2087

## 1. What the Pilot Basin is

The selected vendors run their software on Jianghan River Water Group's live network data for six weeks, from
Monday 3 November to Sunday 14 December 2087.

## 2. Sensors

Each vendor may connect up to 50 sensors. Every sensor must be registered with the site control room before it
sends data.

## 3. Reporting

- A weekly report is due every Monday by 12:00 Beijing time.
- The final report is due within 7 days after the last day of the Pilot Basin.

## 4. Scoring

Accuracy 50 %, alarms 30 %, usability 20 %. Vendors with 70 points or more receive a letter of recommendation.
"""

GLOSSARY_MD = """# Clearwater 2087 glossary · 术语表（英中对照）

PWSF and CSWIA · July 2087 · terms used in the programme documents, in English and Chinese

| Term | English | 中文 |
|---|---|---|
| AMI | Advanced Metering Infrastructure: smart meters with two-way communication. | 高级计量架构：具备双向通信的智能水表系统。 |
| AQI | Air Quality Index, reported by monitoring stations. | 空气质量指数，由监测站发布。 |
| CSWIA | China Smart Water Industry Alliance, the Chinese organiser. | 中国智慧水务产业联盟，中方主办单位。 |
| DMA | District Metered Area: a zone of the water network whose inflows and outflows are metered. In the Pilot Basin each vendor is assigned at most two DMAs. | 独立计量区域：进出水量均有计量的管网分区。试点流域中每家供应商最多分配两个DMA。 |
| EIA | Environmental Impact Assessment. | 环境影响评价（环评）。 |
| ESG | Environmental, social and governance reporting, including carbon accounting. | 环境、社会和治理报告，包括碳排放核算。 |
| GIS | Geographic Information System used to map pipes, valves and meters. | 地理信息系统，用于绘制管道、阀门和水表。 |
| LIMS | Laboratory Information Management System for water-quality labs. | 实验室信息管理系统，用于水质实验室。 |
| MDM | Meter Data Management: storage and validation of meter readings. | 表计数据管理：存储并校验抄表数据。 |
| NRW | Non-Revenue Water: water produced but not billed (leaks, theft, meter errors). | 无收益水（产销差）：已供出但未计费的水量。 |
| PWSF | Pakistan Water-Tech Software Forum, the Pakistani organiser. | 巴基斯坦水务科技软件论坛，巴方主办单位。 |
| RTU | Remote Terminal Unit that sends field readings to SCADA. | 远程终端单元，将现场数据传给SCADA。 |
| SCADA | Supervisory Control and Data Acquisition. | 数据采集与监视控制系统。 |
| WWTP | Wastewater Treatment Plant. | 污水处理厂。 |
"""

EMAIL_TXT = """From: Li Wenjing <li.wenjing@cswia.example>
To: Sana Qureshi <sana.qureshi@pwsf.example>
Cc: secretariat@cswia.example
Date: 8 August 2087 16:12
Subject: Re: Re: Pilot Basin places and application deadline

Dear Sana,

Good news from our side: Jianghan River Water Group has agreed to open a second district, Wuchang, next to Hankou.
With two districts we can now take 14 vendors in the Pilot Basin, not 10 as in your message below. Because of the
extra places the application deadline moves to 12 September 2087. Please tell your members; the handbook and site
list will follow.

Best regards,
Li Wenjing
International Programmes, CSWIA secretariat, Wuhan

On 3 August 2087, Sana Qureshi wrote:
> Dear Wenjing,
>
> Thank you. To confirm what I will tell PWSF members on Monday: the Pilot Basin has 10 vendor places, all in the
> Hankou district, and Pilot Basin applications close on 5 September 2087. Selection is announced on the last day
> of the summit. Is that right?
>
> Kind regards,
> Sana Qureshi
> Programme Manager, PWSF, Karachi
>
> On 1 August 2087, Li Wenjing wrote:
>> Dear Sana,
>>
>> Jianghan River Water Group has signed the data agreement for the Hankou district. I will send the number of
>> places and the application deadline as soon as the utility confirms them.
>>
>> Li Wenjing
"""

WHATSAPP_TXT = """Clearwater 2087 — PWSF members group · voice note ka transcript (Roman Urdu)
Bhejne wali: Sana Qureshi, Programme Manager PWSF · 2 September 2087

Assalam o alaikum sab ko. Sana bol rahi hoon PWSF se. Kuch zaroori baatein hain Wuhan summit se pehle, dhyan se sun
lein.

Pehli baat: pre-departure workshop ab 27 September 2087 ko hogi, Saturday ko, PWSF ke Lahore office mein, Gulberg
mein, subah 10 baje se shaam 4 baje tak. Workshop ki koi fees nahi hai, lekin har firm se sirf do log aa sakte hain.
Workshop mein hum pitch ki practice karwayenge aur Chinese buyers ke saath meeting ka tareeqa bhi batayenge.

Doosri baat: Pilot Basin ka sample data set 20 September ko share hoga, jin firms ne application di hai sirf unko.
Data ke rules wali file zaroor parh lein, us mein likha hai ke data kab delete karna hai.

Teesri baat: apna laptop aur charger saath layein, aur jo log Wuhan ja rahe hain woh apna passport ki copy bhi
layein. Chinese SIM card Wuhan airport par mil jayega, uski fikar na karein.

Aur haan, agar koi sawal ho to helpline par call karein ya apne shehar ke desk se baat karein. Shukriya, Allah hafiz.
"""

DESKS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Clearwater 2087 — Regional desks</title>
</head>
<body>
<h1>Regional desks</h1>
<p>PWSF runs the desks in Pakistan and CSWIA runs the desks in China. Call or visit the desk in your city for
registration, fees, visas and travel. Office hours are local time.</p>
<table>
<caption>Clearwater 2087 regional desks, as of 1 August 2087</caption>
<tr><th>City</th><th>Country</th><th>Desk officer</th><th>Phone</th><th>Office hours</th></tr>
<tr><td>Karachi</td><td>Pakistan</td><td>Ayesha Memon</td><td>+92 21 3555 0187</td><td>Mon–Fri 09:00–17:00</td></tr>
<tr><td>Lahore</td><td>Pakistan</td><td>Bilal Chaudhry</td><td>+92 42 3555 0264</td><td>Mon–Sat 10:00–18:00</td></tr>
<tr><td>Islamabad</td><td>Pakistan</td><td>Hina Abbasi</td><td>+92 51 2555 0391</td><td>Mon–Thu 09:00–16:00</td></tr>
<tr><td>Peshawar</td><td>Pakistan</td><td>Junaid Afridi</td><td>+92 91 5555 0422</td><td>Tue and Thu 10:00–15:00</td></tr>
<tr><td>Quetta</td><td>Pakistan</td><td>Nadia Baloch</td><td>+92 81 2555 0510</td><td>Wed only 10:00–14:00</td></tr>
<tr><td>Wuhan</td><td>China</td><td>Li Wenjing</td><td>+86 27 5555 2087</td><td>Mon–Fri 08:30–17:30</td></tr>
<tr><td>Shanghai</td><td>China</td><td>Chen Yu</td><td>+86 21 5555 3306</td><td>Mon–Fri 09:00–18:00</td></tr>
<tr><td>Shenzhen</td><td>China</td><td>Huang Mei</td><td>+86 755 5555 4418</td><td>Mon, Wed, Fri 09:00–12:00</td></tr>
<tr><td>Chengdu</td><td>China</td><td>Tang Lei</td><td>+86 28 5555 6120</td><td>Tue–Sat 09:30–17:00</td></tr>
</table>
<p>Outside office hours, call the programme helpline.</p>
</body>
</html>
"""

UR_HTML = """<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<title>کلیئر واٹر 2087 — پاکستانی فرموں کے لیے رہنما</title>
</head>
<body>
<h1>کلیئر واٹر 2087: پاکستانی فرموں کے لیے رہنما</h1>
<p>پاکستان واٹر ٹیک سافٹ ویئر فورم (PWSF)، کراچی · 28 جولائی 2087</p>
<h2>ووہان سمٹ کی تیاری</h2>
<p>ووہان بائرز سمٹ 14 سے 16 اکتوبر 2087 تک ہوگی۔ ہر فرم اپنی پچ انگریزی یا چینی زبان میں دے سکتی ہے، اور سلائیڈیں
سمٹ سے ایک ہفتہ پہلے پورٹل پر جمع کرانا ضروری ہے۔</p>
<h2>ویزا سپورٹ لیٹر</h2>
<p>چین کے بزنس ویزا کے لیے سی ایس ڈبلیو آئی اے کا ویزا سپورٹ لیٹر درکار ہے۔ اس کی درخواست سمٹ سے کم از کم 30 دن پہلے،
یعنی 14 ستمبر 2087 تک، پی ڈبلیو ایس ایف کے کسی علاقائی ڈیسک پر جمع کرائیں۔ درخواست کے ساتھ پاسپورٹ کی کاپی اور
رجسٹریشن کی رسید لگائیں۔</p>
<h2>سفری گرانٹ</h2>
<p>پی ڈبلیو ایس ایف سمٹ میں جانے والی ہر رجسٹرڈ پاکستانی فرم کے زیادہ سے زیادہ دو افراد کو سفری گرانٹ دیتا ہے:
فی کس 90,000 روپے۔ گرانٹ سمٹ کے بعد ٹکٹ اور ہوٹل کی رسیدیں جمع کرانے پر ملتی ہے۔</p>
<h2>زبان اور ترجمہ</h2>
<p>آمنے سامنے ملاقاتوں میں چینی اور اردو کے مترجم موجود ہوں گے۔ اپنی کمپنی کا تعارف چینی زبان میں بھی ساتھ رکھیں۔</p>
<h2>رابطہ</h2>
<p>سوالات کے لیے اپنے شہر کے علاقائی ڈیسک یا پروگرام ہیلپ لائن سے رابطہ کریں۔</p>
</body>
</html>
"""


def text_docs():
    for name, text in [
        (v.OVERVIEW, OVERVIEW_MD),
        (v.CANCEL, CANCEL_MD),
        (v.AGENDA, AGENDA_MD),
        (v.CORRECTION, CORRECTION_MD),
        (v.HANDBOOK, HANDBOOK_V2),
        (v.HANDBOOK_OLD, HANDBOOK_V1),
        (v.GLOSSARY, GLOSSARY_MD),
        (v.EMAIL, EMAIL_TXT),
        (v.WHATSAPP, WHATSAPP_TXT),
        (v.DESKS, DESKS_HTML),
        (v.UR_GUIDE, UR_HTML),
    ]:
        write_text(name, text)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Clearwater 2087"
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


ACTIONS = [
    ["No.", "Action", "Owner", "Due"],
    [
        "A1",
        "Send the Pilot Basin data-sharing agreement to Jianghan River Water Group",
        "Li Wenjing (CSWIA)",
        "30 June 2087",
    ],
    ["A2", "Publish a correction notice for the fee schedule", "Sana Qureshi (PWSF)", "5 July 2087"],
    ["A3", "Draft the Pilot Basin scoring sheet", "Dr Farah Naz (PWSF)", "20 July 2087"],
    ["A4", "Open a PWSF desk in Sukkur for Sindh vendors", "Imran Soomro (PWSF)", "1 September 2087"],
    ["A5", "Book Chinese–Urdu and Chinese–English interpreters for the summit", "Zhou Hao (CSWIA)", "15 August 2087"],
    ["A6", "Write the Chinese buyers' guide", "Zhou Hao (CSWIA)", "31 July 2087"],
]


def minutes_docx():
    doc = docx.Document()
    doc.add_paragraph("Joint Steering Committee — Minutes of Meeting No. 3", style="Title")
    doc.add_paragraph("Clearwater 2087 · 18 June 2087 · online (video call) · 10:00–11:40 Beijing time")
    doc.add_heading("Attendees", level=1)
    for text in [
        "PWSF: Kamran Siddiqui (chair), Sana Qureshi, Dr Farah Naz, Imran Soomro",
        "CSWIA: Wang Jianguo (co-chair), Li Wenjing, Zhou Hao",
        "Jianghan River Water Group: Gao Min (observer)",
        "Apologies: Chen Yu (CSWIA Shanghai desk)",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("Decisions", level=1)
    for i, text in enumerate(
        [
            "The Wuhan Buyers' Summit is confirmed for 14–16 October 2087 at the Wuhan Riverside Convention Centre.",
            "The Pilot Basin runs for six weeks instead of the four weeks of the 2086 pilot round.",
            "The registration fee of the 101–500 staff band in the fee schedule is a typing error and will be corrected "
            "by a notice.",
            "Interpreters will be provided at every one-to-one meeting at no extra cost to vendors or buyers.",
            "Pilot Basin vendors will be scored by Jianghan engineers; PWSF and CSWIA staff do not score.",
        ],
        1,
    ):
        doc.add_paragraph(f"{i}. {text}")
    doc.add_heading("Action items", level=1)
    grid(doc, ACTIONS)
    doc.add_paragraph("Next meeting: 20 August 2087, online. Minutes taken by Sana Qureshi.")
    save_docx(doc, v.MINUTES, "JSC minutes No. 3", datetime.datetime(2087, 6, 19, 9, 0), "PWSF programme office")


def zh_guide_docx():
    doc = docx.Document()
    doc.add_paragraph("Clearwater 2087 中国买家须知", style="Title")
    doc.add_paragraph("中国智慧水务产业联盟（CSWIA）秘书处 · 2087年7月31日")
    for heading, paras in [
        (
            "一、报名",
            [
                "城市供水企业、工业园区、环境监测站、环卫集团、流域管理机构及工程设计院均可报名参加武汉买家峰会。",
                "买家报名免费，报名截止日期为2087年9月20日。",
                "每家买家机构最多可派3人参会，凭实名胸卡入场。",
            ],
        ),
        (
            "二、峰会",
            [
                "峰会于2087年10月14日至16日在武汉滨江会议中心举行，会议中心设有地下停车场。",
                "一对一洽谈安排在10月15日下午，买家可在门户网站提前预约供应商。",
                "洽谈现场提供中英、中乌口译。",
            ],
        ),
        (
            "三、试点流域参观",
            [
                "买家可于2087年11月18日参观江汉水务集团的试点流域控制中心，现场观看供应商系统运行情况。",
                "参观须在11月10日前通过门户网站登记。",
            ],
        ),
        (
            "四、洽谈须知",
            [
                "买家应在预约时说明所需的系统类型，例如漏损控制、智能水表、水质实验室管理或污水处理厂控制，以便秘书处匹配供应商。",
                "每场一对一洽谈为30分钟。买家如需现场演示，请提前告知供应商准备测试数据。",
                "洽谈结束后，买家可在门户网站为供应商填写反馈表，反馈结果将用于试点流域的遴选参考。",
            ],
        ),
        ("五、联系方式", ["CSWIA秘书处买家服务组，邮箱buyers@cswia.example。"]),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.ZH_GUIDE, "Clearwater 2087 买家须知", datetime.datetime(2087, 7, 31, 9, 0), "CSWIA秘书处")


def data_rules_docx():
    doc = docx.Document()
    doc.add_paragraph("Pilot Basin data-use rules · 试点流域数据使用规则", style="Title")
    doc.add_paragraph("Jianghan River Water Group, CSWIA and PWSF · 1 September 2087 · English, then Chinese")
    doc.add_heading("English", level=1)
    for text in [
        "1. Pilot Basin data stays on Jianghan River Water Group's servers in Wuhan. Vendors work on it through the "
        "utility's remote workspace; raw data may not be exported.",
        "2. Customer names, addresses and account numbers are masked before vendors see the data.",
        "3. Vendors may keep derived results (charts, model outputs) for their own reports.",
        "4. Vendors must delete all copies of Pilot Basin data within 14 days after the Pilot Basin ends and confirm "
        "the deletion in writing.",
        "5. A vendor that breaks these rules is removed from the Pilot Basin.",
        "6. Vendor staff must sign a confidentiality pledge before they get a remote-workspace account; each vendor may "
        "open at most five accounts.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("中文", level=1)
    for text in [
        "1. 试点流域数据存放在江汉水务集团位于武汉的服务器上。供应商通过远程工作区使用数据，不得导出原始数据。",
        "2. 客户姓名、地址和账号在提供给供应商前均已脱敏处理。",
        "3. 供应商可保留衍生结果（图表、模型输出）用于自己的报告。",
        "4. 试点流域结束后14天内，供应商须删除全部数据副本，并书面确认。",
        "5. 违反上述规则的供应商将被取消试点流域资格。",
        "6. 供应商的工作人员须签署保密承诺书，方可获得远程工作区账号；每家供应商最多开通五个账号。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.DATA_RULES, "Pilot Basin data-use rules", datetime.datetime(2087, 9, 1, 9, 0), "CSWIA")


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
    writer.add_metadata({"/Title": title, "/Producer": "Clearwater document office", "/Author": author})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def text_block(ops, y, lines, size=10, step=14, x=50):
    for line in lines:
        ops.append(("t", x, y, line, "/F1", size))
        y -= step
    return y


def rule(ops, y, w=0.3):
    ops.append(("r", 50, y, str(y), "562", w))


# (label, footnote mark or "", fee)
FEE_ROWS = [
    ("Summit registration, firms with 1\u201320 staff", "", "RMB 3,200"),
    ("Summit registration, firms with 21\u2013100 staff", "", "RMB 6,800"),
    ("Summit registration, firms with 101\u2013500 staff", "", "RMB 12,500"),
    ("Summit registration, firms with 501 staff or more", "", "RMB 19,000"),
    ("Extra delegate badge (more than 2 per firm)", "", "RMB 600 per person"),
    ("Exhibition table, 2 m, Day 1 and Day 2", "\u00b2", "RMB 4,500"),
    ("Pilot Basin participation", "\u00b9", "RMB 26,000"),
    ("Sensor data feed", "\u00b3", "RMB 45 per sensor per week"),
]
FOOTNOTES = [
    "\u00b9 Excludes 6% VAT, which is added on the invoice.",
    "\u00b2 Free for firms with fewer than 10 staff.",
    "\u00b3 Billed for the full six weeks of the Pilot Basin, whatever week the sensor is connected.",
]


def fees_pdf():
    ops = [
        ("t", 50, 748, "Fee Schedule 2087", "/F2", 16),
        ("t", 50, 730, "Clearwater 2087 \u00b7 PWSF programme office with CSWIA \u00b7 15 May 2087", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "All fees are set and invoiced in Chinese yuan (RMB). Each registered firm receives 2 delegate badges.",
            "The summit registration fee depends on the firm's size: the number of staff on its payroll on the day it",
            "registers. A firm pays the fee of the band its head count falls in.",
        ],
    )
    y -= 10
    ops.append(("t", 50, y, "Table 1. Fees", "/F2", 12))
    y -= 22
    ops.append(("t", 56, y, "Item", "/F2", 10))
    ops.append(("t", 360, y, "Fee", "/F2", 10))
    rule(ops, y - 6, 0.5)
    y -= 22
    for label, mark, fee in FEE_ROWS:
        ops.append(("t", 56, y, label, "/F1", 10))
        if mark:
            ops.append(("t", 56 + 5.2 * len(label), y + 4, mark, "/F1", 6))
        ops.append(("t", 360, y, fee, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    y -= 10
    ops.append(("t", 50, y, "Payment", "/F2", 12))
    y = text_block(
        ops,
        y - 20,
        [
            "Invoices are payable within 14 days. Registration and table fees are invoiced on registration; Pilot Basin",
            "fees are invoiced after the selection on the last day of the summit. Refunds follow the cancellation policy.",
        ],
    )
    rule(ops, 96, 0.5)
    text_block(ops, 82, FOOTNOTES, size=8, step=11)
    ops.append(("t", 500, 40, "Fee Schedule \u00b7 page 1 of 1", "/F1", 7.5))
    write_pdf(v.FEES, [ops], "Clearwater 2087 - Fee Schedule", "PWSF programme office")


REPORT_ROWS = [
    ("Buyers' meeting", "Hefei, 9 October 2086 (one day)"),
    ("Pakistani vendors at the meeting", "19"),
    ("Chinese buyers at the meeting", "44"),
    ("Registration fee", "RMB 5,000 flat, every firm"),
    ("Pilot Basin", "4 weeks, one district, 8 vendors"),
    ("Sensor data feed", "RMB 40 per sensor per week"),
    ("Maximum sensors per vendor", "30"),
    ("Contracts signed", "6 contracts worth RMB 5.3 million"),
]


def report_pdf():
    ops = [
        ("t", 50, 748, "Clearwater 2086 pilot round \u2014 Final report", "/F2", 16),
        ("t", 50, 730, "PWSF programme office with the CSWIA secretariat \u00b7 15 December 2086", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "The 2086 pilot round tried the Clearwater idea on a small scale: a one-day buyers' meeting in Hefei and a",
            "short Pilot Basin on one district of a Hefei utility. The figures below are last year's pilot figures; they",
            "are not the 2087 rules, fees or dates, which are set in the 2087 programme documents.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2086 pilot round", "/F2", 12))
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
        "One day was too short for buyer meetings; the 2087 summit runs three days.",
        "Four weeks were too few to see a full billing cycle; the 2087 Pilot Basin runs longer.",
        "Leak-detection and metering vendors won most contracts; air-quality vendors asked for their own pitch session.",
        "Buyers asked for Chinese screens and reports from the first week.",
    ]:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.REPORT, [ops], "Clearwater 2086 pilot round - Final report", "PWSF")


SITES = [
    ("HK-01", "Zhongshan Avenue bulk meter", "Hankou", "flow", "2"),
    ("HK-02", "Erqi Road pumping station", "Hankou", "pressure, flow", "6"),
    ("HK-03", "Jiefang Park DMA inlet", "Hankou", "flow, pressure", "4"),
    ("HK-04", "Hankou Riverside trunk main", "Hankou", "acoustic leak noise", "16"),
    ("HK-05", "Zongguan Waterworks outlet", "Hankou", "chlorine, turbidity", "5"),
    ("HK-06", "Huangpu Road DMA", "Hankou", "pressure", "10"),
    ("HK-07", "Sanyanqiao elevated tank", "Hankou", "level", "1"),
    ("HK-08", "Tangjiadun sewage pump station", "Hankou", "level, flow", "3"),
    ("HK-09", "Houhu groundwater well 2", "Hankou", "groundwater level", "2"),
    ("HK-10", "Xinhua Road customer meters", "Hankou", "smart meters", "40"),
    ("HK-11", "Wuguang air station", "Hankou", "PM2.5, NO2", "3"),
    ("HK-12", "Qingnian Road valve chamber", "Hankou", "pressure transients", "7"),
    ("HK-13", "Huaqiao DMA", "Hankou", "flow", "5"),
    ("HK-14", "Hanxi wastewater plant inlet", "Hankou", "COD, ammonia", "4"),
    ("HK-15", "Yangtze Bridge flood gauge", "Hankou", "river level", "2"),
    ("HK-16", "Changqing Garden DMA", "Hankou", "pressure, flow", "8"),
    ("HK-17", "Jinghan Avenue trunk main", "Hankou", "acoustic leak noise", "14"),
    ("HK-18", "Hankou control room", "Hankou", "SCADA gateway", "1"),
    ("WC-19", "Shuiguohu pumping station", "Wuchang", "pressure, flow", "8"),
    ("WC-20", "Zhongnan Road DMA inlet", "Wuchang", "flow", "4"),
    ("WC-21", "Donghu East reservoir outlet", "Wuchang", "chlorine, turbidity", "6"),
    ("WC-22", "Hongshan Square trunk main", "Wuchang", "acoustic leak noise", "12"),
    ("WC-23", "Baishazhou waterworks intake", "Wuchang", "turbidity, pH", "5"),
    ("WC-24", "Xudong Street DMA", "Wuchang", "pressure", "11"),
    ("WC-25", "Nanhu wastewater plant effluent", "Wuchang", "COD, ammonia", "3"),
    ("WC-26", "Luojiashan reservoir", "Wuchang", "level", "2"),
    ("WC-27", "Yangyuan sewage pump station", "Wuchang", "level, flow", "7"),
    ("WC-28", "Shahu air station", "Wuchang", "PM2.5, NO2, O3", "3"),
    ("WC-29", "Qingling groundwater well 4", "Wuchang", "groundwater level", "2"),
    ("WC-30", "Wuchang control room", "Wuchang", "SCADA gateway", "1"),
]
SITE_COLS = [(56, "Code"), (106, "Site"), (300, "District"), (370, "Measures"), (510, "Sensors")]
PAGE1_ROWS = 18


def site_rows(ops, y, rows):
    for i, (x, h) in enumerate(SITE_COLS):
        ops.append(("t", x, y, h, "/F2", 10))
    rule(ops, y - 6, 0.5)
    y -= 22
    for row in rows:
        for (x, _), val in zip(SITE_COLS, row):
            ops.append(("t", x, y, val, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    return y


def sites_pdf():
    p1 = [
        ("t", 50, 748, "Pilot Basin site list", "/F2", 16),
        ("t", 50, 730, "Clearwater 2087 \u00b7 Jianghan River Water Group with CSWIA \u00b7 20 August 2087", "/F1", 9),
    ]
    rule(p1, 720, 0.5)
    y = text_block(
        p1,
        700,
        [
            "The Pilot Basin covers two districts of the Jianghan network: Hankou and Wuchang. Table 1 lists every site",
            "where the utility already has sensors that vendors may read. Vendors' own sensors come on top.",
        ],
    )
    y -= 10
    p1.append(("t", 50, y, "Table 1. Pilot Basin monitoring sites", "/F2", 11))
    site_rows(p1, y - 22, SITES[:PAGE1_ROWS])
    p1.append(("t", 500, 40, "Site list \u00b7 page 1 of 2", "/F1", 7.5))
    p2 = [("t", 50, 748, "Table 1. Pilot Basin monitoring sites (continued)", "/F2", 11)]
    y = site_rows(p2, 722, SITES[PAGE1_ROWS:])
    text_block(
        p2,
        y - 16,
        [
            'Sites marked "SCADA gateway" are the district control rooms; vendors register their own sensors there.',
            "Site visits are arranged through the control room of the district.",
        ],
    )
    p2.append(("t", 500, 40, "Site list \u00b7 page 2 of 2", "/F1", 7.5))
    write_pdf(v.SITES, [p1, p2], "Clearwater 2087 - Pilot Basin site list", "Jianghan River Water Group")


# ============================================================================ directory
CITY_ZH = {
    "Karachi": "卡拉奇", "Lahore": "拉合尔", "Islamabad": "伊斯兰堡", "Rawalpindi": "拉瓦尔品第",
    "Faisalabad": "费萨拉巴德", "Multan": "木尔坦", "Peshawar": "白沙瓦", "Hyderabad": "海德拉巴",
    "Quetta": "奎达", "Sukkur": "苏库尔", "Gilgit": "吉尔吉特", "Bahawalpur": "巴哈瓦尔布尔",
    "Larkana": "拉尔卡纳", "Mardan": "马尔丹", "Abbottabad": "阿伯塔巴德", "Sialkot": "锡亚尔科特",
    "Gwadar": "瓜达尔", "Wuhan": "武汉", "Shanghai": "上海", "Shenzhen": "深圳", "Hangzhou": "杭州",
    "Nanjing": "南京", "Chengdu": "成都", "Guangzhou": "广州", "Beijing": "北京", "Tianjin": "天津",
    "Chongqing": "重庆", "Xi'an": "西安",
}  # fmt: skip
CONCEPT_ZH = {
    "scada": "SCADA监控", "telem": "物联网遥测", "nrw": "漏损控制", "meter": "智能水表", "bill": "水费计费",
    "gis": "管网GIS", "hydro": "水力模型", "lims": "水质实验室系统", "air": "空气质量监测", "flood": "洪水预警",
    "gw": "地下水监测", "wwtp": "污水处理厂控制", "fleet": "环卫车辆调度", "recyc": "再生资源交易",
    "esg": "碳排放核算", "eia": "环境影响评价", "img": "遥感影像分析", "field": "巡检App", "portal": "客服与投诉系统",
}  # fmt: skip
INDUSTRY = {
    "scada": "water utilities", "telem": "water utilities", "nrw": "water utilities", "meter": "water utilities",
    "bill": "water utilities", "gis": "engineering institutes", "hydro": "engineering institutes",
    "lims": "water-quality labs", "air": "environmental monitoring stations", "flood": "river-basin authorities",
    "gw": "irrigation departments", "wwtp": "industrial parks", "fleet": "sanitation groups",
    "recyc": "recycling companies", "esg": "industrial parks", "eia": "environmental consultancies",
    "img": "river-basin authorities", "field": "water utilities", "portal": "water utilities",
}  # fmt: skip
GENERIC = [
    "mobile app development", "web development", "UI/UX design", "QA & testing", "cloud migration",
    "Alibaba Cloud hosting", "DevOps", "data analytics", "Power BI dashboards", "BI reporting", "ERP integration",
    "Odoo customisation", "custom software development", "API development", "payment gateway integration",
    "1Link bill payment integration", "WeChat mini-programs", "微信小程序开发", "chatbots", "WhatsApp chatbots",
    "computer vision", "machine learning", "edge computing", "IT staff augmentation", "dedicated development teams",
    "软件外包", "系统集成", "system integration", "network installation", "CCTV integration", "cybersecurity audits",
    "penetration testing", "data migration", "technical support", "24/7 helpdesk", "Chinese localisation",
    "中文本地化", "Urdu localisation", "SMS gateway", "push notifications", "digital twins", "数字孪生",
    "asset management", "maintenance management (CMMS)", "energy monitoring", "pump energy optimisation",
    "solar pumping controls", "PLC programming", "embedded firmware", "LoRa gateways", "NB-IoT integration",
    "data warehousing", "report automation", "Excel automation", "RPA bots", "GPS tracking", "route planning APIs",
    "environmental consulting", "sustainability consulting", "training & capacity building", "IT consulting",
    "数字化咨询", "project management", "Mobile App Development", "web dev", "Flutter apps", "react native apps",
    "document management", "e-invoicing", "HR & payroll software", "accounting software", "call centre software",
    "video analytics", "open data portals", "kiosk software", "translation services", "data labelling",
    "GIS data digitisation", "survey data collection", "mobile surveys (KoBo)", "ODK forms", "QR asset tagging",
    "hardware procurement", "server hosting", "backup & disaster recovery", "Odoo implementation", "SAP integration",
    "Power Apps", "low-code apps", "tender documentation", "Arabic localisation",
]  # fmt: skip
TECH = [
    "Python;Django;PostgreSQL", "Node.js;React;MongoDB", ".NET;Azure;SQL Server", "Go;Kafka;TimescaleDB",
    "Java;Spring Boot;MySQL", "Flutter;Firebase", "QGIS;PostGIS;GeoServer", "Node-RED;MQTT;InfluxDB",
    "Vue.js;Go;Alibaba Cloud", "Laravel;MySQL", "Python;TensorFlow;GDAL", "Angular;Java;Oracle",
]  # fmt: skip
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
# id | name | name_zh | city | founded | employees | concepts | certifications | languages | pitched | domain
D = """
PK-001|Indus Flowworks (Pvt) Ltd|印度河流控|Karachi|2036|820|scada nrw meter|ISO/IEC 27001:2022;ISO 9001|English;Urdu;Mandarin|yes|indusflowworks
PK-002|Ravi Leakwatch|拉维漏损监测|Lahore|2071|240|nrw telem|ISO 9001|English;Urdu;Punjabi|yes|ravileakwatch
PK-003|Mehran GeoNet|梅赫兰地理网|Hyderabad|2064|75|gis hydro|none|English;Urdu;Sindhi|no|mehrangeonet
PK-004|Clifton Aqua Billing|克利夫顿水费|Karachi|2052|310|bill portal|SOC 2 Type II|English;Urdu|yes|cliftonaqua
PK-005|Margalla AirSense|马尔加拉空气感知|Islamabad|2069|140|air telem|ISO 14001|English;Urdu;Mandarin|yes|margallaairsense
PK-006|Lyallpur Meter Tech|莱亚尔普尔水表|Faisalabad|2074|38|meter bill|none|English;Urdu;Punjabi|no|lyallpurmeter
PK-007|Swat Flood Alert|斯瓦特洪水预警|Peshawar|2066|55|flood telem|ISO 9001|English;Urdu;Pashto|yes|swatfloodalert
PK-008|Thar Groundwater Systems|塔尔地下水|Hyderabad|2049|120|gw telem|ISO 14001|English;Urdu;Sindhi|no|thargw
PK-009|Sukkur Barrage Analytics|苏库尔堰坝分析|Sukkur|2079|22|flood hydro|none|English;Urdu;Sindhi|no|sukkurbarrage
PK-010|Multan Utility Billing Co.||Multan|2058|95|bill meter|ISO 9001|English;Urdu;Saraiki|no|multanbilling
PK-011|Rawal LabSoft|拉瓦尔实验室软件|Rawalpindi|2060|48|lims|ISO/IEC 27001:2022|English;Urdu|no|rawallabsoft
PK-012|Karakoram Remote Sensing|喀喇昆仑遥感|Gilgit|2077|16|img gw flood|none|English;Urdu|yes|karakoramrs
PK-013|Kabadiwala Digital||Lahore|2081|30|recyc fleet|none|English;Urdu;Punjabi|yes|kabadiwala
PK-014|GreenLedger ESG|绿账ESG|Karachi|2068|85|esg eia|ISO 14001;ISO 9001|English;Urdu;Mandarin|yes|greenledger
PK-015|Shalimar Treatment Controls|夏利马尔处理控制|Lahore|2045|410|wwtp scada|ISO 9001;ISO 14001|English;Urdu;Mandarin|no|shalimartc
PK-016|Potohar Field Apps|波托哈尔巡检|Rawalpindi|2076|12|field portal||English;Urdu|no|potoharfield
PK-017|Bolan Water Works Digital|博兰水务数字|Quetta|2063|40|scada telem|none|English;Urdu;Pashto;Balochi|no|bolanwater
PK-018|Chenab Hydro Models|杰纳布水力模型|Lahore|2039|180|hydro gis scada|ISO 9001|English;Urdu|yes|chenabhydro
PK-019|Lahore Sludge Logistics|拉合尔污泥物流|Lahore|2070|65|fleet wwtp|ISO 14001|English;Urdu;Mandarin|no|lahoresludge
PK-020|Kirthar EIA Consult||Karachi|2047|28|eia esg|ISO 14001|English;Urdu|no|kirthareia
PK-021|Capital WWTP Automation|首都污水自动化|Islamabad|2061|150|wwtp scada lims|ISO/IEC 27001:2022|English;Urdu|yes|capitalwwtp
PK-022|Punjab Smart Meters|旁遮普智能水表|Faisalabad|2067|260|meter nrw|none|English;Urdu;Punjabi|no|punjabsmartmeters
PK-023|Cholistan Wells Monitoring|乔利斯坦井监测|Bahawalpur|2072|19|gw field|none|English;Urdu;Saraiki|no|cholistanwells
PK-024|Gwadar Coastal Monitoring|瓜达尔海岸监测|Gwadar|2080|26|air img||English;Urdu;Balochi;Mandarin|yes|gwadarcoastal
PK-025|Karachi Complaint Cloud|卡拉奇投诉云|Karachi|2073|140|portal bill|SOC 2 Type II;ISO/IEC 27001:2022|English;Urdu|no|complaintcloud
PK-026|DroneMap Pakistan|无人机测绘巴基斯坦|Islamabad|2082|34|img gis|none|English;Urdu|no|dronemappk
PK-027|Ravi Recyclers Exchange||Lahore|2078|14|recyc|ISO 9001|English;Urdu;Punjabi|no|ravirecyclers
PK-028|Hazara Telemetry|哈扎拉遥测|Abbottabad|2075|24|telem gw|none|English;Urdu;Hindko|no|hazaratelemetry
PK-029|Indus Delta LIMS|印度河三角洲实验室|Hyderabad|2056|70|lims eia|ISO 9001|English;Urdu;Sindhi|yes|indusdeltalims
PK-030|Quaid Carbon Accounting|奎德碳核算|Islamabad|2083|9|esg|none|English;Urdu|yes|quaidcarbon
PK-031|Mardan Field Inspect||Mardan|2084|7|field||English;Urdu;Pashto|no|mardanfield
PK-032|Saltoro NRW Solutions|萨尔托罗漏损|Rawalpindi|2041|520|nrw scada hydro|ISO/IEC 27001:2022;ISO 9001|English;Urdu;Mandarin|no|saltoronrw
PK-033|Sialkot CleanRoute|锡亚尔科特清运|Sialkot|2077|45|fleet recyc|ISO 14001|English;Urdu;Punjabi;Mandarin|no|cleanroute
PK-034|Larkana Water Portal|拉尔卡纳水务门户|Larkana|2080|11|portal meter|none|English;Urdu;Sindhi|no|larkanaportal
PK-035|Peshawar AirWatch|白沙瓦空气观察|Peshawar|2076|105|air esg|ISO 14001|English;Urdu;Pashto|no|peshawarairwatch
PK-036|Nullah Lai Early Warning|莱河预警|Rawalpindi|2059|60|flood gis|ISO 9001|English;Urdu|no|nullahlai
PK-037|Tarbela Controls|塔贝拉控制|Islamabad|2031|1200|scada wwtp telem|ISO/IEC 27001:2022;ISO 9001;ISO 14001|English;Urdu;Mandarin|yes|tarbelacontrols
PK-038|Faisal Hydraulics Lab|费萨尔水力实验室|Faisalabad|2050|90|hydro lims|ISO 9001|English;Urdu;Punjabi|no|faisalhydraulics
PK-039|Orangi Community Water Tech||Karachi|2066|35|portal field nrw|none|English;Urdu|no|orangiwater
PK-040|Zamzama GIS Works|赞扎玛GIS|Karachi|2057|160|gis img|ISO 9001|English;Urdu|yes|zamzamagis
PK-041|Multan Sun Air Labs|木尔坦阳光空气|Multan|2070|50|air lims|none|English;Urdu;Saraiki|yes|multansunair
PK-042|Rohtas ESG Advisory|罗塔斯ESG|Lahore|2062|210|esg eia|ISO 14001;ISO/IEC 27001:2022|English;Urdu;Mandarin|no|rohtasesg
PK-043|Kohat Sensor Grid||Peshawar|2086|4|telem flood||English;Urdu;Pashto|no|kohatsensor
PK-044|Jhelum River Watch|杰赫勒姆河观察|Islamabad|2054|300|flood hydro img|ISO/IEC 27001:2022|English;Urdu;Mandarin|no|jhelumwatch
PK-045|Nagarparkar WaterLink|纳加尔帕卡尔水链|Hyderabad|1998|2000|nrw meter bill portal|ISO 9001;SOC 2 Type II|English;Urdu;Sindhi;Mandarin|yes|waterlink-pk
CN-001|Jiangcheng Smart Water Technology Co., Ltd.|江城智水科技|Wuhan|2040|900|scada nrw meter|ISO/IEC 27001:2022;ISO 9001|Mandarin;English|no|jiangchengwater
CN-002|Hanjiang Lab Systems Co., Ltd.|汉江实验室系统|Wuhan|2058|130|lims|ISO 9001|Mandarin|no|hanjianglab
CN-003|Pudong Eco Data Co., Ltd.|浦东生态数据|Shanghai|2065|260|esg air|ISO 14001|Mandarin;English|no|pudongeco
CN-004|Qiantang Flood Tech Co., Ltd.|钱塘防汛科技|Hangzhou|2055|340|flood hydro|ISO 9001|Mandarin;English|no|qiantangflood
CN-005|Pengcheng Meter Data Co., Ltd.|鹏城表计数据|Shenzhen|2069|480|meter bill|ISO/IEC 27001:2022|Mandarin;English|no|pengchengmeter
CN-006|Jinling Environmental Assessment Co., Ltd.|金陵环评|Nanjing|2050|75|eia||Mandarin|no|jinlingeia
CN-007|Tianfu Sanitation Routing Co., Ltd.|天府环卫调度|Chengdu|2073|150|fleet recyc|ISO 14001;ISO/IEC 27001:2022|Mandarin|no|tianfuroute
CN-008|Yuexiu WaterLab Co., Ltd.|越秀水质实验室|Guangzhou|2061|95|lims gw|ISO 9001;ISO 14001|Mandarin;Cantonese;English|no|yuexiuwaterlab
CN-009|Jingjin Remote Sensing Co., Ltd.|京津遥感|Beijing|2078|210|img eia|ISO/IEC 27001:2022|Mandarin;English|no|jingjinrs
CN-010|Haihe Wastewater Automation Co., Ltd.|海河污水自动化|Tianjin|2046|700|wwtp scada|ISO 9001|Mandarin|no|haihewwtp
CN-011|Bashu Field Inspection Co., Ltd.|巴蜀巡检|Chongqing|2080|28|field portal|none|Mandarin|no|bashufield
CN-012|Donghu Pipe GIS Co., Ltd.|东湖管网GIS|Wuhan|2066|110|gis hydro nrw|ISO 9001|Mandarin;English|yes|donghugis
CN-013|Lujiazui Customer Care Cloud Co., Ltd.|陆家嘴客服云|Shanghai|2071|380|portal bill|SOC 2 Type II;ISO/IEC 27001:2022|Mandarin;English|no|ljzcare
CN-014|Zhijiang Air Monitoring Co., Ltd.|之江大气监测|Hangzhou|2068|160|air telem|ISO 14001|Mandarin;English|no|zhijiangair
CN-015|Qinling Groundwater Co., Ltd.|秦岭地下水|Xi'an|2053|65|gw telem||Mandarin|no|qinlinggw
"""
NO_DESC_ZH = {"PK-010", "PK-013", "PK-020", "PK-027", "PK-031", "PK-039", "PK-043"}


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
        desc = f"{short} is a {city} firm that builds {main} for {inds[0]}."
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
STAFF = ["0800-92787", "help@clearwater2087.example"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
O, CA, AG, CO, HB, GL, EM, WA, DE, UG, MI, ZG, DR, FE, SI = (
    v.OVERVIEW, v.CANCEL, v.AGENDA, v.CORRECTION, v.HANDBOOK, v.GLOSSARY, v.EMAIL, v.WHATSAPP, v.DESKS,
    v.UR_GUIDE, v.MINUTES, v.ZH_GUIDE, v.DATA_RULES, v.FEES, v.SITES,
)  # fmt: skip
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "who co-organised the 2022 shanghai webinar that clearwater grew out of?",
        [O],
        WEBINAR,
        "the real February 2022 webinar, named once in the overview",
    ),
    (
        "en-02",
        P,
        "we're a 35-person NRW analytics firm in Multan, registered for the Wuhan summit but have to pull out. "
        "we'll email the cancellation on 22 September - how much of our registration fee comes back?",
        [CA, FE],
        ["50%", "6,800"],
        "computed: 21-100 band fee (fee schedule) x the 15-29 days band (22 days before 14 Oct) of the refund policy",
    ),
    (
        "en-03",
        P,
        "vendor places?",
        [EM],
        ["14", "14 vendors"],
        "two words; the newest e-mail reply raises the Pilot Basin places from the quoted 10 to 14 (2086 had 8)",
    ),
    (
        "en-04",
        P,
        "if we connect 40 sensors in the pilot basin what does the data feed cost us in total",
        [FE],
        ["RMB 45 per sensor per week", "45", "six weeks"],
        "computed: RMB 45 x 40 sensors x the full six weeks of footnote 3; the 2086 RMB 40 is last year's",
    ),
    (
        "en-05",
        P,
        "who do i contact in karachi, and what are that desk's hours?",
        [DE],
        ["Ayesha Memon", "+92 21 3555 0187", "Mon–Fri 09:00–17:00"],
        "regional desks table row only",
    ),
    (
        "en-06",
        P,
        "we're sending 2 people to the summit. how much travel grant can our firm get from PWSF in total?",
        [UG],
        ["90,000", "PKR 90,000", "Rs 90,000"],
        "computed: the grant is stated only in the Urdu guide, 90,000 rupees a head for at most two people",
    ),
    (
        "en-07",
        P,
        "VAT rate?",
        [FE],
        ["6%", "6% VAT"],
        "two words; the VAT is stated only in footnote 1 of the fee schedule",
    ),
    (
        "en-08",
        P,
        "two things: how many sensors can one vendor connect in the pilot basin, and is it still 50 like "
        "the first handbook said?",
        [HB],
        ["80", "up to 80 sensors"],
        "handbook v2 raised the cap from v1's 50 (the 2086 pilot allowed 30)",
    ),
    (
        "en-09",
        P,
        "we have 7 staff. do we have to pay for the exhibition table at the summit?",
        [FE],
        ["free", "fewer than 10 staff"],
        "answer only in footnote 2 of the fee schedule",
    ),
    (
        "en-10",
        DIR,
        "pakistani leak detection / NRW companies with more than 200 staff",
        [],
        [],
        "synonyms of NRW analytics; PK; head count > 200",
    ),
    (
        "en-11",
        DIR,
        "SCADA or supervisory control vendors founded before 2040?",
        [],
        [],
        "SCADA synonyms incl. Chinese; founded < 2040",
    ),
    ("en-12", DIR, "any chinese companies doing LIMS for water labs?", [], [], "CN; LIMS synonyms"),
    ("en-13", DIR, "GIS mapping firms in Karachi or Hyderabad", [], [], "GIS synonyms; two cities"),
    (
        "en-14",
        DIR,
        "carbon accounting / ESG reporting companies that hold ISO 14001",
        [],
        [],
        "ESG synonyms; certification filter",
    ),
    (
        "en-15",
        UN,
        "what brand are the ultrasonic flow meters you lend out in the pilot basin?",
        [],
        STAFF,
        "near miss: the handbook lists the loaner meter and its deposit, not its brand",
    ),
    (
        "en-16",
        UN,
        "who is giving the opening keynote in wuhan",
        [],
        STAFF,
        "near miss: the agenda names the keynote, not the speaker",
    ),
    (
        "en-17",
        UN,
        "how much is a ticket for the gala dinner on day 2?",
        [],
        STAFF,
        "near miss: the agenda lists the gala dinner, no price",
    ),
    (
        "en-18",
        UN,
        "how many people does the Wuhan Riverside Convention Centre hold?",
        [],
        STAFF,
        "near miss: the venue is named, its capacity is not",
    ),
    (
        "en-19",
        UN,
        "when will the 2088 round of clearwater open for applications?",
        [],
        STAFF,
        "near miss: a future round",
    ),
    ("en-20", UN, "can you suggest a good laptop for our dev team under 200k rupees?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "试点流域参与费含增值税一共多少钱？",
        [FE],
        ["26,000", "6%"],
        "computed: RMB 26,000 plus the 6% VAT of footnote 1; answer in an English PDF",
    ),
    (
        "zh-02",
        P,
        "试点流域的申请截止日期是哪天？之前说的是9月初",
        [EM],
        ["12 September 2087", "9月12日", "2087年9月12日"],
        "the newest e-mail reply moves the deadline from the quoted 5 September to 12 September",
    ),
    ("zh-03", P, "峰会地点？", [O], ["武汉滨江会议中心", "Wuhan Riverside Convention Centre"], "one or two words"),
    (
        "zh-04",
        P,
        "我们公司要派5个人去武汉峰会，额外的胸卡要付多少钱？",
        [FE],
        ["600", "RMB 600 per person"],
        "computed: 2 badges included per firm, 3 extra x RMB 600",
    ),
    (
        "zh-05",
        P,
        "DMA是什么意思？试点流域里每家供应商能分到几个DMA？",
        [GL],
        ["两个DMA", "at most two DMAs", "two DMAs"],
        "the rule is stated only inside the glossary's DMA entry",
    ),
    (
        "zh-06",
        P,
        "峰会口译员由谁负责预订？什么时候要订好？",
        [MI],
        ["Zhou Hao", "15 August 2087", "8月15日"],
        "action-item table of the English minutes (A5)",
    ),
    ("zh-07", P, "买家每家机构最多可以派几个人参加峰会？", [ZG], ["3人", "最多可派3人"], "Chinese buyers' guide only"),
    (
        "zh-08",
        P,
        "试点流域结束后，我们最晚哪天要把数据副本删掉？",
        [DR, HB],
        ["14天", "14 days"],
        "computed: Pilot Basin ends 14 December (handbook) + 14 days of the data-use rules",
    ),
    (
        "zh-09",
        DIR,
        "有没有做智能水表、而且没有任何认证的巴基斯坦公司？",
        [],
        [],
        "Chinese service name; negation on certifications ('none', not unknown)",
    ),
    ("zh-10", DIR, "杰纳布水力模型这家公司是做什么的？在哪个城市？", [], [], "company named by its Chinese name"),
    (
        "zh-11",
        DIR,
        "做水力模型的公司，员工在50到200人之间的有哪些？",
        [],
        [],
        "Chinese service name; head count between",
    ),
    ("zh-12", DIR, "在2022年网络研讨会上做过推介、做空气质量监测的公司", [], [], "pitched at the webinar + service"),
    ("zh-13", DIR, "做地下水监测、成立超过30年的公司有哪些？", [], [], "in business more than 30 years (2087)"),
    (
        "zh-14",
        UN,
        "江汉水务集团一共有多少用户？",
        [],
        STAFF,
        "near miss: the utility is named, its customer count is not",
    ),
    (
        "zh-15",
        UN,
        "行前培训的讲师是谁？",
        [],
        STAFF,
        "near miss: the Roman Urdu voice note names the workshop, not who runs it",
    ),
    (
        "zh-16",
        UN,
        "会议中心停车要收费吗？一天多少钱？",
        [],
        STAFF,
        "near miss: the buyers' guide mentions the car park, no fee",
    ),
    ("zh-17", UN, "早鸟报名有没有折扣？", [], STAFF, "near miss: no discount is offered or mentioned"),
    ("zh-18", UN, "帮我写一首关于长江的诗", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہماری کمپنی میں 140 ملازمین ہیں۔ ووہان سمٹ کی رجسٹریشن فیس کتنی ہوگی؟",
        [FE, CO],
        ["11,900", "RMB 11,900"],
        "size band 101-500; the correction notice replaces the fee schedule's RMB 12,500",
    ),
    (
        "ur-02",
        P,
        "ہم 120 لوگوں کی فرم ہیں۔ اگر 5 ستمبر کو سمٹ کی رجسٹریشن منسوخ کریں تو کتنی رقم واپس ملے گی؟",
        [CA, FE, CO],
        ["75%", "11,900"],
        "computed: corrected 101-500 band fee x the 30-44 days band (39 days before 14 Oct)",
    ),
    ("ur-03", P, "ہیلپ لائن؟", [O], STAFF, "one word: the programme helpline"),
    (
        "ur-04",
        P,
        "لاہور والا ڈیسک کن دنوں اور کتنے بجے کھلا ہوتا ہے؟",
        [DE],
        ["Mon–Sat 10:00–18:00", "Mon–Sat", "10:00–18:00"],
        "desks table row only; answer in English",
    ),
    (
        "ur-05",
        P,
        "ویزا سپورٹ لیٹر کی درخواست کب تک جمع کرانی ہے؟",
        [UG],
        ["14 ستمبر 2087", "14 September", "30 دن"],
        "Urdu-only fact",
    ),
    (
        "ur-06",
        P,
        "الیکٹرومیگنیٹک فلو میٹر ادھار لینے پر کتنا ڈپازٹ دینا ہوگا؟",
        [HB],
        ["RMB 1,200", "1,200"],
        "ditto mark: the row's deposit is the row above's",
    ),
    (
        "ur-07",
        P,
        "سائٹ WC-24 پر کتنے سینسر لگے ہوئے ہیں؟",
        [SI],
        ["11"],
        "row on the second page of the site table (header repeated, '(continued)')",
    ),
    (
        "ur-08",
        DIR,
        "فیصل آباد یا ملتان میں پانی کے بل (بلنگ) کا سافٹ ویئر بنانے والی کمپنیاں",
        [],
        [],
        "Urdu service words; two cities",
    ),
    (
        "ur-09",
        DIR,
        "ری سائیکلنگ مارکیٹ پلیس بنانے والی وہ کمپنیاں جن کے پاس آئی ایس او 27001 نہیں ہے",
        [],
        [],
        "negation on a certification",
    ),
    ("ur-10", DIR, "فیلڈ انسپکشن ایپ والی کمپنیاں جن کے 30 سے کم ملازمین ہوں", [], [], "head count < 30"),
    (
        "ur-11",
        DIR,
        "سیلاب کی پیشگی وارننگ کا نظام بنانے والی وہ پاکستانی کمپنیاں جو 2060 کے بعد قائم ہوئیں",
        [],
        [],
        "Urdu service name; PK; founded after 2060",
    ),
    ("ur-12", UN, "ویزا سپورٹ لیٹر کی فیس کتنی ہے؟", [], STAFF, "near miss: the letter is described, no fee"),
    (
        "ur-13",
        UN,
        "سکھر ڈیسک کا فون نمبر کیا ہے؟",
        [],
        STAFF,
        "near miss: the minutes plan a Sukkur desk; the desks list gives no Sukkur number",
    ),
    ("ur-14", UN, "2088 میں پائلٹ بیسن کس شہر میں ہوگا؟", [], STAFF, "near miss: a future round"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "hum Karachi se online join karenge, Pilot Basin briefing Pakistan time mein kitne baje hai?",
        [CO, AG, O],
        ["15:30"],
        "computed: the correction notice's 15:30 Beijing minus 3 hours (overview)",
    ),
    (
        "ul-02",
        P,
        "weekly report kis din aur kitne baje tak jama karni hai?",
        [HB],
        ["Tuesday", "10:00"],
        "handbook v2 moved it from v1's Monday 12:00",
    ),
    (
        "ul-03",
        P,
        "hum 60 logon ki firm hain, registration aur exhibition table dono chahiye, total kitna banega?",
        [FE],
        ["6,800", "4,500"],
        "computed: 21-100 band fee + exhibition table",
    ),
    (
        "ul-04",
        P,
        "Chinese buyers Pilot Basin ka control centre dekhne kab aayenge?",
        [ZG],
        ["2087年11月18日", "11月18日", "18 November"],
        "Chinese-only fact",
    ),
    (
        "ul-05",
        P,
        "pre-departure workshop kab aur kahan ho rahi hai? fees hai koi?",
        [WA],
        ["27 September 2087", "27 September", "Lahore"],
        "Roman Urdu voice note only",
    ),
    (
        "ul-06",
        P,
        "WC-22 site kya measure karti hai aur wahan kitne sensors hain?",
        [SI],
        ["acoustic leak noise", "12"],
        "row on the second page of the site table",
    ),
    (
        "ul-07",
        P,
        "pilot basin kitne hafte ka hai? pichle saal to 4 hafte tha",
        [HB, O],
        ["six weeks", "for six weeks"],
        "the 2086 report's 4 weeks is last year's",
    ),
    (
        "ul-08",
        DIR,
        "Lahore ya Islamabad mein WWTP automation wali companies kaun si hain?",
        [],
        [],
        "abbreviation; two cities",
    ),
    ("ul-09", DIR, "drone ya satellite imagery wali firms jo 2075 ke baad bani hon", [], [], "founded after 2075"),
    (
        "ul-10",
        DIR,
        "customer portal ya complaint system wali companies jin ke paas SOC 2 ho",
        [],
        [],
        "synonyms; certification",
    ),
    (
        "ul-11",
        DIR,
        "Pakistani telemetry / IoT sensor companies jin ke 50 se kam log hon",
        [],
        [],
        "PK; head count < 50",
    ),
    (
        "ul-12",
        UN,
        "Pilot Basin control centre ka address kya hai, kis floor par hai?",
        [],
        STAFF,
        "near miss: the buyers' guide names the control centre, no address",
    ),
    (
        "ul-13",
        UN,
        "Wuchang district mein kitne ghar (connections) hain?",
        [],
        STAFF,
        "near miss: the e-mail names the district, not its size",
    ),
    (
        "ul-14",
        UN,
        "summit ke liye kitne interpreters book hue hain?",
        [],
        STAFF,
        "near miss: the minutes say interpreters will be booked, not how many",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Day 2 ka buyer matchmaking session Pakistan time mein kitne baje start hoga? agenda mein sirf Beijing time hai",
        [AG, O],
        ["14:00"],
        "computed: 14:00 Beijing minus 3 hours",
    ),
    (
        "mx-02",
        P,
        "pilot basin mein max kitne sensors laga sakte hain? purani file mein 50 likha tha",
        [HB],
        ["80", "up to 80 sensors"],
        "handbook v2 raised v1's 50",
    ),
    (
        "mx-03",
        P,
        "final report ki deadline kya hai? pilot basin 14 December ko khatam ho raha hai na",
        [HB],
        ["10 days", "14 December 2087"],
        "computed: 10 days after the last day (v1's 7 days is superseded)",
    ),
    (
        "mx-04",
        P,
        "scoring sheet ka draft kaun bana raha hai aur due date kya hai?",
        [MI],
        ["Farah Naz", "20 July 2087", "7月20日"],
        "action-item table of the minutes (A3)",
    ),
    (
        "mx-05",
        P,
        "agar 10 October ko cancel karein to kuch refund milega? 我们是小公司",
        [CA],
        ["0 %", "no refund"],
        "refund band: 4 days before the summit falls in the last band",
    ),
    (
        "mx-06",
        P,
        "acoustic noise logger ka deposit kitna hai per unit?",
        [HB],
        ["RMB 400", "400"],
        "ditto mark 'do.' means the row above's RMB 400",
    ),
    (
        "mx-07",
        P,
        "fee schedule mein 101–500 staff ka fee RMB 12,500 likha hai, hum 250 log hain, kya yehi dena hoga?",
        [CO, FE],
        ["11,900", "RMB 11,900"],
        "the correction notice replaces the band fee",
    ),
    (
        "mx-08",
        DIR,
        "EIA tools wali companies jo 2022 webinar mein pitch kar chuki hain",
        [],
        [],
        "abbreviation; pitched at the webinar",
    ),
    (
        "mx-09",
        DIR,
        "Pakistan ki air quality monitoring firms jin ke 100 se zyada employees hain",
        [],
        [],
        "PK; head count > 100",
    ),
    (
        "mx-10",
        DIR,
        "sludge / waste fleet routing wali Pakistani companies jo Mandarin bol sakti hain, 有吗？",
        [],
        [],
        "synonyms; working language",
    ),
    (
        "mx-11",
        DIR,
        "Gilgit mein koi LIMS (water lab software) company hai?",
        [],
        [],
        "no matching company: the expected set is empty",
    ),
    (
        "mx-12",
        UN,
        "exhibition table ke saath power socket milega? 需要电源",
        [],
        STAFF,
        "near miss: the table is priced, its power supply is not stated",
    ),
    (
        "mx-13",
        UN,
        "Hanjiang Riverside Hotel ka room rate kya hai per night?",
        [],
        STAFF,
        "near miss: the overview names the hotel, no rate",
    ),
    ("mx-14", UN, "Karachi mein best biryani kahan milti hai? just curious", [], STAFF, "off-topic"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s39-{suffix}"
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


README_MD = """# sample-39 — "Clearwater 2087"

A held-out evaluation knowledge base for the Pak–China Water, Wastewater & Environmental Monitoring Software Programme
2087 ("Clearwater 2087"): a Pakistani water-tech software forum (PWSF) and a Chinese smart-water industry alliance
(CSWIA) bring Pakistani SCADA, telemetry, NRW, metering, billing, GIS, LIMS, air-quality, flood, wastewater, ESG and
imagery software firms to a buyers' summit in Wuhan and a six-week "Pilot Basin" on a utility's live data. The 17
programme documents (Markdown, text, HTML, Word, PDF; English, Chinese, Urdu in right-to-left HTML, Roman Urdu, and
two English–Chinese documents) include an e-mail thread whose newest reply changes a quoted figure, a cancellation
refund schedule by days before the summit, agenda times given only in Beijing time with the PKT offset stated once
elsewhere, fees tiered by head-count band with facts carried by footnotes, steering-committee minutes with an
action-item table, a bilingual glossary holding one programme rule, a loaner-equipment table with ditto marks, a table
of regional desks in both countries, a site table running across two PDF pages, a correction notice, a superseded
handbook beside its current version and a report on last year's pilot round; `directory.csv` lists 60 companies.
Everything here except the February 2022 Shanghai webinar named in the overview is fictional: the organisers, people,
companies, fees, dates, offices, phone numbers and `.example` addresses are invented. `questions-39.jsonl` holds the
80 frozen questions; `build_sample39.py` writes these files and `validate_sample39.py` checks them.
"""


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    (v.KB / "README.md").write_bytes(README_MD.encode("utf-8"))
    text_docs()
    minutes_docx()
    zh_guide_docx()
    data_rules_docx()
    fees_pdf()
    report_pdf()
    sites_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote {len(v.DOCS)} documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
