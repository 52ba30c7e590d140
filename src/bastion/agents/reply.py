"""What an agent hands back for one user message: the text, the tool calls made, the sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    """One tool call made while answering, with the runner's status (`ok`, `invalid`, ...)."""

    tool: str
    status: str


@dataclass(frozen=True, slots=True)
class Source:
    """A knowledge-base article the reply is based on."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class AgentReply:
    """The answer to one user message and how it was reached."""

    text: str
    agent: str
    tool_calls: tuple[ToolCallRecord, ...] = ()
    sources: tuple[Source, ...] = ()
