"""Channel adapters: one module per channel, each turning a platform update into an Inquiry and an Answer
back into the platform's reply. They ask the engine (through admission control) and never touch Chroma or
LangChain.

A channel module offers a router (or ``mount``) built from the parts it uses: the engine, records, shared
state, its settings. bot/channels.py gives each configured channel those parts; a channel may return a
lifespan (an async context manager factory) for work that must run beside the server, such as Telegram
polling. A new channel is a new module here and its line in bot/channels.py.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

Lifespan = Callable[[], AbstractAsyncContextManager[None]]
