"""Detector rules as data: a pattern, its meaning, and examples it must and must not match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bastion.core.patterns import MAX_MEM, Pattern, PatternSet, loosened
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
    # True for a rule whose match, right after a negation ("don't ignore the instructions
    # above"), says the opposite: such a match does not count, a later one still does. The table
    # is given the negation pattern (`RuleTable(negation=...)`).
    negatable: bool = False

    def __post_init__(self) -> None:
        # A rule without both kinds of example cannot be shown to work, so it cannot ship.
        if not self.examples or not self.counterexamples:
            raise ValueError(f"rule {self.id!r} needs examples and counterexamples")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"rule {self.id!r} score must be within [0, 1]")


_NEGATION_WINDOW = 24
_NEGATED_AT_MOST = 4


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

    __slots__ = ("_negation", "_patterns", "_set", "rules")

    def __init__(
        self,
        rules: Sequence[Rule],
        *,
        extra: Sequence[str] = (),
        shared: bool = False,
        max_mem: int = MAX_MEM,
        apart_wide: bool = False,
        negation: str | None = None,
    ) -> None:
        ids = [rule.id for rule in rules]
        if len(set(ids)) != len(ids):
            raise ValueError("rule ids must be unique")
        self.rules = tuple(rules)
        # `shared`: the set joins the merged scan of `patterns.one_scan`; `max_mem`: the DFA's
        # memory budget; `apart_wide`: long texts are read in two scans (see `PatternSet`).
        sources = [rule.pattern for rule in rules] + list(extra)
        # Every rule the set names is confirmed by its own pattern (`scan`), so the set reads the
        # rules `loosened`, which keeps its automaton small on varied text; the extra patterns
        # are answered by the set alone and stay as written. A shared table rides in the merged
        # scan as written: loosened, that automaton still needed its whole budget on varied
        # text, and it has no exact automaton for long hostile texts.
        screen = None if shared else [loosened(rule.pattern) for rule in rules] + list(extra)
        self._set = PatternSet(
            sources, shared=shared, max_mem=max_mem, apart_wide=apart_wide, screen=screen
        )
        self._patterns: tuple[Pattern, ...] = self._set.patterns
        # `negation`: matches the end of the text before a `negatable` rule's match when that
        # match is negated ("... don't " before "ignore the instructions above"); it is asked
        # only when a word stands right before the match. Without one, a negatable rule counts
        # wherever it matches.
        self._negation = None if negation is None else Pattern(negation)

    def hits(self, text: str) -> list[Hit]:
        """Each matching rule once, with the span of its leftmost match (for a `negatable` rule,
        its leftmost match that does not follow a negation)."""
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
            rule = self.rules[index]
            pattern = self._patterns[index]
            if rule.negatable and self._negation is not None:
                span = _first_not_negated(pattern, self._negation, text)
            else:
                span = pattern.search(text)
            if span is not None:
                found.append(Hit(rule=rule, start=span[0], end=span[1]))
        return found, extra

    def pattern(self, rule: Rule) -> Pattern:
        """The compiled pattern of one of this table's rules."""
        return self._patterns[self.rules.index(rule)]


def _first_not_negated(pattern: Pattern, negation: Pattern, text: str) -> tuple[int, int] | None:
    for count, (start, end) in enumerate(pattern.spans(text)):
        # Past a few negated matches the rule counts anyway: no message says "don't ignore the
        # instructions above" again and again, and padding one with them must neither hide an
        # order nor make the scan read every match.
        if count >= _NEGATED_AT_MOST or not _negated(negation, text, start):
            return start, end
    return None


def _negated(negation: Pattern, text: str, start: int) -> bool:
    # A few words back are enough for "do not", "never", "nie"; the window keeps the check short
    # whatever the length of the text. A negation is a word right before the match, so a match
    # that opens the text or follows a full stop needs no search.
    window = text[max(0, start - _NEGATION_WINDOW) : start]
    if not window.rstrip()[-1:].isalpha():
        return False
    return negation.search(window) is not None


# What people type, or their keyboards and editors put, where a rule's pattern says ' or ":
# right and left single quotes (phones and word processors turn "don't" into "don’t"), the
# modifier-letter apostrophe, the prime, the acute accent and the backtick (common stand-ins on
# European keyboards), and the curly and low double quotes.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032\u00b4`"
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f'


def typographic(pattern: str) -> str:
    """`pattern` with every ' and " also matching their typographic forms (`APOSTROPHES`,
    `DOUBLE_QUOTES`), inside character classes and out.

    A rule written with "don'?t" or "you're" then reads "don’t" and "you’re" in the text as it
    came, with no extra normalised view of every message that holds a curly apostrophe.
    """
    forms = {"'": APOSTROPHES, '"': DOUBLE_QUOTES}
    out: list[str] = []
    in_class = False
    class_start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        step = 1
        if char == "\\" and index + 1 < len(pattern):
            step = 2
            char = pattern[index + 1]
            if char not in forms:  # \' and \" are the plain characters; other escapes stay
                out.append(pattern[index : index + 2])
                index += 2
                continue
        if in_class:
            if char in forms:
                before = pattern[index - 1] if index > class_start else ""
                after = pattern[index + step : index + step + 2]
                if before == "-" or (after[:1] == "-" and after[1:] not in ("", "]")):
                    raise ValueError(f"a quote at either end of a range in {pattern!r}")
                out.append(forms[char])
            elif char == "[" and pattern.startswith("[:", index):
                end = pattern.index(":]", index) + 2  # a POSIX class such as [:alpha:]
                out.append(pattern[index:end])
                index = end
                continue
            elif char == "]" and index > class_start:
                in_class = False
                out.append(char)
            else:
                out.append(char)
        elif char == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a literal member, not the end of the class.
            class_start = index + (2 if pattern.startswith("[^", index) else 1)
            out.append(pattern[index:class_start])
            index = class_start
            continue
        elif char in forms:
            out.append(f"[{forms[char]}]")
        else:
            out.append(char)
        index += step
    return "".join(out)


def with_typographic(rule: Rule) -> Rule:
    """`rule` with its pattern made `typographic`; examples and counterexamples stay as written."""
    return replace(rule, pattern=typographic(rule.pattern))
