"""Identity services over memory stores with cheap argon2 parameters, for fast tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bastion.access.lockout import Lockout, LockoutPolicy
from bastion.access.passwords import HashParameters, PasswordHasher, PasswordPolicy
from bastion.access.sessions import SessionPolicy, Sessions
from bastion.access.users import Users
from bastion.store.memory_counters import MemoryCounterStore
from bastion.store.memory_identity import MemoryIdentityStore
from bastion.testing import CapturingSink, FrozenClock

CHEAP = HashParameters(memory_kib=8, time_cost=1, parallelism=1)
"""Fast, insecure argon2 parameters: only ever for tests."""
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
GOOD_PASSWORD = "violet-harbour-engine-42"


@dataclass
class Harness:
    clock: FrozenClock
    store: MemoryIdentityStore
    events: CapturingSink
    users: Users
    sessions: Sessions
    hasher: PasswordHasher


def harness(*, hasher: PasswordHasher | None = None) -> Harness:
    clock = FrozenClock(START)
    store = MemoryIdentityStore()
    events = CapturingSink()
    hasher = hasher if hasher is not None else PasswordHasher(CHEAP)
    users = Users(
        store=store,
        hasher=hasher,
        policy=PasswordPolicy(min_length=8),
        lockout=Lockout(counters=MemoryCounterStore(clock=clock), policy=LockoutPolicy()),
        events=events,
        clock=clock,
    )
    sessions = Sessions(store=store, clock=clock, events=events, policy=SessionPolicy())
    return Harness(clock, store, events, users, sessions, hasher)
