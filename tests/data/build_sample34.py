"""Build the binary and byte-exact parts of sample-34 ("Atlas Kite 2079").

Writes the participation rules (Word; clauses 1., sub-items (a) and sub-sub-items (i) as separate, indented
paragraphs), the what-changed note (Word; one item | previous | now | effective date table), the Urdu application
guide (right-to-left Word paragraphs, a right-to-left table with Urdu headings, Urdu and Western digits), the
bulletin (a portrait PDF newsletter set in two columns under a masthead), the application checklist (a PDF whose
boxes are ☐ and ☑ glyphs of a small Type 3 font that maps them to U+2610 and U+2611), the Wuhan expo agenda (a PDF
with one table of session times per day), directory.csv and questions-34.jsonl. The other .md, .html and UTF-8 .txt
documents are written by hand. Directory answer sets and arithmetic answers come from validate_sample34 (FILTERS,
COMPUTED). Running it twice gives the same bytes.
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
from docx.shared import Cm, Pt
from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample34 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2079, 1, 10, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="PGEC programme office"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Atlas Kite 2079"
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


# ============================================================================ 1. nested numbered rules
RULES = [
    (
        "1. Eligibility",
        [
            ("(a) The firm is registered in Pakistan with the SECP and is on the FBR Active Taxpayers List.", []),
            (
                "(b) The firm builds or delivers geospatial, remote-sensing or drone-survey software or services:",
                [
                    "(i) a reseller of foreign software is eligible only for its own add-ons and services;",
                    "(ii) the firms of one group of companies send one application between them.",
                ],
            ),
            (
                "(c) The head count is the number of full-time staff on the day of application. It sets both the fee "
                "band and the grant band.",
                [],
            ),
        ],
    ),
    (
        "2. Fees and payment",
        [
            ("(a) The application fee is paid online when the application is submitted.", []),
            (
                "(b) The participation fee is paid after selection:",
                [
                    "(i) Band A pays the whole fee within 14 days of the selection letter;",
                    "(ii) Bands B, C and D pay 50% within 14 days of the selection letter and the balance by "
                    "15 July 2079.",
                ],
            ),
            (
                "(c) Late payment:",
                [
                    "(i) an instalment paid after its due date carries a surcharge of 10% of that instalment;",
                    "(ii) a firm that has not paid by 31 July 2079 loses its place to the next firm on the reserve "
                    "list.",
                ],
            ),
        ],
    ),
    (
        "3. Refunds and cancellation",
        [
            (
                "(a) The application fee is not refunded, with one exception:",
                ["(i) if PGEC cancels the 2079 round, the application fee is refunded in full."],
            ),
            (
                "(b) If a selected firm withdraws by written notice to the programme office, of the participation "
                "fee it has paid:",
                [
                    "(i) on or before 30 June 2079, 90% is returned;",
                    "(ii) from 1 July to 31 August 2079, 40% is returned;",
                    "(iii) after 31 August 2079, nothing is returned.",
                ],
            ),
            (
                "(c) If PGEC or SPSIA cancels or postpones the expo:",
                [
                    "(i) the participation fee paid is refunded in full; or",
                    "(ii) at the firm's choice, it is carried over to the 2080 round.",
                ],
            ),
            ("(d) Refunds are paid within 30 days to the account from which the fee was paid.", []),
        ],
    ),
    (
        "4. Imagery and data",
        [
            (
                "(a) Imagery shown at the expo or at the Field Demonstration Day:",
                [
                    "(i) must carry a licence that permits public demonstration;",
                    "(ii) if it shows Pakistani territory at a ground sample distance finer than 50 cm, needs PGEC's "
                    "written clearance before it is shown.",
                ],
            ),
            (
                "(b) Data captured at the Field Demonstration Day:",
                [
                    "(i) belongs to the operator of the test range;",
                    "(ii) each firm may keep a copy of its own flights for 90 days, for its own demonstrations only.",
                ],
            ),
            (
                "(c) Data that a Chinese buyer shares with a firm for a pilot:",
                [
                    "(i) is used only under a signed data-sharing agreement;",
                    "(ii) is deleted within 30 days after the pilot ends.",
                ],
            ),
        ],
    ),
    (
        "5. Conduct at the expo",
        [
            ("(a) At least one delegate of each firm staffs its stand share on all three expo days.", []),
            ("(b) Delegates wear the Pakistan Pavilion badge; badges are not transferable.", []),
        ],
    ),
]


def rules_docx():
    doc = docx.Document()
    doc.add_paragraph("Atlas Kite 2079 \u2014 Participation rules", style="Title")
    doc.add_paragraph("PGEC programme office, Islamabad \u00b7 version of 20 February 2079")
    doc.add_paragraph(
        "These rules bind every Pakistani firm that applies to Atlas Kite 2079. Fees and bands are in the fee "
        "schedule; grants are on the grants page. Where a rule and an e-mail differ, the rule prevails."
    )
    for clause, items in RULES:
        p = doc.add_paragraph()
        p.add_run(clause).bold = True
        p.paragraph_format.left_indent = Cm(0)
        p.paragraph_format.space_before = Pt(8)
        for item, subs in items:
            p = doc.add_paragraph(item)
            p.paragraph_format.left_indent = Cm(0.9)
            for sub in subs:
                p = doc.add_paragraph(sub)
                p.paragraph_format.left_indent = Cm(1.8)
    doc.add_paragraph("Issued by PGEC with the agreement of SPSIA. Questions: help@atlaskite.example.")
    save_docx(doc, v.RULES, "Atlas Kite 2079 - Participation rules", datetime.datetime(2079, 2, 20, 9, 0, 0))


# ============================================================================ 6. what changed
def changed_docx():
    doc = docx.Document()
    doc.add_paragraph("Atlas Kite 2079 \u2014 What changed since the 2077 pilot", style="Title")
    doc.add_paragraph("PGEC programme office, Islamabad \u00b7 20 February 2079")
    doc.add_heading("Why this note", level=1)
    doc.add_paragraph(
        "Firms that took part in the 2077 pilot, and firms that have read its report, keep asking which of its "
        "figures still hold. The table lists every figure that changed, what it was in the pilot, what it is now "
        "and the date from which the new figure applies."
    )
    doc.add_heading("Changes", level=1)
    table(doc, [v.CHANGED_HEAD, *v.CHANGED_ROWS])
    doc.add_heading("What did not change", level=1)
    for text in [
        "Firms still apply online through the applicant portal; paper applications are not accepted.",
        "Each selected firm still flies its own drone with its own pilot at the field demonstration.",
        "Chinese buyers still take part free of charge.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    save_docx(doc, v.CHANGED, "Atlas Kite 2079 - What changed since 2077", datetime.datetime(2079, 2, 20, 9, 30, 0))


# ============================================================================ 8. Urdu application guide
def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


def ur_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("اٹلس کائٹ ۲۰۷۹ — درخواست کی رہنمائی", style="Title"))
    rtl(doc.add_paragraph("پی جی ای سی پروگرام آفس، اسلام آباد — ۲ مارچ ۲۰۷۹"))
    rtl(
        doc.add_paragraph(
            "یہ رہنمائی ان پاکستانی کمپنیوں کے لیے ہے جو جیو اسپیشل، ریموٹ سینسنگ اور ڈرون سروے کے سافٹ ویئر یا خدمات "
            "فراہم کرتی ہیں اور اٹلس کائٹ ۲۰۷۹ میں شرکت کے لیے درخواست دینا چاہتی ہیں۔ درخواست صرف آن لائن پورٹل پر دی "
            "جاتی ہے۔"
        )
    )
    rtl(doc.add_heading("اہم تاریخیں", level=1))
    for text in [
        "درخواست جمع کرانے کی آخری تاریخ: ۱۷ اپریل ۲۰۷۹، شام ۵ بجے (PKT)، تصحیحی نوٹس نمبر ۱ کے مطابق۔",
        "شارٹ لسٹ کمپنیوں کی آن لائن پریزنٹیشن: ۸ سے ۱۲ مئی ۲۰۷۹۔",
        "نتائج اور سلیکشن لیٹر: ۲۴ مئی ۲۰۷۹۔",
        "شرکت کی فیس کی دوسری قسط (بینڈ B، C اور D): ۱۵ جولائی ۲۰۷۹ تک۔",
    ]:
        rtl(doc.add_paragraph(text, style="List Bullet"))
    rtl(doc.add_heading("انتخاب کے معیار", level=1))
    rtl(doc.add_paragraph("تکنیکی کمیٹی ہر درخواست کو ان چھ معیارات پر نمبر دیتی ہے:"))
    t = table(doc, [v.UR_CRITERIA_HEAD, *[[n, text, v.ur_weight(w)] for n, text, w in v.UR_CRITERIA]])
    tbl_pr = t._tbl.tblPr
    tbl_pr.find(qn("w:tblW")).addprevious(OxmlElement("w:bidiVisual"))  # schema order: after tblStyle, before tblW
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                rtl(p)
    rtl(
        doc.add_paragraph(
            "شارٹ لسٹ ہونے کے لیے کل وزنی نمبروں میں کم از کم ۶۰ فیصد (60%) درکار ہیں۔ برابر نمبروں کی صورت میں معیار "
            "نمبر ۱ میں زیادہ نمبر لینے والی کمپنی آگے ہوگی۔"
        )
    )
    rtl(doc.add_heading("درخواست کے ساتھ لگائے جانے والے کاغذات", level=1))
    for text in [
        "۱۔ ایس ای سی پی (SECP) کا سرٹیفکیٹ آف انکارپوریشن",
        "۲۔ این ٹی این (NTN) سرٹیفکیٹ اور ایف بی آر کی ایکٹو ٹیکس پیئر لسٹ میں شامل ہونے کا ثبوت",
        "۳۔ پاکستان سافٹ ویئر ایکسپورٹ بورڈ (PSEB) کی رجسٹریشن کا سرٹیفکیٹ",
        "۴۔ کمپنی پروفائل، زیادہ سے زیادہ ۱۰ صفحات",
        "۵۔ کام کے دو نمونے (مثلاً آرتھوموزیک، پوائنٹ کلاؤڈ یا ویب میپ)، کلائنٹ کی تحریری اجازت کے ساتھ",
        "۶۔ امیجری لائسنس کا اقرار نامہ (ضمیمہ C)، جس پر ڈائریکٹر کے دستخط ہوں",
        "۷۔ آخری آڈٹ شدہ مالی حسابات، یا دو سال سے کم پرانی کمپنی کے لیے چھ ماہ کے بینک اسٹیٹمنٹ",
        "۸۔ دونوں مندوبین کے شناختی کارڈ (CNIC) کی کاپیاں",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("فیس اور ہیلپ لائن", level=1))
    rtl(
        doc.add_paragraph(
            "درخواست کی فیس 8,000 روپے ہے جو واپس نہیں ہوتی۔ بلوچستان، گلگت بلتستان اور آزاد جموں و کشمیر میں ہیڈ آفس "
            "والی کمپنیوں کے لیے یہ فیس معاف ہے۔ شرکت کی فیس بینڈ کے حساب سے ہے اور صرف منتخب کمپنیاں ادا کرتی ہیں۔"
        )
    )
    rtl(
        doc.add_paragraph(
            "ہیلپ لائن 0800-28527 پیر سے جمعہ، صبح ساڑھے ۹ بجے سے شام ساڑھے ۵ بجے تک کھلی رہتی ہے۔ ای میل: "
            "help@atlaskite.example"
        )
    )
    save_docx(doc, v.UR_DOCX, "Atlas Kite 2079 - application guide (Urdu)", datetime.datetime(2079, 3, 2, 9, 0, 0))


# ============================================================================ PDFs
HELV = {
    "/F1": CORE_FONT_METRICS["Helvetica"].character_widths,
    "/F2": CORE_FONT_METRICS["Helvetica-Bold"].character_widths,
}
BOX, TICKED = "\u2610", "\u2611"


def width(s, face="/F1", size=9):
    w = HELV[face]
    return sum(w.get(ch, w["default"]) for ch in s) * size / 1000


def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252")


class PdfPage:
    def __init__(self, width=612, height=792):
        self.ops = []
        self.width, self.height = width, height

    def text(self, x, y, s, face="/F1", size=9, room=None):
        if room is not None and width(s, face, size) > room:
            raise ValueError(f"{s!r} is wider than {room} pt")
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_str(s) + b") Tj ET\n")

    def box(self, x, y, ticked=False, size=10):
        self.ops.append(f"BT /F3 {size} Tf 1 0 0 1 {x} {y} Tm ({'b' if ticked else 'a'}) Tj ET\n".encode())

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())


BOX_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
2 beginbfchar
<61> <2610>
<62> <2611>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


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

    def stream(data):
        s = StreamObject()
        s.set_data(data)
        return writer._add_object(s)

    def boxes():
        """A Type 3 font of two glyphs: 'a' an empty box (U+2610), 'b' a ticked box (U+2611)."""
        square = b"60 w 80 -100 m 80 640 l 820 640 l 820 -100 l h S"
        tick = square + b" 90 w 220 280 m 400 60 l 760 580 l S"
        procs = DictionaryObject(
            {
                NameObject("/box"): stream(b"1000 0 0 -150 900 700 d1 " + square),
                NameObject("/ticked"): stream(b"1000 0 0 -150 900 700 d1 " + tick),
            }
        )
        return writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type3"),
                    NameObject("/FontBBox"): ArrayObject([NumberObject(n) for n in (0, -150, 1000, 700)]),
                    NameObject("/FontMatrix"): ArrayObject(
                        [FloatObject(x) if x else NumberObject(0) for x in (0.001, 0, 0, 0.001, 0, 0)]
                    ),
                    NameObject("/CharProcs"): procs,
                    NameObject("/Encoding"): DictionaryObject(
                        {
                            NameObject("/Type"): NameObject("/Encoding"),
                            NameObject("/Differences"): ArrayObject(
                                [NumberObject(97), NameObject("/box"), NameObject("/ticked")]
                            ),
                        }
                    ),
                    NameObject("/FirstChar"): NumberObject(97),
                    NameObject("/LastChar"): NumberObject(98),
                    NameObject("/Widths"): ArrayObject([NumberObject(1000), NumberObject(1000)]),
                    NameObject("/ToUnicode"): stream(BOX_CMAP),
                    NameObject("/Resources"): DictionaryObject(),
                }
            )
        )

    fonts = DictionaryObject(
        {NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold"), NameObject("/F3"): boxes()}
    )
    for page in pages:
        pdf_page = writer.add_blank_page(page.width, page.height)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Producer": "PGEC document office", "/Author": "PGEC"})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def wrap(text, room, face="/F1", size=9):
    """Lines of at most `room` points, broken at spaces only (no hyphenation)."""
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


# ============================================================================ 3. the two-column bulletin
BULLETIN_LEFT = [
    (
        "Launch Evening opens Atlas Kite 2079",
        [
            "More than 300 guests filled Margalla Convention Hall in Islamabad on the evening of 12 January 2079 "
            "for the launch of Atlas Kite 2079. PGEC and SPSIA signed the programme agreement on stage, and the "
            "applicant portal opened the next morning, 13 January 2079.",
            "Speakers from SPSIA told the hall that Chinese surveying institutes, drone makers and power-grid design "
            "institutes are looking for Pakistani partners for point-cloud work, orthomosaics and web map portals.",
        ],
    ),
    (
        "Applications close on 31 March",
        [
            "Applications close on 31 March 2079 at 17:00 PKT. Firms apply online through the applicant portal. "
            "Shortlisted firms pitch online in May, and every applicant hears the result by e-mail.",
        ],
    ),
    (
        "Wuhan hosts this year's expo",
        [
            "The Wuhan Geospatial & Drone Expo runs from 17 to 19 October 2079. The Pakistan Pavilion is in Hall C2 of "
            "the Optics Valley International Convention Centre. A field demonstration day at a test range near Wuhan "
            "follows the expo; details will be published on the portal.",
        ],
    ),
    (
        "Grants at a glance",
        [
            "Selected firms can claim grants for travel, stand shares, drone shipping and data licences, up to "
            "PKR 0.65 million per firm in total. Shares and caps depend on the firm's band; see the grants page.",
        ],
    ),
]
BULLETIN_RIGHT = [
    (
        "Partner desk opens in Kuala Lumpur",
        [
            "A partner desk in Kuala Lumpur opened on 1 February 2079 for Pakistani firms whose clients sit in "
            "South-East Asia and who want to reach the regional offices of Chinese buyers there. The desk is open "
            "Monday to Thursday, 10:00 to 16:00 Malaysia time, and answers e-mail at kl-desk@atlaskite.example.",
        ],
    ),
    (
        "Free mentoring clinics in Lahore and Karachi",
        [
            "First-time applicants can book a free one-hour clinic on their application with a PGEC mentor. Clinics "
            "run at the Lahore desk on 8 March 2079 and at the Karachi desk on 15 March 2079, from 10:00 to 13:00. "
            "Places are limited to 25 firms per city and are booked on the portal.",
        ],
    ),
    (
        "Helpline hours extended",
        [
            "From 1 February 2079 the helpline 0800-28527 answers Monday to Friday from 09:30 to 17:30 PKT, longer "
            "than in the pilot year. E-mail help@atlaskite.example at any time.",
        ],
    ),
    (
        "From the pilot: 11 contracts",
        [
            "The firms of the 2077 pilot signed 11 pilot contracts with Chinese buyers, most of them for "
            "orthomosaics, point-cloud classification and crop maps. Several of those buyers have registered again "
            "for 2079.",
        ],
    ),
]


def bulletin_pdf():
    p = PdfPage()
    p.text(50, 738, "ATLAS KITE BULLETIN", "/F2", 30)
    p.text(
        50,
        720,
        "Issue 1 \u00b7 February 2079 \u00b7 News of the Pak\u2013China Geospatial, Remote Sensing & Drone Survey "
        "Software Programme",
        "/F1",
        8.5,
        room=512,
    )
    p.rule(50, 712, 562, 712, 1.5)
    p.rule(306, 80, 306, 700, 0.4)
    room = 244
    for x, articles in ((50, BULLETIN_LEFT), (318, BULLETIN_RIGHT)):
        y = 684
        for head, paras in articles:
            for line in wrap(head, room, "/F2", 12):
                p.text(x, y, line, "/F2", 12, room=room)
                y -= 15
            y -= 2
            for para in paras:
                for line in wrap(para, room, "/F1", 9.5):
                    p.text(x, y, line, "/F1", 9.5, room=room)
                    y -= 12
                y -= 5
            y -= 12
        if y < 80:
            raise ValueError("bulletin: a column runs off the page")
    p.rule(50, 62, 562, 62, 0.5)
    p.text(
        50,
        48,
        "Atlas Kite Bulletin is published by the PGEC programme office, Islamabad. Corrections are published as "
        "correction notices on the portal.",
        "/F1",
        7.5,
        room=512,
    )
    p.text(520, 36, "Page 1 of 1", "/F1", 7.5)
    write_pdf(v.BULLETIN, [p], "Atlas Kite Bulletin - Issue 1 - February 2079")


# ============================================================================ 9. the checklist with ☐ / ☑
CHECK_ITEMS = [
    "SECP certificate of incorporation",
    "NTN certificate and proof that the firm is on the FBR Active Taxpayers List",
    "PSEB registration certificate",
    "Company profile of no more than 10 pages",
    "Two sample deliverables (for example an orthomosaic, a classified point cloud or a web map), with the "
    "client's written consent",
    "Imagery licence declaration (Annex C), signed by a director",
    "Last audited accounts, or six months of bank statements for a firm less than two years old",
    "CNIC copies of the two delegates",
]
CHECK_IF = [
    "Proof that the head office is in Balochistan, Gilgit-Baltistan or Azad Jammu and Kashmir (for the "
    "application fee waiver)",
    "ISO 9001 or ISO 27001 certificate, if the firm holds one",
]


def checklist_pdf():
    p = PdfPage()
    p.text(50, 750, "Atlas Kite 2079 \u2014 Application checklist", "/F2", 16)
    p.text(50, 732, "PGEC programme office, Islamabad \u00b7 updated 2 March 2079", "/F1", 8.5)
    p.rule(50, 724, 562, 724)
    y = 704
    for line in wrap(
        "Go through this list before you press Submit on the applicant portal. Upload every document as a PDF of "
        "no more than 10 MB. Tick each box when the document is in your upload folder.",
        512,
        "/F1",
        10,
    ):
        p.text(50, y, line, "/F1", 10)
        y -= 13
    y -= 6
    p.box(50, y, ticked=True)
    p.text(66, y, "means the document is ready;", "/F1", 10)
    p.box(210, y, ticked=False)
    p.text(226, y, "means it is still to do.", "/F1", 10)
    y -= 28
    n = 0
    for heading, items in (("Required from every applicant", CHECK_ITEMS), ("Only if it applies to you", CHECK_IF)):
        p.text(50, y, heading, "/F2", 11.5)
        y -= 20
        for item in items:
            n += 1
            first = True
            for line in wrap(f"{n}. {item}", 470, "/F1", 10):
                if first:
                    p.box(56, y)
                    p.text(74, y, line, "/F1", 10, room=470)
                    first = False
                else:
                    p.text(88, y, line, "/F1", 10, room=470)
                y -= 13
            y -= 7
        y -= 12
    p.text(50, y, "Example of a ticked line", "/F2", 11.5)
    y -= 20
    p.box(56, y, ticked=True)
    p.text(74, y, "Portal account created and e-mail address confirmed", "/F1", 10)
    y -= 34
    for line in wrap(
        "Applications close on 17 April 2079 at 17:00 PKT (Correction Notice No. 1). Questions: "
        "help@atlaskite.example or 0800-28527.",
        512,
        "/F1",
        9.5,
    ):
        p.text(50, y, line, "/F1", 9.5)
        y -= 12
    p.text(520, 36, "Page 1 of 1", "/F1", 7.5)
    write_pdf(v.CHECKLIST, [p], "Atlas Kite 2079 - Application checklist")


# ============================================================================ the expo agenda
AGENDA_DAYS = [
    (
        "Day 1 \u2014 Tuesday 17 October 2079",
        [
            ("09:00\u201310:00", "Opening ceremony and Pakistan Pavilion ribbon-cutting", "Main Stage, Hall C2"),
            ("10:30\u201312:00", "Keynote: BeiDou and GNSS corrections for survey markets", "Main Stage, Hall C2"),
            ("14:00\u201317:30", "Pakistan Pavilion open demonstrations", "Hall C2, stands P1\u2013P36"),
            ("17:45\u201318:30", "Briefing for the Field Demonstration Day (pilots, safety)", "Room 2"),
        ],
    ),
    (
        "Day 2 \u2014 Wednesday 18 October 2079",
        [
            ("09:30\u201312:30", "Buyer matchmaking: pre-booked meetings of 40 minutes", "Matchmaking Lounge, L2"),
            ("14:00\u201315:00", "Panel: LiDAR point clouds for power-line corridors", "Room 3"),
            ("15:30\u201316:30", "Workshop: cadastral digitisation and land records", "Room 5"),
            ("16:45\u201317:30", "Talk: NDVI crop monitoring for cooperatives", "Room 3"),
        ],
    ),
    (
        "Day 3 \u2014 Thursday 19 October 2079",
        [
            ("09:30\u201311:00", "Pitch Hour: twelve Pakistani firms pitch to buyers", "Main Stage, Hall C2"),
            ("11:30\u201312:30", "Signing of memoranda of understanding", "Main Stage, Hall C2"),
            ("14:00\u201315:00", "Closing session; field day flight slots drawn by lot", "Main Stage, Hall C2"),
        ],
    ),
]


def agenda_pdf():
    p = PdfPage()
    p.text(50, 752, "Wuhan Geospatial & Drone Expo 2079 \u2014 Pakistan Pavilion agenda", "/F2", 14)
    p.text(
        50,
        734,
        "Hall C2, Optics Valley International Convention Centre, Wuhan \u00b7 17 to 19 October 2079",
        "/F1",
        9,
    )
    p.text(
        50,
        721,
        "Issued by the SPSIA secretariat, Wuhan, 5 April 2079. Times are China Standard Time (PKT + 3 hours).",
        "/F1",
        9,
    )
    p.rule(50, 712, 562, 712)
    cols = (52, 130, 432)
    rooms = (76, 298, 128)
    y = 690
    for day, rows in AGENDA_DAYS:
        p.text(50, y, day, "/F2", 11)
        y -= 20
        p.rule(50, y + 13, 562, y + 13, 0.6)
        for x, h in zip(cols, ("Time", "Session", "Venue")):
            p.text(x, y, h, "/F2", 9)
        p.rule(50, y - 5, 562, y - 5, 0.6)
        y -= 18
        for row in rows:
            for x, cell, room in zip(cols, row, rooms):
                p.text(x, y, cell, "/F1", 9, room=room)
            p.rule(50, y - 6, 562, y - 6, 0.3)
            y -= 19
        y -= 16
    p.text(50, y, "Notes", "/F2", 11)
    y -= 16
    for note in [
        "Day 4, Friday 20 October 2079: Field Demonstration Day at the Mulan Lake UAV Test Range. Buses leave the "
        "convention centre at 07:00; see the Field Demonstration Day page.",
        "Buyer meetings on Day 2 are booked on the portal from 15 September to 10 October 2079.",
        "Stands P1\u2013P36 are open from 09:00 to 18:00 on all three days.",
    ]:
        for i, line in enumerate(wrap(note, 500, "/F1", 9)):
            p.text(50 if i == 0 else 58, y, ("\u2022 " if i == 0 else "") + line, "/F1", 9)
            y -= 12
        y -= 4
    p.text(520, 36, "Page 1 of 1", "/F1", 7.5)
    write_pdf(v.AGENDA, [p], "Wuhan Geospatial & Drone Expo 2079 - Pakistan Pavilion agenda")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched_at_webinar
D = [
    (
        "PK-001",
        "Naqsha Labs (Pvt) Ltd",
        "纳克沙实验室",
        "Lahore",
        2011,
        140,
        "WebGIS portal development;GeoServer map server setup;OGC WMS/WFS services;spatial database design (PostGIS)",
        "government;urban planning",
        "GeoServer;PostGIS;OpenLayers;Java",
        "ISO 9001",
        "English;Urdu",
        "Builds web GIS portals and OGC map services for city governments and utilities.",
        "为城市政府和公用事业单位开发WebGIS门户和地图服务。",
        "naqshalabs",
        "yes",
    ),
    (
        "PK-002",
        "Naqsha Geo Services",
        "",
        "Karachi",
        2019,
        22,
        "land record digitisation;cadastral map vectorisation;fard and mutation scanning",
        "land administration;government",
        "QGIS;Python",
        "none",
        "English;Urdu;Sindhi",
        "Digitises land records and cadastral sheets for revenue departments.",
        "",
        "naqshageo",
        "no",
    ),
    (
        "PK-003",
        "Falak Imaging",
        "法拉克影像",
        "Islamabad",
        2008,
        320,
        "satellite image processing;SAR interferometry (InSAR) for subsidence;orthorectification of satellite imagery;"
        "change detection",
        "government;mining;infrastructure",
        "SNAP;GDAL;Python;C++",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Processes optical and radar satellite imagery, including ground-movement studies.",
        "处理光学和雷达卫星影像，包括地表形变监测。",
        "falakimaging",
        "yes",
    ),
    (
        "PK-004",
        "Falak Drones",
        "",
        "Rawalpindi",
        2020,
        18,
        "UAV survey flights;drone flight-planning app;orthomosaic production",
        "construction;agriculture",
        "DJI SDK;Pix4D;Kotlin",
        "",
        "English;Urdu",
        "Flies drone surveys for builders and farms and sells its own flight-planning app.",
        "",
        "falakdrones",
        "no",
    ),
    (
        "PK-005",
        "Compass (Pvt) Ltd",
        "",
        "Karachi",
        2016,
        35,
        "address geocoding API;reverse geocoding;postal address cleansing",
        "logistics;e-commerce;banking",
        "Elasticsearch;Go;libpostal",
        "none",
        "English;Urdu",
        "A geocoding service that turns messy Pakistani street addresses into coordinates.",
        "",
        "compasspk",
        "no",
    ),
    (
        "PK-006",
        "Indus LiDAR Works",
        "印度河激光雷达",
        "Lahore",
        2013,
        85,
        "LiDAR point-cloud classification;power-line corridor mapping;DEM and DTM generation",
        "energy;infrastructure",
        "LAStools;TerraScan;Python",
        "ISO 9001",
        "English;Urdu",
        "Classifies airborne and mobile laser-scanning data for power and road corridors.",
        "为电力与道路走廊提供激光雷达点云分类。",
        "induslidar",
        "yes",
    ),
    (
        "PK-007",
        "Rahguzar Fleet",
        "",
        "Lahore",
        2017,
        42,
        "fleet tracking platform;vehicle telematics;driver behaviour scoring",
        "logistics;transport",
        "Node.js;MQTT;PostgreSQL",
        "none",
        "English;Urdu;Punjabi",
        "Tracks trucks and vans and scores driver behaviour.",
        "",
        "rahguzarfleet",
        "no",
    ),
    (
        "PK-008",
        "Rahguzar Routes",
        "",
        "Karachi",
        2021,
        16,
        "route optimisation for last-mile delivery;rider dispatch app",
        "logistics;e-commerce",
        "Python;OR-Tools;React Native",
        "",
        "English;Urdu",
        "Plans delivery routes and dispatches riders for courier firms.",
        "",
        "rahguzarroutes",
        "no",
    ),
    (
        "PK-009",
        "Kheti Sense",
        "凯提感知",
        "Multan",
        2018,
        27,
        "crop monitoring with NDVI;yield estimation;farm boundary mapping",
        "agriculture",
        "Sentinel Hub;Python;Flutter",
        "none",
        "English;Urdu;Saraiki",
        "Monitors fields from satellite imagery for farmers and cooperatives in south Punjab.",
        "利用卫星影像为农户和合作社监测农田。",
        "khetisense",
        "yes",
    ),
    (
        "PK-010",
        "Sailab Watch",
        "",
        "Hyderabad",
        2012,
        48,
        "flood extent mapping;disaster damage assessment;early-warning dashboards",
        "disaster management;NGOs",
        "Google Earth Engine;Python;Leaflet",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Maps water extent and damage after monsoon floods for relief agencies.",
        "",
        "sailabwatch",
        "yes",
    ),
    (
        "PK-011",
        "GeoBridge Migration",
        "吉奥桥",
        "Islamabad",
        2010,
        110,
        "geodatabase migration (Esri to PostGIS);spatial ETL pipelines;ISO 19115 metadata cataloguing",
        "government;utilities",
        "FME;PostGIS;Python",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Moves legacy geodatabases to open platforms and documents what they hold.",
        "将旧地理数据库迁移至开源平台。",
        "geobridge",
        "yes",
    ),
    (
        "PK-012",
        "Tile Yard",
        "",
        "Islamabad",
        2019,
        30,
        "map tile hosting;vector tiles service;basemap styling",
        "media;logistics",
        "MapLibre;Go;Kubernetes",
        "ISO 27001",
        "English",
        "Hosts raster and vector maps for apps that need their own background map.",
        "",
        "tileyard",
        "no",
    ),
    (
        "PK-013",
        "Pixel Fasal",
        "",
        "Faisalabad",
        2020,
        12,
        "precision agriculture analytics;NDVI zoning maps;spray-zone prescription maps",
        "agriculture",
        "Python;QGIS",
        "none",
        "English;Urdu;Punjabi",
        "Makes zone maps and spraying plans for farms around Faisalabad.",
        "",
        "pixelfasal",
        "no",
    ),
    (
        "PK-014",
        "Mehwar Digital Twins",
        "迈赫瓦尔数字孪生",
        "Lahore",
        2014,
        260,
        "digital twin of construction sites;3D city modelling (CityGML);BIM-GIS integration",
        "real estate;construction;urban planning",
        "Cesium;Unreal Engine;Revit",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Builds 3D models of cities and live twins of large construction sites.",
        "为大型工地构建数字孪生。",
        "mehwar",
        "yes",
    ),
    (
        "PK-015",
        "Sitara GNSS",
        "星辰导航",
        "Karachi",
        2009,
        95,
        "network RTK correction service;CORS station installation;GNSS receiver integration",
        "surveying;construction;agriculture",
        "RTKLIB;C;Linux",
        "ISO 9001",
        "English;Urdu",
        "Runs a network of reference stations that sends position corrections to surveyors and tractors.",
        "运营基准站网络，为测量和农机提供差分改正服务。",
        "sitaragnss",
        "yes",
    ),
    (
        "PK-016",
        "Shehr Planning Studio",
        "",
        "Peshawar",
        2015,
        24,
        "urban planning GIS;land-use mapping;master plan drafting",
        "urban planning;government",
        "ArcGIS Pro;AutoCAD",
        "",
        "English;Urdu;Pashto",
        "Prepares land-use maps and master plans for towns in Khyber Pakhtunkhwa.",
        "",
        "shehrplanning",
        "yes",
    ),
    (
        "PK-017",
        "Label Loom",
        "",
        "Lahore",
        2021,
        60,
        "aerial image annotation;building footprint labelling;training data QA",
        "AI;mapping",
        "CVAT;Label Studio;Python",
        "none",
        "English;Urdu",
        "A data team that marks up aerial and satellite images for machine-learning projects.",
        "",
        "labelloom",
        "no",
    ),
    (
        "PK-018",
        "Quarry Metrics",
        "",
        "Islamabad",
        2016,
        19,
        "stockpile volumetrics;quarry survey by drone;cut-and-fill reports",
        "mining;construction",
        "Pix4D;Agisoft Metashape;Python",
        "none",
        "English;Urdu",
        "Measures stockpiles and quarry faces from the air and reports volumes monthly.",
        "",
        "quarrymetrics",
        "no",
    ),
    (
        "PK-019",
        "Roshni Utility GIS",
        "罗什尼公用事业地理信息",
        "Karachi",
        2007,
        410,
        "utility network mapping (electric and gas);GIS for utilities;outage map portal",
        "utilities;energy",
        "ArcGIS Utility Network;Oracle;.NET",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Maps electricity and gas networks for distribution companies and runs their outage pages.",
        "为配电和燃气公司绘制网络图。",
        "roshniutility",
        "yes",
    ),
    (
        "PK-020",
        "Paani Network Maps",
        "",
        "Karachi",
        2018,
        26,
        "water supply network mapping;sewer asset survey;hydraulic model GIS layers",
        "water;municipal",
        "QGIS;EPANET;PostGIS",
        "none",
        "English;Urdu;Sindhi",
        "Maps water and sewer networks for municipal bodies in Sindh.",
        "",
        "paaninetwork",
        "no",
    ),
    (
        "PK-021",
        "Radar Rang",
        "雷达之色",
        "Islamabad",
        2017,
        55,
        "SAR image analysis;ship detection from radar imagery;oil-spill monitoring",
        "maritime;environment",
        "SNAP;PyTorch;Python",
        "ISO 27001",
        "English;Urdu",
        "Analyses radar satellite images to detect ships and oil spills.",
        "利用雷达卫星影像检测船只和油污。",
        "radarrang",
        "no",
    ),
    (
        "PK-022",
        "Kashf Spatial AI",
        "",
        "Lahore",
        2019,
        75,
        "deep learning on satellite imagery;building footprint extraction;spatial data science consulting",
        "real estate;government;insurance",
        "PyTorch;Google Earth Engine;Python",
        "ISO 27001",
        "English;Urdu",
        "Applies machine learning to aerial and satellite imagery to extract buildings and land cover.",
        "",
        "kashfspatial",
        "no",
    ),
    (
        "PK-023",
        "Manzil Indoor",
        "",
        "Islamabad",
        2020,
        14,
        "indoor positioning with BLE beacons;indoor wayfinding app;hospital equipment locating",
        "healthcare;retail",
        "Swift;Kotlin;Bluetooth LE",
        "",
        "English;Urdu",
        "Helps visitors find their way inside hospitals and malls.",
        "",
        "manzilindoor",
        "no",
    ),
    (
        "PK-024",
        "Zavia Photogrammetry",
        "扎维亚摄影测量",
        "Rawalpindi",
        2006,
        150,
        "aerial photogrammetry;aerial triangulation;orthophoto mosaics;stereo plotting",
        "surveying;government;infrastructure",
        "Inpho;Trimble Business Center;MicroStation",
        "ISO 9001",
        "English;Urdu",
        "A photogrammetry house producing maps and stereo plots from aerial photography.",
        "利用航空摄影生产正射影像和立体测图。",
        "zavia",
        "yes",
    ),
    (
        "PK-025",
        "Dharti Cadastre Systems",
        "",
        "Lahore",
        2011,
        230,
        "cadastral survey;land registry software;property tax GIS",
        "land administration;government",
        "Java;PostGIS;Angular",
        "ISO 9001;CMMI Level 3",
        "English;Urdu;Punjabi",
        "Builds land registry and parcel systems for provincial revenue boards.",
        "",
        "dharticadastre",
        "yes",
    ),
    (
        "PK-026",
        "Sabz Impact Mapping",
        "",
        "Islamabad",
        2014,
        38,
        "environmental impact mapping;forest cover change analysis;carbon stock estimation",
        "environment;NGOs;energy",
        "Google Earth Engine;R;QGIS",
        "ISO 14001",
        "English;Urdu",
        "Maps forest cover and environmental impacts for EIAs and carbon projects.",
        "",
        "sabzimpact",
        "yes",
    ),
    (
        "PK-027",
        "Safar Logistics Tech",
        "",
        "Karachi",
        2013,
        180,
        "vehicle routing and scheduling;fleet management software;proof-of-delivery app",
        "logistics;FMCG",
        "Java;Angular;PostgreSQL",
        "ISO 9001",
        "English;Urdu",
        "Fleet management and delivery planning software for distributors and transporters.",
        "",
        "safarlogistics",
        "yes",
    ),
    (
        "PK-028",
        "Uqaab Aerial Surveys",
        "乌卡布航测",
        "Peshawar",
        2016,
        40,
        "drone (UAV) aerial surveys;mine site volumetrics;orthomosaic & DSM",
        "mining;construction",
        "DJI Terra;Pix4D",
        "none",
        "English;Urdu;Pashto",
        "An aerial survey company working on mine sites and roads in the north-west.",
        "在西北地区从事矿区和道路航测。",
        "uqaab",
        "no",
    ),
    (
        "PK-029",
        "Ufuq Satellite Analytics",
        "",
        "Karachi",
        2010,
        260,
        "optical satellite image processing;pan-sharpening & mosaicking;SAR flood mapping",
        "government;insurance;agriculture",
        "ENVI;GDAL;Python",
        "ISO 27001",
        "English;Urdu",
        "Processes satellite imagery for insurers and government, including radar-based water maps.",
        "",
        "ufuqsat",
        "yes",
    ),
    (
        "PK-030",
        "Tasveer Labs",
        "",
        "Lahore",
        2022,
        4,
        "image labelling for aerial photos;polygon annotation;dataset curation",
        "AI",
        "Label Studio;Python",
        "none",
        "English;Urdu",
        "A four-person team that marks up aerial photos for model training.",
        "",
        "tasveerlabs",
        "no",
    ),
    (
        "PK-031",
        "GeoPak Data Science",
        "吉奥帕克数据科学",
        "Islamabad",
        2015,
        44,
        "spatial data science;geospatial machine learning;population density modelling",
        "development sector;telecom",
        "Python;scikit-learn;PostGIS",
        "",
        "English;Urdu",
        "Spatial data scientists who model population and demand from imagery and census data.",
        "",
        "geopakds",
        "no",
    ),
    (
        "PK-032",
        "Marsad Metadata",
        "",
        "Islamabad",
        2018,
        13,
        "spatial data catalogue (CSW);metadata profiling to ISO 19115/19139;open data portals",
        "government;research",
        "GeoNetwork;CKAN;Python",
        "none",
        "English",
        "Sets up spatial data catalogues and writes standard descriptions for government data.",
        "",
        "marsad",
        "no",
    ),
    (
        "PK-033",
        "Sitara Track",
        "",
        "Lahore",
        2019,
        21,
        "AVL vehicle tracking;school bus tracking app",
        "transport;education",
        "Go;Flutter;MQTT",
        "none",
        "English;Urdu",
        "Tracks school buses and delivery vans and sends parents arrival alerts.",
        "",
        "sitaratrack",
        "no",
    ),
    (
        "PK-034",
        "Kohsar Geotech",
        "科萨尔岩土",
        "Rawalpindi",
        2005,
        520,
        "terrestrial laser scanning;mobile mapping (LiDAR);topographic survey;GNSS/RTK control surveys",
        "infrastructure;energy;government",
        "Leica Cyclone;Trimble;Python",
        "ISO 9001;ISO 14001;ISO 45001",
        "English;Urdu",
        "A large survey contractor with laser scanners, mobile-mapping vans and field survey teams.",
        "大型测量承包商，拥有激光扫描仪和移动测量车。",
        "kohsargeo",
        "yes",
    ),
    (
        "PK-035",
        "Pindi Point Cloud",
        "",
        "Rawalpindi",
        2021,
        11,
        "point cloud to BIM;scan-to-CAD drafting",
        "construction;architecture",
        "Revit;ReCap;AutoCAD",
        "none",
        "English;Urdu",
        "Turns laser scans of buildings into BIM models and CAD drawings.",
        "",
        "pindipointcloud",
        "no",
    ),
    (
        "PK-036",
        "Basemap Bazaar",
        "",
        "Karachi",
        2017,
        67,
        "custom basemaps;offline map packages for field apps;tile server hosting",
        "logistics;telecom",
        "Mapnik;PostGIS;Node.js",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Designs background maps and hosts map servers for field-service apps.",
        "",
        "basemapbazaar",
        "yes",
    ),
    (
        "PK-037",
        "Gul Agri Drones",
        "",
        "Sahiwal",
        2019,
        29,
        "UAV-based crop health scouting;multispectral drone imagery",
        "agriculture",
        "DJI P4 Multispectral;Python",
        "",
        "English;Urdu;Punjabi",
        "Scouts plant health with multispectral aircraft for large farms.",
        "",
        "gulagridrones",
        "no",
    ),
    (
        "PK-038",
        "Aab-o-Hawa Risk",
        "",
        "Karachi",
        2016,
        57,
        "catastrophe risk maps for insurers;flood hazard modelling;crop insurance claim verification",
        "insurance;agriculture",
        "Python;GDAL;PostGIS",
        "ISO 27001",
        "English;Urdu",
        "Builds hazard maps for insurers and checks farm claims from imagery.",
        "",
        "aabohawa",
        "no",
    ),
    (
        "PK-039",
        "Nishan Addressing",
        "",
        "Islamabad",
        2014,
        36,
        "digital addressing (plus codes) for cities;address database building;geocoder for couriers",
        "government;logistics",
        "Python;Elasticsearch",
        "ISO 9001",
        "English;Urdu",
        "Builds street directories and location look-up for city governments and couriers.",
        "",
        "nishan",
        "yes",
    ),
    (
        "PK-040",
        "Parwaz Flight Apps",
        "",
        "Lahore",
        2018,
        23,
        "drone flight planning software;mission planner for survey grids;airspace checks",
        "surveying;agriculture",
        "C#;Flutter;ArduPilot",
        "none",
        "English;Urdu",
        "Makes the planning software that aerial survey teams use to lay out their grids.",
        "",
        "parwazapps",
        "yes",
    ),
    (
        "PK-041",
        "Basti 3D",
        "",
        "Islamabad",
        2019,
        34,
        "3D city model of Islamabad;photorealistic mesh models;urban heat mapping",
        "urban planning;real estate",
        "Cesium;Blender;Python",
        "",
        "English;Urdu",
        "Produces photorealistic mesh models and heat maps for planners and developers.",
        "",
        "basti3d",
        "yes",
    ),
    (
        "PK-042",
        "Indus Geo Portal",
        "",
        "Lahore",
        2016,
        46,
        "web GIS dashboards;OGC API Features services;geoportal hosting",
        "government;NGOs",
        "GeoNode;Django;OpenLayers",
        "ISO 27001",
        "English;Urdu",
        "Builds public map dashboards for agencies and NGOs.",
        "",
        "indusgeoportal",
        "no",
    ),
    (
        "PK-043",
        "Rasta GIS Survey",
        "",
        "Quetta",
        2015,
        31,
        "road condition survey;roadside asset inventory mapping;GNSS field data collection",
        "transport;government",
        "QGIS;Fulcrum;Python",
        "none",
        "English;Urdu;Balochi",
        "Surveys road condition and roadside assets across Balochistan.",
        "",
        "rastagis",
        "yes",
    ),
    (
        "PK-044",
        "Sheesha Digital Twin",
        "",
        "Karachi",
        2020,
        28,
        "port digital twin;IoT sensor dashboards on 3D maps",
        "maritime;logistics",
        "Unity;Azure Digital Twins;Python",
        "ISO 27001",
        "English;Urdu",
        "Builds live models of port terminals fed by sensor data.",
        "",
        "sheesha",
        "no",
    ),
    (
        "PK-045",
        "Mitti Mine Survey",
        "",
        "Quetta",
        2012,
        64,
        "open-pit mine volumetrics;haul road design;blast pattern mapping",
        "mining",
        "Deswik;Pix4D;AutoCAD",
        "ISO 45001",
        "English;Urdu;Balochi",
        "Surveys open pits and reports volumes for mining companies in Balochistan.",
        "",
        "mittimine",
        "yes",
    ),
    (
        "PK-046",
        "Jheel Hydro GIS",
        "",
        "Hyderabad",
        2017,
        20,
        "inundation modelling;watershed delineation;riverine flood maps",
        "water;disaster management",
        "HEC-RAS;QGIS",
        "none",
        "English;Urdu;Sindhi",
        "Hydrology and river modelling for canals and rivers in Sindh.",
        "",
        "jheelhydro",
        "no",
    ),
    (
        "CN-001",
        "Hubei Jingwei Surveying & Mapping Institute",
        "湖北经纬测绘研究院",
        "Wuhan",
        1998,
        2300,
        "aerial triangulation and DOM production;1:500 topographic mapping;地籍调查;实景三维建模",
        "surveying;natural resources",
        "Inpho;ContextCapture;SuperMap",
        "ISO 9001;ISO 14001",
        "Mandarin;English",
        "A provincial surveying institute that buys photogrammetry and parcel-survey outsourcing.",
        "省级测绘研究院，采购摄影测量和地籍外包服务。",
        "jingweisurvey",
        "no",
    ),
    (
        "CN-002",
        "Shenzhen Skyhawk UAV Technology",
        "深圳天鹰无人机科技",
        "Shenzhen",
        2012,
        860,
        "UAV airframe manufacturing;flight controller development;无人机制造",
        "drones;manufacturing",
        "C++;ROS;STM32",
        "ISO 9001",
        "Mandarin;English",
        "A drone maker that buys flight-planning and processing software for its survey aircraft.",
        "无人机整机制造商，采购航线规划和数据处理软件。",
        "skyhawkuav",
        "no",
    ),
    (
        "CN-003",
        "Dongguan Feiyi Drones",
        "东莞飞翼无人机",
        "Dongguan",
        2016,
        140,
        "VTOL drone manufacturing;gimbal and payload integration",
        "drones",
        "C;PX4",
        "",
        "Mandarin",
        "Builds fixed-wing vertical take-off aircraft for mapping.",
        "生产垂直起降固定翼测绘飞机。",
        "feiyidrones",
        "no",
    ),
    (
        "CN-004",
        "Hubei Green Field Smart Agriculture Cooperative",
        "湖北绿野智慧农业合作社",
        "Jingzhou",
        2015,
        75,
        "智慧农业;farm management platform;rice and rapeseed purchasing",
        "agriculture",
        "WeChat mini-program;Java",
        "none",
        "Mandarin",
        "A farmers' cooperative buying satellite monitoring for rice and rapeseed fields.",
        "农业合作社，采购水稻和油菜的遥感监测服务。",
        "greenfieldcoop",
        "no",
    ),
    (
        "CN-005",
        "Wuhan Yangtze Logistics Park",
        "武汉长江物流园",
        "Wuhan",
        2009,
        420,
        "warehouse yard management;truck appointment system;车队调度",
        "logistics",
        "SAP;Java",
        "ISO 9001",
        "Mandarin;English",
        "A logistics park operator buying vehicle tracking and delivery planning.",
        "物流园运营方，采购车辆定位和配送规划。",
        "yangtzelogistics",
        "no",
    ),
    (
        "CN-006",
        "Sichuan Tianfu Property Development",
        "四川天府置业",
        "Chengdu",
        2003,
        1800,
        "property development;sales-centre digital twins;三维城市模型采购",
        "real estate",
        "",
        "ISO 9001",
        "Mandarin",
        "A property developer that commissions city models and live models of its sites.",
        "房地产开发商，委托制作城市模型和工地数字孪生。",
        "tianfuproperty",
        "no",
    ),
    (
        "CN-007",
        "Central China Power Grid Design Institute",
        "华中电网设计院",
        "Wuhan",
        1985,
        1500,
        "transmission line route survey;power corridor survey procurement;substation siting",
        "power grid;energy",
        "PowerCAD;ArcGIS",
        "ISO 9001;ISO 14001;ISO 45001",
        "Mandarin;English",
        "A grid design institute that buys corridor classification and line-route surveys.",
        "电网设计院，采购激光雷达走廊分类和线路路径测量。",
        "ccpgdi",
        "no",
    ),
    (
        "CN-008",
        "Guangdong Southern Grid Survey & Design Co.",
        "广东南网勘测设计",
        "Guangzhou",
        1992,
        950,
        "电网勘测设计;power line inspection analytics;substation GIS",
        "power grid",
        "ArcGIS;DJI",
        "ISO 9001",
        "Mandarin",
        "A grid survey and design company buying inspection analytics.",
        "电网勘测设计公司，采购巡检数据分析。",
        "southgridsurvey",
        "no",
    ),
    (
        "CN-009",
        "Huaxia Claims Assessment",
        "华夏公估",
        "Shanghai",
        2007,
        310,
        "insurance loss assessment;洪水淹没范围制图 (flood extent mapping for claims);crop claim adjusting",
        "insurance",
        "Python;mobile survey app",
        "ISO 9001",
        "Mandarin;English",
        "An insurance assessor using satellite and aerial imagery for weather and farm claims.",
        "保险公估公司，利用卫星和航空影像处理理赔。",
        "huaxiaclaims",
        "no",
    ),
    (
        "CN-010",
        "Beijing Situ Map Data",
        "北京四图地图数据",
        "Beijing",
        2006,
        680,
        "navigation map data production;POI collection;地址编码 (address geocoding data)",
        "map data;automotive",
        "Oracle Spatial;Python",
        "ISO 27001;ISO 9001",
        "Mandarin;English",
        "A map-data vendor buying point-of-interest collection and location look-up outsourcing.",
        "地图数据商，采购兴趣点采集和地址编码外包。",
        "situmap",
        "no",
    ),
    (
        "CN-011",
        "Xi'an Sanqin Natural Resources Survey",
        "西安三秦自然资源调查",
        "Xi'an",
        2011,
        220,
        "自然资源调查;land-use change monitoring;ISO 19115 metadata compilation",
        "natural resources;government",
        "SuperMap;ArcGIS",
        "ISO 9001",
        "Mandarin",
        "A contractor to provincial natural-resources bureaus buying imagery interpretation and documentation work.",
        "为省级自然资源部门提供调查服务的承包商。",
        "sanqinsurvey",
        "no",
    ),
    (
        "CN-012",
        "Wuhan Optics Valley BeiDou Services",
        "武汉光谷北斗服务",
        "Wuhan",
        2014,
        130,
        "北斗高精度定位;CORS network operation;GNSS deformation monitoring",
        "surveying;transport",
        "BeiDou;RTKLIB;Java",
        "ISO 9001",
        "Mandarin;English",
        "Operates satellite reference stations and buys positioning apps from partners.",
        "运营北斗基准站，采购定位应用。",
        "ovbeidou",
        "no",
    ),
    (
        "CN-013",
        "Hangzhou Cloud Tiles",
        "杭州云瓦片",
        "Hangzhou",
        2017,
        90,
        "矢量瓦片 CDN;basemap API;地图服务",
        "internet;map data",
        "Go;MapLibre;Kubernetes",
        "ISO 27001",
        "Mandarin;English",
        "A cloud map provider looking for Pakistani partners for South Asian background maps.",
        "云地图服务商，寻找南亚底图合作伙伴。",
        "cloudtiles",
        "no",
    ),
    (
        "CN-014",
        "Jiangxi Ganjiang Mining Group",
        "江西赣江矿业",
        "Ganzhou",
        2004,
        600,
        "quarry and mine volumetric surveys (土方计算);mine reclamation monitoring",
        "mining",
        "",
        "none",
        "Mandarin",
        "A mining group buying aerial volume surveys for its quarries.",
        "矿业集团，采购采石场土方测量。",
        "ganjiangmining",
        "no",
    ),
]
MAILBOX = ["partners", "sales", "hello", "info", "bd"]


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
STAFF = ["help@atlaskite.example", "0800-28527"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
DOCS_EN = [
    "SECP certificate of incorporation",
    "PSEB registration certificate",
    "Imagery licence declaration (Annex C)",
    "CNIC copies of the two delegates",
]
DOCS_UR = ["امیجری لائسنس کا اقرار نامہ (ضمیمہ C)", "کا سرٹیفکیٹ آف انکارپوریشن"]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "who organised that feb 2022 shanghai webinar atlas kite came out of? pls",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "fee?",
        [v.FEE_NEW],
        ["PKR 70,000", "PKR 125,000", "PKR 210,000", "PKR 320,000"],
        "one word; the revised fee table; stale: the old version prints Band C PKR 230,000 and Band D PKR 340,000",
    ),
    (
        "en-03",
        P,
        "hello! we're a 35-person survey firm, head office in quetta. what participation fee do we pay, is the "
        "application fee still charged to us, and which office looks after us?",
        [v.FEE_NEW, v.OVERVIEW],
        ["PKR 125,000", "waived", "Firms in Quetta and Peshawar are served by the Islamabad office"],
        "the asker's situation: Band B, head office in Balochistan (application fee waived), a city with no office",
    ),
    (
        "en-04",
        P,
        "last day to submit?? bulletin says 31 march but someone told me it moved",
        [v.CORR, v.OVERVIEW, v.CHECKLIST, v.UR_DOCX, v.WHATSAPP],
        ["17 April 2079, 17:00 PKT", "17 April 2079", "۱۷ اپریل ۲۰۷۹", "17 april 2079"],
        "stale: the correction notice moves the closing date the bulletin printed as 31 March 2079",
    ),
    (
        "en-05",
        P,
        "we have around 300 staff. shipping our drones + insurance for the field demo will cost us PKR 180,000 - how "
        "much will the field demo grant cover?",
        [v.GRANTS],
        [],
        "computed: Band C (101-500) Field Demo Grant, 40% of PKR 180,000 under the PKR 100,000 cap; feature 2 (the "
        "band label sits only on the band's first row, rowspan)",
    ),
    (
        "en-06",
        P,
        "we're band C n already paid the full fee. if we withdraw on 10 july how much do we get back?",
        [v.RULES, v.FEE_NEW],
        [],
        "computed: rule 3(b)(ii) returns 40% of the revised Band C fee PKR 210,000; feature 1 (a sub-sub-item read "
        "with its parent clause); stale: the old version's PKR 230,000 would give 92,000",
    ),
    (
        "en-07",
        P,
        "can we keep a copy of the lidar data we fly at the test range?? for how lng",
        [v.RULES, v.FIELD, v.CHANGED],
        ["90 days"],
        "feature 1: rule 4(b)(ii); stale: the 2077 pilot allowed 30 days",
    ),
    (
        "en-08",
        P,
        "wat late payment surcharge did the steering comittee settle on in the end?",
        [v.MINUTES, v.RULES, v.FEE_NEW],
        ["10% of the late instalment", "10% of that instalment", "10%"],
        "feature 4: the Decision line; stale: the minutes also give 25% and 5%, proposed and not adopted",
    ),
    (
        "en-09",
        P,
        "Assalam o Alaikum team, we are a 15-person drone survey startup from Multan and this is our first time "
        "applying. Two questions: which date is the field demonstration day, and how long is each firm's flight slot?",
        [v.FIELD, v.MINUTES, v.AGENDA],
        ["Friday 20 October 2079", "20 October 2079", "20 minutes"],
        "long message with two questions; stale: the superseded draft page gives Saturday 21 October and 15 minutes",
    ),
    ("en-10", P, "helpline", [v.OVERVIEW, v.BULLETIN, v.UR_DOCX], ["0800-28527"], "one word"),
    ("en-11", DIR, "which firms work with lidar or point clouds?", [], [], "LiDAR / point-cloud / laser scanning"),
    (
        "en-12",
        DIR,
        "SAR or radar imagery analysis companies with more than 200 staff",
        [],
        [],
        "acronym SAR / InSAR / radar + head count",
    ),
    (
        "en-13",
        DIR,
        "anyone doing GNSS or RTK work? corrections, CORS, control surveys, that kind of thing",
        [],
        [],
        "GNSS / RTK / CORS / 北斗 acronyms",
    ),
    (
        "en-14",
        DIR,
        "what does Compass do and where are they based?",
        [],
        [],
        "one company by name; its short name is a common word",
    ),
    (
        "en-15",
        DIR,
        "which chinese buyers are power grid design or survey institutes?",
        [],
        [],
        "country + industry (power grid, 电网)",
    ),
    (
        "en-16",
        UN,
        "do women-led firms get a discount on the participation fee?",
        [],
        STAFF,
        "near miss: fees and the one waiver are covered, no discount is offered",
    ),
    ("en-17", UN, "what's the address of your Gwadar office?", [], STAFF, "near miss: a city the documents never name"),
    (
        "en-18",
        UN,
        "how many firms applied to the 2077 pilot round?",
        [],
        STAFF,
        "near miss: the pilot report gives firms selected, not how many applied",
    ),
    ("en-19", UN, "whats the weather usually like in wuhan in october", [], STAFF, "off-topic: names a programme city"),
    ("en-20", UN, "can you recommend a good biryani place in karachi?", [], STAFF, "off-topic: names a programme city"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "中方采购方报名截止是哪天？",
        [v.ZH_HTML],
        ["2079年8月31日"],
        "feature 7: a 年月日 date in the Chinese page's 表格",
    ),
    (
        "zh-02",
        P,
        "我们公司80人，跟巴方企业签了２０万元的试点合同，配套资助能拿多少？",
        [v.ZH_HTML],
        [],
        "computed: 五十人以上 buyer, ２０％ of ２０万元 under the 五万元 cap; feature 7 (full-width digits, Chinese "
        "numerals)",
    ),
    (
        "zh-03",
        P,
        "武汉博览会几号开始？在哪个馆",
        [v.ZH_HTML, v.AGENDA, v.OVERVIEW],
        ["2079年10月17日", "武汉光谷国际会议中心C2馆", "Hall C2", "17 October 2079"],
        "expo dates and hall, in the Chinese page and the agenda PDF",
    ),
    (
        "zh-04",
        P,
        "2022年上海那场网络研讨会是谁主办的？",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts, stated only in the English overview",
    ),
    (
        "zh-05",
        P,
        "今年最多选几家巴方企业？",
        [v.MINUTES, v.CHANGED, v.ZH_HTML],
        ["up to 36 Pakistani firms", "up to 36", "３６家巴方企业"],
        "feature 4: the Decision line; stale: the minutes' rejected proposal of 50 firms and the 2077 pilot's 18 firms",
    ),
    (
        "zh-06",
        P,
        "武汉秘书处国庆节放假吗？平时电话几点到几点有人接",
        [v.ZH_HTML],
        ["2079年10月1日至7日", "10月1日至7日", "9:00–17:30"],
        "feature 7: two questions; holidays and hours of the Chinese offices",
    ),
    (
        "zh-07",
        P,
        "每家企业的资助总额上限现在是多少？试点那年好像是40万卢比",
        [v.CHANGED, v.GRANTS],
        ["PKR 650,000", "650,000"],
        "feature 6: the Now column; stale: the 2077 pilot's PKR 400,000 sits in the same row",
    ),
    (
        "zh-08",
        P,
        "第一期简报里说的卡拉奇辅导活动是哪天？",
        [v.BULLETIN],
        ["15 March 2079"],
        "feature 3: a fact inside an article of the two-column newsletter",
    ),
    (
        "zh-09",
        P,
        "现场演示日无人机最大起飞重量是多少公斤？",
        [v.FIELD],
        ["25 kg"],
        "stale: the superseded draft page gives 15 kg",
    ),
    ("zh-10", DIR, "有哪些巴基斯坦公司做无人机航测或者航线规划？", [], [], "drone / UAV asked in Chinese + country"),
    ("zh-11", DIR, "哪些公司做地籍测量或土地档案数字化？", [], [], "cadastral / land record asked in Chinese"),
    (
        "zh-12",
        DIR,
        "2015年以前成立、能做正射影像的公司有哪些？",
        [],
        [],
        "orthophoto / orthomosaic / DOM + founded before",
    ),
    ("zh-13", DIR, "拉合尔有哪些做WebGIS或者地图服务器的公司？", [], [], "web GIS / map server / OGC + city"),
    ("zh-14", DIR, "没有任何认证、做影像标注的公司有哪些", [], [], "labelling / annotation + certifications none"),
    (
        "zh-15",
        UN,
        "博览会上有没有无人机飞行比赛？奖金多少",
        [],
        STAFF,
        "near miss: the expo agenda is covered, no competition exists",
    ),
    (
        "zh-16",
        UN,
        "展位能加大到18平方米吗？多加多少钱",
        [],
        STAFF,
        "near miss: the stand share is covered, no larger stand",
    ),
    ("zh-17", UN, "武汉哪家热干面最好吃？", [], STAFF, "off-topic: names a programme city"),
    ("zh-18", UN, "帮我写一首关于长江的诗", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "انتخاب کے معیار میں تکنیکی معیار کا وزن کتنا ہے اور شارٹ لسٹ ہونے کے لیے کم از کم کتنے نمبر چاہییں؟",
        [v.UR_DOCX],
        ["۳۰٪", "30%", "کم از کم ۶۰ فیصد", "60%"],
        "feature 8: the Urdu Word table with Urdu headings, Urdu and Western digits; two questions",
    ),
    (
        "ur-02",
        P,
        "درخواست کے ساتھ کون کون سے کاغذات لگانے ہیں؟",
        [v.CHECKLIST, v.UR_DOCX],
        DOCS_EN + DOCS_UR,
        "feature 9: the ☐ checklist PDF; also listed in the Urdu guide",
    ),
    (
        "ur-03",
        P,
        "ہماری کمپنی میں ۴۰ ملازم ہیں۔ ڈیٹا لائسنس گرانٹ کتنے فیصد ملے گی اور زیادہ سے زیادہ کتنی؟",
        [v.GRANTS],
        ["PKR 95,000", "95,000", "40%"],
        "feature 2: Band B's fourth row, whose band label is only on the band's first row",
    ),
    (
        "ur-04",
        P,
        "کیا ہیلپ لائن اب بھی صبح ۱۰ سے شام ۴ بجے تک کھلی رہتی ہے؟",
        [v.CHANGED, v.OVERVIEW, v.UR_DOCX],
        ["09:30–17:30", "09:30 to 17:30", "صبح ساڑھے ۹ بجے سے شام ساڑھے ۵ بجے تک"],
        "feature 6: the Now column; stale: the 2077 pilot's 10:00–16:00 sits in the same row",
    ),
    (
        "ur-05",
        P,
        "السلام علیکم، ہم کراچی کی ۱۲ افراد پر مشتمل فوٹوگرامیٹری کمپنی ہیں اور پہلی بار درخواست دے رہے ہیں۔ "
        "ایکسپو ٹریول گرانٹ کی زیادہ سے زیادہ حد کیا ہے، اور یہ خرچ کا کتنا فیصد دیتی ہے؟",
        [v.CORR, v.GRANTS],
        ["PKR 350,000", "350,000", "70%"],
        "long message with two questions; stale: the correction notice raises the Band A cap the grants page prints "
        "as PKR 300,000",
    ),
    (
        "ur-06",
        P,
        "کیا ۱۴ اگست کو ہیلپ ڈیسک کھلا ہوگا؟",
        [v.OVERVIEW],
        ["14 August — Independence Day", "14 August"],
        "desk holidays, in the English overview only",
    ),
    (
        "ur-07",
        P,
        "نتائج کا اعلان کب ہوگا؟",
        [v.UR_DOCX, v.OVERVIEW],
        ["۲۴ مئی ۲۰۷۹", "24 May 2079"],
        "feature 8: a date in Urdu digits in the RTL Word file",
    ),
    (
        "ur-08",
        DIR,
        "فصلوں کی نگرانی اور NDVI کا کام کرنے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "crop monitoring asked in Urdu; NDVI / crop monitoring / crop health / precision agriculture",
    ),
    ("ur-09", DIR, "سیلاب کی نقشہ سازی کرنے والی کمپنیاں", [], [], "flood mapping asked in Urdu; one value in Chinese"),
    (
        "ur-10",
        DIR,
        "کراچی میں بجلی، گیس یا پانی کے نیٹ ورک کی میپنگ کرنے والی کمپنیاں",
        [],
        [],
        "utility network mapping asked in Urdu + city",
    ),
    (
        "ur-11",
        DIR,
        "ڈیجیٹل ٹوئن یا تھری ڈی سٹی ماڈل بنانے والی کن کمپنیوں نے ۲۰۲۲ کے ویبینار میں پیشکش کی تھی؟",
        [],
        [],
        "digital twin / 3D city model asked in Urdu + pitched at the webinar",
    ),
    (
        "ur-12",
        UN,
        "کیا فیلڈ ڈیمو ڈے پر دوپہر کا کھانا دیا جائے گا؟",
        [],
        STAFF,
        "near miss: the field day's schedule is covered, meals are not",
    ),
    (
        "ur-13",
        UN,
        "فیلڈ ڈیمو ڈے پر ڈرون انشورنس کا پریمیم کتنا ہوگا؟",
        [],
        STAFF,
        "near miss: the field demo grant covers insurance, no premium is given",
    ),
    ("ur-14", UN, "لاہور سے اسلام آباد موٹروے کا ٹول کتنا ہے؟", [], STAFF, "off-topic: names programme cities"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "application fee kitni hai aur wapas milti hai ya nahi?",
        [v.WHATSAPP, v.FEE_NEW, v.RULES],
        ["8,000 rupay", "8 hazar", "PKR 8,000"],
        "feature 8: the WhatsApp admin's correction of the 20k a member gave",
    ),
    (
        "ul-02",
        P,
        "wuhan expo mein stand share kitne ka hai bhai?",
        [v.EMAIL],
        ["PKR 165,000", "165,000"],
        "feature 5: the newest e-mail; stale: the quoted older e-mail gives PKR 185,000",
    ),
    (
        "ul-03",
        P,
        "har firm ko total grant zyada se zyada kitna mil sakta hai?",
        [v.WHATSAPP, v.GRANTS, v.CHANGED],
        ["6.5 lakh", "PKR 650,000", "650,000"],
        "feature 8 and feature 9 (6.5 lakh / PKR 650,000 / PKR 0.65 million); stale: the 2077 pilot's 4 lakh",
    ),
    (
        "ul-04",
        P,
        "KL wala partner desk kis din khulta hai?",
        [v.BULLETIN],
        ["Monday to Thursday"],
        "feature 3: an article in the right-hand column of the newsletter",
    ),
    (
        "ul-05",
        P,
        "application ke sath kaun se documents lagane hain? plz checklist bata do",
        [v.CHECKLIST],
        DOCS_EN,
        "feature 9: the ☐ / ☑ checklist PDF",
    ),
    (
        "ul-06",
        P,
        "field demo wale din bus kitne baje nikalegi?",
        [v.FIELD, v.AGENDA],
        ["07:00"],
        "stale: the superseded draft page gives 06:30",
    ),
    ("ul-07", DIR, "fleet ya vehicle tracking wali companies jin ke 50 se kam log hain", [], [], "fleet / AVL + size"),
    ("ul-08", DIR, "address geocoding kaun kaun karta hai?", [], [], "geocoding / address / 地址编码"),
    ("ul-09", DIR, "islamabad mein indoor positioning wali koi company hai?", [], [], "indoor / BLE + city"),
    (
        "ul-10",
        DIR,
        "route optimisation wali companies jo 2010 ke baad bani hon",
        [],
        [],
        "routing written several ways + founded after",
    ),
    (
        "ul-11",
        UN,
        "lahore mein hackathon kab hai? register kahan karna hai",
        [],
        STAFF,
        "near miss: an event that does not exist",
    ),
    (
        "ul-12",
        UN,
        "2077 pilot mein stand share kitne ka tha?",
        [],
        STAFF,
        "near miss: last round's figure the documents do not state",
    ),
    ("ul-13", UN, "aaj cricket match ka score kya hai?", [], STAFF, "off-topic"),
    (
        "ul-14",
        UN,
        "islamabad mein 2 bedroom flat ka kiraya kitna chal raha hai aaj kal?",
        [],
        STAFF,
        "off-topic: names a programme city",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "salam! hum lahore ki 60 logon ki GIS company hain, 2077 pilot mein bhi thay. do sawal: pilot mein "
        "participation fee kitni thi aur ab band B ki kitni hai? 对比一下",
        [v.PILOT, v.FEE_NEW, v.CHANGED],
        ["PKR 90,000", "PKR 125,000"],
        "long message: greeting, the asker's situation, then the 2077 pilot vs now, asked side by side",
    ),
    (
        "mx-02",
        P,
        "we are 12 people, stand share ka kitna hissa grant cover karega? 补贴多少",
        [v.EMAIL, v.GRANTS],
        [],
        "computed: Band A Stand Share Grant 60% of the corrected PKR 165,000, under the PKR 150,000 cap; feature 5 "
        "and feature 2; stale: the older e-mail's PKR 185,000 would give 111,000",
    ),
    (
        "mx-03",
        P,
        "correction notice ne kya badla? 更正通知改了哪两项",
        [v.CORR],
        ["17 April 2079, 17:00 PKT", "PKR 350,000"],
        "the two figures the correction notice changes",
    ),
    (
        "mx-04",
        P,
        "buyer matchmaking mein har meeting kitni lambi hai? 每场几分钟",
        [v.AGENDA, v.ZH_HTML],
        ["40 minutes", "４０分钟"],
        "the expo agenda PDF's Day 2 table; also in the Chinese page",
    ),
    (
        "mx-05",
        P,
        "expo pe satellite imagery dikhani hai, 卫星影像有什么许可要求？ any rule?",
        [v.RULES, v.ZH_HTML],
        ["finer than 50 cm", "licence that permits public demonstration", "分辨率优于0.5米"],
        "feature 1: rule 4(a)(i) and (ii) read with clause 4; the imagery licence rule",
    ),
    (
        "mx-06",
        P,
        "launch evening kahan hui thi? 发布会在哪里举行",
        [v.BULLETIN, v.OVERVIEW],
        ["Margalla Convention Hall"],
        "feature 3: the newsletter's lead article",
    ),
    (
        "mx-07",
        DIR,
        "ISO 19115 metadata ya data catalogue 做的 companies kaun si hain?",
        [],
        [],
        "metadata / CSW / 元数据",
    ),
    ("mx-08", DIR, "mining volumetrics / stockpile 测量 karne wali firms", [], [], "volumetrics / quarry / 土方"),
    ("mx-09", DIR, "China ki kaun si companies drone banati hain? 无人机制造", [], [], "CN drone makers"),
    ("mx-10", DIR, "ISO 27001 wali map tile hosting 瓦片 companies", [], [], "tiles / basemap / 瓦片 + certification"),
    (
        "mx-11",
        UN,
        "expo pe meetings ke liye interpreter milega? 有翻译吗",
        [],
        STAFF,
        "near miss: buyer meetings are covered, interpreters are not",
    ),
    (
        "mx-12",
        UN,
        "Atlas Kite naam sun ke yaad aaya, basant pe patang kaise udate hain? 风筝怎么放",
        [],
        STAFF,
        "off-topic: names the programme",
    ),
    ("mx-13", UN, "Wuhan metro card kaise banwaun? 地铁卡怎么办", [], STAFF, "off-topic: names a programme city"),
    ("mx-14", UN, "PSL final kab hai? 板球决赛什么时候", [], STAFF, "off-topic"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s34-{suffix}"
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
    rules_docx()
    changed_docx()
    ur_docx()
    bulletin_pdf()
    checklist_pdf()
    agenda_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
