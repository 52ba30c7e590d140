"""Measure the detectors on the shared dev corpora; skipped when the corpora are absent.

Run `pytest -s tests/detectors/test_corpora.py` to see the numbers. The asserted floors guard
against regressions at today's level; the issue's targets (web attacks recall >= 97 % at benign
FPR <= 1 %, injection recall >= 90 % at benign FPR <= 2 %) are printed beside the measurement.
A finding counts when its severity is high (what the default policy blocks).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Check, Direction, Severity, Subject
from bastion.detectors.injection import injection_check
from bastion.detectors.webattack import webattack_check

ROOT = Path(__file__).resolve().parents[2]


def _corpora() -> Path:
    explicit = os.environ.get("BASTION_CORPORA")
    return Path(explicit) if explicit else ROOT.parent / "shared" / "corpora"


def _measure(check: Check, path: Path, direction: Direction) -> tuple[float, float]:
    if not path.is_file():
        pytest.skip(f"corpus {path} not found (set BASTION_CORPORA to the corpora directory)")
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            found = any(
                finding.severity.rank >= Severity.HIGH.rank
                for finding in check(Subject(text=row["text"], direction=direction))
            )
            group = "attack" if row["label"] else row["kind"]
            counts[group][0] += 1
            counts[group][1] += found
            if row["label"]:
                counts[f"  {row['kind']}"][0] += 1
                counts[f"  {row['kind']}"][1] += found
    print(f"\n{path.name} ({direction.value}):")
    for group, (total, flagged) in sorted(counts.items()):
        print(f"  {group:<22} n={total:>5}  flagged {flagged / total:6.1%}")
    recall = counts["attack"][1] / counts["attack"][0]
    benign = counts["benign"][1] / max(counts["benign"][0], 1)
    return recall, benign


def test_injection_dev_corpus() -> None:
    recall, fpr = _measure(
        on_views(injection_check()), _corpora() / "injection.dev.jsonl", Direction.INPUT
    )
    print(f"  recall {recall:.1%} (target 90%), benign FPR {fpr:.1%} (target <= 2%)")
    # Measured 91.7 % at 0.0 % with the model whose threshold is chosen out of source (see
    # scripts/train_injection.py); the floor guards against regressions.
    assert recall >= 0.89
    assert fpr <= 0.01


def test_webattack_dev_corpus() -> None:
    recall, fpr = _measure(
        on_views(webattack_check()), _corpora() / "webattack.dev.jsonl", Direction.TOOL_ARGS
    )
    print(f"  recall {recall:.1%} (target 97%), benign FPR {fpr:.1%} (target <= 1%)")
    # Measured 92.3 % recall at 0.3 % benign FPR (SQL shapes, shell reading, nested values,
    # decoding, DOM and climb rules).
    assert recall >= 0.90
    assert fpr <= 0.01
