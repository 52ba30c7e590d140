from __future__ import annotations

from collections.abc import Iterable

import pytest

from bastion.core import (
    CHECK_FAILED,
    Action,
    Direction,
    Finding,
    Pipeline,
    Policy,
    Severity,
    Span,
    Subject,
)


def finds(code: str, severity: Severity):  # type: ignore[no-untyped-def]
    def check(subject: Subject) -> Iterable[Finding]:
        if "bad" in subject.text:
            yield Finding(code=code, severity=severity, message="found", span=Span(0, 3))

    return check


def explodes(subject: Subject) -> Iterable[Finding]:
    raise RuntimeError(f"boom on {subject.text}")


def test_clean_text_is_allowed() -> None:
    pipe = Pipeline(checks={"a": finds("x.y", Severity.HIGH)})
    verdict = pipe.run(Subject(text="fine"))
    assert verdict.action is Action.ALLOW
    assert verdict.findings == ()
    assert verdict.text == "fine"


def test_high_severity_blocks_by_default() -> None:
    pipe = Pipeline(checks={"a": finds("x.y", Severity.HIGH)})
    verdict = pipe.run(Subject(text="bad"))
    assert verdict.action is Action.BLOCK
    assert verdict.codes == ("x.y",)


def test_low_severity_is_allowed_but_reported() -> None:
    pipe = Pipeline(checks={"a": finds("x.low", Severity.LOW)})
    verdict = pipe.run(Subject(text="bad"))
    assert verdict.action is Action.ALLOW
    assert verdict.codes == ("x.low",)


def test_a_check_that_raises_blocks_without_leaking_the_input() -> None:
    pipe = Pipeline(checks={"ok": finds("x.y", Severity.LOW), "broken": explodes})
    verdict = pipe.run(Subject(text="secret-value"))
    assert verdict.action is Action.BLOCK
    failed = [f for f in verdict.findings if f.code == CHECK_FAILED]
    assert len(failed) == 1
    assert "broken" in failed[0].message
    assert "secret-value" not in failed[0].message


def test_a_check_returning_the_wrong_type_blocks() -> None:
    pipe = Pipeline(checks={"wrong": lambda s: ["not a finding"]})  # type: ignore[list-item]
    assert pipe.run(Subject(text="x")).action is Action.BLOCK


def test_checks_run_in_declared_order() -> None:
    pipe = Pipeline(
        checks={"first": finds("a.first", Severity.LOW), "second": finds("b.second", Severity.LOW)}
    )
    assert pipe.names == ("first", "second")
    assert pipe.run(Subject(text="bad")).codes == ("a.first", "b.second")


@pytest.mark.parametrize(
    ("rules", "direction", "expected"),
    [
        ({"x": Action.REDACT}, Direction.INPUT, Action.REDACT),
        ({"x.y": Action.ALLOW}, Direction.INPUT, Action.ALLOW),
        ({"output:x": Action.REDACT}, Direction.OUTPUT, Action.REDACT),
        ({"output:x": Action.REDACT}, Direction.INPUT, Action.BLOCK),
        ({"tool_args:x.y": Action.REVIEW, "x": Action.ALLOW}, Direction.TOOL_ARGS, Action.REVIEW),
    ],
)
def test_policy_rules_by_code_prefix_and_direction(
    rules: dict[str, Action], direction: Direction, expected: Action
) -> None:
    pipe = Pipeline(checks={"a": finds("x.y", Severity.HIGH)}, policy=Policy(by_code=rules))
    assert pipe.run(Subject(text="bad", direction=direction)).action is expected


def test_strictest_action_wins() -> None:
    pipe = Pipeline(
        checks={"a": finds("r.one", Severity.LOW), "b": finds("b.two", Severity.LOW)},
        policy=Policy(by_code={"r": Action.REDACT, "b": Action.BLOCK}),
    )
    assert pipe.run(Subject(text="bad")).action is Action.BLOCK


@pytest.mark.parametrize("code", ["", ".x", "x.", "has space"])
def test_finding_codes_must_be_dotted_identifiers(code: str) -> None:
    with pytest.raises(ValueError, match="dotted"):
        Finding(code=code, severity=Severity.LOW, message="m")


@pytest.mark.parametrize("score", [-0.1, 1.01])
def test_finding_scores_are_bounded(score: float) -> None:
    with pytest.raises(ValueError, match="score"):
        Finding(code="a.b", severity=Severity.LOW, message="m", score=score)


def test_spans_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="span"):
        Span(5, 2)
