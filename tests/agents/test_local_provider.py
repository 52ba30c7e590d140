"""The local provider's answers written from tool results."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bastion.agents.local import FAILURES, NO_MESSAGE, NOT_FOUND, LocalProvider
from bastion.agents.provider import Message, ToolCall
from bastion.demo import load_articles
from bastion.tools.kb_search import rank

DEMO = load_articles()


def _search_result(query: str, limit: int = 3) -> dict[str, Any]:
    """What `search_knowledge_base` returns for the query over the demo articles."""
    return {
        "articles": [
            {
                "id": h.article.id,
                "title": h.article.title,
                "category": h.article.category,
                "body": h.article.body,
                "score": round(h.score, 3),
            }
            for h in rank(query, DEMO, limit=limit)
        ]
    }


async def _answer(question: str, tool: str, payload: Any) -> str:
    call = ToolCall(id="call-1", name=tool, arguments={})
    content = payload if isinstance(payload, str) else json.dumps(payload)
    messages = [
        Message.system("rules"),
        Message.user(question),
        Message.assistant("", tool_calls=[call]),
        Message.tool(content, tool_call_id="call-1", name=tool),
    ]
    completion = await LocalProvider().complete(messages=messages, tools=())
    assert completion.tool_calls == ()
    return completion.text


@pytest.mark.parametrize(
    ("question", "title", "phrase"),
    [
        ("How do I reset my password?", "Resetting your password", "Forgot password"),
        ("Do you ship to Canada?", "International shipping, customs and duties", "Canada"),
        ("When will I get my refund?", "Refunds: when you will get your money back", "5 to 7"),
        ("How do I earn loyalty points?", "Trailpoints loyalty programme", "one point"),
    ],
)
async def test_answer_quotes_and_cites_the_best_article(
    question: str, title: str, phrase: str
) -> None:
    text = await _answer(question, "search_knowledge_base", _search_result(question))
    assert text.startswith(f'From "{title}": ')
    assert phrase in text


async def test_answer_picks_relevant_sentences_not_the_whole_article() -> None:
    question = "Do you ship to Canada?"
    text = await _answer(question, "search_knowledge_base", _search_result(question, limit=1))
    article = next(a for a in DEMO if a.id == "kb-international-shipping")
    assert len(text) < len(article.body)
    assert "Canada" in text
    assert "VAT" not in text  # the customs paragraph does not answer "do you ship to"


@pytest.mark.parametrize(
    "question", ["what is the capital of France", "tell me a joke", "what time is it"]
)
async def test_no_relevant_article_is_said_honestly(question: str) -> None:
    text = await _answer(question, "search_knowledge_base", _search_result(question))
    assert text == NOT_FOUND


async def test_weak_matches_are_not_passed_off_as_answers() -> None:
    payload = {"articles": [{"id": "kb-x", "title": "Gift cards", "body": "x y.", "score": 0.4}]}
    assert await _answer("gift cards", "search_knowledge_base", payload) == NOT_FOUND


async def test_malformed_articles_are_skipped() -> None:
    payload = {"articles": ["nonsense", {"title": 3}, None]}
    assert await _answer("gift cards", "search_knowledge_base", payload) == NOT_FOUND


@pytest.mark.parametrize("status", sorted(FAILURES))
async def test_failure_is_explained_without_internals(status: str) -> None:
    internal = "sqlite3.OperationalError at store/sql.py line 42: SELECT * FROM tickets"
    payload = {"error": {"status": status, "message": internal}}
    text = await _answer("open a ticket about x", "create_ticket", payload)
    assert text == FAILURES[status]
    assert "sql" not in text.lower()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"error": "flat"}'])
async def test_unreadable_result_is_a_generic_failure(content: str) -> None:
    assert await _answer("list my tickets", "list_tickets", content) == FAILURES["error"]


async def test_ticket_confirmation() -> None:
    payload = {"ticket": {"id": "TCK-1", "subject": "Boots leak", "priority": "high"}}
    text = await _answer("open a ticket about my boots", "create_ticket", payload)
    assert "TCK-1" in text
    assert '"Boots leak"' in text
    assert "high priority" in text


async def test_ticket_list() -> None:
    tickets = [
        {
            "id": f"TCK-{n}",
            "subject": f"Problem {n}",
            "status": "open",
            "priority": "low",
            "created_at": "2026-03-01T12:00:00+00:00",
        }
        for n in (2, 1)
    ]
    text = await _answer("list my tickets", "list_tickets", {"tickets": tickets})
    lines = text.splitlines()
    assert lines[1].startswith("- TCK-2: Problem 2 (open, low priority, opened 2026-03-01)")
    assert lines[2].startswith("- TCK-1: Problem 1")


async def test_empty_ticket_list() -> None:
    text = await _answer("list my tickets", "list_tickets", {"tickets": []})
    assert text == "You don't have any support tickets yet."


async def test_profile() -> None:
    customer = {
        "id": "cust-bob",
        "name": "Bob Okafor",
        "email": "bob.okafor@example.com",
        "tier": "standard",
        "created_at": "2025-11-26T12:00:00+00:00",
    }
    text = await _answer("show my profile", "get_customer_info", {"customer": customer})
    assert "Bob Okafor" in text
    assert "bob.okafor@example.com" in text
    assert "Customer since: 2025-11-26" in text


async def test_notification_confirmation() -> None:
    payload = {"notification": {"id": "NTF-1", "channel": "sms", "status": "pending"}}
    text = await _answer("text me", "send_notification", payload)
    assert text == "I've sent you a notification by sms."


async def test_several_results_are_all_answered() -> None:
    calls = (ToolCall(id="a", name="list_tickets"), ToolCall(id="b", name="get_customer_info"))
    messages = [
        Message.user("list my tickets and show my profile"),
        Message.assistant("", tool_calls=calls),
        Message.tool('{"tickets": []}', tool_call_id="a", name="list_tickets"),
        Message.tool('{"error": {"status": "denied"}}', tool_call_id="b", name="get_customer_info"),
    ]
    completion = await LocalProvider().complete(messages=messages, tools=())
    assert completion.text == "You don't have any support tickets yet.\n\n" + FAILURES["denied"]


async def test_earlier_results_are_not_answered_again() -> None:
    messages = [
        Message.user("list my tickets"),
        Message.tool('{"tickets": []}', tool_call_id="a", name="list_tickets"),
        Message.assistant("You don't have any support tickets yet."),
        Message.user("show my profile"),
        Message.tool('{"error": {"status": "timeout"}}', tool_call_id="b", name="x"),
    ]
    completion = await LocalProvider().complete(messages=messages, tools=())
    assert completion.text == FAILURES["timeout"]


async def test_no_user_message() -> None:
    completion = await LocalProvider().complete(messages=[Message.system("rules")], tools=())
    assert completion.text == NO_MESSAGE


def test_provider_name() -> None:
    assert LocalProvider().name == "local"
