"""Tables for devices, risk profiles and second factors, on the same base as `store/tables.py`.

User ids are plain columns, not foreign keys, so these stores keep the same contract in memory
and in SQL whatever creates the users; removing a user's rows is the identity layer's call.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bastion.store.tables import ID, Base, UtcDateTime


class DeviceRow(Base):
    """A registered device: its raw Ed25519 public key, never anything secret."""

    __tablename__ = "devices"
    __table_args__ = (Index("ix_devices_user_id_created_at", "user_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(ID))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class RiskPrefixRow(Base):
    """A network prefix a user has authenticated from."""

    __tablename__ = "risk_prefixes"

    user_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())


class RiskHourRow(Base):
    """How many of a user's logins fell in one UTC hour."""

    __tablename__ = "risk_hours"

    user_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    hour: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer())


class MfaEnrolmentRow(Base):
    """A user's TOTP factor: the secret sealed by `FieldCipher`, and the last step used."""

    __tablename__ = "mfa_enrolments"

    user_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    sealed_secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_step: Mapped[int | None] = mapped_column(BigInteger())


class RecoveryCodeRow(Base):
    """The SHA-256 of one recovery code, and when it was used."""

    __tablename__ = "mfa_recovery_codes"

    user_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
