"""Detect, decide and act in one call: the `Subject -> Verdict` the server and tool runner use."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType

from bastion.core.pipeline import Pipeline
from bastion.core.policy import Policy, lookup
from bastion.core.redaction import Strategy, redact
from bastion.core.types import Action, Direction, Finding, Subject, Verdict

# Medium-sensitivity values and network identifiers are recognisable but not usable once partly
# masked; everything else (cards, national ids, SSNs, IBANs, secrets) is replaced outright.
DEFAULT_STRATEGIES: Mapping[str, Strategy] = MappingProxyType(
    {
        "pii.email": Strategy.PARTIAL,
        "pii.phone": Strategy.PARTIAL,
        "pii.ip_address": Strategy.PARTIAL,
        "pii.mac_address": Strategy.PARTIAL,
    }
)


class Guard:
    """Run the checks, let the policy decide and, when it says REDACT, rewrite the text.

    Only the findings whose own action is REDACT are cut out. `strategies` maps code prefixes
    (optionally `direction:prefix`, as in `Policy.by_code`) to a redaction strategy; anything
    unmapped is masked. `key` keys the pseudonyms and should be the instance's secret key.
    """

    def __init__(
        self,
        *,
        pipeline: Pipeline,
        policy: Policy,
        key: bytes,
        strategies: Mapping[str, Strategy] = DEFAULT_STRATEGIES,
    ) -> None:
        if not key:
            raise ValueError("the redaction key must not be empty")
        self._pipeline = pipeline
        self._policy = policy
        self._key = key
        self._strategies = MappingProxyType(dict(strategies))

    def __call__(self, subject: Subject) -> Verdict:
        findings = self._pipeline.findings(subject)
        verdict = self._policy.decide(subject, findings)
        if verdict.action is not Action.REDACT:
            return verdict
        direction = subject.direction
        to_cut = [f for f in findings if self._policy.action_on(f, subject) is Action.REDACT]
        text = redact(
            subject.text,
            to_cut,
            strategy_for=lambda finding: self.strategy_for(finding, direction),
            key=self._key,
        )
        return replace(verdict, text=text)

    def strategy_for(self, finding: Finding, direction: Direction) -> Strategy:
        strategy = lookup(self._strategies, finding.code, direction)
        return strategy if isinstance(strategy, Strategy) else Strategy.MASK


# A text this long is checked in a worker thread by `checked` (RE2 lets go of the GIL while it
# matches), so a large or hostile text, up to a few hundred milliseconds of matching for a
# 10,000-character message built to keep the automata busy, does not hold up every other request
# on the event loop. A shorter one is checked inline, where handing it to a thread would cost
# about as much as the check.
OFF_LOOP_CHARS = 4 * 1024


async def checked(guard: Callable[[Subject], Verdict], subject: Subject) -> Verdict:
    """`guard(subject)` from async code: in a worker thread when the text is long."""
    if len(subject.text) >= OFF_LOOP_CHARS:
        return await asyncio.to_thread(guard, subject)
    return guard(subject)
