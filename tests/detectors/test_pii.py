"""Every PII rule finds its examples and none of its counter-examples; near misses stay quiet."""

from __future__ import annotations

import pytest

from bastion.core.types import PLACEHOLDER_SCORE, Severity, Subject
from bastion.detectors.pii import pii_check

CHECK = pii_check()


def codes(text: str) -> set[str]:
    return {finding.code for finding in CHECK(Subject(text))}


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # fails Luhn
        "1234 5678 9012 3456",  # fails Luhn
        "SSN 000-12-3456",
        "SSN 666-12-3456",
        "SSN 900-12-3456",
        "SSN 123-00-4567",
        "SSN 123-45-0000",
        "GB82 WEST 1234 5698 7654 33",  # IBAN with a wrong check
        "the build is 1.2.3.4567",
        "see RFC 7231 section 6.5.1",
        "meet me at 10:30 on 2024-01-15",
        "totals: 1,234,567.89 USD",
        "commit 3f2a9c1b7e0d4a5b6c7d8e9f0a1b2c3d4e5f6a7b",
        "std::vector<int> v; a::b::c",
        "the passport office opens at 9",
    ],
)
def test_near_misses_are_not_pii(text):
    assert codes(text) == set()


def test_finding_carries_span_severity_and_score_but_never_the_value():
    text = "my card is 4111 1111 1111 1111, mail me at jane@example.com"
    findings = {f.code: f for f in CHECK(Subject(text))}
    card = findings["pii.credit_card"]
    assert card.span is not None
    assert text[card.span.start : card.span.end] == "4111 1111 1111 1111"
    assert card.severity is Severity.HIGH
    assert findings["pii.email"].severity is Severity.MEDIUM
    assert 0 < card.score <= 1
    assert "4111" not in card.message


def test_context_raises_the_score():
    bare = CHECK(Subject("4111 1111 1111 1111"))[0]
    near_word = CHECK(Subject("credit card 4111 1111 1111 1111"))[0]
    assert near_word.score > bare.score


def test_one_value_is_reported_once():
    findings = CHECK(Subject("Here's my SSN: 536-32-3065"))
    assert [f.code for f in findings] == ["pii.ssn"]


def test_low_severity_for_network_identifiers():
    findings = CHECK(Subject("from 10.1.2.3 with MAC 00:1a:2b:3c:4d:5e"))
    assert {f.code: f.severity for f in findings} == {
        "pii.ip_address": Severity.LOW,
        "pii.mac_address": Severity.LOW,
    }


def test_text_without_candidates_yields_nothing():
    assert CHECK(Subject("Hello, how can I reset my password? Thanks!")) == []


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("kid: bilbo.baggins@hobbiton.example", True),
        ("write to ci@build.test today", True),
        ("root@localhost.", True),
        ("jane@example.com is a real domain", False),
        ("ops@testing.io", False),
        ("x@a.test.org", False),
        ("jane@example.co.uk", False),
    ],
)
def test_addresses_under_reserved_names_score_as_placeholders(text, placeholder):
    (finding,) = [f for f in pii_check()(Subject(text)) if f.code == "pii.email"]
    assert (finding.score == PLACEHOLDER_SCORE) is placeholder


@pytest.mark.parametrize(
    "text",
    [
        "SENTRY_DSN=https://8bb41ff6160b3d6733ec4ebb77b16dba@o355155.ingest.sentry.io/4031541",
        "redis://:hunter2@cache.internal:6379/0",
        "git clone git@github.com:org/repo.git",
        "nonce=1fbfd637a2ab7594&timestamp=1685294685",
        "request d2e8a58e-4113-4783-a252-f1cb8576fa98 failed",
    ],
)
def test_url_user_parts_ssh_remotes_and_named_parameters_are_not_personal_data(text):
    assert [f.code for f in pii_check()(Subject(text)) if f.code.startswith("pii.")] == []


def test_an_address_before_a_colon_and_a_space_is_still_an_address():
    text = "mail jane@mailbox.org: thanks"
    assert [f.code for f in pii_check()(Subject(text))] == ["pii.email"]
