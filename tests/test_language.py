"""Reply language: script counting for en/zh/ur, function words for Roman Urdu."""

from __future__ import annotations

import pytest

from knowledge.language import detect_language
from knowledge.text import consonants, tokenize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("How do I register as a provider?", "en"),
        ("中方企业需要付费吗？", "zh"),
        ("ہیلپ لائن کس وقت کھلی ہوتی ہے؟", "ur"),
        ("registration kab open ho rahi hai?", "ur-Latn"),
        ("Lahore mein koi QA company hai?", "ur-Latn"),
        ("第一次见面 can we use 腾讯会议 instead of Zoom?", "zh"),
        ("What's the 服务费 for Chinese buyers?", "en"),
        ("کیا matchmaking meeting کے لیے Chinese interpreter مل سکتا ہے؟", "ur"),
        ("Main office hours?", "en"),
        ("Multan office ka address bhej dein?", "ur-Latn"),  # a request verb is Roman Urdu too
        ("Please send the address of the Multan office", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_tokens_in_three_scripts() -> None:
    assert "deadline" in tokenize("Deadlines for the 2027 cohort")
    assert "2027" in tokenize("Deadlines for the 2027 cohort")
    assert "快速" in tokenize("有没有快速通道")
    assert "ہیلپ" in tokenize("ہیلپ لائن؟")
    assert all("؟" not in t for t in tokenize("کیا فیس ہے؟"))


@pytest.mark.parametrize(
    ("roman", "urdu"),
    [
        ("shikayat", "شکایت"),  # complaint
        ("mahine", "مہینہ"),  # month
        ("muattal", "معطل"),  # suspended: doubled letters and the ain
        ("tasdeeq", "تصدیق"),  # confirmation: q read as k, long ee as the Urdu ye
        ("vendor", "وینڈر"),  # a loanword in Urdu script, v and w alike
        ("arkaan", "ارکان"),  # members: an opening alif
        ("Ramzan", "رمضان"),  # Urdu says ض as z, not as Arabic d
        ("nizam", "نظام"),  # ظ likewise
        ("sabit", "ثابت"),  # and ث as s
    ],
)
def test_roman_urdu_and_urdu_script_share_their_consonants(roman: str, urdu: str) -> None:
    assert consonants(roman) == consonants(urdu) != ""


def test_other_words_keep_other_consonants() -> None:
    assert consonants("vendor") != consonants("اندر")  # "inside": no opening w
    assert consonants("shikayat") != consonants("شکار")  # "hunt"
    assert consonants("投诉") == ""  # Chinese is not spelled in Latin letters here
