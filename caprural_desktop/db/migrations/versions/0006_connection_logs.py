"""Connection logs of web conferences: evidence, remembered names, marks they prove.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _tool() -> sa.Enum:
    return sa.Enum(
        "zoom",
        "teams",
        "meet",
        "bigbluebutton",
        "webex",
        name="conference_tool",
        native_enum=False,
        create_constraint=True,
        length=20,
    )


def upgrade() -> None:
    op.create_table(
        "connection_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("time_shift", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("undo", JSON, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_connection_import_session_id_training_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connection_import")),
    )
    op.create_index(op.f("ix_connection_import_session_id"), "connection_import", ["session_id"])
    op.create_table(
        "connection_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("connection_import_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("tool", _tool(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("lines", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["connection_import_id"],
            ["connection_import.id"],
            name=op.f("fk_connection_file_connection_import_id_connection_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connection_file")),
    )
    op.create_index(
        op.f("ix_connection_file_connection_import_id"),
        "connection_file",
        ["connection_import_id"],
    )
    op.create_index(op.f("ix_connection_file_sha256"), "connection_file", ["sha256"])
    op.create_table(
        "connection_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("match_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_connection_name_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connection_name")),
        sa.UniqueConstraint("match_key", name=op.f("uq_connection_name_match_key")),
    )
    op.create_index(op.f("ix_connection_name_person_id"), "connection_name", ["person_id"])

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "source",
                sa.Enum(
                    "manual",
                    "log",
                    name="attendance_source",
                    native_enum=False,
                    create_constraint=True,
                    length=20,
                ),
                nullable=False,
                server_default="manual",
            )
        )
        batch_op.add_column(sa.Column("tool", _tool(), nullable=True))
        batch_op.add_column(sa.Column("minutes_low", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("minutes_high", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("connection_import_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attendance_connection_import_id"), ["connection_import_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_attendance_connection_import_id_connection_import"),
            "connection_import",
            ["connection_import_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("attendance_threshold", sa.Integer(), nullable=False, server_default="50")
        )
        batch_op.create_check_constraint(
            "attendance_threshold_percent", "attendance_threshold BETWEEN 1 AND 100"
        )


def downgrade() -> None:
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_constraint("attendance_threshold_percent", type_="check")
        batch_op.drop_column("attendance_threshold")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attendance_connection_import_id_connection_import"),
            type_="foreignkey",
        )
        batch_op.drop_index(batch_op.f("ix_attendance_connection_import_id"))
        # SQLite's copy of the table would keep the enums' checks on dropped columns.
        batch_op.drop_constraint("conference_tool", type_="check")
        batch_op.drop_constraint("attendance_source", type_="check")
        for name in ("connection_import_id", "minutes_high", "minutes_low", "tool", "source"):
            batch_op.drop_column(name)
    op.drop_index(op.f("ix_connection_name_person_id"), table_name="connection_name")
    op.drop_table("connection_name")
    op.drop_index(op.f("ix_connection_file_sha256"), table_name="connection_file")
    op.drop_index(op.f("ix_connection_file_connection_import_id"), table_name="connection_file")
    op.drop_table("connection_file")
    op.drop_index(op.f("ix_connection_import_session_id"), table_name="connection_import")
    op.drop_table("connection_import")
