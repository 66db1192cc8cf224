"""Staff accounts, console sessions, failed-login slow-down and the audit log, in SQLite.

Passwords are hashed with argon2 (argon2-cffi). A session is a random token in an httpOnly, SameSite
cookie plus a per-session CSRF token that every console form carries.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from knowledge.store import SQLiteTables

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS staff_sessions (
    token TEXT PRIMARY KEY, name TEXT NOT NULL REFERENCES staff(name) ON DELETE CASCADE,
    csrf TEXT NOT NULL, expires REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (key TEXT PRIMARY KEY, count INTEGER NOT NULL, last REAL NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, name TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
);
"""
SESSION_SECONDS = 8 * 3600
FREE_FAILURES = 3  # failed logins in a row before each further attempt is slowed down
MAX_DELAY_S = 8.0


@dataclass(frozen=True)
class StaffSession:
    name: str
    csrf: str


@dataclass(frozen=True)
class AuditEntry:
    at: float
    name: str
    action: str
    detail: str


class StaffStore(SQLiteTables):
    def __init__(self, path: Path) -> None:
        super().__init__(path, SCHEMA)
        self._hasher = PasswordHasher()

    # -- accounts
    def add(self, name: str, password: str) -> None:
        if not name.strip() or len(password) < 8:
            raise ValueError("a staff name and a password of at least 8 characters are needed")
        self._write(
            "INSERT OR REPLACE INTO staff VALUES (?, ?, ?)", (name.strip(), self._hasher.hash(password), time.time())
        )
        self.audit(name, "staff.add", "account created or password changed")

    def remove(self, name: str) -> bool:
        exists = self._db.execute("SELECT 1 FROM staff WHERE name = ?", (name,)).fetchone() is not None
        self._write("DELETE FROM staff WHERE name = ?", (name,))
        if exists:
            self.audit(name, "staff.remove", "account removed")
        return exists

    def names(self) -> list[str]:
        return [r["name"] for r in self._db.execute("SELECT name FROM staff ORDER BY name")]

    def verify(self, name: str, password: str) -> bool:
        row = self._db.execute("SELECT password_hash FROM staff WHERE name = ?", (name,)).fetchone()
        if row is None:
            return False
        try:
            return bool(self._hasher.verify(row["password_hash"], password))
        except (VerificationError, InvalidHashError):
            return False

    # -- slowing down guessing
    def delay_for(self, key: str) -> float:
        row = self._db.execute("SELECT count FROM login_failures WHERE key = ?", (key,)).fetchone()
        count = int(row["count"]) if row else 0
        return 0.0 if count < FREE_FAILURES else min(MAX_DELAY_S, 0.5 * 2 ** (count - FREE_FAILURES))

    def failed(self, key: str) -> None:
        self._write(
            "INSERT INTO login_failures VALUES (?, 1, ?) ON CONFLICT(key) DO UPDATE SET count = count + 1, last = ?",
            (key, time.time(), time.time()),
        )

    def succeeded(self, key: str) -> None:
        self._write("DELETE FROM login_failures WHERE key = ?", (key,))

    # -- sessions
    def start_session(self, name: str) -> tuple[str, StaffSession]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self._write(
            "INSERT INTO staff_sessions VALUES (?, ?, ?, ?)", (token, name, csrf, time.time() + SESSION_SECONDS)
        )
        self.audit(name, "login", "")
        return token, StaffSession(name, csrf)

    def session(self, token: str | None) -> StaffSession | None:
        if not token:
            return None
        row = self._db.execute(
            "SELECT s.name, s.csrf FROM staff_sessions s JOIN staff USING (name) WHERE token = ? AND expires > ?",
            (token, time.time()),
        ).fetchone()
        return StaffSession(row["name"], row["csrf"]) if row else None

    def end_session(self, token: str, name: str) -> None:
        self._write("DELETE FROM staff_sessions WHERE token = ?", (token,))
        self.audit(name, "logout", "")

    # -- audit
    def audit(self, name: str, action: str, detail: str) -> None:
        self._write(
            "INSERT INTO audit (at, name, action, detail) VALUES (?, ?, ?, ?)", (time.time(), name, action, detail)
        )

    def audits(self, limit: int = 50) -> list[AuditEntry]:
        rows = self._db.execute("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(r["at"], r["name"], r["action"], r["detail"]) for r in rows]
