"""One transaction per store call, with driver errors translated the same way everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bastion.core.errors import StoreError


@asynccontextmanager
async def transaction(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Commit on success, roll back on any exception; failures leave as StoreError.

    The messages name neither SQL nor values (they may hold customer data); the driver's
    exception stays as `__cause__` for the logs.
    """
    try:
        async with sessions() as session, session.begin():
            yield session
    except IntegrityError as exc:
        raise StoreError("the change conflicts with stored data", code="store.conflict") from exc
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError("the database is unavailable or failed") from exc
