"""Positions counted when written: ``track_positions.history_total`` (statements in its
history) and ``sources_total`` (distinct reports telling them), so that a page of
positions reads neither the whole history nor its mentions (seconds at 100k reports).
Filled here from the stored history and mentions.

Revision ID: 0005_positions
Revises: 0004_scale
Create Date: 2026-12-01

Frozen: a later change gets a new revision, never an edit here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_positions"
down_revision = "0004_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("track_positions", sa.Column("history_total", sa.Integer(), nullable=True,
                                               comment="how many statements its history holds"))
    op.add_column("track_positions", sa.Column("sources_total", sa.Integer(), nullable=True,
                                               comment="how many distinct reports tell its history"))
    op.execute("UPDATE track_positions SET history_total = (SELECT count(*) FROM track_position_history AS h "
               "WHERE h.position_id = track_positions.id)")
    op.execute("UPDATE track_positions SET sources_total = (SELECT count(DISTINCT m.document_id) "
               "FROM track_position_history AS h JOIN track_mentions AS m "
               "ON m.kind = 'statement' AND m.tracked_id = h.statement_id "
               "WHERE h.position_id = track_positions.id)")


def downgrade() -> None:
    with op.batch_alter_table("track_positions") as batch:
        batch.drop_column("sources_total")
        batch.drop_column("history_total")
