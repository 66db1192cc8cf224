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
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import yaml
from text_to_num import alpha2digit

from knowledge.text import STOPWORDS

GRAMMAR = yaml.safe_load((Path(__file__).parent / "vocab" / "amounts.yaml").read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    """Literal words as one alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _any(key: str) -> str:
    """One alternation of a list of amounts.yaml, longest first (so "以上" is tried before "上")."""
    return "|".join(sorted(GRAMMAR[key], key=len, reverse=True))


_MULTIPLIERS = {str(word).lower(): float(factor) for word, factor in GRAMMAR["multipliers"].items()}
_UNITS = _alternation(_MULTIPLIERS)
_AMOUNT = (
    rf"(\d[\d,]*(?:\.\d+)?)(?![.,]?\d|\s*(?i:{_any('percent')}))\s*"  # a percentage is a rate, not an amount
    rf"(?i:({_UNITS})(?![a-z]))?"
)
_NOUN = r"(?:\s*[^\W\d_]{1,14}){0,2}\s*"  # "20 engineers or more", "250 人以上", "6 full-time staff"
_CURRENCY = rf"(?i:{_any('currencies')})?\s*"
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
_CURRENCY_WORD = re.compile(_any("currencies"), re.IGNORECASE)


def _currency_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A Latin word stands alone ("rs" is not the end of "users"); a Chinese or Urdu one need not."""
    alone = [rf"(?<![a-z]){w}(?![a-z])" if w[:1].isalpha() and w.isascii() else w for w in words]
    return re.compile("|".join(alone), re.IGNORECASE)


_CURRENCY_CODES = {code: _currency_pattern(words) for code, words in GRAMMAR["currency_codes"].items()}
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]*$")
MAGNITUDE = 100.0
_YEAR = re.compile(r"(19|20)\d\d")


_WORDS = {lang: {str(w): int(n) for w, n in words.items()} for lang, words in GRAMMAR["number_words"].items()}
_SCALES = {**_MULTIPLIERS, **{str(w).lower(): 100.0 for w in GRAMMAR["hundreds"]}}
_SCALE = _alternation(w for w in _SCALES if not w.isascii() or len(w) > 1)  # not "k"/"m" alone after a word
_SPELLED_UNIT = _alternation([*_WORDS["ur"], *_WORDS["before_scale"]])
_SPELLED = re.compile(rf"(?<!\w)({_SPELLED_UNIT}|\d+)\s+({_SCALE})(?!\w)", re.IGNORECASE)
_URDU_ALONE = re.compile(rf"(?<!\w)({_alternation(_WORDS['ur'])})(?!\w)")
_CJK_NUMERAL = re.compile("[零〇一二两三四五六七八九十百千万亿]")
_A_BEFORE_NUMBER = re.compile(r"\b(a|an)\s+(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def spelled_out(text: str) -> str:
    """The text with numbers written as words turned into digits: "more than one thousand employees",
    "一千人以上", "ایک ہزار سے زیادہ", "do sau se zyada" read as 1000, 1000, 1000 and 200.

    For a directory request's head counts and years only: cn2an also turns "一家" into "1家" and "一般"
    into "1般", which would give a programme question amounts it never asked about (measured: sample-2's
    key fact 0.846 → 0.821 when banded tables read them).
    """
    if _CJK_NUMERAL.search(text):
        import cn2an  # here, not at the top: importing it takes 0.2-0.3 s, and most questions never need it

        with warnings.catch_warnings():  # it warns of a unit it leaves alone ("5万"): amounts() reads those
            warnings.simplefilter("ignore")
            text = cn2an.transform(text, "cn2an")
    text = _A_BEFORE_NUMBER.sub("", alpha2digit(text, "en"))

    def scaled(match: re.Match[str]) -> str:
        word, scale = match.group(1), match.group(2).lower()
        number = int(word) if word.isdigit() else _WORDS["ur"].get(word) or _WORDS["before_scale"][word.lower()]
        return str(int(number * _SCALES[scale]))

    text = _SPELLED.sub(scaled, text)
    return _URDU_ALONE.sub(lambda m: str(_WORDS["ur"][m.group(1)]), text)


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _MULTIPLIERS.get((unit or "").lower(), 1.0)


def amounts(question: str, quotes: Callable[[str], bool] | None = None) -> list[float]:
    """The numbers a question gives, with their multipliers ("60k", "2 lakh", "5万"); years left out.

    `quotes`: whether the knowledge base holds a phrase as it stands. A number it writes after the same
    word ("Stage 1", "cohort 2", "Day 7") names a thing, as a number after an acronym does, and is no
    amount to find a band for ("When does Cohort 2 start?" is not about classes of at most 18, "round 2
    deadline?" not about "less than 24 hours").
    """
    out = []
    for match in _NUMBER.finditer(question):
        number, unit = match.group(1), match.group(2)
        if _YEAR.fullmatch(number) and not unit:
            continue
        before = _WORD_BEFORE.search(question, 0, match.start())
        if quotes and before and before.group(1).lower() not in STOPWORDS and quotes(f"{before.group(1)} {number}"):
            continue
        out.append(_value(number, unit))
    return out


def bounds(text: str) -> list[tuple[float, float]]:
    """The ranges a row or sentence states: between two amounts, above one, or below one."""
    return [(low, high) for low, high, _ in _ranges(text)]


def _priced(text: str, match: re.Match[str]) -> bool:
    """Whether an amount is money: a currency in it or just after it ("USD 80k", "8万元")."""
    return bool(_CURRENCY_WORD.search(text, match.start(), min(len(text), match.end() + 4)))


def _ranges(text: str) -> list[tuple[float, float, bool]]:
    """bounds(), each with whether it is a range of money."""
    out: list[tuple[float, float, bool]] = []
    spans: list[tuple[int, int]] = []
    for match in _BETWEEN.finditer(text):
        # "2 to 8 million", "5-10万": a multiplier written once stands for both ends ("500 to 2 million" aside).
        high = _value(match.group(3), match.group(4))
        low = _value(match.group(1), match.group(2))
        if not match.group(2) and match.group(4) and _value(match.group(1), match.group(4)) < high:
            low = _value(match.group(1), match.group(4))
        if low < high:
            out.append((low, high, _priced(text, match)))
            spans.append(match.span())
    for pattern, above in ((_ABOVE, True), (_BELOW, False)):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            groups = [g for g in match.groups()]
            number, unit = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
            value = _value(number, unit)
            money = _priced(text, match)
            out.append((value, math.inf, money) if above else (-math.inf, value, money))
    return out


def priced(question: str) -> bool:
    """Whether a number the question gives is an amount of money."""
    return any(_priced(question, match) for match in _NUMBER.finditer(question))


OPEN_FIT = 0.5  # how well an open range fits, against a range closed at both ends


def currencies_in(text: str) -> frozenset[str]:
    """The currencies a text names (`currency_codes` in amounts.yaml)."""
    return frozenset(code for code, pattern in _CURRENCY_CODES.items() if pattern.search(text))


def band_fit(text: str, wanted: list[float], money: bool = False, currencies: frozenset[str] = frozenset()) -> float:
    """How well a range the text states holds one of the question's amounts: 1 for a range closed at both
    ends ("76 to 250"), OPEN_FIT for an open one ("more than 50"), 0 for none.

    An open range holds amounts within two orders of magnitude of its bound: "up to USD 25,000" is
    about sums of money, not about a team of 6. It says less than a closed one: "over 4 hours" and "no
    more than 5,000 users" both hold a team of 120, the tier for "76 to 250" staff holds it for certain.
    An open range of money holds an amount of money (`money`: the question's is one) as surely as a
    closed one: "more than USD 50,000" is the rule for a contract of USD 80k. A text naming only other
    currencies than the question's (`currencies`) holds none of its amounts.
    """
    if currencies and (named := currencies_in(text)) and not named & currencies:
        return 0.0
    fit = 0.0
    for low, high, in_money in _ranges(text):
        closed = not (math.isinf(low) or math.isinf(high)) or (money and in_money)
        if math.isinf(low):
            low = high / MAGNITUDE
        if math.isinf(high):
            high = low * MAGNITUDE
        if any(low <= amount <= high for amount in wanted):
            fit = max(fit, 1.0 if closed else OPEN_FIT)
    return fit
