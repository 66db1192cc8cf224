"""Build the binary and byte-exact parts of sample-36 ("Till Tide 2083").

Writes the fee schedule (Word: a fee table with a band cell merged down two rows, a header merged across two
columns and an add-ons table nested in a cell; a grants table split across a page with its header repeated), the
Chengdu fair exhibitor manual (Word), the Chinese meeting minutes (Word: 会议纪要 with decisions 一、二、三…, attendees
and an action-item table), the Urdu grant-claims procedure (right-to-left Word paragraphs and table), the buyers'
code of conduct (a PDF in two columns: English on the left, Chinese on the right, in a CID font), the 2082 pilot
report (PDF), directory.csv and questions-36.jsonl. The .md, .html and .txt documents are written by hand.
Directory answer sets and arithmetic answers come from validate_sample36 (FILTERS, COMPUTED). Running it twice
gives the same bytes.
"""

import csv
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NameObject, NumberObject, TextStringObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample36 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2083, 1, 20, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="RSHF programme office"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Till Tide 2083"
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


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def grid(doc_or_cell, rows, widths=None, header=True):
    t = doc_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    if header:
        bold_row(t.rows[0])
    if widths:
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return t


def repeat_header(table):
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


# ============================================================================ 3. the fee schedule
FEE_BANDS = [
    ("A", "5–25", (40_000, 65_000), (50_000, 75_000)),
    ("B", "26–100", (85_000, 120_000), (100_000, 135_000)),
    ("C", "101–500", (150_000, 190_000), (175_000, 215_000)),
    ("D", "501 and above", (240_000, 290_000), (270_000, 320_000)),
]
ADDONS = [
    ("Add-on", "Price (PKR)"),
    ("Extra delegate badge (third delegate and more)", "12,000"),
    ("Corner booth upgrade", "35,000"),
    ("Second host shop on Store Lab Day (Bands C and D only)", "45,000"),
    ("Shipping one kiosk crate from Lahore or Karachi to Chengdu", "28,000"),
]
GRANTS_HEAD = ["Grant", "Share of eligible costs", "Cap per firm (PKR)", "Eligible costs"]
GRANTS = [
    ["Store Lab Day demo-kit grant", "50%", "350,000", "Hardware, installation and shipping of the Store Lab Day demo"],
    ["Chengdu travel grant", "60%", "400,000", "Economy airfare and hotel for up to two delegates"],
    ["Mini-program grant", "50%", "250,000", "Building a WeChat or Alipay mini-program for a Chinese buyer"],
    ["Mandarin localisation grant", "70%", "150,000", "Simplified Chinese screens, receipts, menus and manuals"],
    ["Certification audit grant", "40%", "500,000", "PCI DSS or ISO/IEC 27001 audit fees"],
]


def fees_docx():
    doc = docx.Document()
    doc.add_paragraph("Till Tide 2083 \u2014 Fee schedule", style="Title")
    doc.add_paragraph("RSHF programme office, Lahore \u00b7 8 April 2083 \u00b7 in line with the programme rules v1.3")
    doc.add_heading("1. Participation fees", level=1)
    doc.add_paragraph(
        "The participation fee depends on your band (your head count on the day you apply), on whether you are an "
        "RSHF member, and on whether you take part in Store Lab Day as well as in the Chengdu fair."
    )
    t = doc.add_table(rows=11, cols=5)
    t.style = "Table Grid"
    for j, label in enumerate(["Band", "Head count", "Firm"]):
        t.cell(0, j).merge(t.cell(1, j)).text = label
    t.cell(0, 3).merge(t.cell(0, 4)).text = "Participation fee (PKR, excluding sales tax)"
    t.cell(1, 3).text = "Chengdu fair only"
    t.cell(1, 4).text = "Fair + Store Lab Day"
    for i, (band, heads, member, other) in enumerate(FEE_BANDS):
        r = 2 + 2 * i
        t.cell(r, 0).merge(t.cell(r + 1, 0)).text = band
        t.cell(r, 1).merge(t.cell(r + 1, 1)).text = heads
        for k, (firm, (fair, both)) in enumerate((("RSHF member", member), ("Non-member", other))):
            t.cell(r + k, 2).text = firm
            t.cell(r + k, 3).text = f"{fair:,}"
            t.cell(r + k, 4).text = f"{both:,}"
    for row in t.rows[:2]:
        bold_row(row)
    cell = t.cell(10, 0).merge(t.cell(10, 4))
    cell.text = "Optional add-ons (PKR per item, excluding sales tax)"
    cell.paragraphs[0].runs[0].bold = True
    grid(cell, [list(r) for r in ADDONS], widths=(11, 4))
    for text in [
        "All amounts are in Pakistani rupees and exclude sales tax on services at 16%, which is added to the invoice "
        "on the participation fee and on add-ons.",
        "Member rates apply only when the application includes a current RSHF membership certificate.",
        "Shared booth (Band A only, rules v1.3): when two Band A firms share one standard booth at the Chengdu fair, "
        "each firm pays 60% of its own Band A \u201cChengdu fair only\u201d fee, plus sales tax. Store Lab Day places "
        "are not shared.",
        "Application fee: PKR 7,500 for each application, paid on the portal when you apply. It is not refunded.",
        "What is refunded when a firm withdraws is explained in the help-centre FAQ.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("2. Grants (rules v1.3)", level=1)
    doc.add_paragraph(
        "Each grant pays its share of the eligible costs, up to its cap per firm. Grants are paid after the fair "
        "against receipts; the Urdu grant-claims procedure explains how to claim."
    )
    first = grid(doc, [GRANTS_HEAD, *GRANTS[:3]], widths=(4.5, 2.5, 2.8, 6.2))
    repeat_header(first)
    doc.add_paragraph("(continued on the next page)")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = grid(doc, [GRANTS_HEAD, *GRANTS[3:]], widths=(4.5, 2.5, 2.8, 6.2))
    repeat_header(second)
    doc.add_paragraph("Questions about fees or grants: help@tilltide.example \u00b7 helpline 0800-84338.")
    save_docx(doc, v.FEES, "Till Tide 2083 - Fee schedule", datetime.datetime(2083, 4, 8, 10, 0, 0))


# ============================================================================ the Chengdu fair exhibitor manual
HOURS = [
    ["Day", "Date", "Exhibitors in the hall", "Open to visitors"],
    ["Build-up", "Wednesday 20 October 2083", "10:00–20:00", "Closed"],
    ["Day 1", "Thursday 21 October 2083", "08:30–18:00", "09:30–17:30"],
    ["Day 2 \u2014 buyer matchmaking", "Friday 22 October 2083", "08:30–18:00", "09:30–17:30"],
    ["Day 3", "Saturday 23 October 2083", "08:30–16:00", "09:30–15:00"],
    ["Dismantling", "Saturday 23 October 2083", "15:00–22:00", "Closed"],
]


def manual_docx():
    doc = docx.Document()
    doc.add_paragraph(
        "Chengdu Chain Retail & Catering Technology Fair 2083 \u2014 Pakistan Pavilion exhibitor manual", style="Title"
    )
    doc.add_paragraph(
        "Issued by the RSHF programme office, Lahore, with the CCSDA secretariat, Chengdu \u00b7 12 April 2083"
    )
    sections = [
        (
            "1. Venue and stands",
            [
                "The fair takes place from Thursday 21 to Saturday 23 October 2083 at the Jinchenghu International Expo "
                "Centre, Chengdu. The Pakistan Pavilion is in Hall 4, stands P01\u2013P36, next to the catering "
                "technology area.",
            ],
        ),
        (
            "2. Your stand",
            [
                "Every selected firm gets a standard booth of 9 m\u00b2 (3 m \u00d7 3 m) with one counter, two chairs, "
                "spotlights, a fascia board with the firm's name in English and Chinese, and two 10 A sockets at 220 V. "
                "Two Band A firms that share a booth share one fascia board showing both names.",
                "Self-ordering kiosks, kitchen screens and other equipment that draw more power need a 16 A line. "
                "Order it from the organiser for RMB 600 per stand by 15 September 2083; lines cannot be ordered on "
                "site.",
            ],
        ),
        (
            "3. Badges",
            [
                "Each firm receives two exhibitor badges; further badges are add-ons in the fee schedule. Badge "
                "collection: Tuesday 19 October 2083, 14:00\u201318:00, East Gate. Bring the passport of each badge "
                "holder.",
            ],
        ),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=1)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_heading("4. Hours", level=1)
    doc.add_paragraph("All times are China Standard Time (PKT + 3 hours).")
    grid(doc, HOURS, widths=(4.5, 5, 3.5, 3.5))
    for head, paras in [
        (
            "5. Shipping exhibits",
            [
                "Hardware for the stand travels with the programme's freight forwarder from Lahore or Karachi; the "
                "price per crate is in the fee schedule's add-ons. Hardware for Store Lab Day goes to a separate "
                "warehouse: the Store Lab Day officer sends its address and deadline to the vendors taking part.",
            ],
        ),
        (
            "6. On the stand",
            [
                "Food and drink samples must be pre-packed; there is no cooking on the stands. Keep sound below "
                "70 dB. Staff your stand during all visitor hours.",
            ],
        ),
        (
            "7. Contacts",
            [
                "During the fair: the pavilion desk at stand P00, at the pavilion entrance. Before the fair: "
                "help@tilltide.example or the helpline 0800-84338.",
            ],
        ),
    ]:
        doc.add_heading(head, level=1)
        for text in paras:
            doc.add_paragraph(text)
    save_docx(
        doc,
        v.MANUAL,
        "Chengdu fair 2083 - Pakistan Pavilion exhibitor manual",
        datetime.datetime(2083, 4, 12, 9, 30, 0),
    )


# ============================================================================ 6. the Chinese meeting minutes
MINUTES_HEAD = [
    "中国连锁门店数字化联盟秘书处",
    "时间：2083年3月12日（星期五）14:00—16:30",
    "地点：成都秘书处1208会议室（巴方代表线上参会）",
    "主持：刘燕（联盟秘书长）",
    "出席：刘燕、王磊（会员服务部）、陈敏（门店合作部）、赵倩（秘书处）、周涛（蜀香火锅连锁信息部）、"
    "吴婷（茶里茶外奶茶连锁数字化部）、Hamza Qureshi（巴基斯坦零售软件企业论坛，线上）",
    "记录：赵倩",
]
MINUTES_DECISIONS = [
    "一、成都连锁零售与餐饮科技洽谈会定于2083年10月21日至23日举行，为巴基斯坦馆预留展位36个（P01—P36）。",
    "二、中方采购方报名免费，每家采购方最多派3名代表参加洽谈会。采购方报名须知由会员服务部发布。",
    "三、东道门店场地补贴：联盟向每家东道门店支付场地补贴人民币3.5万元，用于门店实验日当天的场地占用和员工加班；"
    "同一品牌最多3家门店可获补贴。补贴在门店实验日结束后30日内支付。",
    "四、东道门店条件：门店营业面积不少于60平方米，能为每家巴方企业提供独立电源和有线网络接口，门店实验日当天正常营业。",
    "五、《采购方行为准则》采用中英双语文本，两种文本不一致时以中文文本为准。",
]
MINUTES_ACTIONS = [
    ["序号", "事项", "负责人", "完成时间"],
    ["1", "发布中方采购方报名须知", "王磊", "2083年5月10日"],
    ["2", "确定东道门店名单并通知巴方", "陈敏", "2083年6月30日"],
    ["3", "与巴方确认巴基斯坦馆展位图", "刘燕", "2083年4月15日"],
    ["4", "起草中英双语《采购方行为准则》", "赵倩", "2083年5月31日"],
]


def minutes_docx():
    doc = docx.Document()
    doc.add_paragraph("「收银潮2083」项目第三次筹备会会议纪要", style="Title")
    for line in MINUTES_HEAD:
        doc.add_paragraph(line)
    doc.add_paragraph(
        "三月十二日下午，联盟秘书处召开「收银潮2083」项目第三次筹备会。会议听取了秘书处关于巴方企业报名情况和中方东道门店"
        "招募情况的汇报，经讨论，形成以下决定："
    )
    for text in MINUTES_DECISIONS:
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(0.6)
    doc.add_heading("行动事项", level=1)
    grid(doc, MINUTES_ACTIONS, widths=(1.5, 8, 2.5, 4))
    doc.add_paragraph("下次会议时间另行通知。")
    doc.add_paragraph("（本纪要发送：联盟各部门、巴基斯坦零售软件企业论坛）")
    save_docx(
        doc,
        v.MINUTES,
        "收银潮2083 第三次筹备会会议纪要",
        datetime.datetime(2083, 3, 12, 17, 0, 0),
        author="CCSDA 秘书处",
    )


# ============================================================================ the Urdu grant-claims procedure
UR_CLAIM_HEAD = ["گرانٹ", "ضروری دستاویزات"]
UR_CLAIM_ROWS = [
    ["ڈیمو کٹ گرانٹ", "ہارڈ ویئر کی انوائس، انسٹالیشن کا بل، شپنگ کی رسید"],
    ["سفری گرانٹ", "ایئر ٹکٹ، بورڈنگ پاس، ہوٹل کا بل"],
    ["منی پروگرام گرانٹ", "ڈیولپمنٹ کا معاہدہ اور انوائس"],
    ["لوکلائزیشن گرانٹ", "ترجمے یا ڈیولپمنٹ کی انوائس"],
    ["سرٹیفکیشن آڈٹ گرانٹ", "آڈٹ فرم کی انوائس اور سرٹیفکیٹ کی کاپی"],
]


def ur_claims_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("ٹِل ٹائیڈ ۲۰۸۳ — گرانٹ کلیم کرنے کا طریقہ", style="Title"))
    rtl(doc.add_paragraph("آر ایس ایچ ایف (RSHF) پروگرام آفس، لاہور — ۲ جولائی ۲۰۸۳"))
    rtl(
        doc.add_paragraph(
            "یہ دستاویز بتاتی ہے کہ منتخب کمپنیاں چینگدو میلے اور اسٹور لیب ڈے کے بعد اپنی گرانٹس کیسے کلیم کریں۔ ہر گرانٹ "
            "اپنے حصے اور زیادہ سے زیادہ رقم کے مطابق ادا ہوتی ہے، جو انگریزی فیس شیڈول میں درج ہیں۔"
        )
    )
    rtl(doc.add_heading("کلیم کب جمع کرانا ہے", level=1))
    for text in [
        "کلیم اسٹور لیب ڈے کے بعد ۶۰ دن کے اندر، یعنی ۲۳ دسمبر ۲۰۸۳ تک، پورٹل پر جمع کرائیں۔",
        "اس تاریخ کے بعد آنے والا کلیم قبول نہیں کیا جاتا۔",
        "ہر کمپنی ہر گرانٹ کے لیے ایک ہی کلیم جمع کراتی ہے، جس کے ساتھ تمام رسیدیں لگی ہوں۔",
    ]:
        rtl(doc.add_paragraph(text, style="List Bullet"))
    rtl(doc.add_heading("ضروری دستاویزات", level=1))
    t = grid(doc, [UR_CLAIM_HEAD, *UR_CLAIM_ROWS], widths=(5, 11))
    t._tbl.tblPr.find(qn("w:tblW")).addprevious(OxmlElement("w:bidiVisual"))
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                rtl(p)
    rtl(doc.add_heading("ادائیگی", level=1))
    for text in [
        "منظوری کے بعد گرانٹ ۳۰ کاروباری دنوں میں کمپنی کے بینک اکاؤنٹ میں بھیجی جاتی ہے۔",
        "چینی یوآن (RMB) میں رسیدوں کی رقم انوائس کی تاریخ پر اسٹیٹ بینک آف پاکستان کے ریٹ سے روپوں میں بدلی جاتی ہے۔",
        "کلیم مسترد ہونے پر کمپنی ۱۵ دن کے اندر نظرِ ثانی کی درخواست دے سکتی ہے۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("رابطہ", level=1))
    rtl(doc.add_paragraph("grants@tilltide.example پر لکھیں یا ہیلپ لائن 0800-84338 پر کال کریں۔"))
    save_docx(doc, v.UR_CLAIMS, "Till Tide 2083 - grant claims (Urdu)", datetime.datetime(2083, 7, 2, 11, 0, 0))


# ============================================================================ PDFs
HELV = {
    "/F1": CORE_FONT_METRICS["Helvetica"].character_widths,
    "/F2": CORE_FONT_METRICS["Helvetica-Bold"].character_widths,
}


def width(s, face="/F1", size=10):
    if face == "/F3":
        return len(s) * size  # the CID font's default width: every glyph 1000 units
    w = HELV[face]
    return sum(w.get(ch, w["default"]) for ch in s) * size / 1000


def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + text.encode("cp1252") + b")"


class PdfPage:
    def __init__(self, width=612, height=792):
        self.ops = []
        self.width, self.height = width, height

    def text(self, x, y, s, face="/F1", size=10, room=None):
        if room is not None and width(s, face, size) > room:
            raise ValueError(f"{s!r} is wider than {room} pt")
        shown = b"<" + s.encode("utf-16-be").hex().upper().encode() + b">" if face == "/F3" else pdf_str(s)
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm ".encode() + shown + b" Tj ET\n")

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())


def write_pdf(name, pages, title, author):
    writer = pypdf.PdfWriter()

    def add(obj):
        return writer._add_object(obj)

    def type1(base):
        return add(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject("/STSong-Light"),
            NameObject("/Flags"): NumberObject(6),
            NameObject("/FontBBox"): ArrayObject([NumberObject(n) for n in (-25, -254, 1000, 880)]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(880),
            NameObject("/Descent"): NumberObject(-120),
            NameObject("/CapHeight"): NumberObject(880),
            NameObject("/StemV"): NumberObject(93),
        }
    )
    cid = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType0"),
            NameObject("/BaseFont"): NameObject("/STSong-Light"),
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("GB1"),
                    NameObject("/Supplement"): NumberObject(4),
                }
            ),
            NameObject("/FontDescriptor"): add(descriptor),
            NameObject("/DW"): NumberObject(1000),
        }
    )
    song = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject("/STSong-Light-UniGB-UCS2-H"),
            NameObject("/Encoding"): NameObject("/UniGB-UCS2-H"),
            NameObject("/DescendantFonts"): ArrayObject([add(cid)]),
        }
    )
    fonts = DictionaryObject(
        {
            NameObject("/F1"): type1("/Helvetica"),
            NameObject("/F2"): type1("/Helvetica-Bold"),
            NameObject("/F3"): add(song),
        }
    )
    for page in pages:
        pdf_page = writer.add_blank_page(page.width, page.height)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Producer": "Till Tide document office", "/Author": author})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def wrap(text, room, face="/F1", size=10):
    if face == "/F3":  # Chinese: break after a punctuation mark when the phrase fits, else where the line is full
        per = int(room // size)
        lines, line = [], ""
        for phrase in re.findall(r"[^，。；、：　]*[，。；、：　]?", text):
            while phrase:
                if len(line) + len(phrase) <= per:
                    line, phrase = line + phrase, ""
                elif line:
                    lines.append(line)
                    line = ""
                else:
                    line, phrase = phrase[:per], phrase[per:]
        return [*lines, line] if line else lines
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if width(trial, face, size) <= room:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


# ============================================================================ 4. the bilingual code of conduct
CONDUCT_CLAUSES = [
    (
        "1. Scope. This code applies to every buyer organisation and every delegate taking part in the Chengdu Chain "
        "Retail & Catering Technology Fair 2083 and in Store Lab Day.",
        "一、适用范围　本准则适用于参加2083成都连锁零售与餐饮科技洽谈会及门店实验日的所有采购方及其代表。",
    ),
    (
        "2. Meetings. Buyers confirm each pre-booked meeting at least 48 hours before it starts. A buyer that misses "
        "two booked meetings without notice loses its access to Store Lab Day.",
        "二、洽谈预约　采购方应至少提前48小时确认每场已预约的洽谈。无故缺席两场已预约洽谈的采购方，取消其参加门店实验日的资格。",
    ),
    (
        "3. Gifts. Buyers do not give to or accept from a vendor any gift, meal or hospitality worth more than RMB 200 "
        "per person.",
        "三、礼品　采购方不得向供应商赠送或接受价值超过每人人民币200元的礼品、宴请或招待。",
    ),
    (
        "4. Vendors' software. Buyers do not photograph source code or configuration screens, copy demo software, or "
        "ask a vendor to leave software behind after a demo.",
        "四、供应商软件　采购方不得拍摄源代码或配置界面，不得复制演示软件，不得要求供应商在演示后留下软件。",
    ),
    (
        "5. Shop data. Customer and sales data produced during Store Lab Day are deleted by the buyer within 14 days, "
        "unless a pilot contract says otherwise.",
        "五、门店数据　门店实验日产生的顾客及销售数据，采购方应于14日内删除，试点合同另有约定的除外。",
    ),
    (
        "6. Payment. Under a pilot contract, buyers pay each correct invoice within 45 days of receiving it.",
        "六、付款　根据试点合同，采购方应在收到正确发票后45日内付款。",
    ),
    (
        "7. Complaints. Complaints about a buyer or a vendor go to conduct@ccsda.example within 10 days of the event.",
        "七、投诉　对采购方或供应商的投诉，应在活动结束后10日内发送至conduct@ccsda.example。",
    ),
    (
        "8. Language. This code is issued in English and Chinese. If the two texts differ, the Chinese text prevails.",
        "八、语言　本准则以中英文发布。两种文本如有不一致，以中文文本为准。",
    ),
]


def conduct_pdf():
    p = PdfPage()
    lx, rx, room = 40, 322, 250
    p.text(lx, 744, "Till Tide 2083 \u2014 Buyers' Code of Conduct", "/F2", 11.5, room=room)
    p.text(rx, 744, "「收银潮2083」采购方行为准则", "/F3", 11.5, room=room)
    p.text(lx, 728, "China Chain-Store Digitalisation Alliance (CCSDA) \u00b7 1 June 2083", "/F1", 8, room=room)
    p.text(rx, 728, "中国连锁门店数字化联盟　2083年6月1日", "/F3", 8, room=room)
    p.rule(40, 718, 572, 718, 0.8)
    p.rule(306, 90, 306, 712, 0.4)
    y = 698
    for en, zh in CONDUCT_CLAUSES:
        ye = y
        for line in wrap(en, room, "/F1", 9):
            p.text(lx, ye, line, "/F1", 9, room=room)
            ye -= 12
        yz = y
        for line in wrap(zh, room, "/F3", 9):
            p.text(rx, yz, line, "/F3", 9, room=room)
            yz -= 13
        y = min(ye, yz) - 10
    y -= 14
    p.text(lx, y, "Signed for the buyer: ____________________", "/F1", 9, room=room)
    p.text(rx, y, "采购方签字：________________", "/F3", 9, room=room)
    y -= 18
    p.text(lx, y, "Date: ______________", "/F1", 9, room=room)
    p.text(rx, y, "日期：______________", "/F3", 9, room=room)
    if y < 100:
        raise ValueError("code of conduct runs off the page")
    p.text(lx, 60, "Till Tide 2083 \u00b7 CCSDA \u00b7 RSHF", "/F1", 7.5)
    p.text(530, 60, "1 / 1", "/F1", 7.5)
    write_pdf(v.CONDUCT, [p], "Till Tide 2083 - Buyers' Code of Conduct", "CCSDA")


# ============================================================================ the 2082 pilot report
PILOT_FIGURES = [
    ("Pakistani firms selected", "18"),
    ("Chinese buyers taking part", "23"),
    ("Fair", "Chongqing Retail Tech Week, 9\u201310 November 2082"),
    ("Shop demos", "Shop Demo Afternoon, 6 host shops"),
    ("Participation fee", "PKR 60,000, one flat fee for every firm"),
    ("Demo grant", "40% of costs, capped at PKR 200,000"),
    ("Pass mark for a shop demo", "65 out of 100"),
    ("Pilot contracts signed", "7"),
    ("Total value of pilot contracts", "RMB 410,000"),
]
PILOT_LESSONS = [
    "Chains wanted to see systems working through a full trading day, not a short afternoon slot; 2083 replaces "
    "the Shop Demo Afternoon with Store Lab Day.",
    "One flat fee was hard on the smallest firms; 2083 sets fee bands by head count.",
    "Simplified Chinese screens and receipts decided most demo scores.",
    "Hardware held at customs kept three firms out of the shop demos; 2083 ships all hardware through one freight "
    "forwarder.",
]


def pilot_pdf():
    p = PdfPage()
    p.text(50, 748, "Till Tide pilot round 2082 \u2014 Final report", "/F2", 16, room=512)
    p.text(
        50,
        730,
        "RSHF programme office, Lahore \u00b7 15 December 2082 \u00b7 for the organisers of Till Tide 2083",
        "/F1",
        9,
        room=512,
    )
    p.rule(50, 720, 562, 720)
    y = 700
    intro = (
        "The 2082 pilot round tested the Till Tide idea on a small scale: a few Pakistani retail software firms showed "
        "their products to Chinese chains at a trade week in Chongqing and demonstrated them in real shops for one "
        "afternoon. This report records what happened so that the full programme of 2083 can build on it. The "
        "figures below are the pilot's own; the rules for 2083 are set separately."
    )
    for line in wrap(intro, 512, "/F1", 10):
        p.text(50, y, line, "/F1", 10)
        y -= 14
    y -= 10
    p.text(50, y, "Key figures", "/F2", 12)
    y -= 8
    p.rule(50, y, 562, y, 0.6)
    y -= 15
    for label, val in PILOT_FIGURES:
        p.text(56, y, label, "/F1", 10, room=200)
        p.text(262, y, val, "/F1", 10, room=296)
        p.rule(50, y - 6, 562, y - 6, 0.3)
        y -= 20
    p.rule(256, y + 14, 256, y + 20 * len(PILOT_FIGURES) + 14, 0.3)
    y -= 12
    p.text(50, y, "What we learned", "/F2", 12)
    y -= 18
    for lesson in PILOT_LESSONS:
        for i, line in enumerate(wrap(lesson, 490, "/F1", 10)):
            p.text(56 if i == 0 else 66, y, ("\u2022 " if i == 0 else "") + line, "/F1", 10)
            y -= 14
        y -= 4
    y -= 10
    p.text(50, y, "Prepared by the RSHF programme office with the CCSDA secretariat.", "/F1", 9)
    if y < 70:
        raise ValueError("pilot report runs off the page")
    p.text(520, 40, "Page 1 of 1", "/F1", 7.5)
    write_pdf(v.PILOT, [p], "Till Tide pilot round 2082 - Final report", "RSHF")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched_at_webinar
D = [
    (
        "PK-001",
        "Tez POS Systems (Pvt) Ltd",
        "泰兹收银系统",
        "Lahore",
        2009,
        320,
        "POS software;restaurant POS;KDS;FBR-integrated invoicing",
        "restaurants;fast food",
        "C#;.NET;SQL Server;Android",
        "ISO 9001;PCI DSS v4.0",
        "English;Urdu;Punjabi",
        "Builds point-of-sale and kitchen display systems for restaurant chains across Punjab.",
        "为旁遮普省的餐饮连锁开发收银和后厨显示系统。",
        "tezpos",
        "yes",
    ),
    (
        "PK-002",
        "Tez Retail Cloud",
        "",
        "Lahore",
        2074,
        45,
        "cloud POS;Inventory Management;e-receipts;supplier ordering app",
        "grocery;pharmacy",
        "Node.js;PostgreSQL;Flutter",
        "none",
        "English;Urdu",
        "A cloud till and stock app for small grocers and pharmacies, with receipts sent by SMS or e-mail.",
        "",
        "tezretail",
        "no",
    ),
    (
        "PK-003",
        "Khazana Commerce Labs",
        "宝库商务实验室",
        "Karachi",
        2004,
        850,
        "omnichannel order management;OMS;click-and-collect;Shopify development;delivery-platform integration",
        "retail;fashion;supermarkets",
        "Java;Kafka;AWS",
        "ISO/IEC 27001:2022;PCI DSS v4.0",
        "English;Urdu;Mandarin",
        "Connects shops, web stores and delivery platforms in one order management system for large retailers.",
        "为大型零售商把门店、网店和外卖平台接入同一个订单管理系统。",
        "khazanalabs",
        "yes",
    ),
    (
        "PK-004",
        "Chaska KDS",
        "恰斯卡厨显",
        "Karachi",
        2078,
        14,
        "kitchen display system;kitchen order tickets display;table ordering via QR",
        "restaurants;cloud kitchens",
        "React;Electron;Raspberry Pi",
        "none",
        "English;Urdu;Sindhi",
        "Small studio making kitchen screens and QR table ordering for restaurants and cloud kitchens in Karachi.",
        "为卡拉奇的餐厅和云厨房开发后厨屏幕和扫码点餐。",
        "chaskakds",
        "no",
    ),
    (
        "PK-005",
        "Dukaan Digital",
        "杜坎数字",
        "Multan",
        2066,
        38,
        "point-of-sale software;billing software for shops;stock-taking app",
        "kiryana stores;pharmacy",
        "Flutter;Firebase",
        "none",
        "Urdu;English;Saraiki",
        "Point-of-sale and billing apps for neighbourhood shops in southern Punjab.",
        "为旁遮普南部的社区小店提供收银和开票应用。",
        "dukaandigital",
        "no",
    ),
    (
        "PK-006",
        "Line Saaz Technologies",
        "排队匠科技",
        "Islamabad",
        2012,
        60,
        "queue management system;token system;virtual queue app;customer feedback kiosks",
        "banks;hospitals;telecom franchises",
        "Kotlin;Vue.js;MySQL",
        "ISO 9001",
        "English;Urdu",
        "Queue and token systems for bank branches, hospitals and telecom franchise shops.",
        "为银行网点、医院和电信加盟店提供排队叫号系统。",
        "linesaaz",
        "yes",
    ),
    (
        "PK-007",
        "Menu Mehfil",
        "菜单聚会",
        "Lahore",
        2071,
        22,
        "menu engineering;recipe costing;digital menu boards;menu design consulting",
        "restaurants;cafés",
        "Python;Django;React",
        "none",
        "English;Urdu",
        "Helps restaurants price and lay out their menus from sales data, and runs their digital menu boards.",
        "根据销售数据帮助餐厅定价和设计菜单，并运营电子菜单屏。",
        "menumehfil",
        "no",
    ),
    (
        "PK-008",
        "Raseed Systems",
        "收据系统",
        "Karachi",
        2058,
        110,
        "E-Receipts;digital receipts;FBR-integrated invoicing;e-invoicing (fapiao)",
        "retail;fuel stations",
        "Go;PostgreSQL;AWS",
        "ISO/IEC 27001:2022",
        "English;Urdu;Mandarin",
        "Digital receipts and tax-integrated invoicing for retailers and fuel stations, including Chinese fapiao.",
        "为零售商和加油站提供电子小票和税务对接开票，包括中国发票。",
        "raseedsys",
        "no",
    ),
    (
        "PK-009",
        "Shelf Sense AI",
        "货架感知",
        "Islamabad",
        2075,
        35,
        "shelf image recognition;planogram compliance (computer vision);footfall analytics",
        "supermarkets;FMCG",
        "Python;PyTorch;OpenCV",
        "",
        "English;Urdu",
        "Reads photos of supermarket shelves to find gaps and planogram errors, and counts shoppers.",
        "识别超市货架照片中的缺货和陈列错误，并统计客流。",
        "shelfsense",
        "no",
    ),
    (
        "PK-010",
        "Nirkh Labs",
        "价签实验室",
        "Lahore",
        2008,
        75,
        "ESL;electronic shelf label software;promotion management",
        "supermarkets;pharmacy chains",
        "C++;Zigbee;Java",
        "ISO 9001",
        "English;Urdu",
        "Software that drives electronic shelf labels and pushes price changes and promotions to every store.",
        "开发电子价签管理软件，把价格变动和促销推送到各门店。",
        "nirkhlabs",
        "yes",
    ),
    (
        "PK-011",
        "Wafadari Apps",
        "忠诚应用",
        "Lahore",
        2015,
        48,
        "loyalty app;points & rewards app;gift cards;coupon engine",
        "cafés;fashion retail",
        "Flutter;Node.js;MongoDB",
        "none",
        "English;Urdu;Punjabi",
        "Branded loyalty apps with points, gift cards and coupons for cafés and fashion chains.",
        "为咖啡馆和服装连锁开发积分、礼品卡和优惠券会员应用。",
        "wafadariapps",
        "yes",
    ),
    (
        "PK-012",
        "Franchise Grid Pakistan",
        "加盟网格",
        "Karachi",
        2011,
        130,
        "franchise management software;franchisee portal;royalty calculation;multi-outlet management",
        "franchise brands;QSR",
        "PHP;Laravel;MySQL",
        "ISO 9001",
        "English;Urdu",
        "Runs franchise networks: franchisee portal, royalty calculation and reporting across outlets.",
        "提供加盟网络管理：加盟商门户、特许费计算和多门店报表。",
        "franchisegrid",
        "yes",
    ),
    (
        "PK-013",
        "Kiosk Karigar",
        "自助机工匠",
        "Lahore",
        2019,
        28,
        "self-service kiosk software;self-ordering kiosk;kiosk hardware integration",
        "QSR;cinemas",
        "Android;Kotlin;Electron",
        "none",
        "English;Urdu",
        "Builds self-ordering kiosks for fast-food restaurants and cinemas.",
        "为快餐店和影院开发自助点餐机。",
        "kioskkarigar",
        "no",
    ),
    (
        "PK-014",
        "Paisa Bridge Technologies",
        "支付桥科技",
        "Karachi",
        2010,
        240,
        "payment gateway integration;QR payments integration;Raast integration;card terminal integration",
        "retail;restaurants;e-commerce",
        "Java;Spring;Kubernetes",
        "PCI DSS v4.0;ISO/IEC 27001:2022",
        "English;Urdu",
        "Connects tills and web shops to card terminals, QR payments and Raast.",
        "把收银台和网店接入刷卡终端、扫码支付和Raast即时支付。",
        "paisabridge",
        "yes",
    ),
    (
        "PK-015",
        "Godaam Works",
        "仓库工坊",
        "Faisalabad",
        2060,
        90,
        "warehouse management system (WMS);barcode and RFID;inventory tracking;demand forecasting",
        "textiles;distribution;FMCG",
        ".NET;Azure;Zebra SDK",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Warehouse software with barcode and RFID scanning for distributors and textile retailers.",
        "为分销商和纺织零售商提供带条码和RFID的仓储管理软件。",
        "godaamworks",
        "no",
    ),
    (
        "PK-016",
        "Sialkot Store Systems",
        "",
        "Sialkot",
        2069,
        16,
        "store IT support;on-site hardware support;POS hardware reselling",
        "sports goods retail;restaurants",
        "Windows Server;Intune",
        "none",
        "Urdu;English;Punjabi",
        "Looks after shop computers, printers and tills for retailers and restaurants in Sialkot.",
        "",
        "sialkotstore",
        "no",
    ),
    (
        "PK-017",
        "Barq Analytics",
        "闪电分析",
        "Islamabad",
        2003,
        410,
        "retail analytics;BI dashboards for retail;basket analysis;demand forecasting",
        "supermarkets;FMCG;telecom",
        "Python;Snowflake;Power BI",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "Sales and basket analytics with dashboards for supermarket groups and FMCG brands.",
        "为超市集团和快消品牌提供销售与购物篮分析看板。",
        "barqanalytics",
        "yes",
    ),
    (
        "PK-018",
        "Mini Program Studio PK",
        "小程序工作室",
        "Lahore",
        2073,
        26,
        "WeChat mini-program development;Alipay mini-program;membership mini-program",
        "bubble tea;cafés",
        "JavaScript;Taro;uni-app",
        "none",
        "English;Urdu;Mandarin",
        "Builds WeChat and Alipay mini-programs, mostly ordering and membership for tea and coffee brands.",
        "开发微信和支付宝小程序，主要是茶饮咖啡品牌的点单和会员。",
        "miniprogrampk",
        "no",
    ),
    (
        "PK-019",
        "Daftar Cloud (Pvt) Ltd",
        "达夫塔云",
        "Rawalpindi",
        2002,
        1200,
        "ERP integration;SAP Business One integration;accounting software;HR & payroll",
        "retail;manufacturing",
        "SAP;ABAP;.NET",
        "ISO 9001;ISO/IEC 27001:2022;CMMI Level 3",
        "English;Urdu",
        "Large ERP house connecting retail back offices to SAP, accounting and payroll.",
        "大型ERP服务商，把零售后台接入SAP、财务和薪资系统。",
        "daftarcloud",
        "yes",
    ),
    (
        "PK-020",
        "Ghar Tak Integrations",
        "到家集成",
        "Karachi",
        2072,
        40,
        "delivery-platform integration;Meituan/Ele.me integration;order aggregation for restaurants",
        "restaurants;cloud kitchens",
        "Node.js;Redis;GCP",
        "none",
        "English;Urdu;Mandarin",
        "Pulls orders from delivery platforms in Pakistan and China into one restaurant screen.",
        "把巴中两国外卖平台的订单汇总到餐厅的同一屏幕。",
        "ghartak",
        "no",
    ),
    (
        "PK-021",
        "Hisaab POS",
        "账目收银",
        "Bahawalpur",
        2070,
        9,
        "cashier system;POS for pharmacies;stock control software",
        "pharmacy;kiryana stores",
        "Delphi;Firebird",
        "none",
        "Urdu;Saraiki",
        "A small team selling a cashier and stock system to pharmacies in Bahawalpur division.",
        "",
        "hisaabpos",
        "no",
    ),
    (
        "PK-022",
        "Indus Retail Technologies",
        "印度河零售科技",
        "Karachi",
        1998,
        2000,
        "retail POS;ERP integration;store IT support;data migration;managed IT for outlets",
        "supermarkets;fashion;fuel stations",
        "Oracle;Java;Azure",
        "ISO 9001;ISO/IEC 27001:2022;PCI DSS v4.0",
        "English;Urdu;Sindhi",
        "The oldest firm in the directory: retail POS, ERP links and managed IT for large chains.",
        "为大型连锁提供零售收银、ERP对接和门店IT托管服务。",
        "indusretail",
        "yes",
    ),
    (
        "PK-023",
        "Chai Code",
        "茶码",
        "Peshawar",
        2077,
        12,
        "mobile app development;loyalty programme management;WeChat mini program development;SMS marketing",
        "cafés;bakeries",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Pashto",
        "Apps and loyalty schemes for tea houses and bakeries; started building WeChat mini programs in 2082.",
        "为茶馆和面包店开发应用和会员积分，2082年开始开发微信小程序。",
        "chaicode",
        "no",
    ),
    (
        "PK-024",
        "Sukkur Soft Solutions",
        "苏库尔软件",
        "Sukkur",
        2064,
        30,
        "restaurant billing;accounting software;tally migration",
        "restaurants;grocery",
        "C#;SQLite",
        "",
        "Urdu;Sindhi;English",
        "Restaurant billing and accounting for businesses in upper Sindh.",
        "",
        "sukkursoft",
        "no",
    ),
    (
        "PK-025",
        "Menu Lab Karachi",
        "菜单实验室",
        "Karachi",
        2082,
        6,
        "menu analytics;menu engineering consulting;table reservation system",
        "restaurants;hotels",
        "Python;FastAPI",
        "none",
        "English;Urdu",
        "Two founders and four analysts who study menu sales and run table reservations.",
        "分析菜单销售并提供订座系统的小团队。",
        "menulabkhi",
        "no",
    ),
    (
        "PK-026",
        "Qeemat Tags",
        "价格标签",
        "Gujranwala",
        2076,
        20,
        "digital price tags;electronic shelf labels;label printing software",
        "hardware stores;supermarkets",
        "C;Bluetooth LE;Java",
        "none",
        "Urdu;English;Punjabi",
        "Digital price tags and label printing for hardware stores and supermarkets.",
        "为五金店和超市提供数字价签和标签打印。",
        "qeemattags",
        "no",
    ),
    (
        "PK-027",
        "Apna Store OS",
        "我们的门店系统",
        "Lahore",
        2013,
        180,
        "mPOS app;inventory management;omni-channel selling;WhatsApp commerce",
        "fashion;electronics retail",
        "Kotlin;Go;PostgreSQL",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "A mobile POS with stock and omni-channel selling, including orders taken on WhatsApp.",
        "带库存和全渠道销售的移动收银，包括WhatsApp下单。",
        "apnastore",
        "yes",
    ),
    (
        "PK-028",
        "Hathi Retail Vision",
        "大象视觉",
        "Lahore",
        2001,
        560,
        "shelf monitoring AI;CCTV analytics;people counting;retail analytics",
        "malls;supermarkets",
        "Python;TensorFlow;NVIDIA Jetson",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu",
        "Computer vision for stores: empty-shelf alerts, people counting and in-store analytics.",
        "门店计算机视觉：空货架提醒、客流统计和店内分析。",
        "hathivision",
        "yes",
    ),
    (
        "PK-029",
        "Token Wala",
        "叫号者",
        "Multan",
        2079,
        8,
        "queue management;WhatsApp queue notifications;digital signage",
        "clinics;banks;restaurants",
        "PHP;WhatsApp Business API",
        "none",
        "Urdu;Saraiki;English",
        "Queue tokens with WhatsApp alerts for clinics, banks and restaurants in Multan.",
        "为木尔坦的诊所、银行和餐厅提供带WhatsApp提醒的排队取号。",
        "tokenwala",
        "no",
    ),
    (
        "PK-030",
        "Quetta Data Works",
        "奎达数据",
        "Quetta",
        2067,
        18,
        "data migration;QA testing;cloud hosting",
        "retail;logistics",
        "Linux;Ansible;AWS",
        "none",
        "English;Urdu;Pashto;Balochi",
        "Data migration, testing and hosting for retailers and logistics firms.",
        "",
        "quettadata",
        "no",
    ),
    (
        "PK-031",
        "Zaiqa Tech",
        "滋味科技",
        "Karachi",
        2006,
        260,
        "Restaurant POS;KDS screens;waiter ordering app;cloud kitchen software;delivery app integration",
        "restaurants;hotels;cloud kitchens",
        "Java;Android;MySQL",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Restaurant suite: POS, kitchen screens, waiter tablets and delivery app integration.",
        "餐饮全套系统：收银、后厨屏、服务员点单平板和外卖对接。",
        "zaiqatech",
        "yes",
    ),
    (
        "PK-032",
        "CardSafe Labs",
        "卡安实验室",
        "Islamabad",
        2061,
        70,
        "PCI DSS consulting;payment integration;cybersecurity audits",
        "fintech;retail",
        "Python;Vault;AWS",
        "ISO/IEC 27001:2022",
        "English;Urdu",
        "Helps retailers prepare for PCI DSS audits and builds secure payment integrations.",
        "帮助零售商准备PCI DSS审计并开发安全的支付对接。",
        "cardsafe",
        "no",
    ),
    (
        "PK-033",
        "Rahbar Franchise Systems",
        "领航加盟系统",
        "Lahore",
        2017,
        55,
        "franchise management;royalty reporting;outlet audit app",
        "franchise brands;salons",
        ".NET;Angular",
        "none",
        "English;Urdu",
        "Franchise management and outlet audit apps for brands with many franchisees.",
        "为多加盟商品牌提供加盟管理和门店巡检应用。",
        "rahbarfs",
        "yes",
    ),
    (
        "PK-034",
        "Abbottabad App Foundry",
        "",
        "Abbottabad",
        2074,
        11,
        "Android app development;UI/UX design;Store IT Support",
        "tourism;retail",
        "Kotlin;Figma",
        "none",
        "English;Urdu;Hindko",
        "A small app studio that also supports shop IT for hotels and retailers in Hazara.",
        "",
        "abbottabadapps",
        "no",
    ),
    (
        "PK-035",
        "Saaf Hisaab Retail",
        "清账零售",
        "Hyderabad",
        2056,
        95,
        "point of sale;e-receipt printing;barcode scanning app",
        "pharmacy;grocery",
        "Java;Android;SQLite",
        "ISO 9001",
        "Urdu;Sindhi;English",
        "Point of sale with printed and e-mailed receipts for pharmacies and grocers.",
        "为药店和杂货店提供可打印和发送电子小票的收银系统。",
        "saafhisaab",
        "no",
    ),
    (
        "PK-036",
        "Kitchen Pulse",
        "厨房脉搏",
        "Lahore",
        2068,
        33,
        "kitchen display screens;order routing for kitchens;food waste tracking",
        "restaurants;hotels",
        "Vue.js;Electron",
        "none",
        "English;Urdu",
        "Kitchen screens that route each order to the right station.",
        "把每张订单分派到对应档口的后厨屏幕。",
        "kitchenpulse",
        "no",
    ),
    (
        "PK-037",
        "Wafadari Rewards Network",
        "忠诚奖励网",
        "Karachi",
        2019,
        150,
        "customer loyalty platform;CDP;marketing automation",
        "fuel stations;supermarkets",
        "Java;Kafka;ClickHouse",
        "PCI DSS v4.0",
        "English;Urdu",
        "A coalition loyalty platform shared by fuel stations and supermarkets.",
        "加油站和超市共用的联盟式会员平台。",
        "wafadarirewards",
        "yes",
    ),
    (
        "PK-038",
        "Pak China Store Connect",
        "巴中门店互联",
        "Islamabad",
        2078,
        24,
        "Chinese localisation of retail software;UI translation;WeChat Pay / Alipay integration",
        "retail;cross-border e-commerce",
        "React;i18next",
        "none",
        "English;Urdu;Mandarin",
        "Localises Pakistani retail software into Simplified Chinese and adds WeChat Pay and Alipay.",
        "把巴基斯坦零售软件本地化为简体中文，并接入微信支付和支付宝。",
        "pcstoreconnect",
        "no",
    ),
    (
        "PK-039",
        "Mardan Mobile Works",
        "",
        "Mardan",
        2081,
        4,
        "mobile apps;loyalty app development;e-commerce website development",
        "retail;restaurants",
        "Flutter",
        "",
        "Pashto;Urdu;English",
        "A four-person studio building shop apps and loyalty apps in Mardan.",
        "",
        "mardanmobile",
        "no",
    ),
    (
        "PK-040",
        "Nexus Omni Retail",
        "联结全渠道",
        "Lahore",
        2005,
        700,
        "OMS;order management system;delivery aggregator integration;e-commerce platform;retail analytics",
        "fashion;electronics;supermarkets",
        "Java;Spring;Azure",
        "ISO/IEC 27001:2022;ISO 9001",
        "English;Urdu",
        "Order management for large retailers across stores, web and delivery aggregators, with analytics.",
        "为大型零售商提供门店、网店和外卖聚合的订单管理及分析。",
        "nexusomni",
        "yes",
    ),
    (
        "PK-041",
        "Tez Payments",
        "泰兹支付",
        "Islamabad",
        2016,
        85,
        "payment gateway;QR payments;mPOS acquiring",
        "retail;restaurants",
        "Kotlin;Go",
        "PCI DSS v4.0",
        "English;Urdu",
        "A payment gateway for shops and restaurants with QR and card acceptance.",
        "为商店和餐厅提供支持扫码和刷卡的支付网关。",
        "tezpay",
        "yes",
    ),
    (
        "PK-042",
        "Checkout Chowk",
        "结账广场",
        "Karachi",
        2014,
        65,
        "self-checkout software;SCO lanes;scale integration;loss-prevention analytics",
        "supermarkets;convenience stores",
        "C#;.NET;OpenCV",
        "ISO 9001",
        "English;Urdu",
        "Self-checkout lanes with scale checks and loss-prevention cameras for supermarkets.",
        "为超市提供带称重校验和防损摄像头的自助结账通道。",
        "checkoutchowk",
        "yes",
    ),
    (
        "PK-043",
        "Store Saathi",
        "门店伙伴",
        "Faisalabad",
        2063,
        42,
        "IT helpdesk for retail chains;network setup for stores;CCTV installation",
        "textile retail;supermarkets",
        "Windows;Fortinet;Ubiquiti",
        "none",
        "Urdu;Punjabi;English",
        "Helpdesk, networks and cameras for textile retailers and supermarkets in Faisalabad.",
        "为费萨拉巴德的纺织零售商和超市提供IT服务台、网络和监控。",
        "storesaathi",
        "no",
    ),
    (
        "PK-044",
        "Bahawalpur Billing Co.",
        "",
        "Bahawalpur",
        2062,
        13,
        "POS billing software;SMS receipts;khata (credit ledger) app",
        "grocery;hardware stores",
        "VB.NET;SQL Server",
        "none",
        "Urdu;Saraiki",
        "Billing software with SMS receipts and a credit ledger.",
        "",
        "bwpbilling",
        "no",
    ),
    (
        "PK-045",
        "Chaska Order Hub",
        "恰斯卡订单中心",
        "Karachi",
        2021,
        19,
        "online ordering website;QR menu ordering;foodpanda integration",
        "restaurants;bakeries",
        "Next.js;Supabase",
        "none",
        "English;Urdu",
        "Online ordering websites and QR menus for restaurants, with orders from foodpanda in the same list.",
        "为餐厅提供在线点餐网站和扫码菜单，并合并外卖平台订单。",
        "chaskahub",
        "yes",
    ),
    (
        "CN-001",
        "Chengdu Jindi Technology Co., Ltd.",
        "锦递科技",
        "Chengdu",
        2052,
        300,
        "外卖平台对接;OMS 全渠道订单管理;delivery-platform integration",
        "catering;hot pot chains",
        "Java;Go;Alibaba Cloud",
        "ISO/IEC 27001:2022",
        "Mandarin;English",
        "Connects restaurant chains to delivery platforms and manages their orders across channels.",
        "为餐饮连锁对接外卖平台并提供全渠道订单管理。",
        "jindi",
        "no",
    ),
    (
        "CN-002",
        "Shudao Shelf Vision",
        "蜀道货架识别",
        "Chengdu",
        2070,
        85,
        "货架识别;shelf image recognition (AI);planogram audits",
        "supermarkets;convenience stores",
        "Python;PyTorch;Huawei Cloud",
        "ISO 9001",
        "Mandarin",
        "Recognises products on shelf photos for convenience-store and supermarket chains.",
        "为便利店和超市连锁识别货架照片中的商品。",
        "shudaovision",
        "no",
    ),
    (
        "CN-003",
        "Hangzhou Xiaocheng Software",
        "杭州小程科技",
        "Hangzhou",
        2060,
        420,
        "小程序开发;membership mini-programs;会员系统",
        "bubble tea;cafés;malls",
        "Taro;Java;Alibaba Cloud",
        "ISO/IEC 27001:2022",
        "Mandarin;English",
        "Builds ordering and membership mini-programs for tea, coffee and mall brands.",
        "为茶饮、咖啡和商场品牌开发点单与会员小程序。",
        "xiaocheng",
        "no",
    ),
    (
        "CN-004",
        "Shenzhen Biaoqian Tech",
        "深圳标签科技",
        "Shenzhen",
        2005,
        1500,
        "电子价签;ESL system;ESL cloud platform",
        "supermarkets;pharmacy chains",
        "C;RF 2.4G;Java",
        "ISO 9001;ISO/IEC 27001:2022",
        "Mandarin;English",
        "Makes electronic shelf label systems used by supermarket and pharmacy chains.",
        "为超市和药店连锁提供电子价签系统。",
        "biaoqian",
        "no",
    ),
    (
        "CN-005",
        "Chongqing Huoguo Digital",
        "重庆火锅数字",
        "Chongqing",
        2068,
        120,
        "后厨显示系统 (KDS);排队叫号系统;菜单优化 (menu engineering)",
        "hot pot chains",
        "Android;Vue.js",
        "none",
        "Mandarin",
        "Kitchen screens, queue tickets and menu tuning for hot-pot chains.",
        "为火锅连锁提供后厨显示、排队叫号和菜单优化。",
        "huoguodigital",
        "no",
    ),
    (
        "CN-006",
        "Guangzhou Mall Ops Cloud",
        "广州商场运营云",
        "Guangzhou",
        2050,
        650,
        "mall tenant POS integration;footfall analytics for malls;零售数据分析",
        "malls",
        "Java;Flink;Tencent Cloud",
        "ISO/IEC 27001:2022",
        "Mandarin;Cantonese;English",
        "Collects tenants' till data and footfall for mall operators and turns it into reports.",
        "为商场运营方采集租户收银数据和客流并生成报表。",
        "mallopscloud",
        "no",
    ),
    (
        "CN-007",
        "Shanghai Chain IT Services",
        "上海连锁IT服务",
        "Shanghai",
        2058,
        90,
        "门店IT运维;On-site Hardware Support;store network setup",
        "convenience stores;fashion",
        "Windows;Linux;ServiceNow",
        "ISO 9001",
        "Mandarin;English",
        "Keeps tills, printers and networks running for convenience-store and fashion chains.",
        "为便利店和服装连锁维护收银机、打印机和网络。",
        "shchainit",
        "no",
    ),
    (
        "CN-008",
        "Kunming Self-Checkout Tech",
        "昆明自助结账科技",
        "Kunming",
        2072,
        40,
        "自助结账;self-checkout kiosks;weighing scale integration",
        "supermarkets",
        "C++;Linux",
        "",
        "Mandarin",
        "Self-checkout kiosks with weighing scales for supermarkets in Yunnan.",
        "为云南的超市提供带称重的自助结账机。",
        "kmsco",
        "no",
    ),
    (
        "CN-009",
        "Beijing Franchise Cloud",
        "北京加盟云",
        "Beijing",
        2048,
        260,
        "加盟管理系统;franchise CRM;store inspection app",
        "bubble tea;fast food",
        "Java;Vue.js;Alibaba Cloud",
        "ISO/IEC 27001:2022;ISO 9001",
        "Mandarin;English",
        "Franchise management software for tea and fast-food brands with hundreds of franchisees.",
        "为拥有数百家加盟店的茶饮和快餐品牌提供加盟管理软件。",
        "bjfranchise",
        "no",
    ),
    (
        "CN-010",
        "Xi'an Paylink",
        "西安支付通",
        "Xi'an",
        2055,
        200,
        "支付对接;aggregated payments;聚合支付",
        "retail;catering",
        "Java;Go",
        "PCI DSS v4.0;ISO/IEC 27001:2022",
        "Mandarin;English",
        "Aggregated payment acceptance for retail and catering chains.",
        "为零售和餐饮连锁提供聚合支付。",
        "xapaylink",
        "no",
    ),
    (
        "CN-011",
        "Chengdu Dianxiaoer IT",
        "成都店小二运维",
        "Chengdu",
        2079,
        12,
        "门店IT运维;POS hardware repair;store network maintenance",
        "hot pot chains;bubble tea",
        "Linux;Zabbix",
        "none",
        "Mandarin",
        "A small IT team that fixes tills and networks for restaurant and tea shops in Chengdu.",
        "为成都的餐厅和茶饮店维修收银机和网络的小团队。",
        "dianxiaoer",
        "no",
    ),
    (
        "CN-012",
        "Urumqi Silk Road Retail Soft",
        "乌鲁木齐丝路零售软件",
        "Urumqi",
        2065,
        55,
        "POS 收银系统;warehouse stock app;Urdu-Chinese receipt printing",
        "cross-border retail;restaurants",
        "Java;Android",
        "none",
        "Mandarin;Uyghur;English",
        "Cashier and stock software for cross-border shops, printing receipts in Chinese and Urdu.",
        "为跨境商店提供收银和库存软件，可打印中文和乌尔都文小票。",
        "silkroadretail",
        "no",
    ),
    (
        "CN-013",
        "Kashgar Trade Systems",
        "",
        "Kashgar",
        2074,
        30,
        "cross-border e-commerce ERP;Inventory Tracking;电子小票",
        "cross-border e-commerce",
        "Python;Odoo",
        "",
        "Mandarin;Uyghur",
        "ERP and stock tracking for cross-border sellers opening shops near the border.",
        "",
        "kashgartrade",
        "no",
    ),
    (
        "CN-014",
        "Chengdu Chayu Data",
        "茶语数据",
        "Chengdu",
        2076,
        48,
        "会员系统;retail analytics for tea chains;外卖订单对接",
        "bubble tea",
        "Python;ClickHouse",
        "ISO/IEC 27001:2022",
        "Mandarin",
        "Member data and sales analytics for bubble-tea chains.",
        "为茶饮连锁提供会员数据和销售分析。",
        "chayudata",
        "no",
    ),
    (
        "CN-015",
        "Shenzhen Paidui Tech",
        "深圳排队科技",
        "Shenzhen",
        2071,
        70,
        "排队叫号;virtual queueing;桌台预订",
        "restaurants;hospitals",
        "Go;React Native",
        "ISO 9001",
        "Mandarin;English",
        "Queue tickets and table booking for restaurants and hospital outpatient halls.",
        "为餐厅和医院门诊提供排队取号和桌台预订。",
        "paiduitech",
        "no",
    ),
]
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]


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
STAFF = ["help@tilltide.example", "0800-84338"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# id suffix, kind, question, sources, answers (computed ones are put first by build_questions), note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "who organised the 2022 shanghai webinar that till tide grew out of?",
        [v.OVERVIEW],
        WEBINAR,
        "the real 2022 webinar's co-organisers, stated once, only in the overview",
    ),
    (
        "en-02",
        P,
        "application deadline",
        [v.CHANGELOG, v.UR_HTML, v.CHAT],
        ["30 April 2083", "30 April", "۳۰ اپریل ۲۰۸۳"],
        "two words; feature 2; stale: changelog v1.0 says 15 April, v1.1 moves it to 30 April",
    ),
    (
        "en-03",
        P,
        "we are a 40-person POS shop in Multan and RSHF members. if we take the chengdu fair + store lab "
        "day package, what is the total fee incl. sales tax? and which office handles firms from multan?",
        [v.FEES, v.OVERVIEW],
        [],
        "computed: 40 staff is Band B, member, Fair + Store Lab Day PKR 120,000 in the merged-cell table, plus 16% "
        "sales tax; table-only; feature 3; the asker's situation first, two questions",
    ),
    (
        "en-04",
        P,
        "store lab day - what date is it and how long do we get to install in the shop?",
        [v.SLD, v.UR_HTML, v.ZH_NOTICE],
        ["Sunday 24 October 2083", "24 October 2083", "07:00–13:00", "six hours", "۲۴ اکتوبر ۲۰۸۳", "10月24日"],
        "two questions; stale: the superseded version 1 gives Monday 25 October and four hours",
    ),
    (
        "en-05",
        P,
        "by when do our kiosk crates have to reach the warehouse in chengdu?",
        [v.EMAIL],
        ["6 October 2083", "Wednesday 6 October 2083", "6 October"],
        "feature 1: the newest message of the e-mail thread moves the date; stale: the quoted e-mail says 30 September",
    ),
    (
        "en-06",
        P,
        "pakistan pavilion - which hall?",
        [v.CORR, v.ZH_NOTICE],
        ["Hall 6", "6号馆"],
        "stale: the exhibitor manual prints Hall 4, the correction notice changes it",
    ),
    (
        "en-07",
        P,
        "do the chinese host shops get paid anything for store lab day? how much per shop?",
        [v.MINUTES],
        ["人民币3.5万元", "3.5万元", "RMB 35,000", "35,000 yuan"],
        "cross-language: the answer is only in the Chinese minutes; feature 6; feature 8 (万 units)",
    ),
    (
        "en-08",
        P,
        "we're a women-owned POS startup in lahore, 8 people. any waiver on the application fee for us?",
        [v.UR_HTML],
        ["۵۱٪", "51%"],
        "cross-language: the waiver is stated only in the Urdu right-to-left page; the asker's situation first",
    ),
    (
        "en-09",
        P,
        "refund policy?",
        [v.FAQ],
        ["70%", "31 August 2083"],
        "two words; feature 5: the answer is folded inside a <details> accordion item",
    ),
    (
        "en-10",
        DIR,
        "any vendors doing KDS / kitchen screens for restaurants?",
        [],
        [],
        "KDS acronym, kitchen display system, 后厨显示系统",
    ),
    (
        "en-11",
        DIR,
        "pakistani POS companies with more than 200 employees",
        [],
        [],
        "POS / point-of-sale / cashier + country + head count above 200",
    ),
    (
        "en-12",
        DIR,
        "ESL or electronic shelf label software firms founded before 2010?",
        [],
        [],
        "ESL abbreviation, price tags, 电子价签 + founded before 2010",
    ),
    (
        "en-13",
        DIR,
        "which firms do payment integration but don't hold PCI DSS?",
        [],
        [],
        "negation: payment integration without PCI DSS (a PCI DSS consulting service is not the certificate)",
    ),
    (
        "en-14",
        DIR,
        "loyalty app vendors that pitched at the 2022 webinar",
        [],
        [],
        "loyalty / membership / rewards + pitched at the webinar",
    ),
    (
        "en-15",
        UN,
        "is there an early-bird discount if we pay the participation fee in the first week?",
        [],
        STAFF,
        "near miss: fees, payment and refunds are covered, no discount is offered",
    ),
    (
        "en-16",
        UN,
        "when does the 2084 round open for applications?",
        [],
        STAFF,
        "near miss: a future round the documents never mention",
    ),
    (
        "en-17",
        UN,
        "does the programme insure the hardware we ship to chengdu?",
        [],
        STAFF,
        "near miss: shipping is covered, insurance is not",
    ),
    (
        "en-18",
        UN,
        "how many chinese buyers have registered so far?",
        [],
        STAFF,
        "near miss: buyer registration is covered, no count of registered buyers is given (the 2082 pilot's buyer "
        "count is last year's)",
    ),
    (
        "en-19",
        UN,
        "can you recommend a good biryani place in lahore for a team dinner?",
        [],
        STAFF,
        "off-topic: restaurants in Lahore",
    ),
    (
        "en-20",
        UN,
        "write me a python script that renames all the jpg files in a folder",
        [],
        STAFF,
        "off-topic: programming help",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "成都洽谈会是哪几天？巴基斯坦馆在几号馆？",
        [v.ZH_NOTICE, v.CORR],
        ["6号馆", "Hall 6", "2083年10月21日至23日"],
        "two questions; stale: the exhibitor manual prints Hall 4, the correction notice changes it",
    ),
    (
        "zh-02",
        P,
        "我们奶茶连锁有4家门店报名当东道门店，联盟一共能给多少场地补贴？",
        [v.MINUTES],
        [],
        "computed: 3.5万元 per host shop, at most 3 shops per brand, so 3 x 3.5万; feature 6; feature 8 (万 units)",
    ),
    (
        "zh-03",
        P,
        "门店实验日每家东道门店最多安排几家供应商？",
        [v.FAQ, v.EMAIL],
        ["up to three vendors", "three vendors", "3家", "三家"],
        "cross-language: the answer is in the English glossary (<dl>) and e-mail; feature 5",
    ),
    (
        "zh-04",
        P,
        "采购方报名截止是哪天？要交报名费吗？",
        [v.ZH_NOTICE, v.MINUTES],
        ["2083年8月31日", "8月31日", "报名免费"],
        "two questions; facts only in the Chinese documents",
    ),
    (
        "zh-05",
        P,
        "洽谈时长？",
        [v.ZH_NOTICE],
        ["25分钟", "每场25分钟"],
        "one word; the meeting length is stated only in the Chinese notice",
    ),
    (
        "zh-06",
        P,
        "采购方行为准则对礼品有什么限制？",
        [v.CONDUCT],
        ["人民币200元", "RMB 200"],
        "feature 4: the bilingual two-column PDF",
    ),
    (
        "zh-07",
        P,
        "我们是巴方论坛会员，公司120人，只参加成都洽谈会、不参加门店实验日，参展费含税一共多少？",
        [v.FEES],
        [],
        "computed: 120 staff is Band C, member, Chengdu fair only PKR 150,000, plus 16% sales tax; table-only; "
        "cross-language (the table is in English); feature 3",
    ),
    (
        "zh-08",
        P,
        "我们的自助点餐机功率比较大，展位要拉16安培的电要多少钱？什么时候之前订？",
        [v.MANUAL],
        ["RMB 600", "600元", "15 September 2083", "9月15日"],
        "cross-language: the 16 A line is only in the English exhibitor manual; two questions",
    ),
    (
        "zh-09",
        DIR,
        "哪些公司做自助结账或者自助收银机？",
        [],
        [],
        "self-checkout / SCO lanes / 自助结账 (a self-ordering kiosk is not a checkout)",
    ),
    ("zh-10", DIR, "巴基斯坦有哪些公司能开发微信小程序？", [], [], "mini-program / 小程序 + country PK"),
    (
        "zh-11",
        DIR,
        "做排队叫号系统、而且没有任何认证的公司有哪些？",
        [],
        [],
        "queue / token / 排队叫号 + certifications 'none' (没有认证); no queue firm's certifications are unknown",
    ),
    ("zh-12", DIR, "「锦递科技」是做什么的？在哪个城市？", [], [], "one company named by its Chinese name"),
    (
        "zh-13",
        DIR,
        "做外卖平台对接、成立超过20年的公司",
        [],
        [],
        "delivery-platform integration / 外卖 / foodpanda + in business for more than 20 years",
    ),
    (
        "zh-14",
        UN,
        "巴方代表来成都需要签证邀请函吗？联盟能开吗？",
        [],
        STAFF,
        "near miss: travel to Chengdu is covered, visas and invitation letters are not",
    ),
    ("zh-15", UN, "会展中心有停车位吗？停车怎么收费？", [], STAFF, "near miss: the venue is covered, parking is not"),
    (
        "zh-16",
        UN,
        "门店实验日得分最高的供应商有奖金或者奖项吗？",
        [],
        STAFF,
        "near miss: scoring is covered, no award or prize is offered",
    ),
    ("zh-17", UN, "成都大熊猫基地的门票多少钱？", [], STAFF, "off-topic: sightseeing in Chengdu"),
    ("zh-18", UN, "今天人民币兑美元的汇率是多少？", [], STAFF, "off-topic: today's exchange rate"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "گرانٹ کا کلیم کس تاریخ تک جمع کرانا ہے؟",
        [v.UR_CLAIMS],
        ["۲۳ دسمبر ۲۰۸۳", "۶۰ دن", "23 December 2083"],
        "the claim deadline is stated only in the Urdu right-to-left Word document",
    ),
    (
        "ur-02",
        P,
        "اسٹور لیب ڈے پر دکان کے اندر ہماری ٹیم کے کتنے لوگ رہ سکتے ہیں؟",
        [v.SLD],
        ["2 staff members", "۲ افراد", "2 staff"],
        "cross-language: the English guide; stale: the superseded version 1 allows 3 staff members",
    ),
    (
        "ur-03",
        P,
        "ہم چینی زبان میں اسکرینز، رسیدیں اور مینو بنانے پر ۱,۸۰,۰۰۰ روپے خرچ کریں گے۔ لوکلائزیشن گرانٹ کتنی ملے گی؟",
        [v.FEES],
        [],
        "computed: 70% of 180,000 under the 150,000 cap, from the second half of the split grants table; table-only; "
        "cross-language; feature 3",
    ),
    (
        "ur-04",
        P,
        "درخواست کے لیے کون کون سی دستاویزات لازمی ہیں؟",
        [v.CHECKLIST],
        ["SECP certificate of incorporation", "Head-count declaration", "Annex A", "Annex B"],
        "cross-language: feature 9, the ticked boxes of the English checklist",
    ),
    (
        "ur-05",
        P,
        "چینگدو کے سفر کی گرانٹ کتنے لوگوں کے لیے ہے اور اس کی حد کیا ہے؟",
        [v.UR_HTML, v.FEES, v.CHANGELOG],
        ["۴,۰۰,۰۰۰ روپے", "400,000", "PKR 400,000", "two delegates"],
        "two questions; the travel grant",
    ),
    (
        "ur-06",
        P,
        "اس سال کتنی کمپنیاں منتخب ہوں گی؟",
        [v.UR_HTML, v.CHANGELOG],
        ["۳۶", "36 firms"],
        "stale: changelog v1.0 says up to 30 firms, v1.1 raises it to 36; the 2082 pilot selected 18",
    ),
    (
        "ur-07",
        P,
        "ڈیمو گرانٹ؟",
        [v.UR_HTML, v.CHANGELOG, v.FEES],
        ["۳,۵۰,۰۰۰", "350,000", "PKR 350,000"],
        "two words; feature 2; stale: changelog v1.0's cap of PKR 300,000 is raised by v1.2; the 2082 pilot's cap "
        "was PKR 200,000",
    ),
    (
        "ur-08",
        DIR,
        "لاہور میں انوینٹری یا گودام کا سافٹ ویئر بنانے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "inventory / warehouse / WMS / stock in Urdu + city Lahore",
    ),
    (
        "ur-09",
        DIR,
        "لائلٹی یا ممبرشپ ایپ بنانے والی وہ کمپنیاں جو پندرہ سال سے زیادہ عرصے سے کام کر رہی ہیں",
        [],
        [],
        "loyalty / membership / 会员 + in business for more than 15 years",
    ),
    (
        "ur-10",
        DIR,
        "۲۰۲۲ کے ویبینار میں پیش ہونے والی اسلام آباد کی کمپنیاں",
        [],
        [],
        "pitched at the 2022 webinar + city Islamabad",
    ),
    (
        "ur-11",
        DIR,
        "ملتان یا بہاولپور میں پوائنٹ آف سیل (کیشیئر) سسٹم بنانے والی کمپنیاں؟",
        [],
        [],
        "POS / cashier / billing software + two small cities",
    ),
    (
        "ur-12",
        UN,
        "کیا چینگدو میلے میں حلال کھانے کا انتظام ہوگا؟",
        [],
        STAFF,
        "near miss: the fair is covered, food for delegates is not",
    ),
    (
        "ur-13",
        UN,
        "کیا پروگرام ہارڈ ویئر خریدنے کے لیے قرض دیتا ہے؟",
        [],
        STAFF,
        "near miss: grants are covered, loans are not",
    ),
    ("ur-14", UN, "کیا کل لاہور میں بارش ہوگی؟", [], STAFF, "off-topic: the weather"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "Karachi desk ka walk-in clinic kis din aur kitne baje hota hai?",
        [v.CHAT],
        ["Jumeraat ko subah 11 baje", "Jumeraat", "subah 11 baje"],
        "feature 7: the officer corrects her own answer the next day; stale: the chat's first answer was Budh 3 baje",
    ),
    (
        "ul-02",
        P,
        "ek company ko sab grants mila ke zyada se zyada kitni raqam mil sakti hai?",
        [v.CHAT],
        ["PKR 12 lakh", "12 lakh", "1,200,000", "12,00,000"],
        "feature 7; feature 8 (lakh): the overall cap is stated only in the Roman Urdu chat",
    ),
    (
        "ul-03",
        P,
        "hamari store lab day demo kit (POS terminals, KDS screens, installation aur shipping) ka total "
        "kharcha PKR 6,60,000 hai. demo kit grant kitni milegi?",
        [v.FEES, v.CHANGELOG],
        [],
        "computed: 50% of 660,000 under v1.2's cap of 350,000; stale: the changelog v1.0 cap of 300,000 would cut it",
    ),
    (
        "ul-04",
        P,
        "shared booth ki ijazat hai ya nahi? v1.2 mein to band ho gaya tha na",
        [v.CHANGELOG, v.FAQ, v.FEES],
        ["Band A", "Two Band A firms may again share one standard booth"],
        "feature 2: v1.3 partly reverts v1.2; stale: the changelog's v1.2 withdrew shared booths",
    ),
    (
        "ul-05",
        P,
        "hum 10 log hain aur ek dusri 15 logon ki company ke saath booth share karna chahte hain, dono RSHF "
        "members hain. har company ko tax mila kar kitna dena hoga?",
        [v.FEES],
        [],
        "computed: the shared-booth rule (prose) takes 60% of the Band A member fair-only fee (table), plus 16%; "
        "feature 3",
    ),
    (
        "ul-06",
        P,
        "demo video kitni lambi ho sakti hai? aur Chinese brochure zaroori hai kya?",
        [v.CHECKLIST, v.CHAT],
        ["5 minutes", "5 minute"],
        "feature 9: required and optional boxes; two questions",
    ),
    (
        "ul-07",
        P,
        "store lab day ka damage deposit kitna hai aur wapas kab milta hai?",
        [v.SLD],
        ["thirty-five thousand rupees", "35,000", "PKR 35,000", "30 days"],
        "feature 8 (amount in words); stale: the superseded version 1 says PKR 20,000",
    ),
    (
        "ul-08",
        DIR,
        "Karachi mein franchise management software wali companies kaun si hain?",
        [],
        [],
        "franchise / 加盟 + city Karachi",
    ),
    (
        "ul-09",
        DIR,
        "menu engineering karne wali companies batao",
        [],
        [],
        "menu engineering / menu analytics / recipe costing / 菜单优化",
    ),
    (
        "ul-10",
        DIR,
        "e-receipts banane wali companies jin ka staff 50 se 150 ke darmiyan ho",
        [],
        [],
        "e-receipts / digital receipts / SMS receipts / 电子小票 + head count between 50 and 150",
    ),
    (
        "ul-11",
        DIR,
        "Quetta mein koi KDS (kitchen display) wali company hai?",
        [],
        [],
        "no company matches: the only Quetta firm does data work, not KDS",
    ),
    (
        "ul-12",
        UN,
        "fair pe interpreter milega kya, Chinese se Urdu ke liye?",
        [],
        STAFF,
        "near miss: the fair is covered, interpreters are not",
    ),
    (
        "ul-13",
        UN,
        "store lab day ke scores aur results kab announce honge?",
        [],
        STAFF,
        "near miss: scoring is covered, the date results are announced is not",
    ),
    ("ul-14", UN, "bhai python mein list ko sort kaise karte hain?", [], STAFF, "off-topic: programming help"),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Store Lab Day ke liye kitni host shops confirm hain? pehle 12 suna tha. 门店数量有变化吗？",
        [v.EMAIL],
        ["10 host shops", "now 10 host shops"],
        "feature 1: the newest message changes the count; stale: the quoted e-mail says 12 host shops",
    ),
    (
        "mx-02",
        P,
        "Band B non-member hain, sirf Chengdu fair aur ek extra delegate badge chahiye. total kitna banega "
        "with 16% tax? 总共多少？",
        [v.FEES],
        [],
        "computed: Band B non-member fair only 100,000 (the second row of a merged band cell) + the 12,000 badge "
        "from the nested add-ons table, plus 16%; table-only; feature 3",
    ),
    (
        "mx-03",
        P,
        "两个 delegates 的机票和酒店一共 PKR 620,000, travel grant kitna cover karega?",
        [v.FEES, v.CHANGELOG],
        [],
        "computed: 60% of 620,000 under the 400,000 cap",
    ),
    (
        "mx-04",
        P,
        "exhibitor badges kab aur kahan collect karne hain? 胸卡在哪里领？",
        [v.CORR],
        ["Wednesday 20 October 2083", "20 October 2083", "09:00–18:00, East Gate"],
        "table-only; stale: the exhibitor manual prints 19 October, the correction notice changes it",
    ),
    (
        "mx-05",
        P,
        "KDS یعنی؟",
        [v.FAQ],
        ["Kitchen display system", "kitchen display"],
        "two words; feature 5: the <dl> glossary",
    ),
    (
        "mx-06",
        P,
        "code of conduct mein buyers ko meeting kitne ghante pehle confirm karni hoti hai? 两次不来会怎样？",
        [v.CONDUCT],
        ["48 hours", "48小时", "loses its access to Store Lab Day", "参加门店实验日的资格"],
        "feature 4: the bilingual two-column PDF; two questions",
    ),
    (
        "mx-07",
        P,
        "pichle saal ka pilot kis city mein hua tha aur kitni Pakistani firms select hui thin? 去年的情况",
        [v.PILOT],
        ["Chongqing", "Chongqing Retail Tech Week"],
        "last year's pilot asked as last year's (its figures are stale for 2083 questions)",
    ),
    (
        "mx-08",
        DIR,
        "China mein 货架识别 / shelf image recognition karne wali companies",
        [],
        [],
        "货架识别 / shelf recognition / planogram + country CN",
    ),
    (
        "mx-09",
        DIR,
        "retail analytics wali companies jin ke paas ISO 27001 ho — 有ISO 27001认证的",
        [],
        [],
        "retail analytics / footfall / 零售数据分析 + ISO/IEC 27001",
    ),
    (
        "mx-10",
        DIR,
        "OMS aur 外卖平台对接 dono karne wali companies",
        [],
        [],
        "OMS / omnichannel / order management and delivery-platform integration, both",
    ),
    (
        "mx-11",
        DIR,
        "store IT support / 门店IT运维, 20 se kam staff wali",
        [],
        [],
        "store IT support / 门店IT运维 / IT helpdesk + fewer than 20 staff",
    ),
    (
        "mx-12",
        UN,
        "Chengdu mein delegates ke liye koi partner hotel hai? 协议酒店？",
        [],
        STAFF,
        "near miss: hotel costs are covered by the travel grant, no partner hotel is named",
    ),
    (
        "mx-13",
        UN,
        "Chengdu airport se expo centre tak shuttle bus milegi? 机场有接送吗？",
        [],
        STAFF,
        "near miss: travel to Chengdu is covered, airport transfers are not",
    ),
    ("mx-14", UN, "PSL 2083 ka final kab hai? 板球", [], STAFF, "off-topic: cricket"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s36-{suffix}"
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
    fees_docx()
    manual_docx()
    minutes_docx()
    ur_claims_docx()
    conduct_pdf()
    pilot_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
