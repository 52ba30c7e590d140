"""Detection quality over labelled rows: precision, recall, F1 and false-positive rates.

Rows follow the shared corpus format (`text`, `label`, `kind`, optional `values`). Scoring is
pure: it takes a predicate that says whether a row is flagged, so the same arithmetic serves a
single detector, the whole guard, or a peer tool. `guard_flags` builds the predicate Bastion's own
evaluation uses:

- the guard runs on the row in one direction, and a row is flagged when its decision is not
  ALLOW (block, review or redact: the guard would do something to the text);
- a positive row that names its sensitive `values` also needs a finding whose span overlaps one of
  them, so catching something else in the same sentence does not count as catching the value.

False positives are reported per negative kind (`benign` apart from `near_miss`), because a
look-alike that fails its checksum is a much harder negative than ordinary prose.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from bastion.core.types import Action, Direction, Finding, Subject, Verdict

BENIGN = "benign"
NEAR_MISS = "near_miss"
# Unstructured PII has no pattern to match; Bastion does not claim it, so it is reported apart.
UNSTRUCTURED_PII = frozenset({"person", "street_address"})

# Where each detector family's findings matter: the direction in which the default policy acts on
# them (web attacks in tool arguments, injection in user input, leaks in replies, where PII and
# secrets are redacted).
FAMILY_DIRECTION: Mapping[str, Direction] = MappingProxyType(
    {
        "injection": Direction.INPUT,
        "webattack": Direction.TOOL_ARGS,
        "pii": Direction.OUTPUT,
        "secrets": Direction.OUTPUT,
    }
)

# Kinds the shared corpora use, by family; any other positive kind is taken to be a secret rule id.
_FAMILY_KINDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "injection": frozenset({"prompt_injection", "jailbreak", "indirect_injection"}),
        "webattack": frozenset({"sqli", "xss", "path_traversal", "cmdi", "ssrf"}),
        "pii": frozenset(
            {
                "credit_card",
                "iban",
                "phone",
                "email",
                "ssn",
                "national_id",
                "person",
                "street_address",
                "ip_address",
                "passport",
                "driving_licence",
                "date_of_birth",
                "crypto_wallet",
                "mac_address",
                "tax_id",
                "bank_account",
            }
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled example: `label` 1 is an attack or sensitive data, 0 should pass."""

    text: str
    label: int
    kind: str
    values: tuple[str, ...] = ()
    source: str = ""

    @property
    def positive(self) -> bool:
        return self.label == 1


def parse_row(line: str) -> Row:
    """A row from one corpus line; ValueError names what is wrong (never quoting the text)."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    text, label, kind = raw.get("text"), raw.get("label"), raw.get("kind")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    if label not in (0, 1) or isinstance(label, bool):
        raise ValueError('"label" must be 0 or 1')
    if not isinstance(kind, str) or not kind:
        raise ValueError('"kind" must be a non-empty string')
    values = raw.get("values") or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError('"values" must be a list of strings')
    source = raw.get("source", "")
    return Row(
        text=text,
        label=int(label),
        kind=kind,
        values=tuple(v for v in values if v),
        source=source if isinstance(source, str) else "",
    )


# Other names for web-attack kinds, as words of a kind ("sql_injection", "ssti", "lfi").
_WEB_WORDS = frozenset(
    {
        "sqli", "nosqli", "xss", "cmdi", "ssrf", "lfi", "rfi", "xxe", "ssti", "traversal", "rce",
        "ldap", "xpath", "crlf", "ssi", "esi", "jndi", "log4shell", "deserialization",
        "deserialisation", "prototype",
    }
)  # fmt: skip
_WEB_INJECTED = frozenset(
    {
        "sql", "nosql", "command", "os", "code", "ldap", "xpath", "shell", "template", "header",
        "crlf", "expression", "object", "xml",
    }
)  # fmt: skip
# Words of personal-data kinds other corpora use ("driver_license", "us_passport", "nhs_number").
_PII_WORDS = frozenset(
    {
        "license", "licence", "passport", "ssn", "iban", "phone", "email", "birth", "dob",
        "nhs", "nino", "aadhaar", "cpf", "dni", "nif", "bsn", "pesel", "tfn", "medicare",
        "ip", "mac", "wallet", "bitcoin", "card",
    }
)  # fmt: skip
_SECRET_WORDS = frozenset({"key", "token", "secret", "password", "credential", "apikey", "pat"})


def kind_family(kind: str) -> str:
    """The detector family of a positive kind; a kind no family names is a secret rule id."""
    known = next((f for f, kinds in _FAMILY_KINDS.items() if kind in kinds), None)
    if known is not None:
        return known
    words = set(kind.lower().replace("-", "_").replace(" ", "_").split("_"))
    if "jailbreak" in words or {"prompt", "injection"} <= words or "prompt_leak" in kind:
        return "injection"
    if words & _WEB_WORDS or ("injection" in words and words & _WEB_INJECTED):
        return "webattack"
    if words & _PII_WORDS and not words & _SECRET_WORDS:
        return "pii"
    return "secrets"


def _named_family(name: str) -> str | None:
    stem = name.lower()
    for family in FAMILY_DIRECTION:
        if stem.startswith(family) or stem.startswith(family.rstrip("s")):
            return family
    return None


def family_of(name: str, rows: Sequence[Row]) -> str | None:
    """The detector family a corpus belongs to: by file name first, else by its positive kinds."""
    named = _named_family(name)
    if named is not None:
        return named
    votes = Counter(kind_family(row.kind) for row in rows if row.positive)
    return votes.most_common(1)[0][0] if votes else None


def parts(name: str, rows: Sequence[Row]) -> list[tuple[str | None, list[Row]]]:
    """The corpus as one (family, rows) part per detector family it measures.

    A file named after a family, or whose positives all belong to one, is one part. A file that
    mixes families is measured per family, each in its own direction: a part holds that family's
    positives and every negative row (a negative names no family, and each part's false-positive
    rates say how often ordinary text would be stopped in that family's direction).
    """
    named = _named_family(name)
    families = Counter(kind_family(row.kind) for row in rows if row.positive)
    if named is not None or len(families) <= 1:
        return [(family_of(name, rows), list(rows))]
    negatives = [row for row in rows if not row.positive]
    return [
        (
            family,
            [row for row in rows if row.positive and kind_family(row.kind) == family] + negatives,
        )
        for family in sorted(families)
    ]


@dataclass(frozen=True, slots=True)
class Tally:
    """How many rows of one kind there were and how many of them were flagged."""

    total: int = 0
    flagged: int = 0

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    """Detection quality over a set of rows; rates are 0.0 where their denominator is empty."""

    positives: Mapping[str, Tally] = field(default_factory=dict)
    negatives: Mapping[str, Tally] = field(default_factory=dict)

    @property
    def true_positives(self) -> int:
        return sum(t.flagged for t in self.positives.values())

    @property
    def false_negatives(self) -> int:
        return sum(t.total - t.flagged for t in self.positives.values())

    @property
    def false_positives(self) -> int:
        return sum(t.flagged for t in self.negatives.values())

    @property
    def precision(self) -> float:
        caught = self.true_positives + self.false_positives
        return self.true_positives / caught if caught else 0.0

    @property
    def recall(self) -> float:
        total = self.true_positives + self.false_negatives
        return self.true_positives / total if total else 0.0

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    def recall_without(self, kinds: frozenset[str]) -> float:
        """Recall over the positive kinds not in `kinds`."""
        kept = [t for kind, t in self.positives.items() if kind not in kinds]
        total = sum(t.total for t in kept)
        return sum(t.flagged for t in kept) / total if total else 0.0

    def fpr(self, kind: str) -> float:
        """Share of the negatives of `kind` (`benign`, `near_miss`) that were flagged."""
        return self.negatives.get(kind, Tally()).rate

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""

        def tallies(group: Mapping[str, Tally]) -> dict[str, dict[str, float | int]]:
            return {
                kind: {"total": t.total, "flagged": t.flagged, "rate": round(t.rate, 4)}
                for kind, t in sorted(group.items())
            }

        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fpr_benign": round(self.fpr(BENIGN), 4),
            "fpr_near_miss": round(self.fpr(NEAR_MISS), 4),
            "true_positives": self.true_positives,
            "false_negatives": self.false_negatives,
            "false_positives": self.false_positives,
            "recall_by_kind": tallies(self.positives),
            "negatives_by_kind": tallies(self.negatives),
        }


def score(rows: Iterable[Row], flagged: Callable[[Row], bool]) -> Report:
    """Count, per kind, how many positive and negative rows `flagged` marks."""
    totals: dict[tuple[bool, str], list[int]] = {}
    for row in rows:
        tally = totals.setdefault((row.positive, row.kind), [0, 0])
        tally[0] += 1
        tally[1] += bool(flagged(row))
    positives = {k: Tally(*t) for (positive, k), t in totals.items() if positive}
    negatives = {k: Tally(*t) for (positive, k), t in totals.items() if not positive}
    return Report(positives=positives, negatives=negatives)


def text_flags(flags: Callable[[str], bool]) -> Callable[[Row], bool]:
    """Adapt a predicate on text (a peer tool, a single detector) to rows."""
    return lambda row: flags(row.text)


def guard_flags(guard: Callable[[Subject], Verdict], direction: Direction) -> Callable[[Row], bool]:
    """Bastion's definition of flagged (see the module docstring) for a guard in `direction`."""

    def flags(row: Row) -> bool:
        verdict = guard(Subject(text=row.text, direction=direction))
        if verdict.decision is Action.ALLOW:
            return False
        if row.positive and row.values:
            return covers(row.text, row.values, verdict.findings)
        return True

    return flags


def covers(text: str, values: Iterable[str], findings: Iterable[Finding]) -> bool:
    """Whether some finding's span overlaps some occurrence of one of `values` in `text`."""
    spans = [f.span for f in findings if f.span is not None]
    for value in values:
        start = text.find(value)
        while start >= 0:
            end = start + len(value)
            if any(span.start < end and start < span.end for span in spans):
                return True
            start = text.find(value, start + 1)
    return False
