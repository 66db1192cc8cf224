"""Real servers on 127.0.0.1 for tests: redis-server, `chroma run`, and `dosti serve` itself.

Each can be stopped and started again on the same port and data, which is how the fault tests take a
store away and bring it back.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import chromadb
import httpx
import pytest

from tests.conftest import free_port

CHROMA = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=Path("/usr/lib/postgresql/15/bin"))
POSTGRES = str(PG_BIN / "postgres")


def needs(binary: str, what: str) -> pytest.MarkDecorator:
    """Skip where the binary is missing, except in CI (`.ci/run` installs it): there it must run."""
    return pytest.mark.skipif(
        not Path(binary).exists() and not os.environ.get("CI"), reason=f"{what} is not installed ({binary})"
    )


def wait_until(ready: Callable[[], bool], proc: subprocess.Popen[bytes] | None, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline or (proc is not None and proc.poll() is not None):
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


class Service:
    """A server process that can be stopped and started again with the same arguments."""

    def __init__(
        self,
        command: list[str],
        ready: Callable[[], bool],
        what: str,
        timeout: float = 60,
        user: str | None = None,
        stop_signal: signal.Signals = signal.SIGTERM,
    ) -> None:
        self.command, self.ready, self.what, self.timeout = command, ready, what, timeout
        self.user, self.stop_signal = user, stop_signal
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, user=self.user, group=self.user
        )
        wait_until(self.ready, self.proc, self.what, self.timeout)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(self.stop_signal)
            stop(self.proc)
            self.proc = None


def _answers(check: Callable[[], object]) -> Callable[[], bool]:
    def ready() -> bool:
        try:
            check()
        except Exception:
            return False
        return True

    return ready


@contextmanager
def redis_server(folder: Path) -> Iterator[tuple[str, Service]]:
    """A throwaway redis-server: no persistence, loopback only. Yields its URL and the service."""
    import redis

    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    command = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    command += ["--dir", str(folder)]
    service = Service(command, _answers(lambda: redis.Redis(port=port, socket_timeout=1).ping()), "redis-server")
    service.start()
    try:
        yield f"redis://127.0.0.1:{port}/0", service
    finally:
        service.stop()


@contextmanager
def chroma_server(folder: Path) -> Iterator[tuple[int, Service]]:
    """`chroma run` on a free port with its data in `folder`. Yields the port and the service."""
    port = free_port()
    command = [CHROMA, "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)]
    service = Service(command, _answers(lambda: chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()), "chroma")
    service.start()
    try:
        yield port, service
    finally:
        service.stop()


@contextmanager
def postgres_server() -> Iterator[tuple[str, Service]]:
    """A throwaway PostgreSQL cluster (initdb, trust auth, loopback only). Yields its URL and the service."""
    import tempfile

    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="dosti-pg-"))  # not under pytest's 0700 folders: postgres must enter
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    initdb = [str(PG_BIN / "initdb"), "-D", str(data), "-U", "dosti", "--auth=trust", "-E", "UTF8", "--no-sync"]
    user = "postgres" if os.geteuid() == 0 else None  # PostgreSQL refuses to run as root (CI runs as root)
    subprocess.run(initdb, check=True, capture_output=True, timeout=120, user=user, group=user)
    port = free_port()
    url = f"postgresql://dosti@127.0.0.1:{port}/postgres"
    command = [POSTGRES, "-D", str(data), "-p", str(port), "-k", str(folder), "-c", "listen_addresses=127.0.0.1"]
    command += ["-c", "fsync=off", "-c", "max_connections=200"]
    ready = _answers(lambda: psycopg.connect(url, connect_timeout=2).close())
    # SIGINT is PostgreSQL's fast shutdown: SIGTERM would wait for the workers' pooled connections to close.
    service = Service(command, ready, "postgres", user=user, stop_signal=signal.SIGINT)
    service.start()
    try:
        yield url, service
    finally:
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Served:
    """A running `dosti serve`: its process and the file its output goes to (a pipe could fill and stall it)."""

    proc: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def dosti_serve(config: Path, port: int, *args: str, timeout: float = 240) -> Iterator[Served]:
    """`dosti serve` in a subprocess, once /healthz answers; stopped (and its output complete) on exit."""
    log_path = config.parent / f"dosti-serve-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(config), "serve", *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "COLUMNS": "200"},
        )
    try:
        wait_until(
            _answers(lambda: httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).raise_for_status()),
            proc,
            "dosti serve",
            timeout,
        )
        yield Served(proc, log_path)
    finally:
        stop(proc)
