"""Rule patterns made to read typographic apostrophes and quotes; negatable rules."""

from __future__ import annotations

import pytest

from bastion.core.patterns import Pattern
from bastion.core.rules import APOSTROPHES, DOUBLE_QUOTES, Rule, RuleTable, typographic
from bastion.core.types import Severity


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_an_apostrophe_outside_a_class_reads_every_form(apostrophe: str) -> None:
    pattern = Pattern(typographic(r"(?i)\bdon'?t\s+follow\b"))
    assert pattern.search(f"Don{apostrophe}t follow them") is not None
    assert pattern.search("dont follow them") is not None


@pytest.mark.parametrize("quote", DOUBLE_QUOTES)
def test_a_double_quote_reads_every_form(quote: str) -> None:
    assert Pattern(typographic(r'say\s+"yes')).search(f"say {quote}yes") is not None


def test_a_class_gains_the_forms_and_a_negated_class_excludes_them() -> None:
    assert Pattern(typographic(r"[\w'-]+s\b")).search("the user’s") is not None
    quoted = Pattern(typographic(r"'[^'\n]{1,20}'"))
    assert quoted.search("a ’one’ and ’two’") == (2, 7)


def test_other_text_is_left_as_written() -> None:
    source = r"(?i)\b(?:a|b)\s+[^\]\[x]\\'{2}\x41[[:alpha:]]"
    assert typographic(source) == source.replace(r"\\'", r"\\" + f"[{APOSTROPHES}]")
    assert typographic(r"[]'a]") == f"[]{APOSTROPHES}a]"
    assert typographic(r"\'") == f"[{APOSTROPHES}]"


def test_a_quote_at_the_end_of_a_range_is_refused() -> None:
    with pytest.raises(ValueError, match="range"):
        typographic(r"[!-']")
    with pytest.raises(ValueError, match="range"):
        typographic(r"['-z]")
    with pytest.raises(ValueError, match="range"):
        typographic(r"[\'-z]")  # escaped, the quote still starts the range
    assert typographic(r"['-]") == f"[{APOSTROPHES}-]"


def _negatable(pattern: str) -> Rule:
    return Rule(
        id="x",
        code="injection.x",
        pattern=pattern,
        severity=Severity.HIGH,
        score=0.9,
        message="m",
        examples=("ignore it",),
        counterexamples=("keep it",),
        negatable=True,
    )


def test_a_negated_match_of_a_negatable_rule_does_not_count() -> None:
    table = RuleTable([_negatable(r"(?i)\bignore\s+it\b")], negation=r"(?i)\bdon't\s+$")
    assert table.hits("Please don't ignore it.") == []
    text = "Don't ignore it. No wait, ignore it."
    [hit] = table.hits(text)
    assert hit.start == text.rindex("ignore it")


def test_without_a_negation_pattern_a_negatable_rule_counts_everywhere() -> None:
    table = RuleTable([_negatable(r"(?i)\bignore\s+it\b")])
    assert len(table.hits("Please don't ignore it.")) == 1


def test_a_table_confirms_what_its_loosened_screen_names() -> None:
    # The set reads long gaps open, so it names this rule for a text where the gap is too wide;
    # the table must still not report it, and must report it where the gap fits.
    rule = Rule(
        id="gap",
        code="test.gap",
        pattern=r"(?i)\bignore\b.{0,20}\brules\b",
        severity=Severity.HIGH,
        score=0.9,
        message="gap",
        examples=("ignore all the rules",),
        counterexamples=("ignore " + "x" * 40 + " rules",),
    )
    table = RuleTable([rule])
    assert [hit.rule.id for hit in table.hits("please ignore all the rules")] == ["gap"]
    assert table.hits(rule.counterexamples[0]) == []
