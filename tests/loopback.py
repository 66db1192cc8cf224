"""Stand-in HTTP servers on 127.0.0.1, each in a thread of the test process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver listens with a backlog of 5: a burst of new connections (the load benchmark's, python-
    # telegram-bot's pool of 256) overflowed it, and the stand-in reset connections a real API would accept.
    request_queue_size = 1024

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up mid-reply (a poll cancelled at shutdown) is not a test failure."""


@contextmanager
def serve_in_thread(handler: type[BaseHTTPRequestHandler], port: int = 0) -> Iterator[LoopbackServer]:
    server = LoopbackServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that does not print every request and answers with one call."""

    def log_message(self, *args: object) -> None:
        return

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
