"""Incremental, idempotent ingestion of programme documents and company directories.

A file is identified by its resolved path and versioned by its content hash and reader_version():
unchanged files are skipped, changed files replace all their chunks, directory rows are upserted by id.
Everything for one file is embedded before anything of the old version is touched. A folder is the set
of sources under it: a file deleted from it is removed from the knowledge base on the next ingest of
that folder, so the bot stops citing a document staff took away.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.chunking import Chunk, chunk_document, embedded_texts
from knowledge.directory import DirectoryFile, read_directory
from knowledge.language import detect_language
from knowledge.loaders import DOCUMENT_SUFFIXES, LoadError, iter_files, load_document
from knowledge.relevance import topic_questions
from knowledge.store import make_record
from knowledge.versions import stale_status, superseded_by_name

log = logging.getLogger(__name__)

DIRECTORY_SUFFIXES = frozenset({".csv", ".xlsx"})
SUPPORTED_SUFFIXES = DOCUMENT_SUFFIXES | DIRECTORY_SUFFIXES
PARTIAL_PREFIX = "partial:"  # a directory stored with row errors is re-read next time
# A file is versioned by its bytes and by the code and vocabulary that read it: the first ingest after an upgrade
# that changes how files are read, chunked or labelled reads every file again, so no chunk an older reader made
# is kept (the embedding cache keeps unchanged texts from being embedded twice). A hand-kept version number was
# missed once: a reader change landed after its bump, and knowledge bases ingested in between kept the old chunks.
READER_FILES = ("*.py", "vocab/*.yaml")


def code_fingerprint(root: Path, patterns: Sequence[str] = READER_FILES) -> str:
    """A hash of the files under `root` that match `patterns`, by their names and bytes."""
    digest = hashlib.sha256()
    for path in sorted({p for pattern in patterns for p in root.glob(pattern)}):
        digest.update(f"{path.relative_to(root).as_posix()}\n".encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def reader_version() -> str:
    """knowledge/'s modules and vocabulary files decide every chunk and row ingest stores."""
    return code_fingerprint(Path(__file__).parent)


@dataclass
class FileResult:
    path: Path
    kind: str = "document"
    status: str = "failed"  # added | updated | unchanged | failed | partial | skipped | removed | superseded
    items: int = 0
    language: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status in {"failed", "partial"}


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    embedded: int = 0

    @property
    def failed(self) -> bool:
        return any(r.failed for r in self.results)

    @property
    def changed(self) -> bool:
        return any(r.status in {"added", "updated", "partial", "removed"} for r in self.results)

    def error_lines(self) -> list[str]:
        return [f"{r.path.name}: {e}" for r in self.results for e in r.errors]


@dataclass
class _Prepared:
    result: FileResult
    sha: str
    chunks: list[Chunk] = field(default_factory=list)
    directory: DirectoryFile | None = None

    @property
    def texts(self) -> list[str]:
        if self.directory is not None:
            return [c.document() for c in self.directory.companies]
        return embedded_texts(self.chunks)


Progress = Callable[[int, str], None]


class Ingestor:
    def __init__(self, kb: KnowledgeBase, chunk_chars: int = 800) -> None:
        self.kb = kb
        self.chunk_chars = chunk_chars

    def ingest(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> IngestReport:
        report = IngestReport()
        prepared: list[_Prepared] = []
        files = self._files(paths, report)
        older = self._superseded(files, report)
        for path in files:
            item = self._prepare(path, older.get(path))
            report.results.append(item.result)
            if item.result.status not in {"failed", "unchanged", "skipped", "superseded", "removed"}:
                prepared.append(item)
        total = sum(len(p.texts) for p in prepared)
        if on_total:
            on_total(total)
        before = self.kb.cached_embeddings.misses
        for item in prepared:
            try:
                self._store(item, progress)
            except Exception as exc:  # keep the batch going; the old version stays in force
                log.exception("storing %s failed", item.result.path)
                item.result.status = "failed"
                item.result.errors.append(f"could not store: {type(exc).__name__}: {exc}")
        # The documents' headings and FAQ questions, as queries: what off-topic questions are told apart from.
        # One call for every file, shared out over the cores; a file's few alone would keep one core idle.
        stored = [item for item in prepared if item.result.status != "failed"]
        self.kb.cached_embeddings.embed_queries([q for item in stored for q in topic_questions(item.chunks)])
        report.embedded = self.kb.cached_embeddings.misses - before
        report.results.extend(self._remove_deleted(paths))
        if report.changed:
            self.kb.sweep()
        return report

    def _remove_deleted(self, paths: Sequence[Path]) -> list[FileResult]:
        """The sources ingested from under one of these folders whose file is gone, removed."""
        folders = [p.resolve() for p in paths if p.is_dir()]
        removed: list[FileResult] = []
        for record in self.kb.catalog.sources():
            path = Path(record.path)
            if path.exists() or not any(path.is_relative_to(folder) for folder in folders):
                continue
            self.kb.remove(record)
            log.info("removed %s: its file is no longer in %s", record.name, path.parent)
            removed.append(FileResult(path, kind=record.kind, status="removed", items=record.items))
        return removed

    def _files(self, paths: Sequence[Path], report: IngestReport) -> list[Path]:
        files: list[Path] = []
        for given in paths:
            if not given.exists():
                report.results.append(FileResult(given, status="failed", errors=["no such file or folder"]))
                continue
            for path in iter_files([given]):
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(path.resolve())
                elif given.is_dir():
                    report.results.append(FileResult(path, status="skipped", errors=[]))
                else:
                    report.results.append(
                        FileResult(path, status="failed", errors=[f"unsupported file type '{path.suffix}'"])
                    )
        return list(dict.fromkeys(files))

    def _superseded(self, files: list[Path], report: IngestReport) -> dict[Path, Path]:
        """The files (these, or stored ones beside them) a newer version supersedes, with that version. A stored
        one is removed: once "fees-v2.md" is uploaded, "fees-v1.md" is no longer quoted."""
        stored = {Path(record.path): record for record in self.kb.catalog.sources() if record.kind == "document"}
        documents = [p for p in files if p.suffix.lower() in DOCUMENT_SUFFIXES]
        older = superseded_by_name({*documents, *(p for p in stored if p.exists())})
        for path, newer in older.items():
            if path not in files and (record := stored.get(path)) is not None:
                self.kb.remove(record)
                log.info("removed %s: superseded by %s", record.name, newer.name)
                report.results.append(
                    FileResult(path, status="removed", errors=[f"superseded by {newer.name}: not used in answers"])
                )
        return older

    def _prepare(self, path: Path, newer: Path | None = None) -> _Prepared:
        """`newer`: the version that supersedes this file, if one does."""
        is_directory = path.suffix.lower() in DIRECTORY_SUFFIXES
        result = FileResult(path, kind="directory" if is_directory else "document")
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.errors.append(f"cannot read: {exc.strerror or exc}")
            return _Prepared(result, "")
        sha = hashlib.sha256(f"dosti-reader-{reader_version()}\n".encode() + data).hexdigest()
        previous = self.kb.catalog.source(str(path))
        status = None if is_directory else stale_status(path, data[:4096].decode("utf-8", "replace"))
        if newer is not None or status is not None:
            why = f"superseded by {newer.name}" if newer is not None else f"its front matter says status: {status}"
            result.errors.append(f"{why}: not used in answers")
            result.status = "superseded"
            if previous is not None:  # stored while it was in force
                self.kb.remove(previous)
                result.status = "removed"
            return _Prepared(result, sha)
        if previous is not None and previous.sha256 == sha:
            result.status, result.items, result.language = "unchanged", previous.items, previous.language
            return _Prepared(result, sha)
        result.status = "updated" if previous is not None else "added"
        try:
            if is_directory:
                directory = read_directory(path)
                if not directory.companies:
                    raise LoadError("no valid company rows")
                result.items = len(directory.companies)
                result.language = "en"
                result.errors.extend(f"row {e.row}: {e.reason}" for e in directory.errors)
                if directory.errors:
                    result.status = "partial"
                return _Prepared(result, sha, directory=directory)
            chunks = chunk_document(load_document(path), self.chunk_chars)
        except LoadError as exc:
            result.status = "failed"
            result.errors = [str(exc), *result.errors]
            return _Prepared(result, sha)
        except Exception as exc:  # a parser library's own error: report it, keep the batch going
            log.debug("loading %s failed", path, exc_info=True)
            result.status = "failed"
            result.errors = [f"unreadable: {type(exc).__name__}: {exc}"]
            return _Prepared(result, sha)
        result.items = len(chunks)
        weights = Counter[str]()
        for chunk in chunks:
            weights[chunk.language] += len(chunk.text)
        result.language = weights.most_common(1)[0][0] if weights else detect_language(chunks[0].text)
        return _Prepared(result, sha, chunks=chunks)

    def _store(self, item: _Prepared, progress: Progress | None) -> None:
        texts = item.texts
        batch = 64  # a call per core at a time (embeddings._shares), and the progress bar moves every 64 texts
        for start in range(0, len(texts), batch):
            self.kb.cached_embeddings.embed_documents(texts[start : start + batch])
            if progress:
                progress(len(texts[start : start + batch]), item.result.path.name)
        path = str(item.result.path)
        sha = PARTIAL_PREFIX + item.sha if item.result.status == "partial" else item.sha
        record = make_record(
            path, item.result.path.name, item.result.kind, sha, item.result.language, item.result.items
        )
        if item.directory is not None:
            self.kb.store_companies(record, item.directory.companies)
        else:
            self.kb.store_chunks(record, item.chunks)
