"""Tables for refresh tokens and the token revocation list, on the base of `store/tables.py`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bastion.store.tables import Base, UtcDateTime

HASH = 64  # SHA-256, hex
FAMILY = 64
SUBJECT = 128  # user ids as they appear in `sub`
ISSUER = 255
JTI = 64


class RefreshTokenRow(Base):
    """One refresh token, by the SHA-256 of its value; used and revoked times drive reuse."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(FAMILY), index=True)
    user_id: Mapped[str] = mapped_column(String(SUBJECT), index=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class RevokedTokenRow(Base):
    """An access token refused before its expiry, keyed on (issuer, jti)."""

    __tablename__ = "revoked_tokens"

    issuer: Mapped[str] = mapped_column(String(ISSUER), primary_key=True)
    jti: Mapped[str] = mapped_column(String(JTI), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class RevokedFamilyRow(Base):
    """A refresh family whose access tokens are refused."""

    __tablename__ = "revoked_token_families"

    family_id: Mapped[str] = mapped_column(String(FAMILY), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class UserTokenCutoffRow(Base):
    """A user's "sign out everywhere": tokens issued before `cutoff_at` are refused."""

    __tablename__ = "user_token_cutoffs"

    user_id: Mapped[str] = mapped_column(String(SUBJECT), primary_key=True)
    cutoff_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
