"""One contract, every implementation: what the domain may rely on from any store."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bastion.access.apikeys import ApiKeyRecord
from bastion.core.errors import NotFound, StoreError
from bastion.core.types import Role
from bastion.tools.records import (
    Article,
    Customer,
    NewTicket,
    Priority,
    ProfileChange,
    TicketChange,
    TicketStatus,
)
from tests.store.conftest import START, Store

TICKET_ID = re.compile(r"^TCK-[0-9A-Z]{10}$")
NOTIFICATION_ID = re.compile(r"^NTF-[0-9A-Z]{10}$")


def customer(customer_id: str, *, at: datetime = START) -> Customer:
    return Customer(
        id=customer_id,
        name=customer_id.title(),
        email=f"{customer_id}@example.test",
        tier="standard",
        created_at=at,
    )


def new_ticket(customer_id: str, subject: str = "Parcel never arrived") -> NewTicket:
    return NewTicket(
        customer_id=customer_id,
        subject=subject,
        description="Order 1234 shows delivered but nothing came.",
        priority=Priority.HIGH,
        category="shipping",
    )


def key(key_id: str, *, customer_id: str | None = None, **extra: datetime) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=key_id,
        secret_hash=f"{key_id:0<64}",
        role=Role.CUSTOMER if customer_id else Role.ADMIN,
        customer_id=customer_id,
        label=f"key {key_id}",
        created_at=extra.pop("created_at", START),
        **extra,
    )


def is_utc(moment: datetime | None) -> bool:
    return moment is not None and moment.utcoffset() == timedelta(0)


@pytest.fixture
async def alice_and_bob(store: Store) -> Store:
    await store.add_customer(customer("alice"))
    await store.add_customer(customer("bob", at=START + timedelta(days=1)))
    return store


# -- lifecycle -------------------------------------------------------------------------------


async def test_ping_succeeds_on_a_reachable_store(store: Store) -> None:
    await store.ping()


# -- customers -------------------------------------------------------------------------------


async def test_customer_round_trips(alice_and_bob: Store) -> None:
    got = await alice_and_bob.get_customer("alice")
    assert got == customer("alice")
    assert is_utc(got.created_at if got else None)


async def test_unknown_customer_is_none(store: Store) -> None:
    assert await store.get_customer("nobody") is None


async def test_customers_are_listed_oldest_first(alice_and_bob: Store) -> None:
    assert [c.id for c in await alice_and_bob.list_customers()] == ["alice", "bob"]


async def test_adding_a_customer_again_replaces_it(alice_and_bob: Store) -> None:
    await alice_and_bob.add_customer(Customer("alice", "Alice B", "ab@x.test", "gold", START))
    got = await alice_and_bob.get_customer("alice")
    assert got is not None
    assert (got.name, got.tier) == ("Alice B", "gold")
    assert len(await alice_and_bob.list_customers()) == 2


async def test_timestamps_in_other_zones_come_back_as_the_same_instant_in_utc(
    store: Store,
) -> None:
    tokyo = datetime(2026, 3, 1, 21, 0, 0, 123456, tzinfo=timezone(timedelta(hours=9)))
    await store.add_customer(customer("carol", at=tokyo))
    got = await store.get_customer("carol")
    assert got is not None
    assert got.created_at == tokyo
    assert got.created_at.tzinfo == UTC
    assert got.created_at.microsecond == 123456


async def test_naive_timestamps_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.add_customer(customer("naive", at=datetime(2026, 1, 1)))
    assert await store.get_customer("naive") is None


# -- tickets ---------------------------------------------------------------------------------


async def test_created_ticket_is_open_with_an_unguessable_id(alice_and_bob: Store) -> None:
    ticket = await alice_and_bob.create_ticket(new_ticket("alice"))
    assert TICKET_ID.match(ticket.id)
    assert ticket.status is TicketStatus.OPEN
    assert ticket.priority is Priority.HIGH
    assert (ticket.customer_id, ticket.category) == ("alice", "shipping")
    assert is_utc(ticket.created_at)
    assert await alice_and_bob.get_ticket(ticket.id, customer_id=None) == ticket


async def test_ticket_ids_are_unique(alice_and_bob: Store) -> None:
    ids = [(await alice_and_bob.create_ticket(new_ticket("alice"))).id for _ in range(10)]
    assert len(set(ids)) == 10


async def test_ticket_without_category_keeps_none(alice_and_bob: Store) -> None:
    plain = NewTicket("alice", "Question", "What are your opening hours?", Priority.LOW)
    ticket = await alice_and_bob.create_ticket(plain)
    got = await alice_and_bob.get_ticket(ticket.id, customer_id="alice")
    assert got is not None
    assert got.category is None


async def test_ticket_for_an_unknown_customer_is_refused_and_not_written(store: Store) -> None:
    with pytest.raises(NotFound):
        await store.create_ticket(new_ticket("ghost"))
    assert await store.list_tickets(customer_id=None, limit=10) == []


async def test_tickets_are_listed_newest_first_up_to_the_limit(alice_and_bob: Store) -> None:
    made = [await alice_and_bob.create_ticket(new_ticket("alice", f"Issue {n}")) for n in range(4)]
    listed = await alice_and_bob.list_tickets(customer_id="alice", limit=3)
    assert [t.id for t in listed] == [t.id for t in reversed(made)][:3]
    assert await alice_and_bob.list_tickets(customer_id="alice", limit=0) == []


async def test_another_customers_ticket_is_invisible(alice_and_bob: Store) -> None:
    bobs = await alice_and_bob.create_ticket(new_ticket("bob"))
    assert await alice_and_bob.get_ticket(bobs.id, customer_id="alice") is None
    assert await alice_and_bob.get_ticket(bobs.id, customer_id="bob") == bobs
    assert await alice_and_bob.get_ticket("TCK-0000000000", customer_id=None) is None


async def test_listing_by_customer_never_returns_another_customers_tickets(
    alice_and_bob: Store,
) -> None:
    for owner in ("alice", "bob", "alice", "bob"):
        await alice_and_bob.create_ticket(new_ticket(owner))
    alices = await alice_and_bob.list_tickets(customer_id="alice", limit=50)
    assert [t.customer_id for t in alices] == ["alice", "alice"]
    assert len(await alice_and_bob.list_tickets(customer_id=None, limit=50)) == 4


async def test_ticket_changes_apply_and_persist(alice_and_bob: Store) -> None:
    ticket = await alice_and_bob.create_ticket(new_ticket("alice"))
    change = TicketChange(status=TicketStatus.RESOLVED)
    changed = await alice_and_bob.update_ticket(ticket.id, change, customer_id=None)
    assert changed is not None
    assert changed.status is TicketStatus.RESOLVED
    assert changed.priority is ticket.priority  # untouched field kept
    stored = await alice_and_bob.get_ticket(ticket.id, customer_id=None)
    assert stored == changed


async def test_another_customers_ticket_cannot_be_changed(alice_and_bob: Store) -> None:
    bobs = await alice_and_bob.create_ticket(new_ticket("bob"))
    change = TicketChange(status=TicketStatus.CLOSED, priority=Priority.LOW)
    assert await alice_and_bob.update_ticket(bobs.id, change, customer_id="alice") is None
    assert await alice_and_bob.get_ticket(bobs.id, customer_id=None) == bobs
    missing = await alice_and_bob.update_ticket("TCK-0000000000", change, customer_id=None)
    assert missing is None


async def test_profile_changes_touch_only_that_customer(alice_and_bob: Store) -> None:
    bob_before = await alice_and_bob.get_customer("bob")
    changed = await alice_and_bob.update_customer("alice", ProfileChange(name="Alice Liddell"))
    assert changed is not None
    assert changed.name == "Alice Liddell"
    assert changed.email == "alice@example.test"
    assert await alice_and_bob.get_customer("alice") == changed
    assert await alice_and_bob.get_customer("bob") == bob_before
    assert await alice_and_bob.update_customer("nobody", ProfileChange(name="X")) is None


async def test_concurrent_ticket_creation_loses_nothing(alice_and_bob: Store) -> None:
    made = await asyncio.gather(
        *(alice_and_bob.create_ticket(new_ticket("alice", f"Issue {n}")) for n in range(20))
    )
    listed = await alice_and_bob.list_tickets(customer_id="alice", limit=50)
    assert {t.id for t in listed} == {t.id for t in made}


# -- knowledge base --------------------------------------------------------------------------


async def test_articles_are_filtered_by_category(store: Store) -> None:
    await store.add_article(Article("kb-2", "Refund times", "returns", "Refunds take 5 days."))
    await store.add_article(Article("kb-1", "Tracking", "shipping", "Track in your account."))
    await store.add_article(Article("kb-3", "Return labels", "returns", "Print the label."))
    assert [a.id for a in await store.list_articles(category=None)] == ["kb-1", "kb-2", "kb-3"]
    assert [a.id for a in await store.list_articles(category="returns")] == ["kb-2", "kb-3"]
    assert await store.list_articles(category="unknown") == []


async def test_adding_an_article_again_replaces_it(store: Store) -> None:
    await store.add_article(Article("kb-1", "Tracking", "shipping", "Old text."))
    await store.add_article(Article("kb-1", "Tracking", "shipping", "New text."))
    assert await store.list_articles(category=None) == [
        Article("kb-1", "Tracking", "shipping", "New text.")
    ]


# -- notification outbox ---------------------------------------------------------------------


async def test_notification_goes_from_pending_to_sent(alice_and_bob: Store) -> None:
    first = await alice_and_bob.enqueue_notification(
        customer_id="alice", channel="email", subject="Hello", body="Your ticket was opened."
    )
    second = await alice_and_bob.enqueue_notification(
        customer_id="bob", channel="sms", subject="Hi", body="Update."
    )
    assert NOTIFICATION_ID.match(first.id)
    assert (first.status, first.channel, first.customer_id) == ("pending", "email", "alice")
    assert is_utc(first.created_at)
    assert await alice_and_bob.pending_notifications(10) == [first, second]
    assert await alice_and_bob.pending_notifications(1) == [first]

    await alice_and_bob.mark_notification_sent(first.id)
    assert await alice_and_bob.pending_notifications(10) == [second]


async def test_marking_unknown_or_sent_notifications_changes_nothing(
    alice_and_bob: Store,
) -> None:
    note = await alice_and_bob.enqueue_notification(
        customer_id="alice", channel="in_app", subject="s", body="b"
    )
    await alice_and_bob.mark_notification_sent("NTF-0000000000")
    assert await alice_and_bob.pending_notifications(10) == [note]
    await alice_and_bob.mark_notification_sent(note.id)
    await alice_and_bob.mark_notification_sent(note.id)
    assert await alice_and_bob.pending_notifications(10) == []


async def test_notification_for_an_unknown_customer_is_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        await store.enqueue_notification(
            customer_id="ghost", channel="email", subject="s", body="b"
        )
    assert await store.pending_notifications(10) == []


# -- API keys --------------------------------------------------------------------------------


async def test_key_round_trips(alice_and_bob: Store) -> None:
    record = key("K1", customer_id="alice", expires_at=START + timedelta(days=30))
    await alice_and_bob.add_key(record)
    got = await alice_and_bob.get_key("K1")
    assert got == record
    assert got is not None
    assert got.role is Role.CUSTOMER
    assert is_utc(got.created_at)
    assert is_utc(got.expires_at)
    assert await alice_and_bob.get_key("nope") is None


async def test_keys_are_listed_oldest_first(store: Store) -> None:
    await store.add_key(key("K2", created_at=START + timedelta(seconds=5)))
    await store.add_key(key("K1", created_at=START + timedelta(seconds=9)))
    await store.add_key(key("K0", created_at=START + timedelta(seconds=1)))
    assert [k.id for k in await store.list_keys()] == ["K0", "K2", "K1"]


async def test_revoking_keeps_the_first_revocation_time(store: Store) -> None:
    await store.add_key(key("K1"))
    first = START + timedelta(hours=1)
    assert await store.revoke_key("K1", at=first) is True
    assert await store.revoke_key("K1", at=first + timedelta(hours=1)) is True
    got = await store.get_key("K1")
    assert got is not None
    assert got.revoked_at == first
    assert is_utc(got.revoked_at)
    assert got.status(first) == "revoked"


async def test_revoking_an_unknown_key_is_false(store: Store) -> None:
    assert await store.revoke_key("nope", at=START) is False


async def test_a_key_id_is_added_once(store: Store) -> None:
    await store.add_key(key("K1"))
    with pytest.raises(StoreError) as caught:
        await store.add_key(key("K1", created_at=START + timedelta(days=1)))
    assert caught.value.code == "store.conflict"
    assert [k.created_at for k in await store.list_keys()] == [START]


async def test_a_key_bound_to_an_unknown_customer_is_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        await store.add_key(key("K1", customer_id="ghost"))
    assert await store.list_keys() == []


# -- conversations ---------------------------------------------------------------------------


async def test_turns_are_kept_per_session_and_owner(store: Store) -> None:
    await store.append_turn(session_id="s1", owner_id="alice", role="user", content="mine")
    await store.append_turn(session_id="s1", owner_id="bob", role="user", content="bob's")
    await store.append_turn(session_id="s2", owner_id="alice", role="user", content="other")
    turns = await store.recent_turns(session_id="s1", owner_id="alice", limit=10)
    assert [t.content for t in turns] == ["mine"]
    assert is_utc(turns[0].created_at)
    # Knowing someone's session id is not enough to read it.
    assert await store.recent_turns(session_id="s2", owner_id="bob", limit=10) == []


async def test_recent_turns_are_the_last_n_oldest_first(store: Store) -> None:
    for n in range(6):
        role = "user" if n % 2 == 0 else "assistant"
        await store.append_turn(session_id="s", owner_id="o", role=role, content=f"m{n}")
    turns = await store.recent_turns(session_id="s", owner_id="o", limit=4)
    assert [(t.role, t.content) for t in turns] == [
        ("user", "m2"),
        ("assistant", "m3"),
        ("user", "m4"),
        ("assistant", "m5"),
    ]
    assert await store.recent_turns(session_id="s", owner_id="o", limit=0) == []
