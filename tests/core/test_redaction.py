"""Masking, partial masks, keyed pseudonyms and overlapping spans."""

from __future__ import annotations

import pytest

from bastion.core.redaction import Strategy, partial, pseudonym, redact
from bastion.core.types import Finding, Severity, Span

KEY = b"k" * 32


def at(text: str, value: str, code: str) -> Finding:
    start = text.index(value)
    return Finding(
        code=code, severity=Severity.HIGH, message="t", span=Span(start, start + len(value))
    )


def by_code(mapping: dict[str, Strategy]):
    return lambda finding: mapping.get(finding.code, Strategy.MASK)


def test_mask():
    text = "card 4242 4242 4242 4242 ok"
    out = redact(text, [at(text, "4242 4242 4242 4242", "pii.credit_card")],
                 strategy_for=by_code({}), key=KEY)  # fmt: skip
    assert out == "card [REDACTED:pii.credit_card] ok"


@pytest.mark.parametrize(
    ("value", "code", "expected"),
    [
        ("jane@example.com", "pii.email", "j***@example.com"),
        ("+1 202-555-1234", "pii.phone", "+1 ***-***-1234"),
        ("(602) 272-9781", "pii.phone", "(***) ***-9781"),
        ("4242 4242 4242 4242", "pii.credit_card", "**** **** **** 4242"),
        ("12345", "pii.phone", "[REDACTED:pii.phone]"),
        ("203.0.113.77", "pii.ip_address", "203.0.*.*"),
        ("2001:db8:85a3::8a2e:370:7334", "pii.ip_address", "2001:db8:*::*:*:*"),
        ("00:1A:2B:3C:4D:5E", "pii.mac_address", "00:1A:2B:**:**:**"),
        ("0012.3456.789A", "pii.mac_address", "0012.34**.****"),
    ],
)
def test_partial(value, code, expected):
    assert partial(value, code) == expected


def test_pseudonym_is_stable_per_value_code_and_key():
    first = pseudonym("jane@example.com", "pii.email", key=KEY)
    assert first == pseudonym("jane@example.com", "pii.email", key=KEY)
    assert first.startswith("<pii.email:")
    assert len(first) == len("<pii.email:>") + 8
    assert first != pseudonym("john@example.com", "pii.email", key=KEY)
    assert first != pseudonym("jane@example.com", "pii.email", key=b"other-key")
    assert "jane" not in first


def test_pseudonym_strategy_in_text():
    text = "from jane@example.com and jane@example.com"
    findings = [
        Finding(code="pii.email", severity=Severity.MEDIUM, message="t", span=Span(5, 21)),
        Finding(code="pii.email", severity=Severity.MEDIUM, message="t", span=Span(26, 42)),
    ]
    out = redact(text, findings, strategy_for=lambda f: Strategy.PSEUDONYM, key=KEY)
    tag = pseudonym("jane@example.com", "pii.email", key=KEY)
    assert out == f"from {tag} and {tag}"


def test_overlapping_spans_merge_and_stricter_strategy_wins():
    text = "id 0123456789 end"
    loose = Finding(code="pii.phone", severity=Severity.MEDIUM, message="t", span=Span(3, 10))
    strict = Finding(code="pii.ssn", severity=Severity.HIGH, message="t", span=Span(6, 13))
    strategies = by_code({"pii.phone": Strategy.PARTIAL, "pii.ssn": Strategy.MASK})
    assert redact(text, [loose, strict], strategy_for=strategies, key=KEY) == (
        "id [REDACTED:pii.ssn] end"
    )
    assert redact(text, [strict, loose], strategy_for=strategies, key=KEY) == (
        "id [REDACTED:pii.ssn] end"
    )


def test_nested_and_adjacent_spans():
    text = "abcdefghij"
    outer = Finding(code="secret.a", severity=Severity.HIGH, message="t", span=Span(0, 6))
    inner = Finding(code="secret.b", severity=Severity.HIGH, message="t", span=Span(2, 4))
    after = Finding(code="secret.c", severity=Severity.HIGH, message="t", span=Span(6, 8))
    out = redact(text, [inner, after, outer], strategy_for=lambda f: Strategy.MASK, key=KEY)
    assert out == "[REDACTED:secret.a][REDACTED:secret.c]ij"


def test_findings_without_span_are_skipped_and_text_kept():
    no_span = Finding(code="injection.x", severity=Severity.HIGH, message="t")
    assert redact("hello", [no_span], strategy_for=lambda f: Strategy.MASK, key=KEY) == "hello"
