"""Devices, risk profiles and second factors in SQL, on the engine `SqlStore` already uses.

Every single-use rule (a TOTP step, a recovery code, a revocation) is one conditional UPDATE
with RETURNING, so two instances racing on the same code cannot both win. Driver failures leave
as `StoreError`, as in `sql.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bastion.access.devices import DeviceRecord
from bastion.access.mfa import MfaEnrolment
from bastion.access.risk import HOURS, RiskProfile
from bastion.store.tables_devices import (
    DeviceRow,
    MfaEnrolmentRow,
    RecoveryCodeRow,
    RiskHourRow,
    RiskPrefixRow,
)
from bastion.store.timestamps import to_utc
from bastion.store.transactions import transaction

MAX_PREFIXES = 200
"""Known prefixes read per user, most recent first: bounds the profile a request loads."""


class SqlDeviceStore:
    """`DeviceStore`, `RiskProfileStore` and `MfaStore` in a database migrated by `upgrade()`."""

    def __init__(self, *, engine: AsyncEngine) -> None:
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert

    def _transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        return transaction(self._sessions)

    # -- devices ---------------------------------------------------------------------------

    async def add_device(self, record: DeviceRecord) -> None:
        """Store a new device; an id already in use is a StoreError."""
        row = DeviceRow(
            id=record.id,
            user_id=record.user_id,
            public_key=record.public_key,
            name=record.name,
            created_at=to_utc(record.created_at),
            last_seen_at=record.last_seen_at,
            revoked_at=record.revoked_at,
        )
        async with self._transaction() as session:
            session.add(row)

    async def get_device(self, device_id: str) -> DeviceRecord | None:
        async with self._transaction() as session:
            row = await session.get(DeviceRow, device_id)
            return None if row is None else _device(row)

    async def list_devices(self, user_id: str) -> list[DeviceRecord]:
        """The user's devices, revoked ones included, oldest first."""
        query = (
            select(DeviceRow)
            .where(DeviceRow.user_id == user_id)
            .order_by(DeviceRow.created_at, DeviceRow.id)
        )
        async with self._transaction() as session:
            return [_device(r) for r in await session.scalars(query)]

    async def revoke_device(self, device_id: str, *, at: datetime) -> bool:
        """Mark the device revoked; False when it does not exist or was already revoked."""
        query = (
            update(DeviceRow)
            .where(DeviceRow.id == device_id, DeviceRow.revoked_at.is_(None))
            .values(revoked_at=to_utc(at))
            .returning(DeviceRow.id)
        )
        async with self._transaction() as session:
            return await session.scalar(query) is not None

    async def touch_device(self, device_id: str, *, at: datetime) -> None:
        query = update(DeviceRow).where(DeviceRow.id == device_id).values(last_seen_at=to_utc(at))
        async with self._transaction() as session:
            await session.execute(query)

    # -- risk profiles ---------------------------------------------------------------------

    async def get_risk_profile(self, user_id: str) -> RiskProfile:
        prefixes = (
            select(RiskPrefixRow.prefix)
            .where(RiskPrefixRow.user_id == user_id)
            .order_by(RiskPrefixRow.last_seen_at.desc())
            .limit(MAX_PREFIXES)
        )
        hours = select(RiskHourRow.hour, RiskHourRow.count).where(RiskHourRow.user_id == user_id)
        async with self._transaction() as session:
            known = frozenset(await session.scalars(prefixes))
            counts = [0] * HOURS
            for hour, count in await session.execute(hours):
                if 0 <= hour < HOURS:
                    counts[hour] = count
        return RiskProfile(user_id=user_id, prefixes=known, hours=tuple(counts))

    async def record_sighting(
        self, user_id: str, *, prefix: str | None, hour: int, at: datetime
    ) -> None:
        if not 0 <= hour < HOURS:
            raise ValueError("hour must be within [0, 24)")
        moment = to_utc(at)
        # Upserts, so concurrent logins add up instead of one overwriting the other.
        count_hour = self._insert(RiskHourRow).values(user_id=user_id, hour=hour, count=1)
        count_hour = count_hour.on_conflict_do_update(
            index_elements=[RiskHourRow.user_id, RiskHourRow.hour],
            set_={"count": RiskHourRow.count + 1},
        )
        async with self._transaction() as session:
            await session.execute(count_hour)
            if prefix is not None:
                add_prefix = self._insert(RiskPrefixRow).values(
                    user_id=user_id, prefix=prefix, first_seen_at=moment, last_seen_at=moment
                )
                add_prefix = add_prefix.on_conflict_do_update(
                    index_elements=[RiskPrefixRow.user_id, RiskPrefixRow.prefix],
                    set_={"last_seen_at": add_prefix.excluded.last_seen_at},
                )
                await session.execute(add_prefix)

    # -- second factor ---------------------------------------------------------------------

    async def put_enrolment(self, enrolment: MfaEnrolment) -> None:
        row = MfaEnrolmentRow(
            user_id=enrolment.user_id,
            sealed_secret=enrolment.sealed_secret,
            created_at=to_utc(enrolment.created_at),
            confirmed_at=enrolment.confirmed_at,
            last_step=enrolment.last_step,
        )
        async with self._transaction() as session:
            await session.execute(
                delete(RecoveryCodeRow).where(RecoveryCodeRow.user_id == enrolment.user_id)
            )
            await session.merge(row)

    async def get_enrolment(self, user_id: str) -> MfaEnrolment | None:
        async with self._transaction() as session:
            row = await session.get(MfaEnrolmentRow, user_id)
            if row is None:
                return None
            return MfaEnrolment(
                user_id=row.user_id,
                sealed_secret=row.sealed_secret,
                created_at=row.created_at,
                confirmed_at=row.confirmed_at,
                last_step=row.last_step,
            )

    async def confirm_enrolment(self, user_id: str, *, at: datetime) -> bool:
        query = (
            update(MfaEnrolmentRow)
            .where(MfaEnrolmentRow.user_id == user_id, MfaEnrolmentRow.confirmed_at.is_(None))
            .values(confirmed_at=to_utc(at))
            .returning(MfaEnrolmentRow.user_id)
        )
        async with self._transaction() as session:
            return await session.scalar(query) is not None

    async def claim_step(self, user_id: str, step: int) -> bool:
        query = (
            update(MfaEnrolmentRow)
            .where(
                MfaEnrolmentRow.user_id == user_id,
                or_(MfaEnrolmentRow.last_step.is_(None), MfaEnrolmentRow.last_step < step),
            )
            .values(last_step=step)
            .returning(MfaEnrolmentRow.user_id)
        )
        async with self._transaction() as session:
            return await session.scalar(query) is not None

    async def delete_enrolment(self, user_id: str) -> bool:
        query = (
            delete(MfaEnrolmentRow)
            .where(MfaEnrolmentRow.user_id == user_id)
            .returning(MfaEnrolmentRow.user_id)
        )
        async with self._transaction() as session:
            await session.execute(delete(RecoveryCodeRow).where(RecoveryCodeRow.user_id == user_id))
            return await session.scalar(query) is not None

    async def replace_recovery_codes(
        self, user_id: str, code_hashes: Sequence[str], *, at: datetime
    ) -> None:
        moment = to_utc(at)
        async with self._transaction() as session:
            await session.execute(delete(RecoveryCodeRow).where(RecoveryCodeRow.user_id == user_id))
            session.add_all(
                RecoveryCodeRow(user_id=user_id, code_hash=h, created_at=moment, used_at=None)
                for h in dict.fromkeys(code_hashes)
            )

    async def use_recovery_code(self, user_id: str, code_hash: str, *, at: datetime) -> bool:
        query = (
            update(RecoveryCodeRow)
            .where(
                RecoveryCodeRow.user_id == user_id,
                RecoveryCodeRow.code_hash == code_hash,
                RecoveryCodeRow.used_at.is_(None),
            )
            .values(used_at=to_utc(at))
            .returning(RecoveryCodeRow.code_hash)
        )
        async with self._transaction() as session:
            return await session.scalar(query) is not None

    async def count_recovery_codes(self, user_id: str) -> int:
        query = (
            select(func.count())
            .select_from(RecoveryCodeRow)
            .where(RecoveryCodeRow.user_id == user_id, RecoveryCodeRow.used_at.is_(None))
        )
        async with self._transaction() as session:
            return int(await session.scalar(query) or 0)


def _device(row: DeviceRow) -> DeviceRecord:
    return DeviceRecord(
        id=row.id,
        user_id=row.user_id,
        public_key=bytes(row.public_key),
        name=row.name,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        revoked_at=row.revoked_at,
    )
