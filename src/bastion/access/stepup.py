"""Step-up: a fresh second-factor verification that lets risky requests through for a while.

A verification leaves a marker that lives `ttl` (default ten minutes) and is bound to one
credential of the user (one session, or one refresh family): a thief holding another of the
user's credentials gains nothing from the user's own step-up. Failed verifications are counted
per user and stop being accepted after `max_failures` within `window`, because a TOTP window
leaves three codes live at once and recovery codes are several more: guessing must stay slow.

Everything is kept in the lockout `CounterStore`, so every gateway instance sees the same markers
and counts. Keys hold only opaque user ids and credential digests, never a login or token.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from bastion.access.lockout import CounterStore
from bastion.core.errors import ConfigurationError, RateLimited

MFA_LOCKED = "access.mfa_rate_limited"


@dataclass(frozen=True, slots=True)
class StepUpPolicy:
    """How long a verification counts, and how many failures within `window` lock verifying."""

    ttl: timedelta = timedelta(minutes=10)
    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)

    def __post_init__(self) -> None:
        if self.ttl <= timedelta(0) or self.window <= timedelta(0):
            raise ConfigurationError("step-up durations must be positive")
        if self.max_failures < 1:
            raise ConfigurationError("the second-factor failure limit must be at least 1")


def credential_binding(kind: str, secret: str) -> str:
    """A stable, non-reversible name for one credential (a session id, a token family)."""
    return kind + ":" + hashlib.sha256(secret.encode("utf-8")).hexdigest()[:32]


class StepUp:
    """Record and check fresh verifications; count failed ones and the failures risk sees."""

    def __init__(self, *, counters: CounterStore, policy: StepUpPolicy | None = None) -> None:
        self._counters = counters
        self.policy = policy if policy is not None else StepUpPolicy()

    async def mark(self, user_id: str, *, binding: str) -> None:
        """The user just passed a second factor on this credential."""
        key = _key("fresh", user_id, binding)
        # A counter's window starts at its first increment, so a new verification restarts it.
        await self._counters.reset(key)
        await self._counters.increment(key, window=self.policy.ttl)
        await self._counters.reset(_key("mfa-failures", user_id))

    async def is_fresh(self, user_id: str, *, binding: str) -> bool:
        return await self._counters.get(_key("fresh", user_id, binding)) > 0

    async def forget(self, user_id: str, *, binding: str) -> None:
        await self._counters.reset(_key("fresh", user_id, binding))

    async def check_attempts(self, user_id: str) -> None:
        """RateLimited when the user has used up their verification attempts for now."""
        if await self._counters.get(_key("mfa-failures", user_id)) >= self.policy.max_failures:
            raise RateLimited(
                "too many failed second-factor codes; try again later",
                retry_after=self.policy.window.total_seconds(),
                code=MFA_LOCKED,
            )

    async def record_mfa_failure(self, user_id: str) -> None:
        await self._counters.increment(_key("mfa-failures", user_id), window=self.policy.window)
        await self._counters.increment(_key("failures", user_id), window=self.policy.window)

    async def record_signature_failure(self, user_id: str) -> None:
        await self._counters.increment(_key("failures", user_id), window=self.policy.window)

    async def recent_failures(self, user_id: str) -> int:
        """Failed codes and device signatures of the user within the window, for risk scoring."""
        return await self._counters.get(_key("failures", user_id))


def _key(kind: str, user_id: str, binding: str = "") -> str:
    suffix = f":{binding}" if binding else ""
    return f"stepup:{kind}:{user_id}{suffix}"
