"""Every rule of every detector matches its own examples and none of its counterexamples."""

from __future__ import annotations

import pytest

from bastion.core.patterns import Pattern
from bastion.core.rules import Rule
from bastion.detectors import injection, webattack

TABLES = {"injection": injection.RULES, "webattack": webattack.RULES}
ALL_RULES = [(name, rule) for name, rules in TABLES.items() for rule in rules]


def _ids(item: tuple[str, Rule]) -> str:
    return f"{item[0]}:{item[1].id}"


@pytest.mark.parametrize("item", ALL_RULES, ids=[_ids(item) for item in ALL_RULES])
def test_rule_matches_its_examples(item: tuple[str, Rule]) -> None:
    rule = item[1]
    pattern = Pattern(rule.pattern)
    missed = [example for example in rule.examples if pattern.search(example) is None]
    assert not missed, f"{rule.id} misses its own examples: {missed}"


@pytest.mark.parametrize("item", ALL_RULES, ids=[_ids(item) for item in ALL_RULES])
def test_rule_rejects_its_counterexamples(item: tuple[str, Rule]) -> None:
    rule = item[1]
    pattern = Pattern(rule.pattern)
    matched = [text for text in rule.counterexamples if pattern.search(text) is not None]
    assert not matched, f"{rule.id} matches its own counterexamples: {matched}"


def test_codes_are_dotted_and_within_the_detector() -> None:
    for name, rules in TABLES.items():
        for rule in rules:
            assert rule.code.startswith(f"{name}."), rule.id


def test_a_rule_without_examples_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="examples"):
        Rule(
            id="x",
            code="injection.x",
            pattern="x",
            severity=injection.RULES[0].severity,
            score=0.5,
            message="m",
            examples=(),
            counterexamples=("y",),
        )
