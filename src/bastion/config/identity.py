"""Wiring for identity: users, lockout counters, browser sessions and the event sink they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from bastion.access.lockout import CounterStore, Lockout, LockoutPolicy
from bastion.access.passwords import HashParameters, PasswordHasher, PasswordPolicy
from bastion.access.sessions import SessionPolicy, Sessions
from bastion.access.users import Users
from bastion.audit.log_sink import LogEventSink
from bastion.config.settings import Settings
from bastion.core.clock import Clock
from bastion.core.events import EventSink
from bastion.store.memory_counters import MemoryCounterStore
from bastion.store.redis_counters import RedisCounterStore
from bastion.store.sql import SqlStore
from bastion.store.sql_identity import SqlIdentityStore


class ClosableCounterStore(CounterStore, Protocol):
    """A counter store that holds connections to release at shutdown."""

    async def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Identity:
    """The identity services built for one deployment."""

    users: Users
    sessions: Sessions
    counters: ClosableCounterStore
    events: EventSink


def password_hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(
        HashParameters(
            memory_kib=settings.password_hash_memory_kib,
            time_cost=settings.password_hash_iterations,
            parallelism=settings.password_hash_parallelism,
        )
    )


def counter_store(settings: Settings, *, clock: Clock) -> ClosableCounterStore:
    """Redis when `BASTION_REDIS_URL` is set (shared by every instance), else process memory."""
    if settings.redis_url is not None:
        return RedisCounterStore.from_url(settings.redis_url.get_secret_value())
    return MemoryCounterStore(clock=clock)


def build_identity(
    settings: Settings,
    *,
    store: SqlStore,
    clock: Clock,
    events: EventSink | None = None,
    hasher: PasswordHasher | None = None,
) -> Identity:
    """Users and sessions on the main store's database; lockout counters per `counter_store`."""
    events = events if events is not None else LogEventSink()
    identity_store = SqlIdentityStore(engine=store.engine)
    counters = counter_store(settings, clock=clock)
    lockout = Lockout(
        counters=counters,
        policy=LockoutPolicy(
            account_failures=settings.lockout_account_failures,
            address_failures=settings.lockout_address_failures,
            window=timedelta(seconds=settings.lockout_window_seconds),
            lock_for=timedelta(seconds=settings.lockout_seconds),
        ),
    )
    users = Users(
        store=identity_store,
        hasher=hasher if hasher is not None else password_hasher(settings),
        policy=PasswordPolicy(min_length=settings.resolved_password_min_length),
        lockout=lockout,
        events=events,
        clock=clock,
    )
    sessions = Sessions(
        store=identity_store,
        clock=clock,
        events=events,
        policy=SessionPolicy(
            idle=timedelta(seconds=settings.resolved_session_idle_seconds),
            absolute=timedelta(seconds=settings.resolved_session_absolute_seconds),
        ),
    )
    return Identity(users=users, sessions=sessions, counters=counters, events=events)
