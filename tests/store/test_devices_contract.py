"""One contract for device, risk-profile, MFA and nonce storage, over every implementation."""

from __future__ import annotations

import asyncio
import functools
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, timedelta
from typing import Protocol

import pytest
from redis import Redis as SyncRedis
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bastion.access.devices import DeviceRecord, DeviceStore, NonceStore
from bastion.access.mfa import MfaEnrolment, MfaStore
from bastion.access.risk import RiskProfileStore
from bastion.core.errors import StoreError
from bastion.store import upgrade
from bastion.store.engine import async_engine
from bastion.store.memory_devices import MemoryDeviceStore, MemoryNonceStore
from bastion.store.redis_nonces import RedisNonceStore
from bastion.store.sql_devices import SqlDeviceStore
from bastion.testing import FrozenClock
from tests.store.conftest import START

REDIS_URL = os.environ.get("BASTION_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class Store(DeviceStore, RiskProfileStore, MfaStore, Protocol):
    """Everything the device contract covers."""


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[Store]:
    """A migrated, empty device store of each implementation."""
    if request.param == "memory":
        yield MemoryDeviceStore()
        return
    url: str = request.getfixturevalue(f"{request.param}_url")
    upgrade(url)
    engine = async_engine(url)
    try:
        yield SqlDeviceStore(engine=engine)
    finally:
        await engine.dispose()


@functools.cache
def redis_unavailable() -> str | None:
    """Why the Redis tests cannot run here, or None when they can."""
    client = SyncRedis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
        return None
    except (RedisError, OSError) as exc:
        return f"Redis not reachable at {REDIS_URL} (set BASTION_TEST_REDIS_URL): {exc}"
    finally:
        client.close()


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def nonces(request: pytest.FixtureRequest) -> AsyncIterator[tuple[NonceStore, FrozenClock]]:
    """A nonce store of each implementation, and the clock that ages it (memory only)."""
    clock = FrozenClock(START)
    if request.param == "memory":
        yield MemoryNonceStore(clock=clock), clock
        return
    reason = redis_unavailable()
    if reason is not None:
        pytest.skip(reason)
    # A random prefix per test: parallel runs never collide, and cleanup is one scan.
    prefix = f"bastion_test:{uuid.uuid4().hex}:"
    client = Redis.from_url(REDIS_URL)
    try:
        yield RedisNonceStore(client=client, prefix=prefix), clock
    finally:
        keys = [k async for k in client.scan_iter(match=f"{prefix}*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


def device(device_id: str, user_id: str = "usr_alice", **extra: object) -> DeviceRecord:
    return DeviceRecord(
        id=device_id,
        user_id=user_id,
        public_key=bytes(range(32)),
        name=f"device {device_id}",
        created_at=extra.pop("created_at", START),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


# -- devices -----------------------------------------------------------------------------------


async def test_devices_round_trip_and_list_per_user_oldest_first(store: Store) -> None:
    await store.add_device(device("dev_b", created_at=START + timedelta(hours=1)))
    await store.add_device(device("dev_a"))
    await store.add_device(device("dev_c", user_id="usr_bob"))
    got = await store.get_device("dev_a")
    assert got == device("dev_a")
    assert got is not None
    assert got.created_at.utcoffset() == timedelta(0)
    assert [d.id for d in await store.list_devices("usr_alice")] == ["dev_a", "dev_b"]
    assert [d.id for d in await store.list_devices("usr_bob")] == ["dev_c"]
    assert await store.list_devices("usr_nobody") == []
    assert await store.get_device("dev_missing") is None


async def test_a_device_id_is_added_once(store: Store) -> None:
    await store.add_device(device("dev_a"))
    with pytest.raises(StoreError):
        await store.add_device(device("dev_a", user_id="usr_bob"))
    assert (await store.get_device("dev_a")).user_id == "usr_alice"  # type: ignore[union-attr]


async def test_revocation_happens_once_and_keeps_the_first_time(store: Store) -> None:
    await store.add_device(device("dev_a"))
    first = START + timedelta(minutes=5)
    assert await store.revoke_device("dev_a", at=first)
    assert not await store.revoke_device("dev_a", at=first + timedelta(minutes=1))
    assert not await store.revoke_device("dev_missing", at=first)
    revoked = await store.get_device("dev_a")
    assert revoked is not None
    assert revoked.revoked_at == first
    assert not revoked.active


async def test_touch_records_last_use_and_ignores_unknown_devices(store: Store) -> None:
    await store.add_device(device("dev_a"))
    seen = START.astimezone(UTC) + timedelta(seconds=42)
    await store.touch_device("dev_a", at=seen)
    await store.touch_device("dev_missing", at=seen)
    assert (await store.get_device("dev_a")).last_seen_at == seen  # type: ignore[union-attr]


# -- risk profiles -----------------------------------------------------------------------------


async def test_an_unknown_user_has_an_empty_profile(store: Store) -> None:
    profile = await store.get_risk_profile("usr_alice")
    assert profile.prefixes == frozenset()
    assert profile.hours == (0,) * 24
    assert profile.user_id == "usr_alice"


async def test_sightings_accumulate_networks_and_hours_per_user(store: Store) -> None:
    for _ in range(3):
        await store.record_sighting("usr_alice", prefix="203.0.113.0/24", hour=9, at=START)
    await store.record_sighting("usr_alice", prefix="2001:db8:1::/48", hour=23, at=START)
    await store.record_sighting("usr_alice", prefix=None, hour=0, at=START)
    await store.record_sighting("usr_bob", prefix="198.51.100.0/24", hour=9, at=START)
    alice = await store.get_risk_profile("usr_alice")
    assert alice.prefixes == frozenset({"203.0.113.0/24", "2001:db8:1::/48"})
    assert alice.hours[9] == 3
    assert alice.hours[23] == 1
    assert alice.hours[0] == 1
    assert alice.sightings == 5
    bob = await store.get_risk_profile("usr_bob")
    assert bob.prefixes == frozenset({"198.51.100.0/24"})
    assert bob.sightings == 1


async def test_concurrent_sightings_are_all_counted(store: Store) -> None:
    await asyncio.gather(
        *(
            store.record_sighting("usr_alice", prefix="203.0.113.0/24", hour=14, at=START)
            for _ in range(8)
        )
    )
    assert (await store.get_risk_profile("usr_alice")).hours[14] == 8


@pytest.mark.parametrize("hour", [-1, 24])
async def test_hours_outside_the_day_are_refused(store: Store, hour: int) -> None:
    with pytest.raises(ValueError, match="hour"):
        await store.record_sighting("usr_alice", prefix=None, hour=hour, at=START)


# -- second factor -----------------------------------------------------------------------------


def enrolment(user_id: str = "usr_alice") -> MfaEnrolment:
    return MfaEnrolment(user_id=user_id, sealed_secret=f"f1.k1.sealed-{user_id}", created_at=START)


async def test_enrolments_round_trip_and_confirm_once(store: Store) -> None:
    assert await store.get_enrolment("usr_alice") is None
    await store.put_enrolment(enrolment())
    assert await store.get_enrolment("usr_alice") == enrolment()
    confirmed_at = START + timedelta(minutes=1)
    assert await store.confirm_enrolment("usr_alice", at=confirmed_at)
    assert not await store.confirm_enrolment("usr_alice", at=confirmed_at)
    assert not await store.confirm_enrolment("usr_bob", at=confirmed_at)
    assert (await store.get_enrolment("usr_alice")).confirmed_at == confirmed_at  # type: ignore[union-attr]


async def test_steps_are_claimed_once_and_only_forwards(store: Store) -> None:
    assert not await store.claim_step("usr_alice", 100)  # no enrolment
    await store.put_enrolment(enrolment())
    assert await store.claim_step("usr_alice", 100)
    assert not await store.claim_step("usr_alice", 100)
    assert not await store.claim_step("usr_alice", 99)
    assert await store.claim_step("usr_alice", 101)
    assert (await store.get_enrolment("usr_alice")).last_step == 101  # type: ignore[union-attr]


async def test_racing_claims_of_one_step_have_one_winner(store: Store) -> None:
    await store.put_enrolment(enrolment())
    results = await asyncio.gather(*(store.claim_step("usr_alice", 5_000_000) for _ in range(6)))
    assert sorted(results) == [False] * 5 + [True]


async def test_recovery_codes_are_used_once_and_counted(store: Store) -> None:
    await store.put_enrolment(enrolment())
    await store.replace_recovery_codes("usr_alice", ["a" * 64, "b" * 64, "c" * 64], at=START)
    assert await store.count_recovery_codes("usr_alice") == 3
    assert await store.use_recovery_code("usr_alice", "b" * 64, at=START)
    assert not await store.use_recovery_code("usr_alice", "b" * 64, at=START)
    assert not await store.use_recovery_code("usr_bob", "a" * 64, at=START)
    assert not await store.use_recovery_code("usr_alice", "d" * 64, at=START)
    assert await store.count_recovery_codes("usr_alice") == 2


async def test_racing_uses_of_one_recovery_code_have_one_winner(store: Store) -> None:
    await store.put_enrolment(enrolment())
    await store.replace_recovery_codes("usr_alice", ["a" * 64], at=START)
    results = await asyncio.gather(
        *(store.use_recovery_code("usr_alice", "a" * 64, at=START) for _ in range(6))
    )
    assert sorted(results) == [False] * 5 + [True]


async def test_replacing_codes_or_the_enrolment_drops_the_old_codes(store: Store) -> None:
    await store.put_enrolment(enrolment())
    await store.replace_recovery_codes("usr_alice", ["a" * 64, "b" * 64], at=START)
    await store.replace_recovery_codes("usr_alice", ["c" * 64], at=START)
    assert not await store.use_recovery_code("usr_alice", "a" * 64, at=START)
    assert await store.count_recovery_codes("usr_alice") == 1
    await store.put_enrolment(enrolment())
    assert await store.count_recovery_codes("usr_alice") == 0


async def test_deleting_an_enrolment_removes_its_codes_and_only_its_users(store: Store) -> None:
    for user in ("usr_alice", "usr_bob"):
        await store.put_enrolment(enrolment(user))
        await store.replace_recovery_codes(user, ["a" * 64], at=START)
    assert await store.delete_enrolment("usr_alice")
    assert not await store.delete_enrolment("usr_alice")
    assert await store.get_enrolment("usr_alice") is None
    assert await store.count_recovery_codes("usr_alice") == 0
    assert await store.get_enrolment("usr_bob") == enrolment("usr_bob")
    assert await store.count_recovery_codes("usr_bob") == 1


# -- nonces ------------------------------------------------------------------------------------


async def test_a_nonce_is_remembered_once_per_device(
    nonces: tuple[NonceStore, FrozenClock],
) -> None:
    store, _ = nonces
    assert await store.remember("dev_a", "nonce-1", 600)
    assert not await store.remember("dev_a", "nonce-1", 600)
    assert await store.remember("dev_b", "nonce-1", 600)
    assert await store.remember("dev_a", "nonce-2", 600)


async def test_racing_requests_with_one_nonce_have_one_winner(
    nonces: tuple[NonceStore, FrozenClock],
) -> None:
    store, _ = nonces
    results = await asyncio.gather(*(store.remember("dev_a", "nonce-x", 600) for _ in range(8)))
    assert sorted(results) == [False] * 7 + [True]


async def test_a_nonce_is_forgotten_after_its_time_to_live(
    nonces: tuple[NonceStore, FrozenClock],
) -> None:
    store, clock = nonces
    assert await store.remember("dev_a", "nonce-1", 1)
    if isinstance(store, RedisNonceStore):
        await asyncio.sleep(1.1)  # Redis keeps its own time
    else:
        clock.advance(1.1)
    assert await store.remember("dev_a", "nonce-1", 1)


async def test_an_unreachable_redis_fails_closed_with_a_store_error() -> None:
    store = RedisNonceStore.from_url("redis://127.0.0.1:1/0")
    try:
        with pytest.raises(StoreError):
            await store.remember("dev_a", "nonce-1", 600)
    finally:
        await store.close()
