"""Roman Urdu read word by word as rough English for the embedding model (knowledge/gloss.py)."""

from __future__ import annotations

import asyncio

import numpy as np
import yaml

from bot.wiring import App
from knowledge.gloss import GLOSS_FILE, as_read, gloss_roman_urdu


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
