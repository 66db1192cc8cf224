"""Short-lived state that every worker process must agree on: message claims, answers in flight,
per-user channel state, rate-limit counters.

Two adapters behind one small port: in process memory (the default, one process) and Redis
(``state.redis_url``, any number of workers). Both give the same four guarantees the channels rely
on: ``claim`` succeeds once per key, ``count`` is one shared counter, values expire, and
``wait_for`` sees a value another worker ``put``. Conversation memory is not here: staff read it in
the console inbox, so it lives with the other records in the database, which workers share too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

POLL_S = 0.02
PING_TIMEOUT_S = 2.0  # /healthz: a Redis that does not answer a ping this fast is reported down


class StateUnavailable(RuntimeError):
    """The shared state store cannot be reached; channels apologise rather than answer twice."""


class SharedState(Protocol):
    async def claim(self, key: str, ttl_s: int) -> bool:
        """True for the first caller (in any worker) until the key expires."""
        ...

    async def count(self, key: str, ttl_s: int) -> int:
        """Add one to a shared counter and return it."""
        ...

    async def arrive(self, key: str, ttl_s: int) -> tuple[bool, int]:
        """A message's delivery, in one round trip: whether it claimed `key:claim` (the first delivery, in any
        worker) and which delivery of the message it is (`key:deliveries`)."""
        ...

    async def put(self, key: str, value: str, ttl_s: int) -> None: ...

    async def get(self, key: str) -> str | None: ...

    async def delete(self, key: str) -> None: ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...


async def wait_for(state: SharedState, key: str, timeout_s: float) -> str | None:
    """The value once some worker has put it, or None after timeout_s."""
    started = time.monotonic()
    deadline = started + timeout_s
    while True:
        value = await state.get(key)
        now = time.monotonic()
        if value is not None or now >= deadline:
            return value
        # Every 50 ms at first; a long wait (a deferred answer) slows to one look a second.
        pause = min(max(POLL_S * 2.5, (now - started) / 20), 1.0)
        await asyncio.sleep(min(pause, deadline - now))


async def allow(state: SharedState, subject: str, per_minute: int, now: float | None = None) -> bool:
    """A per-minute rate limit shared by every worker. A sliding minute, estimated from two fixed one-minute
    windows: the previous window's count weighted by the share of it the last minute still covers. With fixed
    windows alone a burst across a window's edge passed twice the limit (and a test of four messages at a limit
    of three failed whenever they straddled a minute)."""
    window, into = divmod(time.time() if now is None else now, 60)
    current = await state.count(f"rate:{subject}:{int(window)}", ttl_s=120)
    previous = int(await state.get(f"rate:{subject}:{int(window) - 1}") or 0)
    return previous * (1 - into / 60) + current <= per_minute


class MemoryState:
    """One process: dictionaries with expiry times."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[float, str]] = {}
        self._sweep_at = 0.0

    def _live(self, key: str) -> str | None:
        item = self._values.get(key)
        if item is None:
            return None
        if item[0] < time.monotonic():
            del self._values[key]
            return None
        return item[1]

    def _set(self, key: str, value: str, ttl_s: int) -> None:
        now = time.monotonic()
        if now > self._sweep_at:  # drop expired keys now and then, so memory stays flat
            self._values = {k: v for k, v in self._values.items() if v[0] >= now}
            self._sweep_at = now + 60
        self._values[key] = (now + ttl_s, value)

    async def claim(self, key: str, ttl_s: int) -> bool:
        if self._live(key) is not None:
            return False
        self._set(key, "1", ttl_s)
        return True

    async def count(self, key: str, ttl_s: int) -> int:
        current = self._live(key)
        value = int(current) + 1 if current is not None else 1
        expires = self._values[key][0] if current is not None else time.monotonic() + ttl_s
        self._values[key] = (expires, str(value))
        return value

    async def arrive(self, key: str, ttl_s: int) -> tuple[bool, int]:
        return await self.claim(f"{key}:claim", ttl_s), await self.count(f"{key}:deliveries", ttl_s)

    async def put(self, key: str, value: str, ttl_s: int) -> None:
        self._set(key, value, ttl_s)

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def delete(self, key: str) -> None:
        self._values.pop(key, None)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        return None


class RedisState:
    """Any number of processes: redis-py's asyncio client. Every key carries a prefix and a TTL."""

    def __init__(self, url: str, prefix: str = "dosti:") -> None:
        from redis.asyncio import Redis

        # A reachable but slow Redis is waited for: a call given up client-side may still be applied (a claim
        # nobody then answers). The channels bound how long a message waits on it; an unreachable Redis fails
        # at once (connect timeout).
        self.redis = Redis.from_url(url, socket_timeout=30.0, socket_connect_timeout=2.0, decode_responses=True)
        self.prefix = prefix

    async def claim(self, key: str, ttl_s: int) -> bool:
        with _reachable():
            return bool(await self.redis.set(self.prefix + key, "1", nx=True, ex=ttl_s))

    async def count(self, key: str, ttl_s: int) -> int:
        with _reachable():
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(self.prefix + key)
                pipe.expire(self.prefix + key, ttl_s, nx=True)
                value, _ = await pipe.execute()
        return int(value)

    async def arrive(self, key: str, ttl_s: int) -> tuple[bool, int]:
        claim, deliveries = f"{self.prefix}{key}:claim", f"{self.prefix}{key}:deliveries"
        with _reachable():
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.set(claim, "1", nx=True, ex=ttl_s)
                pipe.incr(deliveries)
                pipe.expire(deliveries, ttl_s, nx=True)
                claimed, delivery, _ = await pipe.execute()
        return bool(claimed), int(delivery)

    async def put(self, key: str, value: str, ttl_s: int) -> None:
        with _reachable():
            await self.redis.setex(self.prefix + key, ttl_s, value)

    async def get(self, key: str) -> str | None:
        with _reachable():
            value = await self.redis.get(self.prefix + key)
        return None if value is None else str(value)

    async def delete(self, key: str) -> None:
        with _reachable():
            await self.redis.delete(self.prefix + key)

    async def ping(self) -> bool:
        try:
            with _reachable():
                return bool(await asyncio.wait_for(self.redis.ping(), PING_TIMEOUT_S))
        except (StateUnavailable, TimeoutError):
            return False

    async def close(self) -> None:
        await self.redis.aclose()


@contextmanager
def _reachable() -> Iterator[None]:
    from redis.exceptions import RedisError

    try:
        yield
    except (RedisError, OSError) as exc:
        raise StateUnavailable(f"Redis: {type(exc).__name__}") from None


def build_state(redis_url: str | None) -> SharedState:
    return RedisState(redis_url) if redis_url else MemoryState()
