"""Which sentences or table rows open an answer: candidate runs ranked by a model fitted across knowledge bases.

Each answer passage offers runs of consecutive answer units (sentences or table rows) that fit the lead's
length. A run is described by features that mean the same on any knowledge base: how its passage ranked,
how close its units come to the question, whether it holds a number when a number is asked for, the band
a number of the question falls in, the city it names, the row its first cell names, the share of the
question's rarer words (IDF here) and Chinese character pairs it uses, the question's own numbers,
whether it is in the asker's language, and whether it states the kind of fact asked (an amount, a date, a
duration, an address or phone). A linear model scores them (softmax over a question's runs).

Its weights are fitted by `bench/fit_lead.py` on every evaluation set's answerable questions (a run is
right when it quotes a key fact), and the method was chosen by leaving each knowledge base out in turn
and scoring it with weights fitted on the others: that figure is what an unseen knowledge base gets
(docs/quality.md, nineteenth pass). Hand-set bonuses did this before and traded one set for another.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from knowledge.chunking import CELL_SEPARATOR, Chunk, fit_row, split_sentences
from knowledge.directory_query import asked_part
from knowledge.directory_terms import country_mentions, fold, places
from knowledge.grounding import (
    ASKS_CONTACT,
    ASKS_WHERE,
    CODE,
    CONTACTS,
    MONEY_AMOUNT,
    NUMBERED,
    asking_of,
    asks_money,
    named_cities,
)
from knowledge.language import base_language, roman_urdu_score
from knowledge.ranges import Amount, amounts, band_fit, band_misses, currencies_in, labels, opens_with_label, priced
from knowledge.relevance import TermIndex, content_terms
from knowledge.retrieval import Hit
from knowledge.schedule import Slot, slot_fit, slots
from knowledge.text import MIN_CONSONANTS, QUESTION_MARKS, STOPWORDS, clip, consonants, fold_digits, tokenize
from knowledge.vocabulary import ASKING

MODEL_FILE = Path(__file__).parent / "calibration" / "lead_model.yaml"
# A question asking how much, how many, how long or when is answered by text with a number in it.
ASKS_NUMBER = re.compile("|".join(ASKING["asks_number"]), re.IGNORECASE)
CHAR_SCALE = 300.0  # a run's length enters the model in units of this many characters
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_ALONE_NUMBER = re.compile(r"(?<![\w,.])\d{1,3}(?![\d]|[,.]\d)")  # "3" in "Level 3", not in "15,000,001"
# A number of its own ("S2", "P1" and "T4" name a level), or a clock time whole: "15:30" is not "15场" and "30分钟".
_DIGITS = re.compile(r"(?<![A-Za-z])\d{1,2}:\d{2}(?!\d)|(?<![A-Za-z:])\d+(?![A-Za-z]|:\d)")
FEATURES = (
    "passage_score",  # the passage's retrieval score less the best passage's
    "unit_lean",  # the run's closest unit against its passage whole (cosine)
    "unit_similarity",  # the run's closest unit to the question (cosine)
    "first_similarity",  # the run's first unit to the question
    "number",  # a number is asked for and the run holds a digit
    "band",  # how well a range the run states holds the question's amount (ranges.band_fit), or it lists the item
    # asked, or the agenda row of the time of day asked (schedule.slot_fit)
    "place",  # the run names the question's city
    "row_key",  # the share of the question's words a table row's first cell holds, against the table's best
    "words",  # the IDF-weighted share of the question's words (and bridged names) the run uses, Roman Urdu's by
    # their consonants in Urdu script too
    "same_language",  # the run's passage is in the asker's language
    "opens_passage",  # the run starts at the passage's first unit
    "second_passage",
    "third_passage",
    "table",
    "money",  # an amount is asked for and the run states one
    "units",  # how many units the run spans
    "length",  # its characters, in CHAR_SCALE
    "chinese_pairs",  # the share of the question's Chinese character pairs the run holds
    "question_numbers",  # the share of the question's numbers the run holds
    "date",  # a date is asked for and the run states one (vocab/asking.yaml: asks_date, states_date)
    "duration",  # a duration likewise ("how long", 多久, "kitne din")
    "contact",  # an address, phone or e-mail likewise
)
# The kinds of fact a question can ask for, each with the text that states one.
KINDS = ("date", "duration", "contact")


# A time of day or the days of the week asked for are read as the date kind, met by a clock time or by a weekday's
# name too (asks_time, asks_days). A contact is an address, a phone number or an e-mail: one asked for by its kind
# is met only by that kind (an office's phone and e-mail do not say where it is), one asked for as a contact
# ("contact details", 联系方式) by any.
_ALSO_DATED = (asking_of("time"), asking_of("days"))
_TIMED = {kind: asking_of(kind) for kind in ("date", "duration")}
_ASKS = {kind: asks for kind, (asks, _) in _TIMED.items()} | {
    "contact": re.compile("|".join([ASKS_CONTACT.pattern, *(asks.pattern for asks, _ in CONTACTS)]), re.I)
}
_STATES = {kind: states for kind, (_, states) in _TIMED.items()} | {
    "contact": re.compile("|".join(states.pattern for _, states in CONTACTS), re.I)
}
SAME_LANGUAGE = FEATURES.index("same_language")


@dataclass(frozen=True)
class Run:
    """Consecutive units of one answer passage, as the lead would quote them."""

    hit: Hit
    rank: int  # the passage's place among the answer passages
    start: int
    units: tuple[str, ...]
    features: tuple[float, ...]


@dataclass(frozen=True)
class Question:
    """What the features read from the question, once for all its runs."""

    vectors: np.ndarray  # one row per vector of the question (it alone, and moved towards bridged names)
    language: str
    terms: frozenset[str]  # its words, its bridged names' and its countries' (a long row keeps the cells with them)
    weights: dict[str, float]  # its content words, each with its IDF on this knowledge base
    spelled: dict[str, str]  # a Roman Urdu question's words, by their consonants (text.consonants)
    asks_number: bool
    asks_money: bool
    given: tuple[Amount, ...]  # the amounts it gives (ranges.amounts)
    items: tuple[str, ...]  # the item numbers it names by a label ("criterion 3": ranges.labels)
    codes: tuple[re.Pattern[str], ...]  # the codes it asks of ("site K-7"; not "we are a T4 firm"), as whole words
    slots: tuple[Slot, ...]  # the times of day it names, with the day ("day 2 at 15:30": schedule.slots)
    money: bool  # and whether they are money
    currencies: frozenset[str]  # the currencies it names (ranges.currencies_in)
    cities: frozenset[str]  # the cities it asks of: not the one the asker says they are in (asked_part)
    pairs: frozenset[str]  # its Chinese character pairs
    numbers: frozenset[str]
    kinds: tuple[str, ...]  # the kinds of fact it asks for (KINDS)
    dated_by: tuple[re.Pattern[str], ...] = ()  # what also meets the date kind: a clock time, a weekday
    contact_by: tuple[re.Pattern[str], ...] = ()  # what alone meets the contact kind: the kinds of contact asked
    where: bool = False  # it asks where: a text naming a city meets the contact kind too (an event's venue)

    @classmethod
    def read(
        cls,
        question: str,
        searched: str,
        vectors: Sequence[Sequence[float]],
        language: str,
        terms: TermIndex,
        quotes: Callable[[str], bool],
        told: str = "",
    ) -> Question:
        """`searched`: the question with the names bridged into the knowledge base's other languages; `told`: the
        rest of the asker's message, whose figures ("we are 40 people") are the question's too."""
        documents = max(terms.documents, 1)
        # The kinds of fact asked, from the sentences that ask when some do: "we might miss the 30 april deadline
        # by a day.. is a late application possible and what does it cost?" asks a cost, not a date.
        asking = " ".join(s for s in split_sentences(question) if s.rstrip().endswith(QUESTION_MARKS)) or question
        dated_by = tuple(states for asks, states in _ALSO_DATED if asks.search(asking))
        contact_by = tuple(states for asks, states in CONTACTS if asks.search(question))
        asked = list(dict.fromkeys(content_terms(searched)))
        # English words an Urdu question writes in its own script ("سینیئر" for the row "Senior"), as the documents
        # write them.
        loaned = [loan for t in asked if (loan := terms.loanword(t)) is not None and loan not in asked]
        weights = {t: math.log((documents + 1) / (terms.frequency(t) + 0.5)) for t in [*asked, *loaned]}
        return cls(
            vectors=np.asarray(vectors, dtype=np.float32),
            language=language,
            terms=frozenset(tokenize(searched)) | _country_words(question) | _initialled(question) | set(loaned),
            weights=weights,
            spelled=_spelled(question, weights),
            asks_number=bool(ASKS_NUMBER.search(question)),
            asks_money=bool(asks_money(question)),
            given=tuple(amounts(f"{told} {question}" if told else question, quotes)),
            items=tuple(labels(question)),
            codes=tuple(
                re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])", re.IGNORECASE)
                for code in CODE.findall(question)
                if re.search(rf"(?<!\w){re.escape(fold(code))}(?!\w)", asked_part(question))
            ),
            slots=tuple(slots(question)),
            money=priced(question) or priced(told),
            currencies=currencies_in(question) | currencies_in(told),
            cities=named_cities(asked_part(question)),
            pairs=frozenset(run[i : i + 2] for run in _CJK_RUN.findall(question) for i in range(len(run) - 1)),
            numbers=frozenset(_DIGITS.findall(fold_digits(question))),
            kinds=tuple(kind for kind in KINDS if _ASKS[kind].search(asking) or (kind == "date" and dated_by)),
            dated_by=dated_by,
            contact_by=contact_by,
            where=bool(ASKS_WHERE.search(question)),
        )

    def answered_by(self, text: str) -> bool:
        """Whether a text states a fact of a kind the question asks for (a date, a duration, a contact, an
        amount of money)."""
        return any(_states(kind, text, self) for kind in self.kinds) or (
            self.asks_money and MONEY_AMOUNT.search(text) is not None
        )


@lru_cache(maxsize=4096)
def _country_words(question: str) -> frozenset[str]:
    """The words of every name of the countries a question names, in every language: "a placement in China"
    meets a table row "تعیناتی کی جگہ: چین کی فیکٹری" by its key."""
    countries, _ = places()
    names = [name for code in country_mentions(fold(question)) for name in countries.get(code, ())]
    return frozenset(word for name in names for word in tokenize(name))


def _initialled(question: str) -> frozenset[str]:
    """A numbered name as a table writes it, by its initial ("severity 3" is "s3"), to meet the row "S3 Medium"."""
    return frozenset(
        f"{word[0]}{number}".lower() for word, number in NUMBERED.findall(question) if word.lower() not in STOPWORDS
    )


@lru_cache(maxsize=16384)
def _unit_words(unit: str) -> frozenset[str]:
    """A unit's words: the same units are read for question after question."""
    return frozenset(tokenize(unit))


def _spelled(question: str, weights: dict[str, float]) -> dict[str, str]:
    """A Roman Urdu question's Latin words by their consonants, which its Urdu-script passages write alike
    ("shikayat" and "شکایت"); no other question's (an English word's consonants are another word's)."""
    if roman_urdu_score(question) < 2:
        return {}
    spelled = {t: consonants(t) for t in weights if t.isascii()}
    return {t: c for t, c in spelled.items() if len(c) >= MIN_CONSONANTS}


@lru_cache(maxsize=16384)
def _unit_consonants(unit: str) -> frozenset[str]:
    """An Urdu-script unit's words by their consonants."""
    return frozenset(c for w in _unit_words(unit) if not w.isascii() and len(c := consonants(w)) >= MIN_CONSONANTS)


@lru_cache(maxsize=4096)
def _row_keys(rows: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The words of each table row's first cell that not every row's first cell has ("professional" in
    "Level: Professional"), and its numbers that stand alone ("3" in "Level 3"; an amount such as
    "15,000,000" is no key, and its digits no number). A table chunk's other units (its notes, an opening
    sentence) have none. Kept per table, since the same tables answer question after question."""
    cells = [row.split(CELL_SEPARATOR)[0].split(":", 1)[-1] if CELL_SEPARATOR in row else "" for row in rows]
    firsts = [
        {w for w in tokenize(cell) if len(w) > 1 and not w.isdigit()} | set(_ALONE_NUMBER.findall(cell))
        for cell in cells
    ]
    counts = Counter(word for words in firsts for word in words)
    table_rows = sum(CELL_SEPARATOR in row for row in rows)
    return tuple(frozenset(w for w in words if counts[w] < table_rows) for words in firsts)


def candidate_runs(
    passages: Sequence[Hit],
    units_of: Callable[[Chunk], tuple[list[str], np.ndarray]],
    question: Question,
    limit: int,
) -> list[Run]:
    """Every run of every answer passage that starts at a unit and fits `limit` (a first unit always)."""
    runs: list[Run] = []
    best = passages[0].score if passages else 0.0
    total = sum(question.weights.values()) or 1.0
    for rank, hit in enumerate(passages):
        units, vectors = units_of(hit.chunk)
        if vectors.shape[1] == question.vectors.shape[1]:
            sims = (vectors @ question.vectors.T).max(axis=1)
        else:
            sims = np.full(len(units), hit.vector_sim)
        table = hit.chunk.kind == "table"
        keys = _row_keys(tuple(units)) if table else (frozenset(),) * len(units)
        named = [len(key & question.terms) for key in keys]
        most = max(named, default=0)
        same = float(base_language(hit.chunk.language) == base_language(question.language))
        # Each unit read once; a run takes the best of the units it holds.
        given = question.given
        # The item a question names by its number ("criterion 3"), or the table row whose first cell holds the code it
        # names ("Site: K-7"), holds as a band holds the asker's figure.
        bands = [
            max(
                band_fit(u, given, question.money, question.currencies) if given else 0.0,
                float(any(opens_with_label(u, n) for n in question.items)),
                float(CELL_SEPARATOR in u and any(code.search(u.split(CELL_SEPARATOR)[0]) for code in question.codes)),
                max((slot_fit(u, hit.chunk.headings, t) for t in question.slots), default=0.0),
            )
            for u in units
        ]
        places = [bool(question.cities and named_cities(u) & question.cities) for u in units]
        # Where one of the passage's rows holds the asker's number, a run with a row that cannot is not the answer.
        wrong = (
            [band_misses(u, given, question.money, question.currencies) for u in units]
            if 1.0 in bands
            else [False] * len(units)
        )
        for start in range(len(units)):
            end, size = start, 0
            while end < len(units) and (end == start or size + len(units[end]) <= limit):
                size += len(units[end])
                end += 1
            run = units[start:end]
            text = " ".join(run)
            # A table's matching row opens its run (later rows may be cut); prose counts every unit it holds.
            held = slice(start, start + 1 if table else end)
            # A table's run is its first row's: "1–15 staff" does not answer a team of 40, whatever row follows.
            if (table and wrong[start]) or (any(wrong[start:end]) and max(bands[start:end]) < 1.0):
                continue
            words = frozenset().union(*(_unit_words(u) for u in run))
            spelled = frozenset().union(*(_unit_consonants(u) for u in run)) if question.spelled else frozenset()
            closest = float(sims[start:end].max())
            features = (
                hit.score - best,
                closest - hit.vector_sim,
                closest,
                float(sims[start]),
                float(question.asks_number and any(ch.isdigit() for ch in text)),
                max(bands[held]),
                float(any(places[held])),
                named[start] / most if most else 0.0,
                sum(w for t, w in question.weights.items() if t in words or question.spelled.get(t) in spelled) / total,
                same,
                float(start == 0),
                float(rank == 1),
                float(rank == 2),
                float(table),
                float(question.asks_money and bool(MONEY_AMOUNT.search(text))),
                float(end - start),
                size / CHAR_SCALE,
                sum(p in text for p in question.pairs) / len(question.pairs) if question.pairs else 0.0,
                # The number that names the run's row ("Level 3") is its key, not the asker's own figure repeated.
                sum(n in fold_digits(text) for n in question.numbers - keys[start]) / len(question.numbers)
                if question.numbers
                else 0.0,
                *(float(kind in question.kinds and _states(kind, text, question)) for kind in KINDS),
            )
            runs.append(Run(hit, rank, start, tuple(run), features))
    return runs


def _states(kind: str, text: str, question: Question) -> bool:
    """Whether a text states a fact of the kind asked: a time of day or the days asked for meet the date kind by a
    clock time or a weekday's name too, a contact of a kind asked for (an address) only one of that kind."""
    if kind == "contact" and question.contact_by:
        return any(p.search(text) for p in question.contact_by)
    if kind == "contact" and question.where and named_cities(text):
        return True
    return bool(_STATES[kind].search(text) or (kind == "date" and any(p.search(text) for p in question.dated_by)))


def quoted(chunk: Chunk, units: Sequence[str], limit: int, asked: Question) -> str:
    """A run of units within `limit`: a table's rows whole or cut by cells, other text by units (_fit_units)."""
    if chunk.kind != "table":
        return _fit_units(chunk, units, limit, asked)
    rows = [fit_row(units[0], set(asked.terms), limit, asked.answered_by)]
    # Past a row for the asker's band, the rows for other bands are not theirs ("40 staff": not 76–300); the notes
    # under the table still are.
    banded = bool(asked.given) and band_fit(units[0], asked.given, asked.money, asked.currencies) == 1.0
    for row in units[1:]:
        if banded and band_misses(row, asked.given, asked.money, asked.currencies):
            continue
        if sum(map(len, rows)) + len(rows) + len(row) > limit:
            break
        rows.append(row)
    return " ".join(rows)


def _fit_units(chunk: Chunk, units: Sequence[str], limit: int, asked: Question) -> str:
    """A run too long for its place, cut at a character count, unless that drops the unit that alone holds the
    question's rarest words (IDF): then the units before it that fit, "…", and that unit. "Firms there are served
    by the office shown: Peshawar — served by Islamabad … Gwadar — served by Quetta", where the cut dropped the
    city asked about. Only in the question's language: across languages shared words say little."""
    text = " ".join(units)
    if len(text) <= limit or len(units) < 3 or chunk.language != asked.language:
        return clip(text, limit)
    weight = [sum(w for word, w in asked.weights.items() if word in set(tokenize(u))) for u in units]
    best = max(range(len(units)), key=lambda i: (weight[i], -i))
    if weight[best] <= 0 or len(" ".join(units[: best + 1])) <= limit or len(units[best]) > limit // 2:
        return clip(text, limit)
    kept: list[str] = []
    room = limit - len(units[best]) - 3
    for unit in units[:best]:
        if sum(map(len, kept)) + len(kept) + len(unit) > room:
            break
        kept.append(unit)
    return " ".join([*kept, "…", units[best]])


@dataclass(frozen=True)
class LeadModel:
    """Weights over FEATURES (standardised by `mean` and `scale`), and when a second passage's run follows."""

    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    second_gap: float  # a second passage's best run follows the lead when it scores within this
    same_gap: float  # the same thing said in the asker's language and in another, this close: the asker's first

    def scores(self, runs: Sequence[Run]) -> np.ndarray:
        if not runs:
            return np.zeros(0)
        matrix = np.asarray([run.features for run in runs], dtype=np.float64)
        return ((matrix - self.mean) / self.scale) @ self.weights

    def lead(self, runs: Sequence[Run]) -> list[Run]:
        """The best run, then the best run of another passage when it scores within `second_gap`."""
        scores = self.scores(runs)
        best: dict[int, tuple[float, Run]] = {}
        for score, run in zip(scores, runs, strict=True):
            if run.rank not in best or score > best[run.rank][0]:
                best[run.rank] = (float(score), run)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        gap = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else math.inf
        runs = [run for _, run in ranked]
        if gap <= self.same_gap and [r.features[SAME_LANGUAGE] for r in runs[:2]] == [0.0, 1.0]:
            runs[:2] = runs[1], runs[0]
        return runs[:2] if gap <= self.second_gap else runs[:1]

    def to_yaml(self, comment: str) -> str:
        data = {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
            "second_gap": self.second_gap,
            "same_gap": self.same_gap,
        }
        return comment + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)

    @classmethod
    def from_yaml(cls, text: str) -> LeadModel:
        data = yaml.safe_load(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the lead model was fitted on other features: run bench/fit_lead.py again")
        return cls(
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            float(data["second_gap"]),
            float(data["same_gap"]),
        )


@lru_cache(maxsize=1)
def lead_model() -> LeadModel:
    """The fitted model shipped with the package (calibration/lead_model.yaml)."""
    return LeadModel.from_yaml(MODEL_FILE.read_text(encoding="utf-8"))


def fit(
    questions: Sequence[tuple[Sequence[Run], Sequence[bool]]],
    l2: float = 1.0,
    steps: int = 400,
    rate: float = 0.5,
    second_gap: float = 1.5,
    same_gap: float = 0.25,
) -> LeadModel:
    """Softmax regression over each question's runs, towards the runs that quote its key fact.

    Written here (numpy, full-batch gradient descent) rather than with scikit-learn: it is a listwise
    objective (one softmax per question) that scikit-learn's estimators do not offer, in twenty lines.
    Questions none of whose runs is right are left out: they say nothing about which run to prefer.
    """
    data = [
        (np.asarray([r.features for r in runs], dtype=np.float64), np.asarray(right, dtype=np.float64))
        for runs, right in questions
        if runs and any(right)
    ]
    stacked = np.vstack([x for x, _ in data])
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0) + 1e-9
    weights = np.zeros(len(FEATURES))
    for _ in range(steps):
        gradient = l2 * weights / len(data)
        for x, y in data:
            z = (x - mean) / scale
            s = z @ weights
            p = np.exp(s - s.max())
            gradient += z.T @ (p / p.sum() - y / y.sum()) / len(data)
        weights -= rate * gradient
    return LeadModel(weights, mean, scale, second_gap, same_gap)
