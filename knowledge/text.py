"""Tokens for lexical matching in three scripts: jieba for Chinese, words for Latin and Urdu."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from knowledge.language import ARABIC

_RUN = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff]+"  # Chinese
    r"|[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"  # Arabic script (Urdu)
    r"|[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*"  # Latin words and numbers (3.0, don't)
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_URDU_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed\u200c-\u200f]")
_ARABIC_PUNCTUATION = re.compile(r"[\u060c\u061b\u061f\u066a-\u066d\u06d4]")

QUESTION_MARKS = ("?", "？", "؟")  # what ends a question in English, Chinese and Urdu (str.endswith takes it)
MESSAGE_SENTENCE = re.compile(r"[^.!?。！？؟۔\n]+[.!?。！？؟۔]*")  # one sentence of a message, "۔" ending Urdu ones
EN_STOPWORDS = frozenset(
    """a an the and or of to in on at for by with from as is are was were be been being it its this that he she his her him
    these those there their them they we you your our us i me my do does did done can could would should
    will shall may might must have has had not no yes what which who whom whose when where why how
    any some all each every about into than then so if but also just only own same too very s t
    please tell show give get let want need know like what's whats where's who's how's it's
    into onto over under after before between within without through during up out off down""".split()
)
ZH_STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 是 在 和 与 及 或 我 我们 你 你们 他们 有 没有 什么 怎么 哪些 多少 请问 一下 可以 能 会 要 需要 ？ ， 。".split()
)
UR_STOPWORDS = frozenset(
    "کا کی کے کو سے میں ہے ہیں تھا تھی اور یا کیا کیسے کب کہاں کون کس کتنے کتنی کتنا یہ وہ آپ ہم بھی پر نے ہو ہوتی ہوتا ہوتے لیے کوئی کرنے کرتی کرتے اس ان"
    # auxiliaries of the passive, the future and "can" ("گنا جاتا ہے", "مل سکتی ہے"), which carry no topic
    " جاتا جاتی جاتے جائے جائیں گا گی گے سکتا سکتی سکتے تھے".split()
)
STOPWORDS = EN_STOPWORDS | ZH_STOPWORDS | UR_STOPWORDS


@lru_cache(maxsize=1)
def _jieba() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def jieba_words(text: str) -> list[str]:
    """Chinese text cut into words, one reading each (jieba's accurate mode), blanks left out."""
    return [w for w in _jieba().lcut(text) if w.strip()]  # type: ignore[attr-defined]


def dictionary_words(text: str) -> list[str]:
    """Chinese text cut into the words of jieba's dictionary only: no word guessed from unknown characters."""
    return [w for w in _jieba().lcut(text, HMM=False) if w.strip()]  # type: ignore[attr-defined]


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:  # opencc ships no type hints
    import opencc  # here, not at the top: most questions hold no Chinese

    return opencc.OpenCC(config)


SCRIPT_SAMPLE = 200_000  # Chinese characters read to tell a knowledge base's script


def chinese_script(text: str) -> str:
    """How a text writes Chinese: "traditional" when more of its characters are written the traditional way than
    the simplified way, else "simplified" (as most of the programme's documents are)."""
    han = "".join(_CJK.findall(text))[:SCRIPT_SAMPLE]
    if not han:
        return "simplified"
    traditional = sum(a != b for a, b in zip(han, _opencc("t2s").convert(han), strict=False))
    simplified = sum(a != b for a, b in zip(han, _opencc("s2t").convert(han), strict=False))
    return "traditional" if traditional > simplified else "simplified"


def in_script(text: str, script: str) -> str:
    """A question's Chinese written in `script`, the documents': asked in traditional characters (上海聯絡處的電話),
    it meets simplified documents, their directory and their word lists as 上海联络处的电话 does."""
    if not _CJK.search(text):
        return text
    return _opencc("t2s" if script == "simplified" else "s2t").convert(text)


# Digits other scripts write: Urdu's, Arabic's and Devanagari's (۲۰۶۱, ٢٠٦١, २०६१), read as the ASCII digits a
# question may type.
_DIGITS = str.maketrans({chr(base + n): str(n) for base in (0x0660, 0x06F0, 0x0966) for n in range(10)})
# A year written digit by digit in Chinese numerals (二〇六一年): the same year as 2061年.
_CHINESE_DIGITS = str.maketrans({"〇": "0", "零": "0"} | {c: str(n) for n, c in enumerate("一二三四五六七八九", 1)})
_CHINESE_YEAR = re.compile("[〇零一二三四五六七八九]{4}(?=年)")
_SPOKEN_DAY = re.compile("(?<=月\\d)号|(?<=月\\d\\d)号")  # 3月10号 is spoken for the 3月10日 documents write


def alternation(words: Iterable[object]) -> str:
    """Literal words as one regex alternation, longest first (so "以上" is tried before "上")."""
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))


def chinese_number(numeral: str) -> int:
    """A number written in Chinese numerals ("十二", "二十"), as an integer."""
    import cn2an  # here, not at the top: importing it takes 0.2-0.3 s, and few texts write numbers so

    return int(cn2an.cn2an(numeral, "smart"))


def fold_digits(text: str) -> str:
    """The text with every script's digits as ASCII, and Chinese digit-by-digit years too: what is compared
    with a question's numbers, never what is shown (an answer quotes the documents as they write)."""
    text = text.translate(_DIGITS)
    if "年" in text:
        text = _CHINESE_YEAR.sub(lambda m: m[0].translate(_CHINESE_DIGITS), text)
    if "号" in text:
        text = _SPOKEN_DAY.sub("日", text)
    return text


# Arabic letters Urdu typed on an Arabic keyboard, or saved in Windows-1256 (which has no Urdu yeh), writes for
# its own: ي ى for ی, ك for ک, ه for ہ. Compared as Urdu's, so کراچي meets کراچی.
_URDU_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1"})


def normalise(text: str) -> str:
    """Text as words are compared: NFKC, every script's digits as ASCII, Chinese in simplified characters (one
    traditional page among simplified ones, or traditional questions, meet the others' words), Urdu's letters as
    Urdu writes them (_URDU_LETTERS), its marks and punctuation left out."""
    text = in_script(fold_digits(unicodedata.normalize("NFKC", text)), "simplified").translate(_URDU_LETTERS)
    return _ARABIC_PUNCTUATION.sub(" ", _URDU_MARKS.sub("", text))


_ARABIC_WORD = re.compile(f"(?:{ARABIC.pattern})+")
_VOWEL_LETTERS = re.compile(r"[aeiouyw`']")
_DOUBLED = re.compile(r"(.)\1+")
MIN_CONSONANTS = 3  # shorter skeletons ("dn": din, dena, dono) name too many words to match on
# Letters Urdu says otherwise than Arabic, as Roman Urdu spells them (anyascii spells Arabic): ض ظ ذ are z
# (رمضان "Ramzan", نظام "nizam", ذریعے "zariye"), ث is s (ثابت "sabit").
_URDU_SOUNDS = str.maketrans({"ض": "ز", "ظ": "ز", "ذ": "ز", "ث": "س"})


@lru_cache(maxsize=65536)
def consonants(word: str) -> str:
    """A Latin or Urdu word's consonants, spelled alike in both scripts: Roman Urdu "shikayat" and Urdu
    "شکایت" both read "shkt", "mahine" and "مہینہ" "mhn". Urdu is spelled by anyascii; vowels, which Urdu
    writes only when long (and then as y, w or a final h), are left out in both. Empty for other scripts."""
    if word.isascii():
        latin = word.lower()
    elif _ARABIC_WORD.fullmatch(word):
        latin = anyascii(word.translate(_URDU_SOUNDS)).lower()
    else:
        return ""
    latin = latin.replace("q", "k").replace("v", "w")
    head = latin[:1] if latin[:1] in ("y", "w") else ""
    skeleton = head + _VOWEL_LETTERS.sub("", latin[len(head) :])
    skeleton = _DOUBLED.sub(r"\1", skeleton.removesuffix("h") if len(skeleton) > 1 else skeleton)
    return skeleton if skeleton.isalpha() else ""


# English spellings Urdu writes by their sound: "information" is انفارمیشن (-shan), "lecture" لیکچر, "cyber"
# سائبر, "digital" ڈیجیٹل; c before e, i, y is s, any other c (but ch) is k. z and s are one sound to compare by
# ("videos" ویڈیوز), and a word Urdu opens with alif opens with its vowel (ایپ "app", اوور "over").
_ENGLISH_SOUNDS = (
    (re.compile(r"[ts]ion"), "shn"),
    (re.compile(r"ture"), "chr"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"g(?=[ei])"), "j"),
    (re.compile(r"x"), "ks"),
)
_ALIF = ("ا", "آ")


def sounded_consonants(word: str) -> str:
    """The consonants of an English word as Urdu script would write it, or of an Urdu word: an English word
    written in Urdu (اسٹوڈنٹ, سسٹم, بلنگ) reads as the English one ("student", "system", "billing")."""
    if word.isascii():
        word = word.lower()
        for pattern, sound in _ENGLISH_SOUNDS:
            word = pattern.sub(sound, word)
    skeleton = consonants(word)
    if word.startswith(_ALIF) or (word.isascii() and word[:1] in "aeiou"):
        skeleton = skeleton.lstrip("yw")
    return _DOUBLED.sub(r"\1", skeleton.replace("z", "s"))


def stem(word: str) -> str:
    """A light English stemmer: enough to meet 'deadlines' with 'deadline'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str, keep_stopwords: bool = False) -> list[str]:
    tokens: list[str] = []
    for run in _RUN.findall(normalise(text).lower()):
        if _CJK.match(run):
            words = [w for w in _jieba().cut_for_search(run) if w.strip()]  # type: ignore[attr-defined]
        elif run[0].isascii():
            words = [run if run in STOPWORDS else stem(run)]
        else:
            words = [run]
        tokens.extend(w for w in words if keep_stopwords or w not in STOPWORDS)
    return tokens


NUMBER_SPILL = 24  # characters a clipped line may run past its limit to keep a number whole
_NUMBER_GROUPS = re.compile(r"(?: [(+]?\d[\d()\-]*)+(?=[\s,.;:|)]|$)")  # " 21 3456 2299" after "+92"
_NUMBER_END = re.compile(r"(?:^|\s)[(+]?\d[\d()\-]*$")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters on one line, cut at a word where there is one; a number written in groups
    ("+92 21 3456 2299") is never cut in two: it is kept whole, a few characters past the limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    kept = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    rest = _NUMBER_GROUPS.match(text, len(kept))
    if rest and _NUMBER_END.search(kept) and len(rest.group(0)) <= NUMBER_SPILL:
        kept += rest.group(0)
    return kept + ("…" if len(kept) < len(text) else "")
