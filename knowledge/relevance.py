"""Is a question about this knowledge base at all? Calibrated against off-topic questions, per knowledge base.

multilingual-e5's scores are compressed: a question about the weather still reaches cosine 0.75-0.80
against programme text, so no fixed similarity tells "off topic". Every knowledge base is instead
measured against a reviewed set of general off-topic questions (`calibration/off_topic_probes.yaml`),
with three signals that carry to a knowledge base nobody has seen:
- relevance: the question's best calibrated passage score, as a percentile of the probes' scores on
  this knowledge base;
- leaning: whether the question is nearer (query to query) to the knowledge base's own topics (its
  section headings and FAQ questions) than to the off-topic probes, half over all of them and half
  language by language (topics in one language against probes in the same one), so that a question in a
  language the headings are seldom written in is not pulled towards the probes written in it;
- words: the share of its content terms that occur in the knowledge base (one typo away, or named
  there in another of its languages, counts);
- place: for a question naming a city or a country the documents name, whether it is nearer a visitor's
  question about that place (its weather, hotels, food; a country's exchange rate or embassy visas) than a
  programme question about it or the knowledge base's topics. The place pulls a visitor's question towards
  the documents' passages about it, and so past the other signals; against questions naming the same
  place, the place counts on both sides.
A question is answered when it beats nearly all probes and does not lean off topic, or beats most of
them while sharing the knowledge base's words or leaning towards its topics.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import yaml
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.chunking import Chunk, split_sentences
from knowledge.language import ARABIC, ROMAN_URDU_WORDS, roman_urdu_score
from knowledge.text import MIN_CONSONANTS, normalise, sounded_consonants, tokenize

PROBES_FILE = Path(__file__).parent / "calibration" / "off_topic_probes.yaml"
PLACE_QUESTIONS_FILE = Path(__file__).parent / "calibration" / "place_questions.yaml"
FUNCTION_WORDS_FILE = Path(__file__).parent / "vocab" / "function_words.yaml"
# Chosen on the public sample, sample-2 and tests/data/sample-3 with tests/data/out-of-domain.jsonl
# (docs/retrieval.md has the grid): the false-abstention bar first, then the most off-topic questions declined.
HIGH_PERCENTILE = 0.95  # beats this share of the probes: answered unless it leans off topic
MID_PERCENTILE = 0.7  # beats this share: answered with the knowledge base's words or topics
# The lean bounds were moved when the lean became half paired by language (see RelevanceFloor.lean) and chosen
# on all thirteen sets with the out-of-domain set (docs/quality.md, thirtieth pass): of 624 out-of-domain answers
# 73 % lean below HIGH_LEAN and 55 % below MID_LEAN, of 839 answerable questions 1.3 % and 0.4 %.
HIGH_LEAN = -0.025
MID_LEAN = -0.035
TERM_COVERAGE = 0.5
# Leaning this far to the knowledge base's own topics, with its words: not declined for its percentile alone
# ("When was the webinar held?" is short and scores like many probes). Of 624 out-of-domain answers on thirteen
# knowledge bases none leaned further than +0.014.
STRONG_LEAN = 0.025
# Every one of its words the knowledge base's, and beating HIGH_PERCENTILE of the probes: a lean down to this is
# still on topic. Urdu questions lean further off than others (RelevanceFloor.lean); on thirty-two knowledge bases
# such Urdu questions leaned to -0.047 and no out-of-domain or unanswerable one (of 2,088) read so above -0.045
# (docs/quality.md, forty-eighth pass).
WORDED_LEAN = -0.045
# Nearer a visitor's question about a place than any programme question about it by more than this: off topic.
# Of the nine evaluation sets' answerable questions, those naming a city reach -0.013 and those naming a
# country -0.026 (a country is named in far more programme questions: the programme is between two); their
# visitor questions reach -0.085 (docs/retrieval.md, docs/quality.md twenty-fourth pass).
PLACE_MARGINS = {"city": 0.02, "country": 0.04}
PLACE_CITIES = 10  # the cities the documents name in the most passages, each with its place questions
URDU_CHANGING_ENDINGS = ("ا", "ہ")  # a masculine noun's or verb's ending, replaced when it inflects
LOAN_CONSONANTS = 4  # an Urdu-script word read as an English word of the documents by this many consonants or more
TYPO_LENGTH = 6  # shorter words are one edit from too many others
# A word respelled as the documents write it must be longer: "export" is one edit from "expert", a typo of
# eight letters or more ("memebrship", "timmings") seldom is of another word (docs/quality.md, thirty-third pass).
RESPELL_LENGTH = 8
TOP = 3  # nearest topics / probes averaged; a language needs this many topics to be leaned against
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_CJK_GRAMS = (2, 3, 4)
# Quoted material: 'single', "double", curly and corner quotes. Straight single quotes only at word edges
# (so "users' mobile numbers" is not read as a quotation).
QUOTATION = re.compile(r"(?<!\w)'[^'\n]{2,}?'(?!\w)|\"[^\"\n]{2,}?\"|“[^”\n]{2,}?”|‘[^’\n]{2,}?’|「[^」\n]{2,}?」")


@lru_cache(maxsize=1)
def off_topic_probes() -> dict[str, tuple[str, ...]]:
    """The reviewed off-topic questions, per language."""
    data = yaml.safe_load(PROBES_FILE.read_text(encoding="utf-8"))
    return {lang: tuple(questions) for lang, questions in data.items()}


@lru_cache(maxsize=1)
def _place_templates() -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
    """calibration/place_questions.yaml, read once: scope -> kind -> language -> questions with a `{place}`."""
    data = yaml.safe_load(PLACE_QUESTIONS_FILE.read_text(encoding="utf-8"))
    return {
        scope: {kind: {lang: tuple(qs) for lang, qs in by_lang.items()} for kind, by_lang in kinds.items()}
        for scope, kinds in data.items()
    }


def place_questions(names: Sequence[str], kind: str, scope: str = "city") -> list[str]:
    """calibration/place_questions.yaml's questions of one kind ("off_topic", "programme") about a city or a
    country (`scope`), given its names (places.yaml): each language's questions with the place's name in
    that script, Roman Urdu's with the Latin name."""
    latin = next((n for n in names if n.isascii()), None)
    name = {
        "en": latin,
        "ur-Latn": latin,
        "zh": next((n for n in names if _CJK_RUN.search(n)), None),
        "ur": next((n for n in names if ARABIC.search(n)), None),
    }
    return [
        template.format(place=name[lang])
        for lang, templates in _place_templates()[scope][kind].items()
        if name.get(lang)
        for template in templates
    ]


@dataclass(frozen=True)
class PlaceQuestions:
    """One place's questions as query vectors, and how much nearer the visitor's a question must be."""

    off_topic: np.ndarray
    programme: np.ndarray
    margin: float


@lru_cache(maxsize=1)
def _function_words() -> dict:
    """vocab/function_words.yaml, read once: Roman Urdu's grammar words and Urdu's endings."""
    return yaml.safe_load(FUNCTION_WORDS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def roman_urdu_grammar() -> frozenset[str]:
    """Roman Urdu's grammar words: the reviewed list in vocab/function_words.yaml and those language detection uses."""
    return frozenset(word for words in _function_words()["ur-Latn"].values() for word in words) | ROMAN_URDU_WORDS


@lru_cache(maxsize=1)
def chinese_question_words() -> frozenset[str]:
    """Chinese words asking how many of a thing (vocab/function_words.yaml): no topic of the question's."""
    return frozenset(_function_words().get("zh", {}).get("question_words", ()))


@lru_cache(maxsize=1)
def urdu_grammar() -> frozenset[str]:
    """Urdu's own grammar words (vocab/function_words.yaml): never an English word written in Urdu script."""
    return frozenset(_function_words().get("ur", {}).get("grammar", ()))


@lru_cache(maxsize=1)
def urdu_suffixes() -> tuple[str, ...]:
    """The endings an Urdu word takes (vocab/function_words.yaml): a plain form is met in its inflected ones."""
    return tuple(_function_words().get("ur", {}).get("suffixes", ()))


def content_terms(question: str) -> list[str]:
    """Question words that carry a topic: stop words and, in Roman Urdu, its grammar words left out.

    Documents are seldom written in Roman Urdu, so its own words ("milegi", "bande", "koi") are not in
    them: counted, they read as topics the knowledge base does not cover. Only a question with a word
    that is Roman Urdu for certain loses them ("ban", "sir", "use" are English words too).
    """
    grammar = roman_urdu_grammar() if roman_urdu_score(question) else ROMAN_URDU_WORDS
    return [t for t in tokenize(question) if len(t) > 1 and t not in grammar and t not in chinese_question_words()]


def without_outside_quotations(question: str, documents_quote: Callable[[str], bool]) -> str | None:
    """The question without the quotations the documents do not hold: what it asks of them.

    "Translate 'thank you for your order'" carries the words it wants translated, and they can make
    it score like a programme question. A quotation the documents hold (a form's or a tier's name) is
    what the question is about and stays. None when there is nothing to take out, or nothing but stop
    words would be left.

    Cities were taken out the same way ("the weather in Chengdu next week") and measured: an office's
    address or hours without its city scores like an off-topic question too (docs/quality.md).
    """
    rest = question
    for match in QUOTATION.finditer(question):
        if not documents_quote(match.group(0)[1:-1]):
            rest = rest.replace(match.group(0), " ")
    rest = " ".join(rest.split())
    return rest if rest != " ".join(question.split()) and content_terms(rest) else None


OWN_NAME_SHARE = 0.5  # a word in the titles of at least this share of the documents is the knowledge base's name
OWN_NAME_DOCUMENTS = 3  # fewer documents than this say nothing of a name they share
_OWN_NAME_WORD = re.compile(r"[a-z]{3,}")


def own_name(titles: Iterable[str], named: Callable[[str], bool]) -> frozenset[str]:
    """The words of the programme's own name: in the titles of most documents ("Echo Orchard 2081 — Fee
    schedule", "Echo Orchard 2081 — Programme calendar"), Latin letters only, neither a year nor a word the
    vocabulary knows (`named`: "programme", "fee"). An off-topic question that names the programme borrows its
    words ("echo orchard naam sun ke yaad aaya, ghar mein aam ka paudha kaise lagayein?")."""
    distinct = set(titles)
    if len(distinct) < OWN_NAME_DOCUMENTS:
        return frozenset()
    counts = Counter(t for title in distinct for t in set(tokenize(title)) if _OWN_NAME_WORD.fullmatch(t))
    return frozenset(t for t, n in counts.items() if n >= OWN_NAME_SHARE * len(distinct) and not named(t))


def without_own_name(question: str, name: frozenset[str]) -> str | None:
    """The question without the programme's own name (own_name): None when it names none of it, or when
    nothing that carries a topic is left ("what is Echo Orchard?" asks of the programme itself)."""
    words = [w for w in name if re.search(rf"\b{w}\b", question, re.IGNORECASE)]
    if not words:
        return None
    rest = " ".join(re.sub(rf"\b(?:{'|'.join(words)})\b", " ", question, flags=re.IGNORECASE).split())
    return rest if content_terms(rest) else None


class TermIndex:
    """Which words the knowledge base uses, in how many passages: word tokens, and Chinese n-grams
    (jieba splits differ by context)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.words: Counter[str] = Counter()
        self.cjk: Counter[str] = Counter()
        self.documents = 0
        for text in texts:
            self.documents += 1
            self.words.update(set(tokenize(text)))
            grams: set[str] = set()
            for run in _CJK_RUN.findall(normalise(text)):
                for n in _CJK_GRAMS:
                    grams.update(run[i : i + n] for i in range(len(run) - n + 1))
            self.cjk.update(grams)

    def holds(self, term: str) -> bool:
        return self.frequency(term) > 0

    @cached_property
    def _sounds(self) -> dict[str, str]:
        """Each English word of the documents by the consonants Urdu script would write it with, where no other
        word of theirs sounds alike."""
        by_sound: dict[str, set[str]] = {}
        for word in self.words:
            if word.isascii() and word.isalpha() and len(sound := sounded_consonants(word)) >= MIN_CONSONANTS:
                by_sound.setdefault(sound, set()).add(word)
        return {sound: words.pop() for sound, words in by_sound.items() if len(words) == 1}

    def loanword(self, word: str, consonants: int = MIN_CONSONANTS) -> str | None:
        """The documents' English word an Urdu-script word of `consonants` consonants or more writes ("سینیئر" is
        "senior"), or None."""
        if word.isascii() or len(sound := sounded_consonants(word)) < consonants:
            return None
        return self._sounds.get(sound)

    def loanwords(self, question: str) -> list[str]:
        """The documents' English words the question writes in Urdu script ("سسٹم" for "system"), each
        of LOAN_CONSONANTS consonants or more: a shorter skeleton meets an Urdu word of its own too often
        ("ملیں", "get", sounds as "million")."""
        loans = (self.loanword(t, LOAN_CONSONANTS) for t in content_terms(question))
        return list(dict.fromkeys(loan for loan in loans if loan is not None))

    def frequency(self, term: str) -> int:
        """How many passages use the term (for a long Chinese term, at most its rarest two characters)."""
        if term in self.words:
            return self.words[term]
        if ARABIC.match(term):  # a token is one script's run: Urdu
            # Urdu inflects by endings: کلاس is used where the documents write کلاسیں, and a word ending in
            # alif or he changes that ending: کھانا where they write کھانے, میلہ where they write میلے.
            stems = (term, term[:-1]) if term.endswith(URDU_CHANGING_ENDINGS) and len(term) > 2 else (term,)
            used = sum(self.words.get(stem + ending, 0) for stem in stems for ending in urdu_suffixes())
            return min(used, self.documents)
        if _CJK_RUN.fullmatch(term):
            if len(term) <= max(_CJK_GRAMS):
                return self.cjk[term]
            return min(self.cjk[term[i : i + 2]] for i in range(len(term) - 1))
        return 0

    def coverage(self, question: str, named: Iterable[str] = ()) -> float:
        """The share of the question's content terms the knowledge base uses: as written, one typo away
        (a Latin word of TYPO_LENGTH letters or more), as an English word of its written in Urdu script
        (loanwords), or inside a phrase of `named`, the question's phrases the knowledge base names in another
        language (knowledge/crosslingual.py)."""
        # A number (a year, an amount) says nothing of the topic: "کرکٹ ورلڈ کپ 2055" shares only its year.
        terms = [t for t in content_terms(question) if not t.isdigit()]
        spans = [normalise(n).lower() for n in named]
        words = {w for n in spans for w in tokenize(n)}

        def used(term: str) -> bool:
            if self.holds(term) or term in words or self.loanword(term, LOAN_CONSONANTS) is not None:
                return True
            if _CJK_RUN.fullmatch(term):
                return any(term in n for n in spans)
            return self.near_miss(term)

        return sum(used(t) for t in terms) / len(terms) if terms else 0.0

    def near_miss(self, term: str) -> bool:
        """A Latin word one edit from a word the knowledge base uses ("shenzen", "allowence")."""
        if len(term) < TYPO_LENGTH or not term.isascii():
            return False
        return process.extractOne(term, self._latin, scorer=DamerauLevenshtein.distance, score_cutoff=1) is not None

    def respelled(self, term: str) -> str | None:
        """The word the knowledge base uses that a Latin word it does not use is a typo of ("memebrship",
        "timmings"): of RESPELL_LENGTH letters or more, one edit from it inside the word, and no other as near."""
        return None if self.holds(term) else respelled_in(term, self._latin)

    @cached_property
    def _latin(self) -> list[str]:
        """The Latin words a typo of TYPO_LENGTH letters or more can be one edit from."""
        return [w for w in self.words if w.isascii() and len(w) >= TYPO_LENGTH - 1]


def respelled_in(term: str, words: Sequence[str]) -> str | None:
    """The one word of `words` a Latin word of RESPELL_LENGTH letters or more is a typo of: one edit from it
    inside the word, and no other as near."""
    if len(term) < RESPELL_LENGTH or not term.isascii() or not term.isalpha():
        return None
    near = process.extract(term, words, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=2)
    if len(near) != 1:
        return None
    word = near[0][0]
    # A slip inside the word ("responce"): one that changes its first two letters or its last is often another
    # word ("director" for "directory").
    return word if word[:2] == term[:2] and word[-1] == term[-1] else None


def topic_questions(chunks: Iterable[Chunk]) -> list[str]:
    """What the knowledge base is about, phrased as it phrases it: section headings and FAQ questions."""
    topics: dict[str, None] = {}
    for chunk in chunks:
        for heading in (chunk.title, *chunk.headings.split(" > ")):
            if len(heading.strip()) > 3:
                topics[heading.strip()] = None
        if chunk.kind == "qa":
            topics[split_sentences(chunk.text)[0][:200]] = None
    return list(topics)


@dataclass(frozen=True)
class RelevanceReading:
    admitted: bool
    percentile: float | None = None  # None: nothing to measure against (no passages)
    lean: float = 0.0
    words: float = 0.0
    probes: int = 0
    place: str | None = None  # the place of its place reading, when it names one the documents name
    place_lean: float = 0.0
    place_margin: float = 0.0

    @property
    def off_topic(self) -> bool:
        """Below the lower gate (unless it leans STRONG_LEAN to the topics with their words), or a visitor's
        question about a programme's place: declined whatever else it holds (see RelevanceFloor.read)."""
        if self.percentile is None:
            return False
        low = self.percentile < MID_PERCENTILE and not (self.lean >= STRONG_LEAN and self.words >= TERM_COVERAGE)
        worded = self.percentile >= HIGH_PERCENTILE and self.words >= 1.0 and self.lean >= WORDED_LEAN
        return low or (self.lean < MID_LEAN and not worded) or self.visitor_place is not None

    @property
    def unheard(self) -> bool:
        """None of its words is the knowledge base's (a number is no word of theirs), and it does not lean
        STRONG_LEAN to its topics: "Bitcoin mein invest karun? 值得买吗?" beats every probe on its short Chinese
        half alone, "کرکٹ ورلڈ کپ 2055 کہاں کھیلا جائے گا" on the programme's year. On twenty-four knowledge bases
        no answerable message reads so (docs/quality.md, thirty-third and fortieth passes); one question of
        several may (a short "有没有单独的奖" after the question it follows), so only a message read whole is
        declined for it."""
        return self.percentile is not None and self.words == 0.0 and self.lean < STRONG_LEAN

    @property
    def visitor_place(self) -> str | None:
        """The place it reads as a visitor's question about, if that is what makes it off topic."""
        return self.place if self.place_lean < -self.place_margin else None

    @property
    def doubtful(self) -> bool:
        """Leaning away from the knowledge base's topics and using few of its words: below the upper gate,
        declined for it (see RelevanceFloor.read); above it, admitted but worth a closer look."""
        return self.percentile is not None and self.lean < 0 and self.words < TERM_COVERAGE

    def describe(self) -> str:
        """For staff reading why a question was declined or answered."""
        if self.percentile is None:
            return "relevance: not measured (no passages)"
        place = f", {self.place} {self.place_lean:+.3f}" if self.place else ""
        return (
            f"relevance: beats {self.percentile:.0%} of {self.probes} off-topic probes, "
            f"lean {self.lean:+.3f}, words {self.words:.2f}{place}"
        )


@dataclass(frozen=True)
class RelevanceFloor:
    """How off-topic questions score on this knowledge base, its topics and its vocabulary."""

    probe_scores: np.ndarray  # each probe's best calibrated passage score here, sorted
    probes: np.ndarray  # the probes as query vectors
    topics: np.ndarray  # the knowledge base's topic questions as query vectors
    terms: TermIndex
    places: Mapping[str, PlaceQuestions] = field(default_factory=dict)  # by place, as `places_of` names it
    places_of: Callable[[str], Iterable[str]] = lambda _text: ()  # the cities and countries a text names
    topic_languages: Sequence[str] = ()  # each topic's language, as `topics` holds them
    probe_languages: Sequence[str] = ()  # each probe's language, as `probes` holds them

    def read(
        self, question: str, query: np.ndarray, best_calibrated: float, named: Iterable[str] = ()
    ) -> RelevanceReading:
        """The three signals for one question, and whether it is answered."""
        if not self.probe_scores.size:
            return RelevanceReading(admitted=True)
        percentile = float(np.searchsorted(self.probe_scores, best_calibrated)) / self.probe_scores.size
        topical = self.topics @ query if self.topics.size else self.topics  # read by both leans
        lean = self.lean(query, topical)
        words = self.terms.coverage(question, named)
        place, place_lean, margin = self.place_lean(question, query, topical)
        reading = RelevanceReading(
            True, percentile, lean, words, int(self.probe_scores.size), place, place_lean, margin
        )
        if percentile >= HIGH_PERCENTILE and lean >= HIGH_LEAN and not (reading.off_topic or reading.unheard):
            return reading
        admitted = not reading.off_topic and not reading.doubtful and not reading.unheard
        return replace(reading, admitted=admitted)

    def lean(self, query: np.ndarray, topical: np.ndarray) -> float:
        """Mean similarity to the nearest topics of the knowledge base (`topical`: to each of them) less that
        to the nearest probes: the mean of that over all topics and probes and of the same in each language
        with TOP topics, averaged over those languages.

        multilingual-e5 scores a question higher against text in its own language. Over all topics and
        probes alone, an Urdu question met Urdu probes but mostly English and Chinese headings, and its
        median leaned 0.03-0.04 further off topic than an English one's; paired by language alone, the
        median gap closes but a question's own-language topics are too few to read it precisely. Half
        of each separates answerable from out-of-domain questions best (docs/quality.md)."""
        if not topical.size or not self.probes.size:
            return 0.0
        far_all = self.probes @ query
        topic_languages, probe_languages = np.asarray(self.topic_languages), np.asarray(self.probe_languages)
        paired = [
            _top_mean(topical[topic_languages == lang]) - _top_mean(far_all[probe_languages == lang])
            for lang in sorted(set(self.topic_languages) & set(self.probe_languages))
            if (topic_languages == lang).sum() >= TOP and (probe_languages == lang).sum() >= TOP
        ]
        pooled = _top_mean(topical) - _top_mean(far_all)
        return (pooled + float(np.mean(paired))) / 2 if paired else pooled

    def place_lean(self, question: str, query: np.ndarray, topical: np.ndarray) -> tuple[str | None, float, float]:
        """The place the question names whose visitor's questions it leans to most past their margin, how
        far: its similarity to the nearest programme question about the place or topic of the knowledge base,
        less that to the nearest visitor's question about it, and the place's margin. (None, 0.0, 0.0) when
        it names none of them. `topical`: its similarity to each topic."""
        programme = float(topical.max()) if topical.size else -1.0
        readings = [
            (name, max(programme, _nearest(place.programme, query)) - _nearest(place.off_topic, query), place.margin)
            for name in sorted(self.places_of(question))
            if (place := self.places.get(name)) is not None
        ]
        return min(readings, key=lambda r: r[1] + r[2], default=(None, 0.0, 0.0))

    @classmethod
    def open(cls, terms: TermIndex) -> RelevanceFloor:
        """Admits every question: an empty knowledge base has nothing to calibrate against."""
        empty = np.zeros((0,), dtype=np.float32)
        return cls(empty, empty, empty, terms)


def _top_mean(similarities: np.ndarray) -> float:
    return float(np.sort(similarities)[-TOP:].mean())


def _nearest(vectors: np.ndarray, query: np.ndarray) -> float:
    return float((vectors @ query).max()) if vectors.size else -1.0
