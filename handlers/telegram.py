"""Telegram channel (python-telegram-bot v22): Pakistani firms ask in English, Urdu or Roman Urdu.

Built the way the library's own examples build bots: one ``build_application()`` that wires small
async handlers. A handler turns an update into an ``Inquiry``, calls the engine's one entry point and
renders the ``Answer`` as HTML. It never touches the knowledge base's storage: staff uploads go through
the ``KnowledgeDesk`` port.

Edited messages are ignored: the original was already answered, and answering an edit again would send
a second, possibly contradictory reply under the first.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import httpx
from fastapi import FastAPI, Request, Response
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageLimit, ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.admission import Admission
from bot.config import TelegramSettings
from bot.records import Records
from bot.state import SharedState, allow
from handlers import Lifespan
from handlers.phrases import phrase
from knowledge.chunking import split_sentences
from knowledge.engine import AnswerEngine
from knowledge.language import detect_language
from knowledge.models import Answer, Inquiry, Turn

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH  # 4096: Telegram refuses longer messages
# A send whose connection could not be opened never reached Telegram: httpx tries it again (after 0, 0.5 and
# 1 s). A send that failed after its request went out is not retried: Telegram may have delivered it.
CONNECT_RETRIES = 3
POOL_SIZE = 256  # python-telegram-bot's default connection pool
BUSY_ANSWER_S = 300  # told "busy, answering in a moment": answered within this, after interactive questions
LANGUAGE_CHOICES = (("English", "en"), ("اردو", "ur"), ("中文", "zh"), ("Roman Urdu", "ur-Latn"))
ASKS_FOR_PERSON = re.compile(
    r"\b(talk|speak|chat)\s+(to|with)\s+(a\s+)?(human|person|someone|staff|agent)\b|\breal\s+person\b"
    # 人工 alone means "a human agent", but 人工智能 is AI: only its agent phrasings count.
    r"|转人工|人工客服|人工服务|找人工|\A\s*人工\s*[。！!？?]*\s*\Z|真人|客服人员|工作人员联系"
    r"|انسان\s*سے|عملے\s*سے\s*بات|\bstaff\s+se\s+baat\b|\binsaan\s+se\b",
    re.IGNORECASE,
)
COMMANDS = [
    ("start", "What I can answer · میں کیا بتا سکتا ہوں"),
    ("help", "Examples of questions · سوالات کی مثالیں"),
    ("lang", "Reply language · جواب کی زبان"),
    ("companies", "Search the company directory · کمپنیوں کی تلاش"),
    ("contact", "Talk to programme staff · عملے سے بات"),
    ("feedback", "Send feedback · رائے دیں"),
]


class KnowledgeDesk(Protocol):
    """What staff may do to the knowledge base from a chat; answers are short staff-facing texts."""

    def ingest_upload(self, path: Path) -> tuple[bool, str]: ...

    def list_sources(self) -> str: ...

    def remove_source(self, name: str) -> tuple[bool, str]: ...


# ------------------------------------------------------------------ rendering (pure, testable)


def render_html(answer: Answer) -> list[str]:
    """The answer as Telegram HTML messages of at most 4096 characters, never splitting a tag.

    Every line is escaped on its own and wrapped in complete tags, then lines are packed into
    messages; a line too long for one message is cut at sentence ends first.
    """
    lines = answer.text.split("\n")
    fragments: list[str] = []
    for i, line in enumerate(lines):
        for piece in _fit(line, MAX_MESSAGE - 200):
            escaped = html.escape(piece, quote=False)
            is_heading = len(lines) > 1 and (i == 0 or (line.rstrip().endswith(":") and len(line) < 60))
            fragments.append(f"<b>{escaped}</b>" if is_heading and escaped else escaped)
    return pack(fragments, MAX_MESSAGE)


def _fit(line: str, limit: int) -> list[str]:
    if len(html.escape(line, quote=False)) <= limit:
        return [line]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(line) or [line]:
        while len(html.escape(sentence, quote=False)) > limit:  # one enormous sentence: hard cut
            cut = limit // 6
            pieces.append(sentence[:cut])
            sentence = sentence[cut:]
        candidate = f"{current} {sentence}".strip()
        if current and len(html.escape(candidate, quote=False)) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def pack(fragments: Sequence[str], limit: int) -> list[str]:
    """Join complete HTML fragments with newlines into as few messages as fit, preferring paragraph breaks."""
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for fragment in fragments:
        extra = len(fragment) + (1 if current else 0)
        if current and size + extra > limit:
            messages.append("\n".join(current).strip("\n"))
            current, size = [], 0
            extra = len(fragment)
        current.append(fragment)
        size += extra
    if current:
        messages.append("\n".join(current).strip("\n"))
    return [m for m in messages if m.strip()]


def answer_keyboard(answer: Answer, exchange_id: int, lang: str) -> InlineKeyboardMarkup:
    rows = [
        [
            InlineKeyboardButton(
                phrase("request_intro", lang, company=c.name[:40]), callback_data=f"lead:{exchange_id}:{c.id}"
            )
        ]
        for c in answer.companies[:5]
    ]
    rows.append(
        [
            InlineKeyboardButton("👍", callback_data=f"vote:{exchange_id}:1"),
            InlineKeyboardButton("👎", callback_data=f"vote:{exchange_id}:-1"),
        ]
    )
    return InlineKeyboardMarkup(rows)


# ------------------------------------------------------------------ the bot


@dataclass
class TelegramBot:
    settings: TelegramSettings
    engine: AnswerEngine
    admission: Admission
    records: Records
    desk: KnowledgeDesk
    state: SharedState
    told_busy: int = field(default=0, init=False)  # questions told "busy" that are still waiting for their answer

    # -- helpers
    def _lang(self, update: Update, text: str = "") -> str:
        user = update.effective_user
        return self._language(update, text, self.records.language(CHANNEL, str(user.id)) if user else None)

    @staticmethod
    def _language(update: Update, text: str, chosen: str | None) -> str:
        """The language chosen with /lang, else the message's, else the user's Telegram client's."""
        user = update.effective_user
        if chosen:
            return chosen
        if text.strip():
            return detect_language(text)
        code = (user.language_code or "") if user else ""
        return {"zh": "zh", "ur": "ur"}.get(code.split("-")[0], "en")

    def _is_staff(self, update: Update) -> bool:
        user = update.effective_user
        return bool(user and user.id in self.settings.staff_user_ids)

    def _in_staff_chat(self, update: Update) -> bool:
        chat = update.effective_chat
        return bool(chat and self.settings.staff_chat_id is not None and chat.id == self.settings.staff_chat_id)

    @staticmethod
    async def _reply(message: Message, text: str) -> None:
        await message.reply_text(html.escape(text, quote=False), parse_mode=ParseMode.HTML)

    # -- commands
    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update.effective_message, phrase("welcome", self._lang(update)))

    async def language_menu(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        buttons = [[InlineKeyboardButton(label, callback_data=f"lang:{code}")] for label, code in LANGUAGE_CHOICES]
        buttons.append([InlineKeyboardButton("Auto", callback_data="lang:auto")])
        await update.effective_message.reply_text(
            phrase("choose_language", self._lang(update)), reply_markup=InlineKeyboardMarkup(buttons)
        )

    async def companies(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = " ".join(context.args or [])
        if not query:
            await self._reply(update.effective_message, phrase("companies_usage", self._lang(update)))
            return
        await self._answer(update, context, f"companies {query}", shown_question=query)

    async def contact(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        question = " ".join(context.args or []) or next(
            (t.text for t in reversed(self.records.recent_turns(CHANNEL, str(user.id))) if t.role == "user"),
            "(/contact)",
        )
        lang = self._lang(update, question)
        await self._hand_off(update, context, question, lang, "")

    async def feedback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text = " ".join(context.args or [])
        lang = self._lang(update, text)
        if not text:
            await self._reply(update.effective_message, phrase("feedback_usage", lang))
            return
        user = update.effective_user
        chat = update.effective_chat
        self.records.add_exchange(CHANNEL, str(user.id), str(chat.id), f"/feedback {text}", "", lang, False)
        if self.settings.staff_chat_id is not None:
            await context.bot.send_message(
                self.settings.staff_chat_id, f"📝 Feedback from {user.full_name} ({user.id}):\n{text}"
            )
        await self._reply(update.effective_message, phrase("feedback_thanks", lang))

    # -- staff commands
    async def kb_list(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._staff_only(update):
            return
        await self._reply(update.effective_message, self.desk.list_sources())

    async def kb_remove(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._staff_only(update):
            return
        name = " ".join(context.args or [])
        _, text = self.desk.remove_source(name) if name else (False, "Usage: /remove SOURCE (see /kb)")
        await self._reply(update.effective_message, text)

    async def unanswered(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self._staff_only(update):
            return
        items = self.records.unanswered(limit=15)
        lines = [f"#{e.id} [{e.language}] {e.question}" for e in items] or ["No unanswered questions."]
        await self._reply(update.effective_message, "\n".join(lines))

    async def _staff_only(self, update: Update) -> bool:
        if self._is_staff(update):
            return True
        await self._reply(update.effective_message, phrase("not_allowed", self._lang(update)))
        return False

    # -- messages
    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if self._in_staff_chat(update):
            await self._relay_staff_reply(update, context)
            return
        text = message.text or ""
        if update.effective_chat.type != ChatType.PRIVATE:
            text = self._addressed_text(message, context.bot.username)
            if text is None:
                return
        await self._answer(update, context, text)

    def _backlog_full(self) -> bool:
        """As many users already told "busy" as it may keep waiting."""
        return self.told_busy >= self.settings.busy_backlog

    async def _turn_away(self, message: Message, lang: str) -> None:
        self.admission.reject(CHANNEL)
        await self._reply(message, phrase("busy_later", lang))

    @staticmethod
    def _addressed_text(message: Message, username: str) -> str | None:
        """In groups: the text without the mention when the bot is mentioned or replied to, else None."""
        text = message.text or ""
        mention = f"@{username}"
        replied = (
            message.reply_to_message is not None
            and message.reply_to_message.from_user is not None
            and (message.reply_to_message.from_user.username == username)
        )
        if mention.lower() in text.lower():
            return re.sub(re.escape(mention), "", text, flags=re.IGNORECASE).strip()
        return text if replied else None

    async def _answer(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, shown_question: str | None = None
    ) -> None:
        message = update.effective_message
        user, chat = update.effective_user, update.effective_chat
        user_id = str(user.id)
        if self._backlog_full() and not self.admission.fits(self.settings.busy_after_s):
            # Shed before the stores are read: past the backlog nothing is answered anyway.
            await self._turn_away(message, self._language(update, shown_question or text, None))
            return
        # One read of the records (off the event loop): the language chosen with /lang and the last turns.
        chosen, history = await self.records.recall(CHANNEL, user_id)
        lang = self._language(update, shown_question or text, chosen)
        if len(text) > self.settings.max_message_chars:
            await self._reply(
                message, phrase("too_long", lang, length=len(text), limit=self.settings.max_message_chars)
            )
            return
        if not await allow(self.state, f"{CHANNEL}:{user_id}", self.settings.rate_limit_per_minute):
            await self._reply(message, phrase("rate_limited", lang))
            return
        if ASKS_FOR_PERSON.search(text):
            await self._hand_off(update, context, text, lang, "")
            return
        inquiry = Inquiry(text=text, channel=CHANNEL, user_id=user_id, language=chosen, history=history)
        busy = not self.admission.fits(self.settings.busy_after_s)
        if busy and self._backlog_full():
            await self._turn_away(message, lang)
            return
        # In the queue before anything is awaited; told "busy", it waits behind those still waiting on a reply.
        answering = self.admission.start(inquiry, BUSY_ANSWER_S if busy else self.settings.busy_after_s)
        self.told_busy += busy
        try:
            if busy:  # the answer follows once, when its turn comes
                self.admission.defer(CHANNEL)
                await self._reply(message, phrase("busy_answering", lang))
            else:
                await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
            answer = await answering
        finally:
            self.told_busy -= busy
        question = shown_question or text
        exchange_id = self.records.add_exchange(
            CHANNEL, user_id, str(chat.id), question, answer.text, answer.language, answer.abstained
        )
        self.records.add_turns(CHANNEL, user_id, Turn("user", question), Turn("assistant", answer.text))
        parts = render_html(answer)
        for i, part in enumerate(parts):
            markup = answer_keyboard(answer, exchange_id, answer.language) if i == len(parts) - 1 else None
            await message.reply_text(part, parse_mode=ParseMode.HTML, reply_markup=markup)
        if answer.abstained:
            await self._hand_off(update, context, question, answer.language, answer.text)

    async def _hand_off(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, lang: str, bot_answer: str
    ) -> None:
        user, chat = update.effective_user, update.effective_chat
        handoff_id = self.records.add_handoff(CHANNEL, str(user.id), str(chat.id), question, lang, bot_answer)
        if self.settings.staff_chat_id is not None:
            note = (
                f"🙋 Hand-off #{handoff_id} from {user.full_name} (id {user.id}, language {lang})\n"
                f"Question: {question}\nBot answer: {bot_answer or '(none: the user asked for a person)'}\n"
                "Reply to this message to answer the user."
            )
            sent = await context.bot.send_message(self.settings.staff_chat_id, note[:MAX_MESSAGE])
            self.records.set_staff_message(handoff_id, str(sent.message_id))
            self.records.log_relay(handoff_id, "to_staff", question)
        log.info("hand-off #%s from telegram user %s", handoff_id, user.id)
        await self._reply(update.effective_message, phrase("handoff_started", lang))

    async def _relay_staff_reply(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        original = message.reply_to_message
        if original is None or not message.text:
            return
        handoff = self.records.handoff_for_staff_message(CHANNEL, str(original.message_id))
        if handoff is None:
            return
        label = phrase("staff_reply", handoff.language)
        await context.bot.send_message(
            int(handoff.chat_id),
            f"<b>{html.escape(label)}:</b> {html.escape(message.text, quote=False)}",
            parse_mode=ParseMode.HTML,
        )
        self.records.log_relay(handoff.id, "to_user", message.text)
        log.info("staff reply relayed for hand-off #%s", handoff.id)

    async def document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if not self._is_staff(update):
            await self._reply(message, phrase("not_allowed", self._lang(update)))
            return
        document = message.document
        name = Path(document.file_name or f"{document.file_unique_id}.bin").name
        telegram_file = await context.bot.get_file(document.file_id)
        data = bytes(await telegram_file.download_as_bytearray())
        ok, summary = await asyncio.to_thread(self.desk.store_upload, name, data)
        log.info("staff upload %s by %s: %s", name, update.effective_user.id, "ok" if ok else "failed")
        await self._reply(message, summary)

    async def media(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._reply(update.effective_message, phrase("text_only", self._lang(update)))

    # -- buttons
    async def button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        kind, _, rest = (query.data or "").partition(":")
        user = update.effective_user
        if kind == "lang":
            code = None if rest == "auto" else rest
            self.records.set_language(CHANNEL, str(user.id), code)
            await query.answer()
            await query.edit_message_text(phrase("language_auto" if code is None else "language_set", code or "en"))
            return
        exchange_id_text, _, value = rest.partition(":")
        exchange = self.records.exchange(int(exchange_id_text)) if exchange_id_text.isdigit() else None
        if exchange is None:
            await query.answer()
            return
        if kind == "vote":
            self.records.vote(exchange.id, 1 if value == "1" else -1)
            await query.answer(phrase("vote_thanks", exchange.language))
        elif kind == "lead":
            name = self.engine.company_name(value) or value
            self.records.add_lead(CHANNEL, str(user.id), user.full_name, exchange.question, value, name)
            if self.settings.staff_chat_id is not None:
                await context.bot.send_message(
                    self.settings.staff_chat_id,
                    f"🤝 Introduction request: {user.full_name} (id {user.id}) → {name} ({value})\n"
                    f"Question: {exchange.question}",
                )
            await query.answer()
            await context.bot.send_message(
                query.message.chat.id, phrase("lead_recorded", exchange.language, company=name)
            )

    async def error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("failed to handle update %s", update_id, exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            text = update.effective_message.text if update.effective_message else ""
            await context.bot.send_message(update.effective_chat.id, phrase("apology", self._lang(update, text or "")))


async def _post_init(application: Application) -> None:
    await application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])


def build_application(
    settings: TelegramSettings,
    engine: AnswerEngine,
    admission: Admission,
    records: Records,
    desk: KnowledgeDesk,
    state: SharedState,
) -> Application:
    """The one place the Telegram Application is built and its handlers added."""
    if settings.token is None:
        raise ValueError("telegram.token is not set")
    # The transport httpx builds by default, with connect retries; given a transport, httpx takes its limits there.
    transport = httpx.AsyncHTTPTransport(retries=CONNECT_RETRIES, limits=httpx.Limits(max_connections=POOL_SIZE))
    builder: ApplicationBuilder = (
        Application.builder()
        .token(settings.token.get_secret_value())
        .request(HTTPXRequest(httpx_kwargs={"transport": transport}))
        .concurrent_updates(True)
        .post_init(_post_init)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    application = builder.build()
    bot = TelegramBot(settings, engine, admission, records, desk, state)
    new = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler(["start", "help"], bot.start, filters=new))
    application.add_handler(CommandHandler("lang", bot.language_menu, filters=new))
    application.add_handler(CommandHandler("companies", bot.companies, filters=new))
    application.add_handler(CommandHandler("contact", bot.contact, filters=new))
    application.add_handler(CommandHandler("feedback", bot.feedback, filters=new))
    application.add_handler(CommandHandler("kb", bot.kb_list, filters=new))
    application.add_handler(CommandHandler("remove", bot.kb_remove, filters=new))
    application.add_handler(CommandHandler("unanswered", bot.unanswered, filters=new))
    application.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, bot.text))
    application.add_handler(MessageHandler(new & filters.Document.ALL, bot.document))
    application.add_handler(
        MessageHandler(
            new & (filters.PHOTO | filters.Sticker.ALL | filters.VOICE | filters.AUDIO | filters.VIDEO), bot.media
        )
    )
    application.add_handler(CallbackQueryHandler(bot.button))
    application.add_error_handler(bot.error)
    return application


TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def mount(api: FastAPI, application: Application, settings: TelegramSettings) -> Lifespan:
    """The webhook route (webhook mode) and a lifespan that runs the Application beside the server.

    As python-telegram-bot's customwebhookbot example does with Starlette: the route checks the secret
    header and puts the update on the Application's queue.
    """
    if settings.mode == "webhook":
        expected = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None

        @api.post("/telegram", include_in_schema=False)
        async def telegram_webhook(request: Request) -> Response:
            if expected is None or request.headers.get(TELEGRAM_SECRET_HEADER) != expected:
                return Response("forbidden", status_code=403)
            try:
                update = Update.de_json(await request.json(), application.bot)
            except ValueError:
                return Response("bad request", status_code=400)
            await application.update_queue.put(update)
            return Response("ok")

    @asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        async with application:
            await application.post_init(application)  # type: ignore[misc]  # run_polling() would call it
            await application.start()
            if settings.mode == "webhook":
                await application.bot.set_webhook(
                    url=settings.webhook_url or "",
                    secret_token=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
                    allowed_updates=["message", "callback_query", "edited_message"],
                )
            else:
                await application.updater.start_polling()  # type: ignore[union-attr]
            try:
                yield
            finally:
                if application.updater is not None and application.updater.running:
                    await application.updater.stop()
                await application.stop()

    return lifespan
