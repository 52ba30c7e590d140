"""Bring a database to the current schema with the Alembic migrations shipped in this package.

No alembic.ini is needed: the configuration is built here, and env.py runs on the connection
handed to it, so a password in the URL never passes through Alembic's config-file parsing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.exc import SQLAlchemyError

from bastion.core.errors import StoreError
from bastion.store.engine import sync_engine

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "bastion_schema_version"
"""Bastion's own version table, so a database shared with another Alembic project is safe."""

MIGRATION_LOCK_ID = 0x62617374696F6E  # "bastion": one PostgreSQL advisory lock for migrations


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision shipped with this version of Bastion."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise StoreError("no migrations are shipped with this package", code="store.migrations")
    return head


def upgrade(database_url: str) -> None:
    """Apply every migration the database lacks; safe to run again and from several instances."""
    engine = sync_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), "head")
    except SQLAlchemyError as exc:
        raise StoreError("the database schema could not be upgraded") from exc
    finally:
        engine.dispose()


def current_revision(database_url: str) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    engine = sync_engine(database_url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
            return context.get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError("the database schema version could not be read") from exc
    finally:
        engine.dispose()
