"""What a support message asks for, read from pattern tables: the local provider's understanding.

Each table is data. Rules carry examples that must match and counter-examples that must not;
the tests execute both, so a pattern cannot quietly drift from what it claims to recognise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Intent:
    """A request to run `tool`: any pattern matches and no `unless` pattern does."""

    tool: str
    patterns: tuple[re.Pattern[str], ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()

    def matches(self, message: str) -> bool:
        return any(p.search(message) for p in self.patterns) and not any(
            p.search(message) for p in self.unless
        )


@dataclass(frozen=True, slots=True)
class CannedReply:
    """A message answered with fixed text and no tool: greetings, thanks."""

    pattern: re.Pattern[str]
    text: str
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Keyword:
    """A pattern that, when found, selects `value` (a priority or a category)."""

    pattern: re.Pattern[str]
    value: str
    examples: tuple[str, ...]


def _all(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _FLAGS) for p in patterns)


_TICKET_REQUEST = (
    r"\b(?:open|create|file|raise|submit|log|start|make)\s+(?:me\s+)?(?:a|an|another|one|new)\s+"
    r"(?:\w+\s+){0,2}?(?:ticket|case|complaint)\b"
)

# First match wins: asking to open a ticket about one's tickets is still a new ticket.
INTENTS: tuple[Intent, ...] = (
    Intent(
        tool="create_ticket",
        patterns=_all(
            _TICKET_REQUEST,
            r"\b(?:want|like|need|wish)\s+to\s+(?:report|complain|make a complaint)\b",
        ),
        examples=(
            "Open a ticket about my missing refund",
            "My order arrived damaged, please file a ticket",
            "I want to report a broken zip on my new jacket",
            "I'd like to complain about the courier",
            "can you raise a support ticket for me? the app keeps logging me out",
            "Please create a new ticket: I was charged twice",
        ),
        counterexamples=(
            "show my open tickets",
            "what is the status of my open ticket",
            "how do I report a lost parcel",
        ),
    ),
    Intent(
        tool="list_tickets",
        patterns=_all(
            r"\bmy\s+(?:\w+\s+)?(?:tickets?|cases?|support requests?)\b",
            r"\b(?:list|show|see|view|check)\b(?:\s+\w+){0,3}?\s+tickets?\b",
        ),
        examples=(
            "list my tickets",
            "Show my open tickets",
            "what's the status of my ticket?",
            "can I see the tickets I opened",
            "any update on my case?",
        ),
        counterexamples=("how do I get a ticket for the event", "show my profile"),
    ),
    Intent(
        tool="get_customer_info",
        patterns=_all(
            r"\b(?:my|the)\s+(?:customer\s+)?(?:profile|account\s+(?:details|info(?:rmation)?)"
            r"|personal\s+details|details\s+on\s+file)\b",
            r"\bwho\s+am\s+i\b",
            r"\bwhat\s+(?:email(?:\s+address)?|name|tier)\s+(?:do\s+you\s+have|is\s+on)\b",
        ),
        # Changing or deleting the profile is explained by the help centre, not by showing it.
        unless=_all(r"\b(?:change|update|edit|delete|remove|close|correct)\b"),
        examples=(
            "show my profile",
            "What are my account details?",
            "which personal details do you hold? show me the details on file",
            "who am I",
            "what email address do you have for me",
        ),
        counterexamples=(
            "how do I change my profile picture",
            "how do I delete my account",
            "I forgot my password",
        ),
    ),
)

CANNED_REPLIES: tuple[CannedReply, ...] = (
    CannedReply(
        pattern=re.compile(
            r"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))\b[\s!.,]*\w*[\s!.]*$",
            _FLAGS,
        ),
        text=(
            "Hello! I can answer questions about orders, shipping, returns, billing and your "
            "account, show your profile and tickets, or open a support ticket for you."
        ),
        examples=("hi", "Hello!", "good morning", "hey there"),
    ),
    CannedReply(
        pattern=re.compile(
            r"^\s*(?:thanks|thank\s+you|thx|cheers)\b[\s\w,!.]{0,30}$",
            _FLAGS,
        ),
        text="You're welcome! Is there anything else I can help you with?",
        examples=("thanks", "Thank you so much!", "cheers, that helps"),
    ),
    CannedReply(
        pattern=re.compile(
            r"^\s*(?:never\s*mind|forget\s+it|cancel(?:\s+that)?|no\s+thanks)\b[\s\w,!.]{0,30}$",
            _FLAGS,
        ),
        text="No problem. Is there anything else I can help you with?",
        examples=("never mind", "Forget it, thanks", "cancel that"),
    ),
)

# First match wins, so the negations come before the words they contain.
PRIORITIES: tuple[Keyword, ...] = (
    Keyword(
        pattern=re.compile(r"\b(?:not\s+urgent|no\s+rush|whenever|low\s+priority)\b", _FLAGS),
        value="low",
        examples=("not urgent, but my invoice has the wrong address",),
    ),
    Keyword(
        pattern=re.compile(r"\b(?:urgent(?:ly)?|emergency|critical|immediately)\b", _FLAGS),
        value="urgent",
        examples=("URGENT: someone ordered with my account", "this is critical"),
    ),
    Keyword(
        pattern=re.compile(
            r"\b(?:asap|as\s+soon\s+as\s+possible|important|quickly|high\s+priority)\b", _FLAGS
        ),
        value="high",
        examples=("please fix this asap", "I need it as soon as possible"),
    ),
)
DEFAULT_PRIORITY = "medium"

# First match wins: a damaged order is a returns matter before it is a shipping one.
CATEGORIES: tuple[Keyword, ...] = (
    Keyword(
        pattern=re.compile(
            r"\b(?:damaged|broken|faulty|defective|wrong\s+item|returns?|refunds?|exchange)\b",
            _FLAGS,
        ),
        value="returns",
        examples=("my order arrived damaged", "where is my refund"),
    ),
    Keyword(
        pattern=re.compile(
            r"\b(?:deliver(?:y|ed)?|shipping|parcel|package|courier|tracking|lost)\b", _FLAGS
        ),
        value="shipping",
        examples=("the courier lost my parcel",),
    ),
    Keyword(
        pattern=re.compile(
            r"\b(?:charged?|payment|invoice|billing|bill|card|promo|discount)\b", _FLAGS
        ),
        value="billing",
        examples=("I was charged twice", "my promo code failed"),
    ),
    Keyword(
        pattern=re.compile(
            r"\b(?:password|log\s?in|sign\s?in|account|email|two-factor|2fa)\b", _FLAGS
        ),
        value="account",
        examples=("I can't log in", "my 2fa codes stopped working"),
    ),
    Keyword(
        pattern=re.compile(r"\b(?:privacy|personal\s+data|cookies?|gdpr)\b", _FLAGS),
        value="privacy",
        examples=("I want a copy of my personal data",),
    ),
    Keyword(
        pattern=re.compile(r"\borders?\b", _FLAGS),
        value="orders",
        examples=("a question about order NW1234",),
    ),
)

# Phrases that ask for the ticket rather than describe the problem; removed to find the subject.
_REQUEST_PHRASES = _all(
    _TICKET_REQUEST + r"(?:\s+for\s+me)?",
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?",
    r"\bplease\b",
    r"\bi(?:'d|\s+would)?\s+(?:want|like|need|wish)\s+to\s+(?:report|complain|make a complaint)"
    r"(?:\s+about)?\b",
    r"\bi(?:'d|\s+would)?\s+(?:want|like|need|wish)\s+(?:you\s+)?to\b",
)
_ABOUT = re.compile(r"\b(?:about|regarding|concerning)\s+(?P<topic>.+)", _FLAGS | re.DOTALL)
_FRAGMENT_BREAK = re.compile(r"[.!?\n,;:]+")
_LEADING_FILLER = re.compile(r"^(?:that|and|but|so|because|as)\s+", _FLAGS)

SUBJECT_MAX = 80  # the tool allows 200; a subject is a headline, the description holds the rest
SUBJECT_MIN = 5
DESCRIPTION_MIN = 10
DESCRIPTION_MAX = 2000
QUERY_MIN = 3
QUERY_MAX = 500


def recognise(message: str) -> Intent | None:
    """The first intent the message matches, or None for a question."""
    return next((i for i in INTENTS if i.matches(message)), None)


def canned_reply(message: str) -> str | None:
    """Fixed text for small talk, or None."""
    return next((c.text for c in CANNED_REPLIES if c.pattern.search(message)), None)


def ticket_topic(message: str) -> str:
    """The problem the message describes, without the request for a ticket; may be empty."""
    about = _ABOUT.search(message)
    text = about.group("topic") if about else message
    for phrase in _REQUEST_PHRASES:
        text = phrase.sub(" ", text)
    fragments = [_clean(f) for f in _FRAGMENT_BREAK.split(text)]
    # "URGENT:" or "not urgent," says how soon, not what the problem is.
    fragments = [f for f in fragments if f and not any(k.pattern.fullmatch(f) for k in PRIORITIES)]
    described = [f for f in fragments if " " in f]
    return (described or sorted(fragments, key=len, reverse=True) or [""])[0]


def ticket_arguments(message: str, *, topic: str) -> dict[str, Any]:
    """`create_ticket` arguments for `message` about `topic`, within the tool's limits."""
    subject = _shorten(topic, SUBJECT_MAX)
    if len(subject) < SUBJECT_MIN:
        subject = "Support request"
    subject = subject[0].upper() + subject[1:]
    description = " ".join(message.split())
    if len(description) < DESCRIPTION_MIN:
        description = f"Customer request: {description}"
    arguments: dict[str, Any] = {
        "subject": subject,
        "description": _shorten(description, DESCRIPTION_MAX),
        "priority": _first(PRIORITIES, message) or DEFAULT_PRIORITY,
    }
    category = _first(CATEGORIES, message)
    if category is not None:
        arguments["category"] = category
    return arguments


def search_arguments(message: str, *, max_results: int = 3) -> Mapping[str, Any] | None:
    """`search_knowledge_base` arguments, or None when the message is too short to search."""
    query = " ".join(message.split())
    if len(query) < QUERY_MIN:
        return None
    return {"query": _shorten(query, QUERY_MAX), "max_results": max_results}


def _first(table: tuple[Keyword, ...], message: str) -> str | None:
    return next((k.value for k in table if k.pattern.search(message)), None)


def _clean(fragment: str) -> str:
    text = " ".join(fragment.split()).strip(" -'\"()[]")
    return _LEADING_FILLER.sub("", text)


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when there is one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip()
