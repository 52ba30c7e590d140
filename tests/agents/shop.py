"""The demo shop wired for agent tests: principals, a seeded store, runner and agent."""

from __future__ import annotations

from datetime import UTC, datetime

from bastion.access.rbac import load_policy
from bastion.agents.local import LocalProvider
from bastion.agents.provider import LLMProvider
from bastion.agents.support import SupportAgent
from bastion.config.build import tool_authorizer
from bastion.core.types import Principal, Role
from bastion.demo import load_articles, load_customers
from bastion.store.memory import MemoryStore
from bastion.testing import FrozenClock
from bastion.tools.runner import Guard, ToolRunner
from bastion.tools.support import SupportService, support_tools

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

ALICE = Principal(id="key-alice", role=Role.CUSTOMER, customer_id="cust-alice")
BOB = Principal(id="key-bob", role=Role.CUSTOMER, customer_id="cust-bob")
STAFF = Principal(id="key-staff", role=Role.SUPPORT_AGENT)


async def seeded_store(clock: FrozenClock) -> MemoryStore:
    """A memory store holding the demo shop."""
    store = MemoryStore(clock=clock)
    for customer in load_customers(NOW):
        await store.add_customer(customer)
    for article in load_articles():
        await store.add_article(article)
    return store


def make_runner(store: MemoryStore, guard: Guard | None = None) -> ToolRunner:
    return ToolRunner(
        tools=support_tools(SupportService(store=store)),
        authorize=tool_authorizer(load_policy()),
        guard=guard,
    )


def make_agent(store: MemoryStore, provider: LLMProvider | None = None, **options) -> SupportAgent:
    return SupportAgent(
        provider=provider if provider is not None else LocalProvider(),
        runner=make_runner(store),
        conversations=store,
        **options,
    )
