"""The off-topic gate's word signal: the share of a question's topic words the knowledge base uses."""

from __future__ import annotations

import yaml

from knowledge.relevance import FUNCTION_WORDS_FILE, TermIndex, roman_urdu_grammar

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


def test_the_grammar_list_is_one_entry_per_word_and_names_no_topic() -> None:
    data = yaml.safe_load(FUNCTION_WORDS_FILE.read_text(encoding="utf-8"))
    words = [w for group in data["ur-Latn"].values() for w in group]
    assert len(words) == len(set(words)) > 200
    assert all(w.isascii() and w == w.lower() for w in words)
    assert not {"grant", "visa", "fees", "company", "registration"} & roman_urdu_grammar()
