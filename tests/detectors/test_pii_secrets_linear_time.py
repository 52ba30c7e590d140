"""No rule backtracks: every pattern and both detectors scale linearly on hostile input.

Each rule's pattern, and each whole detector, scans adversarial texts of n and 4n characters
(long runs of the characters the patterns accept, near-matches repeated without end, separators
that keep a candidate alive). Catastrophic backtracking shows as a 16x or worse jump; the bound
allowed here is 16x of this thread's CPU time (tests/detectors/timing.py), and a true positive
appended after the hostile prefix must still be found.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bastion.core.patterns import Pattern
from bastion.core.types import Subject
from bastion.detectors import pii, secrets
from tests.detectors.timing import BOUND, growth

N = 4_000

HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "digit groups": lambda n: "12 " * (n // 3),
    "dashes": lambda n: "1-" * (n // 2),
    "dots": lambda n: "1." * (n // 2),
    "colons": lambda n: "a1:" * (n // 3),
    "hex": lambda n: "af" * (n // 2),
    "letters": lambda n: "a" * n,
    "upper": lambda n: "A" * n,
    "base64": lambda n: "aZ0+/" * (n // 5),
    "email-ish": lambda n: "a." * (n // 4) + "@" + "b." * (n // 4),
    "at signs": lambda n: "a@" * (n // 2),
    "url-ish": lambda n: "http://" + "a:" * (n // 2),
    "jwt-ish": lambda n: "eyJ" + "a" * (n // 2) + "." + "eyJ" + "b" * (n // 2),
    "pem-ish": lambda n: "-----BEGIN PRIVATE KEY-----" + "A" * n,
    "assignment": lambda n: "password = '" + "x1!" * (n // 3),
    "phone-ish": lambda n: "+1 (" * (n // 4),
    "mixed": lambda n: "aA1-_.:/=+ " * (n // 11),
}


def _assert_linear(scan: Callable[[str], object], make: Callable[[int], str]) -> None:
    ratio = growth(scan, make(N), make(4 * N))
    assert ratio < BOUND, f"x4 input took x{ratio:.1f} time"


ALL_PATTERNS = [(f"pii.{r.name}", r.pattern) for r in pii.RULES] + [
    (f"secret.{r.name}", r.pattern) for r in secrets.RULES
]


@pytest.mark.parametrize(("name", "source"), ALL_PATTERNS, ids=[n for n, _ in ALL_PATTERNS])
def test_every_rule_pattern_is_linear(name, source):
    pattern = Pattern(source)

    def scan(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    for make in HOSTILE.values():
        _assert_linear(scan, make)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_detectors_are_linear_and_still_find_after_hostile_prefix(kind):
    make = HOSTILE[kind]
    pii_check, secrets_check = pii.pii_check(), secrets.secrets_check()
    _assert_linear(lambda text: pii_check(Subject(text)), make)
    _assert_linear(lambda text: secrets_check(Subject(text)), make)
    tail = "\n card 4111 1111 1111 1111 and key AKIAZ7QXJ4KD2LMN5PQR\n"
    text = make(4 * N) + tail
    assert "pii.credit_card" in {f.code for f in pii_check(Subject(text))}
    assert "secret.aws_access_key" in {f.code for f in secrets_check(Subject(text))}
