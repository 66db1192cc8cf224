"""The Telegram channel: the real python-telegram-bot Application against a local Bot API server."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram.ext import Application

from bot.config import load_settings
from bot.server import create_server
from bot.wiring import App
from handlers.telegram import ASKS_FOR_PERSON, render_html
from knowledge.models import Answer
from tests.asgi import serving
from tests.conftest import SAMPLE_KB, free_port, write_config
from tests.fake_openai import running_fake_openai
from tests.fake_telegram import TOKEN, FakeBotAPI, html_error, running_fake_bot_api, text_update, user

STAFF_CHAT = -1001
STAFF_USER = 900


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with running_fake_bot_api() as server:
        yield server


def telegram_section(fake: FakeBotAPI, **overrides: Any) -> dict[str, Any]:
    return {
        "token": TOKEN,
        "base_url": f"{fake.base}/bot",
        "base_file_url": f"{fake.base}/file/bot",
        "staff_chat_id": STAFF_CHAT,
        "staff_user_ids": [STAFF_USER],
        "rate_limit_per_minute": 30,
        **overrides,
    }


@pytest.fixture
def sample_bot_app(sample_app: App, fake: FakeBotAPI, tmp_path: Path) -> App:
    """The session's ingested sample knowledge base with a Telegram section pointing at the fake API."""
    config = write_config(tmp_path, data_dir=str(sample_app.settings.data_path), telegram=telegram_section(fake))
    app = App(load_settings(config))
    # Records per test: conversation memory and rate limits must not leak between tests.
    app.__dict__["records"] = type(app.records)(tmp_path / "records.sqlite3")
    return app


@asynccontextmanager
async def polling(app: App) -> AsyncIterator[Application]:
    application = app.telegram_application()
    async with application:
        await application.post_init(application)  # as run_polling() does after initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


async def wait_for(fake: FakeBotAPI, method: str, count: int = 1, chat_id: int | None = None) -> list[dict[str, Any]]:
    return await asyncio.to_thread(fake.wait_for, method, count, chat_id)


@pytest.mark.parametrize(
    ("question", "expected", "language_marker"),
    [
        ("What is the time difference between Pakistan and China?", "3 hours", "From the programme documents"),
        ("巴基斯坦和中国时差几个小时？", "3 hours", "根据项目资料"),
        ("ہیلپ لائن کس وقت کھلی ہوتی ہے؟", "10:00", "پروگرام کی دستاویزات کے مطابق"),
        ("helpline kab khulti hai aur kis waqt tak?", "10:00", "Program documents ke mutabiq"),
    ],
)
async def test_questions_are_answered_with_sources_in_each_language(
    sample_bot_app: App, fake: FakeBotAPI, question: str, expected: str, language_marker: str
) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 11, question))
        sent = (await wait_for(fake, "sendMessage", chat_id=11))[0]
    assert sent["parse_mode"] == "HTML"
    assert language_marker in sent["text"]
    assert expected in sent["text"]
    assert "[1]" in sent["text"]
    buttons = [b["callback_data"] for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert any(b.startswith("vote:") and b.endswith(":1") for b in buttons)
    assert fake.sent("sendChatAction", chat_id=11)[0]["action"] == "typing"


async def test_startup_registers_the_command_menu(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        commands = (await wait_for(fake, "setMyCommands"))[0]["commands"]
        fake.push(text_update(fake, 12, "/start"))
        welcome = (await wait_for(fake, "sendMessage", chat_id=12))[0]["text"]
    names = [c["command"] for c in commands]
    assert names == ["start", "help", "lang", "companies", "contact", "feedback"]
    assert all("·" in c["description"] for c in commands)  # English · Urdu
    assert "Which Lahore companies do mobile app development?" in welcome


async def test_directory_cards_and_an_introduction_request(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 13, "/companies blockchain Karachi"))
        sent = (await wait_for(fake, "sendMessage", chat_id=13))[0]
        assert "Crescent Ledger Systems" in sent["text"]
        lead_button = next(
            b for row in sent["reply_markup"]["inline_keyboard"] for b in row if b["callback_data"].startswith("lead:")
        )
        assert lead_button["text"].startswith("Request introduction: Crescent Ledger")
        fake.push(
            {
                "callback_query": {
                    "id": "cb1",
                    "from": user(13),
                    "chat_instance": "x",
                    "data": lead_button["callback_data"],
                    "message": {"message_id": 5, "date": int(time.time()), "chat": {"id": 13, "type": "private"}},
                }
            }
        )
        staff = await wait_for(fake, "sendMessage", chat_id=STAFF_CHAT)
        confirmation = (await wait_for(fake, "sendMessage", 2, chat_id=13))[1]["text"]
    assert "Introduction request" in staff[0]["text"] and "PK-019" in staff[0]["text"]
    assert "Crescent Ledger Systems" in confirmation and "2 business days" in confirmation
    lead = sample_bot_app.records.leads()[0]
    assert (lead["company_id"], lead["question"]) == ("PK-019", "blockchain Karachi")


async def test_hostile_document_text_is_escaped(fake: FakeBotAPI, make_app: Callable[..., App], tmp_path: Path) -> None:
    doc = tmp_path / "notice.md"
    doc.write_text(
        "# Notice\n\n## Portal outage\n\nThe portal <script>alert(1)</script> is down & <b>unclosed tags <i>stay "
        "until 5 May; write to a<b@example.com.\n",
        encoding="utf-8",
    )
    app = make_app(telegram=telegram_section(fake))
    app.ingestor.ingest([doc])
    async with polling(app):
        fake.push(text_update(fake, 14, "When is the portal outage over?"))
        sent = (await wait_for(fake, "sendMessage", chat_id=14))[0]
    assert html_error(sent["text"]) is None
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in sent["text"]
    assert "&amp;" in sent["text"]


def test_long_answers_split_at_4096_without_breaking_tags() -> None:
    paragraphs = [f"Paragraph {i}: " + "Rules & <limits> apply to every provider. " * 12 for i in range(40)]
    one_huge_line = "A very long sentence without breaks " * 300
    answer = Answer(
        text="From the programme documents:\n" + "\n".join(paragraphs) + "\n" + one_huge_line, language="en"
    )
    parts = render_html(answer)
    assert len(parts) > 3
    assert all(len(p) <= 4096 for p in parts)
    assert all(html_error(p) is None for p in parts)
    assert parts[0].startswith("<b>From the programme documents:</b>")
    assert all("Paragraph" in p or "very long" in p for p in parts)
    assert sum(p.count("&lt;limits&gt;") for p in parts) == 40 * 12


async def test_groups_answer_only_when_mentioned_or_replied_to(sample_bot_app: App, fake: FakeBotAPI) -> None:
    group = {"id": -500, "type": "supergroup", "title": "Providers"}
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 15, "What is the time difference between Pakistan and China?", chat=group))
        await asyncio.sleep(1.0)
        assert fake.sent("sendMessage", chat_id=-500) == []
        fake.push(text_update(fake, 15, "@dosti_test_bot what is the time difference with China?", chat=group))
        first = (await wait_for(fake, "sendMessage", chat_id=-500))[0]
        bot_message = {
            "message_id": 77,
            "date": int(time.time()),
            "chat": group,
            "from": {"id": 4242, "is_bot": True, "first_name": "Dosti", "username": "dosti_test_bot"},
        }
        fake.push(text_update(fake, 15, "is the helpline open on Saturday?", chat=group, reply_to=bot_message))
        await wait_for(fake, "sendMessage", 2, chat_id=-500)
    assert "3 hours" in first["text"]


async def test_webhook_accepts_only_the_right_secret(fake: FakeBotAPI, sample_app: App, tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        data_dir=str(sample_app.settings.data_path),
        telegram=telegram_section(
            fake, mode="webhook", webhook_url="https://dosti.example/telegram", webhook_secret="s3cret-token"
        ),
    )
    app = App(load_settings(config))
    async with serving(create_server(app)) as base:
        registered = (await wait_for(fake, "setWebhook"))[0]
        update = {"update_id": 900001, **text_update(fake, 16, "What is the minimum term for a Dedicated Team?")}
        async with httpx.AsyncClient() as client:
            wrong = await client.post(
                f"{base}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "no"}
            )
            missing = await client.post(f"{base}/telegram", json=update)
            await asyncio.sleep(0.5)
            assert fake.sent("sendMessage", chat_id=16) == []
            right = await client.post(
                f"{base}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            )
            sent = (await wait_for(fake, "sendMessage", chat_id=16))[0]
            health = (await client.get(f"{base}/healthz")).json()
    assert registered["url"] == "https://dosti.example/telegram"
    assert registered["secret_token"] == "s3cret-token"
    assert (wrong.status_code, missing.status_code, right.status_code) == (403, 403, 200)
    assert "6 months" in sent["text"]
    assert health["ok"] is True and health["companies"] == 60
    assert fake.sent("getUpdates") == []


async def test_hand_off_round_trip(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 17, "What is the average monthly salary of a developer in Lahore?"))
        user_messages = await wait_for(fake, "sendMessage", 2, chat_id=17)
        forwarded = (await wait_for(fake, "sendMessage", chat_id=STAFF_CHAT))[0]
        handoff = sample_bot_app.records.handoff_for_staff_message("telegram", str(forwarded["sent_message_id"]))
        assert handoff is not None
        staff_message = {
            "message_id": forwarded["sent_message_id"],
            "date": int(time.time()),
            "chat": {"id": STAFF_CHAT, "type": "supergroup", "title": "Staff"},
            "from": {"id": 4242, "is_bot": True, "first_name": "Dosti", "username": "dosti_test_bot"},
            "text": forwarded["text"],
        }
        fake.push(
            text_update(
                fake,
                STAFF_USER,
                "The typical range is not published; we will call you.",
                chat={"id": STAFF_CHAT, "type": "supergroup", "title": "Staff"},
                reply_to=staff_message,
                name="Staff",
            )
        )
        relayed = (await wait_for(fake, "sendMessage", 3, chat_id=17))[2]
    assert "could not find" in user_messages[0]["text"]
    assert "a person will answer" in user_messages[1]["text"]
    assert "Hand-off" in forwarded["text"] and "average monthly salary" in forwarded["text"]
    assert relayed["text"].startswith("<b>Programme staff:</b> The typical range is not published")
    assert sample_bot_app.records.relays(handoff.id) == [
        ("to_staff", "What is the average monthly salary of a developer in Lahore?"),
        ("to_user", "The typical range is not published; we will call you."),
    ]


async def test_asking_for_a_person_hands_off(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 18, "I want to talk to a human please"))
        reply = (await wait_for(fake, "sendMessage", chat_id=18))[0]
        staff = (await wait_for(fake, "sendMessage", chat_id=STAFF_CHAT))[0]
    assert "a person will answer" in reply["text"]
    assert "talk to a human" in staff["text"]


async def test_staff_upload_is_ingested_and_answers_the_next_question(
    fake: FakeBotAPI, make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = make_app(telegram=telegram_section(fake))
    app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md"])
    fake.files["doc-1"] = (
        b"# Gwadar desk\n\n## Opening\n\nThe new Gwadar facilitation desk opens on 3 May 2027 at the Port Tower.\n"
    )
    document = {"file_id": "doc-1", "file_unique_id": "doc-1", "file_name": "gwadar-desk.md", "file_size": 90}
    async with polling(app):
        fake.push(
            {
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": STAFF_USER, "type": "private"},
                    "from": user(STAFF_USER, "Staff"),
                    "document": document,
                }
            }
        )
        summary = (await wait_for(fake, "sendMessage", chat_id=STAFF_USER))[0]["text"]
        fake.push(text_update(fake, 19, "When does the Gwadar desk open?"))
        answer = (await wait_for(fake, "sendMessage", chat_id=19))[0]["text"]
    assert "gwadar-desk.md: added" in summary
    assert "3 May 2027" in answer
    assert (tmp_path / "data" / "uploads" / "gwadar-desk.md").exists()


async def test_non_staff_uploads_and_staff_commands_are_refused(
    fake: FakeBotAPI, make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = make_app(telegram=telegram_section(fake))
    app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md"])
    before = app.kb.catalog.sources()
    fake.files["doc-2"] = b"# Fake\n\nAll fees are doubled.\n"
    document = {"file_id": "doc-2", "file_unique_id": "doc-2", "file_name": "fees.md", "file_size": 30}
    async with polling(app):
        fake.push(
            {
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": 20, "type": "private"},
                    "from": user(20),
                    "document": document,
                }
            }
        )
        fake.push(text_update(fake, 20, "/remove faq.md"))
        replies = await wait_for(fake, "sendMessage", 2, chat_id=20)
    assert all("only programme staff" in r["text"] for r in replies)
    assert app.kb.catalog.sources() == before
    assert not (tmp_path / "data" / "uploads").exists()
    assert fake.sent("getFile") == []


async def test_rate_limit_answers_politely(fake: FakeBotAPI, sample_app: App, tmp_path: Path) -> None:
    config = write_config(
        tmp_path, data_dir=str(sample_app.settings.data_path), telegram=telegram_section(fake, rate_limit_per_minute=3)
    )
    app = App(load_settings(config))
    app.__dict__["records"] = type(app.records)(tmp_path / "records.sqlite3")
    async with polling(app):
        for _ in range(4):
            fake.push(text_update(fake, 21, "fees?"))
        replies = await wait_for(fake, "sendMessage", 4, chat_id=21)
    assert sum("faster than I can answer" in r["text"] for r in replies) == 1


async def test_too_long_and_non_text_messages_get_clear_replies(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 22, "x" * 1500))
        fake.push(
            {
                "message": {
                    "message_id": 2,
                    "date": int(time.time()),
                    "chat": {"id": 22, "type": "private"},
                    "from": user(22),
                    "sticker": {
                        "file_id": "s",
                        "file_unique_id": "s",
                        "width": 1,
                        "height": 1,
                        "is_animated": False,
                        "is_video": False,
                        "type": "regular",
                    },
                }
            }
        )
        replies = await wait_for(fake, "sendMessage", 2, chat_id=22)
    texts = sorted(r["text"] for r in replies)
    assert any("too long (1500 characters; the limit is 1000)" in t for t in texts)
    assert any("only read text messages" in t for t in texts)


async def test_language_choice_is_remembered(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 23, "/lang"))
        menu = (await wait_for(fake, "sendMessage", chat_id=23))[0]
        choices = [b["callback_data"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
        assert choices == ["lang:en", "lang:ur", "lang:zh", "lang:ur-Latn", "lang:auto"]
        fake.push(
            {
                "callback_query": {
                    "id": "cb2",
                    "from": user(23),
                    "chat_instance": "x",
                    "data": "lang:zh",
                    "message": {"message_id": 9, "date": int(time.time()), "chat": {"id": 23, "type": "private"}},
                }
            }
        )
        await wait_for(fake, "editMessageText")
        fake.push(text_update(fake, 23, "What is the time difference between Pakistan and China?"))
        answer = (await wait_for(fake, "sendMessage", 2, chat_id=23))[1]
    assert answer["text"].startswith("<b>根据项目资料")


async def test_follow_up_and_feedback_buttons(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        fake.push(text_update(fake, 24, "Which Karachi companies do mobile app development?"))
        first = (await wait_for(fake, "sendMessage", chat_id=24))[0]
        fake.push(text_update(fake, 24, "which of them do blockchain?"))
        second = (await wait_for(fake, "sendMessage", 2, chat_id=24))[1]
        vote = next(
            b["callback_data"]
            for row in second["reply_markup"]["inline_keyboard"]
            for b in row
            if b["callback_data"].startswith("vote:") and b["callback_data"].endswith(":-1")
        )
        fake.push(
            {
                "callback_query": {
                    "id": "cb3",
                    "from": user(24),
                    "chat_instance": "x",
                    "data": vote,
                    "message": {"message_id": 9, "date": int(time.time()), "chat": {"id": 24, "type": "private"}},
                }
            }
        )
        await wait_for(fake, "answerCallbackQuery")
    assert "Harbour Light Apps" in first["text"]
    assert "Crescent Ledger Systems" in second["text"] and "Harbour Light Apps" not in second["text"]
    exchange = sample_bot_app.records.exchange(int(vote.split(":")[1]))
    assert exchange is not None and exchange.vote == -1


async def test_many_users_at_once_are_answered_concurrently(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        for uid in range(100, 112):
            fake.push(text_update(fake, uid, "Which Lahore companies hold ISO 27001?"))
        for uid in range(100, 112):
            await wait_for(fake, "sendMessage", chat_id=uid)
    assert len(fake.sent("sendMessage")) == 12


async def test_an_engine_failure_gets_an_apology_and_is_logged(
    fake: FakeBotAPI, make_app: Callable[..., App], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with running_fake_openai() as embeddings_server:
        app = make_app(
            knowledge={"embeddings": {"provider": "openai", "base_url": embeddings_server.base_url, "model": "e"}},
            telegram=telegram_section(fake),
        )
        doc = tmp_path / "a.md"
        doc.write_text("# A\n\nThe Quetta desk opens on Wednesdays.\n", encoding="utf-8")
        app.ingestor.ingest([doc])
        app.engine.warm_up()
    # The embeddings endpoint is gone now: answering fails inside the engine.
    caplog.set_level(logging.ERROR)
    async with polling(app):
        update_id = fake.push(text_update(fake, 25, "When does the Quetta desk open?"))
        reply = (await wait_for(fake, "sendMessage", chat_id=25))[0]
    assert "something went wrong" in reply["text"]
    assert f"failed to handle update {update_id}" in caplog.text
    assert TOKEN not in caplog.text


async def test_edited_messages_are_ignored(sample_bot_app: App, fake: FakeBotAPI) -> None:
    async with polling(sample_bot_app):
        edited = text_update(fake, 26, "fees?")["message"]
        edited["edit_date"] = int(time.time())
        fake.push({"edited_message": edited})
        fake.push(text_update(fake, 26, "hello"))
        replies = await wait_for(fake, "sendMessage", chat_id=26)
        await asyncio.sleep(0.5)
    assert len(fake.sent("sendMessage", chat_id=26)) == 1
    assert replies[0]["text"].startswith("Hello")


def test_no_token_is_a_clear_error(make_app: Callable[..., App]) -> None:
    app = make_app()
    with pytest.raises(ValueError, match=r"telegram\.token is not set"):
        app.telegram_application()


def test_dosti_serve_runs_the_bot_by_polling(fake: FakeBotAPI, sample_app: App, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    config = write_config(
        tmp_path,
        data_dir=str(sample_app.settings.data_path),
        log_level="INFO",
        telegram=telegram_section(fake),
        server={"port": free_port()},  # not the default 8080, which another server on the machine may hold
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "serve"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        fake.wait_for("getUpdates", timeout=60)
        fake.push(text_update(fake, 27, "What is the time difference between Pakistan and China?"))
        sent = fake.wait_for("sendMessage", chat_id=27, timeout=60)[0]
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert "3 hours" in sent["text"]
    assert "polling" in out
    assert TOKEN not in out + err


@pytest.mark.parametrize(
    ("text", "hands_off"),
    [
        ("I want to talk to a human please", True),
        ("转人工", True),
        ("人工", True),
        ("我要人工客服", True),
        ("Staff se baat karni hai", True),
        ("伊斯兰堡有没有做人工智能的公司？", False),  # 人工智能 is AI, not a request for a person
        ("人工智能公司有哪些？", False),
        ("Which companies do artificial intelligence?", False),
    ],
)
def test_what_counts_as_asking_for_a_person(text: str, hands_off: bool) -> None:
    assert bool(ASKS_FOR_PERSON.search(text)) is hands_off


async def test_a_send_while_the_bot_api_cannot_be_reached_is_retried_and_arrives_once(
    make_app: Callable[..., App],
) -> None:
    """A connection that could not be opened never reached Telegram, so trying again cannot answer twice."""
    port = free_port()  # nothing listens there yet: connections are refused
    app = make_app(telegram={"token": TOKEN, "base_url": f"http://127.0.0.1:{port}/bot"})
    application = app.telegram_application()
    sending = asyncio.create_task(application.bot.send_message(77, "The answer"))
    await asyncio.sleep(0.3)  # the first tries are refused; the Bot API comes back before the last one
    assert not sending.done()
    with running_fake_bot_api(port=port) as fake:
        sent = await asyncio.wait_for(sending, timeout=10)
        assert sent.text == "The answer"
        assert [call["text"] for call in fake.sent("sendMessage", chat_id=77)] == ["The answer"]
    await application.bot.shutdown()
