"""Database URLs and engines: which URLs Bastion accepts and how connections are set up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bastion.core.errors import ConfigurationError

# psycopg 3 serves both the sync (migrations) and the async (requests) engine.
_POSTGRES = {"postgresql", "postgres", "postgresql+psycopg"}
_SQLITE = {"sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"}
_SUPPORTED = "sqlite:///path/to/bastion.db or postgresql://user:password@host:5432/dbname"

CONNECT_TIMEOUT_S = 5
"""Seconds to wait for a database connection before the call fails."""

SQLITE_BUSY_TIMEOUT_MS = 5000
"""How long SQLite waits for another writer (another process, a migration) to finish."""


def normalise_url(url: str) -> tuple[str, str]:
    """(sync URL, async URL) for a SQLite file or PostgreSQL URL; anything else is refused."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        _require_file(parsed)
        sync, async_ = parsed.set(drivername="sqlite"), parsed.set(drivername="sqlite+aiosqlite")
    elif parsed.drivername in _POSTGRES:
        sync = async_ = parsed.set(drivername="postgresql+psycopg")
    else:
        # Name only the scheme: the rest of the URL may hold a password.
        raise ConfigurationError(
            f"unsupported database URL scheme {parsed.drivername!r}; use {_SUPPORTED}",
            code="config.database_url",
        )
    return _render(sync), _render(async_)


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise ConfigurationError(
            f"the database URL cannot be parsed; use {_SUPPORTED}", code="config.database_url"
        ) from exc


def _require_file(url: URL) -> None:
    if url.database in (None, "", ":memory:") or "mode=memory" in str(url.query):
        # Each connection would get its own empty database, so the schema would vanish.
        raise ConfigurationError(
            "an in-memory SQLite database cannot be shared by the store's connections; "
            "use sqlite:///path/to/bastion.db",
            code="config.database_url",
        )


def _render(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def sync_engine(url: str) -> Engine:
    """A short-lived engine for migrations."""
    sync_url, _ = normalise_url(url)
    engine = create_engine(sync_url, connect_args=_connect_args(sync_url))
    _configure(engine)
    return engine


def async_engine(url: str) -> AsyncEngine:
    """The request-serving engine."""
    _, async_url = normalise_url(url)
    engine = create_async_engine(
        async_url, connect_args=_connect_args(async_url), pool_pre_ping=True
    )
    _configure(engine.sync_engine)
    return engine


def _connect_args(url: str) -> dict[str, Any]:
    if make_url(url).get_backend_name() == "postgresql":
        return {"connect_timeout": CONNECT_TIMEOUT_S}
    return {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}


def _configure(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The sqlite3 module opens transactions late (not before SELECT or DDL); take that job away
    # from it so that SQLAlchemy's BEGIN below covers every statement, migrations included.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # Foreign keys are off unless asked, per connection; WAL lets readers run beside the one
        # writer; the busy timeout makes a second writer wait instead of failing.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    # fails at once (SQLITE_BUSY_SNAPSHOT, no waiting) if another connection wrote in between.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
