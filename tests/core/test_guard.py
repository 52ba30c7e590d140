"""The guard composes detection, policy and redaction into one `Subject -> Verdict`."""

from __future__ import annotations

import pytest

from bastion.core.guard import Guard
from bastion.core.pipeline import Pipeline
from bastion.core.policy import default_policy
from bastion.core.redaction import Strategy
from bastion.core.types import Action, Direction, Finding, Severity, Span, Subject
from bastion.detectors.pii import pii_check
from bastion.detectors.secrets import secrets_check

KEY = b"instance-key-for-tests-0123456789"


def make_guard(**kwargs) -> Guard:
    pipeline = Pipeline(checks={"pii": pii_check(), "secrets": secrets_check()})
    return Guard(pipeline=pipeline, policy=default_policy(**kwargs), key=KEY)


GUARD = make_guard()


def test_output_redacts_high_pii_and_partially_masks_medium():
    text = "Card 4111 1111 1111 1111, mail jane@example.com, call +1 202-555-0143."
    verdict = GUARD(Subject(text, direction=Direction.OUTPUT))
    assert verdict.action is Action.REDACT
    assert verdict.text == (
        "Card [REDACTED:pii.credit_card], mail j***@example.com, call +1 ***-***-0143."
    )


def test_secrets_are_redacted_in_input_too():
    text = "my key is AKIAZ7QXJ4KD2LMN5PQR ok"
    verdict = GUARD(Subject(text, direction=Direction.INPUT))
    assert verdict.action is Action.REDACT
    assert verdict.text == "my key is [REDACTED:secret.aws_access_key] ok"


def test_pii_in_user_input_is_reported_not_changed():
    text = "my card 4111 1111 1111 1111 was charged twice"
    verdict = GUARD(Subject(text, direction=Direction.INPUT))
    assert verdict.action is Action.ALLOW
    assert verdict.text == text
    assert verdict.codes == ("pii.credit_card",)


def test_network_identifiers_in_output_keep_only_their_network_part():
    text = "your last sign-in came from 203.0.113.77 on device 00:1A:2B:3C:4D:5E"
    verdict = GUARD(Subject(text, direction=Direction.OUTPUT))
    assert verdict.action is Action.REDACT
    assert verdict.text == "your last sign-in came from 203.0.*.* on device 00:1A:2B:**:**:**"


def test_addresses_under_reserved_names_are_reported_but_left_in_output():
    text = 'the key id is "bilbo.baggins@hobbiton.example", mail ops@shop.test'
    verdict = GUARD(Subject(text, direction=Direction.OUTPUT))
    assert verdict.action is Action.ALLOW
    assert verdict.text == text
    assert [f.code for f in verdict.findings] == ["pii.email", "pii.email"]
    # A real domain beside them is still cut.
    mixed = GUARD(Subject(text + " or jane.doe@mailbox.org", direction=Direction.OUTPUT))
    assert mixed.text.endswith("or j***@mailbox.org")
    assert "bilbo.baggins@hobbiton.example" in mixed.text


def test_shadow_mode_leaves_text_and_reports_decision():
    guard = make_guard(shadow=True)
    text = "Card 4111 1111 1111 1111"
    verdict = guard(Subject(text, direction=Direction.OUTPUT))
    assert (verdict.action, verdict.decided, verdict.shadow) == (Action.ALLOW, Action.REDACT, True)
    assert verdict.text == text


def test_failing_check_blocks():
    def broken(subject: Subject) -> list[Finding]:
        raise RuntimeError("boom")

    guard = Guard(pipeline=Pipeline(checks={"broken": broken}), policy=default_policy(), key=KEY)
    verdict = guard(Subject("anything", direction=Direction.OUTPUT))
    assert verdict.blocked


def test_custom_strategy_by_code_prefix():
    def found(subject: Subject) -> list[Finding]:
        return [Finding(code="pii.email", severity=Severity.MEDIUM, message="t", span=Span(0, 5))]

    guard = Guard(
        pipeline=Pipeline(checks={"f": found}),
        policy=default_policy(),
        key=KEY,
        strategies={"output:pii": Strategy.PSEUDONYM},
    )
    verdict = guard(Subject("a@b.c rest", direction=Direction.OUTPUT))
    assert verdict.text.startswith("<pii.email:")
    assert verdict.text.endswith(" rest")


def test_empty_key_is_refused():
    with pytest.raises(ValueError, match="key"):
        Guard(pipeline=Pipeline(checks={}), policy=default_policy(), key=b"")
