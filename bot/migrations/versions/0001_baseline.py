"""Baseline: the knowledge catalog, the channels' records and the staff tables.

``if_not_exists`` so that SQLite files made before migrations existed are adopted as they are.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _text(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=nullable)


def _at(name: str = "at") -> sa.Column:
    return sa.Column(name, sa.Float, nullable=False)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, nullable=False, server_default="0")


def upgrade() -> None:
    create = op.create_table
    # -- the knowledge catalog (knowledge/store.py)
    create(
        "sources",
        sa.Column("path", sa.Text, primary_key=True),
        _text("name"),
        _text("kind"),
        _text("sha256"),
        sa.Column("language", sa.Text, nullable=False, server_default=""),
        sa.Column("items", sa.Integer, nullable=False, server_default="0"),
        _at("updated_at"),
        if_not_exists=True,
    )
    create(
        "chunks",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("source_path", sa.Text, sa.ForeignKey("sources.path", ondelete="CASCADE"), nullable=False),
        *(_text(n) for n in ("source", "title", "headings", "text", "language")),
        sa.Column("position", sa.Integer, nullable=False),
        _text("kind"),
        if_not_exists=True,
    )
    op.create_index("chunks_source", "chunks", ["source_path"], if_not_exists=True)
    create(
        "companies",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("source_path", sa.Text, sa.ForeignKey("sources.path", ondelete="CASCADE"), nullable=False),
        _text("data"),
        _at("updated_at"),
        if_not_exists=True,
    )
    op.create_index("companies_source", "companies", ["source_path"], if_not_exists=True)
    create("meta", sa.Column("key", sa.Text, primary_key=True), _text("value"), if_not_exists=True)
    create(
        "curated",
        _id(),
        _text("question"),
        _text("answer"),
        sa.Column("phrasings", sa.Text, nullable=False, server_default="[]"),
        _text("author"),
        _at("updated_at"),
        if_not_exists=True,
    )
    # -- what the channels remember (bot/records.py)
    create("turns", _id(), _text("channel"), _text("user_id"), _text("role"), _text("text"), _at(), if_not_exists=True)
    op.create_index("turns_user", "turns", ["channel", "user_id", "id"], if_not_exists=True)
    create(
        "languages",
        sa.Column("channel", sa.Text, primary_key=True),
        sa.Column("user_id", sa.Text, primary_key=True),
        _text("language"),
        if_not_exists=True,
    )
    create(
        "exchanges",
        _id(),
        *(_text(n) for n in ("channel", "user_id", "chat_id", "question", "answer", "language")),
        sa.Column("abstained", sa.Integer, nullable=False),
        sa.Column("vote", sa.Integer, nullable=True),
        _at(),
        _flag("handled"),
        if_not_exists=True,
    )
    create(
        "leads",
        _id(),
        *(_text(n) for n in ("channel", "user_id", "user_name", "question", "company_id", "company_name")),
        _at(),
        _flag("handled"),
        if_not_exists=True,
    )
    create(
        "handoffs",
        _id(),
        *(_text(n) for n in ("channel", "user_id", "chat_id", "question", "language", "answer")),
        _text("staff_message_id", nullable=True),
        _at(),
        _flag("handled"),
        if_not_exists=True,
    )
    op.create_index("handoffs_staff", "handoffs", ["channel", "staff_message_id"], if_not_exists=True)
    create(
        "relays",
        _id(),
        sa.Column("handoff_id", sa.Integer, nullable=False),
        _text("direction"),
        _text("text"),
        _at(),
        if_not_exists=True,
    )
    # -- staff accounts and the audit log (bot/staff.py)
    create(
        "staff",
        sa.Column("name", sa.Text, primary_key=True),
        _text("password_hash"),
        _at("created"),
        if_not_exists=True,
    )
    create(
        "staff_sessions",
        sa.Column("token", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, sa.ForeignKey("staff.name", ondelete="CASCADE"), nullable=False),
        _text("csrf"),
        _at("expires"),
        if_not_exists=True,
    )
    create(
        "login_failures",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        _at("last"),
        if_not_exists=True,
    )
    create("audit", _id(), _at(), _text("name"), _text("action"), _text("detail"), if_not_exists=True)


def downgrade() -> None:
    for table in (
        "audit", "login_failures", "staff_sessions", "staff", "relays", "handoffs", "leads", "exchanges",
        "languages", "turns", "curated", "meta", "companies", "chunks", "sources",
    ):  # fmt: skip
        op.drop_table(table)
