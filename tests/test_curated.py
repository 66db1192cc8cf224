"""Curated answers: preferred for their question and its close paraphrases, never for a neighbour."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from bot.wiring import App
from knowledge.curated import STAFF_SOURCE, CuratedAnswer
from knowledge.models import Answer, Inquiry
from tests.conftest import SAMPLE_KB
from tests.fake_openai import running_fake_openai

PARKING = CuratedAnswer(
    question="Is there parking at the Lahore desk?",
    answer="Yes: two visitor spaces behind the Arfa Tower entrance; ask the guard for the Dosti desk.",
    phrasings=("拉合尔服务台有停车位吗？", "کیا لاہور ڈیسک پر پارکنگ ہے؟"),
    author="ayesha",
)
PARAPHRASES = [
    ("Is there parking at the Lahore desk?", "en"),
    ("is there any parking at the lahore desk", "en"),
    ("Lahore desk: parking?", "en"),
    ("Is there parking at the Lahore desk for visitors?", "en"),
    ("拉合尔服务台有没有停车位？", "zh"),
    ("لاہور ڈیسک پر پارکنگ ہے؟", "ur"),
    ("Kya Lahore desk par parking hai?", "ur-Latn"),
]
NEIGHBOURS = [
    "Where is the Lahore desk?",
    "Is there parking at the Karachi desk?",
    "What are the opening hours of the Lahore desk?",
    "Is there parking at the Lahore desk in 2027?",
    "拉合尔服务台在哪里？",
]


def ask(app: App, text: str) -> Answer:
    return asyncio.run(app.engine.answer(Inquiry(text=text)))


@pytest.fixture
def curated_app(make_app: Callable[..., App]) -> App:
    app = make_app()
    app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md"])
    app.kb.catalog.save_curated(PARKING)
    return app


@pytest.mark.parametrize(("question", "lang"), PARAPHRASES)
def test_a_curated_answer_is_preferred_for_its_question_and_close_paraphrases(
    curated_app: App, question: str, lang: str
) -> None:
    answer = ask(curated_app, question)
    assert answer.kind == "curated" and answer.language == lang
    assert PARKING.answer in answer.text
    assert [s.source for s in answer.sources] == [STAFF_SOURCE]
    assert answer.to_json()["sources"][0]["title"] == PARKING.question


@pytest.mark.parametrize("question", NEIGHBOURS)
def test_a_neighbouring_question_is_not_given_the_curated_answer(curated_app: App, question: str) -> None:
    answer = ask(curated_app, question)
    assert answer.kind != "curated"
    assert PARKING.answer not in answer.text


def test_editing_or_removing_a_curated_answer_takes_effect_at_once(curated_app: App) -> None:
    catalog = curated_app.kb.catalog
    entry = catalog.curated_answers()[0]
    catalog.save_curated(
        CuratedAnswer(entry.question, "Parking is closed this month.", entry.phrasings, "bilal", entry.id)
    )
    edited = ask(curated_app, "Is there parking at the Lahore desk?")
    assert catalog.delete_curated(entry.id) and not catalog.delete_curated(entry.id)
    removed = ask(curated_app, "Is there parking at the Lahore desk?")
    assert "Parking is closed this month." in edited.text and PARKING.answer not in edited.text
    assert removed.kind != "curated"


def test_curated_answers_win_over_the_documents_and_the_directory(curated_app: App) -> None:
    """Staff correct the bot: a curated answer to a question the documents also answer is the one given."""
    documents = ask(curated_app, "How do I register as a provider?")
    curated_app.kb.catalog.save_curated(
        CuratedAnswer("How do I register as a provider?", "Registration is paused until March; write to the desk.")
    )
    corrected = ask(curated_app, "how do I register as a provider")
    assert documents.kind == "programme"
    assert corrected.kind == "curated" and "paused until March" in corrected.text


def test_with_an_llm_close_paraphrases_no_phrasing_lists_are_judged(make_app: Callable[..., App]) -> None:
    with running_fake_openai() as fake:
        app = make_app(llm={"provider": "openai", "base_url": fake.base_url, "model": "fake", "timeout_s": 2.0})
        app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md"])
        app.kb.catalog.save_curated(PARKING)
        paraphrase = "Can visitors leave their car at the Lahore office?"
        neighbour = "Can visitors leave their car at the Karachi office?"
        fake.same_questions = {paraphrase}
        judged = ask(app, paraphrase)
        refused = ask(app, neighbour)
        fake.mode = "hang"
        fake.delay = 3.0
        hanging = ask(app, paraphrase)
        prompts = [str(r["messages"]) for r in fake.chat_requests()]
    assert judged.kind == "curated" and PARKING.answer in judged.text
    assert refused.kind != "curated"
    assert hanging.kind != "curated"  # a judge that cannot answer never puts a curated answer in front
    assert any(f"Question A: {paraphrase}" in p and PARKING.question in p for p in prompts)
