"""Refresh tokens and the revocation list in process memory, with the SQL store's contract."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from bastion.access.refresh import RefreshRecord
from bastion.core.errors import StoreError
from bastion.store.timestamps import to_utc

K = TypeVar("K")


class MemoryTokenStore:
    """The `RefreshStore` and `RevocationList` ports held in dictionaries; lost on exit.

    Each method runs without awaiting, so on one event loop every call is atomic: that is what
    makes `claim_refresh` a compare-and-set here.
    """

    def __init__(self) -> None:
        self._refresh: dict[str, RefreshRecord] = {}
        self._tokens: dict[tuple[str, str], datetime] = {}
        self._families: dict[str, datetime] = {}
        self._cutoffs: dict[str, tuple[datetime, datetime]] = {}

    # -- refresh tokens --------------------------------------------------------------------

    async def add_refresh(self, record: RefreshRecord) -> None:
        if record.token_hash in self._refresh:
            raise StoreError("the change conflicts with stored data", code="store.conflict")
        self._refresh[record.token_hash] = replace(
            record, issued_at=to_utc(record.issued_at), expires_at=to_utc(record.expires_at)
        )

    async def get_refresh(self, token_hash: str) -> RefreshRecord | None:
        return self._refresh.get(token_hash)

    async def claim_refresh(self, token_hash: str, *, at: datetime) -> bool:
        found = self._refresh.get(token_hash)
        if found is None or found.used_at is not None or found.revoked_at is not None:
            return False
        self._refresh[token_hash] = replace(found, used_at=to_utc(at))
        return True

    async def revoke_refresh_family(self, family_id: str, *, at: datetime) -> None:
        for token_hash, record in self._refresh.items():
            if record.family_id == family_id and record.revoked_at is None:
                self._refresh[token_hash] = replace(record, revoked_at=to_utc(at))

    async def live_refresh_families(self, user_id: str) -> list[str]:
        live = sorted(
            (r.issued_at, r.family_id)
            for r in self._refresh.values()
            if r.user_id == user_id and r.revoked_at is None
        )
        return list(dict.fromkeys(family for _, family in live))

    # -- revocation list -------------------------------------------------------------------

    async def revoke(self, issuer: str, jti: str, *, expires_at: datetime) -> None:
        _later(self._tokens, (issuer, jti), to_utc(expires_at))

    async def is_revoked(self, issuer: str, jti: str) -> bool:
        return (issuer, jti) in self._tokens

    async def revoke_family(self, family_id: str, *, expires_at: datetime) -> None:
        _later(self._families, family_id, to_utc(expires_at))

    async def is_family_revoked(self, family_id: str) -> bool:
        return family_id in self._families

    async def revoke_user_tokens(self, user_id: str, *, at: datetime, expires_at: datetime) -> None:
        cutoff, until = to_utc(at), to_utc(expires_at)
        known = self._cutoffs.get(user_id)
        if known is not None:
            cutoff, until = max(cutoff, known[0]), max(until, known[1])
        self._cutoffs[user_id] = (cutoff, until)

    async def user_cutoff(self, user_id: str) -> datetime | None:
        known = self._cutoffs.get(user_id)
        return None if known is None else known[0]

    # -- housekeeping ----------------------------------------------------------------------

    async def purge_expired(self, now: datetime) -> int:
        """Forget revocations and refresh tokens that expired at or before `now`; how many."""
        moment = to_utc(now)
        gone = _purge(self._tokens, moment) + _purge(self._families, moment)
        for user_id in [u for u, (_, until) in self._cutoffs.items() if until <= moment]:
            del self._cutoffs[user_id]
            gone += 1
        for token_hash in [h for h, r in self._refresh.items() if r.expires_at <= moment]:
            del self._refresh[token_hash]
            gone += 1
        return gone


def _later(table: dict[K, datetime], key: K, until: datetime) -> None:
    # Revoking again never shortens an entry.
    known = table.get(key)
    table[key] = until if known is None else max(known, until)


def _purge(table: dict[K, datetime], moment: datetime) -> int:
    expired = [key for key, until in table.items() if until <= moment]
    for key in expired:
        del table[key]
    return len(expired)
