"""The staff console: accounts from the CLI, sign-in, CSRF on every form, safe uploads that answer questions."""

from __future__ import annotations

import asyncio
import html
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from bot.server import create_server
from bot.wiring import App
from knowledge.curated import CuratedAnswer
from tests.asgi import serving
from tests.conftest import SAMPLE_KB
from tests.files import write_docx, write_docx_bomb
from tests.services import REDIS_SERVER, needs, redis_server

PASSWORD = "correct horse battery"


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html[:500]
    return match.group(1)


async def sign_in(client: httpx.AsyncClient, name: str = "ayesha", password: str = PASSWORD) -> httpx.Response:
    page = await client.get("/admin/login")
    return await client.post(
        "/admin/login", data={"name": name, "password": password, "csrf": csrf_of(page.text)}, follow_redirects=True
    )


def console_app(make_app: Callable[..., App], **sections: object) -> App:
    app = make_app(**sections)
    app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md"])
    app.staff.add("ayesha", PASSWORD)
    return app


def test_staff_accounts_from_the_cli(tmp_path: Path) -> None:
    from tests.conftest import write_config

    config = write_config(tmp_path)
    env = {**os.environ, "COLUMNS": "200"}
    command = [sys.executable, "-m", "bot", "--config", str(config), "staff"]
    added = subprocess.run(
        [*command, "add", "fahad"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        text=True,
        capture_output=True,
        env=env,
        timeout=120,
    )
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("records.sqlite3*"))
    listed = subprocess.run([*command, "list"], text=True, capture_output=True, env=env, timeout=120)
    short = subprocess.run(
        [*command, "add", "zoya"], input="short\nshort\n", text=True, capture_output=True, env=env, timeout=120
    )
    removed = subprocess.run([*command, "remove", "fahad"], text=True, capture_output=True, env=env, timeout=120)
    again = subprocess.run([*command, "remove", "fahad"], text=True, capture_output=True, env=env, timeout=120)
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    assert listed.stdout.split() == ["fahad"]
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    assert removed.returncode == 0 and again.returncode == 1
    assert PASSWORD.encode() not in stored and b"$argon2" in stored


async def test_everything_needs_a_session_and_a_csrf_token(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base) as client:
        page = await client.get("/admin")
        anonymous_upload = await client.post("/admin/documents", files={"files": ("a.md", b"# A\n\nx\n")})
        anonymous_remove = await client.post("/admin/documents/remove", data={"path": "x"})
        no_login_csrf = await client.post("/admin/login", data={"name": "ayesha", "password": PASSWORD})
        signed_in = await sign_in(client)
        cookie = signed_in.history[0].headers["set-cookie"]
        without_csrf = await client.post("/admin/documents", files={"files": ("a.md", b"# A\n\nx\n")})
        wrong_csrf = await client.post("/admin/documents/remove", data={"path": "x", "csrf": "guess"})
        logout_without = await client.post("/admin/logout")
    assert page.status_code == 303 and page.headers["location"] == "/admin/login"
    assert (anonymous_upload.status_code, anonymous_remove.status_code, no_login_csrf.status_code) == (403, 403, 403)
    assert signed_in.status_code == 200 and ">faq.md</a></td><td>document</td><td>22</td>" in signed_in.text
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert (without_csrf.status_code, wrong_csrf.status_code, logout_without.status_code) == (403, 403, 403)
    assert [s.name for s in app.kb.catalog.sources()] == ["faq.md"]


async def test_failed_sign_ins_slow_down_further_attempts(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        for _ in range(3):
            assert (await sign_in(client, password="wrong password")).status_code == 401
        started = time.perf_counter()
        slowed = await sign_in(client, password="wrong again")
        elapsed = time.perf_counter() - started
    assert slowed.status_code == 401 and "Wrong name or password" in slowed.text
    assert elapsed >= 0.5
    actions = [a.action for a in app.staff.audits()]
    assert actions.count("login.failed") == 4


async def test_upload_answers_the_next_question_and_bad_files_are_refused_alone(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = console_app(make_app)
    good = write_docx(tmp_path / "gwadar.docx", "Gwadar desk", [("Opening", ["The Gwadar desk opens on 3 May 2027."])])
    bomb = write_docx_bomb(tmp_path / "bomb.docx", size_mb=850)
    shutil.copy(SAMPLE_KB / "directory.csv", tmp_path / "directory.csv")
    files = [
        ("files", ("gwadar.docx", good.read_bytes())),
        ("files", ("fake.pdf", b"this is not a pdf at all")),
        ("files", ("../../etc/passwd.md", b"# x\n\nroot\n")),
        ("files", ("bomb.docx", bomb.read_bytes())),
        ("files", ("legacy.txt", "신청 마감일은 삼월입니다".encode("euc-kr"))),
        ("files", ("gbk.txt", "旧文件，中文 Windows 记事本保存。".encode("gb18030"))),
        ("files", ("directory.csv", (tmp_path / "directory.csv").read_bytes())),
    ]
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        page = await sign_in(client)
        result = await client.post("/admin/documents", data={"csrf": csrf_of(page.text)}, files=files)
        answer = (await client.post("/api/ask", json={"question": "When does the Gwadar desk open?"})).json()
        removed = await client.post(
            "/admin/documents/remove",
            data={"csrf": csrf_of(result.text), "path": str(app.settings.data_path / "uploads" / "gwadar.docx")},
        )
    text = result.text
    assert "gwadar.docx: added, 1 chunks" in text
    assert "fake.pdf: not a PDF file" in text
    assert "refused: the name must be a plain file name" in text
    assert "bomb.docx: refused: the archive expands" in text
    assert "legacy.txt: text is not UTF-8" in text
    assert "gbk.txt: added, 1 chunks" in text
    assert "directory.csv: added, 60 rows" in text
    assert "3 May 2027" in answer["answer"]
    assert "Removed gwadar.docx" in removed.text
    assert not list((app.settings.data_path / "uploads").glob("*passwd*"))
    assert {s.name for s in app.kb.catalog.sources()} == {"faq.md", "directory.csv", "gbk.txt"}
    actions = [a.action for a in app.staff.audits()]
    assert {"login", "upload", "upload.refused", "source.remove"} <= set(actions)


async def test_directory_editing_import_and_export(make_app: Callable[..., App], tmp_path: Path) -> None:
    app = make_app()
    app.ingestor.ingest([SAMPLE_KB / "directory.csv"])
    app.staff.add("ayesha", PASSWORD)

    async def ask(client: httpx.AsyncClient, question: str) -> list[str]:
        return [c["id"] for c in (await client.post("/api/ask", json={"question": question})).json()["companies"]]

    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        anonymous = await client.get("/admin/directory/export.csv")
        page = await sign_in(client)
        csrf = csrf_of(page.text)
        form = await client.get("/admin/directory/edit?id=PK-042")
        cells = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form.text))
        bad = await client.post("/admin/directory/save", data={**cells, "csrf": csrf, "employees": "lots", "id": "??"})
        cells["city"] = "Quetta"
        saved = await client.post("/admin/directory/save", data={**cells, "csrf": csrf}, follow_redirects=True)
        quetta = await ask(client, "Which cybersecurity companies are in Quetta?")
        new = {
            **{k: "" for k in cells},
            "id": "PK-099",
            "name": "Gwadar Chain Works",
            "country": "PK",
            "city": "Quetta",
            "services": "blockchain",
            "csrf": csrf,
        }
        await client.post("/admin/directory/save", data=new)
        chain = await ask(client, "Which Quetta companies do blockchain?")
        removed = await client.post("/admin/directory/remove", data={"id": "PK-099", "csrf": csrf})
        after = await ask(client, "Which Quetta companies do blockchain?")
        broken = "id,name,country,city,employees\nPK-201,Alpha,PK,Quetta,10\nPK-202,,PK,Quetta,many\n"
        refused = await client.post(
            "/admin/directory/import", data={"csrf": csrf}, files={"file": ("more.csv", broken.encode())}
        )
        good = "id,name,country,city,services\nPK-201,Alpha Apps,PK,Quetta,mobile app development\n"
        imported = await client.post(
            "/admin/directory/import", data={"csrf": csrf}, files={"file": ("more.csv", good.encode())}
        )
        apps = await ask(client, "Which Quetta companies do mobile app development?")
        export = await client.get("/admin/directory/export.csv")
    assert anonymous.status_code == 403
    assert bad.status_code == 422
    assert 'id="error-employees"' in bad.text and "employees is not a number" in bad.text
    assert 'id="error-id"' in bad.text
    assert saved.status_code == 200 and "PK-042" in saved.text
    assert quetta == ["PK-042"]
    assert chain == ["PK-099"]
    assert "Removed PK-099" in removed.text and after == []
    assert "Nothing was imported." in refused.text and "row 3: missing name" in refused.text
    assert "more.csv: added, 1 rows" in imported.text
    assert apps == ["PK-201"]
    lines = export.text.splitlines()
    assert lines[0].startswith("id,name,name_zh,country,city")
    assert any(line.startswith("PK-042,Frontier Secure Labs") and ",Quetta," in line for line in lines)
    assert len(lines) == 1 + 60 + 1  # the sample directory, the import; PK-099 was removed
    actions = {a.action for a in app.staff.audits()}
    assert {"company.save", "company.remove", "directory.import"} <= actions


def from_address(base: str, address: str) -> httpx.AsyncClient:
    """A client whose requests leave from another loopback address, as a different machine's would."""
    transport = httpx.AsyncHTTPTransport(local_address=address)
    return httpx.AsyncClient(base_url=base, transport=transport, timeout=30)


@needs(REDIS_SERVER, "redis-server")
async def test_failures_from_many_addresses_pause_the_name_across_two_workers(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    with redis_server(tmp_path / "redis") as (redis_url, _):
        sections = {"state": {"redis_url": redis_url}, "server": {"login_failures_per_name": 6, "login_pause_s": 3}}
        first = console_app(make_app, **sections)
        second = make_app(**sections)  # another worker: the same files, its own state client
        async with serving(create_server(first)) as one, serving(create_server(second)) as two:
            for i in range(6):  # one failure from each of six addresses, alternating workers: no address is slowed
                async with from_address(one if i % 2 else two, f"127.0.0.{i + 2}") as client:
                    assert (await sign_in(client, password="guess")).status_code == 401
            async with from_address(two, "127.0.0.20") as client:
                paused = await sign_in(client)
            await asyncio.sleep(3.2)
            async with from_address(one, "127.0.0.21") as client:
                after = await sign_in(client)
    assert paused.status_code == 429 and "Too many failed sign-ins" in paused.text
    assert after.status_code == 200 and str(after.url).endswith("/admin")  # the right password, once the pause ends
    actions = [a.action for a in first.staff.audits()]
    assert actions.count("login.paused") == 1 and "login.refused" in actions


async def test_the_session_cookie_is_secure_over_https_only(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base:
        async with from_address(base, "127.0.0.1") as proxy:  # uvicorn believes X-Forwarded-Proto from 127.0.0.1
            page = await proxy.get("/admin/login", headers={"X-Forwarded-Proto": "https"})
            data = {"name": "ayesha", "password": PASSWORD, "csrf": csrf_of(page.text)}
            # httpx keeps a Secure cookie from a plain-http URL to itself; the browser behind the proxy sends it.
            cookie = page.headers["set-cookie"].split(";")[0]
            headers = {"X-Forwarded-Proto": "https", "Cookie": cookie}
            signed = await proxy.post("/admin/login", data=data, headers=headers)
            plain = await proxy.get("/admin/login")
        async with from_address(base, "127.0.0.9") as stranger:  # not a trusted proxy: its header means nothing
            forged = await stranger.get("/admin/login", headers={"X-Forwarded-Proto": "https"})
    assert "secure" in signed.headers["set-cookie"].lower() and "dosti_staff=" in signed.headers["set-cookie"]
    assert "secure" in page.headers["set-cookie"].lower()
    assert "secure" not in plain.headers["set-cookie"].lower()
    assert "secure" not in forged.headers["set-cookie"].lower()
    app.settings.server.public_url = "https://dosti.example.org"
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base) as client:
        configured = await client.get("/admin/login")
    assert "secure" in configured.headers["set-cookie"].lower()


async def test_inbox_lists_what_needs_a_person_until_handled(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        await client.post("/api/ask", json={"question": "hello", "session_id": "web-7"})
        await client.post(
            "/api/ask", json={"question": "What is the average salary of a developer in Lahore?", "session_id": "web-7"}
        )
        app.records.add_lead("telegram", "11", "Ayesha", "game studios in Pakistan?", "PK-007", "Badshahi Pixel Games")
        liked = app.records.add_exchange("telegram", "12", "12", "fees?", "free", "en", False)
        disliked = app.records.add_exchange("telegram", "13", "13", "visa?", "a letter", "en", False)
        app.records.vote(liked, 1)
        app.records.vote(disliked, -1)
        anonymous = await client.get("/admin/inbox", follow_redirects=False)
        page = await sign_in(client)
        inbox = await client.get("/admin/inbox")
        unanswered_id = app.records.inbox()[0].id
        forged = await client.post("/admin/inbox/handled", data={"kind": "lead", "id": "1", "csrf": "nope"})
        done = await client.post(
            "/admin/inbox/handled", data={"kind": "lead", "id": "1", "csrf": csrf_of(page.text)}, follow_redirects=True
        )
    assert anonymous.status_code == 303
    assert 'class="inbox-unanswered"' in inbox.text and "average salary" in inbox.text
    assert "hello" in inbox.text  # the conversation behind the question
    assert 'class="inbox-lead"' in inbox.text and "Badshahi Pixel Games (PK-007)" in inbox.text
    assert 'class="inbox-disliked"' in inbox.text and "visa?" in inbox.text and "fees?" not in inbox.text
    assert unanswered_id > 0 and forged.status_code == 403
    assert 'class="inbox-lead"' not in done.text and 'class="inbox-unanswered"' in done.text
    assert any(a.action == "inbox.handled" and a.detail == "lead #1" for a in app.staff.audits())


async def test_curated_answers_from_the_inbox(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    question = "Is there parking at the Lahore desk?"
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        # The documents say nothing about parking: the engine declines and the question lands in the inbox.
        before = (await client.post("/api/ask", json={"question": question, "session_id": "web-9"})).json()
        page = await sign_in(client)
        csrf = csrf_of(page.text)
        inbox = await client.get("/admin/inbox")
        link = re.search(r'href="(/admin/curated\?[^"]+)"', inbox.text)
        assert link, inbox.text
        form = await client.get(link.group(1).replace("&amp;", "&"))
        hidden = dict(re.findall(r'name="(inbox_kind|inbox_id)" value="([^"]*)"', form.text))
        empty = await client.post("/admin/curated/save", data={"csrf": csrf, "question": question, "answer": " "})
        saved = await client.post(
            "/admin/curated/save",
            data={
                "csrf": csrf,
                "id": "0",
                "question": question,
                "answer": "Two visitor spaces behind the building.",
                "phrasings": "拉合尔服务台有停车位吗？\n\n拉合尔服务台有停车位吗？",
                **hidden,
            },
        )
        after = (await client.post("/api/ask", json={"question": "拉合尔服务台有停车位吗？"})).json()
        inbox_after = await client.get("/admin/inbox")
        entry = app.kb.catalog.curated_answers()[0]
        removed = await client.post("/admin/curated/remove", data={"csrf": csrf, "id": str(entry.id)})
        gone = (await client.post("/api/ask", json={"question": question})).json()
    assert before["abstained"] and 'value="Is there parking at the Lahore desk?"' in form.text
    assert hidden == {"inbox_kind": "unanswered", "inbox_id": "1"}
    assert empty.status_code == 422 and 'id="error-answer"' in empty.text
    assert saved.status_code == 200 and "Saved curated answer #1." in saved.text
    assert entry.phrasings == ("拉合尔服务台有停车位吗？",) and entry.author == "ayesha"
    assert not after["abstained"] and "Two visitor spaces" in after["answer"] and after["language"] == "zh"
    assert after["sources"][0]["source"] == "programme staff"
    assert "Removed curated answer" in removed.text and "visitor spaces" not in gone["answer"]
    assert question not in inbox_after.text  # saving from the inbox item marked it handled
    actions = [(a.action, a.detail) for a in app.staff.audits()]
    assert ("curated.save", f"#1 {question}") in actions and ("curated.remove", "#1") in actions
    assert ("inbox.handled", "unanswered #1 (curated #1)") in actions


ADMIN_PAGES = [
    "/admin",
    "/admin/directory",
    "/admin/directory/edit?id=PK-001",
    "/admin/inbox",
    "/admin/curated",
    "/admin/try",
    "/admin/conversations",
    "/admin/conversations/view?channel=web&user=x",
    "/admin/insights",
]
ADMIN_ACTIONS = [
    "/admin/documents",
    "/admin/documents/remove",
    "/admin/directory/save",
    "/admin/directory/remove",
    "/admin/directory/import",
    "/admin/inbox/handled",
    "/admin/curated/save",
    "/admin/curated/remove",
    "/admin/try",
    "/admin/conversations/wrong",
    "/admin/logout",
]


async def test_every_admin_page_and_action_is_refused_without_login_or_csrf(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base) as client:
        pages = [(await client.get(p)).status_code for p in ADMIN_PAGES]
        export = (await client.get("/admin/directory/export.csv")).status_code
        actions = [(await client.post(a, data={"id": "1", "kind": "lead"})).status_code for a in ADMIN_ACTIONS]
        await sign_in(client)
        signed_pages = [(await client.get(p)).status_code for p in ADMIN_PAGES]
        no_csrf = [(await client.post(a, data={"id": "1", "kind": "lead"})).status_code for a in ADMIN_ACTIONS]
    assert pages == [303] * len(ADMIN_PAGES) and export == 403
    assert actions == [403] * len(ADMIN_ACTIONS)
    assert signed_pages == [200] * len(ADMIN_PAGES)
    assert no_csrf == [403] * len(ADMIN_ACTIONS)


async def test_try_a_question_shows_the_answer_and_the_engine_s_reasons(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        page = await sign_in(client)
        csrf = csrf_of(page.text)
        form = await client.get("/admin/try?q=<b>hi</b>")
        answered = await client.post(
            "/admin/try", data={"question": "巴基斯坦和中国时差几个小时？", "language": "", "csrf": csrf}
        )
        english = await client.post(
            "/admin/try", data={"question": "巴基斯坦和中国时差几个小时？", "language": "en", "csrf": csrf}
        )
        declined = await client.post(
            "/admin/try", data={"question": "Who won the cricket match yesterday?", "language": "", "csrf": csrf}
        )
        empty = await client.post("/admin/try", data={"question": "  ", "csrf": csrf})
        app.kb.catalog.save_curated(CuratedAnswer("Is there parking at the Lahore desk?", "Two visitor spaces."))
        curated = await client.post(
            "/admin/try", data={"question": "Is there parking at the Lahore desk?", "language": "", "csrf": csrf}
        )
    assert form.status_code == 200 and "&lt;b&gt;hi&lt;/b&gt;" in form.text  # a question is shown, never run as HTML
    assert answered.status_code == 200 and "3" in answered.text and "(declined)" not in answered.text
    assert "route: programme documents" in answered.text and "passage: faq.md" in answered.text
    assert "<td>faq.md</td>" in answered.text  # the sources it considered, with their scores
    assert "From the programme documents" in english.text  # the reply language staff chose
    assert "(declined)" in declined.text and "declined: " in declined.text
    assert empty.status_code == 422 and "Type a question" in empty.text
    assert "curated answer matched (the same content words)" in curated.text and "Two visitor spaces." in curated.text
    assert app.records.inbox() == []  # trying a question is not a user's question


async def test_conversations_by_channel_language_and_date_and_a_wrong_answer_goes_to_the_inbox(
    make_app: Callable[..., App],
) -> None:
    app = console_app(make_app)
    records = app.records
    first = records.add_exchange("telegram", "21", "21", "fees?", "Free for providers.", "en", False)
    records.vote(first, 1)
    second = records.add_exchange("telegram", "21", "21", "and the deposit?", "CNY 5,000.", "en", False)
    records.add_exchange("wechat", "o-9", "o-9", "时差几个小时？", "3 小时。", "zh", False)
    records.add_exchange("wechat", "o-9", "o-9", "天气怎么样？", "抱歉……", "zh", True)
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        page = await sign_in(client)
        csrf = csrf_of(page.text)
        everything = await client.get("/admin/conversations")
        chinese = await client.get("/admin/conversations", params={"language": "zh"})
        today = datetime.now().strftime("%Y-%m-%d")
        dated = await client.get("/admin/conversations", params={"since": today, "until": today})
        future = await client.get("/admin/conversations", params={"since": "2999-01-01"})
        bad_date = await client.get("/admin/conversations", params={"since": "yesterday"})
        thread = await client.get("/admin/conversations/view", params={"channel": "telegram", "user": "21"})
        forged = await client.post("/admin/conversations/wrong", data={"id": str(second), "csrf": "nope"})
        missing = await client.post("/admin/conversations/wrong", data={"id": "99999", "csrf": csrf})
        marked = await client.post(
            "/admin/conversations/wrong", data={"id": str(second), "csrf": csrf}, follow_redirects=True
        )
        inbox = await client.get("/admin/inbox")
    assert everything.text.count('class="conversation"') == 2
    assert chinese.text.count('class="conversation"') == 1 and "o-9" in chinese.text
    assert dated.text.count('class="conversation"') == 2 and future.text.count('class="conversation"') == 0
    assert bad_date.status_code == 422 and "YYYY-MM-DD" in bad_date.text
    assert thread.text.index("fees?") < thread.text.index("and the deposit?")  # the whole conversation, in order
    assert "👍" in thread.text and "Mark this answer as wrong" in thread.text
    assert forged.status_code == 403 and missing.status_code == 404
    assert "marked wrong by ayesha" in marked.text
    assert 'class="inbox-disliked"' in inbox.text and "and the deposit?" in inbox.text
    assert any(a.action == "answer.wrong" and a.detail == f"exchange #{second}" for a in app.staff.audits())


async def test_a_document_as_the_engine_sees_it(make_app: Callable[..., App]) -> None:
    app = console_app(make_app)
    path = app.kb.catalog.sources()[0].path
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
        anonymous = await client.get("/admin/documents/view", params={"path": path}, follow_redirects=False)
        console = await sign_in(client)
        view = await client.get("/admin/documents/view", params={"path": path})
        missing = await client.get("/admin/documents/view", params={"path": "/nowhere.md"})
    chunks = app.kb.catalog.chunks_of(path)
    assert anonymous.status_code == 303 and missing.status_code == 404
    assert "/admin/documents/view?path=" in console.text  # linked from the documents list
    assert view.status_code == 200 and f"{len(chunks)} chunks" in view.text
    assert [c.position for c in chunks] == sorted(c.position for c in chunks)
    first, last = chunks[0], chunks[-1]
    assert view.text.index(f"#{first.position}") < view.text.index(f"#{last.position}")
    assert html.escape(last.headings.split(" > ")[-1], quote=False) in view.text and "answer unit" in view.text


@contextmanager
def tiny_disk(folder: Path, size: str = "64k") -> Iterator[None]:
    """A tmpfs of `size` mounted at `folder`: a disk that fills up (root only; CI runs as root)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            raise RuntimeError(f"cannot mount a tmpfs in CI: {mounted.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


async def test_a_full_disk_during_an_upload_is_a_clear_error_and_changes_nothing(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = console_app(make_app)
    big = ("# Handbook\n\n" + "The programme handbook says many things. " * 4000).encode()  # ~170 KB
    small = b"# Gwadar desk\n\n## Opening\n\nThe Gwadar facilitation desk opens on 3 May 2027.\n"
    with tiny_disk(app.settings.data_path / "uploads"):
        async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=60) as client:
            csrf = csrf_of((await sign_in(client)).text)
            full = await client.post(
                "/admin/documents",
                data={"csrf": csrf},
                files=[("files", ("handbook.md", big)), ("files", ("gwadar-desk.md", small))],
            )
            answer = (await client.post("/api/ask", json={"question": "When does the Gwadar desk open?"})).json()
        left = sorted(p.name for p in (app.settings.data_path / "uploads").iterdir())
    assert full.status_code == 200
    assert "handbook.md: not added: the server&#39;s disk is full" in full.text
    assert "gwadar-desk.md: added" in full.text  # one file that did not fit never stops the others
    assert left == ["gwadar-desk.md"]  # no partial handbook.md left behind
    assert sorted(s.name for s in app.kb.catalog.sources()) == ["faq.md", "gwadar-desk.md"]
    assert "3 May 2027" in answer["answer"]
