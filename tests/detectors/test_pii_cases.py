"""The project's own PII cases (data/pii_cases.jsonl) through the output guard: national numbers
of many countries in their own layouts and words, IBANs in the groupings banks print, e-mail
addresses spelt out to dodge scrapers, and business numbers and sentences of the same shapes that
must pass."""

from __future__ import annotations

from bastion.config.guard import build_guard
from bastion.core.types import Direction
from bastion.detectors.evaluation import BENIGN, NEAR_MISS, guard_flags, score
from tests.detectors.cases import case_rows

KINDS = {"national_id", "tax_id", "iban", "bank_account", "email", "credit_card", BENIGN, NEAR_MISS}


def test_own_pii_cases() -> None:
    rows = case_rows("pii_cases.jsonl")
    assert {row.kind for row in rows} <= KINDS
    report = score(rows, guard_flags(build_guard(key=b"k" * 32), Direction.OUTPUT))
    assert report.recall >= 0.97, report.as_dict()["recall_by_kind"]
    assert report.fpr(BENIGN) == 0.0, report.as_dict()["negatives_by_kind"]
    # A Dominican cédula with a wrong check digit is still a valid-looking phone number.
    assert report.fpr(NEAR_MISS) <= 0.05, report.as_dict()["negatives_by_kind"]


def test_own_standalone_national_numbers() -> None:
    """A form field holding nothing but a national number whose check digit and date hold is
    found without a naming word; the same shapes inside invoices and tickets pass."""
    rows = case_rows("pii_cases_standalone.jsonl")
    assert {row.kind for row in rows} <= KINDS
    report = score(rows, guard_flags(build_guard(key=b"k" * 32), Direction.OUTPUT))
    assert report.recall == 1.0, report.as_dict()["recall_by_kind"]
    assert report.fpr(BENIGN) == 0.0, report.as_dict()["negatives_by_kind"]
    assert report.fpr(NEAR_MISS) == 0.0, report.as_dict()["negatives_by_kind"]
