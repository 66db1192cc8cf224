"""Read programme documents (.md .txt .html .docx .pdf) into titled sections that keep structure.

A loader returns sections (heading path + blocks); chunking decides sizes. Structure is kept at
the source because it is lost after: a table row needs its header, an FAQ answer its question.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
import statistics
import textwrap
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import charset_normalizer
import frontmatter
import yaml

from knowledge.language import CJK
from knowledge.vocabulary import vocab_file

if TYPE_CHECKING:
    from bs4 import Tag
    from pypdf import PageObject, PdfReader

DOCUMENT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".docx", ".pdf"})
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # a docx is a zip: refuse archive bombs


class LoadError(Exception):
    """A file that cannot be read; the message is the reason, shown next to the file name."""


@dataclass
class Block:
    text: str
    kind: str = "text"  # text | table_row | qa


@dataclass
class Section:
    headings: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)


@dataclass
class LoadedDocument:
    path: Path
    title: str
    sections: list[Section]

    @property
    def text(self) -> str:
        return "\n".join(b.text for s in self.sections for b in s.blocks)


_HAN_WORD = re.compile(rf"(?:{CJK.pattern}){{2,}}")
_IN_WORDS = 0.5  # Chinese prose: most of its characters are in words of two or more; stray bytes are not


def _as_chinese(data: bytes, encoding: str) -> str | None:
    """The text of a file saved in a legacy Chinese encoding (GBK/GB18030 as Notepad on the mainland saves it,
    Big5 in Hong Kong and Taiwan), or None when the bytes do not read as Chinese in it: another encoding (Korean,
    an Arabic code page, Big5 read as GB18030) gives characters that make no words, and is refused, not guessed.
    Words are looked up in simplified characters, as jieba's dictionary writes them."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    from knowledge.text import dictionary_words, in_script

    han = len(CJK.findall(text))
    in_words = sum(len(w) for w in dictionary_words(in_script(text, "simplified")) if _HAN_WORD.fullmatch(w))
    return text if han and in_words >= _IN_WORDS * han else None


_LEGACY_CHINESE = ("gb18030", "big5hkscs")  # what Chinese text not in Unicode is saved in, most common first
# The "ANSI" code pages Windows saves Urdu (Arabic script) and English in, where Notepad is not told UTF-8.
# Single-byte pages decode any bytes, so charset-normalizer judges which of them, if any, reads as text: Korean,
# Cyrillic or Japanese bytes read as mess in both and are refused, not guessed.
_LEGACY_CODE_PAGES = ["cp1256", "cp1252"]
_DECLARED = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}


# Letters and digits as some sources write them: Urdu copied out of an old PDF in Arabic presentation forms (each
# letter in its joined shape, ﻻﮨﻮﺭ for لاہور), and Latin letters and digits typed full-width in Chinese text
# (２０７１年, ＰＫＲ　２２，０００). Both read as the plain letters; a Chinese comma or colon between words stays.
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")  # with Latin ligatures (ﬁ, ﬄ)
# Characters a typesetter or a web page puts in that show as nothing or as a plain space or hyphen: a soft hyphen
# ("pharmaco&shy;vigilance"), a zero-width space or word joiner, a byte-order mark inside the text; thin and narrow
# no-break spaces between a number's thousands (45 000); a non-breaking hyphen in a phone number.
_UNSEEN = re.compile("[\u00ad\u200b\u2060\ufeff]")
_THIN_SPACE = re.compile("[\u2007\u2009\u200a\u202f]")
_THOUSANDS_SPACE = re.compile("(?<=\\d)[\u2007\u2009\u202f](?=\\d{3}(?!\\d))")  # 3 200 is 3,200, as questions type it
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_FULL_WIDTH = re.compile("＋?[０-９Ａ-Ｚａ-ｚ](?:[０-９Ａ-Ｚａ-ｚ]|[，．：／－](?=[０-９Ａ-Ｚａ-ｚ]))*[％．]?")
_WIDE_SPACE = re.compile("(?<=[A-Za-z0-9])\u3000+(?=[+A-Za-z0-9])")
_WIDE_TABLE_LINE = re.compile("^[ \t\u3000]*｜.*｜[ \t\u3000]*$", re.MULTILINE)  # a table drawn with full-width bars


def plain_forms(text: str) -> str:
    """The text with presentation-form and full-width letters and digits as the plain ones they stand for, and
    without the characters that show as nothing (_UNSEEN)."""
    text = _THIN_SPACE.sub(" ", _THOUSANDS_SPACE.sub(",", _UNSEEN.sub("", text))).translate(_HYPHENS)
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    if _FULL_WIDTH.search(text):
        text = _WIDE_SPACE.sub(" ", _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text))
    if "｜" in text:
        text = _WIDE_TABLE_LINE.sub(lambda m: m[0].replace("｜", "|"), text)
    return text


def decode_text(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), BOM-marked UTF-16, the encoding a page declares (`declared`: its
    `<meta charset>`), Chinese in GB18030 or Big5, or Urdu or English in a Windows code page; anything else is
    refused. A page's declaration is read as browsers read it: "gb2312" and "big5" name the supersets Windows
    saves in."""
    if not data.strip():
        raise LoadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(f"broken UTF-16 text at byte {exc.start}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if declared:
            with contextlib.suppress(UnicodeDecodeError, LookupError):
                return data.decode(_DECLARED.get(declared.lower(), declared))
        for encoding in _LEGACY_CHINESE:
            if (chinese := _as_chinese(data, encoding)) is not None:
                return chinese
        if (legacy := charset_normalizer.from_bytes(data, cp_isolation=_LEGACY_CODE_PAGES).best()) is not None:
            return str(legacy)
        raise LoadError(f"unknown text encoding (not UTF-8) at byte {exc.start}; save the file as UTF-8") from None


CELL_SEPARATOR = " | "


def row_text(header: list[str], cells: list[str]) -> str:
    """A table row with its header, so the row alone still says what each value means."""
    parts = []
    for i, cell in enumerate(cells):
        cell = cell.strip()
        if not cell:
            continue
        name = header[i].strip() if i < len(header) else ""
        parts.append(f"{name}: {cell}" if name and name != cell else cell)
    return CELL_SEPARATOR.join(parts)


class _SectionBuilder:
    def __init__(self) -> None:
        self.sections: list[Section] = [Section(())]
        self.stack: list[tuple[int, str]] = []

    def heading(self, level: int, text: str) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text.strip()))
        self.sections.append(Section(tuple(t for _, t in self.stack)))

    def add(self, text: str, kind: str = "text") -> None:
        text = text.strip()
        if text:
            self.sections[-1].blocks.append(Block(text, kind))

    def result(self) -> list[Section]:
        return [s for s in self.sections if s.blocks]


# ---------------------------------------------------------------- Markdown and plain text

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_MD_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")  # a line under a heading: "=====" (level 1) or "-----" (level 2)
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")  # a fenced code block opens (and closes) with three or more
_MD_HTML_TABLE = re.compile(r"^ {0,3}<table\b", re.IGNORECASE)  # a table written in HTML inside Markdown
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUESTION_START = re.compile(r"^\s*(\*\*)?\s*(问|Q|Question|سوال)\s*[:：]", re.IGNORECASE)


_MD_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)  # a line break inside a table cell, as Markdown writes one
# Inline formatting tags (<sup>, <span class=…>, <b>): their text stays. Any other tag is the document's words,
# shown as written (and escaped where a channel writes HTML).
_MD_TAG = re.compile(r"</?(?:b|i|u|s|em|strong|sup|sub|span|small|mark|font|kbd)\b(?:\s[^<>]*)?/?>", re.IGNORECASE)


def _md_inline(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])", r"\1", text)  # *emphasis*, not a list's "* "
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = _MD_TAG.sub("", _MD_BREAK.sub("; ", text))
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", text)
    return _MD_ESCAPED.sub(r"\1", text)  # "SOURCE \| TARGET", "5\*": the character itself, as the page shows it


_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation (Markdown's escapes)


_CELL_BAR = re.compile(r"(?<!\\)\|")  # a bar between cells; "\|" is a bar written inside one ("A \| B grade")


def _split_cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|")
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_md_inline(c.strip().replace("\\|", "|")) for c in _CELL_BAR.split(inner)]


# A line that starts a new item, not the wrapped rest of the line above: a list marker, a numbered item, a
# label ("Q:", "答：", "Email:").
_LINE_START = re.compile(r"^\s*([-*+•·]\s|\d{1,2}[.)、]\s*|[（(]\d{1,2}[)）]|\S{1,12}\s*[:：]\s)")
# Columns (two spaces or more, or the ideographic space Chinese text aligns them with), dot leaders or a table:
# not prose.
_LAID_OUT = re.compile(r"[^\s.!?](?: {2,}|[ \u3000]*\u3000[ \u3000]*)\S|\.{4,}|\|")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_LEADER = re.compile(r"\s*\.{4,}\s*(?=\S)")


def _columns(text: str) -> int:
    """Columns a line takes in a fixed-width font: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_width(lines: list[str]) -> int:
    """The longest line of prose in a document: at most the column its author wrapped lines at, if any."""
    return max((_columns(ln.rstrip()) for ln in lines if not _LAID_OUT.search(ln)), default=0)


def _unwrapped(lines: list[str], width: int) -> list[str]:
    """A paragraph's lines with hard-wrapped ones joined back, unless a line starts an item of its own.

    A line continues the one above when the next word would not have fitted after it within the document's
    wrap width (the rule a wrapping editor follows), or, wrapped by hand, when it opens in lower case, with a
    digit or in a script without case (Urdu) under a line at least half that wide that ends no sentence, or
    in upper case under one at least four fifths that wide that ends none.
    Plain text is often wrapped at some 80 columns; split at each line, a sentence became two halves that
    answer nothing ("…within 10" / "working days").
    """
    out: list[str] = []
    above = ""  # the line above as written
    for line in lines:
        text = line.strip()
        first = text.split()[0] if text else ""
        fits = _columns(above.rstrip()) + 1 + _columns(first) <= width
        start = text[:1]
        # Lower case, a digit, or a letter of a script without case (Urdu): nothing marks a new sentence.
        continues = start.islower() or start.isdigit() or (start.isalpha() and not start.isupper())
        open_end = not above.rstrip().endswith(_SENTENCE_END)
        # Wrapped before a capital ("…and the Trade Development" / "Authority of Pakistan"): a line that ends no
        # sentence within a fifth of the widest is full; the widest may be one unwrapped list item.
        full = 5 * _columns(above.rstrip()) >= 4 * width
        by_hand = open_end and ((continues and 2 * _columns(above.rstrip()) >= width) or (start.isupper() and full))
        own_line = _LINE_START.match(line) or _LAID_OUT.search(f"{above} {text}")
        if out and (not fits or by_hand) and not own_line:
            joiner = "" if _CJK.match(text) and _CJK.match(out[-1][-1:]) else " "
            out[-1] = f"{out[-1]}{joiner}{text}"
        else:
            out.append(line.rstrip())
        above = line
    # "Withdrawal before the start ........ 80% of the fee": a label and its value, like a table's row.
    return [_LEADER.sub(": ", line) for line in out]


def _paragraphs(lines: list[str], builder: _SectionBuilder, width: int = 0) -> None:
    """Blank-line separated paragraphs; a Q:/A: pair stays one block even across a blank line. Lines
    wrapped at `width` (see wrap_width) are joined back."""
    para: list[str] = []

    def flush() -> None:
        if para:
            text = _md_inline("\n".join(_unwrapped(para, width) if width else para))
            kind = "qa" if _QUESTION_START.match(para[0]) else "text"
            builder.add(text, kind)
            para.clear()

    for line in lines:
        if not line.strip():
            if para and _QUESTION_START.match(para[0]) and len(para) == 1:
                continue  # question line followed by a blank line: keep with its answer
            flush()
        else:
            if _QUESTION_START.match(line):
                flush()
            para.append(line.rstrip())
    flush()


def _front_matter(text: str) -> tuple[str, str]:
    """The text without the front matter a website or CMS export opens with (YAML between "---" lines: title,
    date, tags), and the title it gives. Front matter that is no valid YAML, or holds no field, stays as text."""
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError:
        return text, ""
    if not post.metadata:  # text between two rules, no fields: the document's own words
        return text, ""
    title = post.metadata.get("title")
    return post.content, title.strip() if isinstance(title, str) else ""


_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)  # an author's note or a draft, never shown on the page
_MD_LINK_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?$", re.MULTILINE)
_MD_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")


# "[^2]: Payments received late …", with the lines that run on from it up to a blank line or the next note.
_MD_FOOTNOTE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?! {0,3}\[\^)[ \t]*\S.*)*)\n?", re.MULTILINE)
_MD_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")  # "per delegate[^2]."


def _md_footnotes_in_place(text: str) -> str:
    """Each footnote's text as a paragraph of its own right after the paragraph that refers to it, its mark gone
    from the sentence ("[^2]" is no word): the notes sit at the end of the file, under its last heading, where a
    late-payment surcharge would read as a rule about refunds. A note nothing refers to stays where it is."""
    notes = {m.group(1): m.group(2).strip() for m in _MD_FOOTNOTE.finditer(text)}  # its lines as wrapped
    if not notes:
        return _MD_FOOTNOTE_MARK.sub("", text)
    referred = {m.group(1) for m in _MD_FOOTNOTE_MARK.finditer(text)} & set(notes)
    text = _MD_FOOTNOTE.sub(lambda m: "" if m.group(1) in referred else f"{notes[m.group(1)]}\n", text)
    out: list[str] = []
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        marks = [m.group(1) for m in _MD_FOOTNOTE_MARK.finditer(paragraph) if m.group(1) in referred]
        out.append(_MD_FOOTNOTE_MARK.sub("", paragraph))
        out.extend(f"\n\n{notes[mark]}" for mark in dict.fromkeys(marks))
    return "".join(out)


# A definition list (a term's line, then its definitions, each on a line that opens with ": ") and an alert
# (a quote that opens with its kind, "> [!IMPORTANT]", which the page shows as a titled box).
_MD_DEFINITION = re.compile(r"^(?P<term>[^\s:>|#][^\n]*)\n(?P<said>: [^\n]*(?:\n(?:: |  +)[^\n]*)*)", re.MULTILINE)
_MD_ALERT = re.compile(
    r"^ {0,3}> ?\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n((?: {0,3}>[^\n]*(?:\n|$))*)", re.I | re.M
)
_MD_QUOTE_MARK = re.compile(r"^ {0,3}> ?", re.MULTILINE)


def _md_definitions(text: str) -> str:
    """Each term with its definitions on one line, "Fee band: One of the four …", as an HTML <dl> is read."""

    def joined(m: re.Match[str]) -> str:
        said = " ".join(line.removeprefix(": ").strip() for line in m["said"].splitlines())
        return f"{m['term'].rstrip()}: {said}"

    return _MD_DEFINITION.sub(joined, text)


def _md_alerts(text: str) -> str:
    """An alert box's words without its quote marks and kind: what it says is the document's own text."""
    return _MD_ALERT.sub(lambda m: _MD_QUOTE_MARK.sub("", m[1]), text)


def _md_unseen(text: str) -> str:
    """The text as the page shows it: without HTML comments, with each footnote beside what refers to it
    (_md_footnotes_in_place), and with reference-style links ("[portal][1]" …
    "[1]: https://…") written as inline links are ("portal (https://…)"), their definition lines gone."""
    text = _md_alerts(_md_definitions(_MD_COMMENT.sub("", text)))
    text = _md_footnotes_in_place(text)
    targets = {m.group(1).lower(): m.group(2) for m in _MD_LINK_DEFINITION.finditer(text)}
    if not targets:
        return text
    text = _MD_LINK_DEFINITION.sub("", text)

    def inline(m: re.Match[str]) -> str:
        target = targets.get((m.group(2) or m.group(1)).lower())
        return f"{m.group(1)} ({target})" if target else m.group(0)

    return _MD_REFERENCE_LINK.sub(inline, text)


def parse_markdown(text: str) -> tuple[str, list[Section]]:
    text, given_title = _front_matter(text)
    text = _md_unseen(text)
    builder = _SectionBuilder()
    title = ""
    lines = text.splitlines()
    width = wrap_width(lines)
    pending: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _MD_HEADING.match(line)
        if heading:
            _paragraphs(pending, builder, width)
            pending = []
            level, htext = len(heading.group(1)), _md_inline(heading.group(2))
            if level == 1 and not title:
                title = htext
            builder.heading(level, htext)
            i += 1
            continue
        underline = _MD_SETEXT.match(lines[i + 1]) if i + 1 < len(lines) else None
        if underline and line.strip() and (i == 0 or not lines[i - 1].strip()) and not _TABLE_LINE.match(line):
            # A setext heading: one line of text over a rule, after a blank line (a rule after a paragraph's
            # line is a heading in CommonMark too; one line is what headings are written as).
            _paragraphs(pending, builder, width)
            pending = []
            level, htext = (1 if underline.group(1)[0] == "=" else 2), _md_inline(line.strip())
            if level == 1 and not title:
                title = htext
            builder.heading(level, htext)
            i += 2
            continue
        if fence := _MD_FENCE.match(line):
            # A fenced code block (a sample request, a command): its lines as written, no heading or table in it.
            _paragraphs(pending, builder, width)
            pending = []
            close = re.compile(rf"^ {{0,3}}{re.escape(fence[1][0])}{{{len(fence[1])},}}\s*$")
            end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), len(lines))
            if code := "\n".join(lines[i + 1 : end]).strip("\n"):
                builder.add(code)
            i = end + 1
            continue
        if _MD_HTML_TABLE.match(line):
            # A table written in HTML inside the Markdown: read as an HTML page's table is.
            _paragraphs(pending, builder, width)
            pending = []
            end = next((j for j in range(i, len(lines)) if "</table>" in lines[j].lower()), len(lines) - 1)
            for block in _html_fragment_blocks("\n".join(lines[i : end + 1])):
                builder.add(block.text, block.kind)
            i = end + 1
            continue
        if _TABLE_LINE.match(line) and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]):
            _paragraphs(pending, builder, width)
            pending = []
            header = _split_cells(line)
            i += 2
            while i < len(lines) and _TABLE_LINE.match(lines[i]):
                builder.add(row_text(header, _split_cells(lines[i])), "table_row")
                i += 1
            continue
        pending.append(line)
        i += 1
    _paragraphs(pending, builder, width)
    return title or given_title, builder.result()


_TXT_RULE = re.compile(r"^\s*[-=_*]{5,}\s*$")
_COLUMN_SLACK = 2  # characters a cell may start off its column (typed by hand; pypdf rounds positions)
# A plain-text table's rule: a run of dashes under each column ("-----   --------"), as pandoc writes one.
_TXT_TABLE_RULE = re.compile(r"^\s*-{3,}(\s+-{3,})+\s*$")
_SENTENCE_END = (".", ":", "۔", "。", "：", "?", "؟", "？", "!", "！")
# A numbered heading on a line of its own: "4. Fees", "四、办公室地址", "（二）费用", "3۔ درخواست کی تاریخیں",
# "第三章 费用".
_NUMBERED_HEADING = re.compile(
    r"^(\d{1,2}(\.\d{1,2})*[.)۔]?|[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分条])\s*\S"
)


def _is_txt_heading(line: str, marked: bool) -> bool:
    """A short line marked as a heading (over a rule, =====, also when one frames it; or numbered on a line of
    its own) in any script, or a short line in capitals.

    Urdu and Chinese have no capitals: "all capitals" alone made every short line of theirs a heading, and
    so did an acronym in one ("… نمبر (SPN) ہو"): most of the line's letters must be capitals.
    """
    s = line.strip()
    if not s or len(s) > 80 or s.endswith(_SENTENCE_END):
        return False
    if marked:
        return True
    if re.search(r"[:：]\s*\S", s):
        return False  # a label and its value ("文件编号：SPLCA-GL-07", "REF: GL/07"), however capitalised
    letters = [c for c in s if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return len(cased) * 2 > len(letters) and s.upper() == s


def _closes_table(line: str) -> bool:
    return bool(_TXT_TABLE_RULE.match(line) or _TXT_RULE.match(line))


def _txt_cells(line: str, rule: str) -> list[str]:
    """A fixed-width line cut into cells where the rule's dash runs start. Columns are counted as a fixed-width
    font shows them, where a Chinese character takes two."""
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    at = list(accumulate((_columns(c) for c in line), initial=0))  # the column each character starts at
    cuts = [_word_start(line, next((i for i, c in enumerate(at) if c >= s), len(line))) for s in starts]
    return [line[a:b].strip() for a, b in pairwise([*cuts, len(line)])]


def _txt_table(header: list[str], rule: str, rows: list[str]) -> list[str]:
    """A fixed-width table's rows as "column: cell" text, cut where the rule's dash runs are. `header`: its
    header's lines, a column name wrapped over two ("Matching fee per" / "confirmed meeting (PKR)") joined."""
    names = [" ".join(filter(None, parts)) for parts in zip(*(_txt_cells(h, rule) for h in header), strict=True)]
    return [row_text(names, _txt_cells(row, rule)) for row in rows]


def _word_start(line: str, cut: int) -> int:
    """A column cut that falls inside a word moves to that word's start when it is at most _COLUMN_SLACK
    characters back: a cell typed a character off its rule (easily done beside right-to-left text)."""
    if not cut or cut >= len(line) or line[cut - 1].isspace() or line[cut].isspace():
        return cut
    start = cut
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return start if cut - start <= _COLUMN_SLACK else cut


# An e-mail saved as text opens with its header fields; its subject is its title, without the reply and forward
# marks mail programs put before it ("RE: FW: …", "回复：", "جواب:").
_MAIL_FIELD = re.compile(r"^([A-Za-z-]{2,20}|[\u4e00-\u9fff]{2,4}):\s*(.*)$")
_MAIL_SUBJECT = re.compile(f"^(?:{'|'.join(vocab_file('layout.yaml')['mail_subject_field'])})$", re.IGNORECASE)
_REPLY_MARK = re.compile(
    f"^\\s*(?:{'|'.join(vocab_file('layout.yaml')['mail_reply_marks'])})\\s*(?:\\[\\d+\\])?\\s*[:：]\\s*", re.IGNORECASE
)
_QUOTED = re.compile(r"^\s*>")
_QUOTED_TEXT = re.compile(r"^\s*>\s?(?:$|[^\W\d_])")  # a quoted line opens with a word or is blank: "> 250" is a band


def _quoted_block(lines: list[str], start: int) -> bool:
    """Whether a reply's quotation of an earlier message starts here: two lines or more opening with ">", the
    first with a word ("> Registration is open"), not a band written "> 250 staff"."""
    return (
        bool(_QUOTED_TEXT.match(lines[start]))
        and lines[start].strip() != ">"
        and start + 1 < len(lines)
        and bool(_QUOTED.match(lines[start + 1]))
    )


_MAIL_HEADER = frozenset(vocab_file("layout.yaml")["mail_header_fields"])
_MAIL_DATE = frozenset(vocab_file("layout.yaml")["mail_date_fields"])
_MAIL_SEPARATOR = re.compile(f"^\\s*(?:{'|'.join(vocab_file('layout.yaml')['mail_separator'])})\\s*$", re.IGNORECASE)
_MAIL_HEADER_FIELDS = 3  # a header block names at least its sender and two of: recipients, date, subject


def _mail_header(lines: list[str], start: int) -> tuple[str, int] | None:
    """An e-mail's header block at `start` (after the line a reply puts above an included message): its subject
    and date, which head the message's section, and the line after it. A thread saved as text holds one per
    message; read as text, "From: … Sent: … To: …" was quoted as an answer, and a correction in a later message
    read as one with the earlier date it corrects."""
    end = start + 1 if start < len(lines) and _MAIL_SEPARATOR.match(lines[start]) else start
    fields: dict[str, str] = {}
    while end < len(lines) and (m := _MAIL_FIELD.match(lines[end].strip())) and m.group(1).casefold() in _MAIL_HEADER:
        fields.setdefault(m.group(1).casefold(), m.group(2).strip())
        end += 1
    senders = [name for name in fields if name in ("from", "发件人")]
    if len(fields) < _MAIL_HEADER_FIELDS or not senders:
        return None
    subject = next((v for k, v in fields.items() if _MAIL_SUBJECT.match(k)), "")
    while subject and (mark := _REPLY_MARK.match(subject)):
        subject = subject[mark.end() :]
    dated = next((v for k, v in fields.items() if k in _MAIL_DATE), "")
    return " — ".join(part for part in (subject.strip(), dated) if part) or fields[senders[0]], end


_CHAT_LINE = [re.compile(p) for p in vocab_file("layout.yaml")["chat_line"]]
_CHAT_SHARE = 0.5  # of a file's lines, those in a chat's form before it is read as one


def _chat_messages(lines: list[str]) -> list[str] | None:
    """A chat exported to text, a message each: the date, time and sender that open every line ("[05/03/77,
    10:14] PHPSA Lahore Desk: …") are no words of the message, and a sender is named once for the messages
    they send in a row. Each is a paragraph of its own, never a heading ("1 june se 15 july tak …"). None for
    a file that is no chat."""
    matches = [next((m for p in _CHAT_LINE if (m := p.match(line))), None) for line in lines]
    said = sum(m is not None for m in matches)
    if said < _COLUMN_LINES or said < _CHAT_SHARE * sum(bool(line.strip()) for line in lines):
        return None
    out: list[str] = []
    sender = None
    for line, m in zip(lines, matches, strict=True):
        if m is None:
            if line.strip() and out:
                out[-1] = f"{out[-1]} {line.strip()}"  # a message over several lines
            continue
        if not (text := _md_inline(m.group("said").strip())):  # *bold* and _italic_ as chat apps write them
            continue
        who = m.group("who").strip()
        out.append(text if who == sender else f"{who}: {text}")
        sender = who
    return out


def _mail_subject(lines: list[str]) -> str:
    """The subject of an e-mail's opening header block (two fields or more, one of them its subject), or ""."""
    fields = [m for line in takewhile(str.strip, lines) if (m := _MAIL_FIELD.match(line.strip()))]
    subject = next((m.group(2) for m in fields if _MAIL_SUBJECT.match(m.group(1))), "")
    while subject and (mark := _REPLY_MARK.match(subject)):
        subject = subject[mark.end() :]
    return subject.strip() if len(fields) >= 2 else ""


_ALIGNED_GAP = re.compile(r"(?: {2,}|[ \u3000]*\u3000[ \u3000]*)")  # between two columns of a table set by spaces
_ALIGNED_CELLS = 3  # fewer columns set by spaces are as often a label and its value, or two columns of prose


def _barred_rows(lines: list[str], start: int) -> list[list[str]] | None:
    """A table drawn with a bar on each side of every cell and no rule under its header: a header line and at
    least two rows of as many cells. None when none starts there (a rule under the header is a piped table)."""
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not _TABLE_LINE.match(line) or _TABLE_SEP.match(line):
            break
        cells = _split_cells(line)
        if len(cells) < 2 or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
    return rows if len(rows) >= 3 else None


def _aligned_rows(lines: list[str], start: int) -> list[list[str]] | None:
    """A table set in columns by spaces without a rule under its header (Chinese text aligns them with the
    ideographic space): a header line and at least two rows after it, each cut into the same number of cells,
    at least _ALIGNED_CELLS, at gaps of two spaces or an ideographic space. None when none starts there."""
    rows: list[list[str]] = []
    columns: list[int] = []
    for line in lines[start:]:
        if _closes_table(line):
            return None  # a ruled table (read by its rule), or a rule under a heading
        cells = [c for c in _ALIGNED_GAP.split(line.strip()) if c]
        # Where each cell starts, as a fixed-width font shows it: a table's cells line up under its header's,
        # prose with two spaces after its full stops does not.
        starts = [_columns(line[: m.end()]) for m in _ALIGNED_GAP.finditer(line.rstrip()) if m.start() > 0]
        if len(cells) < _ALIGNED_CELLS or (rows and len(cells) != len(rows[0])):
            break
        if columns and any(abs(a - b) > _COLUMN_SLACK for a, b in zip(starts, columns, strict=False)):
            break
        columns = columns or starts
        rows.append(cells)
    return rows if len(rows) >= 3 else None


def _semicolon_rows(lines: list[str], start: int) -> list[list[str]] | None:
    """A table a spreadsheet exported as semicolon-separated values (Excel's CSV where the comma is the decimal
    mark, and many finance exports): a header of _ALIGNED_CELLS fields or more, then rows of as many fields, a
    quoted field holding a semicolon of its own. Prose rarely holds as many semicolons, and never line after line."""
    block = list(takewhile(lambda ln: ";" in ln, lines[start:]))
    rows = list(csv.reader(block, delimiter=";"))
    if not rows or len(rows[0]) < _ALIGNED_CELLS:
        return None
    rows = list(takewhile(lambda row: len(row) == len(rows[0]), rows))
    return [[cell.strip() for cell in row] for row in rows] if len(rows) >= 3 else None


def parse_text(text: str) -> tuple[str, list[Section]]:
    if any(_MD_HEADING.match(line) for line in text.splitlines()[:50]):
        return parse_markdown(text)
    builder = _SectionBuilder()
    lines = text.splitlines()
    if messages := _chat_messages(lines):
        for message in messages:
            builder.add(message)
        return messages[0].split(": ", 1)[-1], builder.result()
    width = wrap_width(lines)
    title = _mail_subject(lines) or next((ln.strip() for ln in lines if ln.strip() and not _TXT_RULE.match(ln)), "")
    pending: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if header := _mail_header(lines, i):
            _paragraphs(pending, builder, width)
            pending = []
            builder.heading(2, header[0])
            i = header[1]
            continue
        if _quoted_block(lines, i):
            # An earlier message quoted in a reply ("> …" under "On 1 Jul, … wrote:"): its own section, headed by
            # that line, its text without the marks, so that it reads apart from the reply that may change it.
            said = pending.pop() if pending and pending[-1].rstrip().endswith((":", "：")) else ""
            _paragraphs(pending, builder, width)
            pending = []
            if said.strip():
                builder.heading(2, said.strip())
            quoted = [re.sub(r"^\s*>\s?", "", q) for q in takewhile(lambda ln: bool(_QUOTED.match(ln)), lines[i:])]
            i += len(quoted)
            if header := _mail_header(quoted, 0):  # the quoted message's own header heads it
                builder.heading(2, header[0])
                quoted = quoted[header[1] :]
            _paragraphs(quoted, builder, wrap_width(quoted))
            continue
        if "\t" in line.strip() and i + 1 < len(lines) and "\t" in lines[i + 1].strip():
            # A table pasted from a spreadsheet: its columns are TAB-separated, its rows run to a line without one
            # (a TAB that only indents a line is no column).
            rows = list(takewhile(lambda ln: "\t" in ln.strip(), lines[i + 1 :]))
            _paragraphs(pending, builder, width)
            pending = []
            for row in rows:
                builder.add(row_text(line.strip().split("\t"), row.strip().split("\t")), "table_row")
            i += 1 + len(rows)
            continue
        if (aligned := _barred_rows(lines, i) or _aligned_rows(lines, i) or _semicolon_rows(lines, i)) is not None:
            _paragraphs(pending, builder, width)
            pending = []
            for row in aligned[1:]:
                builder.add(row_text(aligned[0], row), "table_row")
            i += len(aligned)
            continue
        ruled = i + 1 < len(lines) and line.strip() and _TXT_TABLE_RULE.match(lines[i + 1])
        # A table typed with pipes in plain text, as Markdown writes one: "Level | Fee", then "------|-----".
        piped = i + 1 < len(lines) and "|" in line and "|" in lines[i + 1] and _TABLE_SEP.match(lines[i + 1])
        if ruled or piped:
            # The rows run to a blank line, or to a rule that closes the table: what follows that rule without a
            # blank line between (a footnote) is text, not a row cut into the table's columns.
            end = i + 2
            while end < len(lines) and lines[end].strip() and not (ruled and _closes_table(lines[end])):
                end += 1
            header = [line]
            # A header wrapped over lines: the laid-out lines right above it, in the rule's columns.
            while (
                ruled
                and pending
                and _LAID_OUT.search(pending[-1])
                and sum(map(bool, _txt_cells(pending[-1], lines[i + 1]))) > 1
            ):
                header.insert(0, pending.pop())
            _paragraphs(pending, builder, width)
            pending = []
            body = lines[i + 2 : end]
            rows = (
                [row_text(_split_cells(line), _split_cells(r)) for r in body]
                if piped
                else _txt_table(header, lines[i + 1], body)
            )
            for row in rows:
                builder.add(row, "table_row")
            i = end + 1 if end < len(lines) and lines[end].strip() else end
            continue
        if _TXT_RULE.match(line):
            i += 1
            continue
        underlined = i + 1 < len(lines) and bool(_TXT_RULE.match(lines[i + 1]))
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        numbered = alone and bool(_NUMBERED_HEADING.match(line.strip()))
        if _is_txt_heading(line, underlined or numbered):
            _paragraphs(pending, builder, width)
            pending = []
            # The first heading is the document's own (level 1) unless numbered: numbered ones are its sections.
            builder.heading(2 if builder.stack or numbered else 1, line.strip().title())
        else:
            pending.append(line)
        i += 1
    _paragraphs(pending, builder, width)
    return title, builder.result()


# ---------------------------------------------------------------- HTML


# What holds a page's words as a paragraph does: <address> (a contact block, its lines ended by <br>) and
# <figcaption> too, which were not read at all.
_HTML_PARAGRAPHS = ["p", "address", "figcaption"]
_HTML_HEADINGS = [f"h{level}" for level in range(1, 7)]
_HTML_BLOCKS = [*_HTML_HEADINGS, *_HTML_PARAGRAPHS, "li", "ul", "ol", "table", "pre", "dl", "details", "div"]


def parse_html(text: str) -> tuple[str, list[Section]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    builder = _SectionBuilder()
    root = soup.body or soup
    # An old site laid out with a table (navigation in one cell, the page in another) holds its data tables
    # inside: that outer table is the page, read as its headings, paragraphs and tables are, not as rows.
    layout = {id(t) for t in root.find_all("table") if t.find("table") is not None}
    wanted = [*_HTML_HEADINGS, *_HTML_PARAGRAPHS, "li", "table", "pre", "dt", "dd", "details", "td", "div"]
    in_grid: set[int] = set()  # the divs of a grid built from divs, read as its rows
    for el in root.find_all(wanted):
        if el.name == "div":
            if id(el) in in_grid or el.find_parent(["table", "li", "p", "pre", "dt", "dd", "details"]) is not None:
                continue
            if grid := _div_grid(el):
                in_grid.update(id(d) for d in el.find_all("div"))
                for row in _table_rows(grid, 1):
                    builder.add(row, "table_row")
            elif el.find(_HTML_BLOCKS) is None and (words := _html_flow_text(el).strip()):
                builder.add(words)  # a div's own words, in no paragraph
            continue
        table = el.find_parent("table")
        if el.name == "td":
            # A layout cell's own words (a footer line) when it holds no block of its own.
            if table is not None and id(table) in layout and el.find(_HTML_BLOCKS) is None:
                builder.add(_html_flow_text(el))
            continue
        if el.name == "table" and id(el) in layout:
            continue
        if el.name != "table" and table is not None and id(table) not in layout:
            continue
        if (
            el.name in {*_HTML_PARAGRAPHS, "li", "pre", "dt", "dd"}
            and el.find_parent(["li", "p", "details"]) is not None
        ):
            continue
        if el.name == "details":
            # A question folded open on click (<details><summary>…): the question and its answer, one block.
            summary = el.find("summary")
            question = _html_flow_text(summary) if summary is not None else ""
            if summary is not None:
                summary.extract()
            answer = "\n".join(
                t for child in el.find_all(["p", "li", "pre", "dd"]) if (t := _html_flow_text(child)).strip()
            ) or _html_flow_text(el)
            builder.add(f"{question}\n{answer}".strip(), "qa" if question else "text")
        elif el.name == "dt":
            # A term and its definitions (<dl>): "Helpdesk e-mail: help@…", not the term alone.
            said = []
            for sibling in el.find_next_siblings(["dt", "dd"]):
                if sibling.name == "dt":
                    break
                said.append(_html_flow_text(sibling))
            term = _html_flow_text(el)
            if said and term.rstrip().endswith(("?", "？", "؟")):
                builder.add(f"{term}\n{' '.join(said)}", "qa")  # a FAQ set as a <dl>: a question and its answer
            else:
                builder.add(f"{term}: {' '.join(said)}" if said else term)
        elif el.name == "dd" and el.find_previous_sibling("dt") is not None:
            continue  # read with its term
        elif el.name.startswith("h"):
            htext = el.get_text(" ", strip=True)
            if el.name == "h1" and not title:
                title = htext
            builder.heading(int(el.name[1]), htext)
        elif el.name == "table":
            for block in _html_table_blocks(el):
                builder.add(block.text, block.kind)
        else:
            builder.add(el.get_text() if el.name == "pre" else _html_flow_text(el))
    return title, builder.result()


def _html_fragment_blocks(html: str) -> list[Block]:
    """The tables in a fragment of HTML, read as a page's tables are."""
    from bs4 import BeautifulSoup

    tables = BeautifulSoup(html, "html.parser").find_all("table")
    return [block for table in tables if table.find_parent("table") is None for block in _html_table_blocks(table)]


def _html_table_blocks(table: Tag) -> list[Block]:
    """A <table>'s body rows, each under its header's names (the header may be several rows), and what the table
    says of itself as text: its <caption>, and a line written across the whole table above its header (a sheet's
    title saved from a spreadsheet) or below its last row (a note), which names no column."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    grid = _html_grid(table)
    filled = [r for r, cells in enumerate(grid) if any(cells)]  # a sheet saved as a page keeps its blank rows
    rows, grid = [rows[r] for r in filled], [grid[r] for r in filled]
    width = max((len(cells) for cells in grid), default=0)

    def across(r: int) -> bool:
        cells = rows[r].find_all(["th", "td"], recursive=False)
        return width > 1 and len(cells) == 1 and _span(cells[0], "colspan") >= width and bool(grid[r][0])

    said = [
        Block(words)
        for caption in table.find_all("caption")
        if caption.find_parent("table") is table and (words := _html_flow_text(caption).strip())
    ]
    first, heads = 0, _html_header_rows(table)
    if not heads:
        while first < len(grid) - 2 and across(first):
            first += 1
        heads = 1
    last = len(grid)
    while last > first + heads + 1 and across(last - 1):
        last -= 1
    body = [Block(row, "table_row") for row in _table_rows(grid[first:last], heads) if row]
    return said + [Block(grid[r][0]) for r in range(first)] + body + [Block(grid[r][0]) for r in range(last, len(grid))]


def _table_rows(grid: list[list[str]], heads: int) -> list[str]:
    """A grid's rows after its first `heads`, each under the names those give its columns."""
    header = [
        " ".join(dict.fromkeys(row[i] for row in grid[:heads] if i < len(row) and row[i]))
        for i in range(max((len(row) for row in grid[:heads]), default=0))
    ]
    return [row_text(header, cells) for cells in grid[heads:]]


def _div_grid(el: Tag) -> list[list[str]] | None:
    """A table built from divs (a CSS grid: a div of row divs, each of as many cell divs, no paragraph in any), as
    its cells' texts, the first row its header; None for any other div."""
    rows = [child for child in el.find_all(recursive=False) if child.name == "div"]
    if len(rows) < 3 or len(rows) != len(el.find_all(recursive=False)):
        return None
    grid = []
    for row in rows:
        cells = row.find_all(recursive=False)
        if len(cells) < 2 or any(c.name != "div" or c.find(_HTML_BLOCKS) is not None for c in cells):
            return None
        grid.append([" ".join(_html_flow_text(c).split()) for c in cells])
    return grid if len({len(r) for r in grid}) == 1 else None


def _html_grid(table: Tag) -> list[list[str]]:
    """A table's rows as a grid of cell texts, a cell spanning rows or columns (rowspan, colspan) repeated in
    each: "Monsoon blackout" heads the three rows below it, and "Daily allowance (USD)" both columns under it."""
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) -> text carried down by a rowspan
    for r, row in enumerate(table.find_all("tr")):
        if row.find_parent("table") is not table:
            continue
        cells: list[str] = []
        for cell in row.find_all(["th", "td"], recursive=False):
            while (r, len(cells)) in pending:
                cells.append(pending.pop((r, len(cells))))
            text = cell.get_text(" ", strip=True)
            rows, columns = _span(cell, "rowspan"), _span(cell, "colspan")
            for c in range(len(cells), len(cells) + columns):
                cells.append(text)
                for below in range(r + 1, r + rows):
                    pending[(below, c)] = text
        while (r, len(cells)) in pending:
            cells.append(pending.pop((r, len(cells))))
        grid.append(cells)
    return grid


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _html_header_rows(table: Tag) -> int:
    """How many of a table's first rows are its header: those of its <thead>, else the leading rows of <th> only."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    if (head := table.find("thead")) is not None and head.find_parent("table") is table:
        return sum(1 for row in rows if row.find_parent("thead") is head)
    count = 0
    for row in rows:
        if row.find("td", recursive=False) is not None or row.find("th", recursive=False) is None:
            break
        count += 1
    return count if count < len(rows) else 1  # a table of <th> only: its first row heads the rest


_LINE_BREAK = "\u2028"  # a <br>, kept apart from the source's own line ends while whitespace is collapsed


def _html_flow_text(el: Tag) -> str:
    """An element's text as a browser shows it: the source's line ends and runs of spaces are one space
    (a paragraph hard-wrapped in the source is one sentence, not several), inline tags add none ("on
    <strong>6 April</strong>." reads "on 6 April."), and a <br> is a line end."""
    for br in el.find_all("br"):
        br.replace_with(_LINE_BREAK)
    text = re.sub(r"[ \t\r\n\f\v]+", " ", el.get_text())
    return "\n".join(line.strip() for line in text.split(_LINE_BREAK))


# ---------------------------------------------------------------- DOCX


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
            bad = archive.testzip()
    except zipfile.BadZipFile:
        raise LoadError("not a valid .docx (broken zip container)") from None
    if bad is not None:
        raise LoadError(f"broken .docx: damaged part {bad}")
    if total > MAX_DOCX_UNCOMPRESSED:
        raise LoadError("refused: .docx expands to more than 200 MB")


def parse_docx(path: Path) -> tuple[str, list[Section]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken parts
        raise LoadError(f"broken .docx: {type(exc).__name__}: {exc}") from None
    builder = _SectionBuilder()
    title = (document.core_properties.title or "").strip()
    # A page header or footer (the document's reference, version, date) is said once, where the document opens.
    for line in _docx_margins(document):
        builder.add(line)
    label = _DocxNumbering(document)
    notes = _docx_notes(document)
    # Body text met yet; lines set as headings by their formatting; the level of the last styled heading.
    written, formatted, depth = False, 0, 0
    for child in _docx_body(document.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        asides = _docx_asides(child, notes)
        if tag == "p":
            para = Paragraph(child, document)
            text = _docx_text(para).strip()
            if not text:
                for aside in asides:
                    builder.add(aside)
                continue
            if number := label(para):
                text = f"{number} {text}"  # asked of as "criterion 3", and not in the paragraph's text
            style = (para.style.name if para.style is not None else "") or ""
            level = None
            if style == "Title":
                title = title or text
                level = depth = 1
            elif style.startswith("Heading"):
                level = depth = (int(style.split()[-1]) if style.split()[-1].isdigit() else 1) + 1
            elif (outline := _outline_level(para)) is not None and len(text) <= _OUTLINE_HEADING_CHARS:
                level = depth = outline + 2
            elif _set_as_heading(para, text):
                # Under a styled heading, a section of it. Else, before any body text, the first such lines
                # name the document ("PAYROLL PAGODA 2077", then "Call for Applications …") as a Title and a
                # subtitle would; after it, they are sections.
                level = depth + 1 if depth else 3 if written else min(3, 1 + formatted)
                title = title or (text if level == 1 else "")
                formatted += 1
            if level is None:
                written = True
                builder.add(text)
            else:
                builder.heading(level, text)
        elif tag == "tbl":
            for row in _docx_table_rows(Table(child, document)):
                builder.add(row, "table_row")
        for aside in asides:
            builder.add(aside)
    return title, builder.result()


def _docx_table_rows(table: Any, outer: tuple[list[str], list[str]] = ([], [])) -> list[str]:
    """A Word table's rows under its first row's names. A cell merged across columns is read once, under its
    first column's name (python-docx gives it for each); a table inside a cell gives rows of its own, each led
    by its outer row's first cell ("Item: Grant shares | Tier: Tier A | Share: 60%"). `outer`: the names and
    cells that lead a nested table's rows."""
    rows = [r.cells for r in table.rows]
    if not rows:
        return []
    header = ["\n".join(_docx_text(p) for p in c.paragraphs) for c in rows[0]]
    out = []
    for cells in rows[1:]:
        distinct = [(k, c) for k, c in enumerate(cells) if k == 0 or c._tc is not cells[k - 1]._tc]
        names = [header[k] if k < len(header) else "" for k, _ in distinct]
        texts = ["\n".join(_docx_text(p) for p in c.paragraphs) for _, c in distinct]
        out.append(row_text([*outer[0], *names], [*outer[1], *texts]))
        lead = ([*outer[0], names[0]], [*outer[1], texts[0]]) if distinct else outer
        for _, cell in distinct:
            for inner in cell.tables:
                out.extend(_docx_table_rows(inner, lead))
    return out


_DOCX_NOTE_TYPES = {"footnoteReference": "footnotes", "endnoteReference": "endnotes"}


def _docx_notes(document: Any) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote by (kind, id): python-docx reads neither part. A part that does not
    parse loses its notes, not the document."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml  # python-docx's parser: no entities resolved, no network
    from lxml.etree import XMLSyntaxError

    notes: dict[tuple[str, str], str] = {}
    for kind, reltype in (("footnotes", RT.FOOTNOTES), ("endnotes", RT.ENDNOTES)):
        try:
            root = parse_xml(document.part.part_related_by(reltype).blob)
        except (KeyError, XMLSyntaxError):
            continue
        for note in root:
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
            if text:
                notes[(kind, note.get(f"{_W}id", ""))] = text
    return notes


def _docx_asides(element: Any, notes: dict[tuple[str, str], str]) -> list[str]:
    """What a paragraph or table holds beside its text, read after it: its text boxes (a callout drawn beside the
    text, which python-docx's text leaves out; a box written twice, as a drawing and as its VML fallback, once)
    and the notes it refers to, each once."""
    boxes = [
        "\n".join(t for p in box.iter(f"{_W}p") if (t := "".join(x.text or "" for x in p.iter(f"{_W}t")).strip()))
        for box in element.iter(f"{_W}txbxContent")
        if not any(a.tag.endswith("}Fallback") for a in box.iterancestors())
    ]
    refs = [
        (_DOCX_NOTE_TYPES[ref.tag.rsplit("}", 1)[-1]], ref.get(f"{_W}id", ""))
        for ref in element.iter(*(f"{_W}{tag}" for tag in _DOCX_NOTE_TYPES))
    ]
    said = [notes[key] for key in dict.fromkeys(refs) if key in notes]
    return [box for box in boxes if box] + said


def _docx_margins(document: Any) -> list[str]:
    """The distinct lines of a document's page headers and footers, in order."""
    lines: list[str] = []
    for section in document.sections:
        for margin in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            if margin.is_linked_to_previous:
                continue
            lines += [t for p in margin.paragraphs if (t := " ".join(p.text.split()))]
    return list(dict.fromkeys(lines))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
          (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def word_counter(n: int, fmt: str) -> str | None:
    """A counter as a numbering format shows it; None for a bullet or a format not read."""
    if fmt == "decimal":
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return None


class _DocxNumbering:
    """The label Word shows before a numbered paragraph ("3.", "2.1", "b)"), counted as Word counts: per list,
    a level's counter restarting when a shallower level moves on. The numbering is in numbering.xml, set on the
    paragraph or on its style ("List Number"), never in the paragraph's text."""

    def __init__(self, document: Any) -> None:
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering is None:
            return
        abstract = {
            a.get(f"{_W}abstractNumId"): {
                int(lvl.get(f"{_W}ilvl", "0")): (
                    int(_w_val(lvl, "start") or 1),
                    _w_val(lvl, "numFmt") or "decimal",
                    _w_val(lvl, "lvlText") or "",
                )
                for lvl in a.iter(f"{_W}lvl")
            }
            for a in numbering.iter(f"{_W}abstractNum")
        }
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and (levels := abstract.get(ref.get(f"{_W}val"))) is not None:
                self._levels[num.get(f"{_W}numId")] = levels

    def __call__(self, paragraph: Any) -> str:
        found = _num_pr(paragraph)
        if found is None or (levels := self._levels.get(found[0])) is None or found[1] not in levels:
            return ""
        num_id, level = found
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        label = levels[level][2]
        for k in range(level + 1):
            shown = word_counter(counters.get(k, levels.get(k, (1, "", ""))[0]), levels.get(k, (1, "decimal", ""))[1])
            if shown is None:
                return ""
            label = label.replace(f"%{k + 1}", shown)
        return label.strip()


# Revisions left in a reviewed file: what was deleted (or moved away) is no longer the text, and what was
# inserted (or moved here) is; python-docx's text reads only the runs outside any revision.
_REVISION_GONE = frozenset({f"{_W}del", f"{_W}moveFrom"})
_REVISION_NEW = (f"{_W}ins", f"{_W}moveTo")
_OUTLINE_HEADING_CHARS = 200  # a paragraph given an outline level but a paragraph's length is body text


def _docx_text(paragraph: Any) -> str:
    """The paragraph's text as Word shows it with its tracked changes accepted, its content controls filled in
    and its fields' results (python-docx's text reads only runs the paragraph or a link holds: an inserted run,
    the amount typed into a form's field, or a `w:fldSimple`'s date is not there)."""
    from docx.text.run import Run

    p = paragraph._p
    if all(r.getparent() is p or r.getparent().tag == f"{_W}hyperlink" for r in p.iter(f"{_W}r")):
        return paragraph.text
    runs = []
    for r in p.iter(f"{_W}r"):
        above = list(r.iterancestors())
        above = above[: above.index(p)] if p in above else above
        if not any(a.tag in _REVISION_GONE or a.tag == f"{_W}txbxContent" or _placeholder(a) for a in above):
            runs.append(Run(r, paragraph).text)
    return "".join(runs)


def _placeholder(element: Any) -> bool:
    """A content control left empty shows a prompt ("Click or tap here to enter text"), not the document's text."""
    return element.tag == f"{_W}sdt" and element.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _docx_body(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of the body in order, those inside block content controls too (a form's filled-in
    fields), but not a table of contents, which repeats the headings, nor an empty control's prompt."""
    for child in parent.iterchildren(f"{_W}p", f"{_W}tbl", f"{_W}sdt"):
        if child.tag != f"{_W}sdt":
            yield child
        elif (content := child.find(f"{_W}sdtContent")) is not None and not (
            _placeholder(child) or _table_of_contents(child)
        ):
            yield from _docx_body(content)


def _table_of_contents(sdt: Any) -> bool:
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{_W}val") or "").casefold()


_BOLD_HEADING_WORDS = 12  # a bold line longer than this is a sentence set in bold, not a section's name


def _set_as_heading(paragraph: Any, text: str) -> bool:
    """A section's name typed as a body paragraph, as many offices write it: short, every letter bold or every
    letter a capital, ending no sentence ("4) DOCUMENTS TO UPLOAD", "Refunds"). A bold sentence, or a label
    and its value ("Fee: PKR 40,000"), is body text."""
    if len(text.split()) > _BOLD_HEADING_WORDS or text.endswith(_SENTENCE_END) or ":" in text or "：" in text:
        return False
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]  # Chinese and Urdu have no capitals
    capitals = 2 * len(cased) > len(letters) and all(c.isupper() for c in cased) and len(text.split()) > 1
    style = paragraph.style.font.bold if paragraph.style is not None else None
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold or (r.bold is None and style) for r in runs)
    return bold or capitals


def _outline_level(paragraph: Any) -> int | None:
    """The outline level (0 for a top heading) a paragraph is given on itself or through its style: a heading
    made by formatting, not by a Heading style, as Word's navigation pane shows it. Level 9 is body text."""
    for pPr in _paragraph_properties(paragraph):
        value = _w_val(pPr, "outlineLvl")
        if value is not None and value.isdigit():
            return int(value) if int(value) < 9 else None
    return None


def _w_val(element: Any, name: str) -> str | None:
    child = element.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None


def _paragraph_properties(paragraph: Any) -> Iterator[Any]:
    """The paragraph's own properties, then its style's and those of the styles it is based on: the first that
    sets a property decides it."""
    owners = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        owners.append(style.element.pPr)
        style = style.base_style
    yield from (pPr for pPr in owners if pPr is not None)


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list and level a paragraph is numbered in, set on it or on its style (or a style it is based on)."""
    for pPr in _paragraph_properties(paragraph):
        num_pr = pPr.find(f"{_W}numPr")
        if num_pr is not None and (num_id := _w_val(num_pr, "numId")) not in (None, "0"):
            return num_id, int(_w_val(num_pr, "ilvl") or 0)
    return None


# ---------------------------------------------------------------- PDF

# A numbered heading: "3. Fees", "2.1 Refunds", or a part named by a word ("Section 2. Rates", "PART B. Voucher").
# Its words open with a capital or another script's letter: "60 to 199 rooms capped at RMB 80,000" is a table's row.
_PDF_HEADING = re.compile(
    r"^(?:[A-Z][A-Za-z]{2,11}\s+(?:\d{1,2}|[A-Z])[.:]|\d{1,2}(\.\d{1,2})*\.?)\s+(?![a-z])[^\W\d_].{0,70}$"
)


_LAYOUT_CELL = re.compile(r"\S+(?: {1,2}\S+)*")  # words at most two spaces apart: one cell of a laid-out line
# A column name is a label: at most this many words, and fewer with only two columns, where a page set in two
# narrow columns of prose looks most like a table.
_HEADER_WORDS = 6
_TWO_COLUMN_HEADER_WORDS = 3


# A footnote's mark: "*", "†", "[1]", "¹" (knowledge/footnotes.py reads the notes).
FOOTNOTE_MARK = r"\*{1,3}|[†‡§¶]|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹]"
# A cell of footnote marks alone: a superscript set apart from the word it marks ("Day 2     ²     RMB 4,500").
_MARKS_ALONE = re.compile(f"(?:{FOOTNOTE_MARK})+")


def _layout_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a laid-out line, each with where it starts; a cell of footnote marks alone joins the one before
    it, as the document prints the mark ("Day 2²"), so it is no column of its own."""
    cells: list[tuple[int, str]] = []
    for m in _LAYOUT_CELL.finditer(line):
        if cells and _MARKS_ALONE.fullmatch(m.group()):
            cells[-1] = (cells[-1][0], cells[-1][1] + m.group())
        else:
            cells.append((m.start(), m.group()))
    return cells


_COLUMN_WORDS = 3  # a column of prose: its lines average more words than a table's label or amount
_COLUMN_LINES = 3  # lines set side by side before two columns are read as such
_COLUMN_FILL = 0.5  # the median left line's share of its column's width: prose wraps near the gutter
_RAGGED_FILL = 0.8  # or of its longest line: ragged-right prose ends its lines near one edge
_FIGURED_SHARE = 0.75  # of a right column's lines holding a figure: more, and it is a table's column of values
_PROSE_LINE = 24  # characters a line of a column of prose holds at least (a newspaper's narrowest holds ~25)


def _columns_apart(lines: list[str]) -> list[str]:
    """The lines of a page set in two columns of prose (a newsletter, a brochure), each column read whole:
    the left column, then the right one, each as one line. pypdf's layout text gives each line of the page, so the
    two columns' sentences alternate line by line. A run of lines whose second cell starts at one column
    (within _COLUMN_SLACK) is two columns when both hold prose; a table's columns hold labels and amounts."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = _layout_cells(lines[i])
        end = i
        if len(cells) == 2:
            start = cells[1][0]
            alone = None  # the first short line at the left since the last pair: maybe a heading across the page
            longest = 0  # the longest left line of a pair so far: the left column's width
            left_end = ""  # the last left line's last character: a sentence it leaves open runs on below
            while end < len(lines):
                here = _layout_cells(lines[end])
                if len(here) == 2 and abs(here[1][0] - start) <= _COLUMN_SLACK and here[0][0] < start:
                    if alone is not None:
                        # Words across the page, then columns again: a heading between two sets of columns.
                        end = alone
                        break
                    longest, left_end = max(longest, len(here[0][1])), here[0][1][-1:]
                    end += 1
                elif len(here) == 1 and (here[0][0] >= start - _COLUMN_SLACK or here[0][0] + len(here[0][1]) < start):
                    # One column runs on beside a gap in the other: the right one, or the left one's line that
                    # fills its width or ends the sentence above it ("institutes, drone makers and …", "by e-mail.").
                    on_left = here[0][0] < start - _COLUMN_SLACK
                    runs_on = len(here[0][1]) >= _RAGGED_FILL * longest or bool(left_end and left_end not in ".:;!?")
                    if on_left and not runs_on:
                        alone = end if alone is None else alone
                    if on_left:
                        left_end = here[0][1][-1:]
                    end += 1
                else:
                    break
            run = [_layout_cells(line) for line in lines[i:end]]
            left = [c[1] for cells_ in run for c in cells_ if c[0] < start - _COLUMN_SLACK]
            right = [c[1] for cells_ in run for c in cells_ if c[0] >= start - _COLUMN_SLACK]
            paired = sum(len(c) == 2 for c in run)
            words = [sum(len(t.split()) for t in side) / max(1, len(side)) for side in (left, right)]
            # Prose wraps where its column ends: the left lines fill their column, a table's labels do not.
            width = start - min(c[0] for c in (cells_[0] for cells_ in run))
            # pypdf's layout may set a wide gutter: prose also shows in lines of much one length, its column's.
            middle = statistics.median(len(t) for t in left) if left else 0
            ragged = middle >= _PROSE_LINE and middle >= _RAGGED_FILL * max(map(len, left), default=0)
            filled = bool(left) and (middle >= _COLUMN_FILL * width or ragged)
            # A table's second column gives a figure on most of its lines ("RMB 7,500 per match weekend"); prose
            # seldom does.
            figured = sum(bool(re.search(r"\d", t)) for t in right) > _FIGURED_SHARE * max(1, len(right))
            if paired >= _COLUMN_LINES and min(words) >= _COLUMN_WORDS and filled and not figured:
                # Each column one line: its wrapped lines read as prose ("7 September; exhibitors …" is no heading).
                out += [" ".join(left), " ".join(right)]
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out


_LABEL_WORDS = 6  # a label's words at most, in a sheet of labels and their values


def _label_values(lines: list[PdfPiece | None], start: int) -> tuple[list[str], int, bool] | None:
    """A sheet of labels and their values set in two columns, as a report's "key figures" box prints it
    ("Pass mark          65 out of 100"): each line as "label: value", the line after the sheet, and whether
    its first line names the two columns ("Rooms at the pilot property    Voucher rule": no figure in either), so
    that each line is a table row under them ("Rooms at the pilot property: 20 to 59 | Voucher rule: capped at
    RMB 30,000"). At least _COLUMN_LINES lines whose label starts the line and whose value starts at one column
    (within _COLUMN_SLACK); a line with its one cell there goes on the value above. None when none starts there.
    A table whose column names are short is `_layout_table`'s."""
    pairs: list[list[str]] = []
    value_at: int | None = None
    end = start
    while end < len(lines) and isinstance(line := lines[end], str):
        cells = _layout_cells(line)
        if len(cells) == 1 and pairs and value_at is not None and abs(cells[0][0] - value_at) <= _COLUMN_SLACK:
            pairs[-1][1] = f"{pairs[-1][1]} {cells[0][1]}"  # a value wrapped onto the next line
            end += 1
            continue
        label = cells[0][1] if len(cells) == 2 else ""
        # A label is words ("Pass mark"), not a list's bullet ("-   The annual report …").
        if not re.search(r"[^\W\d_]", label) or cells[0][0] > _COLUMN_SLACK or len(label.split()) > _LABEL_WORDS:
            break
        if value_at is not None and abs(cells[1][0] - value_at) > _COLUMN_SLACK:
            break
        value_at = cells[1][0] if value_at is None else value_at
        pairs.append([label.rstrip(":："), cells[1][1]])
        end += 1
    if len(pairs) < _COLUMN_LINES:
        return None
    named = not any(ch.isdigit() for ch in "".join(pairs[0])) and any(ch.isdigit() for p in pairs[1:] for ch in p[0])
    if named:
        return [row_text(pairs[0], pair) for pair in pairs[1:]], end, True
    return [f"{label}: {value}" for label, value in pairs], end, False


def _layout_table(lines: list[PdfPiece | None], start: int) -> tuple[list[str], int] | None:
    """The table whose header is `lines[start]`, as pypdf's layout mode sets it in columns: its rows as
    "column: cell" text, and the line after it; None when no table starts there.

    A row starts in the first column with two cells or more; a line that starts further right continues
    the row above (a cell wrapped onto a second line). Every cell must sit under a column name: overlap
    it (a right-aligned amount under "Fee (PKR)") or start where it starts.
    """
    if not isinstance(lines[start], str):
        return None
    header = _layout_cells(lines[start])
    # Column names are short labels with a word in them: not a list's bullet ("-   item"), not prose.
    most = _HEADER_WORDS if len(header) > 2 else _TWO_COLUMN_HEADER_WORDS
    if len(header) < 2 or not all(re.search(r"\w", t) and len(t.split()) <= most for _, t in header):
        return None
    if len(header) == 2 and re.search(r"\d", header[1][1]):
        return None  # "Results     25th April 2075": a label and its value, as a sidebar lists them, no column names
    spans = [(position, position + len(text)) for position, text in header]

    def column(position: int, text: str) -> int | None:
        overlaps = [min(position + len(text), e) - max(position, s) for s, e in spans]
        best = max(range(len(spans)), key=lambda j: overlaps[j])
        if overlaps[best] > 0:
            return best
        return next((j for j, (s, _) in enumerate(spans) if abs(position - s) <= _COLUMN_SLACK), None)

    rows: list[list[str]] = []
    end = start + 1
    while end < len(lines) and isinstance(lines[end], str):
        cells = _layout_cells(lines[end])
        columns = [column(position, text) for position, text in cells]
        if not cells or None in columns or len(set(columns)) < len(columns):
            break
        if columns[0] == 0 and len(cells) >= 2:
            rows.append([""] * len(spans))
        elif columns[0] == 0 or not rows:
            break
        for j, (_, text) in zip(columns, cells, strict=True):
            rows[-1][j] = " ".join(f"{rows[-1][j]} {text}".split())  # type: ignore[index]
        end += 1
    if len(rows) < 2:
        return None
    names = [text for _, text in header]
    return [row_text(names, row) for row in rows], end


def _upright_pages(reader: PdfReader) -> list[PageObject]:
    """The pages as they are shown. A landscape page printed as a portrait one turned (/Rotate) has its text
    drawn running up the page, which pypdf's layout mode drops: such a page is turned upright, on a copy."""
    if not any(page.rotation % 360 for page in reader.pages):
        return list(reader.pages)
    import pypdf

    copy = pypdf.PdfWriter(clone_from=reader)  # a page turned on its own loses its fonts to pypdf's text
    for page in copy.pages:
        if page.rotation % 360:
            page.transfer_rotation_to_content()
    return list(copy.pages)


def _page_text(page: PageObject) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # the layout mode fails on some fonts and rotations that the plain mode reads
        return page.extract_text() or ""


# A footnote mark set small and raised right after a figure ("PKR 56,000" and a raised "2"): pypdf's text runs it
# into the figure, "PKR 56,0002". A mark is one or two digits or a dagger, at most _MARK_SIZE of the text before
# it, its baseline raised by a fifth of that text's size or more (and less than a line).
_MARK = re.compile("[0-9*\u2020\u2021]{1,2}")
_MARK_SIZE = 0.8
_FIGURE_TAIL = re.compile(r"\S*\d\Z")  # the figure a mark follows: the last word of the text before it


def _drawn_at(cm: list[float], tm: list[float]) -> tuple[float, float]:
    """Where a piece of text a pypdf visitor sees starts on the page: its text matrix in the current transformation."""
    return tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]


def _raised_marks(page: PageObject) -> list[tuple[str, str]]:
    """Each footnote mark raised after a figure on the page, with that figure as pypdf reads it."""
    shown: list[tuple[float, float, str]] = []  # each piece of text drawn: its baseline, size and words

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: object) -> None:
        if text.strip() and isinstance(size, int | float):
            scale = abs(tm[3] * cm[3]) or 1.0  # the text's size on the page, where a matrix scales it
            shown.append((_drawn_at(cm, tm)[1], float(size) * scale, text))

    page.extract_text(visitor_text=visit)
    marks = []
    for (y0, size0, before), (y1, size1, mark) in pairwise(shown):
        figure = _FIGURE_TAIL.search(before.rstrip())
        raised = size0 / 5 <= y1 - y0 < size0
        if figure and _MARK.fullmatch(mark.strip()) and size1 <= _MARK_SIZE * size0 and raised:
            marks.append((figure[0], mark.strip()))
    return marks


def _without_marks(text: str, marks: list[tuple[str, str]]) -> str:
    """The page's text with each raised mark taken off the figure it ran into: "PKR 56,000", not "56,0002" or
    "56,000 2"."""
    for figure, mark in marks:
        # Set apart by one space or none, the mark goes; set apart as a column (a table's header), spaces keep
        # the columns where they are.
        pattern = f"(?<!\\S)({re.escape(figure)})( *)({re.escape(mark)})(?![0-9])"
        text = re.sub(pattern, lambda m: m[1] + (m[2] + " " * len(m[3]) if len(m[2]) > 1 else ""), text)
    return text


def _with_fields(text: str, fields: list[tuple[str, str]]) -> str:
    """The page's text with each filled-in field's value written after its label."""
    for label, value in fields:
        at = text.find(label) if label else -1
        if at < 0:
            text += f"\n{label} {value}".rstrip()
        else:
            text = f"{text[: at + len(label)]} {value}{text[at + len(label) :]}"
    return text


def _filled_fields(page: PageObject) -> list[tuple[str, str]]:
    """A form's filled-in text fields on the page, each with the words printed left of its box on the same line
    (its label): "Processing fee (non-refundable): PKR 3,000". pypdf's text leaves out field values, which live
    in the page's widgets, not in its text. A form that does not read loses its fields, not the page."""
    try:
        return _labelled_fields(page)
    except Exception:  # a widget or a field written wrong: pypdf raises several types
        return []


def _labelled_fields(page: PageObject) -> list[tuple[str, str]]:
    boxes: list[tuple[list[float], str]] = []
    for ref in page.get("/Annots") or []:
        widget = ref.get_object()
        if widget.get("/Subtype") != "/Widget" or "/Rect" not in widget:
            continue
        field, value, kind = widget, None, None
        for _ in range(8):  # a field's value and type may sit on its parent field
            value = field.get("/V") if value is None else value
            kind = kind or field.get("/FT")
            if "/Parent" not in field:
                break
            field = field["/Parent"].get_object()
        if kind == "/Tx" and isinstance(value, str) and value.strip():
            boxes.append(([float(v) for v in widget["/Rect"]], " ".join(value.split())))
    if not boxes:
        return []
    printed: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            printed.append((*_drawn_at(cm, tm), text))

    page.extract_text(visitor_text=visit)
    filled = []
    for (x0, y0, x1, y1), value in boxes:
        low, high = min(y0, y1) - 2, max(y0, y1) + 2
        words = [t for x, y, t in sorted(printed) if x < min(x0, x1) and low <= y <= high]
        filled.append((" ".join(" ".join(words).split()), value))
    return filled


PdfPiece = str | list[str]  # a page's text, or a ruled table's rows as "column: cell" text


def _unruled_body(cells: list[list[str | None]]) -> list[list[str | None]]:
    """A table ruled under its header but not between its rows reads as one body row whose every cell holds
    one line per row: when each filled cell has the same number of lines, they are that many rows. A cell
    that wraps gives its cell more lines than the others, and the row stays one."""
    if len(cells) != 2:
        return cells
    lines = [(c or "").strip().split("\n") for c in cells[1]]
    counts = {len(cell) for cell in lines if cell != [""]}
    if len(counts) != 1 or (count := counts.pop()) < 2:
        return cells
    return [cells[0]] + [[cell[n] if cell != [""] else "" for cell in lines] for n in range(count)]


def _ruled_table_rows(cells: list[list[str | None]]) -> list[str]:
    """A ruled table's rows under its first row's names; none when it is no table (one row or one column)."""
    cells = _unruled_body(cells)
    rows = [[" ".join((c or "").split()) for c in row] for row in cells]
    rows = [row for row in rows if any(row)]
    if len(rows) < 2 or len(rows[0]) < 2 or not all(rows[0]):
        return []
    return [row_text(rows[0], row) for row in rows[1:]]


PdfBox = tuple[float, float, float, float]  # x0, top, x1, bottom, as pdfplumber measures a page
_GUTTER_SPAN = (0.3, 0.7)  # where across the page a gutter between two columns may run


@dataclass(frozen=True)
class _Run:
    """Words set one after another on a line, no wider apart than a line is high (a gutter is wider)."""

    x0: float
    top: float
    x1: float
    bottom: float
    words: int


def _runs(words: list[dict[str, Any]]) -> list[_Run]:
    runs: list[_Run] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        last = runs[-1] if runs else None
        height = word["bottom"] - word["top"]
        if last and abs(word["top"] - last.top) <= 3 and 0 <= word["x0"] - last.x1 <= height:
            runs[-1] = _Run(last.x0, last.top, word["x1"], max(last.bottom, word["bottom"]), last.words + 1)
        else:
            runs.append(_Run(word["x0"], word["top"], word["x1"], word["bottom"], 1))
    return runs


def _gutter(page: Any, runs: list[_Run]) -> float | None:
    """The x of the gap that runs down a page set in two columns of prose, or None for a page of one column.

    The gap is where the fewest runs of words cross (a title or a footnote set across the page may); on each
    side lie at least _COLUMN_LINES runs, more than cross it, averaging _COLUMN_WORDS words, the left ones
    filling their column as wrapped prose does (a form's labels and values do not)."""
    x0, _, x1, _ = page.bbox
    spots = range(int(x0 + (x1 - x0) * _GUTTER_SPAN[0]), int(x0 + (x1 - x0) * _GUTTER_SPAN[1]))
    crossing = [sum(r.x0 < x < r.x1 for r in runs) for x in spots]
    if not crossing:
        return None
    fewest = min(crossing)
    least = [c == fewest for c in crossing]
    widest = max((list(xs) for low, xs in itertools.groupby(spots, lambda x: least[x - spots[0]]) if low), key=len)
    gutter = (widest[0] + widest[-1]) / 2
    left = [r for r in runs if r.x1 <= gutter]
    right = [r for r in runs if r.x0 >= gutter]
    if min(len(left), len(right)) < max(_COLUMN_LINES, fewest + 1):
        return None
    if min(sum(r.words for r in side) / len(side) for side in (left, right)) < _COLUMN_WORDS:
        return None
    margin = min(r.x0 for r in left)
    return gutter if statistics.median(r.x1 - r.x0 for r in left) >= _COLUMN_FILL * (gutter - margin) else None


def _reading_regions(page: Any, tables: list[Any]) -> list[PdfBox]:
    """A page's parts in reading order: the whole page, or for a page in two columns, each band between lines
    set across it (a title, a footnote, a table as wide as the page) column by column, left then right.
    pdfplumber's layout text sets a line of one column beside the nearest line of the other, so that two
    columns whose lines do not align read alternately, line by line."""
    words = [w for w in page.extract_words() if not any(_centred_in(_box(w), t.bbox) for t in tables)]
    runs = _runs(words)
    gutter = _gutter(page, runs)
    if gutter is None:
        return [page.bbox]
    x0, y, x1, end = page.bbox
    spans = sorted(
        [(r.top, r.bottom) for r in runs if r.x0 < gutter < r.x1]
        + [(t.bbox[1], t.bbox[3]) for t in tables if t.bbox[0] < gutter < t.bbox[2]]
    )
    bands: list[list[float]] = []
    for top, bottom in spans:
        if bands and top <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
        else:
            bands.append([top, bottom])
    regions: list[PdfBox] = []
    for top, bottom in [*bands, [end, end]]:
        if top > y:
            within = [r for r in runs if y <= r.top < top]
            sides = (sum(r.x1 <= gutter for r in within), sum(r.x0 >= gutter for r in within))
            # Lines side by side too few to be columns (a running head and its date): read across the page.
            columns = min(sides) >= _COLUMN_LINES
            regions += [(x0, y, gutter, top), (gutter, y, x1, top)] if columns else [(x0, y, x1, top)]
        if bottom > max(top, y):
            regions.append((x0, max(top, y), x1, bottom))
        y = max(y, bottom)
    return regions


def _column_text(text: str) -> str:
    """A column's layout text with its wrapped lines joined back as plain text's are (_unwrapped, at the width of
    its longest line): a line that breaks a sentence is not read as a heading ("7 September; exhibitors …")."""
    lines = textwrap.dedent("\n".join(line.rstrip() for line in text.splitlines() if line.strip())).splitlines()
    return "\n".join(_unwrapped(lines, max(map(_columns, lines), default=0)))


def _box(obj: dict[str, Any]) -> PdfBox:
    return obj["x0"], obj["top"], obj["x1"], obj["bottom"]


def _centred_in(box: PdfBox, region: PdfBox) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return region[0] <= x < region[2] and region[1] <= y < region[3]


def _region_text(page: Any, region: PdfBox, density: dict[str, float]) -> str:
    """The layout text of the characters centred in `region`: each in one part only, where a crop would put a
    character that straddles two parts' edge in both."""

    def inside(obj: dict[str, Any]) -> bool:
        return obj["object_type"] != "char" or _centred_in(_box(obj), region)

    return page.filter(inside).extract_text(layout=True, **density)


def _ruled_pages(path: Path, count: int) -> list[list[PdfPiece] | None]:
    """Per page, its text around its ruled tables and their rows, in reading order; None for a page
    without one (its pypdf text stands) or one pdfplumber cannot read.

    A table drawn with rules may wrap a cell over several lines and set a row's first cell in the middle
    of them: the rules, not the spacing of the text, say which lines are one row. pdfplumber reads them;
    pypdf's layout text does not keep them.
    """
    import pdfplumber

    out: list[list[PdfPiece] | None] = [None] * count
    try:
        with pdfplumber.open(str(path), password="") as pdf:
            for n, page in enumerate(pdf.pages[:count]):
                try:
                    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                    if not tables:
                        continue
                    # A character a column, as pypdf's layout sets it: at pdfplumber's default density a line of
                    # a narrow font runs into the column beside it (two columns of prose read as one line).
                    widths = [c["width"] for c in page.chars if c["text"].strip()]
                    density = {"x_density": statistics.median(widths)} if widths else {}
                    pieces: list[PdfPiece] = []
                    ruled = False
                    for region in _reading_regions(page, tables):
                        x0, top, x1, bottom = region
                        for table in (t for t in tables if _centred_in(t.bbox, region)):
                            rows = _ruled_table_rows(table.extract())
                            if not rows:
                                continue
                            if table.bbox[1] > top:
                                pieces.append(_region_text(page, (x0, top, x1, table.bbox[1]), density))
                            pieces.append(rows)
                            top = table.bbox[3]
                            ruled = True
                        pieces.append(_region_text(page, (x0, top, x1, bottom), density))
                        if (x0, x1) != (page.bbox[0], page.bbox[2]):  # a column's
                            pieces[-1] = _column_text(pieces[-1])
                    if ruled:
                        out[n] = pieces
                except Exception:  # pdfminer's own errors on one page: that page keeps pypdf's text
                    continue
    except Exception:  # a file pypdf reads and pdfminer does not: every page keeps pypdf's text
        pass
    return out


# A page number and a "continued" mark, as running heads and feet print them (vocab/layout.yaml).
_PAGE_NUMBER = re.compile("|".join(vocab_file("layout.yaml")["page_number"]), re.IGNORECASE)
_CONTINUED = re.compile("|".join(vocab_file("layout.yaml")["continued"]), re.IGNORECASE)
_SENTENCE_ENDS = (".", "。", ":", "؟", "۔")
_RUNNING_ZONE = (3, 2)  # a page's first and last lines, where running heads and feet sit


def _running_key(line: str) -> str:
    """A line as it repeats from page to page: without its page number or "(continued)"."""
    text = _CONTINUED.sub(" ", _PAGE_NUMBER.sub(" ", line))
    return " ".join(text.split()).strip(" |-–—·,.:").casefold()


def _without_running_lines(pages: list[list[PdfPiece]]) -> list[PdfPiece | None]:
    """The pages' lines without their running heads and feet, which would otherwise land in the middle of a
    paragraph or a table and hide the heading that follows them on the next page.

    A running line is one whose text, less its page number, sits among the first or last lines of two pages or
    more; a line in those places that is only a page number goes too, and the others there lose theirs. A
    running head stays once where the document opens (the title it repeats), a running foot once where it
    ends (a contact it gives). None marks where a page ends.
    """

    def zone(page: list[PdfPiece]) -> list[int]:
        ends = range(len(page))
        return sorted({*ends[: _RUNNING_ZONE[0]], *ends[-_RUNNING_ZONE[1] :]})

    keys = Counter(
        key
        for page in pages
        for key in {_running_key(page[i]) for i in zone(page) if isinstance(page[i], str)}
        if len(key) > 2
    )
    last = len(pages) - 1
    kept: list[PdfPiece | None] = []
    for n, page in enumerate(pages):
        if n:
            kept.append(None)
        places = set(zone(page))
        for i, line in enumerate(page):
            if isinstance(line, str) and i in places:
                key = _running_key(line)
                # A running head is kept where the document opens, a running foot where it ends.
                if not key or (keys[key] > 1 and (n, i < _RUNNING_ZONE[0]) not in ((0, True), (last, False))):
                    continue
                if _PAGE_NUMBER.search(line):
                    line = _PAGE_NUMBER.sub(" ", line).rstrip(" |-–—·,")
            kept.append(line)
    return kept


_PDF_BULLET = re.compile(r"^[•▪◦●■‣○]\s")  # a bullet glyph, as slides and lists print one
_SLIDE_TITLE_WORDS = 8


def _slide_title(lines: list[PdfPiece | None], i: int) -> bool:
    """Whether a page's first line is its title over bullets, as a slide deck saved as PDF prints one: short,
    no sentence, and a bullet under it ("The fair at a glance" / "•  Up to 12 pre-booked buyer meetings")."""
    line, after = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if not isinstance(line, str) or not isinstance(after, str) or (i and lines[i - 1] is not None):
        return False
    text = " ".join(line.split())
    return (
        bool(_PDF_BULLET.match(after.strip()))
        and not _PDF_BULLET.match(text)
        and len(text.split()) <= _SLIDE_TITLE_WORDS
        and not text.endswith(_SENTENCE_ENDS)
    )


def parse_pdf(path: Path) -> tuple[str, list[Section]]:
    """Text in pypdf's layout mode, which keeps a table's columns apart (the plain mode runs a row's cells
    together into one line of words); prose lines have their spacing collapsed."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("encrypted PDF (password protected)")
        upright = _upright_pages(reader)
        fields = [_filled_fields(page) for page in upright]
        marks = [_raised_marks(page) for page in upright]
        texts = [_without_marks(_page_text(page), marked) for page, marked in zip(upright, marks, strict=True)]
        pages = [_with_fields(text, filled) for text, filled in zip(texts, fields, strict=True)]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"corrupt PDF: {exc}") from None
    except Exception as exc:  # pypdf surfaces decryption backends' own errors
        raise LoadError(f"unreadable PDF: {type(exc).__name__}: {exc}") from None
    if not "".join(pages).strip():
        raise LoadError("PDF has no extractable text (scanned image?)")
    paged: list[list[PdfPiece]] = []  # per page, its text lines, and a ruled table as one item
    for text, ruled, marked in zip(pages, _ruled_pages(path, len(pages)), marks, strict=True):
        paged.append([])
        for piece in ruled or [text]:
            if isinstance(piece, list):
                paged[-1].append(piece)
            else:  # pdfplumber's text, around a ruled table, runs marks into figures as pypdf's does
                said = _without_marks(piece, marked).splitlines()
                paged[-1].extend(_columns_apart([ln.rstrip() for ln in said if ln.strip()]))
    lines = _without_running_lines(paged)
    # The first line is the title, unless the page opens with a ruled table (the file's name stands in).
    opens_with_text = bool(lines) and isinstance(lines[0], str)
    title = " ".join(str(lines[0]).split()) if opens_with_text else path.stem
    values = tuple(value for filled in fields for _, value in filled)
    builder = _SectionBuilder()
    builder.heading(1, title)
    para: list[str] = []

    written = _written_words(lines)

    def flush() -> None:
        if para:
            builder.add(_joined_lines(para, written))
            para.clear()

    i = 1 if opens_with_text else 0
    while i < len(lines):
        line = lines[i]
        if line is None:  # a page ends: so does its paragraph, unless a sentence runs on over the break
            if para and para[-1].endswith(_SENTENCE_ENDS):
                flush()
            i += 1
            continue
        if isinstance(line, list):
            flush()
            for row in line:
                builder.add(row, "table_row")
            i += 1
            continue
        if table := _layout_table(lines, i):
            flush()
            for row in table[0]:
                builder.add(row, "table_row")
            i = table[1]
            continue
        if sheet := _label_values(lines, i):
            flush()
            for pair in sheet[0]:
                builder.add(pair, "table_row" if sheet[2] else "text")
            i = sheet[1]
            continue
        s = " ".join(line.split())
        i += 1
        # A line that breaks a word at its end ("Table 2. The non-refund-") runs on: no heading.
        numbered = _PDF_HEADING.match(s) and not s.endswith((".", ",", ";", "-")) and len(s.split()) <= 10
        if numbered or _slide_title(lines, i - 1):
            flush()
            builder.heading(2, s)
        elif _PDF_BULLET.match(s):  # a bullet is an item of its own, not the next line of the one above
            flush()
            para.append(s)
        else:
            para.append(s)
            if (s.endswith(_SENTENCE_ENDS) and len(s) < 60) or s.endswith(values):  # a form's line, one field
                flush()
    flush()
    return title, builder.result()


_LINE_END_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")  # "regis-": a word broken at the line's end
_LINE_START_WORD = re.compile(r"^([^\W\d_]+)")


def _written_words(lines: list[PdfPiece | None]) -> frozenset[str]:
    """Every word the document writes, hyphenated ones whole ("non-refundable"), lower case."""
    text = " ".join(line for line in lines if isinstance(line, str)).lower()
    return frozenset(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))


def _joined_lines(lines: list[str], written: frozenset[str]) -> str:
    """A paragraph's lines as one, a word a typesetter hyphenated at a line's end ("regis-" / "tration") whole
    again: without the hyphen, unless the document writes the word with one elsewhere ("non-refundable"). Only
    a lower-case continuation is a broken word; "Lahore-" / "Karachi" is a range of two names."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        broken, rest = _LINE_END_HYPHEN.search(text), _LINE_START_WORD.match(line)
        if broken and rest and rest[1][0].islower():
            whole = f"{broken[1]}{rest[1]}".lower()
            hyphenated = f"{broken[1]}-{rest[1]}".lower()
            keep = hyphenated in written and whole not in written
            text = f"{text[:-1]}{'-' if keep else ''}{line}"
        else:
            text = f"{text} {line}"
    return text


# ---------------------------------------------------------------- dispatch


def _read_text(path: Path) -> str:
    return plain_forms(decode_text(path.read_bytes()))


def _read_html(path: Path) -> str:
    """A page's text in the encoding it declares, where it is not UTF-8 (a page saved in GB2312 or Big5)."""
    from bs4.dammit import EncodingDetector

    data = path.read_bytes()
    return plain_forms(decode_text(data, EncodingDetector.find_declared_encoding(data, is_html=True)))


PARSERS: dict[str, Callable[[Path], tuple[str, list[Section]]]] = {
    ".md": lambda p: parse_markdown(_read_text(p)),
    ".markdown": lambda p: parse_markdown(_read_text(p)),
    ".txt": lambda p: parse_text(_read_text(p)),
    ".html": lambda p: parse_html(_read_html(p)),
    ".htm": lambda p: parse_html(_read_html(p)),
    ".docx": parse_docx,
    ".pdf": parse_pdf,
}


def load_document(path: Path) -> LoadedDocument:
    suffix = path.suffix.lower()
    parser = PARSERS.get(suffix)
    if parser is None:
        raise LoadError(f"unsupported file type '{suffix}'")
    if path.stat().st_size == 0:
        raise LoadError("empty file")
    title, sections = parser(path)
    # Text files had theirs made plain before they were parsed; a page's entities (&shy;, &#8209;) are
    # characters only once it is parsed.
    if suffix in (".docx", ".pdf", ".html", ".htm"):
        title = plain_forms(title)
        sections = [
            Section(tuple(map(plain_forms, s.headings)), [Block(plain_forms(b.text), b.kind) for b in s.blocks])
            for s in sections
        ]
    if not any(b.text.strip() for s in sections for b in s.blocks):
        raise LoadError("no text found")
    sections = [Section(s.headings, _dittos_filled(s.blocks)) for s in sections]
    if legend := _mark_legend(sections):
        sections = [Section(s.headings, [_marks_named(b, legend) for b in s.blocks]) for s in sections]
    return LoadedDocument(path=path, title=title or path.stem, sections=sections)


_CHECK_MARK = "|".join(vocab_file("layout.yaml")["check_marks"])
# A mark defined: "[x] = required", "☐: optional", "✗ means not eligible"; its meaning up to a bracket or a stop.
_MARK_DEFINED = re.compile(
    rf"(?P<mark>{_CHECK_MARK})\s*(?:=|:|：|means\b)\s*(?P<word>[^\W\d_][^()（）·,，;；:：.。\n*]*)"
)
_MARK_ANYWHERE = re.compile(_CHECK_MARK)
MARK_MEANING_WORDS = 3  # "not eligible", "required", "only if asked": a legend's meaning is a few words
_MARKED_ITEM = re.compile(rf"^\s*(?:[-*•]\s+)?(?P<mark>{_CHECK_MARK})\s+[^\s=:：].*$", re.MULTILINE)


def _mark_legend(sections: list[Section]) -> dict[str, str]:
    """The document's legend of tick marks, mark by mark (spaces aside): a checklist's "[x] = required" says what
    each ticked line is, and the line alone ("[ ] Pitch deck") does not say it in words."""
    legend: dict[str, str] = {}
    for section in sections:
        for block in section.blocks:
            for m in _MARK_DEFINED.finditer(block.text):
                meaning = _MARK_ANYWHERE.split(m.group("word"))[0].split()[:MARK_MEANING_WORDS]
                legend.setdefault(_mark_key(m.group("mark")), " ".join(meaning))
    return legend


def _mark_key(mark: str) -> str:
    return mark.replace(" ", "").lower()


def _marks_named(block: Block, legend: dict[str, str]) -> Block:
    """A block's marked list items ("- [ ] Pitch deck") and marked table cells ("Start-up: ✓") with the legend's
    word after them ("- [ ] Pitch deck (optional)")."""

    def item(m: re.Match[str]) -> str:
        word = legend.get(_mark_key(m.group("mark")))
        return f"{m.group(0)} ({word})" if word else m.group(0)

    if block.kind != "table_row":
        return Block(_MARKED_ITEM.sub(item, block.text), block.kind)
    cells = []
    for cell in block.text.split(CELL_SEPARATOR):
        _, colon, value = cell.partition(": ")
        word = legend.get(_mark_key(value.strip())) if colon else None
        cells.append(f"{cell} ({word})" if word else cell)
    return Block(CELL_SEPARATOR.join(cells), block.kind)


_DITTO = re.compile(f"^(?:{'|'.join(vocab_file('layout.yaml')['ditto'])})$", re.IGNORECASE)


def _dittos_filled(blocks: list[Block]) -> list[Block]:
    """Table rows with a ditto mark's cell read with the value of the same column in the row above: "Deposit: 〃"
    alone answers nothing. Rows are read as `row_text` writes them ("Column: value | …"), so this serves every
    format; a cell without a column name, or with none above, stays as written."""
    out: list[Block] = []
    above: dict[str, str] = {}
    for block in blocks:
        if block.kind != "table_row":
            above = {}
            out.append(block)
            continue
        cells = []
        for cell in block.text.split(CELL_SEPARATOR):
            name, colon, value = cell.partition(": ")
            if colon and _DITTO.match(value.strip()) and name in above:
                value = above[name]
                cell = f"{name}: {value}"
            if colon:
                above[name] = value
            cells.append(cell)
        out.append(Block(CELL_SEPARATOR.join(cells), block.kind))
    return out


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files under the given paths, in a stable order; hidden files and folders are skipped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        else:
            yield path
