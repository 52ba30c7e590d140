"""The token revocation list in Redis, shared by every gateway instance; entries expire by TTL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Self
from urllib.parse import quote

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bastion.core.clock import Clock
from bastion.core.errors import StoreError

CONNECT_TIMEOUT_S = 2.0
OPERATION_TIMEOUT_S = 2.0
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Write `value` with a TTL, keeping whichever is larger of the stored and the new value, and of
# the remaining and the new TTL: a repeated revocation never shortens an entry or moves a
# user's cut-off back. One script, so concurrent instances cannot interleave the read and write.
_KEEP_LATER = """
local value = ARGV[1]
local ttl = tonumber(ARGV[2])
local stored = redis.call('GET', KEYS[1])
if stored and tonumber(stored) > tonumber(value) then value = stored end
local left = redis.call('PTTL', KEYS[1])
if left > ttl then ttl = left end
redis.call('SET', KEYS[1], value, 'PX', ttl)
return 1
"""


class RedisRevocationList:
    """The `RevocationList` port on Redis, under `{prefix}revoked:...` keys.

    Expiry instants come from the injected clock and become relative TTLs, so the entries live
    as long as Bastion's clock says, whatever the Redis server's own clock reads.
    """

    def __init__(self, *, client: Redis, clock: Clock, prefix: str = "bastion:") -> None:
        self._redis = client
        self._clock = clock
        self._prefix = prefix
        self._keep_later = client.register_script(_KEEP_LATER)

    @classmethod
    def from_url(cls, url: str, *, clock: Clock, prefix: str = "bastion:") -> Self:
        """A list for a `redis://` URL; connects on first use, every call has a timeout."""
        client = Redis.from_url(
            url, socket_connect_timeout=CONNECT_TIMEOUT_S, socket_timeout=OPERATION_TIMEOUT_S
        )
        return cls(client=client, clock=clock, prefix=prefix)

    def _key(self, kind: str, *parts: str) -> str:
        # Each part is percent-encoded, so an issuer holding ':' cannot collide with another
        # (issuer, jti) pair.
        return self._prefix + ":".join((kind, *(quote(p, safe="") for p in parts)))

    async def revoke(self, issuer: str, jti: str, *, expires_at: datetime) -> None:
        await self._write(self._key("revoked", issuer, jti), "1", expires_at)

    async def is_revoked(self, issuer: str, jti: str) -> bool:
        return await self._exists(self._key("revoked", issuer, jti))

    async def revoke_family(self, family_id: str, *, expires_at: datetime) -> None:
        await self._write(self._key("revoked-family", family_id), "1", expires_at)

    async def is_family_revoked(self, family_id: str) -> bool:
        return await self._exists(self._key("revoked-family", family_id))

    async def revoke_user_tokens(self, user_id: str, *, at: datetime, expires_at: datetime) -> None:
        micros = (at - _EPOCH) // timedelta(microseconds=1)
        await self._write(self._key("token-cutoff", user_id), str(micros), expires_at)

    async def user_cutoff(self, user_id: str) -> datetime | None:
        try:
            value = await self._redis.get(self._key("token-cutoff", user_id))
        except (RedisError, OSError) as exc:
            raise StoreError("the revocation list is unavailable") from exc
        return None if value is None else _EPOCH + timedelta(microseconds=int(value))

    async def ping(self) -> None:
        """Return when Redis answers; StoreError when it does not."""
        try:
            await self._redis.ping()
        except (RedisError, OSError) as exc:
            raise StoreError("the revocation list is unavailable") from exc

    async def close(self) -> None:
        await self._redis.aclose()

    async def _write(self, key: str, value: str, expires_at: datetime) -> None:
        milliseconds = (expires_at - self._clock.now()) // timedelta(milliseconds=1)
        if milliseconds <= 0:
            return  # already expired: every token it could refuse is refused by its `exp`
        try:
            await self._keep_later(keys=[key], args=[value, milliseconds])
        except (RedisError, OSError) as exc:
            raise StoreError("the revocation list is unavailable") from exc

    async def _exists(self, key: str) -> bool:
        try:
            return bool(await self._redis.exists(key))
        except (RedisError, OSError) as exc:
            raise StoreError("the revocation list is unavailable") from exc
