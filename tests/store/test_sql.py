"""What only the SQL store has: URLs, migrations, connection set-up and driver-error wrapping."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from bastion.core.errors import ConfigurationError, StoreError
from bastion.store import SqlStore, current_revision, normalise_url, upgrade
from bastion.store.engine import SQLITE_BUSY_TIMEOUT_MS, async_engine, sync_engine
from bastion.store.schema import VERSION_TABLE, head_revision
from bastion.store.tables import Base

PASSWORD = "s3cret-Pa55word"
UNREACHABLE = f"postgresql://bastion:{PASSWORD}@127.0.0.1:1/bastion"

ACCEPTED = [
    (
        "sqlite:////data/bastion.db",
        "sqlite:////data/bastion.db",
        "sqlite+aiosqlite:////data/bastion.db",
    ),
    ("sqlite:///rel.db", "sqlite:///rel.db", "sqlite+aiosqlite:///rel.db"),
    ("sqlite+aiosqlite:///a.db", "sqlite:///a.db", "sqlite+aiosqlite:///a.db"),
    (
        "postgresql://u:p@db:5432/app",
        "postgresql+psycopg://u:p@db:5432/app",
        "postgresql+psycopg://u:p@db:5432/app",
    ),
    (
        "postgres://u:p@db/app?sslmode=require",
        "postgresql+psycopg://u:p@db/app?sslmode=require",
        "postgresql+psycopg://u:p@db/app?sslmode=require",
    ),
    (
        "postgresql+psycopg://u@db/app",
        "postgresql+psycopg://u@db/app",
        "postgresql+psycopg://u@db/app",
    ),
]

REFUSED = [
    f"mysql://root:{PASSWORD}@db/app",
    f"postgresql+asyncpg://u:{PASSWORD}@db/app",
    f"postgresql+psycopg2://u:{PASSWORD}@db/app",
    "sqlite://",
    "sqlite:///:memory:",
    f"not a url {PASSWORD}",
    "",
]


@pytest.mark.parametrize(("url", "sync", "async_"), ACCEPTED)
def test_supported_urls_are_normalised(url: str, sync: str, async_: str) -> None:
    assert normalise_url(url) == (sync, async_)


@pytest.mark.parametrize("url", REFUSED)
def test_unsupported_urls_are_refused_without_echoing_secrets(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalise_url(url)
    assert caught.value.code == "config.database_url"
    assert "sqlite:///" in caught.value.message  # says what would work
    assert PASSWORD not in caught.value.message


def test_from_url_refuses_unsupported_urls() -> None:
    with pytest.raises(ConfigurationError):
        SqlStore.from_url("mysql://db/app")


# -- migrations ------------------------------------------------------------------------------


def test_upgrade_is_idempotent_and_reaches_head(database_url: str) -> None:
    assert current_revision(database_url) is None
    upgrade(database_url)
    upgrade(database_url)
    assert current_revision(database_url) == head_revision()


def test_migrations_build_exactly_the_declared_tables(database_url: str) -> None:
    upgrade(database_url)
    engine = sync_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "version_table": VERSION_TABLE}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


async def test_an_unmigrated_database_fails_with_a_store_error_naming_no_sql(
    database_url: str,
) -> None:
    store = SqlStore.from_url(database_url)
    try:
        with pytest.raises(StoreError) as caught:
            await store.list_tickets(customer_id="alice", limit=5)
    finally:
        await store.close()
    assert caught.value.__cause__ is not None
    assert "SELECT" not in caught.value.message
    assert "alice" not in caught.value.message


# -- connection set-up -----------------------------------------------------------------------


async def test_sqlite_connections_enforce_foreign_keys_and_use_wal(sqlite_url: str) -> None:
    engine = async_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            pragma = await connection.execute(
                text("SELECT * FROM pragma_foreign_keys, pragma_journal_mode, pragma_busy_timeout")
            )
            assert tuple(pragma.one()) == (1, "wal", SQLITE_BUSY_TIMEOUT_MS)
    finally:
        await engine.dispose()


async def test_an_unreachable_database_is_a_store_error_without_the_password() -> None:
    store = SqlStore.from_url(UNREACHABLE)
    try:
        with pytest.raises(StoreError) as caught:
            await store.ping()
    finally:
        await store.close()
    assert caught.value.code == "store.unavailable"
    assert caught.value.__cause__ is not None
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in repr(caught.value)


@pytest.mark.parametrize("step", [upgrade, current_revision])
def test_migrating_an_unreachable_database_is_a_store_error(step: Callable[[str], object]) -> None:
    with pytest.raises(StoreError) as caught:
        step(UNREACHABLE)
    assert PASSWORD not in str(caught.value)
