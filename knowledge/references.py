"""Table rows a passage points to by their key: "Yes, it is item 2.19, in Table 2 (continued) of the grant guide".

A questions-and-answers page often answers by pointing into another document's table, and the pointer alone
does not answer: the row it names holds the cap, the share, the date. A row is named by its key, the value
of its first cell, when that key is an item number ("2.19", "B-3.1"): a number with a dot is seldom anything
else, while a bare number or a letter and a digit ("Q3", "A4") names too many things. A key two rows share
points nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from knowledge.chunking import CELL_SEPARATOR, Chunk
from knowledge.directory_terms import fold
from knowledge.grounding import MONEY_AMOUNT
from knowledge.text import fold_digits, tokenize
from knowledge.vocabulary import vocab_file, with_calendar

ITEM_KEY = re.compile(r"(?<![A-Za-z0-9.,])(?:[A-Za-z]{1,3}[-.]?)?\d{1,3}(?:\.\d{1,3})+(?![A-Za-z0-9%]|[.,]\d)")
# Items named as a range ("items 2.1-2.8", "2.1 to 2.8", amounts.yaml's words between) point to a stretch of the
# table, not to a row.
_BETWEEN = "|".join(sorted(vocab_file("amounts.yaml")["between"], key=len, reverse=True))
ITEM_RANGE = re.compile(rf"(?:{ITEM_KEY.pattern})\s*(?:{_BETWEEN})\s*(?:{ITEM_KEY.pattern})")
MAX_FOLLOWED = 2  # rows added for one answer: a pointer to a whole list is better followed by "more"
CORRECTION = [re.compile(p, re.IGNORECASE | re.DOTALL) for p in vocab_file("layout.yaml")["correction"]]
_SENTENCE_END = re.compile(r"[.!?。！？۔](?=\s|$)|[。！？]")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")
SHOWN_START = 40  # characters of a row that, found in the answer, show the row is quoted there (perhaps cut)


def _units_of(chunk: Chunk, units: Mapping[str, tuple[list[str], object]]) -> list[str]:
    """A passage's answer units, or its whole text where none were read."""
    return units.get(chunk.id, ([chunk.text], None))[0]


@dataclass(frozen=True)
class KeyedRow:
    chunk: Chunk
    row: str


def row_key(row: str) -> str | None:
    """The item number a table row is keyed by (its first cell's value), if it is one."""
    if CELL_SEPARATOR not in row:
        return None
    first = row.split(CELL_SEPARATOR, 1)[0].split(":", 1)[-1].strip()
    return first.casefold() if ITEM_KEY.fullmatch(first) else None


def keyed_rows(chunks: Iterable[Chunk], units: Mapping[str, tuple[list[str], object]]) -> dict[str, KeyedRow]:
    """Every table row keyed by an item number that no other row has."""
    found: dict[str, list[KeyedRow]] = {}
    for chunk in chunks:
        if chunk.kind != "table":
            continue
        for row in _units_of(chunk, units):
            if (key := row_key(row)) is not None:
                found.setdefault(key, []).append(KeyedRow(chunk, row))
    return {key: rows[0] for key, rows in found.items() if len({r.row for r in rows}) == 1}


def pointed_rows(text: str, rows: Mapping[str, KeyedRow], shown: str) -> list[KeyedRow]:
    """The rows `text` (a sentence, not a row: a row's "covers item 2.23" only cross-references) names by
    their item number and `shown` (the answer so far) does not already quote."""
    pointed: list[KeyedRow] = []
    # "PKR 2.5 million" names no item, and a range names none of its ends alone.
    taken = [m.span() for pattern in (MONEY_AMOUNT, ITEM_RANGE) for m in pattern.finditer(text)]
    for match in ITEM_KEY.finditer(text):
        row = rows.get(match.group(0).casefold())
        if row is None or row.row[:SHOWN_START] in shown or row in pointed:
            continue
        if not any(start < match.end() and match.start() < end for start, end in taken):
            pointed.append(row)
    return pointed[:MAX_FOLLOWED]


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: what a notice that names only the figure that stood says instead.
    Not chunking.SENTENCE_END, which also ends one at a line break: a notice wraps its sentences."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[before : after.end() if after else len(text)].strip()


DISTINCT_NUMBERS = 3  # numbers that make a corrected statement recognisable without the notice's row context


@dataclass(frozen=True)
class Correction:
    """A later notice's words for a statement another document makes: the statement as it stood, as it should read."""

    old: str
    new: str
    chunk: Chunk
    folded_old: str  # fold(old), as the passages it is looked for in are read
    context: frozenset[str] = frozenset()  # the numbers of what should read besides the old figure's
    said: frozenset[str] = frozenset()  # a document's own update (`superseded`): its words, the figure's aside

    @property
    def local(self) -> bool:
        """Whether this is a document's update of its own words, shown only with the statement it updates."""
        return bool(self.said)

    def stands_in(self, folded: str) -> bool:
        """Whether a folded passage makes the old statement: quotes it, or, for a figure, holds on one line its
        number and words beside a number the notice gives with it. A table prints the figure under a column
        that names its unit ("Fee (PKR): 95,000" for "PKR 95,000"), and the notice's row says which row it is
        (clause 5.1, head count 51 - 250): the figure alone could be another table's price. A statement of three
        numbers or more (a date with its times: "15 March 2067, 17:00 PKT (20:00 Beijing time)") is its own
        context, however the passage words it ("close on 15 March 2067 at 17:00 PKT"). A document's own update
        stands in a statement of the same document that holds its figure and shares its words (`_restates`)."""
        if self.said:
            return _restates(folded, self.folded_old, self.said)
        if self.folded_old in folded:
            return True
        numbers = set(_NUMBER.findall(fold_digits(self.folded_old)))
        distinct = len(numbers) >= DISTINCT_NUMBERS
        if not numbers or not (self.context or distinct):
            return False
        words = _WORD.findall(self.folded_old)
        for line in fold_digits(folded).splitlines():
            held = set(_NUMBER.findall(line))
            if numbers <= held and (distinct or held & self.context) and all(w in line for w in words):
                return True
        return self._retold(folded, numbers)

    def _retold(self, folded: str, numbers: set[str]) -> bool:
        """A statement of one figure the notice words as a sentence ("The slide says each vendor booth has a 2 kW
        power supply") stands in a line that holds the figure and at least half its words ("Power supply: 2 kW per
        booth"): a notice retells what it corrects, it seldom quotes it."""
        said = _content_words(self.folded_old)
        if len(numbers) != 1 or len(said) < 2 * SHARED_WORDS:
            return False
        return any(
            _restates(line, next(iter(numbers)), said) and len(_content_words(line) & said) * 2 >= len(said)
            for line in folded.splitlines()
        )


def _said_at(text: str, match: re.Match[str]) -> str:
    """What should read, for a correction found at `match`: the table row of a table of corrections, the words
    quoted as the new statement, or the sentence that names only the figure that stood."""
    if "new" not in match.re.groupindex:
        return _sentence_at(text, match.start(), match.end())
    line = text[text.rfind("\n", 0, match.start("new")) + 1 :].split("\n", 1)[0]
    return line if CELL_SEPARATOR in line else match.group("new")


def corrections(chunks: Iterable[Chunk]) -> dict[str, list[Correction]]:
    """Every correction the documents print (vocab/layout.yaml, correction: a corrigendum's "Reads … Should
    read"), by the id of each passage that makes the statement as it stood: read once per index version, not
    per answer."""
    chunks = list(chunks)
    found: list[Correction] = []
    for chunk in chunks:
        for pattern in CORRECTION:
            for m in pattern.finditer(chunk.text):
                old, new = " ".join(m.group("old").split()), " ".join(_said_at(chunk.text, m).split())
                if (folded := fold(old)) != fold(new):
                    context = set(_NUMBER.findall(fold_digits(new))) - set(_NUMBER.findall(fold_digits(folded)))
                    found.append(Correction(old, new, chunk, folded, frozenset(context)))
    if not found:
        return {}
    by_chunk: dict[str, list[Correction]] = {}
    for chunk in chunks:
        text = fold(chunk.text)
        if held := [c for c in found if c.chunk.id != chunk.id and c.stands_in(text)]:
            by_chunk[chunk.id] = held
    return by_chunk


AMENDMENT = [re.compile(p, re.IGNORECASE) for p in vocab_file("layout.yaml")["amendment"]]
_CLAUSE_KEY = re.compile(r"(?P<main>\d+(?:\.\d+)*)\s?(?:[(（](?P<sub>[a-z])[)）])?", re.IGNORECASE)
_NUMBERED_CLAUSE = re.compile(r"^\W{0,3}\d{1,2}(?:\.\d{1,2})+\s")  # "4.2 Up to 16 vendors …": the next clause


def amendments(chunks: Iterable[Chunk], units: Mapping[str, tuple[list[str], object]]) -> dict[str, list[Correction]]:
    """A later document's amendments of numbered clauses (vocab/layout.yaml, amendment: "Clause 3.2 is replaced by:
    …", "Clause 4.1(b) is deleted"), by the id of each passage of another document whose unit the clause's number
    opens ("3.2 A standard booth may be shared by at most two firms …", or the "(b)" item under 4.1): an addendum
    names the clause, it seldom restates it, so the number, not the words, says which statement it changes. The
    amendment reads with the replacement it quotes, over the units its sentences were split into."""
    chunks = list(chunks)
    texts = {chunk.id: _units_of(chunk, units) for chunk in chunks}
    found: list[tuple[str, str | None, str, Chunk]] = []
    for chunk in chunks:
        said = texts[chunk.id]
        for n, unit in enumerate(said):
            for pattern in AMENDMENT:
                for m in pattern.finditer(unit):
                    key = _CLAUSE_KEY.match(m.group("clause"))
                    if key is not None:
                        found.append(
                            (key.group("main"), (key.group("sub") or "").lower() or None, _quoted_on(said, n), chunk)
                        )
    out: dict[str, list[Correction]] = {}
    for chunk in chunks:
        for main, sub, new, amending in found:
            if amending.source != chunk.source and (held := _clause_unit(texts[chunk.id], main, sub)) is not None:
                out.setdefault(chunk.id, []).append(Correction(held, new, amending, fold(held)))
    return out


def _quoted_on(units: list[str], n: int) -> str:
    """Unit `n`, with the units after it that the quotation it opens runs on over."""
    text, later = units[n], iter(units[n + 1 :])
    while _open_quote(text) and (unit := next(later, None)) is not None:
        text = f"{text} {unit}"
    return " ".join(text.split())


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("「") > text.count("」")


def _clause_unit(units: list[str], main: str, sub: str | None) -> str | None:
    """The unit clause `main` opens, or its item `sub` ("(b)") before the next numbered clause."""
    opens = re.compile(rf"^\W{{0,3}}{re.escape(main)}(?!\d|\.\d)")
    item = re.compile(rf"^\W{{0,3}}{sub}[)）]\s") if sub else None
    for n, unit in enumerate(units):
        if not opens.match(unit.strip()):
            continue
        if item is None:
            return unit
        for later in units[n + 1 :]:
            if _NUMBERED_CLAUSE.match(later.strip()):
                break
            if item.match(later.strip()):
                return later
        return unit if re.search(rf"[(（]{sub}[)）]", unit) else None
    return None


_FIGURE = with_calendar(vocab_file("layout.yaml")["superseded_figure"])
_NUMBER_WORDS = "|".join(sorted(map(str, vocab_file("layout.yaml")["superseded_words"]), key=len, reverse=True))
_SPOKEN = rf"{_FIGURE}|(?<![^\W\d_])(?:{_NUMBER_WORDS})(?![^\W\d_])|(?<=[我说是了])(?:{_NUMBER_WORDS})"
SUPERSEDED = [
    re.compile(p.replace("{figure}", f"(?:{_FIGURE})").replace("{spoken}", f"(?:{_SPOKEN})"), re.IGNORECASE)
    for p in vocab_file("layout.yaml")["superseded"]
]
_FIGURE_AT = re.compile(_SPOKEN, re.IGNORECASE)
SHARED_WORDS = 2  # words an update shares with what it updates, its figure aside: "host shops", "clinic … baje"


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in tokenize(text) if not any(ch.isdigit() for ch in w))


def _restates(folded: str, old: str, said: frozenset[str]) -> bool:
    """Whether a folded unit holds the figure an update says no longer holds, as a figure of its own ("12" in
    "confirmed 12 host shops", not in "120"), and at least SHARED_WORDS of the update's other words."""
    figure = re.escape(fold_digits(old))
    if not re.search(rf"(?<![\dA-Za-z.,]){figure}(?![\dA-Za-z]|[.,]\d)", fold_digits(folded), re.IGNORECASE):
        return False
    return len(_content_words(folded) & said) >= SHARED_WORDS


def _latest(update: Correction, found: list[Correction], hops: int = 5) -> Correction:
    """The update as the newest of those updating it in turn says it (a chain of a change log's rows)."""
    for _ in range(hops):
        later = next((o for o in found if o.new != update.new and o.stands_in(fold(update.new))), None)
        if later is None:
            break
        update = replace(update, new=later.new, chunk=later.chunk)
    return update


def superseded(chunks: Iterable[Chunk], units: Mapping[str, tuple[list[str], object]]) -> dict[str, list[Correction]]:
    """A document's updates of its own statements (vocab/layout.yaml, superseded): a thread's newest message ("now
    10 host shops, not 12"), a chat's later correction ("Jumeraat ko …, Budh ko nahi"), a changelog's "(was …)",
    by the id of each passage of the same document that holds the statement updated. Within one document only: a
    figure negated in one file is no notice about another's. An update that a later one in turn updates reads as
    that later one: a change log's "raised from 700 to 750", then "from 750 to 800", tells the body's 700 that
    the fee is 800 now."""
    by_source: dict[str, list[tuple[Chunk, str]]] = {}
    for chunk in chunks:
        by_source.setdefault(chunk.source, []).extend((chunk, u) for u in _units_of(chunk, units))
    out: dict[str, list[Correction]] = {}
    for document in by_source.values():
        found: list[Correction] = []
        for n, (chunk, unit) in enumerate(document):
            for pattern in SUPERSEDED:
                for m in pattern.finditer(unit):
                    if (figure := _FIGURE_AT.search(m.group("old"))) is None:
                        continue
                    old = fold(figure.group(0))
                    # "I said two engineers, but the office agreed to more." gives the new figure next.
                    told = len(_FIGURE_AT.findall(unit)) < 2 and n + 1 < len(document) and document[n + 1][0] is chunk
                    new = f"{unit} {document[n + 1][1]}" if told else unit
                    words = _content_words(fold(unit)) - _content_words(old)
                    found.append(Correction(old, " ".join(new.split()), chunk, old, frozenset(), words))
        standing = [_latest(c, found) for c in found]
        for chunk, unit in document:
            folded = fold(unit)
            for c in standing:
                if " ".join(unit.split()) not in c.new and c.stands_in(folded) and c not in out.get(chunk.id, []):
                    out.setdefault(chunk.id, []).append(c)
    return out
