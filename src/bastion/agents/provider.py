"""The LLM provider port: a chat-completion-shaped Protocol that local and remote models implement.

The shapes follow the common chat-completion APIs (OpenAI-compatible, Anthropic, Bedrock), so an
adapter only translates field names. Everything here is a frozen value; a provider never acts, it
only proposes text and tool calls that the agent hands to the tool runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, Protocol

Role = Literal["system", "user", "assistant", "tool"]

_NO_ARGUMENTS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A model's request to run one tool; `id` pairs it with the `tool` message that answers it."""

    id: str
    name: str
    arguments: Mapping[str, Any] = field(default_factory=lambda: _NO_ARGUMENTS)

    def __post_init__(self) -> None:
        # A read-only copy: the caller's dict may change later, the recorded call must not.
        object.__setattr__(self, "arguments", MappingProxyType(dict(self.arguments)))


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message; `tool` messages carry `tool_call_id` and the tool `name`."""

    role: Role
    content: str
    tool_call_id: str | None = None
    name: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()

    @classmethod
    def system(cls, content: str) -> Message:
        return cls(role="system", content=content)

    @classmethod
    def user(cls, content: str) -> Message:
        return cls(role="user", content=content)

    @classmethod
    def assistant(cls, content: str, *, tool_calls: Sequence[ToolCall] = ()) -> Message:
        return cls(role="assistant", content=content, tool_calls=tuple(tool_calls))

    @classmethod
    def tool(cls, content: str, *, tool_call_id: str, name: str) -> Message:
        return cls(role="tool", content=content, tool_call_id=tool_call_id, name=name)


@dataclass(frozen=True, slots=True)
class ToolSchema:
    """A tool as offered to a model: name, description and a JSON schema of its arguments."""

    name: str
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Completion:
    """A model's answer: text for the user, or tool calls to run first (or both)."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()


class LLMProvider(Protocol):
    """A chat model: given the conversation and the offered tools, propose the next step."""

    name: str

    async def complete(
        self, *, messages: Sequence[Message], tools: Sequence[ToolSchema]
    ) -> Completion: ...
