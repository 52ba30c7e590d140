"""A pure policy: findings in, one action out. Nothing here edits text or performs I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from bastion.core.types import Action, Direction, Finding, Severity, Subject, Verdict

# The code a pipeline reports when one of its checks raised; it always blocks.
CHECK_FAILED = "pipeline.check_failed"


@dataclass(frozen=True, slots=True)
class Rule:
    """`action` for findings scoring at least `min_score`; `below` for weaker ones."""

    action: Action
    min_score: float = 0.0
    below: Action = Action.ALLOW

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be within [0, 1], got {self.min_score}")

    def apply(self, finding: Finding) -> Action:
        return self.action if finding.score >= self.min_score else self.below


T = TypeVar("T")

_NO_RULES: Mapping[str, Action | Rule] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Policy:
    """Decide by the strictest rule that applies to any finding.

    A finding's rule comes from `by_code`: keys are dotted code prefixes, optionally scoped to a
    direction as `direction:prefix`; the longest prefix wins and a direction-scoped key beats an
    unscoped one of the same length. A value is an Action or a `Rule` with a score threshold.
    Without a rule the severity decides: at or above `block_at` blocks, at or above `review_at`
    asks for review. With `shadow` set the decision is reported in `Verdict.decided` and ALLOW is
    enforced.
    """

    block_at: Severity = Severity.HIGH
    review_at: Severity = Severity.CRITICAL
    by_code: Mapping[str, Action | Rule] = field(default_factory=lambda: _NO_RULES)
    shadow: bool = False
    # Resolved `by_code` entries per (code, direction): a prefix walk per finding adds up on a
    # document with thousands of findings, and `by_code` is read-only.
    _resolved: dict[tuple[str, Direction], Action | Rule | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def action_for(self, finding: Finding, direction: Direction) -> Action:
        key = (finding.code, direction)
        try:
            rule = self._resolved[key]
        except KeyError:
            rule = self._resolved[key] = lookup(self.by_code, finding.code, direction)
        if isinstance(rule, Rule):
            return rule.apply(finding)
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
            candidate = self.action_on(finding, subject)
            if candidate.rank > action.rank:
                action = candidate
        if self.shadow:
            return Verdict(
                action=Action.ALLOW,
                findings=findings,
                text=subject.text,
                decided=action,
                shadow=True,
            )
        return Verdict(action=action, findings=findings, text=subject.text, decided=action)

    def action_on(self, finding: Finding, subject: Subject) -> Action:
        """`action_for` in the subject's direction, or ALLOW for a finding the subject expects
        (see `Subject.expected`); a check that failed is never waived, so the pipeline still
        fails closed."""
        if subject.expected and finding.code != CHECK_FAILED and subject.expects(finding.code):
            return Action.ALLOW
        return self.action_for(finding, subject.direction)


def lookup(rules: Mapping[str, T], code: str, direction: Direction) -> T | None:
    """Find the entry for `direction:code`, then `code`, trying shorter dotted prefixes."""
    parts = code.split(".")
    for size in range(len(parts), 0, -1):
        prefix = ".".join(parts[:size])
        for key in (f"{direction.value}:{prefix}", prefix):
            if key in rules:
                return rules[key]
    return None


# Codes the default policy treats as highly sensitive personal data (replaced outright in outputs).
HIGH_SENSITIVITY_PII = (
    "pii.credit_card",
    "pii.ssn",
    "pii.iban",
    "pii.national_id",
    "pii.passport",
    "pii.driving_licence",
    "pii.bank_account",
)
CONFIDENT = 0.8  # score at which an injection finding in user input is acted on
# Score at which a web-attack finding in tool arguments or request fields blocks; the web-attack
# detector marks the same score high-severity. One weak signal alone stays below it.
CONFIDENT_WEB_ATTACK = 0.7
# Detectors score placeholders and documentation values at `types.PLACEHOLDER_SCORE`, below this.
# Personal data scored so is provably nobody's (an address under a reserved name) and stays in
# outputs. Secret placeholders are redacted all the same: a partly masked key may still carry
# real characters, and cutting a filler costs nothing.
PLACEHOLDER_BELOW = 0.4


def default_policy(*, shadow: bool = False) -> Policy:
    """Bastion's defaults: stop attacks where they can act, keep secrets and PII out of replies.

    - tool arguments: injection blocks, and so do web attacks scoring at least 0.7;
    - user input: confident injection blocks, weaker signals are only reported;
    - documents and tool results: confident (indirect) injection blocks;
    - secrets are redacted in every direction;
    - outputs: all structured PII is redacted, network identifiers (IP, MAC) included; the
      redaction strategy (mask or partial) is chosen by `Guard`;
    - PII placeholders (scored below `PLACEHOLDER_BELOW`) are reported, never redacted;
    - PII in other directions is reported, not acted on (customers state their own details);
    - a check that failed blocks (fail closed).
    """
    rules: dict[str, Action | Rule] = {
        CHECK_FAILED: Action.BLOCK,
        "tool_args:injection": Action.BLOCK,
        "tool_args:webattack": Rule(Action.BLOCK, min_score=CONFIDENT_WEB_ATTACK),
        "injection": Rule(Action.BLOCK, min_score=CONFIDENT),
        "webattack": Action.ALLOW,
        "secret": Action.REDACT,
        "pii": Action.ALLOW,
        "output:pii": Rule(Action.REDACT, min_score=PLACEHOLDER_BELOW),
    }
    return Policy(
        block_at=Severity.CRITICAL,
        review_at=Severity.CRITICAL,
        by_code=MappingProxyType(rules),
        shadow=shadow,
    )
