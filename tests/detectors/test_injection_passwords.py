"""Support messages and replies about passwords, PINs and sign-in (which share every word with
password-extraction attacks) pass the injection check; the attacks among the cases block."""

from __future__ import annotations

from bastion.core.normalise import on_views
from bastion.core.types import Direction
from bastion.detectors.injection import injection_check
from tests.detectors.cases import assert_own_case_file, case_texts, high_codes

CHECK = on_views(injection_check())
CASES = "injection_cases_passwords.jsonl"


def _blocking(text: str, direction: Direction = Direction.INPUT) -> set[str]:
    return high_codes(CHECK, text, direction)


def test_case_rows_are_well_formed() -> None:
    assert_own_case_file(CASES)


def test_password_help_passes_in_messages_and_replies() -> None:
    for direction in (Direction.INPUT, Direction.OUTPUT):
        flagged = [text for text in case_texts(CASES, 0) if _blocking(text, direction)]
        assert flagged == [], direction


def test_password_extraction_attacks_are_nearly_all_caught() -> None:
    attacks = case_texts(CASES, 1)
    missed = [text for text in attacks if not _blocking(text)]
    assert len(missed) / len(attacks) <= 0.1, missed
