"""Devices, risk profiles and second factors: device keys, seen networks and hours, TOTP, codes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = 32


def _timestamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("user_id", sa.String(ID), nullable=False),
        sa.Column("public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        _timestamp("created_at"),
        _timestamp("last_seen_at", nullable=True),
        _timestamp("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
    )
    op.create_index("ix_devices_user_id_created_at", "devices", ["user_id", "created_at"])
    op.create_table(
        "risk_prefixes",
        sa.Column("user_id", sa.String(ID), nullable=False),
        sa.Column("prefix", sa.String(64), nullable=False),
        _timestamp("first_seen_at"),
        _timestamp("last_seen_at"),
        sa.PrimaryKeyConstraint("user_id", "prefix", name="pk_risk_prefixes"),
    )
    op.create_table(
        "risk_hours",
        sa.Column("user_id", sa.String(ID), nullable=False),
        sa.Column("hour", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "hour", name="pk_risk_hours"),
    )
    op.create_table(
        "mfa_enrolments",
        sa.Column("user_id", sa.String(ID), nullable=False),
        sa.Column("sealed_secret", sa.Text(), nullable=False),
        _timestamp("created_at"),
        _timestamp("confirmed_at", nullable=True),
        sa.Column("last_step", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("user_id", name="pk_mfa_enrolments"),
    )
    op.create_table(
        "mfa_recovery_codes",
        sa.Column("user_id", sa.String(ID), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        _timestamp("created_at"),
        _timestamp("used_at", nullable=True),
        sa.PrimaryKeyConstraint("user_id", "code_hash", name="pk_mfa_recovery_codes"),
    )


def downgrade() -> None:
    for table in ("mfa_recovery_codes", "mfa_enrolments", "risk_hours", "risk_prefixes"):
        op.drop_table(table)
    op.drop_index("ix_devices_user_id_created_at", table_name="devices")
    op.drop_table("devices")
