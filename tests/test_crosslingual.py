"""The vocabulary bridge: a question's concepts as the knowledge base names them in its other languages."""

from __future__ import annotations

import yaml

from knowledge.crosslingual import QueryBridge, concept_groups
from knowledge.directory_terms import VOCAB_DIR
from knowledge.grounding import spoken_of
from knowledge.relevance import TermIndex

FILLER = [f"Section {n} of the handbook explains how the secretariat works." for n in range(20)]
ENGLISH_KB = [
    "The Chengdu roadshow takes place on 23-24 May.",
    "Providers offering blockchain development must show one delivered project.",
    *FILLER,
]


def test_a_chinese_question_gains_the_english_names_the_documents_use() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    names = bridge.names("成都的区块链项目什么时候开始？")
    assert "Chengdu" in names
    assert any(n.startswith("blockchain") for n in names)
    bridged = bridge.bridged("成都的区块链项目什么时候开始？")
    assert bridged is not None and bridged.startswith("成都的区块链项目什么时候开始？")


def test_only_names_the_knowledge_base_holds_are_added() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    names = bridge.names("چینگدو میں بلاک چین")
    assert "Chengdu" in names and "成都" not in names  # no Chinese text in this knowledge base
    assert bridge.bridged("Who can I call?") is None  # nothing the vocabulary knows


def test_a_concept_most_passages_name_is_not_bridged() -> None:
    """What the whole knowledge base is about does not single out a passage."""
    bridge = QueryBridge.build(TermIndex(["The Chengdu office.", "Chengdu hotels.", "Chengdu food.", *FILLER[:5]]))
    assert "Chengdu" not in bridge.names("成都")


def test_a_concept_the_documents_never_name_in_any_language_is_unheld() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert bridge.unheld("Who in Chengdu does blockchain development?") == []
    assert bridge.unheld("区块链") == []  # named in English, asked in Chinese: held
    assert bridge.unheld("Do you cover penetration testing?") == ["penetration testing"]
    chinese = QueryBridge.build(TermIndex(["成都路演在五月举行。", *FILLER]))
    assert chinese.unheld("When is the Chengdu roadshow?") == []


def test_a_city_the_documents_never_name_stands_for_its_province_when_they_name_that() -> None:
    """places.yaml: "registered in Quetta" is a question about Balochistan, which the documents name."""
    bridge = QueryBridge.build(TermIndex(["Firms registered in Balochistan get a 25% reduction.", *FILLER]))
    assert bridge.unheld("We are registered in Quetta. Is there any reduction?") == []
    assert "Balochistan" in bridge.names("We are registered in Quetta. Is there any reduction?")
    assert bridge.unheld("We are registered in Lahore. Is there any reduction?") == ["lahore"]  # Punjab: not named
    assert "Quetta" in spoken_of("Firms registered in بلوچستان") and "Lahore" not in spoken_of("Balochistan")


def test_a_single_word_concept_counts_only_when_asked_whether_it_exists() -> None:
    """ "complaint" may be what the documents call a dispute; "is there a discount" asks for a discount."""
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert bridge.unheld("How do we lodge a complaint?") == []
    assert bridge.unheld("Is there a discount?") == ["discount"]
    assert bridge.unheld("路演有折扣吗？") == ["折扣"]
    assert bridge.unheld("koi discount milta hai?") == ["discount"]
    # Or what it costs, unless it is a place: the asker's own city is where they are, not what they ask about.
    assert bridge.unheld("What is the average salary of an engineer?") == ["salary"]
    assert bridge.unheld("We are in Faisalabad. What does the Chengdu roadshow cost?") == []


def test_the_glossary_is_one_concept_per_name_and_spans_the_scripts() -> None:
    path = VOCAB_DIR / "glossary.yaml"
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    for i, group in enumerate(groups):
        names = [str(n) for n in group["names"]]
        assert any("\u4e00" <= ch <= "\u9fff" for n in names for ch in n), names
        assert any("\u0600" <= ch <= "\u06ff" for n in names for ch in n), names
        for name in names:
            assert seen.setdefault(name.casefold(), i) == i, f"{name} is in two groups"
    assert len(concept_groups()) > len(groups)  # terms, languages, cities and provinces join it
