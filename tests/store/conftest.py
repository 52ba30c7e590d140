"""The store under test, once per implementation: memory, a SQLite file, a PostgreSQL schema."""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from bastion.access.apikeys import ApiKeyStore
from bastion.agents.conversation import ConversationStore
from bastion.store import MemoryStore, SqlStore, upgrade
from bastion.tools.records import Article, Customer, Notification
from bastion.tools.support import SupportStore

POSTGRES_URL = os.environ.get(
    "BASTION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class SteppingClock:
    """Each reading is one second after the last, so every write has its own timestamp."""

    def __init__(self, start: datetime = START) -> None:
        self._next = start

    def now(self) -> datetime:
        moment, self._next = self._next, self._next + timedelta(seconds=1)
        return moment

    def monotonic(self) -> float:
        return (self._next - START).total_seconds()


class Store(SupportStore, ApiKeyStore, ConversationStore, Protocol):
    """Everything the contract covers: the three ports plus seeding, the outbox and lifecycle."""

    async def add_customer(self, customer: Customer) -> None: ...
    async def list_customers(self) -> list[Customer]: ...
    async def add_article(self, article: Article) -> None: ...
    async def pending_notifications(self, limit: int) -> list[Notification]: ...
    async def mark_notification_sent(self, notification_id: str) -> None: ...
    async def ping(self) -> None: ...
    async def close(self) -> None: ...


def libpq(url: str) -> str:
    """The URL as libpq spells it, for psycopg used directly."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@functools.cache
def postgres_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    try:
        with psycopg.connect(libpq(POSTGRES_URL), connect_timeout=2):
            return None
    except psycopg.Error as exc:
        host = make_url(POSTGRES_URL).set(password=None).render_as_string()
        return f"PostgreSQL not reachable at {host} (set BASTION_TEST_POSTGRES_URL): {exc}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose connections live in a fresh schema, dropped after the test."""
    reason = postgres_unavailable()
    if reason is not None:
        pytest.skip(reason)
    # A random schema per test: parallel runs and leftovers of a crashed run never collide.
    schema = f"bastion_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(libpq(POSTGRES_URL), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bastion.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty, never-migrated database on each SQL backend."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    return url


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def store(request: pytest.FixtureRequest, clock: SteppingClock) -> AsyncIterator[Store]:
    """A migrated, empty store of each implementation."""
    if request.param == "memory":
        yield MemoryStore(clock=clock)
        return
    url: str = request.getfixturevalue(f"{request.param}_url")
    upgrade(url)
    sql_store = SqlStore.from_url(url, clock=clock)
    try:
        yield sql_store
    finally:
        await sql_store.close()
