"""Feeds: the kind of the last fetch error, beside its English message.

Revision ID: 0005
Revises: 0004
Create Date: 2026-01-25

`last_error_kind` is one word of a small fixed vocabulary (see store/error_kinds.py) so
the web page can say the reason in the reader's language. Existing rows keep it NULL: the
page then shows the stored message, and the next fetch of the feed fills it in.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("feeds", sa.Column("last_error_kind", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("last_error_kind")
