"""Roman Urdu and Chinese read word by word as rough English for the embedding model (knowledge/gloss.py)."""

from __future__ import annotations

import asyncio
import re

import numpy as np
import yaml

from bot.wiring import App
from knowledge.gloss import GLOSS_FILE, as_read, gloss_chinese, gloss_roman_urdu
from knowledge.models import Inquiry


def test_a_roman_urdu_question_reads_as_english_words() -> None:
    glossed = gloss_roman_urdu("complaint karne ke baad kitne din mein jawab milta hai")
    assert glossed is not None
    assert "how many days" in glossed and "after" in glossed and "complaint" in glossed
    assert not {"kitne", "baad", "mein", "jawab"} & set(glossed.split())
    # Phrases before their words: "kam az kam" is "at least", not "less … less".
    assert "at least" in (gloss_roman_urdu("kam az kam kitne log chahiye?") or "")


def test_only_roman_urdu_is_glossed() -> None:
    assert gloss_roman_urdu("How many days does a complaint take?") is None
    assert gloss_roman_urdu("شکایت کا جواب کتنے دن میں ملتا ہے؟") is None
    assert gloss_roman_urdu("投诉多久回复？") is None
    mixed = gloss_roman_urdu("Hangzhou mein RMB cash kahan se milega? 杭州哪里可以换人民币？")
    assert mixed is not None and "杭州哪里可以换人民币" in mixed and "where" in mixed and "Hangzhou" in mixed


def test_the_gloss_file_is_one_reading_per_lowercase_key() -> None:
    data = yaml.safe_load(GLOSS_FILE.read_text(encoding="utf-8"))
    phrases, words = data["phrases"], data["words"]
    assert all(key == key.lower() and len(key.split()) > 1 for key in phrases)
    assert all(key == key.lower() and len(key.split()) == 1 for key in words)
    assert not set(phrases) & set(words)
    assert all(isinstance(value, str) for value in [*phrases.values(), *words.values()])
    raw_keys = re.findall(r"^  ([^\s#][^:\n]*):", GLOSS_FILE.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(raw_keys) == len(phrases) + len(words)  # YAML keeps the last of two equal keys silently


def test_a_roman_urdu_question_is_read_with_its_gloss(sample_app: App) -> None:
    """Every path that embeds a question (the answer's, the batch of a message's sentences) reads it the
    same way, in one model call: the text with its gloss beside it."""
    engine, model = sample_app.engine, sample_app.kb.embeddings
    question = "registration ke liye kitne din lagte hain aur fees kitni hai?"
    glossed = gloss_roman_urdu(question)
    assert glossed is not None and as_read(question) == f"{question} ({glossed})"
    expected = model.embed_query(f"{question} ({glossed})")
    assert not np.allclose(model.embed_query(question), expected, atol=1e-3)
    before = engine.embedding_batches
    assert np.allclose(engine.query_vectors([question])[0], expected, atol=1e-4)
    assert engine.embedding_batches - before == 1
    assert np.allclose(asyncio.run(engine.question_vector(question)), expected, atol=1e-4)
    english = "How many days does registration take?"
    assert as_read(english) == english
    assert np.allclose(engine.query_vector(english), model.embed_query(english), atol=1e-4)


def test_a_chinese_question_reads_as_english_words() -> None:
    glossed = gloss_chinese("巴方服务商收到我们的询盘后，最晚多久要回复？")
    assert glossed is not None
    assert all(words in glossed for words in ("how long", "reply", "inquiry"))
    assert not re.search(r"[\u3400-\u9fff]", glossed)
    # A word the dictionary lacks is read by its longest words inside it: 服务商 by 服务.
    assert "serve" in glossed


def test_function_words_and_single_characters_are_not_glossed() -> None:
    # 我们/的 are function words; 后 alone is first "empress" in the dictionary, so no single character is read.
    assert gloss_chinese("我们的") is None
    assert gloss_chinese("Hello 我们") is None
    assert gloss_chinese("后") is None
    assert "empress" not in (gloss_chinese("提交以后多久回复") or "")


def test_words_that_are_not_chinese_stay_in_place() -> None:
    glossed = gloss_chinese("我们是 T4 tier 的 company, fee 可以分期付吗?")
    assert glossed is not None and glossed.startswith("T4 tier company") and "fee" in glossed
    assert gloss_chinese("How long does a reply take?") is None
    assert gloss_chinese("شکایت کا جواب کتنے دن میں ملتا ہے؟") is None


def test_a_message_in_roman_urdu_and_chinese_is_glossed_in_both() -> None:
    question = "Karachi mein aaj raat barish hogi? 今晚的航班会不会延误?"
    read = as_read(question)
    assert read.startswith(question + " (")
    gloss = read[len(question) + 2 : -1]
    assert "night" in gloss and "rain" in gloss and "flight" in gloss and "delay" in gloss
    assert not re.search(r"[\u3400-\u9fff]", gloss)


def test_a_chinese_question_is_read_with_its_gloss(sample_app: App) -> None:
    engine, model = sample_app.engine, sample_app.kb.embeddings
    question = "我们提交需求后，多久能收到推荐的服务商名单？"
    glossed = gloss_chinese(question)
    assert glossed is not None and as_read(question) == f"{question} ({glossed})"
    expected = model.embed_query(f"{question} ({glossed})")
    assert np.allclose(engine.query_vectors([question])[0], expected, atol=1e-4)


def test_a_chinese_question_over_an_english_procedure_leads_with_its_fact(sample_app: App) -> None:
    """The sample states the reply time only in English ("within 2 business days"). Read with its gloss, the
    Chinese question finds that sentence and leads with it; read alone it led with the proposal deadline."""
    answer = asyncio.run(sample_app.engine.answer(Inquiry(text="巴方服务商收到我们的询盘后，最晚多久要回复？")))
    assert not answer.abstained
    lead = answer.text.split("\n", 1)[1][:300]
    assert "2 business days" in lead
