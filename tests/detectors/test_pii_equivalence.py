"""The fast paths of the PII checks answer exactly as the plain definitions they replace."""

from __future__ import annotations

import itertools
import random

import pytest

from bastion.detectors.checksums import luhn
from bastion.detectors.pii import PiiDetector


def _luhn_by_definition(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def test_luhn_agrees_with_its_definition() -> None:
    rng = random.Random(41)  # noqa: S311 - seeded test data, not a secret
    numbers = ["", "0", "18", "79927398713", "79927398710"] + [
        "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 24))) for _ in range(3000)
    ]
    assert [luhn(n) for n in numbers] == [_luhn_by_definition(n) for n in numbers]
    assert luhn("79927398713")
    assert not luhn("79927398710")


CHECK = PiiDetector()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("4111 1111 1111 1111", "+44 20 7946 0958"),
        ("jane.roe@example.org", "GB33 BUKB 2020 1555 5555 55"),
    ],
)
def test_a_value_claimed_once_is_not_reported_again_by_a_later_rule(
    first: str, second: str
) -> None:
    text = f"My card is {first}, call me on {second} or write. " * 3
    spans = [(f.span.start, f.span.end) for f in CHECK.scan(text) if f.span]
    assert len(spans) == 6  # both values of each of the three sentences
    assert spans == sorted(set(spans))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start  # no two findings share a character
