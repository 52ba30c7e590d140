"""The chat endpoint: input guard, agent, output guard, in that order, on every message."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.rbac import Permission
from bastion.core.errors import ContentRefused
from bastion.core.guard import checked
from bastion.core.types import Action, Direction, Principal, Subject
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires

router = APIRouter(tags=["chat"])

AgentUser = Annotated[Principal, Depends(requires(Permission.EXECUTE_AGENT))]

WITHHELD = "I can't share that response. Please rephrase your question or contact support."


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: Annotated[str, Field(min_length=1, max_length=10_000)]
    session_id: Annotated[str | None, Field(pattern=r"^[A-Za-z0-9_-]{8,64}$")] = None


class ToolCallOut(BaseModel):
    tool: str
    status: str


class SourceOut(BaseModel):
    id: str
    title: str


class ChatResponse(BaseModel):
    reply: str
    session_id: str
    agent: str
    tool_calls: list[ToolCallOut]
    sources: list[SourceOut]


@router.post(
    "/api/chat",
    response_model=ChatResponse,
    responses={400: {"description": "the message was refused by the input guard"}},
)
async def chat(body: ChatRequest, who: AgentUser, svc: ServicesDep) -> ChatResponse:
    session_id = body.session_id or secrets.token_urlsafe(16)
    verdict = await checked(
        svc.guard, Subject(text=body.message, direction=Direction.INPUT, principal=who)
    )
    if verdict.action in (Action.BLOCK, Action.REVIEW):
        # Finding codes only: the matched text never goes back to the client.
        raise ContentRefused("the message was refused by the content guard", findings=verdict.codes)

    reply = await svc.agent.reply(message=verdict.text, session_id=session_id, principal=who)

    out = await checked(
        svc.guard, Subject(text=reply.text, direction=Direction.OUTPUT, principal=who)
    )
    text = WITHHELD if out.action in (Action.BLOCK, Action.REVIEW) else out.text
    return ChatResponse(
        reply=text,
        session_id=session_id,
        agent=reply.agent,
        tool_calls=[ToolCallOut(tool=c.tool, status=c.status) for c in reply.tool_calls],
        sources=[SourceOut(id=s.id, title=s.title) for s in reply.sources],
    )
