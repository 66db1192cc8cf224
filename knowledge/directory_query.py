"""Read structured directory filters out of a question in English, Chinese, Urdu or Roman Urdu.

Each filter is explicit and checkable against a company row, so an answer never lists a company
that fails one, and each says which words of the question it came from. The values a question can
name come from the directory itself (knowledge/directory_terms.py); what stays here is how people
ask: words for companies and lists, comparisons of size and age, negation, in our four languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from knowledge.directory import Company
from knowledge.directory_terms import (
    OFFERING_FORMS,
    URDU_WORD,
    VALUE_FIELDS,
    Mention,
    NameFinder,
    Pair,
    ValueTerms,
    country_mentions,
    fold,
    singular,
    sounded_runs,
)
from knowledge.ranges import spelled_out
from knowledge.relevance import roman_urdu_grammar, urdu_grammar
from knowledge.text import MESSAGE_SENTENCE, QUESTION_MARKS, STOPWORDS, clip, fold_digits, tokenize
from knowledge.vocabulary import ASKING, vocab_file

if TYPE_CHECKING:
    from knowledge.llm import DirectoryRequest

BROAD_SHARE = 0.5  # a need more than this share of the directory's companies meet is its field, no condition
COMPANY_NOUNS: list[str] = ASKING["company_nouns"]
SOMEONE: list[str] = ASKING["someone"]
LIST_WORDS: list[str] = ASKING["list_words"]
OFFERING: list[str] = ASKING["offering_clause"]
PROGRAMME_VERBS: list[str] = ASKING["programme_verbs"]
PARTICIPATION_VERBS: list[str] = ASKING["participation_verbs"]
ABILITY_QUESTION: list[str] = ASKING["ability_question"]
COUNT_QUESTION: list[str] = ASKING["count_question"]
# How long something takes is the documents' to say: a directory row holds no duration.
ASKS_DURATION: list[str] = ASKING["asks_duration"]
PROGRAMME_NOUNS: list[str] = ASKING["programme_nouns"]
EACH_COMPANY: list[str] = ASKING["each_company"]
PITCH_PATTERNS: list[str] = ASKING["pitch_patterns"]
_LEGAL_FORM_ZH = re.compile(f"(?:{'|'.join(map(re.escape, ASKING['chinese_legal_forms']))})$")
_GENERIC_ENDING_ZH = re.compile(f"(?:{'|'.join(map(re.escape, ASKING['chinese_generic_name_endings']))})$")
NOT_IN_DIRECTORY: list[str] = ASKING["not_in_directory"]
CJK_NAME_START = 6  # "深圳前海", "乌鲁木齐天山": a city and a district or a mountain, not yet one company's name
SOUNDED_ALONE = 5  # consonants an English word written in Urdu needs to be read alone, not beside another


def _comparisons() -> dict[str, Any]:
    """vocab/comparisons.yaml with its placeholders ({num}, {people}, {certification}) filled in."""
    data = dict(vocab_file("comparisons.yaml"))
    parts = {key: data.pop(key) for key in ("num", "people", "certification")}

    def fill(item: Any) -> Any:
        if isinstance(item, str):
            for key, value in parts.items():
                item = item.replace(f"{{{key}}}", value)
            return item
        return [fill(i) for i in item] if isinstance(item, list) else item

    return {key: fill(value) for key, value in data.items()}


# How people compare size and age, name a CMMI level and say "without": vocab/comparisons.yaml.
COMPARISONS = _comparisons()
EMPLOYEE_RANGES: list[str] = COMPARISONS["employee_ranges"]
EMPLOYEE_RULES: list[tuple[str, str]] = [(p, op) for p, op in COMPARISONS["employee_rules"]]
FOUNDED_RULES: list[tuple[str, str]] = [(p, op) for p, op in COMPARISONS["founded_rules"]]
YEARS_IN_BUSINESS: list[str] = COMPARISONS["years_in_business"]
CMMI = re.compile(COMPARISONS["cmmi"], re.IGNORECASE)
CMMI_OR_ABOVE = re.compile(COMPARISONS["cmmi_or_above"], re.IGNORECASE)
_ZH_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
NEGATION_BEFORE = re.compile(COMPARISONS["negation_before"], re.IGNORECASE)
NEGATION_AFTER = re.compile(COMPARISONS["negation_after"], re.IGNORECASE)
PLACE_NEGATION_BEFORE = re.compile(COMPARISONS["place_negation_before"], re.IGNORECASE)
PLACE_NEGATION_AFTER = re.compile(COMPARISONS["place_negation_after"], re.IGNORECASE)
EVENT_AFTER_PLACE = re.compile(COMPARISONS["event_after_place"], re.IGNORECASE)
PLACE_AFTER_EVENT = re.compile(COMPARISONS["place_after_event"], re.IGNORECASE)
NO_CERTIFICATION: list[str] = COMPARISONS["no_certification"]
CERTIFIED_AFTER = re.compile(COMPARISONS["certified_after"], re.IGNORECASE)
CERTIFIED_BEFORE = re.compile(COMPARISONS["certified_before"], re.IGNORECASE)
OR_BETWEEN = re.compile(COMPARISONS["or_between"], re.IGNORECASE)
OR_WORDS = re.compile(COMPARISONS["or_words"], re.IGNORECASE)
OR_THEN_QUALIFIER = re.compile(COMPARISONS["or_then_qualifier"], re.IGNORECASE)
QUALIFIER_THEN_OR = re.compile(COMPARISONS["qualifier_then_or"], re.IGNORECASE)
CITIES_BETWEEN = re.compile(COMPARISONS["cities_between"], re.IGNORECASE)
AND_BETWEEN = re.compile(COMPARISONS["and_between"], re.IGNORECASE)
BOTH_ASKED = re.compile(COMPARISONS["both_asked"], re.IGNORECASE)
# The directory's pitched_at_webinar column records the pitches at the 23 February 2022 webinar (FORMAT.md).
PITCHED_YEAR = "2022"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
EVENT_YEAR_REACH = 16  # characters: "the 2055 launch webinar", "2055年启动研讨会"
GLOSS_BETWEEN = re.compile(r"[\s()（）/、:：-]+")  # what may stand between a phrase and its gloss in another script
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
SMALL_COMPANY: list[str] = ASKING["small_company"]
SMALL_COMPANY_MAX = 50  # "small team" without a number: fewer than this many staff
PROGRAMME_QUESTION: list[str] = ASKING["programme_question"]
DIRECTORY_NAMED: list[str] = ASKING["directory_named"]
STRONG_LIST_WORDS: list[str] = ASKING["strong_list_words"] + DIRECTORY_NAMED
OWNED_BEFORE: list[str] = ASKING["owned_before"]
ASKER_STATEMENT: list[str] = ASKING["asker_statement"]
LOCAL_TO_ASKER: list[str] = ASKING["local_to_asker"]


@lru_cache(maxsize=8192)
def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Each pattern compiled once. There are more of them (the vocabulary's included) than the 512 that
    re's own cache holds, so without this every question recompiled most of them (12 % of a loaded
    server's time, measured with py-spy under bench/load.py)."""
    return re.compile(pattern, flags)


def _any(patterns: Iterable[str], text: str) -> bool:
    return any(_rx(p).search(text) for p in patterns)


@dataclass(frozen=True)
class Need:
    """Companies must hold one of `pairs` (negated: the directory shows none of them for the company)."""

    phrase: str
    pairs: frozenset[Pair]
    negated: bool = False
    # read from one everyday word, or the asker's own thing ("our apps"): set aside (and said so) when
    # nothing matches with it
    weak: bool = False
    stated: bool = False  # inside what the asker says of themselves ("We're a HIS team in Multan."): not asked for
    alternatives: bool = False  # phrases joined by "or" ("GIS mapping / NOC"): any one of them meets it
    # the values before a second phrase narrowed them ("crop models … data annotation" is "data annotation for
    # crop models", narrowed from every annotation value): read when the narrowed need meets no company
    wider: frozenset[Pair] = frozenset()

    def holds(self, company: Company) -> bool:
        has = any(_has(company, p) for p in self.pairs)
        return not has if self.negated else has


@dataclass
class Filters:
    """Explicit conditions read from a question; each is AND-ed, alternatives inside one are OR-ed."""

    countries: set[str] = field(default_factory=set)
    needs: list[Need] = field(default_factory=list)
    cmmi_min: int | None = None
    cmmi_exact: int | None = None
    no_certification: bool = False
    employees: list[tuple[str, int]] = field(default_factory=list)
    founded: list[tuple[str, int]] = field(default_factory=list)
    pitched: bool | None = None
    names: set[str] = field(default_factory=set)  # company ids named in the question
    unknown: list[str] = field(default_factory=list)  # an LLM's value no row holds: dropped, said in the answer
    # the field's names (vocab/terms.yaml) for what no row holds, in the question's own words: a condition no
    # company meets when nothing else says what the companies should do, otherwise said in the answer
    unheld: list[str] = field(default_factory=list)
    # those of `unheld` that name a kind of organisation no row describes ("investment firms"): the documents
    # may speak of them, and the closest firms of another kind are no answer
    organisations: list[str] = field(default_factory=list)
    strongly_asked: bool = False  # "which / list / show … companies": a request for a list in so many words
    set_aside: list[str] = field(default_factory=list)  # weak words dropped because nothing matched with them
    event_places: list[str] = field(default_factory=list)  # "Shanghai webinar": where an event is, said, not asked
    about_companies: bool = False  # the question has a word for companies, a list request or a directory value
    implied: bool = False  # read as a request for companies from its conditions alone, without a word for them
    # Companies asked for by what they do, in words no value holds ("做博物馆藏品数字化的公司"): the closest by profile.
    open_request: bool = False
    offering: str = ""  # what an open request asks companies to do, as the asker wrote it
    asked_work: str = ""  # the work an offering clause asks for ("… banane wali companies"), open request or not

    def without_weak_needs(self) -> Filters | None:
        """The same filters less the needs read from everyday words, if that leaves a real condition."""
        weak = [n for n in self.needs if n.weak]
        if not weak or len(weak) == len(self.needs):
            return None
        return replace(self, needs=[n for n in self.needs if not n.weak], set_aside=[n.phrase for n in weak])

    def widened(self) -> Filters | None:
        """The same filters with each need a second phrase narrowed read before it was narrowed, if any was."""
        if not any(n.wider and n.wider != n.pairs for n in self.needs):
            return None
        return replace(self, needs=[replace(n, pairs=n.wider) if n.wider else n for n in self.needs])

    def as_open_request(self) -> Filters | None:
        """The request as an open one when the values read inside the work it asks for meet no company together:
        "mandi rates aur auction app banane wali companies" read as three values (mandi, rates, app) that no row
        holds all of asks for the work as a whole, ranked by what the companies offer. Its other conditions stay."""
        if not self.asked_work or self.open_request:
            return None
        work = set(tokenize(self.asked_work))
        inside = [
            n
            for n in self.needs
            if all(p.field != "city" for p in n.pairs)
            and (set(tokenize(n.phrase)) - STOPWORDS - roman_urdu_grammar()) & work  # "app banane": "app" is the work's
        ]
        if not inside:
            return None
        needs = [n for n in self.needs if n not in inside]
        return replace(self, needs=needs, open_request=True, offering=self.asked_work)

    @property
    def cities(self) -> set[str]:
        return {p.value for n in self.needs for p in n.pairs if p.field == "city"}

    def wants(self) -> bool:
        """A condition beyond where the company is."""
        return bool(
            self.unheld
            or self._asks_values()
            or self.cmmi_min
            or self.cmmi_exact
            or self.no_certification
            or self.employees
            or self.founded
            or self.pitched is not None
        )

    def firm(self) -> bool:
        """A condition read from more than one everyday word (Need.weak): a value, a number, a year."""
        return any(not n.weak for n in self.needs) or replace(self, needs=[]).wants()

    def structured(self) -> bool:
        """Any condition beyond the country."""
        return bool(self.needs) or self.wants()

    def count(self) -> int:
        return len(self.checks())

    def unheld_decides(self) -> bool:
        """What no row holds is what the companies should do: no value the rows hold is asked for beside it
        ("which Pakistani companies do blockchain?"). Beside one, it may be an alternative ("embedded
        systems or IoT") and is only said."""
        return bool(self.unheld) and not self._asks_values()

    def _asks_values(self) -> bool:
        """A need beyond the city: a service, industry, technology, certification or language the rows hold."""
        return any(any(p.field != "city" for p in n.pairs) for n in self.needs)

    def checks(self) -> list[tuple[str, object]]:
        """Every condition as (what it is, predicate): used to match, to explain, and for near misses."""
        out: list[tuple[str, object]] = []
        if self.names:
            out.append(("name", lambda c: c.id in self.names))
        if self.countries:
            out.append((f"country = {'/'.join(sorted(self.countries))}", lambda c: c.country in self.countries))
        for need in self.needs:
            values = " / ".join(sorted({p.value for p in need.pairs}))
            label = f"{'not ' if need.negated else ''}{need.phrase} → {clip(values, 80)}"
            out.append((label, need.holds))
        if self.no_certification:
            out.append(
                ("no certification", lambda c: bool(c.certifications) and all(x == "none" for x in c.certifications))
            )
        if self.cmmi_exact is not None:
            out.append((f"CMMI {self.cmmi_exact}", lambda c: _cmmi(c) == self.cmmi_exact))
        elif self.cmmi_min is not None:
            out.append((f"CMMI ≥ {self.cmmi_min}", lambda c: (_cmmi(c) or 0) >= (self.cmmi_min or 0)))
        for op, value in self.employees:
            out.append((f"employees {op} {value}", lambda c, op=op, value=value: _compare(c.employees, op, value)))
        for op, value in self.founded:
            out.append((f"founded {op} {value}", lambda c, op=op, value=value: _compare(c.founded, op, value)))
        if self.pitched is not None:
            out.append((f"pitched at the {PITCHED_YEAR} webinar", lambda c: c.pitched_at_webinar is self.pitched))
        if self.unheld_decides():
            out.append((_not_listed(self.unheld), lambda c: False))
        return out

    def describe(self) -> str:
        """The conditions in one short line, for the answer: no term is dropped silently."""
        labels = [label for label, _ in self.checks() if label != "name"]
        said = self.unknown + ([] if self.unheld_decides() else self.unheld)
        labels += [_not_listed([value]) for value in said]
        labels += [f"not used: {', '.join(self.set_aside)} (no company matches with it)"] if self.set_aside else []
        labels += [f"{place}: where the event is, not a condition on the companies" for place in self.event_places]
        return "; ".join(labels)

    def matches(self, company: Company) -> bool:
        return all(check(company) for _, check in self.checks())  # type: ignore[operator]

    def satisfied(self, company: Company) -> int:
        return sum(1 for _, check in self.checks() if check(company))  # type: ignore[operator]


def _not_listed(values: list[str]) -> str:
    return f"{' / '.join(values)} → no company in the directory lists it"


def _has(company: Company, pair: Pair) -> bool:
    if pair.field == "city":
        return company.city.strip().lower() == pair.value
    return any(v.strip().lower() == pair.value for v in getattr(company, pair.field))


def _cmmi(company: Company) -> int | None:
    for cert in company.certifications:
        m = re.search(r"cmmi\D*(\d)", cert, re.IGNORECASE)
        if m:
            return int(m.group(1))
    return None


def _compare(actual: int | None, op: str, value: int) -> bool:
    if actual is None:
        return False
    return {
        ">": actual > value,
        ">=": actual >= value,
        "<": actual < value,
        "<=": actual <= value,
    }[op]


class DirectoryVocabulary:
    """What a question can name in this directory: its values (see directory_terms) and its companies."""

    def __init__(
        self,
        companies: Iterable[Company],
        documents_use: Callable[[str], bool] | None = None,
        documents_year: int | None = None,
    ) -> None:
        """`documents_use`: whether the programme documents use a phrase. A company's name shortened to its first
        two words names nothing when they do: "Blue Area" of Blue Area Red Team is where the office is.
        `documents_year`: the year the documents are written for (grounding.documents_year)."""
        companies = list(companies)
        self.terms = ValueTerms(companies)
        self.names: list[tuple[str, str]] = [
            (label, c.id)
            for c in companies
            for label, shortened in _name_keys(c)
            if not (shortened and documents_use is not None and documents_use(label))
        ]
        self.shortened = frozenset(label for c in companies for label, shortened in _name_keys(c) if shortened)
        # A name of one word ("Junction (Pvt) Ltd"): a word the question may use as a word, so named only where it is
        # written as a name is (below, names_in).
        self.one_word_names = [(word, c.id) for c in companies if (word := _one_word_name(c))]
        self._documents_use = documents_use
        self.size = len(companies)
        # The year "more than 15 years in business" counts back from: today's, or the newest firm's founding year or
        # the year the programme documents are written for, when they are later than today (a programme planned
        # ahead, a sample set in another year).
        self.this_year = max([date.today().year, documents_year or 0, *(c.founded for c in companies if c.founded)])
        self._holding: dict[Pair, set[str]] = {}
        for c in companies:
            for pair in [Pair(f, v.strip().lower()) for f in VALUE_FIELDS for v in getattr(c, f)]:
                self._holding.setdefault(pair, set()).add(c.id)
        # Every word the directory writes: a question's word the documents lack but the directory holds is no typo.
        self.words = frozenset(w for c in companies for w in tokenize(" ".join(_written(c))))
        # The Latin words a typo can be one edit from ("responce" for "response"): knowledge/relevance.respelled_in.
        self.latin_words = sorted(w for w in self.words if w.isascii() and w.isalpha())
        # The glossary's kinds of organisation some row names in any of its texts, Chinese ones included: one
        # asked for as a kind of company ("investment firms", 投资机构) that no row names is none listed here.
        self.organisation_kinds = frozenset(
            group
            for c in companies
            for _, _, group in glossary_finder("organisation").find(
                "\n".join([*_written(c), c.name_zh, c.description_zh])
            )
        )
        self.sounds = self.terms.sounds  # how Urdu script writes the English words of the values
        # The values' words in order, singular: where two words read beside each other stand together in a value.
        self._value_words = "\n".join(
            " ".join(singular(w.lower()) for w in re.findall(r"[A-Za-z]{2,}", v))
            for c in companies
            for v in (*c.services, *c.industries, *c.technologies)
        )
        # A Chinese name asked by its start ("塔什库尔干雪峰通达" for 塔什库尔干雪峰通达国际物流有限公司): the shortest start
        # no other company's Chinese name opens with, of at least CJK_NAME_START characters and half the name.
        shorts = sorted((_LEGAL_FORM_ZH.sub("", c.name_zh).lower(), c.id) for c in companies if c.name_zh)
        for n, (short, cid) in enumerate(shorts):
            neighbours = [shorts[m][0] for m in (n - 1, n + 1) if 0 <= m < len(shorts)]
            shared = max((_shared_start(short, other) for other in neighbours), default=0)
            length = max(CJK_NAME_START, (len(short) + 1) // 2, shared + 1)
            if length < len(short):
                self.names.append((short[:length], cid))

    def names_in(self, lowered: str, written: str = "") -> set[str]:
        """The companies a question names. A name shortened to its first two words names none where the question
        runs on from it into a phrase of the documents or of the directory's values: "karachi cold storage hub"
        is a cold-storage hub in Karachi, not Karachi Cold Boxes IoT. A name of one word is named where the
        question (`written`, as typed) writes it capitalised inside a sentence, or where neither the documents nor
        the values use it as a word."""
        named = {
            cid
            for word, capital, used, cid in self._one_word_patterns
            if word.search(lowered) and ((written and capital.search(written)) or not used)
        }
        for pattern, label, company_id in self._name_patterns:
            for found in pattern.finditer(lowered):
                if label in self.shortened and self._runs_on(label, lowered[found.end() :]):
                    continue
                named.add(company_id)
                break
        return named

    @cached_property
    def _name_patterns(self) -> list[tuple[re.Pattern[str], str, str]]:
        """Each name as a pattern, compiled once per directory: a Latin name as whole words, a Chinese one anywhere
        (中文 has no spaces)."""
        return [
            (re.compile(rf"(?<!\w){re.escape(label)}(?!\w)" if label.isascii() else re.escape(label)), label, cid)
            for label, cid in self.names
        ]

    @cached_property
    def _one_word_patterns(self) -> list[tuple[re.Pattern[str], re.Pattern[str], bool, str]]:
        """Each one-word name, compiled once per directory: the word as a word, the word capitalised inside a
        sentence ("what does Junction do": a capital there is a name's), and whether the values or the documents
        use it as a word (then only the capital names it)."""
        patterns = []
        for word, cid in self.one_word_names:
            in_values = re.search(rf"(?<!\w){re.escape(singular(word))}(?!\w)", self._value_words) is not None
            used = in_values or (self._documents_use is not None and self._documents_use(word))
            as_word = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            capital = re.compile(rf"(?<=[\w,;:] ){re.escape(word.capitalize())}(?!\w)")
            patterns.append((as_word, capital, used, cid))
        return patterns

    def _runs_on(self, label: str, after: str) -> bool:
        following = re.match(r"[\s-]+([a-z]{2,})", after)
        if following is None:
            return False
        last, word = label.split()[-1], following.group(1)
        together = rf"(?<!\w){re.escape(singular(last))} {re.escape(singular(word))}(?!\w)"
        in_values = re.search(together, self._value_words) is not None
        return in_values or (self._documents_use is not None and self._documents_use(f"{last} {word}"))

    def broad(self, need: Need) -> bool:
        """Whether most of the directory's companies meet a need of what they do: the directory's own field
        ("旅游" in a travel directory) says little of which companies are asked for. A working language or a
        certification asked for ("Mandarin-speaking") is a requirement however many meet it."""
        if any(p.field not in ("services", "industries", "technologies") for p in need.pairs):
            return False
        holders = set().union(*(self._holding.get(p, set()) for p in need.pairs))
        return len(holders) > BROAD_SHARE * self.size

    def in_latin(self, question: str, named: Iterable[str] = ()) -> str:
        """The question with English words it writes in Urdu script written in English, where they are words the
        directory's values use: "اسٹوڈنٹ انفارمیشن سسٹم" is "student information system". Two such words in a row,
        or one of SOUNDED_ALONE consonants or more: a short Urdu word alone sounds like too many English ones.
        Words of `named` (phrases that already name a value, as the asker wrote them) stay as written, unless a word
        beside them sounds with them like a longer value ("ڈرون" names drones, "ڈرون فوٹیج" drone footage)."""
        named = list(named)
        kept_words = {w for phrase in named for w in URDU_WORD.findall(phrase)}
        read = sounded_runs(  # (start, end, English word, consonants)
            question,
            self.sounds,
            lambda word: word in STOPWORDS or word in urdu_grammar() or _company_word(word),
        )
        # whether each read is of named words only
        kept = [all(w in kept_words for w in URDU_WORD.findall(question[start:end])) for start, end, _, _ in read]

        def beside(n: int) -> bool:
            """Next to another read; where either is of named words, as two words that stand together in a value
            ("ڈرون فوٹیج" is drone footage: "ڈرون" alone names drones, and "جو اردو" is no "java urdu")."""
            for m in (n - 1, n + 1):
                if not (0 <= m < len(read) and _adjacent(question, read[min(n, m)], read[max(n, m)])):
                    continue
                if kept[n] and kept[m]:
                    continue  # both inside what already names a value: read as written
                first, second = read[min(n, m)][2], read[max(n, m)][2]
                if not (kept[n] or kept[m]) or re.search(rf"\b{first} {second}\b", self._value_words):
                    return True
            return False

        sounded = [r for n, r in enumerate(read) if (not kept[n] and r[3] >= SOUNDED_ALONE) or beside(n)]
        # A named phrase is rewritten whole or not at all: "ایئرپورٹ فیول فارم مینجمنٹ" keeps its "فیول فارم
        # مینجمنٹ" (fuel farm management), which "airport fuel" and two Urdu words left over would no longer name.
        covered = [(start, end) for start, end, _, _ in sounded]
        for phrase in named:
            for found in re.finditer(re.escape(phrase), question):
                spans = [(w.start(), w.end()) for w in URDU_WORD.finditer(question, found.start(), found.end())]
                inside = [any(a <= ws and we <= b for a, b in covered) for ws, we in spans]
                if any(inside) and not all(inside):
                    sounded = [r for r in sounded if not (found.start() <= r[0] < found.end())]
        for start, end, english, _ in reversed(sounded):
            question = f"{question[:start]}{english}{question[end:]}"
        return question


def _adjacent(question: str, first: tuple[int, int, str, int], second: tuple[int, int, str, int]) -> bool:
    return first != second and not question[first[1] : second[0]].strip()


def _written(company: Company) -> list[str]:
    return [
        company.name,
        company.city,
        *company.services,
        *company.industries,
        *company.technologies,
        company.description,
    ]


def _shared_start(a: str, b: str) -> int:
    """How many characters two names open with alike."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _one_word_name(company: Company) -> str | None:
    """The name's one word, lower case, when it has one of four letters or more besides its legal form."""
    words = _name_base(company.name).split()
    return words[0].lower() if len(words) == 1 and len(words[0]) >= 4 and words[0].isalpha() else None


def _name_base(name: str) -> str:
    """A company's name without its legal form ("(Pvt) Ltd", "Co., Ltd.")."""
    return re.sub(r"\(.*?\)|,?\s*(co\.,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|pvt)\b", "", name, flags=re.I).strip(" ,.")


def _name_keys(company: Company) -> list[tuple[str, bool]]:
    """Distinctive parts of a company's name, each with whether it shortens the name: without legal suffixes, at
    least two words or 4 CJK."""
    keys = []
    words = _name_base(company.name).split()
    if len(words) >= 2:
        keys.append((" ".join(words[:2]).lower(), len(words) > 2))
    if len(words) > 2:
        keys.append((" ".join(words).lower(), False))
    if company.name_zh and len(company.name_zh) >= 4:
        # Asked by its short name: "珠江计量科技" or "珠江计量" for 珠江计量科技股份有限公司. Never shorter than four
        # characters: "北京" is no key for 北京科技有限公司.
        short = _LEGAL_FORM_ZH.sub("", company.name_zh)
        shorter = _GENERIC_ENDING_ZH.sub("", short)
        # Lowercased as the question is read: "新月IP集成" is asked as written, with its Latin letters in any case.
        keys.append((next((k for k in (shorter, short) if len(k) >= 4), company.name_zh).lower(), False))
    return keys


def _masked(folded: str, spans: Iterable[tuple[int, int]]) -> str:
    """The question with these stretches blanked out (its value names: what it says besides them)."""
    for start, end in spans:
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def tells_of_asker(sentence: str) -> bool:
    """A sentence in which the asker says who they are or what they have (ASKER_STATEMENT), asking nothing."""
    return not sentence.rstrip().endswith(QUESTION_MARKS) and _any(ASKER_STATEMENT, fold(sentence))


_FIRST_CLAUSE = re.compile(
    r"(?:[^,，;；،—–]|(?<=\d),(?=\d)|(?<=\S)[—–](?=\S))+(?=[,，;；،]|\s[—–]\s?)"
)  # "8,000" is one number; " — " ends a clause; so does Urdu's comma "،"


def told_of_asker(folded: str) -> list[tuple[int, int]]:
    """Where the asker says who they are: in a sentence besides the one that asks, or in the asking sentence's
    first clause when it asks for nothing ("我们是中国的电力公司，参加这个计划要交钱吗？"; not "we are looking for
    a Flutter team, who can help?")."""
    sentences = list(MESSAGE_SENTENCE.finditer(folded))
    # The last sentence too, when another asks: "Start-up pod 能订吗? hamari company 2049 mein bani thi". Of a
    # telling sentence that goes on to ask for companies ("I'm with a Chinese MVNO, looking for Pakistani vendors
    # for billing in Karachi."), only its first clause.
    told = []
    for sentence in sentences[: None if len(sentences) > 1 else -1]:
        if tells_of_asker(said := sentence.group(0)):
            # Up to where it asks for companies, in its first clause too: "we're a steel re-roller and need a
            # carbon accounting vendor, ideally in karachi." says who they are, then what they want.
            wish = [
                m.start() for p in LIST_WORDS if (m := _rx(p).search(said)) and _any(COMPANY_NOUNS, said[m.start() :])
            ]
            first = _FIRST_CLAUSE.match(folded, sentence.start(), sentence.end())
            then = folded[first.end() : sentence.end()] if first else ""
            asks = _any(LIST_WORDS, then) and _any(COMPANY_NOUNS, then)
            if wish and min(wish) > 0 and not (first and asks):
                told.append((sentence.start(), sentence.start() + min(wish)))
            else:
                told.append(first.span() if first and asks else sentence.span())
    clause = _FIRST_CLAUSE.match(folded, sentences[-1].start()) if sentences else None
    if clause is not None and _any(ASKER_STATEMENT, clause.group(0)):
        # Up to where it starts asking: "we are a water utility in urumqi looking for a karachi partner for
        # billing, which firms?" says where the asker is, then what they ask for.
        asking = [m.start() for p in LIST_WORDS if (m := _rx(p).search(clause.group(0)))]
        if not asking:
            told.append(clause.span())
        elif (end := clause.start() + min(asking)) > clause.start():
            told.append((clause.start(), end))
    return told


def asked_part(question: str) -> str:
    """The question, folded, without what the asker says of themselves: "We are a Lahore hotel software company,
    when does the voucher call close?" asks nothing of Lahore."""
    folded = fold(question)
    return _masked(folded, told_of_asker(folded))


def _asked_countries(rest: str, told: str) -> set[str]:
    """The countries the sentences that ask name, or failing that the whole question: "We only want to work in
    Chinese. Which Pakistani vendors …" asks for Pakistani ones; "We want Pakistani vendors. Who does Flutter?"
    too. Not where the asker says they are (`told`, masked from `rest`), unless they ask for "local" firms."""
    sentences = list(MESSAGE_SENTENCE.finditer(rest))
    asking = [m.group(0) for m in sentences if m.group(0).rstrip().endswith(QUESTION_MARKS)] or [
        m.group(0) for m in sentences[-1:]
    ]
    asked = country_mentions(" ".join(asking)) or country_mentions(rest)
    return asked or (country_mentions(told) if _any(LOCAL_TO_ASKER, rest) else set())


def _as_certification(mention: Mention, folded: str) -> Mention:
    """A value named beside a word for certification ("PCI DSS certified") is asked of the certifications
    column alone, when the directory holds it there: a service naming it ("PCI DSS compliance consulting") is
    another thing. So is one denied ("firms that don't hold PCI DSS"): a firm is without a certificate, and
    one consulting on it is not what the asker rules out."""
    certified = {p for p in mention.pairs if p.field == "certifications"}
    if not certified or len(certified) == len(mention.pairs):
        return mention
    beside = CERTIFIED_AFTER.match(folded, mention.end) or CERTIFIED_BEFORE.search(folded, 0, mention.start)
    if beside or _negated(folded, mention):
        return replace(mention, pairs=frozenset(certified))
    return mention


def _bracketed_together(folded: str, start: int, end: int) -> bool:
    """Whether the text between two mentions lies inside one bracket opened before it: a bracketed list names
    examples of one thing ("GDS integration (Amadeus, Sabre, Travelport)"), each an alternative."""
    opened = max(folded.rfind("(", 0, end), folded.rfind("（", 0, end))
    if opened < 0 or any(mark in folded[opened:end] for mark in ")）"):
        return False
    # Both inside the bracket, or the first just before it: the thing it gives examples of.
    return opened < start or not folded[start:opened].strip()


def _needs(folded: str, mentions: list[Mention], theirs: list[tuple[int, int]]) -> list[Need]:
    """Mentions joined by "or" are one need; a negation just before a mention negates it. `theirs`: where
    the asker says who they are (told_of_asker)."""
    needs: list[Need] = []
    previous: Mention | None = None
    at = -1  # the need the previous mention went to
    negations = [_negated(folded, m) for m in mentions]
    both = BOTH_ASKED.search(folded) is not None
    # Words that stand together in values are what is asked when nothing else is but places ("3d configurator
    # kon banata hai?"); beside a value named otherwise, only its alternative. A value asked to be absent ("no
    # ISO") says nothing of what is asked; nor does a city, though a value names it too ("3D city model of
    # Islamabad" does not make "indoor positioning … in Islamabad" ask for something else).
    named = any(
        not m.alternative_only and not negated and all(p.field != "city" for p in m.pairs)
        for m, negated in zip(mentions, negations, strict=True)
    )
    for mention, negated in zip(mentions, negations, strict=True):
        joined = (
            previous is not None
            and needs
            and not negated
            and (
                (
                    _or_between(between := folded[previous.end : mention.start])
                    and not (both and AND_BETWEEN.match(between))
                )
                or (_only_cities(previous) and _only_cities(mention) and CITIES_BETWEEN.match(between))
                or _glossed(previous, mention, between)
                or _bracketed_together(folded, previous.end, mention.start)
            )
            and _same_kind(previous, mention)
        )
        if mention.alternative_only and named and not joined:
            continue
        if joined:
            last = needs[at]
            told = _inside(mention.start, theirs) and not last.stated  # the asker's own, joined to what they ask
            needs[at] = Need(
                last.phrase if told else f"{last.phrase} / {mention.phrase}",
                last.pairs | mention.pairs,
                last.negated,
                last.weak and mention.weak,
                last.stated and _inside(mention.start, theirs),
                alternatives=True,
            )
        elif (
            mention.weak
            and previous is not None
            and needs[at].alternatives
            and not folded[previous.end : mention.start].strip()
            and not negated
        ):
            # "speech-to-text or ASR engines": an everyday word right after alternatives is the noun they share,
            # no condition of its own (read alone, "engines" kept only the firms whose value says "engines").
            previous = mention
            continue
        elif (
            nested := next((i for i, n in enumerate(needs) if _nested(n.pairs, mention.pairs)), None)
        ) is not None and not negated:
            # Two phrases for the same values, or one for some of the other's ("solar … 光伏"), are one need.
            # Phrases whose values only overlap ("风电场 … SCADA": wind farm monitoring, wind farm SCADA, SCADA
            # dashboards) are two needs, each met by any of its values: a wind company with SCADA dashboards.
            last = needs[nested]
            # A need of alternatives ("GIS mapping / NOC") is not narrowed to one of them by a word that names
            # some of its values ("… or NOC support"): either alternative still meets it. Nor is a need asked for
            # narrowed by what the asker says they have ("… intelligent document processing? we have piles of
            # invoices and forms"): any such company can take their invoices.
            # Nor by the asker's own thing the work is for ("data annotation for our climate models").
            told = _owned(folded, mention.start, theirs) and not last.stated
            kept = last.alternatives or told
            needs[nested] = Need(
                last.phrase if told else f"{last.phrase} + {mention.phrase}",
                last.pairs if kept else last.pairs & mention.pairs,
                last.negated,
                last.weak and mention.weak,
                last.stated and _inside(mention.start, theirs),
                last.alternatives,
                last.wider if kept else last.pairs | mention.pairs,
            )
            at = nested  # "water utility … water billing or AMR": the "or" joins AMR to the need billing went to
        else:
            owned = _owned(folded, mention.start, theirs)
            weak = (mention.weak or owned) and not negated
            needs.append(Need(mention.phrase, mention.pairs, negated, weak, _inside(mention.start, theirs)))
            at = len(needs) - 1
        previous = mention
    return needs


def _or_between(between: str) -> bool:
    """Whether the words between two mentions make them alternatives: an "or" alone, or with a word or two of
    the second, or of the first, that no value holds."""
    return bool(OR_BETWEEN.match(between) or OR_THEN_QUALIFIER.match(between) or QUALIFIER_THEN_OR.match(between))


def _another_event_year(text: str) -> bool:
    """A year named beside the webinar other than the one the directory's column records ("pitching at the 2055
    launch webinar", 2055年启动研讨会): another event, of which the column says nothing. A year in another phrase
    is another condition ("founded after 2015 that pitched")."""
    for pattern in PITCH_PATTERNS:
        for m in _rx(pattern).finditer(text):
            before = text[max(0, m.start() - EVENT_YEAR_REACH) : m.start()]
            for year in _YEAR.finditer(before):
                between = before[year.end() :].lower().split()
                if year.group(1) != PITCHED_YEAR and not any(w in STOPWORDS for w in between):
                    return True
    return False


def _only_cities(mention: Mention) -> bool:
    return all(p.field == "city" for p in mention.pairs)


def _negated(folded: str, mention: Mention) -> bool:
    """Whether the question asks for the value to be absent: "not ISO", "ISO nahi", "outside Lahore"."""
    return bool(
        NEGATION_BEFORE.search(folded[max(0, mention.start - 24) : mention.start])
        or (
            any(p.field == "certifications" for p in mention.pairs)
            and NEGATION_AFTER.match(folded[mention.end : mention.end + 30])
        )
        or (
            _only_cities(mention)
            and (
                PLACE_NEGATION_BEFORE.search(folded[max(0, mention.start - 24) : mention.start])
                or PLACE_NEGATION_AFTER.match(folded[mention.end : mention.end + 40])
            )
        )
    )


def _glossed(previous: Mention, mention: Mention, between: str) -> bool:
    """A phrase said again in another script right after ("dyeing recipe 配色软件 wali firms", "photo editing
    (修图)"): the same request, glossed for the reader, so either meets it as "or" would."""
    spaced = bool(between) and not GLOSS_BETWEEN.sub("", between)  # "风电场SCADA", written together, is one phrase
    return spaced and _has_cjk(previous.phrase) != _has_cjk(mention.phrase)


def _has_cjk(text: str) -> bool:
    return bool(CJK_CHAR.search(text))


def _nested(a: frozenset[Pair], b: frozenset[Pair]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _unheld(
    text: str, folded: str, mentions: list[Mention], vocab: DirectoryVocabulary, theirs: list[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """What the question asks of companies that no row holds, and which of it names a kind of organisation
    (unheld_organisations): not a word for companies ("startups") and not the asker's own business ("we're an
    agritech startup", "our blockchain app")."""
    organisations = unheld_organisations(folded, mentions, vocab)
    unheld = [
        name
        for name in [*vocab.terms.unheld(text, mentions), *organisations]
        if not _owned(folded, folded.find(name), theirs) and not _company_word(name)
    ]
    return unheld, [name for name in organisations if name in unheld]


@lru_cache(maxsize=4)
def glossary_finder(kind: str) -> NameFinder:
    """The glossary's groups of one kind: "organisation" (other than the firms a directory lists), "event",
    "holiday"; a group's index is its place in the glossary."""
    return NameFinder(
        tuple(str(n) for n in g.get("names") or ()) if g.get("kind") == kind else ()
        for g in vocab_file("glossary.yaml") or []
    )


def event_beside(folded: str, start: int, end: int, events: list[tuple[int, int, int]]) -> str | None:
    """The words naming a place (at start:end of a folded text) with an event named right beside it ("Shanghai
    webinar", 成都路演, "the expo in Lahore"), or None when no event of `events` stands there."""
    for event_start, event_end, _ in events:
        if (event_start >= end and EVENT_AFTER_PLACE.fullmatch(folded[end:event_start])) or (
            event_end <= start and PLACE_AFTER_EVENT.fullmatch(folded[event_end:start])
        ):
            return folded[min(event_start, start) : max(event_end, end)]
    return None


def _event_places(folded: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """The cities named as where an event is ("the February 2022 Shanghai webinar", 成都路演, "the expo in
    Lahore"), each with the words naming it: no condition on the companies asked for."""
    events = glossary_finder("event").find(folded)
    placed = ((m, event_beside(folded, m.start, m.end, events)) for m in mentions if _only_cities(m))
    return [(mention, said) for mention, said in placed if said is not None]


def unheld_organisations(folded: str, mentions: list[Mention], vocab: DirectoryVocabulary) -> list[str]:
    """The glossary's names for a kind of organisation that no row describes, said as a kind of company:
    "investment firms", 投资机构, "سرمایہ کار کمپنیاں". A name that is itself a word for companies ("partner
    companies") or stands in a stretch naming a value is none."""
    nouns = [(m.start(), m.end()) for p in COMPANY_NOUNS for m in _rx(p).finditer(folded)]
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for start, end, group in glossary_finder("organisation").find(folded):
        if group in vocab.organisation_kinds or any(start < e and s < end for s, e in taken):
            continue
        # The name holds a word for companies at its end (投资机构), or stands just before one (last word first:
        # "Demo Day" before "which members" is no kind of member).
        holds = any(start < s and s < e <= end for s, e in nouns)
        overlaps = any(start < e and s < end for s, e in nouns)
        before = any(end <= s and not folded[end : _last_word(folded, s, e)].strip() for s, e in nouns)
        if holds or (before and not overlaps):
            found.append(folded[start:end])
    return found


def _last_word(folded: str, start: int, end: int) -> int:
    """Where the last word of folded[start:end] starts ("members" in "which members")."""
    space = folded.rfind(" ", start, end)
    return space + 1 if space >= 0 else start


def _owned(folded: str, at: int, theirs: list[tuple[int, int]]) -> bool:
    """The phrase at `at` is the asker's own ("our apps"), or inside what they say of themselves (`theirs`)."""
    return _any(OWNED_BEFORE, folded[max(0, at - 30) : at]) or _inside(at, theirs)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _whole_value(mention: Mention) -> bool:
    """A value that is the mention's own word ("startups", an industry), not one that only holds it ("tower
    companies" holds "companies", the question's word for what it asks for)."""
    return any(singular(p.value) == singular(mention.phrase) for p in mention.pairs)


def _as_language(mention: Mention, folded: str, read: list[Mention]) -> Mention | None:
    """An everyday word that names a country ("Chinese") asks for the country, unless it is joined to a working
    language as its alternative ("staff who speak Mandarin ya Chinese"): then it is the language."""
    languages = frozenset(p for p in mention.pairs if p.field == "languages")
    beside = (
        other
        for other in read
        if other is not mention
        and any(p.field == "languages" for p in other.pairs)
        and OR_BETWEEN.match(folded[min(other.end, mention.end) : max(other.start, mention.start)])
    )
    if languages and next(beside, None) is not None:
        return replace(mention, pairs=languages, weak=False)
    return None


_REQUEST_WORD = _rx("|".join(f"(?:{p})" for p in [*COMPANY_NOUNS, *LIST_WORDS, *STRONG_LIST_WORDS]))


def request_word(word: str) -> bool:
    """A word of the request itself: one for companies, for a list, or the directory ("کمپنیاں", "哪家", "directory")."""
    return _REQUEST_WORD.search(word) is not None


def _company_word(phrase: str) -> bool:
    """A word for companies ("startups", 初创公司), whatever else it names."""
    return any(_rx(p).fullmatch(phrase) for p in COMPANY_NOUNS)


def _same_kind(a: Mention, b: Mention) -> bool:
    """Alternatives name the same kind of thing ("SAP or Odoo"); "Lahore and fintech" are two conditions."""
    return bool({p.field for p in a.pairs} & {p.field for p in b.pairs})


def parse_filters(question: str, vocab: DirectoryVocabulary) -> tuple[Filters, bool]:
    """Return the filters and whether the question asks for companies at all. Digits of every script are read
    as the directory writes them: "آئی ایس او ۲۷۰۰۱" names ISO 27001."""
    text = fold_digits(question).replace("＆", "&")
    read = vocab.terms.mentions(text)
    latin = vocab.in_latin(text, (m.phrase for m in read))
    if latin != text:  # English words it wrote in Urdu script, now written as the directory writes them
        text, read = latin, vocab.terms.mentions(latin)
    f = Filters()
    lowered = text.lower()
    folded = fold(text)

    f.names |= vocab.names_in(lowered, text)

    # An everyday word that names a country ("Chinese" in "Chinese-to-Arabic listing translation") asks for
    # the country, not for the value it is part of.
    mentions = [
        _as_language(m, folded, read) if m.weak and country_mentions(m.phrase) else m
        for m in read
        if not (_company_word(m.phrase) and not _whole_value(m))
    ]
    # A word that only names the form an offering takes ("software" after the work it is for) asks for no value
    # of its own: "HACCP software" is the HACCP work, not also every value written with "software".
    mentions = [m for m in mentions if m is not None and not (set(tokenize(m.phrase)) or {""}) <= OFFERING_FORMS]
    events = _event_places(folded, mentions)
    mentions = [m for m in mentions if m not in [mention for mention, _ in events]]
    theirs = told_of_asker(folded)
    unheld, organisations = _unheld(text, folded, mentions, vocab, theirs)
    rest = _masked(folded, ((m.start, m.end) for m in mentions))
    if not _any(COMPANY_NOUNS, rest):
        # A word for companies that is also a value ("startups": the clients some companies serve) names
        # what is asked for when the question has no other: "fintech startups founded after 2018".
        mentions = [m for m in mentions if not _company_word(m.phrase)]
    mentions = [_as_certification(m, folded) for m in mentions]
    f.needs = _needs(folded, mentions, theirs)
    f.unheld = unheld
    f.organisations = organisations
    f.event_places = [words for _, words in events]
    f.countries = _asked_countries(_masked(rest, theirs), " ".join(folded[a:b] for a, b in theirs))
    if len(f.countries) > 1:
        f.countries.clear()

    m = CMMI.search(text)
    if m:
        digit = next(g for g in m.groups()[1:] if g)
        level = int(_ZH_DIGITS.get(digit, digit))
        if CMMI_OR_ABOVE.search(text[m.end() : m.end() + 20]):
            f.cmmi_min = level
        else:
            f.cmmi_exact = level
        f.needs = [n for n in f.needs if not all("cmmi" in p.value for p in n.pairs)]
    if not any(n for n in f.needs if any(p.field == "certifications" for p in n.pairs)) and _any(
        NO_CERTIFICATION, text
    ):
        f.no_certification = True

    numeric = spelled_out(text)  # "one thousand", "一千", "ایک ہزار" as 1000, for counts and years
    for pattern in EMPLOYEE_RANGES:
        rm = _rx(pattern).search(numeric)
        if rm:
            # The two numbers, whatever word for staff stands before them ("staff 50 se 150 tak").
            low, high = sorted(int(g.replace(",", "")) for g in rm.groups() if g and g[0].isdigit())[:2]
            f.employees += [(">=", low), ("<=", high)]
            break
    for pattern, op in [] if f.employees else EMPLOYEE_RULES:
        for em in _rx(pattern).finditer(numeric):
            number = next(g for g in em.groups() if g and re.fullmatch(r"\d[\d,]*", g))
            f.employees.append((op, int(number.replace(",", ""))))
        if f.employees:
            break
    if not f.employees and _any(SMALL_COMPANY, text):
        f.employees.append(("<", SMALL_COMPANY_MAX))
    for pattern, op in FOUNDED_RULES:
        fm = _rx(pattern).search(numeric)
        if fm:
            year = next(g for g in fm.groups() if g and g.isdigit() and len(g) == 4)
            f.founded.append((op, int(year)))
            break
    if not f.founded:
        for pattern in YEARS_IN_BUSINESS:
            ym = _rx(pattern).search(numeric)
            if ym:
                years = int(next(g for g in ym.groups() if g and g.replace(",", "").isdigit()).replace(",", ""))
                f.founded.append(("<", vocab.this_year - years))
                break

    has_company_noun = _any(COMPANY_NOUNS, text)
    # What the asker says of themselves ("Hi, we're a 40-person HIS team in Multan.") is no request for
    # companies: its word for companies and its values count only beside a request in the asking sentences.
    asks_of_companies = _any(COMPANY_NOUNS, _masked(folded, theirs)) if theirs else has_company_noun
    f.about_companies = has_company_noun or bool(mentions) or _any(LIST_WORDS, text)
    if _any(PITCH_PATTERNS, text) and has_company_noun and not _another_event_year(text):
        f.pitched = True

    asks_list = _any(LIST_WORDS, rest)  # not a value's own word ("patent search tools")
    asked_needs = [n for n in f.needs if not n.stated]
    asked = f if asks_of_companies else replace(f, needs=asked_needs)
    wants = asked.wants()
    f.strongly_asked = _any(STRONG_LIST_WORDS, text)
    # A place and a list word ask for the companies there, when a word for companies, not only for someone, does.
    firms_asked = _any(COMPANY_NOUNS, _masked(folded, (m.span() for p in SOMEONE for m in _rx(p).finditer(folded))))
    located = bool(asked.cities or f.countries) and f.strongly_asked and firms_asked
    programme_like = (
        (_any(PROGRAMME_VERBS, text) and not wants)
        or (_any(PARTICIPATION_VERBS, text) and _any(ABILITY_QUESTION, text) and not asks_list)
        # "How many companies pitched?" is the programme's count; "list the Shenzhen companies, and how
        # many staff each" asks for the companies.
        # Counted by an everyday word alone ("Spring tour … kitni companies ne MoU sign kiye?") it is the
        # programme's count too.
        or (_any(COUNT_QUESTION, text) and not (wants and asked.firm() and f.pitched is None) and not located)
        or (_any(PROGRAMME_QUESTION, text) and not (wants and asks_list))
        or (_any(PROGRAMME_NOUNS, text) and not wants)
        or (_any(EACH_COMPANY, text) and not asks_list)
        or _any(ASKS_DURATION, text)
    )
    # Without a word for companies ("Are there ISO 27001 certified BPOs?") two checkable needs and a
    # request for a list still make it a directory search; an everyday word ("mobile" in "SIM card kaunsi,
    # China Mobile ya Unicom?"), one most companies meet (the directory's own field) or the asker's own thing
    # is not one.
    conditions = (
        sum(not (n.weak or vocab.broad(n)) for n in asked_needs)
        + bool(f.cmmi_exact or f.cmmi_min)
        + len(f.employees)
        + len(f.founded)
        + f.no_certification
    )
    # Asked of the directory by name ("名录里有哪些中国的连锁药房", "directory mein koi …"): one condition will do, a
    # country too ("any chinese garment makers in the directory?"; a city is one already).
    in_directory = _any(DIRECTORY_NAMED, text)
    conditions += in_directory and bool(f.countries)
    implied = not asks_of_companies and (asks_list or in_directory) and conditions >= (1 if in_directory else 2)
    if f.names:
        # A question naming a company asks about that company: its other words describe what to tell.
        return Filters(names=f.names, about_companies=True), True
    wants_companies = bool(f.names or (not programme_like and ((asks_of_companies and (wants or located)) or implied)))
    # Asked for companies by what they do in words no value holds, perhaps where ("伊斯兰堡有哪些做洪水预警的公司"):
    # an open request, ranked by what they offer (engine). Only where nothing else was read of what they do.
    offering = next((_asked_work(m) for p in OFFERING if (m := _rx(p).search(text))), None)
    f.asked_work = offering or ""
    # A weak word read as a value ("electric" of "electric van fleet") is no reading of what they do when the
    # work asked for holds more words than it ("electric vehicle charging software").
    beyond = offering is not None and bool(
        set(tokenize(offering)) - STOPWORDS - {t for n in f.needs if n.weak for t in tokenize(n.phrase)}
    )
    placed_only = all(p.field == "city" for n in f.needs if not (n.weak and beyond) for p in n.pairs)
    if offering is not None and placed_only and asks_of_companies and not (programme_like or f.unheld):
        f.open_request = wants_companies = True
        f.offering = offering
        f.needs = [n for n in f.needs if not n.weak]  # its words are the offering's, ranked with it
    if any(not (n.weak or n.negated) for n in asked_needs):
        # What the asker says of themselves ("I'm with a Chinese MVNO") is no condition beside what they ask for.
        f.needs = [n for n in f.needs if not n.stated or n.negated]
    f.implied = wants_companies and not has_company_noun
    return f, wants_companies


def alternatives(offering: str) -> list[str]:
    """The parts of work asked for that its "or" words make alternatives, each of at least two characters."""
    parts = [part.strip() for part in OR_WORDS.split(offering)]
    return [part for part in parts if len(part) >= 2] or [offering]


def _asked_work(match: re.Match[str]) -> str:
    """The work an offering clause asks for: its `what` group, else the whole clause."""
    what = match.groupdict().get("what")
    return (what or match.group(0)).strip()


def asks_for_unheld_fact(question: str) -> bool:
    """Prices, rates, salaries, revenue: facts the directory never holds about a company."""
    return _any(NOT_IN_DIRECTORY, question)


def apply_request(
    filters: Filters, wants: bool, request: DirectoryRequest, vocab: DirectoryVocabulary
) -> tuple[Filters, bool]:
    """Add an LLM's reading of the question to the rule-based one, trusting only what the directory holds.

    Each value the model names is read through the same matcher as a question, so it must name a real
    value of this directory; one that names none is reported in the answer, never used as a filter.
    Where the rules already read a kind of condition (a city, a service …) from the question's own
    words, the model's value of that kind is not added. Numbers outside any plausible range are dropped.
    """
    if filters.names:
        return filters, wants
    asked = [(v, False) for v in request.values] + [(v, True) for v in request.excluded_certifications]
    for value, negated in asked:
        mentions = vocab.terms.mentions(value)
        if negated:
            mentions = [m for m in mentions if any(p.field == "certifications" for p in m.pairs)]
        if not mentions:
            if value.strip() and fold(value) not in {fold(u) for u in filters.unknown + filters.unheld}:
                filters.unknown.append(value.strip())
            continue
        read = {p.field for need in filters.needs for p in need.pairs}
        for mention in mentions:
            # The question's own words win: the model only fills in a kind of condition they left open.
            if not {p.field for p in mention.pairs} & read:
                filters.needs.append(Need(value.strip(), mention.pairs, negated))
    country = (request.country or "").strip().upper()
    if country in {"PK", "CN"} and not filters.countries:
        filters.countries = {country}
    if not filters.employees:
        for op, number in ((">=", request.min_employees), ("<=", request.max_employees)):
            if number is not None and 0 <= number <= 10_000_000:
                filters.employees.append((op, number))
    if not filters.founded:
        for op, year in ((">=", request.founded_after), ("<", request.founded_before)):
            if year is not None and 1800 <= year <= 2100:
                filters.founded.append((op, year))
    return filters, wants or (request.wants_companies and filters.count() > 0)
