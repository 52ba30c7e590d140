"""The signed-in customer's profile and tickets. Another customer's ticket is a 404."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.rbac import Permission
from bastion.config.build import Services
from bastion.core.errors import ContentRefused, NotFound
from bastion.core.redaction import partial
from bastion.core.types import Action, Direction, Principal, Subject
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires
from bastion.tools.records import Priority, ProfileChange, TicketChange, TicketStatus
from bastion.tools.support import CreateTicketParams, customer_view, ticket_view

router = APIRouter(tags=["support"])

Reader = Annotated[Principal, Depends(requires(Permission.READ_PROFILE))]
TicketViewer = Annotated[Principal, Depends(requires(Permission.VIEW_TICKETS))]
TicketCreator = Annotated[Principal, Depends(requires(Permission.CREATE_TICKET))]
TicketUpdater = Annotated[Principal, Depends(requires(Permission.UPDATE_TICKETS))]
ProfileEditor = Annotated[Principal, Depends(requires(Permission.UPDATE_PROFILE))]

TicketId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class TicketOut(BaseModel):
    id: str
    customer_id: str
    subject: str
    description: str
    priority: str
    category: str | None
    status: str
    created_at: str


class TicketList(BaseModel):
    tickets: list[TicketOut]


class CustomerOut(BaseModel):
    id: str
    name: str
    email: str
    tier: str
    created_at: str


class Me(BaseModel):
    principal: dict[str, Any]
    customer: CustomerOut | None


@router.get("/api/me", response_model=Me)
async def me(who: Reader, svc: ServicesDep) -> Me:
    customer = None
    if who.customer_id is not None:
        customer = CustomerOut(**customer_view(await svc.support.profile(who)))
    return Me(
        principal={"id": who.id, "role": who.role.value, "customer_id": who.customer_id},
        customer=customer,
    )


@router.get("/api/tickets", response_model=TicketList)
async def list_tickets(who: TicketViewer, svc: ServicesDep) -> TicketList:
    tickets = await svc.support.tickets(who)
    return TicketList(tickets=[TicketOut(**ticket_view(t)) for t in tickets])


@router.get("/api/tickets/{ticket_id}", response_model=TicketOut)
async def get_ticket(ticket_id: TicketId, who: TicketViewer, svc: ServicesDep) -> TicketOut:
    return TicketOut(**ticket_view(await svc.support.ticket(who, ticket_id)))


@router.post("/api/tickets", response_model=TicketOut, status_code=201)
async def create_ticket(
    body: CreateTicketParams, who: TicketCreator, svc: ServicesDep
) -> TicketOut:
    # Ticket text is later read by staff and by the agent, so it is guarded like tool arguments.
    checked = guarded_fields(svc, who, subject=body.subject, description=body.description)
    safe = body.model_copy(update=checked)
    return TicketOut(**ticket_view(await svc.support.open_ticket(who, safe)))


class TicketPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: TicketStatus | None = None
    priority: Priority | None = None


EMAIL_SHAPE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class ProfilePatch(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Annotated[str | None, Field(min_length=1, max_length=200)] = None
    email: Annotated[str | None, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] = (
        None
    )


def guarded_fields(svc: Services, who: Principal, **fields: str) -> dict[str, str]:
    """Each field through the content guard as a request field; refused fields stop the request."""
    checked = {}
    for name, text in fields.items():
        verdict = svc.guard(
            Subject(
                text=text, direction=Direction.TOOL_ARGS, principal=who, metadata={"field": name}
            )
        )
        if verdict.action in (Action.BLOCK, Action.REVIEW):
            raise ContentRefused(
                f"the {name} was refused by the content guard", findings=verdict.codes
            )
        checked[name] = verdict.text
    return checked


@router.patch("/api/tickets/{ticket_id}", response_model=TicketOut)
async def update_ticket(
    ticket_id: TicketId, body: TicketPatch, who: TicketUpdater, svc: ServicesDep
) -> TicketOut:
    change = TicketChange(status=body.status, priority=body.priority)
    return TicketOut(**ticket_view(await svc.support.change_ticket(who, ticket_id, change)))


@router.post("/api/tickets/{ticket_id}/close", response_model=TicketOut)
async def close_ticket(ticket_id: TicketId, who: TicketCreator, svc: ServicesDep) -> TicketOut:
    return TicketOut(**ticket_view(await svc.support.close_ticket(who, ticket_id)))


@router.patch("/api/me", response_model=CustomerOut)
async def update_me(body: ProfilePatch, who: ProfileEditor, svc: ServicesDep) -> CustomerOut:
    fields = {k: v for k, v in body.model_dump().items() if v is not None}
    checked = guarded_fields(svc, who, **fields)
    customer = await svc.support.change_profile(who, ProfileChange(**checked))
    return CustomerOut(**customer_view(customer))


# Fields that identify or reach a customer directly. Staff without `access:sensitive_data` see
# them partially masked: enough to confirm a caller's details, not enough to harvest them.
SENSITIVE_CUSTOMER_FIELDS = {"email": "pii.email"}


@router.get("/api/customers/{customer_id}", response_model=CustomerOut)
async def get_customer(customer_id: TicketId, who: TicketViewer, svc: ServicesDep) -> CustomerOut:
    policy = svc.access_policy
    if not policy.is_allowed(who, Permission.VIEW_TICKETS, owner=customer_id):
        # Another customer's profile is reported exactly like a missing one.
        raise NotFound("customer not found", code="customer.not_found")
    customer = await svc.support.customer(customer_id)
    view = customer_view(customer)
    if not policy.is_allowed(who, Permission.ACCESS_SENSITIVE_DATA):
        for field, code in SENSITIVE_CUSTOMER_FIELDS.items():
            view[field] = partial(str(view[field]), code)
    return CustomerOut(**view)
