"""The customer-support domain: the store port, ownership rules, and the agent's tools.

The customer a call acts for always comes from the authenticated principal. Tool parameter
models forbid extra fields, so a model that tries to name a customer is refused outright.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from bastion.core.errors import AccessDenied, NotFound
from bastion.core.types import Principal
from bastion.tools.kb_search import rank
from bastion.tools.records import (
    Article,
    Customer,
    NewTicket,
    Notification,
    Priority,
    ProfileChange,
    Ticket,
    TicketChange,
    TicketStatus,
)
from bastion.tools.runner import ToolSpec


class SupportStore(Protocol):
    """Persistence the support domain needs; implemented in `bastion.store`."""

    async def get_customer(self, customer_id: str) -> Customer | None: ...

    async def create_ticket(self, ticket: NewTicket) -> Ticket: ...

    async def get_ticket(self, ticket_id: str, *, customer_id: str | None) -> Ticket | None:
        """The ticket, or None; with `customer_id`, only if that customer owns it."""
        ...

    async def list_tickets(self, *, customer_id: str | None, limit: int) -> list[Ticket]:
        """Newest first; with `customer_id`, only that customer's tickets."""
        ...

    async def update_ticket(
        self, ticket_id: str, change: TicketChange, *, customer_id: str | None
    ) -> Ticket | None:
        """The changed ticket, or None; with `customer_id`, only if that customer owns it."""
        ...

    async def update_customer(self, customer_id: str, change: ProfileChange) -> Customer | None:
        """The changed customer, or None when there is no such customer."""
        ...

    async def list_articles(self, *, category: str | None) -> list[Article]: ...

    async def enqueue_notification(
        self, *, customer_id: str, channel: str, subject: str, body: str
    ) -> Notification: ...


def owned_customer(principal: Principal) -> str:
    """The customer this principal acts for; keys without one cannot act for a customer."""
    if principal.customer_id is None:
        raise AccessDenied("this key is not bound to a customer", code="access.no_customer_binding")
    return principal.customer_id


def _scope(principal: Principal) -> str | None:
    """Customer roles are limited to their own customer; staff roles see every customer."""
    return owned_customer(principal) if principal.role.customer_bound else None


class SupportService:
    """Support operations with ownership enforced: customers reach only their own objects."""

    def __init__(self, *, store: SupportStore) -> None:
        self._store = store

    async def profile(self, principal: Principal) -> Customer:
        customer = await self._store.get_customer(owned_customer(principal))
        if customer is None:
            raise NotFound("customer not found", code="customer.not_found")
        return customer

    async def customer(self, customer_id: str) -> Customer:
        """A customer by id, for callers already authorised to see it."""
        customer = await self._store.get_customer(customer_id)
        if customer is None:
            raise NotFound("customer not found", code="customer.not_found")
        return customer

    async def tickets(self, principal: Principal, *, limit: int = 50) -> list[Ticket]:
        return await self._store.list_tickets(customer_id=_scope(principal), limit=limit)

    async def ticket(self, principal: Principal, ticket_id: str) -> Ticket:
        ticket = await self._store.get_ticket(ticket_id, customer_id=_scope(principal))
        if ticket is None:
            # Someone else's ticket is reported exactly like a missing one.
            raise NotFound("ticket not found", code="ticket.not_found")
        return ticket

    async def change_ticket(
        self, principal: Principal, ticket_id: str, change: TicketChange
    ) -> Ticket:
        """Apply `change`; customers reach only their own tickets (another's is a 404)."""
        ticket = await self._store.update_ticket(ticket_id, change, customer_id=_scope(principal))
        if ticket is None:
            raise NotFound("ticket not found", code="ticket.not_found")
        return ticket

    async def close_ticket(self, principal: Principal, ticket_id: str) -> Ticket:
        """Customers may close their own tickets, and nothing else about them."""
        return await self.change_ticket(
            principal, ticket_id, TicketChange(status=TicketStatus.CLOSED)
        )

    async def change_profile(self, principal: Principal, change: ProfileChange) -> Customer:
        """Change the principal's own customer profile; there is no way to name another."""
        customer = await self._store.update_customer(owned_customer(principal), change)
        if customer is None:
            raise NotFound("customer not found", code="customer.not_found")
        return customer

    async def open_ticket(self, principal: Principal, params: CreateTicketParams) -> Ticket:
        return await self._store.create_ticket(
            NewTicket(
                customer_id=owned_customer(principal),
                subject=params.subject,
                description=params.description,
                priority=params.priority,
                category=params.category,
            )
        )

    async def search(self, params: SearchKnowledgeBaseParams) -> list[tuple[Article, float]]:
        articles = await self._store.list_articles(category=params.category)
        return [
            (h.article, h.score) for h in rank(params.query, articles, limit=params.max_results)
        ]

    async def notify(self, principal: Principal, params: SendNotificationParams) -> Notification:
        return await self._store.enqueue_notification(
            customer_id=owned_customer(principal),
            channel=params.channel,
            subject=params.subject,
            body=params.message,
        )


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class SearchKnowledgeBaseParams(_Params):
    query: Annotated[str, Field(min_length=3, max_length=500)]
    category: Annotated[str | None, Field(max_length=100)] = None
    max_results: Annotated[int, Field(ge=1, le=50)] = 5


class CreateTicketParams(_Params):
    subject: Annotated[str, Field(min_length=5, max_length=200)]
    description: Annotated[str, Field(min_length=10, max_length=2000)]
    priority: Priority = Priority.MEDIUM
    category: Annotated[str | None, Field(max_length=50)] = None


class ListTicketsParams(_Params):
    limit: Annotated[int, Field(ge=1, le=50)] = 10


class GetCustomerInfoParams(_Params):
    pass


class SendNotificationParams(_Params):
    subject: Annotated[str, Field(min_length=1, max_length=200)]
    message: Annotated[str, Field(min_length=1, max_length=2000)]
    channel: Literal["email", "sms", "in_app"] = "email"


def ticket_view(ticket: Ticket) -> dict[str, Any]:
    return {
        "id": ticket.id,
        "customer_id": ticket.customer_id,
        "subject": ticket.subject,
        "description": ticket.description,
        "priority": ticket.priority.value,
        "category": ticket.category,
        "status": ticket.status.value,
        "created_at": ticket.created_at.isoformat(),
    }


def customer_view(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "email": customer.email,
        "tier": customer.tier,
        "created_at": customer.created_at.isoformat(),
    }


def support_tools(service: SupportService) -> Sequence[ToolSpec]:
    """The customer-support agent's tools, bound to one service."""

    async def search_knowledge_base(
        p: SearchKnowledgeBaseParams, _: Principal
    ) -> Mapping[str, Any]:
        hits = await service.search(p)
        return {
            "articles": [
                {
                    "id": a.id,
                    "title": a.title,
                    "category": a.category,
                    "body": a.body,
                    "score": round(score, 3),
                }
                for a, score in hits
            ]
        }

    async def create_ticket(p: CreateTicketParams, who: Principal) -> Mapping[str, Any]:
        return {"ticket": ticket_view(await service.open_ticket(who, p))}

    async def list_tickets(p: ListTicketsParams, who: Principal) -> Mapping[str, Any]:
        return {"tickets": [ticket_view(t) for t in await service.tickets(who, limit=p.limit)]}

    async def get_customer_info(_: GetCustomerInfoParams, who: Principal) -> Mapping[str, Any]:
        return {"customer": customer_view(await service.profile(who))}

    async def send_notification(p: SendNotificationParams, who: Principal) -> Mapping[str, Any]:
        note = await service.notify(who, p)
        return {"notification": {"id": note.id, "channel": note.channel, "status": note.status}}

    return (
        ToolSpec(
            name="search_knowledge_base",
            description="Search the help-centre articles.",
            params=SearchKnowledgeBaseParams,
            handler=search_knowledge_base,
            permission="execute:agent",
        ),
        ToolSpec(
            name="create_ticket",
            description="Open a support ticket for the signed-in customer.",
            params=CreateTicketParams,
            handler=create_ticket,
            permission="create:ticket",
            needs_customer=True,
            writes=True,
        ),
        ToolSpec(
            name="list_tickets",
            description="List the signed-in customer's tickets, newest first.",
            params=ListTicketsParams,
            handler=list_tickets,
            permission="view:tickets",
        ),
        ToolSpec(
            name="get_customer_info",
            description="Show the signed-in customer's profile.",
            params=GetCustomerInfoParams,
            handler=get_customer_info,
            permission="read:profile",
            needs_customer=True,
        ),
        ToolSpec(
            name="send_notification",
            description="Send the signed-in customer a notification.",
            params=SendNotificationParams,
            handler=send_notification,
            permission="send:notification",
            needs_customer=True,
            writes=True,
        ),
    )
