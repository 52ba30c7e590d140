from __future__ import annotations

from datetime import timedelta

from bastion.access.lockout import Lockout, LockoutPolicy
from bastion.store.memory_counters import MemoryCounterStore
from bastion.testing import FrozenClock
from tests.access.identity_harness import START


def lockout(**policy: int) -> tuple[Lockout, FrozenClock]:
    clock = FrozenClock(START)
    return Lockout(counters=MemoryCounterStore(clock=clock), policy=LockoutPolicy(**policy)), clock


async def test_five_failures_within_the_window_lock_the_account_for_fifteen_minutes() -> None:
    guard, clock = lockout()
    outcomes = [await guard.record_failure("alice", client=None) for _ in range(5)]
    assert [o.account_locked for o in outcomes] == [False] * 4 + [True]
    assert await guard.is_locked("alice", client=None)
    assert not await guard.is_locked("bob", client=None)
    clock.advance(15 * 60 - 1)
    assert await guard.is_locked("alice", client=None)
    clock.advance(1)
    assert not await guard.is_locked("alice", client=None)


async def test_failures_spread_beyond_the_window_do_not_lock() -> None:
    guard, clock = lockout()
    for _ in range(4):
        await guard.record_failure("alice", client=None)
    clock.advance(15 * 60)
    outcome = await guard.record_failure("alice", client=None)
    assert not outcome.account_locked
    assert not await guard.is_locked("alice", client=None)


async def test_an_address_spraying_many_accounts_is_locked() -> None:
    guard, _ = lockout(address_failures=20)
    for n in range(19):
        await guard.record_failure(f"user{n}", client="203.0.113.9")
    assert not await guard.is_locked("fresh", client="203.0.113.9")
    outcome = await guard.record_failure("user19", client="203.0.113.9")
    assert outcome.address_locked
    assert await guard.is_locked("fresh", client="203.0.113.9")
    assert not await guard.is_locked("fresh", client="198.51.100.1")


async def test_success_forgets_account_failures_but_not_address_failures() -> None:
    guard, _ = lockout(account_failures=3, address_failures=4)
    await guard.record_failure("alice", client="203.0.113.9")
    await guard.record_failure("alice", client="203.0.113.9")
    await guard.record_success("alice")
    assert not (await guard.record_failure("alice", client="203.0.113.9")).account_locked
    assert (await guard.record_failure("alice", client="203.0.113.9")).address_locked


async def test_policy_durations_are_configurable() -> None:
    guard, clock = lockout(account_failures=2)
    guard = Lockout(
        counters=MemoryCounterStore(clock=clock),
        policy=LockoutPolicy(account_failures=2, lock_for=timedelta(seconds=30)),
    )
    await guard.record_failure("alice", client=None)
    await guard.record_failure("alice", client=None)
    assert await guard.is_locked("alice", client=None)
    clock.advance(30)
    assert not await guard.is_locked("alice", client=None)
