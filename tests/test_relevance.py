"""The off-topic gate's word signal: the share of a question's topic words the knowledge base uses."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import yaml

from bot.wiring import App
from knowledge.relevance import (
    FUNCTION_WORDS_FILE,
    RelevanceReading,
    TermIndex,
    roman_urdu_grammar,
    without_outside_quotations,
)

DOCUMENTS = TermIndex(
    [
        "Travel grant: each exhibiting company from Karachi or Peshawar receives a grant for two delegates.",
        "The expo runs for three days; the grant is paid after the expo.",
    ]
)


def test_roman_urdu_grammar_words_are_not_counted_as_topics_the_documents_miss() -> None:
    # Topic words: peshawar, expo, grant, delegates; the rest is Roman Urdu grammar the documents never use.
    assert DOCUMENTS.coverage("peshawar se expo jana he, grant kitni milegi aur kitne delegates ja sakte hain?") == 1.0


def test_a_topic_word_the_documents_miss_still_counts_in_roman_urdu() -> None:
    assert DOCUMENTS.coverage("peshawar se umrah ka package kitne ka milega?") == 1 / 3  # peshawar; umrah, package


def test_english_words_that_are_also_roman_urdu_grammar_count_in_an_english_question() -> None:
    # "ban" is a Roman Urdu auxiliary ("ban gaya") but a topic in English.
    assert DOCUMENTS.coverage("Is there a ban on delegates from Peshawar?") == 2 / 3


def test_a_word_one_typo_from_the_documents_counts_and_a_short_one_does_not() -> None:
    assert DOCUMENTS.coverage("peshawar ke delegats ko grant milti he?") == 1.0  # delegats: one edit from delegates
    # "grand" is too short to be read as a typo of "grant".
    assert DOCUMENTS.coverage("peshawar ke delegates ko grand milti he?") == 2 / 3


def test_a_phrase_the_documents_name_in_another_language_counts() -> None:
    question = "白沙瓦的展商有补助吗"  # content terms 白沙, 白沙瓦, 展商, 补助; the documents are in English
    assert DOCUMENTS.coverage(question) == 0.0
    # The bridge (knowledge/crosslingual.py) reads 白沙瓦 as Peshawar, a name the documents use.
    assert DOCUMENTS.coverage(question, named=["白沙瓦"]) == 0.5


def test_the_grammar_list_is_one_entry_per_word_and_names_no_topic() -> None:
    data = yaml.safe_load(FUNCTION_WORDS_FILE.read_text(encoding="utf-8"))
    words = [w for group in data["ur-Latn"].values() for w in group]
    assert len(words) == len(set(words)) > 200
    assert all(w.isascii() and w == w.lower() for w in words)
    assert not {"grant", "visa", "fees", "company", "registration"} & roman_urdu_grammar()


def _documents_quote(words: str) -> bool:
    """Documents whose one quotable phrase is "Express track"."""
    return words.casefold() == "express track"


def test_a_quotation_the_documents_do_not_hold_is_set_aside() -> None:
    quotes = _documents_quote
    question = "Please translate 'thank you for your order' into Urdu"
    assert without_outside_quotations(question, quotes) == "Please translate into Urdu"
    assert without_outside_quotations("帮我翻译「合同已经签好了」", quotes) == "帮我翻译"


def test_a_quotation_from_the_documents_stays_and_so_does_an_apostrophe() -> None:
    assert without_outside_quotations("What does 'Express track' mean?", _documents_quote) is None
    question = "Can we keep our users' phone numbers on the vendors' servers?"
    assert without_outside_quotations(question, _documents_quote) is None


def test_nothing_is_left_to_read_when_the_question_is_only_a_quotation() -> None:
    assert without_outside_quotations("'thank you for your order'", lambda words: False) is None


def test_an_urdu_word_is_used_in_its_inflected_forms() -> None:
    # The documents write کلاسیں (classes); the vocabulary and the question may write کلاس.
    urdu = TermIndex(["کلاسیں شروع ہونے سے پہلے 85 فیصد فیس واپس ہوتی ہے۔"])
    assert urdu.holds("کلاس") and urdu.holds("کلاسیں")
    assert not urdu.holds("ہاسٹل")


def test_an_urdu_word_ending_in_alif_or_he_is_used_where_that_ending_changes() -> None:
    # The documents write کھانے (of meals) and میلے (fairs); the vocabulary writes کھانا and میلہ.
    urdu = TermIndex(["ہاسٹل کا کرایہ 9,500 روپے اور کھانے کے 7,000 روپے ہیں۔ سال میں دو میلے ہوتے ہیں۔"])
    assert urdu.holds("کھانا") and urdu.holds("میلہ")
    assert not urdu.holds("کھانسی") and not urdu.holds("کرایا")


# The same programme questions in English, Urdu and Roman Urdu (the bundled sample's headings are mostly English).
SAME_QUESTIONS = [
    (
        "How do we register for the programme?",
        "ہم پروگرام میں رجسٹریشن کیسے کریں؟",
        "program mein registration kaise karein?",
    ),
    (
        "Who organised the February 2022 webinar?",
        "فروری 2022 کا ویبینار کس نے منعقد کیا؟",
        "February 2022 ka webinar kis ne organise kiya?",
    ),
    (
        "What does a Chinese buyer need from a Pakistani vendor?",
        "چینی خریدار کو پاکستانی کمپنی سے کیا چاہیے؟",
        "chinese buyer ko pakistani vendor se kya chahiye?",
    ),
    ("How is our data protected?", "ہمارا ڈیٹا کیسے محفوظ رکھا جاتا ہے؟", "hamara data kaise mehfooz rakha jata hai?"),
]


@pytest.mark.parametrize("translation", [1, 2], ids=["ur", "ur-Latn"])
def test_a_question_in_urdu_leans_off_topic_less_than_over_all_languages_at_once(
    sample_app: App, translation: int
) -> None:
    # Over all topics and probes at once, an Urdu question meets the Urdu probes but mostly English headings.
    retriever = sample_app.engine.retriever
    floor = retriever.relevance
    assert set(floor.topic_languages) >= {"en", "zh", "ur"}
    pooled = dataclasses.replace(floor, topic_languages=(), probe_languages=())
    gaps, pooled_gaps = [], []
    for questions in SAME_QUESTIONS:
        english, other = np.asarray(retriever.cached.embed_queries([questions[0], questions[translation]]))
        gaps.append(floor.lean(english, floor.topics @ english) - floor.lean(other, floor.topics @ other))
        pooled_gaps.append(pooled.lean(english, floor.topics @ english) - pooled.lean(other, floor.topics @ other))
    assert all(gap < pooled_gap for gap, pooled_gap in zip(gaps, pooled_gaps, strict=True))
    assert np.mean(gaps) < 0.7 * np.mean(pooled_gaps)


def test_a_long_word_one_slip_from_a_documents_word_is_respelled_as_they_write_it() -> None:
    terms = TermIndex(["The membership fee is due in March.", "The director signs every certificate."])
    assert terms.respelled("memebrship") == "membership"  # two letters swapped inside the word
    assert terms.respelled("membership") is None  # the documents' own word
    assert terms.respelled("directory") is None  # its end differs: another word, not a slip
    assert terms.respelled("certifcate") == "certificate"  # a letter left out
    assert terms.respelled("signs") is None  # too short to tell a slip from another word
    assert TermIndex(["Response times."]).respelled("responce") == "response"  # a slip next to the last letter
    twins = TermIndex(["Each delegate gets a lanyard.", "Each delegation gets a desk.", "The delegates' lunch."])
    assert twins.respelled("delegatex") is None  # one edit from two of their words: no telling which


def test_a_question_with_none_of_the_documents_words_is_off_topic_unless_it_leans_far_to_their_topics() -> None:
    # Beating every probe on a short half ("值得买吗?") or on a year ("کرکٹ ورلڈ کپ 2055") does not let in a
    # question with none of their words.
    assert RelevanceReading(True, percentile=1.0, lean=-0.021, words=0.0).unheard
    assert RelevanceReading(True, percentile=1.0, lean=0.016, words=0.0).unheard
    assert not RelevanceReading(True, percentile=1.0, lean=0.03, words=0.0).unheard  # leans far to their topics
    assert not RelevanceReading(True, percentile=1.0, lean=-0.021, words=0.5).unheard  # uses their words


def test_a_number_is_no_word_of_the_documents() -> None:
    terms = TermIndex(["The 2055 cycle opens on 3 March 2055.", "Offices in Lahore and Chengdu."])
    assert terms.coverage("کرکٹ ورلڈ کپ 2055 کہاں کھیلا جائے گا؟") == 0.0
    assert terms.coverage("When does the 2055 cycle open?") == 1.0


def test_an_english_word_written_in_urdu_script_is_the_documents_word_it_sounds_like() -> None:
    """ "سینیئر" is the "Senior" of a rate table's row, "اپلوڈ" the documents' "upload": an Urdu question meets the
    English passage's words by sound. A sound two of their words share names neither; an Urdu word names none."""
    terms = TermIndex(["Grade: Senior | Night: PKR 10,500", "Upload the documents by 3 May", "a meter that matters"])
    assert terms.loanword("سینیئر") == "senior"
    assert terms.loanword("اپلوڈ") == "upload"
    assert terms.loanword("میٹر") is None  # "meter" and "matter" sound alike
    assert terms.loanword("رات") is None and terms.loanword("senior") is None


def test_a_question_all_of_whose_words_are_the_documents_leans_a_little_further_off_and_is_on_topic() -> None:
    """Urdu questions lean further off the topics than others: "لاہور آفس کب کھلا ہوتا ہے اور اس کا فون نمبر کیا
    ہے؟" beats every probe, uses only the documents' words and leans -0.043. Such a question is on topic down to
    WORDED_LEAN; one with a word of its own, or beating fewer probes, or leaning further, is not."""
    assert not RelevanceReading(True, percentile=1.0, lean=-0.043, words=1.0).off_topic
    assert RelevanceReading(True, percentile=1.0, lean=-0.043, words=0.8).off_topic
    assert RelevanceReading(True, percentile=0.9, lean=-0.043, words=1.0).off_topic
    assert RelevanceReading(True, percentile=1.0, lean=-0.05, words=1.0).off_topic


def test_the_programmes_own_name_is_read_from_most_documents_titles_and_taken_out_of_a_question() -> None:
    """The words most documents' titles share, neither a year nor a word the vocabulary knows, are the
    programme's name; a question without them keeps what it asks, unless nothing that carries a topic is left."""
    from knowledge.relevance import own_name, without_own_name

    titles = [
        "Echo Orchard 2081 — Fee schedule",
        "Echo Orchard 2081 — Programme calendar",
        "Echo Orchard 2081 — Programme overview",
        "Selection criteria",
    ]
    name = own_name(titles, lambda word: word == "programme")
    assert name == {"echo", "orchard"}
    assert own_name(titles[:2], lambda word: False) == frozenset()  # two documents say nothing of a shared name
    asked = "echo orchard naam sun ke yaad aaya, ghar mein aam ka paudha kaise lagayein?"
    assert without_own_name(asked, name) == "naam sun ke yaad aaya, ghar mein aam ka paudha kaise lagayein?"
    assert without_own_name("What is Echo Orchard?", name) is None
    assert without_own_name("what is the helpline?", name) is None


def test_an_english_word_written_in_urdu_script_is_the_documents_word() -> None:
    """ "ہیکاتھون" writes "hackathon": the knowledge base uses it, so the question uses one of its words (the gate's
    word coverage). A short skeleton is left alone: "ملیں" ("get") sounds as "million" does."""
    terms = TermIndex(["The hackathon pilot runs for twelve weeks.", "Fees in RMB million.", "Start-up corner."])
    question = "ہیکاتھون جیتنے والی ٹیم کا پائلٹ"
    assert terms.loanwords(question) == ["hackathon"]
    assert terms.loanwords("کتنے پیسے ملیں گے") == []
    assert terms.coverage("ہیکاتھون کا پائلٹ") > terms.coverage("کرکٹ کا پائلٹ")
