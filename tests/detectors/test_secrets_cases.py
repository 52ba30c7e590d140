"""The project's own secrets cases (data/secrets_cases.jsonl) through the output guard."""

from __future__ import annotations

from pathlib import Path

from bastion.config.guard import build_guard
from bastion.core.types import Direction
from bastion.detectors.evaluation import BENIGN, NEAR_MISS, guard_flags, parse_row, score

CASES = Path(__file__).resolve().parents[2] / "data" / "secrets_cases.jsonl"


def test_own_secrets_cases() -> None:
    rows = [parse_row(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    report = score(rows, guard_flags(build_guard(key=b"k" * 32), Direction.OUTPUT))
    assert report.recall >= 0.99, report.as_dict()["recall_by_kind"]
    assert report.fpr(BENIGN) == 0.0, report.as_dict()["negatives_by_kind"]
    # The near misses include masked vendor keys ("AKIAXXXX..."), reported on purpose at a
    # placeholder score, which the guard still redacts.
    assert report.fpr(NEAR_MISS) <= 0.05, report.as_dict()["negatives_by_kind"]
