"""Deciding whether the retrieved passages answer the question, or the engine should abstain.

multilingual-e5 scores are compressed (off-topic text still reaches 0.75-0.79 cosine) and a
question the knowledge base cannot answer usually sits right next to one it can ("the exact trade
value in 2021" beside "trade hit a record in 2021"), so no similarity threshold separates them.
Instead the answer passages are checked for what the question explicitly asks for: the year it
names, an amount of money when it asks for a price or salary, a count when it asks how many, a
percentage when it asks for a rate or a share ("the pass rate", 通过率), and
the named person or organisation together with what is asked about them, and a dated total when
it asks for a running one ("so far", 至今); a request to write or translate something is not a question
the documents answer at all. Each check is one
regular rule over the text, language by language; none knows any particular question.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from knowledge.chunking import Chunk, split_sentences
from knowledge.date_bands import undated
from knowledge.directory_query import event_beside, glossary_finder, told_of_asker
from knowledge.directory_terms import city_patterns, country_mentions, fold, places, province_patterns, provinces
from knowledge.language import ARABIC
from knowledge.ranges import spelled_out
from knowledge.relevance import content_terms
from knowledge.text import MESSAGE_SENTENCE, QUESTION_MARKS, STOPWORDS, consonants, fold_digits, tokenize
from knowledge.vocabulary import ASKING, vocab_file

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_MONEY_ASKED = re.compile("|".join(ASKING["money_question"]), re.IGNORECASE)
_MONEY_NOUN = re.compile("|".join(ASKING["money_nouns"]), re.IGNORECASE)
_YES_NO = re.compile("|".join(ASKING["yes_no_question"]), re.IGNORECASE)
MONEY_AMOUNT = re.compile("|".join(ASKING["money_amount"]), re.IGNORECASE)
PRICED_HEADING = re.compile("|".join(ASKING["priced_heading"]), re.IGNORECASE)
GROUPED_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{2,3})+(?![\d,])")  # "5,200", "1,50,000": an amount, not a year
# An amount as a spreadsheet exports it, ungrouped with two decimals ("62400.00"): three digits or more before the
# point, so that a rate ("2.50") or a version ("1.25") is none.
EXPORTED_AMOUNT = re.compile(r"(?<![\d.,])\d{3,}\.\d{2}(?![\d.])")
COUNT_QUESTION = re.compile("|".join(ASKING["asks_count"]), re.IGNORECASE)
# A code that names one thing: letters with digits ("P5", "T4", "B2B") or a word with a short capital or numeric
# suffix ("Pilot-XL", "Sprint-M", "R-36"). Ordinals ("4th") and amounts ("30k") start with a digit and are not codes.
CODE = re.compile(r"(?<![\w-])(?:[A-Za-z]+\d[A-Za-z\d]*|[A-Za-z]+-[A-Z\d]{1,3})(?![\w-])")
# A product or brand written with a capital inside it ("iPhone", "ChatGPT", "LinkedIn"): one thing, named as such.
# Four letters at least: a unit ("5 kW", "kWh", "mAh") is no product.
BRAND = re.compile(r"(?<![\w-])(?=[A-Za-z]{4})[A-Za-z]*[a-z][A-Z][A-Za-z]*(?![\w-])")
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A numbered name: "Cycle 2", "Level 5", "Phase 3" (a word, then a number of one or two digits that is no amount).
NUMBERED = re.compile(r"(?<![\w-])([A-Za-z]+)[ \t]+(\d{1,2})(?![\d\w]|[.,:/-]\d)")
NUMBER = re.compile(r"(?<![\d.:])(\d+)(?![\d]|\.\s|\.$|:\d)")
NAME = re.compile(r"(?<![\w])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+)(?![\w])")
SENTENCE_START_WORDS = frozenset(
    "What When Where Who Why How Which Is Are Can Could Do Does Did Will Would Should Any Show Tell Give List "
    "Find Please Hi Hello Dear The A An".split()
)


def named_entities(question: str) -> list[str]:
    """Runs of two or more capitalised Latin words: people, organisations, events, products.

    A city is where a name is, not part of it: "the Lahore Launchpad" is the Launchpad, at Lahore, and a
    country's word is what it is from ("Our Chinese partner" names nobody); a single word left is too common
    to look for. A word capitalised only because it opens the sentence ("Our", "If") is no part of a name.
    """
    names = []
    for match in NAME.finditer(question):
        words = match.group(1).split()
        while words and (words[0] in SENTENCE_START_WORDS or words[0].lower() in STOPWORDS):
            words = words[1:]
        words = [w for w in words if not named_cities(w) and not country_mentions(fold(w))]
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


# "How long", "how often", "how soon": the word after "how" says what kind of answer is wanted, not what about.
HOW_WORD = re.compile(rf"\b({'|'.join(ASKING['answer_kind_openers'])})\s+\w+", re.IGNORECASE)


_APOSTROPHE = re.compile("['’‘`]")


def _loose(text: str) -> str:
    """A text folded for finding a name in it: "Buyers Week" is "Buyers' Week", "Co-Production" is "co production"."""
    return fold(_APOSTROPHE.sub("", text))


SPELLING_LENGTH = 5  # consonants a word needs before one of them may be spelled otherwise ("lgstks", "ljstks")


def mentions_name(text: str, name: str) -> bool:
    """Whether a text holds a name: as written ("Buyers Week" in "Buyers' Week"), or in Urdu script as Urdu
    writes an English name ("Port Mandarin" in "پورٹ مینڈرن"), each word by its consonants."""
    if _loose(name) in _loose(text):
        return True
    if not ARABIC.search(text):
        return False
    spoken = _urdu_skeletons(text)
    wanted = [_hard(c) for w in name.split() if len(w) > 2 and (c := consonants(w.lower()))]
    return bool(wanted) and all(
        w in spoken
        or (len(w) >= SPELLING_LENGTH and any(DamerauLevenshtein.distance(w, s, score_cutoff=1) <= 1 for s in spoken))
        for w in wanted
    )


@lru_cache(maxsize=4096)
def _urdu_skeletons(text: str) -> frozenset[str]:
    """The consonants of a passage's Urdu-script words: the same passages are read for question after question."""
    return frozenset(_hard(c) for w in tokenize(text) if not w.isascii() and (c := consonants(w)))


def _hard(skeleton: str) -> str:
    """English "c" spelled as Urdu spells it: "k" ("logistics", "لاجسٹکس")."""
    return skeleton.replace("c", "k")


def _counts(text: str, dates_count: bool = True) -> bool:
    """A number other than a year. Unless `dates_count` (the question asks when as well), a date's day and month are
    none either: "the port tour on 12 May has limited places" gives no number of places."""
    if not dates_count:
        text = undated(text)
    return any(not YEAR.fullmatch(n) for n in NUMBER.findall(text))


# "Last year" names a year as surely as "2025" does: the passages must speak of it.
LAST_YEAR = re.compile("|".join(ASKING["last_year"]), re.IGNORECASE)


PAST_EDITION = re.compile("|".join(ASKING["past_edition"]), re.IGNORECASE)
PAST_SPOKEN = re.compile("|".join(ASKING["past_spoken"]), re.IGNORECASE)
RUNNING_TOTAL = re.compile("|".join(ASKING["running_total"]), re.IGNORECASE)
DATED_FIGURE = re.compile("|".join(ASKING["dated_figure"]), re.IGNORECASE)
HOW_MUCH = re.compile("|".join(ASKING["how_much"]), re.IGNORECASE)
COMPOSE_REQUEST = re.compile("|".join(ASKING["compose_request"]), re.IGNORECASE)
INSTRUCTION_OVERRIDE = re.compile("|".join(ASKING["instruction_override"]), re.IGNORECASE)
ASKS_NAMES = re.compile("|".join(ASKING["asks_names"]), re.IGNORECASE)
STATES_NAMES = re.compile("|".join(ASKING["states_names"]))


def asking_of(what: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """vocab/asking.yaml's asking of one kind of fact and the text that states one."""
    asks, states = (re.compile("|".join(ASKING[f"{verb}_{what}"]), re.IGNORECASE) for verb in ("asks", "states"))
    return asks, states


ASKS_PHONE, STATES_PHONE = asking_of("phone")
ASKS_EMAIL, STATES_EMAIL = asking_of("email")
# A contact is an address, a phone number or an e-mail; one asked for by its kind is met only by that kind.
ASKS_DURATION, STATES_DURATION = asking_of("duration")
ASKS_SIZE, STATES_SIZE = asking_of("size")
CONTACTS = (asking_of("address"), (ASKS_PHONE, STATES_PHONE), asking_of("email"))
# An office's opening hours are asked of it as its address is: a city without an office has none.
ASKS_HOURS, STATES_HOURS = asking_of("time")
ASKS_OFFICE = re.compile("|".join(ASKING["asks_office"]), re.IGNORECASE)
ASKS_WHOM = re.compile("|".join(ASKING["asks_whom"]), re.IGNORECASE)
ASKS_WHERE = re.compile("|".join(ASKING["asks_where"]), re.IGNORECASE)
# A contact of no kind ("contact details", "where is the office?").
ASKS_CONTACT = re.compile("|".join([*ASKING["asks_contact"], ASKS_WHERE.pattern]), re.IGNORECASE)
NEGATION = re.compile("|".join(ASKING["negation"]), re.IGNORECASE)
ASKS_FALLBACK = re.compile("|".join(ASKING["asks_fallback"]), re.IGNORECASE)
CITY_TIME_ZONE = re.compile("|".join(ASKING["city_time_zone"]), re.IGNORECASE)
NOT_YET_SET = re.compile("|".join(ASKING["not_yet_set"]), re.IGNORECASE)
ASKS_DATE, STATES_DATE = asking_of("date")
# A year inside a full date, in any script: "31 January 2042", "31 جنوری 2042", "January 31, 2042" (a day and a
# month as vocab/asking.yaml's states_date reads them, then the year), 2042年1月31日, 2042-01-31.
_DAY_AND_MONTH = "|".join(f"(?:{p})" for p in ASKING["states_date"])


def gives_contact(text: str) -> bool:
    """Whether a text gives an e-mail address or a phone number."""
    return bool(STATES_EMAIL.search(text) or STATES_PHONE.search(text))


def _states_length(text: str) -> bool:
    """Whether a text gives a length of time, in digits or words ("six weeks", 六周, "دو سال"), or the dates that
    bound one ("valid until 31 March", "10:00 to 16:00")."""
    return bool(
        STATES_DURATION.search(text)
        or STATES_DATE.search(text)
        or STATES_HOURS.search(text)
        or STATES_DURATION.search(spelled_out(text, threshold=0))
    )


SHARE_QUESTION = re.compile("|".join(ASKING["share_question"]), re.IGNORECASE)
SHARE_FIGURE = re.compile("|".join(ASKING["share_figure"]), re.IGNORECASE)
CONTRIBUTION_QUESTION = re.compile("|".join(ASKING["contribution_question"]), re.IGNORECASE)


QUESTION_WORD = re.compile("|".join(ASKING["question_words"]), re.IGNORECASE)
DECISION_LINE = re.compile("|".join(ASKING["decision_line"]), re.IGNORECASE)
ASKS_WHO = re.compile("|".join(ASKING["asks_who"]), re.IGNORECASE)
# A body named in full: three capitalised words or more, joined by "of", "the", "for" or "in" ("Software
# Business Union of Shanghai", "Pakistan's Consulate General"), or a Chinese name ending as bodies' names do.
NAMED_BODY = re.compile(
    rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{'|'.join(map(re.escape, ASKING['body_name_joiners']))})\s+)*[A-Z][\w'’.-]*){{2,}}"
    rf"|[\u4e00-\u9fff]{{2,}}(?:{'|'.join(map(re.escape, ASKING['body_name_endings_zh']))})"
)
_TITLE = re.compile(r'"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|《[^》\n]*》')


def names_body(text: str) -> bool:
    """Whether a text names a body or firm in full (NAMED_BODY), a quoted title aside: the webinar "Outsourcing
    ICT Talent from Pakistan" is no organiser."""
    return bool(NAMED_BODY.search(_TITLE.sub("", text)))


CLAUSE_BREAK = re.compile("|".join(ASKING["clause_breaks"]), re.IGNORECASE)


def asks_besides_money(question: str) -> bool:
    """Whether a clause asks something that is not an amount ("how do extensions work and what do they cost?"),
    with a question word or as a question of its own ("…fee kitni hogi? qiston mein de sakte hain?")."""
    return asks_besides(question, lambda clause: bool(asks_money(clause) or HOW_MUCH.search(clause)))


def asks_besides(question: str, asking: Callable[[str], bool]) -> bool:
    """Whether a clause asks something that `asking` does not read, with a question word or as a question of its
    own."""
    sentences = split_sentences(question)
    # After a question, a last sentence without its question mark asks too: chat messages drop it.
    last_asks = len(sentences) > 1 and sentences[-2].rstrip().endswith(QUESTION_MARKS)
    return any(
        (
            QUESTION_WORD.search(clause)
            or clause.rstrip().endswith(QUESTION_MARKS)
            or (last_asks and n == len(sentences) - 1)
        )
        and not asking(clause)
        for n, sentence in enumerate(sentences)
        for clause in CLAUSE_BREAK.split(sentence)
    )


def asks_beside(question: str, names: Sequence[str]) -> bool:
    """Whether a clause of the message asks something of its own besides `names` (what no answering passage
    holds): "whats our fee and is there any office near us" asks the fee too, which is answered while the
    office is not; "is there a discount and what is it" asks nothing more (its second clause has no topic)."""
    return any(
        QUESTION_WORD.search(clause) and content_terms(clause) and not any(fold(name) in fold(clause) for name in names)
        for sentence in split_sentences(question)
        for clause in CLAUSE_BREAK.split(sentence)
    )


def _priced_beside(question: str, passages: Sequence[Chunk]) -> bool:
    """A question that asks how something works and what it costs is answered by its best passage, and the
    price may stand in another section of the same document: an amount there counts. Asking only for an
    amount, the best passage must hold it."""
    return asks_besides_money(question) and _priced_in_document(passages)


def _priced_in_document(passages: Sequence[Chunk]) -> bool:
    first = passages[0].source
    return any(MONEY_AMOUNT.search(p.indexed_text) for p in passages[1:] if p.source == first)


def numbered_names(text: str) -> dict[str, frozenset[str]]:
    """Each capitalised word the text numbers as a name ("Cycle 3", "Level 2"), with its numbers, by its lowercase.
    A sentence's first word ("Within 14 days") is capitalised too, so only words written so after a word; a
    code in capitals ("USD 2 million") is a currency or unit, not a name."""
    found: dict[str, set[str]] = defaultdict(set)
    for match in NUMBERED.finditer(text):
        word, number = match.groups()
        if (
            word.istitle()
            and word.lower() not in STOPWORDS
            and text[max(0, match.start() - 2) : match.start()].strip(" \t") not in ("", ".", "\n")
        ):
            found[word.lower()].add(number)
    return {word: frozenset(numbers) for word, numbers in found.items()}


def _brand_held(brand: str, mentioned: Callable[[str], bool]) -> bool:
    """Whether the documents name a product the question writes with an inner capital: as one word, in its parts
    ("PharmaPulse" of documents that write "Pharma Pulse"), or by another name of a vocabulary group it names
    (WeChat ID of documents that write 微信号)."""
    return (
        mentioned(brand)
        or mentioned(_CASE_BOUNDARY.sub(" ", brand))
        or any(mentioned(name) for names in _groups_naming().get(brand.lower(), ()) for name in names)
    )


@lru_cache(maxsize=1)
def _groups_naming() -> dict[str, list[tuple[str, ...]]]:
    """Each word of the vocabulary's names (glossary and field terms), lower case, with the groups naming it."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for file in ("glossary.yaml", "terms.yaml"):
        for group in vocab_file(file) or []:
            names = tuple(str(n) for n in group.get("names") or ())
            for word in {w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n)}:
                out[word].append(names)
    return dict(out)


def _unnamed_numbers(
    question: str, numbered: Callable[[str], frozenset[str]], mentioned: Callable[[str], bool] | None
) -> list[str]:
    """The question's numbered names ("cycle 2") whose word the documents number as a name, never with this
    number, whole or as its initial ("S3"): a word they never number ("within 14 days") is no name, and says
    nothing of what they lack."""
    return [
        f"{word} {number}"
        for word, number in NUMBERED.findall(question)
        if word.lower() not in STOPWORDS  # "a 45-person firm": an article before a count names nothing
        and (series := numbered(word.lower()))
        and number not in series
        # A table may write the name as its initial and number ("S3" under "Severity"): then it is held.
        and not (mentioned is not None and (mentioned(f"{word} {number}") or mentioned(f"{word[0]}{number}")))
    ]


def asks_money(text: str) -> bool:
    """Whether a question (or a sentence of one) asks for an amount of money: how much something costs, or a
    salary or a price named outside a yes-or-no question ("Can we claim salaries?" asks whether)."""
    return bool(_MONEY_ASKED.search(text)) or any(
        _MONEY_NOUN.search(sentence) and not _YES_NO.search(sentence.strip()) for sentence in split_sentences(text)
    )


def names_money(name: str) -> bool:
    """Whether a name is itself money named as a thing: a budget, a salary, a price (vocab/asking.yaml)."""
    return bool(_MONEY_NOUN.search(name))


def asks_to_compose(question: str) -> bool:
    """A request to write, translate or tell something ("write me a…", 帮我写, "likh do"), not a question."""
    return bool(COMPOSE_REQUEST.search(question))


def asks_to_override(question: str) -> bool:
    """A request to set the assistant's instructions aside or show its configuration (vocab/asking.yaml)."""
    return bool(INSTRUCTION_OVERRIDE.search(question))


def asks_running_total(question: str) -> bool:
    """A sentence asking for a running total ("how many … signed up so far?", 至今有多少…)."""
    return any(
        RUNNING_TOTAL.search(s) and (COUNT_QUESTION.search(s) or asks_money(s) or HOW_MUCH.search(s))
        for s in split_sentences(question)
    )


def asked_years(question: str, this_year: int | None = None) -> list[str]:
    """The years a question asks of; one in what the asker says of themselves ("hamari company 2047 mein register
    hui thi, …") is theirs, not a year of the programme they ask about. "Last year" is the year before
    `this_year`, the documents' own (documents_year): a programme written for 2083 ran its pilot "last year" in
    2082, whatever today's date; without one, the year before today."""
    folded = fold(fold_digits(question))
    told = told_of_asker(folded)
    years = _years_outside(folded, told, this_year)
    # A year only a statement beside the question names is context ("kitne hafte ka hai? pichle saal to 4 hafte
    # tha"), unless the question names one too and compares them ("… was 10 lakh in 2061. still the same for 2063?").
    asked = _years_outside(folded, [*told, *_statements(folded)], this_year)
    return years if asked else asked


def _years_outside(folded: str, told: list[tuple[int, int]], this_year: int | None) -> list[str]:
    years = [m.group(0) for m in YEAR.finditer(folded) if not any(s <= m.start() < e for s, e in told)]
    if any(not any(s <= m.start() < e for s, e in told) for m in LAST_YEAR.finditer(folded)):
        years.append(str((this_year or date.today().year) - 1))
    return years


def _statements(folded: str) -> list[tuple[int, int]]:
    """The sentences that ask nothing, in a message another sentence of which asks: "pilot basin kitne hafte ka
    hai? pichle saal to 4 hafte tha" tells last year's length, it does not ask it."""
    spans = [m.span() for m in MESSAGE_SENTENCE.finditer(folded)]
    asking = [span for span in spans if folded[span[0] : span[1]].rstrip().endswith(QUESTION_MARKS)]
    if not asking:
        return []
    return [span for span in spans if span not in asking and not QUESTION_WORD.search(folded[span[0] : span[1]])]


def _asked_cities(question: str) -> frozenset[str]:
    """The cities a question names outside what the asker says of themselves: "we are a 12-person team from
    Sialkot" is where they are, not what they ask about."""
    folded = fold(fold_digits(question))
    told = told_of_asker(folded)
    return named_cities("".join(ch if not any(s <= n < e for s, e in told) else " " for n, ch in enumerate(folded)))


def left_unset(question: str, unit: str) -> bool:
    """Whether the row or sentence that answers gives what the question asks, an amount or a date or time, as not
    decided yet ("Fee: TBD", "Date: 待定", "to be announced") and states none: the documents say it is not known yet,
    and quoting the row would answer "when?" with "TBD"."""
    if not NOT_YET_SET.search(unit):
        return False
    if asks_money(question):
        return not (MONEY_AMOUNT.search(unit) or GROUPED_NUMBER.search(unit))
    if ASKS_DATE.search(question) or ASKS_HOURS.search(question):
        return not (STATES_DATE.search(unit) or STATES_HOURS.search(unit))
    return False


def documents_year(text: str) -> int | None:
    """The year the documents are written for: the one they name most often (a programme's calendar names its
    own year in every date), or None when they name none."""
    counts = Counter(YEAR.findall(fold_digits(text)))
    return int(max(counts, key=lambda y: (counts[y], y))) if counts else None


def _edition_named(question: str, year: str) -> bool:
    """Whether the question names an edition of the programme by the year ("the 2042 cycle", 2042年那一期)."""
    return any(re.search(p.format(year=year), question, re.IGNORECASE) for p in ASKING["year_edition"])


def _named_beyond_dates(text: str, year: str) -> bool:
    """Whether a text uses the year other than inside a full date ("the 2042 cycle", not "31 January 2042")."""
    in_date = rf"(?:{_DAY_AND_MONTH})[^\d\n]{{0,3}}{year}|{year}\s*年\s*\d{{1,2}}\s*月|{year}-\d{{1,2}}-\d{{1,2}}"
    undated = re.sub(in_date, " ", text, flags=re.IGNORECASE)
    return re.search(rf"(?<!\d){year}(?!\d)", undated) is not None


def cities_in(text: str) -> frozenset[str]:
    """Cities of places.yaml that a text names, in any of their languages."""
    folded = fold(text)
    return frozenset(city for city, patterns in city_patterns() if any(p.search(folded) for p in patterns))


def spoken_of(text: str) -> frozenset[str]:
    """The cities a text speaks of: those it names, and those of the provinces it names ("firms registered in
    Balochistan" speaks of Quetta)."""
    folded = fold(text)
    _, cities = places()
    _, province_of = provinces()
    named = {key for key, patterns in province_patterns() if any(p.search(folded) for p in patterns)}
    return cities_in(text) | {cities[city][0] for city, province in province_of.items() if province in named}


# Questions and answer units: the same units are read for many questions, so their cities are kept.
named_cities = lru_cache(maxsize=8192)(cities_in)


_STATEMENT_END = re.compile(r"(?<=[。！？!?؟۔.])\s+|\n\s*\n")


def statements(chunk: Chunk) -> list[str]:
    """A passage's statements: a table's rows, else its sentences, a line wrapped inside one read across (a
    list of places in a wrapped paragraph is one statement), and its headings."""
    if chunk.kind == "table":
        return [chunk.heading_path, *chunk.text.splitlines()]
    return [chunk.heading_path, *split_statements(chunk.text)]


def split_statements(text: str) -> list[str]:
    """A text's sentences, a line wrapped inside one read across."""
    return [" ".join(s.split()) for s in _STATEMENT_END.split(text) if s.strip()]


def _denied_place(question: str, passages: Sequence[Chunk]) -> str | None:
    """The one city whose contact the question asks for ("the Multan office's address", 深圳办事处的电话) when
    the passages name it in a negation ("there is no office in Multan", 以下城市没有办公室：…深圳; "firms there
    are served by the Lahore office" besides) and never beside a contact of the kind asked, or not at all while
    they give that contact for other places: the asker wants an office the programme does not have. Not when
    the asker asks what to do if there is none ("otherwise", warna): who serves instead answers that."""
    cities = named_cities(question)
    kinds = [states for asks, states in CONTACTS if asks.search(question)]
    if not kinds and ASKS_CONTACT.search(question):
        kinds = [states for _, states in CONTACTS]
    if not kinds and ASKS_HOURS.search(question) and ASKS_OFFICE.search(question):
        kinds = [STATES_HOURS]
    if len(cities) != 1 or not kinds or ASKS_FALLBACK.search(question):
        return None
    (city,) = cities
    # A passage under the city's heading giving that contact is the city's ("Karachi office > Phone").
    if any(city in named_cities(p.heading_path) and any(s.search(p.text) for s in kinds) for p in passages):
        return None
    read = [[CITY_TIME_ZONE.sub(" ", unit) for unit in statements(passage)] for passage in passages]
    units = [unit for passage in read for unit in passage]
    naming = [unit for unit in units if city in named_cities(unit)]
    if naming:
        # The contact is the city's when a line naming it, or the line after in its passage, gives it: a list of
        # offices whose lines end without a full stop ("…（北京时间）\n上海、深圳均未设办公室") reads as one
        # statement with the other offices' addresses.
        given = any(
            _contact_of(u[: m.start()], u[m.end() :]) == city
            for u in _lines_naming(city, passages) or naming
            for s in kinds
            for m in s.finditer(u)
        )
        # A question asks, it denies nothing: a FAQ's "Who do we contact if this page does not answer us?"
        # heads the answer that names the office.
        denies = any(NEGATION.search(u) and not u.rstrip().endswith(QUESTION_MARKS) for u in _with_lead_in(city, read))
        return city if denies and not given else None
    # Named in no passage, while they give that contact for other places: the contact is another office's.
    return city if any(named_cities(u) and any(s.search(u) for s in kinds) for u in units) else None


def _last_city(text: str, last: bool = True) -> str | None:
    """The city a text names last (or first), in any of its names."""
    folded = fold(text)
    found = [
        (m.end() if last else -m.start(), city)
        for city, patterns in city_patterns()
        for p in patterns
        for m in p.finditer(folded)
    ]
    return max(found)[1] if found else None


_BRACKETED = re.compile(r"\s*[(（]([^)）]*)[)）]")


def _contact_of(before: str, after: str) -> str | None:
    """Whose contact a number or an address in a line is: the city in brackets right after it ("+92 21 …
    (Karachi office)"), else the city named last before it ("there is no office in Kunming; call the Chengdu
    office on +86 28 …" gives Chengdu's), else the first named after it."""
    bracketed = _BRACKETED.match(after)
    return (
        (bracketed and _last_city(bracketed.group(1), last=False))
        or _last_city(before)
        or _last_city(after, last=False)
    )


def events_placed(question: str) -> list[tuple[str, str]]:
    """The cities a question names as where an event is ("Beijing roadshow", 北京路演, "the expo in Lahore"), each
    with the words naming it."""
    folded = fold(CITY_TIME_ZONE.sub(" ", question))  # "10:00 Beijing time" names a clock, not where the webinar is
    events = glossary_finder("event").find(folded)
    found = []
    for city, patterns in city_patterns():
        for m in (m for p in patterns for m in p.finditer(folded)):
            if (said := event_beside(folded, m.start(), m.end(), events)) is not None:
                found.append((city, said))
    return found


def event_cities(chunks: Iterable[Chunk]) -> frozenset[str]:
    """The cities the documents name in a statement of an event: a sentence or a table row naming an event of any
    kind, or under a heading that does ("Roadshow stops" over "Karachi | 5 May")."""
    found: set[str] = set()
    events = glossary_finder("event")
    for chunk in chunks:
        heading, *units = statements(chunk)
        headed = bool(events.find(heading))
        found.update(city for unit in units if headed or events.find(unit) for city in named_cities(unit))
    return frozenset(found)


def holidays_named(text: str) -> frozenset[str]:
    """The festivals and public holidays a text names, each by its glossary group's first name."""
    glossary = vocab_file("glossary.yaml") or []
    return frozenset(str(glossary[group]["names"][0]) for _, _, group in glossary_finder("holiday").find(text))


def _holiday_unheld(question: str, held: frozenset[str]) -> list[str]:
    """The holidays a question asks of that the documents never name, where they name others: their pause for
    the Spring Festival is no answer about Eid. Documents that name none may still answer (public holidays)."""
    return sorted(holidays_named(question) - held) if held else []


def _event_elsewhere(question: str, held: frozenset[str]) -> str | None:
    """An event asked of a city ("Karachi roadshow kab hai?") that no passage of the documents names with an event
    at all: they hold the roadshow in other cities, and the asker wants one they never announce."""
    return next((said for city, said in events_placed(question) if city not in held), None)


LEAD_IN = 2  # statements before a list that may say what the list is


def _with_lead_in(city: str, passages: list[list[str]]) -> list[str]:
    """Each statement naming the city, with the LEAD_IN before it and its passage's heading (a passage's first
    statement): a list may name it under a lead-in that says what the list is ("There is no office in the
    following cities. Please contact the office in brackets." or a heading "Cities without an office", then
    "Pakistan: Peshawar (Islamabad), …")."""
    out = []
    for units in passages:
        for n, unit in enumerate(units):
            if city in named_cities(unit):
                out += [unit, *units[max(1, n - LEAD_IN) : n], units[0]] if n else [unit]
    return out


def _lines_naming(city: str, passages: Sequence[Chunk]) -> list[str]:
    """Each line of the passages that names the city, with the next line of its passage."""
    out = []
    for passage in passages:
        lines = [CITY_TIME_ZONE.sub(" ", line) for line in passage.text.splitlines()]
        out += [" ".join(lines[n : n + 2]) for n, line in enumerate(lines) if city in named_cities(line)]
    return out


def abstain_reason(
    question: str,
    passages: Sequence[Chunk],
    known_cities: frozenset[str] | None = None,
    known_word: Callable[[str], bool] | None = None,
    quoted: str = "",
    mentioned: Callable[[str], bool] | None = None,
    numbered: Callable[[str], frozenset[str]] | None = None,
    event_places: frozenset[str] | None = None,
    holidays: frozenset[str] | None = None,
    this_year: int | None = None,
) -> str | None:
    """Why the passages do not answer the question, or None when they may.

    `quoted`: what the answer would quote from them (its lead); an amount there answers "how much" as well
    as one in the best passage.

    `known_cities`: the cities the knowledge base speaks of anywhere; a question about another one (an
    office in a city it never mentions) is not answered by a passage about a different city. A best
    passage that names no city is about no place: the asker's own city ("we run a team in Faisalabad;
    what does the audit cost?") does not decline it. `known_word`: whether the knowledge base uses a
    word anywhere (a question none of whose words it uses cannot be read against its passages).
    `mentioned`: whether the documents hold a phrase as whole words; a code the question names ("Pilot-XL",
    "P5") that they never hold is a tier, level or form they do not have, as a year they never name is.
    `event_places`: the cities the documents name with an event (event_cities); a "Karachi roadshow" where they
    name none in Karachi is one they never announce.
    `holidays`: the festivals and public holidays the documents name (holidays_named); one asked of that they never
    name, where they name others, is one they say nothing of.
    `this_year`: the documents' own year (documents_year), the one "last year" is the year before.
    `numbered`: the numbers the documents give a capitalised word as a name ("Cycle" → {"3"}); "Cycle 2" where
    they name only Cycle 3 is a round they do not speak of.
    """
    if not passages:
        return "nothing retrieved"
    if asks_to_compose(question):
        return "it asks for something to be written or translated, and the documents only say what they say"
    texts = [fold_digits(p.indexed_text) for p in passages]  # "۲۰۶۱" is the 2061 asked
    joined = "\n".join(texts)
    unknown = sorted(_asked_cities(question) - known_cities) if known_cities is not None else []
    if unknown and named_cities(texts[0]):
        return f"the knowledge base never mentions {', '.join(unknown)}"
    if denied := _denied_place(question, passages):
        return f"the passages name {denied} only to say what it does not have"
    if event_places is not None and (elsewhere := _event_elsewhere(question, event_places)):
        return f"no passage speaks of an event in {elsewhere}"
    if holidays is not None and (unheld := _holiday_unheld(question, holidays)):
        return f"the documents name {', '.join(sorted(holidays))} and never {', '.join(unheld)}"
    years = asked_years(question, this_year)
    missing_years = [y for y in years if y not in joined]
    if missing_years:
        return f"the passages do not mention {', '.join(missing_years)}"
    if mentioned is not None and (codes := [c for c in CODE.findall(question) if not mentioned(c)]):
        return f"the knowledge base never mentions {', '.join(codes)}"
    if mentioned is not None and (brands := [b for b in BRAND.findall(question) if not _brand_held(b, mentioned)]):
        return f"the knowledge base never mentions {', '.join(brands)}"
    if numbered is not None and (unnamed := _unnamed_numbers(question, numbered, mentioned)):
        return f"the knowledge base never mentions {', '.join(unnamed)}"
    opening = fold_digits(quoted.split("\n", 1)[0])  # what the lead quotes first
    compared = len(years) > 1 and all(y in opening for y in years)
    if years and not any(y in texts[0] for y in years) and not compared:
        # Another passage naming the year in passing (a deadline, a graduation year) does not answer for it. A
        # question of two years compares them, and the row the lead opens with that names both answers it
        # ("Voucher cap | 2061 pilot: … | 2063 edition: …", under a table that the asker's amount ranks first).
        return f"the best passage does not mention {', '.join(years)}"
    # "Last year's cycle" asks of an edition as "the 2042 cycle" does: a deadline of 31 December 2042 is no word on it.
    editions = [y for y in years if _edition_named(question, y) or (y not in question and LAST_YEAR.search(question))]
    if dated_only := [y for y in editions if not _named_beyond_dates(joined, y)]:
        return f"the question asks of the {', '.join(dated_only)} edition and the passages give only dates in it"
    if PAST_EDITION.search(question) and not PAST_SPOKEN.search(joined):
        return "the question asks of a past edition and the passages speak of none"
    if asks_running_total(question) and not DATED_FIGURE.search(joined):
        return "the question asks for a running total and no passage gives one as of a date"
    # A share, like an amount, answers only from the best passage or the lead: "fees rise 40% for express
    # review" elsewhere is no pass rate.
    shared = SHARE_FIGURE.search(texts[0]) or SHARE_FIGURE.search(quoted)
    asks_share = SHARE_QUESTION.search(question)
    # "The minimum revenue share", "how much does the partner contribute": a share answers as an amount does.
    priced = (
        MONEY_AMOUNT.search(texts[0])
        or MONEY_AMOUNT.search(quoted)
        # A table of prices under a heading that says so writes its amounts bare.
        or (
            PRICED_HEADING.search(passages[0].heading_path)
            and (GROUPED_NUMBER.search(texts[0]) or EXPORTED_AMOUNT.search(texts[0]))
        )
        or _priced_beside(question, passages)
        or (shared and (asks_share or CONTRIBUTION_QUESTION.search(question)))
        # A discount or share of a fee the same document prices in another section: the fee after the discount.
        or (SHARE_FIGURE.search(texts[0]) and _priced_in_document(passages))
        # Said in words: "pachees hazaar rupay", "ڈیڑھ لاکھ روپے", 两万元.
        or (asks_money(question) and MONEY_AMOUNT.search(spelled_out(texts[0])))
    )
    if asks_money(question) and not priced:
        return "the question asks for an amount of money and the best passage holds none"
    # A count, like an amount, answers only from the best passage or the lead: a booth fee in a lesser passage is no
    # number of places, nor is a section's number in the passage's headings ("四、码头参观"). A count said in words
    # answers too ("three weeks", "تین ہفتے", "do hafte"). How many days or weeks is a length of time, asked below.
    if COUNT_QUESTION.search(question) and not ASKS_DURATION.search(question):
        dates_count = bool(ASKS_DATE.search(question))
        counted = (fold_digits(passages[0].text), fold_digits(quoted))
        if not any(_counts(t, dates_count) or _counts(spelled_out(t, threshold=0), dates_count) for t in counted):
            return "the question asks how many and neither the best passage nor the lead holds a count"
    if asks_share and not shared:
        return "the question asks for a rate or a share and the best passage gives none"
    if ASKS_NAMES.search(question) and not (STATES_NAMES.search(texts[0]) or STATES_NAMES.search(quoted)):
        return "the question asks for names (of people, places or firms) and the best passage gives none"
    # As with an amount: a number in a lesser passage (another office's) is not the one asked for.
    if ASKS_PHONE.search(question) and not (STATES_PHONE.search(texts[0]) or STATES_PHONE.search(quoted)):
        return "the question asks for a phone number and the best passage gives none"
    # An e-mail asked for alone (not "phone or email"; not "we'll email the notice on 22 September, how much comes
    # back?"): a street address does not answer it.
    asks_email = (
        ASKS_EMAIL.search(question)
        and not any(asks.search(question) for asks, _ in CONTACTS if asks.pattern != ASKS_EMAIL.pattern)
        and not any(p.search(question) for p in (HOW_MUCH, ASKS_DATE, COUNT_QUESTION, ASKS_DURATION))
        and not asks_besides(question, lambda c: bool(ASKS_EMAIL.search(c)))
    )
    if asks_email and not (STATES_EMAIL.search(texts[0]) or STATES_EMAIL.search(quoted)):
        return "the question asks for an e-mail address and the best passage gives none"
    # Only when that is all it asks: "the pass mark, and how long the certificate is valid" is answered in part.
    asks_length = ASKS_DURATION.search(question) and not asks_besides(question, lambda c: bool(ASKS_DURATION.search(c)))
    if asks_length and not any(_states_length(t) for t in (texts[0], fold_digits(quoted))):
        return "the question asks how long and the best passage gives no length of time"
    asks_size = ASKS_SIZE.search(question) and not asks_besides(question, lambda c: bool(ASKS_SIZE.search(c)))
    if asks_size and not any(STATES_SIZE.search(t) for t in (texts[0], fold_digits(quoted))):
        return "the question asks for a size and the best passage gives no measure"
    names = named_entities(question)
    names_tokens = {t for name in names for t in tokenize(name)}
    for name in names:
        holders = [t for t in texts if mentions_name(t, name)]
        if not holders:
            return f"no passage mentions {name}"
        if not question.isascii():
            continue  # asked in another script: the passage's words cannot be compared with the question's
        # Declined when two or more words are asked about the name, one of them a word the knowledge base
        # uses, and no passage about the name uses any: "Who sits on the panel?" is answered by "the panel
        # has three members", "Can I join the Build Weekend alone?" by the passage on teams, and Roman
        # Urdu's own words ("log", "hissa") are in no English passage.
        asked = set(content_terms(HOW_WORD.sub(r"\1", question))) - names_tokens
        findable = known_word is None or any(known_word(w) for w in asked)
        if len(asked) > 1 and findable and not any(asked & set(tokenize(t)) for t in holders):
            return f"the passages about {name} say nothing of what is asked"
    return None
