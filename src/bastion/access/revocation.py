"""The revocation list: which access tokens stop working before their expiry, and since when.

A JWT is valid on its own until `exp`; revoking one early needs shared state that every instance
consults (RFC 7009 describes the endpoint, not the storage). Three kinds of entry cover logout,
a stolen refresh family and "sign out everywhere":

- a token, keyed on (issuer, jti): jti is unique only per issuer (RFC 7519 §4.1.7);
- a refresh family: every access token minted from one login carries its family id (`fam`);
- a per-user cut-off: tokens issued before it are refused.

Each entry carries the instant after which it no longer matters (the latest expiry of a token it
could affect); after that the store may forget it (SQL: `purge_expired`, Redis: key TTL).
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class RevocationList(Protocol):
    """Early revocation of access tokens; implemented in memory, SQL and Redis by `bastion.store`.

    Every entry is kept at least until its `expires_at`. Revoking again keeps the later expiry
    (and, for a user, the later cut-off), so repeating a revocation never shortens it.
    """

    async def revoke(self, issuer: str, jti: str, *, expires_at: datetime) -> None:
        """Refuse the token `jti` from `issuer` from now on."""
        ...

    async def is_revoked(self, issuer: str, jti: str) -> bool: ...

    async def revoke_family(self, family_id: str, *, expires_at: datetime) -> None:
        """Refuse every access token carrying this refresh family id."""
        ...

    async def is_family_revoked(self, family_id: str) -> bool: ...

    async def revoke_user_tokens(self, user_id: str, *, at: datetime, expires_at: datetime) -> None:
        """Refuse the user's tokens issued before `at` ("sign out everywhere")."""
        ...

    async def user_cutoff(self, user_id: str) -> datetime | None:
        """The instant before which the user's tokens are refused, or None."""
        ...
