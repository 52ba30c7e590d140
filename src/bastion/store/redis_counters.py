"""Expiring counters in Redis: the `CounterStore` shared by every gateway instance."""

from __future__ import annotations

from datetime import timedelta
from typing import Self

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bastion.core.errors import StoreError

CONNECT_TIMEOUT_S = 2.0
OPERATION_TIMEOUT_S = 2.0


class RedisCounterStore:
    """Fixed-window counters on Redis; the window is the key's expiry, kept by the server."""

    def __init__(self, *, client: Redis, prefix: str = "bastion:") -> None:
        self._redis = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str, *, prefix: str = "bastion:") -> Self:
        """A store for a `redis://` URL; connects on first use, every call has a timeout."""
        client = Redis.from_url(
            url, socket_connect_timeout=CONNECT_TIMEOUT_S, socket_timeout=OPERATION_TIMEOUT_S
        )
        return cls(client=client, prefix=prefix)

    async def increment(self, key: str, *, window: timedelta) -> int:
        name = self._prefix + key
        milliseconds = max(1, int(window.total_seconds() * 1000))
        try:
            # One MULTI/EXEC: create the key with its expiry only if absent, then count. INCR
            # keeps the expiry, so the window runs from the first failure (a fixed window).
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.set(name, 0, px=milliseconds, nx=True)
                pipe.incr(name)
                _, count = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StoreError("the counter store is unavailable") from exc
        return int(count)

    async def get(self, key: str) -> int:
        try:
            value = await self._redis.get(self._prefix + key)
        except (RedisError, OSError) as exc:
            raise StoreError("the counter store is unavailable") from exc
        return 0 if value is None else int(value)

    async def reset(self, key: str) -> None:
        try:
            await self._redis.delete(self._prefix + key)
        except (RedisError, OSError) as exc:
            raise StoreError("the counter store is unavailable") from exc

    async def ping(self) -> None:
        """Return when Redis answers; StoreError when it does not."""
        try:
            await self._redis.ping()
        except (RedisError, OSError) as exc:
            raise StoreError("the counter store is unavailable") from exc

    async def close(self) -> None:
        await self._redis.aclose()
