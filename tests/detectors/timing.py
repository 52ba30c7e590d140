"""Growth checks for linear-time matching, measured in this thread's CPU time.

CPU time of the calling thread does not count time spent waiting while other processes use the
cores, so a loaded machine slows the measurement without skewing the n-versus-4n ratio the way
wall-clock time does. The best of several runs drops the rest of the noise.
"""

from __future__ import annotations

import time
from collections.abc import Callable

REPEATS = 5
FLOOR_S = 1e-3  # below a millisecond the clock and the interpreter dominate, not the matching
BOUND = 16  # catastrophic backtracking grows at least 16x for 4x input; linear grows ~4x


def cpu_seconds(function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.thread_time()
        function(text)
        best = min(best, time.thread_time() - started)
    return max(best, FLOOR_S)


def growth(function: Callable[[str], object], small: str, large: str) -> float:
    """How many times longer `large` took than `small`."""
    return cpu_seconds(function, large) / cpu_seconds(function, small)
