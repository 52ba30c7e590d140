"""Access tokens: short-lived signed JWTs (EdDSA by default, HS256 as an option), with revocation.

Verification follows RFC 8725 (JWT best current practices): the one configured algorithm is the
whole allowlist (§3.1), so `alg: none` and an HS256 token keyed with the published Ed25519 public
key (algorithm confusion) are refused before any key is used; the header must be typed `at+jwt`
(RFC 9068, §3.11 explicit typing) and carry a known `kid`; issuer and audience must match (§3.8,
§3.9); every claim Bastion relies on is required. Time comes from the injected clock, never from
the library, and every refusal is an `AccessDenied` with a stable code and no part of the token.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from bastion.access.revocation import RevocationList
from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied, ConfigurationError
from bastion.core.events import Event, EventSink, Outcome
from bastion.core.types import Principal, Role
from bastion.crypto.keys import KeyRing
from bastion.crypto.signing import SigningAlgorithm, SigningKeys

ACCESS_TTL = timedelta(minutes=15)
LEEWAY = timedelta(seconds=30)
MAX_LEEWAY = timedelta(minutes=5)

# S105: these are error and event codes and claim values, not secrets.
TOKEN_INVALID = "access.token_invalid"  # noqa: S105
TOKEN_EXPIRED = "access.token_expired"  # noqa: S105
TOKEN_NOT_YET_VALID = "access.token_not_yet_valid"  # noqa: S105
TOKEN_REVOKED = "access.token_revoked"  # noqa: S105
TOKEN_ISSUED = "access.token_issued"  # noqa: S105

HEADER_TYPE = "at+jwt"
TOKEN_TYPE = "access"  # noqa: S105
REQUIRED_CLAIMS = ("exp", "iat", "nbf", "iss", "aud", "sub", "jti", "typ", "role")
_ALLOWED_HEADER = frozenset({"alg", "typ", "kid"})
_MAX_TOKEN_CHARS = 8192  # far above any token we mint; refuse megabyte inputs before parsing
_JTI_BYTES = 16
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LAST_DATE = 253402300799  # 9999-12-31T23:59:59Z

UserCutoff = Callable[[str], Awaitable[datetime | None]]
"""Looks up when a user's tokens were last invalidated (e.g. `UserRecord.tokens_valid_after`)."""


@dataclass(frozen=True, slots=True)
class TokenPolicy:
    """What access tokens say and how long they live; checked when built."""

    issuer: str
    audience: str
    algorithm: SigningAlgorithm = SigningAlgorithm.EDDSA
    ttl: timedelta = ACCESS_TTL
    leeway: timedelta = LEEWAY

    def __post_init__(self) -> None:
        if not self.issuer or not self.audience:
            raise ConfigurationError("access tokens need a non-empty issuer and audience")
        if self.ttl <= timedelta(0):
            raise ConfigurationError("the access token lifetime must be positive")
        if not timedelta(0) <= self.leeway <= MAX_LEEWAY:
            raise ConfigurationError("the clock leeway must be between 0 and 5 minutes")
        object.__setattr__(self, "algorithm", SigningAlgorithm(self.algorithm))

    @property
    def max_lifetime(self) -> timedelta:
        """How long after issue a token may still be accepted: its lifetime plus the leeway."""
        return self.ttl + self.leeway


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A freshly signed access token; `token` goes to the client and nowhere else."""

    token: str = field(repr=False)
    jti: str
    issued_at: datetime
    expires_at: datetime
    family_id: str | None = None


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    """What a valid token proves: who acts, and what identifies the token for logout."""

    principal: Principal
    jti: str
    issuer: str
    issued_at: datetime
    expires_at: datetime
    family_id: str | None = None


class AccessTokens:
    """Issue, verify and revoke access JWTs signed with keys derived from the instance key ring."""

    def __init__(
        self,
        *,
        keyring: KeyRing,
        policy: TokenPolicy,
        revocations: RevocationList,
        clock: Clock,
        events: EventSink | None = None,
        valid_after: UserCutoff | None = None,
    ) -> None:
        self.policy = policy
        self._keys = SigningKeys(keyring, algorithm=policy.algorithm)
        self._revocations = revocations
        self._clock = clock
        self._events = events
        self._valid_after = valid_after

    def __repr__(self) -> str:
        return f"AccessTokens(issuer={self.policy.issuer!r}, keys={self._keys!r})"

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        """The public key set for `/.well-known/jwks.json`; empty with HS256."""
        return self._keys.jwks()

    async def issue(
        self,
        *,
        user_id: str,
        role: Role,
        customer_id: str | None = None,
        family_id: str | None = None,
    ) -> IssuedToken:
        """A signed access token for the user, tied to a refresh family when given."""
        if role.customer_bound and not customer_id:
            raise ValueError("a customer role needs the customer id it acts for")
        now = self._clock.now()
        expires_at = now + self.policy.ttl
        jti = secrets.token_urlsafe(_JTI_BYTES)
        claims: dict[str, Any] = {
            "iss": self.policy.issuer,
            "aud": self.policy.audience,
            "sub": user_id,
            "jti": jti,
            "typ": TOKEN_TYPE,
            "role": Role(role).value,
            # iat keeps milliseconds (a NumericDate may be non-integer, RFC 7519 §2) so that a
            # "sign out everywhere" cut-off separates tokens issued within the same second.
            "iat": _millis(now) / 1000,
            "nbf": math.floor(now.timestamp()),
            "exp": math.floor(expires_at.timestamp()),
        }
        if customer_id is not None and role.customer_bound:
            claims["cus"] = customer_id
        if family_id is not None:
            claims["fam"] = family_id
        key = self._keys.active
        token = jwt.encode(
            claims,
            key.private,
            algorithm=self.policy.algorithm.value,
            headers={"kid": key.kid, "typ": HEADER_TYPE},
        )
        await self._emit(
            TOKEN_ISSUED, actor=user_id, target=jti, kid=key.kid, family=family_id or ""
        )
        return IssuedToken(
            token=token,
            jti=jti,
            issued_at=now,
            expires_at=_from_epoch(claims["exp"]),
            family_id=family_id,
        )

    async def verify(self, token: str) -> VerifiedToken:
        """The verified token, or AccessDenied (`access.token_*`) for any reason to refuse it."""
        claims = self._decode(token)
        now = self._clock.now().timestamp()
        leeway = self.policy.leeway.total_seconds()
        # RFC 7519 §4.1.4: not accepted *on or after* exp; the leeway absorbs clock skew only.
        if now >= claims["exp"] + leeway:
            raise AccessDenied("the access token has expired", code=TOKEN_EXPIRED)
        if claims["nbf"] > now + leeway or claims["iat"] > now + leeway:
            raise AccessDenied("the access token is not valid yet", code=TOKEN_NOT_YET_VALID)
        verified = _verified(claims)
        await self._check_revocation(verified)
        return verified

    async def revoke(self, token: VerifiedToken) -> None:
        """Refuse this token from now on (logout); kept until it would have expired anyway."""
        expires_at = token.expires_at + self.policy.leeway
        await self._revocations.revoke(token.issuer, token.jti, expires_at=expires_at)
        await self._emit(
            "access.token_revoked",
            actor=token.principal.user_id,
            target=token.jti,
            scope="token",
        )

    async def revoke_user(self, user_id: str, *, at: datetime | None = None) -> datetime:
        """Refuse every access token issued to the user before `at` (default now); returns it."""
        cutoff = at if at is not None else self._clock.now()
        # After the longest lifetime a token issued before the cut-off is expired anyway.
        expires_at = cutoff + self.policy.max_lifetime
        await self._revocations.revoke_user_tokens(user_id, at=cutoff, expires_at=expires_at)
        await self._emit("access.token_revoked", actor=user_id, target=user_id, scope="user")
        return cutoff

    # -- internals -------------------------------------------------------------------------

    def _decode(self, token: str) -> dict[str, Any]:
        if not isinstance(token, str) or not token or len(token) > _MAX_TOKEN_CHARS:
            raise _invalid()
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise _invalid() from None
        key = self._key_for(header)
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                # The allowlist is exactly the configured algorithm (RFC 8725 §3.1).
                algorithms=[self.policy.algorithm.value],
                audience=self.policy.audience,
                issuer=self.policy.issuer,
                options={
                    "require": list(REQUIRED_CLAIMS),
                    "strict_aud": True,
                    # Checked above with the injected clock instead of the library's.
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except jwt.PyJWTError:
            # `from None`: the library's message may quote claims; the token stays out of logs.
            raise _invalid() from None
        if not _well_typed(claims):
            raise _invalid()
        return claims

    def _key_for(self, header: Mapping[str, Any]) -> Any:
        # Unknown header fields (`jku`, `x5u`, `jwk`, `crit`, ...) are refused outright: a
        # header must never choose where a key comes from (RFC 8725 §3.10).
        if not set(header) <= _ALLOWED_HEADER:
            raise _invalid()
        if header.get("alg") != self.policy.algorithm.value or header.get("typ") != HEADER_TYPE:
            raise _invalid()
        kid = header.get("kid")
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise _invalid()
        return key.public

    async def _check_revocation(self, token: VerifiedToken) -> None:
        if await self._revocations.is_revoked(token.issuer, token.jti):
            raise _revoked()
        if token.family_id is not None and await self._revocations.is_family_revoked(
            token.family_id
        ):
            raise _revoked()
        user_id = token.principal.user_id or ""
        cutoffs = [await self._revocations.user_cutoff(user_id)]
        if self._valid_after is not None:
            cutoffs.append(await self._valid_after(user_id))
        issued = _millis(token.issued_at)
        if any(c is not None and issued < _millis(c) for c in cutoffs):
            raise _revoked()

    async def _emit(self, code: str, *, actor: str | None, target: str, **attributes: str) -> None:
        if self._events is None:
            return
        await self._events.emit(
            Event(
                code=code,
                outcome=Outcome.SUCCESS,
                at=self._clock.now(),
                actor=actor,
                target=target,
                attributes=attributes,
            )
        )


def _well_typed(claims: Mapping[str, Any]) -> bool:
    numbers_ok = all(_numeric_date(claims[n]) for n in ("exp", "nbf", "iat"))
    strings_ok = all(isinstance(claims[n], str) and claims[n] for n in ("sub", "jti", "typ"))
    optional_ok = all(isinstance(claims.get(n, ""), str) for n in ("cus", "fam"))
    return numbers_ok and strings_ok and optional_ok and claims["typ"] == TOKEN_TYPE


def _numeric_date(value: object) -> bool:
    # Python's json accepts NaN and Infinity, and huge values overflow datetime: only plain
    # finite numbers between 1970 and 9999 are dates.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 <= value <= _LAST_DATE


def _verified(claims: Mapping[str, Any]) -> VerifiedToken:
    try:
        role = Role(claims["role"])
    except ValueError:
        raise _invalid() from None
    customer_id = claims.get("cus") or None
    if role.customer_bound and customer_id is None:
        raise _invalid()
    user_id: str = claims["sub"]
    principal = Principal(
        id=f"user:{user_id}",
        role=role,
        customer_id=customer_id if role.customer_bound else None,
        display=user_id,
        method="jwt",
        user_id=user_id,
    )
    return VerifiedToken(
        principal=principal,
        jti=claims["jti"],
        issuer=claims["iss"],
        issued_at=_EPOCH + timedelta(milliseconds=round(claims["iat"] * 1000)),
        expires_at=_from_epoch(claims["exp"]),
        family_id=claims.get("fam") or None,
    )


def _millis(moment: datetime) -> int:
    # Integer arithmetic on the datetime: float timestamps would round either way.
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def _invalid() -> AccessDenied:
    return AccessDenied("the access token is not valid", code=TOKEN_INVALID)


def _revoked() -> AccessDenied:
    return AccessDenied("the access token has been revoked", code=TOKEN_REVOKED)
