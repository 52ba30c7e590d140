"""The store on SQLAlchemy 2 (async): SQLite by default, PostgreSQL at scale, one code path.

Every driver failure leaves as a `StoreError` whose message names neither SQL nor values; the
driver's exception is its `__cause__` for the logs. The schema comes from `upgrade()`, not here.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Self

from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bastion.access.apikeys import ApiKeyRecord
from bastion.agents.conversation import Turn
from bastion.core.clock import Clock, SystemClock
from bastion.core.errors import NotFound
from bastion.store import rows
from bastion.store.engine import async_engine, normalise_url
from bastion.store.identifiers import NOTIFICATION, TICKET, new_id
from bastion.store.outbox import DeliveryStatus
from bastion.store.schema import current_revision, upgrade
from bastion.store.tables import (
    ApiKeyRow,
    ArticleRow,
    ChatTurnRow,
    CustomerRow,
    NotificationRow,
    TicketRow,
)
from bastion.store.timestamps import to_utc
from bastion.store.transactions import transaction
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

# The schema functions are re-exported so one import serves everything SQL-specific.
__all__ = ["SqlStore", "current_revision", "normalise_url", "upgrade"]


class SqlStore:
    """Support, API-key and conversation storage in a SQL database migrated by `upgrade()`."""

    def __init__(self, *, engine: AsyncEngine, clock: Clock | None = None) -> None:
        self._engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._clock: Clock = clock or SystemClock()

    @classmethod
    def from_url(cls, url: str, *, clock: Clock | None = None) -> Self:
        """A store for a `sqlite:///` or `postgresql://` URL; connects lazily, on first use."""
        return cls(engine=async_engine(url), clock=clock)

    @property
    def engine(self) -> AsyncEngine:
        """The engine, for adapters that share this database and its pool (identity, tokens)."""
        return self._engine

    # -- lifecycle -------------------------------------------------------------------------

    async def ping(self) -> None:
        """Return when the database answers; StoreError when it does not."""
        async with self._transaction() as session:
            await session.execute(text("SELECT 1"))

    async def close(self) -> None:
        """Close every pooled connection."""
        await self._engine.dispose()

    def _transaction(self) -> AbstractAsyncContextManager[AsyncSession]:
        return transaction(self._sessions)

    def _now(self) -> datetime:
        return to_utc(self._clock.now())

    # -- customers and articles ------------------------------------------------------------

    async def add_customer(self, customer: Customer) -> None:
        """Insert the customer, or replace the one with the same id."""
        async with self._transaction() as session:
            await session.merge(rows.customer_row(customer))

    async def get_customer(self, customer_id: str) -> Customer | None:
        async with self._transaction() as session:
            row = await session.get(CustomerRow, customer_id)
            return None if row is None else rows.customer(row)

    async def list_customers(self) -> list[Customer]:
        """Every customer, oldest first."""
        query = select(CustomerRow).order_by(CustomerRow.created_at, CustomerRow.id)
        async with self._transaction() as session:
            return [rows.customer(r) for r in await session.scalars(query)]

    async def add_article(self, article: Article) -> None:
        """Insert the article, or replace the one with the same id."""
        async with self._transaction() as session:
            await session.merge(rows.article_row(article))

    async def list_articles(self, *, category: str | None) -> list[Article]:
        """Articles by id; with `category`, only that category (exact match)."""
        query = select(ArticleRow).order_by(ArticleRow.id)
        if category is not None:
            query = query.where(ArticleRow.category == category)
        async with self._transaction() as session:
            return [rows.article(r) for r in await session.scalars(query)]

    # -- tickets ---------------------------------------------------------------------------

    async def create_ticket(self, ticket: NewTicket) -> Ticket:
        row = TicketRow(
            id=new_id(TICKET),
            customer_id=ticket.customer_id,
            subject=ticket.subject,
            description=ticket.description,
            priority=ticket.priority.value,
            category=ticket.category,
            status=TicketStatus.OPEN.value,
            created_at=self._now(),
        )
        async with self._transaction() as session:
            await _require_customer(session, ticket.customer_id)
            session.add(row)
        return rows.ticket(row)

    async def get_ticket(self, ticket_id: str, *, customer_id: str | None) -> Ticket | None:
        query = select(TicketRow).where(TicketRow.id == ticket_id)
        if customer_id is not None:
            query = query.where(TicketRow.customer_id == customer_id)
        async with self._transaction() as session:
            row = await session.scalar(query)
            return None if row is None else rows.ticket(row)

    async def update_ticket(
        self, ticket_id: str, change: TicketChange, *, customer_id: str | None
    ) -> Ticket | None:
        query = select(TicketRow).where(TicketRow.id == ticket_id)
        if customer_id is not None:
            query = query.where(TicketRow.customer_id == customer_id)
        async with self._transaction() as session:
            row = await session.scalar(query.with_for_update())
            if row is None:
                return None
            if change.status is not None:
                row.status = change.status.value
            if change.priority is not None:
                row.priority = change.priority.value
            return rows.ticket(row)

    async def update_customer(self, customer_id: str, change: ProfileChange) -> Customer | None:
        async with self._transaction() as session:
            row = await session.get(CustomerRow, customer_id, with_for_update=True)
            if row is None:
                return None
            if change.name is not None:
                row.name = change.name
            if change.email is not None:
                row.email = change.email
            return rows.customer(row)

    async def list_tickets(self, *, customer_id: str | None, limit: int) -> list[Ticket]:
        query = (
            select(TicketRow)
            .order_by(TicketRow.created_at.desc(), TicketRow.id.desc())
            .limit(max(limit, 0))
        )
        if customer_id is not None:
            query = query.where(TicketRow.customer_id == customer_id)
        async with self._transaction() as session:
            return [rows.ticket(r) for r in await session.scalars(query)]

    # -- notification outbox ---------------------------------------------------------------

    async def enqueue_notification(
        self, *, customer_id: str, channel: str, subject: str, body: str
    ) -> Notification:
        row = NotificationRow(
            id=new_id(NOTIFICATION),
            customer_id=customer_id,
            channel=channel,
            subject=subject,
            body=body,
            status=DeliveryStatus.PENDING.value,
            created_at=self._now(),
            sent_at=None,
        )
        async with self._transaction() as session:
            await _require_customer(session, customer_id)
            session.add(row)
        return rows.notification(row)

    async def pending_notifications(self, limit: int) -> list[Notification]:
        """Up to `limit` undelivered notifications, oldest first."""
        query = (
            select(NotificationRow)
            .where(NotificationRow.status == DeliveryStatus.PENDING.value)
            .order_by(NotificationRow.created_at, NotificationRow.id)
            .limit(max(limit, 0))
        )
        async with self._transaction() as session:
            return [rows.notification(r) for r in await session.scalars(query)]

    async def mark_notification_sent(self, notification_id: str) -> None:
        """Record delivery; marking an unknown or already-sent notification changes nothing."""
        query = (
            update(NotificationRow)
            .where(NotificationRow.id == notification_id)
            .where(NotificationRow.status == DeliveryStatus.PENDING.value)
            .values(status=DeliveryStatus.SENT.value, sent_at=self._now())
        )
        async with self._transaction() as session:
            await session.execute(query)

    # -- API keys --------------------------------------------------------------------------

    async def add_key(self, record: ApiKeyRecord) -> None:
        """Store a new key record; an id already in use is a StoreError."""
        async with self._transaction() as session:
            if record.customer_id is not None:
                await _require_customer(session, record.customer_id)
            session.add(rows.api_key_row(record))

    async def get_key(self, key_id: str) -> ApiKeyRecord | None:
        async with self._transaction() as session:
            row = await session.get(ApiKeyRow, key_id)
            return None if row is None else rows.api_key(row)

    async def list_keys(self) -> list[ApiKeyRecord]:
        """Every key record, oldest first."""
        query = select(ApiKeyRow).order_by(ApiKeyRow.created_at, ApiKeyRow.id)
        async with self._transaction() as session:
            return [rows.api_key(r) for r in await session.scalars(query)]

    async def revoke_key(self, key_id: str, *, at: datetime) -> bool:
        """Mark the key revoked (the first revocation time is kept); False for an unknown id."""
        async with self._transaction() as session:
            row = await session.get(ApiKeyRow, key_id, with_for_update=True)
            if row is None:
                return False
            if row.revoked_at is None:
                row.revoked_at = to_utc(at)
            return True

    # -- conversations ---------------------------------------------------------------------

    async def append_turn(self, *, session_id: str, owner_id: str, role: str, content: str) -> None:
        row = ChatTurnRow(
            session_id=session_id,
            owner_id=owner_id,
            role=role,
            content=content,
            created_at=self._now(),
        )
        async with self._transaction() as session:
            session.add(row)

    async def recent_turns(self, *, session_id: str, owner_id: str, limit: int) -> list[Turn]:
        """The last `limit` turns of this owner's session, oldest first."""
        if limit <= 0:
            return []
        query = (
            select(ChatTurnRow)
            .where(ChatTurnRow.session_id == session_id, ChatTurnRow.owner_id == owner_id)
            .order_by(ChatTurnRow.id.desc())
            .limit(limit)
        )
        async with self._transaction() as session:
            newest_first = [rows.turn(r) for r in await session.scalars(query)]
        return newest_first[::-1]


async def _require_customer(session: AsyncSession, customer_id: str) -> None:
    # Checked in the same transaction as the insert; the foreign key is the backstop.
    if await session.get(CustomerRow, customer_id) is None:
        raise NotFound("customer not found", code="customer.not_found")
