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
# are built. A `Set` whose budget cannot hold the first states of its automaton fails to compile,
# so a budget too small is an error at start-up, never a silent "no match" (a set has no slower
# engine to fall back on, so RE2 checks this when it compiles one; the injection table compiled at
# its smallest viable budget still found every rule on long hostile text). Once compiled, a set
# whose states do not fit flushes and rebuilds them as it reads: still correct, many times
# slower (at 64 MB the secrets prefilter did so on varied text). The ReDoS test checks that the
# one-pass answer agrees with the per-pattern answer on hostile input.
MAX_MEM = 128 << 20
# The injection rules compile to the largest automaton (many languages, case-insensitive);
# on the most varied text there is (every dev corpus, 1.4 MB in 9,500 texts, many languages and
# attacks) its states fill about 280 MB, and with less room it kept rebuilding them: 0.3 ms per
# short message instead of 6 µs.
LARGE_MAX_MEM = 512 << 20
# Room for the shared sets' merged automaton (`one_scan`): it holds the states of every member,
# and on the dev corpora and case files read in turn they fill about 230 MB; at 256 MB it kept
# rebuilding them and a warm pass over those texts took several times longer.
_MERGED_MAX_MEM = LARGE_MAX_MEM

# A set's DFA state is the set of places every pattern may have reached. Patterns with wide
# counted gaps ("up to 60 characters, then a word", several times over) stay open across much of
# a text, so on text that keeps half-matching them (fragments of attacks in many scripts, said
# over and over) their states multiply with everyone else's and the set builds new states at
# nearly every byte: a 10,000-character message of that kind took a second in the injection
# table alone. A set made with `apart_wide=True` reads texts of `_APART_FROM` characters or more
# with two automata, one for the patterns whose counted repetitions reach past `_WIDE_GAPS`
# characters in all and one for the rest: the same answer, a third of the time on such text, at
# the price of a second scan of ordinary long text. Short texts keep the single scan. The two
# parts get half the set's budget each, so the table can hold at most twice its budget in states
# in all (short texts fill the whole set's, long ones the parts').
_WIDE_GAPS = 200
_APART_FROM = 2048
_COUNTED = re.compile(r"\{\d*,(\d+)\}")


def gap_width(source: str) -> int:
    """How many characters the counted repetitions of at least ten in `source` reach, summed."""
    return sum(int(bound) for bound in _COUNTED.findall(source) if int(bound) >= 10)


# A counted repetition ("up to 60 characters") is as many automaton states as its bound, and a
# set's DFA state records which of them every pattern has reached, so on text that keeps starting
# such gaps (attacks, many languages) the states multiply past any memory budget and the set
# rebuilds them as it reads. An open repetition is one state. A set that only screens (its caller
# confirms each answer with the pattern itself, as `RuleTable` does) reads the same patterns with
# their long bounds opened: it may say "maybe" where the bound would say no, never the reverse.
_LONG_COUNT = re.compile(r"(?<!\\)\{(\d*),(\d+)\}")


def loosened(source: str) -> str:
    """`source` with every counted repetition bounded at ten or more left open above
    (`{0,60}` -> `{0,}`): it matches wherever `source` does, and in a set needs far fewer states."""
    return _LONG_COUNT.sub(
        lambda m: f"{{{m.group(1) or 0},}}" if int(m.group(2)) >= 10 else m.group(0), source
    )


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


# The wrapper's `str` interface encodes the whole text again and counts characters from its start
# on every call, so a rule table asked many questions about one long non-ASCII text cost time
# proportional to the text for each question. Instead each text is encoded once (`_prepared`), the
# compiled RE2 object reads the bytes, and byte offsets map back to characters through a sparse
# index. In ASCII text a byte offset is a character offset, so no index is needed.
_UNANCHORED = re2._Anchor.UNANCHORED  # the wrapper's own fast entry point
_NO_MATCH = (-1, -1)
# UTF-8 continuation bytes: deleting them from a stretch of bytes leaves one byte per character.
_CONTINUATION = bytes(range(0x80, 0xC0))
_STRIDE = 256  # characters between two entries of a text's byte-offset index


class _Encoded:
    """A non-ASCII text as RE2 reads it (UTF-8), with character and byte offsets converting."""

    __slots__ = ("_marks", "data", "scanned", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = scannable(text)
        chunks = [
            self.scanned[index : index + _STRIDE].encode("utf-8")
            for index in range(0, len(self.scanned), _STRIDE)
        ]
        # _marks[k] is the byte offset of character k * _STRIDE.
        marks = [0] * len(chunks)
        total = 0
        for index, chunk in enumerate(chunks):
            marks[index] = total
            total += len(chunk)
        self._marks = marks
        self.data = b"".join(chunks)

    def char(self, offset: int) -> int:
        """The character offset of byte `offset` (a character boundary)."""
        if offset <= 0:
            return 0
        marks = self._marks
        index = bisect.bisect_right(marks, offset) - 1
        base = marks[index]
        if base == offset:
            return index * _STRIDE
        return index * _STRIDE + len(self.data[base:offset].translate(None, _CONTINUATION))

    def byte(self, position: int) -> int:
        """The byte offset of character `position` (clamped to the text)."""
        if position <= 0:
            return 0
        if position >= len(self.text):
            return len(self.data)
        index, rest = divmod(position, _STRIDE)
        start = index * _STRIDE
        return self._marks[index] + len(self.scanned[start : start + rest].encode("utf-8"))

    def next_position(self, offset: int) -> int:
        """The byte offset of the character after the one starting at byte `offset`."""
        offset += 1
        data, end = self.data, len(self.data)
        while offset < end and 0x80 <= data[offset] < 0xC0:
            offset += 1
        return offset


# The last few long texts prepared, by identity: the detectors ask many patterns about the same
# few texts (the original and its views) in turn. Each entry keeps its text alive, so an id is
# never reused while it is cached. Short ASCII texts are cheaper to encode than to look up.
_PREPARED: dict[int, tuple[str, bytes, _Encoded | None]] = {}
_PREPARED_SIZE = 8
_PREPARED_LOCK = threading.Lock()
_CACHE_FROM = 2048  # ASCII texts shorter than this are encoded afresh


def _prepared(text: str) -> tuple[bytes, _Encoded | None]:
    """The bytes RE2 reads for `text`, and their offset index (None for ASCII: no need)."""
    if len(text) < _CACHE_FROM and text.isascii():
        return text.encode("ascii"), None
    key = id(text)
    found = _PREPARED.get(key)
    if found is not None and found[0] is text:
        return found[1], found[2]
    if text.isascii():
        data, encoded = text.encode("ascii"), None
    else:
        encoded = _Encoded(text)
        data = encoded.data
    with _PREPARED_LOCK:  # evict and insert as one step, so threads cannot grow the cache
        while len(_PREPARED) >= _PREPARED_SIZE:
            del _PREPARED[next(iter(_PREPARED))]
        _PREPARED[key] = (text, data, encoded)
    return data, encoded


class Pattern:
    """One linear-time regular expression over `str`, with `str` offsets.

    Group 1, when the pattern has one, marks the sensitive value inside a match.
    """

    __slots__ = ("_has_group", "_raw", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            compiled = re2.compile(source, _options())
        except re2.error as exc:
            raise ValueError(f"pattern is not valid RE2: {source!r}") from exc
        self._has_group = compiled.groups >= 1
        self._raw = compiled._regexp  # see _UNANCHORED

    def _matches(self, data: bytes, encoded: _Encoded | None) -> Iterator[list[tuple[int, int]]]:
        """Byte spans (whole match, then groups) of the successive matches in `data`."""
        # The same stepping as the wrapper's `finditer`: after an empty match, one character on.
        pos, end = 0, len(data)
        match = self._raw.Match
        while True:
            spans = match(_UNANCHORED, data, pos, end)
            if spans[0] == _NO_MATCH:
                return
            yield spans
            if pos == end:
                return
            if pos != spans[0][1]:
                pos = spans[0][1]
            else:
                pos = pos + 1 if encoded is None else encoded.next_position(pos)

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """The span of the leftmost match at or after `pos`, or None."""
        data, encoded = _prepared(text)
        start = max(0, min(pos, len(text))) if encoded is None else encoded.byte(pos)
        spans = self._raw.Match(_UNANCHORED, data, start, len(data))
        if spans[0] == _NO_MATCH:
            return None
        if encoded is None:  # ASCII: byte offsets are character offsets
            return cast(tuple[int, int], spans[0])
        return encoded.char(spans[0][0]), encoded.char(spans[0][1])

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the successive non-overlapping matches."""
        data, encoded = _prepared(text)
        if encoded is None:
            for spans in self._matches(data, None):
                yield spans[0]
            return
        char = encoded.char
        for spans in self._matches(data, encoded):
            yield char(spans[0][0]), char(spans[0][1])

    def finditer(self, text: str) -> Iterator[Match]:
        """Non-overlapping matches, left to right, with the value span of group 1 if any."""
        data, encoded = _prepared(text)
        char = None if encoded is None else encoded.char
        group = 1 if self._has_group else 0
        for spans in self._matches(data, encoded):
            (start, end), (value_start, value_end) = spans[0], spans[group]
            if value_start < 0:  # group 1 took no part
                value_start, value_end = start, end
            if char is not None:
                start, end = char(start), char(end)
                value_start, value_end = char(value_start), char(value_end)
            yield Match(start=start, end=end, value_start=value_start, value_end=value_end)

    def value_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The value span (group 1 when it took part, else the whole match) of each match."""
        data, encoded = _prepared(text)
        char = None if encoded is None else encoded.char
        group = 1 if self._has_group else 0
        for spans in self._matches(data, encoded):
            start, end = spans[group]
            if start < 0:  # group 1 took no part
                start, end = spans[0]
            yield (start, end) if char is None else (char(start), char(end))

    def groups(self, text: str) -> Iterator[tuple[tuple[int, int], str]]:
        """Each match's span with its text."""
        for start, end in self.spans(text):
            yield (start, end), text[start:end]


def _data(text: str) -> bytes:
    return _prepared(text)[0]


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

    __slots__ = ("_parts", "_raw", "_set", "_slot", "patterns")

    def __init__(
        self,
        sources: Sequence[str],
        *,
        shared: bool = False,
        max_mem: int = MAX_MEM,
        apart_wide: bool = False,
        screen: Sequence[str] | None = None,
    ) -> None:
        self.patterns = tuple(Pattern(source) for source in sources)
        # `screen`: what the automaton reads instead of `sources`, one for one (say `loosened`
        # ones); `matching` then answers which patterns may match, for the caller to confirm.
        screened = screen is not None and list(screen) != list(sources)
        if screen is None:
            screen = sources
        elif len(screen) != len(sources):
            raise ValueError("a screen needs one source per pattern")
        self._set = _compiled_set(screen, max_mem)
        self._raw = self._set._set  # see _UNANCHORED
        self._slot = _GROUP.join(screen) if shared and screen else None
        # Texts of `_APART_FROM` characters or more are read by `_parts`: automata compiled from
        # the patterns as written, each with the index in `sources` of each of its patterns.
        # With `apart_wide` (see `_WIDE_GAPS`) the wide patterns and the rest are two; for a
        # screened set, all of them are one. A screen pays off on many short, varied texts; on a
        # long text built to half-match everything it builds more states than the exact set and
        # names more patterns, each then confirmed by a search of its own.
        self._parts: tuple[tuple[Any, tuple[int, ...]], ...] | None = None
        if apart_wide and not shared:
            widths = [gap_width(source) for source in sources]
            wide = tuple(i for i, width in enumerate(widths) if width > _WIDE_GAPS)
            rest = tuple(i for i, width in enumerate(widths) if width <= _WIDE_GAPS)
            if wide and rest:
                self._parts = tuple(
                    (_compiled_set([sources[i] for i in part], max_mem // 2)._set, part)
                    for part in (wide, rest)
                )
        if self._parts is None and screened and not shared:
            self._parts = ((_compiled_set(sources, max_mem)._set, tuple(range(len(sources)))),)

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
        """Indices of the patterns that match somewhere in `text` (with a `screen`: that may
        match), ascending."""
        if not self.patterns:
            return ()
        shared = self.merged(text)
        if shared is not None:
            return shared
        if self._parts is not None and len(text) >= _APART_FROM:
            data = _data(text)
            return tuple(
                sorted(
                    part[index]
                    for compiled, part in self._parts
                    for index in cast(list[int], compiled.Match(data) or ())
                )
            )
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
