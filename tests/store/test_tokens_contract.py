"""One contract for the token ports (refresh store, revocation list), every implementation."""

from __future__ import annotations

import asyncio
import functools
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

import pytest
import redis

from bastion.access.refresh import RefreshRecord, RefreshStore
from bastion.access.revocation import RevocationList
from bastion.core.errors import StoreError
from bastion.store import SqlStore, upgrade
from bastion.store.memory_tokens import MemoryTokenStore
from bastion.store.redis_revocation import RedisRevocationList
from bastion.store.sql_tokens import SqlTokenStore
from bastion.testing import FrozenClock
from tests.store.conftest import START

REDIS_URL = os.environ.get("BASTION_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SQL = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@functools.cache
def redis_unavailable() -> str | None:
    """Why the Redis tests cannot run here, or None when they can."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
        return None
    except (redis.RedisError, OSError) as exc:
        return f"Redis not reachable at {REDIS_URL} (set BASTION_TEST_REDIS_URL): {exc}"
    finally:
        client.close()


async def sql_token_store(request: pytest.FixtureRequest, backend: str) -> SqlStore:
    url: str = request.getfixturevalue(f"{backend}_url")
    upgrade(url)
    return SqlStore.from_url(url)


@pytest.fixture(params=["memory", *SQL])
async def refresh_store(request: pytest.FixtureRequest) -> AsyncIterator[RefreshStore]:
    if request.param == "memory":
        yield MemoryTokenStore()
        return
    owner = await sql_token_store(request, request.param)
    try:
        yield SqlTokenStore(engine=owner.engine)
    finally:
        await owner.close()


@dataclass
class Revocations:
    """A revocation list under test and how to let time pass for it."""

    store: RevocationList
    clock: FrozenClock
    expire_through: Callable[[datetime], Awaitable[None]]


@pytest.fixture(
    params=["memory", *SQL, pytest.param("redis", marks=pytest.mark.redis)],
)
async def revocations(request: pytest.FixtureRequest) -> AsyncIterator[Revocations]:
    clock = FrozenClock(START)
    if request.param == "memory":
        memory = MemoryTokenStore()
        yield Revocations(memory, clock, _purging(memory))
        return
    if request.param == "redis":
        reason = redis_unavailable()
        if reason is not None:
            pytest.skip(reason)
        listed = RedisRevocationList.from_url(
            REDIS_URL, clock=clock, prefix=f"test:{uuid.uuid4().hex}:"
        )

        async def wait_through(moment: datetime) -> None:
            # Redis expires keys on its own clock: really wait out the TTL.
            await asyncio.sleep(max(0.0, (moment - clock.now()).total_seconds()) + 0.05)

        try:
            yield Revocations(listed, clock, wait_through)
        finally:
            await listed.close()
        return
    owner = await sql_token_store(request, request.param)
    sql = SqlTokenStore(engine=owner.engine)
    try:
        yield Revocations(sql, clock, _purging(sql))
    finally:
        await owner.close()


def _purging(store: MemoryTokenStore | SqlTokenStore) -> Callable[[datetime], Awaitable[None]]:
    async def purge(moment: datetime) -> None:
        await store.purge_expired(moment)

    return purge


def record(token_hash: str, family_id: str = "fam_1", user_id: str = "usr_1") -> RefreshRecord:
    return RefreshRecord(
        token_hash=token_hash.ljust(64, "0"),
        family_id=family_id,
        user_id=user_id,
        issued_at=START,
        expires_at=START + timedelta(days=14),
    )


# -- refresh tokens ---------------------------------------------------------------------------


async def test_a_refresh_record_round_trips_in_utc(refresh_store: RefreshStore) -> None:
    plus_nine = timezone(timedelta(hours=9))
    added = replace(record("a"), issued_at=START.astimezone(plus_nine))
    await refresh_store.add_refresh(added)
    got = await refresh_store.get_refresh(added.token_hash)
    assert got == replace(added, issued_at=START)
    assert got is not None
    assert got.issued_at.utcoffset() == timedelta(0)
    assert await refresh_store.get_refresh("f" * 64) is None


async def test_a_duplicate_refresh_hash_is_a_conflict(refresh_store: RefreshStore) -> None:
    await refresh_store.add_refresh(record("a"))
    with pytest.raises(StoreError) as caught:
        await refresh_store.add_refresh(record("a", family_id="fam_2"))
    assert caught.value.code == "store.conflict"


async def test_a_token_is_claimed_once(refresh_store: RefreshStore) -> None:
    await refresh_store.add_refresh(record("a"))
    at = START + timedelta(minutes=1)
    assert await refresh_store.claim_refresh(record("a").token_hash, at=at)
    assert not await refresh_store.claim_refresh(record("a").token_hash, at=at)
    got = await refresh_store.get_refresh(record("a").token_hash)
    assert got is not None
    assert got.used_at == at
    assert not await refresh_store.claim_refresh("f" * 64, at=at)


async def test_concurrent_claims_of_one_token_have_exactly_one_winner(
    refresh_store: RefreshStore,
) -> None:
    await refresh_store.add_refresh(record("a"))
    results = await asyncio.gather(
        *(refresh_store.claim_refresh(record("a").token_hash, at=START) for _ in range(8))
    )
    assert sorted(results) == [False] * 7 + [True]


async def test_revoking_a_family_revokes_all_its_tokens_and_no_other(
    refresh_store: RefreshStore,
) -> None:
    for name, family in (("a", "fam_1"), ("b", "fam_1"), ("c", "fam_2")):
        await refresh_store.add_refresh(record(name, family_id=family))
    first, later = START + timedelta(minutes=1), START + timedelta(minutes=2)
    await refresh_store.revoke_refresh_family("fam_1", at=first)
    await refresh_store.revoke_refresh_family("fam_1", at=later)
    for name in "ab":
        got = await refresh_store.get_refresh(record(name).token_hash)
        assert got is not None
        assert got.revoked_at == first  # the first revocation time is kept
        assert not await refresh_store.claim_refresh(got.token_hash, at=later)
    untouched = await refresh_store.get_refresh(record("c").token_hash)
    assert untouched is not None
    assert untouched.revoked_at is None


async def test_live_families_are_the_users_unrevoked_ones_oldest_first(
    refresh_store: RefreshStore,
) -> None:
    await refresh_store.add_refresh(replace(record("a", "fam_b"), issued_at=START))
    await refresh_store.add_refresh(
        replace(record("b", "fam_a"), issued_at=START + timedelta(hours=1))
    )
    await refresh_store.add_refresh(
        replace(record("c", "fam_b"), issued_at=START + timedelta(hours=2))
    )
    await refresh_store.add_refresh(record("d", "fam_gone"))
    await refresh_store.add_refresh(record("e", "fam_other", user_id="usr_2"))
    await refresh_store.revoke_refresh_family("fam_gone", at=START)
    assert await refresh_store.live_refresh_families("usr_1") == ["fam_b", "fam_a"]
    assert await refresh_store.live_refresh_families("usr_3") == []


async def test_purging_forgets_expired_refresh_tokens_only(refresh_store: RefreshStore) -> None:
    if not isinstance(refresh_store, MemoryTokenStore | SqlTokenStore):
        pytest.skip("no purge on this store")
    await refresh_store.add_refresh(record("a"))
    await refresh_store.add_refresh(replace(record("b"), expires_at=START + timedelta(days=30)))
    assert await refresh_store.purge_expired(START + timedelta(days=14)) == 1
    assert await refresh_store.get_refresh(record("a").token_hash) is None
    assert await refresh_store.get_refresh(record("b").token_hash) is not None


# -- revocation list --------------------------------------------------------------------------


async def test_a_revoked_jti_is_revoked_for_its_issuer_only(revocations: Revocations) -> None:
    store = revocations.store
    await store.revoke("https://a.test", "j1", expires_at=START + timedelta(minutes=15))
    assert await store.is_revoked("https://a.test", "j1")
    assert not await store.is_revoked("https://b.test", "j1")
    assert not await store.is_revoked("https://a.test", "j2")


async def test_separators_in_issuers_cannot_collide(revocations: Revocations) -> None:
    store = revocations.store
    await store.revoke("a:b", "c", expires_at=START + timedelta(minutes=15))
    assert not await store.is_revoked("a", "b:c")
    assert await store.is_revoked("a:b", "c")


async def test_a_revoked_family_is_revoked(revocations: Revocations) -> None:
    store = revocations.store
    await store.revoke_family("fam_1", expires_at=START + timedelta(minutes=15))
    assert await store.is_family_revoked("fam_1")
    assert not await store.is_family_revoked("fam_2")


async def test_a_user_cutoff_round_trips_exactly_and_only_moves_forward(
    revocations: Revocations,
) -> None:
    store = revocations.store
    assert await store.user_cutoff("usr_1") is None
    cutoff = START + timedelta(seconds=3, microseconds=123456)
    until = START + timedelta(minutes=20)
    await store.revoke_user_tokens("usr_1", at=cutoff, expires_at=until)
    got = await store.user_cutoff("usr_1")
    assert got == cutoff
    assert got is not None
    assert got.utcoffset() == timedelta(0)
    await store.revoke_user_tokens("usr_1", at=START, expires_at=until)
    assert await store.user_cutoff("usr_1") == cutoff
    later = cutoff + timedelta(minutes=1)
    await store.revoke_user_tokens("usr_1", at=later, expires_at=until)
    assert await store.user_cutoff("usr_1") == later
    assert await store.user_cutoff("usr_2") is None


async def test_entries_are_kept_until_their_expiry_and_then_forgotten(
    revocations: Revocations,
) -> None:
    store = revocations.store
    soon = START + timedelta(milliseconds=300)
    await store.revoke("iss", "j1", expires_at=soon)
    await store.revoke_family("fam_1", expires_at=soon)
    await store.revoke_user_tokens("usr_1", at=START, expires_at=soon)
    await store.revoke("iss", "j2", expires_at=START + timedelta(hours=1))
    assert await store.is_revoked("iss", "j1")
    await revocations.expire_through(soon)
    assert not await store.is_revoked("iss", "j1")
    assert not await store.is_family_revoked("fam_1")
    assert await store.user_cutoff("usr_1") is None
    assert await store.is_revoked("iss", "j2")


async def test_revoking_again_never_shortens_an_entry(revocations: Revocations) -> None:
    store = revocations.store
    soon, later = START + timedelta(milliseconds=300), START + timedelta(hours=1)
    await store.revoke("iss", "j1", expires_at=later)
    await store.revoke("iss", "j1", expires_at=soon)
    await store.revoke_family("fam_1", expires_at=later)
    await store.revoke_family("fam_1", expires_at=soon)
    await store.revoke_user_tokens("usr_1", at=START, expires_at=later)
    await store.revoke_user_tokens("usr_1", at=START, expires_at=soon)
    await revocations.expire_through(soon)
    assert await store.is_revoked("iss", "j1")
    assert await store.is_family_revoked("fam_1")
    assert await store.user_cutoff("usr_1") == START


async def test_an_unreachable_redis_is_a_store_error() -> None:
    listed = RedisRevocationList.from_url("redis://127.0.0.1:1/0", clock=FrozenClock(START))
    try:
        with pytest.raises(StoreError) as caught:
            await listed.is_revoked("iss", "j1")
        assert caught.value.code == "store.unavailable"
        with pytest.raises(StoreError):
            await listed.revoke("iss", "j1", expires_at=START + timedelta(minutes=1))
    finally:
        await listed.close()
