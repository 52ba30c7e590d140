"""An `EventSink` that writes each security event as one structured log line.

It stands in for the hash-chained audit log until that exists, and stays useful beside it: log
pipelines pick events up without a database. Values are never secrets by contract (see `Event`);
attribute names that look like credentials are still withheld, in case a caller breaks it.
"""

from __future__ import annotations

import re
from typing import Any

import structlog

from bastion.core.events import Event

_SECRET_NAME = re.compile(r"pass|token|secret|cookie|key|credential|hash", re.IGNORECASE)
WITHHELD = "[withheld]"


def log_fields(event: Event) -> dict[str, Any]:
    """The fields logged for `event`: credential-like attribute names have their values withheld."""
    fields: dict[str, Any] = {
        "outcome": event.outcome.value,
        "at": event.at.isoformat(),
    }
    for name in ("actor", "target", "client"):
        value = getattr(event, name)
        if value is not None:
            fields[name] = value
    for name, value in event.attributes.items():
        fields[f"attr_{name}"] = WITHHELD if _SECRET_NAME.search(name) else value
    return fields


class LogEventSink:
    """Write every event to the `bastion.audit` logger, the event code as the message."""

    def __init__(self, *, logger: Any | None = None) -> None:
        self._log = logger if logger is not None else structlog.get_logger("bastion.audit")

    async def emit(self, event: Event) -> None:
        self._log.info(event.code, **log_fields(event))
