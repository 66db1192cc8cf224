"""Reply-language detection for en, zh, ur and Roman Urdu (ur-Latn).

Our three languages use three scripts, so counting script characters is exact where a statistical
detector guesses; lingua labels Roman Urdu as English, so Roman Urdu is recognised by its
function words, which English never uses.
"""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_WORD = re.compile(r"[A-Za-z]+")

# Frequent Roman Urdu words that are not English words (or are rare in English questions).
ROMAN_URDU_WORDS = frozenset(
    """hai hain ho hota hoti hotay hote tha thi thay kya kia kyun kyu kaise kesay kaisay kab kahan kahaan
    kis kisi kon kaun konsi konsa kaunsi kitna kitne kitni mein mai main mujhe hum hamara hamari humara
    ap aap apka apki apna apni ka ki ke ko se sath saath wala wali walay waley aur bhi nahi nahin
    chahiye chahie karna karte karta karti kar kr krna rahi raha rahay rahe gaya gayi diya dena
    lena milta milti mil sakta sakti saktay sakte hoga hogi batao bataen bataye bataiye
    yeh ye woh wo iss uss unka unki inka inki pichlay pichle saal din dair tak jata jati
    acha shukriya jee ji bhej bhejo bhejein bhejen bhijwa bhijwayein dein dain dijiye dijye karein karen kijiye
    batayein batain milega milegi milenge""".split()
)
# Words shared with English that must not count alone.
_AMBIGUOUS = frozenset({"main", "me", "to", "tak", "din", "hum", "mil", "kar", "ye"})

LANGUAGES = ("en", "zh", "ur", "ur-Latn")


def roman_urdu_score(text: str) -> int:
    words = [w.lower() for w in LATIN_WORD.findall(text)]
    return sum(1 for w in words if w in ROMAN_URDU_WORDS and w not in _AMBIGUOUS)


def detect_language(text: str) -> str:
    """Return en, zh, ur or ur-Latn: the language to reply in."""
    cjk = len(CJK.findall(text))
    arabic = len(ARABIC.findall(text))
    latin = sum(len(w) for w in LATIN_WORD.findall(text))
    if arabic and arabic >= cjk and arabic * 2 >= latin * 0.5:
        return "ur"
    # A Chinese character carries about as much as a short English word.
    if cjk and cjk * 3 >= latin:
        return "zh"
    if roman_urdu_score(text) >= 2:
        return "ur-Latn"
    return "en"


def base_language(lang: str) -> str:
    """The catalogue language of a reply language: ur-Latn falls back to ur's Roman form."""
    return lang if lang in LANGUAGES else "en"
