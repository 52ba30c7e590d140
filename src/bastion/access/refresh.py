"""Refresh tokens: opaque, single use, rotated on every refresh, with reuse detection by family.

Each login starts a family. Refreshing spends the presented token and returns the next one in
the same family. A spent token presented again means two parties hold the family (a thief and
the user, and we cannot tell which is which), so the whole family is revoked, including the
access tokens minted from it (OAuth 2.0 Security BCP, RFC 9700 §4.14.2). The store keeps only
a SHA-256 of each token: the tokens carry 256 random bits, so a copy of the database is useless.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NoReturn, Protocol

from bastion.access.revocation import RevocationList
from bastion.access.tokens import ACCESS_TTL, LEEWAY
from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied, ConfigurationError
from bastion.core.events import Event, EventSink, Outcome

REFRESH_TTL = timedelta(days=14)
PREFIX = "brt_"
_TOKEN_BYTES = 32  # 256 bits
_SHAPE = re.compile(r"^brt_[A-Za-z0-9_-]{43}$")

REFRESH_INVALID = "access.refresh_invalid"
REFRESH_EXPIRED = "access.refresh_expired"
REFRESH_REUSED = "access.refresh_reused"
REFRESH_REVOKED = "access.refresh_revoked"


@dataclass(frozen=True, slots=True)
class RefreshRecord:
    """What is stored about one refresh token: its hash, never the token."""

    token_hash: str
    family_id: str
    user_id: str
    issued_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    revoked_at: datetime | None = None


class RefreshStore(Protocol):
    """Persistence for refresh tokens; implemented in `bastion.store`."""

    async def add_refresh(self, record: RefreshRecord) -> None: ...

    async def get_refresh(self, token_hash: str) -> RefreshRecord | None: ...

    async def claim_refresh(self, token_hash: str, *, at: datetime) -> bool:
        """Mark the token used if it is neither used nor revoked; True for exactly one caller."""
        ...

    async def revoke_refresh_family(self, family_id: str, *, at: datetime) -> None:
        """Mark every token of the family revoked (the first revocation time is kept)."""
        ...

    async def live_refresh_families(self, user_id: str) -> list[str]:
        """The user's families that still hold a token not revoked, oldest first."""
        ...


@dataclass(frozen=True, slots=True)
class IssuedRefresh:
    """A new refresh token; `token` goes to the client once and is never stored."""

    token: str = field(repr=False)
    family_id: str
    user_id: str
    expires_at: datetime


def hash_refresh(token: str) -> str:
    """The stored form of a refresh token (SHA-256, hex): a fast hash suits 256 random bits."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def new_family_id() -> str:
    return "fam_" + secrets.token_hex(16)


class RefreshTokens:
    """Issue, rotate and revoke refresh tokens over a `RefreshStore` and a `RevocationList`.

    `access_lifetime` is the longest an access token stays acceptable (lifetime plus leeway):
    a revoked family stays on the revocation list that long, covering every token minted from it.
    """

    def __init__(
        self,
        *,
        store: RefreshStore,
        revocations: RevocationList,
        clock: Clock,
        ttl: timedelta = REFRESH_TTL,
        access_lifetime: timedelta = ACCESS_TTL + LEEWAY,
        events: EventSink | None = None,
    ) -> None:
        if ttl <= timedelta(0) or access_lifetime <= timedelta(0):
            raise ConfigurationError("refresh and access token lifetimes must be positive")
        self._store = store
        self._revocations = revocations
        self._clock = clock
        self._ttl = ttl
        self._access_lifetime = access_lifetime
        self._events = events

    async def issue(self, *, user_id: str) -> IssuedRefresh:
        """The first refresh token of a new family: one login, one family."""
        return await self._add(user_id=user_id, family_id=new_family_id())

    async def rotate(self, presented: str) -> IssuedRefresh:
        """Spend `presented` and return its successor; a spent token revokes its whole family."""
        record = await self._find(presented)
        now = self._clock.now()
        if record.revoked_at is not None:
            raise AccessDenied("the refresh token has been revoked", code=REFRESH_REVOKED)
        if record.used_at is not None:
            await self._reused(record)
        if now >= record.expires_at:
            raise AccessDenied("the refresh token has expired", code=REFRESH_EXPIRED)
        # Claiming is the store's atomic compare-and-set: of two concurrent rotations exactly
        # one wins, and the loser is handled like any other reuse.
        if not await self._store.claim_refresh(record.token_hash, at=now):
            await self._reused(record)
        successor = await self._add(user_id=record.user_id, family_id=record.family_id)
        await self._emit(
            "access.refresh_rotated",
            Outcome.SUCCESS,
            actor=record.user_id,
            target=record.family_id,
        )
        return successor

    async def revoke(self, presented: str) -> str | None:
        """Revoke the family of `presented` (logout); its family id, or None if unknown."""
        if _SHAPE.fullmatch(presented) is None:
            return None
        record = await self._store.get_refresh(hash_refresh(presented))
        if record is None:
            return None
        await self.revoke_family(record.family_id, user_id=record.user_id)
        return record.family_id

    async def revoke_family(self, family_id: str, *, user_id: str | None = None) -> None:
        """Revoke every refresh token of the family and every access token minted from it."""
        now = self._clock.now()
        await self._store.revoke_refresh_family(family_id, at=now)
        await self._revocations.revoke_family(family_id, expires_at=now + self._access_lifetime)
        await self._emit(
            "access.token_revoked", Outcome.SUCCESS, actor=user_id, target=family_id, scope="family"
        )

    async def revoke_all_for_user(self, user_id: str) -> int:
        """Revoke every family the user holds ("sign out everywhere"); how many there were."""
        families = await self._store.live_refresh_families(user_id)
        for family_id in families:
            await self.revoke_family(family_id, user_id=user_id)
        return len(families)

    # -- internals -------------------------------------------------------------------------

    async def _find(self, presented: str) -> RefreshRecord:
        # The shape is checked first so that junk never reaches the store.
        if not isinstance(presented, str) or _SHAPE.fullmatch(presented) is None:
            raise AccessDenied("the refresh token is not valid", code=REFRESH_INVALID)
        record = await self._store.get_refresh(hash_refresh(presented))
        if record is None:
            raise AccessDenied("the refresh token is not valid", code=REFRESH_INVALID)
        return record

    async def _reused(self, record: RefreshRecord) -> NoReturn:
        await self.revoke_family(record.family_id, user_id=record.user_id)
        await self._emit(
            "access.refresh_reused", Outcome.DENIED, actor=record.user_id, target=record.family_id
        )
        raise AccessDenied(
            "the refresh token was already used; every session of this login has been ended",
            code=REFRESH_REUSED,
        )

    async def _add(self, *, user_id: str, family_id: str) -> IssuedRefresh:
        token = PREFIX + secrets.token_urlsafe(_TOKEN_BYTES)
        now = self._clock.now()
        record = RefreshRecord(
            token_hash=hash_refresh(token),
            family_id=family_id,
            user_id=user_id,
            issued_at=now,
            expires_at=now + self._ttl,
        )
        await self._store.add_refresh(record)
        return IssuedRefresh(
            token=token, family_id=family_id, user_id=user_id, expires_at=record.expires_at
        )

    async def _emit(
        self,
        code: str,
        outcome: Outcome,
        *,
        actor: str | None,
        target: str,
        **attributes: str,
    ) -> None:
        if self._events is None:
            return
        await self._events.emit(
            Event(
                code=code,
                outcome=outcome,
                at=self._clock.now(),
                actor=actor,
                target=target,
                attributes=attributes,
            )
        )
