"""Staff accounts, console sessions, failed-login slow-down and the audit log (SQLite or database.url).

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
from sqlalchemy import text

from bot import database
from knowledge.database import SQLTables

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


class StaffStore(SQLTables):
    def __init__(self, target: str | Path) -> None:
        database.upgrade(target)
        super().__init__(target)
        self._hasher = PasswordHasher()

    # -- accounts
    def add(self, name: str, password: str) -> None:
        if not name.strip() or len(password) < 8:
            raise ValueError("a staff name and a password of at least 8 characters are needed")
        account = {"name": name.strip(), "hash": self._hasher.hash(password), "at": time.time()}
        with self.transaction() as db:
            db.execute(
                text(
                    "INSERT INTO staff (name, password_hash, created) VALUES (:name, :hash, :at) "
                    "ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash"
                ),
                account,
            )
            db.execute(text("DELETE FROM staff_sessions WHERE name = :name"), account)  # a new password signs out
        self.audit(name, "staff.add", "account created or password changed")

    def remove(self, name: str) -> bool:
        exists = self._write("DELETE FROM staff WHERE name = :name", {"name": name}) > 0
        if exists:
            self.audit(name, "staff.remove", "account removed")
        return exists

    def names(self) -> list[str]:
        return [r["name"] for r in self._rows("SELECT name FROM staff ORDER BY name")]

    def verify(self, name: str, password: str) -> bool:
        row = self._row("SELECT password_hash FROM staff WHERE name = :name", {"name": name})
        if row is None:
            return False
        try:
            return bool(self._hasher.verify(row["password_hash"], password))
        except (VerificationError, InvalidHashError):
            return False

    # -- slowing down guessing
    def delay_for(self, key: str) -> float:
        row = self._row("SELECT count FROM login_failures WHERE key = :key", {"key": key})
        count = int(row["count"]) if row else 0
        return 0.0 if count < FREE_FAILURES else min(MAX_DELAY_S, 0.5 * 2 ** (count - FREE_FAILURES))

    def failed(self, key: str) -> None:
        self._write(
            "INSERT INTO login_failures (key, count, last) VALUES (:key, 1, :at) "
            "ON CONFLICT (key) DO UPDATE SET count = login_failures.count + 1, last = excluded.last",
            {"key": key, "at": time.time()},
        )

    def succeeded(self, key: str) -> None:
        self._write("DELETE FROM login_failures WHERE key = :key", {"key": key})

    # -- sessions
    def start_session(self, name: str) -> tuple[str, StaffSession]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self._write(
            "INSERT INTO staff_sessions (token, name, csrf, expires) VALUES (:token, :name, :csrf, :expires)",
            {"token": token, "name": name, "csrf": csrf, "expires": time.time() + SESSION_SECONDS},
        )
        self.audit(name, "login", "")
        return token, StaffSession(name, csrf)

    def session(self, token: str | None) -> StaffSession | None:
        if not token:
            return None
        row = self._row(
            "SELECT s.name, s.csrf FROM staff_sessions s JOIN staff USING (name) "
            "WHERE token = :token AND expires > :now",
            {"token": token, "now": time.time()},
        )
        return StaffSession(row["name"], row["csrf"]) if row else None

    def end_session(self, token: str, name: str) -> None:
        self._write("DELETE FROM staff_sessions WHERE token = :token", {"token": token})
        self.audit(name, "logout", "")

    # -- audit
    def audit(self, name: str, action: str, detail: str) -> None:
        self._write(
            "INSERT INTO audit (at, name, action, detail) VALUES (:at, :name, :action, :detail)",
            {"at": time.time(), "name": name, "action": action, "detail": detail},
        )

    def audits(self, limit: int = 50) -> list[AuditEntry]:
        rows = self._rows("SELECT * FROM audit ORDER BY id DESC LIMIT :n", {"n": limit})
        return [AuditEntry(r["at"], r["name"], r["action"], r["detail"]) for r in rows]
