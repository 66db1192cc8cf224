"""Build the binary and byte-exact parts of sample-29 ("Civic Circuit 2071").

Writes the two PDFs (ruled two-page rules; application form with filled AcroForm fields), the four .docx
files (one with reviewer comments and content controls, one right-to-left Urdu), the GB2312 Chinese page,
the Urdu notice in Arabic presentation forms, directory.csv and questions-29.jsonl. The other .md, .html and
UTF-8 .txt documents are written by hand. Directory answer sets and arithmetic answers come from
validate_sample29 (FILTERS, COMPUTED). Running it twice gives the same bytes.
"""

import csv
import datetime
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample29 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2071, 3, 6, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = "PCTEC secretariat"
    cp.last_modified_by = "PCTEC secretariat"
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Civic Circuit 2071"
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


# ============================================================================ PDF helpers
def esc(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def font(writer, base):
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


def pdf_writer(pages):
    """A writer whose pages draw their texts, (x, y, text) or (x, y, text, "B", size), in Helvetica, and their
    rules, (x0, y0, x1, y1) lines, as ruled tables are drawn."""
    writer = pypdf.PdfWriter()
    f1, f2 = font(writer, "/Helvetica"), font(writer, "/Helvetica-Bold")
    for spec in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): f1, NameObject("/F2"): f2})}
        )
        drawn = ""
        for item in spec["texts"]:
            x, y, text = item[:3]
            face = "/F2" if len(item) > 3 and item[3] == "B" else "/F1"
            size = item[4] if len(item) > 4 else 10
            drawn += f"BT {face} {size} Tf 1 0 0 1 {x} {y} Tm ({esc(text)}) Tj ET\n"
        for x0, y0, x1, y1 in spec.get("rules", ()):
            drawn += f"0.5 w {x0} {y0} m {x1} {y1} l S\n"
        contents = ContentStream(None, writer)
        contents.set_data(drawn.encode("cp1252"))
        page.replace_contents(contents)
    writer.add_metadata({"/Producer": "PCTEC document office", "/Title": pages[0]["title"]})
    return writer, f1


def write_writer(writer, name):
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def grid(cols, right, top, rows, row_h=18, bold_header=True):
    """Texts and rule lines of a ruled table; cols = left x of each column."""
    texts, rules = [], []
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h + 5
        for x, cell in zip(cols, row):
            texts.append((x + 4, y, cell, "B") if i == 0 and bold_header else (x + 4, y, cell))
    bottom = top - len(rows) * row_h
    rules += [(cols[0], top - i * row_h, right, top - i * row_h) for i in range(len(rows) + 1)]
    rules += [(x, top, x, bottom) for x in [*cols, right]]
    return texts, rules, bottom


def lines(x, top, items, step=13):
    return [(x, top - i * step, t) for i, t in enumerate(items) if t]


# ============================================================================ participation rules (two-page PDF)
def rules_pdf():
    def head(n):
        return [
            (50, 765, "Civic Circuit 2071 - Participation Rules"),
            (410, 765, "PCTEC, 20 January 2071"),
            (280, 30, f"Page {n} of 2"),
        ], [(50, 758, 562, 758)]

    t1, r1 = head(1)
    t1 += [
        (50, 728, "CIVIC CIRCUIT 2071 - PARTICIPATION RULES", "B", 14),
        (50, 710, "Pak-China Smart City, Municipal & Civic-Tech Software Programme"),
        (50, 696, "Issued by the Pakistan Civic-Tech Exporters Council (PCTEC), Lahore, on 20 January 2071"),
        (50, 670, "1. SCOPE", "B"),
    ]
    t1 += lines(
        50,
        654,
        [
            "1.1 These rules apply to Pakistani firms applying to Civic Circuit 2071. Chinese buyers take part under the",
            "    Alliance's own call, published in Chinese.",
            "1.2 Where these rules and another programme document differ, these rules apply, unless a corrigendum",
            "    says otherwise.",
        ],
    )
    t1 += [(50, 596, "2. WHO MAY APPLY", "B")]
    t1 += lines(
        50,
        580,
        [
            "An applicant must meet all of the following criteria on the day it applies:",
            "  (1) It is incorporated in Pakistan.",
            "  (2) It sells software in at least one area listed in the programme overview.",
            "  (3) It has at least 8 full-time employees.",
            "  (4) It runs at least one live system for a Pakistani municipality, cantonment board, development",
            "      authority, water and sanitation agency or transport authority.",
            "  (5) It owes no fees to PCTEC from the Civic Circuit Pilot 2069.",
            "Exception to criterion (3): a firm founded in 2068 or later may apply with 4 or more full-time employees.",
        ],
    )
    t1 += [(50, 468, "3. PARTICIPATION FEE", "B")]
    t1 += lines(
        50,
        452,
        [
            "3.1 The fee depends on the number of full-time employees on the day of application. Bands are inclusive.",
        ],
    )
    t, r, bottom = grid(
        [50, 230, 390],
        562,
        440,
        [
            ["Full-time employees", "Participation fee", "Delegates included*"],
            ["1 - 20", "PKR 18,000", "1"],
            ["21 - 75", "PKR 45,000", "2"],
            ["76 - 300", "PKR 95,000", "2"],
            ["301 and above", "PKR 160,000", "3"],
        ],
    )
    t1 += t
    r1 += r
    t1 += [(50, bottom - 14, "* Each delegate beyond those included pays PKR 12,500.")]
    t1 += lines(
        50,
        bottom - 40,
        [
            "3.2 Boundary cases: 20 employees pay PKR 18,000 and 21 pay PKR 45,000; 75 employees pay PKR 45,000",
            "    and 76 pay PKR 95,000; 300 employees pay PKR 95,000 and 301 pay PKR 160,000.",
            "3.3 A firm that is not selected pays no participation fee.",
            "3.4 A non-refundable processing fee is paid with the application form. The amount and the account",
            "    are printed on the form itself.",
        ],
    )

    t2, r2 = head(2)
    t2 += [(50, 728, "4. TIMETABLE", "B"), (50, 714, "PKT is Pakistan time (UTC+5); Beijing time is PKT plus 3 hours.")]
    t, r, bottom = grid(
        [50, 300],
        562,
        704,
        [
            ["Event", "Date and time"],
            ["Launch Day, Lahore and online", "22 January 2071, 11:00 PKT"],
            ["Application window opens", "3 February 2071, 09:00 PKT"],
            ["Application window closes", "16 March 2071, 17:00 PKT"],
            ["Interviews, online", "Week of 13 April 2071"],
            ["Results", "30 April 2071"],
            ["Delegate names for visa letters", "20 May 2071"],
            ["City Lab Week, Shenzhen and Hangzhou", "15 - 19 June 2071"],
            ["Expo, Hangzhou, Hall 3", "8 - 11 September 2071"],
            ["Interim report", "15 October 2071"],
            ["Final report", "15 January 2072"],
        ],
    )
    t2 += t
    r2 += r
    y = bottom - 26
    t2 += [(50, y, "5. PAYING THE FEE", "B")]
    t2 += lines(
        50,
        y - 16,
        [
            "5.1 The participation fee is due within 14 days of the selection letter.",
            "5.2 Firms in the two upper bands may pay in instalments. The schedule is in the Urdu fee and refund sheet.",
        ],
    )
    y -= 60
    t2 += [(50, y, "6. WITHDRAWAL AND REFUNDS", "B")]
    t2 += lines(
        50,
        y - 16,
        [
            "6.1 A selected firm that withdraws in writing by 15 May 2071 gets its participation fee back in full.",
            "6.2 A selected firm that withdraws between 16 May and 15 June 2071 gets 50% of the fee back.",
            "6.3 After 15 June 2071 no part of the participation fee is refunded.",
            "6.4 The processing fee is never refunded.",
        ],
    )
    y -= 84
    t2 += [(50, y, "7. REPORTING", "B")]
    t2 += lines(
        50,
        y - 16,
        [
            "Selected firms send a short interim report by 15 October 2071 and a final report by 15 January 2072:",
            "meetings held, pilots signed, contract values. A firm that misses the final report cannot apply again.",
        ],
    )
    y -= 58
    t2 += [(50, y, "8. CONTACT", "B")]
    t2 += lines(
        50,
        y - 16,
        [
            "PCTEC secretariat, Lahore: secretariat@civiccircuit.example, +92 42 3555 2071.",
            "Helpline 0800-20710, Monday to Friday, 09:00-17:00 PKT.",
        ],
    )
    writer, _ = pdf_writer(
        [
            {"title": "Civic Circuit 2071 - Participation Rules", "texts": t1, "rules": r1},
            {"texts": t2, "rules": r2},
        ]
    )
    write_writer(writer, v.RULES)


# ============================================================================ application form (AcroForm PDF)
FORM_FIELDS = [
    # name, page, rect, value (filled in by the secretariat)
    ("FormRef", 0, (430, 700, 562, 716), "CC71-A rev. 2"),
    ("SubmitTo", 0, (250, 636, 562, 652), "apply@civiccircuit.example"),
    ("ProcessingFee", 0, (250, 614, 562, 630), "PKR 3,000"),
    ("ClosingDate", 0, (250, 592, 562, 608), "30 March 2071, 17:00 PKT"),
    ("PayTo", 0, (250, 570, 562, 586), "PCTEC Civic Circuit 2071, account no. 2071-0071-3000"),
    ("FirmName", 0, (250, 512, 562, 528), ""),
    ("NTN", 0, (250, 490, 562, 506), ""),
    ("City", 0, (250, 468, 562, 484), ""),
    ("FullTimeEmployees", 0, (250, 446, 562, 462), ""),
    ("FeeBand", 0, (250, 424, 562, 440), ""),
    ("LeadDelegate", 0, (250, 402, 562, 418), ""),
    ("MandarinContact", 0, (250, 380, 562, 396), ""),
    ("GrantWindows", 0, (250, 358, 562, 374), ""),
    ("SignatoryName", 1, (250, 560, 562, 576), ""),
    ("SignatureDate", 1, (250, 538, 562, 554), ""),
]


def form_pdf():
    p1 = [
        (50, 765, "Civic Circuit 2071 - Application Form"),
        (280, 30, "Page 1 of 2"),
        (50, 735, "CIVIC CIRCUIT 2071 - APPLICATION FORM (PAKISTANI FIRMS)", "B", 13),
        (50, 705, "Form reference and revision:"),
        (50, 678, "PART A - SUBMISSION DETAILS (filled in by the PCTEC secretariat)", "B"),
        (50, 641, "Submit the completed form to:"),
        (50, 619, "Processing fee (non-refundable):"),
        (50, 597, "Closing date:"),
        (50, 575, "Pay the processing fee to:"),
        (50, 546, "PART B - ABOUT YOUR FIRM (filled in by the applicant)", "B"),
        (50, 517, "Registered name of the firm:"),
        (50, 495, "NTN:"),
        (50, 473, "City:"),
        (50, 451, "Full-time employees on the application date:"),
        (50, 429, "Fee band (see the participation rules):"),
        (50, 407, "Lead delegate (name, e-mail):"),
        (50, 385, "Mandarin-speaking contact:"),
        (50, 363, "Grant windows applied for (A / B / C):"),
        (50, 330, "PART C - DOCUMENTS TO ATTACH", "B"),
    ]
    p1 += lines(
        50,
        312,
        [
            "1. SECP certificate of incorporation.",
            "2. NTN certificate.",
            "3. Proof of a live civic deployment: the contract, or a letter from the municipality or agency.",
            "4. Product deck in English or Chinese, 15 slides at most.",
            "5. Payroll summary showing the full-time head count on the application date.",
            "6. Signed declaration and data-protection undertaking (page 2 of this form).",
            "Send the form and all attachments as PDF files in one e-mail. Incomplete applications are not scored.",
        ],
        step=15,
    )
    rules1 = [(50, 758, 562, 758), (50, 690, 562, 690), (50, 558, 562, 558), (50, 342, 562, 342)]
    p2 = [
        (50, 765, "Civic Circuit 2071 - Application Form"),
        (280, 30, "Page 2 of 2"),
        (50, 730, "PART D - DECLARATION AND DATA-PROTECTION UNDERTAKING", "B"),
    ]
    p2 += lines(
        50,
        708,
        [
            "We declare that the information in this form is true and that the firm meets the criteria in section 2",
            "of the participation rules. We will keep personal data received from Chinese buyers and from PCTEC",
            "confidential, use it only for the programme, and delete it within 90 days after the programme ends.",
            "We agree that PCTEC may share this form with the Sino-Pak Urban Digital Governance Alliance.",
        ],
        step=14,
    )
    p2 += [(50, 565, "Name of the authorised signatory:"), (50, 543, "Date:")]
    writer, helv = pdf_writer(
        [
            {"title": "Civic Circuit 2071 - Application Form", "texts": p1, "rules": rules1},
            {"texts": p2, "rules": [(50, 758, 562, 758)]},
        ]
    )
    refs = []
    per_page = {0: [], 1: []}
    for name, pno, (x0, y0, x1, y1), value in FORM_FIELDS:
        page = writer.pages[pno]
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/Rect"): ArrayObject([FloatObject(x0), FloatObject(y0), FloatObject(x1), FloatObject(y1)]),
                NameObject("/F"): NumberObject(4),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/MK"): DictionaryObject(
                    {NameObject("/BC"): ArrayObject([FloatObject(0.6), FloatObject(0.6), FloatObject(0.6)])}
                ),
                NameObject("/P"): page.indirect_reference,
            }
        )
        if value:
            widget[NameObject("/V")] = TextStringObject(value)
            widget[NameObject("/Ff")] = NumberObject(1)  # read-only: filled in by the secretariat
            ap = DecodedStreamObject()
            ap.set_data(f"/Tx BMC q BT /Helv 10 Tf 0 g 3 4 Td ({esc(value)}) Tj ET Q EMC".encode("cp1252"))
            ap.update(
                {
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Form"),
                    NameObject("/BBox"): ArrayObject(
                        [FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]
                    ),
                    NameObject("/Resources"): DictionaryObject(
                        {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv})}
                    ),
                }
            )
            widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(ap)})
        ref = writer._add_object(widget)
        refs.append(ref)
        per_page[pno].append(ref)
    for pno, annots in per_page.items():
        writer.pages[pno][NameObject("/Annots")] = ArrayObject(annots)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(refs),
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
            NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv})}),
        }
    )
    write_writer(writer, v.FORM)


# ============================================================================ grant windows (Word, one table)
def grants_docx():
    doc = docx.Document()
    doc.add_paragraph("Civic Circuit 2071 — Grant windows", style="Title")
    doc.add_paragraph("PCTEC grants desk, Lahore · 20 January 2071")
    doc.add_heading("How the grants work", level=1)
    doc.add_paragraph(
        "Grants repay part of costs that a selected Pakistani firm has already paid; they are not advances. "
        "Each window has its own share of eligible cost and its own cap per firm."
    )
    doc.add_paragraph("Table 1: Grant windows 2071")
    table(
        doc,
        [
            ["Window", "What it pays for", "Share of eligible cost", "Cap per firm (PKR)", "When to apply"],
            [
                "A – Market access",
                "Economy airfare and hotel for City Lab Week and the expo, the City Lab Week fee, the expo booth share, "
                "demo freight, interpreting",
                "70%",
                "550,000",
                "With the application",
            ],
            [
                "B – Pilot deployment",
                "A paid pilot with a Chinese buyer: integration, on-site engineers, hosting, Chinese localisation",
                "50%",
                "2,000,000",
                "1–31 July 2071, under a separate call notice",
            ],
            [
                "C – Accessibility and certification",
                "WCAG 2.2 AA audit, ISO 27001 certification or surveillance audit, penetration test, "
                "PIPL data-residency review",
                "60%",
                "800,000",
                "With the application",
            ],
        ],
    )
    doc.add_paragraph("No firm receives more than PKR 3,200,000 across the three windows in 2071.")
    doc.add_heading("Eligible costs", level=1)
    for text in [
        "Costs must be invoiced and paid between 3 February 2071 and 31 December 2071.",
        "Services bought at the programme rates in the support services rate card are eligible in full; a higher "
        "price is eligible only up to the programme rate.",
        "Salaries of the firm's own staff, laptops, phones and entertainment are not eligible.",
        "A cost can be claimed under one window only.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Claiming", level=1)
    doc.add_paragraph(
        "Send one claim per window to grants@civiccircuit.example with paid invoices, proof of payment and, for "
        "travel, boarding passes. The grants desk pays complete claims within 45 working days. The time limit "
        "for claims is set out in the FAQ."
    )
    doc.add_heading("Worked example", level=1)
    doc.add_paragraph(
        "A firm that pays PKR 400,000 of Window A costs receives 70% of it, PKR 280,000. A firm that pays "
        "PKR 1,000,000 of Window A costs receives PKR 550,000, the cap."
    )
    save_docx(doc, v.GRANTS, "Civic Circuit 2071 - Grant windows", datetime.datetime(2071, 1, 20, 10, 0, 0))


# ============================================================================ Window B call notice (comments + content controls)
def sdt_pr(alias, tag, sid):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(sid))
    pr.extend([a, t, i])
    return pr


def inline_sdt(paragraph, alias, tag, sid, text, plain=True):
    """A content control inside the paragraph (plain text, or rich text when a comment is anchored in it);
    returns the run holding its text."""
    sdt = OxmlElement("w:sdt")
    pr = sdt_pr(alias, tag, sid)
    if plain:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return Run(r, paragraph)


def block_sdt(paragraph, alias, tag, sid):
    """Wrap a body paragraph in a block-level rich-text content control."""
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_pr(alias, tag, sid))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)
    return sdt


def call_docx():
    doc = docx.Document()
    doc.add_paragraph("Civic Circuit 2071 — Call for proposals: Window B pilot-deployment grants", style="Title")
    doc.add_paragraph("Notice PCTEC/CC71/GB-02 · issued 2 June 2071 by the PCTEC grants desk, Lahore")
    doc.add_heading("1. What the grant pays for", level=1)
    doc.add_paragraph(
        "Window B repays part of the cost of a paid pilot of a selected firm's software with a Chinese buyer: a city "
        "management bureau, an urban-investment company, a bus group, a sanitation operator, a smart-park developer, "
        "an equipment maker or a twinned district."
    )
    p = doc.add_paragraph("The grant covers 50% of eligible pilot costs, up to ")
    cap = inline_sdt(p, "Grant cap", "window_b_cap", 710001, "PKR 2,000,000", plain=False)
    p.add_run(" per firm. The signed pilot contract must be worth at least ")
    inline_sdt(p, "Minimum contract value", "window_b_min_contract", 710002, "CNY 120,000")
    p.add_run(".")
    doc.add_heading("2. Call details", level=1)
    d = doc.add_paragraph("Closing date for proposals: ")
    date_run = d.add_run("31 July 2071, 17:00 PKT")
    block_sdt(d, "Closing date", "window_b_closing", 710003)
    s = doc.add_paragraph("Send proposals to: grants@civiccircuit.example")
    block_sdt(s, "Submit to", "window_b_submit", 710004)
    doc.add_paragraph("Only firms selected for Civic Circuit 2071 may apply. One proposal per firm.")
    doc.add_heading("3. What to send", level=1)
    for text in [
        "The signed pilot contract, or the buyer's letter of award.",
        "A budget in PKR that uses the cost items of the grant windows document.",
        "A confirmation letter from the buyer on its letterhead.",
        "A one-page project summary in Chinese.",
    ]:
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("4. Decision and payment", level=1)
    doc.add_paragraph("The grants panel decides within 30 days of the closing date. The grant is paid in two parts:")
    table(
        doc,
        [
            ["Milestone", "Share of the grant paid"],
            ["Pilot contract signed and proposal approved", "40%"],
            ["Buyer's acceptance certificate received", "60%"],
        ],
    )
    c1 = doc.add_comment(
        cap,
        text="Propose raising this to PKR 2,500,000: bus-group pilots are bigger than the others.",
        author="S. Qureshi (PCTEC finance)",
        initials="SQ",
    )
    c2 = doc.add_comment(
        date_run,
        text="Could we move the closing date to 15 August 2071? Several buyers close their books in July.",
        author="A. Baig (grants desk)",
        initials="AB",
    )
    for c, when in ((c1, "2071-05-28T11:20:00Z"), (c2, "2071-05-29T09:05:00Z")):
        c._comment_elm.set(qn("w:date"), when)
    save_docx(doc, v.CALL, "Window B call for proposals", datetime.datetime(2071, 6, 2, 9, 0, 0))


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
    rtl(doc.add_paragraph("سوک سرکٹ ۲۰۷۱ — شرکت کی فیس، اقساط اور رقم کی واپسی", style="Title"))
    rtl(doc.add_paragraph("پاکستان سوک ٹیک ایکسپورٹرز کونسل (PCTEC)، لاہور — ۲۰ جنوری ۲۰۷۱"))
    rtl(
        doc.add_paragraph(
            "یہ ہدایات ان پاکستانی کمپنیوں کے لیے ہیں جو سوک سرکٹ ۲۰۷۱ کے لیے منتخب ہوں گی۔ فیس درخواست کی تاریخ پر "
            "کل وقتی ملازمین کی تعداد سے طے ہوتی ہے، اور ہر حد میں دونوں سرے شامل ہیں: ۲۰ ملازمین والی کمپنی پہلی حد "
            "میں اور ۲۱ والی دوسری حد میں ہے۔"
        )
    )
    rtl(doc.add_heading("فیس کا جدول", level=1))
    rows = [
        ["کل وقتی ملازمین", "فیس (روپے)", "شامل نمائندے", "ادائیگی"],
        ["۱ تا ۲۰", "18,000", "۱", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۲۱ تا ۷۵", "45,000", "۲", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۷۶ تا ۳۰۰", "95,000", "۲", "دو اقساط: ۵۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۵۰٪ ۳۱ مئی ۲۰۷۱ تک"],
        [
            "۳۰۱ یا زیادہ",
            "1,60,000",
            "۳",
            "تین اقساط: ۴۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۳۰٪ ۳۱ مئی ۲۰۷۱ تک، ۳۰٪ ۳۱ جولائی ۲۰۷۱ تک",
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
        "شامل نمائندوں سے زائد ہر نمائندے کی فیس ۱۲,۵۰۰ روپے ہے۔",
        "جو کمپنی منتخب نہ ہو اس سے شرکت کی فیس نہیں لی جاتی۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("نام واپس لینے پر رقم کی واپسی", level=1))
    for text in [
        "منتخب کمپنی اگر ۱۵ مئی ۲۰۷۱ تک تحریری طور پر نام واپس لے تو شرکت کی پوری فیس واپس ہوگی۔",
        "۱۶ مئی سے ۱۵ جون ۲۰۷۱ تک نام واپس لینے پر فیس کا ۵۰ فیصد واپس ہوگا۔",
        "۱۵ جون ۲۰۷۱ کے بعد شرکت کی فیس کا کوئی حصہ واپس نہیں ہوگا۔",
        "درخواست فارم کے ساتھ دی گئی پروسیسنگ فیس کسی صورت میں واپس نہیں ہوتی۔",
        "قسط وقت پر ادا نہ ہونے کی صورت میں کمپنی کا نام سٹی لیب ویک کی فہرست سے ہٹا دیا جائے گا۔",
    ]:
        rtl(doc.add_paragraph(text))
    save_docx(doc, v.UR_DOCX, "Civic Circuit 2071 - fees, instalments, refunds (Urdu)", datetime.datetime(2071, 1, 20))


# ============================================================================ Chinese brief for buyers (Word)
def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“智城环线2071”中方采购方参与指南", style="Title")
    doc.add_paragraph("中巴城市数字治理联盟秘书处　2071年3月9日（已按第1号更正通知更新）")
    doc.add_heading("一、项目简介", level=1)
    doc.add_paragraph(
        "“智城环线2071”（Civic Circuit 2071）是中巴智慧城市、市政与公民科技软件合作项目，由巴基斯坦市政科技出口商理事会"
        "（PCTEC，拉合尔）与中巴城市数字治理联盟（SPUDGA，深圳）共同组织。项目帮助城市管理局、城投公司、公交集团、"
        "环卫运营企业、智慧园区开发商、在巴基斯坦有项目的设备制造商以及与巴基斯坦城市结好的友好城区，"
        "对接做市政ERP、电子许可、市民投诉、垃圾清运、智慧停车、交通信号、公交票务、路灯管理等软件的巴方企业。"
    )
    doc.add_heading("二、重要日期（北京时间）", level=1)
    table(
        doc,
        [
            ["事项", "时间"],
            ["启动日（32家巴方企业现场演示）", "2071年1月22日 14:00"],
            ["巴方企业申请截止", "2071年3月30日 20:00（原定3月16日，已按更正通知延长）"],
            ["公布入选结果", "2071年4月30日"],
            ["城市实验室周（深圳、杭州）", "2071年6月15日至19日"],
            ["中方配套资助申报", "2071年7月1日至7月31日"],
            ["采购方注册截止", "2071年7月10日"],
            ["杭州智慧城市与公民科技博览会（3号馆，巴基斯坦馆）", "2071年9月8日至11日"],
            ["采购方洽谈日", "2071年9月9日"],
        ],
    )
    doc.add_heading("三、采购方如何参与", level=1)
    for text in [
        "中方采购方注册免费。每家采购方在博览会洽谈日最多可预约8场洽谈，每场20分钟，由联盟安排翻译。",
        "采购方与入选巴方企业签订付费试点合同后，可申请联盟配套资助，标准与材料详见《中方采购方配套资助申报指南》。",
        "城市实验室周期间，接待单位请提前与深圳办公室确认参访路线和每批人数。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("四、联系方式", level=1)
    for text in [
        "深圳办公室（联盟秘书处）：shenzhen@civiccircuit.example，电话 +86 755 5550 2071，工作时间为周一至周五9:00–18:00。",
        "杭州联络处（博览会及城市实验室周）：hangzhou@civiccircuit.example，电话 +86 571 5550 2071。",
        "项目在北京、上海、广州、成都、武汉均未设办公室，上述城市的采购方请联系深圳办公室。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.ZH_DOCX, "Civic Circuit 2071 buyer guide (Chinese)", datetime.datetime(2071, 3, 9, 9, 0, 0))


# ============================================================================ GB2312 page
GB_PAGE = """\
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>智城环线2071 中方采购方配套资助申报指南</title>
</head>
<body>
<div class="top">中巴城市数字治理联盟 &gt; 通知公告 &gt; 配套资助</div>
<h1>“智城环线2071”中方采购方配套资助申报指南</h1>
<p>发布单位：中巴城市数字治理联盟秘书处（深圳）　发布日期：2071年5月6日</p>

<h2>一、资助对象</h2>
<p>与入选巴方企业签订付费试点合同的中方采购方，包括城市管理局、城投公司、公交集团、环卫运营企业、智慧园区开发商、在巴基斯坦有项目的设备制造商，以及与巴基斯坦城市结为友好关系的城区。</p>

<h2>二、资助标准</h2>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>申报单位</th><th>资助比例</th><th>每个项目上限</th></tr>
<tr><td>一般采购方</td><td>试点合同金额的30%</td><td>15万元</td></tr>
<tr><td>友好城区（云港区、青湾区、临湖区、白鹭区、石桥区）</td><td>试点合同金额的30%</td><td>20万元</td></tr>
</table>
<p>2071年共有五个友好城区参加本项目，分别与拉合尔、卡拉奇、伊斯兰堡、白沙瓦和奎达结好。</p>
<p>每家单位每年最多申报两个项目。资助分两次拨付：合同签订后拨付60%，项目验收后拨付40%。</p>

<h2>三、申报时间</h2>
<p>2071年7月1日至7月31日，北京时间17:00截止，逾期不予受理。</p>

<h2>四、申报材料</h2>
<ol>
<li>试点合同（中英文对照）；</li>
<li>营业执照副本；</li>
<li>巴方企业确认函；</li>
<li>项目实施计划（不超过10页）。</li>
</ol>
<p>材料请以PDF格式发送至深圳办公室，文件名格式为“单位名称-智城环线2071”。</p>

<h2>五、联系方式</h2>
<p>深圳办公室：shenzhen@civiccircuit.example，电话 +86 755 5550 2071。</p>
<p class="foot">本页面由联盟秘书处维护。</p>
</body>
</html>
"""


def gb_page():
    (PROG / v.GB_HTML).write_bytes(GB_PAGE.replace("\n", "\r\n").encode("gb2312"))


# ============================================================================ Urdu in Arabic presentation forms
PF_NOTICE = """\
سوک سرکٹ ۲۰۷۱ — ہیلپ لائن اور تعطیلات کا اعلامیہ
پاکستان سوک ٹیک ایکسپورٹرز کونسل (PCTEC)، لاہور — ۶ مارچ ۲۰۷۱
(یہ متن پرانی پی ڈی ایف فائل سے نقل کیا گیا ہے)

ہیلپ لائن
ہیلپ لائن کا نمبر 0800-20710 ہے۔ پاکستان کے کسی بھی نمبر سے کال مفت ہے۔
عام اوقات: پیر سے جمعہ، صبح 9:00 سے شام 5:00 بجے تک (پاکستانی وقت)۔
درخواستوں کی مدت میں، یعنی ۳ فروری سے ۳۰ مارچ ۲۰۷۱ تک، ہفتے کے دن بھی ہیلپ لائن صبح 10:00 سے دوپہر 1:00 بجے تک کھلی رہے گی۔ اتوار کو ہیلپ لائن بند رہتی ہے۔
ای میل: helpdesk@civiccircuit.example — جواب دو کاروباری دنوں کے اندر دیا جاتا ہے۔

تعطیلات ۲۰۷۱
ان دنوں میں لاہور، کراچی اور اسلام آباد کے دفاتر اور ہیلپ لائن بند رہیں گے:
یوم کشمیر: ۵ فروری
عاشورہ (متوقع): ۱۲ اور ۱۳ فروری
یوم پاکستان: ۲۳ مارچ
یوم مزدور: ۱ مئی
یوم آزادی: ۱۴ اگست
عید الفطر (متوقع): ۲۵ تا ۲۷ اکتوبر
یوم اقبال: ۹ نومبر
یوم قائد: ۲۵ دسمبر
اسلامی تعطیلات کی حتمی تاریخیں چاند نظر آنے پر ویب سائٹ پر بتائی جائیں گی۔

چین کے دفاتر
شینزین کا دفتر اور ہانگژو ڈیسک بہار کے تہوار (۳۰ جنوری سے ۵ فروری) اور قومی دن کی تعطیلات (۱ سے ۷ اکتوبر) میں بند رہیں گے۔

بند دنوں میں آنے والی ای میلز کا جواب اگلے کاروباری دن سے دو کاروباری دنوں کے اندر دیا جائے گا۔
"""


def pf_tables():
    forms, ligatures = {}, {}
    for cp in [*range(0xFE70, 0xFF00), *range(0xFB50, 0xFE00)]:
        dec = unicodedata.decomposition(chr(cp))
        m = re.fullmatch(r"<(isolated|final|initial|medial)> ([0-9A-F]{4})", dec)
        if m:
            forms.setdefault((chr(int(m.group(2), 16)), m.group(1)), chr(cp))
        m = re.fullmatch(r"<(isolated|final)> 0644 (0622|0623|0625|0627)", dec)
        if m:
            ligatures.setdefault((chr(int(m.group(2), 16)), m.group(1)), chr(cp))
    return forms, ligatures


def shape(text):
    """Arabic-script text as contextual presentation forms, the way text copied out of an old PDF looks."""
    forms, ligatures = pf_tables()
    out, prev_joins, i = [], False, 0
    while i < len(text):
        ch, nxt = text[i], text[i + 1] if i + 1 < len(text) else ""
        if ch == "\u0644" and (nxt, "isolated") in ligatures:
            out.append(ligatures[(nxt, "final" if prev_joins else "isolated")])
            prev_joins, i = False, i + 2
            continue
        if (ch, "isolated") in forms:
            dual = (ch, "initial") in forms and (ch, "medial") in forms
            joins_next = dual and (nxt, "final") in forms
            if prev_joins and joins_next:
                form = "medial"
            elif prev_joins and (ch, "final") in forms:
                form = "final"
            elif joins_next:
                form = "initial"
            else:
                form = "isolated"
            out.append(forms[(ch, form)])
            prev_joins = joins_next
        else:
            out.append(ch)
            prev_joins = False
        i += 1
    return "".join(out)


def pf_notice():
    shaped = shape(PF_NOTICE)
    assert unicodedata.normalize("NFKC", shaped) == unicodedata.normalize("NFKC", PF_NOTICE)
    (PROG / v.PF_TXT).write_text(shaped, encoding="utf-8", newline="\n")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched
D = [
    (
        "PK-001",
        "Ravi Civic Systems (Pvt) Ltd",
        "拉维市政系统",
        "Lahore",
        2004,
        420,
        "municipal ERP;property tax billing;trade licence renewal portal;SAP integration;payroll for local councils",
        "local government;development authorities",
        "Java;Oracle;SAP",
        "ISO 27001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "Builds municipal ERP and property-tax billing for city and district councils, with online renewal of trade "
        "licences.",
        "为市、区议会提供市政ERP和房产税账单系统，并提供营业执照在线续期。",
        "ravicivic",
        "yes",
    ),
    (
        "PK-002",
        "Ravi Civic Labs",
        "拉维市政实验室",
        "Lahore",
        2019,
        34,
        "311 citizen complaint app;Urdu chatbot;accessibility audits (WCAG 2.2);open-data dashboards;UX research",
        "local government;civil society",
        "React Native;Python;Rasa",
        "none",
        "English;Urdu",
        "A small product studio behind 311-style complaint apps and Urdu chatbots; it also audits council websites "
        "for accessibility.",
        "",
        "ravicivlabs",
        "no",
    ),
    (
        "PK-003",
        "Junction (Pvt) Ltd",
        "",
        "Islamabad",
        2011,
        65,
        "adaptive traffic signal control;junction timing plans;traffic microsimulation (VISSIM);signal controller firmware",
        "traffic police;transport authorities",
        "C;Python;PTV Vissim",
        "ISO 9001",
        "English;Urdu",
        "Junction designs and tunes adaptive traffic-signal control for busy intersections and writes firmware for "
        "signal controllers.",
        "",
        "junction",
        "yes",
    ),
    (
        "PK-004",
        "Mall Road Traffic Tech",
        "林荫大道交通科技",
        "Lahore",
        2013,
        210,
        "ANPR analytics;red-light violation detection;traffic-signal control;e-challan integration",
        "traffic police;safe cities",
        "C++;OpenCV;PostgreSQL",
        "ISO 9001;ISO 27001",
        "English;Urdu;Punjabi",
        "Video analytics for traffic police: number-plate reading, red-light detection and links to e-challan systems.",
        "为交警提供车牌识别、闯红灯检测及电子罚单对接。",
        "mallroadtraffic",
        "yes",
    ),
    (
        "PK-005",
        "Lahore Transit Data Works",
        "拉合尔公交数据",
        "Lahore",
        2010,
        250,
        "GTFS feed building;real-time bus tracking;passenger information displays;journey planner;traffic-signal "
        "priority for buses",
        "public transport",
        "Java;Kafka;OpenTripPlanner",
        "ISO 27001",
        "English;Urdu",
        "Publishes GTFS feeds and real-time bus positions for metro-bus and feeder routes.",
        "为快速公交和接驳线路发布GTFS数据和实时公交位置。",
        "lahoretransit",
        "yes",
    ),
    (
        "PK-006",
        "Shalimar Sanitation Software",
        "夏利马环卫软件",
        "Lahore",
        2012,
        160,
        "solid-waste route optimisation;fleet telematics;transfer station weighbridge software",
        "sanitation;waste management companies",
        "Python;OR-Tools;PostGIS",
        "ISO 14001;ISO 9001",
        "English;Urdu",
        "Plans collection routes for waste companies and runs weighbridge software at transfer stations.",
        "为环卫企业规划垃圾收运路线。",
        "shalimarsanitation",
        "no",
    ),
    (
        "PK-007",
        "Punjab Rescue Dispatch Systems",
        "旁遮普救援调度系统",
        "Lahore",
        2006,
        310,
        "computer-aided dispatch (CAD);1122-style call taking;ambulance AVL;incident reporting",
        "emergency services",
        ".NET;SQL Server;Esri",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Call-taking and computer-aided dispatch for emergency services, with live ambulance locations.",
        "为应急救援机构提供接警和计算机辅助调度系统。",
        "punjabrescue",
        "yes",
    ),
    (
        "PK-008",
        "Gulberg GeoTwin",
        "古尔伯格地理孪生",
        "Lahore",
        2017,
        55,
        "digital twin for city blocks;building permit e-portal;3D BIM review",
        "development authorities;real estate",
        "Cesium;Unity;Python",
        "ISO 27001",
        "English;Urdu",
        "Builds block-level digital twins and an online building-permit portal that checks 3D BIM submissions.",
        "",
        "gulberggeotwin",
        "no",
    ),
    (
        "PK-009",
        "Lahore Vision Integrators (Pvt) Ltd",
        "拉合尔视觉集成",
        "Lahore",
        1999,
        2300,
        "Safe City CCTV integration;command and control centre design;ANPR;video wall integration;fibre backbone "
        "design",
        "safe cities;police",
        "Milestone XProtect;Cisco;Huawei",
        "ISO 9001;ISO 27001;ISO/IEC 20000-1",
        "English;Urdu;Mandarin",
        "Pakistan's largest integrator of city CCTV and command-and-control centres, from fibre to video wall.",
        "巴基斯坦大型城市视频监控与指挥中心集成商。",
        "lahorevision",
        "yes",
    ),
    (
        "PK-010",
        "Anarkali Video Analytics",
        "阿纳尔卡利视频分析",
        "Lahore",
        2015,
        180,
        "number plate recognition;CCTV video analytics;crowd counting",
        "safe cities;retail",
        "Python;PyTorch;NVIDIA DeepStream",
        "",
        "English;Urdu",
        "Computer-vision models for number plates, crowd counts and suspicious-object alerts on existing cameras.",
        "",
        "anarkalivision",
        "no",
    ),
    (
        "PK-011",
        "Model Town Municipal Software",
        "模范镇市政软件",
        "Lahore",
        2002,
        540,
        "municipal ERP;building plan approval workflow;e-procurement;birth and death registration",
        "local government;cantonment boards",
        "Java;Oracle;Angular",
        "ISO 27001;CMMI Level 2",
        "English;Urdu",
        "Long-standing supplier of municipal ERP, building-plan approval and e-procurement to councils and "
        "cantonment boards.",
        "为地方议会和军营委员会提供市政ERP、建筑图纸审批和电子采购系统。",
        "modeltownsoft",
        "yes",
    ),
    (
        "PK-012",
        "Urdu Saathi AI",
        "乌尔都伙伴智能",
        "Lahore",
        2016,
        75,
        "Urdu chatbot for citizen services;311 complaint triage;Urdu speech-to-text;IVR menus",
        "local government;utilities",
        "Python;Rasa;Whisper",
        "",
        "English;Urdu;Punjabi",
        "Urdu-language chatbots and speech recognition that sort citizen complaints for councils and utilities.",
        "为市政和公用事业单位提供乌尔都语聊天机器人。",
        "urdusaathi",
        "yes",
    ),
    (
        "PK-013",
        "Clifton Smart Parking",
        "克利夫顿智慧停车",
        "Karachi",
        2014,
        90,
        "smart parking sensors;parking payment app;kerbside parking enforcement",
        "municipal parking;malls",
        "LoRaWAN;Flutter;Node.js",
        "ISO 9001",
        "English;Urdu",
        "In-ground parking sensors, a pay-by-phone app and handheld enforcement for kerbside parking.",
        "提供路侧停车地磁、手机缴费和执法终端。",
        "cliftonparking",
        "yes",
    ),
    (
        "PK-014",
        "Saddar E-Challan Solutions",
        "萨达尔电子罚单",
        "Karachi",
        2009,
        140,
        "e-challan issuance;traffic fine payment integration;handheld enforcement devices",
        "traffic police",
        "Android;Java;MySQL",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Issues e-challans from handheld devices and connects traffic-fine payment to banks and wallets.",
        "电子罚单开具与罚款缴纳系统。",
        "saddarechallan",
        "yes",
    ),
    (
        "PK-015",
        "Korangi Safe Streets",
        "科朗吉平安街道",
        "Karachi",
        2007,
        620,
        "CCTV command-and-control centre;ANPR;E-Challan back office;emergency call boxes",
        "safe cities;police",
        "Genetec;C#;SQL Server",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Runs city CCTV command-and-control centres with number-plate reading and the back office for e-challans.",
        "",
        "korangisafe",
        "yes",
    ),
    (
        "PK-016",
        "Karachi Bus Data Co.",
        "卡拉奇公交数据",
        "Karachi",
        2011,
        130,
        "bus tracking (AVL);GTFS-realtime;automated fare collection (AFC) integration;depot management",
        "public transport",
        "Go;Kafka;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "Bus tracking, GTFS-realtime feeds and fare-collection integration for Karachi's bus operators.",
        "为公交运营商提供车辆定位、实时GTFS和票务对接。",
        "karachibusdata",
        "no",
    ),
    (
        "PK-017",
        "Indus Municipal Billing",
        "印度河市政账单",
        "Karachi",
        2005,
        280,
        "property-tax billing;water bill collection;e-procurement;revenue dashboards",
        "local government;water utilities",
        ".NET;Oracle;Power BI",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Billing and collection systems for property tax and water bills, plus e-procurement for councils.",
        "房产税和水费账单及电子采购系统。",
        "indusbilling",
        "no",
    ),
    (
        "PK-018",
        "Seaview Parking Guidance",
        "海景停车诱导",
        "Karachi",
        2018,
        28,
        "parking guidance signs;car-park occupancy API;valet app",
        "malls;airports",
        "Python;MQTT;React",
        "none",
        "English;Urdu",
        "Counts free spaces in car parks and shows them on guidance signs and in an API.",
        "",
        "seaviewparking",
        "no",
    ),
    (
        "PK-019",
        "Lyari Clean Routes",
        "利亚里清洁路线",
        "Karachi",
        2010,
        300,
        "waste collection route optimization;water supply complaint tracking with GIS;fleet fuel monitoring",
        "sanitation;water utilities",
        "Python;PostGIS;QGIS",
        "ISO 14001",
        "English;Urdu;Sindhi",
        "Optimises waste collection routes and maps water-supply complaints for utilities in Sindh.",
        "优化垃圾收运路线，并用GIS跟踪供水投诉。",
        "lyariroutes",
        "yes",
    ),
    (
        "PK-020",
        "Harbour Citizen Tech",
        "海港市民科技",
        "Karachi",
        2013,
        120,
        "citizen chatbot (Urdu/English);accessibility audit;WhatsApp service desks",
        "local government;banks",
        "Python;Dialogflow;Twilio",
        "ISO 27001",
        "English;Urdu",
        "Citizen chatbots in Urdu and English and WhatsApp service desks; also audits portals for accessibility.",
        "提供乌尔都语和英语市民聊天机器人。",
        "harbourcitizen",
        "yes",
    ),
    (
        "PK-021",
        "Margalla Revenue Systems",
        "马尔加拉税收系统",
        "Islamabad",
        2008,
        230,
        "property tax assessment;municipal ERP;GIS-based tax mapping",
        "local government;cantonment boards",
        "Java;PostgreSQL;GeoServer",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Property-tax assessment on GIS maps and municipal ERP for the capital's councils and cantonments.",
        "基于GIS的房产税评估和市政ERP。",
        "margallarevenue",
        "no",
    ),
    (
        "PK-022",
        "Potohar Geomatics",
        "波多哈尔测绘",
        "Islamabad",
        2009,
        160,
        "3D city modelling;land records digitization;LiDAR processing;drone surveys",
        "development authorities;revenue departments",
        "ArcGIS;Python;Pix4D",
        "ISO 9001",
        "English;Urdu",
        "Drone and LiDAR surveys turned into 3D city models, and digitisation of land records.",
        "三维城市建模与土地档案数字化。",
        "potohargeo",
        "yes",
    ),
    (
        "PK-023",
        "Capital WaterWorks Digital",
        "首都水务数字",
        "Islamabad",
        2012,
        70,
        "water and sewerage complaint GIS;leak detection analytics;SCADA dashboards",
        "water utilities",
        "Esri;Python;Grafana",
        "",
        "English;Urdu",
        "Maps water and sewerage complaints on GIS and finds leaks from pressure data.",
        "",
        "capitalwater",
        "no",
    ),
    (
        "PK-024",
        "Blue Area Vision",
        "蓝区视觉",
        "Islamabad",
        2010,
        500,
        "ANPR;CCTV command center integration;video management system (VMS)",
        "safe cities",
        "C#;Milestone;Azure",
        "ISO 27001",
        "English;Urdu",
        "Integrates number-plate reading and video management into CCTV command centers.",
        "",
        "blueareavision",
        "no",
    ),
    (
        "PK-025",
        "Metro Feeder Tech",
        "地铁接驳科技",
        "Islamabad",
        2016,
        100,
        "GTFS feed publishing;bus arrival prediction;journey planner app",
        "public transport",
        "Kotlin;Python;GTFS",
        "none",
        "English;Urdu",
        "Publishes GTFS feeds and predicts bus arrivals for feeder routes; makes a journey-planner app.",
        "发布GTFS数据并预测公交到站时间。",
        "metrofeeder",
        "yes",
    ),
    (
        "PK-026",
        "Twin Cities Spatial",
        "双城空间",
        "Rawalpindi",
        2020,
        30,
        "urban digital twin (3D);open data portal (CKAN);drone photogrammetry",
        "development authorities",
        "CesiumJS;CKAN;Python",
        "none",
        "English;Urdu",
        "Urban digital twins from drone photogrammetry, published through open-data portals.",
        "城市数字孪生与开放数据门户。",
        "twincitiesspatial",
        "yes",
    ),
    (
        "PK-027",
        "Pindi Emergency Systems",
        "拉瓦尔品第应急系统",
        "Rawalpindi",
        2008,
        210,
        "emergency dispatch (CAD);GPS ambulance tracking;call recording",
        "emergency services;hospitals",
        "Java;PostgreSQL;OpenLayers",
        "ISO 9001",
        "English;Urdu",
        "Emergency dispatch software with GPS tracking of ambulances and recorded calls.",
        "",
        "pindiemergency",
        "no",
    ),
    (
        "PK-028",
        "Raja Bazaar Records",
        "拉贾集市档案",
        "Rawalpindi",
        2014,
        60,
        "land-record digitisation (fard and mutation);document scanning;Urdu OCR",
        "revenue departments",
        "Python;Tesseract;PostgreSQL",
        "",
        "English;Urdu",
        "Scans and digitises land records, including fard and mutation registers, with Urdu OCR.",
        "",
        "rajabazaar",
        "no",
    ),
    (
        "PK-029",
        "Sector F Open Gov",
        "F区开放政府",
        "Islamabad",
        2013,
        45,
        "cadastral mapping;open-data portals;RTI request tracking",
        "local government;NGOs",
        "QGIS;Django;CKAN",
        "none",
        "English;Urdu",
        "Cadastral maps and open-data portals for local governments, and tracking of right-to-information requests.",
        "",
        "sectorfopengov",
        "yes",
    ),
    (
        "PK-030",
        "Khyber Lights & Grid",
        "开伯尔照明电网",
        "Peshawar",
        2012,
        85,
        "street-light management system;smart meter data;LoRaWAN networks",
        "municipal lighting;power distribution",
        "C;LoRaWAN;InfluxDB",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Remote control of street lights over LoRaWAN and collection of smart-meter data.",
        "远程路灯管理。",
        "khyberlights",
        "no",
    ),
    (
        "PK-031",
        "Peshawar Bus Tracker",
        "白沙瓦公交追踪",
        "Peshawar",
        2018,
        45,
        "bus tracking;passenger counting;GTFS export",
        "public transport",
        "Android;Node.js;MongoDB",
        "none",
        "English;Urdu;Pashto",
        "Tracks buses, counts passengers and exports schedules as GTFS.",
        "",
        "peshawarbus",
        "no",
    ),
    (
        "PK-032",
        "Frontier Rescue Tech",
        "边疆救援科技",
        "Peshawar",
        2014,
        50,
        "emergency dispatch software;incident mapping;volunteer alerts",
        "emergency services",
        "PHP;MySQL;Leaflet",
        "",
        "English;Urdu;Pashto",
        "Dispatch and incident mapping for rescue services and volunteer networks.",
        "",
        "frontierrescue",
        "no",
    ),
    (
        "PK-033",
        "Quetta Smart Lamp Works",
        "奎达智能路灯",
        "Quetta",
        2016,
        30,
        "street lighting control;solar street light monitoring",
        "municipal lighting",
        "ESP32;MQTT;Vue",
        "none",
        "English;Urdu;Balochi",
        "Controllers and monitoring for grid and solar street lights.",
        "",
        "quettalamp",
        "no",
    ),
    (
        "PK-034",
        "Lyallpur Waste Routing",
        "莱亚尔普尔垃圾路线",
        "Faisalabad",
        2017,
        48,
        "solid waste route planning;transfer station management;complaint SMS line",
        "sanitation",
        "Python;OR-Tools;Flutter",
        "none",
        "English;Urdu;Punjabi",
        "Plans solid-waste collection routes and runs transfer stations for the city's waste company.",
        "",
        "lyallpurwaste",
        "no",
    ),
    (
        "PK-035",
        "Indus Riverside GIS",
        "印度河畔地理信息",
        "Hyderabad",
        2011,
        95,
        "sewerage network GIS;drainage complaint mapping;flood risk maps",
        "water utilities;disaster management",
        "ArcGIS;Python",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "GIS of sewerage networks, drainage complaint maps and urban flood-risk maps.",
        "排水管网GIS。",
        "indusriverside",
        "no",
    ),
    (
        "PK-036",
        "Galiyat Access Lab",
        "加利亚特无障碍实验室",
        "Abbottabad",
        2020,
        4,
        "accessibility audit;screen-reader testing;Urdu alt-text writing",
        "government websites;universities",
        "axe-core;NVDA;JAWS",
        "none",
        "English;Urdu",
        "A four-person lab that audits government websites for accessibility and writes Urdu alt text.",
        "",
        "galiyataccess",
        "no",
    ),
    (
        "PK-037",
        "Multan Land Ledger",
        "木尔坦土地账簿",
        "Multan",
        2006,
        40,
        "land records management;patwari workflow app;mutation tracking",
        "revenue departments",
        ".NET;SQL Server",
        "",
        "English;Urdu;Saraiki",
        "Land-record software and a workflow app for patwaris.",
        "",
        "multanland",
        "yes",
    ),
    (
        "PK-038",
        "Sialkot BinSense",
        "锡亚尔科特智能垃圾桶",
        "Sialkot",
        2019,
        22,
        "smart bin fill-level sensors;IoT firmware;sensor enclosures",
        "sanitation;equipment makers",
        "C;NB-IoT;AWS IoT",
        "none",
        "English;Urdu",
        "Fill-level sensors for street bins and the firmware and enclosures around them.",
        "垃圾桶满溢传感器。",
        "sialkotbinsense",
        "no",
    ),
    (
        "PK-039",
        "Chenab Conversational",
        "杰纳布对话科技",
        "Faisalabad",
        2012,
        60,
        "conversational agents (Urdu, Punjabi);WhatsApp citizen helpdesk;IVR design",
        "local government;telecom",
        "Python;Rasa;Asterisk",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Conversational agents in Urdu and Punjabi for citizen helpdesks on WhatsApp and phone.",
        "",
        "chenabconv",
        "yes",
    ),
    (
        "PK-040",
        "Multan Transit Feeds",
        "木尔坦公交数据",
        "Multan",
        2015,
        99,
        "GTFS data cleaning;bus stop inventory;ridership analytics",
        "public transport",
        "Python;Pandas;QGIS",
        "none",
        "English;Urdu;Saraiki",
        "Cleans GTFS data, surveys bus stops and analyses ridership.",
        "",
        "multantransit",
        "no",
    ),
    (
        "PK-041",
        "Mehran Municipal ERP",
        "梅赫兰市政ERP",
        "Hyderabad",
        2003,
        150,
        "municipal accounting ERP;eProcurement;payroll for councils",
        "local government",
        "Oracle;Java",
        "",
        "English;Urdu;Sindhi",
        "Accounting ERP, eProcurement and payroll for town and district councils.",
        "",
        "mehranerp",
        "no",
    ),
    (
        "PK-042",
        "Quetta Water Mapping",
        "奎达水务制图",
        "Quetta",
        2015,
        26,
        "water supply GIS;tanker booking app;meter reading app",
        "water utilities",
        "QGIS;Flutter;Firebase",
        "none",
        "English;Urdu;Pashto",
        "Maps water-supply networks and runs tanker booking and meter reading apps.",
        "",
        "quettawater",
        "no",
    ),
    (
        "PK-043",
        "Keamari E-Tender",
        "基马里电子招标",
        "Karachi",
        2016,
        55,
        "e-tendering portal;vendor registration;contract management",
        "local government;ports",
        "PHP;Laravel;MySQL",
        "ISO 27001",
        "English;Urdu",
        "E-tendering portals, vendor registration and contract management.",
        "电子招标平台。",
        "keamaritender",
        "no",
    ),
    (
        "PK-044",
        "Shahdara Grievance Tech",
        "沙赫达拉诉求科技",
        "Lahore",
        2018,
        40,
        "grievance redressal portal;SMS alerts;open data dashboards",
        "local government",
        "Django;PostgreSQL;Twilio",
        "none",
        "English;Urdu;Punjabi",
        "Grievance portals with SMS updates for citizens and open-data dashboards of complaint statistics.",
        "",
        "shahdaragrievance",
        "no",
    ),
    (
        "PK-045",
        "Gujranwala Clean City Software",
        "古杰兰瓦拉清洁城市软件",
        "Gujranwala",
        2021,
        40,
        "garbage collection route planning;bin QR tagging;sanitation worker attendance",
        "sanitation",
        "Flutter;Python;OSRM",
        "none",
        "English;Urdu;Punjabi",
        "Route planning for garbage trucks, QR tags on bins and attendance for sanitation workers.",
        "",
        "gujranwalaclean",
        "yes",
    ),
    (
        "PK-046",
        "Clifton Open Data Studio",
        "克利夫顿开放数据工作室",
        "Karachi",
        2022,
        18,
        "open-data portal;data visualisation;CKAN hosting",
        "local government;media",
        "CKAN;D3.js;Python",
        "",
        "English;Urdu",
        "Builds and hosts open-data portals and data visualisations for councils and newsrooms.",
        "",
        "cliftonopendata",
        "no",
    ),
    (
        "CN-001",
        "Pengcheng Vision Technology Co., Ltd.",
        "鹏城视觉科技有限公司",
        "Shenzhen",
        2003,
        8500,
        "CCTV cameras;video analytics platform;command centre video walls;thermal cameras",
        "safe cities;transport",
        "C++;Linux;ONVIF",
        "ISO 9001;ISO 27001;CCC",
        "Mandarin;English",
        "Camera maker with city projects in Pakistan, supplying cameras, video analytics and video walls.",
        "摄像机制造商，在巴基斯坦有城市项目。",
        "pengchengvision",
        "no",
    ),
    (
        "CN-002",
        "Nanshan Traffic Intelligence Co., Ltd.",
        "南山交通智能有限公司",
        "Shenzhen",
        2008,
        900,
        "adaptive traffic signal control;交通信号配时优化;traffic data centre",
        "traffic police;urban investment",
        "Java;Kafka;Flink",
        "ISO 9001;GB/T 22080",
        "Mandarin;English",
        "Adaptive traffic-signal control and signal-timing optimisation for city traffic police.",
        "为城市交警提供自适应信号控制和信号配时优化。",
        "nanshantraffic",
        "no",
    ),
    (
        "CN-003",
        "Qianhai Urban AI Co., Ltd.",
        "前海城市智能有限公司",
        "Shenzhen",
        2015,
        1500,
        "车牌识别 (ANPR);指挥中心集成;smart city operations platform",
        "city management bureaus",
        "Python;TensorRT;Kubernetes",
        "ISO 27001;MLPS Level 3",
        "Mandarin;English",
        "City operations platforms, number-plate recognition and command-centre integration for city bureaus.",
        "为城市管理部门提供城市运行平台、车牌识别和指挥中心集成。",
        "qianhaiurban",
        "no",
    ),
    (
        "CN-004",
        "Shenzhen Bright Lamp IoT Co., Ltd.",
        "深圳明灯物联有限公司",
        "Shenzhen",
        2011,
        650,
        "smart street lights;路灯远程管理;NB-IoT lamp controllers;EV charging on light poles",
        "municipal lighting;equipment",
        "NB-IoT;C;Java",
        "ISO 9001;CCC",
        "Mandarin;English",
        "Smart street lights with NB-IoT controllers and chargers on light poles.",
        "智慧路灯及单灯控制器。",
        "brightlamp",
        "no",
    ),
    (
        "CN-005",
        "West Lake Transit Systems Co., Ltd.",
        "西湖公交系统有限公司",
        "Hangzhou",
        2001,
        1200,
        "automated fare collection (AFC);bus tracking and dispatch;QR-code ticketing",
        "bus groups",
        "Java;Oracle;Android",
        "ISO 9001;ISO 27001",
        "Mandarin",
        "Fare collection, QR-code ticketing and bus dispatch for bus groups.",
        "为公交集团提供票务和调度系统。",
        "westlaketransit",
        "no",
    ),
    (
        "CN-006",
        "Guangzhou Huancheng Sanitation Tech Co., Ltd.",
        "广州环城环卫科技有限公司",
        "Guangzhou",
        2007,
        760,
        "垃圾清运路线优化;sanitation fleet management;bin sensors",
        "sanitation operators",
        "Java;PostGIS;Vue",
        "ISO 14001;ISO 9001",
        "Mandarin;English",
        "Route optimisation and fleet management for sanitation operators.",
        "为环卫运营企业提供清运路线优化和车队管理。",
        "huanchengsanitation",
        "no",
    ),
    (
        "CN-007",
        "Hangzhou CityMirror Digital Co., Ltd.",
        "杭州城镜数字有限公司",
        "Hangzhou",
        2012,
        420,
        "数字孪生城市;3D GIS;城市运行中心大屏",
        "city management bureaus;urban investment",
        "Unreal Engine;SuperMap;Python",
        "ISO 27001",
        "Mandarin",
        "City-scale digital twins and operations-centre dashboards.",
        "城市级数字孪生和城市运行中心大屏。",
        "citymirror",
        "no",
    ),
    (
        "CN-008",
        "Suzhou Lumen Lighting Co., Ltd.",
        "苏州流明照明有限公司",
        "Suzhou",
        2005,
        2100,
        "street-lighting control systems;LED luminaire manufacturing;lighting design",
        "municipal lighting;equipment",
        "DALI;Zigbee;C",
        "ISO 9001;CCC;ISO 14001",
        "Mandarin;English",
        "Maker of LED luminaires and street-lighting control systems with projects in Pakistan.",
        "",
        "lumenlighting",
        "no",
    ),
    (
        "CN-009",
        "Chengdu Tianfu Twin Technology Co., Ltd.",
        "成都天府孪生科技有限公司",
        "Chengdu",
        2016,
        140,
        "digital twin platform;3D city model;CIM/BIM integration",
        "smart parks;urban investment",
        "Cesium;Java;PostGIS",
        "ISO 27001",
        "Mandarin;English",
        "Digital-twin platforms and 3D city models for smart parks and urban-investment companies.",
        "为智慧园区和城投公司提供数字孪生平台。",
        "tianfutwin",
        "no",
    ),
    (
        "CN-010",
        "Hangzhou Qiantang Urban Investment Digital Co., Ltd.",
        "杭州钱塘城投数字科技有限公司",
        "Hangzhou",
        2014,
        300,
        "smart-park operations platform;property management system;园区能耗监测",
        "urban investment;smart parks",
        "Java;Vue;MySQL",
        "ISO 9001",
        "Mandarin",
        "The digital arm of an urban-investment company, running smart-park operations and energy monitoring.",
        "城投公司数字化子公司。",
        "qiantangdigital",
        "no",
    ),
    (
        "CN-011",
        "Wuhan Jiangcheng Emergency Tech Co., Ltd.",
        "武汉江城应急科技有限公司",
        "Wuhan",
        2012,
        380,
        "接处警系统 (computer-aided dispatch);应急指挥调度;flood warning",
        "emergency management",
        "Java;GIS;Kafka",
        "ISO 9001;MLPS Level 3",
        "Mandarin",
        "Emergency call handling, dispatch and flood warning for city emergency bureaus.",
        "接处警与应急指挥调度系统。",
        "jiangchengemergency",
        "no",
    ),
    (
        "CN-012",
        "Xi'an Chang'an Streetlamp Co., Ltd.",
        "西安长安路灯有限公司",
        "Xi'an",
        2009,
        220,
        "streetlamp monitoring;路灯电缆防盗报警;single-lamp controllers",
        "municipal lighting",
        "C;LoRa;Java",
        "CCC",
        "Mandarin",
        "Streetlamp monitoring, single-lamp controllers and cable-theft alarms.",
        "",
        "changanlamp",
        "no",
    ),
    (
        "CN-013",
        "Urumqi Silk Voice Intelligence Co., Ltd.",
        "乌鲁木齐丝语智能有限公司",
        "Urumqi",
        2018,
        90,
        "智能客服 (Chinese-Urdu);machine translation (Urdu-Chinese);speech synthesis",
        "government hotlines;cross-border trade",
        "Python;PyTorch",
        "",
        "Mandarin;Urdu;Uyghur",
        "Chinese-Urdu customer-service bots and machine translation for hotlines and cross-border trade.",
        "中乌智能客服与机器翻译。",
        "silkvoice",
        "no",
    ),
    (
        "CN-014",
        "Chongqing Mountain City Bus Technology Co., Ltd.",
        "重庆山城公交科技有限公司",
        "Chongqing",
        2006,
        1100,
        "公交票务;公交电子站牌;passenger flow analytics",
        "bus groups",
        "Java;Android;Hadoop",
        "ISO 9001",
        "Mandarin",
        "Ticketing, electronic bus-stop signs and passenger-flow analytics for bus groups.",
        "公交票务、电子站牌和客流分析。",
        "mountaincitybus",
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
STAFF = ["helpdesk@civiccircuit.example", "0800-20710"]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hi - who actually organised the feb 2022 shanghai webinar this whole programme grew out of?",
        ["overview.md"],
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
        "we are 40 people in Quetta and want to bring 4 delegates. whats our total participation fee? "
        "also is there any office in quetta",
        [v.RULES, v.UR_DOCX, "offices-and-contacts.html"],
        [],
        "computed: 21-75 band PKR 45,000 with 2 delegates + 2 extra at the footnoted PKR 12,500; the asker's own "
        "situation; second question answered by the offices page (no Quetta office, Islamabad desk)",
    ),
    (
        "en-03",
        P,
        "whats the booth share for the hangzhou expo pakistan pavilion? saw two different numbers on ur site",
        [v.EXPO, "ur-site-visit-expo.md"],
        ["PKR 180,000", "180,000", "1,80,000"],
        "live figure; the page's <template> holds a stale draft booth share that must not be given",
    ),
    (
        "en-04",
        P,
        "Window B pilot grant - what's the max per firm, and when do proposals close?",
        [v.CALL, v.GRANTS],
        ["PKR 2,000,000", "2,000,000", "31 July 2071"],
        "figures sit in Word content controls (inline and block); reviewer comments propose other figures that "
        "were not adopted",
    ),
    (
        "en-05",
        P,
        "where do we email the filled application form? is there a fee with it",
        [v.FORM],
        ["apply@civiccircuit.example"],
        "submission e-mail only in a filled AcroForm field of the PDF form",
    ),
    (
        "en-06",
        P,
        "what exactly did corrigendum 1 chnage??",
        ["corrigendum-01.md"],
        ["30 March 2071", "PKR 1,000,000", "1,000,000"],
        "corrigendum table: application close 16 -> 30 March 2071, Window C cap 800,000 -> 1,000,000",
    ),
    (
        "en-07",
        P,
        "urdu-chinese interpeter rate per day for selected firms?",
        [v.RATES],
        ["38,000"],
        "Excel-exported HTML rate card; the programme rate, not the market rate",
    ),
    (
        "en-08",
        P,
        "how much would a WCAG audit of 35 screens cost us at the programme rates",
        [v.RATES],
        [],
        "computed: 25-screen audit 145,000 + one further block of 10 screens 32,000",
    ),
    (
        "en-09",
        P,
        "we're 120 staff, got selected and paid the 95k fee. if we pull out on 1 june how much do we get back?",
        [v.RULES, v.UR_DOCX],
        [],
        "computed: withdrawal between 16 May and 15 June refunds 50% of PKR 95,000",
    ),
    (
        "en-10",
        P,
        "can 2 small firms share one booth at the expo? how is the fee split then",
        [v.FAQ],
        ["half the booth share", "PKR 90,000", "90,000"],
        "FAQ answer in the Markdown FAQ",
    ),
    (
        "en-11",
        DIR,
        "which companies do ANPR or number plate recognition in Lahore?",
        [],
        [],
        "ANPR written as acronym and spelled out; city filter",
    ),
    (
        "en-12",
        DIR,
        "need vendors for bus tracking / GTFS feeds with at least 100 staff",
        [],
        [],
        "acronym GTFS and plain wording; head count >= 100 (100 itself included, 99 excluded)",
    ),
    (
        "en-13",
        DIR,
        "any accessibility audit firms that hold no certifications at all?",
        [],
        [],
        "certifications = none; an empty cell is unknown and does not count",
    ),
    (
        "en-14",
        DIR,
        "are there chinese companies doing street light management?",
        [],
        [],
        "country CN; street light / streetlamp / 路灯 written in English and Chinese",
    ),
    (
        "en-15",
        DIR,
        "what does Junction do and where are they based?",
        [],
        [],
        "one company by name; its short name is a common traffic word used in other firms' services",
    ),
    (
        "en-16",
        UN,
        "can you recommend a good biryani place near your Lahore office?",
        [],
        [],
        "off-topic: food, names a programme city",
    ),
    (
        "en-17",
        UN,
        "what's the weather usually like in Hangzhou in September?",
        [],
        [],
        "off-topic: weather, names the expo city",
    ),
    (
        "en-18",
        UN,
        "not about civic circuit, but how do I renew my pakistani passport online?",
        [],
        [],
        "off-topic: passports, names the programme",
    ),
    (
        "en-19",
        UN,
        "what's the phone number of your Peshawar office?",
        [],
        STAFF,
        "near miss: there is no Peshawar office (the Islamabad desk serves Peshawar)",
    ),
    (
        "en-20",
        UN,
        "is there an early-bird discount on the participation fee if we apply in february?",
        [],
        STAFF,
        "near miss: no discount of any kind is offered",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "我们是青湾区的区属单位，和巴方企业签了60万元的试点合同，配套资助最多能拿多少？",
        [v.GB_HTML],
        [],
        "computed: 30% of 60万元 = 18万元, above the general 15万元 cap but within the 20万元 cap for twinned "
        "districts; GB2312-encoded page",
    ),
    (
        "zh-02",
        P,
        "城市实验室周每家巴方企业最多能派几名代表？报名几号截止？",
        [v.FW_TXT, "ur-site-visit-expo.md"],
        ["3名", "３名", "5月20日", "５月２０日"],
        "full-width digits in the Chinese notice's table and paragraph",
    ),
    (
        "zh-03",
        P,
        "参访费每人多少钱？包括哪些费用？",
        [v.FW_TXT, "ur-site-visit-expo.md"],
        ["PKR 22,000", "ＰＫＲ　２２，０００", "22,000"],
        "full-width letters and digits (ＰＫＲ　２２，０００)",
    ),
    (
        "zh-04",
        P,
        "杭州博览会是哪几天？在几号馆？",
        [v.ZH_DOCX, v.EXPO],
        ["9月8日至11日", "3号馆", "Hall 3"],
        "dates table in the Chinese Word brief; also on the English expo page",
    ),
    (
        "zh-05",
        P,
        "巴方企业申请截止是哪天？听说延期了",
        ["corrigendum-01.md", v.ZH_DOCX, "overview.md"],
        ["3月30日", "30 March 2071"],
        "corrected date; the rules PDF still prints 16 March 2071",
    ),
    (
        "zh-06",
        P,
        "中方配套资助什么时候申报？需要交哪些材料？",
        [v.GB_HTML],
        ["7月1日至7月31日", "试点合同"],
        "GB2312 page: dates and documents needed",
    ),
    (
        "zh-07",
        P,
        "2022年2月上海那场网络研讨会是哪几家机构办的？",
        ["overview.md"],
        [
            "Consulate General of Pakistan in Shanghai",
            "Trade Development Authority",
            "Software Business Union of Shanghai",
            "Shanghai Software Industry Association",
        ],
        "real 2022 webinar facts, asked in Chinese, stated in English in the overview",
    ),
    (
        "zh-08",
        P,
        "深圳办公室的电话和邮箱是多少？",
        ["offices-and-contacts.html", v.ZH_DOCX, v.FW_TXT],
        ["+86 755 5550 2071", "shenzhen@civiccircuit.example"],
        "offices table; also in the Chinese brief",
    ),
    (
        "zh-09",
        P,
        "2069年试点那一轮签了几个试点合同？2071年计划招多少家巴方企业？",
        ["pilot-round-2069-summary.txt", "overview.md"],
        ["4 pilot contracts", "45 Pakistani firms"],
        "pilot round vs 2071; two questions in one",
    ),
    (
        "zh-10",
        DIR,
        "卡拉奇有哪些做智慧停车或者电子罚单（e-challan）的公司？",
        [],
        [],
        "services asked in Chinese for English values; city filter",
    ),
    (
        "zh-11",
        DIR,
        "哪些公司做垃圾清运路线优化？",
        [],
        [],
        "route optimisation / route planning in British and American spelling and in Chinese; bin sensors alone do "
        "not count",
    ),
    (
        "zh-12",
        DIR,
        "有ISO 27001认证、做市政ERP或房产税系统的公司有哪些？",
        [],
        [],
        "certification filter; unknown (empty) certifications excluded",
    ),
    ("zh-13", DIR, "在深圳的中国公司有哪些？", [], [], "country and city"),
    ("zh-14", DIR, "2015年以后成立的、做数字孪生或三维城市模型的公司？", [], [], "founded after 2015"),
    ("zh-15", UN, "杭州西湖附近有什么好吃的餐馆推荐吗？", [], [], "off-topic: restaurants, names the expo city"),
    ("zh-16", UN, "帮我写一首关于深圳夜景的诗", [], [], "off-topic: a poem"),
    (
        "zh-17",
        UN,
        "你们北京办公室的电话是多少？",
        [],
        STAFF,
        "near miss: no Beijing office (Chinese buyers there write to Shenzhen)",
    ),
    (
        "zh-18",
        UN,
        "2069年试点轮的时候，中方采购方配套资助的比例是多少？",
        [],
        STAFF,
        "near miss: last round's buyer matching share is not stated",
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہماری کمپنی میں ۳۵۰ کل وقتی ملازمین ہیں۔ فیس اقساط میں دیں تو پہلی قسط کتنی ہوگی اور کب دینی ہے؟",
        [v.UR_DOCX],
        [],
        "computed: 301 and above pays 1,60,000 in three instalments, the first 40%",
    ),
    (
        "ur-02",
        P,
        "پروگرام کی ہیلپ لائن کا نمبر کیا ہے؟",
        [v.PF_TXT, "offices-and-contacts.html"],
        ["0800-20710"],
        "Urdu notice in Arabic presentation forms; also on the offices page",
    ),
    (
        "ur-03",
        P,
        "عید الفطر پر پاکستان کے دفاتر کن تاریخوں میں بند رہیں گے؟",
        [v.PF_TXT],
        ["۲۵ تا ۲۷ اکتوبر", "25 تا 27 اکتوبر"],
        "holiday closures only in the presentation-form Urdu notice",
    ),
    (
        "ur-04",
        P,
        "سٹی لیب ویک کے ویزا دعوت نامے کے لیے نمائندوں کے نام کب تک بھیجنے ہیں؟",
        ["ur-site-visit-expo.md", v.FAQ],
        ["۲۰ مئی ۲۰۷۱", "20 May 2071"],
        "Urdu guide; also a FAQ alert",
    ),
    (
        "ur-05",
        P,
        "گرانٹ ونڈو سی کی زیادہ سے زیادہ رقم اب کتنی ہے؟ پہلے کچھ اور لکھا تھا",
        ["corrigendum-01.md"],
        ["PKR 1,000,000", "1,000,000"],
        "corrigendum figure; the grant windows document still prints 800,000",
    ),
    (
        "ur-06",
        P,
        "درخواست فارم کے ساتھ پروسیسنگ فیس کتنی ہے؟ کیا یہ واپس ملتی ہے؟",
        [v.FORM],
        ["PKR 3,000", "3,000"],
        "amount only in a filled AcroForm field; page text says non-refundable",
    ),
    (
        "ur-07",
        DIR,
        "پانی اور سیوریج کی شکایات کے لیے GIS بنانے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "services asked in Urdu for English values (water, sewerage, drainage GIS / complaints)",
    ),
    (
        "ur-08",
        DIR,
        "۲۰۱۰ سے پہلے قائم ہونے والی کون سی کمپنیاں ایمرجنسی ڈسپیچ (CAD) سافٹ ویئر بناتی ہیں؟",
        [],
        [],
        "founded before 2010; CAD acronym and spelled out, also in Chinese",
    ),
    (
        "ur-09",
        DIR,
        "اسلام آباد یا راولپنڈی میں زمین کے ریکارڈ (لینڈ ریکارڈ یا کیڈسٹرل نقشے) پر کام کرنے والی فرمیں کون سی ہیں؟",
        [],
        [],
        "land records / cadastral / fard; two cities",
    ),
    (
        "ur-10",
        DIR,
        "۲۰۲۲ کے ویبینار میں پیش ہونے والی کون سی کمپنیاں چیٹ بوٹ بناتی ہیں؟",
        [],
        [],
        "pitched_at_webinar = yes; chatbot / conversational agents",
    ),
    ("ur-11", UN, "کراچی سے لاہور ٹرین کا کرایہ کتنا ہے؟", [], [], "off-topic: train fares, names programme cities"),
    ("ur-12", UN, "شناختی کارڈ کی تجدید کیسے کروائیں؟", [], [], "off-topic: ID card renewal"),
    (
        "ur-13",
        UN,
        "ہانگژو میں پروگرام والے ہوٹل کا ایک رات کا کرایہ کتنا ہے؟",
        [],
        STAFF,
        "near miss: hotels are mentioned but no room rate is given",
    ),
    ("ur-14", UN, "کیا کراچی میں پروگرام کا روڈ شو ہوگا؟ کس تاریخ کو؟", [], STAFF, "near miss: no roadshow exists"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "hamara Window A ka kharcha 6 lakh hai, grant kitna milega?",
        [v.GRANTS],
        [],
        "computed: 70% of 6,00,000 = 4,20,000, under the PKR 550,000 cap",
    ),
    (
        "ul-02",
        P,
        "helpline saturday ko bhi khuli hoti hai? kis time tak?",
        [v.PF_TXT],
        ["10:00", "1:00"],
        "Saturday hours only in the presentation-form Urdu notice",
    ),
    (
        "ul-03",
        P,
        "grant claim invoice ke kitne din ke andar file karna hota hai?",
        [v.FAQ],
        ["60 days"],
        "fact inside a GitHub [!IMPORTANT] alert block",
    ),
    (
        "ul-04",
        P,
        "launch day kab tha aur kitni firms ne demo diya?",
        ["overview.md"],
        ["22 January 2071", "32 Pakistani firms"],
        "the programme's own launch event, not the 2022 webinar",
    ),
    (
        "ul-05",
        P,
        "shortlist hone ke liye kitne points chahiye?",
        ["selection-criteria-2071.md"],
        ["70 out of 100"],
        "shortlisting threshold",
    ),
    (
        "ul-06",
        P,
        "Karachi office ka address aur phone number batao",
        ["offices-and-contacts.html"],
        ["Harbour Point", "+92 21 3555 2071"],
        "offices table",
    ),
    (
        "ul-07",
        P,
        "2069 pilot mein fee kitni thi aur ab 2071 mein 21-75 logon wali firm ki fee kya hai?",
        ["pilot-round-2069-summary.txt", v.RULES, v.UR_DOCX],
        ["PKR 25,000", "PKR 45,000", "45,000"],
        "pilot round vs 2071 fee; two questions in one",
    ),
    (
        "ul-08",
        DIR,
        "kachra / solid waste wali companies jin mein 50 se kam log hain?",
        [],
        [],
        "waste collection, route planning or bin sensors; fewer than 50 employees",
    ),
    (
        "ul-09",
        DIR,
        "Karachi ya Hyderabad mein e-procurement karne wali firms kaun si hain?",
        [],
        [],
        "e-procurement / eProcurement / e-tendering; two cities",
    ),
    (
        "ul-10",
        DIR,
        "CCTV command centre integration wali companies jin ke 500 se zyada employees hain?",
        [],
        [],
        "centre / center spellings and 指挥中心; more than 500 (500 itself excluded)",
    ),
    (
        "ul-11",
        DIR,
        "building permit ya e-licensing portal banane wali firms jin ke paas CMMI hai?",
        [],
        [],
        "building permit / building plan approval / trade licence; CMMI certification",
    ),
    ("ul-12", UN, "bhai Lahore mein acha mobile repair shop kahan hai?", [], [], "off-topic: phone repair"),
    (
        "ul-13",
        UN,
        "2069 wale pilot mein extra delegate ki fee kitni thi?",
        [],
        STAFF,
        "near miss: the 2069 pilot's flat fee is stated, an extra-delegate fee for 2069 is not",
    ),
    (
        "ul-14",
        UN,
        "expo mein double booth (18 sq m) lena ho to uska charge kitna hai?",
        [],
        STAFF,
        "near miss: only the 9 m² booth share is given",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Window B ke liye minimum pilot contract value kitni honi chahiye? 最低合同金额是多少",
        [v.CALL],
        ["CNY 120,000", "120,000"],
        "inline Word content control",
    ),
    (
        "mx-02",
        P,
        "expo booth booking ki last date kya hai? 展位预订截止",
        [v.EXPO, "ur-site-visit-expo.md"],
        ["20 July 2071", "۲۰ جولائی ۲۰۷۱"],
        "live date; the page's <noscript> block holds a stale one",
    ),
    (
        "mx-03",
        P,
        "City Lab Week ka Hangzhou wala hissa kab hai? 杭州段是哪两天",
        [v.FW_TXT, "ur-site-visit-expo.md"],
        ["6月18日至19日", "６月１８日至１９日", "۱۸ اور ۱۹ جون"],
        "full-width dates in the Chinese notice",
    ),
    (
        "mx-04",
        P,
        "fee band ke liye full-time employee kaun count hota hai? 实习生算吗",
        [v.FAQ],
        ["30 hours"],
        "Markdown definition list",
    ),
    (
        "mx-05",
        P,
        "selection criteria mein sab se zyada points kis cheez ke hain? 哪一项分数最高",
        ["selection-criteria-2071.md"],
        ["Civic deployment record", "30 points"],
        "numbered criteria with points",
    ),
    (
        "mx-06",
        P,
        "2071 mein kitne twinned districts hain? 友好城区有几个",
        [v.FAQ, v.GB_HTML],
        ["Five twinned districts", "五个友好城区"],
        "definition list; also on the GB2312 page",
    ),
    (
        "mx-07",
        DIR,
        "Lahore mein 311 / citizen complaint app banane wali companies? 投诉",
        [],
        [],
        "311, complaint triage and grievance portals; city filter",
    ),
    (
        "mx-08",
        DIR,
        "AFC / 公交票务 wali Chinese companies kaun si hain?",
        [],
        [],
        "AFC acronym, ticketing and 票务; country CN",
    ),
    (
        "mx-09",
        DIR,
        "open data (portal ya dashboards) wali firms jo 2018 ya uske baad bani hain - کون سی؟",
        [],
        [],
        "founded 2018 or later; open-data / open data spellings",
    ),
    (
        "mx-10",
        DIR,
        "traffic signal control 公司 jin ke paas ISO 9001 hai?",
        [],
        [],
        "traffic-signal / signal control / 交通信号; ISO 9001",
    ),
    (
        "mx-11",
        UN,
        "Shenzhen mein best dim sum kahan milta hai? 推荐一下",
        [],
        [],
        "off-topic: food, names the Shenzhen office city",
    ),
    ("mx-12", UN, "ChatGPT ka API key kaise banate hain? 怎么申请", [], [], "off-topic: unrelated software"),
    (
        "mx-13",
        UN,
        "City Lab Week mein Guangzhou ka visit bhi hai? 广州参访是哪天",
        [],
        STAFF,
        "near miss: City Lab Week visits only Shenzhen and Hangzhou",
    ),
    ("mx-14", UN, "Civic Circuit ka gala dinner kab hai? 晚宴在哪里", [], STAFF, "near miss: no gala dinner exists"),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s29-{suffix}"
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
    rules_pdf()
    form_pdf()
    grants_docx()
    call_docx()
    ur_docx()
    zh_docx()
    gb_page()
    pf_notice()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
