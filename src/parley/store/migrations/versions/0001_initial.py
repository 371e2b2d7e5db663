"""Initial schema: documents, records, inputs, and one table per kind of extracted item.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Frozen: a later change of ``db.metadata`` gets a new revision, never an edit here
(a test compares the migrated schema with ``db.metadata``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column(
            "id",
            sa.String(length=64),
            nullable=False,
            comment="sha256 of the cleaned text, first 16 hex digits",
        ),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column(
            "path",
            sa.Text(),
            nullable=True,
            comment="where it was read from: a path, path:line for JSON Lines, <stdin>",
        ),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("agency", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("dateline", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("url", name=op.f("uq_documents_url")),
    )
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "actors",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column(
            "item_id",
            sa.String(length=64),
            nullable=False,
            comment="the id inside the record: a1, m1, s1, q1",
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=True),
        sa.Column("affiliation", sa.String(length=20), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True, comment="[[start, end], ...] into documents.text"),
        sa.Column("evidence_text", sa.Text(), nullable=True, comment="the text at those spans, for reading"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_actors_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "item_id", name=op.f("pk_actors")),
    )
    op.create_index("ix_actors_name", "actors", ["name"])

    op.create_table(
        "inputs",
        sa.Column(
            "key",
            sa.String(length=80),
            nullable=False,
            comment="sha256 of the raw input (file or JSON Lines line)",
        ),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_inputs_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_inputs")),
    )
    op.create_table(
        "meetings",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column(
            "item_id",
            sa.String(length=64),
            nullable=False,
            comment="the id inside the record: a1, m1, s1, q1",
        ),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("date", sa.String(length=40), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=True),
        sa.Column("parties", sa.JSON(), nullable=True),
        sa.Column("mediators", sa.JSON(), nullable=True),
        sa.Column("chairs", sa.JSON(), nullable=True),
        sa.Column("heads", sa.JSON(), nullable=True),
        sa.Column("format", sa.JSON(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True, comment="[[start, end], ...] into documents.text"),
        sa.Column("evidence_text", sa.Text(), nullable=True, comment="the text at those spans, for reading"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_meetings_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "item_id", name=op.f("pk_meetings")),
    )
    op.create_index("ix_meetings_date", "meetings", ["date"])

    op.create_table(
        "quotes",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column(
            "item_id",
            sa.String(length=64),
            nullable=False,
            comment="the id inside the record: a1, m1, s1, q1",
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.String(length=64), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True, comment="[[start, end], ...] into documents.text"),
        sa.Column("evidence_text", sa.Text(), nullable=True, comment="the text at those spans, for reading"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_quotes_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "item_id", name=op.f("pk_quotes")),
    )
    op.create_table(
        "records",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("schema", sa.String(length=40), nullable=False),
        sa.Column("record", sa.Text(), nullable=False, comment="the parley.record/1 JSON, as extracted"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_records_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_records")),
    )
    op.create_table(
        "statements",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column(
            "item_id",
            sa.String(length=64),
            nullable=False,
            comment="the id inside the record: a1, m1, s1, q1",
        ),
        sa.Column("act", sa.String(length=20), nullable=False),
        sa.Column("actors", sa.JSON(), nullable=True),
        sa.Column("issue", sa.String(length=40), nullable=False),
        sa.Column("speaker", sa.String(length=64), nullable=True),
        sa.Column("target", sa.JSON(), nullable=True),
        sa.Column("quantity_value", sa.Float(), nullable=True),
        sa.Column("quantity_low", sa.Float(), nullable=True),
        sa.Column("quantity_high", sa.Float(), nullable=True),
        sa.Column("quantity_unit", sa.Text(), nullable=True),
        sa.Column("quantity_per_party", sa.Boolean(), nullable=True),
        sa.Column("quantity_approximate", sa.Boolean(), nullable=True),
        sa.Column("deadline", sa.String(length=40), nullable=True),
        sa.Column("date", sa.String(length=40), nullable=True),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=True, comment="[[start, end], ...] into documents.text"),
        sa.Column("evidence_text", sa.Text(), nullable=True, comment="the text at those spans, for reading"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_statements_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "item_id", name=op.f("pk_statements")),
    )
    op.create_index("ix_statements_act_issue", "statements", ["act", "issue"])


def downgrade() -> None:
    op.drop_index("ix_statements_act_issue", table_name="statements")

    op.drop_table("statements")
    op.drop_table("records")
    op.drop_table("quotes")
    op.drop_index("ix_meetings_date", table_name="meetings")

    op.drop_table("meetings")
    op.drop_table("inputs")
    op.drop_index("ix_actors_name", table_name="actors")

    op.drop_table("actors")
    op.drop_index("ix_documents_published", table_name="documents")

    op.drop_table("documents")
