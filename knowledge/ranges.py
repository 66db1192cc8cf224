"""Which row of a banded table a number in the question falls in.

Fee bands, tiers and grants are tables of ranges ("10–19 engineers", "USD 50,001–150,000", "fewer
than 10 staff", "250 以上"). A question gives one number ("a team of 12", "about USD 60,000",
"2 lakh dollar"); the row whose range holds it is the answer, however similar the other rows read.
The grammar of amounts and comparisons (English, Chinese, Urdu, Roman Urdu) is data:
`vocab/amounts.yaml`.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from text_to_num import alpha2digit

from knowledge.directory_terms import places
from knowledge.language import CJK
from knowledge.loaders import CELL_SEPARATOR
from knowledge.text import STOPWORDS, alternation, fold_digits, stem
from knowledge.vocabulary import ASKING, vocab_file

GRAMMAR = vocab_file("amounts.yaml")
# A day and a month ("15 August", "Oct 4", 5月20日, "20 جون"): the day is a date, not an amount (asking.yaml).
_DATE = re.compile("|".join(ASKING["states_date"]), re.IGNORECASE)


def _any(key: str) -> str:
    """One alternation of a list of amounts.yaml, longest first (so "以上" is tried before "上")."""
    return "|".join(sorted(GRAMMAR[key], key=len, reverse=True))


_MULTIPLIERS = {str(word).lower(): float(factor) for word, factor in GRAMMAR["multipliers"].items()}
_UNITS = alternation(_MULTIPLIERS)
_AMOUNT = (
    rf"(\d[\d,]*(?:\.\d+)?)(?![.,]?\d|\s*(?i:{_any('percent')}))\s*"  # a percentage is a rate, not an amount
    rf"(?i:({_UNITS})(?![a-z²³]))?"  # "18 m²" is an area, not 18 million
)
_NOUN = r"(?:\s*[^\W\d_]{1,14}){0,2}\s*"  # "20 engineers or more", "250 人以上", "6 full-time staff"
_CURRENCY_WORDS = [w for words in GRAMMAR["currency_codes"].values() for w in words]
_CURRENCY = rf"(?i:{'|'.join(sorted(_CURRENCY_WORDS, key=len, reverse=True))})?\s*"
# "ISO 27001", "SSAQ-28": a number after an acronym names a thing.
_NUMBER = re.compile(rf"(?<![A-Za-z0-9.,])(?<![A-Z]{{2}}\s)(?<![A-Z]{{2}}-){_CURRENCY}{_AMOUNT}(?![A-Za-z0-9])")
# The currency may follow the first amount as well as lead it ("100 万元至 500 万元").
_BETWEEN = re.compile(
    rf"{_CURRENCY}{_AMOUNT}{_CURRENCY}(?:{_any('between')})\s*{_CURRENCY}{_AMOUNT}(?!\s*[:%])", re.IGNORECASE
)
_ABOVE = re.compile(
    rf"(?:{_any('above_before')})\s*{_CURRENCY}{_AMOUNT}|{_CURRENCY}{_AMOUNT}{_NOUN}(?:{_any('above_after')})",
    re.IGNORECASE,
)
_BELOW = re.compile(
    rf"(?:{_any('below_before')})\s*{_CURRENCY}{_AMOUNT}|{_CURRENCY}{_AMOUNT}{_NOUN}(?:{_any('below_after')})",
    re.IGNORECASE,
)


def _currency_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A Latin word stands alone ("rs" is not the end of "users"); a Chinese or Urdu one need not."""
    alone = [rf"(?<![a-z]){w}(?![a-z])" if w[:1].isalpha() and w.isascii() else w for w in words]
    return re.compile("|".join(alone), re.IGNORECASE)


_CURRENCY_WORD = _currency_pattern(_CURRENCY_WORDS)
_CURRENCY_AFTER = re.compile(rf"\s*(?:{_CURRENCY_WORD.pattern})", re.IGNORECASE)
_CURRENCY_CODES = {code: _currency_pattern(words) for code, words in GRAMMAR["currency_codes"].items()}
_TIME_UNITS = {str(word).casefold(): float(days) for word, days in GRAMMAR["time_units"].items()}
_WORD = re.compile(r"[^\W\d_]+")
_PHYSICAL_UNITS = {str(w).casefold(): kind for kind, words in GRAMMAR["physical_units"].items() for w in words}
_CJK_TIME_UNITS = sorted((w for w in _TIME_UNITS if CJK.match(w)), key=len, reverse=True)
_WORDS_AFTER = re.compile(rf"\s*(?:{_any('measure_words')})*\s*([^\W\d_]+)(?:[\s-]+([^\W\d_]+))?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]*$")
LABEL_REACH = 12  # characters before a number where a word that makes it a label stands ("number 3", "No. 3")
_LABEL_BEFORE = re.compile(f"(?:{'|'.join(GRAMMAR['label_before'])})\\s*$", re.IGNORECASE)
MAGNITUDE = 100.0
# A length of time under this share of one of a band's own units is not on its scale: "24 hours" is not in "0-2
# years" of experience, though a day lies numerically between 0 and 730.
UNIT_SHARE = 0.25
_YEAR = re.compile(r"(19|20)\d\d")
# A word for staff, in a count ("40 people", "18 logon", "300人") or a column's header ("Full-time staff"); the
# directory's comparisons read the same words (vocab/comparisons.yaml).
_PEOPLE = re.compile(
    rf"(?<![^\W\d_]){vocab_file('comparisons.yaml')['people']}(?![^\W\d_])|{vocab_file('comparisons.yaml')['people_cjk']}",
    re.IGNORECASE,
)
_NEXT_WORDS = re.compile(r"(?:[\s-]*[^\W\d_]+){1,3}")  # "۹۰ کل وقتی ملازمین": the staff word is the third


_WORDS = {lang: {str(w): n for w, n in words.items()} for lang, words in GRAMMAR["number_words"].items()}  # "dedh": 1.5
_SCALES = {**_MULTIPLIERS, **{str(w).lower(): 100.0 for w in GRAMMAR["hundreds"]}}
_SCALE = alternation(w for w in _SCALES if not w.isascii() or len(w) > 1)  # not "k"/"m" alone after a word
_SPELLED_UNIT = alternation([*_WORDS["ur"], *_WORDS["before_scale"]])
_SPELLED = re.compile(rf"(?<!\w)({_SPELLED_UNIT}|\d+)\s+({_SCALE})(?!\w)", re.IGNORECASE)
_URDU_ALONE = re.compile(rf"(?<!\w)({alternation(_WORDS['ur'])})(?!\w)")
# A word that is a number only before a multiplier is one before a unit of time too: "بیس سال" (twenty years) is
# no "base", "do saal" no verb.
_TIME_WORDS = alternation(str(w) for w in GRAMMAR["time_units"] if not str(w).isascii() or len(str(w)) > 3)
_BEFORE_TIME = re.compile(rf"(?<!\w)({alternation(_WORDS['before_scale'])})(?=\s+(?:{_TIME_WORDS})(?!\w))", re.I)
_CJK_NUMERAL = re.compile("[零〇一二两三四五六七八九十百千万亿]")
_A_BEFORE_NUMBER = re.compile(r"\b(a|an)\s+(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def spelled_out(text: str, threshold: float = 3.0) -> str:
    """The text with numbers written as words turned into digits: "more than one thousand employees",
    "一千人以上", "ایک ہزار سے زیادہ", "do sau se zyada" read as 1000, 1000, 1000 and 200.

    For a directory request's head counts and years only: cn2an also turns "一家" into "1家" and "一般"
    into "1般", which would give a programme question amounts it never asked about (measured: sample-2's
    key fact 0.846 → 0.821 when banded tables read them). `threshold`: English words for numbers up to it stay
    words ("one of the firms"), as text2num has it.
    """
    if _CJK_NUMERAL.search(text):
        import cn2an  # here, not at the top: importing it takes 0.2-0.3 s, and most questions never need it

        with warnings.catch_warnings():  # it warns of a unit it leaves alone ("5万"): amounts() reads those
            warnings.simplefilter("ignore")
            text = cn2an.transform(text, "cn2an")
    text = _A_BEFORE_NUMBER.sub("", alpha2digit(text, "en", threshold=threshold))

    def scaled(match: re.Match[str]) -> str:
        word, scale = match.group(1), match.group(2).lower()
        number = int(word) if word.isdigit() else _WORDS["ur"].get(word) or _WORDS["before_scale"][word.lower()]
        return str(int(number * _SCALES[scale]))

    text = _SPELLED.sub(scaled, text)
    text = _BEFORE_TIME.sub(lambda m: str(_WORDS["before_scale"][m.group(1).lower()]), text)
    return _URDU_ALONE.sub(lambda m: str(_WORDS["ur"][m.group(1)]), text)


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _MULTIPLIERS.get((unit or "").lower(), 1.0)


# Days per unit for a length of time; the word after it for a count of something ("employees"); None bare.
Measure = float | str | None


class Amount(NamedTuple):
    """A number the question gives, with what it measures: "9 working days" is no head count."""

    value: float
    measure: Measure = None
    people: bool = False  # a count of people: "40 people", "۹۰ کل وقتی ملازمین", "300人"


class Band(NamedTuple):
    low: float
    high: float
    money: bool  # a range of money
    measure: Measure  # what its amounts measure (Amount.measure)
    people: bool = False  # its column counts people ("Full-time staff: 21–75"): a head count's band


def _time_days(word: str) -> float | None:
    """Days in a unit of time: "months" 30, "半天" 0.5, "ماہ" 30; Chinese is read from the run's start."""
    if CJK.match(word):
        return next((_TIME_UNITS[u] for u in _CJK_TIME_UNITS if word.startswith(u)), None)
    return _TIME_UNITS.get(word.casefold())


def _measure(text: str, end: int) -> Measure:
    """What the number ending at `end` measures, from the word after it or the one after that ("9 working
    days", "6 ماہ", "10个半天"); Chinese writes no space, so its next run is the only word read. Function
    words say nothing of it ("12 to 18 months", "is 6 enough?")."""
    words = _WORDS_AFTER.match(text, end)
    read = [w for w in words.groups() if w] if words else []
    if read and CJK.match(read[0]):
        read = read[:1]
    for word in ["-".join(read), *read] if len(read) > 1 else read:  # "half-days" before "half" and "days"
        days = _time_days(word)
        if days:
            return days
    return next((stem(w.casefold()) for w in read if w.casefold() not in STOPWORDS), None)


def _cell_header(text: str, start: int) -> str:
    """The header of the table cell a band at `start` stands in ("Duration (months)" of "Duration (months): 3–6"),
    or "" outside a cell with one."""
    cell = text[:start].rsplit(CELL_SEPARATOR, 1)[-1]
    return cell.rsplit(":", 1)[0] if ":" in cell else ""


def _header_days(text: str, start: int) -> float | None:
    """Days in a unit of time the cell's header names, for a band written after it with no word of its own
    ("Duration (months): 3–6"); the header's words are read whole, as a Chinese "月费" is no month."""
    header = _cell_header(text, start)
    return next((days for w in _WORD.findall(header) if (days := _TIME_UNITS.get(w.casefold()))), None)


def _header_priced(text: str, start: int) -> bool:
    """Whether the cell's header names a currency, for a band of money written after it without one ("Total
    project budget (USD): 40,001 – 150,000")."""
    return _CURRENCY_WORD.search(_cell_header(text, start)) is not None


# An amount in yuan counted in 万 or 亿 ("60万元", "2.8亿元人民币"): read by Chinese askers at a glance, by no one else.
_WAN_YUAN = re.compile(
    r"(?<![\d.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit>[万萬亿億])"
    r"\s*(?:元(?:人民币|人民幣)?|人民币|人民幣)"
)


def in_millions(text: str) -> str:
    """The text with each amount in yuan counted in 万 or 亿 followed by the same in RMB as English writes it:
    "一等奖60万元 (RMB 600,000)", "2.8亿元 (RMB 280 million)". An English or Urdu asker reads the second."""

    def glossed(m: re.Match[str]) -> str:
        value = float(m.group("number").replace(",", "")) * _MULTIPLIERS[m.group("unit")]
        said = f"RMB {value / 1e6:g} million" if value >= 1e6 else f"RMB {value:,.0f}"
        return f"{m.group(0)} ({said})"

    return _WAN_YUAN.sub(glossed, text)


def amounts(question: str, quotes: Callable[[str], bool] | None = None) -> list[Amount]:
    """The numbers a question gives, with their multipliers ("60k", "2 lakh", "5万"); years and days of a date
    ("cancel on 15 August") left out.

    `quotes`: whether the knowledge base holds a phrase as it stands. A number it writes after the same
    word ("Stage 1", "cohort 2", "Day 7") names a thing, as a number after an acronym does, and is no
    amount to find a band for ("When does Cohort 2 start?" is not about classes of at most 18, "round 2
    deadline?" not about "less than 24 hours").
    """
    out = []
    dates = [m.span() for m in _DATE.finditer(question)]
    for match in _NUMBER.finditer(question):
        number, unit = match.group(1), match.group(2)
        if _YEAR.fullmatch(number) and not unit:
            continue
        if any(start <= match.start() < end for start, end in dates):
            continue
        before = _WORD_BEFORE.search(question, 0, match.start())
        # With a currency or a multiplier ("PKR 50 million") it is an amount, whatever word comes before it
        # ("exactly 50" is also in "a firm with exactly 50 staff").
        counted = bool(unit) or _CURRENCY_WORD.match(match.group(0)) is not None
        if (
            quotes
            and not counted
            and before
            and before.group(1).lower() not in STOPWORDS
            and quotes(f"{before.group(1)} {number.rstrip(',')}")  # "50," before a clause is "50"
        ):
            continue
        if not counted and before and _names_number(question, before, number):
            continue
        if not counted and _LABEL_BEFORE.search(question[max(0, match.start() - LABEL_REACH) : match.start()]):
            continue  # "criterion number 3", "معیار نمبر 3": an item's label
        after = _NEXT_WORDS.match(question, match.end())
        people = bool(after and _PEOPLE.search(after.group(0)))
        out.append(Amount(_value(number, unit), _measure(question, match.end()), people))
    return out


def labels(question: str) -> list[str]:
    """The item numbers a question names by a label word ("criterion number 3", "معیار نمبر 3", 第3条)."""
    return [
        m.group(1)
        for m in _NUMBER.finditer(question)
        if not m.group(2) and _LABEL_BEFORE.search(question[max(0, m.start() - LABEL_REACH) : m.start()])
    ]


def opens_with_label(text: str, label: str) -> bool:
    """Whether a line of the text is item `label` of a numbered list: "3. …", "3) …", "(3) …", "3۔ …", "第3条"."""
    pattern = rf"^\s*(?:\(?{re.escape(label)}[.)۔、:：]|（{re.escape(label)}）|第{re.escape(label)}\D)"
    return re.search(pattern, text, re.MULTILINE) is not None


def _names_number(question: str, before: re.Match[str], number: str) -> bool:
    """A capitalised word that numbers a thing in the middle of a sentence ("MCIC Level 3", "the Phase 2 fee"):
    a name, even where the knowledge base writes it in another script ("لیول 3") and `quotes` cannot tell. A
    sentence's first word is capitalised anyway, and a code in capitals ("USD 3") is a unit."""
    word = before.group(1)
    opens = question[: before.start()].rstrip(" \t")[-1:] in ("", ".", "?", "!", "\n", ":")
    ordinary = word.lower() in STOPWORDS or word.lower() in _place_names()  # "our Lahore 12-person team"
    return word.istitle() and word.isascii() and len(number) <= 2 and not opens and not ordinary


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    countries, cities = places()
    return frozenset(name.lower() for names in [*countries.values(), *cities.values()] for name in names)


def bounds(text: str) -> list[tuple[float, float]]:
    """The ranges a row or sentence states: between two amounts, above one, or below one."""
    return [(band.low, band.high) for band in _ranges(text)]


def _dated(text: str, start: int, number: str, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether a bound's number is part of a date: "۳۰ جون ۲۰۷۷ تک" (by 30 June 2077) is a deadline, not a
    range of everything below 2077."""
    return any(
        low <= start < high or (_YEAR.fullmatch(fold_digits(number)) is not None and not text[high:start].strip(" ,،"))
        for low, high in dates
    )


def _staffed(text: str, start: int, money: bool) -> bool:
    """Whether a band at `start` is of head counts: its cell's header names staff ("Full-time staff: 21–75",
    "کل وقتی ملازمین: ۱ تا ۲۵")."""
    return not money and _PEOPLE.search(_cell_header(text, start)) is not None


def _priced(text: str, match: re.Match[str]) -> bool:
    """Whether an amount is money: a currency in it or just after it ("USD 80k", "8万元", "80,000 dollars")."""
    return bool(_CURRENCY_WORD.search(text, match.start(), match.end()) or _CURRENCY_AFTER.match(text, match.end()))


def _is_money(text: str, match: re.Match[str]) -> bool:
    """Whether a number is an amount of money: a currency beside it, or in its column's name."""
    return _priced(text, match) or _header_priced(text, match.start())


def _last_end(match: re.Match[str], groups: Iterable[int]) -> int:
    """Where the last of the groups that matched ends: the amount a unit would follow."""
    return max(match.end(g) for g in groups if match.group(g))


@lru_cache(maxsize=16384)
def _ranges(text: str) -> tuple[Band, ...]:
    """bounds(), each with whether it is a range of money and what it measures. Kept per text: the same
    answer units are read for question after question."""
    out: list[Band] = []
    spans: list[tuple[int, int]] = []
    for match in _BETWEEN.finditer(text):
        # "2 to 8 million", "5-10万": a multiplier written once stands for both ends ("500 to 2 million" aside).
        high = _value(match.group(3), match.group(4))
        low = _value(match.group(1), match.group(2))
        if not match.group(2) and match.group(4) and _value(match.group(1), match.group(4)) < high:
            low = _value(match.group(1), match.group(4))
        if low < high:
            measure = _measure(text, _last_end(match, (3, 4))) or _header_days(text, match.start())
            money = _is_money(text, match)
            out.append(Band(low, high, money, measure, _staffed(text, match.start(), money)))
            spans.append(match.span())
    dates = [m.span() for m in _DATE.finditer(text)]
    for pattern, above in ((_ABOVE, True), (_BELOW, False)):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            first = 1 if match.group(1) else 3  # the amount after the comparison word, or before it
            if _dated(text, match.start(first), match.group(first), dates):
                continue
            value = _value(match.group(first), match.group(first + 1))
            money = _is_money(text, match)
            measure = _measure(text, _last_end(match, (first, first + 1))) or _header_days(text, match.start())
            low, high = (value, math.inf) if above else (-math.inf, value)
            out.append(Band(low, high, money, measure, _staffed(text, match.start(), money)))
    return tuple(out)


_SHARE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%")


def worked_share(question: str, row: str) -> WorkedShare | None:
    """The share a row or sentence gives of the asker's amount, worked out: "30% × USD 120,000 = USD 36,000"
    where the passage gives one percentage and the question one amount of money, with the passage's own maximum
    when the sum goes past it; a cap or condition stated elsewhere stays the documents' to say.

    The amount is money by its currency, or by a multiplier ("8 lakh", "60万") in a question that names no
    currency, read in the one currency the passage names. A passage that states ranges of money is a band's row:
    it is worked out only when its range holds the amount ("USD 50,001 – 150,000" for a contract of USD 120,000).
    With two amounts (a contract and its eligible costs) which one the share reads is not the arithmetic's to
    say, so nothing is worked out."""
    shares = set(_SHARE.findall(row))
    if len(shares) != 1:
        return None
    asked = currencies_in(question)
    currencies = asked or currencies_in(row)
    priced = _money_numbers(question)
    # Without a currency in the question, an amount with a multiplier ("8 lakh", "60万") is the money it gives.
    scaled = [] if priced or asked else [m for m in _NUMBER.finditer(question) if m.group(2)]
    money = [
        _value(m.group(1), m.group(2)) for m in priced or scaled if not (_YEAR.fullmatch(m.group(1)) and not m.group(2))
    ]
    if len(currencies) != 1 or len(money) != 1:
        return None
    banded = any(band.money for band in _ranges(row))
    if banded and band_fit(row, [Amount(money[0])], True, currencies) < 1.0:
        return None
    base, share = money[0], shares.pop()
    code = next(iter(currencies))
    worked = base * float(share) / 100
    caps = [] if _in_other_currency(row, currencies) else [cap for cap in _row_caps(row) if cap < worked]
    return WorkedShare(
        f"{share}%",
        f"{share}% × {code} {base:,.0f} = {code} {worked:,.0f}",
        f"{code} {min(caps):,.0f}" if caps else None,
    )


class WorkedShare(NamedTuple):
    share: str  # "30%", as the row writes it
    sum: str  # "30% × USD 120,000 = USD 36,000"
    cap: str | None  # the row's own maximum, when the sum goes past it ("USD 120,000")


_CAP_WORDS = re.compile("|".join(GRAMMAR["cap_words"]), re.IGNORECASE)


_CLAUSE = re.compile(r"\||[;；，。]|,\s")  # a row's cells, a sentence's clauses (not the "," of "1,200,000")


_TAX = re.compile("|".join(GRAMMAR["tax_words"]), re.IGNORECASE)
_TAX_ADDED = re.compile("|".join(GRAMMAR["tax_added"]), re.IGNORECASE)
_TAX_LEFT_OUT = re.compile("|".join(GRAMMAR["tax_left_out"]), re.IGNORECASE)
_RATE = re.compile(rf"(?<![\d.])(\d{{1,2}}(?:\.\d+)?)\s*(?:{'|'.join(GRAMMAR['percent'])})", re.IGNORECASE)
TAX_REACH = 25  # characters around a tax word that say it is left out: "excluding the 16% sales tax", "不含税"


def asks_with_tax(question: str) -> bool:
    """Whether a question asks a sum with a tax added: a tax named, a word of adding, none of leaving out near it."""
    taxes = list(_TAX.finditer(question))
    if not taxes or not _TAX_ADDED.search(question):
        return False
    return not any(
        _TAX_LEFT_OUT.search(question, max(0, m.start() - TAX_REACH), m.end() + TAX_REACH // 2) for m in taxes
    )


def tax_rate(text: str) -> str | None:
    """The one tax rate a text states: a percentage in a clause that names a tax ("the 16% sales tax on services",
    "۱۶ فیصد سیلز ٹیکس"). None for none, or for two different ones."""
    rates = {
        m.group(1) for clause in _CLAUSE.split(fold_digits(text)) if _TAX.search(clause) for m in _RATE.finditer(clause)
    }
    return rates.pop() if len(rates) == 1 else None


def _money_in(row: str) -> list[float]:
    """The amounts of money a row or sentence gives, in order: a currency beside it or in its column's name."""
    row = fold_digits(row)
    return [
        _value(m.group(1), m.group(2))
        for m in _NUMBER.finditer(row)
        if _is_money(row, m) and not _YEAR.fullmatch(m.group(1))
    ]


def worked_tax(question: str, rows: Sequence[str], rate: str | None) -> WorkedShare | None:
    """The fee a question asks with tax added, worked out: "PKR 92,000 + 16% = PKR 106,720". The fee is the
    asker's (asker_fee); the rate is the one the question gives beside a tax word, or `rate` (tax_rate of what
    the answer quotes). Nothing is worked out where the fee or the rate is not one."""
    if not asks_with_tax(question):
        return None
    rate = tax_rate(question) or rate
    if rate is None:
        return None
    if (fee := asker_fee(question, rows)) is None:
        return None
    base, code = fee
    total = base * (1 + float(rate) / 100)
    return WorkedShare(f"{rate}%", f"{code}{base:,.0f} + {rate}% = {code}{total:,.0f}", None)


def asker_fee(question: str, rows: Sequence[str]) -> tuple[float, str] | None:
    """The asker's fee and its currency code with a space ("PKR "; "" when not one): the one amount of money the
    question gives, or else the first amount of money of the one table row whose band holds the asker's count
    ("we are 40 people": "Full-time staff: 21–75 | Participation fee: PKR 92,000"): a row's first money cell is
    its fee, later ones its extras. None where it is not one."""
    asked = _money_numbers(question)
    if len(asked) == 1:
        base, row = _value(asked[0].group(1), asked[0].group(2)), question
    else:
        counts = [a for a in amounts(question) if not isinstance(a.measure, float)]  # a count, not a length of time
        fitting = {
            row: money[0]
            for row in rows
            if counts
            and CELL_SEPARATOR in row
            and sum(not band.money for band in _ranges(row)) == 1  # one row, not a table run together
            and (money := _money_in(row))
            and band_fit(row, counts) == 1.0
        }
        if len(set(fitting.values())) != 1:
            return None
        row, base = next(iter(fitting.items()))
    codes = currencies_in(row) or currencies_in(question)
    return base, f"{next(iter(codes))} " if len(codes) == 1 else ""


def _row_caps(row: str) -> list[float]:
    """The amounts of money a row's cells or a sentence's clauses give as the most a sum may reach ("Maximum
    grant: USD 120,000", "每个项目上限18万元")."""
    return [
        _value(m.group(1), m.group(2))
        for cell in _CLAUSE.split(row)
        if _CAP_WORDS.search(cell)
        for m in _NUMBER.finditer(cell)
        if _is_money(cell, m)
    ]


def priced(question: str) -> bool:
    """Whether a number the question gives is an amount of money."""
    return bool(_money_numbers(question))


def _money_numbers(text: str) -> list[re.Match[str]]:
    """The numbers a text gives with a currency beside them."""
    return [m for m in _NUMBER.finditer(text) if _priced(text, m)]


OPEN_FIT = 0.5  # how well an open range fits, against a range closed at both ends
NEAR_BOUND = 1.5  # an amount within this factor of an open range's bound is held as surely as by a closed one


def currencies_in(text: str) -> frozenset[str]:
    """The currencies a text names (`currency_codes` in amounts.yaml)."""
    return frozenset(code for code, pattern in _CURRENCY_CODES.items() if pattern.search(text))


def _physical(measure: Measure) -> str | None:
    """The kind of unit a measure is, if it is one of a thing measured (area, weight …), not counted."""
    if not isinstance(measure, str):
        return None
    return _PHYSICAL_UNITS.get(measure) or next(
        (kind for word, kind in _PHYSICAL_UNITS.items() if CJK.match(word) and measure.startswith(word)), None
    )


def _in_band(amount: Amount, band: Band, low: float, high: float) -> bool:
    """Whether an amount lies in a band's range, lengths of time compared in days (and none far below one of the
    band's units: UNIT_SHARE). A length of time lies only in a band of time (a band of time names its unit, after
    it or in its cell's header), and a count of something never does; a bare number ("we are 12") is read against
    any band. An area, a weight, a distance or a size of data lies only in a band of the same kind ("12 sqm" is no
    head count)."""
    if isinstance(amount.measure, float) and isinstance(band.measure, float):
        days = amount.value * amount.measure
        return low * band.measure <= days <= high * band.measure and days >= UNIT_SHARE * band.measure
    if isinstance(amount.measure, float) or (isinstance(band.measure, float) and isinstance(amount.measure, str)):
        return False
    if _physical(amount.measure) != _physical(band.measure):
        return False
    return low <= amount.value <= high


def _counted(wanted: Sequence[Amount], band: Band) -> Sequence[Amount]:
    """The amounts a band is read against: a band of head counts takes the asker's head count when they give one
    ("we are 40 people and want to send 3 delegates" is in the band of 21–75 staff, not of 1–15)."""
    staff = [amount for amount in wanted if amount.people]
    return staff if band.people and staff else wanted


def _in_other_currency(text: str, currencies: frozenset[str]) -> bool:
    """Whether a text names only other currencies than the question's: its amounts are not the asker's."""
    return bool(currencies and (named := currencies_in(text)) and not named & currencies)


def band_fit(
    text: str, wanted: Sequence[Amount], money: bool = False, currencies: frozenset[str] = frozenset()
) -> float:
    """How well a range the text states holds one of the question's amounts: 1 for a range closed at both
    ends ("76 to 250"), OPEN_FIT for an open one ("more than 50"), 0 for none.

    An open range holds amounts within two orders of magnitude of its bound: "up to USD 25,000" is
    about sums of money, not about a team of 6. It says less than a closed one: "over 4 hours" and "no
    more than 5,000 users" both hold a team of 120, the tier for "76 to 250" staff holds it for certain.
    An open range of money holds an amount of money (`money`: the question's is one) as surely as a
    closed one: "more than USD 50,000" is the rule for a contract of USD 80k. A text naming only other
    currencies than the question's (`currencies`) holds none of its amounts; lengths of time are
    compared in days, and never with counts (`_in_band`). An open range of the thing the question counts
    ("at least 5 employees" for "3 employees") fits as an open range holding it does: whether the asker
    meets a threshold is answered by it on either side.

    A measure stated as one value holds the same value of the same kind: the row "Floor area: 18 m²" is the
    booth of "18 square meter", as a band of one would be.
    """
    if _in_other_currency(text, currencies):
        return 0.0
    measured = [a for a in wanted if _physical(a.measure)]
    if measured and any(
        _physical(s.measure) == _physical(a.measure) and s.value == a.value for s in amounts(text) for a in measured
    ):
        return 1.0
    fit = 0.0
    for band in _ranges(text):
        low, high = band.low, band.high
        closed = not (math.isinf(low) or math.isinf(high)) or (money and band.money)
        if math.isinf(low):
            low = high / MAGNITUDE
        if math.isinf(high):
            high = low * MAGNITUDE
        held = [amount for amount in _counted(wanted, band) if _in_band(amount, band, low, high)]
        if held:
            # Near its bound a range open upwards is as sure as a closed one: "1,000 and above", a table's last
            # band, holds exactly 1,000 staff, where "more than 5 years" says little of a team of 120. Only a count
            # of something the question names ("1000 人", "300 employees"); not a range open downwards ("5 بجے
            # تک", until 5 o'clock, would hold "4 Oct").
            near = math.isinf(band.high) and any(
                isinstance(a.measure, str) and a.value <= band.low * NEAR_BOUND for a in held
            )
            fit = max(fit, 1.0 if closed or near else OPEN_FIT)
        elif not closed and any(isinstance(a.measure, str) and a.measure == band.measure for a in wanted):
            fit = max(fit, OPEN_FIT)  # a threshold on the thing counted: "3 employees", "at least 5 employees"
    return fit


def band_misses(
    text: str, wanted: Sequence[Amount], money: bool = False, currencies: frozenset[str] = frozenset()
) -> bool:
    """Whether a table row states a range of what the question's amount measures that holds none of them: "up to
    50" staff is the wrong row for a team of 120, whatever else it shares with the question. A range of money and
    one of a count, or of time and of anything else, do not compare; nor do other currencies than the question's."""
    if CELL_SEPARATOR not in text or not wanted:
        return False
    if _in_other_currency(text, currencies):
        return False
    compared = [
        (amount, band)
        for band in _ranges(text)
        for amount in _counted(wanted, band)
        if band.money == money and isinstance(amount.measure, float) == isinstance(band.measure, float)
    ]
    return bool(compared) and not any(_in_band(amount, band, band.low, band.high) for amount, band in compared)
