"""The local provider's pattern tables: examples hold, and messages become the right tool calls."""

from __future__ import annotations

from typing import Any

import pytest

from bastion.agents.intents import (
    CANNED_REPLIES,
    CATEGORIES,
    INTENTS,
    PRIORITIES,
    canned_reply,
    recognise,
    search_arguments,
    ticket_arguments,
    ticket_topic,
)
from bastion.agents.local import ASK_TICKET_DETAILS, CLARIFY, UNAVAILABLE, LocalProvider
from bastion.agents.provider import Completion, Message, ToolSchema
from bastion.tools.support import CreateTicketParams, SearchKnowledgeBaseParams

TOOL_NAMES = ("search_knowledge_base", "create_ticket", "list_tickets", "get_customer_info")
ALL_TOOLS = tuple(ToolSchema(name=n, description=n, parameters={}) for n in TOOL_NAMES)


async def _complete(*texts: str, tools: tuple[ToolSchema, ...] = ALL_TOOLS) -> Completion:
    """The provider's answer to a conversation of alternating user and assistant texts."""
    messages = [
        Message.user(t) if i % 2 == 0 else Message.assistant(t) for i, t in enumerate(texts)
    ]
    return await LocalProvider().complete(messages=messages, tools=tools)


@pytest.mark.parametrize("intent", INTENTS, ids=lambda i: i.tool)
def test_intent_examples_are_recognised(intent) -> None:
    for example in intent.examples:
        found = recognise(example)
        assert found is not None, example
        assert found.tool == intent.tool, example


@pytest.mark.parametrize("intent", INTENTS, ids=lambda i: i.tool)
def test_intent_counterexamples_are_not(intent) -> None:
    for example in intent.counterexamples:
        found = recognise(example)
        assert found is None or found.tool != intent.tool, example


@pytest.mark.parametrize("reply", CANNED_REPLIES, ids=lambda c: c.text[:12])
def test_canned_reply_examples(reply) -> None:
    for example in reply.examples:
        assert canned_reply(example) == reply.text, example


@pytest.mark.parametrize("keyword", PRIORITIES, ids=lambda k: k.value)
def test_priority_examples(keyword) -> None:
    for example in keyword.examples:
        assert ticket_arguments(example, topic=example)["priority"] == keyword.value, example


@pytest.mark.parametrize("keyword", CATEGORIES, ids=lambda k: k.value)
def test_category_examples(keyword) -> None:
    for example in keyword.examples:
        assert ticket_arguments(example, topic=example)["category"] == keyword.value, example


# message -> tool and the arguments it must carry (a subset: description is checked separately)
TOOL_CALLS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Open a ticket about my missing refund",
        "create_ticket",
        {"subject": "My missing refund", "priority": "medium", "category": "returns"},
    ),
    (
        "My order arrived damaged, please file a ticket",
        "create_ticket",
        {"subject": "My order arrived damaged", "priority": "medium", "category": "returns"},
    ),
    (
        "URGENT: open a ticket, my card was charged twice",
        "create_ticket",
        {"subject": "My card was charged twice", "priority": "urgent", "category": "billing"},
    ),
    (
        "I want to report a broken zip on my new jacket, asap please",
        "create_ticket",
        {"subject": "A broken zip on my new jacket", "priority": "high", "category": "returns"},
    ),
    (
        "Could you raise a new support ticket for me? The courier never came",
        "create_ticket",
        {"subject": "The courier never came", "category": "shipping"},
    ),
    (
        "please create a ticket: not urgent, the invoice has my old address",
        "create_ticket",
        {"subject": "The invoice has my old address", "priority": "low", "category": "billing"},
    ),
    ("list my tickets", "list_tickets", {}),
    ("What's the status of my ticket?", "list_tickets", {}),
    ("show my open tickets", "list_tickets", {}),
    ("show my profile", "get_customer_info", {}),
    ("What are my account details?", "get_customer_info", {}),
    (
        "How do I reset my password?",
        "search_knowledge_base",
        {"query": "How do I reset my password?", "max_results": 3},
    ),
    ("  where   is my\nparcel  ", "search_knowledge_base", {"query": "where is my parcel"}),
    (
        "how do I change my profile picture",
        "search_knowledge_base",
        {"query": "how do I change my profile picture"},
    ),
    ("how do I report a lost parcel", "search_knowledge_base", {}),
    ("thanks, but please open a ticket about my refund", "create_ticket", {"subject": "My refund"}),
]


@pytest.mark.parametrize(("message", "tool", "expected"), TOOL_CALLS)
async def test_message_becomes_tool_call(message: str, tool: str, expected: dict) -> None:
    completion = await _complete(message)
    assert completion.text == ""
    assert len(completion.tool_calls) == 1
    call = completion.tool_calls[0]
    assert call.name == tool
    assert {k: call.arguments.get(k) for k in expected} == expected
    if tool == "create_ticket":
        assert call.arguments["description"] == " ".join(message.split())
        CreateTicketParams.model_validate(dict(call.arguments))
    if tool == "search_knowledge_base":
        SearchKnowledgeBaseParams.model_validate(dict(call.arguments))


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("hi", CANNED_REPLIES[0].text),
        ("Thank you so much!", CANNED_REPLIES[1].text),
        ("ok", CLARIFY),
        (" ? ", CLARIFY),
        ("open a ticket", ASK_TICKET_DETAILS),
        ("Can you please open a new ticket for me?", ASK_TICKET_DETAILS),
        ("I want to open a ticket", ASK_TICKET_DETAILS),
    ],
)
async def test_message_answered_without_a_tool(message: str, reply: str) -> None:
    completion = await _complete(message)
    assert completion.tool_calls == ()
    assert completion.text == reply


async def test_details_after_asking_become_the_ticket() -> None:
    completion = await _complete(
        "open a ticket", ASK_TICKET_DETAILS, "my boots leak after one week, urgent"
    )
    (call,) = completion.tool_calls
    assert call.name == "create_ticket"
    assert call.arguments["subject"] == "My boots leak after one week"
    assert call.arguments["priority"] == "urgent"


async def test_a_request_after_asking_is_still_read_as_a_request() -> None:
    completion = await _complete("open a ticket", ASK_TICKET_DETAILS, "actually, list my tickets")
    assert [c.name for c in completion.tool_calls] == ["list_tickets"]


async def test_changing_ones_mind_after_asking_opens_no_ticket() -> None:
    completion = await _complete("open a ticket", ASK_TICKET_DETAILS, "never mind, thanks")
    assert completion.tool_calls == ()
    assert completion.text == CANNED_REPLIES[2].text


@pytest.mark.parametrize("size", [9, 600, 2500, 12000])
async def test_arguments_stay_within_tool_limits(size: int) -> None:
    words = ("parcel " * size)[: max(size, 1)].strip() or "x"
    for message in (f"open a ticket about {words}", f"where is my {words}"):
        (call,) = (await _complete(message)).tool_calls
        model = CreateTicketParams if call.name == "create_ticket" else SearchKnowledgeBaseParams
        model.model_validate(dict(call.arguments))


def test_short_description_is_padded_to_the_minimum() -> None:
    arguments = ticket_arguments("help!", topic="")
    assert arguments["subject"] == "Support request"
    CreateTicketParams.model_validate(arguments)


def test_search_arguments_refuse_a_too_short_query() -> None:
    assert search_arguments(" a ") is None
    assert search_arguments("abc") == {"query": "abc", "max_results": 3}


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("open a ticket", ""),
        ("Open a ticket regarding order NW123 never arriving.", "order NW123 never arriving"),
        ("Hi, please file a ticket: my boots leak", "my boots leak"),
        ("I'd like to report that my parcel is missing", "my parcel is missing"),
    ],
)
def test_ticket_topic(message: str, topic: str) -> None:
    assert ticket_topic(message) == topic


@pytest.mark.parametrize(
    ("message", "tool"),
    [
        ("open a ticket about my refund", "create_ticket"),
        ("list my tickets", "list_tickets"),
        ("show my profile", "get_customer_info"),
        ("how do I reset my password", "search_knowledge_base"),
    ],
)
async def test_only_offered_tools_are_called(message: str, tool: str) -> None:
    others = tuple(t for t in ALL_TOOLS if t.name != tool)
    completion = await _complete(message, tools=others)
    assert completion.tool_calls == ()
    assert completion.text == UNAVAILABLE[tool]


async def test_ask_for_details_only_when_tickets_are_offered() -> None:
    search_only = tuple(t for t in ALL_TOOLS if t.name == "search_knowledge_base")
    completion = await _complete("open a ticket", tools=search_only)
    assert completion.text == UNAVAILABLE["create_ticket"]
