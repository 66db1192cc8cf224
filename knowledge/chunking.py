"""Turn loaded sections into small titled chunks that end at sentence boundaries.

Small chunks titled with their document and heading path retrieve better across languages than
large windows: the title carries the topic, the body carries one fact or one Q&A.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.language import detect_language
from knowledge.loaders import CELL_SEPARATOR, Block, LoadedDocument
from knowledge.text import clip, tokenize

# Sentence ends in English, Chinese and Urdu; a Latin full stop needs a following space or end.
SENTENCE_END = re.compile(r"(?<=[。！？!?؟۔])\s*|(?<=[.;])\s+(?=\S)|\n+")


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str  # file name without folder
    source_path: str
    title: str
    headings: str
    text: str
    language: str
    position: int
    kind: str

    @property
    def heading_path(self) -> str:
        return " > ".join(p for p in (self.title, self.headings) if p)

    @property
    def indexed_text(self) -> str:
        """What is embedded and searched: the body under its document title and headings."""
        return f"{self.heading_path}\n{self.text}"


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s and s.strip()]


MIN_UNIT_CHARS = 12  # shorter fragments ("1.", "- Note:") join the next sentence


def answer_units(chunk: Chunk) -> list[str]:
    """The pieces an answer can lead with: a table's rows, or a passage's sentences and list items.

    A chunk of one sentence is its own single unit, so it costs no extra embedding.
    """
    pieces = chunk.text.splitlines() if chunk.kind == "table" else split_sentences(chunk.text)
    units: list[str] = []
    carry = ""
    for piece in pieces:
        piece = f"{carry} {piece}".strip() if carry else piece.strip()
        if len(piece) < MIN_UNIT_CHARS:
            carry = piece
            continue
        carry = ""
        units.append(piece)
    if carry:
        if units:
            units[-1] = f"{units[-1]} {carry}"
        else:
            units.append(carry)
    return units if len(units) > 1 else [chunk.text]


def fit_row(row: str, terms: set[str], limit: int, answers: Callable[[str], bool] | None = None) -> str:
    """A table row cut to `limit` by whole cells: its first cell (what the row is about), then the cells that
    state the kind of fact asked (`answers`: a date, an amount, opening days), then those sharing the most
    words with the question, in the table's own order.

    Cutting a long row at a character count drops whichever columns come last, and with them, as often as
    not, the one asked about ("…| Registration deadline: 3 April").
    """
    cells = row.split(CELL_SEPARATOR)
    if len(row) <= limit or len(cells) < 2:
        return clip(row, limit)
    shared = [len(terms & set(tokenize(cell))) for cell in cells]
    stating = [answers is not None and answers(cell) for cell in cells]
    kept, size = {0}, len(cells[0]) + len(CELL_SEPARATOR) + 1  # room for the closing "…"
    for i in sorted(range(1, len(cells)), key=lambda i: (not stating[i], -shared[i], i)):
        if size + len(cells[i]) + len(CELL_SEPARATOR) <= limit:
            kept.add(i)
            size += len(cells[i]) + len(CELL_SEPARATOR)
    return clip(CELL_SEPARATOR.join([*(cells[i] for i in sorted(kept)), "…"]), limit)


def unit_document(chunk: Chunk, unit: str) -> str:
    """What is embedded for a unit: the sentence under its document title and headings, like its chunk."""
    return f"{chunk.heading_path}\n{unit}"


def _pieces(block: Block, max_chars: int) -> list[str]:
    if len(block.text) <= max_chars or block.kind == "table_row":
        return [block.text]
    out: list[str] = []
    current = ""
    for sentence in split_sentences(block.text):
        joiner = "" if current.endswith(("。", "！", "？")) else " "
        if current and len(current) + len(sentence) + 1 > max_chars:
            out.append(current)
            current = sentence
        else:
            current = f"{current}{joiner}{sentence}" if current else sentence
    if current:
        out.append(current)
    return out


def chunk_document(doc: LoadedDocument, max_chars: int = 800) -> list[Chunk]:
    """Pack consecutive blocks of one section up to max_chars; table rows and Q&As stand alone."""
    source = doc.path.name
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}

    def emit(headings: tuple[str, ...], text: str, kind: str) -> None:
        heading_text = " > ".join(h for h in headings if h != doc.title)
        digest_src = f"{doc.path}\x00{heading_text}\x00{text}"
        digest = hashlib.sha1(digest_src.encode("utf-8")).hexdigest()[:24]
        seen[digest] = seen.get(digest, 0) + 1
        if seen[digest] > 1:
            digest = f"{digest}-{seen[digest]}"
        chunks.append(
            Chunk(
                id=digest,
                source=source,
                source_path=str(doc.path),
                title=doc.title,
                headings=heading_text,
                text=text,
                language=detect_language(text),
                position=len(chunks),
                kind=kind,
            )
        )

    for section in doc.sections:
        # A short section stays whole: table rows (each labelled with its header) next to the
        # notes that explain them. Q&A pairs stand alone so one question never hides another.
        buffer: list[Block] = []
        size = 0

        def flush(headings: tuple[str, ...] = section.headings) -> None:
            nonlocal buffer, size
            if buffer:
                kind = "table" if any(b.kind == "table_row" for b in buffer) else "text"
                emit(headings, "\n".join(b.text for b in buffer), kind)
            buffer, size = [], 0

        for block in section.blocks:
            if block.kind == "qa":
                flush()
                for piece in _pieces(block, max_chars * 2):
                    emit(section.headings, piece, "qa")
                continue
            for piece in _pieces(block, max_chars):
                if buffer and size + len(piece) > max_chars:
                    flush()
                buffer.append(Block(piece, block.kind))
                size += len(piece) + 1
        flush()
    return chunks


def embedded_texts(chunks: list[Chunk]) -> list[str]:
    """Everything ingest embeds for a document: each chunk under its headings, then its answer units."""
    units = [unit_document(c, u) for c in chunks for u in answer_units(c) if u != c.text]
    return [c.indexed_text for c in chunks] + units
