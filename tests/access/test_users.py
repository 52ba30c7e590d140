from __future__ import annotations

import pytest

from bastion.access.passwords import HashParameters, PasswordHasher
from bastion.access.users import LOGIN_FAILED, LOGIN_FAILED_MESSAGE, LastAdmin
from bastion.core.errors import AccessDenied, InvalidInput
from bastion.core.types import Role
from tests.access.identity_harness import CHEAP, GOOD_PASSWORD, Harness, harness


@pytest.fixture
def h() -> Harness:
    return harness()


class CountingHasher(PasswordHasher):
    """Counts argon2 runs, to prove every login path does the same work."""

    def __init__(self) -> None:
        super().__init__(CHEAP)
        self.runs = 0

    def verify(self, stored_hash: str, password: str) -> bool:
        self.runs += 1
        return super().verify(stored_hash, password)


async def test_add_stores_a_hash_and_a_canonical_login(h: Harness) -> None:
    user = await h.users.add("Alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    assert user.login == "alice"
    assert user.password_hash.startswith("$argon2id$")
    assert GOOD_PASSWORD not in user.password_hash
    assert await h.users.find("ALICE") == user
    listed = await h.users.list()
    assert [u.password_hash for u in listed] == [""]
    assert "access.user_created" in h.events.codes


async def test_logins_are_unique_whatever_the_case(h: Harness) -> None:
    await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    with pytest.raises(InvalidInput) as info:
        await h.users.add("ALICE", GOOD_PASSWORD, role=Role.ADMIN)
    assert info.value.code == "access.login_taken"


async def test_customer_roles_need_a_customer_and_others_drop_it(h: Harness) -> None:
    with pytest.raises(InvalidInput) as info:
        await h.users.add("carol", GOOD_PASSWORD, role=Role.CUSTOMER)
    assert info.value.code == "access.customer_required"
    agent = await h.users.add("dave", GOOD_PASSWORD, role=Role.SUPPORT_AGENT, customer_id="c1")
    assert agent.customer_id is None


@pytest.mark.parametrize("login", ["ab", "bad login", "x" * 129, "<script>"])
async def test_bad_logins_are_refused(h: Harness, login: str) -> None:
    with pytest.raises(InvalidInput):
        await h.users.add(login, GOOD_PASSWORD, role=Role.ADMIN)


async def test_weak_password_is_refused_on_add(h: Harness) -> None:
    with pytest.raises(InvalidInput) as info:
        await h.users.add("erin", "Password1", role=Role.ADMIN)
    assert info.value.code == "access.weak_password"
    assert await h.users.find("erin") is None


async def test_authenticate_returns_the_user(h: Harness) -> None:
    added = await h.users.add("alice", GOOD_PASSWORD, role=Role.ADMIN)
    got = await h.users.authenticate("ALICE", GOOD_PASSWORD, client="192.0.2.1")
    assert got.id == added.id
    assert h.events.of("access.login_succeeded")[0].actor == added.id


async def test_every_failure_is_the_same_error_after_the_same_work() -> None:
    hasher = CountingHasher()
    h = harness(hasher=hasher)
    await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    disabled = await h.users.add("bob", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    await h.users.add("root", GOOD_PASSWORD, role=Role.ADMIN)
    await h.users.disable(disabled.id)
    errors = []
    for login, password in [("nobody", GOOD_PASSWORD), ("alice", "wrong"), ("bob", GOOD_PASSWORD)]:
        before = hasher.runs
        with pytest.raises(AccessDenied) as info:
            await h.users.authenticate(login, password, client=None)
        assert hasher.runs == before + 1, login  # one argon2 run, for the unknown login too
        errors.append((type(info.value), info.value.code, info.value.message))
    assert set(errors) == {(AccessDenied, LOGIN_FAILED, LOGIN_FAILED_MESSAGE)}
    reasons = [e.attributes["reason"] for e in h.events.of(LOGIN_FAILED)]
    assert reasons == ["unknown_user", "bad_password", "disabled"]
    assert h.events.of(LOGIN_FAILED)[0].actor is None  # an unknown login is never logged


async def test_the_sixth_attempt_is_refused_even_with_the_right_password() -> None:
    hasher = CountingHasher()
    h = harness(hasher=hasher)
    await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    for _ in range(5):
        with pytest.raises(AccessDenied):
            await h.users.authenticate("alice", "wrong-guess", client="192.0.2.1")
    assert len(h.events.of("access.account_locked")) == 1
    before = hasher.runs
    with pytest.raises(AccessDenied) as info:
        await h.users.authenticate("alice", GOOD_PASSWORD, client="198.51.100.7")
    assert info.value.code == LOGIN_FAILED
    assert info.value.message == LOGIN_FAILED_MESSAGE
    assert hasher.runs == before + 1  # verified even though locked
    assert h.events.of(LOGIN_FAILED)[-1].attributes["reason"] == "locked"
    h.clock.advance(15 * 60)
    assert (await h.users.authenticate("alice", GOOD_PASSWORD, client=None)).login == "alice"


async def test_success_resets_the_account_count(h: Harness) -> None:
    await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    for _ in range(4):
        with pytest.raises(AccessDenied):
            await h.users.authenticate("alice", "wrong-guess", client=None)
    await h.users.authenticate("alice", GOOD_PASSWORD, client=None)
    for _ in range(4):
        with pytest.raises(AccessDenied):
            await h.users.authenticate("alice", "wrong-guess", client=None)
    await h.users.authenticate("alice", GOOD_PASSWORD, client=None)


async def test_login_rehashes_when_parameters_changed(h: Harness) -> None:
    user = await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    stronger = harness(hasher=PasswordHasher(HashParameters(memory_kib=16, time_cost=2)))
    stronger.store._users = h.store._users  # the same users, a server with new parameters
    await stronger.users.authenticate("alice", GOOD_PASSWORD, client=None)
    rehashed = await stronger.store.get_user(user.id)
    assert rehashed is not None
    assert rehashed.password_hash != user.password_hash
    assert "m=16,t=2" in rehashed.password_hash
    assert (await stronger.users.authenticate("alice", GOOD_PASSWORD, client=None)).id == user.id


async def test_the_last_active_admin_cannot_be_removed(h: Harness) -> None:
    admin = await h.users.add("root", GOOD_PASSWORD, role=Role.ADMIN)
    with pytest.raises(LastAdmin) as info:
        await h.users.disable(admin.id)
    assert info.value.code == "access.last_admin"
    with pytest.raises(LastAdmin):
        await h.users.set_role(admin.id, Role.SUPPORT_AGENT)
    second = await h.users.add("chief", GOOD_PASSWORD, role=Role.SUPER_ADMIN)
    await h.users.disable(admin.id)  # another admin remains
    with pytest.raises(LastAdmin):
        await h.users.set_role(second.id, Role.VIEWER)
    agent = await h.users.add("agent", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    await h.users.disable(agent.id)  # non-admins are never the last admin


async def test_password_change_checks_policy_and_invalidates_tokens(h: Harness) -> None:
    user = await h.users.add("alice", GOOD_PASSWORD, role=Role.SUPPORT_AGENT)
    with pytest.raises(InvalidInput):
        await h.users.set_password(user.id, "alice-is-great-1")
    h.clock.advance(10)
    await h.users.set_password(user.id, "new-violet-harbour-7")
    changed = await h.users.get(user.id)
    assert changed is not None
    assert changed.tokens_valid_after == h.clock.now()
    assert (await h.users.authenticate("alice", "new-violet-harbour-7", client=None)).id == user.id
