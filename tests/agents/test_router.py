"""The agent router: validated at construction, and every message goes to the default for now."""

from __future__ import annotations

import pytest

from bastion.agents.reply import AgentReply
from bastion.agents.router import AgentRouter
from bastion.core.errors import ConfigurationError
from bastion.core.types import Principal

from .shop import ALICE


class EchoAgent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.asked: list[tuple[str, str, Principal]] = []

    async def reply(self, *, message: str, session_id: str, principal: Principal) -> AgentReply:
        self.asked.append((message, session_id, principal))
        return AgentReply(text=f"{self.name}: {message}", agent=self.name)


@pytest.mark.parametrize(
    "message", ["how do I reset my password", "research the history of tents", ""]
)
def test_every_message_goes_to_the_default(message: str) -> None:
    router = AgentRouter(agents={"support": EchoAgent("support")}, default="support")
    assert router.route(message) == "support"


async def test_reply_is_delegated_with_the_same_principal() -> None:
    support, other = EchoAgent("support"), EchoAgent("other")
    router = AgentRouter(agents={"support": support, "other": other}, default="support")
    reply = await router.reply(message="hi", session_id="s1", principal=ALICE)
    assert reply == AgentReply(text="support: hi", agent="support")
    assert support.asked == [("hi", "s1", ALICE)]
    assert other.asked == []
    assert router.names == ("support", "other")


def test_default_must_be_registered() -> None:
    with pytest.raises(ConfigurationError, match="research"):
        AgentRouter(agents={"support": EchoAgent("support")}, default="research")


def test_registered_name_must_match_the_agent() -> None:
    with pytest.raises(ConfigurationError, match="registered"):
        AgentRouter(agents={"support": EchoAgent("research")}, default="support")
