"""Policy decisions per direction and code, score thresholds, shadow mode and the defaults."""

from __future__ import annotations

import pytest

from bastion.core.pipeline import CHECK_FAILED
from bastion.core.policy import Policy, Rule, default_policy
from bastion.core.types import PLACEHOLDER_SCORE, Action, Direction, Finding, Severity, Subject


def finding(code: str, severity: Severity = Severity.MEDIUM, score: float = 1.0) -> Finding:
    return Finding(code=code, severity=severity, message="test", score=score)


def decide(policy: Policy, direction: Direction, *found: Finding) -> Action:
    return policy.decide(Subject("text", direction=direction), found).action


def test_existing_behaviour_is_kept():
    policy = Policy()
    assert decide(policy, Direction.INPUT) is Action.ALLOW
    assert decide(policy, Direction.INPUT, finding("x.y", Severity.HIGH)) is Action.BLOCK
    assert decide(policy, Direction.INPUT, finding("x.y", Severity.LOW)) is Action.ALLOW
    scoped = Policy(by_code={"output:pii": Action.REDACT, "pii.email": Action.ALLOW})
    assert decide(scoped, Direction.OUTPUT, finding("pii.email")) is Action.ALLOW
    assert decide(scoped, Direction.OUTPUT, finding("pii.phone")) is Action.REDACT
    assert decide(scoped, Direction.INPUT, finding("pii.phone")) is Action.ALLOW


def test_direction_scoped_rule_beats_unscoped_rule_of_same_length():
    policy = Policy(by_code={"pii": Action.ALLOW, "output:pii": Action.REDACT})
    assert decide(policy, Direction.OUTPUT, finding("pii.ssn")) is Action.REDACT
    assert decide(policy, Direction.TOOL_RESULT, finding("pii.ssn")) is Action.ALLOW


def test_rule_with_score_threshold():
    policy = Policy(by_code={"injection": Rule(Action.BLOCK, min_score=0.8, below=Action.REVIEW)})
    assert decide(policy, Direction.INPUT, finding("injection.x", score=0.9)) is Action.BLOCK
    assert decide(policy, Direction.INPUT, finding("injection.x", score=0.5)) is Action.REVIEW


def test_rule_rejects_threshold_outside_unit_interval():
    with pytest.raises(ValueError, match="min_score"):
        Rule(Action.BLOCK, min_score=1.5)


def test_strictest_action_wins():
    policy = Policy(by_code={"a": Action.REDACT, "b": Action.REVIEW})
    assert decide(policy, Direction.INPUT, finding("a.x"), finding("b.x")) is Action.REVIEW


def test_shadow_mode_reports_but_enforces_allow():
    policy = Policy(shadow=True)
    verdict = policy.decide(Subject("t"), (finding("x.y", Severity.HIGH),))
    assert verdict.action is Action.ALLOW
    assert verdict.decided is Action.BLOCK
    assert verdict.decision is Action.BLOCK
    assert verdict.shadow
    assert not verdict.blocked


def test_enforced_verdict_carries_its_decision():
    verdict = Policy().decide(Subject("t"), (finding("x.y", Severity.HIGH),))
    assert verdict.action is Action.BLOCK
    assert verdict.decision is Action.BLOCK
    assert not verdict.shadow


DEFAULT = default_policy()


@pytest.mark.parametrize(
    ("direction", "found", "expected"),
    [
        (Direction.TOOL_ARGS, finding("injection.override", score=0.3), Action.BLOCK),
        (Direction.TOOL_ARGS, finding("webattack.sqli", score=0.3), Action.ALLOW),
        (Direction.TOOL_ARGS, finding("webattack.sqli", score=0.7), Action.BLOCK),
        (Direction.INPUT, finding("injection.override", score=0.95), Action.BLOCK),
        (Direction.INPUT, finding("injection.override", score=0.4), Action.ALLOW),
        (Direction.INPUT, finding("webattack.sqli"), Action.ALLOW),
        (Direction.RETRIEVAL, finding("injection.indirect", score=0.9), Action.BLOCK),
        (Direction.INPUT, finding("secret.aws_access_key", Severity.CRITICAL), Action.REDACT),
        (Direction.OUTPUT, finding("secret.jwt"), Action.REDACT),
        (Direction.TOOL_RESULT, finding("secret.jwt"), Action.REDACT),
        (Direction.OUTPUT, finding("pii.credit_card", Severity.HIGH), Action.REDACT),
        (Direction.OUTPUT, finding("pii.national_id.de", Severity.HIGH), Action.REDACT),
        (Direction.OUTPUT, finding("pii.email"), Action.REDACT),
        (Direction.OUTPUT, finding("pii.ip_address", Severity.LOW), Action.REDACT),
        (Direction.OUTPUT, finding("pii.email", score=PLACEHOLDER_SCORE), Action.ALLOW),
        (Direction.OUTPUT, finding("secret.github_token", score=PLACEHOLDER_SCORE), Action.REDACT),
        (Direction.INPUT, finding("pii.credit_card", Severity.HIGH), Action.ALLOW),
        (Direction.TOOL_RESULT, finding("pii.email"), Action.ALLOW),
        (Direction.INPUT, finding(CHECK_FAILED, Severity.CRITICAL), Action.BLOCK),
        (Direction.OUTPUT, finding(CHECK_FAILED, Severity.CRITICAL), Action.BLOCK),
        (Direction.INPUT, finding("unknown.thing", Severity.CRITICAL), Action.BLOCK),
        (Direction.INPUT, finding("unknown.thing", Severity.HIGH), Action.ALLOW),
    ],
)
def test_default_policy(direction, found, expected):
    assert decide(DEFAULT, direction, found) is expected


def test_default_policy_in_shadow_mode():
    policy = default_policy(shadow=True)
    verdict = policy.decide(
        Subject("t", direction=Direction.TOOL_ARGS), (finding("webattack.sqli"),)
    )
    assert (verdict.action, verdict.decided, verdict.shadow) == (Action.ALLOW, Action.BLOCK, True)


def _hit(code: str, score: float = 0.95) -> Finding:
    return Finding(code=code, severity=Severity.HIGH, message="m", score=score)


def test_expected_findings_are_reported_but_not_acted_on():
    policy = default_policy()
    sql = _hit("webattack.sqli")
    plain = Subject(text="x", direction=Direction.TOOL_ARGS)
    expecting = Subject(
        text="x", direction=Direction.TOOL_ARGS, expected=frozenset({"webattack.sqli"})
    )
    assert policy.decide(plain, (sql,)).action is Action.BLOCK
    verdict = policy.decide(expecting, (sql,))
    assert verdict.action is Action.ALLOW
    assert verdict.findings == (sql,)


@pytest.mark.parametrize(
    "code",
    ["webattack.xss", "webattack.sqlite_shell", "injection.override", CHECK_FAILED],
)
def test_expecting_one_code_waives_no_other(code):
    # A prefix covers its own dotted children only ("webattack.sqli" is not "webattack.sqlite_…"),
    # and a failed check blocks whatever the subject expects.
    policy = default_policy()
    subject = Subject(
        text="x",
        direction=Direction.TOOL_ARGS,
        expected=frozenset({"webattack.sqli", "pipeline"}),
    )
    found = (_hit("webattack.sqli"), _hit(code))
    assert policy.decide(subject, found).action is Action.BLOCK
