"""Build the binary and byte-exact parts of sample-33 ("Ledger Lantern 2078").

Writes the FAQ as a Word file without a table (bold question paragraphs ending in "?", Normal answers, some
answers that refer back "as above"), the Shenzhen expo agenda (Word, one table of session times per day), the
Chinese buyer notice (Word; a two-column 项目/内容 table, 一、 and （一） headings, 万元 amounts, 年月日 dates), the
Urdu application guide (right-to-left Word paragraphs, Urdu digits), the Launch Night slides (a PDF exported from
slides: landscape pages, one large title, 3-6 bullets and a slide number each), the grant guidelines (PDF whose
grant table carries *, † and [1] marks explained in footnotes at the foot of the page), the selection criteria
(PDF), directory.csv and questions-33.jsonl. The other .md, .html and UTF-8 .txt documents are written by hand.
Directory answer sets and arithmetic answers come from validate_sample33 (FILTERS, COMPUTED). Running it twice
gives the same bytes.
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
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample33 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2078, 1, 10, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="PFSEC PMU"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Ledger Lantern 2078"
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


def table(doc, rows, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0 and bold_header:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


# ============================================================================ 1. FAQ without a table
FAQ_ITEMS = [
    (
        "Who can apply to Ledger Lantern 2078?",
        [
            "Any software firm registered in Pakistan with the SECP whose product is live at one or more banks, "
            "microfinance banks, electronic money institutions or payment service providers. Size does not matter "
            "for eligibility; the full-time head count on the day of application only sets the fee band.",
        ],
    ),
    (
        "When does the TEC meet, and when will we hear back?",
        [
            "The TEC scores complete applications between 20 April and 2 May 2078. Shortlisted firms are invited "
            "to an online pitch between 9 and 12 May 2078.",
            "Every applicant receives its result by e-mail on 20 May 2078. Selected firms receive a selection "
            "letter with it.",
        ],
    ),
    (
        "What documents do we upload with the application?",
        [
            "Upload the SECP certificate of incorporation, the firm's NTN with proof that it is on the Active "
            "Taxpayers List, the PSEB registration certificate, the last audited accounts (or, for a firm less "
            "than two years old, twelve months of bank statements), a product deck of no more than 15 slides and "
            "two client references from banks or payment service providers.",
        ],
    ),
    (
        "If we withdraw after being selected, how much of the participation fee do we get back?",
        [
            "Withdraw in writing to the PMU by 30 June 2078 and the whole participation fee is refunded.",
            "From 1 July to 31 August 2078 half of it is refunded: PKR 27,500 for Band A and PKR 46,000 for "
            "Band B. After 31 August 2078 nothing is refunded.",
        ],
    ),
    (
        "And for Bands C and D?",
        [
            "As above, but for band C the half refund is PKR 74,000 and for band D it is PKR 117,500. Sales tax "
            "already invoiced is credited back on the same dates.",
        ],
    ),
    (
        "Is the application fee refunded if we are not selected?",
        [
            "No. The application fee is never refunded, whether or not the firm is selected and whether or not it "
            "later withdraws.",
        ],
    ),
    (
        "Can a group of companies send one application?",
        [
            "No. Each firm applies on its own with its own SECP registration. Two firms of the same group may both "
            "apply, but the TEC will not select more than one firm of a group.",
        ],
    ),
    (
        "Do we need a Mandarin speaker in our team?",
        [
            "No. CPDFA provides interpreters at the expo and on the bank site-visit tour, and pitches to the TEC "
            "may be given in English.",
        ],
    ),
    (
        "How are grants paid?",
        [
            "Grants repay costs that the firm has already paid. Send one claim per grant to "
            "grants@ledgerlantern.example within 60 days after the event or audit, with paid invoices and proof "
            "of payment.",
            "As above for every grant type, except that no claim for 2078 is accepted after 15 January 2079.",
        ],
    ),
    (
        "Where do we send questions that this FAQ does not answer?",
        [
            "Write to help@ledgerlantern.example or call the helpline. The PMU does not discuss individual "
            "applications while the TEC is scoring them.",
        ],
    ),
]


def faq_docx():
    doc = docx.Document()
    doc.add_paragraph("Ledger Lantern 2078 \u2014 Frequently asked questions", style="Title")
    doc.add_paragraph("PFSEC PMU, Karachi \u00b7 updated 25 April 2078")
    for question, answers in FAQ_ITEMS:
        p = doc.add_paragraph()
        p.add_run(question).bold = True
        for text in answers:
            doc.add_paragraph(text)
    save_docx(doc, v.FAQ, "Ledger Lantern 2078 - FAQ", datetime.datetime(2078, 4, 25, 9, 0, 0))


# ============================================================================ 6. expo agenda
AGENDA_DAYS = [
    (
        "Day 1 \u2014 Tuesday 8 November 2078",
        [
            [
                "09:00\u201309:45",
                "Opening ceremony and Pakistan Pavilion ribbon-cutting",
                "Main Stage, Hall 7",
                "Ms Sadia Rauf (PFSEC); Mr Zhou Lin (CPDFA)",
            ],
            [
                "10:00\u201311:15",
                "Keynote: instant payments and QR interoperability between Pakistan and China",
                "Main Stage, Hall 7",
                "Dr Kamran Aziz",
            ],
            [
                "11:30\u201312:30",
                "Panel: eKYC and digital onboarding for cross-border wallets",
                "Room 2A",
                "Ms Li Wenjing; Mr Faraz Siddiqui",
            ],
            [
                "14:00\u201317:00",
                "Pakistan Pavilion open demonstrations",
                "Hall 7, stands P1\u2013P40",
                "Selected Pakistani firms",
            ],
        ],
    ),
    (
        "Day 2 \u2014 Wednesday 9 November 2078",
        [
            [
                "09:30\u201312:30",
                "Buyer matchmaking: pre-booked meetings of 25 minutes",
                "Matchmaking Hall, Level 2",
                "CPDFA buyer desk",
            ],
            ["14:00\u201314:45", "Showcase: Shariah-compliant banking modules", "Room 3B", "Ms Hina Qureshi"],
            ["15:00\u201316:15", "Panel: open banking APIs and API gateways", "Room 2A", "Mr Chen Hao; Mr Usman Tariq"],
            ["16:30\u201317:30", "Workshop: PCI DSS in practice for payment firms", "Room 3B", "Ms Ayesha Malik"],
        ],
    ),
    (
        "Day 3 \u2014 Thursday 10 November 2078",
        [
            [
                "09:30\u201310:15",
                "Talk: from sandbox to production with city commercial banks",
                "Room 2A",
                "Mr Wang Jun",
            ],
            [
                "10:30\u201312:00",
                "Demo Day: ten Pakistani firms pitch to buyers",
                "Main Stage, Hall 7",
                "Chaired by Ms Sadia Rauf",
            ],
            [
                "14:00\u201315:00",
                "Closing session and signing of memoranda of understanding",
                "Main Stage, Hall 7",
                "PFSEC and CPDFA",
            ],
        ],
    ),
]


def agenda_docx():
    doc = docx.Document()
    doc.add_paragraph("Shenzhen Cross-Border FinTech Expo 2078 \u2014 Pakistan Pavilion agenda", style="Title")
    doc.add_paragraph(
        "Hall 7, Qianhai Exhibition Centre, Shenzhen \u00b7 8 to 10 November 2078 \u00b7 issued by the CPDFA "
        "liaison office, Shenzhen, 1 September 2078. Times are China Standard Time (PKT + 3 hours)."
    )
    for heading, rows in AGENDA_DAYS:
        doc.add_heading(heading, level=1)
        table(doc, [["Time", "Session", "Room", "Speaker"], *rows])
    doc.add_heading("Notes", level=1)
    for text in [
        "Buyer meetings on Day 2 are booked on the portal until 25 October 2078; each Pakistani firm may hold up "
        "to 12 meetings.",
        "Demo Day places go to the ten selected firms with the highest TEC scores that ask for one by 1 October 2078.",
        "Stands P1\u2013P40 are open from 09:00 to 18:00 on all three days.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    save_docx(doc, v.AGENDA, "Ledger Lantern 2078 - Expo agenda", datetime.datetime(2078, 9, 1, 9, 0, 0))


# ============================================================================ 7. Chinese buyer notice
ZH_TABLE = [
    ["项目", "内容"],
    ["项目名称", "账簿明灯2078（Ledger Lantern 2078）中巴金融科技与数字银行软件合作项目"],
    ["组织单位", "巴基斯坦金融科技软件出口商理事会（PFSEC）、中巴数字金融合作联盟（CPDFA）"],
    ["巴方企业申请截止", "2078年4月14日（依据更正通知第1号延长）"],
    ["银行考察团", "2078年11月3日至6日，杭州、宁波、绍兴"],
    ["接待银行补贴", "每家接待银行人民币1.2万元，考察结束后30日内支付"],
    ["博览会时间", "2078年11月8日至10日"],
    ["博览会地点", "深圳前海会展中心7号馆"],
    ["采购方洽谈日", "2078年11月9日（每场25分钟）"],
    ["采购方报名截止", "2078年9月30日"],
    ["试点配套资助比例", "试点合同金额的25%（员工100人以下的采购方为30%）"],
    ["试点配套资助上限", "每家采购方最高8万元（员工100人以下的采购方最高5万元）"],
    ["配套资助申报时间", "2078年11月15日至12月31日"],
]


def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“账簿明灯2078”中方机构参与须知", style="Title")
    doc.add_paragraph("中巴数字金融合作联盟（CPDFA）杭州秘书处　2078年3月15日")
    doc.add_heading("一、项目概况", level=1)
    doc.add_heading("（一）项目简介", level=2)
    doc.add_paragraph(
        "“账簿明灯2078”是中巴金融科技与数字银行软件合作项目，帮助城市商业银行、农村信用合作社、持牌支付机构、消费金融"
        "公司、跨境电商卖家、证券公司、租赁和保理公司、金融科技SaaS企业及银行系统集成商，对接提供核心银行系统、数字钱包、"
        "支付网关、二维码支付、电子身份核验、反洗钱、反欺诈、信用评分、伊斯兰金融模块、监管报送和开放银行接口等产品的巴方企业。"
    )
    doc.add_heading("（二）主要信息一览", level=2)
    doc.add_paragraph("下表列出中方机构最常查询的事项（左列为项目，右列为内容）：")
    table(doc, ZH_TABLE)
    doc.add_heading("二、参与方式", level=1)
    for text in [
        "中方采购方请在报名截止日前通过联盟网站登记，写明希望对接的产品类别和洽谈语言。",
        "接待银行请于2078年9月30日前向杭州秘书处确认参访路线、保密要求和安全讲解安排。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("三、资助与费用", level=1)
    doc.add_paragraph(
        "中方机构参加博览会和洽谈日不收取费用。与入选巴方企业签订付费试点合同的采购方，可按上表比例和上限申请配套资助，"
        "须提交试点合同、付款凭证和巴方企业出具的验收确认。"
    )
    doc.add_heading("四、联系方式", level=1)
    for text in [
        "杭州秘书处：杭州市上城区钱江路166号12楼，电话 +86 571 5550 2078，邮箱 hangzhou@ledgerlantern.example。",
        "深圳联络处（博览会）：深圳市福田区益田路3008号18楼，电话 +86 755 5550 2078。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.ZH_DOCX, "Ledger Lantern 2078 buyer notice (Chinese)", datetime.datetime(2078, 3, 15, 9, 0, 0))


# ============================================================================ Urdu application guide (RTL Word)
def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


def ur_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("لیجر لالٹین ۲۰۷۸ — درخواست کی رہنمائی اور دفاتر کی تعطیلات", style="Title"))
    rtl(doc.add_paragraph("پی ایف ایس ای سی، کراچی — ۲۰ جنوری ۲۰۷۸"))
    rtl(
        doc.add_paragraph(
            "یہ رہنمائی ان پاکستانی کمپنیوں کے لیے ہے جو لیجر لالٹین ۲۰۷۸ میں شرکت کے لیے درخواست دینا چاہتی ہیں۔ درخواست صرف "
            "آن لائن پورٹل پر دی جاتی ہے، اور درخواست کے ساتھ تمام کاغذات پی ڈی ایف کی شکل میں لگائے جاتے ہیں۔"
        )
    )
    rtl(doc.add_heading("درخواست کے ساتھ لگائے جانے والے کاغذات", level=1))
    for text in [
        "۱۔ کمپنی کی رجسٹریشن کا سرٹیفکیٹ (SECP)۔",
        "۲۔ نیشنل ٹیکس نمبر (NTN) اور ایکٹو ٹیکس پیئر لسٹ میں شامل ہونے کا ثبوت۔",
        "۳۔ پاکستان سافٹ ویئر ایکسپورٹ بورڈ (PSEB) کی رجسٹریشن کا سرٹیفکیٹ۔",
        "۴۔ آخری آڈٹ شدہ مالی حسابات، یا دو سال سے کم پرانی کمپنی کے لیے بارہ ماہ کے بینک اسٹیٹمنٹ۔",
        "۵۔ زیادہ سے زیادہ ۱۵ سلائیڈوں پر مشتمل پروڈکٹ کا تعارف۔",
        "۶۔ بینکوں یا ادائیگی کی خدمات دینے والے اداروں سے دو کلائنٹ ریفرنس۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("دفاتر کی تعطیلات ۲۰۷۸", level=1))
    rtl(
        doc.add_paragraph(
            "ان دنوں کراچی سیکرٹریٹ، لاہور اور اسلام آباد ڈیسک اور ہیلپ لائن بند رہیں گے۔ بند دن بھیجی گئی ای میل کا جواب اگلے دو "
            "کاروباری دنوں میں دیا جاتا ہے۔"
        )
    )
    for text in [
        "۵ فروری — یوم یکجہتی کشمیر",
        "۲۳ مارچ — یوم پاکستان",
        "یکم مئی — یوم مزدور",
        "۱۴ اگست — یوم آزادی",
        "۹ نومبر — یوم اقبال",
        "۲۵ دسمبر — یوم قائد اعظم",
        "عید الفطر اور عید الاضحیٰ — تین تین دن، چاند نظر آنے پر تاریخوں کا اعلان کیا جائے گا",
    ]:
        rtl(doc.add_paragraph(text, style="List Bullet"))
    rtl(
        doc.add_paragraph(
            "چینی دفاتر (ہانگژو اور شینزین) یکم سے ۷ اکتوبر تک قومی تعطیلات پر بند رہیں گے۔ دبئی کا پارٹنر ڈیسک متحدہ عرب امارات کی "
            "سرکاری تعطیلات پر بند رہتا ہے۔"
        )
    )
    save_docx(doc, v.UR_DOCX, "Ledger Lantern 2078 - application guide (Urdu)", datetime.datetime(2078, 1, 20, 9, 0, 0))


# ============================================================================ PDFs
def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252")


class PdfPage:
    def __init__(self, width=612, height=792):
        self.ops = []
        self.width, self.height = width, height

    def text(self, x, y, s, face="/F1", size=9):
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_str(s) + b") Tj ET\n")

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())


def write_pdf(name, pages, title):
    writer = pypdf.PdfWriter()

    def font(base):
        return writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    fonts = DictionaryObject({NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")})
    for page in pages:
        pdf_page = writer.add_blank_page(page.width, page.height)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Producer": "PFSEC document office", "/Author": "PFSEC"})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def slides_pdf():
    """Slides exported to PDF: landscape 792 x 612 pages, one large title, bullets, "n / N" bottom right."""
    pages = []
    total = len(v.SLIDES_TEXT)
    for n, (title, bullets) in enumerate(v.SLIDES_TEXT, 1):
        p = PdfPage(792, 612)
        p.text(60, 520, title, "/F2", 32)
        p.rule(60, 500, 732, 500, 2)
        y = 440
        for b in bullets:
            p.text(80, y, "\u2022 " + b, "/F1", 18)
            y -= 46
        p.text(60, 52, "Ledger Lantern 2078 \u00b7 Launch Night \u00b7 PFSEC", "/F1", 10)
        p.text(700, 30, f"{n} / {total}", "/F1", 12)
        pages.append(p)
    write_pdf(v.SLIDES, pages, "Ledger Lantern 2078 - Launch Night slides")


GRANT_ROWS = [
    ("Market Access Grant (MAG)", "Expo stand share, economy airfare, hotel", "50%", "PKR 400,000*"),
    ("Bank Tour Grant (BTG)", "Bank site-visit tour package", "60%\u2020", "PKR 250,000"),
    ("Compliance Readiness Grant (CRG)", "PCI DSS or ISO 27001 certification audit", "50%[1]", "PKR 600,000"),
    ("Sandbox Integration Grant (SIG)", "Sandbox fees, integration engineers' time", "40%", "PKR 300,000"),
]


def grants_pdf():
    p = PdfPage()
    p.text(50, 752, "LEDGER LANTERN 2078", "/F2", 15)
    p.text(50, 734, "Grant guidelines for selected Pakistani firms", "/F2", 11.5)
    p.text(50, 720, "PFSEC PMU, Karachi - 5 February 2078", "/F1", 8.5)
    p.rule(50, 712, 562, 712)
    intro = [
        "Grants repay part of costs that a selected firm has already paid; they are not advances. Each grant",
        "repays its share of the eligible cost up to its cap per firm. A firm may use all four grants in the same",
        "year, but no firm receives more than PKR 1,200,000 in grants in 2078.",
    ]
    y = 692
    for line in intro:
        p.text(50, y, line, "/F1", 9.5)
        y -= 13
    y -= 10
    p.text(50, y, "Table 1: Grants 2078", "/F2", 10)
    y -= 20
    cols = (52, 230, 430, 485)
    p.rule(50, y + 13, 562, y + 13, 0.6)
    for x, h in zip(cols, ("Grant", "What it covers", "Share", "Cap per firm")):
        p.text(x, y, h, "/F2", 9.5)
    p.rule(50, y - 5, 562, y - 5, 0.6)
    y -= 20
    for row in GRANT_ROWS:
        for x, cell in zip(cols, row):
            p.text(x, y, cell, "/F1", 9)
        p.rule(50, y - 8, 562, y - 8, 0.3)
        y -= 24
    y -= 10
    rules = [
        "Eligible costs must be invoiced and paid between the selection letter and 31 December 2078. Salaries of the",
        "firm's own staff, laptops and phones are not eligible. A cost can be claimed under one grant only.",
        "Claims go to grants@ledgerlantern.example within 60 days after the event or audit, with paid invoices and",
        "proof of payment; no claim for 2078 is accepted after 15 January 2079.",
        "Worked example: a firm that pays PKR 700,000 for a PCI DSS audit receives 50% of it, PKR 350,000, which is",
        "under the cap; a firm that pays PKR 1,500,000 receives the cap of PKR 600,000.",
    ]
    for line in rules:
        p.text(50, y, line, "/F1", 9.5)
        y -= 13
    # footnotes at the foot of the page
    p.rule(50, 150, 250, 150, 0.5)
    notes = [
        "* Per firm, not per delegate; economy class airfare only.",
        "\u2020 60% only for firms with fewer than 50 full-time staff; firms with 50 or more full-time staff receive 45%.",
        "[1] 70% for firms whose head office is in Balochistan, Khyber Pakhtunkhwa or Gilgit-Baltistan.",
    ]
    y = 136
    for line in notes:
        p.text(50, y, line, "/F1", 8)
        y -= 12
    p.text(280, 36, "Page 1 of 1", "/F1", 8)
    write_pdf(v.GRANTS, [p], "Ledger Lantern 2078 - Grant guidelines")


def criteria_pdf():
    p = PdfPage()
    p.text(50, 752, "LEDGER LANTERN 2078", "/F2", 15)
    p.text(50, 734, "Selection criteria for Pakistani firms", "/F2", 11.5)
    p.text(50, 720, "PFSEC and CPDFA - 12 January 2078", "/F1", 8.5)
    p.rule(50, 712, 562, 712)
    y = 690
    p.text(50, y, "Part A - Eligibility (every item must be met)", "/F2", 10.5)
    y -= 18
    for line in [
        "a)  The firm is registered in Pakistan with the SECP and has traded for at least two years.",
        "b)  The product presented is live at one or more banks, microfinance banks or payment service providers.",
        "c)  The firm is on the FBR Active Taxpayers List.",
        "d)  The product is the firm's own work, not a resold or white-labelled product.",
    ]:
        p.text(62, y, line, "/F1", 9.5)
        y -= 13
    y -= 8
    p.text(50, y, "Part B - Scoring by the TEC (weights in per cent)", "/F2", 10.5)
    y -= 18
    for num, item, w in v.CRITERIA_ITEMS:
        p.text(62, y, f"{num} {item}", "/F1", 9.5)
        p.text(520, y, f"{w}%", "/F1", 9.5)
        p.rule(60, y - 4, 545, y - 4, 0.3)
        y -= 16
    y -= 10
    p.text(50, y, "Shortlist, pitch and ranking", "/F2", 10.5)
    y -= 18
    for line in [
        "The TEC has five members: two PFSEC nominees, two CPDFA nominees and one independent banker.",
        "A firm needs a weighted score of at least 65% in Part B to be shortlisted for the online pitch.",
        "Where two firms have the same score, the firm with the higher score under item 2 ranks first.",
        "The TEC selects up to 40 firms. Its decision is final; firms that are not selected may ask the PMU",
        "for their scores within 14 days of the results.",
    ]:
        p.text(50, y, line, "/F1", 9.5)
        y -= 13
    p.text(280, 36, "Page 1 of 1", "/F1", 8)
    write_pdf(v.CRITERIA, [p], "Ledger Lantern 2078 - Selection criteria")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched_at_webinar
D = [
    (
        "PK-001",
        "Sarmaya Core Systems (Pvt) Ltd",
        "萨尔玛雅核心系统",
        "Karachi",
        2006,
        620,
        "core banking system;Islamic banking module (murabaha, ijarah);general ledger & accounting automation;"
        "branch teller software",
        "banking;microfinance",
        "Java;Oracle;Spring",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "A core banking vendor whose system runs conventional and Islamic windows side by side.",
        "提供常规与伊斯兰银行业务并行的核心银行系统。",
        "sarmayacore",
        "yes",
    ),
    (
        "PK-002",
        "Sarmaya Pay",
        "",
        "Karachi",
        2019,
        45,
        "payment gateway;merchant acquiring;recurring billing;fraud rules engine",
        "fintech;e-commerce",
        "Node.js;PostgreSQL",
        "PCI DSS Level 1",
        "English;Urdu",
        "An online payment gateway and acquiring processor for Pakistani merchants.",
        "",
        "sarmayapay",
        "no",
    ),
    (
        "PK-003",
        "Kite (Pvt) Ltd",
        "",
        "Lahore",
        2017,
        33,
        "BNPL engine;instalment checkout plugin;merchant financing",
        "e-commerce;retail",
        "Kotlin;Go",
        "none",
        "English;Urdu",
        "Builds a buy-now-pay-later engine that online shops add to their checkout.",
        "",
        "kitepk",
        "no",
    ),
    (
        "PK-004",
        "Hisaab Cloud",
        "希萨布云",
        "Islamabad",
        2012,
        140,
        "bank reconciliation automation;accounts payable automation;ERP connectors for banks",
        "banking;SMEs",
        "Python;.NET",
        "ISO 9001",
        "English;Urdu",
        "Automates bank reconciliation and payables for banks and mid-size companies.",
        "为银行和中型企业提供自动对账。",
        "hisaabcloud",
        "yes",
    ),
    (
        "PK-005",
        "Hisaab Wallet",
        "",
        "Lahore",
        2020,
        28,
        "digital wallet app;QR code payments;utility bill payment aggregation",
        "fintech;telecom",
        "Flutter;Firebase",
        "",
        "English;Urdu;Punjabi",
        "A consumer wallet with QR payments and bill payments.",
        "",
        "hisaabwallet",
        "no",
    ),
    (
        "PK-006",
        "Pehchan ID Labs",
        "佩赫昌身份实验室",
        "Islamabad",
        2014,
        210,
        "eKYC with NADRA Verisys;biometric customer onboarding;liveness detection",
        "banking;telecom;insurance",
        "C++;Python;OpenCV",
        "ISO 27001",
        "English;Urdu",
        "Identity verification and biometric onboarding for banks and mobile operators.",
        "为银行和运营商提供身份核验。",
        "pehchanid",
        "yes",
    ),
    (
        "PK-007",
        "Shanakht Onboard",
        "",
        "Karachi",
        2018,
        52,
        "digital onboarding (e-KYC);CNIC document OCR;video KYC sessions",
        "banking;brokerage",
        "Kotlin;TensorFlow",
        "none",
        "English;Urdu",
        "Remote account opening with document reading and video calls.",
        "",
        "shanakht",
        "no",
    ),
    (
        "PK-008",
        "Nigraan AML Systems",
        "尼格兰反洗钱系统",
        "Lahore",
        2009,
        540,
        "AML transaction monitoring;sanctions screening;compliance case management",
        "banking;exchange companies",
        "Java;Kafka;Elasticsearch",
        "ISO 27001;SOC 2 Type II",
        "English;Urdu",
        "Transaction monitoring and sanctions screening for banks and exchange companies.",
        "为银行提供交易监测和制裁名单筛查。",
        "nigraan",
        "yes",
    ),
    (
        "PK-009",
        "Chaukas Fraud Analytics",
        "",
        "Lahore",
        2016,
        74,
        "real-time fraud detection;device fingerprinting;chargeback management",
        "payments;e-commerce",
        "Scala;Spark",
        "PCI DSS",
        "English;Urdu",
        "Scores card and wallet transactions for fraud in real time.",
        "实时反欺诈评分。",
        "chaukas",
        "yes",
    ),
    (
        "PK-010",
        "Qarz Score",
        "",
        "Karachi",
        2019,
        38,
        "alternative-data credit scoring;psychometric credit assessment;loan decision engine",
        "microfinance;consumer lending",
        "Python;AWS",
        "",
        "English;Urdu",
        "Credit scores for thin-file borrowers built from phone and payment data.",
        "",
        "qarzscore",
        "no",
    ),
    (
        "PK-011",
        "Udhaar Labs",
        "",
        "Lahore",
        2021,
        19,
        "loan origination system (LOS);collections & recovery workflows;SMS dunning;micro-lending app for shopkeepers",
        "microfinance;nano-lending",
        "Laravel;MySQL",
        "none",
        "English;Urdu",
        "Loan origination and collections software for small lenders.",
        "",
        "udhaarlabs",
        "yes",
    ),
    (
        "PK-012",
        "Wasooli Tech",
        "",
        "Faisalabad",
        2013,
        95,
        "debt collection software;field recovery agent app;portfolio-at-risk analytics",
        "banking;leasing",
        ".NET;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Collection software and a field-agent app for banks and leasing companies.",
        "",
        "wasooli",
        "no",
    ),
    (
        "PK-013",
        "Agent Dost Networks",
        "代理之友网络",
        "Multan",
        2011,
        310,
        "branchless banking agent network management;agent liquidity management;microfinance core",
        "microfinance;telecom",
        "Java;Oracle",
        "ISO 27001",
        "English;Urdu;Saraiki",
        "Runs agent networks for branchless banking across southern Punjab.",
        "管理无网点银行代理网络。",
        "agentdost",
        "yes",
    ),
    (
        "PK-014",
        "Kisan Khata",
        "",
        "Multan",
        2022,
        14,
        "agri microfinance lending app;crop-linked loan scoring",
        "agriculture;microfinance",
        "React Native;Django",
        "none",
        "English;Urdu",
        "A lending app for farmers that prices loans by crop and season.",
        "",
        "kisankhata",
        "no",
    ),
    (
        "PK-015",
        "Mizan Shariah Tech",
        "米赞伊斯兰金融科技",
        "Karachi",
        2010,
        160,
        "Shariah-compliant banking software;sukuk & takaful administration;profit distribution (pool management)",
        "Islamic banking;takaful",
        "Java;DB2",
        "ISO 9001",
        "English;Urdu;Arabic",
        "Software for Islamic banks and takaful operators, including profit pools.",
        "为伊斯兰银行提供软件。",
        "mizanshariah",
        "yes",
    ),
    (
        "PK-016",
        "Amanat Islamic Fintech",
        "",
        "Peshawar",
        2019,
        22,
        "Islamic microfinance (qard hasan) platform;diminishing musharakah calculator",
        "Islamic banking;microfinance",
        "PHP;Laravel",
        "",
        "English;Urdu;Pashto",
        "A small Peshawar team building interest-free microfinance tools.",
        "",
        "amanatfintech",
        "no",
    ),
    (
        "PK-017",
        "Zabita RegTech",
        "",
        "Islamabad",
        2015,
        66,
        "regulatory reporting (SBP returns);XBRL reporting;compliance dashboards",
        "banking;DFIs",
        "Python;Power BI",
        "none",
        "English;Urdu",
        "Prepares central-bank returns and XBRL filings for banks.",
        "监管报送软件。",
        "zabita",
        "yes",
    ),
    (
        "PK-018",
        "Report Rail",
        "",
        "Rawalpindi",
        2020,
        11,
        "RegTech: automated regulatory returns;CTR/STR filing tool",
        "exchange companies;microfinance",
        "Go;React",
        "none",
        "English",
        "A small regtech firm automating returns and suspicious-transaction filings.",
        "",
        "reportrail",
        "no",
    ),
    (
        "PK-019",
        "Darwaza API Hub",
        "",
        "Islamabad",
        2018,
        48,
        "open banking APIs;API gateway & developer portal;consent management",
        "banking;fintech",
        "Kong;Node.js;Kubernetes",
        "ISO 27001",
        "English;Urdu",
        "An API gateway and developer portal for banks opening their services to fintechs.",
        "为银行提供开放银行接口平台。",
        "darwaza",
        "yes",
    ),
    (
        "PK-020",
        "Pul Connect",
        "",
        "Lahore",
        2021,
        26,
        "Open-API integration layer for banks;webhook delivery & API monitoring",
        "banking;payments",
        "Go;gRPC",
        "",
        "English;Urdu",
        "Connects bank cores to fintech partners through one integration layer.",
        "",
        "pulconnect",
        "no",
    ),
    (
        "PK-021",
        "Tap Bazaar POS",
        "",
        "Karachi",
        2015,
        230,
        "POS terminal software;Android POS terminals;merchant onboarding portal",
        "retail;payments",
        "Android;Java",
        "PCI DSS;PCI PTS",
        "English;Urdu",
        "Supplies Android POS terminals and their software to acquirers.",
        "提供安卓POS终端。",
        "tapbazaar",
        "yes",
    ),
    (
        "PK-022",
        "Jadoo SoftPOS",
        "",
        "Karachi",
        2022,
        17,
        "SoftPOS (tap-to-phone) acceptance;contactless kernel certification support",
        "payments;retail",
        "Kotlin;C",
        "none",
        "English;Urdu",
        "Turns Android phones into card-acceptance devices.",
        "",
        "jadoosoftpos",
        "no",
    ),
    (
        "PK-023",
        "Sarhad Remit Tech",
        "",
        "Peshawar",
        2012,
        85,
        "cross-border remittance platform;FX rate engine;exchange-company back office;AML screening for money changers",
        "exchange companies;banking",
        "Java;Angular",
        "ISO 27001",
        "English;Urdu;Pashto",
        "Remittance and exchange-company software used along the Gulf corridor.",
        "",
        "sarhadremit",
        "yes",
    ),
    (
        "PK-024",
        "Dirham Link",
        "",
        "Sialkot",
        2020,
        24,
        "inward remittance app for Gulf workers;foreign exchange (FX) booking",
        "remittances",
        "Flutter;Node.js",
        "",
        "English;Urdu;Punjabi",
        "An app for workers in the Gulf to send money home.",
        "",
        "dirhamlink",
        "no",
    ),
    (
        "PK-025",
        "Milan Recon",
        "",
        "Rawalpindi",
        2014,
        58,
        "automated reconciliation (card, wallet, RTGS);settlement file processing",
        "banking;payments",
        "Python;PostgreSQL",
        "ISO 9001",
        "English",
        "Reconciles card, wallet and RTGS settlement files for banks.",
        "",
        "milanrecon",
        "no",
    ),
    (
        "PK-026",
        "Raftaar Recon",
        "",
        "Islamabad",
        2017,
        31,
        "transaction reconciliation engine;dispute management",
        "payments;e-commerce",
        ".NET;Azure",
        "none",
        "English;Urdu",
        "Matches payment transactions across processors and handles disputes.",
        "",
        "raftaarrecon",
        "yes",
    ),
    (
        "PK-027",
        "Daulat Robo",
        "",
        "Karachi",
        2018,
        40,
        "robo-advisory;mutual fund distribution app;goal-based investing",
        "asset management;brokerage",
        "Python;React",
        "",
        "English;Urdu",
        "A robo-advisor and fund distribution app for retail investors.",
        "",
        "daulatrobo",
        "no",
    ),
    (
        "PK-028",
        "Nivesh Apps",
        "",
        "Lahore",
        2013,
        120,
        "wealth management app;portfolio analytics;stock broker trading app",
        "brokerage;asset management",
        "Swift;Kotlin;Java",
        "ISO 27001",
        "English;Urdu",
        "Trading and wealth apps for brokers and asset managers.",
        "为券商提供交易App。",
        "niveshapps",
        "yes",
    ),
    (
        "PK-029",
        "Chabi Cards",
        "查比卡务",
        "Karachi",
        2008,
        410,
        "card management system (CMS);card issuing & personalisation;tokenization service",
        "banking;payments",
        "C;Java;HSM",
        "PCI DSS;ISO 27001",
        "English;Urdu",
        "Card management, issuing and tokenisation for banks.",
        "为银行提供卡管理和令牌化服务。",
        "chabicards",
        "yes",
    ),
    (
        "PK-030",
        "Token Qila",
        "",
        "Lahore",
        2019,
        36,
        "payment tokenisation vault;3-D Secure ACS with risk-based fraud checks",
        "payments;e-commerce",
        "Go;HSM",
        "PCI DSS",
        "English",
        "A token vault and 3-D Secure server for issuers.",
        "",
        "tokenqila",
        "no",
    ),
    (
        "PK-031",
        "Silsila Chain Labs",
        "",
        "Islamabad",
        2016,
        44,
        "blockchain trade finance;letters of credit (LC) on distributed ledger;supply-chain finance",
        "trade finance;banking",
        "Hyperledger Fabric;Go",
        "ISO 27001",
        "English;Urdu",
        "Blockchain letters of credit and supply-chain finance for banks.",
        "区块链信用证。",
        "silsila",
        "yes",
    ),
    (
        "PK-032",
        "Qafila Trade Tech",
        "",
        "Karachi",
        2020,
        21,
        "digital L/C issuance portal;trade document digitisation;FX hedging calculator for exporters",
        "trade finance;logistics",
        "Java;Corda",
        "",
        "English;Urdu",
        "Digitises trade documents and letters of credit for exporters.",
        "",
        "qafila",
        "no",
    ),
    (
        "PK-033",
        "Mehfooz PCI Consulting",
        "",
        "Lahore",
        2011,
        63,
        "PCI DSS compliance consulting;QSA gap assessment;penetration testing",
        "payments;banking",
        "Kali Linux;Burp Suite",
        "ISO 27001;CREST",
        "English;Urdu",
        "Helps payment firms reach and keep PCI DSS compliance.",
        "",
        "mehfoozpci",
        "yes",
    ),
    (
        "PK-034",
        "Qila Security Audits",
        "",
        "Islamabad",
        2019,
        15,
        "PCI-DSS readiness reviews;ISO 27001 implementation;vulnerability assessment",
        "fintech;government",
        "Nessus;Python",
        "none",
        "English",
        "Readiness reviews and security testing for smaller fintechs.",
        "",
        "qilaaudits",
        "no",
    ),
    (
        "PK-035",
        "Raftaar Instant Pay",
        "",
        "Lahore",
        2017,
        88,
        "instant payment scheme integration;QR code (merchant-presented) switch;P2M payments",
        "banking;payments",
        "Java;Kafka",
        "PCI DSS",
        "English;Urdu",
        "Connects banks and wallets to the instant-payment scheme and its QR standard.",
        "即时支付和二维码接入。",
        "raftaarpay",
        "yes",
    ),
    (
        "PK-036",
        "Apna Mobile Banking Studio",
        "",
        "Islamabad",
        2010,
        190,
        "mobile banking apps;internet banking portal;chatbot banking;core banking integration layer",
        "banking",
        "Swift;Kotlin;Angular",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Builds mobile and internet banking for mid-size banks.",
        "手机银行开发。",
        "apnamobile",
        "yes",
    ),
    (
        "PK-037",
        "Sitara Neo Core",
        "",
        "Karachi",
        2021,
        130,
        "cloud-native core banking;digital bank in a box;product factory",
        "digital banks;microfinance",
        "Kotlin;Kubernetes;AWS",
        "ISO 27001",
        "English;Urdu",
        "A cloud-native core for new digital banks.",
        "",
        "sitaracore",
        "no",
    ),
    (
        "PK-038",
        "Indus Gateway Payments",
        "",
        "Hyderabad",
        2009,
        76,
        "online payment gateway;payment links;cash-on-delivery to digital conversion",
        "e-commerce;government",
        "PHP;MySQL",
        "PCI DSS",
        "English;Urdu;Sindhi",
        "A payment gateway used by online shops and government fee portals.",
        "",
        "indusgateway",
        "no",
    ),
    (
        "PK-039",
        "Taraazu Risk Labs",
        "塔拉祖风险实验室",
        "Islamabad",
        2007,
        2150,
        "IFRS 9 expected credit loss models;Basel III regulatory reporting;anti-money laundering analytics",
        "banking;DFIs",
        "SAS;Python;Oracle",
        "ISO 27001;CMMI Level 5",
        "English;Urdu",
        "A large risk and compliance software house serving banks in South Asia and the Gulf.",
        "为银行提供风险和合规软件。",
        "taraazu",
        "yes",
    ),
    (
        "PK-040",
        "Paisa Pixel",
        "",
        "Quetta",
        2023,
        4,
        "merchant QR stickers & onboarding;micro-merchant sales analytics",
        "retail;payments",
        "Flutter",
        "",
        "English;Urdu;Balochi",
        "A four-person Quetta start-up putting small shops on QR payments.",
        "",
        "paisapixel",
        "no",
    ),
    (
        "PK-041",
        "Naqdi Cash Management",
        "",
        "Karachi",
        2005,
        980,
        "ATM switching;cash management for banks;ATM monitoring",
        "banking",
        "C++;Oracle",
        "PCI DSS;ISO 9001",
        "English;Urdu",
        "ATM switching and cash logistics software for banks.",
        "ATM交换与现金管理。",
        "naqdi",
        "yes",
    ),
    (
        "PK-042",
        "Mauqa Lending Cloud",
        "",
        "Lahore",
        2016,
        57,
        "SME lending platform;invoice financing;loan origination software",
        "banking;SMEs",
        "Java;React",
        "ISO 27001",
        "English;Urdu",
        "A lending platform for SME loans and invoice financing.",
        "",
        "mauqalending",
        "no",
    ),
    (
        "PK-043",
        "Qist Pay",
        "",
        "Karachi",
        2020,
        46,
        "buy now pay later (BNPL);consumer instalment loans;merchant BNPL API",
        "e-commerce;consumer finance",
        "Node.js;AWS",
        "PCI DSS",
        "English;Urdu",
        "Instalment payments at checkout for online and in-store shoppers.",
        "",
        "qistpay",
        "yes",
    ),
    (
        "PK-044",
        "Anjuman Microfinance Systems",
        "",
        "Gilgit",
        2012,
        35,
        "microfinance MIS;group lending module;mobile field officer app",
        "microfinance;NGOs",
        "PHP;MySQL",
        "none",
        "English;Urdu",
        "Management information systems for microfinance NGOs in the north.",
        "",
        "anjumanmfs",
        "no",
    ),
    (
        "PK-045",
        "Sahulat Test Labs",
        "",
        "Lahore",
        2015,
        70,
        "EMV test automation;POS certification testing;payment sandbox simulators",
        "payments;banking",
        "Python;Selenium",
        "ISO 9001",
        "English",
        "Testing and certification support for payment terminals and switches.",
        "",
        "sahulattest",
        "no",
    ),
    (
        "PK-046",
        "Fasl Data Scoring",
        "",
        "Faisalabad",
        2018,
        27,
        "credit scoring using mobile data;telco data scoring;信用评分模型",
        "consumer lending;telecom",
        "Python;Spark",
        "",
        "English;Urdu",
        "Builds credit scores from telecom and mobile-money data.",
        "",
        "fasldata",
        "no",
    ),
    (
        "CN-001",
        "Qiantang City Commercial Bank",
        "钱塘城市商业银行",
        "Hangzhou",
        1998,
        3200,
        "city commercial bank;SME lending;credit card issuing (发卡)",
        "banking",
        "Java;Oracle",
        "ISO 27001",
        "Mandarin;English",
        "A city commercial bank in Zhejiang looking for digital onboarding and fraud tools.",
        "浙江城市商业银行，寻求数字开户和反欺诈工具。",
        "qiantangbank",
        "no",
    ),
    (
        "CN-002",
        "Yongjiang Rural Credit Cooperative",
        "甬江农村信用合作联社",
        "Ningbo",
        2004,
        1800,
        "rural credit cooperative;agricultural loans;农村普惠金融",
        "banking;agriculture",
        "Java;DB2",
        "",
        "Mandarin",
        "A rural credit cooperative interested in agent networks and microfinance software.",
        "农村信用社，关注代理网络和小额信贷系统。",
        "yongjiangrcc",
        "no",
    ),
    (
        "CN-003",
        "Lianxin Payment Co., Ltd",
        "联信支付",
        "Shenzhen",
        2011,
        650,
        "licensed payment institution (第三方支付);cross-border acquiring;aggregated QR payments (聚合支付)",
        "payments;e-commerce",
        "Java;MySQL",
        "PCI DSS;ISO 27001",
        "Mandarin;English",
        "A licensed payment institution that acquires for cross-border sellers.",
        "持牌支付机构。",
        "lianxinpay",
        "no",
    ),
    (
        "CN-004",
        "Nanhai Pay Technology",
        "南海支付",
        "Guangzhou",
        2015,
        240,
        "non-bank payment institution;prepaid card issuing;收单服务",
        "payments",
        "Go;TiDB",
        "PCI DSS",
        "Mandarin",
        "A non-bank payment institution issuing prepaid cards and acquiring for merchants.",
        "",
        "nanhaipay",
        "no",
    ),
    (
        "CN-005",
        "Xinrui Consumer Finance Co.",
        "信睿消费金融",
        "Chongqing",
        2016,
        900,
        "consumer finance loans;先买后付分期;贷后催收管理",
        "consumer finance",
        "Java;Hadoop",
        "ISO 27001",
        "Mandarin",
        "A consumer-finance company buying scoring and collections tools.",
        "消费金融公司。",
        "xinruicf",
        "no",
    ),
    (
        "CN-006",
        "Haixin Cross-Border Sellers Alliance",
        "海鑫跨境电商",
        "Shenzhen",
        2017,
        120,
        "cross-border e-commerce selling;marketplace storefronts;跨境收款",
        "e-commerce",
        "Shopify;Python",
        "none",
        "Mandarin;English",
        "A group of cross-border sellers looking for payment and reconciliation partners.",
        "",
        "haixinsellers",
        "no",
    ),
    (
        "CN-007",
        "Jinqiao Securities Brokerage",
        "金桥证券",
        "Shanghai",
        2002,
        1500,
        "securities brokerage;online trading platform;wealth advisory desk",
        "securities",
        "C++;Java",
        "ISO 27001",
        "Mandarin;English",
        "A securities broker interested in wealth apps and robo-advisory.",
        "证券公司。",
        "jinqiaosec",
        "no",
    ),
    (
        "CN-008",
        "Hengtai Financial Leasing",
        "恒泰融资租赁",
        "Tianjin",
        2012,
        300,
        "financial leasing (融资租赁);equipment leasing",
        "leasing",
        "Java",
        "",
        "Mandarin",
        "A leasing company looking for contract and collections software.",
        "",
        "hengtaileasing",
        "no",
    ),
    (
        "CN-009",
        "Ruifeng Commercial Factoring",
        "瑞丰商业保理",
        "Shenzhen",
        2018,
        60,
        "commercial factoring;receivables finance;保理业务系统",
        "factoring;trade finance",
        "Python",
        "none",
        "Mandarin",
        "A factoring company that finances receivables of exporters.",
        "",
        "ruifengfactoring",
        "no",
    ),
    (
        "CN-010",
        "Yunzhang SaaS",
        "云账SaaS",
        "Hangzhou",
        2019,
        180,
        "fintech SaaS for banks;对账系统;开放银行 API 平台 (open banking)",
        "banking;fintech",
        "Java;Kubernetes",
        "ISO 27001",
        "Mandarin;English",
        "A fintech SaaS vendor reselling partner modules to small banks.",
        "金融科技SaaS厂商。",
        "yunzhang",
        "no",
    ),
    (
        "CN-011",
        "Zhongke Bank IT Integration",
        "中科银信集成",
        "Beijing",
        2006,
        2400,
        "bank IT system integration;core banking migration;反洗钱系统集成",
        "banking",
        "Java;Oracle;IBM MQ",
        "ISO 27001;CMMI Level 5",
        "Mandarin;English",
        "A large bank IT integrator that subcontracts modules to partners.",
        "银行IT系统集成商。",
        "zhongkebank",
        "no",
    ),
    (
        "CN-012",
        "Ningbo Bay City Commercial Bank",
        "宁波湾城市商业银行",
        "Ningbo",
        1997,
        2600,
        "城市商业银行;trade finance (letters of credit);cross-border RMB settlement",
        "banking;trade finance",
        "Java;DB2",
        "ISO 27001",
        "Mandarin;English",
        "A port-city bank with a large trade-finance book.",
        "港口城市商业银行。",
        "ningbobaybank",
        "no",
    ),
    (
        "CN-013",
        "Kuaiyi Pay",
        "快易付",
        "Hangzhou",
        2014,
        350,
        "licensed payment institution;QR code acquiring;real-name verification (实名认证)",
        "payments",
        "Go;MySQL",
        "PCI DSS",
        "Mandarin",
        "A payment institution acquiring QR payments for small merchants.",
        "",
        "kuaiyipay",
        "no",
    ),
    (
        "CN-014",
        "Tianhe Supply Chain Factoring",
        "天河供应链保理",
        "Guangzhou",
        2020,
        45,
        "supply-chain factoring;reverse factoring platform",
        "factoring",
        "Java",
        "",
        "Mandarin",
        "A factoring company serving suppliers of large manufacturers.",
        "",
        "tianhefactoring",
        "no",
    ),
]
MAILBOX = ["partnerships", "sales", "hello", "info", "bd"]


def directory_rows():
    rows = []
    for i, (cid, name, zh, city, founded, emp, svc, ind, tech, certs, langs, desc, desc_zh, dom, pitched) in enumerate(
        D
    ):
        rows.append(
            {
                "id": cid,
                "name": name,
                "name_zh": zh,
                "country": cid[:2],
                "city": city,
                "founded": str(founded),
                "employees": str(emp),
                "services": svc,
                "industries": ind,
                "technologies": tech,
                "certifications": certs,
                "languages": langs,
                "description": desc,
                "description_zh": desc_zh,
                "website": f"https://{dom}.example",
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
STAFF = ["help@ledgerlantern.example", "0800-53378"]
WEBINAR = [
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Pakistan's Consulate General in Shanghai",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hey, who actually organised that feb 2022 shanghai webinar that ledger lantern grew out of?",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "fee?",
        [v.FEE_V2, v.UR_HTML],
        ["PKR 55,000", "PKR 92,000", "PKR 148,000", "PKR 235,000"],
        "one word; the live fee table; stale: v1 prints Band B PKR 88,000 and Band D PKR 220,000",
    ),
    (
        "en-03",
        P,
        "hi we are 40 people in quetta. whats our total participation fee including tax, and which office "
        "do we deal with?",
        [v.FEE_V2, v.OVERVIEW],
        ["Firms in Quetta are served by the Karachi secretariat", "Karachi secretariat"],
        "computed: Band B PKR 92,000 plus the 16% sales tax of the * footnote (feature 5); the asker's city has no "
        "office (overview); stale: v1's PKR 88,000 would give 102,080",
    ),
    (
        "en-04",
        P,
        "when do applications close?? i heard end of march",
        [v.CORR],
        ["14 April 2078, 17:00 PKT", "14 April 2078"],
        "stale: the launch slides print 31 March 2078; the corrigendum moves it",
    ),
    (
        "en-05",
        P,
        "how much is the application fee, and do we get it back if we're not picked?",
        [v.PORTAL, v.UR_HTML, v.ROMAN],
        ["PKR 9,500", "9,500", "9.5k"],
        "feature 2: the fee sits only in the portal page's <dl> definition list; never refunded",
    ),
    (
        "en-06",
        P,
        "our company has 120 full-time staff. if the bank tour package costs us PKR 310,000, how much will "
        "the bank tour grant pay back?",
        [v.GRANTS, v.TOUR],
        [],
        "computed: 45% (the \u2020 footnote for 50 or more staff, not the 60% in the table) of PKR 310,000, under the "
        "PKR 250,000 cap; feature 5",
    ),
    (
        "en-07",
        P,
        "what time is the open banking API panel at the shenzhen expo, and in which room?",
        [v.AGENDA],
        ["15:00\u201316:15", "15:00", "Room 2A"],
        "feature 6: a Day 2 session time and room in the agenda table",
    ),
    (
        "en-08",
        P,
        "sandbox access - how long does it last and can we load real customer data for testing",
        [v.PORTAL],
        ["90 days", "Only synthetic test data may be used in the sandbox"],
        "feature 2: the sandbox rule sits inside a <details> accordion",
    ),
    (
        "en-09",
        P,
        "Good morning team! We're a core banking vendor in Lahore with about 250 full-time staff, and we were "
        "in the 2076 pilot too, when everyone paid one flat fee. Two questions: in how many instalments do we pay the "
        "2078 participation fee, and when is the second one due?",
        [v.PAYCAL],
        ["29 July 2078", "50% = PKR 74,000"],
        "feature 4: the Band C rows of the fixed-width table; long message with two questions",
    ),
    (
        "en-10",
        P,
        "what minimum score does the technical evaluation committee need before a firm is shortlisted?",
        [v.CRITERIA],
        ["at least 65%", "65%"],
        "feature 9: asked with the full name; the criteria PDF says only TEC",
    ),
    (
        "en-11",
        DIR,
        "which companies do eKYC or NADRA verification?",
        [],
        [],
        "eKYC / e-KYC / NADRA / onboarding written several ways, one value in Chinese",
    ),
    ("en-12", DIR, "AML vendors with more than 500 staff", [], [], "acronym vs anti-money laundering + head count"),
    ("en-13", DIR, "who does BNPL?", [], [], "acronym vs buy now pay later vs 先买后付"),
    (
        "en-14",
        DIR,
        "what does Kite do and where are they based?",
        [],
        [],
        "one company by name; its short name is a common word",
    ),
    (
        "en-15",
        DIR,
        "are there any chinese city commercial banks in the directory?",
        [],
        [],
        "country CN + a service written once in English and once in Chinese",
    ),
    (
        "en-16",
        UN,
        "is there an early-bird discount if we pay the whole participation fee upfront?",
        [],
        STAFF,
        "near miss: fees and instalments are covered but no discount is offered",
    ),
    (
        "en-17",
        UN,
        "what's the address of your Sukkur office?",
        [],
        STAFF,
        "near miss: offices and cities without one are listed; Sukkur is neither",
    ),
    (
        "en-18",
        UN,
        "what was the application fee in the 2076 pilot round?",
        [],
        STAFF,
        "near miss: the pilot summary gives its participation fee, not an application fee",
    ),
    ("en-19", UN, "best time of year to visit West Lake in Hangzhou?", [], STAFF, "off-topic: names a programme city"),
    ("en-20", UN, "write me a python function that reverses a string", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "采购方洽谈日是哪一天？",
        [v.ZH_DOCX, v.AGENDA],
        ["2078年11月9日", "11月9日", "9 November 2078"],
        "feature 7: the 采购方洽谈日 row of the key/value table",
    ),
    (
        "zh-02",
        P,
        "接待考察团的银行有没有补贴？给多少",
        [v.ZH_DOCX],
        ["人民币1.2万元", "1.2万元"],
        "feature 7: a 万元 amount in the key/value table",
    ),
    (
        "zh-03",
        P,
        "您好，我们是一家80人左右的消费金融公司，上个月和一家入选的巴方企业签了15万元的付费试点合同。请问配套资助"
        "能拿多少？采购方报名截止是哪天？",
        [v.ZH_DOCX],
        ["2078年9月30日", "9月30日"],
        "computed: 员工100人以下, so 30% of 15万元, under the 5万元 cap; feature 7; long message with two questions",
    ),
    (
        "zh-04",
        P,
        "2022年2月在上海办的那场网络研讨会，主办方是谁？",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts in the English overview, asked in Chinese",
    ),
    (
        "zh-05",
        P,
        "巴方企业申请截止日期是哪天？听说延期了",
        [v.ZH_DOCX, v.CORR],
        ["2078年4月14日", "14 April 2078"],
        "feature 7; stale: the launch slides print 31 March 2078, corrigendum No. 1 moves it",
    ),
    (
        "zh-06",
        P,
        "深圳博览会第三天的Demo Day几点开始？在哪个会场？",
        [v.AGENDA],
        ["10:30\u201312:00", "10:30", "Main Stage, Hall 7"],
        "feature 6: a Day 3 session time and room",
    ),
    (
        "zh-07",
        P,
        "市场准入补贴（MAG）每家企业的上限现在是多少？",
        [v.CORR],
        ["PKR 450,000", "450,000"],
        "stale: the grant guidelines table prints PKR 400,000; corrigendum No. 1 raises it",
    ),
    (
        "zh-08",
        P,
        "银行考察团是哪几天？去哪些城市？",
        [v.ZH_DOCX, v.TOUR],
        ["2078年11月3日至6日", "杭州、宁波、绍兴", "3 to 6 November 2078"],
        "feature 7; stale: the superseded draft page says 10 to 13 November 2078",
    ),
    (
        "zh-09",
        P,
        "技术评审委员会由哪些人组成？",
        [v.CRITERIA],
        ["two PFSEC nominees, two CPDFA nominees and one independent banker", "five members"],
        "feature 9: asked with the full name in Chinese; the criteria PDF uses only TEC",
    ),
    (
        "zh-10",
        DIR,
        "有做伊斯兰银行（符合伊斯兰教法）系统的公司吗？",
        [],
        [],
        "services asked in Chinese for English values (Islamic / Shariah / takaful)",
    ),
    ("zh-11", DIR, "有PCI DSS认证的支付网关或收单公司有哪些？", [], [], "gateway / acquiring / 收单 + certification"),
    ("zh-12", DIR, "2015年以前成立的核心银行系统供应商", [], [], "core banking + founded before 2015"),
    ("zh-13", DIR, "拉合尔有做反欺诈或设备指纹的公司吗？", [], [], "fraud / device fingerprinting + city"),
    ("zh-14", DIR, "名录里有哪些中国的持牌支付机构？", [], [], "country CN + payment institution (some in Chinese)"),
    (
        "zh-15",
        UN,
        "博览会期间有没有欢迎晚宴？几点开始？",
        [],
        STAFF,
        "near miss: the agenda is given, no dinner exists",
    ),
    (
        "zh-16",
        UN,
        "考察团在杭州住的酒店每晚多少钱？",
        [],
        STAFF,
        "near miss: the tour package is priced, a nightly hotel rate is not",
    ),
    ("zh-17", UN, "深圳哪家早茶比较好吃？", [], STAFF, "off-topic: names the expo city"),
    ("zh-18", UN, "帮我把“明天见”翻译成英文", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہماری کمپنی میں ۱۵ ملازمین ہیں، شرکت کی فیس کتنی ہوگی؟",
        [v.UR_HTML, v.FEE_V2],
        ["۵۵,۰۰۰ روپے", "۵۵,۰۰۰", "PKR 55,000"],
        "feature 8: the Band A fee written in Urdu digits on the RTL page",
    ),
    (
        "ur-02",
        P,
        "ہیلپ لائن کس وقت کھلی ہوتی ہے؟ کیا ہفتے کو بھی کھلی ہے؟",
        [v.UR_HTML, v.PORTAL],
        ["صبح ۹ بجے سے شام ۶ بجے تک", "صبح 10 بجے سے دوپہر 1 بجے", "09:00 to 18:00"],
        "feature 8: weekday hours in Urdu digits, Saturday hours in Western digits",
    ),
    (
        "ur-03",
        P,
        "کیا ۱۴ اگست کو دفتر کھلا ہوگا؟ اس سال دفتر کن دنوں میں بند رہے گا؟",
        [v.UR_DOCX],
        ["۱۴ اگست — یوم آزادی", "یوم آزادی", "۲۳ مارچ — یوم پاکستان"],
        "desk holidays in the Urdu RTL Word file",
    ),
    (
        "ur-04",
        P,
        "درخواست کے ساتھ کون کون سے کاغذات لگانے ہوں گے؟",
        [v.UR_DOCX, v.FAQ],
        ["کمپنی کی رجسٹریشن کا سرٹیفکیٹ (SECP)", "SECP certificate of incorporation", "PSEB registration certificate"],
        "documents needed: the Urdu RTL Word list and the FAQ",
    ),
    (
        "ur-05",
        P,
        "۲۰۷۶ کے پائلٹ راؤنڈ میں کتنی کمپنیاں منتخب ہوئی تھیں، اور اس سال کتنی منتخب ہوں گی؟",
        [v.PILOT, v.SLIDES],
        ["14 Pakistani firms", "Up to 40 Pakistani firms selected"],
        "feature 3: a slide bullet gives this year's number; the 2076 pilot figure is asked side by side",
    ),
    (
        "ur-06",
        P,
        "ہم بینڈ C کی کمپنی ہیں۔ اگر جولائی میں نام واپس لیں تو کتنی رقم واپس ملے گی؟",
        [v.FAQ],
        ["PKR 74,000", "74,000"],
        "feature 1: the 'as above, but for band C' FAQ answer",
    ),
    (
        "ur-07",
        P,
        "بینک وزٹ ٹور کا پیکج کتنے کا ہے اور اکیلے کمرے کے لیے کتنا اضافی دینا ہوگا؟",
        [v.TOUR],
        ["PKR 310,000", "PKR 42,000"],
        "stale: the superseded draft page says PKR 285,000 and PKR 38,000",
    ),
    (
        "ur-08",
        DIR,
        "کون سی پاکستانی کمپنیاں QR کوڈ ادائیگیوں یا انسٹنٹ پیمنٹ کا کام کرتی ہیں؟",
        [],
        [],
        "QR / instant payment + country PK (a Chinese QR firm is left out)",
    ),
    (
        "ur-09",
        DIR,
        "ریگولیٹری رپورٹنگ والی وہ کمپنیاں بتائیں جن کے پاس کوئی سرٹیفیکیشن نہیں",
        [],
        [],
        "regtech / regulatory reporting + certifications none (empty cells are unknown, not none)",
    ),
    (
        "ur-10",
        DIR,
        "قرضوں کی وصولی یا کلیکشن کا سافٹ ویئر کون سی کمپنیاں بناتی ہیں؟",
        [],
        [],
        "collections / recovery / dunning / 催收",
    ),
    (
        "ur-11",
        DIR,
        "ویبینار میں پچ کرنے والی کون سی کمپنیاں مائیکروفنانس یا برانچ لیس بینکنگ کا کام کرتی ہیں؟",
        [],
        [],
        "microfinance / branchless / micro-lending + pitched at the webinar",
    ),
    (
        "ur-12",
        UN,
        "چین کا ویزا لگوانے میں کتنے پیسے لگتے ہیں؟",
        [],
        STAFF,
        "near miss: visas are mentioned on the tour page, no visa fee is given",
    ),
    ("ur-13", UN, "آج کراچی میں موسم کیسا رہے گا؟", [], STAFF, "off-topic: names the secretariat's city"),
    ("ur-14", UN, "بریانی بنانے کی آسان ترکیب بتائیں", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "helpline number kya hai?",
        [v.PORTAL, v.UR_HTML, v.ROMAN],
        ["0800-53378"],
        "short; feature 2: the number in the portal's <dl>; feature 8: also in the Urdu page and the Roman Urdu message",
    ),
    (
        "ul-02",
        P,
        "bhai apply karne ki last date kya hai? pehle 31 march suna tha",
        [v.ROMAN, v.CORR],
        ["14 april tak", "14 April 2078"],
        "feature 8: the Roman Urdu message; stale: 31 March 2078 as printed before the corrigendum",
    ),
    (
        "ul-03",
        P,
        "hum 12 logon ki company hain, kya hum extra delegate bhej sakte hain?",
        [v.FEE_V2, v.UR_HTML],
        ["only by Band C and Band D firms", "Band C and Band D"],
        "feature 5: the \u2020 footnote limits extra delegates to Bands C and D; 12 staff is Band A",
    ),
    (
        "ul-04",
        P,
        "launch night kab aur kahan hui thi?",
        [v.SLIDES],
        ["Marina Convention Hall, Karachi", "14 January 2078"],
        "feature 3: date and venue in the title slide's bullets",
    ),
    (
        "ul-05",
        P,
        "expo ke pehle din opening ceremony kitne baje shuru hogi?",
        [v.AGENDA],
        ["09:00\u201309:45", "09:00"],
        "feature 6: a Day 1 session time",
    ),
    (
        "ul-06",
        P,
        "band D ki teesri qist kab tak deni hai aur kitni?",
        [v.PAYCAL],
        ["15 September 2078", "30% = PKR 70,500"],
        "feature 4: the Band D third-instalment row",
    ),
    (
        "ul-07",
        DIR,
        "remittance ya FX wali companies batao jin ke 50 se kam employees hon",
        [],
        [],
        "remittance / FX / foreign exchange + head count below 50",
    ),
    (
        "ul-08",
        DIR,
        "credit scoring ya alternative data se loan dene ka software kaun banata hai?",
        [],
        [],
        "credit scoring written several ways, one value in Chinese",
    ),
    ("ul-09", DIR, "karachi mein POS ya softPOS banane wali companies kaun si hain?", [], [], "POS / softPOS + city"),
    (
        "ul-10",
        DIR,
        "open banking ya API gateway wali companies jo 2018 ke baad bani hon",
        [],
        [],
        "open banking / open-API / 开放银行 + founded after 2018 (2018 itself excluded)",
    ),
    (
        "ul-11",
        UN,
        "lahore mein ledger lantern ka roadshow kab hoga?",
        [],
        STAFF,
        "near miss: an event that does not exist",
    ),
    (
        "ul-12",
        UN,
        "2076 pilot mein kitne chinese buyers aaye the?",
        [],
        STAFF,
        "near miss: the 2076 summary gives buyer meetings, not how many buyers came",
    ),
    ("ul-13", UN, "aaj ke cricket match ka score kya hai", [], STAFF, "off-topic"),
    ("ul-14", UN, "phone ki battery jaldi khatam ho jati hai kya karoon", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Hangzhou office ka address kya hai? 杭州办公室在哪里",
        [v.OVERVIEW, v.ZH_DOCX],
        ["12F, 166 Qianjiang Road, Shangcheng District, Hangzhou", "166 Qianjiang Road", "杭州市上城区钱江路166号12楼"],
        "offices: the overview's table and the Chinese notice",
    ),
    (
        "mx-02",
        P,
        "corrigendum mein kya change hua? 更正了哪两项",
        [v.CORR],
        ["14 April 2078", "PKR 450,000"],
        "what the corrigendum changed; stale: its own 'as printed' column holds 31 March 2078 and PKR 400,000",
    ),
    (
        "mx-03",
        P,
        "2076 pilot mein fee kitni thi aur ab 2078 mein 50 staff wali company ki fee kya hai? 对比一下",
        [v.FEE_V2, v.PILOT],
        ["PKR 92,000", "PKR 60,000"],
        "the live Band B fee next to the 2076 pilot's flat fee; stale: v1's PKR 88,000 is not an answer",
    ),
    (
        "mx-04",
        P,
        "hum Quetta ki company hain, PCI DSS audit par CRG grant ka share kitna hoga? 比例多少",
        [v.GRANTS],
        ["[1] 70% for firms whose head office is in Balochistan", "70%"],
        "feature 5: the [1] footnote gives 70% for a head office in Balochistan, not the table's 50%",
    ),
    (
        "mx-05",
        P,
        "technical evaluation committee کب میٹنگ کرتی ہے؟ 什么时候评审",
        [v.FAQ],
        ["between 20 April and 2 May 2078", "20 April and 2 May 2078"],
        "feature 1: an FAQ answer; feature 9: asked with the full name, the FAQ uses only TEC",
    ),
    (
        "mx-06",
        P,
        "bank tour cancel karna ho to full refund kab tak milega? 取消退款",
        [v.TOUR],
        ["Cancel in writing by 15 September 2078", "15 September 2078"],
        "stale: the superseded draft page gives 31 August 2078",
    ),
    (
        "mx-07",
        DIR,
        "reconciliation automation 的公司, Islamabad ya Rawalpindi mein?",
        [],
        [],
        "reconciliation + two cities (a Chinese 对账 vendor is left out)",
    ),
    (
        "mx-08",
        DIR,
        "blockchain trade finance 或者 letters of credit 的公司有哪些？",
        [],
        [],
        "blockchain / LC / L/C / letters of credit",
    ),
    ("mx-09", DIR, "中国的 leasing ya factoring companies kaun si hain?", [], [], "country CN + leasing / factoring"),
    (
        "mx-10",
        DIR,
        "card management ya tokenisation, ISO 27001 认证的有哪些?",
        [],
        [],
        "card management / tokenization spelled both ways + certification",
    ),
    (
        "mx-11",
        UN,
        "Shenzhen airport se hotel tak pickup milega? 接机吗",
        [],
        STAFF,
        "near miss: travel is covered, airport transfers are not",
    ),
    (
        "mx-12",
        UN,
        "kya meri wife bhi tour pe ja sakti hai? 家属费用多少",
        [],
        STAFF,
        "near miss: delegates are covered, accompanying persons are not",
    ),
    ("mx-13", UN, "Islamabad ka aaj AQI kitna hai? 空气质量怎么样", [], STAFF, "off-topic: names a programme city"),
    ("mx-14", UN, "Lahore mein achi chai kahan milti hai? 推荐一下", [], STAFF, "off-topic: names a programme city"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s33-{suffix}"
        answers = list(answers)
        if qid in v.COMPUTED:
            answers = [*v.COMPUTED[qid](texts), *answers]
        companies = v.answer_set(qid, rows) if kind == "directory" else []
        out.append(
            {
                "id": qid,
                "lang": v.LANG_CODES[suffix[:2]],
                "kind": kind,
                "question": question,
                "expected_sources": sources,
                "expected_companies": companies,
                "answer_must_contain_any": answers,
                "note": note,
            }
        )
    v.QUESTIONS.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    return out


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    faq_docx()
    agenda_docx()
    zh_docx()
    ur_docx()
    slides_pdf()
    grants_pdf()
    criteria_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
