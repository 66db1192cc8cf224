"""WeChat Official Account channel at /wechat: Chinese firms ask in Chinese, within WeChat's 5 seconds.

WeChat POSTs each user message and waits 5 s for a reply; without one it retries the same message up
to three times (so a message can arrive four times, about 5 s apart). Each message reaches the engine
once (deduplicated by MsgId, events by sender and time); a retry waits for the answer already being
made. Answers ready within ``passive_timeout_s`` go back passively; later ones are pushed through the
customer-service API when the account may push, or held for the user's next message when it may not.

wechatpy does the protocol: ``check_signature``, ``WeChatCrypto`` (safe and compatibility modes),
``parse_message`` and ``create_reply``. xmltodict (pinned) refuses entity declarations, and bodies with
a DOCTYPE are refused before parsing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from fastapi import APIRouter, Request, Response
from wechatpy import create_reply, parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

from bot.admission import Admission
from bot.config import WeChatSettings
from bot.records import Records
from bot.state import SharedState, StateUnavailable, wait_for
from handlers import Lifespan
from knowledge.chunking import split_sentences
from knowledge.models import Answer, Inquiry, Turn

log = logging.getLogger(__name__)

MAX_REPLY_BYTES = 2048  # WeChat truncates passive text replies longer than 2048 bytes of UTF-8
MAX_BODY_BYTES = 64 * 1024  # real messages are a few KB; anything larger is refused with 413
REPLAY_WINDOW_S = 300  # a timestamp further than 5 minutes from now is a replay
DELIVERIES = 4  # the first delivery and WeChat's three retries
MORE = "更多"
FETCH_HELD = "1"
MORE_NOTE = "\n\n（回复“更多”查看后续）"
ANSWER_TTL_S = 120  # a finished answer waits this long for the deliveries and pushes polling for it
DELIVERY_GRACE_S = 0.5  # a passive reply this close to WeChat giving up on the delivery would arrive too late
USER_STATE_TTL_S = 24 * 3600  # 更多 parts, a held answer and the last company list keep for a day
DEFERRED_S = 600  # a message told "the answer will follow" is answered within this, after interactive questions
ANSWER_WAIT_S = 1800  # how long a push or a held answer waits for its answer before apologising
# A message's claims outlive the longest wait for its answer: under load a delivery can be read minutes late,
# and an expired claim would let it answer the message a second time.
MESSAGE_TTL_S = ANSWER_WAIT_S
SHUTDOWN_DRAIN_S = 120  # a clean shutdown waits this long for promised answers to be pushed
WELCOME = (
    "欢迎关注“巴基斯坦ICT人才外包”项目！我可以回答项目流程、活动安排和巴方服务商的问题，例如：\n"
    "1. 中方企业需要付服务费吗？\n2. 伊斯兰堡有哪些做人工智能的公司？\n3. 上海采购方对接日是哪天？"
)
UNSUPPORTED = "暂时只能阅读文字和语音消息。请直接输入您的问题，例如：“拉合尔有哪些做移动应用开发的公司？”"
WORKING = "正在查询，请稍候……答案准备好后会发送给您。"
HELD = "答案还在准备中，请稍后回复「1」获取答案。"
NOTHING_HELD = "暂时没有待取的答案。请直接输入您的问题。"
LEAD_RECORDED = "已记录您对 {name} 的对接请求。项目工作人员将在2个工作日内与您联系，安排首次会议。"
LEAD_UNKNOWN = "请先查询公司，再回复“介绍 序号”，例如“介绍 1”。"
APOLOGY = "抱歉，回答时出现了问题，请稍后再试。"
INTRODUCE = re.compile(r"^\s*介绍\s*(\d{1,2})\s*$")


# ------------------------------------------------------------------ rendering (pure)


def render_text(answer: Answer) -> str:
    """Plain text for WeChat: no Markdown, citations as 【n】, companies as a numbered list."""
    if answer.companies:
        lines = [answer.text.split("\n", 1)[0]]
        for n, card in enumerate(answer.companies[:10], start=1):
            name = f"{card.name_zh}（{card.name}）" if card.name_zh else card.name
            lines.append(f"{n}. {name}｜{card.city}｜{'、'.join(card.services)}｜{card.contact}")
        lines.append("回复“介绍 序号”（如“介绍 1”）请项目方为您对接。")
        return "\n".join(lines)
    return re.sub(r"\[(\d+)\]", r"【\1】", answer.text)


def split_bytes(text: str, limit: int = MAX_REPLY_BYTES) -> list[str]:
    """Parts of at most `limit` UTF-8 bytes, cut at line or sentence ends."""
    parts: list[str] = []
    current = ""
    units: list[str] = []
    for line in text.split("\n"):
        units.extend(split_sentences(line) if len(line.encode()) > limit else [line])
        units[-1:] = [units[-1] + "\n"] if units else []
    for unit in units:
        while len(unit.encode()) > limit:  # one enormous sentence: cut at a character boundary
            cut = unit.encode()[:limit].decode("utf-8", "ignore")
            if current:
                parts.append(current)
                current = ""
            parts.append(cut)
            unit = unit[len(cut) :]
        if len((current + unit).encode()) > limit:
            parts.append(current)
            current = unit
        else:
            current += unit
    if current.strip():
        parts.append(current)
    return [p.strip("\n") for p in parts if p.strip()]


# ------------------------------------------------------------------ the channel


@dataclass
class _UserState:
    """What one WeChat user's next message may refer to; kept in the shared state between messages."""

    more: list[str] = field(default_factory=list)
    held: list[str] | None = None
    companies: list[tuple[str, str]] = field(default_factory=list)  # (id, name) of the last list shown
    last_question: str = ""

    @property
    def empty(self) -> bool:
        """Nothing a next message could refer to (the last question matters only with a company list)."""
        return not self.more and self.held is None and not self.companies

    def dump(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def load(cls, raw: str | None) -> _UserState:
        if raw is None:
            return cls()
        data = json.loads(raw)
        return cls(data["more"], data["held"], [tuple(c) for c in data["companies"]], data["last_question"])


class PushAPI(Protocol):
    def push_text(self, user: str, text: str) -> bool: ...


class WeChatConversation:
    """What the Official Account and WeCom share: one engine call per message, the 5-second rule,
    passive, pushed or held answers, 更多 and 介绍 N. Subclasses speak their callback protocol.

    Every delivery of a message may reach a different worker. The first to ``claim`` the message
    answers it and ``put``s the parts; any delivery waits for them; the one that wins the "delivered"
    claim carries the answer (passively, by push or held for 「1」) and the others say nothing.
    """

    channel = "wechat"

    def __init__(
        self,
        admission: Admission,
        records: Records,
        api: PushAPI | None,
        state: SharedState,
        *,
        can_push: bool,
        passive_timeout_s: float,
        platform_wait_s: float,
        menu: dict[str, str],
    ) -> None:
        self.admission = admission
        self.records = records
        self.api = api
        self.state = state
        self.can_push = can_push and api is not None
        self.passive_timeout_s = passive_timeout_s
        self.platform_wait_s = platform_wait_s
        self.menu = menu
        self._answering: OrderedDict[str, asyncio.Task[None]] = OrderedDict()
        self._background: set[asyncio.Task[Any]] = set()

    # -- the callback pipeline both protocols share
    @staticmethod
    def fresh(timestamp: str) -> bool:
        return timestamp.isdigit() and abs(time.time() - int(timestamp)) <= REPLAY_WINDOW_S

    async def callback(
        self,
        request: Request,
        *,
        signature_ok: bool,
        decode: Callable[[bytes], str],
        parse: Callable[[str], Any],
        render: Callable[[str, Any], str],
        encode: Callable[[str], str],
    ) -> Response:
        """Size, signature, replay and entity checks, then one message in and one reply out."""
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return Response("too large", status_code=413)
        if not signature_ok:
            return Response("forbidden", status_code=403)
        if not self.fresh(request.query_params.get("timestamp", "")):
            log.warning("%s: stale timestamp refused as a replay", self.channel)
            return Response("forbidden", status_code=403)
        if b"<!DOCTYPE" in body.upper() or b"<!ENTITY" in body.upper():
            return Response("bad request", status_code=400)
        try:
            message = parse(decode(body))
        except InvalidSignatureException:
            return Response("forbidden", status_code=403)
        except Exception as exc:  # malformed XML or a wrong AES key (wechatpy raises bare struct errors)
            log.warning("%s: unreadable message body (%s)", self.channel, type(exc).__name__)
            return Response("bad request", status_code=400)
        if message is None:
            return Response("bad request", status_code=400)
        try:
            text = await self.reply_text(message)
        except StateUnavailable as exc:  # without the shared state a retry could be answered twice
            log.error("%s: shared state unavailable (%s)", self.channel, exc)
            text = APOLOGY
        if text is None:
            return Response("success", media_type="text/plain")
        return Response(encode(render(text, message)), media_type="application/xml")

    # -- per-user state, shared by the workers
    def _user_key(self, user: str) -> str:
        return f"{self.channel}:user:{user}"

    async def _user(self, user: str) -> _UserState:
        return _UserState.load(await self.state.get(self._user_key(user)))

    async def _save_user(self, user: str, state: _UserState) -> None:
        """Kept only while it holds something: one-off askers leave no state behind (memory stays flat)."""
        if state.empty:
            await self.state.delete(self._user_key(user))
        else:
            await self.state.put(self._user_key(user), state.dump(), USER_STATE_TTL_S)

    # -- one message in, at most one passive reply text out (None = "success", nothing to show)
    async def reply_text(self, message: Any) -> str | None:
        user = message.source
        kind = message.type
        sent = _sent(message)
        if kind == "event":
            event = getattr(message, "event", "")
            if event == "subscribe":
                return WELCOME
            if event == "click":
                question = self.menu.get(message.key or "")
                if question is None:
                    return None
                return await self._answer_once(f"click:{user}:{message.create_time}", user, question, sent)
            return None
        if kind == "voice":
            recognition = (getattr(message, "recognition", None) or "").strip()
            if not recognition:
                return UNSUPPORTED
            return await self._answer_once(str(message.id), user, recognition, sent)
        if kind != "text":
            return UNSUPPORTED
        content = (message.content or "").strip()
        if content == MORE:
            # The rest of a long answer first; after that the engine answers 更多 with the passages whole.
            part = await self._next_part(user)
            return part if part is not None else await self._answer_once(str(message.id), user, content, sent)
        if content == FETCH_HELD:
            return await self._fetch_held(user)
        intro = INTRODUCE.match(content)
        if intro:
            return await self._lead(user, int(intro.group(1)))
        return await self._answer_once(str(message.id), user, content, sent)

    async def _next_part(self, user: str) -> str | None:
        state = await self._user(user)
        if not state.more:
            return None
        part = state.more.pop(0)
        await self._save_user(user, state)
        return part + (MORE_NOTE if state.more else "")

    async def _fetch_held(self, user: str) -> str:
        state = await self._user(user)
        if state.held is None:
            return NOTHING_HELD
        parts, state.held = state.held, None
        await self._save_user(user, state)
        return await self._first_part(parts, user)

    async def _lead(self, user: str, number: int) -> str:
        state = await self._user(user)
        if not 1 <= number <= len(state.companies):
            return LEAD_UNKNOWN
        company_id, name = state.companies[number - 1]
        self.records.add_lead(self.channel, user, user, state.last_question, company_id, name)
        log.info("%s lead: %s -> %s", self.channel, user, company_id)
        return LEAD_RECORDED.format(name=name)

    async def _answer_once(self, message_key: str, user: str, question: str, sent_at: float | None) -> str | None:
        key = f"{self.channel}:msg:{message_key}"
        arriving = asyncio.ensure_future(self.state.arrive(key, MESSAGE_TTL_S))
        try:
            claimed, delivery = await asyncio.wait_for(asyncio.shield(arriving), self.passive_timeout_s / 2)
        except TimeoutError:
            # A slow store is not a failure: the claim finishes in the background (and answers, if it won), and
            # this delivery goes unanswered on purpose so that WeChat's retry carries the answer.
            log.warning("%s: shared state slow; message %s deferred to WeChat's retry", self.channel, message_key)
            self._spawn(self._answer_if_claimed(arriving, key, user, question))
            await asyncio.sleep(max(0.0, self.platform_wait_s - self.passive_timeout_s / 2) + 0.5)
            return None
        history = await self._history(user) if claimed else ()
        # Nothing awaited from here until the answer holds its place in the queue, so that the messages of a burst
        # see each other: would this answer come within the passive reply's time?
        late = not self.admission.fits(self.passive_timeout_s)
        if claimed:
            self._start_answer(key, user, question, history, DEFERRED_S if late else self.passive_timeout_s)
        if late:  # full: the deferred path at once, instead of after a passive wait that cannot succeed
            return await self._not_ready(key, delivery, user, late=True)
        parts = await self._parts(key, self.passive_timeout_s)
        if parts is None:
            return await self._not_ready(key, delivery, user)
        if not await self.state.claim(f"{key}:delivered", MESSAGE_TTL_S):
            return None  # another delivery of this message already carried the answer
        if self.can_push and self._abandoned(sent_at, delivery):
            # WeChat has stopped waiting for this delivery (read late, under load): a passive reply would be lost.
            self._spawn(self._push_parts(user, parts))
            return None
        return await self._first_part(parts, user)

    def _abandoned(self, sent_at: float | None, delivery: int) -> bool:
        """Whether WeChat gave up on this delivery: the n-th delivery of a message is sent about n-1 platform
        waits after its CreateTime (whole seconds: the earliest it can have been sent is assumed) and given up
        on one platform wait later. Fewer deliveries counted than sent only makes this say so sooner."""
        if sent_at is None:
            return False
        return time.time() > sent_at + delivery * self.platform_wait_s - DELIVERY_GRACE_S

    async def _history(self, user: str) -> tuple[Turn, ...]:
        """The user's recent turns; without them (records unreadable) the question is still answered."""
        try:
            return (await self.records.recall(self.channel, user))[1]
        except Exception:
            log.exception("%s: conversation history unreadable; answering without it", self.channel)
            return ()

    def _start_answer(self, key: str, user: str, question: str, history: tuple[Turn, ...], deadline_s: float) -> None:
        """Joins the admission queue now, before anything else is awaited."""
        inquiry = Inquiry(text=question, channel=self.channel, user_id=user, history=history)
        answering = self.admission.start(inquiry, deadline_s)
        self._answering[key] = asyncio.create_task(self._answer_and_put(key, user, question, answering))
        while len(self._answering) > 1000:  # remember recent messages only
            self._answering.popitem(last=False)

    async def _answer_if_claimed(
        self, arriving: asyncio.Future[tuple[bool, int]], key: str, user: str, question: str
    ) -> None:
        try:
            claimed, _ = await arriving
        except StateUnavailable as exc:  # gone rather than slow: the retry meets the same and apologises
            log.error("%s: shared state unavailable (%s)", self.channel, exc)
            return
        if claimed:  # WeChat's retry, a platform wait from now, waits for it
            history = await self._history(user)
            self._start_answer(key, user, question, history, self.platform_wait_s + self.passive_timeout_s)

    async def _parts(self, key: str, timeout_s: float) -> list[str] | None:
        """The answer's parts once ready (from this worker's task or another worker's), else None."""
        local = self._answering.get(key)
        if local is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(local), timeout=timeout_s)
            timeout_s = 0.0
        raw = await wait_for(self.state, f"{key}:answer", timeout_s)
        return json.loads(raw) if raw is not None else None

    async def _not_ready(self, key: str, delivery: int, user: str, late: bool = False) -> str | None:
        """`late`: the queue is longer than WeChat waits, so unverified accounts hold at once for 「1」."""
        if self.can_push or delivery >= DELIVERIES or late:
            if not await self.state.claim(f"{key}:delivered", MESSAGE_TTL_S):
                return None
            self.admission.defer(self.channel)  # a placeholder now, the answer later
            if self.can_push:
                self._spawn(self._push_when_ready(key, user, ANSWER_WAIT_S))
                return WORKING
            self._spawn(self._hold_when_ready(key, user, ANSWER_WAIT_S))
            return HELD
        # Unverified accounts cannot push: answer late on purpose so that WeChat retries, and let the
        # retry (which waits for the same answer) carry it.
        await asyncio.sleep(max(0.0, self.platform_wait_s - self.passive_timeout_s) + 0.5)
        return None

    async def _first_part(self, parts: list[str], user: str) -> str:
        first, rest = parts[0], parts[1:]
        if rest and self.can_push:
            self._spawn(self._push_parts(user, rest))
            return first
        state = await self._user(user)
        state.more = rest
        await self._save_user(user, state)
        return first + (MORE_NOTE if rest else "")

    async def _answer_and_put(self, key: str, user: str, question: str, answering: asyncio.Task[Answer]) -> None:
        try:
            parts = await self._make_answer(user, question, answering)
        except Exception:
            log.exception("%s: answering failed", self.channel)
            parts = [APOLOGY]
        await self.state.put(f"{key}:answer", json.dumps(parts, ensure_ascii=False), ANSWER_TTL_S)

    async def _make_answer(self, user: str, question: str, answering: asyncio.Task[Answer]) -> list[str]:
        answer = await answering
        state = await self._user(user)
        state.last_question = question
        if answer.companies:
            state.companies = [(c.id, c.name_zh or c.name) for c in answer.companies[:10]]
        await self._save_user(user, state)
        self.records.add_exchange(self.channel, user, user, question, answer.text, answer.language, answer.abstained)
        self.records.add_turns(self.channel, user, Turn("user", question), Turn("assistant", answer.text))
        if answer.abstained:
            self.records.add_handoff(self.channel, user, user, question, answer.language, answer.text)
        # Room for the "reply 更多" note, so a part with the note still fits in one reply.
        return split_bytes(render_text(answer), MAX_REPLY_BYTES - len(MORE_NOTE.encode()))

    async def _push_when_ready(self, key: str, user: str, wait_s: float) -> None:
        parts = await self._parts(key, wait_s) or [APOLOGY]
        await self._push_parts(user, parts)

    async def _push_parts(self, user: str, parts: list[str]) -> None:
        assert self.api is not None
        for part in parts:
            await asyncio.to_thread(self.api.push_text, user, part)

    async def _hold_when_ready(self, key: str, user: str, wait_s: float) -> None:
        parts = await self._parts(key, wait_s) or [APOLOGY]
        state = await self._user(user)
        state.held = parts
        await self._save_user(user, state)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def drain(self) -> None:
        """Wait for pushes still in flight (tests, shutdown)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    def lifespan(self) -> Lifespan:
        """On a clean shutdown, answers promised to users ("the answer will follow") are still pushed, for up to
        SHUTDOWN_DRAIN_S; any left after that are named in the log."""

        @contextlib.asynccontextmanager
        async def draining() -> AsyncIterator[None]:
            yield
            try:
                await asyncio.wait_for(self.drain(), SHUTDOWN_DRAIN_S)
            except TimeoutError:
                log.error("%s: shutting down with %d answers still to push", self.channel, len(self._background))

        return draining


def _sent(message: Any) -> float | None:
    """When WeChat sent the message's first delivery (its CreateTime), if it says."""
    created = getattr(message, "create_time", None)
    return created.timestamp() if created is not None and hasattr(created, "timestamp") else None


class WeChatOfficialAccount(WeChatConversation):
    """The Official Account callback at /wechat: plaintext, safe and compatibility modes."""

    channel = "wechat"

    def __init__(
        self,
        settings: WeChatSettings,
        admission: Admission,
        records: Records,
        api: PushAPI | None,
        state: SharedState,
    ) -> None:
        super().__init__(
            admission,
            records,
            api,
            state,
            can_push=settings.can_push,
            passive_timeout_s=settings.passive_timeout_s,
            platform_wait_s=settings.platform_wait_s,
            menu=settings.menu,
        )
        self.settings = settings
        self.crypto = (
            WeChatCrypto(
                settings.token.get_secret_value(), settings.encoding_aes_key.get_secret_value(), settings.app_id
            )
            if settings.token and settings.encoding_aes_key and settings.app_id
            else None
        )

    @property
    def token(self) -> str:
        return self.settings.token.get_secret_value() if self.settings.token else ""

    # -- checks before anything is parsed
    def signed(self, signature: str, timestamp: str, nonce: str) -> bool:
        try:
            check_signature(self.token, signature, timestamp, nonce)
        except InvalidSignatureException:
            return False
        return True

    # -- HTTP entry points
    async def verify(self, request: Request) -> Response:
        q = request.query_params
        if not self.signed(q.get("signature", ""), q.get("timestamp", ""), q.get("nonce", "")):
            return Response("forbidden", status_code=403)
        return Response(q.get("echostr", ""), media_type="text/plain")

    async def receive(self, request: Request) -> Response:
        q = request.query_params
        timestamp, nonce = q.get("timestamp", ""), q.get("nonce", "")
        crypto = self.crypto if q.get("encrypt_type", "raw") == "aes" else None

        def decode(body: bytes) -> str:
            if q.get("encrypt_type", "raw") == "aes" and crypto is None:
                raise ValueError("safe mode without encoding_aes_key")
            return (
                crypto.decrypt_message(body, q.get("msg_signature", ""), timestamp, nonce) if crypto else body.decode()
            )

        def encode(reply: str) -> str:
            return crypto.encrypt_message(reply, nonce, timestamp) if crypto else reply

        return await self.callback(
            request,
            signature_ok=self.signed(q.get("signature", ""), timestamp, nonce),
            decode=decode,
            parse=parse_message,
            render=lambda text, message: create_reply(text, message).render(),
            encode=encode,
        )


def wechat_router(channel: WeChatOfficialAccount) -> APIRouter:
    router = APIRouter()
    router.add_api_route("/wechat", channel.verify, methods=["GET"], include_in_schema=False)
    router.add_api_route("/wechat", channel.receive, methods=["POST"], include_in_schema=False)
    return router
