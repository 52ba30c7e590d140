"""Login lockout: too many failures lock an account, and separately a client address, for a while.

Counting per account stops guessing one password; counting per address stops one client spraying
a common password over many accounts. Both live in a `CounterStore` so that every instance of the
gateway sees the same counts (Redis at scale, process memory on one machine).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol


class CounterStore(Protocol):
    """Counters that expire: implemented in memory and in Redis by `bastion.store`."""

    async def increment(self, key: str, *, window: timedelta) -> int:
        """Add one and return the new count; the `window` starts at the first increment."""
        ...

    async def get(self, key: str) -> int:
        """The current count; 0 when the counter never started or its window has passed."""
        ...

    async def reset(self, key: str) -> None:
        """Forget the counter."""
        ...


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    """How many failures within `window` lock an account or an address, and for how long."""

    account_failures: int = 5
    address_failures: int = 20
    window: timedelta = timedelta(minutes=15)
    lock_for: timedelta = timedelta(minutes=15)

    def __post_init__(self) -> None:
        if self.account_failures < 1 or self.address_failures < 1:
            raise ValueError("lockout thresholds must be at least 1")
        if self.window <= timedelta(0) or self.lock_for <= timedelta(0):
            raise ValueError("lockout durations must be positive")


@dataclass(frozen=True, slots=True)
class FailureOutcome:
    """What one recorded failure changed."""

    account_locked: bool
    address_locked: bool


def _key(kind: str, value: str) -> str:
    # Hashed, so a login name or address never appears in a shared store's key space.
    return f"lockout:{kind}:" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


class Lockout:
    """Record failed logins and tell whether an account or a client address is locked."""

    def __init__(self, *, counters: CounterStore, policy: LockoutPolicy | None = None) -> None:
        self._counters = counters
        self.policy = policy if policy is not None else LockoutPolicy()

    async def is_locked(self, login: str, *, client: str | None) -> bool:
        """True when the account, or the client address, is locked now."""
        if await self._counters.get(_key("account-lock", login)) > 0:
            return True
        return client is not None and await self._counters.get(_key("address-lock", client)) > 0

    async def record_failure(self, login: str, *, client: str | None) -> FailureOutcome:
        """Count one failed login for the account and the address; lock whichever crossed."""
        policy = self.policy
        failures = await self._counters.increment(_key("account", login), window=policy.window)
        account_locked = failures == policy.account_failures
        if account_locked:
            await self._counters.increment(_key("account-lock", login), window=policy.lock_for)
            # The lock now holds the account; counting restarts once it ends.
            await self._counters.reset(_key("account", login))
        address_locked = False
        if client is not None:
            by_address = await self._counters.increment(
                _key("address", client), window=policy.window
            )
            address_locked = by_address == policy.address_failures
            if address_locked:
                await self._counters.increment(_key("address-lock", client), window=policy.lock_for)
                await self._counters.reset(_key("address", client))
        return FailureOutcome(account_locked=account_locked, address_locked=address_locked)

    async def record_success(self, login: str) -> None:
        """Forget the account's failures; the address count stays (one good login proves little)."""
        await self._counters.reset(_key("account", login))
