"""Latency of each Bastion detector and of the whole default guard, plus throughput on 1 MB.

Run: .venv/bin/python bench/bench_pipeline.py   (bench/compare.py adds the peer tools)

Method: one CPU core (sched_setaffinity where the OS has it), a warm-up, then repeated calls timed
with perf_counter_ns until a time budget or an iteration cap is reached; median and p99 of the
samples. Throughput is the best of a few passes over a 1 MB document: clean, with findings, and
with findings in text that mixes languages and scripts.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from texts import support_text

from bastion.config.guard import build_guard
from bastion.core.types import Check, Direction, Subject
from bastion.detectors.injection import injection_check
from bastion.detectors.pii import pii_check
from bastion.detectors.secrets import secrets_check
from bastion.detectors.webattack import webattack_check

Scanner = Callable[[str], object]

SIZES = (1024, 16 * 1024)
MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Timing:
    """Latency of one scanner on one text, in microseconds."""

    median_us: float
    p99_us: float
    runs: int


def pin_one_core() -> str:
    """Pin this process to one core so the numbers mean "per core"; say what was done."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def measure(scan: Scanner, text: str, *, budget_s: float = 2.0, cap: int = 5000) -> Timing:
    """Median and p99 over as many calls as fit in `budget_s` (at least 30, at most `cap`)."""
    warm_until = time.perf_counter() + min(0.2, budget_s / 10)
    while time.perf_counter() < warm_until:
        scan(text)
    gc.collect()
    samples: list[int] = []
    deadline = time.perf_counter_ns() + int(budget_s * 1e9)
    while len(samples) < cap and (len(samples) < 30 or time.perf_counter_ns() < deadline):
        started = time.perf_counter_ns()
        scan(text)
        samples.append(time.perf_counter_ns() - started)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return Timing(statistics.median(samples) / 1000, p99 / 1000, len(samples))


def throughput(scan: Scanner, text: str, *, passes: int = 3) -> float:
    """MB/s (of UTF-8 input) for the best of up to `passes` scans of `text`."""
    size_mb = len(text.encode("utf-8")) / MEGABYTE
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        scan(text)
        best = min(best, time.perf_counter() - started)
        if best > 5.0:  # a slow scanner's passes agree closely; more would only cost minutes
            break
    return size_mb / best


def _check(check: Check, direction: Direction) -> Scanner:
    return lambda text: list(check(Subject(text=text, direction=direction)))


def bastion_scanners() -> Mapping[str, Scanner]:
    """Each detector alone on the original text, and the full default guard in two directions."""
    guard = build_guard(key=os.urandom(32))
    return {
        "bastion injection": _check(injection_check(), Direction.INPUT),
        "bastion webattack": _check(webattack_check(), Direction.TOOL_ARGS),
        "bastion pii": _check(pii_check(), Direction.OUTPUT),
        "bastion secrets": _check(secrets_check(), Direction.OUTPUT),
        "bastion guard input": lambda text: guard(Subject(text=text, direction=Direction.INPUT)),
        # Output is where PII and secrets are redacted, so this includes the rewrite.
        "bastion guard output": lambda text: guard(Subject(text=text, direction=Direction.OUTPUT)),
    }


def texts() -> dict[tuple[int, bool], str]:
    return {
        (size, found): support_text(size, findings=found)
        for size in SIZES
        for found in (False, True)
    }


def _label(found: bool) -> str:
    return "found" if found else "clean"


# The 1 MB documents: clean; as dense in findings as the 1 KB "found" text (six per KB); and as
# dense, in prose that mixes eight languages and scripts.
# Key: (label, with findings, mixed languages).
DOCUMENTS = {
    "mb_per_s_clean": ("1 MB clean", False, False),
    "mb_per_s": ("1 MB found", True, False),
    "mb_per_s_mixed": ("1 MB mixed", True, True),
}


def run(scanners: Mapping[str, Scanner], *, budget_s: float = 2.0) -> dict[str, dict[str, float]]:
    """Measure every scanner on every text; print a row as each finishes; return the numbers."""
    inputs = texts()
    documents = {
        key: support_text(MEGABYTE, findings=found, languages=mixed)
        for key, (_, found, mixed) in DOCUMENTS.items()
    }
    results: dict[str, dict[str, float]] = {}
    labels = [f"{size // 1024} KB {_label(found)}" for size, found in inputs]
    header = (
        f"{'scanner':<26}"
        + "".join(f"{label:>22}" for label in labels)
        + "".join(f"{label:>12}" for label, _, _ in DOCUMENTS.values())
    )
    print(header)
    print(f"{'':<26}" + f"{'median / p99 µs':>22}" * len(inputs) + f"{'MB/s':>12}" * len(DOCUMENTS))
    for name, scan in scanners.items():
        row: dict[str, float] = {}
        cells = []
        for (size, found), text in inputs.items():
            timing = measure(scan, text, budget_s=budget_s)
            key = f"{size // 1024}k_{_label(found)}"
            row[f"{key}_median_us"] = timing.median_us
            row[f"{key}_p99_us"] = timing.p99_us
            cells.append(f"{timing.median_us:>10.1f} / {timing.p99_us:<9.1f}")
        for key, document in documents.items():
            row[key] = throughput(scan, document)
        results[name] = row
        print(
            f"{name:<26}"
            + "".join(f"{c:>22}" for c in cells)
            + "".join(f"{row[key]:>12.2f}" for key in DOCUMENTS),
            flush=True,
        )
    return results


def main() -> None:
    print(pin_one_core())
    run(bastion_scanners())


if __name__ == "__main__":
    main()
