"""PII rules for identity documents: passports, driving licences, dates of birth."""

from __future__ import annotations

import re

from bastion.core.types import Severity
from bastion.detectors import checksums as cs
from bastion.detectors import national_numbers as ids
from bastion.detectors.pii_rules_base import PiiRule


def _document_number(value: str) -> bool:
    """Passport and licence numbers: mostly digits, a few letters, not a year or an amount."""
    code = cs.alnum_of(value)
    digits = sum(c.isdigit() for c in code)
    return digits >= 4 and len(code) - digits <= 4 and len(set(code)) > 2


_PASSPORT_SHAPES = re.compile(
    r"(?i)^(?:[A-Z]\d{8}|[MSROD]\d{3}[A-Z]\d{4}|[A-Z]{2}\d{7}|[A-Z]{3}\d{6}|[A-Z][1-9]\d{5}[1-9])$"
)


def _passport_shape(value: str) -> bool:
    """A national passport format, or any nine characters that carry an ICAO check digit."""
    code = value.upper()
    if len(set(code[1:])) < 3:
        return False
    return bool(_PASSPORT_SHAPES.match(code)) or ids.icao_document(code)


def _uk_driving_licence(value: str) -> bool:
    code = value.upper()
    # DVLA: surname (9-padded), decade, month (+5 for women), day, year digit, initials, check.
    month = int(code[6:8])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= int(code[8:10]) <= 31


def _dob_date(value: str) -> bool:
    return any(c.isdigit() for c in value)


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE = (
    r"(?i)(\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTHS})[a-z]*\.?,?\s(?:19|20)\d{{2}}"
    rf"|(?:{_MONTHS})[a-z]*\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}})"
)
_PASSPORT_WORDS = ("passport", "pasaporte", "passeport", "reisepass", "pass-nr", "passnummer",
                   "passaporto", "passaporte", "paspoort", "pasaport", "paszport", "паспорт",
                   "护照", "護照", "パスポート", "여권", "travel document", "document no",
                   "document number")  # fmt: skip


UK_DRIVING_LICENCE = PiiRule(
    name="uk_driving_licence",
    code="pii.driving_licence",
    pattern=r"(?i)\b([A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=_uk_driving_licence,
    context=("licence", "license", "dvla"),
    examples=("Licence: MORGA607054SM9IJ ok", "JONES710153J99EF"),
    counterexamples=("MORGA613354SM9IJ",),
)


IT_DRIVING_LICENCE = PiiRule(
    name="it_driving_licence",
    code="pii.driving_licence",
    # Patente di guida: 2 letters, 7 digits, a letter; or U1 + 7 characters + a letter.
    pattern=r"(?i)\b([A-Z]{2}\d{7}[A-Z]|U1[BCDEFGHLMNPRSTUWXYZ0-9]{7}[A-Z])\b",
    severity=Severity.HIGH,
    score=0.7,
    context=("patente", "licence", "license", "driving", "driver"),
    context_required=True,
    standalone=True,
    examples=("patente AA0123456B", "U1H00B000C", "license U1H00B000C here"),
    counterexamples=("U1H00A000B", "990123456B", "ref AA0123456B"),
)


PASSPORT_STANDALONE = PiiRule(
    name="passport_standalone",
    code="pii.passport",
    # National passport formats, alone in a field: ICAO-checked 9 characters (DE), letter +
    # 8 digits (US, KR), M/S/R/O/D + 3 digits + letter + 4 digits (KR), 2 letters + 7 digits
    # (IT, UK), 3 letters + 6 digits (ES), letter + 7 digits (IN).
    pattern=r"(?i)\b([A-Z][0-9A-Z]{7}\d|[A-Z]\d{8}|[MSROD]\d{3}[A-Z]\d{4}|[A-Z]{2}\d{7}"
    r"|[A-Z]{3}\d{6}|[A-Z][1-9]\d{5}[1-9])\b",
    severity=Severity.HIGH,
    score=0.65,
    validate=_passport_shape,
    context=_PASSPORT_WORDS,
    context_required=True,
    standalone=True,
    examples=("AB1234567", "XYZ987654", "M123A4567 and M456B7890", "S012D5678", "A3456781"),
    counterexamples=("please see order AB1234567", "C0123456", "AAAA12345", "b0097650"),
)


def _passport_number(value: str) -> bool:
    """A passport number beside its word: eight to ten characters, as `_document_number` says."""
    return 8 <= len(value) <= 10 and _document_number(value)


PASSPORT = PiiRule(
    name="passport",
    code="pii.passport",
    # A run of 8-10 letters and digits with at least four digits and at most four letters. The
    # pattern asks for a digit among the first five characters, which every such run has, so
    # ordinary words never reach the validator (and the merged scan need not count the letters
    # of every word); the validator checks the length.
    pattern=r"\b([A-Za-z]{0,4}\d[A-Za-z0-9]{2,9})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=_passport_number,
    context=_PASSPORT_WORDS,
    context_required=True,
    examples=(
        "my passport number is 912803456",
        "Mi pasaporte es AAA123456",
        "Reisepass C01234565 ausgestellt",
        "Korean passport: M456B7890",
    ),
    counterexamples=(
        "my passport number is T356907",
        "my passport number is AB1234567890",
        "passport renewal costs 2024",
    ),
)


DRIVING_LICENCE = PiiRule(
    name="driving_licence",
    code="pii.driving_licence",
    pattern=r"\b([A-Za-z]{0,4}\d[0-9A-Za-z\-*]{4,17})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=_document_number,
    context=(
        "driver's licen",
        "drivers licen",
        "driver licen",
        "driving licen",
        "license number",
        "licence number",
        "dl number",
        "dl#",
        "führerschein",
        "permis de conduire",
        "patente",
        "carnet de conducir",
    ),
    context_required=True,
    examples=(
        "My driver's license number is F162823540116",
        "my driver license is H12234567",
        "driver's license number is 2270-66-1551",
    ),
    counterexamples=("driver's license renewal in 2024", "license number ABCDEFG"),
)


DATE_OF_BIRTH = PiiRule(
    name="date_of_birth",
    code="pii.date_of_birth",
    pattern=r"\b" + _DATE + r"\b",
    severity=Severity.MEDIUM,
    score=0.7,
    validate=_dob_date,
    context=(
        "born",
        "birth",
        "dob",
        "d.o.b",
        "birthday",
        "geboren",
        "né le",
        "née le",
        "nacimiento",
        "nascita",
    ),
    context_required=True,
    examples=("Date of birth: 14/03/1985", "born on March 3, 1990", "DOB 1985-03-14"),
    counterexamples=("the meeting is on 14/03/2025", "born in the USA"),
)
