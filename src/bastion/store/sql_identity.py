"""Users and browser sessions in the SQL database, on the engine the main `SqlStore` uses."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bastion.access.sessions import SessionRecord
from bastion.access.users import UserRecord
from bastion.core.types import Role
from bastion.store.tables_identity import SessionRow, UserRow
from bastion.store.timestamps import to_utc
from bastion.store.transactions import transaction


class SqlIdentityStore:
    """The `UserStore` and `SessionStore` ports over SQLAlchemy (SQLite or PostgreSQL)."""

    def __init__(self, *, engine: AsyncEngine) -> None:
        # The engine is shared, and closed, by its owner (the SqlStore built from the same URL).
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    def _transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        return transaction(self._sessions)

    # -- users -----------------------------------------------------------------------------

    async def add_user(self, record: UserRecord) -> None:
        async with self._transaction() as session:
            session.add(_user_row(record))

    async def get_user(self, user_id: str) -> UserRecord | None:
        async with self._transaction() as session:
            row = await session.get(UserRow, user_id)
            return None if row is None else _user(row)

    async def find_user(self, login: str) -> UserRecord | None:
        async with self._transaction() as session:
            row = await session.scalar(select(UserRow).where(UserRow.login == login))
            return None if row is None else _user(row)

    async def list_users(self) -> list[UserRecord]:
        query = select(UserRow).order_by(UserRow.created_at, UserRow.id)
        async with self._transaction() as session:
            return [_user(r) for r in await session.scalars(query)]

    async def update_user(self, record: UserRecord) -> bool:
        async with self._transaction() as session:
            row = await session.get(UserRow, record.id, with_for_update=True)
            if row is None:
                return False
            fresh = _user_row(record)
            for column in UserRow.__table__.columns:
                setattr(row, column.key, getattr(fresh, column.key))
            return True

    # -- sessions --------------------------------------------------------------------------

    async def add_session(self, record: SessionRecord) -> None:
        async with self._transaction() as session:
            session.add(
                SessionRow(
                    id_hash=record.id_hash,
                    user_id=record.user_id,
                    csrf_hash=record.csrf_hash,
                    created_at=to_utc(record.created_at),
                    last_seen_at=to_utc(record.last_seen_at),
                    expires_at=to_utc(record.expires_at),
                )
            )

    async def get_session(self, id_hash: str) -> SessionRecord | None:
        async with self._transaction() as session:
            row = await session.get(SessionRow, id_hash)
            if row is None:
                return None
            return SessionRecord(
                id_hash=row.id_hash,
                user_id=row.user_id,
                csrf_hash=row.csrf_hash,
                created_at=row.created_at,
                last_seen_at=row.last_seen_at,
                expires_at=row.expires_at,
            )

    async def touch_session(self, id_hash: str, *, at: datetime) -> None:
        query = update(SessionRow).where(SessionRow.id_hash == id_hash).values(last_seen_at=at)
        async with self._transaction() as session:
            await session.execute(query)

    async def delete_session(self, id_hash: str) -> bool:
        async with self._transaction() as session:
            result = await session.execute(delete(SessionRow).where(SessionRow.id_hash == id_hash))
            return bool(getattr(result, "rowcount", 0))

    async def delete_user_sessions(self, user_id: str) -> int:
        async with self._transaction() as session:
            result = await session.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            return int(getattr(result, "rowcount", 0))


def _user(row: UserRow) -> UserRecord:
    return UserRecord(
        id=row.id,
        login=row.login,
        role=Role(row.role),
        customer_id=row.customer_id,
        active=row.active,
        password_hash=row.password_hash,
        created_at=row.created_at,
        password_changed_at=row.password_changed_at,
        tokens_valid_after=row.tokens_valid_after,
    )


def _user_row(record: UserRecord) -> UserRow:
    return UserRow(
        id=record.id,
        login=record.login,
        role=record.role.value,
        customer_id=record.customer_id,
        active=record.active,
        password_hash=record.password_hash,
        created_at=to_utc(record.created_at),
        password_changed_at=to_utc(record.password_changed_at),
        tokens_valid_after=(
            None if record.tokens_valid_after is None else to_utc(record.tokens_valid_after)
        ),
    )
