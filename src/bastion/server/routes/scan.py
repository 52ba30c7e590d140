"""`POST /api/scan`: run the content guard on any text, for any authenticated caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.rbac import Permission
from bastion.core.guard import checked
from bastion.core.types import Direction, Principal, Subject
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires

router = APIRouter(tags=["scan"])

Scanner = Annotated[Principal, Depends(requires(Permission.USE_SCAN))]
MAX_SCAN_CHARS = 1_000_000


class ScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(max_length=MAX_SCAN_CHARS)]
    direction: Direction = Direction.INPUT


class SpanOut(BaseModel):
    start: int
    end: int


class FindingOut(BaseModel):
    code: str
    severity: str
    span: SpanOut | None
    score: float
    view: str


class ScanResponse(BaseModel):
    action: str
    decided: str  # the policy's own choice; differs from `action` only in shadow mode
    findings: list[FindingOut]
    text: str


@router.post("/api/scan", response_model=ScanResponse)
async def scan(body: ScanRequest, who: Scanner, svc: ServicesDep) -> ScanResponse:
    subject = Subject(text=body.text, direction=body.direction, principal=who)
    verdict = await checked(svc.guard, subject)
    return ScanResponse(
        action=verdict.action.value,
        decided=verdict.decision.value,
        findings=[
            FindingOut(
                code=f.code,
                severity=f.severity.value,
                span=SpanOut(start=f.span.start, end=f.span.end) if f.span else None,
                score=round(f.score, 4),
                view=f.view,
            )
            for f in verdict.findings
        ],
        text=verdict.text,
    )
