"""Access-token revocation as the verifier sees it: logout, expiry of entries, user cut-offs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType

import pytest

from bastion.access.tokens import AccessTokens, TokenPolicy
from bastion.core.errors import AccessDenied
from bastion.core.types import Role
from bastion.crypto.keys import KeyRing
from bastion.store.memory_tokens import MemoryTokenStore
from bastion.testing import CapturingSink, FrozenClock

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def store() -> MemoryTokenStore:
    return MemoryTokenStore()


@pytest.fixture
def events() -> CapturingSink:
    return CapturingSink()


@pytest.fixture
def tokens(clock: FrozenClock, store: MemoryTokenStore, events: CapturingSink) -> AccessTokens:
    keyring = KeyRing(active_id="k1", keys=MappingProxyType({"k1": b"\x01" * 32}), origin="x")
    return AccessTokens(
        keyring=keyring,
        policy=TokenPolicy(issuer="https://bastion.test", audience="api"),
        revocations=store,
        clock=clock,
        events=events,
    )


async def code_of(tokens: AccessTokens, token: str) -> str:
    with pytest.raises(AccessDenied) as caught:
        await tokens.verify(token)
    return caught.value.code


async def test_logout_keeps_the_entry_until_the_token_would_expire(
    tokens: AccessTokens, store: MemoryTokenStore, clock: FrozenClock
) -> None:
    issued = await tokens.issue(user_id="usr_1", role=Role.VIEWER)
    await tokens.revoke(await tokens.verify(issued.token))
    lifetime = (issued.expires_at - clock.now() + tokens.policy.leeway).total_seconds()
    clock.advance(lifetime - 1)
    assert await store.purge_expired(clock.now()) == 0
    assert await code_of(tokens, issued.token) == "access.token_revoked"
    clock.advance(1)
    assert await store.purge_expired(clock.now()) == 1
    assert not await store.is_revoked("https://bastion.test", issued.jti)
    # Forgotten, and still refused: by then the token has expired by itself.
    assert await code_of(tokens, issued.token) == "access.token_expired"


async def test_revoking_twice_never_shortens_the_entry(
    tokens: AccessTokens, store: MemoryTokenStore, clock: FrozenClock
) -> None:
    await store.revoke("iss", "j1", expires_at=START + timedelta(hours=1))
    await store.revoke("iss", "j1", expires_at=START + timedelta(minutes=1))
    await store.purge_expired(START + timedelta(minutes=30))
    assert await store.is_revoked("iss", "j1")


async def test_revoke_user_sets_a_cutoff_kept_for_the_longest_token_lifetime(
    tokens: AccessTokens, store: MemoryTokenStore, clock: FrozenClock, events: CapturingSink
) -> None:
    old = await tokens.issue(user_id="usr_1", role=Role.VIEWER)
    clock.advance(5)
    cutoff = await tokens.revoke_user("usr_1")
    assert cutoff == clock.now()
    assert await store.user_cutoff("usr_1") == cutoff
    assert await code_of(tokens, old.token) == "access.token_revoked"
    [event] = events.of("access.token_revoked")
    assert event.attributes["scope"] == "user"
    clock.advance(tokens.policy.max_lifetime.total_seconds())
    await store.purge_expired(clock.now())
    assert await store.user_cutoff("usr_1") is None


async def test_an_earlier_cutoff_never_replaces_a_later_one(store: MemoryTokenStore) -> None:
    later, earlier = START + timedelta(minutes=10), START
    await store.revoke_user_tokens("usr_1", at=later, expires_at=later + timedelta(minutes=20))
    await store.revoke_user_tokens("usr_1", at=earlier, expires_at=earlier + timedelta(minutes=1))
    assert await store.user_cutoff("usr_1") == later
    await store.purge_expired(START + timedelta(minutes=15))
    assert await store.user_cutoff("usr_1") == later


async def test_a_revocation_list_that_fails_refuses_the_token(
    clock: FrozenClock, tokens: AccessTokens
) -> None:
    class Broken(MemoryTokenStore):
        async def is_revoked(self, issuer: str, jti: str) -> bool:
            raise OSError("down")

    issued = await tokens.issue(user_id="usr_1", role=Role.VIEWER)
    keyring = KeyRing(active_id="k1", keys=MappingProxyType({"k1": b"\x01" * 32}), origin="x")
    failing = AccessTokens(keyring=keyring, policy=tokens.policy, revocations=Broken(), clock=clock)
    # Fail closed: the error propagates; nothing returns a principal.
    with pytest.raises(OSError, match="down"):
        await failing.verify(issued.token)
