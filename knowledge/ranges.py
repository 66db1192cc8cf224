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
from pathlib import Path

import yaml

GRAMMAR = yaml.safe_load((Path(__file__).parent / "vocab" / "amounts.yaml").read_text(encoding="utf-8"))


def _any(key: str) -> str:
    """One alternation of a list of amounts.yaml, longest first (so "以上" is tried before "上")."""
    return "|".join(sorted(GRAMMAR[key], key=len, reverse=True))


_MULTIPLIERS = {str(word).lower(): float(factor) for word, factor in GRAMMAR["multipliers"].items()}
_UNITS = "|".join(re.escape(w) for w in sorted(_MULTIPLIERS, key=len, reverse=True))
_AMOUNT = (
    r"(\d[\d,]*(?:\.\d+)?)(?![.,]?\d|\s*%)\s*"  # a percentage is a rate, not an amount
    rf"(?i:({_UNITS})(?![a-z]))?"
)
_NOUN = r"(?:\s*[^\W\d_]{1,14}){0,2}\s*"  # "20 engineers or more", "250 人以上", "6 full-time staff"
_CURRENCY = rf"(?i:{_any('currencies')})?\s*"
# "ISO 27001", "SSAQ-28": a number after an acronym names a thing.
_NUMBER = re.compile(rf"(?<![A-Za-z0-9.,])(?<![A-Z]{{2}}\s)(?<![A-Z]{{2}}-){_CURRENCY}{_AMOUNT}(?![A-Za-z0-9])")
_BETWEEN = re.compile(rf"{_CURRENCY}{_AMOUNT}\s*(?:{_any('between')})\s*{_CURRENCY}{_AMOUNT}(?!\s*[:%])", re.IGNORECASE)
_ABOVE = re.compile(
    rf"(?:{_any('above_before')})\s*{_CURRENCY}{_AMOUNT}|{_CURRENCY}{_AMOUNT}{_NOUN}(?:{_any('above_after')})",
    re.IGNORECASE,
)
_BELOW = re.compile(
    rf"(?:{_any('below_before')})\s*{_CURRENCY}{_AMOUNT}|{_CURRENCY}{_AMOUNT}{_NOUN}(?:{_any('below_after')})",
    re.IGNORECASE,
)
MAGNITUDE = 100.0
_YEAR = re.compile(r"(19|20)\d\d")


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _MULTIPLIERS.get((unit or "").lower(), 1.0)


def amounts(question: str) -> list[float]:
    """The numbers a question gives, with their multipliers ("60k", "2 lakh", "5万"); years left out."""
    out = []
    for match in _NUMBER.finditer(question):
        number, unit = match.group(1), match.group(2)
        if _YEAR.fullmatch(number) and not unit:
            continue
        out.append(_value(number, unit))
    return out


def bounds(text: str) -> list[tuple[float, float]]:
    """The ranges a row or sentence states: between two amounts, above one, or below one."""
    out: list[tuple[float, float]] = []
    spans: list[tuple[int, int]] = []
    for match in _BETWEEN.finditer(text):
        low, high = _value(match.group(1), match.group(2)), _value(match.group(3), match.group(4))
        if low < high:
            out.append((low, high))
            spans.append(match.span())
    for pattern, above in ((_ABOVE, True), (_BELOW, False)):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            groups = [g for g in match.groups()]
            number, unit = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
            value = _value(number, unit)
            out.append((value, math.inf) if above else (-math.inf, value))
    return out


def holds_amount(text: str, wanted: list[float]) -> bool:
    """Whether a range the text states holds one of the question's amounts.

    An open range holds amounts within two orders of magnitude of its bound: "up to USD 25,000" is
    about sums of money, not about a team of 6.
    """
    for low, high in bounds(text):
        if math.isinf(low):
            low = high / MAGNITUDE
        if math.isinf(high):
            high = low * MAGNITUDE
        if any(low <= amount <= high for amount in wanted):
            return True
    return False
