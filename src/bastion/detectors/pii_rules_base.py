"""The PII rule row and the context words several families of PII rules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bastion.core.types import Severity


@dataclass(frozen=True, slots=True)
class PiiRule:
    """One way to recognise a kind of personal data.

    `pattern` is RE2 syntax; its group 1, when present, is the value. `validate` gets the value
    and rejects look-alikes (checksums, issuer ranges). When `context_required` is set, one of
    `context` must appear near the value; otherwise context only raises the score. A
    `standalone` rule also accepts a text that is nothing but values (a form field, a tool
    argument) in place of the context word, at a lower score.
    """

    name: str
    code: str
    pattern: str
    severity: Severity
    score: float
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    validate: Callable[[str], bool] | None = None
    context: tuple[str, ...] = ()
    context_required: bool = False
    standalone: bool = False


# How people introduce an identity number of any country ("my national ID number is ..."); added to
# the context of the national numbers whose check digits make a chance match rare.
# Words that also name business numbers ("order id number", "transaction identification number")
# are left out: with a one-in-ten check digit they would flag every tenth order number.
ID_WORDS = ("national id", "national identity", "national identification", "identity number",
            "identity card", "personal id", "personal number", "citizen id")  # fmt: skip
