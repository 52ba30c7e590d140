"""API keys: `bst_` + public id + secret + checksum, stored only as a hash.

The checksum (CRC-32 of the key body, base62) lets scanners recognise a leaked key with no lookup
and lets us reject a mistyped key before touching the store. The public id names the key in
listings and logs; the secret part never leaves this module except once, at creation.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import zlib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied
from bastion.core.types import Principal, Role

PREFIX = "bst_"
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ID_LEN = 10
SECRET_LEN = 32  # 32 base62 characters carry about 190 random bits
CHECK_LEN = 6
KEY_LEN = len(PREFIX) + ID_LEN + SECRET_LEN + CHECK_LEN


@dataclass(frozen=True, slots=True)
class ApiKeyRecord:
    """What is stored about a key: never the key itself."""

    id: str
    secret_hash: str
    role: Role
    customer_id: str | None
    label: str
    created_at: datetime
    expires_at: datetime | None = None
    revoked_at: datetime | None = None

    def status(self, now: datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and now >= self.expires_at:
            return "expired"
        return "active"


class ApiKeyStore(Protocol):
    """Persistence for key records; implemented in `bastion.store`."""

    async def add_key(self, record: ApiKeyRecord) -> None: ...

    async def get_key(self, key_id: str) -> ApiKeyRecord | None: ...

    async def list_keys(self) -> list[ApiKeyRecord]: ...

    async def revoke_key(self, key_id: str, *, at: datetime) -> bool:
        """Mark the key revoked; False when no such key exists."""
        ...


def _base62(data: bytes, length: int) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(length):
        number, rem = divmod(number, 62)
        chars.append(_ALPHABET[rem])
    return "".join(reversed(chars))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode("ascii")).to_bytes(4, "big"), CHECK_LEN)


def _random(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def hash_secret(key: str) -> str:
    # The secret carries ~190 random bits, so a fast hash is safe: no dictionary to attack.
    return hashlib.sha256(key.encode("ascii")).hexdigest()


@dataclass(frozen=True, slots=True)
class ParsedKey:
    id: str
    key: str


def looks_like_key(candidate: str) -> bool:
    """Shape and checksum only: true for every key Bastion issued, rare for anything else."""
    return parse_key(candidate) is not None


def parse_key(candidate: str) -> ParsedKey | None:
    if len(candidate) != KEY_LEN or not candidate.startswith(PREFIX):
        return None
    body = candidate[len(PREFIX) : -CHECK_LEN]
    if any(c not in _ALPHABET for c in candidate[len(PREFIX) :]):
        return None
    if not hmac.compare_digest(candidate[-CHECK_LEN:], _checksum(body)):
        return None
    return ParsedKey(id=body[:ID_LEN], key=candidate)


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A freshly created key: `key` is shown once and never stored."""

    key: str
    record: ApiKeyRecord


class ApiKeys:
    """Create, verify, list and revoke keys over an `ApiKeyStore`."""

    def __init__(self, *, store: ApiKeyStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def create(
        self,
        *,
        role: Role,
        customer_id: str | None = None,
        label: str = "",
        expires_at: datetime | None = None,
    ) -> IssuedKey:
        if role.customer_bound and customer_id is None:
            raise ValueError("a customer key must be bound to a customer")
        key_id = _random(ID_LEN)
        body = key_id + _random(SECRET_LEN)
        key = PREFIX + body + _checksum(body)
        record = ApiKeyRecord(
            id=key_id,
            secret_hash=hash_secret(key),
            role=role,
            customer_id=customer_id,
            label=label,
            created_at=self._clock.now(),
            expires_at=expires_at,
        )
        await self._store.add_key(record)
        return IssuedKey(key=key, record=record)

    async def authenticate(self, candidate: str) -> Principal:
        """The principal for a presented key, or AccessDenied with a stable code."""
        parsed = parse_key(candidate.strip())
        if parsed is None:
            raise AccessDenied("the API key is malformed", code="access.invalid_key")
        record = await self._store.get_key(parsed.id)
        # Compare even when the id is unknown, so both paths cost the same.
        expected = record.secret_hash if record is not None else "0" * 64
        if not hmac.compare_digest(expected, hash_secret(parsed.key)) or record is None:
            raise AccessDenied("the API key is not valid", code="access.invalid_key")
        status = record.status(self._clock.now())
        if status == "revoked":
            raise AccessDenied("the API key has been revoked", code="access.key_revoked")
        if status == "expired":
            raise AccessDenied("the API key has expired", code="access.key_expired")
        return Principal(
            id=f"key:{record.id}",
            role=record.role,
            customer_id=record.customer_id,
            display=record.label or record.id,
        )

    async def list(self) -> list[ApiKeyRecord]:
        return await self._store.list_keys()

    async def revoke(self, key_id: str) -> bool:
        return await self._store.revoke_key(key_id, at=self._clock.now())


def redacted(record: ApiKeyRecord) -> ApiKeyRecord:
    """A copy safe to print: the hash is blanked too."""
    return replace(record, secret_hash="")
