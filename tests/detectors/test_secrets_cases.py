"""The project's own secrets cases (data/secrets_cases.jsonl) through the output guard."""

from __future__ import annotations

from bastion.config.guard import build_guard
from bastion.core.types import Direction
from bastion.detectors.evaluation import BENIGN, NEAR_MISS, guard_flags, score
from tests.detectors.cases import case_rows


def test_own_secrets_cases() -> None:
    rows = case_rows("secrets_cases.jsonl")
    report = score(rows, guard_flags(build_guard(key=b"k" * 32), Direction.OUTPUT))
    assert report.recall >= 0.99, report.as_dict()["recall_by_kind"]
    assert report.fpr(BENIGN) == 0.0, report.as_dict()["negatives_by_kind"]
    # The near misses include masked vendor keys ("AKIAXXXX..."), reported on purpose at a
    # placeholder score, which the guard still redacts.
    assert report.fpr(NEAR_MISS) <= 0.05, report.as_dict()["negatives_by_kind"]


def test_own_format_cases() -> None:
    """Tokens whose body must mix capitals, small letters and digits, vendor names as words of
    a variable name, and the look-alikes (identifiers, credential ids, stock curl passwords)."""
    rows = case_rows("secrets_cases_formats.jsonl")
    report = score(rows, guard_flags(build_guard(key=b"k" * 32), Direction.OUTPUT))
    assert report.recall == 1.0, report.as_dict()["recall_by_kind"]
    assert report.fpr(BENIGN) == 0.0, report.as_dict()["negatives_by_kind"]
    assert report.fpr(NEAR_MISS) == 0.0, report.as_dict()["negatives_by_kind"]
