"""Chinese in either script (knowledge/text.py): a knowledge base's script read from its text, a question read in it."""

from __future__ import annotations

import pytest

from knowledge.text import NUMBER_SPILL, chinese_script, clip, fold_digits, in_script, sounded_consonants, tokenize


def test_a_knowledge_bases_chinese_script_is_read_from_its_text() -> None:
    assert chinese_script("上海联络处的电话和地址") == "simplified"
    assert chinese_script("上海聯絡處的電話和地址") == "traditional"
    assert chinese_script("No Chinese at all, یہاں بھی نہیں") == "simplified"


def test_a_question_is_read_in_the_documents_chinese_script_and_nothing_else_changes() -> None:
    assert in_script("喀什聯絡點的電話是什麼？", "simplified") == "喀什联络点的电话是什么？"
    assert in_script("喀什联络点的电话是什么？", "traditional") == "喀什聯絡點的電話是什麼？"
    mixed = "Karachi office ka فون نمبر kya hai? 12,000 PKR"
    assert in_script(mixed, "simplified") == mixed


def test_words_are_matched_in_one_chinese_script_whichever_a_page_or_a_question_writes() -> None:
    """One page in traditional characters among simplified ones (a Hong Kong desk's notice) meets a simplified
    question's words, and a traditional question a simplified page's: the page was found by its vector alone."""
    assert tokenize("香港聯絡處的電話和報名費") == tokenize("香港联络处的电话和报名费")
    assert tokenize("報名費") == tokenize("报名费") != []


def test_urdu_written_with_arabic_letters_meets_urdu_written_with_its_own() -> None:
    """Windows-1256 has no Urdu yeh, and an Arabic keyboard types ي ك ه: a file saved so writes کراچي and
    ہيلپ لائن, which a question types کراچی and ہیلپ لائن."""
    assert tokenize("کراچي ميں ہيلپ لائن") == tokenize("کراچی میں ہیلپ لائن") != []
    assert tokenize("كراچی") == tokenize("کراچی")


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


def test_a_clipped_line_keeps_a_number_written_in_groups_whole() -> None:
    """ "S1 hotline: +92…" gives the asker no number: the cut moves past the number's groups."""
    line = "Reporting and escalation - S1 hotline: +92 21 3456 2299, staffed 24/7 from 1 May."
    for limit in (45, 50, 55):
        assert clip(line, limit).startswith("Reporting and escalation - S1 hotline: +92 21 3456 2299")
        assert len(clip(line, limit)) <= limit + NUMBER_SPILL
    # A number that starts past the cut is left out whole, and words are cut as before.
    assert clip("one two three four 1234 5678 more words", 22) == "one two three four…"
    assert clip("word " * 30, 40) == "word word word word word word word…"


def test_digits_of_every_script_are_compared_as_ascii_and_chinese_years_too() -> None:
    assert fold_digits("۱۵ مارچ ۲۰۶۱، ۵,۰۰,۰۰۰ روپے") == "15 مارچ 2061، 5,00,000 روپے"
    assert fold_digits("٢٠٦١") == "2061"
    assert fold_digits("二〇六一年四月十日") == "2061年四月十日"  # a year digit by digit; other numerals stay
    assert fold_digits("三个工作日，十二万元") == "三个工作日，十二万元"
    assert "2061" in tokenize("درخواستیں ۲۰۶۱ والی")
    # a day said as 号 is the day the documents write with 日; a building's 5号楼 stays
    assert fold_digits("截止日期是3月10号吗？5号楼") == "截止日期是3月10日吗？5号楼"


def test_urdu_auxiliaries_are_no_topic_words() -> None:
    assert tokenize("کیا ہفتہ بھی گنا جاتا ہے؟") == ["ہفتہ", "گنا"]
    assert tokenize("دوسری قسط کب مل سکتی ہے اور کتنی ہوگی؟")[:2] == ["دوسری", "قسط"]
