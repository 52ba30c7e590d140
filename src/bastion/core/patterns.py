"""Regular expressions matched in linear time (RE2): one pass says which match, then locate them.

Python's `re` backtracks, so one careless rule turns a hostile 100 KB message into minutes of CPU.
RE2 runs in time linear in the input for every pattern it accepts, and refuses the constructs
(backreferences, look-around) that would break that promise, so a rule that needs them fails at
import, not in production.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import re2

# RE2's DFA gets at most this much memory per compiled object; it is allocated only as states
# are built. A `Set` whose DFA runs out of memory reports "no match", which would fail open, so
# the budget is generous and the ReDoS test checks that the one-pass answer agrees with the
# per-pattern answer on hostile input. A set whose states do not fit rebuilds them over and over
# (still correct, many times slower): at 64 MB the secrets prefilter did so on varied text.
MAX_MEM = 128 << 20
# The injection rules compile to the largest automaton (many languages, case-insensitive);
# on the most varied text there is (every dev corpus, 1.4 MB in 9,500 texts, many languages and
# attacks) its states fill about 280 MB, and with less room it kept rebuilding them: 0.3 ms per
# short message instead of 6 µs.
LARGE_MAX_MEM = 512 << 20
# Room for the shared sets' merged automaton (`one_scan`): it holds the states of every member.
_MERGED_MAX_MEM = 2 * MAX_MEM


# Lone surrogates (legal in a Python str, e.g. from JSON "\\ud800") cannot be encoded as UTF-8;
# each is replaced by U+FFFD, which keeps every offset, instead of failing the check.
_SURROGATE = re.compile("[\ud800-\udfff]")


def scannable(text: str) -> str:
    """`text` with lone surrogates replaced one for one, so it encodes as UTF-8."""
    if text.isascii():  # O(1) in CPython: the string records it
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _options(max_mem: int = MAX_MEM) -> Any:
    options = re2.Options()
    options.max_mem = max_mem
    options.log_errors = False
    return options


@dataclass(frozen=True, slots=True)
class Match:
    """One match: the span of the whole match and of the value (group 1, when present)."""

    start: int
    end: int
    value_start: int
    value_end: int


# The wrapper's `str` interface re-encodes the text and maps byte offsets back to characters on
# every call, which costs more than the matching on a short text. In ASCII text a byte offset is
# a character offset, so ASCII text goes straight to the compiled RE2 object instead.
_UNANCHORED = re2._Anchor.UNANCHORED  # the wrapper's own fast entry point
_NO_MATCH = (-1, -1)


class Pattern:
    """One linear-time regular expression over `str`, with `str` offsets.

    Group 1, when the pattern has one, marks the sensitive value inside a match.
    """

    __slots__ = ("_has_group", "_raw", "_regexp", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self._regexp = re2.compile(source, _options())
        except re2.error as exc:
            raise ValueError(f"pattern is not valid RE2: {source!r}") from exc
        self._has_group = self._regexp.groups >= 1
        self._raw = self._regexp._regexp  # see _UNANCHORED

    def _ascii_matches(self, data: bytes, pos: int = 0) -> Iterator[list[tuple[int, int]]]:
        """Group spans of successive matches in ASCII `data` (byte and character offsets agree)."""
        # The same stepping as the wrapper's `finditer`, so both paths yield the same matches.
        end = len(data)
        match = self._raw.Match
        while True:
            spans = match(_UNANCHORED, data, pos, end)
            if spans[0] == _NO_MATCH:
                return
            yield spans
            if pos == end:
                return
            pos = pos + 1 if pos == spans[0][1] else spans[0][1]

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """The span of the leftmost match at or after `pos`, or None."""
        if text.isascii():
            start = max(0, min(pos, len(text)))
            spans = self._raw.Match(_UNANCHORED, text.encode("ascii"), start, len(text))
            return None if spans[0] == _NO_MATCH else cast(tuple[int, int], spans[0])
        match = self._regexp.search(scannable(text), pos)
        if match is None:
            return None
        return cast(tuple[int, int], match.span())

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the successive non-overlapping matches."""
        if text.isascii():
            for spans in self._ascii_matches(text.encode("ascii")):
                yield spans[0]
            return
        for match in self._regexp.finditer(scannable(text)):
            yield cast(tuple[int, int], match.span())

    def finditer(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, left to right, with the value span of group 1 if any."""
        if text.isascii():
            for spans in self._ascii_matches(text.encode("ascii")):
                start, end = spans[0]
                if self._has_group and spans[1][0] >= 0:
                    value_start, value_end = spans[1]
                else:
                    value_start, value_end = start, end
                yield Match(start=start, end=end, value_start=value_start, value_end=value_end)
            return
        for found in self._regexp.finditer(scannable(text)):
            start, end = found.span()
            if self._has_group and found.start(1) >= 0:
                value_start, value_end = found.span(1)
            else:
                value_start, value_end = start, end
            yield Match(start=start, end=end, value_start=value_start, value_end=value_end)

    def value_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The value span (group 1 when it took part, else the whole match) of each match."""
        if text.isascii():
            has_group = self._has_group
            for spans in self._ascii_matches(text.encode("ascii")):
                yield spans[1] if has_group and spans[1][0] >= 0 else spans[0]
            return
        for match in self.finditer(text):
            yield match.value_start, match.value_end

    def groups(self, text: str) -> Iterator[tuple[tuple[int, int], str]]:
        """Each match's span with its text."""
        if text.isascii():
            for spans in self._ascii_matches(text.encode("ascii")):
                start, end = spans[0]
                yield (start, end), text[start:end]
            return
        for match in self._regexp.finditer(scannable(text)):
            yield cast(tuple[int, int], match.span()), cast(str, match.group(0))


def _data(text: str) -> bytes:
    return text.encode("ascii") if text.isascii() else scannable(text).encode("utf-8")


def _compiled_set(sources: Sequence[str], max_mem: int = MAX_MEM) -> Any:
    compiled = re2.Set.SearchSet(_options(max_mem))
    for source in sources:
        compiled.Add(source)
    if sources:
        compiled.Compile()
    return compiled


class PatternSet:
    """Many patterns compiled into one automaton: `matching` answers in a single scan.

    A set made with `shared=True` joins the sets that read the same texts (the default
    detectors' smaller tables): inside `one_scan(text)`, the first of them asked about `text`
    scans it once with all their patterns merged, and the others take their answer from that
    scan. Only small sets should join: a merged automaton has more and larger states, and one
    built from the largest tables was slower on varied text than scanning them apart.
    """

    __slots__ = ("_raw", "_set", "_slot", "patterns")

    def __init__(
        self, sources: Sequence[str], *, shared: bool = False, max_mem: int = MAX_MEM
    ) -> None:
        self.patterns = tuple(Pattern(source) for source in sources)
        self._set = _compiled_set(sources, max_mem)
        self._raw = self._set._set  # see _UNANCHORED
        self._slot = _GROUP.join(sources) if shared and sources else None

    @property
    def size(self) -> int:
        return len(self.patterns)

    def merged(self, text: str) -> tuple[int, ...] | None:
        """`matching(text)` when the merged scan of the current `one_scan` block answers it,
        else None (the caller may then prefer a cheaper test of its own)."""
        if self._slot is None or not self.patterns:
            return None
        scan: _Scan | None = getattr(_CURRENT, "scan", None)
        if scan is None or scan.text is not text:
            return None
        return scan.matching(self._slot)

    def matching(self, text: str) -> tuple[int, ...]:
        """Indices of the patterns that match somewhere in `text`, ascending."""
        if not self.patterns:
            return ()
        shared = self.merged(text)
        if shared is not None:
            return shared
        found = self._raw.Match(_data(text))
        if not found:
            return ()
        return tuple(sorted(cast(list[int], found)))


class _Group:
    """The shared sets' patterns, merged into one automaton (rebuilt after a set joins)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[tuple[str, ...], int] = {}
        self._sources: list[str] = []
        self._owners: list[tuple[int, int]] = []
        # (compiled merged set, owner of each merged index, slots it covers), swapped in as one.
        self._merged: tuple[Any, tuple[tuple[int, int], ...], int] | None = None

    def join(self, sources: Sequence[str]) -> int:
        """The slot of the set with these sources (sets with equal sources share one)."""
        key = tuple(sources)
        with self._lock:
            slot = self._slots.get(key)
            if slot is None:
                slot = self._slots[key] = len(self._slots)
                self._owners.extend((slot, index) for index in range(len(key)))
                self._sources.extend(key)
                self._merged = None
            return slot

    def merged(self) -> tuple[Any, tuple[tuple[int, int], ...], int]:
        """The merged automaton (compiled now if a set joined since the last time), the owner
        (slot, index) of each of its patterns, and how many slots it covers."""
        merged = self._merged
        if merged is None:
            with self._lock:
                merged = self._merged
                if merged is None:
                    merged = self._merged = (
                        _compiled_set(self._sources, _MERGED_MAX_MEM)._set,
                        tuple(self._owners),
                        len(self._slots),
                    )
        return merged

    def scan(self, data: bytes) -> tuple[dict[int, tuple[int, ...]], int]:
        """Per slot, the indices of its patterns that match in `data`, ascending; and how many
        slots the merged automaton covered (a set that joined since is not among them)."""
        compiled, owners, covered = self.merged()
        found: dict[int, list[int]] = {}
        for index in sorted(cast(list[int], compiled.Match(data))):
            slot, local = owners[index]
            found.setdefault(slot, []).append(local)
        return {slot: tuple(indices) for slot, indices in found.items()}, covered


_GROUP = _Group()
_CURRENT = threading.local()


def compile_shared() -> None:
    """Compile the shared sets' merged automaton now rather than on the first text read."""
    _GROUP.merged()


class _Scan:
    __slots__ = ("_covered", "_found", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[int, tuple[int, ...]] | None = None
        self._covered = 0

    def matching(self, slot: int) -> tuple[int, ...] | None:
        """The set's answer from the merged scan, or None when the scan did not cover it."""
        if self._found is None:
            self._found, self._covered = _GROUP.scan(_data(self.text))
        if slot >= self._covered:
            return None
        return self._found.get(slot, ())


class one_scan:  # a statement-like context, named like `open`
    """Within this block, the shared pattern sets read `text` in one merged scan.

    The scan runs when the first shared set is asked about `text` (the very same object), so a
    block whose checks ask nothing costs nothing; other texts are scanned set by set as usual.
    Blocks nest, per thread.
    """

    __slots__ = ("_previous", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._previous: list[_Scan | None] = []  # one entry per entry into the block

    def __enter__(self) -> None:
        previous = getattr(_CURRENT, "scan", None)
        self._previous.append(previous)
        # An inner block over the same text keeps the outer block's scan.
        if previous is None or previous.text is not self._text:
            _CURRENT.scan = _Scan(self._text)

    def __exit__(self, *exc: object) -> None:
        _CURRENT.scan = self._previous.pop()


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
