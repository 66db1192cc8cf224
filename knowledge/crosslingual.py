"""A question's concepts in the knowledge base's other languages, from the reviewed vocabulary.

multilingual-e5-small ranks a passage in the question's own language well above an equally good one
in another: a Chinese question about a stipend scores the Urdu guide that states it below Chinese
passages that merely share its words. When the question names a concept of the reviewed vocabulary
(`vocab/glossary.yaml`, `terms.yaml`, the cities and provinces of `places.yaml`), the names the knowledge
base itself uses for that concept in other languages and scripts move the question's vector towards them
and join its word search (knowledge/engine.py); a city it never names stands for its province, when the
knowledge base names that ("registered in Quetta" is searched by "Balochistan"). What bridges is field
vocabulary; which names are added depends only on the knowledge base being served. A concept the
knowledge base never names, in any language, is a sign the question asks for something it does not hold
(`unheld`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.chunking import split_sentences
from knowledge.directory_terms import NameFinder, fold, lexicon, places, provinces
from knowledge.grounding import ASKS_WHERE, CLAUSE_BREAK, QUESTION_WORD, asking_of, asks_money, names_money
from knowledge.language import ARABIC
from knowledge.relevance import TermIndex, content_terms
from knowledge.text import tokenize
from knowledge.vocabulary import ASKING, vocab_file

NAMES_PER_SCRIPT = 4  # of each concept, the first names in each script that the knowledge base holds (docs/quality.md)
# A concept named in more passages than this share is what the whole knowledge base is about: not bridged.
# A place is: a question naming a city asks about that city, however often the documents name it.
COMMON = 0.1
EXISTENCE_REACH = 12  # characters: a name this close to "is there", "koi", 有…吗 or "milega" is what is asked for
_LATIN = re.compile(r"[a-z]")
_CLAUSE_MARK = re.compile(r"[,，;；،؛.。!！?？]")
_CJK = re.compile(r"[\u3400-\u9fff]")
ASKS_EXISTENCE = re.compile("|".join(ASKING["asks_existence"]), re.IGNORECASE)
PRICE_WORD = re.compile("|".join(ASKING["price_words"]), re.IGNORECASE)
PRICE_ENDINGS_ZH = tuple(ASKING["price_endings_zh"])
BOUND_WORD = re.compile("|".join(ASKING["bound_words"]), re.IGNORECASE)
ASKS_DATE, _ = asking_of("date")


def _content_asked(folded: str, at: int) -> bool:
    """Whether a question word opens the clause an existence asking stands in: "what training does the
    programme offer" asks what it is, which a passage may answer without the word, where "does the programme
    offer training" asks whether."""
    clause = re.split(r"[.?!。？！\n]", folded[:at])[-1]
    clause = CLAUSE_BREAK.split(clause)[-1]
    return QUESTION_WORD.search(clause) is not None


def _asking_clauses(sentence: str) -> list[str]:
    """The clauses of a money question's sentence that ask the amount, or the sentence when none does alone."""
    clauses = [c for c in CLAUSE_BREAK.split(sentence) if c.strip()]
    return [c for c in clauses if asks_money(c)] or [sentence]


def _money_clauses(question: str) -> list[str]:
    """The clauses that ask an amount of money, folded: what is priced is named there."""
    return [fold(c) for s in split_sentences(question) if asks_money(s) for c in _asking_clauses(s)]


def _script(name: str) -> str:
    if _CJK.search(name):
        return "zh"
    if _LATIN.search(name.lower()):
        return "latin"
    return "ur"


def _names_price(name: str) -> bool:
    """Whether a name is a thing's price by its own words ("visa fee", ویزا فیس, 学费)."""
    return any(PRICE_WORD.match(w) for w in tokenize(name)) or name.endswith(PRICE_ENDINGS_ZH)


def _main_script(text: str) -> str:
    """The script most of a text's letters are in (`_script`'s names)."""
    counts = {
        "zh": len(_CJK.findall(text)),
        "ur": len(ARABIC.findall(text)),
        "latin": len(re.findall(r"[A-Za-z]", text)),
    }
    return max(counts, key=counts.__getitem__)


def _money_sentences(question: str) -> list[str]:
    """The question's sentences that ask an amount of money, folded: what is priced is named there, while the
    asker's context is not ("We're about to sign an ERP rollout. How much is the escrow fee?")."""
    return [fold(s) for s in split_sentences(question) if asks_money(s)]


def _compound(name: str) -> bool:
    """Two words or more, or four Chinese characters or more."""
    return len(tokenize(name)) > 1 or len(_CJK.findall(name)) >= 4


def concept_groups() -> tuple[tuple[str, ...], ...]:
    """Every group of names for one concept: glossary, lexicon terms and languages, cities, provinces."""
    return _concepts()[0]


@lru_cache(maxsize=1)
def folded_concept_groups() -> tuple[tuple[str, ...], ...]:
    """concept_groups() with each name folded, read once: a lead checks them against every unit it shows."""
    return tuple(tuple(fold(n) for n in g) for g in concept_groups())


def wider_concepts() -> dict[int, int]:
    """Each city's group -> its province's group (places.yaml)."""
    return _concepts()[1]


def place_concepts() -> frozenset[int]:
    """The groups that are cities or provinces."""
    return _concepts()[2]


def event_concepts() -> frozenset[int]:
    """The groups that are kinds of event (`kind: event` in the glossary): a webinar, an expo, a hackathon."""
    return _concepts()[3]


def answer_concepts() -> frozenset[int]:
    """The groups that name a kind of answer (`kind: answer` in the glossary): a duration, a quantity."""
    return _concepts()[4]


@lru_cache(maxsize=1)
def _concepts() -> tuple[tuple[tuple[str, ...], ...], dict[int, int], frozenset[int], frozenset[int], frozenset[int]]:
    glossary = vocab_file("glossary.yaml") or []
    groups = [tuple(str(n) for n in g.get("names") or ()) for g in glossary or []]
    events = [i for i, g in enumerate(glossary) if g.get("kind") == "event"]
    answers = [i for i, g in enumerate(glossary) if g.get("kind") == "answer"]
    groups.extend(names for _, names in lexicon())
    cities = places()[1]
    regions, province_of = provinces()
    first_city = len(groups)
    groups.extend(cities.values())
    region_group = {key: len(groups) + i for i, key in enumerate(regions)}
    groups.extend(regions.values())
    wider = {first_city + i: region_group[province_of[key]] for i, key in enumerate(cities) if key in province_of}
    kept = [i for i, g in enumerate(groups) if len(g) > 1]
    index = {old: new for new, old in enumerate(kept)}
    return (
        tuple(groups[i] for i in kept),
        {index[city]: index[region] for city, region in wider.items() if city in index and region in index},
        frozenset(index[i] for i in range(first_city, len(groups)) if i in index),
        frozenset(index[i] for i in events if i in index),
        frozenset(index[i] for i in answers if i in index),
    )


@lru_cache(maxsize=1)
def _finder() -> NameFinder:
    return NameFinder(concept_groups())


def _names_in(text: str) -> list[tuple[str, int]]:
    """The vocabulary's names a text holds, folded, each with its concept group (NameFinder.find)."""
    folded = fold(text)
    return [(folded[start:end], group) for start, end, group in _finder().find(text)]


@lru_cache(maxsize=4096)
def groups_named(text: str) -> frozenset[int]:
    """The concept groups a passage names: the same answer passages are read for many questions."""
    return frozenset(group for _, group in _names_in(text))


def _several_words(name: str) -> bool:
    """A name of two words or more in a spaced script ("road show"); Chinese is read by its characters."""
    return not _CJK.search(name) and len(re.findall(r"[^\W_]+", name)) > 1


def _thing_words(name: str) -> list[str]:
    """A name's words without those asking for a bound ("age limit" -> age; `bound_words`), or all of them
    when it is nothing but such words."""
    tokens = tokenize(name)
    return [t for t in tokens if not BOUND_WORD.match(t)] or tokens


def _bound_thing_named(group: int, words: set[str]) -> bool:
    """Whether a concept that is a bound of a thing ("age limit", عمر کی حد) has the thing named among
    `words`: passages give an age range without the word "limit" (`bound_words`)."""
    return any(
        len(thing := _thing_words(name)) < len(tokenize(name)) and all(t in words for t in thing)
        for name in concept_groups()[group]
    )


@dataclass(frozen=True)
class QueryBridge:
    """Per knowledge base: for each concept group, the names its documents use, by script, and how
    common the concept is there (the share of passages that name it)."""

    held: dict[int, dict[str, tuple[str, ...]]]
    share: dict[int, float]
    wider: dict[int, int] = field(default_factory=dict)  # a city's group -> its province's (wider_concepts)
    places: frozenset[int] = frozenset()  # the groups that are cities or provinces (place_concepts)
    terms: TermIndex | None = None  # the knowledge base's words, for a question's own words no concept names
    apart: frozenset[int] = frozenset()  # events held only by the words of a name of several, never side by side

    @classmethod
    def build(cls, terms: TermIndex, phrase: Callable[[str], bool] | None = None) -> QueryBridge:
        """A name is held where each of its words is used. `phrase`: whether the documents hold a name of several
        words as written, its words side by side; an event held only by such words apart ("road show" by "4th
        Road" and "showing") is one they never name (`unheld`)."""
        held: dict[int, dict[str, tuple[str, ...]]] = {}
        share: dict[int, float] = {}
        events = event_concepts()
        apart: set[int] = set()
        for i, names in enumerate(concept_groups()):
            by_script: dict[str, list[str]] = {}
            for name in names:
                used = min((terms.frequency(t) for t in _thing_words(name)), default=0)
                if used:
                    by_script.setdefault(_script(name), []).append(name)
                    share[i] = max(share.get(i, 0.0), used / max(terms.documents, 1))
            if by_script:
                held[i] = {s: tuple(n[:NAMES_PER_SCRIPT]) for s, n in by_script.items()}
                named = [n for ns in by_script.values() for n in ns]
                if phrase is not None and i in events and not any(not _several_words(n) or phrase(n) for n in named):
                    apart.add(i)
        return cls(held, share, wider_concepts(), place_concepts(), terms, frozenset(apart))

    def _holder(self, group: int) -> int | None:
        """The group whose names the knowledge base uses for this concept: its own, else (for a city it never
        names) its province's, else None."""
        if group in self.held:
            return group
        wider = self.wider.get(group)
        return wider if wider in self.held else None

    def concepts(self, question: str) -> list[tuple[str, int]]:
        """The vocabulary's names the question uses, each with its concept group."""
        return _names_in(question)

    def names(self, question: str, found: list[tuple[str, int]] | None = None) -> list[str]:
        """The knowledge base's names, in other scripts, for the concepts the question names (`found`: its
        concepts, when already read)."""
        folded = fold(question)
        out: dict[str, None] = {}
        for text, group in self.concepts(question) if found is None else found:
            holder = self._holder(group)
            if holder is None or (self.share.get(holder, 0.0) > COMMON and holder not in self.places):
                continue
            asked = _script(text)
            for script, names in self.held[holder].items():
                # Roman Urdu and English share the Latin script; a province is another name in any script.
                if script != asked or script == "latin" or holder != group:
                    out.update((n, None) for n in names if fold(n) not in folded)
        return list(out)

    def named_here(self, question: str, found: list[tuple[str, int]] | None = None) -> list[str]:
        """The question's phrases for concepts the knowledge base names, in any of its languages."""
        found = self.concepts(question) if found is None else found
        return [text for text, group in found if self._holder(group) is not None]

    def unheld(self, question: str, found: list[tuple[str, int]] | None = None) -> list[str]:
        """Concepts the question names that the knowledge base never names, in any of its languages.

        Compound names count ("health insurance", "early-bird discount", 分期付款), but a bound of a thing
        ("age limit", 年龄上限, عمر کی حد) is held where the thing is named: documents give an age range
        without the word "limit" (`bound_words`, QueryBridge.build). A single word
        ("complaint", "result") is often a near synonym of one the documents use, so it counts only when
        the question asks whether such a thing exists or is offered ("is there a discount…", 有折扣吗),
        or what it costs ("the average salary", "kiraya kitna", in the sentence asking it) and is neither a
        place (the asker's own city is where they are, not what they ask about) nor the asking itself ("cost",
        "price"):
        measured on five knowledge bases, counting every single word declined answerable questions. A word for
        the kind of answer asked ("时长", duration: `kind: answer`) is no thing asked about: "每场25分钟" gives one.
        """
        # Whether a thing exists is asked in its own sentence: "we're a 3-person startup so we'd apply in a
        # consortium. is there any extra charge?" asks for a charge, not for startups. Where the asker is counts
        # anywhere ("We are registered in Lahore. Is there any reduction?" asks for one there). A sentence that
        # asks and names nothing asks of the one before: "Python seekhne ke liye best online course? 推荐一下".
        found = self.concepts(question) if found is None else found
        sentences = [fold(s) for s in split_sentences(question)]
        existence = [
            f"{sentences[n - 1]} {sentence}" if n and not any(text in sentence for text, _ in found) else sentence
            for n, sentence in enumerate(sentences)
            if ASKS_EXISTENCE.search(sentence)
        ]
        # An event asked when or where it is ("hackathon ki registration deadline kab hai?") is asked to exist.
        timed = bool(ASKS_DATE.search(question) or ASKS_WHERE.search(question))
        events = event_concepts()
        priced = _money_sentences(question)

        def priced_thing(text: str, group: int) -> bool:
            return any(text in s for s in priced) and self._thing(text, group)

        answers = answer_concepts()
        return [
            text
            for text, group in found
            if group not in answers
            and (
                (
                    self._holder(group) is None
                    and (
                        _compound(text)
                        or (existence and (group in self.places or any(text in s for s in existence)))
                        or priced_thing(text, group)
                        or (timed and group in events)
                    )
                )
                or (timed and group in self.apart)
            )
        ]

    def absent_from(self, question: str, texts: list[str], found: list[tuple[str, int]] | None = None) -> list[str]:
        """What the question asks whether the programme has or offers that the knowledge base names but none
        of `texts` (the answering passages) does, in any of its languages.

        "Is there a discount on test lab rates…?" finds the lab's rates; the knowledge base speaks of a
        discount elsewhere (another fee's), so `unheld` does not decline it, but nothing that answers speaks
        of one. Only a name within EXISTENCE_REACH characters of the asking ("is there a discount", "koi
        riayat", 有折扣吗, "visa milega"): one further off is context, not what is asked ("is there any way
        to report misconduct…" asks for a way). Places and the asking itself ("fee") aside. Measured on seven
        knowledge bases (docs/quality.md, seventeenth pass). Only passages that name what the question asks
        about count, when any does (`_subject`): "koi discount on the escrow fee" is not answered by the
        discounts on another fee (twenty-fifth pass).
        """
        folded = fold(question)
        existence = ASKS_EXISTENCE.finditer(folded)
        asking = [(m.start(), m.end()) for m in existence if not _content_asked(folded, m.start())]
        if not asking:
            return []

        def asked(text: str) -> bool:
            # Within reach and in the same clause: "humne application submit ki, koi extra charge?" asks for a
            # charge; the submitting is what the asker did.
            at = folded.find(text)
            return at >= 0 and any(
                at < end + EXISTENCE_REACH
                and at + len(text) > start - EXISTENCE_REACH
                and not _CLAUSE_MARK.search(folded, min(at + len(text), end), max(at, start))
                for start, end in asking
            )

        found = self.concepts(question) if found is None else found
        wanted = [
            (text, group) for text, group in found if group in self.held and self._thing(text, group) and asked(text)
        ]
        if not wanted:
            return []
        # What is asked for must be said of what it is asked about: a discount on another fee's passage is
        # not a discount on the escrow fee. That is the question's most specific other concept, when a
        # passage names it; else every passage counts.
        subject = self._subject(found, {group for _, group in wanted})
        texts = [text for text in texts if subject in groups_named(text)] or texts
        there = frozenset().union(*(groups_named(text) for text in texts))
        words = {t for text in texts for t in tokenize(text)}
        absent = [text for text, group in wanted if group not in there and not _bound_thing_named(group, words)]
        if absent or subject is not None:
            return absent
        # No concept says what it is asked of ("a group discount on the China study visit"): the question's own
        # uncommon words do, where an answering passage uses them; a discount only another passage names is
        # another thing's.
        own = self._own_words(question, [text for text, _ in wanted])
        holding = {i for i, text in enumerate(texts) if own & set(tokenize(text))}
        return [
            text
            for text, group in wanted
            if holding and not any(group in groups_named(t) for i, t in enumerate(texts) if i in holding)
        ]

    def priced_absent(self, question: str, texts: list[str], found: list[tuple[str, int]] | None = None) -> list[str]:
        """The money a question asks the amount of, named as a thing ("the total budget", 总预算, "کل بجٹ", "the
        average salary"), that the knowledge base names somewhere but none of `texts` (the answering passages)
        does, in any of its languages: their amounts are another thing's. Only in the sentence that asks."""
        priced = _money_sentences(question)
        if not priced:
            return []
        found = self.concepts(question) if found is None else found
        wanted = [
            (text, group)
            for text, group in found
            if group in self.held and names_money(text) and self._thing(text, group) and any(text in s for s in priced)
        ]
        if not wanted:
            clauses = _money_clauses(question)
            wanted = [
                (text, group)
                for text, group in found
                if group in self.held
                and _names_price(text)
                and self._thing(text, group)
                and self.share.get(group, 0.0) <= COMMON
                and any(text in c for c in clauses)
            ]
            # A passage in a script the knowledge base never names the thing in may name it by words no group
            # holds: only passages all in its scripts can be read for it.
            scripts = {_main_script(text) for text in texts}
            wanted = [(text, group) for text, group in wanted if scripts <= self.held[group].keys()]
            if not wanted:
                return []
        there = frozenset().union(*(groups_named(text) for text in texts))
        return [text for text, group in wanted if group not in there]

    def _own_words(self, question: str, asked: list[str]) -> set[str]:
        """The question's words the knowledge base uses in few passages (COMMON), what it asks for, places and
        the asking aside."""
        if self.terms is None:
            return set()
        aside = {t for text in asked for t in tokenize(text)}
        aside |= {t for text, group in self.concepts(question) if not self._thing(text, group) for t in tokenize(text)}
        documents = max(self.terms.documents, 1)
        return {
            t for t in content_terms(question) if t not in aside and 0 < self.terms.frequency(t) <= COMMON * documents
        }

    def unpriced(
        self, question: str, amounts: list[str], denials: list[str], found: list[tuple[str, int]] | None = None
    ) -> list[str]:
        """What a money question asks the price of when the passages name it only to leave it out ("visa costs
        are not included", 国际机票…自理: `denials`, units with a negation) and no unit that gives an amount
        (`amounts`, each under its headings) names it, in any of the knowledge base's languages.

        "What is the visa fee?" finds the delegate fee, beside "airfare and visa costs are not included": the
        amount is another thing's. What is asked stands in the sentence asking the price; places and the asking
        itself ("fee") aside (`unheld`); a name that holds its own price word ("visa fee", ویزا فیس) is the thing
        priced, the rest of the sentence its setting. Without a denial nothing is declined: a table's rows often
        price a thing their headings name in another language.
        """
        # The clause asking, not the asker's account of themselves before it ("we are a firm of 12, what is…").
        priced = _money_clauses(question)
        if not priced or not amounts or not denials:
            return []
        found = self.concepts(question) if found is None else found
        # A name with its own price word ("visa fee") prices its thing (visa), which the documents may name alone.
        wanted = {
            text: groups
            for text, group in found
            if self._thing(text, group)
            and self.share.get(group, 0.0) <= COMMON
            and any(text in s for s in priced)
            and (groups := {group, *self._priced_thing(text)}) & self.held.keys()
        }
        named_priced = {t: g for t, g in wanted.items() if any(PRICE_WORD.match(w) for w in tokenize(t))}
        wanted = named_priced or wanted
        there = frozenset().union(*(groups_named(text) for text in amounts))
        words = {t for text in amounts for t in tokenize(text)}
        if any(group in there or _bound_thing_named(group, words) for groups in wanted.values() for group in groups):
            return []
        denied = frozenset().union(*(groups_named(text) for text in denials))
        return [text for text, groups in wanted.items() if groups & denied]

    def _priced_thing(self, name: str) -> set[int]:
        """The concepts a name with its own price word prices ("visa fee" -> visa): a passage leaving out the
        visa leaves out its fee."""
        thing = " ".join(w for w in tokenize(name) if not PRICE_WORD.match(w))
        return {group for _, group in self.concepts(thing)} if thing else set()

    def _subject(self, found: list[tuple[str, int]], wanted: set[int]) -> int | None:
        """The concept named in fewest passages among those the question names besides what it asks for,
        places and the asking ("fee") aside, nor one the whole knowledge base is about (COMMON)."""
        others = [
            group
            for text, group in found
            if group in self.held
            and group not in wanted
            and self._thing(text, group)
            and self.share.get(group, 0.0) <= COMMON
        ]
        return min(others, key=lambda group: self.share.get(group, 0.0), default=None)

    def _thing(self, text: str, group: int) -> bool:
        """Whether a concept the question names can be a thing it asks about: not a place (the asker's own city
        is where they are) nor the asking itself ("fee", "price")."""
        return group not in self.places and not PRICE_WORD.match(text)

    def bridged(self, question: str) -> str | None:
        """The question with those names appended, or None when it names nothing to bridge."""
        names = self.names(question)
        return with_names(question, names) if names else None


def with_names(question: str, names: list[str]) -> str:
    """The words a bridged question is searched by (BM25): the question, then the knowledge base's names."""
    return f"{question} ({', '.join(names)})"
