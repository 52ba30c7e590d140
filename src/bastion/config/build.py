"""The composition root: the one place that knows every concrete class."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bastion.access.apikeys import ApiKeys
from bastion.access.passwords import PasswordHasher
from bastion.access.rbac import AccessPolicy, Permission, load_policy
from bastion.agents.local import LocalProvider
from bastion.agents.provider import LLMProvider
from bastion.agents.support import SupportAgent
from bastion.config.devices import Trust, build_trust
from bastion.config.guard import build_guard
from bastion.config.identity import Identity, Tokens, build_identity, build_tokens
from bastion.config.preflight import Preflight
from bastion.config.settings import Settings
from bastion.core.clock import Clock, SystemClock
from bastion.core.errors import ConfigurationError
from bastion.core.events import EventSink
from bastion.core.types import Check, Principal, Subject, Verdict
from bastion.crypto.keys import KeyRing, derive_key
from bastion.store.sql import SqlStore
from bastion.tools.notifications import LogSender, Sender
from bastion.tools.runner import ToolRunner, ToolSpec
from bastion.tools.support import SupportService, support_tools

Guard = Callable[[Subject], Verdict]

PROVIDERS: Mapping[str, Callable[[Settings], LLMProvider]] = {
    "local": lambda _settings: LocalProvider(),
}


@dataclass(frozen=True, slots=True)
class Services:
    """Everything the server and CLI need, built once from settings."""

    settings: Settings
    clock: Clock
    keyring: KeyRing
    store: SqlStore
    api_keys: ApiKeys
    support: SupportService
    runner: ToolRunner
    agent: SupportAgent
    guard: Guard
    sender: Sender
    access_policy: AccessPolicy
    identity: Identity
    tokens: Tokens
    trust: Trust

    @property
    def events(self) -> EventSink:
        """Where every security decision is reported."""
        return self.identity.events

    async def close(self) -> None:
        await self.identity.counters.close()
        await self.tokens.close()
        await self.trust.close()
        await self.store.close()


def tool_authorizer(policy: AccessPolicy) -> Callable[[Principal, str], bool]:
    """Tool permissions are checked against the RBAC policy; unknown names are refused."""

    def authorize(principal: Principal, permission: str) -> bool:
        try:
            wanted = Permission(permission)
        except ValueError:
            return False
        return policy.is_allowed(principal, wanted)

    return authorize


def _check_tool_permissions(tools: Sequence[ToolSpec]) -> None:
    known = {p.value for p in Permission}
    unknown = sorted(f"{t.name} ({t.permission})" for t in tools if t.permission not in known)
    if unknown:
        raise ConfigurationError(f"tools declare unknown permissions: {', '.join(unknown)}")


def build(
    settings: Settings,
    *,
    preflight: Preflight,
    clock: Clock | None = None,
    provider: LLMProvider | None = None,
    checks: Mapping[str, Check] | None = None,
    events: EventSink | None = None,
    hasher: PasswordHasher | None = None,
) -> Services:
    """Wire the services for these settings; nothing here performs I/O beyond opening pools."""
    clock = clock if clock is not None else SystemClock()
    store = SqlStore.from_url(settings.resolved_database_url)
    guard = build_guard(
        key=derive_key(preflight.keyring.active, "redaction/pseudonym"),
        checks=checks,
        shadow=settings.shadow_mode,
    )
    support = SupportService(store=store)
    access_policy = load_policy(settings.access_policy_file)
    tools = support_tools(support)
    _check_tool_permissions(tools)
    runner = ToolRunner(tools=tools, authorize=tool_authorizer(access_policy), guard=guard)
    agent = SupportAgent(
        provider=provider if provider is not None else PROVIDERS["local"](settings),
        runner=runner,
        conversations=store,
        history_limit=settings.chat_history_turns,
    )
    identity = build_identity(settings, store=store, clock=clock, events=events, hasher=hasher)
    tokens = build_tokens(
        settings,
        store=store,
        clock=clock,
        keyring=preflight.keyring,
        users=identity.users,
        events=identity.events,
    )
    return Services(
        settings=settings,
        clock=clock,
        keyring=preflight.keyring,
        store=store,
        api_keys=ApiKeys(store=store, clock=clock),
        support=support,
        runner=runner,
        agent=agent,
        guard=guard,
        sender=LogSender(),
        access_policy=access_policy,
        identity=identity,
        tokens=tokens,
        trust=build_trust(
            settings,
            store=store,
            clock=clock,
            keyring=preflight.keyring,
            counters=identity.counters,
            events=identity.events,
        ),
    )
