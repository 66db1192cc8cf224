"""WeCom (企业微信) self-built app at /wecom: encrypted callbacks, answers passive or by the app message API.

The conversation rules are the Official Account's (handlers/wechat.py): the same 5-second rule and
retries. WeCom callbacks are always encrypted; ``wechatpy.enterprise.crypto.WeChatCrypto`` checks the
msg_signature while it decrypts. Self-built apps may always send messages, so late answers are pushed
through /cgi-bin/message/send.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from wechatpy.enterprise import create_reply, parse_message
from wechatpy.enterprise.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException

from bot.admission import Admission
from bot.config import WeComSettings
from bot.records import Records
from bot.state import SharedState
from handlers.wechat import PushAPI, WeChatConversation


class WeComApp(WeChatConversation):
    channel = "wecom"

    def __init__(
        self,
        settings: WeComSettings,
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
            can_push=True,
            passive_timeout_s=settings.passive_timeout_s,
            platform_wait_s=settings.platform_wait_s,
            menu=settings.menu,
        )
        if settings.token is None or settings.encoding_aes_key is None or not settings.corp_id:
            raise ValueError("wecom needs corp_id, token and encoding_aes_key")
        self.crypto = WeChatCrypto(
            settings.token.get_secret_value(), settings.encoding_aes_key.get_secret_value(), settings.corp_id
        )

    async def verify(self, request: Request) -> Response:
        q = request.query_params
        try:
            echo = self.crypto.check_signature(
                q.get("msg_signature", ""), q.get("timestamp", ""), q.get("nonce", ""), q.get("echostr", "")
            )
        except InvalidSignatureException:
            return Response("forbidden", status_code=403)
        except Exception:  # a forged echostr that does not decrypt
            return Response("bad request", status_code=400)
        return Response(echo, media_type="text/plain")

    async def receive(self, request: Request) -> Response:
        q = request.query_params
        timestamp, nonce = q.get("timestamp", ""), q.get("nonce", "")
        return await self.callback(
            request,
            signature_ok=True,  # decrypt_message checks msg_signature before it decrypts
            decode=lambda body: self.crypto.decrypt_message(body, q.get("msg_signature", ""), timestamp, nonce),
            parse=parse_message,
            render=lambda text, message: create_reply(text, message).render(),
            encode=lambda reply: self.crypto.encrypt_message(reply, nonce, timestamp),
        )


def wecom_router(channel: WeComApp) -> APIRouter:
    router = APIRouter()
    router.add_api_route("/wecom", channel.verify, methods=["GET"], include_in_schema=False)
    router.add_api_route("/wecom", channel.receive, methods=["POST"], include_in_schema=False)
    return router
