"""Conversation history: kept per session and per owner, so a session id alone reveals nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of a conversation: `role` is `user` or `assistant`."""

    role: str
    content: str
    created_at: datetime


class ConversationStore(Protocol):
    """Persistence for chat turns; implemented in `bastion.store`."""

    async def append_turn(
        self, *, session_id: str, owner_id: str, role: str, content: str
    ) -> None: ...

    async def recent_turns(self, *, session_id: str, owner_id: str, limit: int) -> list[Turn]:
        """The last `limit` turns of this owner's session, oldest first."""
        ...
