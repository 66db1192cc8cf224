"""Build sample-41 ("Harbour Link 2089") and questions-41.jsonl.

Writes every programme document (text ones byte-exact, Word and PDF ones with fixed metadata and zip times),
directory.csv and questions-41.jsonl. Directory answer sets and computed answers come from validate_sample41
(FILTERS, COMPUTED), so the frozen answers and the checks share one code path. Running it twice gives the same bytes.

Usage: build_sample41.py [BASE]  (BASE holds sample-41/ and questions-41.jsonl; default: this folder)
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
    os.environ["SAMPLE41_BASE"] = str(Path(sys.argv[1]).resolve())
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample41 as v  # noqa: E402
from docx.shared import Pt  # noqa: E402
from pypdf.generic import ContentStream, DictionaryObject, NameObject  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2089, 3, 1, 9, 0, 0)


def write_text(name, text):
    (PROG / name).write_bytes(text.encode("utf-8"))


# ============================================================================ Markdown / text / HTML documents
OVERVIEW_MD = """# Harbour Link 2089 — Programme overview

**The Pak–China Ports, Shipping & Maritime Software Programme 2089**

PMSC and CSPIA · 3 March 2089

Harbour Link 2089 brings Pakistani firms that build software for ports and shipping to Chinese buyers: container
terminal operators, port groups, shipping lines, freight forwarders, shipyards, classification-society contractors and
maritime colleges.

## Where the programme comes from

Harbour Link goes back to the February 2022 Shanghai webinar "Outsourcing ICT Talent from Pakistan", co-organised by
Pakistan's Consulate General in Shanghai, the Software Business Union of Shanghai, the Shanghai Software Industry
Association and the Trade Development Authority of Pakistan. Harbour Link applies that idea to one sector: ports,
shipping and maritime software.

## Organisers

- **Pakistan Maritime Software Council (PMSC)**, Karachi — the Pakistani organiser. PMSC registers vendors, invoices
  the fees and runs the pre-departure briefing.
- **China Smart Port Informatisation Alliance (CSPIA, 中国智慧港口信息化联盟)**, Ningbo — the Chinese organiser.
  CSPIA recruits the buyers and runs the fair.
- **Yongdong Port Group (甬东港口集团)** — operator of Jinhai Container Terminal (金海集装箱码头), which opens its
  gate-and-yard data to the Quay Hackathon.

## The events

1. **Harbour Link Buyers' Fair** — Tuesday 11 to Thursday 13 October 2089, at the Ningbo Eastern Maritime Expo Centre
   (宁波东部海事会展中心), Hall 3. Stands, themed pitches, one-to-one buyer meetings and a visit to Jinhai Container
   Terminal.
2. **Quay Hackathon** — selected vendor teams work for three weeks, from Monday 24 October 2089, on the real
   gate-and-yard data of Jinhai Container Terminal. The terminal's planners score the teams.
3. **Online masterclasses** — four live sessions in September that prepare vendors for Chinese port buyers.

## Who can take part

Pakistani firms registered with the SECP or a provincial registrar whose products fall in the programme's fields:
terminal operating systems, port community systems, vessel tracking on AIS data, berth planning and yard
optimisation, crane and equipment telemetry, reefer-container monitoring, customs and EDI messaging, gate automation
with container-number OCR, ship agency and freight-forwarding software, bunker and fuel reporting, emissions
reporting, crew management and seafarer payroll, marine insurance claims portals, port security and access control,
hydrographic survey data processing, dredging project tracking, digital twins of quays and shipping-line booking
portals.

## Documents

The stand packages and fees, the terms of participation, the masterclass page, the Quay Hackathon rules, the dataset
catalogue, the offices page and the abbreviations list are published with this overview. Later notices override
earlier documents where they differ.

## Contact

PMSC programme office, Karachi · info@harbourlink2089.example
"""

TERMS_MD = """# Harbour Link Buyers' Fair 2089 — Terms of participation and cancellation

PMSC registration desk with the CSPIA secretariat · 2 May 2089

## 1. Booking and payment

A stand is booked when PMSC receives the signed booking form and a deposit of 30 % of the stand fee. The balance of
the stand fee is due 45 days before the fair opens. PMSC may release a stand whose balance has not arrived by then and
offer it to the waiting list.

Fees are set in the stand packages and fees document. PMSC invoices every amount; payments reach PMSC by bank
transfer only.

## 2. Cancellation by the exhibitor

An exhibitor may cancel its stand in writing to the PMSC registration desk. The refund depends on the number of days
between the day PMSC receives the written notice and the opening day of the fair (Tuesday 11 October 2089), and is a
share of the amount paid for the stand:

| Written notice received | Refund |
|---|---|
| More than 30 days before the opening day | 100 % |
| 15 to 30 days before the opening day | 50 % |
| Fewer than 15 days before the opening day | no refund |

Orders for extra badges and extra power are not refunded once the badges are printed or the cable is laid.

## 3. Cancellation by the organisers

If the organisers cancel the fair, every amount paid for stands is refunded in full within 30 days. The organisers
are not liable for travel costs.

## 4. Sharing a stand

Two firms may share one stand only with the written approval of PMSC. The firm that booked the stand remains liable
for its fee.

## 5. Conduct in the hall

Exhibitors keep their stand staffed during buyer hours, follow the instructions of the hall stewards and leave the
hall by 19:00 each day. Sub-letting a stand is not allowed.

## 6. Disputes

These terms are governed by the rules of PMSC. Disputes that cannot be settled by the parties go to the PMSC
arbitration panel in Karachi.
"""

RULES_V1_MD = """# Quay Hackathon 2089 — Rules, version 1 (SUPERSEDED)

> SUPERSEDED: replaced by version 2 of 28 July 2089. Kept for reference only.

CSPIA secretariat with PMSC and Yongdong Port Group · 15 May 2089

## 1. What the Quay Hackathon is

Selected vendor teams work for three weeks on the gate-and-yard data of Jinhai Container Terminal and are scored by
the terminal's planners.

## 2. Places and teams

The hackathon has 10 team places. Each vendor sends a team of up to 4 people.

## 3. Fee

Every selected vendor pays the participation fee of RMB 15,000 per team.

## 4. Access

Each team gets one login to the TOS test instance of the terminal.

## 5. Prizes

CSPIA funds a prize pool of RMB 600,000, split 50/30/20 among the three best teams. The winning team is offered a
paid pilot at Jinhai Container Terminal.
"""

GLOSSARY_MD = """# Harbour Link 2089 — Abbreviations · 缩略语表

PMSC and CSPIA · June 2089 · short forms used in the programme documents, with their long forms in English and
Chinese. 本表列出项目文件中使用的缩略语及其英文全称和中文名称，供巴基斯坦供应商与中国买家对照使用。

| Short form | Long form | 中文 |
|---|---|---|
| AIS | Automatic Identification System: the radio messages ships send with their position, course and speed | 船舶自动识别系统：船舶发送位置、航向和航速的无线电报文 |
| BAPLIE | Bay plan / stowage plan occupied and empty locations message (UN/EDIFACT) | 船图报文：记录船上每个贝位是否装箱的电子报文 |
| CII | Carbon Intensity Indicator: a yearly rating of a ship's operational carbon intensity | 碳强度指标：对船舶营运碳强度的年度评级 |
| CODECO | Container gate-in / gate-out report message | 集装箱进出闸报告报文 |
| COPRAR | Container discharge / loading order message | 集装箱装卸船指令报文 |
| EDI | Electronic data interchange between companies' systems | 电子数据交换：企业系统之间的数据交换 |
| EDIFACT | UN rules for Electronic Data Interchange for Administration, Commerce and Transport | 联合国行政、商业与运输电子数据交换标准 |
| EEXI | Energy Efficiency Existing Ship Index | 现有船舶能效指数 |
| ISPS | International Ship and Port Facility Security Code | 国际船舶和港口设施保安规则 |
| OCR | Optical character recognition, e.g. of container numbers at the gate | 光学字符识别，例如闸口自动识别集装箱箱号 |
| PCS | Port community system linking terminals, agents, forwarders, hauliers and customs | 港口社区系统：连接码头、船代、货代、车队和海关的平台 |
| RTG | Rubber-tyred gantry crane working the yard blocks | 轮胎式龙门起重机，用于堆场作业 |
| STS | Ship-to-shore crane at the quay | 岸边集装箱起重机（岸桥） |
| TEU | Twenty-foot equivalent unit, the standard measure of container capacity | 二十英尺标准箱，集装箱运量的标准计量单位 |
| TOS | Terminal operating system that plans and records every container move | 码头操作系统：计划并记录每一次集装箱作业 |
| VGM | Verified gross mass of a packed container, declared before loading | 集装箱核实总重，须在装船前申报 |
"""

OFFICES_MD = """# Harbour Link 2089 — Offices and help desks

PMSC and CSPIA · 1 June 2089

Vendors can visit or call the offices below. Public holidays of the country concerned are closed days.

## Karachi office (PMSC head office)

### Address

Plot 14, Maritime Software Park, Clifton Block 9

### Opening hours

- Monday to Friday: 09:30–17:30
- Saturday: 10:00–13:00
- Sunday: closed

### Phone

+92 21 3587 4410

### What it handles

Registration, invoices and payments, visa invitation letters, the pre-departure briefing.

## Lahore office

### Address

Office 6, Arfa Tower annexe, Ferozepur Road

### Opening hours

- Monday to Friday: 10:00–18:00
- Saturday and Sunday: closed

### Phone

+92 42 3571 0923

### What it handles

Registration and questions from firms in Punjab and Khyber Pakhtunkhwa.

## Gwadar liaison desk

### Address

PMSC desk, Gwadar Business Centre, Marine Drive

### Opening hours

- Tuesday and Thursday: 10:00–14:00

### Phone

+92 86 421 7730

### What it handles

Registration help for firms in Balochistan; copies of the programme documents.

## Ningbo liaison office (CSPIA)

### Address

Room 1208, Harbour Tower, Yinzhou district

### Opening hours (Beijing time)

- Monday to Friday: 08:30–17:00

### Phone

+86 574 8690 2231

### What it handles

Buyer registration, stand build-up questions, help for Pakistani vendors in Ningbo during the fair and the
hackathon.
"""

CORRECTION_MD = """# Correction Notice No. 1

PMSC programme office and CSPIA secretariat · **18 August 2089**

This notice corrects two published documents. Where they differ from this notice, this notice applies.

## 1. Stand packages and fees (2 May 2089) — extra exhibitor badges

The fee document shows RMB 420 per extra exhibitor badge. The digits were swapped. The correct fee is **RMB 240**
per extra exhibitor badge. Exhibitors who have already paid the wrong amount receive the difference back. The number
of badges included with each stand does not change.

## 2. Online masterclass series (10 July 2089) — Session 3

Session 3 (EDIFACT in Chinese terminals) stays on Tuesday 13 September 2089 but moves from 16:00–17:30 to **17:00–18:30** Beijing time, because the speaker is travelling from a terminal visit that day.

No other figure, date or time in these documents changes.
"""

ZH_DATA_RULES_MD = """# 金海集装箱码头 黑客松数据使用须知

甬东港口集团信息中心 · 2089年8月10日

## 一、数据范围

本次黑客松开放金海集装箱码头的闸口、堆场和船舶作业数据，具体数据集、年份和记录数量以数据目录为准。所有数据均已脱敏，
不包含司机姓名、车牌号码和货主信息。

## 二、访问方式

参赛团队通过甬东港口集团提供的云工作区访问数据。原始数据不得下载、复制或导出到工作区以外；分析结果和模型可在最终演示
日后经信息中心审核导出。

## 三、现场工作

黑客松第一周，每支团队至少一名成员须在宁波现场工作。进入码头作业区必须佩戴安全帽、穿反光背心，并事先参加码头安全
培训。未参加安全培训的人员不得进入码头。

## 四、数据删除

黑客松结束后，参赛团队须删除工作区以外的全部数据副本，并以书面形式向信息中心确认。

## 五、联系方式

金海码头信息中心 data@yongdongport.example
"""

MASTERCLASS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour Link 2089 — Online masterclass series</title>
</head>
<body>
<h1>Online masterclass series for Pakistani vendors</h1>
<p>Harbour Link 2089 · PMSC with the CSPIA secretariat · 10 July 2089</p>
<p>Four live online masterclasses prepare vendors for the questions Chinese port buyers ask. Each session lasts
ninety minutes, with questions at the end. All session times on this page are Beijing time.</p>
<table border="1">
<caption>Table 1. Sessions</caption>
<tr><th>Session</th><th>Topic</th><th>Date</th><th>Time (Beijing time)</th><th>Led by</th></tr>
<tr><td>1</td><td>Selling a TOS or PCS to a Chinese port group</td><td>Tuesday 6 September 2089</td><td>16:00–17:30</td><td>CSPIA secretariat</td></tr>
<tr><td>2</td><td>CII reporting clinic: what Chinese ship owners ask for</td><td>Thursday 8 September 2089</td><td>15:30–17:00</td><td>a Shanghai ship-management firm</td></tr>
<tr><td>3</td><td>EDIFACT in Chinese terminals: BAPLIE, COPRAR and CODECO in practice</td><td>Tuesday 13 September 2089</td><td>16:00–17:30</td><td>Yongdong Port Group</td></tr>
<tr><td>4</td><td>EEXI calculations and class-society audits</td><td>Tuesday 20 September 2089</td><td>14:30–16:00</td><td>a classification-society contractor</td></tr>
</table>
<h2>Fees</h2>
<p>Series pass (all four sessions): RMB 2,400 per seat. Single session: RMB 750 per seat.</p>
<ul>
<li>Early-bird: 10 % off the series pass when it is paid by 15 August 2089.</li>
<li>Group: a further 15 % off the series pass price when one firm books 3 or more series passes.</li>
</ul>
<p>The group discount is applied after the early-bird discount, on the price that is left. Single-session seats get
no discount.</p>
<h2>Joining</h2>
<p>Seat holders receive the joining link by e-mail two days before each session. Sessions are recorded, and the
recording is sent to every seat holder after the session. Questions can be asked in English; a Chinese–Urdu
interpreter joins session 1.</p>
<p>Bookings and invoices: PMSC programme office, info@harbourlink2089.example.</p>
</body>
</html>
"""

UR_HTML = """<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<title>ہاربر لنک 2089 — پاکستانی وینڈرز کے لیے رہنما</title>
</head>
<body>
<h1>ہاربر لنک 2089: پاکستانی وینڈرز کے لیے رہنما</h1>
<p>پاکستان میری ٹائم سافٹ ویئر کونسل، کراچی · 15 جون 2089</p>
<h2>ننگبو خریدار میلہ</h2>
<p>خریدار میلہ 11 سے 13 اکتوبر 2089 تک ننگبو ایسٹرن میری ٹائم ایکسپو سینٹر کے ہال نمبر 3 میں ہوگا۔ اسٹینڈ کی فیس اور
منسوخی کے قواعد انگریزی دستاویزات میں دیے گئے ہیں۔</p>
<h2>ویزا دعوت نامہ</h2>
<p>چین کے بزنس ویزا کے لیے چینی اتحاد کا دعوت نامہ درکار ہے۔ کونسل کا کراچی دفتر درخواست ملنے کے بعد دعوت نامہ تین ہفتے
میں تیار کرتا ہے۔ درخواست کے ساتھ پاسپورٹ کی کاپی اور اسٹینڈ کی بکنگ کی تصدیق لگائیں، اور ویزا کے لیے ایمبیسی کا وقت
بھی ذہن میں رکھیں۔</p>
<h2>بلوچستان، گلگت بلتستان اور آزاد کشمیر کی فرموں کے لیے سفری گرانٹ</h2>
<p>کونسل بلوچستان، گلگت بلتستان اور آزاد کشمیر میں رجسٹرڈ ہر نمائش کنندہ فرم کو ایک فرد کے سفری اخراجات کے لیے
زیادہ سے زیادہ 150,000 روپے کی گرانٹ دیتی ہے۔ یہ رقم میلے کے بعد ٹکٹ اور ہوٹل کی رسیدیں جمع کرانے پر ملتی ہے۔</p>
<h2>تیاری</h2>
<p>اپنی کمپنی کا تعارف چینی زبان میں بھی ساتھ رکھیں۔ خریداروں کو اپنا وزیٹنگ کارڈ دونوں زبانوں میں دیں، اور اپنے
سافٹ ویئر کا ڈیمو انٹرنیٹ کے بغیر چلنے کے قابل رکھیں۔ میلے میں چینی اور اردو کے ترجمان موجود ہوں گے۔</p>
<h2>رابطہ</h2>
<p>سوالات کے لیے کونسل کو info@harbourlink2089.example پر ای میل کریں۔</p>
</body>
</html>
"""

SCHEDULE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour Link 2089 — Key dates · 重要日期</title>
</head>
<body>
<h1>Harbour Link 2089 — Key dates · 重要日期</h1>
<p>CSPIA secretariat · 5 August 2089 · English and Chinese</p>
<h2>English</h2>
<p>This page lists the main dates of the buyers' fair in Ningbo and of the Quay Hackathon at Jinhai Container
Terminal. Places marked TBD will be announced to exhibitors by e-mail. Times are Beijing time.</p>
<table border="1">
<caption>Table 1. Key dates · 重要日期</caption>
<tr><th>Milestone · 里程碑</th><th>Date · 日期</th><th>Place · 地点</th></tr>
<tr><td>Online masterclasses · 线上大师课</td><td>September 2089, four sessions · 2089年9月，共四场</td><td>online · 线上</td></tr>
<tr><td>Fair build-up · 布展</td><td>Monday 10 October 2089 · 2089年10月10日</td><td>Hall 3 · 3号馆</td></tr>
<tr><td>Opening ceremony and opening keynote · 开幕式及主旨演讲</td><td>Tuesday 11 October 2089, 09:30 · 2089年10月11日 09:30</td><td>Hall 3 main stage · 3号馆主舞台</td></tr>
<tr><td>Welcome dinner · 欢迎晚宴</td><td>Tuesday 11 October 2089, 19:00 · 2089年10月11日 19:00</td><td>待定 · TBD</td></tr>
<tr><td>Jinhai terminal visit · 金海码头参观</td><td>Wednesday 12 October 2089, 14:00 · 2089年10月12日 14:00</td><td>Jinhai Container Terminal · 金海集装箱码头</td></tr>
<tr><td>Hackathon teams announced · 黑客松入选名单公布</td><td>Thursday 13 October 2089 · 2089年10月13日</td><td>Hall 3 main stage · 3号馆主舞台</td></tr>
<tr><td>Hackathon kick-off and safety training · 黑客松启动及安全培训</td><td>Monday 24 October 2089, 09:00 · 2089年10月24日 09:00</td><td>Jinhai terminal training room · 金海码头培训室</td></tr>
<tr><td>Final demo day · 最终演示日</td><td>Friday 11 November 2089 · 2089年11月11日</td><td>Jinhai terminal training room · 金海码头培训室</td></tr>
</table>
<p>Teams selected for the hackathon must send at least one member to the kick-off and safety training in person.</p>
<h2>中文说明</h2>
<p>本页列出宁波买家洽谈会和金海集装箱码头黑客松的主要日期。标注“待定”的地点将另行通过电子邮件通知参展商。所有时间均为
北京时间。</p>
<p>入选黑客松的团队须至少派一名成员到现场参加启动会及码头安全培训。最终演示日当天，各团队向码头计划人员和受邀买家展示
成果，请提前准备中文说明材料和演示数据。</p>
</body>
</html>
"""

WHATSAPP_TXT = """Harbour Link 2089 — PMSC members group · WhatsApp announcement (Roman Urdu)
Bhejne wali: Sana Qureshi, PMSC programme office · 2 September 2089

Assalam o alaikum sab members ko! Ningbo fair se pehle kuch zaroori baatein, please dhyan se parh lein.

1) Pre-departure briefing Saturday 17 September 2089 ko hogi, PMSC ke Karachi office mein, subah 11 baje se dopehar
2 baje tak. Har exhibitor firm ka aik banda zaroor aaye. Jo firms Karachi nahi aa saktin woh online join kar sakti
hain, link registration wali email mein hai.

2) Hackathon ke liye apply karne wali firms ke liye online Q&A session Thursday 22 September ko shaam 7 baje
(19:00 PKT) hoga. Is mein data catalogue aur team rules par sawal kar sakte hain.

3) PMSC ne Karachi se Shanghai hote hue Ningbo tak group ticket ka intezam kiya hai. Jo log is group mein jana chahte
hain woh flight ki date se kam az kam do hafte pehle apni seat confirm kar dein, warna seat general booking mein
chali jayegi.

4) Ningbo mein expo centre ke qareeb aik partner hotel se baat hui hai. Booking ka link agle hafte share karenge.

5) Laptop, charger, passport ki copy aur Chinese mein business cards saath rakhein. Demo offline bhi chalna chahiye,
hall ka internet kabhi kabhi slow hota hai.

Koi sawal ho to PMSC ko email karein. Shukriya, Allah hafiz!
"""

FAQ_TXT = """Harbour Link 2089 — Vendor FAQ
PMSC programme office · 20 July 2089

Q: Do we need a stand at the fair to apply for the Quay Hackathon?
A: No. The hackathon has its own application and its own fee. A stand is not needed.

Q: Can two small firms share one stand?
A: Only with the written approval of PMSC; see the terms of participation.

Q: In which currency are the fees?
A: All fees are in Chinese yuan (RMB). The fee document explains how firms registered in Pakistan can pay.

Q: Will there be interpreters in Hall 3?
A: Yes. Chinese-English and Chinese-Urdu interpreters sit at the Hall 3 help desk during buyer hours. Book them
through the matchmaking app.

Q: Is there a lead-scanning app?
A: Yes, exhibitors can download it through the exhibitor portal.

Q: Can we join the masterclasses if we are not exhibiting?
A: Yes. The masterclasses are open to every firm registered with PMSC.

Q: What data will the hackathon teams work on?
A: Gate, yard and vessel data of Jinhai Container Terminal. The dataset catalogue lists every dataset. The data stays
on the terminal's servers and is used through a cloud workspace.

Q: Who do we ask about invoices?
A: The PMSC programme office in Karachi, info@harbourlink2089.example.
"""


def text_docs():
    for name, text in [
        (v.OVERVIEW, OVERVIEW_MD),
        (v.TERMS, TERMS_MD),
        (v.RULES_OLD, RULES_V1_MD),
        (v.GLOSSARY, GLOSSARY_MD),
        (v.OFFICES, OFFICES_MD),
        (v.CORRECTION, CORRECTION_MD),
        (v.ZH_DATA_RULES, ZH_DATA_RULES_MD),
        (v.MASTERCLASS, MASTERCLASS_HTML),
        (v.UR_GUIDE, UR_HTML),
        (v.SCHEDULE, SCHEDULE_HTML),
        (v.WHATSAPP, WHATSAPP_TXT),
        (v.FAQ, FAQ_TXT),
    ]:
        write_text(name, text)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Harbour Link 2089"
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


def bold_header(t):
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# package, size, what is included, fee, footnote mark
FEE_ROWS = [
    ("Shell scheme stand", "9 m²", "walls, fascia name board, 1 table, 2 chairs, 1 kW socket", "16,800", "\u00b9"),
    ("Shell scheme stand", "18 m²", "walls, fascia name board, 2 tables, 4 chairs, 2 kW socket, lockable cupboard",
     "31,500", "\u00b9"),
    ("Space only", "36 m²", "floor space and a 3 kW socket; the exhibitor builds its own stand", "52,200", "\u00b9"),
    ("Start-up corner", "4 m²", "counter, stool and shared power in the start-up row", "5,600", "\u00b2"),
]  # fmt: skip


def fees_docx():
    doc = docx.Document()
    doc.add_paragraph("Harbour Link Buyers' Fair 2089 — Stand packages and fees", style="Title")
    doc.add_paragraph("CSPIA secretariat with PMSC · 2 May 2089 · Hall 3, Ningbo Eastern Maritime Expo Centre")
    doc.add_heading("1. Stand packages", level=1)
    doc.add_paragraph(
        "All fees are in Chinese yuan (RMB) per stand and are invoiced by PMSC. Payment terms and the cancellation "
        "rules are set in the terms of participation."
    )
    t = doc.add_table(rows=1 + len(FEE_ROWS), cols=4)
    t.style = "Table Grid"
    for j, head in enumerate(["Package", "Size", "What is included", "Fee (RMB)"]):
        t.cell(0, j).text = head
    for i, (pkg, size, incl, fee, mark) in enumerate(FEE_ROWS, 1):
        t.cell(i, 0).text = pkg
        t.cell(i, 1).text = size
        t.cell(i, 2).text = incl
        p = t.cell(i, 3).paragraphs[0]
        p.add_run(fee)
        sup = p.add_run(mark)
        sup.font.superscript = True
    bold_header(t)
    for note in [
        "\u00b9 Excludes 6% VAT, which is added on the invoice. Firms registered in Pakistan may pay the PKR "
        "equivalent to PMSC in Karachi; the PKR amount is fixed on the invoice date.",
        "\u00b2 VAT included. Only for firms incorporated in 2086 or later; one start-up corner per firm.",
    ]:
        np_ = doc.add_paragraph(note)
        for run in np_.runs:
            run.font.size = Pt(8)
    for heading, paras in [
        (
            "2. Exhibitor badges",
            [
                "Each stand includes 2 exhibitor badges; the start-up corner includes 1. Badges are personal and are "
                "collected at the Hall 3 registration counter on build-up day.",
                "Each extra exhibitor badge costs RMB 420. Extra badges are ordered through the exhibitor portal until "
                "the end of build-up day.",
            ],
        ),
        (
            "3. Shell scheme stands",
            [
                "Shell scheme stands have white walls, a fascia name board printed with the firm's name in English and "
                "Chinese, and the furniture listed in the table. Extra furniture is ordered through the exhibitor portal.",
            ],
        ),
        (
            "4. Power and services",
            [
                "Each extra 1 kW of power costs RMB 600 per stand. A lead-scanning app is available to every exhibitor "
                "through the exhibitor portal.",
            ],
        ),
        (
            "5. Buyer meetings",
            [
                "Every exhibitor can pre-book one-to-one buyer meetings in the matchmaking app from 1 September 2089. "
                "Meetings take place in the meeting zone next to Hall 3.",
            ],
        ),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.FEES, "Harbour Link Buyers' Fair 2089 - Stand packages and fees",
              datetime.datetime(2089, 5, 2, 9, 0), "CSPIA secretariat")  # fmt: skip


SCORING = [
    ["Criterion", "Weight"],
    ["Shorter truck turnaround at the gate, shown on the terminal's data", "40 %"],
    ["Fewer yard re-handles in the plans the team proposes", "30 %"],
    ["Usability for the terminal's planners", "20 %"],
    ["Quality of the final demo and report", "10 %"],
]


def rules_docx():
    doc = docx.Document()
    doc.add_paragraph("Quay Hackathon 2089 — Rules, version 2", style="Title")
    doc.add_paragraph(
        "CSPIA secretariat, PMSC and Yongdong Port Group · 28 July 2089 · this version replaces version 1 of "
        "15 May 2089"
    )
    for heading, paras in [
        (
            "1. What the Quay Hackathon is",
            [
                "Selected vendor teams work for three weeks, from Monday 24 October to Sunday 13 November 2089, on the "
                "real gate-and-yard data of Jinhai Container Terminal in Ningbo, operated by Yongdong Port Group. A "
                "panel of the terminal's planners and CSPIA experts scores every team at the final demo.",
            ],
        ),
        (
            "2. Places and teams",
            [
                "The hackathon has 14 team places. Each vendor sends a team of up to 5 people.",
                "At least one team member works on site in Ningbo during the first week, which starts with the "
                "terminal's safety training. In the other weeks the team may work remotely.",
            ],
        ),
        (
            "3. Fee",
            [
                "Every selected vendor pays the participation fee of RMB 12,000 per team. The fee is invoiced after the "
                "selection on the last day of the fair and is payable within 14 days.",
            ],
        ),
        (
            "4. Access to the terminal's systems",
            [
                "Each team gets one read-only login to the terminal's PCS sandbox and two logins to its TOS test "
                "instance. All work runs in a cloud workspace provided by Yongdong Port Group; raw data may not be "
                "exported.",
            ],
        ),
        (
            "5. Prizes and pilot",
            [
                "CSPIA funds a prize pool of RMB 750,000, split 45/35/20 among the three best teams.",
                "The best team is also offered a paid pilot of twelve weeks at Jinhai Container Terminal after the "
                "hackathon.",
            ],
        ),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    doc.add_heading("6. Scoring", level=1)
    t = doc.add_table(rows=len(SCORING), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(SCORING):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    bold_header(t)
    doc.add_paragraph("Teams with 70 points or more receive a reference letter from Yongdong Port Group.")
    save_docx(doc, v.RULES, "Quay Hackathon 2089 - Rules v2", datetime.datetime(2089, 7, 28, 9, 0),
              "CSPIA secretariat")  # fmt: skip


def zh_notice_docx():
    doc = docx.Document()
    doc.add_paragraph("Harbour Link 2089 宁波买家洽谈会 买家须知", style="Title")
    doc.add_paragraph("中国智慧港口信息化联盟（CSPIA）秘书处 · 2089年6月30日")
    for heading, paras in [
        (
            "一、报名",
            [
                "集装箱码头运营商、港口集团、船公司、货运代理、船厂、船级社承包商及航海院校均可报名参加宁波买家洽谈会。",
                "买家报名免费。每家买家机构最多可派3名代表参会，凭实名胸卡进入3号馆。",
                "报名时请注明所需系统类型，例如码头操作系统、港口社区系统、冷藏箱监控或智能闸口，以便秘书处匹配巴基斯坦供应商。",
            ],
        ),
        (
            "二、采购意向",
            [
                "截至2089年6月25日，已有57家买家机构登记，登记的意向采购额约2.4亿元人民币。",
                "秘书处将在洽谈会开幕前按系统类型汇总采购意向，供参展商准备洽谈。",
            ],
        ),
        (
            "三、一对一洽谈",
            [
                "每场一对一洽谈为25分钟，买家可通过洽谈App提前预约巴基斯坦供应商。",
                "每场洽谈结束后，买家须在五个工作日内通过App提交反馈表；供应商可在反馈表提交后查看买家评价。",
            ],
        ),
        (
            "四、码头参观",
            [
                "10月12日下午组织买家和参展商参观金海集装箱码头，名额有限，须通过门户网站提前登记。",
            ],
        ),
        (
            "五、欢迎晚宴",
            [
                "10月11日晚举行欢迎晚宴，具体地点另行通知。",
            ],
        ),
        ("六、联系方式", ["CSPIA秘书处买家服务组，邮箱buyers@cspia.example。"]),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.ZH_NOTICE, "Harbour Link 2089 买家须知", datetime.datetime(2089, 6, 30, 9, 0), "CSPIA秘书处")


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
    writer.add_metadata({"/Title": title, "/Producer": "Harbour Link document office", "/Author": author})
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


DATASETS_P1 = [
    ("Gate transactions (truck in and out)", "2084\u20132089", "4.1 million", "daily"),
    ("Gate OCR container-number reads", "2086\u20132089", "7.3 million", "daily"),
    ("Gate OCR damage-check image metadata", "2087\u20132089", "1.2 million", "weekly"),
    ("Truck appointment bookings", "2085\u20132089", "2.6 million", "daily"),
    ("Verified gross mass declarations", "2086\u20132089", "312,000", "daily"),
    ("Yard moves by yard cranes", "2084\u20132089", "9.8 million", "daily"),
    ("Yard block occupancy snapshots", "2086\u20132089", "540,000", "hourly"),
    ("Re-handle (shuffle) moves", "2084\u20132089", "1.5 million", "daily"),
    ("Empty container stock", "2085\u20132089", "88,000", "weekly"),
    ("Container discharge and loading orders", "2085\u20132089", "236,000", "daily"),
    ("Gate-in and gate-out reports", "2085\u20132089", "610,000", "daily"),
    ("Customs release messages", "2086\u20132089", "402,000", "daily"),
    ("Quay crane cycle times", "2087\u20132089", "3.3 million", "daily"),
    ("Vessel calls", "2082\u20132089", "14,500", "weekly"),
    ("Berth schedule changes", "2084\u20132089", "11,200", "weekly"),
    ("Dangerous goods declarations", "2086\u20132089", "47,000", "daily"),
]
DATASETS_P2 = [
    ("Bay plan messages", "2085\u20132089", "184,000", "per vessel call"),
    ("Reefer temperature logs", "2087\u20132089", "9.6 million", "hourly"),
    ("Reefer plug-in and plug-out events", "2087\u20132089", "420,000", "daily"),
    ("Terminal tractor GPS tracks", "2088\u20132089", "61 million", "daily"),
    ("Weighbridge readings", "2086\u20132089", "1.9 million", "daily"),
    ("Gate lane downtime log", "2086\u20132089", "6,400", "weekly"),
    ("Equipment fault codes", "2085\u20132089", "230,000", "weekly"),
    ("Yard lighting energy meters", "2088\u20132089", "2.2 million", "daily"),
]
COLS = (56, 300, 385, 470)


def table_rows(ops, y, rows):
    for x, head in zip(COLS, ("Dataset", "Years", "Records", "Refresh")):
        ops.append(("t", x, y, head, "/F2", 10))
    rule(ops, y - 6, 0.5)
    y -= 22
    for row in rows:
        for x, val in zip(COLS, row):
            ops.append(("t", x, y, val, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    return y


def catalogue_pdf():
    p1 = [
        ("t", 50, 748, "Jinhai Container Terminal \u2014 Gate and yard dataset catalogue", "/F2", 15),
        ("t", 50, 730, "Quay Hackathon 2089 \u00b7 Yongdong Port Group with CSPIA \u00b7 1 August 2089", "/F1", 9),
    ]
    rule(p1, 720, 0.5)
    y = text_block(
        p1,
        700,
        [
            "Jinhai Container Terminal opens the datasets below to the Quay Hackathon teams in a cloud workspace.",
            "Column names are in English; free-text fields are in Chinese. Records are counted up to 30 June 2089.",
        ],
    )
    y -= 10
    p1.append(("t", 50, y, "Table 1. Datasets open to the hackathon teams", "/F2", 11))
    table_rows(p1, y - 22, DATASETS_P1)
    p1.append(("t", 520, 40, "Page 1 of 2", "/F1", 7.5))
    p2 = [("t", 50, 748, "Table 1. Datasets open to the hackathon teams (continued)", "/F2", 11)]
    y = table_rows(p2, 726, DATASETS_P2)
    text_block(
        p2,
        y - 14,
        [
            "Gate OCR reads carry the lane, the time, the container number read and the confidence of the read.",
            "Yard moves link to the gate transactions and to the vessel calls through the container number.",
            "All personal data (drivers, truck plates, cargo owners) has been removed before release.",
        ],
    )
    p2.append(("t", 520, 40, "Page 2 of 2", "/F1", 7.5))
    write_pdf(v.CATALOGUE, [p1, p2], "Jinhai Container Terminal - dataset catalogue", "Yongdong Port Group")


REPORT_ROWS = [
    ("Buyers' day", "Qingdao, 19 October 2088 (one day)"),
    ("Pakistani vendors with a stand", "19"),
    ("Chinese buyer organisations", "31"),
    ("Stand fee", "RMB 11,000 flat, every stand"),
    ("Extra exhibitor badge", "RMB 300"),
    ("Hackathon", "two weeks, 8 teams, one terminal in Qingdao"),
    ("Hackathon participation fee", "RMB 10,000 per team"),
    ("Prize pool", "RMB 400,000"),
    ("Contracts signed", "6 contracts worth RMB 38 million"),
]


def report_pdf():
    ops = [
        ("t", 50, 748, "Harbour Link 2088 pilot round \u2014 Final report", "/F2", 16),
        ("t", 50, 730, "PMSC programme office with the CSPIA secretariat \u00b7 8 December 2088", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "The 2088 pilot round tried the Harbour Link idea on a small scale: a one-day buyers' day in Qingdao and",
            "a short hackathon on one terminal's gate data. The figures below are last year's pilot figures; they are",
            "not the 2089 rules, fees or dates, which are set in the 2089 programme documents.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2088 pilot round", "/F2", 12))
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
        "One day was too short for buyer meetings; the 2089 fair runs three days.",
        "Two weeks were too few to work on a terminal's data; the 2089 hackathon runs longer.",
        "Gate automation and EDI vendors signed most contracts.",
        "Buyers asked for Chinese screens and Chinese manuals from the first demo.",
        "Vendors asked for preparation before the fair; the 2089 round adds online masterclasses.",
    ]:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.REPORT, [ops], "Harbour Link 2088 pilot round - Final report", "PMSC")


# ============================================================================ directory
CITY_ZH = {
    "Karachi": "卡拉奇", "Lahore": "拉合尔", "Islamabad": "伊斯兰堡", "Rawalpindi": "拉瓦尔品第", "Gwadar": "瓜达尔",
    "Hyderabad": "海得拉巴", "Sukkur": "苏库尔", "Quetta": "奎达", "Peshawar": "白沙瓦", "Multan": "木尔坦",
    "Faisalabad": "费萨拉巴德", "Sialkot": "锡亚尔科特", "Turbat": "图尔伯德", "Pasni": "帕斯尼", "Ormara": "奥尔马拉",
    "Thatta": "塔塔", "Jiwani": "吉瓦尼", "Ningbo": "宁波", "Shanghai": "上海", "Qingdao": "青岛", "Tianjin": "天津",
    "Xiamen": "厦门", "Dalian": "大连", "Shenzhen": "深圳", "Zhoushan": "舟山", "Guangzhou": "广州",
    "Lianyungang": "连云港",
}  # fmt: skip
CONCEPT_ZH = {
    "tos": "码头操作系统", "pcs": "港口社区系统", "ais": "船舶AIS追踪", "berth": "泊位与堆场计划", "crane": "岸桥设备监测",
    "reefer": "冷藏箱监控", "edi": "电子数据交换", "gate": "智能闸口", "agency": "船代货代系统", "bunker": "燃油报告",
    "emissions": "碳强度与能效报告", "crew": "船员管理与薪酬", "claims": "海损理赔平台", "security": "港口安防门禁",
    "hydro": "水文测量数据处理", "dredge": "疏浚项目管理", "twin": "码头数字孪生", "booking": "订舱平台",
}  # fmt: skip
INDUSTRY = {
    "tos": "container terminals", "pcs": "port authorities", "ais": "shipping lines", "berth": "container terminals",
    "crane": "terminal engineering departments", "reefer": "cold-chain shippers", "edi": "customs brokers",
    "gate": "container terminals", "agency": "freight forwarders", "bunker": "ship managers",
    "emissions": "ship owners", "crew": "ship managers", "claims": "marine insurers", "security": "port authorities",
    "hydro": "survey contractors", "dredge": "dredging contractors", "twin": "port groups",
    "booking": "shipping lines",
}  # fmt: skip
GENERIC = [
    "mobile app development", "web development", "UI/UX design", "QA & testing", "cloud migration",
    "Alibaba Cloud hosting", "DevOps", "data analytics", "Power BI dashboards", "ERP integration", "SAP integration",
    "custom software development", "API development", "payment gateway integration", "WeChat mini-programs",
    "微信小程序开发", "chatbots", "computer vision", "machine learning", "edge computing", "IT staff augmentation",
    "dedicated development teams", "软件外包", "系统集成", "system integration", "network installation",
    "cybersecurity audits", "penetration testing", "data migration", "24/7 helpdesk", "Chinese localisation",
    "中文本地化", "Urdu localisation", "SMS gateway", "embedded firmware", "PLC programming", "IoT gateways",
    "LoRaWAN integration", "data warehousing", "report automation", "RPA bots", "IT consulting", "数字化咨询",
    "project management", "Mobile App Development", "Flutter apps", "document management", "e-invoicing",
    "HR software", "accounting software", "GIS mapping", "satellite data processing", "data labelling",
    "hardware procurement", "server hosting", "backup & disaster recovery", "low-code apps",
    "training & capacity building", "technical writing", "microservices", "Kubernetes ops", "data engineering",
    "ETL pipelines", "test automation", "UX research", "Java development", ".NET development", "Python development",
    "云迁移", "运维服务", "软件测试", "radio communications", "VHF radio integration", "CCTV installation",
    "biometric attendance", "fleet management", "warehouse management", "WMS", "customs brokerage software",
    "trade finance portals", "e-learning for seafarers", "maritime training simulators", "LMS development",
    "video streaming", "drone surveys", "LiDAR processing", "weather data feeds", "route optimisation",
    "inventory management",
]  # fmt: skip
TECH = [
    "Java;Spring Boot;PostgreSQL", "Python;Django;PostgreSQL", ".NET;Azure;SQL Server", "Go;Kafka;TimescaleDB",
    "Node.js;React;MongoDB", "Flutter;Firebase", "QGIS;PostGIS;GeoServer", "C++;Qt;Linux",
    "Vue.js;Go;Alibaba Cloud", "Python;PyTorch;ClickHouse", "Kotlin;Android;MQTT", "Angular;Java;Oracle",
]  # fmt: skip
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
# id | name | name_zh | city | founded | employees | concepts | certifications | languages | pitched | domain
D = """
PK-001|Clifton Terminal Systems (Pvt) Ltd|克利夫顿码头系统|Karachi|2031|1350|tos berth edi|ISO/IEC 27001:2022;ISO 9001;CMMI Level 3|English;Urdu;Mandarin|yes|cliftontos
PK-002|Gwadar Harbour Software|瓜达尔港航软件|Gwadar|2079|24|ais pcs berth|none|English;Urdu;Balochi|no|gwadarharbour
PK-003|Keamari Gate Vision|基马里智能闸口|Karachi|2066|140|gate security|ISO 9001;ISO 28000|English;Urdu|yes|keamarigate
PK-004|Indus Reefer Watch|印度河冷藏箱监控|Hyderabad|2058|85|reefer crane|ISO 9001|English;Urdu;Sindhi|no|indusreefer
PK-005|Lahore Quay Analytics|拉合尔码头分析|Lahore|2071|60|berth twin|ISO 14001;ISO 9001|English;Urdu;Punjabi|no|lahorequay
PK-006|Port Qasim EDI Bureau|卡西姆港EDI中心|Karachi|2049|230|edi pcs|ISO 28000;ISO/IEC 27001:2022|English;Urdu;Mandarin|yes|qasimedi
PK-007|Seaview Crew Payroll|海景船员薪酬|Karachi|2045|310|crew|ISO 9001;SOC 2 Type II|English;Urdu|no|seaviewcrew
PK-008|Makran Vessel Trackers|莫克兰船舶追踪|Pasni|2081|12|ais|none|English;Urdu;Balochi|no|makrantrack
PK-009|Ravi Freight Forwarding Tech|拉维货代科技|Lahore|2063|95|agency booking edi|ISO 9001|English;Urdu;Punjabi|yes|ravifreight
PK-010|Thatta Hydro Survey Labs||Thatta|2074|30|hydro dredge|none|English;Urdu;Sindhi|no|thattahydro
PK-011|Mehran Bunker Reporting|梅赫兰燃油报告|Karachi|2068|48|bunker emissions|ISO 14001|English;Urdu;Sindhi|no|mehranbunker
PK-012|Margalla Marine Claims|马尔加拉海事理赔|Islamabad|2076|35|claims|SOC 2 Type II|English;Urdu|no|margallaclaims
PK-013|Ormara Dredge Track||Ormara|2083|9|dredge|none|English;Urdu;Balochi|no|ormaradredge
PK-014|Sindh Port Community Systems|信德港口社区系统|Karachi|2055|420|pcs edi tos|ISO/IEC 27001:2022;CMMI Level 3|English;Urdu;Sindhi;Mandarin|yes|sindhpcs
PK-015|Harbour Twin Studio|港湾孪生工作室|Islamabad|2080|42|twin crane|ISO 14001|English;Urdu;Mandarin|no|harbourtwin
PK-016|Quetta Secure Access|奎达安防门禁|Quetta|2064|75|security|ISO 9001|English;Urdu;Pashto|no|quettasecure
PK-017|Bolan Fleet Emissions|博兰船队排放|Quetta|2084|16|emissions bunker|none|English;Urdu;Pashto|no|bolanemissions
PK-018|Karachi Box Booking|卡拉奇订舱|Karachi|2072|55|booking agency|ISO 9001|English;Urdu|yes|karachibox
PK-019|Sukkur River & Sea Survey||Sukkur|2061|28|hydro|ISO 9001|English;Urdu;Sindhi|no|sukkursurvey
PK-020|Punjab Yard Optimisers|旁遮普堆场优化|Faisalabad|2069|120|berth tos|none|English;Urdu;Punjabi|no|punjabyard
PK-021|Lyari Shipping Agency Systems|利亚里船代系统|Karachi|2052|18|agency crew|none|English;Urdu|no|lyariagency
PK-022|Potohar Crane IoT|波托哈尔岸桥物联网|Rawalpindi|2070|160|crane twin|ISO 9001;ISO 14001|English;Urdu|no|potoharcrane
PK-023|Gwadar Port Security Works||Gwadar|2082|38|security gate|ISO 28000|English;Urdu;Balochi|no|gwadarsecurity
PK-024|Arabian Sea Reefer Telematics|阿拉伯海冷藏箱|Karachi|2077|64|reefer|ISO/IEC 27001:2022|English;Urdu|no|arabianreefer
PK-025|Indus Maritime TOS Labs|印度河码头操作系统|Lahore|2060|260|tos|ISO 9001;CMMI Level 3|English;Urdu;Mandarin|yes|industos
PK-026|Kemari Claims Desk||Karachi|2086|7|claims booking|none|English;Urdu|no|kemariclaims
PK-027|Hyderabad Hydrographics|海得拉巴水文|Hyderabad|2067|46|hydro twin|ISO 9001|English;Urdu;Sindhi|no|hydhydro
PK-028|Sialkot Seafarer HR|锡亚尔科特船员人力|Sialkot|2073|90|crew claims||English;Urdu;Punjabi|no|sialkotseafarer
PK-029|Multan Container Gate OCR|木尔坦闸口识别|Multan|2078|33|gate|none|English;Urdu;Saraiki|no|multangate
PK-030|Blue Economy Digital|蓝色经济数字|Islamabad|2040|980|pcs tos ais emissions|ISO/IEC 27001:2022;ISO 9001;ISO 14001;CMMI Level 3|English;Urdu;Mandarin|yes|blueeconomy
PK-031|Pasni Fishing Harbour Apps||Pasni|2085|5|ais security|none|English;Urdu;Balochi|no|pasniapps
PK-032|Ghazi Dredging Informatics|加齐疏浚信息|Karachi|2079|52|dredge hydro|ISO 9001|English;Urdu|no|ghazidredge
PK-033|Jiwani Coastal Data||Jiwani|2087|3|hydro|none|English;Urdu;Balochi|no|jiwanicoastal
PK-034|Lahore Reefer Cloud|拉合尔冷链云|Lahore|2075|105|reefer crane|SOC 2 Type II|English;Urdu;Punjabi|no|lahorereefer
PK-035|National Crewing Solutions|国家船员解决方案|Karachi|1995|2500|crew agency tos|ISO 9001;ISO/IEC 27001:2022;SOC 2 Type II;CMMI Level 3|English;Urdu;Mandarin|yes|nationalcrewing
PK-036|Turbat Logistics Software||Turbat|2080|14|booking|none|English;Urdu;Balochi|no|turbatlogistics
PK-037|Mangrove Emissions Analytics|红树林排放分析|Karachi|2083|27|emissions|ISO 14001|English;Urdu|no|mangroveemissions
PK-038|Sea Gate Access Control|海门门禁|Lahore|2062|70|security|ISO/IEC 27001:2022;ISO 9001|English;Urdu;Punjabi|no|seagateaccess
PK-039|Korangi Crane Telemetry|科朗吉岸桥遥测|Karachi|2057|190|crane gate|ISO 9001|English;Urdu|yes|korangicrane
PK-040|Chenab Bunker Desk|杰纳布燃油|Lahore|2070|22|bunker|none|English;Urdu;Punjabi|no|chenabbunker
PK-041|Rawal Digital Quay|拉瓦尔数字码头|Rawalpindi|2082|19|twin berth|ISO 9001|English;Urdu|no|rawalquay
PK-042|Peshawar Cargo Claims||Peshawar|2065|58|claims|ISO 9001|English;Urdu;Pashto|no|peshawarclaims
PK-043|Gulf Link EDI|海湾链接EDI|Karachi|2074|44|edi booking|ISO 28000|English;Urdu;Arabic|no|gulflinkedi
PK-044|Thar Ship Agency Cloud|塔尔船代云|Hyderabad|2059|130|agency bunker|ISO 9001|English;Urdu;Sindhi|no|tharagency
PK-045|Frontier Port Dredge Monitor|边疆港疏浚监测|Islamabad|2078|36|dredge|CMMI Level 3|English;Urdu|no|frontierdredge
CN-001|Ningbo Smart Quay Technology Co., Ltd.|宁波智慧码头科技|Ningbo|2036|1800|tos berth twin|ISO/IEC 27001:2022;ISO 9001|Mandarin;English|no|nbsmartquay
CN-002|Shanghai Ocean Track Data Co., Ltd.|上海海洋航迹数据|Shanghai|2050|340|ais emissions|ISO/IEC 27001:2022|Mandarin;English|no|oceantrack
CN-003|Qingdao Reefer Chain Co., Ltd.|青岛冷链箱联|Qingdao|2054|220|reefer|ISO 9001|Mandarin|no|qdreefer
CN-004|Tianjin Port EDI Services Co., Ltd.|天津港EDI服务|Tianjin|2046|270|edi pcs|ISO 28000;ISO 9001|Mandarin;English|no|tjportedi
CN-005|Xiamen Gate AI Co., Ltd.|厦门闸口智能|Xiamen|2072|150|gate|ISO/IEC 27001:2022|Mandarin;English|yes|xmgateai
CN-006|Dalian Crewing Cloud Co., Ltd.|大连船员云|Dalian|2058|180|crew|ISO 9001|Mandarin;English|no|dlcrewing
CN-007|Shenzhen Box Booking Co., Ltd.|深圳订舱平台|Shenzhen|2068|400|booking agency|SOC 2 Type II;ISO/IEC 27001:2022|Mandarin;English|yes|szboxbooking
CN-008|Zhoushan Bunker Data Co., Ltd.|舟山燃油数据|Zhoushan|2063|95|bunker emissions|ISO 14001|Mandarin|no|zsbunker
CN-009|Guangzhou Port Security Tech Co., Ltd.|广州港安科技|Guangzhou|2056|310|security|ISO 28000;ISO 9001|Mandarin;Cantonese;English|no|gzportsecurity
CN-010|Lianyungang Dredging Digital Co., Ltd.|连云港疏浚数字|Lianyungang|2066|120|dredge hydro|ISO 9001|Mandarin|no|lygdredge
CN-011|Shanghai Quay Twin Co., Ltd.|上海码头孪生|Shanghai|2075|85|twin crane|ISO 14001;ISO/IEC 27001:2022|Mandarin;English|no|shquaytwin
CN-012|Ningbo Marine Claims Co., Ltd.|宁波海事理赔|Ningbo|2070|60|claims||Mandarin|no|nbclaims
CN-013|Qingdao Crane IoT Co., Ltd.|青岛岸桥物联|Qingdao|2061|240|crane|ISO 9001|Mandarin;English|no|qdcraneiot
CN-014|Xiamen Vessel Watch Co., Ltd.|厦门船舶观察|Xiamen|2088|70|ais|none|Mandarin|no|xmvesselwatch
CN-015|Tianjin Yard Planning Co., Ltd.|天津堆场规划|Tianjin|2044|160|berth tos||Mandarin;English|yes|tjyard
"""
NO_DESC_ZH = {"PK-010", "PK-013", "PK-019", "PK-026", "PK-031", "PK-033", "PK-036", "PK-042"}


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
O, FE, TE, MC, RU, CA = v.OVERVIEW, v.FEES, v.TERMS, v.MASTERCLASS, v.RULES, v.CATALOGUE
OF, CO, ZN, UG, WA = v.OFFICES, v.CORRECTION, v.ZH_NOTICE, v.UR_GUIDE, v.WHATSAPP
STAFF = v.STAFF
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    ("en-01", P, "who were the co-organisers of the 2022 shanghai webinar this programme came out of?", [O],
     v.WEBINAR, "the real February 2022 webinar, named once in the overview"),
    ("en-02", P, "we're a 12-person AIS tracking firm in Gwadar. the carbon intensity indicator clinic in the "
     "masterclass series - what time is that for us in pakistan?", [MC], ["15:30"],
     "computed: session 2 (the CII clinic; the question uses only the long form) is 15:30 Beijing time, minus "
     "3 hours; the page gives Beijing time only"),
    ("en-03", P, "4 of us want the full masterclass series pass and we'll pay before the early bird deadline. "
     "what's the total?", [MC], ["2,400", "10 %", "15 %"],
     "computed: stacked discounts, RMB 2,400 less 10 % early-bird, then a further 15 % for 3+ passes, x 4 "
     "(adding the two percentages gives the wrong 7,200)"),
    ("en-04", P, "how much is the 9 m2 shell scheme stand once VAT is added?", [FE], ["16,800", "6%"],
     "computed: footnote 1 under the Word fee table says the fee excludes 6% VAT: 16,800 x 1.06"),
    ("en-05", P, "prize pool?", [RU], ["RMB 750,000", "750,000"],
     "two words; rules v2 (v1 said RMB 600,000; the 2088 pilot had RMB 400,000)"),
    ("en-06", P, "we booked an 18 sqm shell scheme stand and paid in full but now have to cancel. our letter "
     "reaches PMSC on 20 september - how much of the stand fee comes back?", [TE, FE], ["50 %", "31,500"],
     "computed: refund band by date, 21 days before the 11 October opening = 50 % of RMB 31,500"),
    ("en-07", P, "how many BAPLIE messages are in the jinhai hackathon data?", [CA], ["184,000", "18.4万"],
     "short form only in the question (the catalogue says 'Bay plan messages'); a row on page 2 of the PDF "
     "table"),
    ("en-08", P, "we're a 25-person EDI team in lahore and booked a stand last week. by what date do we have "
     "to pay the balance?", [TE], ["45 days before the fair opens"],
     "computed: 45 days before Tuesday 11 October 2089"),
    ("en-09", P, "is the karachi office open on saturdays? what hours", [OF], ["10:00–13:00", "10:00-13:00"],
     "nested headings: Karachi office > Opening hours > the Saturday line, which does not name the office"),
    ("en-10", DIR, "pakistani TOS vendors with more than 200 staff", [], [], "TOS synonyms; PK; head count > 200"),
    ("en-11", DIR, "reefer container monitoring companies founded before 2060?", [], [],
     "reefer synonyms incl. Chinese; founded < 2060"),
    ("en-12", DIR, "any chinese firms doing AIS vessel tracking?", [], [], "CN; AIS synonyms"),
    ("en-13", DIR, "berth planning or yard optimisation companies in karachi or gwadar", [], [],
     "berth/yard synonyms; two cities"),
    ("en-14", DIR, "EDI / EDIFACT messaging firms holding ISO 28000", [], [], "EDI synonyms; certification filter"),
    ("en-15", UN, "who's giving the opening keynote in ningbo?", [], STAFF,
     "near miss: the key-dates page lists the opening keynote, not the speaker"),
    ("en-16", UN, "how much does the lead-scanning app cost for exhibitors?", [], STAFF,
     "near miss: the fee page and the FAQ name the app, not its price"),
    ("en-17", UN, "how many quay cranes does jinhai container terminal have?", [], STAFF,
     "near miss: the catalogue has quay crane cycle times, not the number of cranes"),
    ("en-18", UN, "which brand of OCR cameras is installed at the jinhai gate lanes?", [], STAFF,
     "near miss: the catalogue lists gate OCR reads, not the camera make"),
    ("en-19", UN, "when and where is harbour link 2090 going to be?", [], STAFF, "near miss: a future round"),
    ("en-20", UN, "any good seafood restaurants near the ningbo expo centre?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    ("zh-01", P, "展位送几个参展证？多的每个多少钱？", [FE, CO], ["RMB 240", "240", "2 exhibitor badges"],
     "2 badges included (fee page); the extra-badge fee RMB 420 is corrected to RMB 240 by the correction notice; "
     "answer in English"),
    ("zh-02", P, "PMSC给黑客松申请者开的线上答疑会，换成北京时间是几点？", [WA], ["19:00 PKT", "shaam 7 baje"],
     "computed: the Roman Urdu announcement gives 19:00 PKT only; plus 3 hours"),
    ("zh-03", P, "反馈表期限？", [ZN], ["五个工作日", "5个工作日", "5 working days"],
     "short; the quantity is written in words (五个工作日), Chinese-only fact"),
    ("zh-04", P, "黑客松第二名能拿多少奖金？", [RU], ["750,000", "45/35/20"],
     "computed: 35 % of the RMB 750,000 pool (v1: 600,000 split 50/30/20)"),
    ("zh-05", P, "宁波联络处开放时间？", [OF], ["08:30–17:00", "8:30"],
     "short; nested headings: Ningbo liaison office > Opening hours; answer in English"),
    ("zh-06", P, "黑客松参赛费？", [RU], ["RMB 12,000", "12,000"],
     "short; rules v2 (v1: RMB 15,000; 2088 pilot: RMB 10,000); answer in English"),
    ("zh-07", P, "金海码头的冷藏箱温度记录一共有多少条？", [CA], ["9.6 million", "960万"],
     "a row on page 2 of the PDF table (header repeated); answer in English"),
    ("zh-08", P, "我们订了9平米的标准展位，只付了30%定金，9月2日书面通知取消，能退多少钱？", [TE, FE],
     ["100 %", "30 %"],
     "computed: 39 days before opening = more than 30 days, 100 % of the amount paid (30 % of RMB 16,800)"),
    ("zh-09", DIR, "做码头操作系统的巴基斯坦公司里，有没有完全没有任何认证的？", [], [],
     "Chinese service name; certifications 'none' (not unknown)"),
    ("zh-10", DIR, "瓜达尔港航软件是哪家公司？在哪个城市？", [], [], "company named by its Chinese name"),
    ("zh-11", DIR, "做冷藏箱监控的公司里，员工在50到300人之间的有哪些？", [], [],
     "Chinese service name; head count between (inclusive)"),
    ("zh-12", DIR, "在2022年网络研讨会上做过推介、做智能闸口或集装箱箱号识别的公司有哪些？", [], [],
     "pitched at the webinar + gate/OCR synonyms"),
    ("zh-13", DIR, "做船员管理、成立超过30年的公司有哪些？", [], [], "in business more than 30 years (2089)"),
    ("zh-14", UN, "金海集装箱码头一年吞吐量多少标准箱？", [], STAFF,
     "near miss: the terminal is named, its throughput is not"),
    ("zh-15", UN, "欢迎晚宴在哪个酒店举行？", [], STAFF, "near miss: the key-dates page marks the place 待定 · TBD"),
    ("zh-16", UN, "PMSC会员订展位有没有会员折扣？", [], STAFF,
     "near miss: no member discount is offered (only the masterclass discounts)"),
    ("zh-17", UN, "宁波联络处的负责人是谁？", [], STAFF, "near miss: the office is listed, not who runs it"),
    ("zh-18", UN, "宁波下周会下雨吗？", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    ("ur-01", P, "ویزا دعوت نامہ ملنے میں کتنے ہفتے لگتے ہیں؟", [UG], ["تین ہفتے", "3 ہفتے", "3 weeks"],
     "quantity in words (تین ہفتے), stated only in the Urdu guide"),
    ("ur-02", P, "ہم گوادر کی فرم ہیں، بلوچستان والوں کے لیے سفری گرانٹ کتنی ہے؟", [UG],
     ["150,000 روپے", "150,000", "PKR 150,000"], "Urdu-only fact in the right-to-left guide"),
    ("ur-03", P, "ہیکاتھون کی ایک ٹیم میں زیادہ سے زیادہ کتنے لوگ ہو سکتے ہیں؟", [RU], ["up to 5 people", "5 افراد"],
     "rules v2: up to 5 (v1 said 4); answer in English"),
    ("ur-04", P, "ہم نے 9 مربع میٹر کا اسٹینڈ پوری فیس دے کر بک کیا تھا، یکم اکتوبر کو منسوخ کریں تو کتنے پیسے واپس ملیں گے؟",
     [TE, FE], ["no refund", "Fewer than 15 days"], "computed: 10 days before opening = fewer than 15 days, no refund"),
    ("ur-05", P, "ہماری کمپنی 2084 میں بنی تھی، کیا ہم اسٹارٹ اپ کارنر لے سکتے ہیں؟", [FE], ["2086 or later", "incorporated in 2086"],
     "the rule is only in footnote 2 under the Word fee table"),
    ("ur-06", P, "ہیکاتھون جیتنے والی ٹیم کا پائلٹ کتنے ہفتوں کا ہوگا؟", [RU], ["twelve weeks", "12 weeks", "12 ہفتے"],
     "quantity in words (twelve weeks); answer in English"),
    ("ur-07", P, "گوادر ڈیسک کس کس دن کھلتا ہے؟", [OF], ["Tuesday and Thursday", "10:00–14:00"],
     "nested headings: Gwadar liaison desk > Opening hours; answer in English"),
    ("ur-08", DIR, "حیدرآباد یا ٹھٹھہ میں ہائیڈروگرافک سروے ڈیٹا والی کمپنیاں کون سی ہیں؟", [], [],
     "hydrographic synonyms incl. an Urdu value; two cities"),
    ("ur-09", DIR, "پورٹ سیکیورٹی اور ایکسیس کنٹرول والی وہ کمپنیاں جن کے پاس ISO 27001 نہیں ہے", [], [],
     "negation on a certification; no candidate has an unknown cell"),
    ("ur-10", DIR, "میرین انشورنس کلیمز پورٹل بنانے والی کمپنیاں جن کے 40 سے کم ملازمین ہوں", [], [],
     "Urdu service name; head count < 40"),
    ("ur-11", DIR, "2075 کے بعد بننے والی پاکستانی ڈریجنگ پراجیکٹ ٹریکنگ کمپنیاں", [], [], "PK; founded after 2075"),
    ("ur-12", UN, "گوادر ڈیسک کا ای میل ایڈریس کیا ہے؟", [], STAFF,
     "near miss: the Gwadar desk has address, hours and phone, no e-mail"),
    ("ur-13", UN, "ہیکاتھون کے ججوں کے نام کیا ہیں؟", [], STAFF,
     "near miss: the rules mention the panel of planners, no names"),
    ("ur-14", UN, "اگلے سال 2090 کے میلے میں اسٹینڈ کی فیس کیا ہوگی؟", [], STAFF, "near miss: a future round"),
    # ---------------------------------------------------------------- Roman Urdu
    ("ul-01", P, "quay hackathon kitne hafte ki hai aur kab shuru hogi?", [O, RU],
     ["three weeks", "3 weeks", "24 October 2089", "24 October"], "quantity in words (three weeks) + start date"),
    ("ul-02", P, "group ticket ki seat flight se kitne hafte pehle confirm karni hogi?", [WA],
     ["do hafte", "2 hafte", "2 weeks"], "quantity in words in Roman Urdu (do hafte)"),
    ("ul-03", P, "hum 3 log masterclass series pass lena chahte hain, early bird deadline guzar chuki hai. kitna "
     "banega?", [MC], ["2,400", "15 %"],
     "computed: no early-bird, only the 15 % group discount for 3+ passes: 2,400 x 0.85 x 3"),
    ("ul-04", P, "hackathon fee aur 9 m2 shell scheme stand dono lein to VAT se pehle total kitna hoga?", [RU, FE],
     ["12,000", "16,800"], "computed: two fees from two documents, RMB 12,000 (rules v2) + RMB 16,800 (fee table)"),
    ("ul-05", P, "Karachi office ka phone number kya hai?", [OF], ["+92 21 3587 4410", "3587 4410"],
     "nested headings: Karachi office > Phone"),
    ("ul-06", P, "jinhai data mein VGM ke kitne records hain?", [CA], ["312,000", "31.2万"],
     "short form only in the question (catalogue: 'Verified gross mass declarations'); PDF table row"),
    ("ul-07", P, "terminal operating system ke test instance ke liye har team ko kitne login milenge?", [RU],
     ["two logins", "2 logins"],
     "long form only in the question (rules: 'TOS'); quantity in words; v1 gave one login"),
    ("ul-08", DIR, "bunker ya fuel reporting wali companies Karachi ya Lahore mein kaun si hain?", [], [],
     "bunker synonyms; two cities"),
    ("ul-09", DIR, "CII ya EEXI emissions reporting wali firms jo 2080 ke baad bani hon", [], [],
     "emissions synonyms; founded after 2080"),
    ("ul-10", DIR, "quay digital twin wali companies jin ke paas ISO 14001 ho", [], [], "certification filter"),
    ("ul-11", DIR, "Pakistani ship agency ya freight forwarding software firms jin ke 20 se kam log hon", [], [],
     "PK; head count < 20; a single company"),
    ("ul-12", UN, "Ningbo ke partner hotel ka room rate kitna hai?", [], STAFF,
     "near miss: the announcement names the partner hotel, not its rate"),
    ("ul-13", UN, "masterclass ki recordings kitne din tak dekh sakte hain?", [], STAFF,
     "near miss: sessions are recorded, no availability period is given"),
    ("ul-14", UN, "hackathon ke cloud workspace mein har team ko kitne GPU milenge?", [], STAFF,
     "near miss: the cloud workspace is named, no compute is given"),
    # ---------------------------------------------------------------- mixed
    ("mx-01", P, "masterclass session 3 Pakistan time mein kab hai? suna hai time change hua tha", [CO, MC],
     ["17:00–18:30", "17:00"],
     "computed: the correction moves session 3 from 16:00 to 17:00 Beijing time; minus 3 hours"),
    ("mx-02", P, "hamari team ke 6 log Ningbo ja rahe hain, stand ke saath kitne badges free hain aur baqi ka kitna "
     "lagega? 一共多少钱", [FE, CO], ["240", "2 exhibitor badges"],
     "computed: 2 included, 4 extra x RMB 240 (corrected from RMB 420)"),
    ("mx-03", P, "EEXI wala masterclass kis din hai? 日期是哪天", [MC],
     ["Tuesday 20 September 2089", "20 September 2089", "9月20日"], "a table row of the masterclass page only"),
    ("mx-04", P, "lahore office ki timings kya hain weekdays mein? 几点到几点", [OF], ["10:00–18:00", "10:00-18:00"],
     "nested headings: Lahore office > Opening hours"),
    ("mx-05", P, "gate OCR container number reads ka data kitna hai? 多少条记录", [CA], ["7.3 million", "730万"],
     "PDF table row on page 1"),
    ("mx-06", P, "hackathon jeetne wali team ko kitna prize milega? 第一名多少钱", [RU], ["750,000", "45/35/20"],
     "computed: 45 % of RMB 750,000 (v1: 50 % of 600,000)"),
    ("mx-07", P, "Karachi wali pre-departure briefing kab hai? 我们在Islamabad, online join kar sakte hain?", [WA],
     ["17 September 2089", "17 September", "online join"], "Roman Urdu announcement only"),
    ("mx-08", DIR, "shipping line booking portal wali companies jo 2022 webinar mein pitch kar chuki hain", [], [],
     "booking synonyms; pitched at the webinar"),
    ("mx-09", DIR, "Pakistan ki crane telemetry firms jin ke 100 se zyada employees hain", [], [],
     "PK; head count > 100"),
    ("mx-10", DIR, "port community system wali Pakistani companies jo Mandarin bol sakti hain, 有吗？", [], [],
     "PCS synonyms; working language"),
    ("mx-11", DIR, "Turbat mein koi hydrographic survey company hai?", [], [],
     "no matching company: the expected set is empty"),
    ("mx-12", UN, "shell scheme stand ke carpet ka colour kya hai? 地毯什么颜色", [], STAFF,
     "near miss: the shell scheme stand is described, no carpet"),
    ("mx-13", UN, "Ningbo liaison office ka WeChat ID kya hai? 微信号多少", [], STAFF,
     "near miss: the office has address, hours and phone, no WeChat"),
    ("mx-14", UN, "Karachi mein best biryani kahan milegi? just asking", [], STAFF, "off-topic"),
]  # fmt: skip


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s41-{suffix}"
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


README_MD = """# sample-41 — "Harbour Link 2089"

A held-out evaluation knowledge base for the Pak–China Ports, Shipping & Maritime Software Programme 2089 ("Harbour
Link 2089"): a Pakistani maritime software council (PMSC) and a Chinese smart-port informatisation alliance (CSPIA)
bring Pakistani firms that build terminal operating systems, port community systems, AIS vessel tracking, berth and
yard planning, crane telemetry, reefer monitoring, EDI/EDIFACT messaging, OCR gate automation, ship agency and
forwarding, bunker and emissions (CII/EEXI) reporting, crew payroll, marine claims, port security, hydrographic,
dredging, digital-twin and booking-portal software to a buyers' fair in Ningbo, four online masterclasses and a
three-week "Quay Hackathon" on a container terminal's gate-and-yard data. The 17 programme documents (Markdown, text,
HTML, Word, PDF; English, Chinese, Urdu in right-to-left HTML, Roman Urdu, and two English–Chinese documents) include
a Word fee table whose cells carry superscript footnote marks with the notes below the table, session times given
only in Beijing time, stacked early-bird and group discounts, a refund table by date band, badges included with a
stand and charged beyond it, a prize pool split by shares, an abbreviations table whose short and long forms are used
apart in other documents, a two-page PDF dataset table with its header repeated on page 2, office facts stated only
under nested headings, quantities written in words (twelve weeks, 五个工作日, تین ہفتے, do hafte), a correction
notice, a superseded version of the hackathon rules beside the current one and a report on last year's pilot round;
`directory.csv` lists 60 companies. Everything here except the February 2022 Shanghai webinar named in the overview is
fictional: the organisers, terminal, people, companies, fees, dates, offices, phone numbers and `.example` addresses
are invented. `questions-41.jsonl` holds the 80 frozen questions; `build_sample41.py` writes these files and
`validate_sample41.py` checks them.
"""


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    (v.KB / "README.md").write_bytes(README_MD.encode("utf-8"))
    text_docs()
    fees_docx()
    rules_docx()
    zh_notice_docx()
    catalogue_pdf()
    report_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote {len(v.DOCS)} documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
