"""Alembic migrations, shipped inside the package and run by `bastion.store.schema.upgrade`."""
