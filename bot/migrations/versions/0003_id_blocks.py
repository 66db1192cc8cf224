"""Exchange ids handed out in blocks, so an answer's exchange is written after the answer is sent.

A channel needs the exchange's id at once (the 👍/👎 buttons carry it), but the row itself is written
behind the answer, in batches (bot/records.py). Each process takes a block of ids with one statement
and numbers its exchanges from it; the block counter starts after the highest id already used.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "id_blocks",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("next_id", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO id_blocks (name, next_id) SELECT 'exchanges', COALESCE(MAX(id), 0) + 1 FROM exchanges")


def downgrade() -> None:
    op.drop_table("id_blocks")
