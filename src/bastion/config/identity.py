"""Wiring for identity: users, lockout, browser sessions, access and refresh tokens, and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bastion.access.lockout import CounterStore, Lockout, LockoutPolicy
from bastion.access.passwords import HashParameters, PasswordHasher, PasswordPolicy
from bastion.access.refresh import RefreshTokens
from bastion.access.revocation import RevocationList
from bastion.access.sessions import SessionPolicy, Sessions
from bastion.access.tokens import AccessTokens, TokenPolicy, UserCutoff
from bastion.access.users import Users
from bastion.audit.log_sink import LogEventSink
from bastion.config.settings import Settings
from bastion.core.clock import Clock
from bastion.core.events import EventSink
from bastion.crypto.keys import KeyRing
from bastion.crypto.signing import SigningAlgorithm
from bastion.store.memory_counters import MemoryCounterStore
from bastion.store.redis_counters import RedisCounterStore
from bastion.store.redis_revocation import RedisRevocationList
from bastion.store.sql import SqlStore
from bastion.store.sql_identity import SqlIdentityStore
from bastion.store.sql_tokens import SqlTokenStore

# The cut-off for a disabled or deleted user: every token ever issued falls before it.
_REFUSE_ALL = datetime.max.replace(tzinfo=UTC)


class ClosableCounterStore(CounterStore, Protocol):
    """A counter store that holds connections to release at shutdown."""

    async def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Identity:
    """The identity services built for one deployment."""

    users: Users
    sessions: Sessions
    lockout: Lockout
    counters: ClosableCounterStore
    events: EventSink


@dataclass(frozen=True, slots=True)
class Tokens:
    """Access and refresh tokens for one deployment, and the stores behind them.

    `store` keeps refresh tokens (always SQL) and, unless Redis holds it, the revocation list.
    """

    access: AccessTokens
    refresh: RefreshTokens
    store: SqlTokenStore
    revocations: RevocationList
    redis: RedisRevocationList | None = None

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.close()


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
    return Identity(
        users=users, sessions=sessions, lockout=lockout, counters=counters, events=events
    )


def token_policy(settings: Settings) -> TokenPolicy:
    return TokenPolicy(
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        algorithm=SigningAlgorithm(settings.jwt_algorithm),
        ttl=timedelta(seconds=settings.access_token_ttl_seconds),
        leeway=timedelta(seconds=settings.jwt_leeway_seconds),
    )


def user_cutoff(users: Users) -> UserCutoff:
    """When a user's tokens stop counting: their sign-out instant, or always once disabled."""

    async def cutoff(user_id: str) -> datetime | None:
        user = await users.get(user_id)
        # Checked on every request rather than at disable time: `bastion users disable` runs in
        # another process, and a token must die with its user without waiting for its expiry.
        if user is None or not user.active:
            return _REFUSE_ALL
        return user.tokens_valid_after

    return cutoff


def build_tokens(
    settings: Settings,
    *,
    store: SqlStore,
    clock: Clock,
    keyring: KeyRing,
    users: Users,
    events: EventSink,
) -> Tokens:
    """Tokens signed with `keyring`'s keys; revocations in Redis when `BASTION_REDIS_URL` is set."""
    token_store = SqlTokenStore(engine=store.engine)
    redis = (
        RedisRevocationList.from_url(settings.redis_url.get_secret_value(), clock=clock)
        if settings.redis_url is not None
        else None
    )
    revocations: RevocationList = redis if redis is not None else token_store
    policy = token_policy(settings)
    access = AccessTokens(
        keyring=keyring,
        policy=policy,
        revocations=revocations,
        clock=clock,
        events=events,
        valid_after=user_cutoff(users),
    )
    refresh = RefreshTokens(
        # Refresh tokens stay in SQL even with Redis: reuse detection needs a durable record of
        # every spent token for days, which an evicting cache cannot promise.
        store=token_store,
        revocations=revocations,
        clock=clock,
        ttl=timedelta(seconds=settings.refresh_token_ttl_seconds),
        access_lifetime=policy.max_lifetime,
        events=events,
    )
    return Tokens(
        access=access, refresh=refresh, store=token_store, revocations=revocations, redis=redis
    )
