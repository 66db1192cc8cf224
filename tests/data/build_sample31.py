"""Build the binary and byte-exact parts of sample-31 ("Claim Canal 2075").

Writes the two-column call for applications (PDF with a boxed sidebar, raised footnote markers set as separate
small text and ordinal dates), five .docx files (the site-visit tour with tracked changes left in it; the grant
windows with a footnotes part, a page header and a page footer; the expo page with a DrawingML text box and its
VML fallback; the right-to-left Urdu fee and refund sheet; the Chinese buyer guide), the Urdu helpline and
holidays notice in Windows-1256 with CRLF line ends, the launch-forum page as Word saves it ("Save as Web Page",
windows-1252), directory.csv and questions-31.jsonl. The other .md, .html and UTF-8 .txt documents are written by
hand. Directory answer sets and arithmetic answers come from validate_sample31 (FILTERS, COMPUTED).
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
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample31 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2075, 1, 12, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="ISHAP secretariat"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Claim Canal 2075"
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


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, tag="w:t", rpr=""):
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def append_xml(paragraph, fragment):
    """Append raw runs (and revision marks) to a paragraph, as Word writes them."""
    el = parse_xml(f'<w:root xmlns:w="{W_NS}" xmlns:r="{R_NS}">{fragment}</w:root>')
    for child in list(el):
        paragraph._p.append(child)


# ============================================================================ 9. two-column PDF
# Helvetica advance widths (per 1000 em) for line filling and for placing the raised markers.
HELV = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]
        + [556] * 10
        + [278, 278, 584, 584, 584, 556, 1015]
        + [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611]
        + [722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333]
        + [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278]
        + [556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
    )
)
HELV.update({"\u2013": 556, "\u2014": 1000, "\u00b7": 278, "\u2019": 222, "\u00b2": 333})
HELV_BOLD_EXTRA = 1.08  # bold is a little wider; near enough for filling lines


def width(text, size, bold=False):
    return sum(HELV.get(ch, 556) for ch in text) * size / 1000 * (HELV_BOLD_EXTRA if bold else 1)


def wrap(text, size, limit):
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if width(trial, size) <= limit or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252")


class Column:
    """One column of a page, filled from the top down."""

    def __init__(self, page, x, top, w=236):
        self.page, self.x, self.y, self.w = page, x, top, w

    def heading(self, s):
        self.y -= 3
        self.page.text(self.x, self.y, s, "/F2", 10)
        self.y -= 14

    def para(self, s, size=9, lead=11.5, gap=5):
        for line in wrap(s, size, self.w):
            self.page.text(self.x, self.y, line, "/F1", size)
            self.y -= lead
        self.y -= gap

    def marked(self, before, marker, after, size=9, lead=11.5, gap=5):
        """A sentence with a raised footnote marker after a figure: the text up to the figure ends a line
        segment, the marker is a separate small text set 3.5 pt higher, the sentence goes on after it."""
        lines = wrap(before, size, self.w)
        for line in lines[:-1]:
            self.page.text(self.x, self.y, line, "/F1", size)
            self.y -= lead
        last = lines[-1]
        self.page.text(self.x, self.y, last, "/F1", size)
        mx = self.x + width(last, size)
        self.page.text(round(mx + 0.4, 2), self.y + 3.5, marker, "/F1", 5.5)
        ax = round(mx + width(marker, 5.5) + 0.8, 2)
        rest = wrap(after, size, self.w - (ax - self.x))
        self.page.text(ax, self.y, " " + rest[0], "/F1", size)
        self.y -= lead
        remaining = after[len(rest[0]) :].strip()
        if remaining:
            self.para(remaining, size, lead, gap)
        else:
            self.y -= gap


class PdfPage:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, face="/F1", size=9):
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_str(s) + b") Tj ET\n")

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())

    def box(self, x, y, w, h):
        self.ops.append(f"0.8 w {x} {y} {w} {h} re S\n".encode())


def call_pdf():
    p1, p2 = PdfPage(), PdfPage()
    # ---- page 1: title band
    p1.text(50, 752, "CLAIM CANAL 2075", "/F2", 16)
    p1.text(50, 734, "Call for Applications from Pakistani Firms", "/F2", 11)
    p1.text(
        50, 720, "Insurance Software Houses Association of Pakistan (ISHAP), Karachi \u00b7 12 January 2075", "/F1", 8
    )
    p1.rule(50, 712, 562, 712)
    left = Column(p1, 50, 696)
    left.heading("1. Purpose of this call")
    left.para(
        "Claim Canal 2075 is the Pak\u2013China Insurance, Takaful & Actuarial Software Programme. It helps "
        "Pakistani firms that build software for insurers, takaful operators, reinsurers, brokers and TPAs find "
        "buyers in China. It offers a written and online selection, the Insurer Operations Site-Visit Tour in "
        "Hangzhou and Ningbo and a pavilion at the Shenzhen InsurTech & Risk Expo. Chinese buyers register "
        "separately with the China\u2013Pakistan Insurance Technology Alliance (CPITA)."
    )
    left.heading("2. Who may apply")
    left.para(
        "Firms that meet items 1 to 6 of Part A of the selection criteria may apply. The head count that sets a "
        "firm's fee band is defined in the selection criteria. A group of companies cannot file one application "
        "for several firms, and staff of ISHAP and CPITA, and firms owned by them, may not apply."
    )
    left.heading("3. How to apply")
    left.para(
        "Applications are made online only, at https://portal.claimcanal.example. The portal opens on "
        "12 January 2075, the day of the Launch Forum in Karachi, and applications close on 14th March 2075 at "
        "17:00 PKT. Late applications are not scored."
    )
    left.marked(
        "Each application carries a processing fee of PKR 3,000",
        "3",
        "paid on the portal when the application is submitted; an application without it is not scored.",
    )
    left.para(
        "Shortlisted firms give a 12-minute online demonstration to the selection panel between 14 and 17 April "
        "2075, in English or Mandarin. Results are announced by e-mail on 25th April 2075, and the panel's "
        "decision is final."
    )
    # ---- page 1 right column: the boxed sidebar, then the fees
    right = Column(p1, 320, 690)
    box_top = 704
    glance = [
        ("Portal opens", "12 January 2075"),
        ("Applications close", "14th March 2075, 17:00 PKT"),
        ("Demonstrations", "14\u201317 April 2075, online"),
        ("Results", "25th April 2075"),
        ("Site-visit tour", "16\u201320 June 2075"),
        ("Expo, Shenzhen", "23\u201326 September 2075"),
    ]
    p1.text(330, 690, "AT A GLANCE", "/F2", 10)
    y = 675
    for label, value in glance:
        p1.text(330, y, label, "/F2", 8.5)
        p1.text(430, y, value, "/F1", 8.5)
        y -= 12
    p1.box(320, y + 2, 242, box_top - y - 2)
    right.y = y - 16
    right.heading("4. Participation fee")
    right.para(
        "The participation fee depends on the firm's full-time head count. Bands are inclusive: a firm with 75 "
        "staff is in the second band and a firm with 76 staff in the third."
    )
    right.page.text(320, right.y, "Table 1: Participation fee bands, 2075", "/F2", 8.5)
    right.y -= 14
    cols = [324, 420, 496]
    rows = [
        ["Full-time staff", "Fee (PKR)", "Delegates"],
        ["1 \u2013 20", "28,000", "1"],
        ["21 \u2013 75", "56,000", "2"],
        ["76 \u2013 300", "104,000", "2"],
        ["301 or more", "196,000", "3"],
    ]
    top = right.y + 10
    for i, row in enumerate(rows):
        for j, (x, cell) in enumerate(zip(cols, row)):
            face = "/F2" if i == 0 else "/F1"
            p1.text(x, right.y, cell, face, 9)
            if i == 0 and j in (1, 2):
                mx = x + width(cell, 9, bold=True)
                p1.text(round(mx + 0.4, 2), right.y + 3.5, "1" if j == 1 else "2", "/F1", 5.5)
        p1.rule(320, right.y - 4, 562, right.y - 4, 0.4)
        right.y -= 14
    for x in (320, 416, 492, 562):
        p1.rule(x, top, x, right.y + 10, 0.4)
    p1.rule(320, top, 562, top, 0.4)
    right.y -= 8
    right.marked(
        "A firm of 21 to 75 staff, for example, pays PKR 56,000",
        "2",
        "and may bring two delegates to the site-visit tour and the expo.",
    )
    right.para(
        "Firms that are not selected pay no participation fee. The fee covers the programme itself; the "
        "site-visit tour package and expo packages are priced in their own documents, and part of their cost "
        "can be claimed under grant Window A."
    )
    right.para(
        "Fees are paid by bank transfer to the ISHAP account named in the selection letter, in one payment or in "
        "instalments as set out in section 5 overleaf."
    )
    # ---- page 1 footnotes band
    p1.rule(50, 88, 200, 88, 0.4)
    notes = [
        ("1", "Fees are for the whole programme and exclude the site-visit tour and expo packages."),
        ("2", "Each delegate beyond those included costs PKR 17,500."),
        ("3", "The processing fee is paid on the portal and is never refunded."),
    ]
    y = 78
    for mark, text in notes:
        p1.text(50, y + 3, mark, "/F1", 5.5)
        p1.text(55, y, text, "/F1", 8)
        y -= 10
    p1.text(290, 40, "Page 1 of 2", "/F1", 8)

    # ---- page 2
    p2.text(50, 752, "Claim Canal 2075 \u2014 Call for Applications", "/F2", 9)
    p2.rule(50, 744, 562, 744)
    left = Column(p2, 50, 724)
    left.heading("5. Instalments")
    left.para(
        "Firms in the first two bands pay the whole fee within 14 days of the selection letter. Firms in the "
        "third band pay 60% within 14 days of the letter and 40% by 5 June 2075. Firms in the fourth band pay "
        "40% within 14 days, 30% by 5 June 2075 and 30% by 5 August 2075."
    )
    left.marked(
        "An instalment paid late carries a surcharge of PKR 2,000",
        "4",
        "per week or part week, and a firm more than four weeks late is taken off the tour and expo lists.",
    )
    left.heading("6. Withdrawal and refunds")
    left.para(
        "A selected firm that withdraws in writing by 20 May 2075 gets the whole participation fee back. A "
        "withdrawal made between 21 May and 25 June 2075 gets 50% of the participation fee back, and nothing "
        "is refunded after 25 June 2075. The processing fee is never refunded."
    )
    left.para(
        "Site-visit tour and expo bookings have cancellation terms of their own, set out in the tour programme "
        "and the expo page. A firm that withdraws from the programme cancels those bookings on the same day."
    )
    left.heading("7. Obligations of selected firms")
    left.para(
        "Each selected firm names a lead delegate who speaks for it during the programme and a contact who "
        "answers buyers in English or Mandarin within five working days. Delegates attend a pre-departure "
        "briefing in Karachi, Lahore or Islamabad. A firm that signs a pilot contract with a Chinese buyer "
        "informs the ISHAP secretariat within 30 days; the contract itself stays confidential."
    )
    left.para(
        "Firms may not use the ISHAP or CPITA logos in their own marketing without written permission, and may "
        "not pass their place in the programme to another firm."
    )
    right = Column(p2, 320, 724)
    right.heading("8. Data protection")
    right.para(
        "Policyholder and claims data received from buyers is used only for the programme and is deleted "
        "within 90 days after the expo closes. Firms that handle personal data of Chinese policyholders in a "
        "pilot follow the buyer's data-localisation rules; no such data may leave China without the buyer's "
        "written consent."
    )
    right.heading("9. Travel and visas")
    right.para(
        "Delegates book and pay their own flights and hotels; part of the cost can be claimed under grant "
        "Window A. Invitation letters for Chinese business visas are issued by the CPITA secretariat in "
        "Hangzhou. Delegates who fly through Dubai may use the Dubai partner desk, which does not issue visas. "
        "Each delegate carries travel insurance that covers medical treatment in China for the whole stay."
    )
    right.heading("10. Grants and selection")
    right.para(
        "Grants are set out in the grant windows document and the selection criteria in a separate document. "
        "Where this call and another programme document differ, this call applies, unless a corrigendum says "
        "otherwise."
    )
    right.heading("11. Contacts")
    right.para(
        "Questions about this call go to helpdesk@claimcanal.example or to the helpline 0800-74225, Monday to "
        "Friday, 09:00 to 17:00 PKT. Offices and their addresses are listed in the FAQ."
    )
    right.para("Karachi, 12 January 2075 \u2014 ISHAP secretariat")
    p2.rule(50, 88, 200, 88, 0.4)
    p2.text(50, 81, "4", "/F1", 5.5)
    p2.text(55, 78, "Counted from the day after the due date until the day the payment reaches ISHAP.", "/F1", 8)
    p2.text(290, 40, "Page 2 of 2", "/F1", 8)

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
    for page in (p1, p2):
        pdf_page = writer.add_blank_page(612, 792)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata(
        {"/Title": "Claim Canal 2075 - Call for Applications", "/Producer": "ISHAP document office", "/Author": "ISHAP"}
    )
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / v.CALL).write_bytes(buf.getvalue())


# ============================================================================ 2. grant windows: footnotes, header, footer
FOOTNOTES = {
    1: "Economy airfare is eligible up to PKR 165,000 per delegate for the return journey.",
    2: "Window C applications are taken from 1\u201331 August 2075 only, under a separate call notice.",
    3: "No firm receives more than PKR 2,400,000 across the three windows in 2075.",
}


def footnotes_xml():
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in FOOTNOTES.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">{sep}{notes}</w:footnotes>'
    ).encode()


def footnote_ref(paragraph, n):
    append_xml(
        paragraph,
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>',
    )


def grants_docx():
    doc = docx.Document()
    doc.add_paragraph("Claim Canal 2075 \u2014 Grant windows", style="Title")
    doc.add_paragraph("ISHAP grants desk, Karachi \u00b7 12 January 2075")
    doc.add_heading("1. How the grants work", level=1)
    doc.add_paragraph(
        "Grants repay part of costs that a selected Pakistani firm has already paid; they are not advances. Each "
        "window has its own share of eligible cost and its own cap per firm. The period in which costs must be "
        "invoiced and paid is printed at the top of every page of this document."
    )
    doc.add_paragraph("Table 1: Grant windows 2075")
    t = table(
        doc,
        [
            ["Window", "What it pays for", "Share of eligible cost", "Cap per firm", "When to apply"],
            [
                "A \u2013 Market access",
                "Economy airfare and hotels for the site-visit tour and the expo, the tour package, expo packages, "
                "demo freight, Dubai partner desk charges",
                "60%",
                "PKR 700,000",
                "With the application",
            ],
            [
                "B \u2013 Certification and compliance",
                "ISO 27001 certification audits, PCI DSS assessments of premium-payment systems, shariah audits of "
                "takaful platforms, independent validation of IFRS 17 and CSM models",
                "50%",
                "PKR 850,000",
                "With the application",
            ],
            [
                "C \u2013 Pilot deployment",
                "A paid pilot with a Chinese buyer: integration, on-site engineers, hosting in China, Chinese "
                "localisation of the pilot system",
                "40%",
                "PKR 1,600,000",
                "Under a separate call notice",
            ],
        ],
    )
    footnote_ref(t.cell(1, 1).paragraphs[0], 1)
    footnote_ref(t.cell(3, 4).paragraphs[0], 2)
    p = doc.add_paragraph("A firm may draw on all three windows in the same year, up to an overall cap per firm.")
    footnote_ref(p, 3)
    doc.add_heading("2. Eligible and ineligible costs", level=1)
    for text in [
        "Services bought from the programme's listed providers are eligible in full; other providers are eligible "
        "up to the same price.",
        "Salaries of the firm's own staff, laptops, phones, software licences for internal use and entertainment "
        "are not eligible.",
        "A cost can be claimed under one window only.",
        "Window B costs must be for the product the firm presented in its application.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("3. Claiming", level=1)
    doc.add_paragraph(
        "Send one claim per window to grants@claimcanal.example with paid invoices, proof of payment and, for "
        "travel, boarding passes. The grants desk pays complete claims within 40 working days. The time limit "
        "for sending a claim is set out in the FAQ."
    )
    doc.add_heading("4. Worked example", level=1)
    doc.add_paragraph(
        "A firm that pays PKR 500,000 of Window A costs receives 60% of it, PKR 300,000. A firm that pays "
        "PKR 1,500,000 of Window A costs receives PKR 700,000, the cap."
    )
    section = doc.sections[0]
    section.header.paragraphs[0].text = (
        "Claim Canal 2075 \u00b7 Grant windows \u00b7 Rules for costs invoiced and paid between "
        "12 January 2075 and 15 December 2075"
    )
    section.footer.paragraphs[
        0
    ].text = "ISHAP grants desk, Karachi \u00b7 direct line +92 21 3458 7523 \u00b7 grants@claimcanal.example"
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes_xml(),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    save_docx(doc, v.GRANTS, "Claim Canal 2075 - Grant windows", datetime.datetime(2075, 1, 12, 10, 0, 0))


# ============================================================================ 1. site-visit tour: tracked changes
def rev(kind, rid, author, date, text):
    tag = "w:delText" if kind == "del" else "w:t"
    return f'<w:{kind} w:id="{rid}" w:author="{author}" w:date="{date}">{run_xml(text, tag)}</w:{kind}>'


def tour_docx():
    doc = docx.Document()
    doc.add_paragraph("Insurer Operations Site-Visit Tour 2075", style="Title")
    doc.add_paragraph(
        "Claim Canal 2075 \u00b7 CPITA secretariat, Hangzhou, with ISHAP \u00b7 draft 2, revised 18 February 2075"
    )
    doc.add_heading("Programme", level=1)
    doc.add_paragraph(
        "The tour takes delegates of selected Pakistani firms into the operations of Chinese insurers. Hosts show "
        "how they run claims, underwriting, customer service and actuarial work, and which systems they would "
        "replace or extend. Delegates may not photograph claims halls, call-centre floors or screens."
    )
    table(
        doc,
        [
            ["Day", "Date", "City", "Host", "What delegates see"],
            [
                "1",
                "16 June 2075",
                "Hangzhou",
                "Property and casualty insurer",
                "Motor claims centre, photo estimation desk and first-notice-of-loss call handling",
            ],
            [
                "2",
                "17 June 2075",
                "Hangzhou",
                "Health insurer and its TPA",
                "Cashless hospital pre-authorisation desk and medical bill review",
            ],
            [
                "3",
                "18 June 2075",
                "Hangzhou",
                "Insurtech platform",
                "Embedded insurance APIs, fraud analytics and the customer-service chatbot team",
            ],
            [
                "4",
                "19 June 2075",
                "Ningbo",
                "Reinsurer",
                "Treaty accounting, catastrophe modelling and marine cargo underwriting",
            ],
            [
                "5",
                "20 June 2075",
                "Ningbo",
                "Agricultural-insurance pool",
                "Weather-index crop cover and satellite loss assessment; closing session",
            ],
        ],
    )
    doc.add_heading("Costs and booking, per delegate", level=1)
    li = "Li Wen (CPITA)"
    hq = "Hina Qureshi (ISHAP)"
    p = doc.add_paragraph(style="List Bullet")
    append_xml(
        p,
        run_xml("Tour package per delegate (twin share): ")
        + rev("del", 101, li, "2075-02-18T10:12:00Z", "PKR 182,000")
        + rev("ins", 102, li, "2075-02-18T10:12:00Z", "PKR 194,000")
        + run_xml(", covering hotels, ground transport, interpreters and site fees, not flights."),
    )
    doc.add_paragraph("Single-room supplement: PKR 36,000.", style="List Bullet")
    p = doc.add_paragraph(style="List Bullet")
    append_xml(
        p,
        run_xml("Deposit to hold a seat: PKR 55,000, payable by ")
        + rev("del", 103, hq, "2075-02-18T11:40:00Z", "9 May 2075")
        + rev("ins", 104, hq, "2075-02-18T11:40:00Z", "12 May 2075")
        + run_xml("; the balance of the package is due by 30 May 2075."),
    )
    doc.add_paragraph("Seats per firm: 2 at most. The tour takes up to 28 delegates.", style="List Bullet")
    p = doc.add_paragraph(style="List Bullet")
    p_pr = p._p.get_or_add_pPr()
    mark = parse_xml(
        f'<w:rPr xmlns:w="{W_NS}"><w:del w:id="105" w:author="{hq}" w:date="2075-02-18T11:42:00Z"/></w:rPr>'
    )
    p_pr.append(mark)
    append_xml(
        p,
        rev(
            "del",
            106,
            hq,
            "2075-02-18T11:42:00Z",
            "A third seat per firm may be bought for PKR 150,000 if seats remain after 15 May 2075.",
        ),
    )
    doc.add_heading("Cancellation", level=1)
    for text in [
        "A seat cancelled in writing by 12 May 2075 is refunded 80% of the package price.",
        "A seat cancelled between 13 May and 2 June 2075 is refunded 40%.",
        "No refund is made for a seat cancelled from 3 June 2075 onwards; a named colleague from the same firm "
        "may take the seat instead.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Booking", level=1)
    doc.add_paragraph(
        "Nominate delegates through the portal's tour nomination form. Seats go to selected firms in the order in "
        "which deposits are received. Invitation letters for Chinese business visas are issued by the Hangzhou "
        "secretariat."
    )
    settings = doc.settings.element
    track = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:proofState"))
    if anchor is None:
        anchor = settings.find(qn("w:zoom"))
    if anchor is not None:
        anchor.addnext(track)
    else:
        settings.insert(0, track)
    save_docx(
        doc, v.TOUR, "Insurer Operations Site-Visit Tour 2075", datetime.datetime(2075, 2, 18, 12, 0, 0), author=li
    )


# ============================================================================ 3. expo: text box with a VML fallback
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"

BOX_LINES = [
    ("BOOKING DEADLINE", True),
    ("Booth and demo-pod bookings close on 18 July 2075.", False),
    ("Demo pod (2 m\u00b2, screen and stool included): PKR 92,000.", False),
    ("Book through the Shenzhen liaison office.", False),
]


def box_paragraphs():
    out = ""
    for text, bold in BOX_LINES:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out += f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{run_xml(text, "w:t", rpr)}</w:p>'
    return f"<w:txbxContent>{out}</w:txbxContent>"


def text_box_run():
    return (
        f'<w:r xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:wps="{WPS_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3429000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="1188720"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{WPS_NS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1188720"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx>{box_paragraphs()}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:270pt;margin-top:3.6pt;width:180pt;height:93.6pt;z-index:251659264" '
        'fillcolor="#fff2cc" strokecolor="#c00000" strokeweight="1pt">'
        f"<v:textbox>{box_paragraphs()}</v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )


def expo_docx():
    doc = docx.Document()
    doc.add_paragraph("Shenzhen InsurTech & Risk Expo 2075 \u2014 Pakistan Pavilion", style="Title")
    doc.add_paragraph("Claim Canal 2075 \u00b7 Shenzhen liaison office with ISHAP \u00b7 1 March 2075")
    doc.add_heading("The expo", level=1)
    p = doc.add_paragraph(
        "The Shenzhen InsurTech & Risk Expo runs from 23 to 26 September 2075 at the Shenzhen Convention & "
        "Exhibition Center. The Pakistan Pavilion is in Hall 9. Chinese insurers, reinsurers, brokers, TPAs and "
        "insurtech platforms meet selected Pakistani firms at their booths, and the buyer matchmaking day is "
        "24 September 2075."
    )
    p._p.append(parse_xml(text_box_run()))
    doc.add_heading("Packages for selected firms", level=1)
    table(
        doc,
        [
            ["Package", "What you get", "Price"],
            ["Standard booth", "9 m\u00b2 shell scheme, fascia name, two chairs, a table and power", "PKR 240,000"],
            ["Corner booth", "12 m\u00b2, open on two sides, with a 55-inch screen", "PKR 290,000"],
            ["Lounge table", "A shared table in the Pakistan Pavilion lounge for one day", "PKR 38,000"],
        ],
    )
    doc.add_paragraph(
        "All packages include the firm's listing in the pavilion catalogue and two exhibitor badges. Each "
        "package can be claimed under grant Window A at the price shown."
    )
    doc.add_heading("Cancellation", level=1)
    doc.add_paragraph(
        "A booth or demo pod cancelled in writing by 31 July 2075 is refunded 50% of its price; nothing is "
        "refunded after that date. A firm may hand its booth to another selected Pakistani firm with the "
        "liaison office's consent."
    )
    doc.add_heading("Badges and freight", level=1)
    doc.add_paragraph(
        "Exhibitor badges are collected at the Hall 9 registration desk from 22 September 2075, or in advance at "
        "the Dubai partner desk. Demo equipment shipped to the hall must arrive by 15 September 2075 through the "
        "expo's official forwarder."
    )
    save_docx(doc, v.EXPO, "Shenzhen InsurTech & Risk Expo 2075 - Pakistan Pavilion", datetime.datetime(2075, 3, 1))


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
    rtl(doc.add_paragraph("کلیم کینال ۲۰۷۵ — شرکت کی فیس، اقساط اور رقم کی واپسی", style="Title"))
    rtl(doc.add_paragraph("انشورنس سافٹ ویئر ہاؤسز ایسوسی ایشن آف پاکستان (ISHAP)، کراچی — ۱۲ جنوری ۲۰۷۵"))
    rtl(
        doc.add_paragraph(
            "یہ ہدایات ان پاکستانی کمپنیوں کے لیے ہیں جو کلیم کینال ۲۰۷۵ کے لیے منتخب ہوں گی۔ فیس کل وقتی ملازمین کی "
            "تعداد سے طے ہوتی ہے، اور ہر حد میں دونوں سرے شامل ہیں: ۷۵ ملازمین والی کمپنی دوسری حد میں اور ۷۶ والی "
            "تیسری حد میں ہے۔"
        )
    )
    rtl(doc.add_heading("فیس کا جدول", level=1))
    rows = [
        ["کل وقتی ملازمین", "فیس (روپے)", "شامل نمائندے", "ادائیگی"],
        ["۱ تا ۲۰", "28,000", "۱", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۲۱ تا ۷۵", "56,000", "۲", "ایک قسط: انتخابی خط کے ۱۴ دن کے اندر"],
        ["۷۶ تا ۳۰۰", "1,04,000", "۲", "دو اقساط: ۶۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۴۰٪ ۵ جون ۲۰۷۵ تک"],
        [
            "۳۰۱ یا زیادہ",
            "1,96,000",
            "۳",
            "تین اقساط: ۴۰٪ انتخابی خط کے ۱۴ دن کے اندر، ۳۰٪ ۵ جون ۲۰۷۵ تک، ۳۰٪ ۵ اگست ۲۰۷۵ تک",
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
        "شامل نمائندوں سے زائد ہر نمائندے کی فیس ۱۷,۵۰۰ روپے ہے۔",
        "درخواست جمع کراتے وقت پورٹل پر ۳,۰۰۰ روپے پروسیسنگ فیس ادا کی جاتی ہے۔",
        "جو کمپنی منتخب نہ ہو اس سے شرکت کی فیس نہیں لی جاتی۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("نام واپس لینے پر رقم کی واپسی", level=1))
    for text in [
        "منتخب کمپنی اگر ۲۰ مئی ۲۰۷۵ تک تحریری طور پر نام واپس لے تو شرکت کی پوری فیس واپس ہوگی۔",
        "۲۱ مئی سے ۲۵ جون ۲۰۷۵ تک نام واپس لینے پر شرکت کی فیس کا ۵۰ فیصد واپس ہوگا۔",
        "۲۵ جون ۲۰۷۵ کے بعد شرکت کی فیس کا کوئی حصہ واپس نہیں ہوگا۔",
        "پروسیسنگ فیس کسی صورت میں واپس نہیں ہوتی۔",
        "قسط چار ہفتے سے زیادہ تاخیر سے ادا ہو تو کمپنی کا نام سائٹ وزٹ ٹور اور ایکسپو کی فہرست سے ہٹا دیا جائے گا۔",
    ]:
        rtl(doc.add_paragraph(text))
    save_docx(doc, v.UR_DOCX, "Claim Canal 2075 - fees, instalments, refunds (Urdu)", datetime.datetime(2075, 1, 12))


# ============================================================================ Chinese buyer guide (Word)
def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“理赔运河2075”中方采购方参与指南", style="Title")
    doc.add_paragraph("中巴保险科技联盟秘书处（杭州）　2075年2月24日（已按第1号更正通知更新）")
    doc.add_heading("一、项目简介", level=1)
    doc.add_paragraph(
        "“理赔运河2075”（Claim Canal 2075）是中巴保险、伊斯兰保险（Takaful）与精算软件合作项目，由巴基斯坦保险"
        "软件企业协会（ISHAP，卡拉奇）与中巴保险科技联盟（CPITA，杭州）共同组织。项目帮助财产险公司、人身险公司、"
        "再保险公司、保险经纪公司、车险公司、健康险公司及第三方管理机构（TPA）、保险科技平台、银保渠道和省级农业"
        "保险共保体，对接提供保单管理系统、理赔管理与报案应用、车险图片定损、健康险直付与住院预授权、精算与IFRS 17"
        "计量引擎、再保险账务、反欺诈、车联网UBI、农业指数保险、智能客服等软件和服务的巴方企业。"
    )
    doc.add_heading("二、重要日期（北京时间）", level=1)
    table(
        doc,
        [
            ["事项", "时间"],
            ["启动论坛（卡拉奇，41家巴方企业现场推介，中方线上参加）", "2075年1月12日"],
            ["巴方企业申请截止", "2075年3月28日 20:00（原定3月14日，已按第1号更正通知延长）"],
            ["公布入选结果", "2075年4月25日"],
            ["接待考察的保险机构确认参访安排", "2075年5月15日前"],
            ["保险机构运营考察（杭州、宁波）", "2075年6月16日至20日"],
            ["中方配套资助申报", "2075年7月1日至8月15日"],
            ["采购方注册截止", "2075年8月25日"],
            ["深圳保险科技与风险管理博览会（9号馆，巴基斯坦馆）", "2075年9月23日至26日"],
            ["采购方洽谈日", "2075年9月24日"],
        ],
    )
    doc.add_heading("三、采购方如何参与", level=1)
    for text in [
        "中方采购方注册免费。每家采购方在洽谈日最多可预约12场洽谈，每场20分钟，由联盟安排翻译。",
        "接待考察团的保险机构每批最多接待14人，请于2075年5月15日前向杭州办公室确认参访路线和数据保密要求。",
        "采购方与入选巴方企业签订付费试点合同后，可申请联盟配套资助，比例和上限详见联盟发布的配套资助通知。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("四、联系方式", level=1)
    for text in [
        "杭州办公室（联盟秘书处）：hangzhou@claimcanal.example，电话 +86 571 5550 7520，工作时间为周一至周五9:00–17:30。",
        "深圳联络处（博览会）：shenzhen@claimcanal.example，电话 +86 755 5550 7520。",
        "项目在北京、上海、广州、成都、武汉均未设办公室，上述城市的采购方请联系杭州办公室。",
        "巴方代表经迪拜转机的，可联系迪拜伙伴服务台。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.ZH_DOCX, "Claim Canal 2075 buyer guide (Chinese)", datetime.datetime(2075, 2, 24, 9, 0, 0))


# ============================================================================ 4. Urdu helpline notice, Windows-1256
CP1256_TEXT = """\
کلیم کینال 2075 — ہیلپ لائن اور تعطیلات کا اعلان
انشورنس سافٹ ویئر ہاؤسز ایسوسی ایشن آف پاکستان (ISHAP)، کراچی — 3 مارچ 2075

ہیلپ لائن
ہیلپ لائن کا نمبر 0800-74225 ہے۔ پاکستان میں کسی بھی نمبر سے کال مفت ہے۔
عام اوقات: پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک (پاکستانی وقت)۔
درخواستوں کی مدت میں، یعنی 12 جنوری سے 28 مارچ 2075 تک، ہفتے کے دن بھی ہیلپ لائن صبح 10 بجے سے دوپہر 2 بجے تک کھلی رہے گی۔ اتوار کو ہیلپ لائن بند رہتی ہے۔
ای میل: helpdesk@claimcanal.example — جواب دو کاروباری دنوں کے اندر دیا جاتا ہے۔

تعطیلات 2075
ان دنوں کراچی کا صدر دفتر، لاہور اور اسلام آباد کے ڈیسک اور ہیلپ لائن بند رہیں گے:
یوم کشمیر: 5 فروری
یوم پاکستان: 23 مارچ
یوم مزدور: یکم مئی
یوم آزادی: 14 اگست
عید الفطر (متوقع): 2 تا 4 اکتوبر
یوم اقبال: 9 نومبر
عید الاضحی (متوقع): 10 تا 12 دسمبر
یوم قائد: 25 دسمبر
اسلامی تعطیلات کی حتمی تاریخوں کا اعلان چاند نظر آنے پر ویب سائٹ پر کیا جائے گا۔

چین اور دبئی کے دفاتر
ہانگژو کا دفتر اور شینزین کا رابطہ دفتر بہار کے تہوار (26 جنوری سے یکم فروری) اور قومی دن کی تعطیلات (1 سے 7 اکتوبر) میں بند رہیں گے۔
دبئی کا پارٹنر ڈیسک صرف پیر اور بدھ کو کھلتا ہے اور متحدہ عرب امارات کی سرکاری تعطیلات میں بند رہتا ہے۔

بند دنوں میں آنے والی ای میلز کا جواب اگلے کاروباری دن سے دو کاروباری دنوں کے اندر دیا جائے گا۔
"""


def legacy_urdu(text):
    """Urdu as legacy Windows-1256 text writes it: Arabic yeh for Urdu yeh, a full stop for the Urdu one."""
    return text.replace("\u06cc", "\u064a").replace("\u06d4", ".")


def cp1256_notice():
    data = legacy_urdu(CP1256_TEXT).replace("\n", "\r\n").encode("cp1256")
    (PROG / v.CP1256).write_bytes(data)


# ============================================================================ 8. launch forum, Word "Save as Web Page"
LAUNCH_PAGE = """\
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="launch-forum-2075_files/filelist.xml">
<title>Claim Canal 2075 \u2013 Launch Forum</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>ISHAP events team</o:Author>
  <o:LastAuthor>ISHAP events team</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>2075-01-13T08:10:00Z</o:Created>
  <o:LastSaved>2075-01-14T15:32:00Z</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Company>ISHAP</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SplitPgBreakAndParaMark/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-priority:9;
	margin-bottom:6.0pt;
	font-size:16.0pt;
	color:#2F5496;}
p.MsoListParagraph
	{mso-style-priority:34;
	margin-left:36.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1206524410;
	mso-list-type:hybrid;}
-->
</style>
</head>

<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

<h1>Claim Canal 2075 \u2013 Launch Forum: programme and report<o:p></o:p></h1>

<p class=MsoNormal><i>ISHAP events team, Karachi \u2013 14 January 2075</i><o:p></o:p></p>

<p class=MsoNormal>The Launch Forum of Claim Canal 2075 was held on 12&nbsp;January&nbsp;2075 at the
Karachi Expo Centre, Hall&nbsp;3, from 10:00 to 16:30 PKT, and was streamed online for Chinese buyers.
It opened the programme\u2019s application portal.<o:p></o:p></p>

<p class=MsoNormal><b>Regis<span lang=EN-GB>tration</span></b><o:p></o:p></p>

<p class=MsoNormal>Attending in the hall was free, but seats had to be booked in advance. Regis<span
lang=EN-GB>tration</span> for seats in the hall closed on 8 January 2075; online viewers did not need to
register. 380 guests attended in the hall and 23 Chinese buyers joined online.<o:p></o:p></p>

<p class=MsoNormal><b>What happened on the day</b><o:p></o:p></p>

<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>10:00 \u2013 Opening by the ISHAP chair and the CPITA secretary-general (online
from Hangzhou).<o:p></o:p></p>

<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>10:45 \u2013 \u201cPitch Canal\u201d: 41 Pakistani firms each gave a 7-minute pitch, in
four blocks by theme (claims and TPA; takaful and actuarial; fraud, telematics and crop cover; distribution
and payments).<o:p></o:p></p>

<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>15:00 \u2013 Walk-through of the application portal and the selection criteria.<o:p></o:p></p>

<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>16:00 \u2013 Questions from the floor; close at 16:30.<o:p></o:p></p>

<p class=MsoNormal><b>After the forum</b><o:p></o:p></p>

<p class=MsoNormal>Recordings of the pitches stay on the portal until 31 March 2075. Pitching at the forum
does not add points to an application: every firm, whether it pitched or not, is scored on the same
criteria. Firms that missed the forum can watch the portal walk-through in the portal\u2019s help
section.<o:p></o:p></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoNormal><span style='font-size:9.0pt'>ISHAP events team \u2013 events@claimcanal.example<o:p></o:p></span></p>

</div>

</body>

</html>
"""


def launch_page():
    (PROG / v.LAUNCH).write_bytes(LAUNCH_PAGE.replace("\n", "\r\n").encode("cp1252"))


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched
D = [
    (
        "PK-001",
        "Sehat Link TPA Solutions",
        "健康链接TPA解决方案",
        "Lahore",
        2011,
        140,
        "TPA portal for health insurers;cashless hospital pre-authorisation;claims adjudication for health plans;"
        "provider network management",
        "health insurance;hospitals",
        ".NET;SQL Server;Angular",
        "ISO 27001",
        "English;Urdu",
        "Runs a TPA portal that lets hospitals request cashless pre-authorisation and lets insurers adjudicate "
        "health claims.",
        "为健康险公司提供TPA门户和医院直付预授权。",
        "sehatlinktpa",
        "yes",
    ),
    (
        "PK-002",
        "Sehat Link Digital",
        "",
        "Karachi",
        2019,
        35,
        "patient eligibility checks;hospital billing integration (HL7/FHIR);health-claims mobile app;"
        "virtual assistant for policyholders",
        "health insurance;hospitals",
        "Flutter;FHIR;Node.js",
        "none",
        "English;Urdu",
        "A young team that connects hospital billing systems to insurers and builds member apps.",
        "",
        "sehatlinkdigital",
        "no",
    ),
    (
        "PK-003",
        "Premium (Pvt) Ltd",
        "",
        "Karachi",
        2014,
        58,
        "premium collection via mobile wallets;JazzCash and Easypaisa integration;recurring direct debit for policies;"
        "payment reconciliation",
        "life insurance;microinsurance",
        "Java;Spring Boot;Kafka",
        "PCI DSS",
        "English;Urdu",
        "Premium collects insurance premiums through mobile wallets and bank debits and reconciles them daily.",
        "",
        "premium",
        "yes",
    ),
    (
        "PK-004",
        "Takaful Bridge Technologies",
        "塔卡夫桥科技",
        "Karachi",
        2016,
        72,
        "takaful core platform;wakalah and mudarabah fund accounting;participant investment fund (PIF) management",
        "takaful;family takaful",
        "Java;Oracle;React",
        "ISO 27001",
        "English;Urdu;Arabic",
        "Builds a core platform for family and general takaful operators, with separate participant funds.",
        "为伊斯兰保险（Takaful）运营商提供核心系统。",
        "takafulbridge",
        "yes",
    ),
    (
        "PK-005",
        "Takaful Bridge Analytics",
        "",
        "Islamabad",
        2020,
        14,
        "shariah-compliance reporting;AAOIFI disclosure packs;takaful surplus distribution calculations",
        "takaful",
        "Python;Power BI",
        "none",
        "English;Urdu",
        "Prepares shariah-compliance reports and surplus calculations for takaful windows.",
        "",
        "takafulbridgeanalytics",
        "no",
    ),
    (
        "PK-006",
        "Ravi Actuarial Labs",
        "拉维精算实验室",
        "Lahore",
        2009,
        95,
        "IFRS 17 CSM engine;actuarial modelling;IBNR reserving;experience studies",
        "life insurance;general insurance",
        "Python;R;Julia",
        "ISO 27001",
        "English;Urdu",
        "Actuaries and engineers who build IFRS 17 measurement engines and reserving tools.",
        "开发IFRS 17计量引擎和准备金工具。",
        "raviactuarial",
        "yes",
    ),
    (
        "PK-007",
        "Ravi Actuarial Cloud",
        "",
        "Lahore",
        2021,
        19,
        "IFRS-17 reporting as a service;discount curve generation;risk adjustment calculation",
        "general insurance",
        "Python;Azure;Databricks",
        "",
        "English;Urdu",
        "Hosts IFRS 17 reporting for small general insurers on a monthly subscription.",
        "",
        "raviactuarialcloud",
        "no",
    ),
    (
        "PK-008",
        "Margalla Claims Systems",
        "马尔加拉理赔系统",
        "Islamabad",
        2007,
        310,
        "claims management system;first notice of loss (FNOL) app;claims workflow automation;subrogation tracking",
        "general insurance;motor insurance",
        "Java;Camunda;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "Claims software from first notice of loss to settlement and recovery, used by general insurers.",
        "为财产险公司提供从报案到结案的理赔系统。",
        "margallaclaims",
        "yes",
    ),
    (
        "PK-009",
        "Margalla Vision AI",
        "马尔加拉视觉智能",
        "Rawalpindi",
        2018,
        42,
        "motor claims photo estimation;vehicle damage assessment from images;OCR for claim documents",
        "motor insurance",
        "PyTorch;OpenCV;Kubernetes",
        "none",
        "English;Urdu",
        "Estimates motor repair costs from photos taken by drivers and reads claim forms automatically.",
        "根据照片评估车辆损失。",
        "margallavision",
        "no",
    ),
    (
        "PK-010",
        "Indus Policy Suite",
        "印度河保单套件",
        "Karachi",
        1998,
        1450,
        "policy administration system (PAS);core insurance system for life and non-life;insurance product "
        "configurator;agency commission management",
        "life insurance;general insurance;takaful",
        "Java;Oracle;Angular",
        "ISO 9001;ISO 27001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "One of Pakistan's largest insurance software houses, with a policy administration suite used across South "
        "Asia.",
        "巴基斯坦大型保险软件企业，提供保单管理系统。",
        "induspolicy",
        "yes",
    ),
    (
        "PK-011",
        "FraudLens Analytics",
        "",
        "Lahore",
        2017,
        26,
        "insurance fraud detection;SIU case management;network link analysis",
        "motor insurance;health insurance",
        "Python;Neo4j;Spark",
        "ISO 27001",
        "English;Urdu",
        "Scores claims for fraud risk and gives special investigation units a case tool.",
        "",
        "fraudlens",
        "no",
    ),
    (
        "PK-012",
        "Drivewise Telematics",
        "驾智车联",
        "Karachi",
        2010,
        88,
        "telematics for motor insurers;usage-based insurance (UBI) scoring;driving behaviour app;crash detection",
        "motor insurance;fleet",
        "Kotlin;C++;AWS IoT",
        "ISO 9001",
        "English;Urdu",
        "Turns phone and dongle data into driving scores that motor insurers use to price cover.",
        "为车险公司提供车联网驾驶评分。",
        "drivewise",
        "yes",
    ),
    (
        "PK-013",
        "Kissan Cover Tech",
        "",
        "Multan",
        2019,
        31,
        "crop micro-insurance platform;weather-index insurance;satellite yield estimation;farmer enrolment app",
        "agriculture insurance;microinsurance",
        "Python;Sentinel-2;Flutter",
        "none",
        "English;Urdu;Saraiki",
        "Enrols smallholder farmers in weather-index crop cover and pays claims from satellite data.",
        "",
        "kissancover",
        "no",
    ),
    (
        "PK-014",
        "Bancassure Connect",
        "银保通",
        "Karachi",
        2012,
        120,
        "bancassurance integration;broker portal;agent onboarding app;quote-and-bind APIs",
        "bancassurance;life insurance",
        ".NET;Azure;React",
        "ISO 27001",
        "English;Urdu",
        "Connects banks' branch and mobile channels to life insurers' products and brokers' portals.",
        "连接银行渠道与寿险产品。",
        "bancassureconnect",
        "yes",
    ),
    (
        "PK-015",
        "ClaimScan DocAI",
        "",
        "Islamabad",
        2020,
        18,
        "OCR for claim files;intelligent document processing (IDP);medical bill extraction",
        "health insurance",
        "Python;Tesseract;LayoutLM",
        "none",
        "English;Urdu",
        "Reads scanned claim files and hospital bills and turns them into structured data.",
        "",
        "claimscan",
        "no",
    ),
    (
        "PK-016",
        "Qalam Contact QA",
        "",
        "Lahore",
        2013,
        240,
        "call-centre QA for insurers;speech analytics;agent scoring;Urdu speech-to-text",
        "insurance;banking",
        "Python;Kaldi;Elasticsearch",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Scores insurer call-centre calls automatically and flags mis-selling and complaints.",
        "为保险呼叫中心提供质检。",
        "qalamqa",
        "yes",
    ),
    (
        "PK-017",
        "Saahil Risk GIS",
        "萨希尔风险地理",
        "Karachi",
        2018,
        24,
        "catastrophe modelling;flood risk maps;GIS for underwriters;geocoding of insured assets",
        "property insurance;reinsurance",
        "QGIS;PostGIS;Python",
        "",
        "English;Urdu",
        "Maps insured property against flood and cyclone hazard for coastal insurers.",
        "为财产险公司绘制洪水和台风风险地图。",
        "saahilrisk",
        "no",
    ),
    (
        "PK-018",
        "RuleForge Underwriting",
        "",
        "Islamabad",
        2011,
        160,
        "underwriting rules engine;automated underwriting for life;medical underwriting workflow",
        "life insurance",
        "Drools;Java;PostgreSQL",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "An underwriting rules engine that lets life insurers issue simple policies without manual review.",
        "",
        "ruleforge",
        "yes",
    ),
    (
        "PK-019",
        "Baat Cheet AI",
        "",
        "Karachi",
        2020,
        12,
        "insurance customer-service chatbot;WhatsApp claims bot;Urdu voice bot",
        "insurance;takaful",
        "Rasa;Python;WhatsApp Business API",
        "none",
        "English;Urdu;Sindhi",
        "Builds chat and voice bots that answer policyholders in Urdu and English.",
        "",
        "baatcheet",
        "yes",
    ),
    (
        "PK-020",
        "Treaty Ledger Systems",
        "合约账本系统",
        "Karachi",
        2004,
        260,
        "reinsurance treaty accounting;facultative placement tracking;bordereaux processing;retrocession statements",
        "reinsurance;general insurance",
        "C#;SQL Server;SSRS",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Reinsurance accounting software for treaty and facultative business, from bordereaux to statements.",
        "提供再保险合约账务和分保报表软件。",
        "treatyledger",
        "yes",
    ),
    (
        "PK-021",
        "Nigehbaan SIU Tools",
        "",
        "Peshawar",
        2015,
        38,
        "SIU investigation case tool;fraud-ring detection;claims red-flag rules",
        "motor insurance;general insurance",
        "Java;Elasticsearch",
        "",
        "English;Urdu;Pashto",
        "Gives special investigation units a case tool and rules that flag suspicious claims.",
        "",
        "nigehbaan",
        "no",
    ),
    (
        "PK-022",
        "Hisaab Actuarial",
        "",
        "Karachi",
        2003,
        65,
        "actuarial valuation;pension and gratuity valuation;IFRS 17 implementation support",
        "life insurance;pensions",
        "R;Excel VBA;SQL",
        "none",
        "English;Urdu",
        "A firm of actuaries that values life and pension liabilities and supports IFRS 17 projects.",
        "",
        "hisaab",
        "yes",
    ),
    (
        "PK-023",
        "Pak Motor Claims Hub",
        "巴基斯坦车险理赔中心",
        "Lahore",
        2016,
        54,
        "motor claims management;surveyor app;photo-based damage estimation;garage network portal",
        "motor insurance",
        "Flutter;Node.js;MongoDB",
        "ISO 27001",
        "English;Urdu",
        "Runs motor claims for insurers with a surveyor app, photo estimates and a garage network.",
        "为车险公司提供查勘和定损应用。",
        "pakmotorclaims",
        "yes",
    ),
    (
        "PK-024",
        "Shifa Pre-Auth Systems",
        "",
        "Lahore",
        2018,
        47,
        "cashless pre-authorization for hospitals;TPA claims adjudication;ICD-10 coding checks",
        "health insurance;hospitals",
        "Python;Django;PostgreSQL",
        "ISO 9001",
        "English;Urdu",
        "Handles pre-authorisation requests from hospitals for insurers and TPAs within minutes.",
        "",
        "shifapreauth",
        "no",
    ),
    (
        "PK-025",
        "Mausam Index Labs",
        "",
        "Hyderabad",
        2021,
        9,
        "weather index design;parametric insurance triggers;rainfall data feeds",
        "agriculture insurance",
        "Python;xarray",
        "none",
        "English;Urdu;Sindhi",
        "Designs weather indices and parametric triggers for crop and livestock cover.",
        "",
        "mausamindex",
        "no",
    ),
    (
        "PK-026",
        "Sarmaya Payments",
        "萨尔玛亚支付",
        "Islamabad",
        2014,
        130,
        "premium collection gateway;e-wallet integration;recurring card payments",
        "insurance;fintech",
        "Go;Kafka;PostgreSQL",
        "PCI DSS;ISO 27001",
        "English;Urdu",
        "A payment gateway for insurers that takes premiums by card, wallet and bank transfer.",
        "为保险公司提供保费收取网关。",
        "sarmaya",
        "yes",
    ),
    (
        "PK-027",
        "Broker Desk Pakistan",
        "",
        "Karachi",
        2008,
        76,
        "insurance broking software;broker portal;placement slips;commission accounting",
        "insurance brokers",
        "PHP;Laravel;MySQL",
        "ISO 9001",
        "English;Urdu",
        "Back-office and portal software for insurance brokers, from placement slips to commissions.",
        "",
        "brokerdesk",
        "no",
    ),
    (
        "PK-028",
        "Khyber Document Systems",
        "开伯尔文档系统",
        "Rawalpindi",
        2006,
        210,
        "document management for insurers;claims file digitisation;OCR and indexing;records retention",
        "insurance;banking",
        "Java;Alfresco;ABBYY",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Digitises and indexes insurers' paper claim files and keeps records for the retention period.",
        "为保险公司数字化理赔档案。",
        "khyberdocs",
        "yes",
    ),
    (
        "PK-029",
        "Falcon Core Insurance",
        "猎鹰核心保险",
        "Lahore",
        2000,
        820,
        "core insurance platform (policy, billing, claims);policy administration for general insurers;"
        "reinsurance module",
        "general insurance;takaful",
        "Java;Oracle;Kubernetes",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "A core platform for general insurers and takaful operators, with policy, billing, claims and reinsurance.",
        "为财产险公司和Takaful运营商提供核心系统。",
        "falconcore",
        "yes",
    ),
    (
        "PK-030",
        "Rahbar Underwriting AI",
        "",
        "Karachi",
        2019,
        29,
        "underwriting risk scoring;motor underwriting rules;quote engine",
        "motor insurance",
        "Python;FastAPI",
        "",
        "English;Urdu",
        "Scores motor risks at quote time and applies an insurer's underwriting rules.",
        "",
        "rahbar",
        "no",
    ),
    (
        "PK-031",
        "Amanat Takaful Systems",
        "",
        "Lahore",
        2012,
        110,
        "family takaful administration;window takaful operations;shariah compliance reporting (SECP)",
        "takaful",
        ".NET;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Administration software for family takaful and window takaful, with regulatory shariah reports.",
        "",
        "amanattakaful",
        "yes",
    ),
    (
        "PK-032",
        "Chowkidar Analytics",
        "",
        "Islamabad",
        2016,
        61,
        "fraud analytics for health claims;anomaly detection;provider abuse detection",
        "health insurance",
        "Python;Spark;Superset",
        "ISO 27001",
        "English;Urdu",
        "Finds unusual billing patterns in health claims and flags providers for review.",
        "",
        "chowkidar",
        "no",
    ),
    (
        "PK-033",
        "Mehran Telematics",
        "梅赫兰车联网",
        "Karachi",
        2009,
        150,
        "fleet telematics;pay-as-you-drive insurance;vehicle tracking",
        "motor insurance;logistics",
        "C;Java;GPS trackers",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Vehicle tracking and pay-as-you-drive data for fleet operators and their insurers.",
        "为车队和保险公司提供车辆追踪和按里程计费数据。",
        "mehrantelematics",
        "no",
    ),
    (
        "PK-034",
        "Sunehri Crop Cover",
        "",
        "Faisalabad",
        2017,
        44,
        "crop insurance enrolment;livestock insurance app;claims via satellite imagery",
        "agriculture insurance;microinsurance",
        "Kotlin;Python;Google Earth Engine",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Enrols farmers in crop and livestock cover and assesses losses from satellite images.",
        "",
        "sunehricrop",
        "no",
    ),
    (
        "PK-035",
        "Awaz Contact Solutions",
        "",
        "Faisalabad",
        2010,
        380,
        "contact-center outsourcing for insurers;call quality assurance;IVR design",
        "insurance;telecom",
        "Genesys;Python",
        "ISO 9001;COPC",
        "English;Urdu;Punjabi",
        "Runs and quality-checks inbound contact centres for insurers and telecom firms.",
        "",
        "awazcontact",
        "no",
    ),
    (
        "PK-036",
        "Naqsha Geo Risk",
        "",
        "Islamabad",
        2022,
        15,
        "geospatial risk scoring;flood model for property insurers;earthquake exposure maps",
        "property insurance",
        "Python;GeoPandas;PostGIS",
        "none",
        "English;Urdu",
        "Scores property locations for flood and earthquake risk for underwriters.",
        "",
        "naqshageo",
        "no",
    ),
    (
        "PK-037",
        "Helix Insure Labs",
        "",
        "Lahore",
        2015,
        33,
        "insurance chatbot;claims status bot;policy renewal reminders",
        "insurance",
        "Dialogflow;Node.js",
        "ISO 27001",
        "English;Urdu",
        "Chat assistants that tell policyholders where their claim stands and remind them to renew.",
        "",
        "helixinsure",
        "no",
    ),
    (
        "PK-038",
        "Helix Health Claims",
        "螺旋健康理赔",
        "Karachi",
        2013,
        92,
        "health claims processing platform;hospital network onboarding;TPA back office",
        "health insurance",
        "Java;React",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Processes health claims for insurers and runs the back office of third-party administrators.",
        "为健康险公司处理理赔。",
        "helixhealth",
        "yes",
    ),
    (
        "PK-039",
        "Bolan Micro Insure",
        "",
        "Quetta",
        2016,
        21,
        "microinsurance distribution;mobile-wallet premium payments;agent app for rural areas",
        "microinsurance",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Balochi;Pashto",
        "Sells micro-insurance through rural agents and collects premiums from mobile wallets.",
        "",
        "bolanmicro",
        "no",
    ),
    (
        "PK-040",
        "LedgerLine Reinsurance Tech",
        "",
        "Islamabad",
        2018,
        27,
        "reinsurance accounting;treaty wording repository;claims bordereaux",
        "reinsurance",
        "Python;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "A small reinsurance accounting product for regional reinsurers and cedants.",
        "",
        "ledgerline",
        "no",
    ),
    (
        "PK-041",
        "CSM Works",
        "",
        "Lahore",
        2020,
        11,
        "contractual service margin calculations;IFRS 17 data mart;LIC/LRC roll-forward reports",
        "life insurance",
        "SQL;dbt;Snowflake",
        "none",
        "English;Urdu",
        "Calculates the contractual service margin and builds IFRS 17 data marts for life insurers.",
        "",
        "csmworks",
        "no",
    ),
    (
        "PK-042",
        "Hadsa Claims App",
        "",
        "Karachi",
        2021,
        16,
        "accident photo capture;roadside assistance dispatch;first notice of loss mobile app",
        "motor insurance",
        "React Native;Node.js",
        "ISO 27001",
        "English;Urdu",
        "A mobile app that lets drivers report an accident, send photos and call roadside help.",
        "",
        "hadsaclaims",
        "no",
    ),
    (
        "PK-043",
        "Sitara Quality Analytics",
        "",
        "Lahore",
        2019,
        52,
        "call centre QA;speech-to-text for Urdu and Punjabi;complaint analytics",
        "insurance;banking",
        "Python;Whisper",
        "none",
        "English;Urdu;Punjabi",
        "Transcribes and scores customer calls for insurers and banks.",
        "",
        "sitaraqa",
        "no",
    ),
    (
        "PK-044",
        "Karakoram Insurance Software",
        "喀喇昆仑保险软件",
        "Islamabad",
        1995,
        2100,
        "policy management system for life insurers;group life and health administration;actuarial valuation system;"
        "bancassurance module;IFRS 17 reporting module;underwriting rules engine for group life",
        "life insurance;health insurance;bancassurance",
        "Java;Oracle;IBM MQ",
        "ISO 9001;ISO 27001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "A large vendor of life and health insurance systems, from underwriting to IFRS 17 reporting.",
        "大型寿险和健康险系统供应商。",
        "karakoram",
        "yes",
    ),
    (
        "PK-045",
        "Agent Saathi",
        "",
        "Multan",
        2020,
        8,
        "agent portal for life insurance;lead management;e-KYC onboarding",
        "life insurance",
        "Flutter;Laravel",
        "none",
        "English;Urdu;Saraiki",
        "A portal and app that help life insurance agents manage leads and onboard customers.",
        "",
        "agentsaathi",
        "no",
    ),
    (
        "PK-046",
        "Rawal Motor Estimation",
        "",
        "Rawalpindi",
        2022,
        4,
        "car damage estimate from photos;spare parts price database",
        "motor insurance",
        "Python;YOLO",
        "",
        "English;Urdu",
        "A four-person start-up that prices car repairs from photos against a spare-parts database.",
        "",
        "rawalmotor",
        "no",
    ),
    (
        "CN-001",
        "Xihu Property & Casualty Insurance",
        "西湖财产保险",
        "Hangzhou",
        2003,
        5200,
        "commercial property insurance;motor insurance;车险理赔",
        "property & casualty insurance",
        "",
        "ISO 27001",
        "Mandarin;English",
        "A property and casualty insurer in Zhejiang looking for claims and fraud software.",
        "浙江财产险公司，寻求理赔和反欺诈软件。",
        "xihupc",
        "no",
    ),
    (
        "CN-002",
        "Zhejiang Fengshou Agricultural Insurance Pool",
        "浙江丰收农业保险共保体",
        "Hangzhou",
        2011,
        420,
        "crop insurance underwriting;weather-index insurance products;农险承保",
        "agricultural insurance",
        "",
        "ISO 9001",
        "Mandarin",
        "A provincial pool of insurers that writes crop and livestock cover for Zhejiang farmers.",
        "浙江省农业保险共保体。",
        "fengshoupool",
        "no",
    ),
    (
        "CN-003",
        "Ningbo Harbour Reinsurance",
        "宁波港湾再保险",
        "Ningbo",
        2008,
        650,
        "treaty reinsurance;facultative reinsurance;marine reinsurance",
        "reinsurance",
        "",
        "",
        "Mandarin;English",
        "A reinsurer with a marine and property book that buys accounting and catastrophe-modelling tools.",
        "以水险和财产险为主的再保险公司。",
        "ningboharbourre",
        "no",
    ),
    (
        "CN-004",
        "Qianhai Re",
        "前海再保险",
        "Shenzhen",
        2016,
        300,
        "catastrophe reinsurance;再保险;reinsurance capacity for infrastructure projects",
        "reinsurance",
        "",
        "ISO 27001",
        "Mandarin;English",
        "A Shenzhen reinsurer that covers infrastructure and catastrophe risks.",
        "",
        "qianhaire",
        "no",
    ),
    (
        "CN-005",
        "Pearl River Life",
        "珠江人寿",
        "Guangzhou",
        1999,
        3800,
        "individual life insurance;annuities;银保渠道",
        "life insurance;bancassurance",
        "",
        "ISO 27001",
        "Mandarin;Cantonese;English",
        "A life insurer that sells mainly through bank branches in southern China.",
        "珠江人寿，主要通过银保渠道销售。",
        "pearlriverlife",
        "no",
    ),
    (
        "CN-006",
        "Anxin Health Insurance",
        "安心健康保险",
        "Shanghai",
        2010,
        1200,
        "medical expense insurance;cashless hospital network;健康险理赔",
        "health insurance",
        "",
        "ISO 27001",
        "Mandarin;English",
        "A health insurer with a cashless hospital network in eastern China.",
        "华东地区健康险公司。",
        "anxinhealth",
        "no",
    ),
    (
        "CN-007",
        "Yikang TPA Services",
        "益康第三方管理",
        "Chengdu",
        2014,
        260,
        "third-party administration for health plans;medical claims adjudication;第三方理赔管理",
        "health insurance;TPA",
        "",
        "ISO 9001",
        "Mandarin",
        "A TPA that adjudicates medical claims for insurers and employers in western China.",
        "",
        "yikangtpa",
        "no",
    ),
    (
        "CN-008",
        "Lianxin InsurTech Platform",
        "联信保险科技",
        "Shenzhen",
        2017,
        480,
        "online insurance marketplace;embedded insurance APIs;智能客服",
        "insurtech",
        "Java;Go;Alibaba Cloud",
        "ISO 27001",
        "Mandarin;English",
        "An insurtech platform that sells insurance inside e-commerce and travel apps.",
        "嵌入式保险平台。",
        "lianxin",
        "no",
    ),
    (
        "CN-009",
        "Huaxia Auto Insurance",
        "华夏车险",
        "Wuhan",
        2005,
        1600,
        "private car insurance;新能源车险;roadside assistance network",
        "motor insurance;property & casualty insurance",
        "",
        "",
        "Mandarin",
        "A motor insurer that wants photo-based damage estimation and telematics pricing.",
        "",
        "huaxiaauto",
        "no",
    ),
    (
        "CN-010",
        "Jinqiao Insurance Brokers",
        "金桥保险经纪",
        "Shanghai",
        2009,
        140,
        "corporate insurance broking;reinsurance broking;保险经纪",
        "insurance brokers",
        "",
        "none",
        "Mandarin;English",
        "A broker for corporate clients that needs a broker portal and placement tools.",
        "",
        "jinqiaobrokers",
        "no",
    ),
    (
        "CN-011",
        "Huinong Agricultural Insurance",
        "惠农农业保险",
        "Beijing",
        2013,
        900,
        "agricultural insurance;livestock cover;遥感查勘",
        "agricultural insurance",
        "",
        "",
        "Mandarin",
        "An agricultural insurer that uses remote sensing to assess crop losses.",
        "惠农农业保险，利用遥感查勘。",
        "huinongagri",
        "no",
    ),
    (
        "CN-012",
        "Yangtze Bank Insurance Agency",
        "长江银保代理",
        "Wuhan",
        2012,
        220,
        "bancassurance distribution;insurance sales training for bank staff",
        "bancassurance;banking",
        "",
        "",
        "Mandarin",
        "A bank-owned agency that sells insurers' products through branches.",
        "",
        "yangtzebancass",
        "no",
    ),
    (
        "CN-013",
        "Kunlun Health Management",
        "昆仑健康管理",
        "Beijing",
        2018,
        75,
        "employee health plan administration;TPA for employer health plans",
        "health insurance;TPA",
        "",
        "none",
        "Mandarin;English",
        "Manages employer health plans and works as a TPA for insurers.",
        "",
        "kunlunhealth",
        "no",
    ),
    (
        "CN-014",
        "Xiamen Ocean Marine Insurance",
        "厦门海洋水险",
        "Xiamen",
        2007,
        540,
        "marine cargo insurance;hull insurance;port liability cover",
        "property & casualty insurance;marine",
        "",
        "ISO 9001",
        "Mandarin;English",
        "A marine insurer in Fujian that wants document AI for cargo claims.",
        "福建水险公司。",
        "xiamenmarine",
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
STAFF = ["helpdesk@claimcanal.example", "0800-74225"]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hey who organised that feb 2022 shanghai webinar that claim canal came out of?",
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
        "we are 40 people in Quetta and want to send 3 delegates. whats our total participation fee? "
        "also do u have an office in quetta",
        [v.CALL, v.UR_DOCX, v.FAQ],
        ["There is no office in Quetta"],
        "computed: band 21-75 PKR 56,000 (followed by a raised footnote marker 2) + 1 extra delegate at the "
        "footnoted PKR 17,500; asker's own situation; second question answered by the FAQ (no Quetta office, contact "
        "Karachi); feature 9",
    ),
    (
        "en-03",
        P,
        "the pdf says applications close on 14th march - is that still right? and when are results announced?",
        [v.CORR, v.CALL, v.ZH_DOCX],
        ["28 March 2075", "2075年3月28日", "25th April 2075", "2075年4月25日"],
        "stale: the two-column PDF prints the ordinal 14th March 2075 (body and sidebar box); Corrigendum No. 1 moved "
        "it to 28 March 2075; the results date is an ordinal in the PDF; feature 9",
    ),
    (
        "en-04",
        P,
        "site visit tour price per delegate? someone told me 182k, is that still it?",
        [v.TOUR],
        ["PKR 194,000", "194,000"],
        "stale: a tracked change in the tour docx deletes PKR 182,000 (w:delText) and inserts PKR 194,000 (w:ins); "
        "feature 1",
    ),
    (
        "en-05",
        P,
        "whats the max grant one firm can get across all the windows combined?",
        [v.GRANTS],
        ["PKR 2,400,000", "2,400,000"],
        "overall cap only in footnote 3 of the grant windows docx (word/footnotes.xml); feature 2",
    ),
    (
        "en-06",
        P,
        "window B cap is 850k right? we need it for our ISO 27001 audit and a shariah audit",
        [v.CORR, v.GRANTS],
        ["PKR 1,000,000", "1,000,000"],
        "stale: the grant windows table still prints PKR 850,000; Corrigendum No. 1 raised it",
    ),
    (
        "en-07",
        P,
        "demo pod at the shenzhen expo - price and last date to book?",
        [v.EXPO],
        ["PKR 92,000", "92,000", "18 July 2075"],
        "both facts only in a Word text box (mc:AlternateContent: wps:txbx with a v:textbox fallback); feature 3",
    ),
    (
        "en-08",
        P,
        "whats the minimum score to get selected and what breaks a tie at the cut-off?",
        [v.CRIT],
        ["at least 65 points", "65 points", "China readiness"],
        "minimum score in the Markdown body next to a raw HTML scoring table; the tie-break only in footnote [^2]; "
        "feature 6",
    ),
    (
        "en-09",
        P,
        "we're about 120 staff and might have to pull out on 2 june. how much of the participation fee do we get back?",
        [v.CALL, v.UR_DOCX],
        [],
        "computed: band 76-300 PKR 104,000; a withdrawal between 21 May and 25 June 2075 refunds 50%",
    ),
    (
        "en-10",
        P,
        "when was the launch forum held and how many firms pitched there?",
        [v.LAUNCH, v.OVERVIEW],
        ["12 January 2075", "41 Pakistani firms"],
        "page saved by Word as windows-1252 HTML (MsoNormal, o:p, conditional comments, &nbsp; in the date); feature 8",
    ),
    (
        "en-11",
        P,
        "how much was the fee in the 2073 pilot round, and what do we pay now with 18 staff?",
        [v.PILOT, v.CALL, v.UR_DOCX],
        ["PKR 32,000", "32,000", "28,000"],
        "stale: pilot round flat PKR 32,000 then, band 1-20 PKR 28,000 now (fee table of the two-column PDF); "
        "feature 9",
    ),
    (
        "en-12",
        DIR,
        "which TPA portal or cashless pre-auth vendors are based in Lahore?",
        [],
        [],
        "acronym service + city",
    ),
    (
        "en-13",
        DIR,
        "need an IFRS 17 / CSM engine partner that is ISO 27001 certified, who do u have?",
        [],
        [],
        "acronym service (IFRS 17, IFRS-17, CSM) + certification",
    ),
    ("en-14", DIR, "small fraud detection or SIU tool shops under 40 people?", [], [], "service + head count below 40"),
    ("en-15", DIR, "list the chinese reinsurers in the directory pls", [], [], "country + industry"),
    (
        "en-16",
        DIR,
        "tell me about Premium (Pvt) Ltd - what do they do and are they certified?",
        [],
        [],
        "one company by name; its short name is a common word and an insurance term",
    ),
    (
        "en-17",
        UN,
        "what is the weather usually like in Hangzhou in June?",
        [],
        [],
        "off-topic: weather, names the tour city",
    ),
    (
        "en-18",
        UN,
        "can you recommend a good nihari place near the Karachi head office?",
        [],
        [],
        "off-topic: food, names the head office",
    ),
    (
        "en-19",
        UN,
        "whats the phone number of your Sukkur office?",
        [],
        STAFF,
        "near miss: no Sukkur office and the documents never mention Sukkur",
    ),
    (
        "en-20",
        UN,
        "is there an early bird discount on the participation fee if we pay in january?",
        [],
        STAFF,
        "near miss: fees are covered but no discount is offered",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "我们是浙江的省级农业保险共保体，和巴方企业签了70万元的试点合同，联盟配套资助能拿多少？",
        [v.ZH_MD],
        [],
        "computed: provincial agricultural-insurance pool 30% of the contract, cap 25万元 -> 21万元",
    ),
    (
        "zh-02",
        P,
        "采购方注册截止是哪天？洽谈日每家能约几场？",
        [v.ZH_DOCX],
        ["2075年8月25日", "8月25日", "12场"],
        "dates table and text of the Chinese buyer guide",
    ),
    (
        "zh-03",
        P,
        "巴方企业申请截止日期是3月14号吗？",
        [v.ZH_DOCX, v.CORR],
        ["2075年3月28日", "3月28日", "28 March 2075"],
        "stale: the call prints 14th March 2075; Corrigendum No. 1 moved it to 28 March 2075",
    ),
    (
        "zh-04",
        P,
        "你们在上海有办公室吗？杭州办公室电话多少",
        [v.ZH_DOCX, v.FAQ],
        ["+86 571 5550 7520", "未设办公室", "no office in Beijing, Shanghai"],
        "city without an office; the Hangzhou phone sits in the FAQ's dl/dt/dd list and the buyer guide; feature 5",
    ),
    (
        "zh-05",
        P,
        "迪拜伙伴服务台哪几天开门？英译中认证翻译每页多少钱？",
        [v.DUBAI],
        ["Monday and Wednesday", "AED 185", "185"],
        "Chinese question, English answer from the Dubai partner desk notice",
    ),
    (
        "zh-06",
        P,
        "我们公司派两个人参加保险机构运营考察团，其中一人要单人间，一共要付多少钱？",
        [v.TOUR],
        [],
        "computed: 2 x the inserted PKR 194,000 (not the deleted PKR 182,000) + PKR 36,000 single-room supplement; "
        "feature 1",
    ),
    (
        "zh-07",
        P,
        "深圳展会标准展位多少钱？展位预订截止是哪天？",
        [v.EXPO],
        ["PKR 240,000", "240,000", "18 July 2075"],
        "booth price in the body table, booking deadline only in the text box; feature 3",
    ),
    (
        "zh-08",
        P,
        "A窗口补贴的机票，每位代表最多能报销多少？",
        [v.GRANTS],
        ["PKR 165,000", "165,000"],
        "airfare limit only in footnote 1 of the grant windows docx; feature 2",
    ),
    (
        "zh-09",
        P,
        "员工超过300人的企业，参加费第三期要交多少？截止哪天？",
        [v.FEES],
        ["58800.00", "58,800", "5 August 2075"],
        "band 4 row of the semicolon-separated export (a quoted cell holding a semicolon in the same row); feature 7",
    ),
    ("zh-10", DIR, "有哪些公司做车险图片定损？", [], [], "service asked in Chinese (photo estimation, 定损)"),
    (
        "zh-11",
        DIR,
        "做伊斯兰保险（Takaful）平台的公司，2015年以后成立的有哪些？",
        [],
        [],
        "service + founded after 2015",
    ),
    ("zh-12", DIR, "卡拉奇有没有做保险智能客服或聊天机器人的公司？", [], [], "service in Chinese + city"),
    ("zh-13", DIR, "名录里有哪些中国的农业保险机构？", [], [], "country + industry"),
    ("zh-14", DIR, "做再保险分保账务系统、员工200人以上的公司有哪些？", [], [], "service in Chinese + head count"),
    ("zh-15", UN, "杭州西湖附近有什么好吃的？", [], [], "off-topic: food, names the Hangzhou office city"),
    ("zh-16", UN, "帮我写一首关于深圳夜景的诗", [], [], "off-topic: poem, names the expo city"),
    ("zh-17", UN, "你们在南京有办事处吗？地址是什么", [], STAFF, "near miss: Nanjing is never mentioned"),
    (
        "zh-18",
        UN,
        "2073年试点的时候，中方采购方的配套资助比例是多少？",
        [],
        STAFF,
        "near miss: the pilot summary does not give a buyer matching-grant figure",
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہیلپ لائن کا نمبر کیا ہے؟ کیا ہفتے کو بھی کھلی ہوتی ہے؟",
        [v.CP1256],
        ["0800-74225", "صبح 10 بجے سے دوپہر 2 بجے تک"],
        "Windows-1256 notice (legacy Arabic yeh, CRLF, no BOM); feature 4",
    ),
    (
        "ur-02",
        P,
        "کیا یکم مئی کو دفتر بند ہوگا؟ عید الفطر کی چھٹیاں کب ہیں؟",
        [v.CP1256],
        ["يوم مزدور", "یوم مزدور", "2 تا 4 اکتوبر"],
        "Windows-1256 notice: holidays on which the desk is closed (written with Arabic yeh); feature 4",
    ),
    (
        "ur-03",
        P,
        "ہمارے ۹۰ کل وقتی ملازمین ہیں اور ہم ۴ نمائندے بھیجنا چاہتے ہیں۔ کل فیس کتنی بنے گی؟",
        [v.UR_DOCX, v.CALL],
        [],
        "computed: band 76-300 PKR 1,04,000 with 2 delegates included + 2 extra delegates at PKR 17,500",
    ),
    (
        "ur-04",
        P,
        "اگر ہم ۱۵ مئی کو نام واپس لیں تو کتنی فیس واپس ملے گی؟ پروسیسنگ فیس بھی؟",
        [v.UR_DOCX, v.CALL],
        ["شرکت کی پوری فیس واپس ہوگی", "پوری فیس", "never refunded"],
        "refund windows in the Urdu RTL Word file",
    ),
    (
        "ur-05",
        P,
        "سائٹ وزٹ ٹور کب ہے اور ایک کمپنی کتنے نمائندے بھیج سکتی ہے؟",
        [v.UR_MD, v.TOUR],
        ["۱۶ تا ۲۰ جون ۲۰۷۵", "16 June 2075", "۲ نمائندے", "2 at most"],
        "site-visit tour in the Urdu Markdown summary and the tour docx",
    ),
    (
        "ur-06",
        P,
        "تصحیح نامہ نمبر ۱ میں کیا بدلا گیا ہے؟",
        [v.CORR],
        ["28 March 2075", "PKR 1,000,000", "1,000,000"],
        "stale: the corrigendum's two changes; the printed 14th March 2075 and PKR 850,000 must not be given as live",
    ),
    ("ur-07", DIR, "کون سی کمپنیاں تکافل کے لیے شریعہ کمپلائنس رپورٹنگ کرتی ہیں؟", [], [], "service in Urdu"),
    (
        "ur-08",
        DIR,
        "ٹیلی میٹکس یا یوزیج بیسڈ انشورنس (یو بی آئی) والی وہ کمپنیاں بتائیں جو ۲۰۱۲ سے پہلے قائم ہوئیں",
        [],
        [],
        "service in Urdu + founded before 2012",
    ),
    (
        "ur-09",
        DIR,
        "اسلام آباد یا راولپنڈی میں کلیم کی دستاویزات کا او سی آر کرنے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "service in Urdu (OCR) + two cities",
    ),
    (
        "ur-10",
        DIR,
        "موبائل والیٹ سے پریمیم کلیکشن کرنے والی کن کمپنیوں نے ۲۰۲۲ کے ویبینار میں پریزنٹیشن دی تھی؟",
        [],
        [],
        "service in Urdu + pitched at the webinar",
    ),
    (
        "ur-11",
        UN,
        "کراچی سے اسلام آباد کی فلائٹ کا کرایہ کتنا ہے؟",
        [],
        [],
        "off-topic: air fares, names two programme cities",
    ),
    (
        "ur-12",
        UN,
        "میری گاڑی کی انشورنس کے لیے سب سے سستی کمپنی کون سی ہے؟",
        [],
        [],
        "off-topic: personal insurance shopping advice",
    ),
    (
        "ur-13",
        UN,
        "سائٹ وزٹ ٹور میں ہانگژو کے ہوٹل کا ایک رات کا کرایہ کتنا ہے؟",
        [],
        STAFF,
        "near miss: the package price is given, a hotel night rate is not",
    ),
    ("ur-14", UN, "کیا کلیم کینال کا لاہور میں کوئی روڈ شو ہوگا؟", [], STAFF, "near miss: no road show exists"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "Window A mein hamare 9 lakh ke kharche hain, grant kitni milegi?",
        [v.GRANTS],
        [],
        "computed: 60% of PKR 9 lakh = 5,40,000, under the PKR 700,000 cap",
    ),
    (
        "ul-02",
        P,
        "grants desk ko direct call karna ho to kaunsa number hai?",
        [v.GRANTS],
        ["+92 21 3458 7523", "3458 7523"],
        "direct line only in the page footer part of the grant windows docx; feature 2",
    ),
    (
        "ul-03",
        P,
        "instalment late ho jaye to kitna surcharge lagta hai?",
        [v.FEES, v.CALL],
        ["2,000.00", "PKR 2,000", "2,000"],
        "cell of the fixed-width 'Other charges' table of the spreadsheet export (also in the PDF, followed by a "
        "raised marker 4); feature 7",
    ),
    (
        "ul-04",
        P,
        "launch forum ke liye hall ki registration kab tak thi aur venue kya tha?",
        [v.LAUNCH],
        ["8 January 2075", "Karachi Expo Centre"],
        "windows-1252 Word HTML; the word registration split by a span; feature 8",
    ),
    (
        "ul-05",
        P,
        "grant ke liye kharche kis tareekh se kis tareekh tak paid hone chahiye?",
        [v.GRANTS],
        ["15 December 2075", "12 January 2075 and 15 December 2075"],
        "eligible-cost period only in the page header part of the grant windows docx; feature 2",
    ),
    (
        "ul-06",
        P,
        "site visit tour ki seat pakki karne ke liye deposit kitna hai aur kab tak dena hai?",
        [v.TOUR],
        ["PKR 55,000", "55,000", "12 May 2075"],
        "stale: a tracked change deletes 9 May 2075 and inserts 12 May 2075; feature 1",
    ),
    (
        "ul-07",
        DIR,
        "crop ya weather index insurance wali companies jin ke paas koi certification nahi hai?",
        [],
        [],
        "service + certifications none",
    ),
    (
        "ul-08",
        DIR,
        "Lahore ya Faisalabad mein call centre QA wali firms kaun si hain?",
        [],
        [],
        "acronym service + two cities",
    ),
    (
        "ul-09",
        DIR,
        "policy administration system (PAS) banane wali bari companies, 500 se zyada employees wali?",
        [],
        [],
        "acronym service + head count above 500",
    ),
    (
        "ul-10",
        DIR,
        "underwriting rules engine wali ISO 9001 certified companies batao",
        [],
        [],
        "service + certification",
    ),
    ("ul-11", UN, "bhai excel mein vlookup kaise lagate hain?", [], [], "off-topic: spreadsheet help"),
    (
        "ul-12",
        UN,
        "Shenzhen mein electronics market kahan hai, sasta phone milega?",
        [],
        [],
        "off-topic: shopping, names the expo city",
    ),
    (
        "ul-13",
        UN,
        "2073 pilot mein kitne delegates China gaye the?",
        [],
        STAFF,
        "near miss: the pilot summary gives firms and buyers, not delegates",
    ),
    (
        "ul-14",
        UN,
        "expo ke liye Shenzhen airport se hotel tak shuttle ka kiraya kitna hai?",
        [],
        STAFF,
        "near miss: expo packages and freight are covered, an airport shuttle is not",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "grant claim kitne din mein bhejna zaroori hai? 报销时限是多少",
        [v.FAQ],
        ["60 days"],
        "answer in a <details> body under its <summary> question; feature 5",
    ),
    (
        "mx-02",
        P,
        "Lahore desk ka postal address kya hai? 拉合尔办公室地址",
        [v.FAQ],
        ["41-B Gulberg III", "Lahore 54660"],
        "address written with <br> line breaks in an <address> element; feature 5",
    ),
    (
        "mx-03",
        P,
        "Hangzhou office kab band rahega? 国庆节期间杭州办公室开门吗",
        [v.CP1256],
        ["1 سے 7 اکتوبر"],
        "Windows-1256 Urdu notice: the Chinese offices' holidays; feature 4",
    ),
    (
        "mx-04",
        P,
        "fee band ke liye head count kis date ka gina jata hai? 员工人数按哪天算",
        [v.CRIT],
        ["1 January 2075"],
        "fact only in Markdown footnote [^1]; feature 6",
    ),
    (
        "mx-05",
        P,
        "band 3 ki second instalment kitni hai aur kab due hai? 第二期多少钱",
        [v.FEES, v.UR_DOCX],
        ["41600.00", "41,600", "5 June 2075", "۵ جون ۲۰۷۵"],
        "cell of the semicolon-separated table; feature 7",
    ),
    (
        "mx-06",
        P,
        "Shenzhen expo kab hai aur kaunsa hall? 深圳展会几号",
        [v.EXPO, v.ZH_DOCX, v.UR_MD],
        ["23 to 26 September 2075", "Hall 9", "2075年9月23日至26日", "۲۳ تا ۲۶ ستمبر ۲۰۷۵"],
        "expo dates across three documents",
    ),
    ("mx-07", DIR, "bancassurance ya broker portal wali Pakistani firms? 银保", [], [], "service + country"),
    (
        "mx-08",
        DIR,
        "Chinese health insurers aur TPAs kaun kaun hain directory mein? 健康险",
        [],
        [],
        "country + industry",
    ),
    (
        "mx-09",
        DIR,
        "catastrophe modelling ya GIS wali companies jo 2018 ya baad mein bani? 巨灾模型",
        [],
        [],
        "service + founded 2018 or later",
    ),
    (
        "mx-10",
        DIR,
        "FNOL app wali companies jin ke paas ISO 27001 ho? 首次报案",
        [],
        [],
        "acronym service + certification",
    ),
    ("mx-11", UN, "ChatGPT se cover letter likhwana theek hai? 可以吗", [], [], "off-topic: unrelated software"),
    ("mx-12", UN, "naya iPhone kab launch hoga? 新款iPhone什么时候发布", [], [], "off-topic: consumer electronics"),
    (
        "mx-13",
        UN,
        "Claim Canal ki awards night kab hai? 颁奖典礼在哪天",
        [],
        STAFF,
        "near miss: no awards night exists",
    ),
    (
        "mx-14",
        UN,
        "China business visa ki fee kitni hai? 签证费多少",
        [],
        STAFF,
        "near miss: visas are covered (invitation letters) but no visa fee is given",
    ),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s31-{suffix}"
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
    tour_docx()
    expo_docx()
    ur_docx()
    zh_docx()
    cp1256_notice()
    launch_page()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
