"""The local provider: intent tables and ranked retrieval, with no network and no model.

On a new user message it proposes one tool call (or a fixed reply); when the conversation ends in
tool results it writes the answer from them. It only proposes tools it was offered, and it never
names a customer: the tool runner takes that from the authenticated principal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from bastion.agents.intents import (
    SUBJECT_MIN,
    canned_reply,
    recognise,
    search_arguments,
    ticket_arguments,
    ticket_topic,
)
from bastion.agents.provider import Completion, Message, ToolCall, ToolSchema
from bastion.tools.kb_search import terms

SEARCH_TOOL = "search_knowledge_base"
TICKET_TOOL = "create_ticket"

ASK_TICKET_DETAILS = (
    "I can open a support ticket for you. What is the problem? Please describe what happened, "
    "and include your order number if it is about an order."
)
CLARIFY = (
    "Could you tell me a little more about what you need? I can answer questions about orders, "
    "shipping, returns, billing and your account, or open a support ticket for you."
)
NOT_FOUND = (
    "I couldn't find an article about that; I can open a ticket for you if you describe the "
    "problem, and a member of our team will follow up."
)
NO_MESSAGE = "Hello! How can I help you today?"

# What the customer is told about a failed tool call: the status only, never the internals.
FAILURES: Mapping[str, str] = MappingProxyType(
    {
        "invalid": (
            "I couldn't do that because some details were missing or not in the right form. "
            "Could you rephrase your request with a little more detail?"
        ),
        "denied": "I'm not able to do that for this account.",
        "unknown_tool": "I'm not able to do that here.",
        "blocked": (
            "I can't help with that request as written. Please rephrase it without sensitive data."
        ),
        "timeout": "That took longer than expected. Please try again in a moment.",
        "error": (
            "Something went wrong on our side, so I couldn't finish that. Please try again later."
        ),
    }
)

UNAVAILABLE: Mapping[str, str] = MappingProxyType(
    {
        "create_ticket": "I can't open support tickets for this account.",
        "list_tickets": "I can't list support tickets for this account.",
        "get_customer_info": "I can't show a customer profile for this account.",
        SEARCH_TOOL: "I can't search the help centre right now.",
    }
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words that phrase a question without naming its subject; they do not count towards coverage.
_QUESTION_WORDS = frozenset(terms("should would could need want like please know tell"))
# An answer must mention at least half of the question's terms...
_MIN_COVERAGE = 0.5
# ...and a second article is quoted only when it ranks nearly as well as the first.
_SECOND_ARTICLE_RATIO = 0.8

Formatter = Callable[[Mapping[str, Any], str], str]


@dataclass(frozen=True, slots=True)
class _Found:
    """A knowledge-base hit as read back from an (untrusted) tool result."""

    title: str
    body: str
    score: float | None


class LocalProvider:
    """A rule-based stand-in for a chat model: intents in, tool calls out, answers from results."""

    name = "local"

    def __init__(
        self, *, min_score: float = 3.0, max_results: int = 3, max_sentences: int = 3
    ) -> None:
        self._min_score = min_score
        self._max_results = max_results
        self._max_sentences = max_sentences
        self._formatters: Mapping[str, Formatter] = {
            SEARCH_TOOL: self._answer,
            "create_ticket": _ticket_confirmation,
            "list_tickets": _ticket_list,
            "get_customer_info": _profile,
            "send_notification": _notification,
        }

    async def complete(
        self, *, messages: Sequence[Message], tools: Sequence[ToolSchema]
    ) -> Completion:
        if messages and messages[-1].role == "tool":
            return Completion(text=self._compose(messages))
        user = _last_content(messages, "user")
        if user is None:
            return Completion(text=NO_MESSAGE)
        offered = frozenset(t.name for t in tools)
        call_id = f"local-{len(messages)}"
        if _last_content(messages[:-1], "assistant") == ASK_TICKET_DETAILS:
            return self._ticket_details(user, offered, call_id)
        return self._respond(user, offered, call_id)

    def _respond(self, message: str, offered: frozenset[str], call_id: str) -> Completion:
        intent = recognise(message)
        if intent is not None and intent.tool == TICKET_TOOL:
            topic = ticket_topic(message)
            if len(topic) < SUBJECT_MIN:
                return _offer(TICKET_TOOL, offered, Completion(text=ASK_TICKET_DETAILS))
            return _propose(TICKET_TOOL, ticket_arguments(message, topic=topic), offered, call_id)
        if intent is not None:
            return _propose(intent.tool, {}, offered, call_id)
        canned = canned_reply(message)
        if canned is not None:
            return Completion(text=canned)
        arguments = search_arguments(message, max_results=self._max_results)
        if arguments is None:
            return Completion(text=CLARIFY)
        return _propose(SEARCH_TOOL, arguments, offered, call_id)

    def _ticket_details(self, message: str, offered: frozenset[str], call_id: str) -> Completion:
        """The answer to ASK_TICKET_DETAILS: the whole message describes the problem."""
        if (
            recognise(message) is not None
            or canned_reply(message) is not None
            or len(message.strip()) < SUBJECT_MIN
        ):
            return self._respond(message, offered, call_id)
        topic = ticket_topic(message) or message
        return _propose(TICKET_TOOL, ticket_arguments(message, topic=topic), offered, call_id)

    def _compose(self, messages: Sequence[Message]) -> str:
        query = _last_content(messages, "user") or ""
        results: list[Message] = []
        for message in reversed(messages):
            if message.role != "tool":
                break
            results.insert(0, message)
        return "\n\n".join(self._describe(m, query) for m in results)

    def _describe(self, result: Message, query: str) -> str:
        payload = _parse(result.content)
        if payload is None:
            return FAILURES["error"]
        error = payload.get("error")
        if error is not None:
            status = error.get("status") if isinstance(error, Mapping) else None
            return FAILURES.get(str(status), FAILURES["error"])
        formatter = self._formatters.get(result.name or "")
        if formatter is None:
            return "Done."
        return formatter(payload, query)

    def _answer(self, payload: Mapping[str, Any], query: str) -> str:
        wanted = set(terms(query)) - _QUESTION_WORDS
        found = [f for f in _articles(payload) if self._relevant(f, wanted)]
        if not found:
            return NOT_FOUND
        top = found[0]
        parts = [_quote(top, wanted, self._max_sentences)]
        for other in found[1:2]:
            if _close_enough(other, top):
                parts.append(_quote(other, wanted, 1))
        return "\n\n".join(parts)

    def _relevant(self, found: _Found, wanted: set[str]) -> bool:
        if not wanted or (found.score is not None and found.score < self._min_score):
            return False
        covered = wanted & set(terms(f"{found.title} {found.body}"))
        return len(covered) / len(wanted) >= _MIN_COVERAGE


def _propose(
    tool: str, arguments: Mapping[str, Any], offered: frozenset[str], call_id: str
) -> Completion:
    call = Completion(text="", tool_calls=(ToolCall(id=call_id, name=tool, arguments=arguments),))
    return _offer(tool, offered, call)


def _offer(tool: str, offered: frozenset[str], completion: Completion) -> Completion:
    """The completion if `tool` was offered, else an honest refusal without a tool call."""
    if tool in offered:
        return completion
    return Completion(text=UNAVAILABLE.get(tool, FAILURES["unknown_tool"]))


def _last_content(messages: Sequence[Message], role: str) -> str | None:
    return next((m.content for m in reversed(messages) if m.role == role), None)


def _parse(content: str) -> Mapping[str, Any] | None:
    try:
        payload = json.loads(content)
    except ValueError:
        return None
    return payload if isinstance(payload, Mapping) else None


def _articles(payload: Mapping[str, Any]) -> list[_Found]:
    rows = payload.get("articles")
    found: list[_Found] = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, Mapping):
            continue
        title, body, score = row.get("title"), row.get("body"), row.get("score")
        if isinstance(title, str) and isinstance(body, str) and title and body:
            number = float(score) if isinstance(score, int | float) else None
            found.append(_Found(title=title, body=body, score=number))
    return found


def _close_enough(other: _Found, top: _Found) -> bool:
    if other.score is None or top.score is None:
        return False
    return other.score >= top.score * _SECOND_ARTICLE_RATIO


def _quote(found: _Found, wanted: set[str], limit: int) -> str:
    """The article's sentences that share most terms with the question, in their own order."""
    sentences = [s for s in _SENTENCE_END.split(found.body.strip()) if s]
    overlap = [len(wanted & set(terms(s))) for s in sentences]
    ranked = sorted(range(len(sentences)), key=lambda i: (-overlap[i], i))
    chosen = sorted(i for i in ranked[:limit] if overlap[i] > 0) or list(range(limit))
    return f'From "{found.title}": ' + " ".join(sentences[i] for i in chosen if i < len(sentences))


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    return str(value) if isinstance(value, str | int | float) else ""


def _record(payload: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = payload.get(key)
    return value if isinstance(value, Mapping) else {}


def _ticket_confirmation(payload: Mapping[str, Any], _: str) -> str:
    ticket = _record(payload, "ticket")
    return (
        f'I\'ve opened ticket {_text(ticket, "id")}: "{_text(ticket, "subject")}" '
        f"({_text(ticket, 'priority')} priority). Our team usually replies within one working "
        "day, and you can ask me to list your tickets at any time."
    )


def _ticket_list(payload: Mapping[str, Any], _: str) -> str:
    rows = payload.get("tickets")
    tickets = [t for t in rows if isinstance(t, Mapping)] if isinstance(rows, list) else []
    if not tickets:
        return "You don't have any support tickets yet."
    lines = [
        f"- {_text(t, 'id')}: {_text(t, 'subject')} ({_text(t, 'status')}, "
        f"{_text(t, 'priority')} priority, opened {_text(t, 'created_at')[:10]})"
        for t in tickets
    ]
    return "Your tickets, newest first:\n" + "\n".join(lines)


def _profile(payload: Mapping[str, Any], _: str) -> str:
    customer = _record(payload, "customer")
    return (
        "Here are the details on your account:\n"
        f"- Name: {_text(customer, 'name')}\n"
        f"- Email: {_text(customer, 'email')}\n"
        f"- Membership tier: {_text(customer, 'tier')}\n"
        f"- Customer since: {_text(customer, 'created_at')[:10]}"
    )


def _notification(payload: Mapping[str, Any], _: str) -> str:
    note = _record(payload, "notification")
    return f"I've sent you a notification by {_text(note, 'channel') or 'email'}."
