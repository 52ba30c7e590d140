"""One contract for the identity ports (users, sessions, counters), every implementation."""

from __future__ import annotations

import asyncio
import functools
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol

import pytest
import redis

from bastion.access.lockout import CounterStore
from bastion.access.sessions import SessionRecord, SessionStore
from bastion.access.users import UserRecord, UserStore
from bastion.core.errors import StoreError
from bastion.core.types import Role
from bastion.store import MemoryCounterStore, MemoryIdentityStore, SqlStore, upgrade
from bastion.store.redis_counters import RedisCounterStore
from bastion.store.sql_identity import SqlIdentityStore
from bastion.testing import FrozenClock
from tests.store.conftest import START

REDIS_URL = os.environ.get("BASTION_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


class IdentityStore(UserStore, SessionStore, Protocol):
    """Both identity ports, as every implementation provides them."""


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def identity(request: pytest.FixtureRequest) -> AsyncIterator[IdentityStore]:
    if request.param == "memory":
        yield MemoryIdentityStore()
        return
    url: str = request.getfixturevalue(f"{request.param}_url")
    upgrade(url)
    store = SqlStore.from_url(url)
    try:
        yield SqlIdentityStore(engine=store.engine)
    finally:
        await store.close()


def user(user_id: str, login: str, **changes: object) -> UserRecord:
    record = UserRecord(
        id=user_id,
        login=login,
        role=Role.SUPPORT_AGENT,
        customer_id=None,
        active=True,
        password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA",
        created_at=START,
        password_changed_at=START,
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def session(id_hash: str, user_id: str) -> SessionRecord:
    return SessionRecord(
        id_hash=id_hash,
        user_id=user_id,
        csrf_hash="c" * 64,
        created_at=START,
        last_seen_at=START,
        expires_at=START + timedelta(hours=12),
    )


# -- users -----------------------------------------------------------------------------------


async def test_user_round_trips_with_utc_times(identity: IdentityStore) -> None:
    plus_two = timezone(timedelta(hours=2))
    added = user(
        "u1",
        "alice",
        role=Role.CUSTOMER,
        customer_id="cust-alice",
        created_at=START.astimezone(plus_two),
        tokens_valid_after=START + timedelta(minutes=5),
    )
    await identity.add_user(added)
    got = await identity.get_user("u1")
    assert got == replace(added, created_at=START)
    assert got is not None
    assert got.created_at.utcoffset() == timedelta(0)
    assert await identity.find_user("alice") == got
    assert await identity.find_user("bob") is None
    assert await identity.get_user("nope") is None


async def test_logins_and_ids_are_unique(identity: IdentityStore) -> None:
    await identity.add_user(user("u1", "alice"))
    with pytest.raises(StoreError) as info:
        await identity.add_user(user("u2", "alice"))
    assert info.value.code == "store.conflict"
    with pytest.raises(StoreError):
        await identity.add_user(user("u1", "bob"))


async def test_users_list_oldest_first_and_update(identity: IdentityStore) -> None:
    await identity.add_user(user("u2", "bob", created_at=START + timedelta(hours=1)))
    await identity.add_user(user("u1", "alice"))
    assert [u.login for u in await identity.list_users()] == ["alice", "bob"]
    changed = user("u1", "alice", role=Role.ADMIN, active=False, password_hash="$argon2id$new")
    assert await identity.update_user(changed)
    assert await identity.get_user("u1") == changed
    assert not await identity.update_user(user("u9", "zed"))


# -- sessions --------------------------------------------------------------------------------


async def test_sessions_round_trip_touch_and_delete(identity: IdentityStore) -> None:
    await identity.add_user(user("u1", "alice"))
    await identity.add_session(session("a" * 64, "u1"))
    assert await identity.get_session("a" * 64) == session("a" * 64, "u1")
    later = START + timedelta(minutes=7)
    await identity.touch_session("a" * 64, at=later)
    got = await identity.get_session("a" * 64)
    assert got is not None
    assert got.last_seen_at == later
    await identity.touch_session("f" * 64, at=later)  # a missing session is not an error
    assert await identity.delete_session("a" * 64)
    assert not await identity.delete_session("a" * 64)
    assert await identity.get_session("a" * 64) is None


async def test_sessions_need_a_user_and_a_fresh_id(identity: IdentityStore) -> None:
    with pytest.raises(StoreError):
        await identity.add_session(session("a" * 64, "ghost"))
    await identity.add_user(user("u1", "alice"))
    await identity.add_session(session("a" * 64, "u1"))
    with pytest.raises(StoreError):
        await identity.add_session(session("a" * 64, "u1"))


async def test_delete_user_sessions_only_touches_that_user(identity: IdentityStore) -> None:
    await identity.add_user(user("u1", "alice"))
    await identity.add_user(user("u2", "bob"))
    for n, owner in enumerate(["u1", "u1", "u2"]):
        await identity.add_session(session(str(n) * 64, owner))
    assert await identity.delete_user_sessions("u1") == 2
    assert await identity.get_session("2" * 64) is not None
    assert await identity.delete_user_sessions("u1") == 0


# -- counters --------------------------------------------------------------------------------


class Counters(Protocol):
    store: CounterStore
    advance: Callable[[float], Awaitable[None]]


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


class MemoryCounters:
    def __init__(self) -> None:
        self.clock = FrozenClock(datetime(2026, 3, 1, tzinfo=UTC))
        self.store: CounterStore = MemoryCounterStore(clock=self.clock)

    async def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)


class RedisCounters:
    def __init__(self) -> None:
        # A random prefix per test: runs in parallel and leftovers never collide.
        self.redis = RedisCounterStore.from_url(REDIS_URL, prefix=f"test:{uuid.uuid4().hex}:")
        self.store: CounterStore = self.redis

    async def advance(self, seconds: float) -> None:
        await asyncio.sleep(seconds)  # Redis keeps its own time


WINDOW = timedelta(milliseconds=400)


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def counters(request: pytest.FixtureRequest) -> AsyncIterator[Counters]:
    if request.param == "memory":
        yield MemoryCounters()
        return
    reason = redis_unavailable()
    if reason is not None:
        pytest.skip(reason)
    made = RedisCounters()
    try:
        yield made
    finally:
        await made.redis.close()


async def test_counters_count_within_their_window(counters: Counters) -> None:
    store = counters.store
    assert await store.get("k") == 0
    assert [await store.increment("k", window=WINDOW) for _ in range(3)] == [1, 2, 3]
    assert await store.get("k") == 3
    assert await store.get("other") == 0


async def test_the_window_starts_at_the_first_increment(counters: Counters) -> None:
    store = counters.store
    await store.increment("k", window=WINDOW)
    await counters.advance(0.25)
    await store.increment("k", window=WINDOW)  # does not extend the window
    await counters.advance(0.25)
    assert await store.get("k") == 0
    assert await store.increment("k", window=WINDOW) == 1


async def test_reset_forgets(counters: Counters) -> None:
    store = counters.store
    await store.increment("k", window=WINDOW)
    await store.reset("k")
    await store.reset("never")
    assert await store.get("k") == 0


async def test_concurrent_increments_are_atomic(counters: Counters) -> None:
    store = counters.store
    counts = await asyncio.gather(
        *(store.increment("k", window=timedelta(minutes=1)) for _ in range(25))
    )
    assert sorted(counts) == list(range(1, 26))


async def test_an_unreachable_redis_is_a_store_error() -> None:
    store = RedisCounterStore.from_url("redis://127.0.0.1:1/0")
    try:
        with pytest.raises(StoreError):
            await store.increment("k", window=WINDOW)
    finally:
        await store.close()
