"""No rule blows up on hostile input: time grows linearly, and the one-pass set agrees.

This is a blow-up test, not a micro-benchmark: quadratic or exponential matching shows as a
ratio far above the generous bound when the input grows fourfold.
"""

from __future__ import annotations

import pytest

from bastion.core.normalise import views
from bastion.core.patterns import one_scan
from bastion.core.rules import RuleTable
from bastion.detectors import injection, webattack
from tests.detectors.timing import BOUND, growth

# Characters and fragments that feed the repetitions and alternations of the patterns.
STRESSORS = (
    "a",
    " ",
    "'",
    "<a ",
    "../",
    "; ",
    "ignore ",
    "1 or ",
    "%2e",
    "&#60",
    "ab1+/",
    "i g ",
    "http://1",
    "\u200b",
    "і",
    "忽略",
)
N = 100_000


@pytest.mark.parametrize("name", ["injection", "webattack"])
def test_rule_tables_scale_linearly(name: str) -> None:
    rules = injection.RULES if name == "injection" else webattack.RULES
    table = RuleTable(rules)
    for stressor in STRESSORS:
        small = stressor * (N // len(stressor))
        large = small * 4
        ratio = growth(table.hits, small, large)
        assert ratio < BOUND, f"{name} on {stressor!r} repeated: x4 input took x{ratio:.1f} time"


def test_views_scale_linearly() -> None:
    for stressor in STRESSORS:
        small = stressor * (N // len(stressor))
        ratio = growth(views, small, small * 4)
        assert ratio < BOUND, f"views on {stressor!r} repeated: x4 input took x{ratio:.1f} time"


@pytest.mark.parametrize("name", ["injection", "webattack"])
def test_one_pass_set_agrees_with_each_pattern_on_hostile_input(name: str) -> None:
    # The one-pass answer must be the per-pattern answer however the automaton's states churn,
    # for each table alone and for the merged automaton of the default detectors' shared sets
    # (the web-attack table is one): a set that answered "no match" would fail open.
    rules = injection.RULES if name == "injection" else webattack.RULES
    table = RuleTable(rules)
    shared = RuleTable(rules, shared=True) if name == "webattack" else table
    for stressor in STRESSORS:
        noise = stressor * (100_000 // len(stressor))
        for rule in rules:
            texts = [rule.examples[0] + "\n" + noise]
            texts.append(noise + "\n" + rule.examples[0])
            for text in texts:
                alone = table.pattern(rule).search(text) is not None
                in_set = rule in {hit.rule for hit in table.hits(text)}
                with one_scan(text):
                    in_merged = rule in {hit.rule for hit in shared.hits(text)}
                assert alone == in_set == in_merged, (rule.id, stressor)
