"""`dosti backup` and `dosti restore` for the default layout: SQLite files and uploads in data_dir.

What is saved is what cannot be rebuilt: the catalog (documents' chunks, directory rows, curated
answers), the records (conversations, feedback, leads, hand-offs, staff accounts, the audit log), the
embedding cache and the uploaded files. Vectors are derived data: a restore gives every catalog row its
vector again from the restored cache, so it copies rather than re-embeds and works for embedded Chroma
and a Chroma server alike. SQLite's online backup API takes each file consistently while the server
runs. With database.url set, PostgreSQL is backed up with its own tools (docs/operations.md).
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import tarfile
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bot import database

if TYPE_CHECKING:
    from bot.config import Settings

DATABASES = ("catalog.sqlite3", "records.sqlite3", "embedding-cache.sqlite3")
UPLOADS = "uploads"
MANIFEST = "manifest.json"
FORMAT = 1


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why and what to do."""


def _sqlite_only(settings: Settings) -> None:
    if settings.database.url is not None:
        raise BackupError(
            "database.url is set: back up PostgreSQL with pg_dump and data_dir/uploads with your file backups "
            "(see docs/operations.md); `dosti backup` covers the SQLite layout"
        )


def backup(settings: Settings, destination: Path) -> dict[str, object]:
    """Write a .tar.gz of the data_dir's SQLite files (consistent snapshots) and uploads; its manifest."""
    _sqlite_only(settings)
    data = settings.data_path
    if not (data / "catalog.sqlite3").exists():
        raise BackupError(f"no knowledge base in {data} to back up")
    manifest: dict[str, object] = {
        "format": FORMAT,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "schema": database.head(),
        "files": [],
    }
    partial = destination.with_name(f".{destination.name}.part")
    with tempfile.TemporaryDirectory() as folder, tarfile.open(partial, "w:gz") as archive:
        for name in DATABASES:
            if not (data / name).exists():
                continue
            snapshot = Path(folder) / name
            with sqlite3.connect(data / name) as source, sqlite3.connect(snapshot) as target:
                source.backup(target)
            archive.add(snapshot, arcname=name)
            manifest["files"].append(name)  # type: ignore[attr-defined]
        if (data / UPLOADS).is_dir():
            archive.add(data / UPLOADS, arcname=UPLOADS)
        body = json.dumps(manifest, indent=1).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(body)
        archive.addfile(info, io.BytesIO(body))
    partial.replace(destination)  # a backup file is whole or absent
    return manifest


def restore(settings: Settings, source: Path, force: bool = False) -> dict[str, object]:
    """Put a backup's files into data_dir (refusing to overwrite a knowledge base unless forced)."""
    _sqlite_only(settings)
    data = settings.data_path
    if (data / "catalog.sqlite3").exists() and not force:
        raise BackupError(f"{data} already holds a knowledge base: restore into an empty data_dir, or pass --force")
    try:
        with tarfile.open(source, "r:gz") as archive, tempfile.TemporaryDirectory() as folder:
            archive.extractall(folder, filter="data")  # no absolute paths, no "..", no devices or links out
            staged = Path(folder)
            manifest = json.loads((staged / MANIFEST).read_text(encoding="utf-8"))
            if manifest.get("format") != FORMAT or "catalog.sqlite3" not in manifest.get("files", []):
                raise BackupError(f"{source.name} is not a Dosti backup this version can read")
            data.mkdir(parents=True, exist_ok=True)
            for name in DATABASES:
                for stale in (data / name, data / f"{name}-wal", data / f"{name}-shm"):
                    stale.unlink(missing_ok=True)
                if (staged / name).exists():
                    shutil.move(staged / name, data / name)
            shutil.rmtree(data / "chroma", ignore_errors=True)  # embedded vectors are rebuilt from the catalog
            if (staged / UPLOADS).is_dir():
                shutil.rmtree(data / UPLOADS, ignore_errors=True)
                shutil.move(staged / UPLOADS, data / UPLOADS)
    except (tarfile.TarError, OSError, json.JSONDecodeError, KeyError) as exc:
        raise BackupError(f"cannot read {source.name}: {type(exc).__name__}: {exc}") from None
    return manifest
