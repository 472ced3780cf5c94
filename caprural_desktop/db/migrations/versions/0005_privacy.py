"""Personal data: optional consents, anonymisation, and the log of what was done.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CONSENTS = ("consent_photo", "consent_newsletter", "consent_list_sharing")


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        for name in CONSENTS:
            batch_op.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "privacy_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("happened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_event")),
    )


def downgrade() -> None:
    op.drop_table("privacy_event")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        for name in reversed(CONSENTS):
            batch_op.drop_column(name)
