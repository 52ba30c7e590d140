"""Storage adapters behind the domain's ports: in memory, or SQL (SQLite, PostgreSQL)."""

from bastion.store.engine import normalise_url
from bastion.store.memory import MemoryStore
from bastion.store.memory_counters import MemoryCounterStore
from bastion.store.memory_devices import MemoryDeviceStore, MemoryNonceStore
from bastion.store.memory_identity import MemoryIdentityStore
from bastion.store.memory_tokens import MemoryTokenStore
from bastion.store.redis_nonces import RedisNonceStore
from bastion.store.schema import current_revision, upgrade
from bastion.store.sql import SqlStore
from bastion.store.sql_devices import SqlDeviceStore
from bastion.store.sql_identity import SqlIdentityStore
from bastion.store.sql_tokens import SqlTokenStore

# Importing the identity, device and token stores also registers their tables on the shared
# metadata, which the migration tests compare against the migrated schema.
__all__ = [
    "MemoryCounterStore",
    "MemoryDeviceStore",
    "MemoryIdentityStore",
    "MemoryNonceStore",
    "MemoryStore",
    "MemoryTokenStore",
    "RedisNonceStore",
    "SqlDeviceStore",
    "SqlIdentityStore",
    "SqlStore",
    "SqlTokenStore",
    "current_revision",
    "normalise_url",
    "upgrade",
]
