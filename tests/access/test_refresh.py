"""Refresh tokens: rotation, reuse detection by family, expiry, logout and sign-out-everywhere."""

from __future__ import annotations

import asyncio
import hashlib
import re
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

import pytest

from bastion.access.refresh import REFRESH_TTL, RefreshTokens, hash_refresh
from bastion.access.tokens import AccessTokens, IssuedToken, TokenPolicy
from bastion.core.errors import AccessDenied, ConfigurationError
from bastion.core.types import Role
from bastion.crypto.keys import KeyRing
from bastion.store.memory_tokens import MemoryTokenStore
from bastion.testing import CapturingSink, FrozenClock

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TOKEN = re.compile(r"^brt_[A-Za-z0-9_-]{43}$")


class Login:
    """Refresh and access tokens over one memory store, as the login routes wire them."""

    def __init__(self) -> None:
        self.clock = FrozenClock(START)
        self.store = MemoryTokenStore()
        self.events = CapturingSink()
        keyring = KeyRing(
            active_id="k1", keys=MappingProxyType({"k1": b"\x07" * 32}), origin="provided"
        )
        self.access = AccessTokens(
            keyring=keyring,
            policy=TokenPolicy(issuer="https://bastion.test", audience="api"),
            revocations=self.store,
            clock=self.clock,
        )
        self.refresh = RefreshTokens(
            store=self.store,
            revocations=self.store,
            clock=self.clock,
            access_lifetime=self.access.policy.max_lifetime,
            events=self.events,
        )

    async def access_for(self, family_id: str, user_id: str = "usr_1") -> IssuedToken:
        return await self.access.issue(user_id=user_id, role=Role.ADMIN, family_id=family_id)

    async def refused(self, presented: str, code: str) -> None:
        with pytest.raises(AccessDenied) as caught:
            await self.refresh.rotate(presented)
        assert caught.value.code == code
        if presented:
            assert presented not in str(caught.value)


@pytest.fixture
def login() -> Login:
    return Login()


async def test_a_refresh_token_is_opaque_random_and_stored_only_as_a_hash(login: Login) -> None:
    issued = await login.refresh.issue(user_id="usr_1")
    assert TOKEN.match(issued.token)  # 43 base64url characters: 256 random bits
    assert issued.expires_at == START + REFRESH_TTL
    record = await login.store.get_refresh(hashlib.sha256(issued.token.encode()).hexdigest())
    assert record is not None
    assert (record.user_id, record.family_id, record.used_at) == ("usr_1", issued.family_id, None)
    assert issued.token not in repr(record)
    assert issued.token not in repr(issued)


async def test_each_login_starts_its_own_family(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    second = await login.refresh.issue(user_id="usr_1")
    assert first.family_id != second.family_id
    assert first.token != second.token


async def test_rotation_spends_the_token_and_continues_the_family(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    login.clock.advance(60)
    second = await login.refresh.rotate(first.token)
    assert (second.family_id, second.user_id) == (first.family_id, "usr_1")
    assert second.token != first.token
    assert second.expires_at == login.clock.now() + REFRESH_TTL
    spent = await login.store.get_refresh(hash_refresh(first.token))
    assert spent is not None
    assert spent.used_at == login.clock.now()
    third = await login.refresh.rotate(second.token)
    assert third.family_id == first.family_id
    assert login.events.codes == ["access.refresh_rotated", "access.refresh_rotated"]


async def test_reusing_a_spent_token_revokes_the_whole_family(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    access_before = await login.access_for(first.family_id)
    second = await login.refresh.rotate(first.token)
    access_after = await login.access_for(first.family_id)
    other_login = await login.refresh.issue(user_id="usr_1")
    other_access = await login.access_for(other_login.family_id)

    await login.refused(first.token, "access.refresh_reused")

    # The thief's or the user's newest token: either way, the family is over.
    await login.refused(second.token, "access.refresh_revoked")
    for access in (access_before, access_after):
        with pytest.raises(AccessDenied) as caught:
            await login.access.verify(access.token)
        assert caught.value.code == "access.token_revoked"
    # Another login of the same user is untouched.
    await login.access.verify(other_access.token)
    await login.refresh.rotate(other_login.token)
    [reused] = login.events.of("access.refresh_reused")
    assert (reused.actor, reused.target) == ("usr_1", first.family_id)
    assert all(first.token not in repr(e) for e in login.events.events)


async def test_concurrent_rotations_of_one_token_let_exactly_one_win(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    results = await asyncio.gather(
        *(login.refresh.rotate(first.token) for _ in range(5)), return_exceptions=True
    )
    winners = [r for r in results if not isinstance(r, BaseException)]
    losers = [r for r in results if isinstance(r, AccessDenied)]
    assert len(winners) == 1
    assert len(losers) == 4
    # The first loser is caught as reuse and ends the family; later ones find it revoked.
    assert "access.refresh_reused" in {e.code for e in losers}
    assert {e.code for e in losers} <= {"access.refresh_reused", "access.refresh_revoked"}
    # The loser is treated as reuse, so even the winner's successor is dead.
    await login.refused(winners[0].token, "access.refresh_revoked")


async def test_an_expired_refresh_token_is_refused_without_ending_the_family(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    access = await login.access_for(first.family_id)
    login.clock.advance(REFRESH_TTL.total_seconds())
    await login.refused(first.token, "access.refresh_expired")
    await login.refused(first.token, "access.refresh_expired")  # never spent, so not reuse
    assert not await login.store.is_family_revoked(first.family_id)
    assert access.family_id == first.family_id


async def test_a_token_just_before_expiry_still_rotates(login: Login) -> None:
    first = await login.refresh.issue(user_id="usr_1")
    login.clock.advance(REFRESH_TTL.total_seconds() - 1)
    await login.refresh.rotate(first.token)


@pytest.mark.parametrize(
    "presented",
    ["", "brt_", "brt_" + "A" * 42, "brt_" + "A" * 44, "xrt_" + "A" * 43, "brt_" + "!" * 43],
)
async def test_malformed_tokens_are_invalid(login: Login, presented: str) -> None:
    await login.refused(presented, "access.refresh_invalid")


async def test_an_unknown_well_formed_token_is_invalid(login: Login) -> None:
    await login.refused("brt_" + "A" * 43, "access.refresh_invalid")


async def test_logout_by_refresh_token_ends_the_family(login: Login) -> None:
    issued = await login.refresh.issue(user_id="usr_1")
    access = await login.access_for(issued.family_id)
    assert await login.refresh.revoke(issued.token) == issued.family_id
    await login.refused(issued.token, "access.refresh_revoked")
    with pytest.raises(AccessDenied, match="revoked"):
        await login.access.verify(access.token)
    assert await login.refresh.revoke("brt_" + "B" * 43) is None
    assert await login.refresh.revoke("junk") is None


async def test_signing_out_everywhere_revokes_every_family_of_the_user(login: Login) -> None:
    mine = [await login.refresh.issue(user_id="usr_1") for _ in range(3)]
    theirs = await login.refresh.issue(user_id="usr_2")
    await login.refresh.rotate(mine[0].token)
    assert await login.refresh.revoke_all_for_user("usr_1") == 3
    for issued in mine[1:]:
        await login.refused(issued.token, "access.refresh_revoked")
    await login.refresh.rotate(theirs.token)
    assert await login.refresh.revoke_all_for_user("usr_1") == 0


async def test_family_revocation_outlives_every_access_token_of_the_family(login: Login) -> None:
    issued = await login.refresh.issue(user_id="usr_1")
    access = await login.access_for(issued.family_id)
    await login.refresh.revoke_family(issued.family_id)
    login.clock.advance(login.access.policy.max_lifetime.total_seconds() - 1)
    await login.store.purge_expired(login.clock.now())
    with pytest.raises(AccessDenied) as caught:
        await login.access.verify(access.token)
    assert caught.value.code == "access.token_revoked"
    login.clock.advance(1)
    await login.store.purge_expired(login.clock.now())
    assert not await login.store.is_family_revoked(issued.family_id)
    with pytest.raises(AccessDenied) as caught:
        await login.access.verify(access.token)
    assert caught.value.code == "access.token_expired"


def test_lifetimes_must_be_positive(login: Login) -> None:
    with pytest.raises(ConfigurationError, match="positive"):
        RefreshTokens(
            store=login.store, revocations=login.store, clock=login.clock, ttl=timedelta(0)
        )
