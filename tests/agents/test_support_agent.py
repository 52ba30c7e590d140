"""The support agent loop over a real store: ownership, refusals, history and bounds."""

from __future__ import annotations

import json

import pytest

from bastion.agents.local import LocalProvider
from bastion.agents.provider import Completion, ToolCall
from bastion.agents.reply import Source, ToolCallRecord
from bastion.agents.support import (
    EMPTY_REPLY,
    MAX_TOOL_CALLS,
    STEP_LIMIT_REPLY,
    SYSTEM_PROMPT,
    SupportAgent,
)
from bastion.core.errors import ConfigurationError
from bastion.core.types import Action, Direction, Finding, Severity, Subject, Verdict
from bastion.store.memory import MemoryStore
from bastion.testing import ScriptedProvider
from bastion.tools.runner import ToolRunner

from .shop import ALICE, BOB, STAFF, make_agent, make_runner

CUSTOMER_TOOLS = {
    "search_knowledge_base",
    "create_ticket",
    "list_tickets",
    "get_customer_info",
    "send_notification",
}


def _call(name: str, **arguments: object) -> Completion:
    return Completion(
        text="", tool_calls=(ToolCall(id=f"call-{name}", name=name, arguments=arguments),)
    )


def _done(text: str = "Done.") -> Completion:
    return Completion(text=text)


async def _all_tickets(store: MemoryStore) -> list:
    return await store.list_tickets(customer_id=None, limit=50)


async def test_ticket_created_through_chat_belongs_to_the_principal(store: MemoryStore) -> None:
    agent = make_agent(store)
    reply = await agent.reply(
        message="My order NW1042 arrived damaged, please file a ticket, urgent",
        session_id="s1",
        principal=ALICE,
    )
    (ticket,) = await _all_tickets(store)
    assert ticket.customer_id == "cust-alice"
    assert ticket.subject == "My order NW1042 arrived damaged"
    assert ticket.priority.value == "urgent"
    assert ticket.id in reply.text
    assert reply.tool_calls == (ToolCallRecord(tool="create_ticket", status="ok"),)
    assert reply.agent == "support"


@pytest.mark.parametrize(
    ("principal", "own_email", "other_emails"),
    [
        (ALICE, "alice.marsh@example.com", ("bob.okafor@example.com", "carol.lindqvist")),
        (BOB, "bob.okafor@example.com", ("alice.marsh@example.com", "carol.lindqvist")),
    ],
)
async def test_profile_shows_only_the_principals_customer(
    store: MemoryStore, principal, own_email: str, other_emails: tuple[str, ...]
) -> None:
    reply = await make_agent(store).reply(
        message="show my profile", session_id="s1", principal=principal
    )
    assert own_email in reply.text
    assert not any(other in reply.text for other in other_emails)
    assert reply.tool_calls == (ToolCallRecord(tool="get_customer_info", status="ok"),)


async def test_model_cannot_name_another_customer(store: MemoryStore) -> None:
    provider = ScriptedProvider(
        [
            _call(
                "create_ticket",
                subject="Refund for order NW1",
                description="Please refund my order in full.",
                customer_id="cust-bob",
            ),
            _done("I could not open the ticket."),
        ]
    )
    reply = await make_agent(store, provider).reply(
        message="hello", session_id="s1", principal=ALICE
    )
    assert reply.tool_calls == (ToolCallRecord(tool="create_ticket", status="invalid"),)
    assert await _all_tickets(store) == []
    error = json.loads(provider.calls[1].messages[-1].content)["error"]
    assert error["status"] == "invalid"
    assert [d["field"] for d in error["details"]] == ["customer_id"]


async def test_model_cannot_list_another_customers_tickets(store: MemoryStore) -> None:
    await make_agent(store).reply(
        message="open a ticket about my lost parcel", session_id="s1", principal=BOB
    )
    provider = ScriptedProvider([_call("list_tickets"), _done()])
    await make_agent(store, provider).reply(message="hi", session_id="s2", principal=ALICE)
    assert json.loads(provider.calls[1].messages[-1].content) == {"tickets": []}


@pytest.mark.parametrize(
    ("principal", "tool"),
    [
        (ALICE, "delete_all_tickets"),
        (ALICE, "x" * 10_000),
        (STAFF, "create_ticket"),
        (STAFF, "get_customer_info"),
    ],
)
async def test_unoffered_or_unknown_tool_is_refused(
    store: MemoryStore, principal, tool: str
) -> None:
    provider = ScriptedProvider(
        [_call(tool, subject="Anything at all", description="Anything at all here"), _done()]
    )
    reply = await make_agent(store, provider).reply(
        message="hi", session_id="s1", principal=principal
    )
    (record,) = reply.tool_calls
    assert record.status == "unknown_tool"
    assert len(record.tool) <= 100
    assert await _all_tickets(store) == []
    error = json.loads(provider.calls[1].messages[-1].content)["error"]
    assert error["status"] == "unknown_tool"


async def test_offered_tools_follow_the_role(store: MemoryStore) -> None:
    provider = ScriptedProvider([_done(), _done()])
    agent = make_agent(store, provider)
    await agent.reply(message="hi", session_id="s1", principal=ALICE)
    await agent.reply(message="hi", session_id="s1", principal=STAFF)
    assert {t.name for t in provider.calls[0].tools} == CUSTOMER_TOOLS
    assert {t.name for t in provider.calls[1].tools} == {"search_knowledge_base", "list_tickets"}
    schema = next(t for t in provider.calls[0].tools if t.name == "create_ticket")
    assert "subject" in schema.parameters["properties"]
    assert "customer_id" not in schema.parameters["properties"]


async def test_bad_parameters_are_refused_and_nothing_is_written(store: MemoryStore) -> None:
    provider = ScriptedProvider(
        [_call("create_ticket", subject="Hi", description="My parcel is lost."), _done()]
    )
    reply = await make_agent(store, provider).reply(message="hi", session_id="s1", principal=ALICE)
    assert reply.tool_calls == (ToolCallRecord(tool="create_ticket", status="invalid"),)
    assert await _all_tickets(store) == []
    tool_message = provider.calls[1].messages[-1]
    assert tool_message.role == "tool"
    assert tool_message.tool_call_id == "call-create_ticket"
    assert tool_message.name == "create_ticket"
    error = json.loads(tool_message.content)["error"]
    assert [d["field"] for d in error["details"]] == ["subject"]


async def test_failed_call_is_explained_by_the_local_provider(store: MemoryStore) -> None:
    def block_everything(subject: Subject) -> Verdict:
        finding = Finding(code="test.blocked", severity=Severity.HIGH, message="blocked")
        if subject.direction is Direction.TOOL_ARGS:
            return Verdict(action=Action.BLOCK, findings=(finding,), text=subject.text)
        return Verdict(action=Action.ALLOW, findings=(), text=subject.text)

    agent = SupportAgent(
        provider=LocalProvider(),
        runner=make_runner(store, guard=block_everything),
        conversations=store,
    )
    reply = await agent.reply(message="open a ticket about x y z", session_id="s", principal=ALICE)
    assert reply.tool_calls == (ToolCallRecord(tool="create_ticket", status="blocked"),)
    assert "test.blocked" not in reply.text
    assert reply.text.startswith("I can't help with that request")
    assert await _all_tickets(store) == []


async def test_history_is_kept_per_owner(store: MemoryStore) -> None:
    provider = ScriptedProvider([_done("first answer"), _done("bob answer"), _done("again")])
    agent = make_agent(store, provider)
    await agent.reply(message="alice secret order NW777", session_id="shared", principal=ALICE)
    await agent.reply(message="hello from bob", session_id="shared", principal=BOB)
    await agent.reply(message="and now?", session_id="shared", principal=ALICE)

    bob_sees = [(m.role, m.content) for m in provider.calls[1].messages]
    assert bob_sees == [("system", SYSTEM_PROMPT), ("user", "hello from bob")]
    alice_sees = [(m.role, m.content) for m in provider.calls[2].messages]
    assert alice_sees == [
        ("system", SYSTEM_PROMPT),
        ("user", "alice secret order NW777"),
        ("assistant", "first answer"),
        ("user", "and now?"),
    ]


async def test_history_limit_bounds_what_the_model_sees(store: MemoryStore) -> None:
    provider = ScriptedProvider([_done(str(n)) for n in range(4)])
    agent = make_agent(store, provider, history_limit=2)
    for n in range(4):
        await agent.reply(message=f"message {n}", session_id="s", principal=ALICE)
    contents = [m.content for m in provider.calls[3].messages[1:]]
    assert contents == ["message 2", "2", "message 3"]


async def test_turns_are_stored(store: MemoryStore) -> None:
    await make_agent(store).reply(message="show my profile", session_id="s", principal=ALICE)
    turns = await store.recent_turns(session_id="s", owner_id=ALICE.id, limit=10)
    assert [t.role for t in turns] == ["user", "assistant"]
    assert turns[0].content == "show my profile"
    assert "alice.marsh@example.com" in turns[1].content


async def test_step_limit_stops_a_looping_provider(store: MemoryStore) -> None:
    looping = ScriptedProvider([_call("list_tickets")] * 50)
    reply = await make_agent(store, looping, max_steps=3).reply(
        message="hi", session_id="s", principal=ALICE
    )
    assert len(looping.calls) == 3
    # The last step's calls are not run: the model would never see their results.
    assert reply.tool_calls == (ToolCallRecord(tool="list_tickets", status="ok"),) * 2
    assert reply.text == STEP_LIMIT_REPLY


async def test_calls_on_the_last_step_are_not_run(store: MemoryStore) -> None:
    provider = ScriptedProvider(
        [_call("create_ticket", subject="Lost parcel", description="My parcel is lost.")]
    )
    reply = await make_agent(store, provider, max_steps=1).reply(
        message="hi", session_id="s", principal=ALICE
    )
    assert reply.tool_calls == ()
    assert await _all_tickets(store) == []


async def test_tool_calls_per_message_are_bounded(store: MemoryStore) -> None:
    many = tuple(
        ToolCall(id=f"c{n}", name="search_knowledge_base", arguments={"query": "returns"})
        for n in range(MAX_TOOL_CALLS + 3)
    )
    provider = ScriptedProvider([Completion(text="", tool_calls=many), _done()])
    reply = await make_agent(store, provider).reply(message="hi", session_id="s", principal=ALICE)
    statuses = [r.status for r in reply.tool_calls]
    assert statuses == ["ok"] * MAX_TOOL_CALLS + ["denied"] * 3


async def test_sources_are_the_articles_the_reply_cites(store: MemoryStore) -> None:
    reply = await make_agent(store).reply(
        message="Do you ship to Canada?", session_id="s", principal=ALICE
    )
    assert reply.sources[0] == Source(
        id="kb-international-shipping", title="International shipping, customs and duties"
    )
    assert all(f'"{s.title}"' in reply.text for s in reply.sources)


async def test_found_but_uncited_articles_are_not_sources(store: MemoryStore) -> None:
    provider = ScriptedProvider(
        [_call("search_knowledge_base", query="returns"), _done("Please check our website.")]
    )
    reply = await make_agent(store, provider).reply(message="hi", session_id="s", principal=ALICE)
    assert reply.tool_calls == (ToolCallRecord(tool="search_knowledge_base", status="ok"),)
    assert reply.sources == ()


async def test_no_match_has_no_sources(store: MemoryStore) -> None:
    reply = await make_agent(store).reply(
        message="what is the capital of France", session_id="s", principal=ALICE
    )
    assert reply.sources == ()
    assert "couldn't find an article" in reply.text


async def test_conversation_reaches_the_model_in_order(store: MemoryStore) -> None:
    provider = ScriptedProvider([_call("get_customer_info"), _done("Here you are.")])
    reply = await make_agent(store, provider).reply(
        message="who am I", session_id="s", principal=BOB
    )
    assert reply.text == "Here you are."
    second = provider.calls[1].messages
    assert [m.role for m in second] == ["system", "user", "assistant", "tool"]
    assert second[2].tool_calls[0].name == "get_customer_info"
    assert json.loads(second[3].content)["customer"]["id"] == "cust-bob"


async def test_empty_model_text_gets_a_fallback(store: MemoryStore) -> None:
    provider = ScriptedProvider([_done("   ")])
    reply = await make_agent(store, provider).reply(message="hi", session_id="s", principal=ALICE)
    assert reply.text == EMPTY_REPLY


async def test_provider_failure_stores_nothing(store: MemoryStore) -> None:
    provider = ScriptedProvider([])
    with pytest.raises(LookupError):
        await make_agent(store, provider).reply(message="hi", session_id="s", principal=ALICE)
    assert await store.recent_turns(session_id="s", owner_id=ALICE.id, limit=5) == []


@pytest.mark.parametrize("options", [{"max_steps": 0}, {"history_limit": -1}])
def test_bad_bounds_are_refused(options: dict) -> None:
    with pytest.raises(ConfigurationError):
        SupportAgent(
            provider=LocalProvider(),
            runner=ToolRunner(tools=(), authorize=lambda _p, _perm: False),
            conversations=MemoryStore(),
            **options,
        )


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ('See "Returns policy" for details.', ["kb-returns-policy"]),
        (
            "See \u201cReturns policy\u201d and **Gift cards**.",
            ["kb-returns-policy", "kb-gift-cards"],
        ),
        ("Per kb-gift-cards, no.", ["kb-gift-cards"]),
        ("Our returns policy excludes gift cards.", []),
    ],
)
async def test_only_cited_articles_are_sources(
    store: MemoryStore, text: str, cited: list[str]
) -> None:
    provider = ScriptedProvider(
        [_call("search_knowledge_base", query="return gift cards"), _done(text)]
    )
    reply = await make_agent(store, provider).reply(message="hi", session_id="s", principal=ALICE)
    found = json.loads(provider.calls[1].messages[-1].content)["articles"]
    assert {"kb-returns-policy", "kb-gift-cards"} <= {a["id"] for a in found}
    assert sorted(s.id for s in reply.sources) == sorted(cited)
