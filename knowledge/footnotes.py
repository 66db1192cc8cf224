"""The notes a marked figure points to ("PKR 400,000*", "Share: 50%[1]", "Delegates: 2†"), from the same document.

A fee or grant table often keeps the condition that changes the answer in a note at its foot: "* excluding the
16% sales tax", "† only for firms under 50 staff". A quoted unit with a marked word or figure is followed by its
note. A note is a line, or a sentence after another sentence's end, that opens with the mark; a mark the document
defines twice (a list bulleted with "*") or never writes beside a word or figure points nowhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.chunking import Chunk
from knowledge.loaders import FOOTNOTE_MARK
from knowledge.text import clip

MAX_NOTES = 2  # notes one unit brings into the answer
_MARK = FOOTNOTE_MARK
MARK = re.compile(_MARK)
# A mark right after a word, a figure, a "%" or a bracket: "fee*", "50%[1]", "2†", "24,000*†". "see [1]" is a
# citation, not a mark.
_USED = re.compile(rf"(?<=[\w%)）])(?:{_MARK})+")
_DEFINED = re.compile(rf"(?:^|(?<=[.。!?;]\s))({_MARK})[ \t]*(?=\S)", re.MULTILINE)
MIN_NOTE = 8  # characters a note says after its mark


@dataclass(frozen=True)
class Footnote:
    chunk: Chunk
    mark: str
    text: str  # the note as written, mark first: "* All fees are shown excluding the 16% sales tax."


def marks_in(text: str) -> list[str]:
    """The marks a text writes beside words or figures, in order, each once."""
    return list(dict.fromkeys(mark for run in _USED.findall(text) for mark in MARK.findall(run)))


def footnotes(chunks: Iterable[Chunk]) -> dict[str, dict[str, Footnote]]:
    """Each document's notes, by mark."""
    defined: dict[str, dict[str, list[Footnote]]] = defaultdict(lambda: defaultdict(list))
    used: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks:
        text = chunk.text
        starts = list(_DEFINED.finditer(text))
        for n, match in enumerate(starts):
            line_end = text.find("\n", match.start())
            end = min(
                line_end if line_end >= 0 else len(text), starts[n + 1].start() if n + 1 < len(starts) else len(text)
            )
            note = text[match.start() : end].strip()
            if len(note) - len(match.group(1)) >= MIN_NOTE:
                defined[chunk.source][match.group(1)].append(Footnote(chunk, match.group(1), note))
        used[chunk.source].update(marks_in(text))
    return {
        source: {mark: notes[0] for mark, notes in marks.items() if len(notes) == 1 and mark in used[source]}
        for source, marks in defined.items()
    }


def notes_for(unit: str, notes: dict[str, Footnote], shown: str, limit: int, room: int) -> list[Footnote]:
    """The notes a unit's marks point to that the answer does not show yet, each cut to `limit` characters, while
    the answer stays within `room`: a note qualifies a short answer, and would make a long one longer still."""
    out: list[Footnote] = []
    for note in (notes[mark] for mark in marks_in(unit) if mark in notes):
        cut = Footnote(note.chunk, note.mark, clip(note.text, limit))
        if note.text not in shown and len(shown) + len(cut.text) <= room and len(out) < MAX_NOTES:
            out.append(cut)
            shown += "\n" + cut.text
    return out
