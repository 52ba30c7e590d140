"""The project's own labelled case files under `data/`, read the way `bastion eval` reads them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from bastion.config.guard import build_guard
from bastion.core.guard import Guard
from bastion.core.types import Action, Check, Direction, Severity, Subject
from bastion.detectors.evaluation import Row, parse_row

DATA = Path(__file__).resolve().parents[2] / "data"


def case_rows(name: str) -> list[Row]:
    """Every row of `data/<name>` (blank lines skipped)."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return [parse_row(line) for line in handle if line.strip()]


def case_texts(name: str, label: int) -> list[str]:
    """The texts of the rows of `data/<name>` with this label."""
    return [row.text for row in case_rows(name) if row.label == label]


def misjudged(name: str, acts_on: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """The attacks of `data/<name>` that `acts_on` lets pass, and its benign rows it acts on."""
    rows = case_rows(name)
    missed = [row.text for row in rows if row.label == 1 and not acts_on(row.text)]
    flagged = [row.text for row in rows if row.label == 0 and acts_on(row.text)]
    return missed, flagged


def assert_own_case_file(name: str) -> None:
    """`data/<name>` holds only the project's own cases, both labels, and no text twice."""
    rows = case_rows(name)
    assert {row.source for row in rows} == {"bastion/cases"}
    assert {row.label for row in rows} == {0, 1}
    assert len({row.text for row in rows}) == len(rows)


def high_codes(check: Check, text: str, direction: Direction = Direction.INPUT) -> set[str]:
    """The codes of the findings of `check` on `text` that are high enough to block."""
    return {
        finding.code
        for finding in check(Subject(text=text, direction=direction))
        if finding.severity.rank >= Severity.HIGH.rank
    }


@functools.cache
def _default_guard() -> Guard:
    return build_guard(key=b"k" * 32)


def guard_acts(text: str, direction: Direction = Direction.TOOL_ARGS) -> bool:
    """Whether the default guard does something to `text` in `direction` (blocks, asks for
    review or redacts) rather than let it pass as it is."""
    verdict = _default_guard()(Subject(text=text, direction=direction))
    return verdict.decision is not Action.ALLOW
