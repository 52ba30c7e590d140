"""Tokens: refresh tokens by hash and family, and the access-token revocation list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _timestamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "refresh_tokens",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("family_id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(128), nullable=False),
        _timestamp("issued_at"),
        _timestamp("expires_at"),
        _timestamp("used_at", nullable=True),
        _timestamp("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name="pk_refresh_tokens"),
    )
    op.create_index("ix_refresh_tokens_family_id", "refresh_tokens", ["family_id"])
    op.create_index("ix_refresh_tokens_user_id", "refresh_tokens", ["user_id"])
    op.create_index("ix_refresh_tokens_expires_at", "refresh_tokens", ["expires_at"])
    op.create_table(
        "revoked_tokens",
        sa.Column("issuer", sa.String(255), nullable=False),
        sa.Column("jti", sa.String(64), nullable=False),
        _timestamp("expires_at"),
        sa.PrimaryKeyConstraint("issuer", "jti", name="pk_revoked_tokens"),
    )
    op.create_index("ix_revoked_tokens_expires_at", "revoked_tokens", ["expires_at"])
    op.create_table(
        "revoked_token_families",
        sa.Column("family_id", sa.String(64), nullable=False),
        _timestamp("expires_at"),
        sa.PrimaryKeyConstraint("family_id", name="pk_revoked_token_families"),
    )
    op.create_index(
        "ix_revoked_token_families_expires_at", "revoked_token_families", ["expires_at"]
    )
    op.create_table(
        "user_token_cutoffs",
        sa.Column("user_id", sa.String(128), nullable=False),
        _timestamp("cutoff_at"),
        _timestamp("expires_at"),
        sa.PrimaryKeyConstraint("user_id", name="pk_user_token_cutoffs"),
    )
    op.create_index("ix_user_token_cutoffs_expires_at", "user_token_cutoffs", ["expires_at"])


def downgrade() -> None:
    for table in ("user_token_cutoffs", "revoked_token_families", "revoked_tokens"):
        op.drop_index(f"ix_{table}_expires_at", table_name=table)
        op.drop_table(table)
    for column in ("expires_at", "user_id", "family_id"):
        op.drop_index(f"ix_refresh_tokens_{column}", table_name="refresh_tokens")
    op.drop_table("refresh_tokens")
