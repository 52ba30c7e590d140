"""The secure tool runner: the agent's only way to act.

Every call is checked in the same order: the tool exists, the originating principal's role may use
it, the arguments validate against the tool's schema, the guard accepts the arguments, the handler
runs under a timeout, and the guard checks the result before the model sees it. Any failure is a
refusal with a stable status; nothing is executed past the step that refused.
"""

from __future__ import annotations

import asyncio
import enum
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pydantic

from bastion.core.errors import BastionError
from bastion.core.guard import checked
from bastion.core.types import Action, Direction, Principal, Subject, Verdict

Guard = Callable[[Subject], Verdict]
"""Checks text travelling in one direction and returns the decision on it."""

Handler = Callable[[Any, Principal], Awaitable[Mapping[str, Any]]]
"""Runs a validated tool call for a principal and returns JSON-ready data."""

Authorizer = Callable[[Principal, str], bool]
"""Whether a principal holds a permission; the RBAC policy is injected, tools never own it."""


class ToolStatus(enum.StrEnum):
    OK = "ok"
    UNKNOWN_TOOL = "unknown_tool"
    DENIED = "denied"
    INVALID = "invalid"
    BLOCKED = "blocked"
    TIMEOUT = "timeout"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool: its name, argument schema, the permission a caller needs, and what runs."""

    name: str
    description: str
    params: type[pydantic.BaseModel]
    handler: Handler
    permission: str
    timeout_s: float = 5.0
    writes: bool = False
    needs_customer: bool = False  # acts for the caller's own customer, so needs that binding
    # Finding-code prefixes the arguments are meant to carry: a tool that takes a SQL query
    # expects `webattack.sqli`, one that takes a shell command `webattack.cmdi`. Such findings
    # in its arguments are reported, not acted on; its results are guarded as any other.
    expects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for prefix in self.expects:
            if not prefix or prefix.startswith(("pipeline", "injection")):
                raise ValueError(
                    f"tool {self.name!r} cannot expect {prefix!r}: failed checks and injection "
                    "in arguments are never waived"
                )

    def json_schema(self) -> dict[str, Any]:
        return self.params.model_json_schema()


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What came of one tool call. `data` is empty unless the status is OK."""

    tool: str
    status: ToolStatus
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    error: str = ""
    error_details: tuple[Mapping[str, Any], ...] = ()
    codes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status is ToolStatus.OK


def _allow_all(subject: Subject) -> Verdict:
    return Verdict(action=Action.ALLOW, findings=(), text=subject.text)


class ToolRunner:
    """Runs tool calls for a principal through the checks in the module docstring."""

    def __init__(
        self, *, tools: Iterable[ToolSpec], authorize: Authorizer, guard: Guard | None = None
    ) -> None:
        self._tools = MappingProxyType({t.name: t for t in tools})
        self._authorize = authorize
        self._guard = guard if guard is not None else _allow_all

    @property
    def tools(self) -> Mapping[str, ToolSpec]:
        return self._tools

    def available_to(self, principal: Principal) -> tuple[ToolSpec, ...]:
        return tuple(t for t in self._tools.values() if self._permits(principal, t))

    def _permits(self, principal: Principal, spec: ToolSpec) -> bool:
        if spec.needs_customer and principal.customer_id is None:
            return False
        return self._authorize(principal, spec.permission)

    async def call(
        self, name: str, arguments: Mapping[str, Any], *, principal: Principal
    ) -> ToolResult:
        spec = self._tools.get(name)
        if spec is None:
            return ToolResult(tool=name, status=ToolStatus.UNKNOWN_TOOL, error="no such tool")
        # The originating user's permissions decide, never the agent's own.
        if not self._permits(principal, spec):
            return ToolResult(
                tool=name, status=ToolStatus.DENIED, error="this role may not use the tool"
            )
        try:
            params = spec.params.model_validate(dict(arguments))
        except pydantic.ValidationError as exc:
            details = tuple(
                {"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]}
                for e in exc.errors(include_url=False, include_input=False)
            )
            return ToolResult(
                tool=name,
                status=ToolStatus.INVALID,
                error="the tool arguments are invalid",
                error_details=details,
            )

        verdict = await checked(
            self._guard,
            Subject(
                text=json.dumps(params.model_dump(mode="json"), ensure_ascii=False),
                direction=Direction.TOOL_ARGS,
                principal=principal,
                metadata={"tool": name},
                expected=frozenset(spec.expects),
            ),
        )
        if verdict.action in (Action.BLOCK, Action.REVIEW):
            return ToolResult(
                tool=name,
                status=ToolStatus.BLOCKED,
                error="the tool arguments were refused by the content guard",
                codes=verdict.codes,
            )

        try:
            data = await asyncio.wait_for(spec.handler(params, principal), timeout=spec.timeout_s)
        except TimeoutError:
            return ToolResult(tool=name, status=ToolStatus.TIMEOUT, error="the tool timed out")
        except BastionError as exc:
            return ToolResult(tool=name, status=ToolStatus.ERROR, error=exc.message)
        except Exception:  # noqa: BLE001 - a broken tool fails its call, not the conversation
            return ToolResult(tool=name, status=ToolStatus.ERROR, error="the tool failed")

        result_verdict = await checked(
            self._guard,
            Subject(
                text=json.dumps(data, ensure_ascii=False, default=str),
                direction=Direction.TOOL_RESULT,
                principal=principal,
                metadata={"tool": name},
            ),
        )
        if result_verdict.action in (Action.BLOCK, Action.REVIEW):
            return ToolResult(
                tool=name,
                status=ToolStatus.BLOCKED,
                error="the tool result was withheld by the content guard",
                codes=result_verdict.codes,
            )
        if result_verdict.action is Action.REDACT:
            # The guard redacted inside the serialised result; the model gets the redacted copy.
            try:
                data = json.loads(result_verdict.text)
            except ValueError:
                # A redaction that cut across the JSON syntax leaves nothing safe to pass on.
                return ToolResult(
                    tool=name,
                    status=ToolStatus.BLOCKED,
                    error="the tool result was withheld by the content guard",
                    codes=result_verdict.codes,
                )
        return ToolResult(
            tool=name,
            status=ToolStatus.OK,
            data=MappingProxyType(dict(data)),
            codes=result_verdict.codes,
        )
