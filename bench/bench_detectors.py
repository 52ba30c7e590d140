"""Median and p99 latency of the content checks on 1 KB and 16 KB texts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bastion.core.normalise import views

_CLEAN = (
    "Hello, I ordered a pair of running shoes last week (order 48213) and the tracking page "
    "still says the parcel is waiting at the depot. Could you check what is going on and tell "
    "me when it will arrive? I also want to change the delivery address to my office. Thanks! "
)


def _sized(seed: str, size: int) -> str:
    return (seed * (size // len(seed) + 1))[:size]


def _measure(function: Callable[[], object], *, rounds: int) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter_ns()
        function()
        samples.append(time.perf_counter_ns() - started)
    samples.sort()
    return statistics.median(samples) / 1000, samples[int(len(samples) * 0.99)] / 1000


def main() -> None:
    for size in (1024, 16 * 1024):
        text = _sized(_CLEAN, size)
        rounds = 2000 if size <= 1024 else 200
        median, p99 = _measure(lambda text=text: views(text), rounds=rounds)
        print(f"views      {size // 1024:>3} KB clean  median {median:8.1f} us  p99 {p99:8.1f} us")


if __name__ == "__main__":
    main()
