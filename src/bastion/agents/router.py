"""Choosing the agent that answers a message.

Only the support agent exists so far, so every message goes to the default; the research agent
will bring the first real routing rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol

from bastion.agents.reply import AgentReply
from bastion.core.errors import ConfigurationError
from bastion.core.types import Principal


class Agent(Protocol):
    """Anything that answers one user message in a session for a principal."""

    name: str

    async def reply(self, *, message: str, session_id: str, principal: Principal) -> AgentReply: ...


class AgentRouter:
    """Sends each message to one of the named agents."""

    def __init__(self, *, agents: Mapping[str, Agent], default: str) -> None:
        if default not in agents:
            raise ConfigurationError(f"the default agent {default!r} is not among the agents")
        for key, agent in agents.items():
            if agent.name != key:
                raise ConfigurationError(f"agent {agent.name!r} is registered as {key!r}")
        self._agents = MappingProxyType(dict(agents))
        self._default = default

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._agents)

    def route(self, message: str) -> str:
        """The name of the agent for `message`: for now always the default."""
        return self._default

    async def reply(self, *, message: str, session_id: str, principal: Principal) -> AgentReply:
        """Answer with the agent `route` picks."""
        agent = self._agents[self.route(message)]
        return await agent.reply(message=message, session_id=session_id, principal=principal)
