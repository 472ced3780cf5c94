"""Attendance: who came to each half-day.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("time_slot_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "absent",
                "excused",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_attendance_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["time_slot_id"],
            ["time_slot.id"],
            name=op.f("fk_attendance_time_slot_id_time_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "registration_id",
            "time_slot_id",
            name=op.f("uq_attendance_registration_id_time_slot_id"),
        ),
    )
    op.create_index(
        op.f("ix_attendance_registration_id"), "attendance", ["registration_id"], unique=False
    )
    op.create_index(
        op.f("ix_attendance_time_slot_id"), "attendance", ["time_slot_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_attendance_time_slot_id"), table_name="attendance")
    op.drop_index(op.f("ix_attendance_registration_id"), table_name="attendance")
    op.drop_table("attendance")
