"""Build the binary and byte-exact parts of sample-37 ("Brick Bloom 2085").

Writes Annex B (a footnoted fee sheet in Word), the Urdu Tower Trial onboarding note (right-to-left Word with a
table), the Jade Harbour Tower site price list (Word, English then Chinese), the Shenzhen fair briefing slides (a
slide deck exported to PDF, landscape, one slide a page), the 2084 pilot report (PDF), directory.csv and
questions-37.jsonl. The .md, .html and .txt documents are written by hand. Directory answer sets and computed answers
come from validate_sample37 (FILTERS, COMPUTED). Running it twice gives the same bytes.
"""

import csv
import datetime
import io
import json
import sys
import zipfile
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample37 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2085, 1, 15, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Brick Bloom 2085"
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


def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


# ============================================================================ Annex B: the footnoted fee sheet
def annex_b_docx():
    doc = docx.Document()
    doc.add_paragraph("Annex B — Participation fees, Tower Trial charges and cost-sharing grants", style="Title")
    doc.add_paragraph(
        "Brick Bloom 2085 · Annex B to the Programme Rules · PPSHC programme office, Lahore · 12 June 2085. "
        "The participation fee depends on the firm's head count on the day it applies."
    )
    doc.add_heading("1. Participation fee", level=1)
    grid(
        doc,
        [
            ["Band", "Head count", "Participation fee (PKR)¹"],
            ["Band 1", "4–20", "45,000"],
            ["Band 2", "21–100", "95,000"],
            ["Band 3", "101–500", "165,000"],
            ["Band 4", "501 and more", "250,000"],
        ],
    )
    doc.add_heading("2. Tower Trial charges (vendors chosen for the Tower Trial only)", level=1)
    grid(
        doc,
        [
            ["Item", "Amount"],
            ["Tower Trial slot fee", "PKR 80,000 per firm"],
            ["Sensor-kit deposit", "RMB 3,000²"],
            ["Extra on-site badge (fourth person and more)", "PKR 15,000 per person"],
        ],
    )
    doc.add_heading("3. Cost-sharing grants", level=1)
    doc.add_paragraph(
        "Grants pay a share of eligible costs up to a cap per firm and are claimed after the cost is paid."
    )
    grid(
        doc,
        [
            ["Grant", "Share of eligible costs", "Cap per firm (PKR)", "Eligible costs"],
            ["Travel grant", "40%", "250,000", "Economy airfare and hotel for the Shenzhen fair"],
            ["Mandarin localisation grant", "60%", "150,000", "Simplified Chinese screens, reports and manuals"],
            ["Tower Trial hardware grant", "50%", "300,000", "Sensors, gateways and tablets installed in the tower"],
            ["Certification audit grant", "30%", "400,000", "ISO 41001 or ISO/IEC 27001 audit fees"],
        ],
    )
    doc.add_heading("Notes", level=1)
    doc.add_paragraph("¹ Fees exclude 16% sales tax on services, which is added to the invoice.")
    doc.add_paragraph(
        "² Per floor instrumented, not per company. The deposit is refunded within 30 days after the kit is returned "
        "undamaged."
    )
    save_docx(
        doc, v.ANNEX_B, "Brick Bloom 2085 - Annex B", datetime.datetime(2085, 6, 12, 10, 0), "PPSHC programme office"
    )


# ============================================================================ Urdu onboarding note (RTL Word)
def ur_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("برک بلوم ۲۰۸۵ — ٹاور ٹرائل وینڈرز کی آن بورڈنگ", style="Title"))
    rtl(doc.add_paragraph("پی پی ایس ایچ سی پروگرام آفس، لاہور — ۸ اگست ۲۰۸۵"))
    rtl(
        doc.add_paragraph(
            "یہ نوٹ ان کمپنیوں کے لیے ہے جو شینزین میلے کے بعد ٹاور ٹرائل کے لیے منتخب ہوں گی۔ نیچے دی گئی ہر دستاویز مقررہ "
            "تاریخ تک پروگرام پورٹل پر جمع کرانی ہے، ورنہ عمارت میں داخلے کا اجازت نامہ جاری نہیں ہوگا۔"
        )
    )
    rtl(doc.add_heading("دستاویزات اور آخری تاریخیں", level=1))
    t = grid(
        doc,
        [
            ["دستاویز", "آخری تاریخ", "تفصیل"],
            ["انجینئروں کے پاسپورٹ کی کاپیاں", "۱۵ ستمبر ۲۰۸۵", "چینی ویزا کے دعوت نامے انہی کی بنیاد پر بنتے ہیں"],
            ["سیکیورٹی کلیئرنس فارم", "۱۰ اکتوبر ۲۰۸۵", "ہر انجینئر کا الگ فارم، عمارت کے سیکیورٹی آفس کے لیے"],
            ["ہارڈویئر کی فہرست", "۲۰ اکتوبر ۲۰۸۵", "ہر سینسر، گیٹ وے اور ٹیبلٹ کا ماڈل اور تعداد"],
            ["ڈیٹا پروسیسنگ معاہدہ (دستخط شدہ)", "۲۴ اکتوبر ۲۰۸۵", "عمارت کے انتظامیہ کے ساتھ"],
        ],
    )
    t._tbl.tblPr.find(qn("w:tblW")).addprevious(OxmlElement("w:bidiVisual"))
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                rtl(p)
    rtl(doc.add_heading("عمارت میں پہلا دن", level=1))
    for text in [
        "پہلے دن تمام انجینئروں کے لیے عمارت کی حفاظتی تربیت لازمی ہے۔",
        "سائٹ پاس عمارت کے سیکیورٹی آفس سے ملتے ہیں؛ پاس کے بغیر تکنیکی منزلوں پر جانا منع ہے۔",
        "کسی بھی مسئلے پر ہیلپ لائن 0800-27425 پر رابطہ کریں۔",
    ]:
        rtl(doc.add_paragraph(text))
    save_docx(
        doc,
        v.UR_DOCX,
        "Brick Bloom 2085 - Tower Trial onboarding (Urdu)",
        datetime.datetime(2085, 8, 8, 11, 0),
        "PPSHC programme office",
    )


# ============================================================================ bilingual site price list (Word)
def prices_docx():
    doc = docx.Document()
    doc.add_paragraph("Jade Harbour Tower — site services price list for Tower Trial vendors", style="Title")
    doc.add_paragraph(
        "Cuigang Property Services with CPSDA · July 2085 · English version, followed by the Chinese version"
    )
    doc.add_heading("English version", level=1)
    for text in [
        "These services are booked through the tower's property service centre and invoiced to the vendor in RMB. "
        "Prices include 6% VAT.",
        "Hot desk on the tower's co-working floor (floor 3): RMB 1,150 per seat per month, booked for whole months.",
        "3D laser scan of a floor for a digital twin: RMB 18 per square metre of floor area. A standard trial floor is "
        "1,600 m².",
        "Dedicated fibre line to a trial floor: RMB 2,400 per floor per month.",
        "Drone roof inspection permit: RMB 800 per flight day; flights only between 07:00 and 09:00.",
        "Storage cage in the basement: RMB 300 per week.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("中文版", level=1)
    for text in [
        "以下服务通过大厦物业服务中心预订，以人民币向供应商开具发票，价格含6%增值税。",
        "大厦三层联合办公区固定工位：每个工位每月人民币1,150元，按整月预订。",
        "楼层三维激光扫描（用于数字孪生）：每平方米人民币18元；标准试用楼层面积为1,600平方米。",
        "试用楼层网络专线：每层每月人民币2,400元。",
        "无人机屋面巡检许可：每个飞行日人民币800元，仅限07:00至09:00飞行。",
        "地下室储物笼：每周人民币300元。",
        "周末及夜间施工须提前48小时向物业服务中心书面申请。",
    ]:
        doc.add_paragraph(text)
    save_docx(
        doc,
        v.PRICES,
        "Jade Harbour Tower - site services price list",
        datetime.datetime(2085, 7, 3, 9, 30),
        "Cuigang Property Services",
    )


# ============================================================================ PDFs (Helvetica, WinAnsi)
def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + text.encode("cp1252") + b")"


def write_pdf(name, pages, size, title, author):
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
        page = writer.add_blank_page(*size)
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
    writer.add_metadata({"/Title": title, "/Producer": "Brick Bloom document office", "/Author": author})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


SLIDES = [
    (
        "Shenzhen fair briefing for selected vendors",
        [
            "Brick Bloom 2085: Pak-China PropTech programme",
            "Shenzhen PropTech Matchmaking Fair, 16-18 October 2085",
            "PPSHC programme office, Lahore - 15 July 2085",
        ],
    ),
    (
        "The fair at a glance",
        [
            "Qianwan Exhibition Centre, Halls 3 and 5",
            "Three pitch rounds by product family",
            "Up to 12 pre-booked buyer meetings per vendor",
            "Site visit to Jade Harbour Tower on day 2",
        ],
    ),
    (
        "Your booth",
        [
            "Standard vendor booth: 3 m x 3 m, one table, two chairs",
            "Power supply: 2 kW per booth",
            "One 55-inch screen; bring your own HDMI adapter",
            "Fascia name in English and Chinese, sent by 1 September",
        ],
    ),
    (
        "Shipping demo kits",
        [
            "One crate per vendor through the programme's freight forwarder",
            "Crates must reach the Lahore consolidation warehouse by 20 September 2085",
            "Label every device with model and serial number",
            "No batteries over 100 Wh in the crate",
        ],
    ),
    (
        "Pitching well",
        [
            "Seven minutes per pitch, then five minutes of buyer questions",
            "Show a live system, not a video, whenever you can",
            "One slide in Chinese with your price model",
        ],
    ),
    (
        "After the fair: the Tower Trial",
        [
            "Ten vendors chosen on the last afternoon of the fair",
            "Six weeks in Jade Harbour Tower from 5 November",
            "Slot fee and deposits: see Annex B",
            "Onboarding details follow by e-mail",
        ],
    ),
    (
        "Travel and visas",
        [
            "CPSDA sends invitation letters for business visas",
            "Book economy fares; keep every receipt for the travel grant",
            "Programme hotels are listed on the portal",
        ],
    ),
    (
        "Contacts",
        [
            "Helpline 0800-27425 (Pakistan, toll-free)",
            "help@brickbloom.example",
            "Shenzhen office: Room 1208, Qianhai Partner Centre",
        ],
    ),
]


def slides_pdf():
    pages = []
    n = len(SLIDES)
    for i, (title, bullets) in enumerate(SLIDES, 1):
        ops = [("t", 56, 520, title, "/F2", 28), ("r", 56, 500, "500", "736", 1.5)]
        y = 440
        for b in bullets:
            ops.append(("t", 76, y, "\u2022  " + b, "/F1", 18))
            y -= 48
        ops.append(("t", 56, 36, "Brick Bloom 2085 \u00b7 Shenzhen fair briefing", "/F1", 10))
        ops.append(("t", 700, 36, f"{i} / {n}", "/F1", 10))
        pages.append(ops)
    write_pdf(v.SLIDES, pages, (792, 612), "Brick Bloom 2085 - Shenzhen fair briefing", "PPSHC programme office")


PILOT_FIGURES = [
    ("Pilot building", "Pearl Crest Plaza, Tianhe, Guangzhou"),
    ("Length of the pilot", "4 weeks, 6 May - 2 June 2084"),
    ("Pakistani vendors in the building", "7"),
    ("Participation fee", "PKR 70,000, one flat fee for every vendor"),
    ("Pass mark", "65 out of 100"),
    ("Vendors who passed", "5"),
    ("Pilot contracts signed", "3"),
    ("Total value of pilot contracts", "RMB 520,000"),
]
PILOT_TEXT = [
    "The 2084 pilot round tried the Tower Trial idea once, on a small scale, before the full Brick Bloom programme.",
    "Seven Pakistani vendors ran their systems in one Guangzhou office building for four weeks. The figures in this",
    "report are the pilot's own and are not this year's rules; the 2085 rules, fees and dates are set separately.",
]
PILOT_LESSONS = [
    "Four weeks were too short for the facility team to rely on a new system; 2085 runs six weeks.",
    "A single flat fee was hard on the smallest vendors; 2085 sets fee bands by head count.",
    "Reports in simplified Chinese decided most of the facility team's scores.",
    "Two vendors lost a week waiting for site passes; 2085 collects security forms before the trial.",
]


def pilot_pdf():
    ops = [
        ("t", 50, 748, "Tower Trial pilot round 2084 - Final report", "/F2", 16),
        ("t", 50, 730, "PPSHC programme office with the CPSDA secretariat - 20 June 2084", "/F1", 9),
        ("r", 50, 720, "720", "562", 0.5),
    ]
    y = 700
    for line in PILOT_TEXT:
        ops.append(("t", 50, y, line, "/F1", 10))
        y -= 14
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2084 pilot", "/F2", 12))
    y -= 20
    for label, val in PILOT_FIGURES:
        ops.append(("t", 56, y, label, "/F1", 10))
        ops.append(("t", 262, y, val, "/F1", 10))
        ops.append(("r", 50, y - 6, str(y - 6), "562", 0.3))
        y -= 20
    y -= 12
    ops.append(("t", 50, y, "What we learned", "/F2", 12))
    y -= 18
    for lesson in PILOT_LESSONS:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.PILOT, [ops], (612, 792), "Tower Trial pilot round 2084 - Final report", "PPSHC")


# ============================================================================ directory
CITY_ZH = {
    "Lahore": "拉合尔",
    "Karachi": "卡拉奇",
    "Islamabad": "伊斯兰堡",
    "Rawalpindi": "拉瓦尔品第",
    "Faisalabad": "费萨拉巴德",
    "Multan": "木尔坦",
    "Peshawar": "白沙瓦",
    "Sialkot": "锡亚尔科特",
    "Gujranwala": "古杰兰瓦拉",
    "Hyderabad": "海德拉巴",
    "Quetta": "奎达",
    "Bahawalpur": "巴哈瓦尔布尔",
    "Mardan": "马尔丹",
    "Sukkur": "苏库尔",
    "Abbottabad": "阿伯塔巴德",
    "Gujrat": "古杰拉特",
    "Shenzhen": "深圳",
    "Guangzhou": "广州",
    "Shanghai": "上海",
    "Beijing": "北京",
    "Hangzhou": "杭州",
    "Chengdu": "成都",
    "Wuhan": "武汉",
    "Xi'an": "西安",
    "Suzhou": "苏州",
}
CONCEPT_ZH = {
    "pms": "物业管理系统",
    "tenant": "租户与业主App",
    "bms": "楼宇自控看板",
    "meter": "智能电表与公用事业计费",
    "parking": "停车管理",
    "access": "门禁系统",
    "visitor": "访客管理",
    "cmms": "设施维修工单（CAFM/CMMS）",
    "lease": "租赁与租金台账",
    "listing": "房源发布平台",
    "virtual": "三维看房与虚拟导览",
    "construction": "施工进度管理",
    "drone": "无人机屋面巡检",
    "elevator": "电梯物联网监测",
    "energy": "能耗审计",
    "cowork": "联合办公预订",
    "hoa": "物业费收缴",
    "crm": "房产客户管理",
    "bim": "BIM与数字孪生",
}
INDUSTRY = {
    "pms": "residential property",
    "tenant": "residential property",
    "bms": "office towers",
    "meter": "utilities",
    "parking": "shopping malls",
    "access": "office towers",
    "visitor": "office towers",
    "cmms": "facility management",
    "lease": "commercial real estate",
    "listing": "real estate brokerage",
    "virtual": "real estate brokerage",
    "construction": "construction",
    "drone": "construction",
    "elevator": "office towers",
    "energy": "industrial parks",
    "cowork": "co-working",
    "hoa": "housing societies",
    "crm": "real estate developers",
    "bim": "construction",
}
GENERIC = [
    "mobile app development",
    "web development",
    "UI/UX design",
    "UX research",
    "QA & testing",
    "software testing",
    "cloud migration",
    "AWS cloud hosting",
    "DevOps",
    "data analytics",
    "Power BI dashboards",
    "BI reporting",
    "IoT integration",
    "IoT gateways",
    "ERP integration",
    "SAP integration",
    "Odoo customisation",
    "custom software development",
    "bespoke software",
    "API development",
    "payment gateway integration",
    "JazzCash/Easypaisa integration",
    "WeChat mini-programs",
    "微信小程序开发",
    "Alipay mini-programs",
    "GIS mapping",
    "地理信息系统",
    "chatbots",
    "AI chatbots",
    "computer vision",
    "machine learning",
    "digital signage",
    "kiosk software",
    "IT staff augmentation",
    "dedicated development teams",
    "offshore development centre",
    "软件外包",
    "系统集成",
    "system integration",
    "network installation",
    "CCTV integration",
    "cybersecurity audits",
    "penetration testing",
    "data migration",
    "legacy modernisation",
    "technical support",
    "24/7 helpdesk",
    "Chinese localisation",
    "中文本地化",
    "translation services",
    "document management",
    "e-signature workflows",
    "HR & payroll software",
    "procurement portals",
    "e-tendering",
    "accounting software",
    "e-invoicing",
    "QuickBooks integration",
    "smart home apps",
    "智能家居",
    "fire alarm integration",
    "space planning",
    "floor plan digitisation",
    "AutoCAD drafting",
    "3D rendering",
    "marketing websites",
    "SEO",
    "digital marketing",
    "video production",
    "IT consulting",
    "数字化咨询",
    "project management",
    "Mobile App Development",
    "web dev",
    "Flutter apps",
    "react native apps",
    "RPA bots",
    "Excel automation",
    "ESG reporting",
    "carbon accounting",
    "customer support outsourcing",
    "BPO back office",
]
TECH = [
    "Flutter;Firebase",
    "React;Node.js;AWS",
    ".NET;Azure;SQL Server",
    "Python;Django;PostgreSQL",
    "Kotlin;Swift",
    "LoRaWAN;MQTT;Grafana",
    "Unity;WebGL",
    "Java;Spring Boot;MySQL",
    "Vue.js;Go;Alibaba Cloud",
    "Laravel;MySQL",
    "BACnet;Modbus;Node-RED",
    "Angular;Java;Oracle",
]
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
EN, UR = "English", "Urdu"
# id, name, name_zh, city, founded, employees, concepts, certifications, languages, pitched, domain
D = [
    (
        "PK-001",
        "Qila Soft Estates (Pvt) Ltd",
        "奇拉软件",
        "Lahore",
        2061,
        140,
        "pms tenant lease",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu;Mandarin",
        "yes",
        "qilasoft",
    ),
    (
        "PK-002",
        "Ravi BuildTrack",
        "拉维建造追踪",
        "Lahore",
        2074,
        35,
        "construction drone",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "ravibuildtrack",
    ),
    (
        "PK-003",
        "Clifton Facility Cloud",
        "克利夫顿设施云",
        "Karachi",
        2058,
        260,
        "cmms bms energy",
        "ISO 41001;ISO 9001",
        "English;Urdu",
        "yes",
        "cliftonfm",
    ),
    (
        "PK-004",
        "Margalla Meter Works",
        "马尔加拉计量",
        "Islamabad",
        2066,
        90,
        "meter energy",
        "ISO 9001",
        "English;Urdu",
        "no",
        "margallameter",
    ),
    (
        "PK-005",
        "Saddar Parking Tech",
        "",
        "Karachi",
        2033,
        48,
        "parking access",
        "none",
        "English;Urdu;Sindhi",
        "no",
        "saddarparking",
    ),
    (
        "PK-006",
        "Indus Gate Systems",
        "印度河门禁",
        "Karachi",
        2029,
        410,
        "access visitor parking",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "yes",
        "indusgate",
    ),
    (
        "PK-007",
        "Chenab Society Pay",
        "杰纳布社区缴费",
        "Faisalabad",
        2077,
        12,
        "hoa tenant",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "chenabpay",
    ),
    (
        "PK-008",
        "Shalimar Listings (Pvt) Ltd",
        "夏利马房源",
        "Lahore",
        2052,
        75,
        "listing crm virtual",
        "ISO 9001",
        "English;Urdu",
        "yes",
        "shalimarlistings",
    ),
    (
        "PK-009",
        "Potohar Virtual Homes",
        "波托哈尔虚拟家园",
        "Rawalpindi",
        2079,
        18,
        "virtual bim",
        "",
        "English;Urdu",
        "no",
        "potoharvr",
    ),
    (
        "PK-010",
        "Bolan Lift Sense",
        "博兰电梯感知",
        "Quetta",
        2070,
        22,
        "elevator cmms",
        "none",
        "English;Urdu;Pashto",
        "no",
        "bolanlift",
    ),
    (
        "PK-011",
        "Ravi Rent Ledger",
        "拉维租金账簿",
        "Lahore",
        2049,
        60,
        "lease hoa",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "no",
        "rentledger",
    ),
    (
        "PK-012",
        "Karakoram Co-Work Apps",
        "喀喇昆仑共享办公",
        "Islamabad",
        2071,
        28,
        "cowork tenant",
        "none",
        "English;Urdu;Mandarin",
        "yes",
        "karakoramcowork",
    ),
    (
        "PK-013",
        "Mehran Estate CRM",
        "梅兰地产CRM",
        "Hyderabad",
        2063,
        55,
        "crm listing",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "no",
        "mehrancrm",
    ),
    (
        "PK-014",
        "Sialkot SiteOps",
        "锡亚尔科特工地运营",
        "Sialkot",
        2076,
        25,
        "construction cmms",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "sialkotsiteops",
    ),
    (
        "PK-015",
        "Multan Energy Audit Lab",
        "木尔坦能效实验室",
        "Multan",
        2059,
        40,
        "energy meter",
        "ISO 50001",
        "English;Urdu;Saraiki",
        "no",
        "multanenergy",
    ),
    (
        "PK-016",
        "Frontier Visitor Systems",
        "",
        "Peshawar",
        2068,
        30,
        "visitor access",
        "none",
        "English;Urdu;Pashto",
        "no",
        "frontiervisitor",
    ),
    (
        "PK-017",
        "TowerMind Technologies",
        "塔智科技",
        "Lahore",
        2040,
        620,
        "bms elevator cmms",
        "ISO/IEC 27001:2022;SOC 2 Type II;ISO 41001",
        "English;Urdu;Mandarin",
        "yes",
        "towermind",
    ),
    (
        "PK-018",
        "Gulberg PropSoft",
        "古尔伯格物业软件",
        "Lahore",
        2055,
        180,
        "pms lease crm",
        "SOC 2 Type II;ISO 9001",
        "English;Urdu",
        "yes",
        "gulbergpropsoft",
    ),
    (
        "PK-019",
        "Korangi Industrial Park Systems",
        "科朗吉园区系统",
        "Karachi",
        2045,
        320,
        "pms cmms energy",
        "ISO 41001",
        "English;Urdu",
        "no",
        "korangiparks",
    ),
    (
        "PK-020",
        "Gujranwala HomeKey",
        "",
        "Gujranwala",
        2081,
        9,
        "hoa",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "homekey-grw",
    ),
    (
        "PK-021",
        "Blue Area Desk Booking",
        "蓝区工位预订",
        "Islamabad",
        2078,
        15,
        "cowork visitor",
        "",
        "English;Urdu",
        "no",
        "blueareadesk",
    ),
    (
        "PK-022",
        "Attock Drone Surveys",
        "阿托克无人机测绘",
        "Rawalpindi",
        2072,
        65,
        "drone construction bim",
        "ISO 9001",
        "English;Urdu",
        "no",
        "attockdrone",
    ),
    (
        "PK-023",
        "Sindh Smart Utilities",
        "信德智慧公用",
        "Karachi",
        2038,
        850,
        "meter bms parking",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu;Sindhi",
        "yes",
        "sindhsmart",
    ),
    (
        "PK-024",
        "Mardan Property Pro",
        "马尔丹物业通",
        "Mardan",
        2080,
        8,
        "pms hoa",
        "none",
        "English;Urdu;Pashto",
        "no",
        "mardanpro",
    ),
    (
        "PK-025",
        "Lyallpur Listings",
        "莱亚尔普尔房源",
        "Faisalabad",
        2064,
        45,
        "listing virtual",
        "none",
        "English;Urdu;Punjabi",
        "yes",
        "lyallpurlistings",
    ),
    (
        "PK-026",
        "Data Darbar Digital (Pvt) Ltd",
        "达塔数字",
        "Lahore",
        2002,
        1200,
        "pms crm tenant",
        "ISO 27001;CMMI Level 3;SOC 2 Type II",
        "English;Urdu;Mandarin",
        "yes",
        "datadarbar",
    ),
    (
        "PK-027",
        "Sukkur Barrage Soft",
        "",
        "Sukkur",
        2075,
        14,
        "meter hoa",
        "none",
        "English;Urdu;Sindhi",
        "no",
        "barragesoft",
    ),
    (
        "PK-028",
        "Bahawalpur Green Buildings",
        "巴哈瓦尔布尔绿色建筑",
        "Bahawalpur",
        2067,
        26,
        "energy bms",
        "none",
        "English;Urdu;Saraiki",
        "no",
        "bwpgreen",
    ),
    (
        "PK-029",
        "Abbottabad Lease Works",
        "阿伯塔巴德租赁",
        "Abbottabad",
        2069,
        32,
        "lease pms",
        "ISO 9001",
        "English;Urdu",
        "no",
        "leaseworks",
    ),
    (
        "PK-030",
        "Defence Estate Apps",
        "国防地产应用",
        "Karachi",
        2057,
        110,
        "tenant listing crm",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "no",
        "defenceestate",
    ),
    (
        "PK-031",
        "Wapda Town Tech",
        "瓦普达镇科技",
        "Lahore",
        2073,
        38,
        "visitor parking",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "wapdatowntech",
    ),
    (
        "PK-032",
        "Gwadar Port Facilities IT",
        "瓜达尔港设施IT",
        "Karachi",
        2050,
        95,
        "cmms access",
        "ISO 41001",
        "English;Urdu;Mandarin",
        "no",
        "gwadarfacilities",
    ),
    (
        "PK-033",
        "Lahore Lift Labs",
        "拉合尔电梯实验室",
        "Lahore",
        2060,
        150,
        "elevator",
        "ISO 9001",
        "English;Urdu;Chinese",
        "yes",
        "liftlabs",
    ),
    (
        "PK-034",
        "Islamabad BuildCam",
        "伊斯兰堡工地相机",
        "Islamabad",
        2062,
        210,
        "construction drone",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "no",
        "buildcam",
    ),
    ("PK-035", "Pindi Co-Space", "", "Rawalpindi", 2082, 6, "cowork", "none", "English;Urdu", "no", "pindicospace"),
    (
        "PK-036",
        "Thar Energy Analytics",
        "塔尔能源分析",
        "Hyderabad",
        2054,
        70,
        "energy",
        "ISO 50001;ISO 9001",
        "English;Urdu;Sindhi",
        "no",
        "tharenergy",
    ),
    (
        "PK-037",
        "Punjab Society Systems",
        "旁遮普社区系统",
        "Lahore",
        2035,
        260,
        "hoa pms visitor",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "yes",
        "punjabsociety",
    ),
    (
        "PK-038",
        "Gujrat Rent Roll",
        "",
        "Gujrat",
        2083,
        5,
        "lease",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "gujratrentroll",
    ),
    (
        "PK-039",
        "Quaid Virtual Tours",
        "奇德虚拟看房",
        "Karachi",
        2070,
        52,
        "virtual listing",
        "ISO 9001",
        "English;Urdu",
        "no",
        "quaidtours",
    ),
    (
        "PK-040",
        "Khyber Facility Systems",
        "开伯尔设施系统",
        "Peshawar",
        2048,
        85,
        "cmms visitor",
        "none",
        "English;Urdu;Pashto",
        "no",
        "khyberfacility",
    ),
    (
        "PK-041",
        "Nishat Mall Tech",
        "尼沙特商场科技",
        "Lahore",
        2044,
        540,
        "parking meter crm",
        "ISO/IEC 27001:2022;SOC 2 Type II",
        "English;Urdu",
        "yes",
        "nishatmalltech",
    ),
    (
        "PK-042",
        "Faisal Hills CRM",
        "费萨尔山CRM",
        "Islamabad",
        2065,
        120,
        "crm",
        "SOC 2 Type II",
        "English;Urdu;Mandarin",
        "no",
        "faisalhillscrm",
    ),
    (
        "PK-043",
        "Kohat Site Diary",
        "",
        "Kohat",
        2079,
        11,
        "construction",
        "",
        "English;Urdu;Pashto",
        "no",
        "kohatsitediary",
    ),
    (
        "PK-044",
        "Sargodha Smart Meters",
        "萨戈达智能电表",
        "Faisalabad",
        2056,
        300,
        "meter energy",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "no",
        "sargodhameters",
    ),
    (
        "PK-045",
        "Canal View Residences Soft",
        "运河景住宅软件",
        "Lahore",
        1999,
        1900,
        "pms tenant hoa lease",
        "ISO 27001;ISO 9001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "yes",
        "canalview",
    ),
    (
        "CN-001",
        "Shenzhen Cuigang Smart Property Technology Co., Ltd.",
        "深圳翠港智慧物业科技有限公司",
        "Shenzhen",
        2041,
        800,
        "pms bms cmms",
        "ISO/IEC 27001:2022;ISO 41001",
        "Mandarin;Cantonese;English",
        "no",
        "cuigang-smart",
    ),
    (
        "CN-002",
        "Hangzhou Lanting Building Cloud Co., Ltd.",
        "杭州兰亭楼宇云有限公司",
        "Hangzhou",
        2053,
        450,
        "bms energy",
        "ISO 9001;ISO 50001",
        "Mandarin;English",
        "no",
        "lantingcloud",
    ),
    (
        "CN-003",
        "Shanghai Huaxia Parking Technology",
        "上海华夏停车科技",
        "Shanghai",
        2036,
        380,
        "parking access",
        "ISO 9001",
        "Mandarin;English",
        "no",
        "huaxiaparking",
    ),
    (
        "CN-004",
        "Guangzhou Tianhe Lift IoT Co., Ltd.",
        "广州天河电梯物联有限公司",
        "Guangzhou",
        2047,
        260,
        "elevator",
        "ISO/IEC 27001:2022",
        "Mandarin;Cantonese;English",
        "no",
        "tianhelift",
    ),
    (
        "CN-005",
        "Beijing Jingcheng Co-Work Digital",
        "北京京城共享办公数字",
        "Beijing",
        2060,
        140,
        "cowork crm",
        "",
        "Mandarin;English",
        "no",
        "jingchengcowork",
    ),
    (
        "CN-006",
        "Chengdu Rongcheng Site Technology",
        "成都蓉城工地科技",
        "Chengdu",
        2058,
        190,
        "construction drone bim",
        "ISO 9001",
        "Mandarin;English",
        "no",
        "rongchengsite",
    ),
    (
        "CN-007",
        "Wuhan Jiangcheng Visitor Systems",
        "武汉江城访客系统",
        "Wuhan",
        2066,
        75,
        "visitor access",
        "none",
        "Mandarin",
        "no",
        "jiangchengvisitor",
    ),
    (
        "CN-008",
        "Suzhou Yuanqu Park Services Co., Ltd.",
        "苏州园区产业服务有限公司",
        "Suzhou",
        2030,
        1500,
        "cmms energy meter",
        "ISO 41001;ISO 9001",
        "Mandarin;English",
        "no",
        "yuanquservices",
    ),
    (
        "CN-009",
        "Shenzhen Qianhai VR Homes",
        "深圳前海VR看房",
        "Shenzhen",
        2072,
        60,
        "virtual listing",
        "none",
        "Mandarin;English",
        "no",
        "qianhaivr",
    ),
    (
        "CN-010",
        "Xi'an Chang'an Lease Cloud",
        "西安长安租赁云",
        "Xi'an",
        2064,
        110,
        "lease pms",
        "ISO/IEC 27001:2022",
        "Mandarin",
        "no",
        "changanlease",
    ),
    (
        "CN-011",
        "Guangzhou Huacheng Serviced Apartments Digital",
        "广州花城公寓数字",
        "Guangzhou",
        2069,
        95,
        "pms tenant",
        "SOC 2 Type II",
        "Mandarin;Cantonese;English",
        "no",
        "huachengapartments",
    ),
    (
        "CN-012",
        "Shanghai Pudong Tower Operations Co., Ltd.",
        "上海浦东楼宇运营有限公司",
        "Shanghai",
        2043,
        700,
        "bms cmms elevator",
        "ISO 41001;ISO/IEC 27001:2022",
        "Mandarin;English",
        "no",
        "pudongtowerops",
    ),
    (
        "CN-013",
        "Hangzhou Xixi Property CRM",
        "杭州西溪地产客户云",
        "Hangzhou",
        2075,
        45,
        "crm listing",
        "",
        "Mandarin;English",
        "no",
        "xixicrm",
    ),
    (
        "CN-014",
        "Shenzhen Nanshan Energy Audit Co.",
        "深圳南山能效审计",
        "Shenzhen",
        2051,
        130,
        "energy",
        "ISO 50001",
        "Mandarin;Cantonese",
        "no",
        "nanshanenergy",
    ),
    (
        "CN-015",
        "Beijing Yanshan Drone Inspection",
        "北京燕山无人机巡检",
        "Beijing",
        2068,
        85,
        "drone",
        "none",
        "Mandarin;English",
        "no",
        "yanshandrone",
    ),
]
NO_DESC_ZH = {"PK-005", "PK-016", "PK-020", "PK-027", "PK-035", "PK-038", "PK-043", "PK-031"}


def directory_rows():
    seen = {k: 0 for k in v.SERVICE_FORMS}
    g = 0
    rows = []
    for i, (cid, name, zh, city, founded, emp, concepts, certs, langs, pitched, dom) in enumerate(D):
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
        short = name.split(" (")[0].split(" Co.")[0]
        main = " and ".join(svc[: min(2, len(keys))])
        desc = f"{short} is a {city} firm that builds {main} for {inds[0]} clients."
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
                "founded": str(founded),
                "employees": str(emp),
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
    v.DIRECTORY.write_text(buf.getvalue(), encoding="utf-8", newline="")


# ============================================================================ questions
P, DIR, UN = "programme", "directory", "unanswerable"
STAFF = ["help@brickbloom.example", "0800-27425"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
O, AB, RU, TT, TR, ZN, SL, HB, CO, PI, UD, PR, RO, ZT, UH = (
    v.OVERVIEW,
    v.ANNEX_B,
    v.RULES,
    v.TIMETABLE,
    v.TRANSCRIPT,
    v.ZH_NOTICE,
    v.SLIDES,
    v.HANDBOOK,
    v.CORRECTION,
    v.PILOT,
    v.UR_DOCX,
    v.PRICES,
    v.ROMAN,
    v.ZH_TOWER,
    v.UR_HTML,
)
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "which organisations ran the feb 2022 shanghai webinar that brick bloom started from?",
        [O],
        WEBINAR,
        "the real 2022 webinar's co-organisers, named once, only in the overview",
    ),
    (
        "en-02",
        P,
        "we are a 25-person BMS team in Sialkot. what will our participation fee be including tax?",
        [AB],
        ["95,000", "16%"],
        "computed: Band 2 fee from Annex B's table plus the 16% sales tax that footnote ¹ excludes",
    ),
    (
        "en-03",
        P,
        "application deadline?",
        [RU],
        ["31 July 2085", "31 July"],
        "two-word question; the revised section strikes 15 July through and sets 31 July",
    ),
    (
        "en-04",
        P,
        "pass mark?",
        [HB],
        ["75 points", "75"],
        "two-word question; handbook v2 raised the pass mark from the superseded v1's 70",
    ),
    (
        "en-05",
        P,
        "our product is elevator IoT + BMS dashboards — which day and time is our pitch round in shenzhen?",
        [TT],
        ["17 October", "Day 2", "10:30"],
        "table-only: the day is the rowspan label of the Pitch round B row; times in CST",
    ),
    (
        "en-06",
        P,
        "whats the last date for our demo kit crate to reach the lahore warehouse for the fair",
        [CO],
        ["26 September 2085", "26 September"],
        "the slides say 20 September; Correction Notice No. 1 moves it to 26 September",
    ),
    (
        "en-07",
        P,
        "how many buyer meetings can a vendor pre-book at the shenzhen fair",
        [SL],
        ["12 pre-booked buyer meetings", "12"],
        "figure stated only on a slide of the PDF deck",
    ),
    (
        "en-08",
        P,
        "if we rent 2 hot desks in jade harbour tower for a full year how much is that in total?",
        [PR],
        ["1,150", "per seat per month"],
        "computed: RMB 1,150 per seat per month x 12 months x 2 seats",
    ),
    (
        "en-09",
        P,
        "how much advance notice do we need to give the tower for weekend or night work?",
        [PR],
        ["48小时", "48 hours"],
        "stated only in the Chinese half of the bilingual price list; asked in English",
    ),
    (
        "en-10",
        DIR,
        "pakistani vendors doing CAFM / CMMS maintenance ticketing with more than 100 staff?",
        [],
        [],
        "service synonyms (CAFM, CMMS, maintenance ticketing, work orders, 设施维修工单) + country + head count > 100",
    ),
    ("en-11", DIR, "list the PK companies that hold ISO 41001", [], [], "certification filter + country"),
    (
        "en-12",
        DIR,
        "parking system companies founded before 2040",
        [],
        [],
        "parking synonyms (ANPR, car park, 停车管理系统) + founded before 2040, both countries",
    ),
    (
        "en-13",
        DIR,
        "we need smart meter or utility billing partners based in Karachi or Faisalabad",
        [],
        [],
        "metering/billing synonyms + two cities",
    ),
    (
        "en-14",
        DIR,
        "is there any chinese company in the directory that does HOA / society fee collection?",
        [],
        [],
        "no match: HOA fee collection is offered only by Pakistani firms",
    ),
    (
        "en-15",
        UN,
        "what will the participation fee be for the 2086 round?",
        [],
        STAFF,
        "near miss: only 2085 fees exist; a future round is not covered",
    ),
    (
        "en-16",
        UN,
        "is there an early bird discount on the vendor participation fee if we pay before july?",
        [],
        STAFF,
        "near miss: the only early-registration discount is on buyers' booth rent; none is offered on vendor fees",
    ),
    (
        "en-17",
        UN,
        "who is the secretary general of CPSDA? need a name for our cover letter",
        [],
        STAFF,
        "near miss: CPSDA's secretariat is mentioned but no person is named",
    ),
    (
        "en-18",
        UN,
        "how much does car parking cost per day at jade harbour tower for our engineers?",
        [],
        STAFF,
        "near miss: the tower brief gives the number of parking spaces, not a parking fee",
    ),
    (
        "en-19",
        UN,
        "which hotel near the exhibition centre has the cheapest room rate during the fair?",
        [],
        STAFF,
        "near miss: the slides point to a hotel list on the portal; no hotel or rate is given",
    ),
    ("en-20", UN, "can you help me file my personal income tax return?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "我们是深圳一家物业公司，想去对接会看巴方供应商。早点报名展位有优惠吗？打几折？",
        [ZN],
        ["八折", "20% off", "9月10日"],
        "八折 = 20% off, stated once in the Chinese buyer notice",
    ),
    (
        "zh-02",
        P,
        "签了试点合同联盟补贴多少？有没有上限",
        [ZN],
        ["百分之十五", "15%", "50,000元"],
        "百分之十五 = 15%, capped at RMB 50,000 per buyer",
    ),
    ("zh-03", P, "专线费用分担？", [ZN], ["五成", "50%"], "short question; 五成 = 50% of the fibre line cost"),
    ("zh-04", P, "电梯数量？", [ZT], ["24部"], "one-word question; the lift count is only in the Chinese tower brief"),
    (
        "zh-05",
        P,
        "塔楼试用最后会选几家巴方供应商？",
        [RU],
        ["10 vendors", "10家"],
        "answer in English; the revised section changes 12 to 10",
    ),
    (
        "zh-06",
        P,
        "我们9月5日报名的话，一个展位租金打折后要付多少钱？",
        [ZN],
        ["6,000元", "八折"],
        "computed: RMB 6,000 booth rent at 八折 (registered before 10 September)",
    ),
    (
        "zh-07",
        P,
        "大厦现场参观那天，巴基斯坦时间几点出发？我们拉合尔同事要远程连线",
        [TT],
        ["13:00"],
        "computed: the timetable gives 13:00 China Standard Time only; PKT is three hours behind",
    ),
    (
        "zh-08",
        P,
        "给一层标准试用楼层做三维激光扫描要多少钱",
        [PR],
        ["18元", "1,600平方米"],
        "computed: RMB 18 per square metre x 1,600 m² per standard floor",
    ),
    ("zh-09", DIR, "有哪些中国公司做楼宇自控（BMS）？", [], [], "BMS synonyms + country CN"),
    (
        "zh-10",
        DIR,
        "没有任何认证的巴基斯坦公司里，哪些做物业管理系统或者物业费收缴？",
        [],
        [],
        "negation: certifications = none (unknown excluded, no unknown candidate) + two services + PK",
    ),
    ("zh-11", DIR, "塔智科技是做什么的？有SOC 2吗", [], [], "company named by its Chinese name"),
    (
        "zh-12",
        DIR,
        "员工在50到200人之间、做无人机巡检的公司有哪些",
        [],
        [],
        "drone synonyms + head count between 50 and 200",
    ),
    (
        "zh-13",
        DIR,
        "2022年上海网络研讨会上推介过的公司里，谁做租户App？",
        [],
        [],
        "pitched at the webinar + tenant app synonyms",
    ),
    (
        "zh-14",
        UN,
        "翡翠港大厦的物业费每平方米每月多少钱？",
        [],
        STAFF,
        "near miss: the tower brief and price list give other figures but not the tenants' service charge",
    ),
    ("zh-15", UN, "2086年的对接会在哪个城市举办？", [], STAFF, "near miss: a future round"),
    (
        "zh-16",
        UN,
        "采购方的展位租金可以分期付款吗？",
        [],
        STAFF,
        "near miss: instalments are described for the vendors' participation fee only",
    ),
    (
        "zh-17",
        UN,
        "翡翠港大厦的电梯是什么品牌？",
        [],
        STAFF,
        "near miss: the brief gives the lift count, not the brand",
    ),
    ("zh-18", UN, "深圳明天天气怎么样？", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "خواتین کی قیادت والی کمپنیوں کے لیے سفری گرانٹ کتنے فیصد ہے؟",
        [UH],
        ["۶۰ فیصد", "60 فیصد", "60%"],
        "stated only in the Urdu summary page (Annex B says 40% for everyone else)",
    ),
    (
        "ur-02",
        P,
        "انجینئروں کے پاسپورٹ کی کاپیاں جمع کرانے کی آخری تاریخ کیا ہے؟",
        [UD],
        ["۱۵ ستمبر ۲۰۸۵", "15 ستمبر"],
        "table-only fact in the right-to-left Urdu Word document",
    ),
    (
        "ur-03",
        P,
        "ٹاور ٹرائل میں ایک کمپنی کے کتنے انجینئر عمارت میں کام کر سکتے ہیں؟",
        [TR],
        ["three engineers", "3 engineers", "تین انجینئر"],
        "answer in English; the officer corrects two to three later in the transcript",
    ),
    (
        "ur-04",
        P,
        "ہماری کمپنی میں ۱۲۰ لوگ ہیں۔ ٹیکس ملا کر شرکت کی فیس کتنی بنے گی؟",
        [AB],
        ["165,000", "16%"],
        "computed: Band 3 fee plus 16% sales tax (footnote ¹)",
    ),
    (
        "ur-05",
        P,
        "ٹاور ٹرائل کے ہارڈویئر پر ہمارا خرچ سات لاکھ روپے ہے، ہارڈویئر گرانٹ کتنی ملے گی؟",
        [AB],
        ["50%"],
        "computed: 50% of PKR 700,000 is above the PKR 300,000 cap, so the cap is paid",
    ),
    (
        "ur-06",
        P,
        "نتائج کا اعلان کب ہوگا؟",
        [RU],
        ["22 August 2085", "22 August"],
        "answer in English; the revised section moves 15 August to 22 August",
    ),
    (
        "ur-07",
        P,
        "ہماری کمپنی خواتین کی قیادت میں ہے اور شینزین کے سفر کا خرچ تین لاکھ روپے ہے۔ سفری گرانٹ کتنی ملے گی؟",
        [UH, AB],
        ["۶۰ فیصد", "250,000"],
        "computed: the Urdu-only 60% share x PKR 300,000, under Annex B's 250,000 cap",
    ),
    (
        "ur-08",
        DIR,
        "لاہور یا کراچی میں پراپرٹی لسٹنگ پورٹل بنانے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "listing synonyms + two cities",
    ),
    (
        "ur-09",
        DIR,
        "وزیٹر مینجمنٹ سسٹم بنانے والی وہ کمپنیاں جو بیس سال سے زیادہ پرانی ہوں",
        [],
        [],
        "visitor management synonyms + in business for more than 20 years (founded before 2065)",
    ),
    (
        "ur-10",
        DIR,
        "لیز یا کرایہ اکاؤنٹنگ کرنے والی کمپنیاں جن کے پاس آئی ایس او ۲۷۰۰۱ نہیں ہے",
        [],
        [],
        "negation: without ISO 27001 in any spelling; no lease candidate has an unknown certification cell",
    ),
    (
        "ur-11",
        DIR,
        "ملتان یا بہاولپور میں انرجی آڈٹ کرنے والی کوئی کمپنی ہے؟",
        [],
        [],
        "energy audit synonyms + small cities",
    ),
    (
        "ur-12",
        UN,
        "ٹاور ٹرائل کے بعد چینی خریدار کم از کم کتنی مالیت کا معاہدہ کرتے ہیں؟",
        [],
        STAFF,
        "near miss: contracts are mentioned, no minimum value is given",
    ),
    (
        "ur-13",
        UN,
        "ٹاور ٹرائل سرٹیفکیٹ کتنے سال کے لیے کارآمد رہتا ہے؟",
        [],
        STAFF,
        "near miss: the certificate is described, its validity is not",
    ),
    ("ur-14", UN, "لاہور میں سب سے اچھی بریانی کہاں ملتی ہے؟", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "participation fee ek saath deni hogi ya qiston mein de sakte hain?",
        [RO],
        ["2 qiston", "30 September 2085", "50%"],
        "stated only in the Roman Urdu helpdesk FAQ",
    ),
    (
        "ul-02",
        P,
        "Lahore office mein application clinic kis din aur kitne baje hota hai?",
        [RO],
        ["Jumeraat", "Thursday", "3 se 5 baje"],
        "Roman Urdu FAQ",
    ),
    (
        "ul-03",
        P,
        "hum Mardan se 8 bande hain, BMS banate hain. agar tower trial mein select hue to slot fee kitni hai aur sensor kit deposit kitna?",
        [AB],
        ["PKR 80,000", "80,000", "RMB 3,000"],
        "asker's situation first, two questions in one message; Annex B's charges table",
    ),
    (
        "ul-04",
        P,
        "tower trial walon ki onboarding call kab aur kitne baje hai?",
        [TR],
        ["11:00 PKT", "11:00", "29 October"],
        "event time given in PKT only, in the transcript",
    ),
    (
        "ul-05",
        P,
        "fair ke liye total kitni firms select hongi?",
        [RU],
        ["36 firms", "36"],
        "the revised section strikes 30 through and sets 36",
    ),
    (
        "ul-06",
        P,
        "tower trial mein uptime target kitna hai?",
        [HB],
        ["99.5%"],
        "handbook v2 raised the target from the superseded v1's 99.0%",
    ),
    (
        "ul-07",
        P,
        "hamare 3 floors par sensors lagenge, sensor kit deposit total kitna banega?",
        [AB],
        ["RMB 3,000", "per floor"],
        "computed: footnote ² makes the RMB 3,000 deposit per floor, so x 3 floors",
    ),
    (
        "ul-08",
        DIR,
        "society fee collection wali koi company jis mein 20 se kam log hon?",
        [],
        [],
        "HOA synonyms + head count under 20",
    ),
    (
        "ul-09",
        DIR,
        "virtual tour ya 3D walkthrough banane wale Pakistani vendors kaun se hain?",
        [],
        [],
        "virtual tour synonyms + country PK",
    ),
    (
        "ul-10",
        DIR,
        "Islamabad ya Pindi mein co-working booking software wali companies batao",
        [],
        [],
        "coworking synonyms + Islamabad or Rawalpindi ('Pindi')",
    ),
    (
        "ul-11",
        DIR,
        "2070 ke baad bani companies jo construction site progress tracking karti hain",
        [],
        [],
        "construction-tracking synonyms + founded after 2070",
    ),
    (
        "ul-12",
        UN,
        "Shenzhen ke programme hotels ka discount code kya hai?",
        [],
        STAFF,
        "near miss: hotels are on the portal; no discount code is given",
    ),
    (
        "ul-13",
        UN,
        "hardware grant ka paisa claim ke kitne din baad account mein aata hai?",
        [],
        STAFF,
        "near miss: grants are claimed after payment; the payout time is not given",
    ),
    (
        "ul-14",
        UN,
        "yaar Lahore se Shenzhen ki sab se sasti flight kis airline ki hai?",
        [],
        STAFF,
        "off-topic: airfares",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "fair booth mein power supply kitni milegi? kW batao",
        [CO],
        ["3 kW"],
        "the slide says 2 kW; Correction Notice No. 1 sets 3 kW",
    ),
    (
        "mx-02",
        P,
        "Tower Trial scorecard mein data security ka weight kitna hai?",
        [HB],
        ["20%"],
        "table-only; the superseded v1 weighted it 15%",
    ),
    (
        "mx-03",
        P,
        "Tower Trial 的试用楼层 kaun se hain?",
        [HB],
        ["floors 9–14", "9–14", "9-14"],
        "handbook v2 moved the floors from the superseded v1's 8-12",
    ),
    (
        "mx-04",
        P,
        "pichle saal 2084 wale pilot mein total contract value kitni thi?",
        [PI],
        ["RMB 520,000", "520,000"],
        "last year's figure asked as last year's: answerable from the pilot report",
    ),
    (
        "mx-05",
        P,
        "سیکیورٹی کلیئرنس فارم ki deadline kya hai tower trial ke liye?",
        [UD],
        ["۱۰ اکتوبر ۲۰۸۵", "10 اکتوبر", "10 October"],
        "table-only fact in the Urdu Word document; Urdu digits",
    ),
    (
        "mx-06",
        P,
        "our Mandarin localisation cost is PKR 180,000 — grant kitni milegi?",
        [AB],
        ["60%", "150,000"],
        "computed: 60% of PKR 180,000, under the 150,000 cap",
    ),
    (
        "mx-07",
        P,
        "elevator IoT walon ki pitch 深圳 fair mein kis hall aur room mein hai?",
        [TT],
        ["Hall 5", "Room 5B"],
        "table-only cell of the Pitch round B row",
    ),
    (
        "mx-08",
        DIR,
        "SOC 2 wali companies jo 物业管理系统 banati hain",
        [],
        [],
        "Chinese service name + SOC 2 certification",
    ),
    (
        "mx-09",
        DIR,
        "elevator IoT ke liye Pakistani team chahiye jo Mandarin bol sake",
        [],
        [],
        "elevator synonyms + working language Mandarin/Chinese + PK",
    ),
    (
        "mx-10",
        DIR,
        "property CRM vendors jinhon ne 2022 webinar pe pitch kiya aur 500 se zyada staff hai",
        [],
        [],
        "CRM synonyms + pitched + head count > 500",
    ),
    (
        "mx-11",
        DIR,
        "Peshawar mein visitor management ya access control wali companies?",
        [],
        [],
        "two services (either) + city",
    ),
    (
        "mx-12",
        UN,
        "drone roof inspection permit ke liye kitni insurance cover chahiye? 保险金额多少",
        [],
        STAFF,
        "near miss: the permit price is given, insurance is not",
    ),
    (
        "mx-13",
        UN,
        "Tower Trial mein electricity ka bill per floor kitna aata hai? 电费",
        [],
        STAFF,
        "near miss: fibre line costs and their 五成 split are given, electricity is not",
    ),
    ("mx-14", UN, "2086 wala Tower Trial kab start hoga? next round ki dates", [], STAFF, "near miss: a future round"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s37-{suffix}"
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
                "expected_companies": v.answer_set(qid, rows) if kind == DIR else [],
                "answer_must_contain_any": answers,
                "note": note,
            }
        )
    v.QUESTIONS.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    return out


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    annex_b_docx()
    ur_docx()
    prices_docx()
    slides_pdf()
    pilot_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
