"""Risk of one request from its context: allow, require MFA, require approval, or deny.

`assess` is pure: a `RiskContext` of plain facts in, a `RiskAssessment` out, each contributing
factor listed with its weight so the decision can be explained and audited. The facts that need
history (has this user come from this network before? at this hour?) are read from a
`RiskProfile`, which `RiskEngine.learn` updates after each successful authentication.
"""

from __future__ import annotations

import enum
import ipaddress
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Protocol

from bastion.core.clock import Clock
from bastion.core.errors import ConfigurationError

HOURS = 24
MIN_SIGHTINGS_FOR_HOURS = 10  # fewer logins say nothing about a user's habits
UNUSUAL_HOUR_SHARE = 0.05  # the hour and its neighbours held under 5% of past logins
MAX_RECENT_FAILURES = 1000


class DeviceEvidence(enum.StrEnum):
    """What the request proves about the device it came from."""

    SIGNED = "signed"  # a valid signature from a registered, non-revoked device
    NONE = "none"  # no device signature: a token or password that could be used anywhere


class RiskDecision(enum.StrEnum):
    """What to do with the request, from mildest to strictest."""

    ALLOW = "allow"
    REQUIRE_MFA = "require_mfa"
    REQUIRE_APPROVAL = "require_approval"
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class RiskFactor:
    """One row of the weight table: what raises risk, by how much, and why."""

    code: str
    weight: float
    reason: str
    cap: float | None = None  # for counted factors: the most they can add


FACTORS: Mapping[str, RiskFactor] = MappingProxyType(
    {
        f.code: f
        for f in (
            RiskFactor(
                "risk.device_unsigned",
                0.2,
                "no proof of a registered device: a stolen token or password works from anywhere",
            ),
            RiskFactor(
                "risk.network_new",
                0.2,
                "first request from this /24 (IPv4) or /48 (IPv6) for this user: a new place",
            ),
            RiskFactor(
                "risk.hour_unusual",
                0.1,
                "outside the hours this user is usually active; weak alone, telling with others",
            ),
            RiskFactor(
                "risk.permission_privileged",
                0.2,
                "the action manages users, keys or sensitive data, so a mistake costs more",
            ),
            RiskFactor(
                "risk.recent_failures",
                0.1,
                "each recent failed login or signature suggests guessing in progress",
                cap=0.3,
            ),
        )
    }
)


@dataclass(frozen=True, slots=True)
class RiskThresholds:
    """Scores at or above each threshold escalate the decision; strictly ascending in (0, 1]."""

    mfa: float = 0.3
    approval: float = 0.5
    deny: float = 0.7

    def __post_init__(self) -> None:
        if not 0 < self.mfa < self.approval < self.deny <= 1:
            raise ConfigurationError(
                "risk thresholds must satisfy 0 < mfa < approval < deny <= 1, got "
                f"mfa={self.mfa}, approval={self.approval}, deny={self.deny}"
            )

    def decide(self, score: float) -> RiskDecision:
        if score >= self.deny:
            return RiskDecision.DENY
        if score >= self.approval:
            return RiskDecision.REQUIRE_APPROVAL
        if score >= self.mfa:
            return RiskDecision.REQUIRE_MFA
        return RiskDecision.ALLOW


@dataclass(frozen=True, slots=True)
class RiskContext:
    """The facts about one request that bear on its risk."""

    device: DeviceEvidence
    new_network: bool
    unusual_hour: bool
    privileged: bool
    recent_failures: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.recent_failures <= MAX_RECENT_FAILURES:
            raise ValueError(f"recent_failures must be within [0, {MAX_RECENT_FAILURES}]")


@dataclass(frozen=True, slots=True)
class RiskSignal:
    """One factor that contributed to a score, and how much."""

    code: str
    weight: float


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A score in [0, 1], the factors behind it, and the decision the thresholds give."""

    score: float
    factors: tuple[RiskSignal, ...]
    decision: RiskDecision

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.factors)


def assess(
    context: RiskContext,
    *,
    thresholds: RiskThresholds | None = None,
    factors: Mapping[str, RiskFactor] = FACTORS,
) -> RiskAssessment:
    """Score the context against the weight table and decide by the thresholds."""
    present = {
        "risk.device_unsigned": 1 if context.device is DeviceEvidence.NONE else 0,
        "risk.network_new": int(context.new_network),
        "risk.hour_unusual": int(context.unusual_hour),
        "risk.permission_privileged": int(context.privileged),
        "risk.recent_failures": context.recent_failures,
    }
    signals = []
    for code, count in present.items():
        factor = factors.get(code)
        if factor is None:
            # A table missing a factor would silently lower every score: refuse it.
            raise ConfigurationError(f"the risk weight table has no factor {code!r}")
        weight = factor.weight * count
        if factor.cap is not None:
            weight = min(weight, factor.cap)
        if weight > 0:
            signals.append(RiskSignal(code=code, weight=round(weight, 6)))
    # Rounded so that 0.1 + 0.2 lands on the 0.3 threshold instead of a hair either side of it.
    score = round(min(1.0, math.fsum(s.weight for s in signals)), 6)
    decision = (thresholds or RiskThresholds()).decide(score)
    return RiskAssessment(score=score, factors=tuple(signals), decision=decision)


# -- what a user has been seen with ------------------------------------------------------------


def _no_hours() -> tuple[int, ...]:
    return (0,) * HOURS


@dataclass(frozen=True, slots=True)
class RiskProfile:
    """Networks a user authenticated from, and how many logins fell in each UTC hour."""

    user_id: str
    prefixes: frozenset[str] = frozenset()
    hours: tuple[int, ...] = field(default_factory=_no_hours)

    def __post_init__(self) -> None:
        if len(self.hours) != HOURS or any(h < 0 for h in self.hours):
            raise ValueError("a risk profile holds 24 non-negative hour counts")

    @property
    def sightings(self) -> int:
        return sum(self.hours)

    def knows_network(self, prefix: str | None) -> bool:
        return prefix is not None and prefix in self.prefixes

    def usual_hour(self, hour: int) -> bool:
        """True while history is too short to judge, or when the user is often active then."""
        total = self.sightings
        if total < MIN_SIGHTINGS_FOR_HOURS:
            return True
        # Neighbouring hours count too: a user active at 9 is not suspicious at 10.
        near = sum(self.hours[(hour + d) % HOURS] for d in (-1, 0, 1))
        return near / total >= UNUSUAL_HOUR_SHARE


class RiskProfileStore(Protocol):
    """Persistence for risk profiles; implemented in `bastion.store`."""

    async def get_risk_profile(self, user_id: str) -> RiskProfile:
        """The user's profile; an empty one when nothing was recorded yet."""
        ...

    async def record_sighting(
        self, user_id: str, *, prefix: str | None, hour: int, at: datetime
    ) -> None:
        """Add the network prefix (when known) and count one login at `hour`, atomically."""
        ...


def network_prefix(client: str | None) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address, or None when it is not an address."""
    if not client:
        return None
    try:
        address = ipaddress.ip_address(client.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    bits = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{bits}", strict=False))


def context_for(
    profile: RiskProfile,
    *,
    client: str | None,
    at: datetime,
    device: DeviceEvidence,
    privileged: bool,
    recent_failures: int = 0,
) -> RiskContext:
    """The context of a request by the profile's user from `client` at `at`."""
    # An address we cannot read is treated as a new network: unknown never lowers risk.
    return RiskContext(
        device=device,
        new_network=not profile.knows_network(network_prefix(client)),
        unusual_hour=not profile.usual_hour(_utc_hour(at)),
        privileged=privileged,
        recent_failures=recent_failures,
    )


def _utc_hour(at: datetime) -> int:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("risk needs timezone-aware times")
    return int(at.timestamp() // 3600) % HOURS


class RiskEngine:
    """Assess requests against each user's profile, and learn from successful logins."""

    def __init__(
        self,
        *,
        profiles: RiskProfileStore,
        clock: Clock,
        thresholds: RiskThresholds | None = None,
        factors: Mapping[str, RiskFactor] = FACTORS,
    ) -> None:
        self._profiles = profiles
        self._clock = clock
        self._thresholds = thresholds or RiskThresholds()
        self._factors = factors

    async def evaluate(
        self,
        *,
        user_id: str,
        client: str | None,
        device: DeviceEvidence,
        privileged: bool,
        recent_failures: int = 0,
    ) -> RiskAssessment:
        """The risk of this user's request now, from this client."""
        profile = await self._profiles.get_risk_profile(user_id)
        context = context_for(
            profile,
            client=client,
            at=self._clock.now(),
            device=device,
            privileged=privileged,
            recent_failures=recent_failures,
        )
        return assess(context, thresholds=self._thresholds, factors=self._factors)

    async def learn(self, *, user_id: str, client: str | None) -> None:
        """Remember this network and hour for the user; call only after a successful login."""
        now = self._clock.now()
        await self._profiles.record_sighting(
            user_id, prefix=network_prefix(client), hour=_utc_hour(now), at=now
        )
