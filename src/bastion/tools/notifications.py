"""Delivery of queued notifications: the outbox is drained by a pluggable sender."""

from __future__ import annotations

import logging
from typing import Protocol

from bastion.tools.records import Notification

log = logging.getLogger("bastion.notifications")


class Sender(Protocol):
    """Delivers one notification; raises to leave it queued for the next attempt."""

    async def send(self, notification: Notification) -> None: ...


class Outbox(Protocol):
    """The queue side of the store."""

    async def pending_notifications(self, limit: int) -> list[Notification]: ...

    async def mark_notification_sent(self, notification_id: str) -> None: ...


class LogSender:
    """The default sender: records that a notification went out, never its body."""

    async def send(self, notification: Notification) -> None:
        log.info(
            "notification.sent id=%s channel=%s customer=%s",
            notification.id,
            notification.channel,
            notification.customer_id,
        )


async def deliver_pending(outbox: Outbox, sender: Sender, *, limit: int = 100) -> int:
    """Send up to `limit` pending notifications; a failed send stays pending. Returns sent."""
    sent = 0
    for notification in await outbox.pending_notifications(limit):
        try:
            await sender.send(notification)
        except Exception:  # noqa: BLE001 - one bad delivery must not stop the others
            log.warning("notification.failed id=%s", notification.id)
            continue
        await outbox.mark_notification_sent(notification.id)
        sent += 1
    return sent
