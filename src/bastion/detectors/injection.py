"""Prompt-injection detector: the rules of `injection_rules` plus the shipped linear classifier.

Every rule that matches is a finding with the rule's code, severity and score. The classifier
(see `injection_model`) scores the text, with the matched rule ids and the cue words found in the
same RE2 set scan as extra features, and is a finding (`injection.classifier`, high severity) when
its probability reaches the threshold: `DEFAULT_THRESHOLD`, the value `scripts/train_injection.py`
chose by leave-one-source-out cross-validation so that at most 2 % of each benign source is
flagged by a model that never saw that source (and never below the score the default policy acts
on). A lower threshold catches more, at the price of more false positives.

Weak signals combine: when rules of two or more different kinds match (say refusal suppression and
a claim of authority), their scores are joined as independent evidence (noisy-or, per kind the
strongest rule) and, at `COMBINED_AT` or above, the text is one more high-severity finding,
`injection.combined`, spanning the matched rules.

Direction matters: in a tool result or a retrieved document there is no user to speak for, so any
instruction-like text is an indirect injection; those findings carry `injection.indirect` and name
the rule's own kind in the message.
"""

from __future__ import annotations

from collections.abc import Iterator

from bastion.core.patterns import PatternSet
from bastion.core.rules import Hit
from bastion.core.types import Check, Direction, Finding, Severity, Span, Subject
from bastion.detectors.injection_model import CUE_SOURCES, InjectionModel, load_model
from bastion.detectors.injection_rules import INDIRECT, RULES

__all__ = ["CLASSIFIER", "COMBINED", "DEFAULT_THRESHOLD", "RULES", "injection_check"]

CLASSIFIER = "injection.classifier"
COMBINED = "injection.combined"
COMBINED_AT = 0.8
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
    scan = PatternSet([rule.pattern for rule in RULES] + list(CUE_SOURCES))
    patterns = scan.patterns
    size = len(RULES)
    classifier = model if model is not None else _MODEL

    def check(subject: Subject) -> Iterator[Finding]:
        text = subject.text
        untrusted = subject.direction in _UNTRUSTED
        matched = scan.matching(text)
        hits = []
        for index in matched:
            span = patterns[index].search(text) if index < size else None
            if span is not None:
                hits.append(Hit(rule=RULES[index], start=span[0], end=span[1]))
        cues = [index - size for index in matched if index >= size]
        for hit in hits:
            rule = hit.rule
            yield Finding(
                code=INDIRECT if untrusted else rule.code,
                severity=_raised(rule.severity) if untrusted else rule.severity,
                message=f"{rule.message} ({rule.code})" if untrusted else rule.message,
                span=Span(hit.start, hit.end),
                score=rule.score,
            )
        combined = _combined(hits)
        if combined is not None:
            yield Finding(
                code=INDIRECT if untrusted else COMBINED,
                severity=Severity.HIGH,
                message="several weaker injection signals occur together",
                span=Span(min(hit.start for hit in hits), max(hit.end for hit in hits)),
                score=round(combined, 4),
            )
        probability = classifier.score(text, (hit.rule.id for hit in hits), cues)
        if probability >= threshold:
            yield Finding(
                code=INDIRECT if untrusted else CLASSIFIER,
                severity=Severity.HIGH,
                message="the injection classifier scores the text above its threshold",
                span=Span(0, len(text)),
                score=round(probability, 4),
            )

    return check


def _combined(hits: list[Hit]) -> float | None:
    """The noisy-or of the strongest rule of each kind, when two kinds reach `COMBINED_AT`."""
    strongest: dict[str, float] = {}
    for hit in hits:
        strongest[hit.rule.code] = max(strongest.get(hit.rule.code, 0.0), hit.rule.score)
    if len(strongest) < 2:
        return None
    missing = 1.0
    for score in strongest.values():
        missing *= 1.0 - score
    return 1.0 - missing if 1.0 - missing >= COMBINED_AT else None


def _raised(severity: Severity) -> Severity:
    # Instructions inside data the user never wrote are worth one step more than in a chat.
    return Severity.HIGH if severity.rank < Severity.HIGH.rank else severity
