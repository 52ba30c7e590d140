"""Detector rules as data: a pattern, its meaning, and examples it must and must not match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bastion.core.patterns import MAX_MEM, Pattern, PatternSet
from bastion.core.types import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern rule. `examples` must match and `counterexamples` must not (tests run both)."""

    id: str
    code: str
    pattern: str
    severity: Severity
    score: float
    message: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    # False for a supporting signal: it counts only together with other rules (a detector's
    # combination of hits), never as a finding of its own, because alone it is ordinary text.
    alone: bool = True
    # True for a rule that means an attack only in data the model reads (a tool result, a
    # retrieved document): there a line that steers the reply is planted; from the user it is a
    # request. A detector reading a user's or the model's own text leaves such a rule out.
    untrusted_only: bool = False

    def __post_init__(self) -> None:
        # A rule without both kinds of example cannot be shown to work, so it cannot ship.
        if not self.examples or not self.counterexamples:
            raise ValueError(f"rule {self.id!r} needs examples and counterexamples")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"rule {self.id!r} score must be within [0, 1]")


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that matched, and where its first match lies."""

    rule: Rule
    start: int
    end: int


class RuleTable:
    """Rules compiled into one RE2 set: a single scan, then only the matching rules locate.

    `extra` patterns ride in the same set, so a caller that also needs to know which of them
    occur (say a classifier's cue words) pays for one scan, not two.
    """

    __slots__ = ("_patterns", "_set", "rules")

    def __init__(
        self,
        rules: Sequence[Rule],
        *,
        extra: Sequence[str] = (),
        shared: bool = False,
        max_mem: int = MAX_MEM,
        apart_wide: bool = False,
    ) -> None:
        ids = [rule.id for rule in rules]
        if len(set(ids)) != len(ids):
            raise ValueError("rule ids must be unique")
        self.rules = tuple(rules)
        # `shared`: the set joins the merged scan of `patterns.one_scan`; `max_mem`: the DFA's
        # memory budget; `apart_wide`: long texts are read in two scans (see `PatternSet`).
        sources = [rule.pattern for rule in rules] + list(extra)
        self._set = PatternSet(sources, shared=shared, max_mem=max_mem, apart_wide=apart_wide)
        self._patterns: tuple[Pattern, ...] = self._set.patterns

    def hits(self, text: str) -> list[Hit]:
        """Each matching rule once, with the span of its leftmost match."""
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[Hit], list[int]]:
        """The rule hits, and the indices (into `extra`) of the extra patterns that occur."""
        found = []
        extra = []
        size = len(self.rules)
        for index in self._set.matching(text):
            if index >= size:
                extra.append(index - size)
                continue
            span = self._patterns[index].search(text)
            if span is not None:
                found.append(Hit(rule=self.rules[index], start=span[0], end=span[1]))
        return found, extra

    def pattern(self, rule: Rule) -> Pattern:
        """The compiled pattern of one of this table's rules."""
        return self._patterns[self.rules.index(rule)]
