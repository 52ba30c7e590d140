"""Latency of each Bastion detector and of the whole default guard, plus throughput on 1 MB.

Run: .venv/bin/python bench/bench_pipeline.py   (bench/compare.py adds the peer tools)

Method: one CPU core (sched_setaffinity where the OS has it); a few rounds, each giving every
scanner, in turn, a warm-up and then repeated calls timed with perf_counter_ns until its share of
the time budget or of an iteration cap is used; median and p99 of the pooled samples. Throughput
is the best of the rounds' passes over a 1 MB document: clean, with findings, and with findings
in text that mixes languages and scripts. Last, the whole guard over every labelled case in
`data/` and the shared dev corpora (varied text): a first pass that builds the automata's
states, then warm passes, and the process's peak memory.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from texts import support_text

from bastion.config.guard import build_guard
from bastion.core.types import Check, Direction, Subject
from bastion.detectors.evaluation import parse_row
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


def samples_of(scan: Scanner, text: str, *, budget_s: float, cap: int) -> list[int]:
    """Nanoseconds per call over as many calls as fit in `budget_s` (at least 30, at most
    `cap`), after a short warm-up."""
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
    return samples


def timing_of(samples: list[int]) -> Timing:
    """Median and p99 of `samples` (nanoseconds), in microseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Timing(statistics.median(ordered) / 1000, p99 / 1000, len(ordered))


def seconds_for(scan: Scanner, document: str) -> float:
    """Seconds for one scan of `document`."""
    started = time.perf_counter()
    scan(document)
    return time.perf_counter() - started


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


# Latency is sampled in rounds: each round gives every scanner a share of its time budget on
# every text, visiting the scanners in a rotated order, so a slow spell of the machine (another
# process, frequency scaling) is spread over all of them instead of landing on one; the samples
# of all rounds are pooled. The ratios compare numbers taken side by side in this way.
ROUNDS = 4
# A scanner whose pass over a 1 MB document takes this long gets no further passes: its passes
# agree closely, and more would only cost minutes.
SLOW_PASS_S = 5.0


def run(
    scanners: Mapping[str, Scanner], *, budget_s: float = 2.0, rounds: int = ROUNDS
) -> dict[str, dict[str, float]]:
    """Measure every scanner on every text; print the table; return the numbers."""
    inputs = texts()
    documents = {
        key: support_text(MEGABYTE, findings=found, languages=mixed)
        for key, (_, found, mixed) in DOCUMENTS.items()
    }
    names = list(scanners)
    pooled: dict[str, dict[tuple[int, bool], list[int]]] = {
        name: {key: [] for key in inputs} for name in names
    }
    best_s: dict[str, dict[str, float]] = {
        name: {key: float("inf") for key in documents} for name in names
    }
    for round_ in range(rounds):
        print(f"round {round_ + 1} of {rounds}", flush=True)
        turn = round_ % len(names)
        for name in names[turn:] + names[:turn]:
            scan = scanners[name]
            for key, text in inputs.items():
                pooled[name][key] += samples_of(
                    scan, text, budget_s=budget_s / rounds, cap=5000 // rounds
                )
            for key, document in documents.items():
                if not SLOW_PASS_S < best_s[name][key] < float("inf"):
                    best_s[name][key] = min(best_s[name][key], seconds_for(scan, document))
    labels = [f"{size // 1024} KB {_label(found)}" for size, found in inputs]
    print(
        f"{'scanner':<26}"
        + "".join(f"{label:>22}" for label in labels)
        + "".join(f"{label:>12}" for label, _, _ in DOCUMENTS.values())
    )
    print(f"{'':<26}" + f"{'median / p99 µs':>22}" * len(inputs) + f"{'MB/s':>12}" * len(DOCUMENTS))
    results: dict[str, dict[str, float]] = {}
    for name in names:
        row: dict[str, float] = {}
        cells = []
        for size, found in inputs:
            timing = timing_of(pooled[name][(size, found)])
            key = f"{size // 1024}k_{_label(found)}"
            row[f"{key}_median_us"] = timing.median_us
            row[f"{key}_p99_us"] = timing.p99_us
            cells.append(f"{timing.median_us:>10.1f} / {timing.p99_us:<9.1f}")
        for key, document in documents.items():
            row[key] = len(document.encode("utf-8")) / MEGABYTE / best_s[name][key]
        results[name] = row
        print(
            f"{name:<26}"
            + "".join(f"{c:>22}" for c in cells)
            + "".join(f"{row[key]:>12.2f}" for key in DOCUMENTS)
        )
    return results


# Varied text: every labelled case the project keeps and, when present, the shared dev corpora
# (`CORPORA`, as for `make eval`): many languages, scripts, attacks and look-alikes, which send
# the automata through far more states than the repeated sentences above. The first pass builds
# those states; later passes show whether they stay built: a set whose memory budget is too small
# for them keeps flushing and rebuilding, several times slower.
ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("CORPORA", ROOT.parent / "shared" / "corpora"))


def varied_texts() -> list[str]:
    paths = sorted((ROOT / "data").glob("*.jsonl")) + sorted(CORPORA.glob("*.dev.jsonl"))
    return [
        parse_row(line).text
        for path in paths
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def run_varied(*, passes: int = 3) -> dict[str, float]:
    """The default guard over `varied_texts()`: mean µs per text on the first (cold) pass and on
    the best later one, and the process's peak memory afterwards (MB, where the OS reports it)."""
    guard = build_guard(key=os.urandom(32))
    texts = varied_texts()
    seconds = []
    for _ in range(passes):
        started = time.perf_counter()
        for text in texts:
            guard(Subject(text=text, direction=Direction.INPUT))
        seconds.append(time.perf_counter() - started)
    result = {
        "texts": float(len(texts)),
        "cold_us": seconds[0] / len(texts) * 1e6,
        "warm_us": min(seconds[1:]) / len(texts) * 1e6,
        "peak_mb": _peak_mb(),
    }
    print(
        f"varied texts ({len(texts)} case and corpus texts, guard input): first pass "
        f"{result['cold_us']:.0f} µs per text, warm {result['warm_us']:.0f} µs per text; "
        f"peak memory {result['peak_mb']:.0f} MB"
    )
    return result


def _peak_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main() -> None:
    print(pin_one_core())
    run(bastion_scanners())
    run_varied()


if __name__ == "__main__":
    main()
