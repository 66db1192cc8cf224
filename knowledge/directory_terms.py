"""The words a question can use for a directory value, built from the directory itself at load time.

Every service, industry, technology, certification, working language and city that the rows hold is
a value. A value can be named:
- by itself, or by one of its parts ("QA" for "QA/software testing");
- by its one distinctive word, when the other words are common to many values ("SAP" for "SAP
  Business One", "blockchain" for "blockchain development");
- by any name of a lexicon group linked to it (`vocab/terms.yaml`, `places.yaml`, `languages.yaml`:
  reviewed, general field vocabulary in English, Chinese and Urdu). A group links to a value when one
  of its Latin names stands in the value as whole words and no longer name of another group covers it;
- by its English words, where the value writes them in Urdu script ("GRI رپورٹنگ" is GRI reporting, so linked to
  that group), and by the acronym its list of single words spells ("extract, transform & load": ETL).

Nothing here knows any particular directory: a new spreadsheet brings its own values.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import ahocorasick

from knowledge.directory import Company
from knowledge.language import ARABIC
from knowledge.relevance import roman_urdu_grammar
from knowledge.text import STOPWORDS, sounded_consonants
from knowledge.vocabulary import vocab_file

VALUE_FIELDS = ("services", "industries", "technologies", "certifications", "languages")
_WORK_FIELDS = ("services", "industries", "technologies")  # what a company does, in words Urdu may write as loans
LEXICON_KIND = {
    "service": "services",
    "industry": "industries",
    "technology": "technologies",
    "certification": "certifications",
}
# Two words sharing this many first letters are forms of one ("hydrolog-ical", "hydrolog-y"); fewer meet others
# ("develop-er", "develop-ment"; "operat-ions", "operat-or").
DERIVED_PREFIX = 8
DISTINCTIVE_MAX_VALUES = 2  # a word in at most this many values can name them alone
# An acronym spelled out in a question takes this many words at least: two words' initials spell a capital
# pair by chance too often ("personal info" is no "PI", "certified vendor" no "CV"; docs/quality.md).
SPELLED_MIN_WORDS = 3
DISTINCTIVE_MIN_CHARS = 4  # when it is this long, or written as an acronym
_LATIN_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")  # a word with a letter: "3d", not "2051"
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
_WORD_CHAR = re.compile(r"[a-z0-9]")
_LATIN_LETTER = re.compile(r"[a-z]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_PART_SPLIT = re.compile(r"\s*(?:/|&|,|\(|\)|\band\b|\+(?=\s))\s*")
_NON_LATIN = re.compile(r"[^\x00-\x7f]")
_DEFINED_ACRONYM = re.compile(r"([A-Za-z][A-Za-z\s\-]*?)\s*\(([A-Z]{2,6})\)")  # "student information system (SIS)"
_CJK_NAME = re.compile(r"[\u3400-\u9fff]{3,}")  # a Chinese name long enough to name the values it stands in
# A word, then "or" or "and" just before a phrase of several words: "garment or apparel ERP" (a head elided).
_ELIDED_BEFORE = re.compile(vocab_file("comparisons.yaml")["elided_head_before"])
_ELIDED_BEFORE_CJK = re.compile(vocab_file("comparisons.yaml")["elided_head_before_cjk"])
_JOINED_AFTER = re.compile(vocab_file("comparisons.yaml")["joined_after"])  # "HSK or Mandarin learning apps"
_ALTERNATIVE_BEFORE = re.compile(vocab_file("comparisons.yaml")["alternative_before"])  # "a hotel or restaurant"
_SHARED_MODIFIER_AFTER = re.compile(vocab_file("comparisons.yaml")["shared_modifier_after"])
OFFERING_FORMS = frozenset(vocab_file("comparisons.yaml")["offering_forms"])  # "software", "tools"
_CAPITALS_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,5}(?![A-Za-z0-9])")  # an acronym as a question writes it
_HYPHENATED = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z]+)-([A-Za-z]+)(?![A-Za-z0-9-])")  # "play-out", not "e-com-merce"
SOUNDED_SPAN = 3  # Urdu words one English word may be written as ("ٹیلی میڈیسن" telemedicine)
READING_CONSONANTS = 5  # a value's Urdu words read as English ones sound this many consonants together
URDU_WORD = re.compile(f"(?:{ARABIC.pattern})+")
_RESPELL = tuple((re.compile(pattern), ending) for pattern, ending in vocab_file("spelling.yaml")["respell"])


@dataclass(frozen=True)
class Pair:
    field: str  # a Company field, or "city"
    value: str  # lowercased


@dataclass(frozen=True)
class Mention:
    """A stretch of the question that names one or more directory values."""

    start: int
    end: int
    phrase: str
    pairs: frozenset[Pair]
    weak: bool = False  # one everyday-looking word ("software", "process"): may be set aside when nothing matches
    # words no value is written as that stand together in some (ValueTerms._word_runs): beside a value named
    # otherwise, read only as its alternative ("dealer management or workshop software")
    alternative_only: bool = False


class _LexiconGroup(NamedTuple):
    field: str
    names: tuple[str, ...]
    broader: str  # the canonical name of the group it is a kind of, or ""
    values: tuple[str, ...] = ()  # names only as a value of its own column (`values` in languages.yaml)


@lru_cache(maxsize=1)
def _lexicon_groups() -> tuple[_LexiconGroup, ...]:
    """Every lexicon group: terms, working languages."""
    groups: list[_LexiconGroup] = []
    for group in vocab_file("terms.yaml") or []:
        field = LEXICON_KIND.get(str(group.get("kind")))
        if field:
            names = tuple(str(n) for n in group.get("names") or ())
            groups.append(_LexiconGroup(field, names, str(group.get("broader") or "").lower()))
    for group in vocab_file("languages.yaml") or []:
        names = tuple(str(n) for n in [group.get("name"), *(group.get("names") or ())] if n)
        groups.append(_LexiconGroup("languages", names, "", tuple(str(n) for n in group.get("values") or ())))
    return tuple(groups)


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(field, names) per lexicon group."""
    return tuple((group.field, group.names) for group in _lexicon_groups())


@lru_cache(maxsize=1)
def lexicon_finder() -> NameFinder:
    """Every name of every lexicon group, each found with its group's index in lexicon()."""
    return NameFinder(names for _, names in lexicon())


@lru_cache(maxsize=1)
def broader_groups() -> tuple[tuple[int, ...], ...]:
    """For each lexicon group, the groups it is a kind of, transitively: a company offering "LLM fine-tuning"
    is found by a request for AI companies, one running a security operations centre by one for cybersecurity."""
    groups = _lexicon_groups()
    by_name = {group.names[0].lower(): g for g, group in enumerate(groups) if group.names}
    parent = {g: by_name[group.broader] for g, group in enumerate(groups) if by_name.get(group.broader, g) != g}
    out = []
    for g in range(len(groups)):
        chain: list[int] = []
        while g in parent and parent[g] not in chain:
            g = parent[g]
            chain.append(g)
        out.append(tuple(chain))
    return tuple(out)


@lru_cache(maxsize=1)
def _lexicon_patterns() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Each lexicon group's names as patterns: what links a group to a value, written in English or, as a
    Chinese buyer's row may be, in Chinese or Urdu (无人机测绘 is a drone survey), and a working language by the
    names it has only as a column's value ("Chinese" in the languages column)."""
    return tuple(
        tuple(p for n in (*group.names, *group.values) if (p := name_pattern(match_fold(n))) is not None)
        for group in _lexicon_groups()
    )


@lru_cache(maxsize=1)
def places() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Country code -> names, and city (lowercased English name) -> names."""
    data = vocab_file("places.yaml") or {}
    countries = {
        str(c["code"]).upper(): tuple(str(n) for n in c.get("names") or ()) for c in data.get("countries") or []
    }
    cities: dict[str, tuple[str, ...]] = {}
    for city in data.get("cities") or []:
        names = tuple(str(n) for n in [city.get("name"), *(city.get("names") or ())] if n)
        cities[str(city.get("name", "")).lower()] = names
    return countries, cities


@lru_cache(maxsize=1)
def provinces() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Province (lowercased English name) -> names, and city (as in places()) -> its province."""
    data = vocab_file("places.yaml") or {}
    names = {
        str(p["name"]).lower(): tuple(str(n) for n in [p["name"], *(p.get("names") or ())])
        for p in data.get("provinces") or []
    }
    of = {str(c["name"]).lower(): str(c["province"]).lower() for c in data.get("cities") or [] if c.get("province")}
    return names, of


class NameFinder:
    """Every name of some groups of names, found in a folded text in one pass (Aho-Corasick).

    One regular expression alternating over the thousands of names of the vocabulary took 2.6 ms a
    question, a fifth of the engine's own work (profiled in docs/benchmarks.md).
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for i, names in enumerate(groups):
            for name in names:
                folded = match_fold(name)
                if len(folded) >= 2 and folded not in self.automaton:  # the first group to claim a name keeps it
                    self.automaton.add_word(folded, (folded, i, name if written_only(name) else ""))
        self.automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, group) of the names `text` holds, as places in fold(text), leftmost first and longest
        at each place, none overlapping another; a Latin name only as whole words, with its plural, an Urdu one
        from a word's start."""
        folded = match_fold(text)
        kept = fold_keeping_case(text)
        candidates: list[tuple[int, int, int, int]] = []  # start, end, -name length, group
        if len(self.automaton):
            for last, (name, group, capitals) in self.automaton.iter(folded):
                start, end = last - len(name) + 1, last + 1
                if capitals and not written_as(kept, folded, start, capitals):
                    continue
                if _LATIN_LETTER.search(name) and not _CJK_CHAR.search(name):  # whole words in Latin script
                    if start > 0 and _WORD_CHAR.match(folded[start - 1]):
                        continue
                    whole = _latin_end(folded, end)
                    if whole is None:
                        continue
                    end = whole
                elif start > 0 and ARABIC.match(name) and ARABIC.match(folded[start - 1]):
                    continue  # an Urdu name from a word's start only, as name_pattern reads it
                candidates.append((start, end, -len(name), group))
        candidates.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
        found: list[tuple[int, int, int]] = []
        reached = 0
        for start, end, _, group in candidates:
            if start >= reached:
                found.append((start, end, group))
                reached = end
        return found


def _latin_end(text: str, stop: int) -> int | None:
    """Where a Latin name ending at `stop` ends with its plural ("-s", "-es"), or None inside a longer word."""
    for suffix in ("es", "s", ""):
        end = stop + len(suffix)
        if text.startswith(suffix, stop) and (end == len(text) or not _WORD_CHAR.match(text[end])):
            return end
    return None


def fold_keeping_case(text: str) -> str:
    """fold() without the lowercasing: where an acronym is checked as written."""
    return re.sub(r"[\s\-_]+", " ", text).strip()


def fold(text: str) -> str:
    """Lowercase with hyphens, underscores and runs of spaces as one space: "E-Commerce" meets "e commerce"."""
    return fold_keeping_case(text).lower()


def match_fold(text: str) -> str:
    """fold(), with British and American spellings as one ("centre" and "center"; vocab/spelling.yaml): how
    questions and values are compared. Every ending replaced keeps its length, so places found in it are places
    in fold(text) too."""
    folded = fold(text)
    for pattern, ending in _RESPELL:
        folded = pattern.sub(ending, folded)
    return folded


@lru_cache(maxsize=4096)
def written_only(name: str) -> bool:
    """An acronym whose lowercase is a grammar word ("HIS" and "his", "MATLAB" and Roman Urdu's "matlab"):
    it names its thing only when written in capitals, as the name is."""
    return len(name) >= 2 and name.isalpha() and name.isupper() and name.lower() in _grammar_words()


@lru_cache(maxsize=1)
def _grammar_words() -> frozenset[str]:
    return STOPWORDS | roman_urdu_grammar()


def written_as(kept: str, folded: str, start: int, capitals: str) -> bool:
    """Whether the name at `start` of a folded text is written in capitals there (`kept`: fold_keeping_case of
    the same text; a text whose lowercasing changed its length is not checked and does not match)."""
    return len(kept) == len(folded) and kept[start : start + len(capitals)] == capitals


def name_pattern(name: str) -> re.Pattern[str] | None:
    """A name as a pattern: whole words for Latin script, the exact string for Chinese, and for Urdu the string
    from a word's start (its endings inflect: "کمپنیوں"; "یونٹی" is no name inside "کمیونٹی")."""
    folded = fold(name)
    if not folded:
        return None
    if _NON_LATIN.search(folded) and not re.search(r"[a-z]", folded):
        start = rf"(?<!{ARABIC.pattern})" if ARABIC.match(folded) else ""
        return re.compile(start + re.escape(folded).replace(r"\ ", r"\s*"))
    if len(folded) < 2:
        return None
    body = re.escape(folded).replace(r"\ ", r"[\s\-_]*")
    plural = "(?:e?s)?" if folded[-1].isalpha() else ""  # "BPOs", "startups"
    return re.compile(rf"(?<![a-z0-9]){body}{plural}(?![a-z0-9])")


def _parts(value: str) -> list[str]:
    parts = [p.strip() for p in _PART_SPLIT.split(value) if p and p.strip()]
    return [p for p in parts if p != value and len(p) >= 2]


def singular(word: str) -> str:
    """A plural's last "s" dropped ("jigs", "services"), as name_pattern allows it back: "analysis" and
    "process" keep theirs."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _words(text: str) -> list[str]:
    return _WORD.findall(match_fold(text))


def _holders(values: dict[Pair, str]) -> dict[str, set[Pair]]:
    """Each word of the values (not cities) -> the values it stands in."""
    holders: dict[str, set[Pair]] = defaultdict(set)
    for pair, written in values.items():
        if pair.field != "city":
            for word in set(_words(written)):
                holders[word].add(pair)
    return holders


def _proper_everywhere(word: str, holders: dict[str, set[Pair]], values: dict[Pair, str]) -> bool:
    """A word every value holding it writes with a capital or as an acronym: a name, not an everyday word."""
    return bool(holders.get(word)) and all(_as_in(values[pair], word)[:1].isupper() for pair in holders[word])


def _can_stand_alone(word: str, written: str) -> bool:
    """A word long enough not to be an everyday one ("one", "pay"), or an acronym as written ("SAP", "ERP")."""
    if word.isdigit():
        return False
    acronym = re.search(rf"(?<![A-Za-z]){re.escape(word.upper())}(?![A-Za-z])", written) is not None
    return len(word) >= DISTINCTIVE_MIN_CHARS or (acronym and len(word) >= 2)


def _as_in(written: str, word: str) -> str:
    """A word of a value as the value writes it: "HIS" in "HIS support", so that written_only sees the capitals."""
    m = re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", written, re.IGNORECASE)
    return m.group(0) if m else word


def english_sounds(values: Iterable[str]) -> dict[str, str]:
    """How Urdu script writes each English word the values use (sounded_consonants), where it writes one only."""
    sounds: dict[str, set[str]] = {}
    for value in values:
        for word in re.findall(r"[A-Za-z]{2,}", value):
            # One English word in the singular and the plural: Urdu gives a loanword its own plural.
            single = singular(word.lower())
            for form in {word.lower(), single}:
                if skeleton := sounded_consonants(form):
                    sounds.setdefault(skeleton, set()).add(single)
    return {skeleton: words.pop() for skeleton, words in sounds.items() if len(words) == 1}


def sounded_runs(
    text: str, sounds: dict[str, str], skip: Callable[[str], bool] = lambda _word: False
) -> list[tuple[int, int, str, int]]:
    """(start, end, English word, consonants) for each run of Urdu words written together, up to SOUNDED_SPAN and
    longest first, that sounds as one English word of `sounds` (english_sounds): "سافٹ ویئر" is "software". A word
    that starts no such run, or that `skip` keeps out, is passed over."""
    words = list(URDU_WORD.finditer(text))
    runs: list[tuple[int, int, str, int]] = []
    at = 0
    while at < len(words):
        for span in range(min(SOUNDED_SPAN, len(words) - at), 0, -1):
            group = words[at : at + span]
            if any(text[a.end() : b.start()].strip() for a, b in pairwise(group)) or any(
                skip(w.group(0)) for w in group
            ):
                continue
            each = [sounded_consonants(w.group(0)) for w in group]
            skeleton = "".join(each)
            if all(each) and len(skeleton) >= 2 and (english := sounds.get(skeleton)):
                runs.append((group[0].start(), group[-1].end(), english, len(skeleton)))
                at += span
                break
        else:
            at += 1
    return runs


def latin_reading(written: str, sounds: dict[str, str]) -> str | None:
    """A value written with English words in Urdu script ("GRI رپورٹنگ") as those words ("GRI reporting"), when
    every Urdu word of it stands in a sounded run (sounded_runs) and they sound READING_CONSONANTS consonants or
    more together: a short word alike by chance reads nothing."""
    runs = sounded_runs(written, sounds)
    covered = all(any(s <= w.start() and w.end() <= e for s, e, _, _ in runs) for w in URDU_WORD.finditer(written))
    if not runs or not covered or sum(n for *_, n in runs) < READING_CONSONANTS:
        return None
    for start, end, english, _ in reversed(runs):
        written = f"{written[:start]}{english}{written[end:]}"
    return written


def list_acronym(written: str) -> str | None:
    """The acronym a list of single words spells ("extract, transform & load": ETL), written out where
    others write the acronym."""
    parts = [_words(p) for p in _PART_SPLIT.split(written) if p and p.strip()]
    if len(parts) < SPELLED_MIN_WORDS or any(
        len(p) != 1 or not p[0].isalpha() or p[0] in _grammar_words() for p in parts
    ):
        return None
    return "".join(p[0][0] for p in parts).upper()


def _is_everyday_word(name: str) -> bool:
    """One Latin word, not written as an acronym: it may be a value's name or just part of the sentence."""
    return bool(re.fullmatch(r"[A-Za-z][a-z]+", name.strip()))


class ValueTerms:
    """One matcher for every name of every value in a directory."""

    def __init__(self, companies: Iterable[Company]) -> None:
        companies = list(companies)
        values: dict[Pair, str] = {}  # pair -> the value as written
        for company in companies:
            for field in VALUE_FIELDS:
                for value in getattr(company, field):
                    if value.strip() and value.strip().lower() != "none":
                        values.setdefault(Pair(field, value.strip().lower()), value.strip())
            if company.city.strip():
                values.setdefault(Pair("city", company.city.strip().lower()), company.city.strip())
        self.values = values
        self.sounds = english_sounds(w for p, w in values.items() if p.field in _WORK_FIELDS)
        # Another way to read a value: its English words as Urdu script writes them, or the acronym its list spells.
        readings = {
            pair: reading
            for pair, written in values.items()
            if pair.field != "city" and (reading := latin_reading(written, self.sounds) or list_acronym(written))
        }
        names: dict[str, set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            names[written].add(pair)
            for part in _parts(written):
                names[part].add(pair)
        holders = _holders(values)
        for pair, reading in readings.items():
            names[reading].add(pair)
        for word, pairs in self._distinctive_words(values, holders).items():
            names[word] |= pairs
        for run, pairs in self._runs(values).items():
            names[run] |= pairs
        for word, pairs in self._acronyms(values, holders).items():
            names[word] |= pairs
        self._capitals = self._written_in_capitals(values, holders)
        self._spelled_values = self._spelled_in_values(values)
        # A value's name is the whole value, or what stands before its note in brackets ("mediation (batch and
        # real-time)").
        whole = {fold(w.split("(")[0]) for pair, w in values.items() if pair.field != "city"}
        for name in list(names):
            # A proper name that names a value names every value it stands in: "Amazon" (a part of "Amazon and
            # Etsy selling") is also Amazon listing optimisation. So does a word some row gives as a whole value
            # ("precast", an industry): the directory uses it as the name of a kind of work, and "precast design"
            # and "precast manufacturing" are that work. Another everyday word ("payment") is not extended.
            if len(words := _words(name)) == 1 and (
                _proper_everywhere(words[0], holders, values) or fold(name) in whole
            ):
                names[name] |= holders[words[0]]
        self._holders = holders
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for word in holders:
            if len(word) >= DERIVED_PREFIX and word.isalpha():
                self._by_prefix[word[:DERIVED_PREFIX]].append(word)
        for long, acronym in self._defined_acronyms(values):
            # "Student information system (SIS)" says what SIS is: a row listing "SIS" offers the system, and one
            # listing the system is found by "SIS".
            by_long = {
                p for p, w in values.items() if p.field != "city" and re.search(rf"\b{re.escape(long)}", match_fold(w))
            }
            names[long] |= holders.get(acronym.lower(), set())
            names[acronym] |= by_long
        # A Chinese name inside other values names them too: 在线课程平台 is also 职业教育在线课程平台. Chinese writes
        # no space between a kind of work and what narrows it.
        for name in [n for n in names if _CJK_NAME.fullmatch(n)]:
            names[name] |= {pair for pair, written in values.items() if pair.field != "city" and name in written}
        for family, pairs in self._families(values).items():
            names[family] |= pairs
        for name, pairs in self._compounds(values, holders).items():
            names[name] |= pairs
        lexicon_names, linked, self._group_pairs = self._lexicon_names(values, readings)
        by_fold = {match_fold(name): pairs for name, pairs in names.items()}
        for pair, reading in readings.items():
            # Asked as written ("GRI رپورٹنگ"), the value asks for what its reading names: the values written so
            # and the groups it links to.
            names[values[pair]] |= by_fold.get(match_fold(reading), set())
            for _, _, group in lexicon_finder().find(reading):
                names[values[pair]] |= {p for p in self._group_pairs.get(group, ()) if p.field == pair.field}
        # A lexicon group the rows name anywhere (a value, a description) is something the directory holds.
        rows = "\n".join(c.document() for c in companies)
        self.held_groups = linked | {group for _, _, group in lexicon_finder().find(rows)}
        for name, pairs in lexicon_names.items():
            names[name] |= pairs
        # A certification is not the work a word of its name names: "SOC" in "SOC 2 Type II" is no security
        # operations centre. A name of the lexicon's other kinds of things keeps no certification, unless it
        # names a certification too.
        certifying = {match_fold(n) for field, group in lexicon() if field == "certifications" for n in group}
        working = {match_fold(n) for field, group in lexicon() if field != "certifications" for n in group}
        not_certifying = working - certifying
        for name, pairs in names.items():
            if match_fold(name) in not_certifying and any(p.field == "certifications" for p in pairs):
                names[name] = {p for p in pairs if p.field != "certifications"}
        self._capitals = {  # an acronym spelled out ("security operations centre"): SOC, not SOC 2 Type II
            acronym: pairs
            if acronym not in not_certifying
            else frozenset(p for p in pairs if p.field != "certifications")
            for acronym, pairs in self._capitals.items()
        }
        self.patterns: list[tuple[str, re.Pattern[str], frozenset[Pair], bool]] = []
        for name, pairs in names.items():
            pattern = name_pattern(match_fold(name))
            if pattern is not None:
                weak = name not in lexicon_names and _is_everyday_word(name) and all(p.field != "city" for p in pairs)
                self.patterns.append((name, pattern, frozenset(pairs), weak))
        self._named = {match_fold(name): frozenset(pairs) for name, pairs in names.items()}
        # Longest names first, so "cloud migration" is read before "cloud".
        self.patterns.sort(key=lambda p: -len(p[0]))

    @staticmethod
    def _distinctive_words(values: dict[Pair, str], holders: dict[str, set[Pair]]) -> dict[str, set[Pair]]:
        """A value's one word that few other values use names it alone ("SAP", "blockchain")."""
        out: dict[str, set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            words = set(_words(written))
            if len(words) < 2 or pair.field == "city":
                continue
            rare = [w for w in words if len(holders[w]) <= DISTINCTIVE_MAX_VALUES and _can_stand_alone(w, written)]
            if len(rare) == 1:
                out[_as_in(written, rare[0])].add(pair)
        return out

    @staticmethod
    def _runs(values: dict[Pair, str]) -> dict[str, set[Pair]]:
        """Words that run together inside several values ("test jig" in "test jig building" and "test jigs &
        fixtures") name every value holding that run, in the singular or the plural: the directory uses them as
        the name of a kind of work. A run inside one value alone ("online store" of "online store operations")
        is left to the other readings, which know what such a phrase means. A run begins and ends with a content
        word and stays within one part of a value (not across "&" or "/")."""
        runs: dict[tuple[str, ...], set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            if pair.field == "city":
                continue
            for part in _PART_SPLIT.split(written):
                words = _words(part or "")
                # Up to the whole part when it is not the whole value ("test jigs" of "test jigs & fixtures").
                for size in range(2, len(words) + (part.strip() != written.strip())):
                    for start in range(len(words) - size + 1):
                        run = words[start : start + size]
                        if not any(w in STOPWORDS or w.isdigit() for w in (run[0], run[-1])):
                            runs[tuple(singular(w) for w in run)].add(pair)
        return {" ".join(run): pairs for run, pairs in runs.items() if len(pairs) >= 2}

    @staticmethod
    def _acronyms(values: dict[Pair, str], holders: dict[str, set[Pair]]) -> dict[str, set[Pair]]:
        """An acronym ("EMC", "PCB") that several values write, each in capitals, names all of them: the
        directory uses it as the name of a kind of work. One in a single value ("GPU" of "GPU cloud hosting")
        is left to the other readings, as is one that is also a grammar word ("IT", "AS")."""
        out: dict[str, set[Pair]] = {}
        for word, pairs in holders.items():
            written = {_as_in(values[pair], word) for pair in pairs}
            name = written.pop() if len(written) == 1 and len(pairs) >= 2 else ""
            if len(name) >= 2 and name.isupper() and name.isalpha() and name.lower() not in _grammar_words():
                out[name] = set(pairs)
        return out

    @staticmethod
    def _written_in_capitals(values: dict[Pair, str], holders: dict[str, set[Pair]]) -> dict[str, frozenset[Pair]]:
        """Each acronym the values write in capitals ("PMS" in "hotel PMS"), by its lowercase, with the values
        that write it so: what the words it stands for, spelled out in a question, name (_spelled_out)."""
        out: dict[str, frozenset[Pair]] = {}
        for word, pairs in holders.items():
            if not (SPELLED_MIN_WORDS <= len(word) <= 5 and word.isalpha()) or word in _grammar_words():
                continue
            capital = frozenset(p for p in pairs if p.field != "city" and _as_in(values[p], word).isupper())
            if capital:
                out[word] = capital
        return out

    @staticmethod
    def _spelled_in_values(values: dict[Pair, str]) -> dict[str, set[Pair]]:
        """Each acronym that a value's words spell out ("content delivery network tuning" spells "cdn"), with the
        values that spell it: what a question's acronym in capitals names where the directory writes the words
        (_acronyms_spelled). Runs of SPELLED_MIN_WORDS to five words within one part of a value, content words at
        both ends."""
        out: dict[str, set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            if pair.field == "city":
                continue
            for part in _PART_SPLIT.split(written):
                words = _words(part or "")
                for size in range(SPELLED_MIN_WORDS, 6):
                    for run in (words[i : i + size] for i in range(len(words) - size + 1)):
                        if run[0] in _grammar_words() or run[-1] in _grammar_words() or any(w.isdigit() for w in run):
                            continue
                        out["".join(w[0] for w in run)].add(pair)
            if acronym := list_acronym(written):
                out[acronym.lower()].add(pair)
        return out

    @staticmethod
    def _defined_acronyms(values: dict[Pair, str]) -> set[tuple[str, str]]:
        """(long form, acronym) for each value that defines one in brackets after the words it stands for:
        "warehouse management system (WMS) implementation", "Student information system (SIS)"."""
        out: set[tuple[str, str]] = set()
        for written in values.values():
            for m in _DEFINED_ACRONYM.finditer(written):
                acronym, words = m.group(2), _words(m.group(1))
                long = words[-len(acronym) :]
                if len(long) == len(acronym) and "".join(w[0] for w in long) == acronym.lower():
                    out.add((" ".join(long), acronym))
        return out

    @staticmethod
    def _compounds(values: dict[Pair, str], holders: dict[str, set[Pair]]) -> dict[str, set[Pair]]:
        """Two words one value writes apart and another writes as one ("audio guide" and "audioguide app") name
        both values, either way written: spreadsheets spell such compounds both ways."""
        out: dict[str, set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            if pair.field == "city":
                continue
            for part in _PART_SPLIT.split(written):
                words = [singular(w) for w in _words(part or "")]
                for first, second in itertools.pairwise(words):
                    if first in STOPWORDS or second in STOPWORDS or first.isdigit() or second.isdigit():
                        continue
                    joined = holders.get(first + second, set()) | holders.get(first + second + "s", set())
                    if joined:
                        out[f"{first} {second}"] |= joined | {pair}
                        out[first + second] |= {pair}
            # Two words a hyphen joins are one compound, whatever they are: "play-out" is "playout", either way.
            for first, second in (map(match_fold, words) for words in _HYPHENATED.findall(written)):
                both = {pair} | holders.get(first + second, set())
                out[first + second] |= both
                out[f"{first} {second}"] |= both
        return out

    @staticmethod
    def _families(values: dict[Pair, str]) -> dict[str, set[Pair]]:
        """A certification's leading acronym names all of its kind: "ISO" for ISO 27001 and ISO 9001."""
        out: dict[str, set[Pair]] = defaultdict(set)
        for pair, written in values.items():
            first = written.split()[0] if pair.field == "certifications" and " " in written.strip() else ""
            if len(first) >= 2 and first.isupper() and first.isalpha():
                out[first].add(pair)
        return out

    @staticmethod
    def _lexicon_names(
        values: dict[Pair, str], readings: dict[Pair, str]
    ) -> tuple[dict[str, set[Pair]], frozenset[int], dict[int, set[Pair]]]:
        """Every name of a lexicon group (any language) for the values the group links to, the groups
        that link to some value, and the values each group links to. A value is read as written and as its
        `readings`."""
        out: dict[str, set[Pair]] = defaultdict(set)
        by_group: dict[int, set[Pair]] = defaultdict(set)
        held: set[int] = set()
        groups = lexicon()
        broader = broader_groups()
        compiled = _lexicon_patterns()
        for pair, written in values.items():
            if pair.field == "city":
                continue
            # Read as written, with its hyphenated compounds joined ("play-out scheduling" is playout work) and as
            # its other reading.
            forms = (written, _HYPHENATED.sub(r"\1\2", written), readings.get(pair, written))
            for folded in dict.fromkeys(match_fold(form) for form in forms):
                spans: list[tuple[int, int, int]] = []  # (start, end, group)
                for g, patterns in enumerate(compiled):
                    # A working language names the languages a company works in, not its services: "Chinese
                    # language (HSK) course platform" is no company that works in Chinese.
                    if (groups[g][0] == "languages") != (pair.field == "languages"):
                        continue
                    for pattern in patterns:
                        m = pattern.search(folded)
                        if m:
                            spans.append((m.start(), m.end(), g))
                for start, end, g in spans:
                    covered = any(s <= start and end <= e and (e - s) > (end - start) for s, e, h in spans if h != g)
                    if not covered:
                        for linked in (g, *broader[g]):
                            held.add(linked)
                            by_group[linked].add(pair)
                            for name in groups[linked][1]:
                                out[name].add(pair)
        _, cities = places()
        regions, province_of = provinces()
        for pair in values:
            if pair.field == "city":
                # "Lahore" and "拉合尔" name Lahore; "Punjab" names every city of the directory in Punjab.
                for name in (*cities.get(pair.value, ()), *regions.get(province_of.get(pair.value, ""), ())):
                    out[name].add(pair)
        return out, frozenset(held), by_group

    def unheld(self, question: str, mentions: Iterable[Mention]) -> list[str]:
        """The field's names for what no row holds (lexicon groups linked to no value and named in no row) that
        the question uses outside the stretches naming values: 区块链 in a directory without blockchain.

        A request for them is not met by every company that meets its other conditions.
        """
        folded = fold(question)
        taken = [(m.start, m.end) for m in mentions]
        return list(
            dict.fromkeys(
                folded[start:end]
                for start, end, group in lexicon_finder().find(question)
                if group not in self.held_groups and not any(start < e and s < end for s, e in taken)
            )
        )

    def _holding_all(self, phrase: str) -> frozenset[Pair]:
        """The values in which every content word of a phrase of several stands, in any order and with other
        words between: "Shopify development" is also Shopify app development and Shopify Plus development. A
        word naming the offering's form ("software", "tools") need not stand there when two others do: "HACCP
        plan software" is also "HACCP plans"."""
        words = [w for w in _words(phrase) if w not in _grammar_words()]
        if len([w for w in words if w not in OFFERING_FORMS]) >= 2:
            words = [w for w in words if w not in OFFERING_FORMS]
        if len(words) < 2:
            return frozenset()
        return frozenset(set.intersection(*(self._holding_word(w) for w in words)))

    def _holding_word(self, word: str) -> set[Pair]:
        """The values holding a word or another form of it: one sharing its first DERIVED_PREFIX letters or more
        ("hydrological" and "hydrology", "transport" and "transportation"), as a phrase's words are met in any
        order."""
        holding = self._in_any_number(word)
        if len(word) >= DERIVED_PREFIX:
            for other in self._by_prefix.get(word[:DERIVED_PREFIX], ()):
                holding |= self._holders[other]
        return holding

    def _one_concept(
        self, start: int, end: int, concepts: list[tuple[int, int, int]], named: frozenset[Pair]
    ) -> frozenset[Pair]:
        """The values linked to the field concepts named inside a stretch, in the fields of the values it names:
        asked by one value's full name ("24/7 NOC support"), the request is for the concept, which other rows write
        otherwise ("NOC 24x7", "cloud NOC"). A stretch naming two (垃圾清运路线优化, waste collection and route
        optimisation) asks for both at once: the values linked to every one of them; a certification's name asks for
        no service."""
        # A concept of another kind than the values named says what they are about, not what they are: "legal"
        # (an industry) inside "legal research search engine" (a service) asks for no other legal service.
        fields = {p.field for p in named}
        inside = {g for s, e, g in concepts if start <= s and e <= end}
        if not inside or any(lexicon()[g][0] not in fields for g in inside):
            return frozenset()
        held = [{p for p in self._group_pairs.get(g, ()) if p.field in fields} for g in inside]
        return frozenset(set.intersection(*held))

    def mentions(self, question: str) -> list[Mention]:
        """The value names in a question, longest first, none overlapping another."""
        text = match_fold(question)
        kept = fold_keeping_case(question)
        concepts = lexicon_finder().find(question)
        taken: list[tuple[int, int]] = []
        found: list[Mention] = self._spelled_out(text, taken)
        for name, pattern, pairs, weak in self.patterns:
            for m in pattern.finditer(text):
                if written_only(name) and not written_as(kept, text, m.start(), name):
                    continue
                same = next((i for i, f in enumerate(found) if (f.start, f.end) == m.span()), None)
                if same is not None:  # "MDM" and "mdm", as two rows write it: one name for both rows' values
                    found[same] = replace(found[same], pairs=found[same].pairs | pairs, weak=found[same].weak and weak)
                    continue
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Mention(m.start(), m.end(), m.group(0), pairs | self._holding_all(m.group(0)), weak))
        found = self._acronyms_spelled(question, text, found, taken)
        found += self._word_runs(text, taken)
        found = [replace(f, pairs=f.pairs | self._one_concept(f.start, f.end, concepts, f.pairs)) for f in found]
        found = [self._with_elided(f, text, taken) for f in found]
        found = [self._with_shared_modifier(f, text) for f in found]
        found = [self._as_modifier(f, text) for f in found]
        found = [self._with_alternative(f, text, taken) for f in found]
        found.sort(key=lambda m: m.start)
        return found

    def _spelled_out(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Words whose initials spell an acronym the values write ("property management system" and "hotel PMS",
        "point of sale" and "restaurant POS"): the question says in full what the directory abbreviates. Read
        before the values' own names, so that no word inside ("property") is read alone. Each run taken marks
        its stretch."""
        words = [(m.start(), m.end(), m.group(0)) for m in _LATIN_WORD.finditer(text)]
        found: list[Mention] = []
        for length in range(5, SPELLED_MIN_WORDS - 1, -1):
            for run in (words[i : i + length] for i in range(len(words) - length + 1)):
                start, end = run[0][0], run[-1][1]
                if any(text[a[1] : b[0]].strip(" -") for a, b in pairwise(run)) or any(
                    start < e and s < end for s, e in taken
                ):
                    continue  # not written together, or already read
                # Content words at both ends ("point of sale"), and no word of a sentence's grammar in any language
                # but a function word inside: "banane wali" is no "BW". No acronym among them either: "staff OSCP
                # certified" spells no SOC.
                grammar = [w in _grammar_words() for _, _, w in run]
                if (
                    grammar[0]
                    or grammar[-1]
                    or any(g and w not in STOPWORDS for (_, _, w), g in zip(run, grammar, strict=True))
                    or any(w in self._capitals for _, _, w in run)
                ):
                    continue
                pairs = self._capitals.get("".join(w[0] for _, _, w in run))
                if pairs:
                    taken.append((start, end))
                    found.append(Mention(start, end, text[start:end], pairs))
        return found

    def _acronyms_spelled(
        self, question: str, text: str, found: list[Mention], taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """An acronym the question writes in capitals ("CDN", "NOC") names the values whose words spell it out
        ("content delivery network tuning"), beside any value that writes it: the reverse of _spelled_out."""
        kept = fold_keeping_case(question)
        if len(kept) != len(text):
            return found
        for m in _CAPITALS_WORD.finditer(kept):
            pairs = self._spelled_values.get(m.group(0).lower())
            if not pairs or m.group(0).lower() in _grammar_words():
                continue
            same = next((i for i, f in enumerate(found) if (f.start, f.end) == m.span()), None)
            if same is not None:
                found[same] = replace(found[same], pairs=found[same].pairs | pairs)
            elif not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
                found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], frozenset(pairs)))
        return found

    def _word_runs(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Runs of two or three words, outside the stretches naming values, that all stand in some value though
        no value is written so: "workshop software" is workshop management software and workshop software for
        two-wheeler dealers. Longest first; each run taken marks its stretch. Beside a value named otherwise, only
        its alternative (directory_query._needs): as a condition of its own there, such runs narrowed requests
        they did not name (measured on the twenty sets, docs/quality.md)."""
        words = [(m.start(), m.end(), m.group(0)) for m in _LATIN_WORD.finditer(text)]
        found: list[Mention] = []
        for length in (3, 2):
            for run in (words[i : i + length] for i in range(len(words) - length + 1)):
                start, end = run[0][0], run[-1][1]
                if any(text[a[1] : b[0]].strip(" -") for a, b in pairwise(run)):
                    continue  # not written together
                if any(w in _grammar_words() for _, _, w in run) or any(start < e and s < end for s, e in taken):
                    continue
                holding = [self._in_any_number(w) for _, _, w in run]
                if pairs := frozenset(set.intersection(*holding)):
                    taken.append((start, end))
                    found.append(Mention(start, end, text[start:end], pairs, alternative_only=True))
        return found

    def _in_any_number(self, word: str) -> set[Pair]:
        """The values a word stands in, singular or plural ("configurator": 3D configurators for motorcycles)."""
        return set().union(*(self._holders.get(form, set()) for form in {word, singular(word), f"{word}s"}))

    def _as_modifier(self, mention: Mention, text: str) -> Mention:
        """A language named right before a word of the services it also names modifies them: "Mandarin learning
        apps" and "Urdu dubbing" ask for the service, not for companies that work in the language; only the
        services that also hold that word, when any does."""
        kinds = {p.field for p in mention.pairs}
        if "languages" not in kinds or kinds == {"languages"}:
            return mention
        # "HSK or Mandarin learning apps": past "or" and the word it joins, the head both share.
        rest = _JOINED_AFTER.sub("", text[mention.end :], count=1).lstrip()
        after = _WORD.match(rest)
        offered = self._holders.get(after.group(0), set()) if after else set()
        if not any(p.field != "languages" for p in offered):
            return mention
        # Of the services naming the language, those naming the word it modifies too ("Mandarin support desk":
        # Mandarin chat support, not Mandarin dubbing), when any does.
        services = {p for p in mention.pairs if p.field != "languages"}
        return replace(mention, pairs=frozenset(services & offered or services))

    def _with_alternative(self, mention: Mention, text: str, taken: list[tuple[int, int]]) -> Mention:
        """A word joined by "or" to a value's one-word name, which names no value alone but stands in some ("for a
        hotel or restaurant": hotel PMS, hotel channel manager): either is asked for."""
        before = _ALTERNATIVE_BEFORE.search(text[: mention.start])
        if len(mention.phrase.split()) != 1 or before is None or any(s <= before.start(1) < e for s, e in taken):
            return mention
        word = singular(before.group(1))
        if word in STOPWORDS or not (holding := self._holders.get(word) or self._holders.get(before.group(1))):
            return mention
        return replace(
            mention, start=before.start(1), phrase=text[before.start(1) : mention.end], pairs=mention.pairs | holding
        )

    def _with_shared_modifier(self, mention: Mention, text: str) -> Mention:
        """A phrase whose words before its last serve a word after "or" too: "mine planning or scheduling" asks
        for mine scheduling as well (the values holding both words), which the question never writes whole."""
        words = mention.phrase.split()
        after = _SHARED_MODIFIER_AFTER.match(text, mention.end)
        if len(words) < 2 or after is None or after.group(1) in STOPWORDS:
            return mention
        shared = self._holding_all(" ".join([*words[:-1], after.group(1)]))
        return replace(mention, pairs=mention.pairs | shared) if shared else mention

    def _with_elided(self, mention: Mention, text: str, taken: list[tuple[int, int]]) -> Mention:
        """A phrase whose head serves a word before it too: "garment or apparel ERP" asks for garment ERP as
        well, which the question never writes whole."""
        if _CJK_NAME.fullmatch(mention.phrase):
            return self._with_elided_cjk(mention, text, taken)
        words = mention.phrase.split()
        before = _ELIDED_BEFORE.search(text[: mention.start])
        if len(words) < 2 or before is None or any(s <= before.start(1) < e for s, e in taken):
            return mention
        elided = self._holding_all(" ".join([before.group(1), *words[1:]]))
        if not elided:
            return mention
        return replace(
            mention, start=before.start(1), phrase=text[before.start(1) : mention.end], pairs=mention.pairs | elided
        )

    def _with_elided_cjk(self, mention: Mention, text: str, taken: list[tuple[int, int]]) -> Mention:
        """_with_elided in Chinese, which writes no space: the words before 和 and the mention's head (its last
        characters) make a name the directory holds ("商标和专利检索": 商标检索)."""
        before = _ELIDED_BEFORE_CJK.search(text[: mention.start])
        if before is None or any(s <= before.start(1) < e for s, e in taken):
            return mention
        modifier = before.group(1)
        for cut in range(1, len(mention.phrase) - 1):  # the head: two characters at least
            for size in range(len(modifier), 0, -1):
                if pairs := self._named.get(modifier[-size:] + mention.phrase[cut:]):
                    start = before.end(1) - size
                    return replace(mention, start=start, phrase=text[start : mention.end], pairs=mention.pairs | pairs)
        return mention


@lru_cache(maxsize=1)
def city_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """Every city of places.yaml with a pattern per name (English, Chinese, Urdu, variants)."""
    _, cities = places()
    return tuple(
        (names[0], tuple(p for n in names if (p := name_pattern(n)) is not None)) for names in cities.values() if names
    )


@lru_cache(maxsize=1)
def province_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """Every province of places.yaml (its lowercased English name) with a pattern per name."""
    regions, _ = provinces()
    return tuple((key, tuple(p for n in names if (p := name_pattern(n)) is not None)) for key, names in regions.items())


@lru_cache(maxsize=1)
def _country_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    countries, _ = places()
    # The directory's own country codes name them too: "PK companies", "CN buyers".
    return tuple(
        (code, tuple(p for n in (code, *names) if (p := name_pattern(n)) is not None))
        for code, names in countries.items()
    )


def country_mentions(folded_question: str) -> set[str]:
    """Country codes a folded question names (places.yaml)."""
    return {code for code, patterns in _country_patterns() if any(p.search(folded_question) for p in patterns)}
