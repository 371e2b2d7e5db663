"""Scale: ``track_doc_codes`` (the party codes each report names, so that a new table of
parties re-assigns only the reports naming its codes), filled here from the stored
meetings and statements; and indexes the queries at 100k reports need.

Revision ID: 0004_scale
Revises: 0003_track
Create Date: 2026-12-01

Frozen: a later change gets a new revision, never an edit here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_scale"
down_revision = "0003_track"
branch_labels = None
depends_on = None

# (column of the item table, item table): the codes ``store.tracked.doc_codes`` reads
SOURCES = (("parties", "meetings"), ("mediators", "meetings"), ("actors", "statements"))


def upgrade() -> None:
    op.create_table(
        "track_doc_codes",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_track_doc_codes_document_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("code", "document_id", name=op.f("pk_track_doc_codes")),
        comment="every party code a report's meetings (parties, mediators) and statements (actors) name: "
                "the reports whose processes a new table of parties can change",
    )
    op.create_index("ix_track_mentions_kind_tracked_id", "track_mentions", ["kind", "tracked_id", "document_id"])
    bind = op.get_bind()
    for column, table in SOURCES:
        if bind.dialect.name == "postgresql":
            op.execute(f"INSERT INTO track_doc_codes (code, document_id) SELECT DISTINCT x, document_id FROM "
                       f"(SELECT document_id, json_array_elements_text({column}) AS x FROM {table} "
                       f"WHERE json_typeof({column}) = 'array') AS c WHERE x <> '' ON CONFLICT DO NOTHING")
        else:
            op.execute(f"INSERT OR IGNORE INTO track_doc_codes (code, document_id) SELECT DISTINCT j.value, "
                       f"t.document_id FROM {table} AS t, json_each(t.{column}) AS j "
                       f"WHERE json_type(t.{column}) = 'array' AND j.value <> ''")


def downgrade() -> None:
    op.drop_index("ix_track_mentions_kind_tracked_id", table_name="track_mentions")
    op.drop_table("track_doc_codes")
