"""Regular expressions matched in linear time (RE2): one pass says which match, then locate them.

Python's `re` backtracks, so one careless rule turns a hostile 100 KB message into minutes of CPU.
RE2 runs in time linear in the input for every pattern it accepts, and refuses the constructs
(backreferences, look-around) that would break that promise, so a rule that needs them fails at
import, not in production.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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


class Pattern:
    """One linear-time regular expression over `str`, with `str` offsets."""

    __slots__ = ("_regexp", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self._regexp = re2.compile(source, _options())
        except re2.error as exc:
            raise ValueError(f"pattern is not valid RE2: {source!r}") from exc

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

    def matching(self, text: str) -> tuple[int, ...]:
        """Indices of the patterns that match somewhere in `text`, ascending."""
        if not self.patterns:
            return ()
        found = self._set.Match(scannable(text).encode("utf-8"))
        if not found:
            return ()
        return tuple(sorted(cast(list[int], found)))
