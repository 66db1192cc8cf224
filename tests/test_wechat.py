"""The WeChat Official Account channel: real HTTP to the running server, genuinely signed and encrypted."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import xmltodict

from bot.config import load_settings
from bot.server import create_server
from bot.wiring import App
from handlers.wechat import MAX_REPLY_BYTES, render_text, split_bytes
from knowledge.models import Answer, CompanyCard
from tests.asgi import serving
from tests.conftest import write_config
from tests.fake_openai import FakeOpenAI, running_fake_openai
from tests.fake_wechat import (
    AES_KEY,
    APP_ID,
    APP_SECRET,
    TOKEN,
    FakeWeChatAPI,
    decrypt,
    message_xml,
    running_fake_wechat_api,
    safe_mode,
    sha1_signature,
    signed_query,
)


@pytest.fixture
def wechat_api() -> Iterator[FakeWeChatAPI]:
    with running_fake_wechat_api() as api:
        yield api


def wechat_section(api: FakeWeChatAPI | None = None, **overrides: Any) -> dict[str, Any]:
    return {
        "app_id": APP_ID,
        "app_secret": APP_SECRET,
        "token": TOKEN,
        "encoding_aes_key": AES_KEY,
        "api_base_url": api.base if api else "http://127.0.0.1:9",
        "passive_timeout_s": 3.0,
        "platform_wait_s": 5.0,
        "can_push": False,
        "menu": {"FEES": "中方采购企业需要付服务费吗？"},
        **overrides,
    }


def app_for(sample_app: App, tmp_path: Path, **sections: Any) -> App:
    config = write_config(tmp_path, data_dir=str(sample_app.settings.data_path), **sections)
    app = App(load_settings(config))
    app.__dict__["records"] = type(app.records)(tmp_path / "records.sqlite3")
    return app


@asynccontextmanager
async def wechat_server(app: App) -> AsyncIterator[tuple[str, httpx.AsyncClient]]:
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        yield base, client


def content_of(reply: httpx.Response) -> str:
    return xmltodict.parse(reply.text)["xml"]["Content"]


async def post_text(client: httpx.AsyncClient, xml: str, **kwargs: Any) -> httpx.Response:
    return await client.post("/wechat", params=signed_query(), content=xml.encode(), **kwargs)


async def test_server_url_verification(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        good = await client.get("/wechat", params={**signed_query(), "echostr": "echo-123"})
        bad = await client.get("/wechat", params={**signed_query(), "signature": "0" * 40, "echostr": "x"})
    assert (good.status_code, good.text) == (200, "echo-123")
    assert bad.status_code == 403


async def test_plaintext_question_gets_a_cited_chinese_reply(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        reply = await post_text(client, message_xml("user-1", Content="巴基斯坦和中国时差几个小时？", msg_id=1001))
    reply_xml = xmltodict.parse(reply.text)["xml"]
    assert reply_xml["ToUserName"] == "user-1" and reply_xml["MsgType"] == "text"
    text = reply_xml["Content"]
    assert text.startswith("根据项目资料")
    assert "3 hours" in text and "【1】" in text and "**" not in text
    assert len(text.encode()) <= MAX_REPLY_BYTES


async def test_safe_mode_decrypts_and_encrypts(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        query, body = safe_mode(message_xml("user-2", Content="中方采购企业需要付服务费吗？", msg_id=1002))
        reply = await client.post("/wechat", params=query, content=body.encode())
        forged = await client.post("/wechat", params={**query, "msg_signature": "f" * 40}, content=body.encode())
    outer = xmltodict.parse(reply.text)["xml"]
    assert outer["MsgSignature"] == sha1_signature(TOKEN, outer["TimeStamp"], outer["Nonce"], outer["Encrypt"])
    inner = xmltodict.parse(decrypt(outer["Encrypt"]))["xml"]
    assert "800" in inner["Content"]
    assert forged.status_code == 403


async def test_compatibility_mode_body_with_both_forms(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    plain = message_xml("user-3", Content="投诉怎么处理", msg_id=1003)
    query, encrypted_body = safe_mode(plain)
    both = plain.replace("</xml>", encrypted_body.split("<ToUserName><![CDATA[gh_dosti]]></ToUserName>")[1])
    async with wechat_server(app) as (_, client):
        reply = await client.post("/wechat", params=query, content=both.encode())
    inner = xmltodict.parse(decrypt(xmltodict.parse(reply.text)["xml"]["Encrypt"]))["xml"]
    assert "complaints@ictalent-pk.example" in inner["Content"] or "15" in inner["Content"]


async def test_voice_events_menus_and_unsupported_messages(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        voice = await post_text(
            client, message_xml("u4", "voice", msg_id=1004, Recognition="杭州有哪些公司？", MediaId="m", Format="amr")
        )
        mute = await post_text(client, message_xml("u4", "voice", msg_id=1005, MediaId="m", Format="amr"))
        welcome = await post_text(client, message_xml("u4", "event", Event="subscribe"))
        click = await post_text(client, message_xml("u4", "event", Event="CLICK", EventKey="FEES"))
        image = await post_text(client, message_xml("u4", "image", msg_id=1006, PicUrl="http://x/p.jpg", MediaId="m"))
    assert "西湖电商解决方案有限公司" in content_of(voice)
    assert "文字和语音" in content_of(mute)
    assert content_of(welcome).startswith("欢迎关注") and content_of(welcome).count("\n") >= 3
    assert "800" in content_of(click)
    assert "请直接输入您的问题" in content_of(image)


async def test_forged_stale_malicious_and_oversized_requests_are_refused(
    sample_app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    caplog.set_level(logging.DEBUG)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<xml><ToUserName>a</ToUserName><FromUserName>&lol2;</FromUserName><MsgType>text</MsgType></xml>"
    )
    async with wechat_server(app) as (_, client):
        forged = await client.post(
            "/wechat",
            params={**signed_query(), "signature": "a" * 40},
            content=message_xml("u5", Content="hi", msg_id=1).encode(),
        )
        stale = await client.post(
            "/wechat",
            params=signed_query(timestamp=int(time.time()) - 3600),
            content=message_xml("u5", Content="hi", msg_id=2).encode(),
        )
        bomb = await post_text(client, laughs)
        broken = await post_text(client, "<xml><MsgType>text</MsgTy")
        huge = await post_text(client, message_xml("u5", Content="好" * 40000, msg_id=3))
        query, body = safe_mode(message_xml("u5", Content="hi", msg_id=4))
        wrong_key = await client.post("/wechat", params=query, content=body.replace("A", "B", 3).encode())
    assert (forged.status_code, stale.status_code, bomb.status_code, broken.status_code) == (403, 403, 400, 400)
    assert huge.status_code == 413
    assert wrong_key.status_code in {400, 403}
    assert APP_SECRET not in caplog.text and AES_KEY not in caplog.text


async def test_retries_of_one_message_are_answered_exactly_once(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        xml = message_xml("u6", Content="哪些巴基斯坦公司有会说中文的员工？", msg_id=1007)
        replies = await asyncio.gather(*(post_text(client, xml) for _ in range(4)))
    answered = [r for r in replies if r.text != "success"]
    assert len(answered) == 1
    assert "米纳尔云系统" in content_of(answered[0])
    with sqlite3.connect(tmp_path / "records.sqlite3") as db:
        rows = db.execute("SELECT COUNT(*) FROM exchanges WHERE user_id = 'u6'").fetchone()[0]
    assert rows == 1


@pytest.fixture
def slow_llm() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as llm:
        llm.mode = "hang"
        llm.reply = "中国比巴基斯坦早3个小时【1】 [1]。"
        yield llm


def slow_sections(llm: FakeOpenAI, api: FakeWeChatAPI, can_push: bool, delay: float) -> dict[str, Any]:
    llm.delay = delay
    return {
        "llm": {"provider": "openai", "base_url": llm.base_url, "model": "slow", "timeout_s": 30},
        "wechat": wechat_section(api, passive_timeout_s=1.0, platform_wait_s=1.5, can_push=can_push),
    }


async def deliver_like_wechat(client: httpx.AsyncClient, xml: str, wait_s: float = 1.5) -> list[str | None]:
    """WeChat's rule: wait, then retry the same message, at most three times."""
    outcomes: list[str | None] = []
    for _ in range(4):
        try:
            reply = await client.post("/wechat", params=signed_query(), content=xml.encode(), timeout=wait_s)
        except httpx.TimeoutException:
            outcomes.append(None)
            continue
        outcomes.append(reply.text)
        break
    return outcomes


async def test_slow_answer_without_push_arrives_on_a_retry(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI, wechat_api: FakeWeChatAPI
) -> None:
    app = app_for(sample_app, tmp_path, **slow_sections(slow_llm, wechat_api, can_push=False, delay=2.5))
    async with wechat_server(app) as (_, client):
        xml = message_xml("u7", Content="巴基斯坦和中国时差几个小时？", msg_id=1008)
        outcomes = await deliver_like_wechat(client, xml)
    assert outcomes[0] is None  # the first delivery was left unanswered on purpose
    assert outcomes[-1] is not None and "3个小时" in content_of(httpx.Response(200, text=outcomes[-1]))
    assert len(slow_llm.chat_requests()) == 1  # one engine call for all deliveries


async def test_answer_too_slow_for_every_retry_is_held_for_1(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI, wechat_api: FakeWeChatAPI
) -> None:
    app = app_for(sample_app, tmp_path, **slow_sections(slow_llm, wechat_api, can_push=False, delay=8.0))
    async with wechat_server(app) as (_, client):
        xml = message_xml("u8", Content="巴基斯坦和中国时差几个小时？", msg_id=1009)
        outcomes = await deliver_like_wechat(client, xml)
        assert outcomes[:3] == [None, None, None] and "回复「1」" in content_of(httpx.Response(200, text=outcomes[3]))
        await asyncio.sleep(3.5)
        fetched = await post_text(client, message_xml("u8", Content="1", msg_id=1010))
    assert "3个小时" in content_of(fetched)
    assert len(slow_llm.chat_requests()) == 1


async def test_slow_answer_with_push_goes_through_the_customer_service_api(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI, wechat_api: FakeWeChatAPI
) -> None:
    app = app_for(sample_app, tmp_path, **slow_sections(slow_llm, wechat_api, can_push=True, delay=2.0))
    async with wechat_server(app) as (_, client):
        first = await post_text(client, message_xml("u9", Content="巴基斯坦和中国时差几个小时？", msg_id=1011))
        second = await post_text(client, message_xml("u10", Content="中方采购企业需要付服务费吗？", msg_id=1012))
        sent = await asyncio.to_thread(wechat_api.wait_for_sent, 2)
        await app.wechat.drain()
    assert "正在查询" in content_of(first) and "正在查询" in content_of(second)
    by_user = {m["touser"]: m["text"]["content"] for m in sent}
    assert "3个小时" in by_user["u9"]
    assert len(wechat_api.token_requests) == 1  # two pushes at once, one token fetch


async def test_a_delivery_read_after_wechat_gave_up_on_it_is_pushed_not_replied(
    sample_app: App, tmp_path: Path, wechat_api: FakeWeChatAPI
) -> None:
    """Under load a delivery can reach the handler after WeChat stopped waiting for it (its CreateTime is long
    past): the answer goes by push, once, instead of into a reply nobody reads."""
    app = app_for(sample_app, tmp_path, wechat=wechat_section(wechat_api, can_push=True))
    late = message_xml("u-late", Content="巴基斯坦和中国时差几个小时？", msg_id=1015)
    late = re.sub(r"<CreateTime>\d+</CreateTime>", f"<CreateTime>{int(time.time()) - 20}</CreateTime>", late)
    async with wechat_server(app) as (_, client):
        reply = await post_text(client, late)
        again = await post_text(client, late)  # WeChat's next try of the same message
        sent = await asyncio.to_thread(wechat_api.wait_for_sent, 1)
        await app.wechat.drain()
    assert reply.text == "success" and again.text == "success"
    assert [m["touser"] for m in sent] == ["u-late"] and "3 hours" in sent[0]["text"]["content"]


async def test_expired_access_token_is_refreshed(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI, wechat_api: FakeWeChatAPI
) -> None:
    app = app_for(sample_app, tmp_path, **slow_sections(slow_llm, wechat_api, can_push=True, delay=1.5))
    wechat_api.expired.add("ACCESS-1")
    wechat_api.busy_sends = 1
    async with wechat_server(app) as (_, client):
        await post_text(client, message_xml("u11", Content="巴基斯坦和中国时差几个小时？", msg_id=1013))
        sent = await asyncio.to_thread(wechat_api.wait_for_sent, 1)
        await app.wechat.drain()
    assert sent[0]["access_token"] == "ACCESS-2"
    assert len(wechat_api.token_requests) == 2


def test_replies_split_at_2048_bytes_on_sentence_ends() -> None:
    sentence = "巴基斯坦服务商应在两个工作日内回复中方采购企业的询盘，并在一周内提交方案。"
    text = "根据项目资料：\n" + sentence * 60 + "\n\n来源：\n【1】service-standards.txt"
    parts = split_bytes(text)
    assert len(parts) >= 3
    assert all(len(p.encode()) <= MAX_REPLY_BYTES for p in parts)
    assert all(p.endswith(("。", "txt")) for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


async def test_long_answer_continues_on_more(make_app: Any, tmp_path: Path) -> None:
    rules = "".join(
        f"第{i}条：巴方服务商收到询盘后，应在两个工作日内给出实质性答复，并抄送项目秘书处备案。" for i in range(1, 30)
    )
    doc = tmp_path / "规则.md"
    doc.write_text(f"# 服务规则\n\n## 询盘回复\n\n{rules}\n", encoding="utf-8")
    app = make_app(wechat=wechat_section())
    app.ingestor.ingest([doc])
    async with wechat_server(app) as (_, client):
        first = content_of(await post_text(client, message_xml("u12", Content="询盘多久要回复？", msg_id=1014)))
        replies = []
        for msg_id in range(1015, 1025):  # 更多 until there is nothing more
            replies.append(content_of(await post_text(client, message_xml("u12", Content="更多", msg_id=msg_id))))
            if "暂时没有" in replies[-1]:
                break
    # The answer itself fits one message; 更多 brings the passages whole, in parts that each fit one too.
    assert len(first.encode()) <= MAX_REPLY_BYTES and not first.endswith("（回复“更多”查看后续）")
    assert "两个工作日" in first and "【1】" in first
    long_form = "".join(replies[:-1])
    assert len(long_form) > len(first) and long_form.count("第") > first.count("第")
    assert all(len(r.encode()) <= MAX_REPLY_BYTES for r in replies)
    assert replies[0].endswith("（回复“更多”查看后续）") and "暂时没有" in replies[-1]


async def test_introduction_request_by_number_records_a_lead(sample_app: App, tmp_path: Path) -> None:
    app = app_for(sample_app, tmp_path, wechat=wechat_section())
    async with wechat_server(app) as (_, client):
        listing = content_of(await post_text(client, message_xml("u13", Content="杭州有哪些公司？", msg_id=1016)))
        number = re.search(r"(\d+)\. 西湖电商解决方案有限公司", listing)
        assert number is not None
        confirmed = content_of(
            await post_text(client, message_xml("u13", Content=f"介绍 {number.group(1)}", msg_id=1017))
        )
    assert "西湖电商解决方案有限公司" in confirmed and "2个工作日" in confirmed
    lead = app.records.leads()[0]
    assert (lead["company_id"], lead["question"], lead["channel"]) == ("CN-009", "杭州有哪些公司？", "wechat")


def test_render_text_lists_companies_for_introductions() -> None:
    answer = Answer(
        text="名录中有 1 家公司符合条件：\n- …",
        language="zh",
        companies=(
            CompanyCard(
                "CN-009",
                "West Lake E-commerce",
                "Hangzhou",
                "CN",
                "西湖电商",
                ("web development",),
                "bd@westlake.example",
            ),
        ),
    )
    text = render_text(answer)
    assert "1. 西湖电商（West Lake E-commerce）｜Hangzhou｜web development｜bd@westlake.example" in text
    assert "介绍 1" in text
