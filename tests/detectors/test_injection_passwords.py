"""Support messages and replies about passwords, PINs and sign-in (which share every word with
password-extraction attacks) pass the injection check; the attacks among the cases block."""

from __future__ import annotations

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.injection import injection_check
from tests.detectors.cases import case_rows, case_texts

CHECK = on_views(injection_check())
CASES = "injection_cases_passwords.jsonl"


def _blocking(text: str, direction: Direction = Direction.INPUT) -> set[str]:
    return {
        finding.code
        for finding in CHECK(Subject(text=text, direction=direction))
        if finding.severity.rank >= Severity.HIGH.rank
    }


def test_case_rows_are_well_formed() -> None:
    rows = case_rows(CASES)
    assert {row.source for row in rows} == {"bastion/cases"}
    assert {row.label for row in rows} == {0, 1}
    assert len({row.text for row in rows}) == len(rows)


def test_password_help_passes_in_messages_and_replies() -> None:
    for direction in (Direction.INPUT, Direction.OUTPUT):
        flagged = [text for text in case_texts(CASES, 0) if _blocking(text, direction)]
        assert flagged == [], direction


def test_password_extraction_attacks_are_nearly_all_caught() -> None:
    attacks = case_texts(CASES, 1)
    missed = [text for text in attacks if not _blocking(text)]
    assert len(missed) / len(attacks) <= 0.1, missed
