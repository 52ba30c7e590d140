"""PII rules for identity and tax numbers of any country, recognised by the words that introduce
them rather than by their layout.

More than a hundred national schemes exist and a table of check digits covers only some; a number
that someone calls their "tax ID", "NIPT" or "national identity number" is personal data whatever
scheme it belongs to. Where Bastion can check the number, the check decides: these rules leave out
the names of checked schemes (PESEL, OIB, RUT, ...), and a number laid out like a checked one that
fails every such check is a near miss, not an unknown scheme. They run after every checked rule
(a number a checked rule explains keeps its country code) and take only words that name a personal
or tax number: never "ID", "number" or "reference" alone, and no short word that is also a common
word in a European language ("ein", "nie", "sin", "pan").
"""

from __future__ import annotations

import functools
import re

from bastion.core.patterns import Pattern
from bastion.core.types import Severity
from bastion.detectors import checksums as cs
from bastion.detectors import (
    pii_rules_national_europe,
    pii_rules_national_outside_europe,
    pii_rules_national_world,
)
from bastion.detectors.pii_rules_base import ID_WORDS, PiiRule

# Groups of capitals and digits joined by hyphens, dots or slashes; a space only before a digit
# group ("12 345 678 9"), so the next word of a sentence is never taken in. Letters are capitals:
# identity numbers are written so, and lower case would reach into ordinary words.
# A short letter prefix may stand apart ("A-710.646-J", "GB 102 675 046").
_ID_BODY = r"(?:[A-Z]{1,4}[-.]?)?\d[0-9A-Z]*(?:[-./][0-9A-Z]+|\s\d[0-9A-Z]*){0,6}"
# Not after "#" (an issue or a line number); an amount's currency or unit is taken in with the
# number, for the validator to refuse ("1250000 EUR", "12 %").
# A business noun right before the number says whose number it is ("ticket 4471092"); it is
# taken in with the number for the validator to refuse.
_BUSINESS_NOUNS = ("order", "ticket", "invoice", "case", "ref", "reference", "item", "sku", "po",
                   "build", "version", "customer", "employee", "member", "tracking", "serial",
                   "parcel", "package", "shipment", "waybill", "consignment", "booking",
                   "part", "batch", "lot", "patch", "issue", "bug", "job", "run", "row", "where",
                   "limit", "offset")  # fmt: skip
_ID_VALUE = (
    r"(?:^|[^#\w$€£])((?:(?i:" + "|".join(_BUSINESS_NOUNS) + r")\b[ \t#:=.-]*|(?i:id)[ \t]*="
    r"[ \t]*)?" + _ID_BODY + r"(?:[ ]?(?:EUR|USD|GBP|CHF|euros?|dollars?|[%€$£]))?)"
)
_BUSINESS = re.compile(r"(?i)^(?:(?:" + "|".join(_BUSINESS_NOUNS) + r")\b|id[ \t]*=)")
_AMOUNT = re.compile(r"(?:EUR|USD|GBP|CHF|euros?|dollars?|[%€$£])$")

# A date, or a timestamp that starts with one ("2024-01-31T10"), or a year alone.
_DATE = re.compile(
    r"^(?:(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:$|[^0-9])|(?:19|20)\d{2}$)"
)


# Layouts of numbers that have a checked rule (US SSN, ITIN and EIN; UK NINO): such a number is
# reported by its own rule when it passes, and failing it is no identity number of that kind.
_CHECKED_LAYOUT = re.compile(r"^(?:\d{3}-\d{2}-\d{4}|\d{2}-\d{7}|[A-Z]{2}(?: ?\d{2}){3} ?[A-D]?)$")
# Parcel numbers: UPS ("1Z" and sixteen letters or digits) and the postal services' UPU S10
# layout (two letters, nine digits, the sending country: "RR123456785DE").
_PARCEL = re.compile(r"^(?:1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2})$")


def _identity_number(value: str) -> bool:
    """An identifier: seven to twenty characters with at least six digits, not a date or a year,
    not mostly one digit ("600-000-000"), not in the layout of a number with a check of its own
    nor of a parcel."""
    if _DATE.match(value) or _CHECKED_LAYOUT.match(value) or _AMOUNT.search(value):
        return False
    if _PARCEL.match(value):
        return False
    if _BUSINESS.match(value):
        return False
    code = cs.alnum_of(value)
    digits = [c for c in code if c.isdigit()]
    if not (7 <= len(code) <= 20 and len(digits) >= 6 and len(code) - len(digits) <= 6):
        return False
    if len(code) == 8 and code.isdigit() and cs.valid_date(int(code[:4]), int(code[4:6]), 1):
        return False  # 20240518: a date written without separators
    if "".join(digits) in _RUNS:
        return False  # 1234567, 98765432: typed in order
    return max(digits.count(d) for d in set(digits)) * 5 < len(digits) * 3 and len(set(code)) > 2


_RUNS = "01234567890123456789 98765432109876543210"


@functools.cache
def _checked_layouts() -> tuple[Pattern, ...]:
    """The pattern of every national number rule that has a check."""
    modules = (
        pii_rules_national_europe,
        pii_rules_national_outside_europe,
        pii_rules_national_world,
    )
    return tuple(
        Pattern(rule.pattern)
        for module in modules
        for rule in vars(module).values()
        if isinstance(rule, PiiRule) and rule.validate is not None
    )


def _checked_layout(value: str) -> bool:
    """Whether `value` is laid out as a number Bastion checks (eleven digits like a PESEL, a CPF
    with its dots and hyphen). Such a number is left to the checked rules: one that passes is
    theirs, one that fails them all is a mistyped or made-up number, a near miss."""
    return any((0, len(value)) in pattern.value_spans(value) for pattern in _checked_layouts())


def _personal_number(value: str) -> bool:
    """`_identity_number`, in a layout no checked rule covers."""
    return _identity_number(value) and not _checked_layout(value)


# Words that name a personal identity number in general, and the names of national schemes that
# have no checked rule of their own. A scheme that has one (PESEL, OIB, RUT, CPR, ...) is left to
# it: a number named so that fails its check is a typo or a test value, not a number to hide.
# "ID number" alone is not one of them: orders, employees and tickets have ID numbers too.
IDENTITY_WORDS = (*ID_WORDS, "id card", "id-card", "personal identification", "citizen number",
                  "citizenship number", "social security", "social insurance", "insurance number",
                  "documento de identidad", "documento nacional", "carte d'identité",
                  "carte d’identité", "numéro d'identité", "personalausweis", "ausweisnummer",
                  "carta d'identità", "personas kods", "снилс", "паспорт", "주민등록")  # fmt: skip

# Words that name a tax number in general (of a person or of the business they run), and the
# names of tax numbers without a checked rule.
TAX_WORDS = ("tax id", "tax-id", "taxid", "tax identification", "tax identifier", "tax number",
             "tax no", "tax reg", "tax code", "tax file number", "taxpayer", "tax payer",
             "tin number", "tin no", "tin on file", "tin:", "tin #", "our tin", "your tin",
             "my tin",
             "nipt", "voen", "vöen", "nuit", "uscc", "edrpou", "rnokpp", "ninea",
             "vat number", "vat no", "vat id", "vat reg", "vat-id", "gstin", "steuernummer",
             "steuer-nr", "partita iva", "numéro fiscal", "numero fiscal", "número fiscal",
             "identificación tributaria", "identificación fiscal", "унп", "єдрпоу", "рнокпп",
             "matricule fiscal", "kra pin", "mã số thuế", "税号", "納税者番号")  # fmt: skip

# Abbreviations that name a tax number without a checked rule, written in capitals right before
# the number: in lower case or further away they are ordinary words ("nit: fix typo"). The name
# says which scheme the number belongs to, so another scheme's layout does not rule it out.
_TAX_ABBREVIATIONS = ("NIPT", "RFC", "RUC", "NIT", "PIB", "VÖEN", "VOEN", "UTR", "IRD",
                      "ABN", "NUIT", "VKN", "RIF", "USCC", "UEN", "EDRPOU", "RNOKPP", "NINEA",
                      "NRT", "TRN", "BRN", "UBN", "MST", "KRA PIN", "TIN")  # fmt: skip


IDENTITY_NUMBER_IN_CONTEXT = PiiRule(
    name="identity_number_in_context",
    code="pii.national_id",
    pattern=_ID_VALUE,
    severity=Severity.HIGH,
    score=0.6,
    validate=_personal_number,
    context=IDENTITY_WORDS,
    context_required=True,
    examples=(
        "My national ID number is 4471-0923-55",
        "Citizen number 1-0734-0912 on the form",
        "personal identification number: 84 1103 7729",
    ),
    counterexamples=(
        "My national ID card was issued on 12/03/2019",
        "order 4471092355 shipped",
        "Order id number 4471092355 is late.",
        "the ID card costs 35 euros",
        "personal code review 2024",
        "national ID 600-000-000",
        "This social security number is not valid: 911-89-1234",
    ),
)


TAX_NUMBER_IN_CONTEXT = PiiRule(
    name="tax_number_in_context",
    code="pii.national_id",
    pattern=_ID_VALUE,
    severity=Severity.HIGH,
    score=0.6,
    validate=_personal_number,
    context=TAX_WORDS,
    context_required=True,
    examples=(
        "Our tax ID is 4410-227719-3.",
        "Taxpayer number (NIT): 830.114.921-6",
        "Please update the TIN on file to 8812 4409 3 before the invoice goes out.",
        "VAT number: DE 318405227",
    ),
    counterexamples=(
        "Tax year 2023: total revenue 120,000 USD",
        "VAT 20% on 15000 units",
        "tax rate 19.5 applies from 2024-01-01",
        "invoice 2024-000183 is due",
        "The tax ID field holds 20 characters; see ticket 4471092",
        "SELECT tax id FROM clients WHERE id = 4471092",
        "tax number 1234567",
        "Tax ID is on the invoice; UPS parcel 1Z999AA10123456784 left the depot.",
        "Our tax number is printed below. Shipment RR123456785DE was posted today.",
    ),
)


# EU VAT identifiers start with their country's code (Greece: EL; Switzerland: CHE; Northern
# Ireland: XI); the code and the digits together are the number.
_VAT_COUNTRIES = (
    "AT|BE|BG|CHE|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|XI"
)


_VAT_WORDS = ("vat", "tva", "mwst", "ust-id", "ustid", "ust-idnr", "btw", "iva", "moms", "mva",
              "dph", "áfa", "pvm", "pdv", "nip", "fpa", "φπα", "ддс", "tax")  # fmt: skip


# What follows each country's code in its VAT number (the EU's published layouts; Norway's
# organisation number may carry "MVA"). A number that does not fit its country is something else
# written after a country code: a parcel, a phone line, an order.
_VAT_LAYOUTS = {
    "AT": r"U\d{8}", "BE": r"[01]\d{9}", "BG": r"\d{9,10}", "CHE": r"\d{9}(?:MWST|TVA|IVA)?",
    "CY": r"\d{8}[A-Z]", "CZ": r"\d{8,10}", "DE": r"\d{9}", "DK": r"\d{8}", "EE": r"\d{9}",
    "EL": r"\d{9}", "ES": r"[0-9A-Z]\d{7}[0-9A-Z]", "FI": r"\d{8}", "FR": r"[0-9A-Z]{2}\d{9}",
    "GB": r"\d{9}|\d{12}", "HR": r"\d{11}", "HU": r"\d{8}", "IE": r"\d[0-9A-Z]\d{5}[A-Z]{1,2}",
    "IT": r"\d{11}", "LT": r"\d{9}|\d{12}", "LU": r"\d{8}", "LV": r"\d{11}", "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}", "NO": r"\d{9}(?:MVA)?", "PL": r"\d{10}", "PT": r"\d{9}",
    "RO": r"\d{2,10}", "SE": r"\d{12}", "SI": r"\d{8}", "SK": r"\d{10}", "XI": r"\d{9}|\d{12}",
}  # fmt: skip
_VAT_LAYOUT = re.compile("|".join(f"{country}(?:{body})" for country, body in _VAT_LAYOUTS.items()))


def _vat_number(value: str) -> bool:
    code = cs.alnum_of(value)
    return (
        _VAT_LAYOUT.fullmatch(code) is not None
        and sum(c.isdigit() for c in code) >= 7
        and len(set(code)) > 3
    )


VAT_NUMBER = PiiRule(
    name="vat_number",
    code="pii.national_id",
    # A space may part digit groups only: "DE136695976 EUR" ends before the currency.
    pattern=rf"\b((?:{_VAT_COUNTRIES})[ -]?[0-9A-Z](?:[0-9A-Z]|[ .-][0-9]|[.-][A-Z]){{6,16}})\b",
    severity=Severity.HIGH,
    score=0.6,
    validate=_vat_number,
    # The word alone ("VAT", "MwSt", "IVA") also heads an amount; the country code makes a number.
    context=_VAT_WORDS,
    context_required=True,
    examples=(
        "Supplier VAT PL 5261040828 on the invoice.",
        "USt-IdNr.: DE136695976",
        "VAT: DE136695976 EUR 1200",
        "BTW NL 8527.08.123.B01",
    ),
    counterexamples=(
        "VAT 20% on 15000 units",
        "VAT: DE 12 EUR",
        "shipped to DE 5261040828",
        "Our VAT number is on the invoice; your parcel DE 1Z999AA10123456784 ships today.",
        "VAT invoice for the order to FR 0612345678",
    ),
)


# Identity numbers named the same way: Peru's and Guatemala's CUI, El Salvador's DUI, Nigeria's
# NIN, Bangladesh's and other NIDs, Cameroon's CNI.
_IDENTITY_ABBREVIATIONS = ("CUI", "DUI", "NIN", "NID", "CNI")


def _named_number(names: tuple[str, ...]) -> str:
    """A capitalised scheme name, optional "No."/"number" and a connecting word, then the value."""
    return (
        r"\b(?:" + "|".join(names) + r")\b(?:[ \t]*(?:No\.?|Nr\.?|number|#))?"
        r"[ \t]*(?:\([A-Za-z ]{1,20}\))?(?:[ \t]+(?:is|es|ist|est|é|era|was)\b)?[ \t]*[:=]?[ \t]*"
        r"(" + _ID_BODY + ")"
    )


IDENTITY_ABBREVIATION = PiiRule(
    name="identity_abbreviation",
    code="pii.national_id",
    pattern=_named_number(_IDENTITY_ABBREVIATIONS),
    severity=Severity.HIGH,
    score=0.6,
    validate=_identity_number,
    examples=("DUI: 04839217-5", "Su CUI es 2381 44719 0101", "NIN 71820394615 on the form"),
    counterexamples=("DUI arrest in 2019", "NIN: 0000000000"),
)


TAX_ABBREVIATION = PiiRule(
    name="tax_abbreviation",
    code="pii.national_id",
    pattern=_named_number(_TAX_ABBREVIATIONS),
    severity=Severity.HIGH,
    score=0.6,
    validate=_identity_number,
    examples=("NIPT: K61928004B", "Mi RFC es GAHM790312KJ5", "RUC 20512345678 de la empresa"),
    counterexamples=("nit: fix typo in README (#12345)", "RUC 2024", "NIT: 11111111"),
)
