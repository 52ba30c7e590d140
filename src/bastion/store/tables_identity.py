"""Tables for users and browser sessions, on the same declarative base as `store/tables.py`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bastion.store.tables import ID, Base, UtcDateTime


class UserRow(Base):
    """A user who logs in with a password: the argon2id hash, never the password."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    # Stored canonical (case-folded), so this constraint is case-insensitive uniqueness.
    login: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[str | None] = mapped_column(String(ID))
    active: Mapped[bool] = mapped_column(Boolean())
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    tokens_valid_after: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SessionRow(Base):
    """A browser session, keyed by the SHA-256 of its cookie value."""

    __tablename__ = "user_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    csrf_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
