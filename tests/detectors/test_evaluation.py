"""Metric arithmetic on tiny hand-made rows with known answers, and the guard's flag definition."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bastion.core.types import Action, Direction, Finding, Severity, Span, Subject, Verdict
from bastion.detectors.evaluation import (
    Row,
    covers,
    family_of,
    guard_flags,
    kind_family,
    parse_row,
    parts,
    score,
    text_flags,
)


def _rows() -> list[Row]:
    # 4 positives (3 caught, 1 missed), 2 benign (1 false alarm), 2 near misses (none flagged).
    return [
        Row("attack one HIT", 1, "sqli"),
        Row("attack two HIT", 1, "sqli"),
        Row("attack three HIT", 1, "xss"),
        Row("attack four", 1, "xss"),
        Row("hello HIT", 0, "benign"),
        Row("hello", 0, "benign"),
        Row("almost", 0, "near_miss"),
        Row("nearly", 0, "near_miss"),
    ]


def test_known_counts_give_exact_metrics() -> None:
    report = score(_rows(), text_flags(lambda text: "HIT" in text))
    assert (report.true_positives, report.false_negatives, report.false_positives) == (3, 1, 1)
    assert report.precision == pytest.approx(3 / 4)
    assert report.recall == pytest.approx(3 / 4)
    assert report.f1 == pytest.approx(3 / 4)
    assert report.fpr("benign") == pytest.approx(1 / 2)
    assert report.fpr("near_miss") == 0.0
    assert report.positives["sqli"].rate == 1.0
    assert report.positives["xss"].rate == pytest.approx(1 / 2)


def test_empty_denominators_are_zero_not_errors() -> None:
    report = score([], lambda row: True)
    assert (report.precision, report.recall, report.f1, report.fpr("benign")) == (0, 0, 0, 0)


def test_recall_without_excludes_kinds() -> None:
    rows = [Row("a HIT", 1, "email"), Row("b", 1, "person"), Row("c", 1, "person")]
    report = score(rows, text_flags(lambda text: "HIT" in text))
    assert report.recall == pytest.approx(1 / 3)
    assert report.recall_without(frozenset({"person"})) == 1.0


def test_as_dict_is_plain_data() -> None:
    data = score(_rows(), text_flags(lambda text: "HIT" in text)).as_dict()
    assert data["fpr_benign"] == 0.5
    assert data["recall_by_kind"]["xss"] == {"total": 2, "flagged": 1, "rate": 0.5}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"label": 1, "kind": "x"}', '"text"'),
        ('{"text": "t", "label": 2, "kind": "x"}', '"label"'),
        ('{"text": "t", "label": true, "kind": "x"}', '"label"'),
        ('{"text": "t", "label": 0}', '"kind"'),
        ('{"text": "t", "label": 1, "kind": "x", "values": "v"}', '"values"'),
    ],
)
def test_parse_row_names_the_problem(line: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_row(line)


def test_parse_row_reads_the_corpus_format() -> None:
    row = parse_row(
        '{"text": "t", "label": 1, "kind": "email", "values": ["a", ""], "source": "s"}'
    )
    assert row == Row("t", 1, "email", ("a",), "s")


def test_family_by_file_name_then_by_kinds() -> None:
    assert family_of("webattack.dev.jsonl", []) == "webattack"
    assert family_of("secrets.dev.jsonl", []) == "secrets"
    assert family_of("injection_cases.jsonl", []) == "injection"
    assert family_of("mine.jsonl", [Row("x", 1, "email"), Row("y", 1, "iban")]) == "pii"
    assert family_of("mine.jsonl", [Row("x", 1, "stripe_key")]) == "secrets"
    assert family_of("mine.jsonl", [Row("x", 0, "benign")]) is None


@pytest.mark.parametrize(
    ("kind", "family"),
    [
        ("prompt_injection", "injection"),
        ("jailbreak", "injection"),
        ("indirect-prompt-injection", "injection"),
        ("sql_injection", "webattack"),
        ("command-injection", "webattack"),
        ("ssti", "webattack"),
        ("ldap_injection", "webattack"),
        ("crlf", "webattack"),
        ("header-injection", "webattack"),
        ("template_injection", "webattack"),
        ("prototype_pollution", "webattack"),
        ("insecure_deserialization", "webattack"),
        ("path_traversal", "webattack"),
        ("iban", "pii"),
        ("driver_license", "pii"),
        ("UK_NHS", "pii"),
        ("aws-access-token", "secrets"),
        ("generic-api-key", "secrets"),
        ("mysql_password", "secrets"),
        ("maxmind_license_key", "secrets"),
    ],
)
def test_kind_family(kind: str, family: str) -> None:
    assert kind_family(kind) == family


def test_a_file_of_one_family_is_one_part_and_a_mixed_file_one_per_family() -> None:
    mixed = [Row("a", 1, "sqli"), Row("b", 1, "email"), Row("c", 0, "benign")]
    assert parts("webattack.more.jsonl", mixed) == [("webattack", mixed)]
    assert parts("mine.jsonl", mixed[::2]) == [("webattack", mixed[::2])]
    assert parts("mine.jsonl", mixed) == [
        ("pii", [mixed[1], mixed[2]]),
        ("webattack", [mixed[0], mixed[2]]),
    ]


def test_covers_needs_an_overlapping_span() -> None:
    text = "mail a@b.example now"
    found = [Finding("pii.email", Severity.MEDIUM, "email", span=Span(5, 14))]
    assert covers(text, ["a@b.example"], found)
    assert not covers(text, ["now"], found)
    assert not covers(text, ["absent"], found)


def _fixed(action: Action, findings: tuple[Finding, ...]) -> Callable[[Subject], Verdict]:
    def guard(subject: Subject) -> Verdict:
        return Verdict(action=action, findings=findings, text=subject.text)

    return guard


def test_guard_flags_follow_the_decision_and_the_values() -> None:
    email = (Finding("pii.email", Severity.MEDIUM, "email", span=Span(0, 5)),)
    acting = guard_flags(_fixed(Action.REDACT, email), Direction.OUTPUT)
    allowing = guard_flags(_fixed(Action.ALLOW, email), Direction.OUTPUT)
    assert acting(Row("a@b.c and more", 1, "email", ("a@b.c",)))
    # Acting on the text but not where the labelled value is does not count as finding it.
    assert not acting(Row("hello a@b.c", 1, "email", ("a@b.c",)))
    assert acting(Row("anything", 0, "benign"))
    assert not allowing(Row("a@b.c", 1, "email", ("a@b.c",)))
    assert not allowing(Row("anything", 0, "benign"))
