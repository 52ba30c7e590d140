"""Security events: every allow, deny, redact and failure becomes one, with a stable dotted code."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Protocol

_NOTHING: Mapping[str, str] = MappingProxyType({})


class Outcome(enum.StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    DENIED = "denied"


@dataclass(frozen=True, slots=True)
class Event:
    """One decision. `attributes` must never hold passwords, tokens, keys or matched content."""

    code: str
    outcome: Outcome
    at: datetime
    actor: str | None = None
    target: str | None = None
    client: str | None = None
    attributes: Mapping[str, str] = field(default_factory=lambda: _NOTHING)

    def __post_init__(self) -> None:
        if not self.code or self.code.strip(".") != self.code or " " in self.code:
            raise ValueError(f"event code must be a dotted identifier, got {self.code!r}")


class EventSink(Protocol):
    """Where events go: the audit log, a structured log, a test capture."""

    async def emit(self, event: Event) -> None: ...
