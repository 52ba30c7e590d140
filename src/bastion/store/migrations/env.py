"""Alembic environment: runs on the connection `bastion.store.schema` hands in, never on a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

from bastion.core.errors import ConfigurationError
from bastion.store.schema import MIGRATION_LOCK_ID, VERSION_TABLE
from bastion.store.tables import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Instances starting together would otherwise race to create the same tables; the
            # lock is released when this transaction ends.
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise ConfigurationError(
            "run migrations through bastion.store.upgrade(database_url), not the alembic command",
            code="config.migrations",
        )
    run_migrations(connection)


main()
