from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bastion.access.apikeys import (
    KEY_LEN,
    PREFIX,
    ApiKeyRecord,
    ApiKeys,
    looks_like_key,
    parse_key,
)
from bastion.core.errors import AccessDenied
from bastion.core.types import Role
from bastion.store.memory import MemoryStore
from bastion.testing import FrozenClock
from bastion.tools.records import Customer

START = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
async def keys(clock: FrozenClock) -> ApiKeys:
    store = MemoryStore(clock=clock)
    await store.add_customer(Customer("cust-alice", "Alice", "a@example.com", "standard", START))
    return ApiKeys(store=store, clock=clock)


async def test_created_key_has_documented_shape_and_authenticates(keys: ApiKeys) -> None:
    issued = await keys.create(role=Role.CUSTOMER, customer_id="cust-alice", label="t")
    assert issued.key.startswith(PREFIX)
    assert len(issued.key) == KEY_LEN
    assert looks_like_key(issued.key)
    who = await keys.authenticate(issued.key)
    assert who.role is Role.CUSTOMER
    assert who.customer_id == "cust-alice"
    assert who.id == f"key:{issued.record.id}"


async def test_record_never_holds_the_key(keys: ApiKeys) -> None:
    issued = await keys.create(role=Role.ADMIN)
    stored = (await keys.list())[0]
    assert issued.key not in repr(stored)
    assert stored.secret_hash != issued.key
    secret_part = issued.key[len(PREFIX) + 10 : -6]
    assert secret_part not in repr(stored)


async def test_two_keys_differ(keys: ApiKeys) -> None:
    a = await keys.create(role=Role.ADMIN)
    b = await keys.create(role=Role.ADMIN)
    assert a.key != b.key
    assert a.record.id != b.record.id


async def test_mistyped_key_is_rejected_before_lookup(keys: ApiKeys) -> None:
    issued = await keys.create(role=Role.ADMIN)
    # Change one character of the secret: the checksum no longer matches.
    pos = len(PREFIX) + 15
    flipped = "A" if issued.key[pos] != "A" else "B"
    typo = issued.key[:pos] + flipped + issued.key[pos + 1 :]
    assert parse_key(typo) is None
    with pytest.raises(AccessDenied) as info:
        await keys.authenticate(typo)
    assert info.value.code == "access.invalid_key"


@pytest.mark.parametrize(
    "candidate",
    ["", "bst_", "Bearer x", "bst_" + "a" * 48, "sk_live_" + "a" * 44, "bst_" + "!" * 48],
)
async def test_garbage_is_rejected(keys: ApiKeys, candidate: str) -> None:
    with pytest.raises(AccessDenied):
        await keys.authenticate(candidate)


async def test_well_formed_key_unknown_to_the_store_is_rejected(keys: ApiKeys) -> None:
    other = ApiKeys(store=MemoryStore(), clock=FrozenClock(START))
    foreign = await other.create(role=Role.ADMIN)
    with pytest.raises(AccessDenied) as info:
        await keys.authenticate(foreign.key)
    assert info.value.code == "access.invalid_key"


async def test_expired_key_is_rejected(keys: ApiKeys, clock: FrozenClock) -> None:
    issued = await keys.create(role=Role.ADMIN, expires_at=START + timedelta(hours=1))
    await keys.authenticate(issued.key)
    clock.advance(3600)
    with pytest.raises(AccessDenied) as info:
        await keys.authenticate(issued.key)
    assert info.value.code == "access.key_expired"


async def test_revoked_key_is_rejected(keys: ApiKeys) -> None:
    issued = await keys.create(role=Role.ADMIN)
    assert await keys.revoke(issued.record.id)
    with pytest.raises(AccessDenied) as info:
        await keys.authenticate(issued.key)
    assert info.value.code == "access.key_revoked"
    assert not await keys.revoke("nosuchkey0")


async def test_customer_key_must_name_a_customer(keys: ApiKeys) -> None:
    with pytest.raises(ValueError, match="customer"):
        await keys.create(role=Role.CUSTOMER)


def test_record_status() -> None:
    rec = ApiKeyRecord(
        id="x", secret_hash="h", role=Role.ADMIN, customer_id=None, label="", created_at=START
    )
    assert rec.status(START) == "active"
