"""Build the binary and byte-exact parts of sample-38 ("Stadium Spark 2087").

Writes Annex A (the eligibility matrix in Word), the Chinese buyers' FAQ (Word, 问/答), the CVDA letter about the buyer
delegation (Word, with a P.S.), the English–Chinese venue services price list (Word), Annex B (the fee schedule, PDF),
the 2086 pilot round report (PDF), directory.csv and questions-38.jsonl. The .md, .html and .txt documents are
written by hand. Directory answer sets and computed answers come from validate_sample38 (FILTERS, COMPUTED). Running
it twice gives the same bytes.
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
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample38 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2087, 1, 15, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Stadium Spark 2087"
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


# ============================================================================ Annex A: the eligibility matrix
MATRIX_ROWS = [
    [
        "Firm type / size",
        "Registration",
        "Own booth",
        "Shared booth",
        "Pitch rounds",
        "Match Day Trial",
        "PSSHF travel grant",
    ],
    ["Startup (fewer than 10 staff)", "✓", "✗", "✓", "✓", "✓", "✓"],
    ["Small firm (10–49 staff)", "✓", "✓", "✓", "✓", "✓", "✓"],
    ["Mid-size firm (50–249 staff)", "✓", "✓", "✓", "✓", "✓", "✗"],
    ["Large firm (250 staff or more)", "✓", "✓", "✗", "✓", "✓", "✗"],
    ["Freelancer collective", "✓", "✗", "✓", "✗", "✗", "✗"],
    ["Pakistan–China joint venture", "✓", "✓", "✗", "✓", "✓", "—"],
    ["Chinese firm without a Pakistani partner", "✗", "—", "—", "—", "—", "—"],
]


def matrix_docx():
    doc = docx.Document()
    doc.add_paragraph("Annex A — Eligibility matrix", style="Title")
    doc.add_paragraph(
        "Stadium Spark 2087 · Annex A to the Programme Rules · PSSHF programme office, Lahore · revised 4 August 2087 "
        "to match Addendum No. 1."
    )
    doc.add_paragraph(
        "The matrix shows which programme activities each type of firm may take part in. Head counts are taken on the "
        "day the firm registers. A firm that fits two rows takes the row that allows less."
    )
    grid(doc, MATRIX_ROWS)
    doc.add_heading("Legend", level=1)
    doc.add_paragraph("✓ = eligible · ✗ = not eligible · — = does not apply")
    doc.add_heading("Notes", level=1)
    for text in [
        "Own booth and shared booth refer to the Chengdu fair; booth fees are in Annex B.",
        "Match Day Trial places are decided on the last day of the Chengdu fair; the matrix only shows who may apply.",
        "The PSSHF travel grant is run by PSSHF; ask the PSSHF programme office how to claim it.",
        "A joint venture registers through its Pakistani partner.",
    ]:
        doc.add_paragraph(text)
    save_docx(
        doc, v.MATRIX, "Stadium Spark 2087 - Annex A eligibility matrix", datetime.datetime(2087, 8, 4, 10, 0), "PSSHF"
    )


# ============================================================================ Chinese buyers' FAQ (问/答)
FAQ = [
    (
        "哪些机构可以报名成为买家？",
        "体育场馆运营方、足球及板球俱乐部、健身连锁、马拉松赛事组织方、体育院校、电竞俱乐部和票务平台均可通过CVDA买家门户报名。",
    ),
    ("买家报名截止日期是哪天？", "买家报名于2087年9月30日截止，逾期不再受理。"),
    ("买家参加对接会需要付费吗？", "买家参加成都对接会免费；往返交通和住宿由买家自理。"),
    ("每家买家机构可以派几人参加成都对接会？", "每家买家机构最多派4人参加，凭实名胸卡入场，胸卡不得转借。"),
    (
        "每家买家机构最多可以预约多少场一对一洽谈？",
        "每家买家机构最多预约15场一对一洽谈，每场30分钟，在两个洽谈时段内进行。",
    ),
    (
        "买家能否以观察员身份参加Match Day Trial？",
        "可以。观察员人数上限与成都对接会相同，见问4；观察员须在相应比赛周末前至少7天在买家门户登记。",
    ),
    ("一对一洽谈是否提供翻译？", "每场一对一洽谈均配有中英或中乌口译，无需另行申请。"),
    ("买家如何给供应商打分？", "Match Day Trial期间，观察员在每个比赛周末结束后通过买家门户填写评分表。"),
    ("买家服务的联系方式？", "CVDA秘书处买家服务组，电话028-6688-2087，邮箱buyers@cvda.example。"),
]


def faq_docx():
    doc = docx.Document()
    doc.add_paragraph("Stadium Spark 2087 中国买家常见问题（问答）", style="Title")
    doc.add_paragraph("中国场馆数字化联盟（CVDA）秘书处 · 2087年7月10日")
    doc.add_paragraph(
        "本问答面向参加成都体育科技采购对接会和Match Day Trial的中国买家。供应商的报名、费用和规则请见巴方发布的项目规则及附件。"
    )
    for i, (q, a) in enumerate(FAQ, 1):
        p = doc.add_paragraph()
        p.add_run(f"问{i}：{q}").bold = True
        doc.add_paragraph(f"答{i}：{a}")
    save_docx(doc, v.ZH_FAQ, "Stadium Spark 2087 买家常见问题", datetime.datetime(2087, 7, 10, 9, 0), "CVDA秘书处")


# ============================================================================ CVDA letter with a P.S.
def letter_docx():
    doc = docx.Document()
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run("China Venue Digitalisation Alliance (CVDA) · 中国场馆数字化联盟")
    r.bold = True
    for text in [
        "Secretariat · 9/F Jincheng Tower, 88 Shuncheng Street, Chengdu",
        "Tel +86 28 6688 2087 · secretariat@cvda.example",
    ]:
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ref: CVDA/SS87/046")
    doc.add_paragraph("Date: 18 June 2087")
    for text in [
        "Mr. Kamran Sheikh",
        "Chair, Pakistan Sports Software Houses Forum (PSSHF)",
        "Office 7, Qadri Tower, Main Boulevard, Gulberg III, Lahore",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("Subject: Visit of the Chinese buyer delegation to Lahore")
    doc.add_paragraph("Dear Mr. Sheikh,")
    for text in [
        "Ahead of the Chengdu Sports-Tech Buyers' Fair, CVDA is pleased to confirm that a delegation of 14 Chinese "
        "buyers — stadium operators, two football clubs, a cricket club, a fitness chain and a marathon organiser — "
        "will visit Lahore on Tuesday 9 September 2087 for a one-day matchmaking event at the Shalimar Grand Hotel.",
        "The day will open with short presentations by the buyers, followed by one-to-one meetings with Pakistani "
        "firms in the afternoon. The day closes with a dinner hosted by PSSHF for the delegation and the shortlisted "
        "firms.",
        "We ask PSSHF to shortlist up to 30 Pakistani firms whose products match the buyers' needs, with priority for "
        "ticketing, access control, crowd-flow and fitness software, and to send us the shortlist by 15 August 2087.",
        "We thank PSSHF for its cooperation and look forward to welcoming your members in Chengdu in October.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("Yours sincerely,")
    for text in [
        "Zhou Yiming",
        "Director, International Cooperation Department",
        "China Venue Digitalisation Alliance",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph(
        "P.S. The hotel has since asked us to change the date: the delegation will now visit Lahore on Tuesday "
        "16 September 2087. The venue, the programme of the day and the shortlist deadline are unchanged."
    )
    save_docx(
        doc,
        v.LETTER,
        "CVDA letter - buyer delegation to Lahore",
        datetime.datetime(2087, 6, 18, 15, 0),
        "CVDA secretariat",
    )


# ============================================================================ bilingual venue services price list
def prices_docx():
    doc = docx.Document()
    doc.add_paragraph("Match Day Trial venue services — price list", style="Title")
    doc.add_paragraph(
        "Tianfu Venue Services Co., Ltd. (天府场馆服务有限公司) for Jinjiang Riverside Stadium and Wenjiang Cricket Oval "
        "· 1 September 2087 · English version, followed by the Chinese version"
    )
    doc.add_heading("English version", level=1)
    for text in [
        "These services are booked through Tianfu Venue Services and invoiced to the vendor in RMB. Prices include 6% "
        "VAT. Bookings close on the Monday before each match weekend.",
        "The Match Day Trial has 8 match days: the Saturday and the Sunday of each of its four weekends.",
        "Pitch-side network drop (wired, 1 Gbps): RMB 480 per drop per match day.",
        "Cloud replay storage on the venue's private cloud: RMB 1,300 per TB per month, billed for whole months.",
        "LED ribbon board slot (30 seconds): RMB 3,000 per match.",
        "Hospitality box for buyer demos (12 seats): RMB 6,800 per match day.",
        "Storage locker near the operations room: RMB 150 per weekend.",
        "Cancellations made after bookings close are charged in full.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("中文版", level=1)
    for text in [
        "以下服务通过天府场馆服务有限公司预订，以人民币向供应商开具发票，价格含6%增值税。每个比赛周末前的星期一截止预订。",
        "Match Day Trial共有8个比赛日，即四个比赛周末的每个星期六和星期日。",
        "场边有线网络接入（1 Gbps）：每个接入点每个比赛日人民币480元。",
        "场馆私有云回放存储：每TB每月人民币1,300元，按整月计费。",
        "LED环场广告位（30秒）：每场比赛人民币3,000元。",
        "买家演示用包厢（12个座位）：每个比赛日人民币6,800元。",
        "运营室旁储物柜：每个周末人民币150元。",
        "晚场比赛（19:00及以后开球）的场边网络接入和LED环场广告位价格加收20%。",
        "截止预订后取消的，按全价收费。",
    ]:
        doc.add_paragraph(text)
    save_docx(
        doc,
        v.PRICES,
        "Match Day Trial venue services - price list",
        datetime.datetime(2087, 9, 1, 9, 30),
        "Tianfu Venue Services",
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
    writer.add_metadata({"/Title": title, "/Producer": "Stadium Spark document office", "/Author": author})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def text_block(ops, y, lines, size=10, step=14, x=50):
    for line in lines:
        ops.append(("t", x, y, line, "/F1", size))
        y -= step
    return y


def table_block(ops, y, rows, col2=300):
    for label, val in rows:
        ops.append(("t", 56, y, label, "/F1", 10))
        ops.append(("t", col2, y, val, "/F1", 10))
        ops.append(("r", 50, y - 6, str(y - 6), "562", 0.3))
        y -= 20
    return y


FEE_ROWS = [
    ("Registration fee (every firm)", "RMB 2,400"),
    ("Standard booth, 3 m x 3 m", "RMB 16,800"),
    ("Corner booth, 3 m x 4 m, two open sides", "RMB 21,000"),
    ("Match Day Trial participation", "RMB 7,500 per match weekend"),
    ("Extra exhibitor badge (more than 3 per booth)", "RMB 350 per badge"),
]


def fees_pdf():
    ops = [
        ("t", 50, 748, "Annex B \u2014 Fee Schedule 2087", "/F2", 16),
        (
            "t",
            50,
            730,
            "Stadium Spark 2087 \u00b7 Annex B to the Programme Rules \u00b7 PSSHF and CVDA \u00b7 20 May 2087",
            "/F1",
            9,
        ),
        ("r", 50, 720, "720", "562", 0.5),
    ]
    y = text_block(
        ops,
        700,
        [
            "All programme fees are set and invoiced in Chinese yuan (RMB). For all programme fees, RMB 1 = PKR 40.",
            "Pakistani firms may pay in Pakistani rupees at this rate; the rate stays fixed for the whole programme year.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "1. Fees", "/F2", 12))
    y -= 20
    ops.append(("t", 56, y, "Item", "/F2", 10))
    ops.append(("t", 300, y, "Fee", "/F2", 10))
    ops.append(("r", 50, y - 6, str(y - 6), "562", 0.5))
    y = table_block(ops, y - 20, FEE_ROWS)
    y -= 12
    ops.append(("t", 50, y, "2. Discounts on booth fees", "/F2", 12))
    y = text_block(
        ops,
        y - 20,
        [
            "Early-bird discount: 15% off the booth fee when the booth fee is paid in full by 31 July 2087.",
            "PSSHF member discount: 12% off, applied after the early-bird discount, to the already reduced amount.",
            "The two discounts are applied in that order, early-bird first. The combined discount is never more than 25% of",
            "the listed booth fee.",
            "Discounts apply to standard and corner booths only: not to the registration fee, Match Day Trial fees, badges",
            "or shared booths.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "3. Payment", "/F2", 12))
    text_block(
        ops,
        y - 20,
        [
            "Invoices are payable within 14 days of the invoice date. Bank details are printed on each invoice.",
            "Fees for the Match Day Trial are invoiced after the selection on the last day of the Chengdu fair.",
        ],
    )
    ops.append(("t", 500, 40, "Annex B \u00b7 page 1 of 1", "/F1", 7.5))
    write_pdf(v.FEES, [ops], (612, 792), "Stadium Spark 2087 - Annex B Fee Schedule", "PSSHF programme office")


REPORT_ROWS = [
    ("Fair", "Xi'an, 14\u201315 October 2086 (two days)"),
    ("Pakistani vendors at the fair", "22"),
    ("Chinese buyers at the fair", "61"),
    ("Standard booth fee", "RMB 14,000"),
    ("Match Day Trial", "3 weekends in November 2086, one football stadium"),
    ("Trial pass mark", "65 out of 100"),
    ("Vendors who passed the trial", "7"),
    ("Contracts signed", "9 contracts worth RMB 3.2 million"),
]


def report_pdf():
    ops = [
        ("t", 50, 748, "Stadium Spark 2086 pilot round \u2014 Final report", "/F2", 16),
        ("t", 50, 730, "PSSHF programme office with the CVDA secretariat \u00b7 12 December 2086", "/F1", 9),
        ("r", 50, 720, "720", "562", 0.5),
    ]
    y = text_block(
        ops,
        700,
        [
            "The 2086 pilot round tested the Stadium Spark idea on a small scale, with a two-day fair in Xi'an and a short",
            "Match Day Trial at one football stadium. The figures below are last year's pilot figures; they are not the",
            "2087 rules, fees or dates, which are set in the 2087 programme documents.",
        ],
    )
    y -= 12
    ops.append(("t", 50, y, "Key figures of the 2086 pilot round", "/F2", 12))
    y = table_block(ops, y - 20, REPORT_ROWS)
    y -= 12
    ops.append(("t", 50, y, "What we learned", "/F2", 12))
    y -= 18
    for lesson in [
        "Two days of fair were too short for buyer meetings; the 2087 fair runs three days.",
        "Three weekends were too few for venue staff to trust a new system; the 2087 trial runs four.",
        "Most contracts went to ticketing and turnstile vendors; fitness vendors asked for their own pitch round.",
        "Buyers asked for Simplified Chinese screens from the first match day.",
    ]:
        ops.append(("t", 56, y, "\u2022 " + lesson, "/F1", 10))
        y -= 16
    ops.append(("t", 520, 40, "Page 1 of 1", "/F1", 7.5))
    write_pdf(v.REPORT, [ops], (612, 792), "Stadium Spark 2086 pilot round - Final report", "PSSHF")


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
    "Gujrat": "古吉拉特",
    "Chengdu": "成都",
    "Shanghai": "上海",
    "Beijing": "北京",
    "Guangzhou": "广州",
    "Shenzhen": "深圳",
    "Hangzhou": "杭州",
    "Wuhan": "武汉",
    "Xi'an": "西安",
    "Chongqing": "重庆",
    "Nanjing": "南京",
}
CONCEPT_ZH = {
    "ticketing": "票务系统",
    "access": "闸机门禁",
    "seatmap": "座位图",
    "season": "季票管理",
    "fanapp": "球迷App",
    "loyalty": "会员积分",
    "livescore": "实时比分数据",
    "replay": "视频回放与集锦",
    "referee": "裁判回看系统",
    "tracking": "运动员表现追踪",
    "gym": "健身房管理",
    "classbook": "课程预约",
    "league": "赛事管理",
    "esports": "电竞赛事平台",
    "ott": "体育直播OTT",
    "merch": "周边商城",
    "pos": "餐饮收银",
    "crowd": "人流分析",
    "wifi": "场馆无线网络",
    "volunteer": "志愿者排班",
    "academy": "青训学院管理",
}
INDUSTRY = {
    "ticketing": "stadiums & arenas",
    "access": "stadiums & arenas",
    "seatmap": "concert & sports venues",
    "season": "football clubs",
    "fanapp": "football clubs",
    "loyalty": "sports clubs",
    "livescore": "cricket boards",
    "replay": "sports broadcasters",
    "referee": "sports federations",
    "tracking": "professional teams",
    "gym": "fitness chains",
    "classbook": "fitness studios",
    "league": "amateur leagues",
    "esports": "esports clubs",
    "ott": "sports broadcasters",
    "merch": "sports clubs",
    "pos": "stadium concessions",
    "crowd": "stadiums & arenas",
    "wifi": "stadiums & arenas",
    "volunteer": "marathon organisers",
    "academy": "sports academies",
}
GENERIC = [
    "mobile app development",
    "web development",
    "UI/UX design",
    "QA & testing",
    "software testing",
    "cloud migration",
    "AWS cloud hosting",
    "DevOps",
    "data analytics",
    "Power BI dashboards",
    "BI reporting",
    "IoT integration",
    "ERP integration",
    "Odoo customisation",
    "custom software development",
    "bespoke software",
    "API development",
    "payment gateway integration",
    "JazzCash/Easypaisa integration",
    "WeChat mini-programs",
    "微信小程序开发",
    "Alipay mini-programs",
    "chatbots",
    "AI chatbots",
    "computer vision",
    "machine learning",
    "digital signage",
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
    "technical support",
    "24/7 helpdesk",
    "Chinese localisation",
    "中文本地化",
    "translation services",
    "HR & payroll software",
    "accounting software",
    "e-invoicing",
    "SMS gateway",
    "push notifications",
    "marketing websites",
    "SEO",
    "digital marketing",
    "social media management",
    "video production",
    "motion graphics",
    "IT consulting",
    "数字化咨询",
    "project management",
    "Mobile App Development",
    "web dev",
    "Flutter apps",
    "react native apps",
    "RPA bots",
    "Excel automation",
    "GIS mapping",
    "AR filters",
    "game development",
    "Unity development",
    "NFC wristbands",
    "QR code solutions",
    "customer support outsourcing",
]
TECH = [
    "Flutter;Firebase",
    "React;Node.js;AWS",
    ".NET;Azure;SQL Server",
    "Python;Django;PostgreSQL",
    "Kotlin;Swift",
    "Go;Kafka;Redis",
    "Unity;WebGL",
    "Java;Spring Boot;MySQL",
    "Vue.js;Go;Alibaba Cloud",
    "Laravel;MySQL",
    "FFmpeg;WebRTC;HLS",
    "Angular;Java;Oracle",
]
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]
# id, name, name_zh, city, founded, employees, concepts, certifications, languages, pitched, domain
D = [
    (
        "PK-001",
        "Ravi TicketWorks (Pvt) Ltd",
        "拉维票务",
        "Lahore",
        2058,
        240,
        "ticketing access seatmap",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu;Mandarin",
        "yes",
        "ravitickets",
    ),
    (
        "PK-002",
        "Sialkot Scoreline",
        "锡亚尔科特比分线",
        "Sialkot",
        2074,
        25,
        "livescore league",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "scoreline",
    ),
    (
        "PK-003",
        "Clifton FitStack",
        "克利夫顿健身栈",
        "Karachi",
        2066,
        130,
        "gym classbook",
        "SOC 2 Type II",
        "English;Urdu",
        "yes",
        "fitstack",
    ),
    (
        "PK-004",
        "Margalla Gatekeepers",
        "马尔加拉闸机",
        "Islamabad",
        2049,
        410,
        "access crowd wifi",
        "ISO/IEC 27001:2022",
        "English;Urdu;Mandarin",
        "yes",
        "gatekeepers",
    ),
    (
        "PK-005",
        "Mall Road Box Office Systems",
        "",
        "Lahore",
        2031,
        95,
        "ticketing season",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "mallroadboxoffice",
    ),
    (
        "PK-006",
        "Indus Replay Labs",
        "印度河回放实验室",
        "Karachi",
        2061,
        180,
        "replay referee ott",
        "ISO 9001",
        "English;Urdu",
        "yes",
        "indusreplay",
    ),
    (
        "PK-007",
        "Lyallpur Fan Apps",
        "莱亚尔普尔球迷应用",
        "Faisalabad",
        2077,
        18,
        "fanapp loyalty season",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "lyallpurfans",
    ),
    (
        "PK-008",
        "Potohar Pulse Wearables",
        "波托哈尔脉动",
        "Rawalpindi",
        2070,
        60,
        "tracking academy",
        "ISO 9001",
        "English;Urdu",
        "no",
        "potoharpulse",
    ),
    ("PK-009", "Quetta Quick POS", "", "Quetta", 2080, 9, "pos merch", "", "English;Urdu;Pashto", "no", "quickpos-qta"),
    (
        "PK-010",
        "Chenab Esports Arena Tech",
        "杰纳布电竞",
        "Lahore",
        2072,
        45,
        "esports ott",
        "none",
        "English;Urdu",
        "yes",
        "chenabesports",
    ),
    (
        "PK-011",
        "Khyber League Desk",
        "开伯尔赛事台",
        "Peshawar",
        2063,
        30,
        "league volunteer",
        "none",
        "English;Urdu;Pashto",
        "no",
        "khyberleague",
    ),
    (
        "PK-012",
        "Bolan Stadium Networks",
        "博兰场馆网络",
        "Quetta",
        2055,
        75,
        "wifi crowd",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "no",
        "bolannet",
    ),
    (
        "PK-013",
        "Mehran Academy Cloud",
        "梅兰学院云",
        "Hyderabad",
        2068,
        35,
        "academy classbook",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "no",
        "mehranacademy",
    ),
    (
        "PK-014",
        "Saddar Kit Store Tech",
        "萨达尔球衣商城",
        "Karachi",
        2036,
        120,
        "merch pos loyalty",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "yes",
        "saddarkit",
    ),
    (
        "PK-015",
        "Multan Umpire Vision",
        "木尔坦裁判视觉",
        "Multan",
        2071,
        22,
        "referee replay livescore",
        "none",
        "English;Urdu;Saraiki",
        "no",
        "umpirevision",
    ),
    (
        "PK-016",
        "Gujranwala GymDesk",
        "",
        "Gujranwala",
        2081,
        12,
        "gym",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "gymdesk-grw",
    ),
    (
        "PK-017",
        "StarSpeed Sports Technologies",
        "星速体育",
        "Lahore",
        2040,
        680,
        "ticketing fanapp ott",
        "ISO/IEC 27001:2022;SOC 2 Type II;ISO 20121",
        "English;Urdu;Mandarin",
        "yes",
        "starspeed",
    ),
    (
        "PK-018",
        "Gulberg SeatView",
        "古尔伯格座位视图",
        "Lahore",
        2060,
        55,
        "seatmap ticketing",
        "SOC 2 Type II",
        "English;Urdu",
        "no",
        "seatview",
    ),
    (
        "PK-019",
        "Korangi Crowd Insights",
        "科朗吉人流洞察",
        "Karachi",
        2045,
        300,
        "crowd wifi volunteer",
        "ISO 20121;ISO 9001",
        "English;Urdu",
        "yes",
        "korangicrowd",
    ),
    (
        "PK-020",
        "Abbottabad Academy Works",
        "阿伯塔巴德学院",
        "Abbottabad",
        2079,
        8,
        "academy",
        "none",
        "English;Urdu;Hindko",
        "no",
        "academyworks",
    ),
    (
        "PK-021",
        "Blue Area Class Booker",
        "蓝区课程预约",
        "Islamabad",
        2078,
        16,
        "classbook gym",
        "",
        "English;Urdu",
        "no",
        "classbooker",
    ),
    (
        "PK-022",
        "Attock Athlete Analytics",
        "阿托克运动员分析",
        "Rawalpindi",
        2067,
        110,
        "tracking livescore",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "yes",
        "attockathlete",
    ),
    (
        "PK-023",
        "Sindh Stream Sports",
        "信德体育直播",
        "Karachi",
        2038,
        900,
        "ott replay esports",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu;Sindhi",
        "yes",
        "sindhstream",
    ),
    (
        "PK-024",
        "Mardan Match Ops",
        "马尔丹赛事运营",
        "Mardan",
        2082,
        6,
        "volunteer league",
        "none",
        "English;Urdu;Pashto",
        "no",
        "matchops",
    ),
    (
        "PK-025",
        "Faisalabad Season Pass Co",
        "费萨拉巴德季票",
        "Faisalabad",
        2064,
        40,
        "season ticketing seatmap",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "seasonpass-fsd",
    ),
    (
        "PK-026",
        "Data Darbar Sports Digital (Pvt) Ltd",
        "达塔体育数字",
        "Lahore",
        1998,
        1500,
        "ticketing pos crowd",
        "ISO 27001;CMMI Level 3;SOC 2 Type II",
        "English;Urdu;Mandarin",
        "yes",
        "datadarbarsports",
    ),
    (
        "PK-027",
        "Sukkur Scorers",
        "",
        "Sukkur",
        2075,
        14,
        "livescore",
        "none",
        "English;Urdu;Sindhi",
        "no",
        "sukkurscorers",
    ),
    (
        "PK-028",
        "Gujrat Motion Labs",
        "古吉拉特运动实验室",
        "Gujrat",
        2073,
        28,
        "tracking",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "motionlabs",
    ),
    (
        "PK-029",
        "Lahore Loyalty Hub",
        "拉合尔会员中心",
        "Lahore",
        2054,
        85,
        "loyalty fanapp",
        "ISO 9001",
        "English;Urdu",
        "no",
        "loyaltyhub",
    ),
    (
        "PK-030",
        "Seaview Esports Systems",
        "海景电竞系统",
        "Karachi",
        2076,
        38,
        "esports league",
        "none",
        "English;Urdu",
        "yes",
        "seaviewesports",
    ),
    (
        "PK-031",
        "Pindi Venue WiFi",
        "",
        "Rawalpindi",
        2069,
        50,
        "wifi access",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "no",
        "pindiwifi",
    ),
    (
        "PK-032",
        "Bahawalpur Fit Club Software",
        "巴哈瓦尔布尔健身",
        "Bahawalpur",
        2072,
        20,
        "gym classbook",
        "none",
        "English;Urdu;Saraiki",
        "no",
        "fitclub-bwp",
    ),
    (
        "PK-033",
        "Islamabad Referee Systems",
        "伊斯兰堡裁判系统",
        "Islamabad",
        2057,
        140,
        "referee replay",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "yes",
        "refsystems",
    ),
    (
        "PK-034",
        "Shalimar Merch Cloud",
        "夏利马周边云",
        "Lahore",
        2065,
        70,
        "merch ticketing",
        "ISO 9001",
        "English;Urdu",
        "no",
        "shalimarmerch",
    ),
    (
        "PK-035",
        "Peshawar Box Office",
        "",
        "Peshawar",
        2071,
        24,
        "ticketing pos",
        "none",
        "English;Urdu;Pashto",
        "no",
        "pewboxoffice",
    ),
    (
        "PK-036",
        "Indus Valley Stats",
        "印度河谷数据",
        "Hyderabad",
        2029,
        210,
        "livescore ott",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "yes",
        "ivstats",
    ),
    (
        "PK-037",
        "Lahore Volunteer Grid",
        "拉合尔志愿者网格",
        "Lahore",
        2080,
        26,
        "volunteer crowd",
        "none",
        "English;Urdu",
        "no",
        "volunteergrid",
    ),
    (
        "PK-038",
        "Rawal Academy Pro",
        "",
        "Islamabad",
        2050,
        65,
        "academy tracking",
        "SOC 2 Type II",
        "English;Urdu",
        "no",
        "rawalacademy",
    ),
    (
        "PK-039",
        "Multan Gym Cloud",
        "木尔坦健身云",
        "Multan",
        2062,
        90,
        "gym loyalty",
        "ISO/IEC 27001:2022",
        "English;Urdu;Saraiki",
        "yes",
        "gymcloud-mux",
    ),
    (
        "PK-040",
        "Clifton Concessions Tech",
        "克利夫顿餐饮科技",
        "Karachi",
        2052,
        160,
        "pos merch",
        "SOC 2 Type II;ISO 9001",
        "English;Urdu",
        "no",
        "cliftonconcessions",
    ),
    (
        "PK-041",
        "Sialkot Seatmaps",
        "锡亚尔科特座位图",
        "Sialkot",
        2077,
        15,
        "seatmap season",
        "none",
        "English;Urdu;Punjabi",
        "no",
        "sialkotseats",
    ),
    (
        "PK-042",
        "Margalla Esports League",
        "马尔加拉电竞联赛",
        "Islamabad",
        2079,
        33,
        "esports fanapp",
        "none",
        "English;Urdu",
        "no",
        "margallaesports",
    ),
    (
        "PK-043",
        "Taxila Turnstile Works",
        "",
        "Rawalpindi",
        2026,
        260,
        "access ticketing",
        "ISO 9001",
        "English;Urdu",
        "yes",
        "taxilaturnstile",
    ),
    (
        "PK-044",
        "Lahore Stream House",
        "拉合尔直播屋",
        "Lahore",
        2056,
        340,
        "ott replay referee",
        "ISO/IEC 27001:2022;SOC 2 Type II",
        "English;Urdu;Mandarin",
        "yes",
        "streamhouse",
    ),
    (
        "PK-045",
        "Faisal Town Fitness Tech",
        "费萨尔镇健身科技",
        "Lahore",
        2086,
        11,
        "classbook gym fanapp",
        "none",
        "English;Urdu",
        "no",
        "ftfitness",
    ),
    (
        "CN-001",
        "Chengdu Panda Arena Systems Co., Ltd.",
        "成都熊猫场馆系统有限公司",
        "Chengdu",
        2035,
        1200,
        "ticketing access crowd",
        "ISO/IEC 27001:2022;ISO 20121",
        "Mandarin;English",
        "no",
        "pandaarena",
    ),
    (
        "CN-002",
        "Shanghai Pujiang Fitness Cloud",
        "上海浦江健身云",
        "Shanghai",
        2048,
        450,
        "gym classbook",
        "ISO 9001",
        "Mandarin;English",
        "no",
        "pujiangfit",
    ),
    (
        "CN-003",
        "Guangzhou Pearl Esports Tech",
        "广州明珠电竞科技",
        "Guangzhou",
        2069,
        210,
        "esports ott",
        "none",
        "Mandarin;Cantonese;English",
        "no",
        "pearlesports",
    ),
    (
        "CN-004",
        "Beijing Yanjing Replay",
        "北京燕京回放",
        "Beijing",
        2041,
        380,
        "replay referee",
        "ISO 9001;ISO/IEC 27001:2022",
        "Mandarin;English",
        "yes",
        "yanjingreplay",
    ),
    (
        "CN-005",
        "Shenzhen Bay Stadium POS",
        "深圳湾场馆收银",
        "Shenzhen",
        2063,
        140,
        "pos merch",
        "SOC 2 Type II",
        "Mandarin;English",
        "no",
        "baypos",
    ),
    (
        "CN-006",
        "Hangzhou Westlake Marathon Data",
        "杭州西湖马拉松数据",
        "Hangzhou",
        2058,
        95,
        "tracking livescore volunteer",
        "ISO 20121",
        "Mandarin",
        "no",
        "westlakemarathon",
    ),
    (
        "CN-007",
        "Wuhan Yangtze Crowd AI",
        "武汉长江人流智能",
        "Wuhan",
        2066,
        175,
        "crowd wifi",
        "ISO/IEC 27001:2022",
        "Mandarin;English",
        "no",
        "yangtzecrowd",
    ),
    (
        "CN-008",
        "Xi'an Terracotta League Systems",
        "西安兵马俑赛事系统",
        "Xi'an",
        2053,
        85,
        "league esports",
        "none",
        "Mandarin",
        "no",
        "terracottaleague",
    ),
    (
        "CN-009",
        "Chongqing Mountain City Fan Apps",
        "重庆山城球迷应用",
        "Chongqing",
        2070,
        60,
        "fanapp loyalty season",
        "none",
        "Mandarin;English",
        "no",
        "shanchengfans",
    ),
    (
        "CN-010",
        "Nanjing Zhongshan Academy Tech",
        "南京中山青训科技",
        "Nanjing",
        2061,
        48,
        "academy",
        "ISO 9001",
        "Mandarin;English",
        "no",
        "zhongshanacademy",
    ),
    (
        "CN-011",
        "Chengdu Tianfu Venue Networks",
        "成都天府场馆网络",
        "Chengdu",
        2074,
        120,
        "wifi access",
        "ISO/IEC 27001:2022",
        "Mandarin",
        "no",
        "tianfunet",
    ),
    (
        "CN-012",
        "Shanghai Huangpu Ticketing",
        "上海黄浦票务",
        "Shanghai",
        2012,
        2000,
        "ticketing seatmap season",
        "ISO/IEC 27001:2022;SOC 2 Type II;ISO 9001",
        "Mandarin;English",
        "yes",
        "huangputickets",
    ),
    (
        "CN-013",
        "Shenzhen Nanshan Wearables",
        "深圳南山可穿戴",
        "Shenzhen",
        2075,
        230,
        "tracking",
        "ISO 9001",
        "Mandarin;English",
        "no",
        "nanshanwear",
    ),
    (
        "CN-014",
        "Beijing Jinqiao Merch Online",
        "北京金桥周边商城",
        "Beijing",
        2068,
        70,
        "merch fanapp",
        "none",
        "Mandarin",
        "no",
        "jinqiaomerch",
    ),
    (
        "CN-015",
        "Guangzhou Baiyun Volunteer Cloud",
        "广州白云志愿者云",
        "Guangzhou",
        2079,
        40,
        "volunteer league",
        "",
        "Mandarin;Cantonese",
        "no",
        "baiyunvolunteer",
    ),
]
NO_DESC_ZH = {"PK-005", "PK-016", "PK-027", "PK-031", "PK-035", "PK-043", "PK-009"}


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
STAFF = ["help@stadiumspark.example", "0800-77287"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
O, RU, AD, FE, AG, CO, NW, MA, ZF, VO, LE, HB, RE, UH, ZV, PR = (
    v.OVERVIEW,
    v.RULES,
    v.ADDENDUM,
    v.FEES,
    v.AGENDA,
    v.CORRECTION,
    v.NEWS,
    v.MATRIX,
    v.ZH_FAQ,
    v.VOICE,
    v.LETTER,
    v.HANDBOOK,
    v.REPORT,
    v.UR_HTML,
    v.ZH_VENUE,
    v.PRICES,
)
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "who co-organised the 2022 webinar that stadium spark grew out of?",
        [O],
        WEBINAR,
        "the real February 2022 webinar, named once in the overview",
    ),
    (
        "en-02",
        P,
        "we're a PSSHF member firm from Lahore, 40 staff, and we paid our standard booth in full before the "
        "early-bird date. what is our final booth fee after both discounts?",
        [FE],
        ["25%", "16,800"],
        "computed: 15% then 12% on RMB 16,800 would be 25.2%, so the 25% cap applies; the 2086 fee is last year's",
    ),
    (
        "en-03",
        P,
        "pass mark?",
        [HB],
        ["72", "pass mark is 72"],
        "two words; handbook v2 raised the pass mark from the superseded v1's 70 (and the 2086 pilot used 65)",
    ),
    (
        "en-04",
        P,
        "corner booth?",
        [CO],
        ["RMB 19,800", "19,800"],
        "two words; the correction notice replaces Annex B's printed corner booth fee",
    ),
    (
        "en-05",
        P,
        "whats on day 2 at 15:30 at the chengdu fair",
        [AG],
        ["Pitch round 4", "crowd-flow analytics and stadium Wi-Fi"],
        "table-only row of the three-day agenda",
    ),
    (
        "en-06",
        P,
        "we are a 25-person replay & highlights team in Sialkot. for the match day trial we want 5 TB of "
        "cloud replay storage for 3 months. cost?",
        [PR],
        ["1,300"],
        "computed: unit price per TB per month x 5 TB x 3 months",
    ),
    (
        "en-07",
        P,
        "how many people can one chinese buyer organisation send as observers to the match day trial?",
        [ZF],
        ["4人", "4 people"],
        "Chinese FAQ answer 6 refers to 问4 for the limit; answer in Chinese",
    ),
    (
        "en-08",
        P,
        "when can we set up our booth in chengdu, which day and what hours?",
        [ZV],
        ["10月20日", "20 October", "08:00–20:00", "08:00"],
        "set-up day only in the Chinese venue guide",
    ),
    (
        "en-09",
        P,
        "how many chinese buyers are confirmed for the fair now?",
        [NW],
        ["138"],
        "the article updates the sidebar news item's 96",
    ),
    (
        "en-10",
        DIR,
        "Pakistani companies doing turnstiles / access control with more than 200 employees",
        [],
        [],
        "access-control synonyms + PK + head count > 200",
    ),
    ("en-11", DIR, "any sports OTT or streaming vendors founded before 2040?", [], [], "OTT synonyms + founded < 2040"),
    ("en-12", DIR, "Chinese firms that do concession stand POS?", [], [], "POS synonyms + CN; one company"),
    (
        "en-13",
        DIR,
        "esports tournament platform companies in Karachi or Lahore",
        [],
        [],
        "esports synonyms + two cities",
    ),
    ("en-14", DIR, "crowd analytics firms certified ISO 20121", [], [], "crowd-flow synonyms + ISO 20121"),
    (
        "en-15",
        UN,
        "what brand of turnstiles does Jinjiang Riverside Stadium use?",
        [],
        STAFF,
        "near miss: the stadium and its turnstile gates are named, no brand",
    ),
    (
        "en-16",
        UN,
        "how much does the PSSHF dinner for the chinese delegation in lahore cost per head?",
        [],
        STAFF,
        "near miss: the letter names the dinner, not its cost",
    ),
    (
        "en-17",
        UN,
        "who is running the lahore pitch bootcamp, which trainer?",
        [],
        STAFF,
        "near miss: the voice note gives the bootcamp's fee, not who runs it",
    ),
    (
        "en-18",
        UN,
        "what is the seating capacity of jinjiang riverside stadium",
        [],
        STAFF,
        "near miss: the stadium is named, its capacity is not",
    ),
    (
        "en-19",
        UN,
        "when is the 2088 round of stadium spark and where will it be held?",
        [],
        STAFF,
        "near miss: a future round",
    ),
    ("en-20", UN, "can you recommend a good laptop for video editing?", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "报名截止日期",
        [RU, AG],
        ["12 days before the Chengdu fair opens", "21 October 2087"],
        "one word; computed: clause 2.3 counts 12 days back from the fair's opening day in the agenda",
    ),
    (
        "zh-02",
        P,
        "Match Day Trial每个周末收费多少？四个周末都参加一共多少钱？",
        [FE, AD],
        ["RMB 7,500", "7,500"],
        "two questions in one; computed: per-weekend fee x 4 weekends",
    ),
    ("zh-03", P, "退款比例", [AD], ["70%"], "one word; Addendum No. 1 replaces clause 5.2's 50%"),
    (
        "zh-04",
        P,
        "角位展位和标准展位分别多少钱？",
        [CO, FE],
        ["19,800", "RMB 19,800"],
        "corner fee corrected by the correction notice; the standard fee is unchanged",
    ),
    (
        "zh-05",
        P,
        "Match Day Trial评分表里，球迷App稳定性占多少权重？",
        [HB],
        ["25%"],
        "table-only scorecard row of handbook v2 (v1 had 20%); answer in English",
    ),
    (
        "zh-06",
        P,
        "巴基斯坦小公司的差旅补贴每家最多能拿多少？",
        [VO],
        ["dedh lakh", "150,000", "1,50,000", "PKR 150,000"],
        "stated only in the Roman Urdu voice note, as a number word",
    ),
    ("zh-07", P, "每个标准展位的电源是多少千瓦？", [ZV], ["3千瓦", "3 kW"], "Chinese-only venue fact"),
    (
        "zh-08",
        P,
        "中国买家代表团哪天去拉合尔？",
        [LE],
        ["16 September 2087", "9月16日"],
        "the letter's P.S. moves the date given in its body; answer in English",
    ),
    (
        "zh-09",
        DIR,
        "做票务系统、没有任何认证的巴基斯坦公司有哪些？",
        [],
        [],
        "ticketing synonyms + PK + certifications 'none' (没有认证); no candidate has an unknown cell",
    ),
    ("zh-10", DIR, "星速体育是哪家公司？", [], [], "company named by its Chinese name"),
    (
        "zh-11",
        DIR,
        "运动员表现追踪（GPS背心）方面，员工在50到200人之间的公司",
        [],
        [],
        "athlete-tracking synonyms + head count between 50 and 200",
    ),
    ("zh-12", DIR, "在2022年网络研讨会上路演过的健身房管理软件公司", [], [], "gym synonyms + pitched at the webinar"),
    (
        "zh-13",
        DIR,
        "成立超过25年的实时比分数据公司",
        [],
        [],
        "live-scoring synonyms + in business for more than 25 years",
    ),
    ("zh-14", UN, "成都天府体育会展中心3号馆面积有多大？", [], STAFF, "near miss: Hall 3 is named, its area is not"),
    (
        "zh-15",
        UN,
        "Match Day Trial表现最好的供应商能拿多少奖金？",
        [],
        STAFF,
        "near miss: the trial and its certificate are covered, there is no prize money",
    ),
    (
        "zh-16",
        UN,
        "成都对接会开幕式由哪位嘉宾致辞？",
        [],
        STAFF,
        "near miss: the opening ceremony is on the agenda, no speaker is named",
    ),
    (
        "zh-17",
        UN,
        "2086年那一轮，哪家公司签下的合同金额最大？",
        [],
        STAFF,
        "near miss: the report gives the total of last year's contracts, not per company",
    ),
    ("zh-18", UN, "成都今天限行尾号是多少？", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ویزا فائلیں کس دن اور کس وقت جمع کرائی جا سکتی ہیں؟",
        [UH],
        ["منگل اور جمعرات", "Tuesday and Thursday"],
        "fact stated only in the Urdu right-to-left guide",
    ),
    (
        "ur-02",
        P,
        "میچ ڈے ٹرائل کے چاروں ویک اینڈ کی کل فیس پاکستانی روپوں میں کتنی بنے گی؟",
        [FE],
        ["RMB 1 = PKR 40", "7,500"],
        "computed: RMB fee per weekend x 4 x the programme's fixed rate",
    ),
    ("ur-03", P, "ہیلپ لائن؟", [O], ["0800-77287"], "one word"),
    (
        "ur-04",
        P,
        "کیا میچ ڈے ٹرائل کے لیے کم از کم ملازمین کی کوئی شرط ہے؟",
        [AD, MA],
        ["Clause 4.1(b) is deleted", "deleted", "no minimum"],
        "Addendum No. 1 deletes clause 4.1(b) (10 employees) without restating it; answer in English",
    ),
    (
        "ur-05",
        P,
        "ایک کمپنی ہر میچ ڈے پر کتنے اسٹاف بیج لے سکتی ہے؟",
        [HB],
        ["up to 5", "5 staff badges"],
        "handbook v2 raised the superseded v1's 3 badges; answer in English",
    ),
    (
        "ur-06",
        P,
        "کیا فری لانسر کلیکٹو کو پی ایس ایس ایچ ایف ٹریول گرانٹ مل سکتی ہے؟",
        [MA],
        ["✗", "not eligible"],
        "one cell of the eligibility matrix; answer in English",
    ),
    (
        "ur-07",
        P,
        "ہم سیالکوٹ کی ۱۲ افراد کی ٹیم ہیں۔ رجسٹریشن فیس پاکستانی روپوں میں کتنی ہوگی؟",
        [FE],
        ["RMB 2,400", "2,400"],
        "computed: the RMB registration fee at RMB 1 = PKR 40",
    ),
    (
        "ur-08",
        DIR,
        "فیصل آباد یا سیالکوٹ میں سیزن پاس کا سافٹ ویئر بنانے والی کمپنیاں",
        [],
        [],
        "season-pass synonyms + two small/mid Pakistani cities",
    ),
    (
        "ur-09",
        DIR,
        "لائلٹی اور ممبرشپ پروگرام والی کمپنیاں جن کے پاس آئی ایس او ۲۷۰۰۱ نہیں ہے",
        [],
        [],
        "loyalty synonyms + without ISO 27001; no candidate has an unknown cell",
    ),
    ("ur-10", DIR, "۲۰ سے کم ملازمین والی کلاس بکنگ کمپنیاں", [], [], "class-booking synonyms + head count < 20"),
    (
        "ur-11",
        DIR,
        "ریفری ریویو یا امپائر ریویو سسٹم بنانے والی پاکستانی کمپنیاں",
        [],
        [],
        "referee/umpire review synonyms (VAR, DRS) + PK",
    ),
    (
        "ur-12",
        UN,
        "ویزا فائل جمع کرانے کی سروس فیس کتنی ہے؟",
        [],
        STAFF,
        "near miss: the Urdu guide describes the visa file, no service fee",
    ),
    (
        "ur-13",
        UN,
        "میچ ڈے ٹرائل کے میچ کن ٹیموں کے درمیان ہوں گے؟",
        [],
        STAFF,
        "near miss: the handbook names venues and sports, not the teams",
    ),
    ("ur-14", UN, "کراچی میں کل بارش ہوگی؟", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "Lahore wale pitch bootcamp ki fees kitni hai per firm?",
        [VO],
        ["pachees hazaar", "25,000", "PKR 25,000"],
        "stated only in the voice note, as a number word",
    ),
    (
        "ul-02",
        P,
        "hum 4 choti firms Sialkot se hain aur ek hi standard booth share karna chahti hain. har firm ko "
        "kitna dena hoga?",
        [AD, FE],
        ["600", "16,800"],
        "computed: standard booth fee / 4 + sharing surcharge; the replaced clause 3.2 allowed only two firms",
    ),
    (
        "ul-03",
        P,
        "esports aur OTT wala pitch round ab kab hai? time bata dein",
        [CO],
        ["23 October", "Day 3", "15:00"],
        "the correction notice moves the session from the agenda's Day 2 14:00",
    ),
    (
        "ul-04",
        P,
        "chengdu fair mein day 1 ko shaam 19:00 baje kya hai?",
        [AG],
        ["Welcome dinner", "Jinli Banquet Hall"],
        "table-only agenda row",
    ),
    (
        "ul-05",
        P,
        "hamari corner booth hai, hum PSSHF member hain lekin early bird miss ho gaya. final fee kitni banegi?",
        [CO, FE],
        ["19,800", "12%"],
        "computed: the corrected corner fee less the 12% member discount only",
    ),
    (
        "ul-06",
        P,
        "Match Day Trial ke weekends kaun kaun se hain is saal?",
        [HB],
        ["8–9 November 2087", "8-9 November", "29–30 November 2087"],
        "the 2086 report's 3 weekends are last year's",
    ),
    (
        "ul-07",
        P,
        "demo hardware Chengdu warehouse mein kab tak pohanch jana chahiye?",
        [HB],
        ["10 days"],
        "computed: 10 days before the first match weekend (v1 said 7 days)",
    ),
    (
        "ul-08",
        DIR,
        "Islamabad ya Rawalpindi mein stadium wifi wali companies kaun si hain?",
        [],
        [],
        "Wi-Fi synonyms + two cities",
    ),
    (
        "ul-09",
        DIR,
        "volunteer rostering wali companies jo 2075 ke baad bani hon",
        [],
        [],
        "volunteer synonyms + founded after 2075",
    ),
    (
        "ul-10",
        DIR,
        "merchandise e-commerce karne wali companies jin ke paas SOC 2 ho",
        [],
        [],
        "merch synonyms + SOC 2 Type II",
    ),
    (
        "ul-11",
        DIR,
        "league management wali Pakistani companies jin ke 50 se kam log hain",
        [],
        [],
        "league synonyms + PK + head count < 50",
    ),
    (
        "ul-12",
        UN,
        "Lahore pitch bootcamp kis tareekh ko hai?",
        [],
        STAFF,
        "near miss: the voice note says the dates are not final",
    ),
    (
        "ul-13",
        UN,
        "travel grant ka paisa fair ke kitne din baad account mein aata hai?",
        [],
        STAFF,
        "near miss: the grant's cap is given, not when it is paid",
    ),
    (
        "ul-14",
        UN,
        "Chengdu fair mein booth ke carpet ka rang kya hoga?",
        [],
        STAFF,
        "near miss: the booth's furniture is listed, not its carpet",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "early bird discount kitna hai aur kis date tak pay karna hai? 早鸟优惠",
        [FE],
        ["15%", "31 July 2087", "31 July"],
        "two questions in one",
    ),
    (
        "mx-02",
        P,
        "Chinese buyer delegation Lahore kab aa rahi hai? date confirm kar dein",
        [LE],
        ["16 September 2087", "16 September"],
        "the P.S. changes the date in the letter's body",
    ),
    (
        "mx-03",
        P,
        "Match Day Trial ke sab match days ke liye hamein 2 pitch-side network drops chahiye — 网络 ka total kitna?",
        [PR],
        ["480"],
        "computed: 2 drops x 8 match days x the per-drop price",
    ),
    (
        "mx-04",
        P,
        "kya large firm (250+ staff) shared booth le sakti hai? eligibility matrix se batayein",
        [MA],
        ["✗", "not eligible"],
        "one cell of the eligibility matrix",
    ),
    (
        "mx-05",
        P,
        "pichle saal 2086 wale round mein kitne contracts sign hue the?",
        [RE],
        ["9 contracts", "RMB 3.2 million"],
        "last year's figure asked as last year's: answerable from the report",
    ),
    (
        "mx-06",
        P,
        "agar match shaam 19:00 ke baad ho to price list mein extra charge kitna hai? 晚场加收",
        [PR],
        ["加收20%", "20%"],
        "stated only in the Chinese part of the bilingual price list",
    ),
    (
        "mx-07",
        P,
        "one-to-one meetings ek chinese buyer kitni book kar sakta hai? 洽谈",
        [ZF],
        ["15场", "15 meetings"],
        "Chinese FAQ answer 5",
    ),
    (
        "mx-08",
        DIR,
        "sports academy CRM wali firms jo 2022 webinar pe pitch kar chuki hain?",
        [],
        [],
        "academy CRM synonyms + pitched: no company matches",
    ),
    (
        "mx-09",
        DIR,
        "视频回放 aur highlight clipping ke liye Pakistani vendors jin ke 100 se zyada employees hon",
        [],
        [],
        "Chinese + English replay synonyms + PK + head count > 100",
    ),
    (
        "mx-10",
        DIR,
        "crowd-flow analytics wali Pakistani team chahiye jo Mandarin bol sake",
        [],
        [],
        "crowd synonyms + PK + working language Mandarin",
    ),
    (
        "mx-11",
        DIR,
        "seat map aur box office dono karne wali companies? 座位图",
        [],
        [],
        "both services: seat-map and ticketing synonyms",
    ),
    (
        "mx-12",
        UN,
        "Match Day Trial ke liye equipment insurance kitni amount ki chahiye? 保险金额",
        [],
        STAFF,
        "near miss: the handbook asks for equipment insurance, no amount",
    ),
    (
        "mx-13",
        UN,
        "LED ribbon board ka size kya hai, kitne meter? 尺寸",
        [],
        STAFF,
        "near miss: the price list prices the LED slot, not its size",
    ),
    ("mx-14", UN, "2088 wale round ki booth fees kya hongi? next year ka plan", [], STAFF, "near miss: a future round"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s38-{suffix}"
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
    matrix_docx()
    faq_docx()
    letter_docx()
    prices_docx()
    fees_pdf()
    report_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
