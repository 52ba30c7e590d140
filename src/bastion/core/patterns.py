"""Linear-time matching for detector rules: RE2 patterns and a one-pass multi-pattern prefilter.

Detector rules run on hostile text, so every pattern is compiled by RE2 (automata, no
backtracking): matching time grows linearly with the input whatever the pattern or the text. RE2
has no look-around and no back-references; rules express those checks in their validators.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import re2

# RE2 falls back to slower automata (still linear) when a DFA outgrows its budget; a set that
# outgrows it reports no match at all, so the budget is generous and the tests prove every rule's
# examples still pass through the set.
_MAX_MEM = 64 << 20


def _options() -> object:
    options = re2.Options()
    options.max_mem = _MAX_MEM
    return options


@dataclass(frozen=True, slots=True)
class Match:
    """One match: the span of the whole match and of the value (group 1, when present)."""

    start: int
    end: int
    value_start: int
    value_end: int


class Pattern:
    """One RE2 pattern; group 1, when present, marks the sensitive value inside the match."""

    __slots__ = ("_has_group", "_regexp", "source")

    def __init__(self, source: str) -> None:
        try:
            self._regexp = re2.compile(source, _options())
        except re2.error as exc:
            raise ValueError(f"pattern is not valid RE2 syntax: {source!r}") from exc
        self.source = source
        self._has_group = self._regexp.groups >= 1

    def finditer(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, left to right, with character offsets."""
        for found in self._regexp.finditer(text):
            start, end = found.span()
            if self._has_group and found.start(1) >= 0:
                value_start, value_end = found.span(1)
            else:
                value_start, value_end = start, end
            yield Match(start=start, end=end, value_start=value_start, value_end=value_end)

    def search(self, text: str) -> bool:
        return self._regexp.search(text) is not None


class PatternSet:
    """Which of many patterns match somewhere in a text, found in one pass over it."""

    __slots__ = ("_set", "size")

    def __init__(self, sources: Sequence[str]) -> None:
        self._set = re2.Set.SearchSet(_options())
        for source in sources:
            try:
                self._set.Add(source)
            except re2.error as exc:
                raise ValueError(f"pattern is not valid RE2 syntax: {source!r}") from exc
        self._set.Compile()
        self.size = len(sources)

    def matching(self, text: str) -> list[int]:
        """Indices of the patterns that match somewhere in `text`, in ascending order."""
        found = self._set.Match(text)
        return sorted(found) if found else []


class Claims:
    """Non-overlapping stretches of one text, first come first served.

    Detectors let the most specific rule claim a value; a lookup costs O(log n), so a text with
    thousands of candidate values stays linear-ish rather than quadratic.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return True
        return index < len(self._starts) and self._starts[index] < end

    def claim(self, start: int, end: int) -> bool:
        """Take [start, end) unless part of it is already taken; True when taken now."""
        if self.overlaps(start, end):
            return False
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True
