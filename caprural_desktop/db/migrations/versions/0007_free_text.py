"""Free text from forms as TEXT: PostgreSQL refuses what SQLite accepts over a length.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: (table, column, its former length)
COLUMNS = (
    ("person", "first_name", 150),
    ("person", "last_name", 150),
    ("person", "phone", 50),
    ("person", "job_title", 300),
    ("person", "commune", 200),
    ("registration", "organisation_answer", 500),
    ("organisation_alias", "text", 500),
)


def upgrade() -> None:
    _retype(lambda length: sa.String(length=length), lambda _length: sa.Text())


def downgrade() -> None:
    _retype(lambda _length: sa.Text(), lambda length: sa.String(length=length))


def _retype(
    before: Callable[[int], sa.types.TypeEngine], after: Callable[[int], sa.types.TypeEngine]
) -> None:
    """Each column of COLUMNS from its `before` type to its `after` one, a table at a time."""
    for table in dict.fromkeys(table for table, _column, _length in COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, column, length in COLUMNS:
                if name == table:
                    batch_op.alter_column(
                        column,
                        existing_type=before(length),
                        type_=after(length),
                        existing_nullable=False,
                    )
