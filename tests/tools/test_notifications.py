from __future__ import annotations

from datetime import UTC, datetime

from bastion.store.memory import MemoryStore
from bastion.tools.notifications import deliver_pending
from bastion.tools.records import Customer, Notification


class Recorder:
    def __init__(self, fail_ids: set[str] | None = None) -> None:
        self.sent: list[str] = []
        self.fail_ids = fail_ids or set()

    async def send(self, notification: Notification) -> None:
        if notification.id in self.fail_ids:
            raise ConnectionError("smtp down")
        self.sent.append(notification.id)


async def store_with_two() -> tuple[MemoryStore, list[Notification]]:
    store = MemoryStore()
    await store.add_customer(
        Customer("cust-a", "A", "a@example.com", "standard", datetime(2026, 1, 1, tzinfo=UTC))
    )
    notes = [
        await store.enqueue_notification(
            customer_id="cust-a", channel="email", subject=f"s{i}", body="b"
        )
        for i in range(2)
    ]
    return store, notes


async def test_pending_notifications_are_sent_once() -> None:
    store, notes = await store_with_two()
    sender = Recorder()
    assert await deliver_pending(store, sender) == 2
    assert sorted(sender.sent) == sorted(n.id for n in notes)
    assert await deliver_pending(store, sender) == 0
    assert await store.pending_notifications(10) == []


async def test_a_failed_delivery_stays_queued_and_others_go_out() -> None:
    store, notes = await store_with_two()
    sender = Recorder(fail_ids={notes[0].id})
    assert await deliver_pending(store, sender) == 1
    assert [n.id for n in await store.pending_notifications(10)] == [notes[0].id]
