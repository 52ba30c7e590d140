"""The shared vocabulary: what is checked, what was found, and what was decided."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class Direction(enum.StrEnum):
    """Where a piece of text travels; policy differs per direction."""

    INPUT = "input"
    OUTPUT = "output"
    TOOL_ARGS = "tool_args"
    TOOL_RESULT = "tool_result"
    RETRIEVAL = "retrieval"


class Action(enum.StrEnum):
    """What a policy decides to do with a subject, ordered from mildest to strictest."""

    ALLOW = "allow"
    REDACT = "redact"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.ALLOW: 0, Action.REDACT: 1, Action.REVIEW: 2, Action.BLOCK: 3}


class Severity(enum.StrEnum):
    """How bad a finding is, ordered from informational to critical."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}


class Role(enum.StrEnum):
    """Roles an API key or user can hold; what each may do is data in the RBAC policy."""

    CUSTOMER = "customer"
    PREMIUM_CUSTOMER = "premium_customer"
    SUPPORT_AGENT = "support_agent"
    ADMIN = "admin"
    VIEWER = "viewer"
    OPERATOR = "operator"
    SUPER_ADMIN = "super_admin"

    @property
    def customer_bound(self) -> bool:
        """Customer roles act for exactly one customer and reach only that customer's objects."""
        return self in _CUSTOMER_ROLES


_CUSTOMER_ROLES = frozenset({Role.CUSTOMER, Role.PREMIUM_CUSTOMER})


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting: an authenticated key or user, optionally bound to one customer.

    `method` says how it authenticated (`api_key`, `jwt`, `session`); `user_id` is set for users.
    """

    id: str
    role: Role
    customer_id: str | None = None
    display: str = ""
    method: str = "api_key"
    user_id: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Subject:
    """A piece of text to check, with where it travels and on whose behalf.

    `expected` holds finding-code prefixes the text is meant to carry (the arguments of a tool
    that takes SQL carry `webattack.sqli`): such findings are still reported, but the policy
    does not act on them. Only trusted code sets it, never a request.
    """

    text: str
    direction: Direction = Direction.INPUT
    principal: Principal | None = None
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    expected: frozenset[str] = frozenset()

    def expects(self, code: str) -> bool:
        """Whether `code` falls under one of the `expected` prefixes."""
        return any(code == prefix or code.startswith(prefix + ".") for prefix in self.expected)


# The score a detector gives a value that only stands in for real data: a masked key
# ("ghp_xxxx"), an e-mail address under a reserved name. Such findings are reported, and the
# default policy leaves personal data scored so in place.
PLACEHOLDER_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found. `message` never contains the matched value."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    score: float = 1.0
    view: str = "original"

    def __post_init__(self) -> None:
        if not self.code or self.code.strip(".") != self.code or " " in self.code:
            raise ValueError(f"finding code must be a dotted identifier, got {self.code!r}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"finding score must be within [0, 1], got {self.score}")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on a subject: the action, what it rests on, and the text to pass on.

    `action` is what is enforced. In shadow mode the policy's own choice is kept in `decided`
    while `action` stays ALLOW, so a rule can be watched before it is switched on.
    """

    action: Action
    findings: tuple[Finding, ...]
    text: str
    decided: Action | None = None
    shadow: bool = False

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    @property
    def decision(self) -> Action:
        """What the policy decided, whether or not it was enforced."""
        return self.decided if self.decided is not None else self.action

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.code for f in self.findings))


Check = Callable[[Subject], Iterable[Finding]]
"""A check looks at a subject and reports findings; it never decides or edits."""
