"""Run named checks over a subject and let a policy decide; a failing check blocks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from bastion.core.patterns import one_scan
from bastion.core.policy import CHECK_FAILED as CHECK_FAILED
from bastion.core.policy import Policy
from bastion.core.types import Check, Finding, Severity, Subject, Verdict

Decider = Callable[[Subject, tuple[Finding, ...]], Verdict]


class Pipeline:
    """An ordered set of named checks plus the policy that turns their findings into a verdict."""

    def __init__(self, *, checks: Mapping[str, Check], policy: Policy | None = None) -> None:
        self._checks = MappingProxyType(dict(checks))
        self._policy = policy if policy is not None else Policy()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._checks)

    def findings(self, subject: Subject) -> tuple[Finding, ...]:
        """Every finding of every check; a check that raises yields one critical finding."""
        found: list[Finding] = []
        # The checks' shared pattern sets read the subject's text in one merged scan.
        with one_scan(subject.text):
            for name, check in self._checks.items():
                try:
                    found.extend(_materialise(check(subject)))
                except Exception:  # noqa: BLE001 - any failure inside a check must deny, not escape
                    # The exception text may quote the input, so it stays out of the message.
                    found.append(
                        Finding(
                            code=CHECK_FAILED,
                            severity=Severity.CRITICAL,
                            message=f"check {name!r} failed; the subject is refused",
                        )
                    )
        return tuple(found)

    def run(self, subject: Subject) -> Verdict:
        """Check the subject and decide what to do with it."""
        return self._policy.decide(subject, self.findings(subject))


def _materialise(found: Iterable[Finding]) -> list[Finding]:
    items = list(found)
    for item in items:
        if not isinstance(item, Finding):
            raise TypeError("a check must yield Finding objects")
    return items
