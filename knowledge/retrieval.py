"""Hybrid retrieval: Chroma's vectors, calibrated across languages, fused with BM25 (jieba for Chinese).

Vectors carry meaning across languages (a Chinese question finds an English answer); BM25 carries
exact names, numbers and rare words that a small embedding model blurs. Neither alone is enough.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.chunking import Chunk, answer_units, unit_document
from knowledge.crosslingual import QueryBridge
from knowledge.directory_terms import country_mentions, fold, places
from knowledge.embeddings import CachedEmbeddings
from knowledge.footnotes import Footnote, footnotes
from knowledge.gloss import questions_embedded
from knowledge.grounding import (
    cities_in,
    documents_year,
    event_cities,
    gives_contact,
    holidays_named,
    named_cities,
    numbered_names,
    spoken_of,
)
from knowledge.language import detect_language
from knowledge.references import Correction, KeyedRow, amendments, corrections, keyed_rows, superseded
from knowledge.relevance import (
    PLACE_CITIES,
    PLACE_MARGINS,
    PlaceQuestions,
    RelevanceFloor,
    TermIndex,
    off_topic_probes,
    own_name,
    place_questions,
    topic_questions,
)
from knowledge.store import Catalog, VectorIndex
from knowledge.text import chinese_script, tokenize

# Generic questions with no topic, per question language. A chunk's mean similarity to them is its
# prior for that language: how similar it looks to any question written in it (see similarities()).
PROBES: dict[str, tuple[str, ...]] = {
    "en": (
        "What is this about?",
        "How does it work?",
        "When is it?",
        "Where is it?",
        "Who can help me?",
        "How much does it cost?",
        "What do I need to do?",
        "Can you tell me more?",
        "Is it possible?",
        "How long does it take?",
    ),
    "zh": (
        "这是关于什么的？",
        "这个怎么运作？",
        "什么时候？",
        "在哪里？",
        "谁可以帮我？",
        "费用是多少？",
        "我需要做什么？",
        "能详细介绍一下吗？",
        "可以吗？",
        "需要多长时间？",
    ),
    "ur": (
        "یہ کس بارے میں ہے؟",
        "یہ کیسے کام کرتا ہے؟",
        "یہ کب ہے؟",
        "یہ کہاں ہے؟",
        "کون میری مدد کر سکتا ہے؟",
        "اس کی قیمت کتنی ہے؟",
        "مجھے کیا کرنا ہوگا؟",
        "مزید بتائیں؟",
        "کیا یہ ممکن ہے؟",
        "اس میں کتنا وقت لگتا ہے؟",
    ),
    "ur-Latn": (
        "yeh kis baare mein hai?",
        "yeh kaise kaam karta hai?",
        "yeh kab hai?",
        "yeh kahan hai?",
        "meri madad kaun kar sakta hai?",
        "is ki qeemat kitni hai?",
        "mujhe kya karna hoga?",
        "mazeed batayen?",
        "kya yeh mumkin hai?",
        "is mein kitna waqt lagta hai?",
    ),
}
GROUP_TOP = 3  # a language's best matches: the mean of its top three calibrated scores
GROUP_PULL = 0.7  # how far each language's best matches move towards the others' (docs/retrieval.md)
BM25_WEIGHT = 0.01  # share of the best BM25 score added to a calibrated cosine similarity
UNIT_SHARE = 0.3  # of how far a chunk's best sentence or row scores above the chunk whole, added to it


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused score (higher is better)
    vector_sim: float  # cosine similarity to the question
    bm25: float  # raw BM25 score, 0 when no question word occurs in the chunk
    calibrated: float = 0.0  # similarity minus the chunk's prior for the question's language


class HybridRetriever:
    def __init__(self, catalog: Catalog, index: VectorIndex, embeddings: Embeddings, cached: CachedEmbeddings) -> None:
        """`cached` embeds answer units (sentences, rows) and calibration probes once, kept across starts."""
        self.embeddings = embeddings
        self.cached = cached
        self._units: dict[str, tuple[list[str], np.ndarray]] = {}
        self._unit_matrix = np.zeros((0, 0), dtype=np.float32)
        self._unit_owner = np.zeros(0, dtype=int)
        self._unit_priors: dict[str, np.ndarray] = {}
        self.catalog = catalog
        self.index = index
        self._lock = threading.Lock()
        self._generation = -1
        self._chunks: list[Chunk] = []
        self._by_id: dict[str, int] = {}
        self._bm25: object | None = None
        self._vocab: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._priors: dict[str, np.ndarray] = {}
        self._groups: list[np.ndarray] = []
        self._languages = np.asarray([], dtype=str)  # each chunk's language
        self._probe_vectors: dict[str, np.ndarray] = {}
        self.relevance = RelevanceFloor.open(TermIndex(()))
        self.cities: frozenset[str] = frozenset()  # the cities the documents speak of (grounding.spoken_of)
        self.event_cities: frozenset[str] = frozenset()  # the cities they name with an event (grounding.event_cities)
        self.holidays: frozenset[str] = frozenset()  # the festivals and holidays they name (grounding.holidays_named)
        self.this_year: int | None = None  # the year they are written for (grounding.documents_year)
        self.chinese_script = "simplified"  # how the documents write Chinese: questions are read in it (text.in_script)
        self._folded_text = ""  # every passage, folded: is a quotation from the documents?
        self._numbered: dict[str, frozenset[str]] = {}  # capitalised words the documents number as names
        self.bridge = QueryBridge({}, {})  # the vocabulary's concepts, as these documents name them
        self.keyed_rows: dict[str, KeyedRow] = {}  # table rows by their item number (knowledge/references.py)
        # Later notices' corrections, addenda's amendments and a document's own updates, by the passage they correct.
        self.corrections: dict[str, list[Correction]] = {}
        self.footnotes: dict[str, dict[str, Footnote]] = {}  # each document's notes by mark (knowledge/footnotes.py)
        self.own_name: frozenset[str] = frozenset()  # the words of the programme's name (relevance.own_name)
        self._sections: dict[tuple[str, str], str] = {}  # each section's text by (document, headings), in order
        # The passages that give an e-mail or a phone, each with the vectors of its units that do (its contact rows).
        self.contact_rows: list[tuple[Chunk, np.ndarray]] = []

    def refresh(self) -> None:
        """Rebuild the BM25 index when the catalog changed (here or in another process)."""
        generation = self.catalog.generation()
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:
                return
            import bm25s

            logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
            chunks = self.catalog.all_chunks()
            corpus = [tokenize(c.indexed_text) or ["\u2205"] for c in chunks]
            retriever = bm25s.BM25()
            if chunks:
                retriever.index(corpus, show_progress=False)
            self._bm25 = retriever if chunks else None
            self._vocab = dict(retriever.vocab_dict) if chunks else {}
            self._chunks = chunks
            self._by_id = {c.id: i for i, c in enumerate(chunks)}
            sections: dict[tuple[str, str], list[str]] = {}
            for c in sorted(chunks, key=lambda c: c.position):
                sections.setdefault((c.source, c.headings), []).append(c.text)
            self._sections = {key: "\n".join(texts) for key, texts in sections.items()}
            self._matrix = self._load_vectors(chunks)
            self._priors = self.language_priors(self._matrix)
            languages = np.asarray([c.language for c in chunks])
            self._languages = languages
            self._groups = [np.flatnonzero(languages == lang) for lang in sorted(set(languages.tolist()))]
            self._units, self._unit_matrix, self._unit_owner = self._load_units(chunks, self._matrix)
            self._unit_priors = self.language_priors(self._unit_matrix)
            text = "\n".join(c.indexed_text for c in chunks)
            folded = fold(unicodedata.normalize("NFKC", text))  # "km²" is held as the "km2" a question types
            self.relevance = self._measure_relevance(chunks, folded)
            self._folded_text = folded  # before the bridge, which asks `mentions` which names stand as written
            self.bridge = QueryBridge.build(self.relevance.terms, self.mentions)
            titles = (c.title for c in {c.source: c for c in chunks}.values())
            self.own_name = own_name(titles, lambda word: bool(self.bridge.concepts(word)))
            self.cities = spoken_of(text)
            self.event_cities = event_cities(chunks)
            self.holidays = holidays_named(text)
            self.this_year = documents_year(text)
            self.chinese_script = chinese_script(text)
            self._numbered = numbered_names(text)
            self.keyed_rows = keyed_rows(chunks, self._units)
            self.contact_rows = self._contact_rows(chunks)
            self.corrections = corrections(chunks)
            for found in (amendments(chunks, self._units), superseded(chunks, self._units)):
                for chunk_id, more in found.items():
                    self.corrections.setdefault(chunk_id, []).extend(more)
            self.footnotes = footnotes(chunks)
            self._generation = generation

    def _load_units(
        self, chunks: list[Chunk], matrix: np.ndarray
    ) -> tuple[dict[str, tuple[list[str], np.ndarray]], np.ndarray, np.ndarray]:
        """Every chunk's answer units with their vectors (from the embedding cache that ingest filled): one
        matrix of all units, the chunk each row belongs to, and per chunk its units with a view of its rows."""
        units = {c.id: answer_units(c) for c in chunks}
        wanted = [(c, u) for c in chunks for u in units[c.id] if u != c.text]
        vectors = self.cached.embed_documents([unit_document(c, u) for c, u in wanted]) if wanted else []
        by_text = {(c.id, u): np.asarray(v, dtype=np.float32) for (c, u), v in zip(wanted, vectors, strict=True)}
        rows = [matrix[i] if u == c.text else by_text[(c.id, u)] for i, c in enumerate(chunks) for u in units[c.id]]
        flat = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 0), dtype=np.float32)
        owners = np.asarray([i for i, c in enumerate(chunks) for _ in units[c.id]], dtype=int)
        out: dict[str, tuple[list[str], np.ndarray]] = {}
        start = 0
        for chunk in chunks:
            end = start + len(units[chunk.id])
            out[chunk.id] = (units[chunk.id], flat[start:end])
            start = end
        return out, flat, owners

    def quotes(self, fragment: str) -> bool:
        """Whether the documents hold these words as they stand (case and spacing aside)."""
        folded = fold(unicodedata.normalize("NFKC", fragment))
        return bool(folded) and folded in self._folded_text

    def mentions(self, words: str) -> bool:
        """Whether the documents hold these words as whole words (case, hyphens and spacing aside)."""
        folded = fold(unicodedata.normalize("NFKC", words))
        pattern = rf"(?<!\w){re.escape(folded)}(?!\w)"
        return bool(folded) and re.search(pattern, self._folded_text) is not None

    def numbered(self, word: str) -> frozenset[str]:
        """The numbers the documents give a word written as a name ("Cycle 3", "Level 2"), by its lowercase."""
        return self._numbered.get(word, frozenset())

    def section(self, chunk: Chunk) -> str:
        """The text of the chunk's whole section (its document's chunks under the same headings), in order."""
        return self._sections.get((chunk.source, chunk.headings), chunk.text)

    def _contact_rows(self, chunks: list[Chunk]) -> list[tuple[Chunk, np.ndarray]]:
        out = []
        for chunk in chunks:
            units, matrix = self.units(chunk) if gives_contact(chunk.text) else ([], None)
            rows = [i for i, unit in enumerate(units) if gives_contact(unit)]
            if rows and matrix is not None and matrix.shape[1]:
                out.append((chunk, matrix[rows]))
        return out

    def units(self, chunk: Chunk) -> tuple[list[str], np.ndarray]:
        """A chunk's answer units and their vectors."""
        return self._units.get(chunk.id, ([chunk.text], np.zeros((1, 0), dtype=np.float32)))

    def _measure_relevance(self, chunks: list[Chunk], folded: str) -> RelevanceFloor:
        """How off-topic questions score on this knowledge base (see knowledge/relevance.py); `folded`: every
        passage, folded."""
        terms = TermIndex(c.indexed_text for c in chunks)
        if not chunks:
            return RelevanceFloor.open(terms)
        probes = [(lang, q) for lang, questions in off_topic_probes().items() for q in questions]
        probe_vectors = questions_embedded([q for _, q in probes], self.cached.embed_queries)
        scores = [
            float(self.similarities(v.tolist(), lang)[1].max())
            for (lang, _), v in zip(probes, probe_vectors, strict=True)
        ]
        topic_texts = topic_questions(chunks)
        topics = questions_embedded(topic_texts, self.cached.embed_queries)
        floor = np.sort(np.asarray(scores, dtype=np.float32))
        return RelevanceFloor(
            floor,
            probe_vectors,
            topics,
            terms,
            self._place_questions(chunks, folded),
            places_named,
            topic_languages=[detect_language(t) for t in topic_texts],
            probe_languages=[lang for lang, _ in probes],
        )

    def _place_questions(self, chunks: list[Chunk], folded: str) -> dict[str, PlaceQuestions]:
        """The visitor's and programme questions about the cities the documents name most and the countries
        they name (see knowledge/relevance.py), embedded as questions are."""
        countries, cities = places()
        named = Counter(city for chunk in chunks for city in cities_in(chunk.indexed_text))
        chosen = [("city", city, cities.get(city.lower())) for city, _ in named.most_common(PLACE_CITIES)]
        chosen += [("country", _country_name(code), countries.get(code)) for code in sorted(country_mentions(folded))]
        out: dict[str, PlaceQuestions] = {}
        for scope, name, names in chosen:
            if names:
                off_topic, programme = (
                    questions_embedded(place_questions(names, kind, scope), self.cached.embed_queries)
                    for kind in ("off_topic", "programme")
                )
                out[name] = PlaceQuestions(off_topic, programme, PLACE_MARGINS[scope])
        return out

    def language_priors(self, matrix: np.ndarray) -> dict[str, np.ndarray]:
        if matrix.size == 0:
            return {}
        if not self._probe_vectors:
            self._probe_vectors = {
                lang: questions_embedded(list(probes), self.cached.embed_queries) for lang, probes in PROBES.items()
            }
        return {lang: (matrix @ probes.T).mean(axis=1) for lang, probes in self._probe_vectors.items()}

    def _load_vectors(self, chunks: list[Chunk]) -> np.ndarray:
        """The chunks' vectors from Chroma, in catalog order, for exact and calibrated scoring."""
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32)
        vectors: dict[str, np.ndarray] = {}
        ids = [c.id for c in chunks]
        for start in range(0, len(ids), 2000):
            got = self.index.chunks.get(ids=ids[start : start + 2000], include=["embeddings"])
            for chunk_id, vector in zip(got["ids"], got["embeddings"], strict=True):
                vectors[chunk_id] = np.asarray(vector, dtype=np.float32)
        dim = len(next(iter(vectors.values()))) if vectors else 0
        matrix = np.zeros((len(chunks), dim), dtype=np.float32)
        for i, chunk_id in enumerate(ids):
            if chunk_id in vectors:
                matrix[i] = vectors[chunk_id]
        return matrix

    @property
    def chunks(self) -> list[Chunk]:
        return self._chunks

    def bm25_scores(self, query: str) -> np.ndarray:
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if self._bm25 is None or not tokens:
            return np.zeros(len(self._chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)  # type: ignore[attr-defined]

    def similarities(self, query_vector: list[float], language: str) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarity to every chunk, raw and calibrated across languages.

        E5 scores a passage in the question's own language (or one that mixes languages) higher
        than an equally good passage in another language. Two corrections, first measured on the
        public set and a handful of our own cross-lingual questions, the second measured again on ten
        knowledge bases (docs/retrieval.md):
        1. each chunk's prior is subtracted: its mean similarity to topic-free questions in the
           question's language (in the spirit of CSLS for cross-lingual retrieval);
        2. each chunk language's best matches are pulled GROUP_PULL of the way towards the other
           languages' best, so the passage that answers in another language is not buried under
           passages that merely share the question's language.
        A chunk whose best answer unit (a sentence or table row, calibrated the same way) scores above the
        chunk whole gains UNIT_SHARE of the difference: a short question meets the one sentence that
        answers it, across languages, more surely than the passage around it. Only a gain: a passage
        that answers as a whole is not marked down for having no single sentence that does
        (docs/quality.md, fifteenth pass).
        """
        if self._matrix.size == 0:
            empty = np.zeros(len(self._chunks), dtype=np.float32)
            return empty, empty
        query = np.asarray(query_vector, dtype=np.float32)
        raw = self._matrix @ query
        calibrated = raw - self._priors.get(language, self._priors["en"])
        if self._unit_matrix.size:
            units = self._unit_matrix @ query - self._unit_priors.get(language, self._unit_priors["en"])
            best = np.full(len(self._chunks), -np.inf, dtype=np.float32)
            np.maximum.at(best, self._unit_owner, units)
            best = np.where(np.isfinite(best), best, calibrated)
            calibrated = calibrated + UNIT_SHARE * np.maximum(best - calibrated, 0)
        if len(self._groups) > 1:
            tops = [float(np.sort(calibrated[g])[-GROUP_TOP:].mean()) for g in self._groups]
            centre = float(np.mean(tops))
            for group, top in zip(self._groups, tops, strict=True):
                calibrated[group] -= GROUP_PULL * (top - centre)
        return raw, calibrated

    def search(
        self, query: str, query_vector: list[float], language: str, k: int = 30, also: list[float] | None = None
    ) -> list[Hit]:
        """Candidates best first: calibrated similarity plus a small share of normalised BM25.

        Score fusion rather than reciprocal-rank fusion: RRF discards how far apart the calibrated
        similarities are, and on the public evaluation set it put the answering passage in the top
        three less often (31 against 34 of 40); BM25 still breaks ties on exact names and numbers.
        `also` is a second vector for the same question (its concepts in other languages, see
        knowledge/crosslingual.py): it orders the passages of each other language among themselves.
        """
        self.refresh()
        raw, calibrated = self.similarities(query_vector, language)
        if also is not None:
            raw_also, calibrated_also = self.similarities(also, language)
            for group in self._groups:
                if self._languages[group[0]] == language:
                    continue  # the question's own language needs no bridge
                # Reorder the language's passages by the bridged question, at the level the question alone
                # gives them: the bridge says which of them answers, not that the language does.
                shift = _top_mean(calibrated_also[group]) - _top_mean(calibrated[group])
                raw[group] = raw_also[group] - shift
                calibrated[group] = calibrated_also[group] - shift
        bm25 = self.bm25_scores(query)
        top = float(bm25.max()) if bm25.size else 0.0
        fused = calibrated + (BM25_WEIGHT * bm25 / top if top > 0 else 0.0)
        order = np.argsort(-fused)[:k]
        return [
            Hit(self._chunks[p], float(fused[p]), float(raw[p]), float(bm25[p]), float(calibrated[p])) for p in order
        ]


def _country_name(code: str) -> str:
    """A country's English name (places.yaml), as a place reading names it to staff."""
    return next((n for n in places()[0].get(code, ()) if n.isascii()), code)


@lru_cache(maxsize=8192)  # a message is read whole and sentence by sentence, as named_cities is
def places_named(text: str) -> frozenset[str]:
    """The cities a text names and the countries it names, by their English names (the place readings' keys)."""
    return named_cities(text) | {_country_name(code) for code in country_mentions(fold(text))}


def _top_mean(scores: np.ndarray) -> float:
    return float(np.sort(scores)[-GROUP_TOP:].mean())
