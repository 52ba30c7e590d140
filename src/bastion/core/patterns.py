"""Regular expressions matched in linear time (RE2): one pass says which match, then locate them.

Python's `re` backtracks, so one careless rule turns a hostile 100 KB message into minutes of CPU.
RE2 runs in time linear in the input for every pattern it accepts, and refuses the constructs
(backreferences, look-around) that would break that promise, so a rule that needs them fails at
import, not in production.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import re2

# RE2's DFA gets this much memory per compiled object. A `Set` whose DFA runs out of memory
# reports "no match", which would fail open, so the budget is generous and the ReDoS test checks
# that the one-pass answer agrees with the per-pattern answer on hostile input.
_MAX_MEM = 64 << 20


# Lone surrogates (legal in a Python str, e.g. from JSON "\\ud800") cannot be encoded as UTF-8;
# each is replaced by U+FFFD, which keeps every offset, instead of failing the check.
_SURROGATE = re.compile("[\ud800-\udfff]")


def scannable(text: str) -> str:
    """`text` with lone surrogates replaced one for one, so it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _options() -> Any:
    options = re2.Options()
    options.max_mem = _MAX_MEM
    options.log_errors = False
    return options


@dataclass(frozen=True, slots=True)
class Match:
    """One match: the span of the whole match and of the value (group 1, when present)."""

    start: int
    end: int
    value_start: int
    value_end: int


class Pattern:
    """One linear-time regular expression over `str`, with `str` offsets.

    Group 1, when the pattern has one, marks the sensitive value inside a match.
    """

    __slots__ = ("_has_group", "_regexp", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self._regexp = re2.compile(source, _options())
        except re2.error as exc:
            raise ValueError(f"pattern is not valid RE2: {source!r}") from exc
        self._has_group = self._regexp.groups >= 1

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """The span of the leftmost match at or after `pos`, or None."""
        match = self._regexp.search(scannable(text), pos)
        if match is None:
            return None
        return cast(tuple[int, int], match.span())

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the successive non-overlapping matches."""
        for match in self._regexp.finditer(scannable(text)):
            yield cast(tuple[int, int], match.span())

    def finditer(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, left to right, with the value span of group 1 if any."""
        for found in self._regexp.finditer(scannable(text)):
            start, end = found.span()
            if self._has_group and found.start(1) >= 0:
                value_start, value_end = found.span(1)
            else:
                value_start, value_end = start, end
            yield Match(start=start, end=end, value_start=value_start, value_end=value_end)

    def groups(self, text: str) -> Iterator[tuple[tuple[int, int], str]]:
        """Each match's span with its text."""
        for match in self._regexp.finditer(scannable(text)):
            yield cast(tuple[int, int], match.span()), cast(str, match.group(0))


class PatternSet:
    """Many patterns compiled into one automaton: `matching` answers in a single scan."""

    __slots__ = ("_set", "patterns")

    def __init__(self, sources: Sequence[str]) -> None:
        self.patterns = tuple(Pattern(source) for source in sources)
        self._set = re2.Set.SearchSet(_options())
        for source in sources:
            self._set.Add(source)
        if sources:
            self._set.Compile()

    @property
    def size(self) -> int:
        return len(self.patterns)

    def matching(self, text: str) -> tuple[int, ...]:
        """Indices of the patterns that match somewhere in `text`, ascending."""
        if not self.patterns:
            return ()
        found = self._set.Match(scannable(text).encode("utf-8"))
        if not found:
            return ()
        return tuple(sorted(cast(list[int], found)))


class Claims:
    """Non-overlapping stretches of one text, first come first served.

    Detectors let the most specific rule claim a value; a lookup costs O(log n), so a text with
    thousands of candidate values stays near-linear rather than quadratic.
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
