"""Server-side browser sessions with synchronizer CSRF tokens.

The cookie carries 256 random bits; the store keeps only its SHA-256, so a copy of the database
cannot be replayed as cookies. Every login creates a new session (a session id chosen before login
is never promoted, which defeats session fixation), and each session dies after an idle period
and after an absolute lifetime, whichever comes first.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied
from bastion.core.events import Event, EventSink, Outcome

COOKIE_NAME = "__Host-bastion_session"
"""`__Host-` makes browsers insist on Secure, Path=/ and no Domain: no subdomain can set it."""
CSRF_HEADER = "X-CSRF-Token"

SESSION_INVALID = "access.session_invalid"
SESSION_EXPIRED = "access.session_expired"
CSRF_FAILED = "access.csrf_failed"

_ID_BYTES = 32  # 256 bits, twice OWASP's 128-bit floor for session ids
_TOUCH_EVERY = timedelta(minutes=1)
"""Refresh `last_seen_at` at most this often: idle tracking without a write on every request."""


@dataclass(frozen=True, slots=True)
class SessionPolicy:
    """How long a session may sit unused (`idle`) and live at most (`absolute`)."""

    idle: timedelta = timedelta(hours=1)
    absolute: timedelta = timedelta(hours=12)

    def __post_init__(self) -> None:
        if not timedelta(0) < self.idle <= self.absolute:
            raise ValueError("session timeouts need 0 < idle <= absolute")


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """What is stored about a session: hashes of its id and CSRF token, never the values."""

    id_hash: str
    user_id: str
    csrf_hash: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime


class SessionStore(Protocol):
    """Persistence for sessions; implemented in `bastion.store`."""

    async def add_session(self, record: SessionRecord) -> None: ...

    async def get_session(self, id_hash: str) -> SessionRecord | None: ...

    async def touch_session(self, id_hash: str, *, at: datetime) -> None:
        """Set `last_seen_at`; nothing when the session is gone."""
        ...

    async def delete_session(self, id_hash: str) -> bool:
        """Remove the session; False when there was none."""
        ...

    async def delete_user_sessions(self, user_id: str) -> int:
        """Remove every session of the user; returns how many."""
        ...


@dataclass(frozen=True, slots=True)
class IssuedSession:
    """A new session: `session_id` goes in the cookie, `csrf_token` to the client, both once."""

    session_id: str
    csrf_token: str
    record: SessionRecord


def digest(value: str) -> str:
    # The values are 256-bit random strings, so a fast hash is enough: there is nothing to guess.
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class Sessions:
    """Create, resolve and end browser sessions over a `SessionStore`."""

    def __init__(
        self,
        *,
        store: SessionStore,
        clock: Clock,
        events: EventSink,
        policy: SessionPolicy | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._events = events
        self.policy = policy if policy is not None else SessionPolicy()

    async def create(self, user_id: str, *, replacing: str | None = None) -> IssuedSession:
        """A fresh session for the user; the session id the client had before is ended."""
        if replacing is not None:
            await self._store.delete_session(digest(replacing))
        now = self._clock.now()
        session_id = secrets.token_urlsafe(_ID_BYTES)
        csrf_token = secrets.token_urlsafe(_ID_BYTES)
        record = SessionRecord(
            id_hash=digest(session_id),
            user_id=user_id,
            csrf_hash=digest(csrf_token),
            created_at=now,
            last_seen_at=now,
            expires_at=now + self.policy.absolute,
        )
        await self._store.add_session(record)
        await self._emit("access.session_created", Outcome.SUCCESS, actor=user_id)
        return IssuedSession(session_id=session_id, csrf_token=csrf_token, record=record)

    async def resolve(self, session_id: str) -> SessionRecord:
        """The live session for a cookie value; AccessDenied when unknown, idle or too old."""
        id_hash = digest(session_id)
        record = await self._store.get_session(id_hash)
        if record is None:
            raise AccessDenied("the session is not valid; log in again", code=SESSION_INVALID)
        now = self._clock.now()
        if now >= record.expires_at or now >= record.last_seen_at + self.policy.idle:
            await self._store.delete_session(id_hash)
            why = "absolute" if now >= record.expires_at else "idle"
            await self._emit(
                "access.session_expired", Outcome.DENIED, actor=record.user_id, timeout=why
            )
            raise AccessDenied("the session has expired; log in again", code=SESSION_EXPIRED)
        if now - record.last_seen_at >= _TOUCH_EVERY:
            await self._store.touch_session(id_hash, at=now)
            record = replace(record, last_seen_at=now)
        return record

    async def check_csrf(self, record: SessionRecord, token: str | None) -> None:
        """Raise AccessDenied (`access.csrf_failed`) unless `token` is the session's CSRF token."""
        presented = digest(token) if token else ""
        if not hmac.compare_digest(presented, record.csrf_hash):
            await self.csrf_failed(record.user_id, reason="token")
            raise AccessDenied(
                f"this request needs the session's CSRF token in {CSRF_HEADER}", code=CSRF_FAILED
            )

    async def csrf_failed(self, user_id: str | None, *, reason: str) -> None:
        """Record a refused cross-site request."""
        await self._emit(CSRF_FAILED, Outcome.DENIED, actor=user_id, reason=reason)

    async def end(self, session_id: str) -> bool:
        """Invalidate the session server-side; False when it was not live."""
        record = await self._store.get_session(digest(session_id))
        ended = await self._store.delete_session(digest(session_id))
        if ended and record is not None:
            await self._emit("access.logout", Outcome.SUCCESS, actor=record.user_id, via="session")
        return ended

    async def end_all(self, user_id: str) -> int:
        """Invalidate every session of the user."""
        return await self._store.delete_user_sessions(user_id)

    async def _emit(
        self, code: str, outcome: Outcome, *, actor: str | None, **attributes: str
    ) -> None:
        event = Event(
            code=code, outcome=outcome, at=self._clock.now(), actor=actor, attributes=attributes
        )
        await self._events.emit(event)
