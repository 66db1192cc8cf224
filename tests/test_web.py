"""The browser chat and JSON API: real HTTP, and the page in real headless Chromium (Debian's package)."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from bot.config import load_settings
from bot.server import create_server
from bot.wiring import App
from tests.asgi import serving
from tests.conftest import ROOT, write_config

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


BROWSER = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="Debian's chromium is not installed"
)


def console_app(tmp_path: Path, *sources: Path) -> App:
    app = App(load_settings(write_config(tmp_path)))
    report = app.ingestor.ingest(list(sources))
    assert not report.failed, report.error_lines()
    app.staff.add("ayesha", "correct horse battery")
    return app


@asynccontextmanager
async def browsing(app: App) -> AsyncIterator[tuple[str, Browser]]:
    """The app on a real port and headless Chromium (Debian's) to look at it."""
    from playwright.async_api import async_playwright

    async with serving(create_server(app)) as base, async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield base, browser
        finally:
            await browser.close()


async def sign_in(page: Page, base: str) -> None:
    await page.goto(f"{base}/admin")
    await page.fill("input[name=name]", "ayesha")
    await page.fill("input[name=password]", "correct horse battery")
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{base}/admin")


async def ask_in_chat(browser: Browser, base: str, question: str) -> str:
    chat = await browser.new_page(viewport={"width": 390, "height": 844})
    await chat.goto(f"{base}/")
    await chat.fill("#question", question)
    await chat.click("button[type=submit]")
    await chat.wait_for_function("document.querySelectorAll('.msg.bot')[1].innerText.length > 5")
    return await chat.locator(".msg.bot").nth(1).inner_text()


def web_app(sample_app: App, tmp_path: Path) -> App:
    app = App(load_settings(write_config(tmp_path, data_dir=str(sample_app.settings.data_path))))
    app.__dict__["records"] = type(app.records)(tmp_path / "records.sqlite3")
    return app


async def test_api_ask_returns_the_cli_json_and_keeps_the_session(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        first = await client.post(
            "/api/ask", json={"question": "Which Karachi companies do mobile app development?", "session_id": "s-1"}
        )
        follow = await client.post("/api/ask", json={"question": "which of them do blockchain?", "session_id": "s-1"})
        alone = await client.post("/api/ask", json={"question": "which of them do blockchain?"})
        empty = await client.post("/api/ask", json={"question": ""})
        long = await client.post("/api/ask", json={"question": "x" * 1001})
        docs = await client.get("/docs")
        schema = (await client.get("/openapi.json")).json()
        metrics = (await client.get("/metrics")).text
        page = await client.get("/")
    body = first.json()
    assert set(body) == {
        *("question", "answer", "language", "abstained", "sources", "companies", "elapsed_ms"),
        *("exchange_id", "citations"),
    }
    assert {c["id"] for c in body["companies"]} == {"PK-017", "PK-019"}
    assert [c["id"] for c in follow.json()["companies"]] == ["PK-019"]
    assert alone.json()["companies"] == [] or [c["id"] for c in alone.json()["companies"]] != ["PK-019"]
    assert (empty.status_code, long.status_code) == (422, 422)
    assert docs.status_code == 200 and "/api/ask" in schema["paths"]
    assert 'dosti_inquiries_total{channel="web",language="en",outcome="directory"}' in metrics
    assert "dosti_answer_seconds_bucket" in metrics
    assert page.status_code == 200 and '<form id="ask">' in page.text


async def test_citations_votes_history_and_a_hand_off_over_the_api(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    app.settings.contact.office_hours = "Mon–Fri 9:00–17:00 PKT"
    question = "What is the time difference between Pakistan and China?"
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        asked = (await client.post("/api/ask", json={"question": question, "session_id": "h-1"})).json()

        async def vote(session: str, value: int) -> httpx.Response:
            payload = {"session_id": session, "exchange_id": asked["exchange_id"], "vote": value}
            return await client.post("/api/feedback", json=payload)

        mine, theirs, bad_vote = await vote("h-1", -1), await vote("h-2", 1), await vote("h-1", 5)
        history = (await client.get("/api/history", params={"session_id": "h-1"})).json()
        nobody = (await client.get("/api/history", params={"session_id": "never-seen"})).json()
        person = {"session_id": "h-1", "name": "Li Wei", "contact": "liwei@example.cn", "question": "能上门拜访吗？"}
        handed = await client.post("/api/handoff", json=person)
        no_contact = await client.post("/api/handoff", json={"session_id": "h-1", "contact": "", "question": "hi"})
    assert asked["citations"][0]["n"] == 1 and asked["citations"][0]["source"] == "faq.md"
    assert "[1]" in asked["answer"] and asked["citations"][0]["snippet"]
    assert mine.status_code == 204 and theirs.status_code == 404 and bad_vote.status_code == 422
    assert ("disliked", question) in [(i.kind, i.question) for i in app.records.inbox()]
    assert [t["role"] for t in history["turns"]] == ["user", "assistant"] and "3 hours" in history["turns"][1]["text"]
    assert nobody == {"turns": []}
    assert handed.status_code == 200
    message = handed.json()["message"]
    assert "liwei@example.cn" in message and "Mon–Fri 9:00–17:00 PKT" in message and message.startswith("谢谢")
    assert ("handoff", "能上门拜访吗？") in [(i.kind, i.question) for i in app.records.inbox()]
    assert no_contact.status_code == 422


# Skipped on a machine without Debian's chromium; in CI (.ci/run installs it) a missing browser fails.
@BROWSER
async def test_browser_chat_in_headless_chromium(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    async with browsing(app) as (base, browser):
        page = await browser.new_page(viewport={"width": 390, "height": 844})  # a phone screen
        await page.goto(f"{base}/")
        await page.fill("#question", "What is the time difference between Pakistan and China?")
        await page.click("button[type=submit]")
        answer = page.locator(".msg.bot").nth(1)
        await page.wait_for_function("document.querySelectorAll('.msg.bot')[1].innerText.length > 5")
        text = await answer.inner_text()
        await page.click(".examples button >> nth=1")  # the Chinese example
        chinese = page.locator(".msg.bot").nth(2)
        await page.wait_for_function("document.querySelectorAll('.msg.bot')[2].innerText.length > 5")
        await page.fill("#question", "Which Lahore companies hold ISO 27001?")
        await page.click("button[type=submit]")
        cards = page.locator(".msg.bot").nth(3).locator(".card")
        await cards.first.wait_for(timeout=30_000)
        card_names = await cards.locator("b").all_inner_texts()
        await page.screenshot(path=str(ROOT / "docs" / "screenshot-chat.png"), full_page=True)
        chinese_text = await chinese.inner_text()
    assert "3 hours" in text
    assert "[1] faq.md" in text
    assert "800" in chinese_text or "免费" in chinese_text
    assert "Ravi Riverbyte Technologies (Pvt) Ltd" in card_names


@BROWSER
async def test_chat_opens_citations_takes_votes_switches_language_and_survives_a_reload(
    sample_app: App, tmp_path: Path
) -> None:
    app = web_app(sample_app, tmp_path)
    question = "What is the time difference between Pakistan and China?"
    async with browsing(app) as (base, browser):
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await page.goto(f"{base}/")
        await page.fill("#question", question)
        await page.click("button[type=submit]")
        await page.locator(".msg.bot .cite").first.wait_for(timeout=30_000)
        await page.locator(".msg.bot .cite").first.click()
        passage = await page.locator(".passage").first.inner_text()
        await page.click(".feedback button[data-vote='-1']")
        await page.locator(".feedback[role=status]").wait_for()
        await page.fill("#question", "<img src=x onerror=alert(1)> hello?")
        await page.click("button[type=submit]")
        await page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3")
        injected = await page.locator("#log img").count()
        await page.fill("#question", "Which Lahore companies hold ISO 27001?")
        await page.click("button[type=submit]")
        card = page.locator(".card").first
        await card.locator(".intro").click()
        await card.locator(".intro-form input").nth(0).fill("Li Wei")
        await card.locator(".intro-form input").nth(1).fill("Hangzhou Cloud Co.")
        await card.locator(".intro-form input").nth(2).fill("liwei@example.cn")
        await card.locator(".intro-form button").click()
        await card.locator(".intro-form[role=status]").wait_for()
        introduced = await card.locator(".intro-form").inner_text()
        await page.select_option("#ui-language", "ur")
        direction = await page.evaluate("document.documentElement.dir")
        ask_label = await page.locator("button[type=submit]").inner_text()
        await page.click("#talk")
        await page.fill("#handoff-contact", "+92 300 0000000")
        await page.fill("#handoff-question", "کیا کوئی مجھے فون کر سکتا ہے؟")
        await page.click("#handoff-send")
        await page.locator(".msg.handoff").wait_for()
        handoff = await page.locator(".msg.handoff").inner_text()
        await page.reload()
        await page.locator(".msg.restored").first.wait_for()
        restored = await page.locator(".msg.restored").all_inner_texts()
        still_urdu = await page.evaluate("document.documentElement.dir")
    assert "faq.md" in passage
    leads = app.records.leads()
    assert len(leads) == 1 and "liwei@example.cn" in leads[0]["user_name"] and leads[0]["company_name"] in introduced
    assert ("disliked", question) in [(i.kind, i.question) for i in app.records.inbox()]
    assert injected == 0  # a question's markup is shown as text, never run
    assert direction == "rtl" and ask_label == "پوچھیں" and still_urdu == "rtl"
    assert "+92 300 0000000" in handoff
    assert ("handoff", "کیا کوئی مجھے فون کر سکتا ہے؟") in [(i.kind, i.question) for i in app.records.inbox()]
    assert question in restored[0] and "3 hours" in restored[1]


@BROWSER
async def test_try_a_question_in_the_console_shows_passages_and_filters(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    app.staff.add("ayesha", "correct horse battery")
    async with browsing(app) as (base, browser):
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await sign_in(page, base)
        await page.goto(f"{base}/admin/try")
        await page.fill("#question", "Which Lahore companies hold ISO 27001?")
        await page.click("button:has-text('Ask')")
        await page.locator(".explanation li").first.wait_for()
        directory = await page.locator(".explanation").inner_text()
        await page.fill("#question", "What is the time difference between Pakistan and China?")
        await page.click("button:has-text('Ask')")
        await page.wait_for_function("document.querySelector('.explanation').innerText.includes('passage:')")
        programme = await page.locator("main").inner_text()
    assert "directory conditions read by the rules" in directory and "27001" in directory
    assert "passage: faq.md" in programme and "faq.md" in programme


@BROWSER
async def test_insights_chart_the_week_and_group_paraphrases_across_languages(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    app.staff.add("ayesha", "correct horse battery")
    unanswered = [
        "Does the programme pay for health insurance for interns?",
        "Is health insurance covered for the interns?",
        "实习生有医疗保险吗？",
    ]
    answered = ["What is the time difference between Pakistan and China?", "中方企业需要付服务费吗？"]
    async with browsing(app) as (base, browser), httpx.AsyncClient(base_url=base, timeout=60) as client:
        for i, question in enumerate(unanswered + answered):
            await client.post("/api/ask", json={"question": question, "session_id": f"visitor-{i}"})
        app.records.add_exchange("telegram", "77", "77", "registration fee?", "Free.", "en", False)
        app.records.add_lead("web", "visitor-1", "Li Wei · liwei@example.cn", "", "PK-001", "Ravi Riverbyte")
        page = await browser.new_page(viewport={"width": 1100, "height": 900})
        await sign_in(page, base)
        await page.goto(f"{base}/admin/insights")
        bars = await page.locator("svg#channels rect").count()
        languages = await page.locator("svg#languages rect").count()
        groups = await page.locator("tr.group").all_inner_texts()
        shares = await page.locator(".shares").inner_text()
        lead = await page.locator("tr.lead").first.inner_text()
        await page.screenshot(path=str(ROOT / "docs" / "screenshot-insights.png"), full_page=True)
        cookies = {c["name"]: c["value"] for c in await page.context.cookies()}
        csv_text = (await client.get("/admin/insights.csv", params={"table": "channels"}, cookies=cookies)).text
        anonymous = await client.get("/admin/insights.csv", params={"table": "channels"})
    assert bars == 2 and languages == 2  # one day: web and telegram; en and zh
    assert groups[0].startswith("3") and all(q in groups[0] for q in unanswered)
    assert len(groups) == 1
    assert "6 questions" in shares and "50.0%" in shares  # three of six declined
    assert "Ravi Riverbyte" in lead and lead.strip().endswith("1")
    assert csv_text.splitlines()[0] == "day,telegram,web" and anonymous.status_code == 403


@BROWSER
async def test_staff_upload_in_the_console_then_ask_in_the_chat(tmp_path: Path) -> None:
    app = console_app(tmp_path, ROOT / "sample-kb" / "programme" / "faq.md")
    doc = tmp_path / "gwadar-desk.md"
    doc.write_text(
        "# Gwadar desk\n\n## Opening\n\nThe Gwadar facilitation desk opens on 3 May 2027.\n", encoding="utf-8"
    )
    async with browsing(app) as (base, browser):
        page = await browser.new_page(viewport={"width": 1100, "height": 800})
        await sign_in(page, base)
        await page.set_input_files("input[type=file]", str(doc))
        await page.click("form[action='/admin/documents'] button")
        await page.locator("#results li.ok").first.wait_for(timeout=30_000)
        result = await page.locator("#results").inner_text()
        await page.screenshot(path=str(ROOT / "docs" / "screenshot-console.png"), full_page=True)
        answer = await ask_in_chat(browser, base, "When does the Gwadar desk open?")
    assert "gwadar-desk.md: added" in result
    assert "3 May 2027" in answer


@BROWSER
async def test_staff_edit_a_company_then_the_chat_shows_the_change(tmp_path: Path) -> None:
    app = console_app(tmp_path, ROOT / "sample-kb" / "directory.csv")
    async with browsing(app) as (base, browser):
        before = await ask_in_chat(browser, base, "Which companies are based in Gwadar?")
        page = await browser.new_page(viewport={"width": 1100, "height": 800})
        await sign_in(page, base)
        await page.click("text=Edit the company directory")
        await page.fill("input[name=q]", "PK-001")
        await page.click("form[action='/admin/directory'] button")
        await page.click("text=Ravi Riverbyte Technologies (Pvt) Ltd")
        await page.fill("#f-city", "Gwadar")
        await page.fill("#f-employees", "-5")
        await page.click("button:has-text('Save')")
        error = await page.locator("#error-employees").inner_text()
        await page.fill("#f-employees", "450")
        await page.click("button:has-text('Save')")
        await page.wait_for_url(f"{base}/admin/directory?q=PK-001")
        listing = await page.locator("table").inner_text()
        after = await ask_in_chat(browser, base, "Which companies are based in Gwadar?")
    assert "Ravi Riverbyte" not in before
    assert error and "Gwadar" in listing
    assert "Ravi Riverbyte Technologies (Pvt) Ltd" in after and "450" in after


@BROWSER
async def test_staff_write_a_curated_answer_then_the_chat_prefers_it(tmp_path: Path) -> None:
    app = console_app(tmp_path, ROOT / "sample-kb" / "programme" / "faq.md")
    question = "What is the time difference between Pakistan and China?"
    async with browsing(app) as (base, browser):
        before = await ask_in_chat(browser, base, "巴基斯坦和中国的时差是多少？")
        page = await browser.new_page(viewport={"width": 1100, "height": 800})
        await sign_in(page, base)
        await page.click("text=Curated answers")
        await page.fill("#f-question", question)
        await page.fill("#f-phrasings", "巴基斯坦和中国的时差是多少？")
        await page.fill("#f-answer", "China is 3 hours ahead; the desk keeps Beijing office hours on event days.")
        await page.click("button:has-text('Save')")
        saved = await page.locator("p.ok").inner_text()
        listed = await page.locator("tr.curated").all_inner_texts()
        answer = await ask_in_chat(browser, base, "巴基斯坦和中国的时差是多少？")
    assert "Beijing office hours" not in before
    assert saved.startswith("Saved curated answer") and question in listed[0]
    assert "Beijing office hours" in answer and "项目工作人员" in answer


@BROWSER
async def test_the_console_refuses_a_browser_without_sign_in_or_csrf(tmp_path: Path) -> None:
    app = console_app(tmp_path, ROOT / "sample-kb" / "programme" / "faq.md")
    pages = ["/admin", "/admin/directory", "/admin/directory/edit?id=PK-001", "/admin/inbox", "/admin/curated"]
    actions = ["/admin/documents", "/admin/documents/remove", "/admin/directory/save", "/admin/curated/save"]
    async with browsing(app) as (base, browser):
        page = await browser.new_page()
        landed = []
        for path in pages:
            await page.goto(f"{base}{path}")
            landed.append(page.url)
        anonymous = [(await page.request.post(f"{base}{a}", form={"id": "1"})).status for a in actions]
        await sign_in(page, base)
        signed_in = [(await page.request.post(f"{base}{a}", form={"id": "1"})).status for a in actions]
        forged = [(await page.request.post(f"{base}{a}", form={"id": "1", "csrf": "forged"})).status for a in actions]
        await page.goto(f"{base}/admin/inbox")
        inbox = page.url
    assert landed == [f"{base}/admin/login"] * len(pages)
    assert anonymous == signed_in == forged == [403] * len(actions)
    assert inbox == f"{base}/admin/inbox"  # the same browser, signed in, gets the page


async def test_a_declined_question_without_a_session_reaches_the_inbox(sample_app: App, tmp_path: Path) -> None:
    app = web_app(sample_app, tmp_path)
    question = "巴基斯坦软件工程师的平均月薪大概是多少？"
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        declined = (await client.post("/api/ask", json={"question": question})).json()
    assert declined["abstained"] and declined["language"] == "zh" and declined["answer"].startswith("抱歉")
    assert [(i.kind, i.question) for i in app.records.inbox()] == [("unanswered", question)]
