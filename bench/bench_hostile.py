"""The whole guard on text built to keep the automata busy, which is its slowest kind of input.

Run: .venv/bin/python bench/bench_hostile.py [CHARACTERS]   (default 10,000)

Each text is a random mix of the injection and web-attack rules' own examples (their first 40
characters), a fifth of them in Cyrillic look-alike letters, a tenth URL-escaped and a tenth spaced
out letter by letter: every view of it is new to the automata, and it half-matches many rules
everywhere. A fresh text per call (seeded, so runs compare), after one warm-up text; median and
each call's time in seconds, on one core.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

from bench_pipeline import pin_one_core

from bastion.config.guard import build_guard
from bastion.core.types import Direction, Subject
from bastion.detectors import injection, webattack

_LOOKALIKES = str.maketrans("aeopc", "аеорс")  # Cyrillic look-alikes of the Latin letters
_FRAGMENTS = [
    example[:40] for rule in (*injection.RULES, *webattack.RULES) for example in rule.examples
]


def hostile_text(seed: int, size: int) -> str:
    """`size` characters of attack fragments, some disguised, in an order set by `seed`."""
    rng = random.Random(seed)  # noqa: S311 - reproducible bench input, not a secret
    parts: list[str] = []
    length = 0
    while length < size:
        fragment = rng.choice(_FRAGMENTS)
        roll = rng.random()
        if roll < 0.2:
            fragment = fragment.translate(_LOOKALIKES)
        elif roll < 0.3:
            fragment = "".join(f"%{ord(c):02x}" if c.isascii() else c for c in fragment[:12])
        elif roll < 0.4:
            fragment = " ".join(fragment[:15])
        parts.append(fragment)
        length += len(fragment) + 1
    return " ".join(parts)[:size]


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(pin_one_core())
    guard = build_guard(key=os.urandom(32))
    guard(Subject(text=hostile_text(0, size), direction=Direction.INPUT))
    seconds = []
    for seed in range(1, 6):
        text = hostile_text(seed, size)
        started = time.perf_counter()
        guard(Subject(text=text, direction=Direction.INPUT))
        seconds.append(time.perf_counter() - started)
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    print(
        f"{size:,} characters of hostile text: median {statistics.median(seconds):.2f} s ({runs})"
    )


if __name__ == "__main__":
    main()
