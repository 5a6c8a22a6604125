"""The kind and sensitivity filters read their page in name order from an index.

Revision ID: 0014_kind_sensitivity_order
Revises: 0013_search_no_pending
Create Date: 2026-12-04

Choosing "person" in the stakeholder list's kind filter asks for "the first 100 people,
by name". Category and country have had ``(column, name, id, deleted_at)`` indexes since
0007, so their pages are cut from the index; kind had none and sensitivity only
``(sensitivity)``. Python's SQLite (3.40) answered the kind page by walking the name index
and skipping organisations (0.3 ms at 100 000 stakeholders), but the SQLite that the
SQLCipher driver ships (3.51, every encrypted workspace) scans the whole table and sorts
60 000 people: 17 ms warm and 80 ms the first time, as every page is decrypted. A
confidential page sorted every confidential row on both (10 ms). With these indexes both
SQLites read exactly the page (and the text-plus-kind walk runs on the index alone).
"""

from __future__ import annotations

from alembic import op

revision = "0014_kind_sensitivity_order"
down_revision = "0013_search_no_pending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_stakeholder_kind", "stakeholder", ["kind", "name", "id", "deleted_at"])
    op.drop_index("ix_stakeholder_sensitivity", table_name="stakeholder")
    op.create_index(
        "ix_stakeholder_sensitivity", "stakeholder", ["sensitivity", "name", "id", "deleted_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_stakeholder_sensitivity", table_name="stakeholder")
    op.create_index("ix_stakeholder_sensitivity", "stakeholder", ["sensitivity"])
    op.drop_index("ix_stakeholder_kind", table_name="stakeholder")
