"""The shared state's rate limit, in one process and on a real Redis server."""

from __future__ import annotations

from pathlib import Path

from bot.state import MemoryState, RedisState, SharedState, allow
from tests.services import REDIS_SERVER, needs, redis_server

EDGE = 60.0 * 29_000_000  # a minute's start


async def _burst_across_a_minute(state: SharedState) -> list[bool]:
    """Four messages at a limit of three: two just before a minute starts, two just after."""
    return [await allow(state, "chat-21", 3, now=EDGE + offset) for offset in (-2.0, -1.0, 1.0, 2.0)]


async def test_a_burst_across_a_minutes_edge_is_limited_in_one_process() -> None:
    """Fixed one-minute windows let all four through (two in each window); the sliding estimate does not."""
    state = MemoryState()
    assert await _burst_across_a_minute(state) == [True, True, True, False]
    # Half a minute into the next window, the burst's window counts half: the same chat may send again.
    assert await allow(state, "chat-21", 3, now=EDGE + 90.0)


@needs(REDIS_SERVER, "redis-server")
async def test_a_burst_across_a_minutes_edge_is_limited_on_redis(tmp_path: Path) -> None:
    with redis_server(tmp_path / "redis") as (url, _):
        state = RedisState(url)
        try:
            assert await _burst_across_a_minute(state) == [True, True, True, False]
        finally:
            await state.close()
