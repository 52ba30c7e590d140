"""States of a notification in the outbox: written `pending`, marked `sent` once delivered."""

from __future__ import annotations

import enum


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
