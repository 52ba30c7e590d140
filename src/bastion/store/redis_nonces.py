"""Replay nonces in Redis, shared by every instance: `SET NX EX` is the atomic check-and-set.

With nonces in one instance's memory, a signed request replayed to another instance behind the
load balancer would pass; Redis makes "seen before" mean seen by any of them.
"""

from __future__ import annotations

import math
from typing import Self

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bastion.core.errors import StoreError

KEY_PREFIX = "bastion:nonce:"
TIMEOUT_S = 2.0


class RedisNonceStore:
    """`NonceStore` on Redis; a Redis failure is a StoreError, so verification fails closed."""

    def __init__(self, *, client: Redis, prefix: str = KEY_PREFIX) -> None:
        self._client = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str, *, prefix: str = KEY_PREFIX) -> Self:
        """A store for a `redis://` URL, with short timeouts so a dead Redis fails fast."""
        client = Redis.from_url(url, socket_timeout=TIMEOUT_S, socket_connect_timeout=TIMEOUT_S)
        return cls(client=client, prefix=prefix)

    async def remember(self, device_id: str, nonce: str, ttl: float) -> bool:
        # Device ids and nonces are validated base64url/hex before they get here, but the colon
        # split is unambiguous anyway: device ids never contain one.
        key = f"{self._prefix}{device_id}:{nonce}"
        try:
            created = await self._client.set(key, b"1", nx=True, ex=max(1, math.ceil(ttl)))
        except (RedisError, OSError) as exc:
            raise StoreError("the nonce store is unavailable") from exc
        return bool(created)

    async def close(self) -> None:
        await self._client.aclose()
