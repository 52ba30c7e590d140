"""Translation between table rows and the domain's frozen records, in both directions."""

from __future__ import annotations

from datetime import datetime

from bastion.access.apikeys import ApiKeyRecord
from bastion.agents.conversation import Turn
from bastion.core.types import Role
from bastion.store.tables import (
    ApiKeyRow,
    ArticleRow,
    ChatTurnRow,
    CustomerRow,
    NotificationRow,
    TicketRow,
)
from bastion.store.timestamps import to_utc
from bastion.tools.records import (
    Article,
    Customer,
    Notification,
    Priority,
    Ticket,
    TicketStatus,
)


def customer(row: CustomerRow) -> Customer:
    return Customer(
        id=row.id, name=row.name, email=row.email, tier=row.tier, created_at=row.created_at
    )


def customer_row(record: Customer) -> CustomerRow:
    return CustomerRow(
        id=record.id,
        name=record.name,
        email=record.email,
        tier=record.tier,
        created_at=to_utc(record.created_at),
    )


def ticket(row: TicketRow) -> Ticket:
    return Ticket(
        id=row.id,
        customer_id=row.customer_id,
        subject=row.subject,
        description=row.description,
        priority=Priority(row.priority),
        category=row.category,
        status=TicketStatus(row.status),
        created_at=row.created_at,
    )


def article(row: ArticleRow) -> Article:
    return Article(id=row.id, title=row.title, category=row.category, body=row.body)


def article_row(record: Article) -> ArticleRow:
    return ArticleRow(id=record.id, title=record.title, category=record.category, body=record.body)


def notification(row: NotificationRow) -> Notification:
    return Notification(
        id=row.id,
        customer_id=row.customer_id,
        channel=row.channel,
        subject=row.subject,
        body=row.body,
        status=row.status,
        created_at=row.created_at,
    )


def api_key(row: ApiKeyRow) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=row.id,
        secret_hash=row.secret_hash,
        role=Role(row.role),
        customer_id=row.customer_id,
        label=row.label,
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


def api_key_row(record: ApiKeyRecord) -> ApiKeyRow:
    return ApiKeyRow(
        id=record.id,
        secret_hash=record.secret_hash,
        role=record.role.value,
        customer_id=record.customer_id,
        label=record.label,
        created_at=to_utc(record.created_at),
        expires_at=_optional_utc(record.expires_at),
        revoked_at=_optional_utc(record.revoked_at),
    )


def _optional_utc(moment: datetime | None) -> datetime | None:
    # Converted here, before any transaction, so a naive datetime is the caller's ValueError.
    return None if moment is None else to_utc(moment)


def turn(row: ChatTurnRow) -> Turn:
    return Turn(role=row.role, content=row.content, created_at=row.created_at)
