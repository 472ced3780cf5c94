"""Member organisations, their aliases, dues, payments, the dues scale and shared settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

KINDS = (
    "commune",
    "intercommunality",
    "association",
    "pays_gal",
    "regional_park",
    "chamber",
    "state_service",
    "individual",
    "other",
)
METHODS = ("transfer", "cheque", "administrative_order", "cash")


def _kind() -> sa.Enum:
    return sa.Enum(
        *KINDS, name="organisation_kind", native_enum=False, create_constraint=True, length=20
    )


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.execute(
        sa.text("UPDATE organisation SET kind = 'other' WHERE kind NOT IN :kinds").bindparams(
            sa.bindparam("kinds", KINDS, expanding=True)
        )
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.alter_column(
            "kind", existing_type=sa.String(length=50), type_=_kind(), existing_nullable=False
        )
        for name, column_type in (
            ("department", sa.String(length=100)),
            ("address", sa.Text()),
            ("contact_name", sa.String(length=200)),
            ("contact_email", sa.String(length=320)),
            ("contact_phone", sa.String(length=50)),
            ("match_key", sa.Text()),
        ):
            batch_op.add_column(sa.Column(name, column_type, nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_organisation_match_key"), ["match_key"], unique=False)

    op.create_table(
        "organisation_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("match_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_alias_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_alias")),
        sa.UniqueConstraint("match_key", name=op.f("uq_organisation_alias_match_key")),
    )
    op.create_index(
        op.f("ix_organisation_alias_organisation_id"),
        "organisation_alias",
        ["organisation_id"],
        unique=False,
    )

    op.create_table(
        "due",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("called_cents", sa.Integer(), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("waived", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_versioned(),
        sa.CheckConstraint("called_cents >= 0", name=op.f("ck_due_called_not_negative")),
        sa.CheckConstraint("paid_cents >= 0", name=op.f("ck_due_paid_not_negative")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_due_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due")),
        sa.UniqueConstraint("organisation_id", "year", name=op.f("uq_due_organisation_id_year")),
    )
    op.create_index(op.f("ix_due_organisation_id"), "due", ["organisation_id"], unique=False)
    op.create_index(op.f("ix_due_year"), "due", ["year"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("due_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                *METHODS,
                name="payment_method",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_payment_amount_positive")),
        sa.ForeignKeyConstraint(
            ["due_id"], ["due.id"], name=op.f("fk_payment_due_id_due"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    op.create_index(op.f("ix_payment_due_id"), "payment", ["due_id"], unique=False)

    op.create_table(
        "dues_rate",
        sa.Column("kind", _kind(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_dues_rate")),
    )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_table("dues_rate")
    op.drop_index(op.f("ix_payment_due_id"), table_name="payment")
    op.drop_table("payment")
    op.drop_index(op.f("ix_due_year"), table_name="due")
    op.drop_index(op.f("ix_due_organisation_id"), table_name="due")
    op.drop_table("due")
    op.drop_index(op.f("ix_organisation_alias_organisation_id"), table_name="organisation_alias")
    op.drop_table("organisation_alias")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_match_key"))
        for name in (
            "match_key",
            "contact_phone",
            "contact_email",
            "contact_name",
            "address",
            "department",
        ):
            batch_op.drop_column(name)
        batch_op.alter_column(
            "kind", existing_type=_kind(), type_=sa.String(length=50), existing_nullable=False
        )
