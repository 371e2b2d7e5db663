"""The tracker's merge in the store: processes, people, meetings, statements, positions
with their history, commitments with their steps, conflicts, and the links from every
extracted item to what it was merged into (see ``parley.store.tracked``).

Revision ID: 0003_track
Revises: 0002_search
Create Date: 2026-12-01

The tables start empty and every stored document is marked pending, so the first
command after this migration merges the whole store (a retrack).

Frozen: a later change of the tracked tables gets a new revision, never an edit here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_track"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "track_commitment_steps",
        sa.Column("commitment_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False, comment="step, restated or breach"),
        sa.Column("statement_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "commitment_id", "kind", "statement_id", name=op.f("pk_track_commitment_steps")
        ),
    )
    op.create_table(
        "track_commitments",
        sa.Column("id", sa.String(length=200), nullable=False, comment="the statement that made it"),
        sa.Column("process", sa.String(length=200), nullable=True),
        sa.Column("issue", sa.String(length=40), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("done", sa.Float(), nullable=True),
        sa.Column("per_party", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_commitments")),
    )
    op.create_index("ix_track_commitments_date", "track_commitments", ["date"], unique=False)
    op.create_index(
        "ix_track_commitments_process_issue", "track_commitments", ["process", "issue"], unique=False
    )
    op.create_table(
        "track_conflicts",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("tracked_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("cited", sa.JSON(), nullable=False, comment="[{value, sources: [doc ids]}, ...]"),
        sa.PrimaryKeyConstraint("kind", "tracked_id", "field", name=op.f("pk_track_conflicts")),
    )
    op.create_table(
        "track_meetings",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("block", sa.Text(), nullable=False),
        sa.Column("process", sa.String(length=200), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("parties", sa.JSON(), nullable=True),
        sa.Column("mediators", sa.JSON(), nullable=True),
        sa.Column("format", sa.JSON(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("heads", sa.JSON(), nullable=True),
        sa.Column("chairs", sa.JSON(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True, comment="the first sentence that tells it"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_meetings")),
    )
    op.create_index("ix_track_meetings_block", "track_meetings", ["block"], unique=False)
    op.create_index("ix_track_meetings_date", "track_meetings", ["date"], unique=False)
    op.create_index("ix_track_meetings_process_date", "track_meetings", ["process", "date"], unique=False)
    op.create_table(
        "track_parties",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("tracked_id", sa.String(length=200), nullable=False),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("kind", "tracked_id", "party", name=op.f("pk_track_parties")),
    )
    op.create_index("ix_track_parties_party_kind", "track_parties", ["party", "kind"], unique=False)
    op.create_table(
        "track_people",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("block", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("names", sa.JSON(), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=True),
        sa.Column("affiliation", sa.String(length=20), nullable=True),
        sa.Column(
            "sources",
            sa.JSON(),
            nullable=True,
            comment="[[doc_id, url, path, title, outlet, published], ...]",
        ),
        sa.Column("n_sources", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_people")),
    )
    op.create_index("ix_track_people_block", "track_people", ["block"], unique=False)
    op.create_index("ix_track_people_name", "track_people", ["name"], unique=False)
    op.create_table(
        "track_position_history",
        sa.Column("position_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("position_id", "seq", name=op.f("pk_track_position_history")),
    )
    op.create_table(
        "track_positions",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("process", sa.String(length=200), nullable=True),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("issue", sa.String(length=40), nullable=False),
        sa.Column("act", sa.String(length=20), nullable=False, comment="the latest act"),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("statement_id", sa.String(length=200), nullable=False, comment="the latest statement"),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("codes", sa.JSON(), nullable=True, comment="every party its statements name"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_positions")),
    )
    op.create_index("ix_track_positions_party", "track_positions", ["party"], unique=False)
    op.create_index("ix_track_positions_process_issue", "track_positions", ["process", "issue"], unique=False)
    op.create_table(
        "track_processes",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sides", sa.JSON(), nullable=False),
        sa.Column("mediators", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_processes")),
    )
    op.create_table(
        "track_registry",
        sa.Column(
            "entry", sa.String(length=500), nullable=False, comment="m|parties|mediators or s|parties|"
        ),
        sa.PrimaryKeyConstraint("entry", name=op.f("pk_track_registry")),
    )
    op.create_table(
        "track_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_track_state")),
    )
    op.create_table(
        "track_statements",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("block", sa.Text(), nullable=False),
        sa.Column("process", sa.String(length=200), nullable=True),
        sa.Column("act", sa.String(length=20), nullable=False),
        sa.Column("issue", sa.String(length=40), nullable=False),
        sa.Column("actors", sa.JSON(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("quantity", sa.JSON(), nullable=True),
        sa.Column("deadline", sa.String(length=40), nullable=True),
        sa.Column("speakers", sa.JSON(), nullable=True),
        sa.Column("targets", sa.JSON(), nullable=True),
        sa.Column("dated", sa.Boolean(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True, comment="the first sentence that tells it"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_statements")),
    )
    op.create_index("ix_track_statements_block", "track_statements", ["block"], unique=False)
    op.create_index("ix_track_statements_date", "track_statements", ["date"], unique=False)
    op.create_index(
        "ix_track_statements_process_issue", "track_statements", ["process", "issue"], unique=False
    )
    op.create_table(
        "track_mentions",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False, comment="actor, meeting or statement"),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("base_block", sa.Text(), nullable=False, comment="the block the item alone gives"),
        sa.Column("block", sa.Text(), nullable=False, comment="the block it is merged in"),
        sa.Column("place_key", sa.Text(), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column(
            "tracked_id",
            sa.String(length=200),
            nullable=True,
            comment="the tracked item it is a source of (NULL: not one)",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_track_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "kind", "item_id", name=op.f("pk_track_mentions")),
    )
    op.create_index("ix_track_mentions_kind_block", "track_mentions", ["kind", "block"], unique=False)
    op.create_index(
        "ix_track_mentions_kind_place_day", "track_mentions", ["kind", "place_key", "day"], unique=False
    )
    op.create_index("ix_track_mentions_tracked_id", "track_mentions", ["tracked_id"], unique=False)
    op.create_table(
        "track_pending",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_track_pending_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_track_pending")),
    )

    # every stored document waits to be merged: the next command builds the tables
    op.execute("INSERT INTO track_pending (document_id) SELECT id FROM documents")


def downgrade() -> None:
    op.drop_table("track_pending")
    op.drop_index("ix_track_mentions_tracked_id", table_name="track_mentions")
    op.drop_index("ix_track_mentions_kind_place_day", table_name="track_mentions")
    op.drop_index("ix_track_mentions_kind_block", table_name="track_mentions")
    op.drop_table("track_mentions")
    op.drop_index("ix_track_statements_process_issue", table_name="track_statements")
    op.drop_index("ix_track_statements_date", table_name="track_statements")
    op.drop_index("ix_track_statements_block", table_name="track_statements")
    op.drop_table("track_statements")
    op.drop_table("track_state")
    op.drop_table("track_registry")
    op.drop_table("track_processes")
    op.drop_index("ix_track_positions_process_issue", table_name="track_positions")
    op.drop_index("ix_track_positions_party", table_name="track_positions")
    op.drop_table("track_positions")
    op.drop_table("track_position_history")
    op.drop_index("ix_track_people_name", table_name="track_people")
    op.drop_index("ix_track_people_block", table_name="track_people")
    op.drop_table("track_people")
    op.drop_index("ix_track_parties_party_kind", table_name="track_parties")
    op.drop_table("track_parties")
    op.drop_index("ix_track_meetings_process_date", table_name="track_meetings")
    op.drop_index("ix_track_meetings_date", table_name="track_meetings")
    op.drop_index("ix_track_meetings_block", table_name="track_meetings")
    op.drop_table("track_meetings")
    op.drop_table("track_conflicts")
    op.drop_index("ix_track_commitments_process_issue", table_name="track_commitments")
    op.drop_index("ix_track_commitments_date", table_name="track_commitments")
    op.drop_table("track_commitments")
    op.drop_table("track_commitment_steps")
