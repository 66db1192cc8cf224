"""Chinese in either script (knowledge/text.py): a knowledge base's script read from its text, a question read in it."""

from __future__ import annotations

import pytest

from knowledge.text import chinese_script, in_script, sounded_consonants


def test_a_knowledge_bases_chinese_script_is_read_from_its_text() -> None:
    assert chinese_script("上海联络处的电话和地址") == "simplified"
    assert chinese_script("上海聯絡處的電話和地址") == "traditional"
    assert chinese_script("No Chinese at all, یہاں بھی نہیں") == "simplified"


def test_a_question_is_read_in_the_documents_chinese_script_and_nothing_else_changes() -> None:
    assert in_script("喀什聯絡點的電話是什麼？", "simplified") == "喀什联络点的电话是什么？"
    assert in_script("喀什联络点的电话是什么？", "traditional") == "喀什聯絡點的電話是什麼？"
    mixed = "Karachi office ka فون نمبر kya hai? 12,000 PKR"
    assert in_script(mixed, "simplified") == mixed


@pytest.mark.parametrize(
    ("urdu", "english"),
    [
        ("اسٹوڈنٹ", "student"),
        ("انفارمیشن", "information"),  # -tion is -shan
        ("لیکچر", "lecture"),
        ("سائبر", "cyber"),  # c before y is s
        ("پروکٹرنگ", "proctoring"),  # any other c is k
        ("ڈیجیٹل", "digital"),
        ("ایپلیکیشن", "application"),  # opening with alif, opening with a vowel
        ("ویڈیوز", "videos"),
    ],
)
def test_an_english_word_written_in_urdu_sounds_as_the_english_one(urdu: str, english: str) -> None:
    assert sounded_consonants(urdu) == sounded_consonants(english) != ""
