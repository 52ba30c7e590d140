"""A pure policy: findings in, one action out. Nothing here edits text or performs I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bastion.core.types import Action, Direction, Finding, Severity, Subject, Verdict

_NO_RULES: Mapping[str, Action] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Policy:
    """Decide by the strictest rule that applies to any finding.

    A finding's action is taken from `by_code` (longest dotted prefix wins), else from its
    severity: at or above `block_at` blocks, at or above `review_at` asks for review.
    """

    block_at: Severity = Severity.HIGH
    review_at: Severity = Severity.CRITICAL
    by_code: Mapping[str, Action] = field(default_factory=lambda: _NO_RULES)

    def action_for(self, finding: Finding, direction: Direction) -> Action:
        rule = _lookup(self.by_code, finding.code, direction)
        if rule is not None:
            return rule
        if finding.severity.rank >= self.block_at.rank:
            return Action.BLOCK
        if finding.severity.rank >= self.review_at.rank:
            return Action.REVIEW
        return Action.ALLOW

    def decide(self, subject: Subject, findings: tuple[Finding, ...]) -> Verdict:
        action = Action.ALLOW
        for finding in findings:
            candidate = self.action_for(finding, subject.direction)
            if candidate.rank > action.rank:
                action = candidate
        return Verdict(action=action, findings=findings, text=subject.text)


def _lookup(rules: Mapping[str, Action], code: str, direction: Direction) -> Action | None:
    """Find the rule for `direction:code`, then `code`, trying shorter dotted prefixes."""
    parts = code.split(".")
    for size in range(len(parts), 0, -1):
        prefix = ".".join(parts[:size])
        for key in (f"{direction.value}:{prefix}", prefix):
            if key in rules:
                return rules[key]
    return None
