from __future__ import annotations

import pytest

from bastion.access.sessions import (
    CSRF_FAILED,
    SESSION_EXPIRED,
    SESSION_INVALID,
    SessionPolicy,
    digest,
)
from bastion.core.errors import AccessDenied
from bastion.core.types import Role
from tests.access.identity_harness import GOOD_PASSWORD, Harness, harness


@pytest.fixture
async def h() -> Harness:
    made = harness()
    await made.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    return made


async def user_id(h: Harness) -> str:
    found = await h.users.find("alice")
    assert found is not None
    return found.id


async def test_ids_are_256_bit_and_stored_only_as_hashes(h: Harness) -> None:
    issued = await h.sessions.create(await user_id(h))
    assert len(issued.session_id) >= 43  # 32 bytes in base64url
    assert issued.session_id != issued.csrf_token
    assert issued.record.id_hash == digest(issued.session_id)
    stored = await h.store.get_session(digest(issued.session_id))
    assert stored is not None
    assert issued.session_id not in repr(stored)
    assert issued.csrf_token not in repr(stored)
    assert "access.session_created" in h.events.codes


async def test_every_login_gets_a_new_id_and_the_old_one_dies(h: Harness) -> None:
    first = await h.sessions.create(await user_id(h))
    second = await h.sessions.create(await user_id(h), replacing=first.session_id)
    assert second.session_id != first.session_id
    with pytest.raises(AccessDenied) as info:
        await h.sessions.resolve(first.session_id)
    assert info.value.code == SESSION_INVALID
    assert (await h.sessions.resolve(second.session_id)).user_id == await user_id(h)


async def test_idle_timeout(h: Harness) -> None:
    issued = await h.sessions.create(await user_id(h))
    h.clock.advance(59 * 60)
    await h.sessions.resolve(issued.session_id)  # activity keeps it alive
    h.clock.advance(59 * 60)
    await h.sessions.resolve(issued.session_id)
    h.clock.advance(60 * 60)
    with pytest.raises(AccessDenied) as info:
        await h.sessions.resolve(issued.session_id)
    assert info.value.code == SESSION_EXPIRED
    assert h.events.of("access.session_expired")[0].attributes["timeout"] == "idle"
    with pytest.raises(AccessDenied) as again:
        await h.sessions.resolve(issued.session_id)
    assert again.value.code == SESSION_INVALID  # deleted, not merely refused


async def test_absolute_timeout_ends_even_an_active_session(h: Harness) -> None:
    issued = await h.sessions.create(await user_id(h))
    for _ in range(12):
        h.clock.advance(55 * 60)
        await h.sessions.resolve(issued.session_id)
    h.clock.advance(60 * 60)
    with pytest.raises(AccessDenied) as info:
        await h.sessions.resolve(issued.session_id)
    assert info.value.code == SESSION_EXPIRED
    assert h.events.of("access.session_expired")[0].attributes["timeout"] == "absolute"


async def test_csrf_token_must_match(h: Harness) -> None:
    issued = await h.sessions.create(await user_id(h))
    await h.sessions.check_csrf(issued.record, issued.csrf_token)
    for wrong in (None, "", issued.session_id, issued.csrf_token + "x"):
        with pytest.raises(AccessDenied) as info:
            await h.sessions.check_csrf(issued.record, wrong)
        assert info.value.code == CSRF_FAILED
    assert len(h.events.of(CSRF_FAILED)) == 4


async def test_end_and_end_all(h: Harness) -> None:
    uid = await user_id(h)
    one, two = await h.sessions.create(uid), await h.sessions.create(uid)
    assert await h.sessions.end(one.session_id)
    assert not await h.sessions.end(one.session_id)
    assert h.events.of("access.logout")[0].actor == uid
    assert await h.sessions.end_all(uid) == 1
    with pytest.raises(AccessDenied):
        await h.sessions.resolve(two.session_id)


def test_policy_needs_idle_within_absolute() -> None:
    from datetime import timedelta

    with pytest.raises(ValueError, match="idle"):
        SessionPolicy(idle=timedelta(hours=2), absolute=timedelta(hours=1))
