"""Storage adapters behind the domain's ports: in memory, or SQL (SQLite, PostgreSQL)."""

from bastion.store.engine import normalise_url
from bastion.store.memory import MemoryStore
from bastion.store.schema import current_revision, upgrade
from bastion.store.sql import SqlStore

__all__ = ["MemoryStore", "SqlStore", "current_revision", "normalise_url", "upgrade"]
