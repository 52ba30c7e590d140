"""The whole store in process memory: for tests and single-process demos, lost on exit.

It keeps the same contract as `SqlStore` (the contract suite in tests/store runs against both),
including the rules the database enforces: tickets, notifications and customer-bound keys need an
existing customer, and a key id is added once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bastion.access.apikeys import ApiKeyRecord
from bastion.agents.conversation import Turn
from bastion.core.clock import Clock, SystemClock
from bastion.core.errors import NotFound, StoreError
from bastion.store.identifiers import NOTIFICATION, TICKET, new_id
from bastion.store.outbox import DeliveryStatus
from bastion.store.timestamps import to_utc
from bastion.tools.records import (
    Article,
    Customer,
    NewTicket,
    Notification,
    ProfileChange,
    Ticket,
    TicketChange,
    TicketStatus,
)


class MemoryStore:
    """Support, API-key and conversation storage held in dictionaries."""

    def __init__(self, *, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or SystemClock()
        self._customers: dict[str, Customer] = {}
        self._tickets: dict[str, Ticket] = {}
        self._articles: dict[str, Article] = {}
        self._notifications: dict[str, Notification] = {}
        self._keys: dict[str, ApiKeyRecord] = {}
        self._turns: dict[tuple[str, str], list[Turn]] = {}

    # -- lifecycle -------------------------------------------------------------------------

    async def ping(self) -> None:
        """Always reachable."""

    async def close(self) -> None:
        """Nothing to release."""

    # -- customers and articles ------------------------------------------------------------

    async def add_customer(self, customer: Customer) -> None:
        """Insert the customer, or replace the one with the same id."""
        self._customers[customer.id] = replace(customer, created_at=to_utc(customer.created_at))

    async def get_customer(self, customer_id: str) -> Customer | None:
        return self._customers.get(customer_id)

    async def list_customers(self) -> list[Customer]:
        """Every customer, oldest first."""
        return sorted(self._customers.values(), key=lambda c: (c.created_at, c.id))

    async def add_article(self, article: Article) -> None:
        """Insert the article, or replace the one with the same id."""
        self._articles[article.id] = article

    async def list_articles(self, *, category: str | None) -> list[Article]:
        """Articles by id; with `category`, only that category (exact match)."""
        return [
            a
            for a in sorted(self._articles.values(), key=lambda a: a.id)
            if category is None or a.category == category
        ]

    # -- tickets ---------------------------------------------------------------------------

    async def create_ticket(self, ticket: NewTicket) -> Ticket:
        self._require_customer(ticket.customer_id)
        created = Ticket(
            id=new_id(TICKET),
            customer_id=ticket.customer_id,
            subject=ticket.subject,
            description=ticket.description,
            priority=ticket.priority,
            category=ticket.category,
            status=TicketStatus.OPEN,
            created_at=self._now(),
        )
        self._tickets[created.id] = created
        return created

    async def get_ticket(self, ticket_id: str, *, customer_id: str | None) -> Ticket | None:
        ticket = self._tickets.get(ticket_id)
        if ticket is None or (customer_id is not None and ticket.customer_id != customer_id):
            return None
        return ticket

    async def update_ticket(
        self, ticket_id: str, change: TicketChange, *, customer_id: str | None
    ) -> Ticket | None:
        ticket = await self.get_ticket(ticket_id, customer_id=customer_id)
        if ticket is None:
            return None
        updated = replace(
            ticket,
            status=change.status or ticket.status,
            priority=change.priority or ticket.priority,
        )
        self._tickets[ticket_id] = updated
        return updated

    async def update_customer(self, customer_id: str, change: ProfileChange) -> Customer | None:
        customer = self._customers.get(customer_id)
        if customer is None:
            return None
        updated = replace(
            customer, name=change.name or customer.name, email=change.email or customer.email
        )
        self._customers[customer_id] = updated
        return updated

    async def list_tickets(self, *, customer_id: str | None, limit: int) -> list[Ticket]:
        mine = [
            t for t in self._tickets.values() if customer_id is None or t.customer_id == customer_id
        ]
        # Ties on created_at break on id, exactly as the SQL store orders them.
        mine.sort(key=lambda t: (t.created_at, t.id), reverse=True)
        return mine[: max(limit, 0)]

    # -- notification outbox ---------------------------------------------------------------

    async def enqueue_notification(
        self, *, customer_id: str, channel: str, subject: str, body: str
    ) -> Notification:
        self._require_customer(customer_id)
        note = Notification(
            id=new_id(NOTIFICATION),
            customer_id=customer_id,
            channel=channel,
            subject=subject,
            body=body,
            status=DeliveryStatus.PENDING.value,
            created_at=self._now(),
        )
        self._notifications[note.id] = note
        return note

    async def pending_notifications(self, limit: int) -> list[Notification]:
        """Up to `limit` undelivered notifications, oldest first."""
        pending = [
            n for n in self._notifications.values() if n.status == DeliveryStatus.PENDING.value
        ]
        pending.sort(key=lambda n: (n.created_at, n.id))
        return pending[: max(limit, 0)]

    async def mark_notification_sent(self, notification_id: str) -> None:
        """Record delivery; marking an unknown or already-sent notification changes nothing."""
        note = self._notifications.get(notification_id)
        if note is not None and note.status == DeliveryStatus.PENDING.value:
            self._notifications[note.id] = replace(note, status=DeliveryStatus.SENT.value)

    # -- API keys --------------------------------------------------------------------------

    async def add_key(self, record: ApiKeyRecord) -> None:
        """Store a new key record; an id already in use is a StoreError."""
        if record.customer_id is not None:
            self._require_customer(record.customer_id)
        if record.id in self._keys:
            raise StoreError("an API key with this id already exists", code="store.conflict")
        self._keys[record.id] = replace(
            record,
            created_at=to_utc(record.created_at),
            expires_at=None if record.expires_at is None else to_utc(record.expires_at),
            revoked_at=None if record.revoked_at is None else to_utc(record.revoked_at),
        )

    async def get_key(self, key_id: str) -> ApiKeyRecord | None:
        return self._keys.get(key_id)

    async def list_keys(self) -> list[ApiKeyRecord]:
        """Every key record, oldest first."""
        return sorted(self._keys.values(), key=lambda k: (k.created_at, k.id))

    async def revoke_key(self, key_id: str, *, at: datetime) -> bool:
        """Mark the key revoked (the first revocation time is kept); False for an unknown id."""
        record = self._keys.get(key_id)
        if record is None:
            return False
        if record.revoked_at is None:
            self._keys[key_id] = replace(record, revoked_at=to_utc(at))
        return True

    # -- conversations ---------------------------------------------------------------------

    async def append_turn(self, *, session_id: str, owner_id: str, role: str, content: str) -> None:
        turn = Turn(role=role, content=content, created_at=self._now())
        self._turns.setdefault((session_id, owner_id), []).append(turn)

    async def recent_turns(self, *, session_id: str, owner_id: str, limit: int) -> list[Turn]:
        """The last `limit` turns of this owner's session, oldest first."""
        if limit <= 0:
            return []
        return list(self._turns.get((session_id, owner_id), [])[-limit:])

    # -- internals -------------------------------------------------------------------------

    def _now(self) -> datetime:
        return to_utc(self._clock.now())

    def _require_customer(self, customer_id: str) -> None:
        if customer_id not in self._customers:
            raise NotFound("customer not found", code="customer.not_found")
