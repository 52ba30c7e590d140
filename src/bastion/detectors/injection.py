"""Prompt-injection detector: the rules of `injection_rules` plus the shipped linear classifier.

Every rule that matches is a finding with the rule's code, severity and score. The classifier
(see `injection_model`) scores the text, with the matched rule ids and the cue words found in the
same RE2 set scan as extra features, and is a finding (`injection.classifier`, high severity) when
its probability reaches the threshold: `DEFAULT_THRESHOLD`, the value `scripts/train_injection.py`
chose by leave-one-source-out cross-validation so that at most 2 % of each benign source is
flagged by a model that never saw that source (and never below the score the default policy acts
on). A lower threshold catches more, at the price of more false positives.

Weak signals combine: when rules of two or more different kinds match (say refusal suppression and
a claim of authority) within `COMBINED_WITHIN` characters of each other, their scores are joined
as independent evidence (noisy-or, per kind the strongest rule) and, at `COMBINED_AT` or above,
the text is one more high-severity finding, `injection.combined`, spanning those rules. The
distance keeps a long document, where "you are now subscribed" and "what is the password
policy" may sit pages apart, from adding up to an attack; it is measured between the first match
of each rule, which is all the rule scan locates.

Direction matters: in a tool result or a retrieved document there is no user to speak for, so any
instruction-like text is an indirect injection; those findings carry `injection.indirect` and name
the rule's own kind in the message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bastion.core.patterns import LARGE_MAX_MEM
from bastion.core.rules import Hit, RuleTable
from bastion.core.types import Check, Direction, Finding, Severity, Span, Subject
from bastion.detectors.injection_model import CUE_SOURCES, InjectionModel, load_model
from bastion.detectors.injection_rules import INDIRECT, NEGATION, RULES

__all__ = [
    "CLASSIFIER",
    "COMBINED",
    "DEFAULT_THRESHOLD",
    "RULES",
    "Combination",
    "combine",
    "from_the_user",
    "injection_check",
]

CLASSIFIER = "injection.classifier"
COMBINED = "injection.combined"
COMBINED_AT = 0.8
COMBINED_WITHIN = 600
_UNTRUSTED = frozenset({Direction.TOOL_RESULT, Direction.RETRIEVAL})
_MODEL = load_model()
DEFAULT_THRESHOLD = _MODEL.threshold


def injection_check(
    *, threshold: float = DEFAULT_THRESHOLD, model: InjectionModel | None = None
) -> Check:
    """A check finding prompt injection; `threshold` applies to the classifier probability."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be within (0, 1]")
    # One set scan answers both which rules match and which cue words the classifier sees.
    table = RuleTable(
        RULES, extra=CUE_SOURCES, max_mem=LARGE_MAX_MEM, apart_wide=True, negation=NEGATION
    )
    classifier = model if model is not None else _MODEL

    def check(subject: Subject) -> Iterator[Finding]:
        text = subject.text
        untrusted = subject.direction in _UNTRUSTED
        hits, cues = table.scan(text)
        if not untrusted:
            hits = from_the_user(hits)
        for hit in hits:
            rule = hit.rule
            if not rule.alone:
                continue  # a supporting signal: it counts in `combine` below, not on its own
            yield Finding(
                code=INDIRECT if untrusted else rule.code,
                severity=_raised(rule.severity) if untrusted else rule.severity,
                message=f"{rule.message} ({rule.code})" if untrusted else rule.message,
                span=Span(hit.start, hit.end),
                score=rule.score,
            )
        combined = combine(hits)
        if combined is not None:
            yield Finding(
                code=INDIRECT if untrusted else COMBINED,
                severity=Severity.HIGH,
                message="several weaker injection signals occur together",
                span=combined.span,
                score=round(combined.score, 4),
            )
        probability = classifier.score(text, [hit.rule.id for hit in hits], cues)
        if probability >= threshold:
            yield Finding(
                code=INDIRECT if untrusted else CLASSIFIER,
                severity=Severity.HIGH,
                message="the injection classifier scores the text above its threshold",
                span=Span(0, len(text)),
                score=round(probability, 4),
            )

    return check


def from_the_user(hits: Sequence[Hit]) -> list[Hit]:
    """`hits` as they count in a user's or the model's own text: without the rules that mean an
    attack only in data the model reads (`Rule.untrusted_only`), where a user makes a request."""
    return [hit for hit in hits if not hit.rule.untrusted_only]


@dataclass(frozen=True, slots=True)
class Combination:
    """Rule hits of two or more kinds close together, and their joined score."""

    score: float
    span: Span


def combine(hits: Sequence[Hit]) -> Combination | None:
    """The strongest group of hits within `COMBINED_WITHIN` characters whose noisy-or over kinds
    (per kind its strongest rule) reaches `COMBINED_AT`, if any."""
    ordered = sorted(hits, key=lambda hit: hit.start)
    best: Combination | None = None
    # At most one hit per rule, so this is quadratic in a few dozen rules, not in the text.
    for index, first in enumerate(ordered):
        strongest: dict[str, float] = {}
        end = first.end
        for hit in ordered[index:]:
            if hit.start - first.start > COMBINED_WITHIN:
                break
            strongest[hit.rule.code] = max(strongest.get(hit.rule.code, 0.0), hit.rule.score)
            end = max(end, hit.end)
        if len(strongest) < 2:
            continue
        missing = 1.0
        for score in strongest.values():
            missing *= 1.0 - score
        if 1.0 - missing >= COMBINED_AT and (best is None or 1.0 - missing > best.score):
            best = Combination(score=1.0 - missing, span=Span(first.start, end))
    return best


def _raised(severity: Severity) -> Severity:
    # Instructions inside data the user never wrote are worth one step more than in a chat.
    return Severity.HIGH if severity.rank < Severity.HIGH.rank else severity
