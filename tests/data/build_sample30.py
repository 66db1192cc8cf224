"""Build the binary and byte-exact parts of sample-30 ("Pharma Pulse 2073").

Writes the typeset three-page call for applications (PDF with ligature glyphs, words hyphenated at line ends,
a running header and footer, a table continued across a page break with its header row repeated), four .docx
files (grant windows with DOCPROPERTY fields, a w:fldSimple and a mailto hyperlink; the audit tour with a
table nested in a cell and merged cells; the right-to-left Urdu fee sheet; the Chinese buyer guide), the Urdu
helpline notice in UTF-16 LE with a BOM, the Hong Kong partner desk's Traditional Chinese page in Big5, the
offices page with soft hyphens, zero-width spaces, non-breaking hyphens, narrow no-break spaces and digits split
by inline tags, directory.csv and questions-30.jsonl. The other .md, .html and UTF-8 .txt documents are written
by hand. Directory answer sets and arithmetic answers come from validate_sample30 (FILTERS, COMPUTED).
Running it twice gives the same bytes.
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    NameObject,
    NumberObject,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample30 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2073, 1, 14, 9, 0, 0)


# ============================================================================ deterministic Word files
CUSTOM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def custom_props_xml(props):
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for i, (name, value) in enumerate(props.items(), 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + items + "</Properties>"
    ).encode("utf-8")


def save_docx(doc, name, title, when, custom=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = "PHSC secretariat"
    cp.last_modified_by = "PHSC secretariat"
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Pharma Pulse 2073"
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(raw)
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if custom:
        parts["docProps/custom.xml"] = custom_props_xml(custom)
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace(
            "</Types>", f'<Override PartName="/docProps/custom.xml" ContentType="{CUSTOM_PROPS_TYPE}"/></Types>'
        )
        parts["[Content_Types].xml"] = ct.encode("utf-8")
        rels = parts["_rels/.rels"].decode("utf-8")
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdCustom1" Type="{CUSTOM_PROPS_REL}" Target="docProps/custom.xml"/></Relationships>',
        )
        parts["_rels/.rels"] = rels.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for filename, data in parts.items():
            zi = zipfile.ZipInfo(filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
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


def text_run(text, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def fld_char(kind):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r.append(fc)
    return r


def complex_field(paragraph, instr, cached):
    """A field as Word writes it when a DOCPROPERTY is inserted: begin, the instruction, separate, the cached
    result the reader sees, end."""
    p = paragraph._p
    p.append(fld_char("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r.append(it)
    p.append(r)
    p.append(fld_char("separate"))
    p.append(text_run(cached))
    p.append(fld_char("end"))


def simple_field(paragraph, instr, cached):
    fs = OxmlElement("w:fldSimple")
    fs.set(qn("w:instr"), instr)
    fs.append(text_run(cached))
    paragraph._p.append(fs)


def hyperlink(paragraph, target, text):
    rid = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    h.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.extend([color, u])
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


# ============================================================================ 1. typeset PDF
LIG = {"\ufb03": 144, "\ufb00": 143, "\ufb01": 129, "\ufb02": 141}  # ffi ff fi fl -> unused WinAnsi codes
HEADER = "Pharma Pulse 2073 \u2014 Call for Applications"


def ligate(text):
    """Set f-ligatures as a typesetter does, except in e-mail and web addresses."""
    out = []
    for word in text.split(" "):
        if "@" not in word and "://" not in word and ".example" not in word:
            for seq, lig in (("ffi", "\ufb03"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
                word = word.replace(seq, lig)
        out.append(word)
    return " ".join(out)


def pdf_bytes(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"".join(bytes([LIG[ch]]) if ch in LIG else ch.encode("cp1252") for ch in text)


def typeset_font(writer, base):
    differences = ArrayObject()
    for glyph, code in (("/fi", 129), ("/fl", 141), ("/ff", 143), ("/ffi", 144)):
        differences.extend([NumberObject(code), NameObject(glyph)])
    encoding = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Encoding"),
            NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/Differences"): differences,
        }
    )
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(base),
                NameObject("/Encoding"): encoding,
            }
        )
    )


class Page:
    """One page: the running header first, then the body from the top down, the running footer last (so
    extraction meets them in reading order)."""

    def __init__(self):
        self.ops = []
        self.rules = [(72, 752, 540, 752), (72, 58, 540, 58)]
        self.y = 722

    def text(self, x, y, s, face="/F1", size=10.5, lig=True):
        s = ligate(s) if lig else s
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_bytes(s) + b") Tj ET\n")

    def para(self, lines, lead=13, gap=6):
        for line in lines:
            self.text(72, self.y, line)
            self.y -= lead
        self.y -= gap

    def heading(self, s, size=11.5):
        self.y -= 4
        self.text(72, self.y, s, "/F2", size)
        self.y -= 16

    def grid(self, cols, rows, caption, bottom_limit=72):
        """A ruled table; a cell may hold several lines ("\n"). Rows that do not fit above bottom_limit are
        returned so that the caller can continue the table on the next page."""
        self.text(72, self.y, caption, "/F3", 10)
        self.y -= 8
        top = y = self.y
        lines_top = [top]
        for i, row in enumerate(rows):
            height = 12 * max(len(cell.split("\n")) for cell in row) + 5
            if i and y - height < bottom_limit:
                rest = rows[i:]
                break
            for x, cell in zip(cols, row):
                for k, line in enumerate(cell.split("\n")):
                    self.text(x + 4, y - 13 - 12 * k, line, "/F2" if i == 0 else "/F1", 10)
            y -= height
            lines_top.append(y)
        else:
            rest = []
        self.rules += [(cols[0], yy, 540, yy) for yy in lines_top]
        self.rules += [(x, top, x, y) for x in [*cols, 540]]
        self.y = y - 14
        return rest


def call_pdf():
    pages = [Page() for _ in range(3)]
    p1, p2, p3 = pages

    p1.text(72, 690, "PHARMA PULSE 2073", "/F2", 18)
    p1.text(72, 668, "Call for Applications from Pakistani Firms", "/F2", 13)
    p1.text(72, 650, "Issued by the Pakistan Health-Software Council (PHSC), Karachi, on 14 January 2073", "/F3", 10)
    p1.y = 622
    p1.heading("1. Purpose of this call")
    p1.para(
        [
            "Pharma Pulse 2073 helps Pakistani software firms that serve pharmaceutical manufacturers, laboratories,",
            "hospitals, CROs and pharmacy chains find buyers in China. It offers a written and online selection,",
            "the GMP Factory & Lab Audit Tour in Suzhou and Taizhou, and a pavilion at the Chengdu Pharma & Life-",
            "Sciences Digital Expo. Chinese buyers register separately with the China-Pakistan Life-Sciences",
            "Digital Alliance (CPLDA). Where this call and another programme document differ, this call applies,",
            "unless a corrigendum says otherwise.",
        ]
    )
    p1.heading("2. Who may apply")
    p1.para(
        [
            "Firms that meet eligibility items 1 to 6 of the selection criteria may apply. On the portal each appli-",
            "cant confirms that it holds a valid SECP certi-",
            "ficate of incorporation and an NTN, and that its head count is the number of full-time staff on its",
            "payroll on the day it applies. A group of companies cannot file one application for several firms.",
        ]
    )
    p1.heading("3. How to apply")
    p1.para(
        [
            "Applications are made online only, at https://portal.pharmapulse.example. Regis-",
            "tration on the portal opens on 14 January 2073, the Launch Day, and the closing date is given in",
            "Table 2. The non-refund-",
            "able processing fee of PKR 2,500 is paid on the portal when the application is submitted; an applica-",
            "tion without it is not scored. Shortlisted firms give a 15-minute online demonstra-",
            "tion to the selection panel between 7 and 11 April 2073, and the results are announced by e-mail",
            "on 22 April 2073. The panel's decision is final.",
        ]
    )
    p1.heading("4. Participation fee")
    p1.para(
        [
            "The fee depends on the number of full-time employees on the day of application. Bands are inclusive:",
            "a firm with 60 staff is in the second band and a firm with 61 staff in the third.",
        ]
    )
    p1.grid(
        [72, 200, 300, 410],
        [
            ["Full-time employees", "Fee (PKR)", "Delegates included*", "How it is paid"],
            ["1 - 15", "24,000", "1", "One payment"],
            ["16 - 60", "52,000", "2", "One payment"],
            ["61 - 250", "98,000", "2", "Two instalments"],
            ["251 or more", "185,000", "3", "Three instalments"],
        ],
        "Table 1: Participation fee bands, 2073",
    )
    p1.text(72, p1.y, "* Each delegate beyond those included costs PKR 15,000.", "/F3", 9.5)
    p1.y -= 18
    p1.para(
        [
            "Firms in the first two bands pay the whole fee within 14 days of the selection letter. Firms in the",
            "third band pay 50% within 14 days of the selection letter and 50% by 31 May 2073. Firms in the fourth",
            "band pay 40% within 14 days, 30% by 31 May 2073 and 30% by 31 July 2073. Fees are paid by bank",
            "transfer to the PHSC account named in the selection letter and are not affected by the grant windows.",
        ]
    )

    p2.heading("5. Withdrawal and refunds")
    p2.para(
        [
            "A selected firm that withdraws in writing by 15 May 2073 gets the whole participation fee back. A with-",
            "drawal made between 16 May and 20 June 2073 gets 50% of the participation fee back, and nothing is",
            "refunded after 20 June 2073. The processing fee is never refunded. A firm that misses an instalment",
            "is taken off the audit-tour and expo lists until it pays. Audit-tour and expo bookings have cancellation",
            "terms of their own, set out in the audit-tour programme and on the expo page; a firm that withdraws",
            "from the programme cancels those bookings, and any flights booked through the programme's travel",
            "agent, on the same day.",
        ]
    )
    p2.heading("6. Obligations of selected firms")
    p2.para(
        [
            "Each selected firm names a lead delegate who speaks for it during the programme and a contact who",
            "answers buyers in English or Mandarin. Delegates attend a pre-departure brie-",
            "fing in Karachi, Lahore or Islamabad. Selected firms present the same product they presented in their",
            "application and answer buyers' follow-up questions within five working days. A firm that signs a pilot",
            "contract with a Chinese buyer informs the PHSC secretariat within 30 days so that the contract can be",
            "counted in the programme's results; the contract itself stays confidential. Firms may not use the PHSC",
            "or CPLDA logos in their own marketing without written permission, and may not pass their place in the",
            "programme to another firm.",
        ]
    )
    p2.heading("7. Data protection")
    p2.para(
        [
            "Personal data received from buyers, from the PHSC or from the CPLDA is used only for the programme and",
            "is deleted within 90 days after the expo closes. Firms that process health data of Chinese patients in",
            "a pilot follow the buyer's data-localisation rules; no such data may leave China without the buyer's",
            "written consent.",
        ]
    )
    p2.heading("8. Travel and visas")
    p2.para(
        [
            "Delegates book and pay their own flights and hotels; part of the cost can be claimed under grant",
            "Window A. Invitation letters for Chinese business visas are issued by the CPLDA secretariat in Suzhou",
            "once the delegate's passport copy and the firm's selection letter have been received. Delegates who",
            "travel through Hong Kong may use the Hong Kong partner desk, which does not issue visas. Each delegate",
            "carries travel insurance that covers medical treatment in China for the whole stay. The programme's",
            "travel agent offers group fares from Karachi, Lahore and Islamabad; booking through it is optional and",
            "its fares are eligible under Window A like any other economy fare.",
        ]
    )
    p2.heading("9. Programme calendar")
    p2.para(
        [
            "All times are Pakistan Standard Time (PKT). Table 2 sets out the dates that apply to selected firms;",
            "buyers' dates are published by the CPLDA in Chinese.",
        ]
    )
    head = ["Milestone", "Date", "Notes"]
    cols = [72, 250, 380]
    calendar = [
        head,
        ["Launch Day; portal opens", "14 January 2073", "Karachi Expo Centre, Hall 2,\nand online"],
        ["Applications close", "10 March 2073, 17:00 PKT", "Late applications are not\nscored"],
        ["Shortlist e-mails sent", "31 March 2073", "Firms not shortlisted are told\nthe same day"],
        ["Shortlist demonstrations", "7 - 11 April 2073", "Online, 15 minutes per firm"],
        ["Results announced", "22 April 2073", "Selection letters by e-mail"],
        ["Fee or first instalment due", "14 days after the letter", "All bands"],
        ["Audit-tour deposit", "8 May 2073", "PKR 50,000 per seat"],
        ["Last day for a full refund", "15 May 2073", "Written withdrawal to the\nsecretariat"],
        ["Second instalment", "31 May 2073", "Bands 3 and 4"],
        ["GMP Factory & Lab Audit Tour", "8 - 12 June 2073", "Suzhou and Taizhou"],
        ["Expo booth booking closes", "10 July 2073", "Booth, corner booth, demo pod"],
        ["Third instalment", "31 July 2073", "Band 4 only"],
        ["Chengdu expo", "15 - 18 September 2073", "Hall 6, Pakistan Pavilion"],
    ]
    rest = p2.grid(cols, calendar, "Table 2: Programme calendar 2073")
    assert rest and len(rest) < len(calendar) - 3, "Table 2 must break across pages 2 and 3"
    assert not p3.grid(cols, [head, *rest], "Table 2 (continued)")
    p3.heading("10. Grants, criteria and contacts")
    p3.para(
        [
            "Grants are described in the grant windows document and the selection criteria in a separate document.",
            "The offices, their e-mail addresses and the helpline are listed on the offices and contacts page;",
            "questions about this call go to helpdesk@pharmapulse.example. Staff of PHSC and the CPLDA, and",
            "firms owned by them, may not apply. Late, incomplete or unsigned applications are not scored, and",
            "the panel may ask an applicant for the originals of any certi-",
            "ficate it uploads.",
        ]
    )
    p3.y -= 10
    p3.text(72, p3.y, "Karachi, 14 January 2073 \u2014 PHSC secretariat", "/F3", 10)

    writer = pypdf.PdfWriter()
    fonts = DictionaryObject(
        {
            NameObject("/F1"): typeset_font(writer, "/Times-Roman"),
            NameObject("/F2"): typeset_font(writer, "/Times-Bold"),
            NameObject("/F3"): typeset_font(writer, "/Times-Italic"),
        }
    )
    for n, page in enumerate(pages, 1):
        pdf_page = writer.add_blank_page(612, 792)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        head_op = b"BT /F3 9 Tf 1 0 0 1 72 760 Tm (" + pdf_bytes(HEADER) + b") Tj ET\n"
        foot_op = b"BT /F1 9 Tf 1 0 0 1 285 44 Tm (" + pdf_bytes(f"Page {n} of 3") + b") Tj ET\n"
        rules = "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in page.rules).encode()
        contents = ContentStream(None, writer)
        contents.set_data(head_op + b"".join(page.ops) + rules + foot_op)
        pdf_page.replace_contents(contents)
    writer.add_metadata(
        {"/Title": "Pharma Pulse 2073 - Call for Applications", "/Producer": "PHSC document office", "/Author": "PHSC"}
    )
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / v.CALL).write_bytes(buf.getvalue())


# ============================================================================ 2. grant windows: fields + hyperlink
def grants_docx():
    doc = docx.Document()
    doc.add_paragraph("Pharma Pulse 2073 \u2014 Grant windows", style="Title")
    doc.add_paragraph("PHSC grants desk, Karachi \u00b7 14 January 2073")
    doc.add_heading("1. How the grants work", level=1)
    doc.add_paragraph(
        "Grants repay part of costs that a selected Pakistani firm has already paid; they are not advances. Each "
        "window has its own share of eligible cost and its own cap per firm. Costs must be invoiced and paid between "
        "14 January 2073 and 31 December 2073."
    )
    doc.add_paragraph("Table 1: Grant windows 2073")
    t = table(
        doc,
        [
            ["Window", "What it pays for", "Share of eligible cost", "Cap per firm", "When to apply"],
            [
                "A \u2013 Market access",
                "Economy airfare and hotels for the audit tour and the expo, the audit-tour package, the expo "
                "package, demo freight",
                "60%",
                "PKR 650,000",
                "With the application",
            ],
            [
                "B \u2013 Validation and compliance",
                "Computer-system validation under GAMP 5, 21 CFR Part 11 / EU Annex 11 audit-trail reviews, "
                "ISO 13485 or IEC 62304 gap audits, GS1 conformance tests of serialisation software",
                "50%",
                "PKR 900,000",
                "With the application",
            ],
            [
                "C \u2013 Pilot deployment",
                "A paid pilot with a Chinese buyer: integration, on-site engineers, hosting in China, Chinese "
                "localisation and validation of the pilot system",
                "40%",
                "",
                "1\u201331 July 2073, under a separate call notice",
            ],
        ],
    )
    complex_field(t.cell(3, 3).paragraphs[0], " DOCPROPERTY  WindowCCap  \\* MERGEFORMAT ", "PKR 1,800,000")
    p = doc.add_paragraph("No firm receives more than ")
    simple_field(p, " DOCPROPERTY  OverallCap  \\* MERGEFORMAT ", "PKR 2,600,000")
    p.add_run(" across the three windows in 2073.")
    doc.add_heading("2. Eligible and ineligible costs", level=1)
    for text in [
        "Services bought from the programme's listed providers are eligible in full; other providers are eligible up "
        "to the same price.",
        "Salaries of the firm's own staff, laptops, phones, software licences for internal use and entertainment are "
        "not eligible.",
        "A cost can be claimed under one window only.",
        "Window B costs must be for the product the firm presented in its application.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("3. Claiming", level=1)
    p = doc.add_paragraph("Send one claim per window to ")
    hyperlink(p, "mailto:grants@pharmapulse.example", "grants@pharmapulse.example")
    p.add_run(
        " with paid invoices, proof of payment and, for travel, boarding passes. The grants desk pays complete "
        "claims within 45 working days. The time limit for claims is set out in the FAQ."
    )
    doc.add_heading("4. Worked example", level=1)
    doc.add_paragraph(
        "A firm that pays PKR 500,000 of Window A costs receives 60% of it, PKR 300,000. A firm that pays "
        "PKR 1,200,000 of Window A costs receives PKR 650,000, the cap."
    )
    save_docx(
        doc,
        v.GRANTS,
        "Pharma Pulse 2073 - Grant windows",
        datetime.datetime(2073, 1, 14, 10, 0, 0),
        custom={"WindowCCap": "PKR 1,800,000", "OverallCap": "PKR 2,600,000"},
    )


# ============================================================================ 3. audit tour: nested table + gridSpan
def audit_tour_docx():
    doc = docx.Document()
    doc.add_paragraph("GMP Factory & Lab Audit Tour 2073", style="Title")
    doc.add_paragraph("Pharma Pulse 2073 \u00b7 CPLDA secretariat, Suzhou, with the PHSC \u00b7 20 February 2073")
    doc.add_heading("Programme", level=1)
    doc.add_paragraph(
        "The tour takes up to 30 delegates of selected Pakistani firms through the plants and laboratories of Chinese "
        "buyers. Hosts show their GMP systems as auditors see them: batch records, audit trails, serialisation lines "
        "and QC data. Delegates may not photograph production areas."
    )
    rows = [
        ["Day", "Date", "Host", "What delegates see"],
        ["SUZHOU \u2013 Lotus Lake Biotech Park (days 1 to 3)", "", "", ""],
        ["1", "8 June 2073", "CPLDA secretariat", "Arrival, briefing on Chinese GMP inspections and NMPA data rules"],
        [
            "2",
            "9 June 2073",
            "API manufacturer",
            "Synthesis plant walk-through; QC laboratory with LIMS and chromatography audit trails",
        ],
        ["3", "10 June 2073", "CDMO", "Tablet compression and coating line; MES and electronic batch records"],
        ["TAIZHOU \u2013 Taizhou Pharma Valley (days 4 and 5)", "", "", ""],
        [
            "4",
            "11 June 2073",
            "Generic-drug maker",
            "Serialisation line with GS1 DataMatrix aggregation; pharmacovigilance unit",
        ],
        [
            "5",
            "12 June 2073",
            "Device maker (ISO 13485)",
            "Design-history files and IEC 62304 software records; closing session",
        ],
        ["Costs and booking, per delegate", "", "", ""],
    ]
    t = table(doc, rows)
    for r in (1, 5):
        merged = t.cell(r, 0).merge(t.cell(r, 3))
        merged.text = rows[r][0]
        for run in merged.paragraphs[0].runs:
            run.bold = True
    label = t.cell(8, 0).merge(t.cell(8, 1))
    label.text = rows[8][0]
    for run in label.paragraphs[0].runs:
        run.bold = True
    box = t.cell(8, 2).merge(t.cell(8, 3))
    box.text = "All amounts in Pakistani rupees:"
    inner = box.add_table(rows=6, cols=2)
    inner.style = "Table Grid"
    for i, (a, b) in enumerate(
        [
            ("Item", "Amount or date"),
            ("Tour package per delegate (twin share)", "PKR 175,000"),
            ("Single-room supplement", "PKR 32,000"),
            ("Deposit to hold a seat", "PKR 50,000, by 8 May 2073"),
            ("Balance of the package", "by 25 May 2073"),
            ("Seats per firm", "2 at most"),
        ]
    ):
        inner.cell(i, 0).text = a
        inner.cell(i, 1).text = b
    box.add_paragraph("The package covers hotels, ground transport, interpreters and site fees, not flights.")
    doc.add_heading("Cancellation", level=1)
    for text in [
        "A seat cancelled in writing by 8 May 2073 is refunded 80% of the package price.",
        "A seat cancelled between 9 May and 31 May 2073 is refunded 40%.",
        "No refund is made for a seat cancelled from 1 June 2073 onwards; a named colleague from the same firm may "
        "take the seat instead.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Booking", level=1)
    doc.add_paragraph(
        "Nominate delegates through the portal's audit-tour nomination form. Seats go to selected firms in the order "
        "in which deposits are received. Invitation letters for Chinese visas are issued by the Suzhou secretariat."
    )
    save_docx(doc, v.TOUR, "GMP Factory & Lab Audit Tour 2073", datetime.datetime(2073, 2, 20, 9, 0, 0))


# ============================================================================ Urdu fee and refund sheet (RTL Word)
def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    p_pr.insert_element_before(
        bidi, "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:outlineLvl"
    )
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


def ur_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("فارما پلس ۲۰۷۳ — شرکت کی فیس، اقساط اور رقم کی واپسی", style="Title"))
    rtl(doc.add_paragraph("پاکستان ہیلتھ سافٹ ویئر کونسل (PHSC)، کراچی — ۱۴ جنوری ۲۰۷۳"))
    rtl(
        doc.add_paragraph(
            "یہ ہدایات ان پاکستانی کمپنیوں کے لیے ہیں جو فارما پلس ۲۰۷۳ کے لیے منتخب ہوں گی۔ فیس درخواست کی تاریخ پر "
            "کل وقتی ملازمین کی تعداد سے طے ہوتی ہے، اور ہر حد میں دونوں سرے شامل ہیں: ۶۰ ملازمین والی کمپنی دوسری حد "
            "میں اور ۶۱ والی تیسری حد میں ہے۔"
        )
    )
    rtl(doc.add_heading("فیس کا جدول", level=1))
    rows = [
        ["کل وقتی ملازمین", "فیس (روپے)", "شامل نمائندے", "ادائیگی"],
        ["۱ تا ۱۵", "24,000", "۱", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۱۶ تا ۶۰", "52,000", "۲", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۶۱ تا ۲۵۰", "98,000", "۲", "دو اقساط: ۵۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۵۰٪ ۳۱ مئی ۲۰۷۳ تک"],
        [
            "۲۵۱ یا زیادہ",
            "1,85,000",
            "۳",
            "تین اقساط: ۴۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۳۰٪ ۳۱ مئی ۲۰۷۳ تک، ۳۰٪ ۳۱ جولائی ۲۰۷۳ تک",
        ],
    ]
    t = table(doc, rows)
    tbl_pr = t._tbl.tblPr
    tbl_pr.insert_element_before(
        OxmlElement("w:bidiVisual"),
        *("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd"),
        *("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    )
    for row in t.rows:
        for cell in row.cells:
            for cp in cell.paragraphs:
                rtl(cp)
    for text in [
        "شامل نمائندوں سے زائد ہر نمائندے کی فیس ۱۵,۰۰۰ روپے ہے۔",
        "درخواست جمع کراتے وقت پورٹل پر ۲,۵۰۰ روپے پروسیسنگ فیس ادا کی جاتی ہے۔",
        "جو کمپنی منتخب نہ ہو اس سے شرکت کی فیس نہیں لی جاتی۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("نام واپس لینے پر رقم کی واپسی", level=1))
    for text in [
        "منتخب کمپنی اگر ۱۵ مئی ۲۰۷۳ تک تحریری طور پر نام واپس لے تو شرکت کی پوری فیس واپس ہوگی۔",
        "۱۶ مئی سے ۲۰ جون ۲۰۷۳ تک نام واپس لینے پر شرکت کی فیس کا ۵۰ فیصد واپس ہوگا۔",
        "۲۰ جون ۲۰۷۳ کے بعد شرکت کی فیس کا کوئی حصہ واپس نہیں ہوگا۔",
        "پروسیسنگ فیس کسی صورت میں واپس نہیں ہوتی۔",
        "قسط وقت پر ادا نہ ہونے کی صورت میں کمپنی کا نام آڈٹ ٹور اور ایکسپو کی فہرست سے ہٹا دیا جائے گا۔",
    ]:
        rtl(doc.add_paragraph(text))
    save_docx(doc, v.UR_DOCX, "Pharma Pulse 2073 - fees, instalments, refunds (Urdu)", datetime.datetime(2073, 1, 14))


# ============================================================================ Chinese buyer guide (Word)
def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“医药脉动2073”中方采购方参与指南", style="Title")
    doc.add_paragraph("中巴生命科学数字化联盟秘书处（苏州）　2073年2月26日（已按第1号更正通知更新）")
    doc.add_heading("一、项目简介", level=1)
    doc.add_paragraph(
        "“医药脉动2073”（Pharma Pulse 2073）是中巴医药、实验室与生命科学软件合作项目，由巴基斯坦卫生软件理事会"
        "（PHSC，卡拉奇）与中巴生命科学数字化联盟（CPLDA，苏州）共同组织。项目帮助原料药生产企业、仿制药企业、"
        "CRO/CDMO、医疗器械企业、连锁药房、医院集团和生物医药产业园区，对接提供实验室信息管理系统（LIMS）、"
        "电子实验记录本、GMP质量管理、计算机化系统验证、药品追溯、药物警戒、临床试验电子数据采集、注册申报等软件"
        "和服务的巴方企业。"
    )
    doc.add_heading("二、重要日期（北京时间）", level=1)
    table(
        doc,
        [
            ["事项", "时间"],
            ["启动日（36家巴方企业现场及线上演示）", "2073年1月14日"],
            ["巴方企业申请截止", "2073年3月24日 20:00（原定3月10日，已按第1号更正通知延长）"],
            ["公布入选结果", "2073年4月22日"],
            ["接待考察的企业确认参访安排", "2073年5月10日前"],
            ["GMP工厂与实验室审计考察（苏州、泰州）", "2073年6月8日至12日"],
            ["中方配套资助申报", "2073年7月1日至8月15日"],
            ["采购方注册截止", "2073年8月20日"],
            ["成都医药与生命科学数字博览会（6号馆，巴基斯坦馆）", "2073年9月15日至18日"],
            ["采购方洽谈日", "2073年9月16日"],
        ],
    )
    doc.add_heading("三、采购方如何参与", level=1)
    for text in [
        "中方采购方注册免费。每家采购方在洽谈日最多可预约10场洽谈，每场25分钟，由联盟安排翻译。",
        "接待审计考察团的企业每批最多接待15人，请于2073年5月10日前向苏州办公室确认参访路线和防护要求。",
        "采购方与入选巴方企业签订付费试点合同后，可申请联盟配套资助，标准详见联盟发布的配套资助通知。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("四、联系方式", level=1)
    for text in [
        "苏州办公室（联盟秘书处）：suzhou@pharmapulse.example，电话 +86 512 5550 2073，工作时间为周一至周五9:00–17:30。",
        "成都联络处（博览会）：chengdu@pharmapulse.example，电话 +86 28 5550 2073。",
        "项目在北京、上海、广州、深圳、武汉均未设办公室，上述城市的采购方请联系苏州办公室。",
        "香港的采购方和经香港转机的代表可联系香港伙伴服务台，详见其繁体中文页面。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.ZH_DOCX, "Pharma Pulse 2073 buyer guide (Chinese)", datetime.datetime(2073, 2, 26, 9, 0, 0))


# ============================================================================ 6. Urdu helpline notice, UTF-16 LE with BOM
U16_TEXT = """\
فارما پلس ۲۰۷۳ — ہیلپ لائن اور تعطیلات کا اعلامیہ
پاکستان ہیلتھ سافٹ ویئر کونسل (PHSC)، کراچی — یکم مارچ ۲۰۷۳

ہیلپ لائن
ہیلپ لائن کا نمبر 0800-20730 ہے۔ پاکستان کے کسی بھی نمبر سے کال مفت ہے۔
عام اوقات: پیر سے جمعہ، صبح 9:00 سے شام 5:00 بجے تک (پاکستانی وقت)۔
درخواستوں کی مدت میں، یعنی ۱۴ جنوری سے ۲۴ مارچ ۲۰۷۳ تک، ہفتے کے دن بھی ہیلپ لائن صبح 10:00 سے دوپہر 2:00 بجے تک کھلی رہے گی۔ اتوار کو ہیلپ لائن بند رہتی ہے۔
ای میل: helpdesk@pharmapulse.example — جواب دو کاروباری دنوں کے اندر دیا جاتا ہے۔

تعطیلات ۲۰۷۳
ان دنوں میں کراچی، لاہور اور اسلام آباد کے دفاتر اور ہیلپ لائن بند رہیں گے:
یوم کشمیر: ۵ فروری
یوم پاکستان: ۲۳ مارچ
یوم مزدور: یکم مئی
یوم آزادی: ۱۴ اگست
عید الفطر (متوقع): ۲۴ تا ۲۶ اکتوبر
یوم اقبال: ۹ نومبر
یوم قائد: ۲۵ دسمبر
اسلامی تعطیلات کی حتمی تاریخیں چاند نظر آنے پر ویب سائٹ پر بتائی جائیں گی۔

چین کے دفاتر
سوژو کا دفتر اور چینگدو کا دفتر بہار کے تہوار (۶ سے ۱۲ فروری) اور قومی دن کی تعطیلات (۱ سے ۷ اکتوبر) میں بند رہیں گے۔
ہانگ کانگ کا پارٹنر ڈیسک صرف منگل اور جمعرات کو کھلتا ہے۔

بند دنوں میں آنے والی ای میلز کا جواب اگلے کاروباری دن سے دو کاروباری دنوں کے اندر دیا جائے گا۔
"""


def utf16_notice():
    (PROG / v.U16).write_bytes(b"\xff\xfe" + U16_TEXT.replace("\n", "\r\n").encode("utf-16-le"))


# ============================================================================ 7. Hong Kong partner desk, Big5
BIG5_PAGE = """\
<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="big5">
<title>醫藥脈動2073 香港夥伴服務台</title>
</head>
<body>
<div class="crumb">香港生命科技軟件商會 &gt; 會員服務 &gt; 醫藥脈動2073</div>
<h1>「醫藥脈動2073」香港夥伴服務台</h1>
<p>發佈：香港生命科技軟件商會　日期：2073年3月1日</p>

<h2>一、服務台是甚麼</h2>
<p>香港夥伴服務台由香港生命科技軟件商會代「醫藥脈動2073」營運，協助經香港轉機前往蘇州審計考察團或成都博覽會的巴基斯坦代表，以及有意參與項目的香港採購方。服務台不是項目辦事處，不收取參展費，亦不代辦內地簽證；內地簽證邀請函請向蘇州秘書處申請。</p>

<h2>二、服務時間及地址</h2>
<p>服務時間：逢星期二及星期四，上午10時至下午6時（香港時間），公眾假期休息。</p>
<p>地址：香港九龍灣宏光道88號12樓1203室（九龍灣港鐵站A出口步行約八分鐘）。</p>

<h2>三、服務項目及收費</h2>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>服務</th><th>收費</th><th>說明</th></tr>
<tr><td>文件翻譯及認證（英文譯繁體或簡體中文）</td><td>每頁港幣420元</td><td>五個工作天完成</td></tr>
<tr><td>加急翻譯認證</td><td>每頁港幣650元</td><td>三個工作天完成</td></tr>
<tr><td>成都博覽會展商證預先領取</td><td>免費</td><td>須於2073年9月10日或之前親臨領取</td></tr>
<tr><td>會議室借用（可容納八人）</td><td>每小時港幣300元</td><td>請最少兩天前預約</td></tr>
</table>
<p>收費以港幣計算，只接受轉數快或支票付款，恕不接受現金。</p>

<h2>四、聯絡方法</h2>
<p>電話：+852 3555 2073　電郵：hongkong@pharmapulse.example</p>
<p>如查詢報名、收費及資助，請聯絡卡拉奇的PHSC秘書處。</p>
<p class="foot">本頁由香港生命科技軟件商會維護，最後更新：2073年3月1日。</p>
</body>
</html>
"""


def big5_page():
    (PROG / v.BIG5).write_bytes(BIG5_PAGE.replace("\n", "\r\n").encode("big5"))


# ============================================================================ 8. offices page with invisible characters
NBH, NNBSP, THIN, ZWSP = "\u2011", "\u202f", "\u2009", "\u200b"


def phone(s):
    return s.replace(" ", NBH)


OFFICES_PAGE = f"""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pharma Pulse 2073 \u2014 Offices and contacts</title>
</head>
<body>
<nav><a href="/">Pharma Pulse 2073</a> / Contacts</nav>
<h1>Offices and contacts</h1>
<p>Pharma Pulse 2073 is run from three Pakistani offices of the Pakistan Health-Software Council (PHSC) and two
Chinese offices of the China-Pakistan Life-Sciences Digital Alliance (CPLDA). A Hong Kong partner desk helps
delegates travelling through Hong Kong.</p>

<h2>Helpline</h2>
<p>Helpline (toll-free in Pakistan): <strong>{phone("0800 20730")}</strong>, Monday to Friday 9:00\u201317:00 PKT.
E-mail: help{ZWSP}desk@pharmapulse.example.</p>

<h2>Pakistan</h2>
<table>
<tr><th>Office</th><th>Address</th><th>Phone</th><th>E-mail</th></tr>
<tr><td>Karachi (head office, PHSC secretariat)</td><td>Plot 14, Block 6, PECHS, Karachi</td><td>{phone("+92 21 3455 2073")}</td><td>karachi@{ZWSP}pharmapulse.example</td></tr>
<tr><td>Lahore desk</td><td>3rd floor, 27 Davis Road, Lahore</td><td>{phone("+92 42 3577 2073")}</td><td>lahore@{ZWSP}pharmapulse.example</td></tr>
<tr><td>Islamabad desk</td><td>Office 9, Blue Area, Jinnah Avenue, Islamabad</td><td>{phone("+92 51 2866 2073")}</td><td>islamabad@{ZWSP}pharmapulse.example</td></tr>
</table>
<p>There is no office in Peshawar, Quetta, Multan, Faisalabad or Hyderabad. Firms in Peshawar contact the
Islamabad desk; firms in Quetta and Hyderabad contact the Karachi office; firms in Multan and Faisalabad contact
the Lahore desk.</p>

<h2>China and Hong Kong</h2>
<table>
<tr><th>Office</th><th>Phone</th><th>E-mail</th></tr>
<tr><td>Suzhou (CPLDA secretariat: buyers, audit tour, visa invitation letters)</td><td>{phone("+86 512 5550 2073")}</td><td>suzhou@pharmapulse.example</td></tr>
<tr><td>Chengdu (liaison office: the expo)</td><td>{phone("+86 28 5550 2073")}</td><td>chengdu@pharmapulse.example</td></tr>
<tr><td>Hong Kong partner desk (Tuesdays and Thursdays only)</td><td>{phone("+852 3555 2073")}</td><td>hongkong@pharmapulse.example</td></tr>
</table>
<p>The programme has no office in Beijing, Shanghai, Guangzhou, Shenzhen or Wuhan; buyers there contact the
Suzhou office.</p>

<h2>Desk services at programme rates (Karachi office)</h2>
<p>The Karachi office offers these services to selected firms. They are eligible under grant Window A at the
rates shown.</p>
<ul>
<li>Certified translation of company documents, English to Chinese: PKR 3{NNBSP}200 per page.</li>
<li>Notarisation and legalisation assistance for Chinese tenders: PKR <b>4</b>,800 per document.</li>
<li>Mandarin\u2013English interpreter for buyer video calls: PKR 6{THIN}500 per hour.</li>
<li>Courier of original documents to the Suzhou office: PKR <b>11</b>,400 per parcel.</li>
<li>Review of Chinese-language pharmaco&shy;vigilance and label texts by a pharmacist: PKR 9{NNBSP}500 per product.</li>
</ul>
<p>Long words on this page may break at soft hyphens on small screens: inter&shy;operability,
pharmaco&shy;vigilance, pharmaco&shy;economics, bio&shy;informatics.</p>

<footer><p>PHSC secretariat, Karachi \u00b7 page updated 1 March 2073</p></footer>
</body>
</html>
"""


def offices_page():
    (PROG / v.OFFICES).write_text(OFFICES_PAGE, encoding="utf-8", newline="\n")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched
D = [
    (
        "PK-001",
        "Crescent LIMS (Pvt) Ltd",
        "新月实验室系统",
        "Karachi",
        2006,
        310,
        "LIMS implementation;laboratory information management system (LIMS) for QC labs;"
        "chromatography data system integration;instrument interfacing",
        "pharmaceutical manufacturing;contract laboratories",
        "Java;PostgreSQL;Empower SDK",
        "ISO 9001;ISO 27001",
        "English;Urdu;Mandarin",
        "Implements LIMS for quality-control laboratories of tablet and injectable plants and connects them to "
        "chromatography data systems.",
        "为药厂质量控制实验室实施LIMS，并与色谱数据系统对接。",
        "crescentlims",
        "yes",
    ),
    (
        "PK-002",
        "Crescent Pharma Systems",
        "新月医药系统",
        "Lahore",
        2014,
        85,
        "pharmacy POS;chain inventory management;expiry-date tracking;drug store ERP",
        "retail pharmacy",
        "Flutter;Node.js;MySQL",
        "ISO 9001",
        "English;Urdu",
        "Point-of-sale and stock software for pharmacy chains in Punjab, with expiry tracking by batch.",
        "为旁遮普省连锁药房提供收银和库存软件，可按批号跟踪效期。",
        "crescentpharma",
        "no",
    ),
    (
        "PK-003",
        "Indus Helix Bio",
        "印度河螺旋生物",
        "Islamabad",
        2019,
        22,
        "bioinformatics pipelines;NGS data analysis;variant calling (GATK);genomics data platform",
        "genomics;hospitals",
        "Python;Nextflow;AWS",
        "none",
        "English;Urdu",
        "A small team of bioinformaticians that builds sequencing pipelines for hospital genetics units.",
        "",
        "indushelixbio",
        "no",
    ),
    (
        "PK-004",
        "Indus Helix Analytics",
        "印度河螺旋分析",
        "Karachi",
        2012,
        140,
        "statistical programming (SAS);CDISC SDTM mapping;ADaM datasets;TLF generation;biostatistics consulting",
        "CROs;clinical research",
        "SAS;R;Pinnacle 21",
        "ISO 27001",
        "English;Urdu",
        "Statistical programmers and biostatisticians who deliver CDISC datasets and tables for sponsors and CROs.",
        "为申办方和CRO提供CDISC数据集和统计图表。",
        "indushelixanalytics",
        "yes",
    ),
    (
        "PK-005",
        "Formula (Pvt) Ltd",
        "",
        "Lahore",
        2016,
        38,
        "hospital formulary management;e-prescribing;drug-interaction checking;antimicrobial stewardship dashboards",
        "hospitals;hospital groups",
        "C#;.NET;SQL Server",
        "ISO 27001",
        "English;Urdu",
        "Formula builds formulary and e-prescribing software for teaching hospitals, with interaction alerts.",
        "",
        "formula",
        "no",
    ),
    (
        "PK-006",
        "Margalla Validation Services",
        "马尔加拉验证服务",
        "Islamabad",
        2005,
        120,
        "computer system validation (CSV);GAMP 5 validation;21 CFR Part 11 audit trail review;"
        "IQ/OQ/PQ protocol writing;data integrity (ALCOA+) assessments",
        "pharmaceutical manufacturing;biotech",
        "ValGenesis;Kneat",
        "ISO 9001",
        "English;Urdu",
        "Validation engineers who qualify computerised systems in GMP plants and review Part 11 audit trails.",
        "为GMP工厂做计算机化系统验证和审计追踪审查。",
        "margallavalidation",
        "yes",
    ),
    (
        "PK-007",
        "Margalla Med Devices Software",
        "马尔加拉医疗器械软件",
        "Rawalpindi",
        2013,
        64,
        "medical device software (IEC 62304);SaMD development;embedded firmware for infusion pumps;"
        "device cybersecurity documentation",
        "medical devices",
        "C;C++;FreeRTOS",
        "ISO 13485",
        "English;Urdu",
        "Writes embedded and standalone medical-device software under an ISO 13485 quality system.",
        "按ISO 13485体系开发嵌入式及独立医疗器械软件。",
        "margallameddevices",
        "no",
    ),
    (
        "PK-008",
        "SafeDose Vigilance (Pvt) Ltd",
        "安剂警戒",
        "Karachi",
        2017,
        28,
        "pharmacovigilance case processing;ICSR intake (E2B R3);literature screening for adverse events",
        "pharmaceutical manufacturing",
        "Python;Argus Safety",
        "ISO 27001",
        "English;Urdu",
        "Processes adverse-event cases for generic-drug makers and screens medical literature every week.",
        "为仿制药企业处理不良事件个例报告。",
        "safedose",
        "no",
    ),
    (
        "PK-009",
        "Trackwise Serial (Pvt) Ltd",
        "追踪序列",
        "Lahore",
        2010,
        210,
        "drug serialisation;GS1 DataMatrix printing and verification;aggregation (case/pallet);"
        "track-and-trace reporting to regulators",
        "pharmaceutical manufacturing;packaging",
        "C#;Siemens PLC;SQL Server",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "Serialisation and aggregation software for packaging lines, from code printing to regulator reports.",
        "为包装线提供药品序列化和赋码关联软件。",
        "trackwiseserial",
        "yes",
    ),
    (
        "PK-010",
        "ColdTrace Systems",
        "冷迹系统",
        "Karachi",
        2018,
        45,
        "cold-chain data loggers;vaccine temperature monitoring;cloud dashboards for cold rooms",
        "vaccines;public health;distributors",
        "ESP32;LoRaWAN;Azure IoT",
        "",
        "English;Urdu",
        "Designs data loggers and a cloud dashboard that watch vaccine fridges and cold rooms.",
        "设计数据记录仪和云看板，监测疫苗冰箱和冷库温度。",
        "coldtrace",
        "no",
    ),
    (
        "PK-011",
        "Ravi Clinical Data",
        "拉维临床数据",
        "Lahore",
        2008,
        180,
        "EDC (electronic data capture);eCRF design;CTMS;clinical data management",
        "CROs;hospitals",
        "Java;Oracle",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Runs electronic data capture and clinical data management for investigator-led and sponsored trials.",
        "为研究者发起和申办方试验提供电子数据采集和数据管理。",
        "raviclinical",
        "yes",
    ),
    (
        "PK-012",
        "MedRep Buddy",
        "医药代表助手",
        "Lahore",
        2020,
        16,
        "chatbot for medical representatives;product detailing app;call planning for reps",
        "pharma sales",
        "Rasa;Flutter;Firebase",
        "none",
        "English;Urdu",
        "A chatbot that answers medical representatives' product questions in Urdu and English before doctor visits.",
        "",
        "medrepbuddy",
        "yes",
    ),
    (
        "PK-013",
        "Detailer AI Labs",
        "",
        "Lahore",
        2021,
        9,
        "conversational AI for pharma sales teams;Urdu voice bot;sales force automation (SFA)",
        "pharma sales",
        "Python;Whisper;LangChain",
        "none",
        "English;Urdu;Punjabi",
        "Builds voice and text assistants for field sales teams of pharmaceutical companies.",
        "",
        "detailerai",
        "no",
    ),
    (
        "PK-014",
        "Batchline Automation (Pvt) Ltd",
        "批次线自动化",
        "Lahore",
        2009,
        260,
        "MES for tablet lines;electronic batch records (EBR);weighing and dispensing integration;OEE dashboards",
        "pharmaceutical manufacturing",
        "C#;OPC UA;Rockwell",
        "ISO 9001",
        "English;Urdu",
        "MES and electronic batch records for oral-solid-dosage plants, linked to scales and line equipment.",
        "为口服固体制剂工厂提供MES和电子批记录。",
        "batchline",
        "yes",
    ),
    (
        "PK-015",
        "Lyallpur Process Systems",
        "莱亚尔普尔流程系统",
        "Faisalabad",
        2015,
        70,
        "manufacturing execution system (MES);eBMR for oral solid dosage;SCADA for granulation",
        "pharmaceutical manufacturing;textiles",
        "Ignition;Python;SQL Server",
        "",
        "English;Urdu",
        "Process-automation engineers who moved from textile mills to tablet plants.",
        "",
        "lyallpurprocess",
        "no",
    ),
    (
        "PK-016",
        "DossierCraft (Pvt) Ltd",
        "卷宗工坊",
        "Karachi",
        2011,
        95,
        "eCTD publishing;DRAP dossier preparation;NMPA dossier translation;regulatory information management (RIM)",
        "regulatory affairs",
        "docuBridge;Java",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Publishes eCTD sequences and prepares registration dossiers for DRAP and the NMPA.",
        "为DRAP和NMPA准备注册资料并发布eCTD。",
        "dossiercraft",
        "yes",
    ),
    (
        "PK-017",
        "Systems Nexus Pakistan",
        "系统枢纽巴基斯坦",
        "Karachi",
        1998,
        2300,
        "SAP S/4HANA for pharma;eCTD regulatory submissions;GxP cloud hosting;managed services;data warehousing",
        "pharmaceutical manufacturing;healthcare;banking",
        "SAP;Azure;Oracle",
        "ISO 27001;ISO 9001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "A large IT services group with a life-sciences unit for SAP, regulatory submissions and GxP hosting.",
        "大型IT服务集团，设有生命科学事业部。",
        "systemsnexus",
        "yes",
    ),
    (
        "PK-018",
        "Qalam Medical Writers",
        "笔医学写作",
        "Lahore",
        2015,
        24,
        "medical writing;clinical study report writing;regulatory translation (English–Chinese);"
        "patient information leaflets in Urdu",
        "pharmaceutical manufacturing;CROs",
        "MS Word;Trados",
        "none",
        "English;Urdu;Mandarin",
        "Medical writers and translators who draft study reports and leaflets in English, Urdu and Chinese.",
        "撰写临床研究报告并翻译说明书。",
        "qalammedical",
        "no",
    ),
    (
        "PK-019",
        "Zuban Life-Science Translations",
        "语言生命科学翻译",
        "Islamabad",
        2012,
        14,
        "medical translation;label and leaflet translation (Urdu, Mandarin);医学翻译;"
        "linguistic validation of PRO questionnaires",
        "pharmaceutical manufacturing;CROs",
        "memoQ",
        "ISO 17100",
        "English;Urdu;Mandarin;Pashto",
        "Translates labels, leaflets and patient questionnaires and checks them with patients.",
        "",
        "zuban",
        "no",
    ),
    (
        "PK-020",
        "QualiGxP Solutions",
        "质控GxP解决方案",
        "Karachi",
        2007,
        150,
        "eQMS;CAPA management;deviation management;change control software;GMP training records",
        "pharmaceutical manufacturing;medical devices",
        ".NET;Angular;SQL Server",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "An electronic quality-management suite for GMP plants: deviations, CAPA, change control and training.",
        "面向GMP工厂的电子质量管理系统。",
        "qualigxp",
        "yes",
    ),
    (
        "PK-021",
        "Compliance Cube",
        "合规魔方",
        "Lahore",
        2018,
        33,
        "QMS (GxP) for small labs;document control for GMP;supplier qualification;internal audit app",
        "contract laboratories;pharmaceutical manufacturing",
        "Django;React",
        "ISO 9001",
        "English;Urdu",
        "A lightweight quality system for small laboratories and contract manufacturers.",
        "",
        "compliancecube",
        "no",
    ),
    (
        "PK-022",
        "Chenab Health IT",
        "杰纳布医疗信息",
        "Multan",
        2004,
        410,
        "hospital information system;electronic prescribing (CPOE);pharmacy dispensing;clinical decision support",
        "hospitals",
        "Java;HL7 FHIR;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu;Saraiki",
        "Hospital information systems for public and private hospitals in southern Punjab.",
        "为南旁遮普的医院提供医院信息系统。",
        "chenabhealth",
        "yes",
    ),
    (
        "PK-023",
        "RxLink (Pvt) Ltd",
        "",
        "Peshawar",
        2019,
        19,
        "e-prescription app;pharmacy order routing;refill reminders",
        "clinics;retail pharmacy",
        "Kotlin;Firebase",
        "none",
        "English;Urdu;Pashto",
        "An app that sends doctors' prescriptions to nearby pharmacies and reminds patients to refill.",
        "",
        "rxlink",
        "no",
    ),
    (
        "PK-024",
        "Sehat Stores Tech",
        "健康药店科技",
        "Karachi",
        2013,
        58,
        "point-of-sale for pharmacies;chain pharmacy inventory;loyalty programme;purchase forecasting",
        "retail pharmacy",
        "C#;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Point-of-sale and inventory software for pharmacy chains in Sindh.",
        "为信德省连锁药房提供收银和库存软件。",
        "sehatstores",
        "yes",
    ),
    (
        "PK-025",
        "Dawa POS",
        "药品收银",
        "Hyderabad",
        2017,
        12,
        "pharmacy POS (Android);FBR-integrated invoicing;stock reorder alerts",
        "retail pharmacy",
        "Kotlin;SQLite",
        "none",
        "English;Urdu;Sindhi",
        "An Android point-of-sale for independent pharmacies with tax-authority invoicing.",
        "",
        "dawapos",
        "yes",
    ),
    (
        "PK-026",
        "LabNote Studio",
        "实验笔记工作室",
        "Islamabad",
        2019,
        11,
        "electronic lab notebook (ELN);sample registration;reagent inventory",
        "academic labs;biotech",
        "TypeScript;PostgreSQL",
        "none",
        "English;Urdu",
        "An electronic lab notebook for university and biotech laboratories.",
        "",
        "labnote",
        "no",
    ),
    (
        "PK-027",
        "BenchBook Labs",
        "台账实验室",
        "Karachi",
        2021,
        7,
        "ELN for R&D chemistry;stability study tracking;LIMS-lite for start-ups",
        "biotech;contract laboratories",
        "Vue.js;Supabase",
        "",
        "English;Urdu",
        "A young team that builds a notebook and a light LIMS for small research laboratories.",
        "",
        "benchbook",
        "no",
    ),
    (
        "PK-028",
        "Sindh Genome Works",
        "信德基因组",
        "Karachi",
        2016,
        31,
        "single-cell RNA-seq analysis;bioinformatics consulting;genomics data platform;生物信息分析",
        "genomics;academic research",
        "R;Seurat;Snakemake",
        "none",
        "English;Urdu",
        "Analyses genomic and single-cell data for research groups and hospital laboratories.",
        "",
        "sindhgenome",
        "no",
    ),
    (
        "PK-029",
        "Helix Cloud Genomics",
        "螺旋云基因组",
        "Lahore",
        2014,
        55,
        "NGS pipeline hosting;variant interpretation reports",
        "hospitals;diagnostic laboratories",
        "AWS;Nextflow;Go",
        "ISO 27001",
        "English;Urdu",
        "Hosts sequencing pipelines and writes variant reports for diagnostic laboratories.",
        "",
        "helixcloud",
        "no",
    ),
    (
        "PK-030",
        "TrialSphere (Pvt) Ltd",
        "试验球",
        "Karachi",
        2010,
        230,
        "clinical trial management system (CTMS);eTMF;site payments;investigator portal",
        "CROs;pharmaceutical manufacturing",
        "Java;Angular;Azure",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Trial management software and an electronic trial master file used by CROs in South Asia.",
        "为南亚CRO提供临床试验管理和电子试验主文件系统。",
        "trialsphere",
        "yes",
    ),
    (
        "PK-031",
        "eCRF Factory",
        "电子病例报告表工厂",
        "Islamabad",
        2018,
        26,
        "electronic data capture;ePRO/eCOA apps;randomisation and trial supply (RTSM)",
        "CROs;academic trials",
        "Python;React Native",
        "none",
        "English;Urdu",
        "Builds eCRFs, patient-reported-outcome apps and randomisation for academic and sponsored trials.",
        "",
        "ecrffactory",
        "no",
    ),
    (
        "PK-032",
        "Karakoram Data Sciences",
        "喀喇昆仑数据科学",
        "Islamabad",
        2009,
        125,
        "R programming for biostatistics;SDTM/ADaM conversion;statistical analysis plans;EDC build (Medidata Rave)",
        "CROs",
        "R;SAS;Medidata Rave",
        "ISO 27001",
        "English;Urdu",
        "Biostatistics, CDISC conversion and EDC study builds for CROs.",
        "为CRO提供生物统计、CDISC转换和EDC搭建。",
        "karakoramdata",
        "yes",
    ),
    (
        "PK-033",
        "Sigma Stats Outsourcing",
        "西格玛统计外包",
        "Lahore",
        2017,
        18,
        "SAS programming;TLF programming;Define-XML",
        "CROs",
        "SAS",
        "none",
        "English;Urdu",
        "A small SAS programming shop working for CROs.",
        "",
        "sigmastats",
        "no",
    ),
    (
        "PK-034",
        "VaxWatch IoT",
        "疫苗守望物联网",
        "Islamabad",
        2020,
        13,
        "temperature monitoring for vaccine fridges;cold-chain alerts via SMS;EPI dashboards",
        "public health;vaccines",
        "Arduino;GSM;Grafana",
        "none",
        "English;Urdu;Pashto",
        "SMS alarms and dashboards for vaccine fridges in district stores of the immunisation programme.",
        "",
        "vaxwatch",
        "yes",
    ),
    (
        "PK-035",
        "Frost Line Logistics Software",
        "霜线物流软件",
        "Karachi",
        2003,
        160,
        "cold chain IoT sensors;temperature mapping studies;warehouse management for distributors",
        "distributors;logistics",
        "Java;MQTT;Oracle",
        "ISO 9001",
        "English;Urdu",
        "Warehouse software and temperature sensors for pharmaceutical distributors.",
        "为医药分销商提供仓储软件和温度传感器。",
        "frostline",
        "yes",
    ),
    (
        "PK-036",
        "SafeSignal Pharmacovigilance",
        "安全信号药物警戒",
        "Lahore",
        2011,
        190,
        "signal detection;PV safety database hosting;aggregate reports (PSUR/PBRER)",
        "pharmaceutical manufacturing",
        "Oracle;Python;Argus",
        "ISO 27001",
        "English;Urdu",
        "Hosts safety databases and writes periodic safety reports for marketing-authorisation holders.",
        "托管安全性数据库并撰写定期安全性报告。",
        "safesignal",
        "no",
    ),
    (
        "PK-037",
        "Adverse Desk",
        "",
        "Multan",
        2022,
        4,
        "adverse-event reporting app for hospitals;drug safety call centre",
        "hospitals",
        "Laravel;Twilio",
        "none",
        "English;Urdu;Saraiki",
        "A four-person start-up whose app lets hospital staff report adverse drug events.",
        "",
        "adversedesk",
        "no",
    ),
    (
        "PK-038",
        "Pak Serial Codes",
        "巴克序列码",
        "Karachi",
        2016,
        40,
        "serialization & aggregation;GS1 barcode verification;line integration for packaging",
        "packaging",
        "C++;Cognex;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Code verification and aggregation stations for blister and carton lines.",
        "",
        "pakserial",
        "no",
    ),
    (
        "PK-039",
        "TraceRx Pakistan",
        "溯药巴基斯坦",
        "Islamabad",
        2012,
        88,
        "track & trace for pharma;DRAP serialisation reporting;追溯码 integration",
        "pharmaceutical manufacturing;distributors",
        "Java;Kafka;PostgreSQL",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Track-and-trace platform that reports serialised packs to the regulator and links Chinese trace codes.",
        "药品追溯平台，可对接中国药品追溯码。",
        "tracerx",
        "yes",
    ),
    (
        "PK-040",
        "Mehran LIMS Works",
        "梅兰实验室系统",
        "Karachi",
        2019,
        21,
        "lab information management for hospital pathology;sample barcode labelling;HL7 interfaces",
        "hospitals;diagnostic laboratories",
        "C#;HL7 v2;SQL Server",
        "none",
        "English;Urdu;Sindhi",
        "Laboratory software for pathology departments, from sample labels to analyser interfaces.",
        "",
        "mehranlims",
        "no",
    ),
    (
        "PK-041",
        "Punjab Lab Systems",
        "旁遮普实验室系统",
        "Lahore",
        2002,
        75,
        "LIMS for food and drug testing labs;ISO 17025 lab accreditation support;instrument calibration records",
        "testing laboratories;regulators",
        "PHP;MySQL",
        "ISO 9001",
        "English;Urdu",
        "LIMS for public and private drug-testing laboratories, with calibration records.",
        "为药品检验实验室提供LIMS。",
        "punjablab",
        "yes",
    ),
    (
        "PK-042",
        "Validata Partners",
        "验证数据伙伴",
        "Karachi",
        2001,
        48,
        "CSV/CSA consulting;Part-11 compliance remediation;validation of spreadsheets and lab systems",
        "pharmaceutical manufacturing",
        "Excel;Kneat",
        "",
        "English;Urdu",
        "Consultants who validate computerised systems and fix Part 11 gaps in older plants.",
        "",
        "validata",
        "yes",
    ),
    (
        "PK-043",
        "NovaCure Device Labs",
        "新愈器械实验室",
        "Islamabad",
        2016,
        52,
        "ISO 13485 QMS consulting;SaMD regulatory documentation;usability engineering (IEC 62366)",
        "medical devices",
        "Jama;Python",
        "ISO 13485;ISO 9001",
        "English;Urdu",
        "Helps device makers build ISO 13485 quality systems and document software as a medical device.",
        "帮助器械企业建立ISO 13485质量体系。",
        "novacure",
        "no",
    ),
    (
        "PK-044",
        "Quaid Health Apps",
        "奎德健康应用",
        "Quetta",
        2018,
        10,
        "mobile app development;telepharmacy app;UI/UX design",
        "clinics;retail pharmacy",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Pashto;Balochi",
        "A small mobile studio that built a telepharmacy app for Balochistan.",
        "",
        "quaidhealth",
        "no",
    ),
    (
        "PK-045",
        "Khyber Cloud Works",
        "开伯尔云",
        "Peshawar",
        2014,
        36,
        "cloud migration;Power BI dashboards for sales;penetration testing;GxP cloud qualification",
        "pharmaceutical distribution;healthcare",
        "Azure;Power BI;Kali Linux",
        "ISO 27001",
        "English;Urdu;Pashto",
        "Cloud and security engineers for distributors and hospitals in Khyber Pakhtunkhwa.",
        "",
        "khybercloud",
        "no",
    ),
    (
        "PK-046",
        "Bolan Analytics",
        "博兰分析",
        "Hyderabad",
        2010,
        67,
        "sales analytics for pharma distributors;CRM for medical reps;data warehousing for distributors;"
        "territory mapping",
        "pharmaceutical distribution",
        "Snowflake;Tableau;Salesforce",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Sales analytics and CRM for distributors and their medical representatives.",
        "为分销商和医药代表提供销售分析和CRM。",
        "bolananalytics",
        "yes",
    ),
    (
        "CN-001",
        "Jiangnan Pharmaceutical Chemicals Co., Ltd.",
        "江南药化有限公司",
        "Suzhou",
        1996,
        1800,
        "API manufacturing (原料药);pharmaceutical intermediates;custom synthesis",
        "active pharmaceutical ingredients",
        "SAP;LabWare",
        "GMP (NMPA);ISO 14001",
        "Mandarin;English",
        "Makes active pharmaceutical ingredients and intermediates for generic-drug makers in Asia.",
        "为亚洲仿制药企业生产原料药和中间体。",
        "jiangnanchem",
        "no",
    ),
    (
        "CN-002",
        "Suzhou Kangyuan Clinical Research",
        "苏州康源医药研究",
        "Suzhou",
        2008,
        620,
        "clinical CRO services;EDC hosting for sponsors;site management (SMO)",
        "clinical research",
        "Medidata;Veeva",
        "ISO 27001",
        "Mandarin;English",
        "A clinical CRO that runs phase I to IV trials and hosts EDC studies for sponsors.",
        "开展I至IV期临床试验并为申办方托管EDC。",
        "kangyuancro",
        "no",
    ),
    (
        "CN-003",
        "Suzhou BioHarbour Park Operations",
        "苏州生物港园区运营",
        "Suzhou",
        2011,
        140,
        "biotech park operation;shared GMP pilot plant;incubator services",
        "biotech parks",
        "",
        "",
        "Mandarin;English",
        "Operates a biotech park with a shared GMP pilot plant and an incubator.",
        "运营生物医药产业园区及共享GMP中试车间。",
        "bioharbour",
        "no",
    ),
    (
        "CN-004",
        "Taizhou Huakang Generics",
        "泰州华康制药",
        "Taizhou",
        2002,
        2600,
        "generic drug manufacturing;tablet and capsule production;drug serialisation (追溯码)",
        "generic drugs",
        "SAP;Siemens",
        "GMP (NMPA)",
        "Mandarin",
        "A generic-drug maker with serialised tablet and capsule lines.",
        "拥有赋码追溯的片剂和胶囊生产线。",
        "huakanggenerics",
        "no",
    ),
    (
        "CN-005",
        "Linhai Antibiotic API Works",
        "临海抗生素原料药厂",
        "Taizhou",
        1992,
        1450,
        "API manufacturer for antibiotics;active pharmaceutical ingredient export",
        "active pharmaceutical ingredients",
        "",
        "GMP (NMPA);EU GMP",
        "Mandarin;English",
        "Produces antibiotic APIs for export to South Asia and Africa.",
        "生产出口南亚和非洲的抗生素原料药。",
        "linhaiapi",
        "no",
    ),
    (
        "CN-006",
        "Shijiazhuang Everpure Pharma",
        "石家庄恒纯药业",
        "Shijiazhuang",
        1994,
        3100,
        "原料药 (API) manufacturing;vitamin C and antibiotics;generic injectables",
        "active pharmaceutical ingredients;generic drugs",
        "SAP",
        "GMP (NMPA)",
        "Mandarin",
        "A large maker of vitamin and antibiotic ingredients and generic injectables.",
        "",
        "everpure",
        "no",
    ),
    (
        "CN-007",
        "Chengdu Rongkang Pharmacy Chain",
        "成都蓉康大药房连锁",
        "Chengdu",
        2005,
        4200,
        "retail pharmacy chain (连锁药房);pharmacy POS rollout;membership programme",
        "pharmacy chain",
        "Kingdee;WeChat Mini Programs",
        "GSP",
        "Mandarin",
        "Runs more than 900 pharmacies in Sichuan and is replacing its store systems.",
        "在四川经营900多家门店。",
        "rongkang",
        "no",
    ),
    (
        "CN-008",
        "Wuhan Jiuzhou Drugstores",
        "武汉九洲药房",
        "Wuhan",
        2010,
        900,
        "drugstore chain operations;chain inventory replenishment;e-prescription fulfilment",
        "pharmacy chain;online pharmacy",
        "Alibaba Cloud",
        "GSP",
        "Mandarin",
        "A drugstore chain in Hubei that fills online prescriptions.",
        "湖北连锁药房，承接网售处方。",
        "jiuzhou",
        "no",
    ),
    (
        "CN-009",
        "Hangzhou Meditech Devices",
        "杭州医创器械",
        "Hangzhou",
        2009,
        750,
        "infusion pump manufacturing;patient monitors;医疗器械软件外包",
        "medical devices",
        "C;Qt",
        "ISO 13485",
        "Mandarin;English",
        "Makes infusion pumps and patient monitors and outsources part of its device software.",
        "",
        "meditechhz",
        "no",
    ),
    (
        "CN-010",
        "Shenzhen CoolSense Technology",
        "深圳酷感科技",
        "Shenzhen",
        2017,
        85,
        "冷链温度记录仪;RFID temperature tags;cold-chain monitoring cloud",
        "vaccines;logistics",
        "NB-IoT;Alibaba Cloud",
        "ISO 9001",
        "Mandarin;English",
        "Makes temperature loggers and RFID tags for vaccine and biologics shipments.",
        "生产疫苗和生物制品运输用温度记录仪。",
        "coolsense",
        "no",
    ),
    (
        "CN-011",
        "Guangzhou Huaxin Hospital Group",
        "广州华信医院集团",
        "Guangzhou",
        1999,
        5200,
        "hospital group operations;hospital formulary procurement;smart pharmacy automation",
        "hospital groups",
        "Winning Health",
        "JCI",
        "Mandarin;Cantonese",
        "A group of 14 hospitals that buys pharmacy and formulary software centrally.",
        "",
        "huaxinhospital",
        "no",
    ),
    (
        "CN-012",
        "Chengdu Tianyi Regulatory Software",
        "成都天翼监管软件",
        "Chengdu",
        2013,
        210,
        "software for provincial medical products administrations;药品追溯平台;inspection apps",
        "regulators",
        "Java;Huawei Cloud",
        "ISO 9001",
        "Mandarin",
        "Builds inspection and traceability systems for provincial medical-products administrations.",
        "为省级药品监管部门开发检查和追溯系统。",
        "tianyireg",
        "no",
    ),
    (
        "CN-013",
        "Shanghai Genecore CDMO",
        "上海基核生物",
        "Shanghai",
        2015,
        1300,
        "CDMO for biologics;cell line development;NGS-based QC testing",
        "biologics;CDMO",
        "",
        "GMP (NMPA);ISO 9001",
        "Mandarin;English",
        "A biologics CDMO that develops cell lines and tests products with sequencing-based methods.",
        "",
        "genecore",
        "no",
    ),
    (
        "CN-014",
        "Hangzhou Qiming Lab Software",
        "杭州启明实验室软件",
        "Hangzhou",
        2019,
        60,
        "电子实验记录本 (ELN);实验室信息管理系统;scientific data management",
        "biotech;CROs",
        "Java;Vue.js",
        "ISO 27001",
        "Mandarin",
        "Sells a Chinese-language lab notebook and LIMS to biotech companies and CROs.",
        "",
        "qiminglab",
        "no",
    ),
]
MAILBOX = ["partnerships", "info", "hello", "bd", "sales"]


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
STAFF = ["helpdesk@pharmapulse.example", "0800-20730"]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hey who organised that feb 2022 shanghai webinar that pharma pulse came out of?",
        [v.OVERVIEW],
        [
            "Trade Development Authority",
            "TDAP",
            "Consulate General of Pakistan in Shanghai",
            "Software Business Union of Shanghai",
            "Shanghai Software Industry Association",
        ],
        "real 2022 webinar facts, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "we are 40 people in Quetta and want to send 3 delegates. whats our total partcipation fee? "
        "also do u have an office in quetta",
        [v.CALL, v.UR_DOCX, v.OFFICES],
        [],
        "computed: 16-60 band PKR 52,000 with 2 delegates + 1 extra at the footnoted PKR 15,000; asker's own "
        "situation; second question answered by the offices page (no Quetta office, contact Karachi)",
    ),
    (
        "en-03",
        P,
        "how long is the online demo for shortlisted firms and on which dates?",
        [v.CALL],
        ["15-minute", "7 and 11 April 2073", "7 - 11 April 2073"],
        "fact in a PDF sentence whose words are hyphenated across line ends (demonstra-/tion)",
    ),
    (
        "en-04",
        P,
        "by when do we pay the audit tour deposit? the pdf calendar is cut across two pages",
        [v.CALL, v.TOUR],
        ["8 May 2073"],
        "fact in the second part of the PDF table continued across a page break (header row repeated)",
    ),
    (
        "en-05",
        P,
        "window C pilot grant: max per firm and what % of costs?",
        [v.GRANTS],
        ["PKR 1,800,000", "1,800,000"],
        "cap sits only in a Word DOCPROPERTY complex field's cached result",
    ),
    (
        "en-06",
        P,
        "window B cap is 900k right? we want it for CSV validation of our LIMS",
        [v.CORR, v.GRANTS],
        ["PKR 1,100,000", "1,100,000"],
        "stale: the grant windows document still prints PKR 900,000; Corrigendum No. 1 raised it",
    ),
    (
        "en-07",
        P,
        "corner booth at the chengdu expo - price and book-by date?",
        [v.EXPO],
        ["275,000", "10 July 2073"],
        "book-by date lives in a rowspan cell that starts on the row above (th scope=row headers)",
    ),
    (
        "en-08",
        P,
        "what documents are mandatory on the portal? is the DRAP licence letter required?",
        [v.PORTAL],
        ["SECP certificate of incorporation", "NTN certificate", "Payroll summary"],
        "Markdown task list: ticked items are required, unticked only if applicable",
    ),
    (
        "en-09",
        P,
        "we're about 120 staff and might have to withdraw on 1 june. how much of the participation fee do we get back?",
        [v.CALL, v.UR_DOCX],
        [],
        "computed: 61-250 band PKR 98,000; withdrawal between 16 May and 20 June refunds 50%",
    ),
    (
        "en-10",
        P,
        "whats the minimum score to be selected? how many points for china readiness",
        [v.CRIT],
        ["at least 60 points", "60 points"],
        "scoring table in the selection criteria",
    ),
    (
        "en-11",
        P,
        "how much was the fee in the 2071 pilot round, and what do we pay now with 20 staff?",
        [v.PILOT, v.CALL, v.UR_DOCX],
        ["PKR 30,000", "30,000", "52,000"],
        "pilot round vs 2073: flat PKR 30,000 then, band 16-60 PKR 52,000 now",
    ),
    ("en-12", DIR, "which LIMS vendors are based in Karachi?", [], [], "acronym service + city"),
    (
        "en-13",
        DIR,
        "need a serialisation / GS1 DataMatrix partner that is ISO 27001 certified, who do u have?",
        [],
        [],
        "service variants (serialization, track & trace, 追溯码) + certification",
    ),
    (
        "en-14",
        DIR,
        "small pharmacovigilance shops under 50 people that can do case processing?",
        [],
        [],
        "service + head count below 50",
    ),
    ("en-15", DIR, "list the chinese companies from suzhou in the directory pls", [], [], "country + city"),
    (
        "en-16",
        DIR,
        "tell me about Formula (Pvt) Ltd - what do they do and are they certified?",
        [],
        [],
        "one company by name; its short name is a common word",
    ),
    (
        "en-17",
        UN,
        "what is the weather usually like in Karachi in March?",
        [],
        [],
        "off-topic: weather, names the head-office city",
    ),
    (
        "en-18",
        UN,
        "can you recommend a good biryani place near the Lahore desk?",
        [],
        [],
        "off-topic: food, names a programme office",
    ),
    (
        "en-19",
        UN,
        "whats the phone number of your Sialkot office?",
        [],
        STAFF,
        "near miss: no Sialkot office and the documents never mention Sialkot",
    ),
    (
        "en-20",
        UN,
        "is there an early bird discount on the participation fee if we pay in february?",
        [],
        STAFF,
        "near miss: fees are covered but no discount is offered",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "我们是苏州的一个生物医药产业园区，和巴方企业签了60万元的试点合同，联盟配套资助能拿多少？",
        [v.ZH_TXT],
        [],
        "computed: park operators 25% of the contract, cap 18万元 -> 15万元",
    ),
    (
        "zh-02",
        P,
        "香港伙伴服务台加急翻译认证每页多少钱？几天能完成？",
        [v.BIG5],
        ["每頁港幣650元", "港幣650元", "650"],
        "Simplified question, Traditional answer from the Big5 page",
    ),
    (
        "zh-03",
        P,
        "经香港转机去成都展会的话，展商证最晚哪天领？普通翻译认证每页多少钱？",
        [v.BIG5],
        ["2073年9月10日", "港幣420元", "420"],
        "Simplified question, Traditional answer from the Big5 page",
    ),
    (
        "zh-04",
        P,
        "采购方注册截止是哪天？洽谈日每家能约几场？",
        [v.ZH_DOCX],
        ["2073年8月20日", "8月20日", "10场"],
        "dates table and text of the Chinese buyer guide",
    ),
    (
        "zh-05",
        P,
        "巴方企业申请截止日期是3月10号吗？",
        [v.ZH_DOCX, v.CORR],
        ["2073年3月24日", "3月24日", "24 March 2073"],
        "stale: the call prints 10 March 2073; Corrigendum No. 1 moved it to 24 March 2073",
    ),
    (
        "zh-06",
        P,
        "你们在上海有办公室吗？苏州办公室电话多少",
        [v.ZH_DOCX, v.OFFICES],
        ["+86 512 5550 2073", "未设办公室"],
        "city without an office; the Suzhou office instead",
    ),
    (
        "zh-07",
        P,
        "我们公司派两个人参加工厂审计考察团，其中一人要单人间，一共要付多少钱？",
        [v.TOUR, v.UR_MD],
        [],
        "computed: 2 x PKR 175,000 + PKR 32,000 single-room supplement, figures in the nested table",
    ),
    (
        "zh-08",
        P,
        "每家企业三个资助窗口加起来最多能拿多少？",
        [v.GRANTS],
        ["PKR 2,600,000", "2,600,000"],
        "overall cap sits only in a w:fldSimple field's result",
    ),
    (
        "zh-09",
        P,
        "申请门户多久不操作会自动退出？草稿多久保存一次？",
        [v.PORTAL],
        ["30 minutes", "2 minutes"],
        "fact inside a fenced code block",
    ),
    ("zh-10", DIR, "有哪些公司做临床试验的电子数据采集（EDC）？", [], [], "acronym service asked in Chinese"),
    (
        "zh-11",
        DIR,
        "做冷链温度记录仪或者疫苗温度监测的公司，2015年以后成立的有哪些？",
        [],
        [],
        "service in Chinese + founded after 2015",
    ),
    ("zh-12", DIR, "拉合尔有没有做医药代表聊天机器人的公司？", [], [], "service in Chinese + city"),
    ("zh-13", DIR, "名录里有哪些中国的连锁药房？", [], [], "country + industry"),
    ("zh-14", DIR, "做SAS统计编程或者CDISC数据转换、员工100人以上的公司有哪些？", [], [], "service + head count"),
    ("zh-15", UN, "苏州有哪些好玩的园林？", [], [], "off-topic: sightseeing, names the Suzhou office city"),
    ("zh-16", UN, "帮我写一首关于成都火锅的诗", [], [], "off-topic: poem, names the expo city"),
    ("zh-17", UN, "你们在南京有办事处吗？地址是什么", [], STAFF, "near miss: Nanjing is never mentioned"),
    (
        "zh-18",
        UN,
        "2071年试点的时候，中方采购方的配套资助比例是多少？",
        [],
        STAFF,
        "near miss: the pilot note does not give a buyer matching-grant figure",
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہماری کمپنی میں ۳۰۰ کل وقتی ملازمین ہیں۔ پہلی قسط کتنی ہوگی؟",
        [v.UR_DOCX],
        [],
        "computed: 251+ band PKR 1,85,000, first instalment 40%",
    ),
    (
        "ur-02",
        P,
        "ہیلپ لائن کا نمبر کیا ہے؟ کیا ہفتے کے دن بھی کھلی ہوتی ہے؟",
        [v.U16],
        ["0800-20730", "صبح 10:00 سے دوپہر 2:00"],
        "UTF-16 LE notice with a BOM",
    ),
    (
        "ur-03",
        P,
        "کیا یکم مئی کو ڈیسک بند ہوگا؟ عید الفطر کی چھٹیاں کب ہیں؟",
        [v.U16],
        ["یوم مزدور", "۲۴ تا ۲۶ اکتوبر"],
        "UTF-16 LE notice: holidays on which the desk is closed",
    ),
    (
        "ur-04",
        P,
        "اگر ہم ۱۰ مئی کو نام واپس لیں تو کتنی فیس واپس ملے گی؟ پروسیسنگ فیس بھی؟",
        [v.UR_DOCX, v.CALL],
        ["شرکت کی پوری فیس واپس ہوگی", "پوری فیس"],
        "refund windows in the Urdu RTL Word file",
    ),
    (
        "ur-05",
        P,
        "آڈٹ ٹور کب ہے اور ایک کمپنی کتنے نمائندے بھیج سکتی ہے؟",
        [v.UR_MD, v.TOUR],
        ["۲ نمائندے", "۸ تا ۱۲ جون ۲۰۷۳", "2 at most"],
        "audit tour in the Urdu Markdown page and the tour docx",
    ),
    (
        "ur-06",
        P,
        "تصحیح نامہ نمبر ۱ میں کیا بدلا گیا ہے؟",
        [v.CORR],
        ["24 March 2073", "PKR 1,100,000", "1,100,000"],
        "stale: the corrigendum's two changes; printed 10 March 2073 and PKR 900,000 must not be given as live",
    ),
    ("ur-07", DIR, "کون سی کمپنیاں میڈیکل رائٹنگ یا طبی ترجمہ کرتی ہیں؟", [], [], "service in Urdu"),
    (
        "ur-08",
        DIR,
        "کمپیوٹر سسٹم ویلیڈیشن کرنے والی وہ کمپنیاں بتائیں جو ۲۰۱۰ سے پہلے قائم ہوئیں",
        [],
        [],
        "service in Urdu + founded before 2010",
    ),
    (
        "ur-09",
        DIR,
        "اسلام آباد یا راولپنڈی میں میڈیکل ڈیوائس سافٹ ویئر بنانے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "service in Urdu + two cities",
    ),
    (
        "ur-10",
        DIR,
        "فارمیسی کے لیے پوائنٹ آف سیل سسٹم بنانے والی کن کمپنیوں نے ۲۰۲۲ کے ویبینار میں پریزنٹیشن دی تھی؟",
        [],
        [],
        "service in Urdu + pitched at the webinar",
    ),
    (
        "ur-11",
        UN,
        "کراچی سے لاہور جانے والی ٹرین کا کرایہ کتنا ہے؟",
        [],
        [],
        "off-topic: train fares, names two programme cities",
    ),
    ("ur-12", UN, "ذیابیطس کے مریض کو کون سی دوا لینی چاہیے؟", [], [], "off-topic: medical advice"),
    (
        "ur-13",
        UN,
        "آڈٹ ٹور میں سوژو کے ہوٹل کا ایک رات کا کرایہ کتنا ہے؟",
        [],
        STAFF,
        "near miss: the package price is given, a hotel night rate is not",
    ),
    ("ur-14", UN, "کیا فارما پلس کا لاہور میں کوئی روڈ شو ہوگا؟", [], STAFF, "near miss: no road show exists"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "Window A mein hamare 8 lakh ke kharche hain, grant kitni milegi?",
        [v.GRANTS],
        [],
        "computed: 60% of PKR 8 lakh = 4,80,000, under the PKR 650,000 cap",
    ),
    (
        "ul-02",
        P,
        "helpline ka number kya hai aur Lahore office ka email batao",
        [v.OFFICES],
        ["0800-20730", "lahore@pharmapulse.example"],
        "phone written with U+2011 non-breaking hyphens, e-mail with a zero-width space",
    ),
    (
        "ul-03",
        P,
        "Karachi office mein certified translation ka rate kya hai per page?",
        [v.OFFICES],
        ["PKR 3,200", "3,200", "3200"],
        "figure written with a narrow no-break space as thousands separator",
    ),
    (
        "ul-04",
        P,
        "demo pod kitne ka hai aur book kab tak karna hai?",
        [v.EXPO],
        ["90,000", "10 July 2073"],
        "book-by date lives in the rowspan cell two rows up",
    ),
    (
        "ul-05",
        P,
        "processing fee kitni hai aur kya wapas milti hai?",
        [v.CALL, v.UR_DOCX],
        ["PKR 2,500", "2,500"],
        "fact in a PDF sentence hyphenated across a line end (non-refund-/able)",
    ),
    (
        "ul-06",
        P,
        "audit tour ki seat pakki karne ke liye deposit kitna hai aur kab tak?",
        [v.TOUR, v.UR_MD],
        ["PKR 50,000", "50,000", "8 May 2073"],
        "figures in the table nested inside a merged cell",
    ),
    (
        "ul-07",
        DIR,
        "bioinformatics ya genomics wali companies jin ke paas koi certification nahi hai?",
        [],
        [],
        "service + certifications none",
    ),
    (
        "ul-08",
        DIR,
        "Lahore ya Faisalabad mein MES ya batch record wali firms kaun si hain?",
        [],
        [],
        "acronym service + two cities",
    ),
    (
        "ul-09",
        DIR,
        "eCTD submissions karne wali koi bari company hai, 500 se zyada employees wali?",
        [],
        [],
        "acronym service + head count above 500",
    ),
    (
        "ul-10",
        DIR,
        "QMS ya CAPA software banane wali ISO 9001 certified companies batao",
        [],
        [],
        "acronym service + certification",
    ),
    ("ul-11", UN, "bhai python mein list ko sort kaise karte hain?", [], [], "off-topic: programming help"),
    (
        "ul-12",
        UN,
        "Chengdu mein panda dekhne kahan jayen aur ticket kitne ka hai?",
        [],
        [],
        "off-topic: tourism, names the expo city",
    ),
    (
        "ul-13",
        UN,
        "2071 pilot mein kitne delegates China gaye the?",
        [],
        STAFF,
        "near miss: the pilot note gives firms and buyers, not delegates",
    ),
    ("ul-14", UN, "expo mein double booth 18 m2 ka rate kya hai?", [], STAFF, "near miss: no double booth is offered"),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "grant claims kis email pe bhejne hain? 申请材料发哪个邮箱",
        [v.GRANTS],
        ["grants@pharmapulse.example"],
        "e-mail is the text of a w:hyperlink (mailto)",
    ),
    (
        "mx-02",
        P,
        "band 4 ki third instalment kab due hai? 第三期什么时候交",
        [v.CALL, v.UR_DOCX],
        ["31 July 2073", "۳۱ جولائی ۲۰۷۳"],
        "second part of the PDF table continued across a page break",
    ),
    (
        "mx-03",
        P,
        "Suzhou office kab band rahega? 国庆节期间苏州办公室开门吗",
        [v.U16],
        ["۱ سے ۷ اکتوبر"],
        "UTF-16 Urdu notice: Chinese offices' holidays",
    ),
    (
        "mx-04",
        P,
        "portal pe ek file max kitni MB ho sakti hai? API endpoint bhi batao 接口地址",
        [v.PORTAL],
        ["12 MB", "https://portal.pharmapulse.example/api/v1/applications"],
        "facts inside fenced code blocks",
    ),
    ("mx-05", P, "grant claim kitne din mein bhejna zaroori hai? 报销时限", [v.FAQ], ["60 days"], "FAQ"),
    (
        "mx-06",
        P,
        "Chengdu expo kab hai aur kaunsa hall? 成都展会几号",
        [v.EXPO, v.ZH_DOCX, v.UR_MD],
        ["15–18 September 2073", "Hall 6", "9月15日"],
        "expo dates across three documents",
    ),
    (
        "mx-07",
        DIR,
        "e-prescribing ya hospital formulary software wali Pakistani firms? 电子处方",
        [],
        [],
        "service + country",
    ),
    (
        "mx-08",
        DIR,
        "Chinese API manufacturers kaun kaun hain directory mein? 原料药厂家",
        [],
        [],
        "acronym that also means software API; country",
    ),
    (
        "mx-09",
        DIR,
        "ELN banane wali companies jo 2018 ya baad mein bani? 电子实验记录本",
        [],
        [],
        "acronym service + founded 2018 or later",
    ),
    (
        "mx-10",
        DIR,
        "CTMS ya eTMF wali companies jin ke paas ISO 27001 ho? 临床试验管理系统",
        [],
        [],
        "acronym service + certification",
    ),
    ("mx-11", UN, "ChatGPT se essay likhwana theek hai? 可以吗", [], [], "off-topic: unrelated software"),
    ("mx-12", UN, "naya iPhone kab launch hoga? 新款iPhone什么时候发布", [], [], "off-topic: consumer electronics"),
    (
        "mx-13",
        UN,
        "Pharma Pulse ki awards ceremony kab hai? 颁奖典礼在哪天",
        [],
        STAFF,
        "near miss: no awards ceremony exists",
    ),
    (
        "mx-14",
        UN,
        "audit tour mein Beijing ka visit bhi hai? 北京参访是哪天",
        [],
        STAFF,
        "near miss: the tour visits only Suzhou and Taizhou",
    ),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s30-{suffix}"
        answers = list(answers)
        if qid in v.COMPUTED:
            answers = [*v.COMPUTED[qid](texts), *answers]
        companies = v.answer_set(qid, rows) if kind == DIR else []
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
    call_pdf()
    grants_docx()
    audit_tour_docx()
    ur_docx()
    zh_docx()
    utf16_notice()
    big5_page()
    offices_page()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
