"""Prompt-injection detector: the rules of `injection_rules` plus the shipped linear classifier.

Every rule that matches is a finding with the rule's code, severity and score. The classifier
(see `injection_model`) scores the whole text, with the matched rule ids as extra features, and is
a finding (`injection.classifier`, high severity) when its probability reaches the threshold:
`DEFAULT_THRESHOLD`, the value `scripts/train_injection.py` chose by cross-validation so that at
most 1.5 % of each benign source is flagged out of fold. A lower threshold catches more, at the
price of more false positives.

Direction matters: in a tool result or a retrieved document there is no user to speak for, so any
instruction-like text is an indirect injection; those findings carry `injection.indirect` and name
the rule's own kind in the message.
"""

from __future__ import annotations

from collections.abc import Iterator

from bastion.core.rules import RuleTable
from bastion.core.types import Check, Direction, Finding, Severity, Span, Subject
from bastion.detectors.injection_model import InjectionModel, load_model
from bastion.detectors.injection_rules import INDIRECT, RULES

__all__ = ["CLASSIFIER", "DEFAULT_THRESHOLD", "RULES", "injection_check"]

CLASSIFIER = "injection.classifier"
_UNTRUSTED = frozenset({Direction.TOOL_RESULT, Direction.RETRIEVAL})
_MODEL = load_model()
DEFAULT_THRESHOLD = _MODEL.threshold


def injection_check(
    *, threshold: float = DEFAULT_THRESHOLD, model: InjectionModel | None = None
) -> Check:
    """A check finding prompt injection; `threshold` applies to the classifier probability."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be within (0, 1]")
    table = RuleTable(RULES)
    classifier = model if model is not None else _MODEL

    def check(subject: Subject) -> Iterator[Finding]:
        text = subject.text
        untrusted = subject.direction in _UNTRUSTED
        hits = table.hits(text)
        for hit in hits:
            rule = hit.rule
            yield Finding(
                code=INDIRECT if untrusted else rule.code,
                severity=_raised(rule.severity) if untrusted else rule.severity,
                message=f"{rule.message} ({rule.code})" if untrusted else rule.message,
                span=Span(hit.start, hit.end),
                score=rule.score,
            )
        probability = classifier.score(text, (hit.rule.id for hit in hits))
        if probability >= threshold:
            yield Finding(
                code=INDIRECT if untrusted else CLASSIFIER,
                severity=Severity.HIGH,
                message="the injection classifier scores the text above its threshold",
                span=Span(0, len(text)),
                score=round(probability, 4),
            )

    return check


def _raised(severity: Severity) -> Severity:
    # Instructions inside data the user never wrote are worth one step more than in a chat.
    return Severity.HIGH if severity.rank < Severity.HIGH.rank else severity
