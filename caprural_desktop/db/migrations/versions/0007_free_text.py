"""Free text from forms as TEXT: PostgreSQL refuses what SQLite accepts over a length.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

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
    for table in dict.fromkeys(table for table, _column, _length in COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, column, length in COLUMNS:
                if name == table:
                    batch_op.alter_column(
                        column,
                        existing_type=sa.String(length=length),
                        type_=sa.Text(),
                        existing_nullable=False,
                    )


def downgrade() -> None:
    for table in dict.fromkeys(table for table, _column, _length in COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, column, length in COLUMNS:
                if name == table:
                    batch_op.alter_column(
                        column,
                        existing_type=sa.Text(),
                        type_=sa.String(length=length),
                        existing_nullable=False,
                    )
