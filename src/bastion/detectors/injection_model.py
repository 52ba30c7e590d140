"""A small linear prompt-injection classifier that ships in the package: no download, no numpy.

Features are counted: lower-cased words, their first five letters (so "ignora", "ignorez" and
"ignoring" share evidence across languages; a stem and the five-letter word it equals are one
feature), character pairs inside Chinese, Japanese and Korean runs, and the ids of the injection
rules that matched. Each occurrence adds its weight, the sum is divided by `sqrt(n)` for `n`
features in the window, and the probability is the logistic of the bias plus that. Word pairs
were tried and dropped: they doubled the cost for no gain out of fold. Long texts are scored in
overlapping windows of `WINDOW` words and the highest window wins, so an injection buried in a
long document is not diluted.

The weights in `injection_model.json` are trained by `scripts/train_injection.py`, which also
chooses the decision threshold stored beside them (see that script for how).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from typing import Any

WINDOW = 256
STRIDE = 128
_STEM = 5

_WORD = re.compile(r"\w+")
# ASCII text is split with C-speed byte operations: every byte that is not a word character
# (the ASCII meaning of \w) becomes a space, which gives the tokens `_WORD` would.
_ASCII_SPLIT = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) == "_") else 0x20
    for byte in range(256)
)
# Scripts written without spaces: a run of them is one \w+ token, so it is split into pairs.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_SPLIT).decode("ascii").split()
    return _WORD.findall(lowered)


def window_features(words: list[str], rule_ids: Iterable[str] = ()) -> list[str]:
    """The feature names of one window of tokens, repeated as often as they occur."""
    found = ["r:" + rule_id for rule_id in rule_ids]
    found += words
    found += [word[:_STEM] for word in words if len(word) > _STEM]
    for word in words:
        if not word.isascii() and _DENSE.search(word):
            found += ["c:" + word[i : i + 2] for i in range(len(word) - 1)]
    return found


def windows(text: str) -> list[list[str]]:
    """The text's tokens cut into overlapping windows (at least one, maybe empty)."""
    words = tokens(text)
    if len(words) <= WINDOW:
        return [words]
    return [words[start : start + WINDOW] for start in range(0, len(words) - STRIDE, STRIDE)]


@dataclass(frozen=True, slots=True)
class InjectionModel:
    """Weights, bias and the decision threshold of the linear classifier."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InjectionModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )

    def probability(self, features: list[str]) -> float:
        """Probability that the window these features came from is an injection."""
        if not features:
            return _logistic(self.bias)
        total = sum(map(self.weights.get, features, repeat(0.0)))
        return _logistic(self.bias + total / math.sqrt(len(features)))

    def score(self, text: str, rule_ids: Iterable[str] = ()) -> float:
        """Highest window probability over the text."""
        ids = tuple(rule_ids)
        return max(self.probability(window_features(tokens, ids)) for tokens in windows(text))


def _logistic(value: float) -> float:
    if value < -40.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


def load_model() -> InjectionModel:
    """The weights shipped inside the package."""
    raw = resources.files("bastion.detectors").joinpath("injection_model.json").read_text("utf-8")
    return InjectionModel.from_json(json.loads(raw))
