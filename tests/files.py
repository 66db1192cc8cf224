"""Real files of every supported format, good and broken, written by the libraries that make them."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Collection, Sequence
from pathlib import Path

import docx
import pypdf
from openpyxl import Workbook
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from knowledge.directory import COLUMNS

SAMPLE_PDF = Path(__file__).resolve().parent.parent / "sample-kb" / "programme" / "data-protection.pdf"


def write_docx(
    path: Path, title: str, sections: list[tuple[str, list[str]]], table: list[list[str]] | None = None
) -> Path:
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    for heading, paragraphs in sections:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def write_encrypted_pdf(path: Path) -> Path:
    reader = pypdf.PdfReader(str(SAMPLE_PDF))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as out:
        writer.write(out)
    return path


Placed = tuple[float, float, str] | tuple[float, float, str, float]  # (x, y, text), or with its size


def write_pdf(
    path: Path,
    placed: list[Placed],
    rules: Sequence[tuple[float, float, float, float]] = (),
    more_pages: Sequence[list[Placed]] = (),
    turned: Collection[int] = (),
) -> Path:
    """A PDF with each text drawn at its (x, y) in Helvetica 10 (or the size given after it, as a raised footnote
    mark is set): tables set in columns, pages in two.
    `rules`: lines drawn on the first page from (x0, y0) to (x1, y1), as a ruled table's grid is;
    `more_pages`: the texts of the pages after the first; `turned`: the pages (0 the first) that are landscape,
    (x, y) up to (792, 612), stored as a portrait page turned with /Rotate 90, as print drivers write them."""
    writer = pypdf.PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    for n, texts in enumerate([placed, *more_pages]):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        if n in turned:  # the text runs up the portrait page and reads across it once the page is turned
            page[NameObject("/Rotate")] = NumberObject(90)
            drawn = "".join(
                f"BT /F1 {(*size, 10)[0]} Tf 0 1 -1 0 {612 - y} {x} Tm ({text}) Tj ET\n" for x, y, text, *size in texts
            )
        else:
            drawn = "".join(
                f"BT /F1 {(*size, 10)[0]} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n" for x, y, text, *size in texts
            )
        drawn += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in (rules if n == 0 else ()))
        contents = ContentStream(None, writer)
        contents.set_data(drawn.encode("latin-1"))
        page.replace_contents(contents)
    with path.open("wb") as out:
        writer.write(out)
    return path


def write_pdf_form(
    path: Path, placed: list[tuple[float, float, str]], fields: dict[str, tuple[float, float, str]]
) -> Path:
    """A one-page PDF form: the texts of `placed` drawn on the page, and a text field for each name of `fields`
    whose box starts at (x, y), filled with its value by pypdf as a form-filling program saves it (the value in
    /V and an appearance stream that draws it, not the page's text)."""
    write_pdf(path, placed)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(path)))
    for name, (x, y, _) in fields.items():
        box = ArrayObject([FloatObject(v) for v in (x, y - 4, x + 250, y + 12)])
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/Rect"): box,
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
            }
        )
        writer.add_annotation(0, widget)
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(writer.pages[0]["/Annots"])}
    )
    writer.update_page_form_field_values(writer.pages[0], {name: value for name, (_, _, value) in fields.items()})
    with path.open("wb") as out:
        writer.write(out)
    return path


def write_corrupt_pdf(path: Path) -> Path:
    data = SAMPLE_PDF.read_bytes()
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200 + data[len(data) // 2 :][:4000])
    return path


def write_broken_docx(path: Path) -> Path:
    good = write_docx(path.with_suffix(".tmp.docx"), "T", [("H", ["text"])])
    path.write_bytes(good.read_bytes()[:2000])  # a truncated zip container
    good.unlink()
    return path


def write_docx_bomb(path: Path, size_mb: int = 210) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/bomb.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(size_mb):
                member.write(block)
    return path


def company_row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(values)
    return row


def write_directory_csv(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header or list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def write_directory_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row.get(c, "") for c in COLUMNS])
    workbook.save(str(path))
    return path
