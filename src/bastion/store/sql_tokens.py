"""Refresh tokens and the revocation list in the SQL database, on the engine `SqlStore` owns."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, CursorResult, Executable, case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bastion.access.refresh import RefreshRecord
from bastion.core.errors import StoreError
from bastion.store.tables_tokens import (
    RefreshTokenRow,
    RevokedFamilyRow,
    RevokedTokenRow,
    UserTokenCutoffRow,
)
from bastion.store.timestamps import to_utc
from bastion.store.transactions import transaction

_DIALECTS = frozenset({"sqlite", "postgresql"})
Upsertable = type[RevokedTokenRow] | type[RevokedFamilyRow] | type[UserTokenCutoffRow]


class SqlTokenStore:
    """The `RefreshStore` and `RevocationList` ports over SQLAlchemy (SQLite or PostgreSQL)."""

    def __init__(self, *, engine: AsyncEngine) -> None:
        # The engine is shared with, and closed by, its owner (the SqlStore for the same URL).
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._dialect = engine.dialect.name
        if self._dialect not in _DIALECTS:
            raise StoreError(
                f"token storage does not support the {engine.dialect.name} dialect",
                code="store.unsupported",
            )

    def _transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        return transaction(self._sessions)

    def _insert(self, row: Upsertable) -> sqlite.Insert | postgresql.Insert:
        # INSERT ... ON CONFLICT DO UPDATE: both dialects spell it alike, with their own class.
        return sqlite.insert(row) if self._dialect == "sqlite" else postgresql.insert(row)

    async def _rowcount(self, statement: Executable) -> int:
        async with self._transaction() as session:
            result: CursorResult[Any] = await session.execute(statement)  # type: ignore[assignment]
            return result.rowcount

    # -- refresh tokens --------------------------------------------------------------------

    async def add_refresh(self, record: RefreshRecord) -> None:
        async with self._transaction() as session:
            session.add(
                RefreshTokenRow(
                    token_hash=record.token_hash,
                    family_id=record.family_id,
                    user_id=record.user_id,
                    issued_at=to_utc(record.issued_at),
                    expires_at=to_utc(record.expires_at),
                    used_at=_utc_or_none(record.used_at),
                    revoked_at=_utc_or_none(record.revoked_at),
                )
            )

    async def get_refresh(self, token_hash: str) -> RefreshRecord | None:
        async with self._transaction() as session:
            row = await session.get(RefreshTokenRow, token_hash)
            return None if row is None else _refresh(row)

    async def claim_refresh(self, token_hash: str, *, at: datetime) -> bool:
        # One conditional UPDATE: the database serialises writers on the row, so of two
        # concurrent claims exactly one sees `used_at IS NULL` and changes a row.
        claim = (
            update(RefreshTokenRow)
            .where(
                RefreshTokenRow.token_hash == token_hash,
                RefreshTokenRow.used_at.is_(None),
                RefreshTokenRow.revoked_at.is_(None),
            )
            .values(used_at=to_utc(at))
        )
        return await self._rowcount(claim) == 1

    async def revoke_refresh_family(self, family_id: str, *, at: datetime) -> None:
        revoke = (
            update(RefreshTokenRow)
            .where(RefreshTokenRow.family_id == family_id, RefreshTokenRow.revoked_at.is_(None))
            .values(revoked_at=to_utc(at))
        )
        await self._rowcount(revoke)

    async def live_refresh_families(self, user_id: str) -> list[str]:
        first_issued = func.min(RefreshTokenRow.issued_at)
        query = (
            select(RefreshTokenRow.family_id)
            .where(RefreshTokenRow.user_id == user_id, RefreshTokenRow.revoked_at.is_(None))
            .group_by(RefreshTokenRow.family_id)
            .order_by(first_issued, RefreshTokenRow.family_id)
        )
        async with self._transaction() as session:
            return list(await session.scalars(query))

    # -- revocation list -------------------------------------------------------------------

    async def revoke(self, issuer: str, jti: str, *, expires_at: datetime) -> None:
        await self._upsert_later(
            RevokedTokenRow,
            {"issuer": issuer, "jti": jti, "expires_at": to_utc(expires_at)},
            keys=("issuer", "jti"),
        )

    async def is_revoked(self, issuer: str, jti: str) -> bool:
        async with self._transaction() as session:
            return await session.get(RevokedTokenRow, (issuer, jti)) is not None

    async def revoke_family(self, family_id: str, *, expires_at: datetime) -> None:
        await self._upsert_later(
            RevokedFamilyRow,
            {"family_id": family_id, "expires_at": to_utc(expires_at)},
            keys=("family_id",),
        )

    async def is_family_revoked(self, family_id: str) -> bool:
        async with self._transaction() as session:
            return await session.get(RevokedFamilyRow, family_id) is not None

    async def revoke_user_tokens(self, user_id: str, *, at: datetime, expires_at: datetime) -> None:
        row = UserTokenCutoffRow
        insert = self._insert(row).values(
            user_id=user_id, cutoff_at=to_utc(at), expires_at=to_utc(expires_at)
        )
        # Keep the later cut-off and the later expiry: a repeated or delayed revocation must
        # never move a cut-off back and let older tokens in again.
        upsert = insert.on_conflict_do_update(
            index_elements=["user_id"],
            set_={
                "cutoff_at": _greater(row.cutoff_at, insert.excluded.cutoff_at),
                "expires_at": _greater(row.expires_at, insert.excluded.expires_at),
            },
        )
        await self._rowcount(upsert)

    async def user_cutoff(self, user_id: str) -> datetime | None:
        async with self._transaction() as session:
            row = await session.get(UserTokenCutoffRow, user_id)
            return None if row is None else row.cutoff_at

    # -- housekeeping ----------------------------------------------------------------------

    async def purge_expired(self, now: datetime) -> int:
        """Delete revocations and refresh tokens that expired at or before `now`; how many."""
        moment = to_utc(now)
        gone = 0
        for row in (RevokedTokenRow, RevokedFamilyRow, UserTokenCutoffRow, RefreshTokenRow):
            gone += await self._rowcount(delete(row).where(row.expires_at <= moment))
        return gone

    async def _upsert_later(
        self, row: Upsertable, values: dict[str, Any], *, keys: tuple[str, ...]
    ) -> None:
        insert = self._insert(row).values(**values)
        upsert = insert.on_conflict_do_update(
            index_elements=list(keys),
            set_={"expires_at": _greater(row.expires_at, insert.excluded.expires_at)},
        )
        await self._rowcount(upsert)


def _greater(stored: Any, incoming: Any) -> ColumnElement[Any]:
    # CASE rather than GREATEST/MAX: the one spelling both SQLite and PostgreSQL accept.
    return case((incoming > stored, incoming), else_=stored)


def _utc_or_none(moment: datetime | None) -> datetime | None:
    return None if moment is None else to_utc(moment)


def _refresh(row: RefreshTokenRow) -> RefreshRecord:
    return RefreshRecord(
        token_hash=row.token_hash,
        family_id=row.family_id,
        user_id=row.user_id,
        issued_at=row.issued_at,
        expires_at=row.expires_at,
        used_at=row.used_at,
        revoked_at=row.revoked_at,
    )
