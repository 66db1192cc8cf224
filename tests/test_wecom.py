"""The WeCom self-built app channel: encrypted callbacks over real HTTP, late answers by the app API."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import xmltodict

from bot.wiring import App
from tests.fake_openai import FakeOpenAI, running_fake_openai
from tests.fake_wechat import (
    AES_KEY,
    AGENT_ID,
    CORP_ID,
    CORP_SECRET,
    TOKEN,
    FakeWeChatAPI,
    decrypt,
    message_xml,
    running_fake_wechat_api,
    sha1_signature,
    wecom_callback,
    wecom_verification,
)
from tests.test_wechat import app_for, wechat_server


@pytest.fixture
def wecom_api() -> Iterator[FakeWeChatAPI]:
    with running_fake_wechat_api() as api:
        yield api


def wecom_section(api: FakeWeChatAPI, **overrides: Any) -> dict[str, Any]:
    return {
        "corp_id": CORP_ID,
        "agent_id": AGENT_ID,
        "secret": CORP_SECRET,
        "token": TOKEN,
        "encoding_aes_key": AES_KEY,
        "api_base_url": api.base,
        "passive_timeout_s": 3.0,
        **overrides,
    }


def reply_content(reply: httpx.Response) -> str:
    outer = xmltodict.parse(reply.text)["xml"]
    assert outer["MsgSignature"] == sha1_signature(TOKEN, outer["TimeStamp"], outer["Nonce"], outer["Encrypt"])
    return xmltodict.parse(decrypt(outer["Encrypt"]))["xml"]["Content"]


async def test_callback_url_verification(sample_app: App, tmp_path: Path, wecom_api: FakeWeChatAPI) -> None:
    app = app_for(sample_app, tmp_path, wecom=wecom_section(wecom_api))
    async with wechat_server(app) as (_, client):
        good = await client.get("/wecom", params=wecom_verification("1234567890"))
        forged = await client.get("/wecom", params={**wecom_verification("x"), "msg_signature": "0" * 40})
    assert (good.status_code, good.text) == (200, "1234567890")
    assert forged.status_code == 403


async def test_encrypted_question_gets_an_encrypted_passive_reply(
    sample_app: App, tmp_path: Path, wecom_api: FakeWeChatAPI
) -> None:
    app = app_for(sample_app, tmp_path, wecom=wecom_section(wecom_api))
    async with wechat_server(app) as (_, client):
        # Stamped once the server is up, as WeCom stamps a message when it sends it: a CreateTime from before a slow
        # start-up reads as a delivery WeCom has given up on, and that answer goes by push instead.
        xml = message_xml(
            "zhangwei", msg_id=2001, to=CORP_ID, Content="卡拉奇有哪些做呼叫中心的公司？", AgentID=str(AGENT_ID)
        )
        query, body = wecom_callback(xml)
        reply = await client.post("/wecom", params=query, content=body.encode())
        forged = await client.post("/wecom", params={**query, "msg_signature": "1" * 40}, content=body.encode())
    content = reply_content(reply)
    assert "印度河三角洲业务流程外包服务" in content and "介绍 1" in content
    assert forged.status_code == 403


@pytest.fixture
def slow_llm() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as llm:
        llm.mode, llm.delay, llm.reply = "hang", 2.0, "中国比巴基斯坦早3个小时 [1]。"
        yield llm


async def test_slow_answers_are_sent_through_the_app_message_api(
    sample_app: App, tmp_path: Path, wecom_api: FakeWeChatAPI, slow_llm: FakeOpenAI
) -> None:
    app = app_for(
        sample_app,
        tmp_path,
        llm={"provider": "openai", "base_url": slow_llm.base_url, "model": "slow", "timeout_s": 30},
        wecom=wecom_section(wecom_api, passive_timeout_s=0.5),
    )
    async with wechat_server(app) as (_, client):
        xml = message_xml(
            "lihua", msg_id=2002, to=CORP_ID, Content="巴基斯坦和中国时差几个小时？", AgentID=str(AGENT_ID)
        )
        query, body = wecom_callback(xml)
        first = await client.post("/wecom", params=query, content=body.encode())
        retry = await client.post("/wecom", params=query, content=body.encode())
        sent = await asyncio.to_thread(wecom_api.wait_for_sent, 1)
        await app.wecom.drain()
    assert "正在查询" in reply_content(first)
    assert retry.text == "success"
    assert sent[0]["touser"] == "lihua" and sent[0]["agentid"] == AGENT_ID
    assert "3个小时" in sent[0]["text"]["content"]
    assert wecom_api.token_requests == [{"corpid": CORP_ID, "corpsecret": CORP_SECRET}]
    assert len(slow_llm.chat_requests()) == 1
