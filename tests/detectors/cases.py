"""The project's own labelled case files under `data/`, read the way `bastion eval` reads them."""

from __future__ import annotations

from pathlib import Path

from bastion.detectors.evaluation import Row, parse_row

DATA = Path(__file__).resolve().parents[2] / "data"


def case_rows(name: str) -> list[Row]:
    """Every row of `data/<name>` (blank lines skipped)."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return [parse_row(line) for line in handle if line.strip()]


def case_texts(name: str, label: int) -> list[str]:
    """The texts of the rows of `data/<name>` with this label."""
    return [row.text for row in case_rows(name) if row.label == label]
