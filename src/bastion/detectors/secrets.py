"""Secrets detector: credentials, keys and tokens, by vendor format or by password-like assignment.

Covered: private key blocks (PEM, OpenSSH, PGP, PuTTY, SSH2, base64-wrapped PEM), Ansible Vault
blocks, JWTs with a decodable header, AWS, GCP, Azure (storage, Service Bus, SAS, Functions, AD,
Container Registry), GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Twilio, SendGrid, npm, PyPI
and Bastion's own `bst_` keys (checksum verified), GitHub and Vercel tokens whose CRC-32 checksum
verifies (reported higher), about a hundred and fifty other vendor prefixes and vendor-named
variables, webhook URLs, tokens of unknown vendors by their prefix-and-random-body shape,
credentials in URLs, query strings, connection strings, .netrc/.pgpass lines, Docker auth,
command-line flags, Authorization and vendor credential headers, session cookies, curl `-u`, and
values assigned to password-like names in env, JSON, YAML, TOML, INI, XML, code and prose that pass
an entropy and placeholder check. Names that say a value is public or a digest (publicKey,
cacheKey, checksum) are skipped. Codes are `secret.<rule>`; messages never quote the value.

Cost: one linear pass of an RE2 set over the text decides which rules can match at all (the
keyword prefilter); only those rules run their own pattern and validator.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bastion.core.patterns import Claims, PatternSet, loosened
from bastion.core.types import Check, Finding, Severity, Span, Subject
from bastion.detectors.secret_rules import MASKED_SCORE, RULES, SecretRule, is_placeholder

__all__ = ["RULES", "SecretRule", "SecretsDetector", "secrets_check"]


# Characters that continue a token: a match bordered by them is part of a longer string (a base64
# blob, a longer identifier), not a token of its own.
_TOKEN_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+")
_TOKEN_BEFORE = _TOKEN_AFTER | {"/"}


class SecretsDetector:
    """Run a secrets rule table over a text; overlapping hits keep the earlier rule in the table."""

    def __init__(self, rules: Sequence[SecretRule] = RULES) -> None:
        self._rules = tuple(rules)
        # The prefilter only says which rules may match (`_candidates` runs each rule's own
        # pattern), so it reads texts under 2 KB through the rules `loosened`: on varied text
        # the exact set kept rebuilding its states. Longer texts it reads as written.
        self._prefilter = PatternSet(
            [rule.pattern for rule in self._rules],
            screen=[loosened(rule.pattern) for rule in self._rules],
        )
        self._patterns = self._prefilter.patterns  # each rule's own pattern, compiled once

    def __call__(self, subject: Subject) -> list[Finding]:
        return self.scan(subject.text)

    def scan(self, text: str) -> list[Finding]:
        taken = Claims()
        findings: list[Finding] = []
        # Whether each (rule, value) is reported, and as masked: a long document repeats the same
        # values, and the validators and the placeholder test depend on the value alone.
        outcomes: dict[tuple[int, str], bool | None] = {}
        for index in self._prefilter.matching(text):
            rule = self._rules[index]
            for start, end in self._candidates(index, text):
                if taken.overlaps(start, end):
                    continue
                key = (index, text[start:end])
                if key in outcomes:
                    masked = outcomes[key]
                else:
                    masked = outcomes[key] = _masked(rule, key[1])
                if masked is None:
                    continue
                taken.claim(start, end)
                name = rule.name.replace("_", " ")
                findings.append(
                    Finding(
                        code=rule.code,
                        severity=Severity.LOW if masked else rule.severity,
                        message=f"possible masked or example {name}"
                        if masked
                        else f"possible {name}",
                        span=Span(start, end),
                        score=MASKED_SCORE if masked else rule.score,
                    )
                )
        findings.sort(key=lambda f: f.span.start if f.span else 0)
        return findings

    def _candidates(self, index: int, text: str) -> Iterator[tuple[int, int]]:
        """Value spans of a rule's matches, less those whose name says the value is no secret."""
        rule, pattern = self._rules[index], self._patterns[index]
        if not rule.not_after and not rule.standalone and rule.name_ok is None:
            yield from pattern.value_spans(text)
            return
        for match in pattern.finditer(text):
            start, end = match.value_start, match.value_end
            if rule.standalone and (
                (start > 0 and text[start - 1] in _TOKEN_BEFORE)
                or (end < len(text) and text[end] in _TOKEN_AFTER)
            ):
                continue
            name = text[match.start : start]
            if rule.name_ok is not None and not rule.name_ok(name):
                continue
            lowered = name.lower()
            if not any(word in lowered for word in rule.not_after):
                yield start, end


def _masked(rule: SecretRule, value: str) -> bool | None:
    """False for a value the rule reports, True for a reported placeholder, None for neither."""
    if rule.validate is not None and not rule.validate(value):
        return True if rule.report_masked and is_placeholder(value) else None
    return False


def secrets_check() -> Check:
    """The default secrets check over the full rule table."""
    return SecretsDetector(RULES)
