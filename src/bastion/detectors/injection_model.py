"""A small linear prompt-injection classifier that ships in the package: no download, no numpy.

Features are binary (present or not, so a template repeated ten times is no stronger than once):
lower-cased words, their first five letters (so "ignora", "ignorez" and "ignoring" share evidence
across languages; a stem and the five-letter word it equals are one feature), character pairs
inside Chinese, Japanese and Korean runs, and the ids of the injection rules that matched. Each
present feature adds its weight, the sum is divided by `sqrt(n)` for `n` features, and the
probability is the logistic of the bias plus that. Word pairs and character n-grams were tried and
dropped: in pure Python they cost several times more per kilobyte for no gain out of source.

A text longer than `WINDOW` words is cut into the fewest equal, non-overlapping chunks of at most
`WINDOW` words and the highest chunk wins, so an injection buried in a long document is not
diluted, and the cost stays one pass over the words (overlapping windows scored them twice).

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
from operator import itemgetter
from typing import Any

WINDOW = 256
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
_ZERO = repeat(0.0)
_STEM_OF = itemgetter(slice(None, _STEM))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_SPLIT).decode("ascii").split()
    return _WORD.findall(lowered)


def chunks(words: list[str]) -> list[list[str]]:
    """The words cut into the fewest equal non-overlapping chunks of at most `WINDOW` words."""
    if len(words) <= WINDOW:
        return [words]
    count = -(-len(words) // WINDOW)
    size = -(-len(words) // count)
    return [words[start : start + size] for start in range(0, len(words), size)]


def chunk_features(
    words: Iterable[str], rule_ids: Iterable[str] = (), *, ascii_only: bool = False
) -> set[str]:
    """The distinct feature names of one chunk of words (`ascii_only`: the words are known to
    be ASCII, so there are no dense-script pairs to look for)."""
    found = set(words)
    # A word of up to `_STEM` letters is its own stem and already present, so every word's
    # prefix can be added, with the slicing done by `map` at C speed.
    stems = set(map(_STEM_OF, found))
    if not ascii_only and not "".join(found).isascii():
        for word in [word for word in found if _DENSE.search(word)]:
            found.update("c:" + word[i : i + 2] for i in range(len(word) - 1))
    found |= stems
    found.update("r:" + rule_id for rule_id in rule_ids)
    return found


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

    def probability(self, features: set[str]) -> float:
        """Probability that the chunk these features came from is an injection."""
        if not features:
            return _logistic(self.bias)
        total = sum(map(self.weights.get, features, _ZERO))
        return _logistic(self.bias + total / math.sqrt(len(features)))

    def score(self, text: str, rule_ids: Iterable[str] = ()) -> float:
        """Highest chunk probability over the text."""
        ids = tuple(rule_ids)
        ascii_only = text.isascii()
        return max(
            self.probability(chunk_features(part, ids, ascii_only=ascii_only))
            for part in chunks(tokens(text))
        )


def _logistic(value: float) -> float:
    if value < -40.0:
        return 0.0
    if value > 40.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-value))


def load_model() -> InjectionModel:
    """The weights shipped inside the package."""
    raw = resources.files("bastion.detectors").joinpath("injection_model.json").read_text("utf-8")
    return InjectionModel.from_json(json.loads(raw))
