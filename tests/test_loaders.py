"""Loaders and chunking on real files of every format, including broken ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.chunking import answer_units, chunk_document, split_sentences
from knowledge.loaders import Block, LoadError, load_document, word_counter
from tests.conftest import ROOT, SAMPLE_KB
from tests.files import (
    write_broken_docx,
    write_corrupt_pdf,
    write_docx,
    write_docx_bomb,
    write_encrypted_pdf,
    write_pdf,
    write_pdf_form,
)

PROGRAMME = SAMPLE_KB / "programme"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _blocks(path: Path, text: str) -> list[Block]:
    """The blocks of a file written with this text."""
    path.write_text(text, encoding="utf-8")
    return [b for s in load_document(path).sections for b in s.blocks]


@pytest.mark.parametrize(
    ("name", "expected_text", "language"),
    [
        ("faq.md", "China is 3 hours ahead of Pakistan", "en"),
        ("项目介绍.md", "午休 12:00–13:30", "zh"),
        ("faq-ur.md", "ہیلپ لائن", "ur"),
        ("service-standards.txt", "suspended from matchmaking for 60 days", "en"),
        ("matchmaking-process.html", "Within 5 business days of acknowledgement", "en"),
        ("registration-guide.docx", "15 March 2027", "en"),
        ("data-protection.pdf", "within 72 hours", "en"),
    ],
)
def test_every_format_loads_with_its_text(name: str, expected_text: str, language: str) -> None:
    chunks = chunk_document(load_document(PROGRAMME / name))
    joined = "\n".join(c.text for c in chunks)
    assert expected_text in joined
    assert all(c.source == name for c in chunks)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert any(c.language == language for c in chunks)


def test_markdown_faq_keeps_each_question_with_its_answer() -> None:
    chunks = chunk_document(load_document(PROGRAMME / "faq.md"))
    time_chunk = next(c for c in chunks if "UTC+8" in c.text)
    assert "13. What is the time difference between Pakistan and China?" in time_chunk.headings
    assert "Frequently Asked Questions" in time_chunk.heading_path


def test_bold_question_answer_pairs_stay_together() -> None:
    chunks = chunk_document(load_document(PROGRAMME / "项目介绍.md"))
    qa = next(c for c in chunks if "只有上海的企业可以参加吗" in c.text)
    assert "中国大陆任何城市注册的企业均可参加" in qa.text
    assert qa.kind == "qa"


def test_html_table_rows_carry_their_header() -> None:
    chunks = chunk_document(load_document(PROGRAMME / "matchmaking-process.html"))
    weights = next(c for c in chunks if "Language capability" in c.text)
    assert "Criterion: Language capability (English, Mandarin) | Weight: 15%" in weights.text
    assert weights.headings.endswith("3. How providers are matched")


def test_an_html_folded_answer_keeps_its_question_and_a_definition_list_its_terms(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Help</h1>"
        "<details><summary>We missed the deadline. Can we still apply?</summary>"
        "<p>Only within 48 hours of the close.</p></details>"
        "<dl><dt>Helpdesk e-mail</dt><dd>help@example.org</dd><dt>Portal</dt><dd>https://apply.example.org</dd></dl>"
        "<dl><dt>Who do we contact if this page does not answer us?</dt><dd>The Lahore office.</dd></dl>"
        "</body></html>"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "faq.html", page)] == [
        ("qa", "We missed the deadline. Can we still apply?\nOnly within 48 hours of the close."),
        ("text", "Helpdesk e-mail: help@example.org"),
        ("text", "Portal: https://apply.example.org"),
        # A FAQ set as a <dl>: its question is a line of its own, as a <details> one is ("does not" is the
        # question's, not a word of the answer's statement).
        ("qa", "Who do we contact if this page does not answer us?\nThe Lahore office."),
    ]


def test_an_html_tables_merged_cells_head_every_row_and_column_they_span(tmp_path: Path) -> None:
    """A season spanning three rows (rowspan) and a header over two sub-columns (colspan) say what each cell
    below them means; a row's cell spanning two columns is that value in both."""
    page = tmp_path / "field-allowance.html"
    page.write_text(
        "<html><body><h1>Field allowance</h1><table><thead>"
        '<tr><th rowspan="2">Season</th><th rowspan="2">Site</th><th colspan="2">Allowance (USD)</th></tr>'
        "<tr><th>Pakistan</th><th>China</th></tr></thead><tbody>"
        '<tr><th rowspan="2">Monsoon</th><td>Mine</td><td>95</td><td>150</td></tr>'
        '<tr><td>Dam</td><td colspan="2">no field work</td></tr>'
        "<tr><th>Winter</th><td>Dam</td><td>100</td><td>155</td></tr>"
        "</tbody></table></body></html>",
        encoding="utf-8",
    )
    rows = chunk_document(load_document(page))[0].text.splitlines()
    assert rows == [
        "Season: Monsoon | Site: Mine | Allowance (USD) Pakistan: 95 | Allowance (USD) China: 150",
        "Season: Monsoon | Site: Dam | Allowance (USD) Pakistan: no field work | Allowance (USD) China: no field work",
        "Season: Winter | Site: Dam | Allowance (USD) Pakistan: 100 | Allowance (USD) China: 155",
    ]


def test_html_paragraphs_read_as_a_browser_shows_them(tmp_path: Path) -> None:
    """A paragraph hard-wrapped in the source is one run of sentences; a <br> still ends a line, <pre> keeps
    its lines, and inline tags add no space before a full stop. An <address> and a <figcaption> are read as
    paragraphs (they were not read at all)."""
    page = tmp_path / "lab.html"
    page.write_text(
        "<html><body><h1>Test lab</h1>"
        "<p>It opens on <strong>6 April</strong>. The lab is at Block B,\n    4th Floor, 66 Jinkai Avenue.</p>"
        "<p>Lab office<br>\n9th Floor, Harbour Tower<br></p>"
        "<pre>step 1\nstep 2</pre>"
        "<div><address>Lahore desk<br>41-B Gulberg III<br>Lahore 54660</address></div>"
        "<figure><img src='map.png' alt=''><figcaption>The lab, Block B</figcaption></figure></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for s in load_document(page).sections for b in s.blocks]
    assert texts == [
        "It opens on 6 April. The lab is at Block B, 4th Floor, 66 Jinkai Avenue.",
        "Lab office\n9th Floor, Harbour Tower",
        "step 1\nstep 2",
        "Lahore desk\n41-B Gulberg III\nLahore 54660",
        "The lab, Block B",
    ]
    chunk = chunk_document(load_document(page))[0]
    assert "The lab is at Block B, 4th Floor, 66 Jinkai Avenue." in answer_units(chunk)


def test_docx_table_rows_carry_their_header(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "fees.docx",
        "Fee schedule",
        [("Fees", ["The fees below apply to buyers."])],
        table=[["Item", "Fee"], ["Fourth request", "RMB 800"], ["Events", "free"]],
    )
    doc = load_document(path)
    assert doc.title == "Fee schedule"
    text = "\n".join(c.text for c in chunk_document(doc))
    assert "Item: Fourth request | Fee: RMB 800" in text
    assert "Item: Events | Fee: free" in text


def test_a_docx_keeps_words_automatic_numbering_and_its_page_header_and_footer(tmp_path: Path) -> None:
    """Word numbers "List Number" paragraphs itself (numbering.xml), so "criterion 3" is in no paragraph's text;
    the document's reference and version often sit only in its page header or footer."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ref. KX/ELG/07 | Eligibility"
    document.sections[0].footer.paragraphs[0].text = "Version 3.2 - issued 2 May"
    document.add_heading("Criteria", level=1)
    for text in ("The firm is registered.", "The firm has traded for 24 months.", "The firm files tax returns."):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Firms in a special zone need 12 months.")
    path = tmp_path / "criteria.docx"
    document.save(str(path))
    text = "\n".join(c.text for c in chunk_document(load_document(path)))
    assert "Ref. KX/ELG/07 | Eligibility" in text and "Version 3.2 - issued 2 May" in text
    assert "1. The firm is registered.\n2. The firm has traded for 24 months.\n3. The firm files tax returns." in text
    assert "\nFirms in a special zone need 12 months." in text  # an unnumbered paragraph keeps no label


_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>'
    "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)
_BOX = (
    "<w:txbxContent><w:p><w:r><w:t>Integration bonus</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>An open-API link to the buyer's WMS earns USD 1,500.</w:t></w:r></w:p></w:txbxContent>"
)
_FOOTNOTES = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Audit fees are refunded'
    " up to USD 800 per firm.</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def test_a_docx_keeps_its_text_boxes_once_and_its_footnotes_beside_the_text(tmp_path: Path) -> None:
    """A callout drawn as a text box, and a footnote, often hold a figure stated nowhere else; python-docx reads
    neither. A box is written twice (a drawing and its VML fallback) and read once."""
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Support", level=1)
    document.add_paragraph("The grant pays part of the integration cost.")._p.append(
        parse_xml(_TEXT_BOX.format(box=_BOX))
    )
    document.add_heading("Verification", level=1)
    paragraph = document.add_paragraph("Every payment is verified by an audit")
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )
    paragraph.add_run(" before it is released.")
    footnotes = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, _FOOTNOTES.encode(), document.part.package
    )
    document.part.relate_to(footnotes, RELATIONSHIP_TYPE.FOOTNOTES)
    path = tmp_path / "guide.docx"
    document.save(str(path))
    sections = {s.headings[-1]: [b.text for b in s.blocks] for s in load_document(path).sections}
    assert sections["Support"] == [
        "The grant pays part of the integration cost.",
        "Integration bonus\nAn open-API link to the buyer's WMS earns USD 1,500.",
    ]
    assert sections["Verification"] == [
        "Every payment is verified by an audit before it is released.",
        "Audit fees are refunded up to USD 800 per firm.",
    ]


def test_a_table_built_from_divs_reads_as_a_table_and_a_divs_own_words_are_kept(tmp_path: Path) -> None:
    """A CSS grid of row and cell divs is a table with no <table>; words written straight into a div (a hidden
    tab panel's, a notice's) are text, where only <p> and <li> were read."""
    cells = [("Zone", "Booths", "Theme"), ("P1", "N3-101 to N3-106", "Cold chain"), ("P2", "N3-107 to N3-112", "Halal")]
    rows = "".join(
        '<div class="row">' + "".join(f'<div class="cell">{c}</div>' for c in row) + "</div>" for row in cells
    )
    page = (
        f'<html><body><h1>Expo</h1><h2>Pavilion plan</h2><div class="grid" role="table">{rows}</div>'
        '<section role="tabpanel" hidden><div>Samples must reach the warehouse by 25 May.</div></section>'
        "</body></html>"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "expo.html", page)] == [
        ("table_row", "Zone: P1 | Booths: N3-101 to N3-106 | Theme: Cold chain"),
        ("table_row", "Zone: P2 | Booths: N3-107 to N3-112 | Theme: Halal"),
        ("text", "Samples must reach the warehouse by 25 May."),
    ]


def test_markdown_setext_headings_and_a_table_written_in_html(tmp_path: Path) -> None:
    text = (
        "Reporting Guide\n===============\n\nEvery firm reports twice.\n\nDeadlines\n---------\n\n"
        "<table>\n  <thead><tr><th>Report</th><th>Due</th></tr></thead>\n  <tbody>\n"
        "    <tr><td>Interim</td><td>31 August<br>late: 5% a week</td></tr>\n  </tbody>\n</table>\n\n"
        "Signed by the CEO.\n"
    )
    document = load_document(_write(tmp_path / "guide.md", text.encode()))
    assert document.title == "Reporting Guide"
    assert [(s.headings, [b.text for b in s.blocks]) for s in document.sections] == [
        (("Reporting Guide",), ["Every firm reports twice."]),
        (("Reporting Guide", "Deadlines"), ["Report: Interim | Due: 31 August late: 5% a week", "Signed by the CEO."]),
    ]


_REVISION = (
    '<w:{kind} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="{id}" w:author="Reviewer"'
    ' w:date="2069-03-03T00:00:00Z"><w:r><w:{text} xml:space="preserve">{words}</w:{text}></w:r></w:{kind}>'
)


def _revised(paragraph: Any, old: str, new: str) -> None:
    """The paragraph with `old` struck out and `new` put in its place as tracked changes, as a reviewer sends it."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(_REVISION.format(kind="del", id=1, text="delText", words=old)))
    paragraph._p.append(parse_xml(_REVISION.format(kind="ins", id=2, text="t", words=new)))


def test_a_docx_reads_with_its_tracked_changes_accepted(tmp_path: Path) -> None:
    """A reviewed file keeps its revisions: the inserted figure is the rule and the deleted one is not. python-docx's
    text drops inserted runs, so the new figure was lost and the sentence read "The fee is  per firm"."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("The hangar visit fee is ")
    _revised(paragraph, "PKR 20,000", "PKR 25,000")
    paragraph.add_run(" per delegate.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Check", "Hours"
    table.cell(1, 0).text = "A-check"
    _revised(table.cell(1, 1).paragraphs[0], "12", "14")
    path = tmp_path / "reviewed.docx"
    document.save(str(path))
    assert [(b.kind, b.text) for s in load_document(path).sections for b in s.blocks] == [
        ("text", "The hangar visit fee is PKR 25,000 per delegate."),
        ("table_row", "Check: A-check | Hours: 14"),
    ]


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _control(body: str, properties: str = "") -> Any:
    """A content control (w:sdt) holding `body`, runs or paragraphs, as a Word form's field does."""
    from docx.oxml import parse_xml

    return parse_xml(f"<w:sdt {_W_NS}><w:sdtPr>{properties}</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>")


def test_a_docx_form_reads_the_words_filled_into_its_content_controls(tmp_path: Path) -> None:
    """A Word form holds its figures in content controls, inline in a sentence or as whole paragraphs: python-docx
    reads neither, so "up to  per firm" lost its cap. An empty control's prompt and a table of contents (a
    control that repeats the headings) are no text of the document."""
    import docx

    document = docx.Document()
    toc = "<w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj>"
    body = document.element.body
    body.insert(0, _control("<w:p><w:r><w:t>Contents 1 Grants ..... 2</w:t></w:r></w:p>", toc))
    paragraph = document.add_paragraph("The grant covers half of the costs, up to ")
    paragraph._p.append(_control("<w:r><w:t>PKR 2,000,000</w:t></w:r>"))
    paragraph.add_run(" per firm.")
    prompt = document.add_paragraph("Contact: ")
    prompt._p.append(_control("<w:r><w:t>Click or tap here to enter text.</w:t></w:r>", "<w:showingPlcHdr/>"))
    body.sectPr.addprevious(_control("<w:p><w:r><w:t>Closing date: 31 July 2071</w:t></w:r></w:p>"))
    path = tmp_path / "form.docx"
    document.save(str(path))
    assert [b.text for s in load_document(path).sections for b in s.blocks] == [
        "The grant covers half of the costs, up to PKR 2,000,000 per firm.",
        "Contact:",
        "Closing date: 31 July 2071",
    ]


def test_a_docx_reads_its_fields_results_and_a_table_inside_a_table_cell(tmp_path: Path) -> None:
    """A mail-merged notice holds its figures in fields: python-docx reads a complex field's result but not a
    simple field's ("Deadline:" and nothing), nor a field's instruction, which is no text. A table inside a cell
    was lost whole, and a cell merged across two columns was read under both."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    merged = document.add_paragraph("The cap is ")
    for run in (
        "<w:fldChar w:fldCharType='begin'/>",
        "<w:instrText xml:space='preserve'> MERGEFIELD GrantCap </w:instrText>",
        "<w:fldChar w:fldCharType='separate'/>",
        "<w:t>PKR 3,500,000</w:t>",
        "<w:fldChar w:fldCharType='end'/>",
        "<w:t xml:space='preserve'> per firm.</w:t>",
    ):
        merged._p.append(parse_xml(f"<w:r {_W_NS}>{run}</w:r>"))
    simple = document.add_paragraph("Deadline: ")
    simple._p.append(
        parse_xml(f"<w:fldSimple {_W_NS} w:instr=' DOCPROPERTY Due '><w:r><w:t>20 May 2073</w:t></w:r></w:fldSimple>")
    )
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Item", "Detail", "Note"], strict=True):
        cell.text = text
    table.cell(1, 0).text = "Grant shares"
    wide = table.cell(1, 1).merge(table.cell(1, 2))
    wide.text = "By tier:"
    inner = wide.add_table(rows=3, cols=2)
    for r, texts in enumerate([["Tier", "Share"], ["A", "60%"], ["B", "45%"]]):
        for c, text in enumerate(texts):
            inner.cell(r, c).text = text
    path = tmp_path / "notice.docx"
    document.save(str(path))
    assert [b.text for s in load_document(path).sections for b in s.blocks] == [
        "The cap is PKR 3,500,000 per firm.",
        "Deadline: 20 May 2073",
        "Item: Grant shares | Detail: By tier:",
        "Item: Grant shares | Tier: A | Share: 60%",
        "Item: Grant shares | Tier: B | Share: 45%",
    ]


def test_a_docx_heading_made_by_an_outline_level_opens_a_section(tmp_path: Path) -> None:
    """A heading typed in bold and given an outline level (on the paragraph or on a custom style), not a Heading
    style, is what Word's navigation pane lists: its section is asked about by its name."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    outline = '<w:outlineLvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="{}"/>'
    document = docx.Document()
    document.add_paragraph("Fees apply from 1 March.")
    own = document.add_paragraph()
    own.add_run("Refunds").bold = True
    own._p.get_or_add_pPr().append(parse_xml(outline.format(0)))
    document.add_paragraph("Refunds are paid within 9 working days.")
    style = document.styles.add_style("Clause Title", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(outline.format(1)))
    document.add_paragraph("Late claims", style="Clause Title")
    document.add_paragraph("A claim after 30 days is refused.")
    body = document.add_paragraph("Level 9 is body text, not a heading.")
    body._p.get_or_add_pPr().append(parse_xml(outline.format(9)))
    path = tmp_path / "outline.docx"
    document.save(str(path))
    assert [(s.headings, [b.text for b in s.blocks]) for s in load_document(path).sections] == [
        ((), ["Fees apply from 1 March."]),
        (("Refunds",), ["Refunds are paid within 9 working days."]),
        (("Refunds", "Late claims"), ["A claim after 30 days is refused.", "Level 9 is body text, not a heading."]),
    ]


def test_markdown_footnotes_and_a_bar_written_inside_a_table_cell(tmp_path: Path) -> None:
    """A footnote's text follows the paragraph that refers to it, under its heading, not the file's last heading
    where the notes are written; its mark is no word of the sentence. "\\|" is a bar inside a cell ("A \\| B
    grade"), not a new column that shifts every cell after it under the wrong name."""
    text = (
        "# Fees\n\n## When to pay\n\nPay within 14 days[^late].\n\n"
        "| Grade | Night rate |\n|---|---|\n| A \\| B grade | `USD 40` per hour |\n| C grade | USD 30 per hour |\n\n"
        "## Refunds\n\nA firm that withdraws by 20 May gets the fee back.\n\n"
        "[^late]: Payments up to 7 days late carry a surcharge of\nPKR 2,500.\n"
    )
    document = load_document(_write(tmp_path / "fees.md", text.encode()))
    assert [(s.headings[-1], b.kind, b.text) for s in document.sections for b in s.blocks] == [
        ("When to pay", "text", "Pay within 14 days."),
        ("When to pay", "text", "Payments up to 7 days late carry a surcharge of PKR 2,500."),
        ("When to pay", "table_row", "Grade: A | B grade | Night rate: USD 40 per hour"),
        ("When to pay", "table_row", "Grade: C grade | Night rate: USD 30 per hour"),
        ("Refunds", "text", "A firm that withdraws by 20 May gets the fee back."),
    ]


def test_markdowns_backslash_escapes_read_as_the_characters_they_escape(tmp_path: Path) -> None:
    text = "# Rates\n\nPairs are written SOURCE \\| TARGET.\n\n\\* Single rooms cost RMB 2,400 more.\n"
    assert [b.text for b in _blocks(tmp_path / "rates.md", text)] == [
        "Pairs are written SOURCE | TARGET.",
        "* Single rooms cost RMB 2,400 more.",
    ]


def test_a_docx_whose_footnotes_part_is_broken_keeps_its_text(tmp_path: Path) -> None:
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("Every payment is verified by an audit.")
    broken = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, b"<w:footnotes><w:foot", document.part.package
    )
    document.part.relate_to(broken, RELATIONSHIP_TYPE.FOOTNOTES)
    path = tmp_path / "broken-notes.docx"
    document.save(str(path))
    assert [b.text for s in load_document(path).sections for b in s.blocks] == [
        "Every payment is verified by an audit."
    ]


def test_word_numbering_formats_read_as_word_shows_them() -> None:
    assert [word_counter(n, "decimal") for n in (1, 12)] == ["1", "12"]
    assert [word_counter(n, "lowerLetter") for n in (1, 2, 27)] == ["a", "b", "aa"]
    assert [word_counter(n, "upperRoman") for n in (4, 9, 14)] == ["IV", "IX", "XIV"]
    assert word_counter(1, "bullet") is None


def test_a_table_pasted_from_a_spreadsheet_reads_by_its_tabs(tmp_path: Path) -> None:
    """Copied cells are TAB-separated: each row under its columns' names, an empty cell left out, and the text
    after the table is text."""
    text = (
        "Budget by track\n\nTrack\tFirms\tVouchers (RMB)\tHours\nCarbon\t14\t30,000\t420\nMRV\t6\t\t180\n"
        "Total\t20\t30,000\t600\n\nMentoring is budgeted at 30 hours per firm.\n"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "budget.txt", text)] == [
        ("text", "Budget by track"),
        ("table_row", "Track: Carbon | Firms: 14 | Vouchers (RMB): 30,000 | Hours: 420"),
        ("table_row", "Track: MRV | Firms: 6 | Hours: 180"),
        ("table_row", "Track: Total | Firms: 20 | Vouchers (RMB): 30,000 | Hours: 600"),
        ("text", "Mentoring is budgeted at 30 hours per firm."),
    ]


def test_an_email_saved_as_text_is_titled_by_its_subject_and_its_quoted_message_reads_apart(tmp_path: Path) -> None:
    """The reply changes what the quoted message said: the quoted lines are their own section, under the line
    that introduces them, and without their "> " marks (which cut every sentence)."""
    text = (
        "From: Events <events@example.org>\nTo: Firms <firms@example.org>\nSubject: RE: Fwd: Site visit - deadline"
        " EXTENDED\n\nDear all,\n\nThe new registration deadline is 24 July.\n\n"
        "On 1 Jul, Events <events@example.org> wrote:\n> Registration is open. It closes on\n> 17 July.\n>\n> Regards\n"
    )
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "Site visit - deadline EXTENDED"
    quoted = doc.sections[-1]
    assert quoted.headings[-1].startswith("On 1 Jul, Events")
    assert [b.text for b in quoted.blocks] == ["Registration is open. It closes on 17 July.", "Regards"]
    assert "24 July" in " ".join(b.text for s in doc.sections[:-1] for b in s.blocks)


def test_a_markdown_comment_is_not_read_and_reference_links_read_as_inline_ones(tmp_path: Path) -> None:
    """An HTML comment is never shown on the page: a draft figure in one is no rule of the programme."""
    text = (
        "# Uploads\n\nUp to 12 files, each at most 20 MB, through the [portal][1].\n"
        '<!-- draft: 25 MB and 20 files,\nnot approved -->\n\n[1]: https://portal.example.org "Portal"\n'
    )
    assert [b.text for b in _blocks(tmp_path / "uploads.md", text)] == [
        "Up to 12 files, each at most 20 MB, through the portal (https://portal.example.org)."
    ]


def _aligned(*cells: str, at: tuple[int, ...] = (10, 26, 38)) -> str:
    """A line whose cells start at these display columns (a Chinese character is two wide), padded as Chinese
    text pads them: with ideographic spaces, and one ASCII space for an odd column."""
    line = cells[0]
    for cell, column in zip(cells[1:], at, strict=True):
        gap = column - sum(2 if "\u4e00" <= c <= "\u9fff" or c == "\u3000" else 1 for c in line)
        line += "\u3000" * (gap // 2) + " " * (gap % 2) + cell
    return line


def test_a_table_exported_as_semicolon_separated_values_reads_by_its_fields(tmp_path: Path) -> None:
    """Excel saves CSV with semicolons where the comma is the decimal mark: each row under its header's names, a
    quoted field keeps its own semicolon, an empty field is left out; prose with a semicolon or two is prose."""
    text = (
        "Fees by band; amounts in PKR.\n\n"
        'Band;Staff;Fee;Due\n1;1-20;28000.00;"within 14 days; by bank transfer"\n'
        "2;21-75;56000.00;\n3;76-300;104000.00;5 June 2075\n\n"
        "Pay on time; late payers lose their seat; no exceptions.\nA second line; of prose; with semicolons.\n"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "fees-export.txt", text)] == [
        ("text", "Fees by band; amounts in PKR."),
        ("table_row", "Band: 1 | Staff: 1-20 | Fee: 28000.00 | Due: within 14 days; by bank transfer"),
        ("table_row", "Band: 2 | Staff: 21-75 | Fee: 56000.00"),
        ("table_row", "Band: 3 | Staff: 76-300 | Fee: 104000.00 | Due: 5 June 2075"),
        ("text", "Pay on time; late payers lose their seat; no exceptions. A second line; of prose; with semicolons."),
    ]


def test_a_plain_text_table_aligned_by_ideographic_spaces_reads_by_its_columns(tmp_path: Path) -> None:
    """Chinese text sets a table's columns with the ideographic space (U+3000), without a rule under its
    header; a label and its value in capitals is no heading. Prose with two spaces after its full stops is no
    table: its gaps do not line up."""
    rows = [
        _aligned("档位", "合同金额", "补贴比例", "单笔上限"),
        _aligned("一档", "10万元及以下", "40%", "4万元"),
        _aligned("二档", "10万元以上", "30%", "12万元"),
    ]
    text = "文件编号：SPLCA-GL-07\n\n表3　补贴标准\n" + "\n".join(rows) + "\n注：恰为10万元的按一档计算。\n"
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "call.txt", text)] == [
        ("text", "文件编号：SPLCA-GL-07"),
        ("text", "表3　补贴标准"),
        ("table_row", "档位: 一档 | 合同金额: 10万元及以下 | 补贴比例: 40% | 单笔上限: 4万元"),
        ("table_row", "档位: 二档 | 合同金额: 10万元以上 | 补贴比例: 30% | 单笔上限: 12万元"),
        ("text", "注：恰为10万元的按一档计算。"),
    ]
    prose = (
        "We apply.  Fees follow.  Refunds are rare.\n"
        "Then a visit.  It is in May.  Seats are few.\n"
        "Bring ID.  Arrive early.  Leave late.\n"
    )
    assert [b.kind for b in _blocks(tmp_path / "notes.txt", prose)] == ["text"]


def test_a_band_written_with_a_greater_than_sign_and_a_tab_indented_line_are_kept_as_text(tmp_path: Path) -> None:
    text = (
        "Fees by size\n> 250 staff: PKR 80,000\n> 500 staff: PKR 95,000\n\n\tIndented note one.\n\tIndented note two.\n"
    )
    texts = [b.text for b in _blocks(tmp_path / "fees.txt", text)]
    assert "> 250 staff: PKR 80,000" in "\n".join(texts) and "Indented note one." in "\n".join(texts)
    assert all(b.kind == "text" for b in _blocks(tmp_path / "fees.txt", text))


def test_a_plain_text_tables_header_wrapped_over_two_lines_names_its_columns_whole(tmp_path: Path) -> None:
    text = (
        "Fees\n\n"
        "  Band   Employees   Application fee   Matching fee per\n"
        "                                        confirmed meeting\n"
        "  ----   ---------   ---------------   -----------------\n"
        "  A      1 - 10      10,000            2,000\n"
        "  C      51 - 250    45,000            5,000\n"
    )
    rows = [b.text for b in _blocks(tmp_path / "rules.txt", text) if b.kind == "table_row"]
    assert rows == [
        "Band: A | Employees: 1 - 10 | Application fee: 10,000 | Matching fee per confirmed meeting: 2,000",
        "Band: C | Employees: 51 - 250 | Application fee: 45,000 | Matching fee per confirmed meeting: 5,000",
    ]


def test_markdown_table_rows_carry_their_header() -> None:
    chunks = chunk_document(load_document(PROGRAMME / "programme-overview.md"))
    row = next(c for c in chunks if "Dedicated Team" in c.text and "Minimum term" in c.text)
    assert "Track: Dedicated Team |" in row.text
    assert "Minimum term: 6 months" in row.text


def test_a_markdown_cells_line_breaks_and_inline_html_are_no_text(tmp_path: Path) -> None:
    blocks = _blocks(
        tmp_path / "tariff.md",
        "# Tariff\n\n*Rates in USD.*\n\n| Service | Day | Night |\n|---|---|---|\n"
        "| Forensics | **USD 48/h**<br>min. 2 h | USD 60/h<br/>min. 4 h<sup>1</sup> |\n",
    )
    assert [b.text for b in blocks if b.kind == "table_row"] == [
        "Service: Forensics | Day: USD 48/h; min. 2 h | Night: USD 60/h; min. 4 h1"
    ]
    assert any(b.text == "Rates in USD." for b in blocks)


PLAIN_URDU = """رہائش کی رہنمائی

==========
1. رہائشی الاؤنس
==========
فیس میں رہائش شامل نہیں، لیکن ماہانہ الاؤنس دیا جاتا ہے:

  ڈیسک           ماہانہ الاؤنس (فی شخص)
  ---------      ----------------------
  شینزین         4,500 یوآن
  چونگ چنگ       3,200 یوآن

ہر اسٹارٹ اپ کے دو افراد کو الاؤنس ملتا ہے
深圳办公室周一至周五开放
"""


def test_plain_text_in_scripts_without_capitals_keeps_its_sections_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "رہنمائی.txt"
    path.write_text(PLAIN_URDU, encoding="utf-8")
    sections = load_document(path).sections
    # A heading is the line over a rule; a short Urdu or Chinese line without a full stop is not one.
    assert [s.headings[-1] for s in sections if s.headings] == ["1. رہائشی الاؤنس"]
    rows = [b.text for s in sections for b in s.blocks if b.kind == "table_row"]
    assert rows == [
        "ڈیسک: شینزین | ماہانہ الاؤنس (فی شخص): 4,500 یوآن",
        "ڈیسک: چونگ چنگ | ماہانہ الاؤنس (فی شخص): 3,200 یوآن",
    ]
    text = "\n".join(b.text for s in sections for b in s.blocks)
    assert "ہر اسٹارٹ اپ کے دو افراد" in text and "深圳办公室周一至周五开放" in text


NUMBERED = """沙盒 2031 中国企业参与指南

一、沙盒是什么

沙盒由联合秘书处管理。
1. 监管沙盒试点：第一轮 24 个名额。

二、办公室地址

杭州市西湖区文三路 388 号

3۔ درخواست کی تاریخیں

درخواستیں 3 مارچ سے 4 اپریل تک۔

- کمپنی کے پاس سینڈ باکس نمبر (SPN) ہو

4. How to pay

Pay in CNY to the Hangzhou office.
"""


def test_numbered_headings_on_lines_of_their_own_are_sections_in_every_script(tmp_path: Path) -> None:
    path = tmp_path / "指南.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    headings = [s.headings for s in load_document(path).sections if s.headings]
    # Siblings, not nested; a numbered list item inside a paragraph and a line with an acronym are not headings.
    assert headings == [("一、沙盒是什么",), ("二、办公室地址",), ("3۔ درخواست کی تاریخیں",), ("4. How To Pay",)]


WRAPPED = """FEE SCHEDULE

The participation fee depends on the firm's head count (employees on payroll
on the date of application). A firm whose turnover falls in a higher band pays
the higher tier.

- Payment in two instalments is allowed for Tier T3 and Tier T4: 50% within 10
  working days and 50% before the end of the second month of testing.
- Refunds are paid within 15 working days.
Address: Sea View Tech Park,
Clifton, Karachi

Withdrawal before the testing period starts ........ 80% of the fee
Withdrawal after 30 days of testing ................ no refund

OTHER FEES

Item            Fee
--------------  ---------
Letter          PKR 3,000
"""


def test_hard_wrapped_plain_text_reads_as_whole_sentences(tmp_path: Path) -> None:
    path = tmp_path / "fees.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    units = [u for c in chunk_document(load_document(path)) for u in answer_units(c)]
    # A line that would have fitted the wrap width, or starts an item or a label, stays a line of its own.
    assert units == [
        "The participation fee depends on the firm's head count (employees on payroll on the date of application).",
        "A firm whose turnover falls in a higher band pays the higher tier.",
        "- Payment in two instalments is allowed for Tier T3 and Tier T4: 50% within 10 working days and 50% before"
        " the end of the second month of testing.",
        "- Refunds are paid within 15 working days.",
        "Address: Sea View Tech Park,",
        "Clifton, Karachi",
        "Withdrawal before the testing period starts: 80% of the fee",
        "Withdrawal after 30 days of testing: no refund",
        "Item: Letter | Fee: PKR 3,000",
    ]


# Wrapped at some 100 columns, but one list item runs on unwrapped past them: the line before "Authority" ends no
# sentence and is nearly as wide as the widest, so the name is not cut in two.
LONG_ITEM = (
    "cloud contact-centre platforms, telephony integration, call recording and outbound dialers with consent"
    " management for buyers;"
)
WRAPPED_BEFORE_A_CAPITAL = """# Overview

## Where it comes from

The idea grew out of a webinar held in Shanghai on 23 February 2022, where Pakistani firms presented
their services. That webinar was organised by the Software Business Union of Shanghai and the Trade Development
Authority of Pakistan (TDAP). Many firms asked for a programme of their own.

## Who it is for

- LONG_ITEM
- speech analytics.
Short heading-like line
Next line of its own.
""".replace("LONG_ITEM", LONG_ITEM)


def test_a_line_wrapped_before_a_capital_continues_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "overview.md"
    path.write_text(WRAPPED_BEFORE_A_CAPITAL, encoding="utf-8")
    units = [u for c in chunk_document(load_document(path)) for u in answer_units(c)]
    assert (
        "That webinar was organised by the Software Business Union of Shanghai and the Trade Development Authority"
        " of Pakistan (TDAP)." in units
    ), units
    assert "Short heading-like line" in units and "Next line of its own." in units, units


# Wrapped by hand, unevenly: the joined line would have fitted the widest line, and Urdu has no lower case.
WRAPPED_URDU = """درخواست کا طریقہ

دستاویزات مکمل ہونے پر دفتر درخواست کی جانچ شروع کرتا ہے اور نامکمل فائل 20 دن
میں مکمل نہ ہو تو بند کر دی جاتی ہے۔ فیس ایک بار ادا کی جاتی ہے۔
- فارم پُر کریں۔
- فیس ادا کریں۔
"""


def test_hand_wrapped_urdu_reads_as_whole_sentences(tmp_path: Path) -> None:
    path = tmp_path / "طریقہ.txt"
    path.write_text(WRAPPED_URDU + "\n" + "لمبی سطر " * 12 + "\n", encoding="utf-8")
    units = [u for c in chunk_document(load_document(path)) for u in answer_units(c)]
    joined = "دستاویزات مکمل ہونے پر دفتر درخواست کی جانچ شروع کرتا ہے اور نامکمل فائل 20 دن"
    assert f"{joined} میں مکمل نہ ہو تو بند کر دی جاتی ہے۔" in units
    assert "- فارم پُر کریں۔" in units and "- فیس ادا کریں۔" in units


FIXED_WIDTH = """办公室信息

办公室    地址                                 费用
------    ---------------------------------    ---------
杭州      杭州市西湖区文三路 388 号 12 层      免费
عام کمپنی                                     PKR 15,000
"""


def test_fixed_width_columns_are_counted_as_displayed_and_cut_between_words(tmp_path: Path) -> None:
    path = tmp_path / "办公室.txt"
    path.write_text(FIXED_WIDTH, encoding="utf-8")
    rows = [b.text for s in load_document(path).sections for b in s.blocks if b.kind == "table_row"]
    # A Chinese character takes two columns; a cell typed a character left of its rule keeps its first letter.
    assert rows == [
        "办公室: 杭州 | 地址: 杭州市西湖区文三路 388 号 12 层 | 费用: 免费",
        "办公室: عام کمپنی | 费用: PKR 15,000",
    ]


PIPED = """Exam fees

Level            | Fee (member) | Pass mark
-----------------|--------------|----------
Associate        | PKR 18,000   | 65%
پروفیشنل (P)     | PKR 34,000   | 70%

Fees are paid once.
"""


def test_a_pipe_table_in_plain_text_keeps_one_row_per_line_under_its_column_names(tmp_path: Path) -> None:
    blocks = _blocks(tmp_path / "exams.txt", PIPED)
    assert [b.text for b in blocks if b.kind == "table_row"] == [
        "Level: Associate | Fee (member): PKR 18,000 | Pass mark: 65%",
        "Level: پروفیشنل (P) | Fee (member): PKR 34,000 | Pass mark: 70%",
    ]
    assert any(b.kind == "text" and b.text == "Fees are paid once." for b in blocks)


CLOSED_TABLE = """5.1 The fee depends on the head count.

    Band        Fee (PKR)
    ----------  ----------
    1 - 50      45,000
    51 - 250    95,000
    ----------  ----------
    * Late applications are accepted within 48 hours, with a late
      surcharge of PKR 7,500.

5.2 Fees are paid once.
"""


def test_a_footnote_under_the_rule_that_closes_a_plain_text_table_is_text_not_a_row(tmp_path: Path) -> None:
    blocks = _blocks(tmp_path / "rules.txt", CLOSED_TABLE)
    assert [b.text for b in blocks if b.kind == "table_row"] == [
        "Band: 1 - 50 | Fee (PKR): 45,000",
        "Band: 51 - 250 | Fee (PKR): 95,000",
    ]
    assert any(
        b.kind == "text"
        and b.text == "* Late applications are accepted within 48 hours, with a late surcharge of PKR 7,500."
        for b in blocks
    )


FRONT_MATTER = """---
title: "Who can apply: eligibility explained"
date: 2063-03-05
tags: [eligibility, news]
---

*Posted 5 March 2063 in News*

1. **Who may apply**
   - a) at least 5 full-time employees;
"""


def test_markdown_front_matter_gives_the_title_and_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "news.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    document = load_document(path)
    text = "\n".join(b.text for s in document.sections for b in s.blocks)
    assert document.title == "Who can apply: eligibility explained"
    assert "tags" not in text and "2063-03-05" not in text and "5 full-time employees" in text


@pytest.mark.parametrize(
    "opening",
    ["---\nA line between two rules.\n---\n", "---\ntitle: [not closed\n---\n"],
)
def test_text_between_two_rules_that_is_no_front_matter_is_kept(tmp_path: Path, opening: str) -> None:
    text = "\n".join(b.text for b in _blocks(tmp_path / "page.md", opening + "# Fees\n\nThe fee is PKR 45,000.\n"))
    assert opening.splitlines()[1] in text and "PKR 45,000" in text


def test_pdf_headings_become_the_heading_path() -> None:
    chunks = chunk_document(load_document(PROGRAMME / "data-protection.pdf"))
    breach = next(c for c in chunks if "72 hours" in c.text)
    assert breach.headings.endswith("11. Data breaches")


def test_a_footnote_mark_raised_after_a_figure_in_a_pdf_is_not_read_into_it(tmp_path: Path) -> None:
    """A typesetter sets a footnote mark small and raised right after a figure; pypdf's text ran it into the
    figure ("PKR 56,0002", a fee no one charges) or after it ("56,000 2"). The footnote itself, and a figure in
    plain size, stay."""
    helvetica = {" ": 278, ",": 278, "T": 611, "f": 278, "i": 222, "s": 500, "P": 667, "K": 667, "R": 722}
    sentence = "The fee is PKR 56,000"
    end = 72 + sum(helvetica.get(c, 556) for c in sentence) / 100  # where the figure ends, at 10 points
    path = write_pdf(
        tmp_path / "call.pdf",
        [
            (72, 740, "Participation fees"),
            (72, 700, sentence),
            (end + 0.4, 704, "2", 6),
            (end + 4, 700, " and covers two delegates."),
            (72, 680, "The tour costs PKR 194,000"),
            (220, 684, "3", 6),
            (226, 680, "per delegate."),
            (72, 660, "Each application costs PKR 3,000."),
            (72, 100, "2 Each extra delegate costs PKR 17,500.", 7),
        ],
    )
    text = load_document(path).text
    assert "The fee is PKR 56,000 and covers two delegates." in text
    assert "The tour costs PKR 194,000 per delegate." in text
    assert "Each application costs PKR 3,000." in text
    assert "2 Each extra delegate costs PKR 17,500." in text


def test_pdf_table_rows_keep_their_column_names() -> None:
    """A PDF table (laid out in columns) answers row by row, each cell under its column's name, as the
    Markdown, HTML, docx and plain-text tables do; a bulleted list beside it stays text."""
    document = load_document(ROOT / "tests" / "data" / "sample-4" / "programme" / "grievance-procedure.pdf")
    by_heading = {s.headings[-1]: s.blocks for s in document.sections}
    rows = [b.text for b in by_heading["4. Time limits at a glance"]]
    assert all(b.kind == "table_row" for b in by_heading["4. Time limits at a glance"])
    filing = "Step: Filing a formal grievance | Who: Complainant | Time limit: 60 calendar days after the event"
    assert rows[1] == filing
    assert rows[-1] == "Step: Interim measures for harassment | Who: Grievance Officer | Time limit: 48 hours"
    assert len(rows) == 7
    listed = by_heading["2. Who may use it"]
    assert all(b.kind == "text" for b in listed)
    assert "- Members of the public who witnessed misconduct at a Corridor event" in "\n".join(b.text for b in listed)
    assert "  " not in document.text  # justified lines' padding is gone


def test_a_pdf_table_cell_wrapped_onto_a_second_line_stays_in_its_row_and_two_columns_of_prose_are_no_table(
    tmp_path: Path,
) -> None:
    pdf = write_pdf(
        tmp_path / "grants.pdf",
        [
            (72, 720, "Travel Grant Rules"),
            (72, 700, "1. Amounts"),
            (72, 680, "City"), (220, 680, "Grant per delegate"), (380, 680, "Notes"),
            (72, 665, "Karachi"), (220, 665, "PKR 90,000"), (380, 665, "Economy airfare"),
            (72, 650, "Peshawar"), (220, 650, "PKR 110,000"), (380, 650, "Includes one night"),
            (380, 635, "in Islamabad"),
            (72, 600, "2. Notes"),
            (72, 580, "This left column of prose runs on"), (320, 580, "while the right column tells another"),
            (72, 565, "for several lines of ordinary text"), (320, 565, "story in words of its own kind"),
            (72, 530, "3. Narrow columns"),
            (72, 510, "The programme helps firms"), (320, 510, "Buyers from any city"),
            (72, 495, "find partners in China"), (320, 495, "are welcome to join"),
            (72, 480, "through the secretariat."), (320, 480, "the fair in Karachi."),
        ],
    )  # fmt: skip
    by_heading = {s.headings[-1]: s.blocks for s in load_document(pdf).sections}
    assert [(b.kind, b.text) for b in by_heading["1. Amounts"]] == [
        ("table_row", "City: Karachi | Grant per delegate: PKR 90,000 | Notes: Economy airfare"),
        ("table_row", "City: Peshawar | Grant per delegate: PKR 110,000 | Notes: Includes one night in Islamabad"),
    ]
    assert [b.kind for b in by_heading["2. Notes"]] == ["text"]
    assert [b.kind for b in by_heading["3. Narrow columns"]] == ["text"]


def test_a_pdf_loses_its_running_heads_feet_and_page_numbers_and_keeps_the_heading_after_a_page_break(
    tmp_path: Path,
) -> None:
    """The head repeated on page 2 used to run into the section that opens there and hide its heading."""
    pdf = write_pdf(
        tmp_path / "sla.pdf",
        [
            (72, 740, "HARBOUR RULES 2045 - SERVICE LEVELS"),
            (72, 725, "Issued 2 June 2045"), (450, 725, "Page 1 of 2"),
            (72, 690, "1. Penalties"),
            (72, 670, "A late fix costs the vendor 5% of the monthly fee,"),
            (72, 655, "up to one fifth of that fee, for each severity-1 incident,"),
            (72, 60, "Secretariat - rules@harbour.example"),
        ],
        more_pages=[
            [
                (72, 740, "HARBOUR RULES 2045 - SERVICE LEVELS (continued)"), (450, 740, "Page 2 of 2"),
                (72, 710, "counted per calendar month."),
                (72, 690, "2. Support hours"),
                (72, 670, "The help desk answers from 09:00 to 18:00 PKT."),
                (72, 60, "Secretariat - rules@harbour.example"),
            ]
        ],
    )  # fmt: skip
    document = load_document(pdf)
    text = " ".join(b.text for s in document.sections for b in s.blocks)
    assert document.title == "HARBOUR RULES 2045 - SERVICE LEVELS"
    assert "Page" not in text and "continued" not in text and text.count("rules@harbour.example") == 1
    by_heading = {s.headings[-1]: " ".join(b.text for b in s.blocks) for s in document.sections}
    assert by_heading["1. Penalties"].endswith("for each severity-1 incident, counted per calendar month.")
    assert by_heading["2. Support hours"].startswith("The help desk answers from 09:00 to 18:00 PKT.")
    assert "Issued 2 June 2045" in text


def test_a_pdf_heading_is_numbered_and_opens_with_a_capital_and_a_range_is_no_heading(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "caps.pdf",
        [
            (72, 740, "Voucher Guide"),
            (72, 710, "Section 2. Room caps"),
            (72, 690, "Caps apply after the voucher table."),
            (72, 670, "60 to 199 rooms capped at RMB 80,000"),
            (72, 650, "3 Payment"),
            (72, 630, "Vouchers are paid in two tranches."),
        ],
    )
    sections = {s.headings[-1]: " ".join(b.text for b in s.blocks) for s in load_document(pdf).sections}
    assert "Section 2. Room caps" in sections and not any(h.startswith("60 to 199") for h in sections)
    assert "60 to 199 rooms capped at RMB 80,000" in sections["Section 2. Room caps"]
    assert sections["3 Payment"] == "Vouchers are paid in two tranches."


def test_a_ruled_pdf_table_keeps_wrapped_cells_and_a_centred_first_cell_in_their_row(tmp_path: Path) -> None:
    """The rules say which lines are one row: a header wrapped onto two lines, a row whose first cell sits in
    the middle of its other cells' lines. The text around the table keeps its place."""
    xs, ys = (60, 110, 300, 540), (690, 660, 615, 595)  # column and row edges
    grid = [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
    pdf = write_pdf(
        tmp_path / "sla.pdf",
        [
            (72, 740, "Support Rulebook"),
            (72, 715, "Every ticket gets a level."),
            (64, 677, "Level"), (114, 677, "Meaning"), (304, 677, "Service credit if target"),
            (304, 665, "missed"),
            (114, 647, "System down, patient safety"), (304, 647, "5% of the monthly fee"),
            (64, 635, "P1"), (114, 635, "at risk"), (304, 635, "for each started 4-hour"),
            (304, 623, "period beyond the target"),
            (64, 603, "P2"), (114, 603, "Major function degraded"), (304, 603, "3% per working day late"),
            (72, 560, "Business hours are 09:00-18:00 Beijing time."),
        ],
        rules=grid,
    )  # fmt: skip
    blocks = [(b.kind, b.text) for s in load_document(pdf).sections for b in s.blocks]
    assert blocks == [
        ("text", "Every ticket gets a level."),
        (
            "table_row",
            "Level: P1 | Meaning: System down, patient safety at risk | Service credit if target missed: "
            "5% of the monthly fee for each started 4-hour period beyond the target",
        ),
        (
            "table_row",
            "Level: P2 | Meaning: Major function degraded | Service credit if target missed: 3% per working day late",
        ),
        ("text", "Business hours are 09:00-18:00 Beijing time."),
    ]


@pytest.mark.parametrize("ruled", [False, True])
def test_a_pdf_page_set_in_two_columns_of_prose_reads_each_column_whole(tmp_path: Path, ruled: bool) -> None:
    """A newsletter's columns sit side by side: each line of the page holds a line of each. Read column by
    column, the right column's sentence is whole; on a page with a ruled table too (pdfplumber's text)."""
    # Lines wrapped at the column's width (Helvetica 10 in 240 points), as a newsletter sets them.
    left = [
        "The Pakistan pavilion at the expo is in",
        "Hall 5, open from 8 to 10 September.",
        "Build-up day is 7 September. Badges are",
        "then collected at Gate 3 from 14:00.",
    ]
    right = [
        "The shared sandbox for shortlisted firms",
        "opens on 2 June with 40 free seats. Extra",
        "seats cost USD 150 per month and are",
        "booked on the portal under Tools.",
    ]
    texts = [(72, 740, "Spring Newsletter")]
    texts += [(50, 600 - 14 * n, line) for n, line in enumerate(left)]
    texts += [(310, 600 - 14 * n, line) for n, line in enumerate(right)]
    grid: list[tuple[float, float, float, float]] = []
    if ruled:
        xs, ys = (60, 200, 400), (700, 680, 660)
        grid = [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
        texts += [(64, 686, "Item"), (204, 686, "Fee"), (64, 666, "Visa letter"), (204, 666, "USD 40")]
    text = " ".join(b.text for s in load_document(write_pdf(tmp_path / "news.pdf", texts, rules=grid)).sections
                    for b in s.blocks)  # fmt: skip
    assert "opens on 2 June with 40 free seats. Extra seats cost USD 150 per month and are booked" in text
    assert "Build-up day is 7 September. Badges are then collected at Gate 3 from 14:00." in text


def test_a_pdf_page_in_two_columns_with_a_ruled_table_in_one_reads_column_by_column(tmp_path: Path) -> None:
    """A call for applications set in two columns whose lines do not align (the right column's leading differs),
    with a ruled table in the right column and a sidebar of dates: pdfplumber's text set each line of one column
    beside the nearest of the other, so the columns ran into each other line by line, and the left column's lines
    beside the table were lost. Read column by column, each sentence is whole, a numbered heading inside the left
    column heads its section, and a sidebar's label is no column name."""
    left = [
        "1. Purpose of this call",
        "The programme helps Pakistani firms that",
        "build software for insurers find buyers in",
        "China through a written selection and a",
        "site-visit tour in Hangzhou and Ningbo.",
        "2. Who may apply",
        "Firms that meet items 1 to 6 of the criteria",
        "may apply. A group of companies cannot",
        "file one application for several firms, and",
        "staff of the organisers may not apply at all.",
    ]
    texts = [(50, 750, "CALL FOR APPLICATIONS"), (50, 730, "Issued by the association in Karachi on 12 January 2075")]
    texts += [(50, 700 - 11.5 * n, line) for n, line in enumerate(left)]
    sidebar = [("Portal opens", "12 January 2075"), ("Results", "25th April 2075"), ("Expo", "23 September 2075")]
    for n, (label, value) in enumerate(sidebar):
        texts += [(330, 695 - 12 * n, label), (430, 695 - 12 * n, value)]
    prose = ["The participation fee depends on the head", "count of the firm, and bands are inclusive:"]
    texts += [(320, 650 - 12 * n, line) for n, line in enumerate(prose)]
    xs, ys = (320, 440, 560), (620, 605, 590, 575)
    grid = [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
    for y, (staff, fee) in zip(
        ys, [("Full-time staff", "Fee (PKR)"), ("1 - 20", "28,000"), ("21 - 75", "56,000")], strict=False
    ):
        texts += [(324, y - 11, staff), (444, y - 11, fee)]
    texts += [
        (320, 560 - 12 * n, line)
        for n, line in enumerate(["Fees are paid by bank transfer to the", "account named in the selection letter."])
    ]
    sections = load_document(write_pdf(tmp_path / "call.pdf", texts, rules=grid)).sections
    blocks = [(s.headings[-1], b.kind, b.text) for s in sections for b in s.blocks]
    text = " ".join(b for _, _, b in blocks)
    assert "file one application for several firms, and staff of the organisers may not apply at all." in text
    assert "build software for insurers find buyers in China through a written selection" in text
    who = next(b for heading, kind, b in blocks if heading == "2. Who may apply" and kind == "text")
    assert who.startswith("Firms that meet items 1 to 6 of the criteria may apply. A group of companies cannot")
    assert [b for _, kind, b in blocks if kind == "table_row"] == [
        "Full-time staff: 1 - 20 | Fee (PKR): 28,000",
        "Full-time staff: 21 - 75 | Fee (PKR): 56,000",
    ]
    assert "Results 25th April 2075" in text
    assert "head count of the firm, and bands are inclusive:" in text


def test_a_pdf_with_a_wide_gutter_reads_by_column_and_its_landscape_page_by_row(tmp_path: Path) -> None:
    """Columns of narrow prose far apart (pypdf's layout sets a gutter wider than a column's line) are still two
    columns; a two-column table of short labels is not. A landscape page printed turned (/Rotate 90) has its
    text drawn up the page, which the layout text dropped whole: its wide table reads row by row."""
    left = ["Hangar news: the MRO base in Xi'an", "opened its second bay in May and", "now takes A320 C-checks."]
    right = [
        "Cargo hub update: the ULD repair",
        "shop processes 40 units a day and",
        "the night shift starts at 22:00.",
    ]
    bands = [("Rooms", "Voucher rule"), ("20 to 59", "capped at RMB 30,000"), ("60 to 199", "capped at RMB 80,000"),
             ("200 or more", "no room cap applies")]  # fmt: skip
    first = [(72, 740, "Programme Bulletin")]
    first += [(72, 700 - 14 * n, line) for n, line in enumerate(left)]
    first += [(330, 700 - 14 * n, line) for n, line in enumerate(right)]
    first += [(x, 600 - 14 * n, cell) for n, row in enumerate(bands) for x, cell in zip((72, 250), row, strict=True)]
    rows = [("Aircraft category", "A-check hours", "Base", "Fee per check (USD)"),
            ("Narrow-body", "12", "Karachi", "18,500"), ("Wide-body", "20", "Lahore", "29,000")]  # fmt: skip
    wide = [
        (x, 520 - 18 * n, cell) for n, row in enumerate(rows) for x, cell in zip((40, 250, 420, 560), row, strict=True)
    ]
    pdf = write_pdf(tmp_path / "bulletin.pdf", first, more_pages=[[(40, 560, "Check rates"), *wide]], turned={1})
    blocks = [b.text for s in load_document(pdf).sections for b in s.blocks]
    assert blocks[0] == (
        "Hangar news: the MRO base in Xi'an opened its second bay in May and now takes A320 C-checks. "
        "Cargo hub update: the ULD repair shop processes 40 units a day and the night shift starts at 22:00."
    )
    assert "Rooms: 60 to 199 | Voucher rule: capped at RMB 80,000" in blocks
    assert blocks[-2:] == [
        "Aircraft category: Narrow-body | A-check hours: 12 | Base: Karachi | Fee per check (USD): 18,500",
        "Aircraft category: Wide-body | A-check hours: 20 | Base: Lahore | Fee per check (USD): 29,000",
    ]


def test_a_pdf_that_is_one_ruled_table_keeps_every_row(tmp_path: Path) -> None:
    xs, ys = (60, 200, 400), (700, 680, 660, 640)
    grid = [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
    pdf = write_pdf(
        tmp_path / "fees.pdf",
        [(64, 686, "Item"), (204, 686, "Fee"), (64, 666, "Visa letter"), (204, 666, "USD 40"),
         (64, 646, "Late fee"), (204, 646, "USD 10")],
        rules=grid,
    )  # fmt: skip
    document = load_document(pdf)
    assert document.title == "fees"
    assert [b.text for s in document.sections for b in s.blocks] == [
        "Item: Visa letter | Fee: USD 40",
        "Item: Late fee | Fee: USD 10",
    ]


def test_a_pdf_table_ruled_only_under_its_header_keeps_one_row_per_line(tmp_path: Path) -> None:
    """Column rules and a rule under the header, none between rows: pdfplumber reads one body row of
    multi-line cells, and each line across the columns is a row of its own."""
    xs, ys = (60, 120, 330, 540), (700, 680, 620)
    grid = [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
    pdf = write_pdf(
        tmp_path / "rates.pdf",
        [
            (64, 686, "Grade"), (124, 686, "Equipment"), (334, 686, "Rate"),
            (64, 666, "A"), (124, 666, "Basic bench"), (334, 666, "PKR 2,400 per hour"),
            (64, 651, "B"), (124, 651, "RF bench"), (334, 651, "PKR 6,500 per hour"),
            (64, 636, "C"), (124, 636, "Anechoic chamber"), (334, 636, "PKR 48,000 per half-day"),
        ],
        rules=grid,
    )  # fmt: skip
    assert [b.text for s in load_document(pdf).sections for b in s.blocks if b.kind == "table_row"] == [
        "Grade: A | Equipment: Basic bench | Rate: PKR 2,400 per hour",
        "Grade: B | Equipment: RF bench | Rate: PKR 6,500 per hour",
        "Grade: C | Equipment: Anechoic chamber | Rate: PKR 48,000 per half-day",
    ]


def test_a_pdf_table_keeps_right_aligned_amounts_under_their_column(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "fees.pdf",
        [
            (72, 720, "Fees"),
            (72, 700, "Item"), (300, 700, "Fee (PKR)"), (420, 700, "Notes"),
            (72, 685, "Residency per cohort"), (296, 685, "150,000"), (420, 685, "Up to 3 people"),
            (72, 670, "Late fee"), (316, 670, "500"), (420, 670, "Per week"),
        ],
    )  # fmt: skip
    rows = [b.text for s in load_document(pdf).sections for b in s.blocks if b.kind == "table_row"]
    assert rows == [
        "Item: Residency per cohort | Fee (PKR): 150,000 | Notes: Up to 3 people",
        "Item: Late fee | Fee (PKR): 500 | Notes: Per week",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("پہلا جملہ۔ دوسرا جملہ؟ تیسرا", ["پہلا جملہ۔", "دوسرا جملہ؟", "تیسرا"]),
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
        ("Version 1.0 holds. Next", ["Version 1.0 holds.", "Next"]),
    ],
)
def test_sentences_end_in_each_script(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_long_chinese_section_splits_at_sentence_ends(tmp_path: Path) -> None:
    sentence = "巴基斯坦服务商需要在两个工作日内回复询盘。"
    path = tmp_path / "long.md"
    path.write_text("# 标题\n\n## 规则\n\n" + sentence * 80, encoding="utf-8")
    chunks = chunk_document(load_document(path), max_chars=200)
    assert len(chunks) > 5
    assert all(c.text.endswith("。") for c in chunks)
    assert all(len(c.text) <= 200 for c in chunks)


@pytest.mark.parametrize(
    ("maker", "reason"),
    [
        (lambda p: write_corrupt_pdf(p / "corrupt.pdf"), "PDF"),
        (lambda p: write_encrypted_pdf(p / "locked.pdf"), "encrypted PDF"),
        (lambda p: write_broken_docx(p / "broken.docx"), ".docx"),
        (lambda p: write_docx_bomb(p / "bomb.docx"), "expands to more than"),
        (lambda p: _write(p / "empty.md", b""), "empty"),
        (lambda p: _write(p / "cyrillic.txt", "Срок подачи заявок 12 мая".encode("cp1251")), "not UTF-8"),
        (lambda p: _write(p / "korean.txt", "신청 마감일은 삼월입니다".encode("euc-kr")), "not UTF-8"),
        (lambda p: _write(p / "notes.rtf", b"{\\rtf1 hi}"), "unsupported"),
    ],
)
def test_unreadable_files_raise_a_reason(tmp_path: Path, maker: object, reason: str) -> None:
    path = maker(tmp_path)  # type: ignore[operator]
    with pytest.raises(LoadError, match=reason):
        load_document(path)


def test_chinese_text_saved_by_chinese_windows_in_gb18030_is_read(tmp_path: Path) -> None:
    """Notepad on Chinese Windows saves GBK/GB18030, not UTF-8; Korean bytes also decode as GB18030 but make no
    Chinese words, and are refused above."""
    text = "申请截止日期：2069年3月15日17:00（北京时间）。逾期申请不予受理。"
    path = _write(tmp_path / "notice.txt", text.encode("gb18030"))
    assert [b.text for s in load_document(path).sections for b in s.blocks] == [text]


def test_urdu_and_english_saved_in_windows_code_pages_are_read(tmp_path: Path) -> None:
    """Notepad on Windows not told UTF-8 saves Urdu in Windows-1256 (with Arabic yeh, which it has for Urdu's)
    and English in Windows-1252 (curly quotes, en dashes): both were refused as not UTF-8."""
    urdu = "ہیلپ لائن کا نمبر 0800-74225 ہے. دفتر اتوار کو بند رہے گا."
    saved = urdu.replace("ی", "ي")  # no Urdu yeh in Windows-1256
    path = _write(tmp_path / "ur-helpline.txt", saved.encode("cp1256"))
    assert load_document(path).text == saved
    english = "Seats are \u201cfirst come, first served\u201d \u2013 the fee is PKR 12,500."
    path = _write(tmp_path / "notice.txt", english.encode("cp1252"))
    assert load_document(path).text == english


def test_utf16_text_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Helpline hours are 10:00 to 18:00.".encode("utf-16"))
    assert "10:00 to 18:00" in load_document(path).text


def test_a_pdf_form_reads_each_filled_field_after_its_label(tmp_path: Path) -> None:
    """A filled-in application form keeps its values in the form's fields, which pypdf's text leaves out: the
    processing fee read "Processing fee (non-refundable):" and nothing after it. An empty field adds nothing."""
    path = write_pdf_form(
        tmp_path / "form.pdf",
        [
            (50, 700, "Application form"),
            (50, 650, "Processing fee (non-refundable):"),
            (50, 620, "Closing date:"),
            (50, 590, "Firm name:"),
        ],
        {"Fee": (250, 650, "PKR 3,000"), "Closing": (250, 620, "30 March 2071")},
    )
    assert [b.text for s in load_document(path).sections for b in s.blocks] == [
        "Processing fee (non-refundable): PKR 3,000",
        "Closing date: 30 March 2071",
        "Firm name:",
    ]


def test_an_html_table_saved_from_a_spreadsheet_keeps_its_title_and_note_apart_from_its_rows(tmp_path: Path) -> None:
    """A sheet saved as a web page writes its title and its note as rows spanning every column, and keeps its
    blank rows: the title was read as every column's name ("Rate card: Interpreter | Rate card: per day") and the
    note as a row. A <caption> was not read at all."""
    page = (
        "<html><body><table><caption>Table 4: support rates</caption>"
        "<tr><td colspan=3>Rate card 2071 (PKR)</td></tr>"
        "<tr><td>Service</td><td>Unit</td><td>Rate</td></tr>"
        "<tr><td>Interpreter</td><td>per day</td><td>38,000</td></tr>"
        "<tr><td>Translation</td><td>per 1,000 words</td><td>7,500</td></tr>"
        "<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
        "<tr><td colspan=3>Grants repay part of these costs.</td></tr>"
        "</table></body></html>"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "rates.html", page)] == [
        ("text", "Table 4: support rates"),
        ("text", "Rate card 2071 (PKR)"),
        ("table_row", "Service: Interpreter | Unit: per day | Rate: 38,000"),
        ("table_row", "Service: Translation | Unit: per 1,000 words | Rate: 7,500"),
        ("text", "Grants repay part of these costs."),
    ]


def test_presentation_forms_and_full_width_letters_read_as_the_letters_they_are(tmp_path: Path) -> None:
    """Urdu copied out of an old PDF comes in Arabic presentation forms (ﻻﮨﻮﺭ), and Chinese text types Latin letters
    and digits full width (ＰＫＲ　２２，０００): both are read as the plain letters, so "PKR 22,000" and لاہور are
    found. A Chinese comma between words stays, and a table drawn with full-width bars is a table."""
    text = (
        "\ufedf\ufe8e\ufba8\ufeee\ufead \ufed3\ufbff\ufeb2 0800\n\n"
        "参访费每人ＰＫＲ　２２，０００，报名截止２０７１年５月２０日。\n\n"
        "｜项目　　｜标准　　　｜\n｜代表人数｜最多３名　｜\n｜参访费　｜ＰＫＲ　２２，０００｜\n"
    )
    assert [(b.kind, b.text) for b in _blocks(tmp_path / "notice.txt", text)] == [
        ("text", "لاہور فیس 0800"),
        ("text", "参访费每人PKR 22,000，报名截止2071年5月20日。"),
        ("table_row", "项目: 代表人数 | 标准: 最多3名"),
        ("table_row", "项目: 参访费 | 标准: PKR 22,000"),
    ]


def test_markdown_definition_lists_and_alert_boxes_read_as_their_text(tmp_path: Path) -> None:
    """A term with its definitions reads as one line, as an HTML <dl> does ("Fee band: One of …"), and an alert
    box ("> [!IMPORTANT]") as its words, without quote marks or its kind. A plain quote keeps its marks."""
    text = (
        "# Glossary\n\nFee band\n: One of the four head-count bands.\n: It sets the fee.\n\n"
        "> [!IMPORTANT]\n> Claims must reach the desk within 60 days.\n\n> A quoted line.\n"
    )
    assert [b.text for b in _blocks(tmp_path / "faq.md", text)] == [
        "Fee band: One of the four head-count bands. It sets the fee.",
        "Claims must reach the desk within 60 days.",
        "> A quoted line.",
    ]


def test_a_typeset_pdf_reads_its_hyphenated_words_whole(tmp_path: Path) -> None:
    """A typesetter breaks words at a line's end ("regis-" / "tration"): the word was read in two halves. A word
    the document writes with a hyphen elsewhere keeps it; a capital after the hyphen is no broken word; a line
    that breaks a word is no heading ("Table 2. The applica-")."""
    path = tmp_path / "call.pdf"
    write_pdf(
        path,
        [
            (72, 720, "Call for applications"),
            (72, 690, "Firms complete the online regis-"),
            (72, 676, "tration form; the fee is non-"),
            (72, 662, "refundable, as all non-refundable fees are, and certificates go to Lahore-"),
            (72, 648, "Karachi desks. The dates are given in"),
            (72, 634, "Table 2. The applica-"),
            (72, 620, "tion closes on 10 March."),
        ],
    )
    blocks = [b.text for s in load_document(path).sections for b in s.blocks]
    assert blocks == [
        "Firms complete the online registration form; the fee is non-refundable, as all non-refundable fees are, "
        "and certificates go to Lahore- Karachi desks. The dates are given in Table 2. The application closes on "
        "10 March."
    ]


def test_a_page_saved_in_big5_is_read_in_the_encoding_it_declares(tmp_path: Path) -> None:
    """A Hong Kong desk's page is saved in Big5 and says so in its <meta charset>; a Big5 text file says nothing
    and is read as Big5 when its characters make Chinese words. Both were refused as not UTF-8."""
    text = "香港聯絡處的電話是 +852 2345 6789，報名費為港幣 3,800 元。"
    page = f'<html><head><meta charset="big5"><title>香港聯絡處</title></head><body><p>{text}</p></body></html>'
    html = _write(tmp_path / "hk.html", page.encode("big5"))
    plain = _write(tmp_path / "hk.txt", text.encode("big5"))
    assert [b.text for s in load_document(html).sections for b in s.blocks] == [text]
    assert [b.text for s in load_document(plain).sections for b in s.blocks] == [text]


def test_characters_a_page_shows_as_nothing_or_as_a_space_are_read_as_shown(tmp_path: Path) -> None:
    """Soft hyphens and zero-width spaces inside words, narrow no-break spaces between thousands (read as the
    commas a question types), non-breaking
    hyphens in a phone number, a typesetter's ligature (ﬁ) and a figure split by a bold tag:
    "pharmaco\u00advigilance" matched no question's word, and "+92\u201142" no typed phone number."""
    page = (
        "<html><body><p>The pharmaco&shy;vigilance desk: +92&#8209;42&#8209;3579&#8209;2468. "
        "Deposit PKR <b>45</b>,000; cap PKR 1&#8239;200&#8239;000 per firm; regis\u200btration and certiﬁcates."
        "</p></body></html>"
    )
    assert [b.text for b in _blocks(tmp_path / "desk.html", page)] == [
        "The pharmacovigilance desk: +92-42-3579-2468. Deposit PKR 45,000; cap PKR 1,200,000 per firm; "
        "registration and certificates."
    ]


def test_a_markdown_code_block_is_read_as_written(tmp_path: Path) -> None:
    """A fenced block (a sample request, a command) is kept line by line as written: its "# comment" is no
    heading, and its fence marks are no text."""
    text = (
        "# Portal\n\n## API\n\nSubmit with:\n\n```bash\n# upload the dossier\n"
        "curl -F file=@dossier.pdf https://portal.example/api/v2/apply  # at most 25 MB\n```\n\nThen wait.\n"
    )
    blocks = _blocks(tmp_path / "api.md", text)
    assert [b.text for b in blocks] == [
        "Submit with:",
        "# upload the dossier\ncurl -F file=@dossier.pdf https://portal.example/api/v2/apply  # at most 25 MB",
        "Then wait.",
    ]


def test_a_word_file_without_heading_styles_takes_its_headings_from_bold_and_capital_lines(tmp_path: Path) -> None:
    """Many offices never use Word's heading styles: every paragraph is Normal, a section's name is a short bold
    line or typed in capitals. Those lines head their sections (the first ones, before any body text, name the
    document); a bold sentence, a bold "label: value" line and Chinese or Urdu text (which has no capitals) do not."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("PAYROLL PAGODA 2077").bold = True
    document.add_paragraph().add_run("Call for Applications from Pakistani Firms").bold = True
    document.add_paragraph("Issued in Islamabad on 18 January 2077.")
    document.add_paragraph().add_run("4) DOCUMENTS TO UPLOAD").bold = True
    document.add_paragraph("Every application carries the SECP certificate of incorporation and the NTN.")
    document.add_paragraph("REFUNDS AND WITHDRAWAL")
    document.add_paragraph("A firm that withdraws by 31 May gets the whole fee back.")
    document.add_paragraph().add_run("Late applications are not accepted.").bold = True
    document.add_paragraph().add_run("Helpline: 0800-72977").bold = True
    document.add_paragraph("申请截止日期为2077年4月2日")
    document.save(str(tmp_path / "call.docx"))
    loaded = load_document(tmp_path / "call.docx")
    assert loaded.title == "PAYROLL PAGODA 2077"
    blocks = {b.text: s.headings for s in loaded.sections for b in s.blocks}
    opening = ("PAYROLL PAGODA 2077", "Call for Applications from Pakistani Firms")
    assert blocks["Issued in Islamabad on 18 January 2077."] == opening
    documents = "Every application carries the SECP certificate of incorporation and the NTN."
    assert blocks[documents] == (*opening, "4) DOCUMENTS TO UPLOAD")
    refunds = (*opening, "REFUNDS AND WITHDRAWAL")
    assert blocks["A firm that withdraws by 31 May gets the whole fee back."] == refunds
    assert blocks["Late applications are not accepted."] == refunds
    assert blocks["Helpline: 0800-72977"] == refunds
    assert blocks["申请截止日期为2077年4月2日"] == refunds


def test_an_email_thread_saved_as_text_reads_a_section_per_message_headed_by_its_subject_and_date(
    tmp_path: Path,
) -> None:
    """Outlook prints each message of a thread under "-----Original Message-----" and a header block; a quoted
    message carries its own. Each message is a section headed by its subject and date, and the header's
    "From: … Sent: … To: …" is no text an answer could quote."""
    thread = "\n".join(
        [
            "From: Sana Qureshi <desk@pagoda.example>",
            "Sent: Tuesday, 3 August 2077 11:42",
            "To: Delegates <d@pagoda.example>",
            "Subject: RE: Pre-departure briefing",
            "",
            "Dear all,",
            "",
            "CORRECTION: the briefing is on Monday 30 August 2077, not 23 August.",
            "",
            "Sana",
            "",
            "-----Original Message-----",
            "From: Hamza <hamza@soft.example>",
            "Sent: Monday, 2 August 2077 17:05",
            "To: Sana Qureshi <desk@pagoda.example>",
            "Subject: RE: Pre-departure briefing",
            "",
            "Is the briefing compulsory?",
            "",
            "> From: Sana Qureshi <desk@pagoda.example>",
            "> Sent: Monday, 2 August 2077 09:15",
            "> Subject: Pre-departure briefing",
            ">",
            "> The briefing is on Monday 23 August 2077 in Lahore.",
        ]
    )
    (tmp_path / "thread.txt").write_text(thread, encoding="utf-8")
    loaded = load_document(tmp_path / "thread.txt")
    assert loaded.title == "Pre-departure briefing"
    blocks = [(s.headings[-1], b.text) for s in loaded.sections for b in s.blocks]
    assert ("Pre-departure briefing — Tuesday, 3 August 2077 11:42", "Dear all,") in blocks
    assert ("Pre-departure briefing — Monday, 2 August 2077 17:05", "Is the briefing compulsory?") in blocks
    assert (
        "Pre-departure briefing — Monday, 2 August 2077 09:15",
        "The briefing is on Monday 23 August 2077 in Lahore.",
    ) in blocks
    assert not any("From:" in text or "Original Message" in text for _, text in blocks)


def test_a_chat_exported_to_text_reads_a_paragraph_per_message_without_its_time_and_sender(tmp_path: Path) -> None:
    """A WhatsApp export opens every line with its date, time and sender, on iOS and on Android alike: each
    message is a paragraph, its sender named once for the messages they send in a row, none of them a heading
    (a message may open with a date), a message over two lines whole."""
    chat = (
        "[05/03/77, 10:14] PHPSA Lahore Desk: *Payroll Pagoda 2077 - announcement*\n"
        "[05/03/77, 10:15] PHPSA Lahore Desk: apply karne ki last date ab 2 april hai\n"
        "[05/03/77, 10:18] PHPSA Lahore Desk: 1 june se 15 july tak aadhi fee wapis\n"
        "15 july ke baad kuch nahi\n"
        "05/03/2077, 10:25 - Usman: 2 april tak pakka?\n"
        "05/03/2077, 10:31 - PHPSA Lahore Desk: ji pakka 2 april\n"
    )
    (tmp_path / "chat.txt").write_text(chat, encoding="utf-8")
    loaded = load_document(tmp_path / "chat.txt")
    assert loaded.title == "Payroll Pagoda 2077 - announcement"
    assert [b.text for s in loaded.sections for b in s.blocks] == [
        "PHPSA Lahore Desk: Payroll Pagoda 2077 - announcement",
        "apply karne ki last date ab 2 april hai",
        "1 june se 15 july tak aadhi fee wapis 15 july ke baad kuch nahi",
        "Usman: 2 april tak pakka?",
        "PHPSA Lahore Desk: ji pakka 2 april",
    ]
    assert all(not s.headings or s.headings == (loaded.title,) for s in loaded.sections)


def test_a_column_running_on_beside_a_gap_in_the_other_stays_one_column(tmp_path: Path) -> None:
    """A newsletter's right column pauses between two articles while the left one runs on, and a left paragraph
    ends in a short line beside another gap: each column still reads whole, its sentences never run into the
    other column's (pypdf's layout text had "Chinese surveying Partner desk opens in Kuala Lumpur")."""
    left = [
        "Launch evening opens the round",
        "More than 300 guests filled the hall in",
        "Islamabad on 12 January for the launch.",
        "Speakers told the hall that Chinese",
        "surveying institutes and drone makers",  # beside the gap between the right column's articles
        "want Pakistani partners for point-cloud",
        "work, and every applicant hears the",
        "result",
        "by e-mail.",  # a short last line beside the right column's gap
    ]
    right = [
        "Partner desk opens in Kuala Lumpur",
        "A partner desk in Kuala Lumpur opened",
        "on 1 February for firms whose clients",
        "sit in South-East Asia.",
        None,
        "Free clinics in Lahore and Karachi",
        "Clinics run at the Lahore desk on 8",
        "March and at the Karachi desk on 15 March.",
        None,
    ]
    texts = [(72, 740, "Programme Bulletin")]
    texts += [(50, 600 - 14 * n, line) for n, line in enumerate(left)]
    texts += [(310, 600 - 14 * n, line) for n, line in enumerate(right) if line]
    sections = load_document(write_pdf(tmp_path / "bulletin.pdf", texts)).sections
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "Chinese surveying institutes and drone makers want Pakistani partners" in text, text
    assert "every applicant hears the result by e-mail." in text, text
    assert "opened on 1 February for firms whose clients sit in South-East Asia." in text, text


def test_a_slide_deck_saved_as_pdf_reads_each_slide_under_its_title_a_bullet_each(tmp_path: Path) -> None:
    """One slide a page: a short title, bullets (WinAnsi's \\x95, "•"), a running foot with "N / M". The bullets
    ran together into one paragraph with the foot in the middle, so "how many meetings" quoted a whole slide."""
    slides = [
        ("The fair at a glance", ["Qianwan Exhibition Centre, Halls 3 and 5", "Up to 12 pre-booked buyer meetings"]),
        ("Your booth", ["Standard booth: 3 m x 3 m, one table", "Power supply: 2 kW per booth"]),
        ("Shipping demo kits", ["One crate per vendor", "Crates must reach the warehouse by 20 September"]),
    ]
    pages = [
        [
            (72, 740, title),
            *((90, 700 - 30 * n, f"\x95  {bullet}") for n, bullet in enumerate(bullets)),
            (72, 60, f"Tower Day 2085 - vendor briefing {page + 1} / {len(slides)}"),
        ]
        for page, (title, bullets) in enumerate(slides)
    ]
    document = load_document(write_pdf(tmp_path / "briefing.pdf", pages[0], more_pages=pages[1:]))
    by_heading = {s.headings[-1]: [b.text for b in s.blocks] for s in document.sections if s.headings}
    assert by_heading["The fair at a glance"][-1] == "• Up to 12 pre-booked buyer meetings"
    assert by_heading["Your booth"] == ["• Standard booth: 3 m x 3 m, one table", "• Power supply: 2 kW per booth"]
    text = " ".join(b.text for s in document.sections for b in s.blocks)
    assert " / 3" not in text


def test_a_pdf_box_of_labels_and_values_reads_each_line_as_a_label_and_its_value(tmp_path: Path) -> None:
    """A report's "key figures" box, label left and value right, no column names: each figure its own unit."""
    pdf = write_pdf(
        tmp_path / "pilot.pdf",
        [
            (72, 740, "Pilot round 2084 - final report"),
            (72, 700, "The figures below are the pilot's own, not this year's rules."),
            (72, 670, "Key figures"),
            (72, 640, "Pilot building"), (300, 640, "Pearl Crest Plaza, Guangzhou"),
            (72, 620, "Pass mark"), (300, 620, "65 out of 100"),
            (72, 600, "Vendors who passed"), (300, 600, "5"),
            (72, 580, "Total value of pilot contracts"), (300, 580, "RMB 520,000"),
        ],
    )  # fmt: skip
    blocks = [b.text for s in load_document(pdf).sections for b in s.blocks]
    assert "Pass mark: 65 out of 100" in blocks and "Total value of pilot contracts: RMB 520,000" in blocks
    assert "Vendors who passed: 5" in blocks


def test_a_pdf_table_of_two_columns_with_long_names_keeps_them_on_each_row(tmp_path: Path) -> None:
    """ "Rooms at the pilot property | Voucher rule": a first line with no figure names the columns, and a value
    wrapped onto the next line stays in its row; a list's bullets are no labels."""
    pdf = write_pdf(
        tmp_path / "vouchers.pdf",
        [
            (72, 740, "Pilot voucher guide"),
            (72, 700, "Rooms at the pilot property"), (300, 700, "Voucher rule"),
            (72, 680, "fewer than 20"), (300, 680, "not eligible alone;"),
            (300, 665, "up to 5 small properties may pool"),
            (72, 645, "20 to 59"), (300, 645, "voucher capped at RMB 30,000"),
            (72, 625, "60 to 199"), (300, 625, "voucher capped at RMB 80,000"),
            (72, 590, "-"), (90, 590, "Hotels apply through the portal."),
            (72, 575, "-"), (90, 575, "Restaurants apply by e-mail."),
            (72, 560, "-"), (90, 560, "Tour operators apply at the desk."),
        ],
    )  # fmt: skip
    blocks = [b for s in load_document(pdf).sections for b in s.blocks]
    rows = [b.text for b in blocks if b.kind == "table_row"]
    assert rows == [
        "Rooms at the pilot property: fewer than 20 | Voucher rule: not eligible alone; up to 5 small properties "
        "may pool",
        "Rooms at the pilot property: 20 to 59 | Voucher rule: voucher capped at RMB 30,000",
        "Rooms at the pilot property: 60 to 199 | Voucher rule: voucher capped at RMB 80,000",
    ]
    assert not any(b.text.startswith("-:") for b in blocks)


def test_a_pdf_price_list_ruled_by_lines_across_reads_as_rows_not_as_two_columns_of_prose(tmp_path: Path) -> None:
    """A price list ruled only by lines across the page, its long item names beside prices with words after them
    ("USD 900 per training day"): both columns average three words or more and the item names fill their column,
    as two columns of prose do, so the item names were read as one paragraph and the prices as another. A column
    whose lines nearly all give a figure is a table's column of values."""
    rows = [
        ("Service", "Price"),
        ("Onboarding workshop for a new client team", "USD 1,200"),
        ("Data migration from a legacy ledger system", "USD 4,500"),
        ("On-site trainer at the client's office", "USD 900 per training day"),
        ("Extra user licence beyond the first twenty", "USD 35 per user per month"),
        ("Priority support line with a named engineer", "USD 600 per month"),
    ]
    texts = [(50, 750, "Annex C - Service Prices"), (50, 720, "1. Prices")]
    for n, (item, price) in enumerate(rows):
        texts += [(56, 690 - 20 * n, item), (330, 690 - 20 * n, price)]
    texts += [(50, 560, "2. Payment"), (50, 540, "Invoices are payable within 30 days of the invoice date.")]
    rules = [(50, 702 - 20 * n, 560, 702 - 20 * n) for n in range(len(rows) + 1)]
    sections = load_document(write_pdf(tmp_path / "prices.pdf", texts, rules=rules)).sections
    blocks = [(s.headings[-1], b.kind, b.text) for s in sections for b in s.blocks]
    rows_read = [text for heading, kind, text in blocks if heading == "1. Prices" and kind == "table_row"]
    assert "Service: On-site trainer at the client's office | Price: USD 900 per training day" in rows_read
    assert "Service: Priority support line with a named engineer | Price: USD 600 per month" in rows_read
    assert len(rows_read) == len(rows) - 1
    assert ("2. Payment", "text", "Invoices are payable within 30 days of the invoice date.") in blocks


def test_a_ditto_mark_in_a_table_cell_reads_as_the_value_above_it_in_every_format(tmp_path: Path) -> None:
    """ "〃", "″", "do." and "same as above" repeat the cell above: the row alone must say the deposit. A cell that
    says more than the mark, or a first row with nothing above it, stays as written."""
    markdown = tmp_path / "loans.md"
    markdown.write_text(
        "# Loans\n\n| Item | Deposit |\n|---|---|\n| Flow meter | 〃 |\n| Clamp-on meter | RMB 1,200 |\n"
        "| Magnetic meter | 〃 |\n| Pressure logger | RMB 400 |\n| Noise logger | do. |\n| Tablet | ″ |\n"
        "| GPS tracker | same as above |\n| Sonde | 〃 or less |\n",
        encoding="utf-8",
    )
    word = write_docx(
        tmp_path / "loans.docx",
        "Loans",
        [],
        [["Item", "Deposit"], ["Hydrophone", "RMB 900"], ["Spare hydrophone", "同上"]],
    )
    rows = [b.text for path in (markdown, word) for s in load_document(path).sections for b in s.blocks]
    assert [r for r in rows if "|" in r] == [
        "Item: Flow meter | Deposit: 〃",
        "Item: Clamp-on meter | Deposit: RMB 1,200",
        "Item: Magnetic meter | Deposit: RMB 1,200",
        "Item: Pressure logger | Deposit: RMB 400",
        "Item: Noise logger | Deposit: RMB 400",
        "Item: Tablet | Deposit: RMB 400",
        "Item: GPS tracker | Deposit: RMB 400",
        "Item: Sonde | Deposit: 〃 or less",
        "Item: Hydrophone | Deposit: RMB 900",
        "Item: Spare hydrophone | Deposit: RMB 900",
    ]


def test_a_pdf_table_row_with_a_footnote_mark_set_apart_stays_a_row_and_keeps_its_mark(tmp_path: Path) -> None:
    """A superscript mark drawn apart from its word ("Day 2     ²     RMB 4,500") is no column of its own: the row
    keeps its cells, the mark stays on the word it marks, and the rows after it are still rows."""
    pdf = write_pdf(
        tmp_path / "fees.pdf",
        [
            (72, 720, "Fees"),
            (72, 700, "Item"), (420, 700, "Fee"),
            (72, 685, "Registration"), (420, 685, "RMB 3,200"),
            (72, 670, "Exhibition table"), (250, 673, "\xb2", 6), (420, 670, "RMB 4,500"),
            (72, 655, "Pilot participation"), (180, 658, "\xb9", 6), (420, 655, "RMB 26,000"),
            (72, 640, "Sensor feed"), (420, 640, "RMB 45 per week"),
            (72, 600, "\xb9 Excludes 6% VAT, which is added on the invoice."),
            (72, 585, "\xb2 Free for firms with fewer than 10 staff."),
        ],
    )  # fmt: skip
    rows = [b.text for s in load_document(pdf).sections for b in s.blocks if b.kind == "table_row"]
    assert rows == [
        "Item: Registration | Fee: RMB 3,200",
        "Item: Exhibition table² | Fee: RMB 4,500",
        "Item: Pilot participation¹ | Fee: RMB 26,000",
        "Item: Sensor feed | Fee: RMB 45 per week",
    ]


def test_tick_marks_a_document_defines_in_a_legend_are_read_with_their_word(tmp_path: Path) -> None:
    """ "[x] = required · [ ] = optional": a checklist's line "[ ] Company profile in Chinese" says in words that
    it is optional only through the legend, so the line alone answers "is it mandatory?". Table cells marked so
    ("✓" under a legend "✓: eligible") likewise. Without a legend, or a mark the legend does not define, the line
    stays as written, and so does the legend itself."""
    checklist = tmp_path / "checklist.md"
    checklist.write_text(
        "# Papers to send\n\nMarks: **[x] = required** (we do not accept the form without it) · **[ ] = optional**."
        "\n\n## Vendors\n\n- [x] Signed registration form\n- [ ] Pitch deck\n* [X] Tax certificate\n"
        "- ☐ Brochure\n",
        encoding="utf-8",
    )
    matrix = tmp_path / "matrix.md"
    matrix.write_text(
        "# Who may apply\n\n✓: eligible, ✗: not eligible.\n\n| Firm | Expo | Sprint |\n|---|---|---|\n"
        "| Start-up | ✓ | ✗ |\n| SME | ✓ | ✓ (with a partner) |\n",
        encoding="utf-8",
    )
    plain = tmp_path / "plain.md"
    plain.write_text("# Todo\n\n## List\n\n- [x] Book the hall\n- [ ] Print badges\n", encoding="utf-8")
    lines = {p.name: [b.text for s in load_document(p).sections for b in s.blocks] for p in (checklist, matrix, plain)}
    assert lines["checklist.md"][0].startswith("Marks: [x] = required (we do not accept")
    assert lines["checklist.md"][1].splitlines() == [
        "- [x] Signed registration form (required)",
        "- [ ] Pitch deck (optional)",
        "* [X] Tax certificate (required)",
        "- ☐ Brochure",
    ]
    assert "Firm: Start-up | Expo: ✓ (eligible) | Sprint: ✗ (not eligible)" in lines["matrix.md"]
    assert "Firm: SME | Expo: ✓ (eligible) | Sprint: ✓ (with a partner)" in lines["matrix.md"]
    assert lines["plain.md"] == ["- [x] Book the hall\n- [ ] Print badges"]
