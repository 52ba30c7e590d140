"""Every PII and secrets rule is found by its whole detector in its examples, and not in its
counter-examples: a rule cannot ship while failing the cases it documents."""

from __future__ import annotations

import pytest

from bastion.core.types import PLACEHOLDER_SCORE, Check, Subject
from bastion.detectors import pii, secrets

DETECTORS: dict[str, tuple[Check, tuple[object, ...]]] = {
    "pii": (pii.pii_check(), tuple(pii.RULES)),
    "secrets": (secrets.secrets_check(), tuple(secrets.RULES)),
}
CASES = [
    (name, rule, example, expected)
    for name, (_, rules) in DETECTORS.items()
    for rule in rules
    for expected, examples in ((True, rule.examples), (False, rule.counterexamples))  # type: ignore[attr-defined]
    for example in examples
]


def _id(case: tuple[str, object, str, bool]) -> str:
    name, rule, example, expected = case
    return f"{name}:{rule.name}:{'finds' if expected else 'ignores'}:{example[:24]}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_rule_against_its_own_examples(case: tuple[str, object, str, bool]) -> None:
    name, rule, example, expected = case
    check = DETECTORS[name][0]
    # Placeholders (a masked vendor token, an address under a reserved name) are reported at
    # PLACEHOLDER_SCORE: a rule's counter-example may yield one, and only a rule that scores
    # placeholders on purpose may count one as found.
    placeholder_rule = rule.score <= PLACEHOLDER_SCORE  # type: ignore[attr-defined]
    floor = -1.0 if expected and placeholder_rule else PLACEHOLDER_SCORE
    found = {f.code for f in check(Subject(example)) if f.score > floor}
    assert (rule.code in found) is expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(DETECTORS))
def test_every_rule_carries_examples_both_ways(name: str) -> None:
    for rule in DETECTORS[name][1]:
        assert rule.examples, rule.name  # type: ignore[attr-defined]
        assert rule.counterexamples, rule.name  # type: ignore[attr-defined]
