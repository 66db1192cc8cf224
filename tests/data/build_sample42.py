"""Build sample-42 ("Silicon Corridor 2090") and questions-42.jsonl.

Writes every programme document (text ones byte-exact, Word and PDF ones with fixed metadata and zip times),
directory.csv and questions-42.jsonl. Directory answer sets and computed answers come from validate_sample42
(FILTERS, COMPUTED), so the frozen answers and the checks share one code path. Running it twice gives the same bytes.

Usage: build_sample42.py [BASE]  (BASE holds sample-42/ and questions-42.jsonl; default: this folder)
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
    os.environ["SAMPLE42_BASE"] = str(Path(sys.argv[1]).resolve())
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample42 as v  # noqa: E402
from pypdf.generic import ContentStream, DictionaryObject, NameObject  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2090, 3, 1, 9, 0, 0)


def write_text(name, text):
    (PROG / name).write_bytes(text.encode("utf-8"))


# ============================================================================ Markdown / text / HTML documents
OVERVIEW_MD = """# Silicon Corridor 2090 — Programme overview

**The Pak–China Semiconductor Design Services Programme 2090**

PCDEF and HICDA · 6 March 2090

Silicon Corridor 2090 brings Pakistani chip-design service firms to Chinese buyers: fabless chip companies, foundries,
OSAT packaging-and-test houses, EDA tool vendors, module makers and university microelectronics labs.

## Where the programme comes from

Silicon Corridor grew out of the February 2022 Shanghai webinar "Outsourcing ICT Talent from Pakistan", co-organised
by Pakistan's Consulate General in Shanghai, the Software Business Union of Shanghai, the Shanghai Software Industry
Association and the Trade Development Authority of Pakistan. Silicon Corridor applies that idea to one sector:
semiconductor design services.

## Organisers

- **Pakistan Chip Design Exporters Forum (PCDEF)**, Lahore — the Pakistani organiser. PCDEF vets vendor applications,
  invoices the fees and runs the pre-departure briefing.
- **Hefei IC Design Industry Alliance (HICDA, 合肥集成电路设计产业联盟)**, Hefei — the Chinese organiser. HICDA
  recruits the buyers, runs the fair and issues the invitation letters Chinese visas need.
- **Huaxin Microelectronics (华芯微电子)**, Hefei — a fabless chip company that opens the verification backlog of its
  HX-7 memory-controller block to the Tape-out Sprint.

## The events

1. **Silicon Corridor Buyers' Fair** — Tuesday 26 to Thursday 28 September 2090, Hefei Luzhou Expo Centre
   (合肥庐州会展中心), Hall 5. Stands, vendor pitches, one-to-one buyer meetings and a fab visit.
2. **Tape-out Sprint** — selected vendor teams work for four weeks, from Monday 9 October 2090, on the real
   verification backlog of the HX-7 block, on Huaxin's cloud EDA farm. Huaxin's verification leads score the teams.

## Who can take part

Pakistani firms whose services fall in the programme's fields: RTL design, design verification (UVM and SystemVerilog
testbenches, formal verification), physical design (place-and-route, timing closure and STA), design-for-test (scan
insertion, ATPG), analog and mixed-signal layout, FPGA prototyping and emulation, EDA flow automation in Tcl and
Python, PCB design and signal integrity, post-silicon validation and bring-up, ATE test-program development, yield and
wafer-map analytics, firmware and board-support packages, device drivers, datasheet writing, IP-core integration and
MEMS and sensor simulation. The conditions are set in the call for vendors.

## Documents

The call for vendors, the exhibitor manual, the payment and invoicing page, the vendor FAQ, the contacts page, the
venue and logistics note, the Tape-out Sprint rules, the HX-7 block brief and the glossary are published with this
overview. Later notices override earlier documents where they differ.

## Contact

PCDEF programme office, Lahore · info@siliconcorridor2090.example
"""

CALL_MD = """# Silicon Corridor 2090 — Call for vendors

PCDEF vendor desk · 6 March 2090

## 1. Who may apply

A Pakistani firm may exhibit at the Hefei fair when it meets all three conditions below on the day applications
close:

1. it has at least 8 engineers working in chip design, verification, physical design, DFT or test on its own payroll
   (contractors and interns do not count);
2. it has at least 2 years of trading, counted from its date of incorporation with the SECP or a provincial
   registrar;
3. it holds either ISO 9001 or ISO/IEC 27001 (any current version).

A firm that meets the first two conditions but not the third may apply again in a later round once it is certified.
Joint applications by two firms are not accepted.

## 2. How to apply

Fill in the online form on the PCDEF vendor portal and attach a capability statement of at most four pages and two
anonymised project references (block type, tool flow, team size and duration). Do not attach customer code or
netlists.

## 3. Closing dates

Fair applications close at 17:00 PKT on the second Friday of May 2090. PCDEF announces the selected vendors within
three weeks of the closing date.

Tape-out Sprint applications are separate. They open once the fair selection is announced and close at 17:00 PKT on
the last Monday of August 2090. Only firms selected for the fair may apply to the Sprint.

## 4. Selection

A joint PCDEF–HICDA panel scores every capability statement on technical depth, the fit with what Chinese buyers ask
for, delivery record and the English and Chinese material the firm can show. The panel's decision is final.

## 5. After selection

Selected vendors book a stand as set out in the exhibitor manual and pay as set out in the payment and invoicing
page.
"""

INVOICING_MD = """# Silicon Corridor 2090 — Payment and invoicing

PCDEF finance desk · 20 March 2090

## 1. Who invoices

PCDEF invoices Pakistani vendors for stands, delegate registration and the Tape-out Sprint fee. The fees are set in
Chinese yuan in the exhibitor manual and in the Tape-out Sprint rules; PCDEF invoices them in Pakistani rupees.

## 2. Exchange rate

For invoicing, RMB 1 = PKR 41.35. This rate is fixed for every invoice of the 2090 round, whatever the market rate
on the day the invoice is issued.

## 3. Stand payments in two instalments

- Deposit: 35 % of the stand fee, invoiced when PCDEF confirms the booking and payable within 10 days.
- Balance: the remaining 65 %, due 28 days before the fair opens.

PCDEF may release a stand whose balance has not arrived by the due date and offer it to the waiting list.

## 4. Delegate registration and the Sprint fee

Delegate registration is invoiced in one instalment together with the stand balance. The Tape-out Sprint fee is
invoiced once the team is selected and is payable within 14 days.

## 5. How to pay

Pay by bank transfer to the PCDEF account given on the invoice and quote the invoice number. Cheques and cash are
not accepted. PCDEF issues a receipt for every transfer within five working days.

## 6. Questions

Questions about an invoice go to the person listed for it on the contacts page.
"""

FAQ_MD = """# Silicon Corridor 2090 — Vendor FAQ

PCDEF and HICDA · updated 2 July 2090

### Can a team bring its own EDA licences to the Tape-out Sprint?

No. All Sprint work runs on Huaxin's cloud EDA farm with the tools the farm provides. Teams install nothing on the
farm and download no design data from it.

### Do buyer meetings come with an interpreter?

Yes. Every meeting table in Hall 5 has a HICDA student volunteer who works between Mandarin and English. Urdu is not
covered, so bring material in English or Chinese.

### May two firms share one stand?

Only on an 18 m² shell scheme stand, and only with the written approval of PCDEF. Each firm registers its own
delegates, and the firm that booked the stand stays liable for its full fee.

### How do we get demo boards to Hefei?

Send them through the fair's official forwarder, Hefei Hengtong Logistics; consignments must reach Hall 5 by
Wednesday 20 September 2090. Hardware carried by hand needs an ATA carnet.

### Does every Sprint engineer sign an NDA?

Yes, each person signs individually before the kick-off on Monday 9 October, and Huaxin keeps the signed copies. A
firm-level agreement alone is not enough.

### Will Huaxin give a reference after the Sprint?

Teams that score 75 points or more receive a letter signed by Huaxin's verification director, naming the backlog
area the team closed.
"""

SPRINT_V1_MD = """# Tape-out Sprint 2090 — Rules, version 1 (SUPERSEDED)

> SUPERSEDED: replaced by version 2 of 3 July 2090. Kept for reference only.

HICDA with PCDEF and Huaxin Microelectronics · 10 April 2090

## 1. What the Sprint is

Selected vendor teams work for four weeks, from Monday 9 October 2090, on the verification backlog of Huaxin's HX-7
memory-controller block.

## 2. Places and teams

The Sprint has 12 team places. Each vendor sends a team of up to 4 people.

## 3. Fee

Every selected vendor pays the participation fee of RMB 18,000 per team.

## 4. Tools

Each team gets two simulator licences on Huaxin's cloud EDA farm.

## 5. Awards

Prizes are announced by HICDA in a separate notice.
"""

CORRECTION_MD = """# Correction Notice No. 1

PCDEF and HICDA · 14 July 2090

This notice corrects two published documents. Where they differ from this notice, this notice applies.

## 1. Exhibitor manual version 1.2 (10 June 2090) — delegate registration

Section 4 of the manual gives the cap on delegate registration as RMB 2,100 per firm.
The correct cap is **RMB 1,680** per firm. The fee of RMB 420 per delegate does not change. Firms that have already been invoiced
above the correct cap receive a corrected invoice.

## 2. Venue and logistics (5 June 2090) — partner hotel shuttle

The shuttle bus leaves the partner hotel at **07:30**, not at the time printed, on each fair day, so that delegates
reach Hall 5 before the buyer meetings start. The return time from Hall 5 does not change.

No other figure, date or time in these documents changes.
"""

GLOSSARY_MD = """# Silicon Corridor 2090 — Glossary · 术语表

PCDEF and HICDA · May 2090 · the short forms used in the programme documents, with their long forms in English and
Chinese. 本表列出项目文件中常用的芯片设计服务缩略语及其英文全称和中文名称，供巴基斯坦供应商与中国买家对照使用。

| Short form | Long form | 中文 |
|---|---|---|
| AMS | Analog and mixed-signal design and layout | 模拟与混合信号设计及版图 |
| ATE | Automatic test equipment that runs production test programs on packaged chips | 自动测试设备，用于运行量产测试程序 |
| ATPG | Automatic test pattern generation for scan-based manufacturing test | 自动测试向量生成 |
| AXI4 | The on-chip bus protocol of the HX-7 front end | 片上总线协议，HX-7前端接口 |
| BSP | Board support package: the firmware that brings a board up | 板级支持包 |
| DFI | The interface between a memory controller and its PHY | 存储控制器与物理层之间的接口 |
| DFT | Design for test: scan insertion, test compression, boundary scan | 可测性设计 |
| DV | Design verification with simulation testbenches | 设计验证 |
| EDA | Electronic design automation tools and flows | 电子设计自动化 |
| FPGA | Field-programmable gate array, used for prototyping | 现场可编程门阵列，用于原型验证 |
| GLS | Gate-level simulation of the synthesised netlist | 门级仿真 |
| OSAT | Outsourced semiconductor assembly and test | 封装测试代工厂 |
| P&R | Place and route, the core of physical design | 布局布线，后端设计的核心 |
| RAL | UVM register abstraction layer | UVM寄存器抽象层 |
| SDC | Standard design constraints: the timing constraints of a design | 时序约束文件 |
| STA | Static timing analysis for timing closure | 静态时序分析 |
| UPF | Unified power format: the power intent of a design | 统一功耗格式，描述低功耗设计意图 |
| UVM | Universal verification methodology for SystemVerilog testbenches | 通用验证方法学 |
| Tape-out | Release of the final layout to the foundry | 流片：将最终版图交付晶圆厂 |
"""

ZH_AWARDS_MD = """# Tape-out Sprint（流片冲刺赛）2090 奖项与补贴通知

合肥集成电路设计产业联盟（HICDA）· 华芯微电子 · 2090年7月5日

## 一、奖项

流片冲刺赛结束后，华芯微电子验证团队按照冲刺赛规则中的评分标准为各参赛团队评分。冠军团队奖金12万元，亚军团队奖金8万元，
季军团队奖金4.5万元。另设最佳覆盖率提升奖一名，奖金2万元，可与上述奖项同时获得。

冠军团队还将获得华芯微电子提供的付费试点合同，合同范围和期限在颁奖后由双方商定。

## 二、差旅补贴

每支入选的巴基斯坦团队可获得差旅补贴1.5万元，用于第一周在合肥现场工作期间的交通和住宿。补贴凭发票和登机牌在冲刺赛结束后
一个月内报销，超出部分由团队自行承担。

## 三、颁奖典礼

颁奖典礼定于2090年11月10日举行，由华芯微电子验证总监为获奖团队颁奖。获奖团队每队可派两名代表出席。

## 四、其他

奖金为税前金额，由HICDA以人民币支付至获奖企业的对公账户。奖金不因团队人数多少而调整。如有疑问，请联系HICDA秘书处。
"""

UR_HTML = """<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<title>سلیکون کوریڈور 2090 — پاکستانی فرموں کے لیے رہنما</title>
</head>
<body>
<h1>سلیکون کوریڈور 2090: پاکستانی فرموں کے لیے رہنما</h1>
<p>پاکستان چپ ڈیزائن ایکسپورٹرز فورم (PCDEF)، لاہور · 20 جون 2090</p>
<h2>ہیفے خریدار میلہ</h2>
<p>خریدار میلہ ستمبر 2090 کے آخری ہفتے میں ہیفے کے لوژو ایکسپو سینٹر کے ہال نمبر 5 میں ہوگا۔ اسٹینڈ کی فیس، ادائیگی
کی قسطیں اور اہلیت کی شرائط انگریزی دستاویزات میں دی گئی ہیں۔</p>
<h2>رکن فرموں کے لیے اسٹینڈ فیس کی واپسی</h2>
<p>PCDEF اپنی رکن فرموں کو اسٹینڈ فیس کا 50 فیصد واپس کرتا ہے، زیادہ سے زیادہ 400,000 روپے فی فرم۔ یہ رقم میلے کے
بعد تیس دن کے اندر ادا کی جاتی ہے، بشرطیکہ فرم کے نمائندے میلے کے تینوں دن اسٹینڈ پر موجود رہیں اور خریداروں سے
ملاقاتوں کی رپورٹ جمع کرائیں۔</p>
<h2>روانگی سے پہلے بریفنگ</h2>
<p>روانگی سے پہلے کی بریفنگ 9 ستمبر 2090 کو PCDEF کے لاہور دفتر میں ہوگی۔ کراچی اور اسلام آباد کی فرمیں آن لائن شامل
ہو سکتی ہیں۔ بریفنگ میں چینی خریداروں سے بات چیت کے آداب اور ملاقات کے بعد رابطہ رکھنے کا طریقہ بتایا جائے گا۔</p>
<h2>ویزا</h2>
<p>چین کے بزنس ویزا کے لیے پاسپورٹ کم از کم چھ ماہ کار آمد ہونا چاہیے۔ دعوت نامہ چینی اتحاد جاری کرتا ہے، اس لیے
درخواست جلد بھیجیں۔</p>
<h2>تیاری</h2>
<p>اپنی کمپنی کا تعارف چینی زبان میں بھی تیار رکھیں اور اپنے کام کی مثالیں اس طرح دکھائیں کہ کسی گاہک کا ڈیزائن
ظاہر نہ ہو۔ اسپرنٹ کی ٹیمیں اپنے لیپ ٹاپ ساتھ لائیں کیونکہ سارا کام کلاؤڈ پر ہوتا ہے۔</p>
<h2>رابطہ</h2>
<p>سوالات کے لیے PCDEF کو info@siliconcorridor2090.example پر ای میل کریں۔</p>
</body>
</html>
"""

CONTACT_ROWS = [
    ("Vendor applications and eligibility", "Sana Qureshi", "apply@pcdef.example", "+92 42 3571 8812"),
    ("Invoices and payments", "Faisal Rana", "invoices@pcdef.example", "+92 42 3571 8830"),
    ("Visa invitation letters", "Li Wenjing (李文静)", "visa@hicda.example", "+86 551 6388 2150"),
    ("Stand build-up and logistics", "Zhou Peng (周鹏)", "stands@hicda.example", "+86 551 6388 2174"),
    ("Buyer matchmaking", "Xu Min (徐敏)", "matchmaking@hicda.example", "+86 551 6388 2163"),
    ("Tape-out Sprint mentors", "Dr Chen Yu (陈宇)", "mentors@huaxin.example", "+86 551 6721 0405"),
    ("Cloud EDA farm accounts", "Wang Lei (王磊)", "edafarm@huaxin.example", "+86 551 6721 0418"),
    ("Pre-departure briefing", "Hira Baig", "briefing@pcdef.example", "+92 42 3571 8845"),
    ("Press and media", "Ayesha Malik", "media@pcdef.example", "+92 42 3571 8850"),
]


def contacts_html():
    rows = "\n".join(f"<tr><td>{r}</td><td>{n}</td><td>{e}</td><td>{p}</td></tr>" for r, n, e, p in CONTACT_ROWS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Silicon Corridor 2090 — Whom to contact</title>
</head>
<body>
<h1>Silicon Corridor 2090 — Whom to contact</h1>
<p>PCDEF and HICDA · 1 July 2090</p>
<p>Write to the person listed for your task. Pakistani contacts answer in English or Urdu, Chinese contacts in
English or Chinese; every contact replies within two working days.</p>
<table border="1">
<caption>Table 1. Contacts by role</caption>
<tr><th>Role</th><th>Name</th><th>E-mail</th><th>Phone</th></tr>
{rows}
</table>
<p>Anything not listed above: PCDEF programme office, Lahore, info@siliconcorridor2090.example, +92 42 3571 8800.</p>
</body>
</html>
"""


WHATSAPP_TXT = """Silicon Corridor 2090 — PCDEF members group · WhatsApp announcement (Roman Urdu)

[14/06/2090, 11:20] PCDEF Vendor Desk: Assalam o alaikum sab members! Silicon Corridor 2090 ke liye kuch zaroori baatein:

1) Mock pitch: June, July aur August mein har mahine ke teesre Saturday ko PCDEF Lahore office mein subah 11 baje mock pitch hoga.
Har firm 7 minute ka pitch degi, phir buyers ki tarah sawal jawab honge. Karachi aur Islamabad wali firms Zoom pe join kar sakti hain, link ek din pehle isi group mein aayega.

2) Pitch deck English mein ho, lekin pehli slide pe company ka naam Chinese mein bhi likhein. Kisi customer ka design ya netlist deck mein na dalein.

3) Hefei ke liye group ticket Lahore se Urumqi ke raaste hai. Seat confirm karne ki aakhri date 1 September hai, us ke baad group rate nahi milega.

4) Sprint wali teams apne laptops pe company ka asset tag lagayein aur VPN ka setup pehle se kar lein.

Koi sawal ho to isi group mein poochein. Shukriya!
"""

VENUE_TXT = """SILICON CORRIDOR BUYERS' FAIR 2090 — VENUE AND LOGISTICS
HICDA fair secretariat · 5 June 2090

VENUE
Hefei Luzhou Expo Centre (合肥庐州会展中心), Hall 5. The fair opens Tuesday 26 September 2090 with an opening
ceremony at 09:30 in Hall 5 and closes on Thursday 28 September at 17:00. Buyer meetings run from 10:00 to 17:00
on all three days in the meeting zone at the north end of the hall.

BUILD-UP AND DISMANTLING
Build-up and dismantling times are set in the exhibitor manual. Contractors of space-only stands register at the
Hall 5 service counter before they bring material in.

PARTNER HOTEL AND SHUTTLE
The partner hotel is the Luzhou Garden Hotel, ten minutes by road from the expo centre.
A shuttle bus leaves the hotel at 08:00 on each fair day and returns from Hall 5 at 18:00.

INTERNET
Wi-Fi covers the whole of Hall 5. Each exhibitor receives its login on build-up day at the service counter. Wired
connections for demo racks are ordered through the exhibitor portal.

FOOD
Delegates eat lunch in the Hall 5 restaurant. Halal meals are served at a separate counter; ask the service counter
for the way.

SAFETY
Soldering irons, lab power supplies above 48 V and open chemicals are not allowed on stands. Demo boards run from
the stand socket only.
"""


def text_docs():
    for name, text in [
        (v.OVERVIEW, OVERVIEW_MD),
        (v.CALL, CALL_MD),
        (v.INVOICING, INVOICING_MD),
        (v.FAQ, FAQ_MD),
        (v.SPRINT_OLD, SPRINT_V1_MD),
        (v.CORRECTION, CORRECTION_MD),
        (v.GLOSSARY, GLOSSARY_MD),
        (v.AWARDS, ZH_AWARDS_MD),
        (v.UR_GUIDE, UR_HTML),
        (v.CONTACTS, contacts_html()),
        (v.WHATSAPP, WHATSAPP_TXT),
        (v.VENUE, VENUE_TXT),
    ]:
        write_text(name, text)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Silicon Corridor 2090"
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


AMENDMENTS = [
    ["Version", "Date", "Change"],
    ["v1.0", "3 March 2090", "First issue."],
    ["v1.1", "8 April 2090", "Space-only stand (36 m²) fee raised from RMB 38,000 to RMB 40,000; start-up pod added."],
    ["v1.2", "10 June 2090",
     "Space-only stand (36 m²) fee raised from RMB 40,000 to RMB 42,500; extra exhibitor badge lowered from RMB 350 "
     "to RMB 280."],
]  # fmt: skip
STANDS = [
    ["Package", "Size", "What is included", "Fee (RMB)"],
    ["Shell scheme stand", "9 m²", "walls, fascia name board, 1 table, 2 chairs, 1 kW socket, 2 exhibitor badges",
     "14,400"],
    ["Shell scheme stand", "18 m²",
     "walls, fascia name board, 2 tables, 4 chairs, 2 kW socket, lockable cupboard, 3 exhibitor badges", "25,600"],
    ["Space only", "36 m²", "floor space, 4 kW socket, 4 exhibitor badges", "42,500"],
    ["Start-up pod", "4 m²", "counter, stool, shared power, 1 exhibitor badge", "6,200"],
]  # fmt: skip


def manual_docx():
    doc = docx.Document()
    doc.add_paragraph("Silicon Corridor Buyers' Fair 2090 — Exhibitor manual", style="Title")
    doc.add_paragraph(
        "HICDA fair secretariat with PCDEF · version 1.2 · 10 June 2090 · Hall 5, Hefei Luzhou Expo Centre"
    )
    doc.add_heading("Amendment history", level=1)
    grid(doc, AMENDMENTS)
    doc.add_heading("1. Stand packages", level=1)
    doc.add_paragraph(
        "All fees are in Chinese yuan (RMB) per stand and are invoiced by PCDEF. Payment terms are set in the payment "
        "and invoicing page."
    )
    grid(doc, STANDS)
    for heading, paras in [
        (
            "2. Space-only stands",
            [
                "A space-only stand is bare floor space in the centre aisle of Hall 5. The RMB 38,000 fee covers the "
                "floor space and a 4 kW socket; the exhibitor builds its own stand with a contractor registered with "
                "the hall. Stand drawings reach the fair secretariat by 1 September 2090.",
            ],
        ),
        (
            "3. Exhibitor badges",
            [
                "Each package includes the exhibitor badges listed in the table. Extra exhibitor badges cost RMB 280 "
                "each and are ordered in the exhibitor portal until the end of build-up day.",
            ],
        ),
        (
            "4. Delegate registration",
            [
                "Every person from a vendor firm who attends the buyer meetings or the fab visit without an exhibitor "
                "badge registers as a delegate. Delegate registration is RMB 420 per delegate, capped at RMB 2,100 "
                "per firm, and covers lunch on the three fair days and the fab-visit coach.",
            ],
        ),
        (
            "5. Build-up and dismantling",
            [
                "Build-up: Monday 25 September 2090, 08:00–20:00. Dismantling: Thursday 28 September from 17:30; the "
                "hall is cleared by 23:00. Material left after 23:00 is removed at the exhibitor's cost.",
            ],
        ),
        (
            "6. Matchmaking app",
            [
                "Every exhibitor and delegate can pre-book one-to-one buyer meetings in the matchmaking app from "
                "4 September 2090. Each meeting lasts thirty minutes.",
            ],
        ),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.MANUAL, "Silicon Corridor Buyers' Fair 2090 - Exhibitor manual v1.2",
              datetime.datetime(2090, 6, 10, 9, 0), "HICDA fair secretariat")  # fmt: skip


SCORING = [
    ["Criterion", "Weight"],
    ["Coverage closed on the backlog items assigned to the team", "40 %"],
    ["Bugs found and confirmed by Huaxin", "30 %"],
    ["Quality and reuse of the testbench code", "20 %"],
    ["Final review presentation", "10 %"],
]


def sprint_docx():
    doc = docx.Document()
    doc.add_paragraph("Tape-out Sprint 2090 — Rules, version 2", style="Title")
    doc.add_paragraph(
        "HICDA, PCDEF and Huaxin Microelectronics · 3 July 2090 · this version replaces version 1 of 10 April 2090"
    )
    for heading, paras in [
        (
            "1. What the Sprint is",
            [
                "Selected vendor teams work for four weeks, from Monday 9 October to Sunday 5 November 2090, on the "
                "real verification backlog of Huaxin's HX-7 memory-controller block, described in the block brief. "
                "Huaxin's verification leads score every team at the final review.",
            ],
        ),
        (
            "2. Places and teams",
            [
                "The Sprint has 16 team places. Each vendor sends a team of up to 6 people.",
                "The first week is on site at Huaxin's design centre in Hefei; in the other weeks the team may work "
                "remotely.",
            ],
        ),
        (
            "3. Fee",
            [
                "Every selected vendor pays the participation fee of RMB 16,000 per team, invoiced by PCDEF.",
            ],
        ),
        (
            "4. Tools and data",
            [
                "Each team gets four simulator licences and one formal-verification licence on Huaxin's cloud EDA "
                "farm. Design data stays on the farm; only reports approved by Huaxin leave it.",
            ],
        ),
        (
            "5. Awards",
            [
                "Prizes, the travel allowance and the award ceremony are set in HICDA's awards notice, published in "
                "Chinese.",
            ],
        ),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    doc.add_heading("6. Scoring", level=1)
    grid(doc, SCORING)
    save_docx(doc, v.SPRINT, "Tape-out Sprint 2090 - Rules v2", datetime.datetime(2090, 7, 3, 9, 0),
              "HICDA secretariat")  # fmt: skip


def zh_notice_docx():
    doc = docx.Document()
    doc.add_paragraph("Silicon Corridor 2090 合肥采购洽谈会 买家须知", style="Title")
    doc.add_paragraph("合肥集成电路设计产业联盟（HICDA）秘书处 · 2090年6月20日")
    for heading, paras in [
        (
            "一、报名",
            [
                "无晶圆厂芯片设计公司、晶圆代工厂、封装测试企业、EDA工具厂商、模组厂商及高校微电子实验室均可报名参加合肥采购洽谈会。",
                "买家报名免费，报名截止日期为2090年8月18日。每家买家机构最多可派4名代表参会，凭实名胸卡进入5号馆。",
            ],
        ),
        (
            "二、线上说明会",
            [
                "2090年6月至8月，秘书处在每月最后一个星期三北京时间15:00举行线上说明会，介绍巴基斯坦供应商的服务能力和洽谈流程。"
                "会议链接在报名确认邮件中发送。",
            ],
        ),
        (
            "三、采购意向",
            [
                "截至2090年6月15日，已有64家买家机构登记，登记的意向采购额约3.6亿元人民币，其中验证和后端设计服务占比最高。",
            ],
        ),
        (
            "四、一对一洽谈",
            [
                "每场一对一洽谈为30分钟，买家可通过洽谈App提前预约巴基斯坦供应商。洽谈结束后请在App中填写简短反馈。",
            ],
        ),
        (
            "五、晶圆厂参观",
            [
                "2090年9月27日下午组织买家和参展商参观合肥一家晶圆厂的展示中心，名额有限，须提前在门户网站登记，并携带身份证件。",
            ],
        ),
        ("六、欢迎晚宴", ["2090年9月26日晚举行欢迎晚宴，具体地点另行通知。"]),
        ("七、联系方式", ["HICDA秘书处买家服务组，邮箱buyers@hicda.example。"]),
    ]:
        doc.add_heading(heading, level=1)
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, v.ZH_NOTICE, "Silicon Corridor 2090 买家须知", datetime.datetime(2090, 6, 20, 9, 0), "HICDA秘书处")


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
    writer.add_metadata({"/Title": title, "/Producer": "Silicon Corridor document office", "/Author": author})
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


BACKLOG = [
    ("AXI4 interface coverage holes", "146", "UVM coverage"),
    ("DFI PHY interface assertions unproven", "37", "formal"),
    ("Refresh scheduler regressions failing", "58", "simulation"),
    ("Low-power state transitions untested", "24", "power-aware simulation"),
    ("Scan chain DRC violations", "19", "DFT"),
    ("Timing exceptions (SDC) not reviewed", "73", "STA"),
    ("Register map tests missing", "112", "UVM RAL"),
    ("Gate-level simulation mismatches", "9", "GLS"),
]


def block_pdf():
    ops = [
        ("t", 50, 748, "HX-7 memory-controller block \u2014 Sprint brief and verification backlog", "/F2", 15),
        (
            "t",
            50,
            730,
            "Tape-out Sprint 2090 \u00b7 Huaxin Microelectronics with HICDA \u00b7 31 August 2090",
            "/F1",
            9,
        ),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "HX-7 is the LPDDR5 memory-controller subsystem of a Huaxin application processor. Its RTL is frozen; the",
            "Sprint teams close the verification backlog below. The block has an AXI4 front end, a refresh and",
            "power-down scheduler, a DFI interface to the PHY and a UPF power intent with three power states.",
        ],
    )
    y -= 10
    ops.append(("t", 50, y, "Table 1. Open backlog at hand-over", "/F2", 11))
    y -= 22
    cols = (56, 330, 420)
    for x, head in zip(cols, ("Backlog item", "Open items", "Method")):
        ops.append(("t", x, y, head, "/F2", 10))
    rule(ops, y - 6, 0.5)
    y -= 22
    for row in BACKLOG:
        for x, val in zip(cols, row):
            ops.append(("t", x, y, val, "/F1", 10))
        rule(ops, y - 6)
        y -= 20
    y -= 14
    text_block(
        ops,
        y,
        [
            "Backlog areas are assigned to the teams at the kick-off; each team works on one or two areas.",
            "Every closed item is reviewed by a Huaxin verification lead before it counts for the team's score.",
            "Waveforms, logs and coverage databases stay on the cloud EDA farm.",
        ],
    )
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.BLOCK, [ops], "HX-7 block brief", "Huaxin Microelectronics")


REPORT_ROWS = [
    ("Matchmaking day", "Wuxi, 15 November 2089 (one day)"),
    ("Pakistani vendors", "14"),
    ("Chinese buyer organisations", "27"),
    ("Stand fee", "RMB 12,000 flat, every stand"),
    ("Delegate fee", "RMB 300 per delegate, no cap"),
    ("Exchange rate used for invoices", "RMB 1 = PKR 39.80"),
    ("Sprint", "two weeks, 6 teams of up to 3 people"),
    ("Sprint participation fee", "RMB 9,000 per team"),
    ("Sprint winner's prize", "RMB 60,000"),
    ("Contracts signed", "5 contracts worth RMB 21 million"),
]


def report_pdf():
    ops = [
        ("t", 50, 748, "Silicon Corridor 2089 pilot round \u2014 Final report", "/F2", 16),
        ("t", 50, 730, "PCDEF with the HICDA secretariat \u00b7 12 December 2089", "/F1", 9),
    ]
    rule(ops, 720, 0.5)
    y = text_block(
        ops,
        700,
        [
            "The 2089 pilot round tried the Silicon Corridor idea on a small scale: a one-day matchmaking day in Wuxi",
            "and a short sprint on one verification block. The figures below are last year's pilot figures; they are",
            "not the 2090 rules, fees or dates, which are set in the 2090 programme documents.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2089 pilot round", "/F2", 12))
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
        "One day was too short for buyer meetings; the 2090 fair runs three days.",
        "Two weeks were too few to close a verification backlog; the 2090 sprint runs longer.",
        "Design verification and DFT vendors signed most contracts.",
        "Buyers asked for capability statements in Chinese from the first meeting.",
        "Vendors asked for pitch practice before the fair.",
    ]:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.REPORT, [ops], "Silicon Corridor 2089 pilot round - Final report", "PCDEF")


# ============================================================================ directory
CITY_ZH = {
    "Lahore": "拉合尔", "Karachi": "卡拉奇", "Islamabad": "伊斯兰堡", "Rawalpindi": "拉瓦尔品第", "Faisalabad": "费萨拉巴德",
    "Peshawar": "白沙瓦", "Multan": "木尔坦", "Sialkot": "锡亚尔科特", "Gujranwala": "古杰兰瓦拉", "Hyderabad": "海得拉巴",
    "Quetta": "奎达", "Abbottabad": "阿伯塔巴德", "Gilgit": "吉尔吉特", "Mardan": "马尔丹", "Bahawalpur": "巴哈瓦尔布尔",
    "Sukkur": "苏库尔", "Jhelum": "杰赫勒姆", "Mingora": "明戈拉", "Sargodha": "萨戈达", "Hefei": "合肥", "Shanghai": "上海",
    "Shenzhen": "深圳", "Wuxi": "无锡", "Suzhou": "苏州", "Nanjing": "南京", "Hangzhou": "杭州", "Chengdu": "成都",
    "Xi'an": "西安", "Beijing": "北京", "Wuhan": "武汉",
}  # fmt: skip
CONCEPT_ZH = {
    "rtl": "RTL设计", "dv": "设计验证", "formal": "形式验证", "pd": "后端设计", "sta": "时序收敛", "dft": "可测性设计",
    "ams": "模拟版图", "fpga": "FPGA原型验证", "eda": "EDA流程自动化", "pcb": "PCB设计与信号完整性", "psv": "芯片回片验证",
    "ate": "ATE测试程序开发", "yield": "良率与晶圆图分析", "bsp": "固件与板级支持包", "drivers": "驱动开发",
    "docs": "芯片文档编写", "ip": "IP集成", "mems": "MEMS建模仿真",
}  # fmt: skip
INDUSTRY = {
    "rtl": "fabless chip companies", "dv": "fabless chip companies", "formal": "fabless chip companies",
    "pd": "fabless chip companies", "sta": "foundry design-service teams", "dft": "OSAT packaging-and-test houses",
    "ams": "analog chip makers", "fpga": "EDA tool vendors", "eda": "EDA tool vendors", "pcb": "module makers",
    "psv": "fabless chip companies", "ate": "OSAT packaging-and-test houses", "yield": "foundries",
    "bsp": "module makers", "drivers": "module makers", "docs": "fabless chip companies",
    "ip": "fabless chip companies", "mems": "university microelectronics labs",
}  # fmt: skip
GENERIC = [
    "web development", "mobile app development", "cloud migration", "DevOps", "data analytics", "Power BI dashboards",
    "ERP integration", "custom software development", "API development", "WeChat mini-programs", "微信小程序开发",
    "chatbots", "computer vision", "machine learning", "edge AI", "IT staff augmentation", "dedicated development teams",
    "软件外包", "系统集成", "system integration", "network installation", "cybersecurity audits", "penetration testing",
    "data migration", "24/7 helpdesk", "Chinese localisation", "中文本地化", "Urdu localisation", "PLC programming",
    "IoT gateways", "LoRaWAN integration", "data warehousing", "report automation", "RPA bots", "IT consulting",
    "数字化咨询", "project management", "Mobile App Development", "Flutter apps", "document management", "e-invoicing",
    "HR software", "accounting software", "GIS mapping", "data labelling", "hardware procurement", "server hosting",
    "backup & disaster recovery", "low-code apps", "training & capacity building", "microservices", "Kubernetes ops",
    "data engineering", "ETL pipelines", "UX research", "UI/UX design", "Java development", ".NET development", "云迁移",
    "运维服务", "HPC cluster administration", "Linux administration", "licence server administration",
    "engineering staffing", "corporate training", "semiconductor market research", "patent drafting",
    "export documentation", "ISO audit preparation", "component sourcing", "BOM management",
    "product lifecycle management", "3D mechanical CAD", "enclosure design", "thermal simulation", "antenna design",
    "MES integration", "SCADA dashboards", "cleanroom monitoring software", "supply chain analytics",
    "Excel automation", "e-learning content", "LMS development", "AR/VR apps", "payment gateway integration",
    "translation services", "翻译服务", "数据标注", "recruitment services", "Six Sigma training", "industrial design",
]  # fmt: skip
TECH = [
    "SystemVerilog;UVM;Python", "Verilog;Tcl;Linux", "SystemVerilog;SVA;Python", "Tcl;Python;Perl", "C;C++;Linux",
    "Python;pandas;PostgreSQL", "Verilog;VHDL;Tcl", "C;Yocto;Linux", "Python;Tcl;Git;Jenkins", "C++;Python;Qt",
    "SPICE;Python;Tcl", "C;Python;LabVIEW",
]  # fmt: skip
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
# id | name | name_zh | city | founded | employees | concepts | certifications | languages | pitched | domain
D = """
PK-001|Ravi Silicon Works (Pvt) Ltd|拉维硅工坊|Lahore|2041|640|rtl dv pd|ISO 9001;ISO/IEC 27001:2022;CMMI Level 3|English;Urdu;Mandarin|yes|ravisilicon
PK-002|Margalla Verification Labs|马尔加拉验证实验室|Islamabad|2068|85|dv formal|ISO/IEC 27001:2022|English;Urdu|yes|margallaverif
PK-003|Indus Timing Closure|印度河时序|Karachi|2074|40|sta pd|ISO 9001|English;Urdu;Sindhi|no|industiming
PK-004|Potohar Physical Design|波托哈尔后端设计|Rawalpindi|2079|55|pd sta|none|English;Urdu|no|potoharpd
PK-005|Sialkot Scan & Test|锡亚尔科特扫描测试|Sialkot|2085|12|dft ate|none|English;Urdu;Punjabi|no|sialkotscan
PK-006|Karachi Analog Layout House|卡拉奇模拟版图|Karachi|2062|130|ams pcb|ISO 9001|English;Urdu|no|khianalog
PK-007|Faisal FPGA Prototyping|费萨尔FPGA原型|Faisalabad|2077|28|fpga eda|none|English;Urdu;Punjabi|no|faisalfpga
PK-008|Lahore EDA Scripts|拉合尔EDA脚本|Lahore|2081|18|eda|none|English;Urdu;Punjabi|no|lahoreeda
PK-009|Peshawar Board Design|白沙瓦电路板设计|Peshawar|2066|34|pcb bsp|ISO 9001|English;Urdu;Pashto|no|peshawarboard
PK-010|Mehran Bring-up Engineering||Hyderabad|2083|22|psv bsp|none|English;Urdu;Sindhi|no|mehranbringup
PK-011|Quetta Yield Analytics|奎达良率分析|Quetta|2072|16|yield|ISO 9001|English;Urdu;Pashto|no|quettayield
PK-012|Chenab Firmware Studio|杰纳布固件|Gujranwala|2070|48|bsp drivers|ISO 9001|English;Urdu;Punjabi|no|chenabfw
PK-013|Abbottabad Datasheet Co.||Abbottabad|2084|6|docs|none|English;Urdu|no|abbottdocs
PK-014|Crescent IP Integration|新月IP集成|Islamabad|2058|310|ip rtl dv|ISO 9001;ISO/IEC 27001:2022;CMMI Level 3|English;Urdu;Mandarin|yes|crescentip
PK-015|Multan MEMS Modelling|木尔坦MEMS建模|Multan|2076|26|mems|ISO 9001|English;Urdu;Saraiki|no|multanmems
PK-016|Jhelum Test Programs|杰赫勒姆测试程序|Jhelum|2069|64|ate yield|IATF 16949|English;Urdu|no|jhelumate
PK-017|Gilgit Silicon Docs|吉尔吉特芯片文档|Gilgit|2086|9|docs pcb|none|English;Urdu;Shina|no|gilgitdocs
PK-018|Saraiki Sensor Sims||Bahawalpur|2080|14|mems pcb|none|English;Urdu;Saraiki|no|saraikisensor
PK-019|National Chip Design Company|国家芯片设计公司|Karachi|1995|2500|rtl dv pd dft ip ams|ISO 9001;ISO/IEC 27001:2022;ISO 26262 (functional safety);CMMI Level 3|English;Urdu;Mandarin|yes|nationalchip
PK-020|Mardan Formal Methods|马尔丹形式验证|Mardan|2082|11|formal||English;Urdu;Pashto|no|mardanformal
PK-021|Lahore Post-Silicon Lab|拉合尔回片验证实验室|Lahore|2064|175|psv ate|ISO 9001;IATF 16949|English;Urdu;Punjabi|yes|lahorepsv
PK-022|Islamabad DFT Partners|伊斯兰堡可测性设计|Islamabad|2055|120|dft sta|ISO 9001;ISO/IEC 27001:2022|English;Urdu|no|isbdft
PK-023|Sukkur Layout Studio|苏库尔版图工作室|Sukkur|2078|20|ams|none|English;Urdu;Sindhi|no|sukkurlayout
PK-024|Rawal Driver Works|拉瓦尔驱动|Rawalpindi|2079|38|drivers bsp|ISO 9001|English;Urdu|no|rawaldrivers
PK-025|Hyderabad Verification Cloud|海得拉巴验证云|Hyderabad|2073|95|dv fpga|ISO/IEC 27001:2022|English;Urdu;Sindhi;Mandarin|no|hydverif
PK-026|Thal EDA Automation||Faisalabad|2087|5|eda|none|English;Urdu|no|thaleda
PK-027|Punjab Wafer Analytics|旁遮普晶圆分析|Lahore|2061|70|yield ate|ISO 9001|English;Urdu;Punjabi|no|punjabwafer
PK-028|Kohat Embedded Systems|科哈特嵌入式|Peshawar|2071|44|bsp drivers pcb|ISO 9001|English;Urdu;Pashto|no|kohatembedded
PK-029|Indus SoC Integration|印度河SoC集成|Karachi|2067|160|ip pd|ISO 9001;CMMI Level 3|English;Urdu|no|indussoc
PK-030|Pak Semicon Services|巴基斯坦半导体服务|Islamabad|2040|900|rtl dv dft pd psv|ISO 9001;ISO/IEC 27001:2022;CMMI Level 3|English;Urdu;Mandarin|yes|paksemicon
PK-031|Bolan Chip Labs||Quetta|2088|4|fpga|none|English;Urdu;Balochi|no|bolanchip
PK-032|Karachi Mixed-Signal Design|卡拉奇混合信号设计|Karachi|2060|210|ams rtl|ISO 9001;ISO 26262 (functional safety)|English;Urdu;Mandarin|yes|khimixed
PK-033|Sargodha Signal Integrity||Sargodha|2075|30|pcb|ISO 9001|English;Urdu;Punjabi|no|sargodhasi
PK-034|Silicon Valley of Lahore Technologies|拉合尔硅谷科技|Lahore|2084|60|eda dv|ISO/IEC 27001:2022|English;Urdu|no|svlahore
PK-035|Margalla Test Engineering|马尔加拉测试工程|Islamabad|2063|90|ate dft|ISO 9001|English;Urdu|no|margallatest
PK-036|Swat Valley Firmware||Mingora|2082|8|bsp||English;Urdu;Pashto|no|swatfirmware
PK-037|Lahore Drivers & Kernel|拉合尔驱动与内核|Lahore|2076|52|drivers|ISO/IEC 27001:2022|English;Urdu;Punjabi|no|lhrkernel
PK-038|Karachi Timing Experts|卡拉奇时序专家|Karachi|2059|140|sta pd|ISO/IEC 27001:2022;ISO 9001|English;Urdu|no|khitiming
PK-039|Sialkot Yield Data|锡亚尔科特良率数据|Sialkot|2080|24|yield eda|none|English;Urdu;Punjabi|no|sialkotyield
PK-040|Nanga Parbat Analog|南迦帕尔巴特模拟|Gilgit|2074|45|ams mems|ISO 9001|English;Urdu|no|nangaanalog
PK-041|Bahawalpur Bring-up Services||Bahawalpur|2084|17|psv|none|English;Urdu;Saraiki|no|bwpbringup
PK-042|Islamabad IP Cores|伊斯兰堡IP核|Islamabad|2071|75|ip rtl|ISO 9001|English;Urdu|yes|isbipcores
PK-043|Quaid Formal & DV|真纳形式验证|Karachi|2066|105|formal dv|ISO/IEC 27001:2022;CMMI Level 3|English;Urdu;Mandarin|no|quaidformal
PK-044|Multan Tech Writers||Multan|2078|12|docs||English;Urdu;Saraiki|no|multanwriters
PK-045|Frontier FPGA Emulation|边疆FPGA仿真|Peshawar|2089|3|fpga|none|English;Urdu;Pashto|no|frontierfpga
CN-001|Hefei Xinchuang Microelectronics Co., Ltd.|合肥芯创微电子|Hefei|2052|1200|rtl dv ip|ISO 9001;ISO/IEC 27001:2022|Mandarin;English|no|hfxinchuang
CN-002|Shanghai Zhenyan Formal Tech Co., Ltd.|上海真验形式科技|Shanghai|2071|140|formal dv|ISO/IEC 27001:2022|Mandarin;English|yes|zhenyanformal
CN-003|Shenzhen Kuaiyuan FPGA Co., Ltd.|深圳快原FPGA|Shenzhen|2066|260|fpga eda|ISO 9001|Mandarin;English|no|kuaiyuanfpga
CN-004|Wuxi Cefeng Test Co., Ltd.|无锡测峰测试|Wuxi|2049|820|ate yield dft|ISO 9001;IATF 16949|Mandarin|no|cefengtest
CN-005|Suzhou Jingyuan Yield Data Co., Ltd.|苏州晶圆良率数据|Suzhou|2075|95|yield|ISO/IEC 27001:2022|Mandarin;English|no|jyyield
CN-006|Nanjing Houduan Design Co., Ltd.|南京后端设计|Nanjing|2058|330|pd sta|ISO 9001|Mandarin;English|no|njhouduan
CN-007|Hangzhou Moni Layout Co., Ltd.|杭州模拟版图|Hangzhou|2069|150|ams|ISO 9001|Mandarin|no|hzmoni
CN-008|Chengdu Chuangan MEMS Co., Ltd.|成都传感MEMS|Chengdu|2063|110|mems pcb|ISO 9001;ISO 26262 (functional safety)|Mandarin;English|no|cdmems
CN-009|Xi'an Qudong Software Co., Ltd.|西安驱动软件|Xi'an|2081|70|drivers bsp|ISO/IEC 27001:2022|Mandarin|no|xaqudong
CN-010|Beijing Fangzhen Emulation Co., Ltd.|北京仿真加速|Beijing|2056|400|fpga dv|ISO 9001;ISO/IEC 27001:2022|Mandarin;English|yes|bjfangzhen
CN-011|Wuhan Xinban Board Design Co., Ltd.|武汉芯板设计|Wuhan|2077|85|pcb psv|TISAX|Mandarin|no|whxinban
CN-012|Hefei Huice IP Co., Ltd.|合肥汇测IP|Hefei|2073|120|ip docs|ISO 9001|Mandarin;English|yes|hfhuice
CN-013|Shanghai Tiaoshi Bring-up Co., Ltd.|上海调试回片|Shanghai|2080|60|psv ate|IATF 16949;ISO 9001|Mandarin;English|no|shtiaoshi
CN-014|Shenzhen Wendang Tech Writing Co., Ltd.|深圳文档技术写作|Shenzhen|2085|25|docs||Mandarin;English|no|szwendang
CN-015|Suzhou EDA Flow Co., Ltd.|苏州EDA流程|Suzhou|2064|180|eda sta|ISO/IEC 27001:2022;CMMI Level 3|Mandarin|no|szedaflow
"""
NO_DESC_ZH = {"PK-010", "PK-013", "PK-018", "PK-026", "PK-031", "PK-033", "PK-036", "PK-041", "PK-044"}


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
        shown = [s if s.isascii() else v.SERVICE_FORMS[k][0] for s, k in zip(svc, keys)]  # English prose
        main = " and ".join(shown[:2])
        article = "an" if city[0] in "AEIOU" else "a"
        desc = f"{short} is {article} {city} firm that offers {main} to {inds[0]}."
        if len(inds) > 1:
            desc += f" It also works for {', '.join(inds[1:])}."
        desc_zh = (
            "" if cid in NO_DESC_ZH else f"{CITY_ZH[city]}企业，主要提供{'、'.join(CONCEPT_ZH[k] for k in keys)}服务。"
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
O, CA, MA, IN, FQ, CT = v.OVERVIEW, v.CALL, v.MANUAL, v.INVOICING, v.FAQ, v.CONTACTS
SP, BL, ZN, AW, UG, WA, VE, CO = v.SPRINT, v.BLOCK, v.ZH_NOTICE, v.AWARDS, v.UR_GUIDE, v.WHATSAPP, v.VENUE, v.CORRECTION
STAFF = v.STAFF
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    ("en-01", P, "who organised that feb 2022 shanghai webinar the programme started from?", [O], v.WEBINAR,
     "the real February 2022 webinar, named once in the overview"),
    ("en-02", P, "when is the last date to apply for the hefei fair?", [CA], ["second Friday of May"],
     "computed: weekday rule (second Friday of May 2090), the calendar date is printed nowhere"),
    ("en-03", P, "we are a 12-person DV team in Sialkot, incorporated in 2085 and ISO 9001 certified. are we eligible "
     "for the fair?", [CA], ["at least 8", "ISO 9001", "at least 2 years"],
     "eligibility: meets all three thresholds (8 engineers, 2 years, ISO 9001 or ISO/IEC 27001)"),
    ("en-04", P, "space-only fee?", [MA], ["RMB 42,500", "42,500"],
     "two words; amendment v1.2 sets RMB 42,500; the body text still says RMB 38,000 (v1.0); 2089 flat fee 12,000"),
    ("en-05", P, "whats the 9 m2 shell scheme stand in rupees", [IN, MA], ["41.35", "14,400"],
     "computed: RMB 14,400 (manual) x 41.35 (rate only on the invoicing page)"),
    ("en-06", P, "till when can chinese buyers sign up for the hefei fair?", [ZN],
     ["18 August", "18 August 2090", "8月18日"], "date written only in Chinese format (2090年8月18日)"),
    ("en-07", P, "we booked an 18 sqm shell stand and paid the deposit. how much is still due, and by which date?",
     [IN, MA], ["65 %", "28 days before the fair opens"],
     "computed: balance 65 % of RMB 25,600, due 28 days before Tuesday 26 September 2090"),
    ("en-08", P, "our sprint login to the simulation servers stopped working. who do we write to?", [CT],
     ["Wang Lei", "edafarm@huaxin.example"], "contacts table row; the question does not name the role"),
    ("en-09", P, "how many register map tests are still missing on HX-7?", [BL], ["112"],
     "a row of the PDF backlog table only"),
    ("en-10", DIR, "pakistani DV shops with more than 100 engineers?", [], [], "DV synonyms; PK; head count > 100"),
    ("en-11", DIR, "who does DFT or scan insertion and has been around since before 2060?", [], [],
     "DFT synonyms; founded < 2060"),
    ("en-12", DIR, "chinese companies offering FPGA prototyping or emulation", [], [], "CN; FPGA synonyms"),
    ("en-13", DIR, "physical design / P&R firms in islamabad or rawalpindi", [], [], "P&R synonyms; two cities"),
    ("en-14", DIR, "ATE test program developers holding IATF 16949", [], [], "ATE synonyms; certification filter"),
    ("en-15", UN, "which vendor's simulators are installed on the sprint cloud EDA farm, synopsys or cadence?", [],
     STAFF, "near miss: the rules name the cloud EDA farm, not the tool vendor"),
    ("en-16", UN, "what process node is the HX-7 block on?", [], STAFF,
     "near miss: the block brief describes HX-7, not its process node"),
    ("en-17", UN, "who's giving the keynote at the opening ceremony in hefei?", [], STAFF,
     "near miss: the venue note gives the ceremony's time, not a speaker"),
    ("en-18", UN, "how many stands does hall 5 hold in total?", [], STAFF,
     "near miss: Hall 5 is named everywhere, its stand count nowhere"),
    ("en-19", UN, "when is silicon corridor 2091 and where will it be held?", [], STAFF, "near miss: a future round"),
    ("en-20", UN, "is it going to rain in hefei during the fair week?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    ("zh-01", P, "冲刺赛参赛费？", [SP], ["RMB 16,000", "16,000"],
     "short; rules v2 (v1: RMB 18,000; 2089 pilot: RMB 9,000); answer in English"),
    ("zh-02", P, "7月份的买家线上说明会是几号？", [ZN], ["最后一个星期三"],
     "computed: 每月最后一个星期三 in July 2090; the calendar date is printed nowhere"),
    ("zh-03", P, "我们公司去7个人，都没有参展证，代表注册费一共要交多少？", [MA, CO], ["420"],
     "computed: 7 x RMB 420 is above the cap, which the correction notice lowers from RMB 2,100 to RMB 1,680"),
    ("zh-04", P, "巴方组织的mock pitch八月份是哪天？", [WA], ["teesre Saturday"],
     "computed: the Roman Urdu rule (third Saturday, June to August) for August 2090; answer in Roman Urdu"),
    ("zh-05", P, "样机板子最晚几号要运到合肥？", [FQ], ["20 September", "Wednesday 20 September 2090", "9月20日"],
     "FAQ heading answered in other words; answer in English"),
    ("zh-06", P, "汇率？", [IN], ["41.35", "RMB 1 = PKR 41.35"], "one word; answer in English"),
    ("zh-07", P, "订金比例？", [IN], ["35 %", "35%"], "one word; answer in English"),
    ("zh-08", P, "我们想订36平米的光地展位，先要付多少订金？", [IN, MA], ["35 %", "42,500"],
     "computed: 35 % deposit of the amended RMB 42,500 (body text still shows RMB 38,000)"),
    ("zh-09", DIR, "做后端设计的巴基斯坦公司里，有没有完全没有任何认证的？", [], [],
     "Chinese service name; certifications 'none' (not unknown)"),
    ("zh-10", DIR, "新月IP集成是哪家公司？在哪个城市？", [], [], "company named by its Chinese name"),
    ("zh-11", DIR, "做模拟版图的公司里，员工在30到200人之间的有哪些？", [], [],
     "Chinese service name; head count between (inclusive)"),
    ("zh-12", DIR, "在2022年网络研讨会上做过推介、做形式验证的公司有哪些？", [], [], "pitched at the webinar + formal"),
    ("zh-13", DIR, "做良率分析、成立超过25年的公司有哪些？", [], [], "in business more than 25 years (2090)"),
    ("zh-14", UN, "颁奖典礼在哪里举行？", [], STAFF, "near miss: the awards notice gives the date, not the place"),
    ("zh-15", UN, "冠军拿到的华芯付费试点合同金额是多少？", [], STAFF,
     "near miss: the paid pilot contract is named, its amount is not"),
    ("zh-16", UN, "晶圆厂参观一共有多少个名额？", [], STAFF, "near miss: places are 'limited', no number given"),
    ("zh-17", UN, "展位早鸟价有没有优惠？", [], STAFF, "near miss: no early-bird discount is offered"),
    ("zh-18", UN, "合肥有什么好吃的小吃推荐？", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    ("ur-01", P, "ہم PCDEF کے رکن ہیں، اسٹینڈ فیس کا کتنا حصہ واپس ملے گا اور زیادہ سے زیادہ کتنی رقم؟", [UG],
     ["400,000 روپے", "400,000", "50 فیصد"], "Urdu-only fact in the right-to-left guide"),
    ("ur-02", P, "ہماری فرم میں 6 انجینئر ہیں، کمپنی 2082 سے کام کر رہی ہے اور ISO 27001 بھی ہے۔ کیا ہم میلے کے لیے درخواست "
     "دے سکتے ہیں؟", [CA], ["at least 8", "8 engineers"],
     "eligibility: fails the engineer threshold only; answer in English"),
    ("ur-03", P, "اسپرنٹ میں ایک ٹیم میں زیادہ سے زیادہ کتنے انجینئر جا سکتے ہیں؟", [SP], ["up to 6 people", "6 افراد"],
     "rules v2: up to 6 (v1 said 4; 2089 pilot 3); answer in English"),
    ("ur-04", P, "ہیفے میں فیب کا دورہ کس تاریخ کو ہے؟", [ZN], ["27 September", "27 September 2090", "9月27日"],
     "date written only in Chinese format (2090年9月27日); answer in Chinese"),
    ("ur-05", P, "اسپرنٹ کی ہر منتخب ٹیم کو سفری الاؤنس کتنا ملتا ہے؟", [AW], ["15,000", "RMB 15,000", "1.5万"],
     "amount written only with 万 (1.5万元) in the Chinese awards notice"),
    ("ur-06", P, "ہمارے 3 لوگ بطور ڈیلیگیٹ جائیں گے، رجسٹریشن فیس کل کتنی ہوگی؟", [MA], ["420"],
     "computed: 3 x RMB 420, below the cap"),
    ("ur-07", P, "کیا دو کمپنیاں مل کر ایک اسٹینڈ لے سکتی ہیں؟", [FQ], ["18 m²", "written approval of PCDEF"],
     "FAQ heading answered in other words; answer in English"),
    ("ur-08", DIR, "راولپنڈی یا پشاور میں فرم ویئر والی کمپنیاں کون سی ہیں؟", [], [],
     "firmware/BSP synonyms incl. an Urdu value; two cities"),
    ("ur-09", DIR, "ٹائمنگ کلوژر والی وہ کمپنیاں جن کے پاس ISO 27001 نہیں ہے", [], [],
     "negation on a certification; no candidate has an unknown cell"),
    ("ur-10", DIR, "پی سی بی ڈیزائن والی کمپنیاں جن کے 40 سے کم ملازمین ہوں", [], [], "Urdu service name; head count < 40"),
    ("ur-11", DIR, "2080 کے بعد بننے والی پاکستانی سلیکون برنگ اپ کمپنیاں", [], [], "PK; founded after 2080"),
    ("ur-12", UN, "PCDEF کے لاہور دفتر کا پتہ کیا ہے؟", [], STAFF,
     "near miss: the Urdu guide names the Lahore office, not its address"),
    ("ur-13", UN, "HX-7 بلاک میں کتنے گیٹس ہیں؟", [], STAFF, "near miss: the block is described, its gate count is not"),
    ("ur-14", UN, "اگر ہم اسٹینڈ منسوخ کر دیں تو کتنی رقم واپس ملے گی؟", [], STAFF,
     "near miss: payment is covered, cancellation refunds are not"),
    # ---------------------------------------------------------------- Roman Urdu
    ("ul-01", P, "hamari company 2089 mein register hui thi, 15 engineers hain aur ISO 9001 bhi hai. kya hum hefei fair "
     "ke liye apply kar sakte hain?", [CA], ["at least 2 years", "2 years of trading"],
     "eligibility: fails the two-years-of-trading threshold only"),
    ("ul-02", P, "sprint mein total kitni teams select hongi?", [SP], ["16 team places", "16 teams"],
     "rules v2: 16 places (v1: 12; 2089 pilot: 6)"),
    ("ul-03", P, "sprint ki fee rupay mein kitni banegi?", [SP, IN], ["16,000", "41.35"],
     "computed: RMB 16,000 (rules v2) x 41.35 (v1 fee RMB 18,000)"),
    ("ul-04", P, "hotel se expo centre wali shuttle subah kitne baje nikalti hai?", [CO, VE], ["07:30", "7:30"],
     "the correction notice moves the shuttle from 08:00 to 07:30"),
    ("ul-05", P, "kya sprint mein hum apne EDA tool licences use kar sakte hain?", [FQ],
     ["cloud EDA farm", "install nothing"], "FAQ heading answered in other words"),
    ("ul-06", P, "hamare accounts wale PCDEF ke bill ki duplicate copy mang rahe hain, kis se baat karein?", [CT],
     ["Faisal Rana", "invoices@pcdef.example"], "contacts table row; the question does not name the role"),
    ("ul-07", P, "sprint aur 9 m2 wala shell stand dono lein to RMB mein total kitna hoga?", [SP, MA],
     ["16,000", "14,400"], "computed: two fees from two documents, RMB 16,000 (rules v2) + RMB 14,400 (manual)"),
    ("ul-08", DIR, "EDA scripting ya flow automation wali companies Lahore ya Sialkot mein kaun si hain?", [], [],
     "EDA synonyms; two cities"),
    ("ul-09", DIR, "device drivers wali firms jo 2075 ke baad bani hon", [], [], "drivers synonyms; founded after 2075"),
    ("ul-10", DIR, "MEMS ya sensor simulation wali companies jin ke paas ISO 9001 ho", [], [], "certification filter"),
    ("ul-11", DIR, "Pakistani datasheet writing firms jin ke 8 se kam log hon", [], [],
     "PK; head count < 8; a single company"),
    ("ul-12", UN, "hotel wali shuttle bus ka kiraya kitna hai?", [], STAFF,
     "near miss: the shuttle's times are given, not a fare"),
    ("ul-13", UN, "PCDEF ka bank account number ya IBAN kya hai? transfer karna hai", [], STAFF,
     "near miss: the invoicing page points to the account on the invoice"),
    ("ul-14", UN, "mock pitch session ki fees kitni hai?", [], STAFF,
     "near miss: the announcement names the mock pitch, no fee"),
    # ---------------------------------------------------------------- mixed
    ("mx-01", P, "HX-7 mein AXI4 coverage holes kitne open hain? 一共多少个", [BL], ["146"],
     "a row of the PDF backlog table only"),
    ("mx-02", P, "stand ka balance kab tak jama karna hai? 尾款截止日期是哪天", [IN], ["28 days before the fair opens"],
     "computed: 28 days before Tuesday 26 September 2090"),
    ("mx-03", P, "tape-out sprint ki applications kab band hongi? exact date batao", [CA], ["last Monday of August"],
     "computed: weekday rule (last Monday of August 2090)"),
    ("mx-04", P, "hum ISO 26262 certified hain lekin ISO 9001 nahi, 20 engineers, 2070 se kaam kar rahe hain. eligible "
     "hain? 可以报名吗", [CA], ["ISO 9001 or ISO/IEC 27001", "either ISO 9001 or ISO/IEC 27001"],
     "eligibility: fails the certification condition only"),
    ("mx-05", P, "sprint mein har team ko kitne simulator licences milenge? 几个", [SP],
     ["four simulator licences", "4 licences"], "rules v2: four (v1: two)"),
    ("mx-06", P, "sprint jeetne wali team ka prize kitna hai? 冠军奖金多少", [AW], ["120,000", "RMB 120,000", "12万"],
     "amount written only with 万 (12万元) in the Chinese awards notice; 2089 prize RMB 60,000"),
    ("mx-07", P, "hamara contractor setup day pe apna booth Hall 5 mein lagayega, kis se coordinate karein? 联系谁", [CT],
     ["Zhou Peng", "stands@hicda.example"], "contacts table row; the question does not name the role"),
    ("mx-08", DIR, "IP integration wali companies jo 2022 webinar mein pitch kar chuki hain", [], [],
     "IP synonyms; pitched at the webinar"),
    ("mx-09", DIR, "Pakistan ki RTL design firms jin ke 150 se zyada employees hain", [], [], "PK; head count > 150"),
    ("mx-10", DIR, "FPGA prototyping wali Pakistani companies jo Mandarin bol sakti hain, 有吗？", [], [],
     "FPGA synonyms; PK; working language"),
    ("mx-11", DIR, "Gilgit mein koi ATE test program company hai?", [], [],
     "no matching company: the expected set is empty"),
    ("mx-12", UN, "Hall 5 ke Wi-Fi ka password kya hai? 密码是多少", [], STAFF,
     "near miss: the venue note covers Wi-Fi, not a password"),
    ("mx-13", UN, "2091 wala sprint kis chip pe hoga? 明年的冲刺赛", [], STAFF, "near miss: a future round"),
    ("mx-14", UN, "PSL final kab hai is saal? just curious", [], STAFF, "off-topic"),
]  # fmt: skip


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s42-{suffix}"
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


README_MD = """# sample-42 — "Silicon Corridor 2090"

A held-out evaluation knowledge base for the Pak–China Semiconductor Design Services Programme 2090 ("Silicon
Corridor 2090"): a Pakistani chip-design exporters' forum (PCDEF) and a Hefei IC design industry alliance (HICDA)
bring Pakistani firms doing RTL design, design verification and formal, physical design and STA, DFT/ATPG, analog
layout, FPGA prototyping, EDA flow scripting, PCB/SI, post-silicon bring-up, ATE test programs, yield analytics,
firmware/BSP, drivers, datasheet writing, IP integration and MEMS simulation to a buyers' fair in Hefei and a
four-week "Tape-out Sprint" on a chip block's verification backlog. The 17 programme documents (Markdown, text, HTML,
Word, PDF; English, Chinese, Urdu in right-to-left HTML, Roman Urdu and an English–Chinese glossary) include closing
dates and session dates given only by weekday rules (second Friday, last Monday, 每月最后一个星期三, teesre
Saturday), an exchange rate stated apart from the RMB fees, prizes and allowances written only with 万 and an amount
in 亿, a deposit-and-balance plan counted back from the fair, a per-delegate fee with a cap, eligibility thresholds,
a FAQ whose questions are its headings, a contacts-by-role table, an amendment history table inside the exhibitor
manual whose body still shows the first fee, dates written only in Chinese format, a correction notice, a superseded
version of the Sprint rules beside the current one and a report on last year's pilot round; `directory.csv` lists 60
companies. Everything here except the February 2022 Shanghai webinar named in the overview is fictional: the
organisers, the chip company, people, companies, fees, dates, offices, phone numbers and `.example` addresses are
invented. `questions-42.jsonl` holds the 80 frozen questions; `build_sample42.py` writes these files and
`validate_sample42.py` checks them.
"""


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    (v.KB / "README.md").write_bytes(README_MD.encode("utf-8"))
    text_docs()
    manual_docx()
    sprint_docx()
    zh_notice_docx()
    block_pdf()
    report_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote {len(v.DOCS)} documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
