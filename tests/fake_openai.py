"""A small OpenAI-compatible server on 127.0.0.1: chat completions and embeddings, as LangChain calls them.

It records what it received, and can be told to answer well, hang, fail or talk nonsense.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

from tests.loopback import QuietHandler, serve_in_thread

DIM = 64


def hashed_vector(text: str) -> list[float]:
    """A deterministic bag-of-words vector: texts sharing words point the same way."""
    vector = np.zeros(DIM, dtype=np.float32)
    for word in re.findall(r"\w+", text.lower()):
        vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
    norm = float(np.linalg.norm(vector)) or 1.0
    return (vector / norm).tolist()


class FakeOpenAI:
    def __init__(self) -> None:
        self.mode = "ok"  # ok | hang | error | garbage | nocite
        self.delay = 3.0  # how long "hang" waits before answering
        self.release = threading.Event()  # set on shutdown: a hanging request ends at once
        self.held = 0  # requests "hang" is holding right now
        self._lock = threading.Lock()
        self.reply = "The answer is in the passages [1]."
        self.same_questions: set[str] = set()  # judged "YES" when asked whether these match a curated one
        self.request: dict[str, Any] = {"wants_companies": False}  # the tool-call arguments for a directory reading
        self.received: list[tuple[str, dict[str, Any], dict[str, str]]] = []
        self.server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                fake.received.append((self.path, payload, dict(self.headers)))
                if self.path.endswith("/embeddings"):
                    inputs = payload["input"] if isinstance(payload["input"], list) else [payload["input"]]
                    data = [
                        {"object": "embedding", "index": i, "embedding": hashed_vector(t)} for i, t in enumerate(inputs)
                    ]
                    body = {
                        "object": "list",
                        "data": data,
                        "model": payload.get("model"),
                        "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    }
                    return self._send(200, json.dumps(body).encode())
                if fake.mode == "hang":
                    fake.hold()
                if fake.mode == "error":
                    return self._send(500, b'{"error": {"message": "upstream exploded", "type": "server_error"}}')
                if fake.mode == "garbage":
                    return self._send(200, b"<html>not json at all", "text/html")
                if payload.get("tools"):  # structured output through tool calling, as with_structured_output sends it
                    return self._send(200, json.dumps(fake.tool_call(payload)).encode())
                content = "I think so." if fake.mode == "nocite" else fake.reply
                prompt = "\n".join(str(m.get("content", "")) for m in payload.get("messages", []))
                asked = re.search(r"Question A: (.*)\n", prompt)
                if asked:  # the curated-answer judge: a yes/no question
                    content = "YES" if asked.group(1) in fake.same_questions else "NO"
                body = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": payload.get("model", "fake"),
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                    ],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
                }
                return self._send(200, json.dumps(body).encode())

        return Handler

    def hold(self) -> None:
        with self._lock:
            self.held += 1
        self.release.wait(self.delay)
        with self._lock:
            self.held -= 1

    def tool_call(self, payload: dict[str, Any]) -> dict[str, Any]:
        name = payload["tools"][0]["function"]["name"]
        call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": json.dumps(self.request)}}
        return {
            "id": "chatcmpl-2",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": payload.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                    "finish_reason": "tool_calls",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
        }

    def chat_requests(self) -> list[dict[str, Any]]:
        """Requests for text (answers, judgements); directory readings are in tool_requests()."""
        return [p for path, p, _ in self.received if path.endswith("/chat/completions") and not p.get("tools")]

    def tool_requests(self) -> list[dict[str, Any]]:
        return [p for path, p, _ in self.received if path.endswith("/chat/completions") and p.get("tools")]


@contextmanager
def running_fake_openai() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI()
    with serve_in_thread(fake.handler()) as server:
        fake.server = server
        try:
            yield fake
        finally:
            fake.release.set()
