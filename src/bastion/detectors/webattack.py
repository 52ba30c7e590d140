"""Web-attack detector: SQL injection, XSS, path traversal, shell injection and SSRF, scored.

Each matching rule of `webattack_rules` is a signal with a weight; a family's score is the
noisy-or of its signals, `1 - prod(1 - w)`, so one weak signal stays low and several add up.

Direction decides what the score means. In tool arguments, and in any subject whose metadata
marks it as a request field (`metadata["field"]`), the text is about to reach an interpreter, so a
score of at least `block_at` is a high-severity finding. In a chat message or a document people
talk *about* SQL, HTML and shells; there the score is halved and a finding is at most medium, so
the default policy reports it without blocking. Scores below `report_at` are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from bastion.core.rules import Hit, RuleTable
from bastion.core.types import Check, Direction, Finding, Severity, Span, Subject
from bastion.detectors.webattack_rules import FAMILY_MESSAGES, RULES

__all__ = ["REQUEST_FIELD", "RULES", "webattack_check"]

REQUEST_FIELD = "field"
_TALK_DISCOUNT = 0.5


def webattack_check(*, block_at: float = 0.7, report_at: float = 0.3) -> Check:
    """A check finding web-attack payloads; `block_at` is the score that makes a finding high."""
    if not 0.0 < report_at <= block_at <= 1.0:
        raise ValueError("need 0 < report_at <= block_at <= 1")
    table = RuleTable(RULES)

    def check(subject: Subject) -> Iterator[Finding]:
        hits = table.hits(subject.text)
        if not hits:
            return
        interpreted = subject.direction is Direction.TOOL_ARGS or REQUEST_FIELD in subject.metadata
        families: dict[str, list[Hit]] = {}
        for hit in hits:
            families.setdefault(hit.rule.code, []).append(hit)
        for code, found in families.items():
            miss = 1.0
            for hit in found:
                miss *= 1.0 - hit.rule.score
            score = 1.0 - miss
            if not interpreted:
                score *= _TALK_DISCOUNT
            if score < report_at:
                continue
            if interpreted:
                severity = Severity.HIGH if score >= block_at else Severity.MEDIUM
            else:
                severity = Severity.MEDIUM if score >= block_at * _TALK_DISCOUNT else Severity.LOW
            yield Finding(
                code=code,
                severity=severity,
                message=f"{FAMILY_MESSAGES[code]} ({len(found)} signal(s))",
                span=Span(min(h.start for h in found), max(h.end for h in found)),
                score=round(score, 4),
            )

    return check
