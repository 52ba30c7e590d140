"""Test doubles shipped with the library: a frozen clock, a scripted provider, an event capture."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bastion.agents.provider import Completion, Message, ToolSchema
from bastion.core.events import Event

__all__ = ["CapturingSink", "FrozenClock", "ProviderCall", "ScriptedProvider"]


class FrozenClock:
    """A `Clock` that stands still until told to `advance`."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("FrozenClock needs a timezone-aware datetime")
        self._now = now
        self._monotonic = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both the wall clock and the monotonic clock forward."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds


@dataclass(frozen=True, slots=True)
class ProviderCall:
    """What a provider was asked: the conversation so far and the offered tools."""

    messages: tuple[Message, ...]
    tools: tuple[ToolSchema, ...]


class ScriptedProvider:
    """An `LLMProvider` that returns the given completions in order and records every request."""

    name = "scripted"

    def __init__(self, completions: Sequence[Completion]) -> None:
        self._script = tuple(completions)
        self.calls: list[ProviderCall] = []

    async def complete(
        self, *, messages: Sequence[Message], tools: Sequence[ToolSchema]
    ) -> Completion:
        if len(self.calls) >= len(self._script):
            raise LookupError(f"ScriptedProvider ran out after {len(self._script)} completions")
        self.calls.append(ProviderCall(messages=tuple(messages), tools=tuple(tools)))
        return self._script[len(self.calls) - 1]


class CapturingSink:
    """An `EventSink` that keeps every event it is given, in order."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    async def emit(self, event: Event) -> None:
        self.events.append(event)

    @property
    def codes(self) -> list[str]:
        """The codes of the captured events, in order."""
        return [e.code for e in self.events]

    def of(self, code: str) -> list[Event]:
        """The captured events with this code."""
        return [e for e in self.events if e.code == code]
