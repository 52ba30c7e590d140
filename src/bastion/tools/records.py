"""Records of the customer-support domain, as the tools and the store exchange them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Priority(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class TicketStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str
    email: str
    tier: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    customer_id: str
    subject: str
    description: str
    priority: Priority
    category: str | None
    status: TicketStatus
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NewTicket:
    customer_id: str
    subject: str
    description: str
    priority: Priority
    category: str | None = None


@dataclass(frozen=True, slots=True)
class TicketChange:
    """Fields to change on a ticket; None leaves a field as it is."""

    status: TicketStatus | None = None
    priority: Priority | None = None


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """Fields a customer may change on their own profile; None leaves a field as it is."""

    name: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    category: str
    body: str


@dataclass(frozen=True, slots=True)
class Notification:
    id: str
    customer_id: str
    channel: str
    subject: str
    body: str
    status: str
    created_at: datetime
