"""Median and p99 latency of the PII and secrets detectors on 1 KB and 16 KB texts.

Run: .venv/bin/python bench/bench_pii_secrets.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bastion.core.guard import Guard
from bastion.core.pipeline import Pipeline
from bastion.core.policy import default_policy
from bastion.core.types import Direction, Subject
from bastion.detectors.pii import pii_check
from bastion.detectors.secrets import secrets_check

_PROSE = (
    "Thanks for getting back to me so quickly. I tried the steps from the help article, "
    "restarted the app twice and cleared the cache, but the sync still fails after version 3.2 "
    "was installed on 14 March. Could you check whether my account settings changed? The "
    "order went through on the website and I received the confirmation for two items. "
)
_WITH_FINDINGS = (
    "Please update my card 4111 1111 1111 1111 and mail the receipt to jane.doe@example.com; "
    "you can call me on +44 20 7946 0958. The old key AKIAZ7QXJ4KD2LMN5PQR was revoked. "
)


def _text(size: int, *, findings: bool) -> str:
    body = (_WITH_FINDINGS + _PROSE) if findings else _PROSE
    return (body * (size // len(body) + 1))[:size]


def _measure(check: Callable[[Subject], object], text: str, rounds: int) -> tuple[float, float]:
    subject = Subject(text, direction=Direction.OUTPUT)
    for _ in range(20):
        check(subject)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        check(subject)
        samples.append(time.perf_counter() - start)
    samples.sort()
    return statistics.median(samples) * 1e6, samples[int(len(samples) * 0.99)] * 1e6


def main() -> None:
    pipeline = Pipeline(checks={"pii": pii_check(), "secrets": secrets_check()})
    guard = Guard(pipeline=pipeline, policy=default_policy(), key=b"bench-key")
    checks: dict[str, Callable[[Subject], object]] = {
        "pii": pii_check(),
        "secrets": secrets_check(),
        "guard": guard,  # both detectors, the default policy and redaction (output direction)
    }
    for name, check in checks.items():
        for size in (1024, 16 * 1024):
            for findings in (False, True):
                rounds = 2000 if size == 1024 else 300
                median, p99 = _measure(check, _text(size, findings=findings), rounds)
                label = "with findings" if findings else "clean"
                size_kb = f"{size // 1024:3d} KB"
                print(f"{name:8s} {size_kb} {label:14s} median {median:8.1f} µs  p99 {p99:8.1f} µs")


if __name__ == "__main__":
    main()
