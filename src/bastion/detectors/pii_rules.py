"""The PII rule table: one row per identifier shape, with its validator, context words and the
examples it must find and must not find (the tests execute every row's examples)."""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from bastion.core.types import PLACEHOLDER_SCORE, Severity
from bastion.detectors import checksums as cs


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
    counter_examples: tuple[str, ...]
    validate: Callable[[str], bool] | None = None
    context: tuple[str, ...] = ()
    context_required: bool = False
    standalone: bool = False


# --- validators that are more than a checksum ---------------------------------------------------


def _ip(value: str) -> bool:
    address, _, prefix = value.partition("/")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    if prefix and int(prefix) > (128 if parsed.version == 6 else 32):
        return False
    # "::" standing alone is the unspecified address; glued to a name ("std::cout") it is a C++
    # scope, which the detector's word-boundary check already drops.
    unspecified = "0.0.0.0"  # noqa: S104 - an address found in text, not one we bind to
    return parsed.version == 6 or address == unspecified or not address.startswith("0.")


def _mac(value: str) -> bool:
    hexdigits = cs.alnum_of(value)
    return hexdigits not in ("000000000000", "FFFFFFFFFFFF")


# National formats tried when a number has no "+": most start with the trunk prefix 0; the
# North American plan has none, so a bare 3-3-4 number is tried as US only. Next to a phone word,
# or alone in a field, a number is tried in more regions: with a 0 in front, in regions that
# dial a trunk 0; without, in those whose national format has none (and Turkey, whose mobile
# numbers are usually written without it).
_TRUNK_REGIONS = ("GB", "DE", "FR", "IN", "AU", "IT", "ES", "NL", "BR", "TR")  # fmt: skip
_WIDE_TRUNK_REGIONS = (*_TRUNK_REGIONS, "PH", "IL", "JP", "KR", "ZA", "NG", "RU", "AT", "CH",
                       "BE", "SE", "NZ", "IE", "PK", "TH", "EG", "UA", "PE", "AR")  # fmt: skip
_WIDE_PLAIN_REGIONS = ("US", "ES", "PT", "DK", "NO", "GR", "SG", "HK", "TR")
_MOBILE = frozenset({phonenumbers.PhoneNumberType.MOBILE,
                     phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})  # fmt: skip


_DATE_PREFIX = re.compile(
    r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s+\d{1,2})?\s*$"
)
# Dotted short groups are IPv4 fragments and versions; 3-2-4 groups are SSN-shaped.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"
_NOT_PHONE = re.compile(
    rf"^\s*(?:{_OCTET}(?:\.{_OCTET}){{2,3}}|\d{{3}}[ .\-]\d{{2}}[ .\-]\d{{4}})\s*$"
)


def _phone_shape(value: str, min_digits: int = 7) -> str | None:
    """The digits of a phone-shaped candidate, or None for dates, times and IPv4 addresses."""
    main = value.lower().split("x")[0].split("ext")[0]
    digits = cs.digits_of(main)
    if not min_digits <= len(digits) <= 15:
        return None
    if _DATE_PREFIX.match(main) or _NOT_PHONE.match(main):
        return None
    return digits


@functools.lru_cache(maxsize=4096)
def _valid_in(number: str, regions: tuple[str, ...], *, mobile: bool = False) -> bool:
    """Whether phonenumbers takes `number` for a valid (mobile) number of one of `regions`.

    Cached: the same number recurs in signatures and threads, and each parse costs tens of
    microseconds.
    """
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and (
            not mobile or phonenumbers.number_type(parsed) in _MOBILE
        ):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _possible_international(number: str) -> bool:
    candidate = "+" + number.lstrip("+")[2:] if number.startswith("00") else number
    try:
        # The "+" already says "phone number"; a possible length for the country suffices.
        return phonenumbers.is_possible_number(phonenumbers.parse(candidate, None))
    except phonenumbers.NumberParseException:
        return False


def _phone_valid(value: str, *, wide: bool = False) -> bool:
    """Valid by phonenumbers: international form, or a national form of a common region."""
    if _phone_shape(value) is None:
        return False
    stripped = value.strip()
    if stripped.startswith(("+", "00")):
        return _possible_international(stripped)
    trunk = stripped.lstrip("(").startswith("0")
    if stripped.isdigit():
        # A run of digits is an order number as often as a phone number; alone or next to a
        # phone word it passes as the way people write mobile numbers ("09171234567").
        return wide and trunk and _valid_in(stripped, _WIDE_TRUNK_REGIONS, mobile=True)
    if trunk:
        return _valid_in(stripped, _WIDE_TRUNK_REGIONS if wide else _TRUNK_REGIONS)
    return _valid_in(stripped, _WIDE_PLAIN_REGIONS if wide else ("US",))


def _phone_valid_wide(value: str) -> bool:
    """Valid in one of many regions, digit runs included: used next to a phone word or alone."""
    return _phone_valid(value, wide=True)


def _phone_possible(value: str) -> bool:
    """Shaped like a phone number (six digits or more); used only next to words like "call"."""
    return _phone_shape(value, min_digits=6) is not None


def _account_number(value: str) -> bool:
    return len(set(value)) > 2


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
    return bool(_PASSPORT_SHAPES.match(code)) or cs.icao_document(code)


def _uk_driving_licence(value: str) -> bool:
    code = value.upper()
    # DVLA: surname (9-padded), decade, month (+5 for women), day, year digit, initials, check.
    month = int(code[6:8])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= int(code[8:10]) <= 31


def _dob_date(value: str) -> bool:
    return any(c.isdigit() for c in value)


def _kr_rrn(value: str) -> bool:
    """Korean resident (1-4, 9, 0) or foreigner (5-8) registration number: a real birth date
    and a century/sex digit. Numbers issued since October 2020 end in random digits, so the old
    check digit is not required."""
    digits = cs.digits_of(value)
    if len(digits) != 13 or digits[6] not in "12345678":
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and len(set(digits[7:])) > 1


# --- shared fragments ---------------------------------------------------------------------------

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE = (
    r"(?i)(\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTHS})[a-z]*\.?,?\s(?:19|20)\d{{2}}"
    rf"|(?:{_MONTHS})[a-z]*\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}})"
)


def _iban_pattern() -> str:
    branches = []
    for country, length in sorted(cs._IBAN_LENGTHS.items()):
        rest = length - 4
        body = rf"(?:[ ]?[A-Z0-9]{{4}}){{{rest // 4}}}"
        if rest % 4:
            body += rf"[ ]?[A-Z0-9]{{{rest % 4}}}"
        branches.append(rf"{country}\d{{2}}{body}")
    return r"(?i)\b(?:" + "|".join(branches) + r")\b"


# Phone candidates: international ("+" or "00"), digit groups of two or more, or one long run;
# shapes with fewer than seven digits never reach the (slow) phonenumbers validation.
_PHONE = (
    r"((?:(?:\+|\b00)\s?\(?\d[\d ().\-/]{5,22}\d"
    r"|(?:\(\d{2,5}\)[ .\-/]{0,2}|\b\d{1,5}[ .\-/]{1,2})\(?\d{2,10}\)?"
    r"(?:[ .\-/]{1,2}\(?\d{1,10}\)?){0,5}"
    r"|\b\d{7,15})(?:\s?(?:x|ext\.?)\s?\d{1,6})?)"
)
_SSN_WORDS = ("ssn", "social security", "social sec", "ssid", "ss#", "ss no")
_TAX_WORDS = ("tax", "tin", "itin", "taxpayer", "ein", "employer identification", "fein")

_PHONE_WORDS = ("phone", "call", "tel", "telef", "teléf", "telep", "mobile", "cell", "fax",
                "contact", "reach", "whatsapp", "sms", "text me", "handy", "celular", "móvil",
                "movil", "cep", "tlf", "電話", "电话", "手机", "전화", "телефон")  # fmt: skip
_PASSPORT_WORDS = ("passport", "pasaporte", "passeport", "reisepass", "pass-nr", "passnummer",
                   "passaporto", "passaporte", "paspoort", "pasaport", "paszport", "паспорт",
                   "护照", "護照", "パスポート", "여권", "travel document", "document no",
                   "document number")  # fmt: skip

# How people introduce an identity number of any country ("my national ID number is ..."); added to
# the context of the national numbers whose check digits make a chance match rare.
# Words that also name business numbers ("order id number", "transaction identification number")
# are left out: with a one-in-ten check digit they would flag every tenth order number.
_ID_WORDS = ("national id", "national identity", "national identification", "identity number",
             "identity card", "personal id", "personal number", "citizen id")  # fmt: skip

RULES: tuple[PiiRule, ...] = (
    PiiRule(
        name="credit_card",
        code="pii.credit_card",
        pattern=r"\b(?:\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{1,7}|\d{4}[ \-]?\d{6}[ \-]?\d{4,5}"
        r"|\d{12,19})\b",
        severity=Severity.HIGH,
        score=0.85,
        validate=cs.payment_card,
        context=("card", "visa", "mastercard", "amex", "credit", "debit", "cc#", "payment"),
        examples=(
            "pay with 4111 1111 1111 1111 please",
            "card 378282246310005",
            "5555-5555-5555-4444",
            "Diners 3056 930902 5904",
            "card 180065008155082 on file",
        ),
        counter_examples=(
            "4111 1111 1111 1112",
            "my credit card number is 4012-8888-8888-1882",
            "order 1234567890123456",
            "0000 0000 0000 0000",
        ),
    ),
    PiiRule(
        name="ssn",
        code="pii.ssn",
        pattern=r"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=cs.us_ssn,
        context=_SSN_WORDS,
        examples=("Here's my SSN: 536-32-3065", "078 05 1123", "ssn 212.45.6789"),
        counter_examples=(
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "123-00-4567",
            "123-45-0000",
            "693-09.4444",
        ),
    ),
    PiiRule(
        name="ssn_unformatted",
        code="pii.ssn",
        pattern=r"\b(\d{9}|\d{3}-\d{6}|\d{5}-\d{4})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.us_ssn,
        context=_SSN_WORDS,
        context_required=True,
        examples=("my social security number is 078051121", "my ssn is 078-051121"),
        counter_examples=("order 212456789 shipped", "ssn 000121234", "my ssn is 666121234"),
    ),
    PiiRule(
        name="us_itin",
        code="pii.national_id.us",
        pattern=r"\b(9\d{2}-?\d{2}-?\d{4}|9\d{2} \d{2} \d{4})\b",
        severity=Severity.HIGH,
        score=0.8,
        validate=cs.us_itin,
        context=_TAX_WORDS,
        context_required=True,
        standalone=True,
        examples=("my itin is 911-70-1234", "ITIN: 911701234"),
        counter_examples=("my tax id 911-89-1234", "call 911-70-1234"),
    ),
    PiiRule(
        name="us_ein",
        code="pii.national_id.us",
        pattern=r"\b(\d{2}-\d{7})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.us_ein,
        context=("ein", "employer identification", "fein", "tax id", "federal tax"),
        context_required=True,
        examples=("Our EIN is 12-3456789.", "federal tax id 45-2671983"),
        counter_examples=("ref 12-3456789", "EIN 07-1234567"),
    ),
    PiiRule(
        name="us_mbi",
        code="pii.national_id.us",
        pattern=r"(?i)\b([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]"
        r"[AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})\b",
        severity=Severity.HIGH,
        score=0.7,
        context=("medicare", "mbi", "beneficiary"),
        examples=("Medicare ID: 3CD5-FG7-HJ89", "1EG4TE5MK73"),
        counter_examples=("1BG4-TE5-MK73", "1EG4-TE5-MI73", "AEG4-TE5-MK73"),
    ),
    PiiRule(
        name="iban",
        code="pii.iban",
        pattern=_iban_pattern(),
        severity=Severity.HIGH,
        score=0.9,
        validate=cs.iban,
        context=("iban", "account", "transfer", "bank"),
        examples=(
            "My IBAN is GB82 WEST 1234 5698 7654 32",
            "DE89370400440532013000",
            "iban: fr1420041010050500013m02606",
        ),
        counter_examples=(
            "GB82 WEST 1234 5698 7654 33",
            "DE89 3704 0044 0532 0130 01",
            "XX89370400440532013000",
        ),
    ),
    PiiRule(
        name="uk_nino",
        code="pii.national_id.gb",
        pattern=r"(?i)\b([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.uk_nino,
        context=("national insurance", "nino", "ni number", "ni no"),
        examples=("National Insurance Number AB 12 34 56 C", "nino: PR 123612C"),
        counter_examples=("BG 12 34 56 A", "QQ 12 34 56 E", "DA 12 34 56 A"),
    ),
    PiiRule(
        name="uk_nhs",
        code="pii.national_id.gb",
        pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{4})\b",
        severity=Severity.HIGH,
        score=0.8,
        validate=cs.uk_nhs,
        context=("nhs",),
        context_required=True,
        standalone=True,
        examples=("NHS number 401 023 2137",),
        counter_examples=("NHS number 401 023 2138", "call 401 023 2137"),
    ),
    PiiRule(
        name="uk_driving_licence",
        code="pii.driving_licence",
        pattern=r"(?i)\b([A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=_uk_driving_licence,
        context=("licence", "license", "dvla"),
        examples=("Licence: MORGA607054SM9IJ ok", "JONES710153J99EF"),
        counter_examples=("MORGA613354SM9IJ",),
    ),
    PiiRule(
        name="de_tax_id",
        code="pii.national_id.de",
        pattern=r"\b([1-9]\d{10}|[1-9]\d \d{3} \d{3} \d{3})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.de_tax_id,
        context=("steuer", "idnr", "identifikationsnummer", "tax id", "tin"),
        context_required=True,
        standalone=True,
        examples=("Meine Steuer-ID: 12345678903.", "IdNr. 98765432106 liegt vor."),
        counter_examples=("Steuer-ID 12345678901", "order 12345678903"),
    ),
    PiiRule(
        name="de_id_card",
        code="pii.national_id.de",
        pattern=r"(?i)\b([CFGHJKLMNPRTVWXYZ0-9]{8}\d)\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.icao_document,
        context=("ausweis", "personalausweis", "id card", "identity card", "identitätskarte"),
        context_required=True,
        standalone=True,
        examples=("Personalausweis: L01X00T44.", "Ausweis Nr. C01234565"),
        counter_examples=("Personalausweis: L01X00T47", "order L01X00T44"),
    ),
    PiiRule(
        name="de_pension_number",
        code="pii.national_id.de",
        pattern=r"(?i)\b(\d{8}[A-Z]\d{3})\b",
        severity=Severity.HIGH,
        score=0.8,
        validate=cs.de_pension_number,
        context=("rvnr", "rentenversicherung", "sozialversicherung", "versicherungsnummer"),
        examples=("RVNR: 15070649C103 laut Sozialversicherungsausweis.", "65070803A019"),
        counter_examples=("15070649C100", "15071349C103"),
    ),
    PiiRule(
        name="fr_nir",
        code="pii.national_id.fr",
        pattern=r"(?i)\b([12378] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3}"
        r" ?\d{2})\b",
        severity=Severity.HIGH,
        score=0.85,
        validate=cs.fr_nir,
        context=("sécurité sociale", "securite sociale", "nir", "insee", "carte vitale"),
        examples=("NIR 2 55 08 14 168 025 38", "255081416802538"),
        counter_examples=("255081416802539",),
    ),
    PiiRule(
        name="es_dni",
        code="pii.national_id.es",
        pattern=r"(?i)\b(\d{7,8}-?[TRWAGMYFPDXBNJZSQVHLCKE])\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.es_dni,
        context=("dni", "nif", "documento nacional"),
        examples=("DNI 12345678Z", "55555555-K"),
        counter_examples=("12345678A", "DNI 12345678T"),
    ),
    PiiRule(
        name="es_nie",
        code="pii.national_id.es",
        pattern=r"(?i)\b([XYZ]-?\d{7}-?[A-Z])\b",
        severity=Severity.HIGH,
        score=0.8,
        validate=cs.es_nie,
        context=("nie", "extranjero"),
        examples=("Mi NIE es X9613851N", "Y8063915-Z"),
        counter_examples=("Y8063915Q", "W8063915Q"),
    ),
    PiiRule(
        name="it_fiscal_code",
        code="pii.national_id.it",
        pattern=r"(?i)\b([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
        r"[0-9LMNPQRSTUV]{3}[A-Z])\b",
        severity=Severity.HIGH,
        score=0.9,
        validate=cs.it_fiscal_code,
        context=("codice fiscale", "fiscal code", "cf"),
        examples=("codice fiscale RSSMRA85T10A562S", "AAAAAA00B11C333Y"),
        counter_examples=("RSSMRA85T10A562T", "A55AAA00B11C333N"),
    ),
    PiiRule(
        name="nl_bsn",
        code="pii.national_id.nl",
        pattern=r"\b(\d{4}\.?\d{2}\.?\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.nl_bsn,
        context=("bsn", "burgerservicenummer", "sofinummer", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("mijn BSN is 111222333", "burgerservicenummer: 123456782"),
        counter_examples=("BSN 111222334", "order 111222333"),
    ),
    PiiRule(
        name="pl_pesel",
        code="pii.national_id.pl",
        pattern=r"\b(\d{11})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.pl_pesel,
        context=("pesel", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("My pesel is 44051401458.", "PESEL: 02070803628"),
        counter_examples=("PESEL 44051401459", "order 44051401458"),
    ),
    PiiRule(
        name="se_personnummer",
        code="pii.national_id.se",
        pattern=r"\b((?:18|19|20)?\d{6}[\-+]?\d{4})\b",
        severity=Severity.HIGH,
        score=0.65,
        validate=cs.se_personnummer,
        context=("personnummer", "pnr", "samordningsnummer", *_ID_WORDS),
        examples=("Here's my personnummer 200109022392.", "871220-2384", "19910924-2397"),
        counter_examples=("19000309-3393", "200504422381"),
    ),
    PiiRule(
        name="fi_hetu",
        code="pii.national_id.fi",
        pattern=r"(?i)\b(\d{6}[+\-ABCDEFYXWVU]\d{3}[0-9A-Y])\b",
        severity=Severity.HIGH,
        score=0.85,
        validate=cs.fi_hetu,
        context=("henkilötunnus", "hetu", "identity code", *_ID_WORDS),
        examples=("henkilötunnus 131052-308T", "020594X902N"),
        counter_examples=("131052-308U", "311190-1111"),
    ),
    PiiRule(
        name="tr_tckn",
        code="pii.national_id.tr",
        pattern=r"\b([1-9]\d{10})\b",
        severity=Severity.HIGH,
        score=0.65,
        validate=cs.tr_tckn,
        context=("tckn", "kimlik", "tc no", "turkish id", *_ID_WORDS),
        examples=("TC Kimlik No: 10000000146", "76543210794"),
        counter_examples=("10000000145", "12345678900"),
    ),
    PiiRule(
        name="br_cpf",
        code="pii.national_id.br",
        pattern=r"\b(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=cs.br_cpf,
        context=("cpf",),
        examples=("CPF 529.982.247-25", "52998224725"),
        counter_examples=("529.982.247-26", "111.111.111-11"),
    ),
    PiiRule(
        name="br_cnpj",
        code="pii.national_id.br",
        pattern=r"\b(\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.br_cnpj,
        context=("cnpj",),
        examples=("CNPJ 11.222.333/0001-81",),
        counter_examples=("11.222.333/0001-82",),
    ),
    PiiRule(
        name="ca_sin",
        code="pii.national_id.ca",
        pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{3})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.ca_sin,
        context=("sin", "social insurance", "nas", "assurance sociale", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("my SIN is 130-692-544", "mon NAS: 258 933 688"),
        counter_examples=("my SIN is 130 692 545", "call 130-692-544"),
    ),
    PiiRule(
        name="au_tfn",
        code="pii.national_id.au",
        pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{3})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.au_tfn,
        context=("tfn", "tax file"),
        context_required=True,
        standalone=True,
        examples=("my TFN is 876 543 210", "tax file number 876543210"),
        counter_examples=("TFN 824 753 557", "box 876 543 210"),
    ),
    PiiRule(
        name="au_medicare",
        code="pii.national_id.au",
        pattern=r"\b([2-6]\d{3}[ \-]?\d{5}[ \-]?\d{1,2})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.au_medicare,
        context=("medicare",),
        context_required=True,
        standalone=True,
        examples=("Medicare card 2123 45670 1",),
        counter_examples=("Medicare card 2123 25870 1", "ref 2123 45670 1"),
    ),
    PiiRule(
        name="in_aadhaar",
        code="pii.national_id.in",
        # Printed in groups of four, an Aadhaar number stands out; as twelve plain digits it looks
        # like any order number, and its Verhoeff digit passes one in ten of those.
        pattern=r"\b([2-9]\d{3}[ \-:]\d{4}[ \-:]\d{4})\b",
        severity=Severity.HIGH,
        score=0.6,
        validate=cs.in_aadhaar,
        context=("aadhaar", "aadhar", "uidai", "uid"),
        examples=("My Aadhaar number is 4001 2345 6787", "3123 4567 8909"),
        counter_examples=("1234 5678 9012", "3123 4567 8900"),
    ),
    PiiRule(
        name="in_aadhaar_plain",
        code="pii.national_id.in",
        pattern=r"\b([2-9]\d{11})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=cs.in_aadhaar,
        context=("aadhaar", "aadhar", "uidai", "uid", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("My Aadhaar number is 400123456787", "312345678909"),
        counter_examples=("Order 312345678909 shipped", "aadhaar 312345678900"),
    ),
    PiiRule(
        name="sg_nric",
        code="pii.national_id.sg",
        pattern=r"(?i)\b([STFGM]\d{7}[A-Z])\b",
        severity=Severity.HIGH,
        score=0.85,
        validate=cs.sg_nric,
        context=("nric", "fin"),
        examples=("NRIC S2740116C was processed", "F2346401L"),
        counter_examples=("S2740116D", "A1234567Z"),
    ),
    PiiRule(
        name="za_id",
        code="pii.national_id.za",
        pattern=r"\b(\d{13})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=cs.za_id,
        context=("south african id", "rsa id", "id number", "identity number"),
        examples=("My South African ID is 9202201234088.", "8001015009087"),
        counter_examples=("8001015009086", "1234567890123"),
    ),
    PiiRule(
        name="kr_rrn",
        code="pii.national_id.kr",
        pattern=r"\b(\d{6}-\d{7})\b",
        severity=Severity.HIGH,
        score=0.6,
        validate=_kr_rrn,
        context=("rrn", "frn", "주민등록", "registration number", "korean"),
        examples=("His Korean RRN is 960121-1021413", "050912-2000019"),
        counter_examples=("001332-1234567", "051102-9234110"),
    ),
    PiiRule(
        name="kr_rrn_unformatted",
        code="pii.national_id.kr",
        pattern=r"\b(\d{13})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=_kr_rrn,
        context=("rrn", "frn", "주민등록", "resident registration", "외국인등록"),
        context_required=True,
        standalone=True,
        examples=("His RRN is 9601211021413",),
        counter_examples=("His RRN is 9613211021413",),
    ),
    PiiRule(
        name="th_national_id",
        code="pii.national_id.th",
        pattern=r"\b([1-8][ \-]?\d{4}[ \-]?\d{5}[ \-]?\d{2}[ \-]?\d)\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.th_national_id,
        context=("thai", "tnin", "บัตรประชาชน", "ประจำตัวประชาชน", "national id"),
        context_required=True,
        standalone=True,
        examples=("My Thai ID is 1234567890121", "TNIN: 2345678901234"),
        counter_examples=("Thai ID 2345678901235", "ref 1234567890121"),
    ),
    PiiRule(
        name="cn_resident_id",
        code="pii.national_id.cn",
        # The birth date and the ISO 7064 check character leave about one random 18-digit number
        # in 15,000 passing, so no context word is needed.
        pattern=r"\b(\d{6}(?:18|19|20)\d{9}[\dXx])\b",
        severity=Severity.HIGH,
        score=0.8,
        validate=cs.cn_resident_id,
        context=("身份证", "resident id", "resident identity", "chinese id", *_ID_WORDS),
        examples=("身份证号 11010519491231002X", "ID 440524198001010013"),
        counter_examples=("11010519491231002Y", "tracking 440524198001010012"),
    ),
    PiiRule(
        name="no_fodselsnummer",
        code="pii.national_id.no",
        pattern=r"\b(\d{6}[ ]?\d{5})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.no_fodselsnummer,
        context=(
            "fødselsnummer",
            "fodselsnummer",
            "personnummer",
            "d-nummer",
            "norwegian id",
            *_ID_WORDS,
        ),
        context_required=True,
        standalone=True,
        examples=("fødselsnummer 01010750160", "Norwegian ID: 150464 44547"),
        counter_examples=("fødselsnummer 01010750161", "invoice 01010750160"),
    ),
    PiiRule(
        name="ro_cnp",
        code="pii.national_id.ro",
        pattern=r"\b([1-9]\d{12})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.ro_cnp,
        context=("cnp", "cod numeric personal", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("CNP: 1800101221144", "my personal id 2990101400018"),
        counter_examples=("CNP 1800101221145", "order 1800101221144"),
    ),
    PiiRule(
        name="gr_amka",
        code="pii.national_id.gr",
        pattern=r"\b(\d{11})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.gr_amka,
        context=("amka", "αμκα", "social security", *_ID_WORDS),
        context_required=True,
        standalone=True,
        examples=("AMKA 18078382597", "ΑΜΚΑ: 24129691903"),
        counter_examples=("AMKA 18078382598", "ref 18078382597"),
    ),
    PiiRule(
        name="il_teudat_zehut",
        code="pii.national_id.il",
        pattern=r"\b(\d{9})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.il_teudat_zehut,
        context=("teudat zehut", "תעודת זהות", "מספר זהות", "ת.ז", "israeli id", *_ID_WORDS),
        context_required=True,
        examples=("Teudat Zehut 320501828", "מספר זהות 796540276"),
        counter_examples=("teudat zehut 320501829", "order 320501828"),
    ),
    PiiRule(
        name="ru_inn",
        code="pii.national_id.ru",
        pattern=r"\b(\d{12}|\d{10})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.ru_inn,
        context=("инн", "inn", "taxpayer", "tax id", "налогоплательщик"),
        context_required=True,
        examples=("ИНН 500100732259", "INN: 7707083893"),
        counter_examples=("ИНН 500100732258", "phone 7707083893"),
    ),
    PiiRule(
        name="ru_snils",
        code="pii.national_id.ru",
        pattern=r"\b(\d{3}-\d{3}-\d{3}[ \-]\d{2}|\d{11})\b",
        severity=Severity.HIGH,
        score=0.75,
        validate=cs.ru_snils,
        context=("снилс", "snils", "страховой номер", "insurance number"),
        context_required=True,
        standalone=True,
        examples=("СНИЛС 112-233-445 95", "SNILS: 11223344595"),
        counter_examples=("СНИЛС 112-233-445 96", "order 112-233-445 95"),
    ),
    PiiRule(
        name="in_pan",
        code="pii.national_id.in",
        pattern=r"\b([A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])\b",
        severity=Severity.HIGH,
        score=0.7,
        context=("pan", "permanent account", "income tax"),
        examples=("My PAN number is ABBPM4567S with a lot of text", "ABCPD1234Z"),
        counter_examples=("ABCD1234", "ABCSD1234Z"),
    ),
    PiiRule(
        name="ph_tin",
        code="pii.national_id.ph",
        pattern=r"\b(\d{3}-?\d{3}-?\d{3}(?:-?\d{3})?)\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=lambda value: not cs.digits_of(value).startswith(("000000", "6")),
        context=("tin", "bir", "tax id", "taxpayer"),
        context_required=True,
        examples=("My TIN is 000-123-456-000", "BIR TIN: 000123456000"),
        counter_examples=("Invalid TIN 600-000-000", "order 000-123-456-000"),
    ),
    PiiRule(
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
        counter_examples=("U1H00A000B", "990123456B", "ref AA0123456B"),
    ),
    PiiRule(
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
        counter_examples=("please see order AB1234567", "C0123456", "AAAA12345", "b0097650"),
    ),
    PiiRule(
        name="in_voter_id",
        code="pii.national_id.in",
        pattern=r"(?i)\b([A-Z]{3}\d{7})\b",
        severity=Severity.HIGH,
        score=0.7,
        context=("voter", "vote", "epic", "election"),
        context_required=True,
        standalone=True,
        examples=("my voter id is DBJ2289013", "KSD1287349"),
        counter_examples=("SKU ABC1234567 is in stock", "A8923571WZ"),
    ),
    PiiRule(
        name="it_identity_card",
        code="pii.national_id.it",
        # Paper cards: 2 letters + 7 digits; electronic (CIE): CA + 5 digits + 2 letters.
        pattern=r"(?i)\b([A-Z]{2}\s?\d{7}|[A-Z]{2}\d{5}[A-Z]{2})\b",
        severity=Severity.HIGH,
        score=0.7,
        context=(
            "carta d'identità",
            "carta di identità",
            "carta d'identita",
            "identity card",
            "id card",
            "cie",
        ),
        context_required=True,
        standalone=True,
        examples=("carta d'identità AA1234567", "CA00000AA"),
        counter_examples=("ticket AB1234567 closed", "CA00000A"),
    ),
    PiiRule(
        name="passport",
        code="pii.passport",
        pattern=r"\b([A-Za-z0-9]{8,10})\b",
        severity=Severity.HIGH,
        score=0.7,
        validate=_document_number,
        context=_PASSPORT_WORDS,
        context_required=True,
        examples=(
            "my passport number is 912803456",
            "Mi pasaporte es AAA123456",
            "Reisepass C01234565 ausgestellt",
            "Korean passport: M456B7890",
        ),
        counter_examples=("my passport number is T356907", "passport renewal costs 2024"),
    ),
    PiiRule(
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
        counter_examples=("driver's license renewal in 2024", "license number ABCDEFG"),
    ),
    PiiRule(
        name="bank_account",
        code="pii.bank_account",
        pattern=r"\b(\d{8,17})\b",
        severity=Severity.HIGH,
        score=0.6,
        validate=_account_number,
        context=("account number", "bank account", "banking account", "acct", "account no"),
        context_required=True,
        examples=("my bank account number is 912803456",),
        counter_examples=("account number 11111111", "order 912803456"),
    ),
    PiiRule(
        name="email_reserved",
        code="pii.email",
        # RFC 2606 / RFC 6761 top-level names never resolve, so an address under one belongs to
        # nobody: documentation and test data. Reported at the placeholder score.
        pattern=r"(?i)\b([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
        r"[A-Za-z0-9])?\.)*(?:example|test|invalid|localhost))(?:$|[^A-Za-z0-9.@_\-]|\.(?:$|[^A-Za-z0-9]))",
        severity=Severity.LOW,
        score=PLACEHOLDER_SCORE,
        examples=("kid: bilbo.baggins@hobbiton.example", "ci@build.test"),
        counter_examples=("no address at example.test", "@hobbiton.example"),
    ),
    PiiRule(
        name="email",
        code="pii.email",
        pattern=r"\b([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
        r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24})\b",
        severity=Severity.MEDIUM,
        score=0.9,
        examples=("write to jane.doe+tag@example.co.uk", "AsukaKawano@dayrep.com"),
        counter_examples=("my email is info@presidio.", "user@localhost", "@handle"),
    ),
    PiiRule(
        name="ip_address",
        code="pii.ip_address",
        pattern=r"\b((?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?)\b",
        severity=Severity.LOW,
        score=0.8,
        validate=_ip,
        examples=("blocked from 165.165.185.178", "host 10.0.0.1", "proxy 192.168.0.1:8080"),
        counter_examples=("192.168.1.256", "Version 1.2.3", "IP192.168.1.1text"),
    ),
    PiiRule(
        name="ipv6_address",
        code="pii.ip_address",
        pattern=r"(?i)((?:[0-9a-f]{1,4})?(?::(?:[0-9a-f]{1,4})?){2,8}(?:\.\d{1,3}){0,3}"
        r"(?:/\d{1,3})?)",
        severity=Severity.LOW,
        score=0.8,
        validate=_ip,
        examples=(
            "from 2001:db8:85a3::8a2e:370:7334 today",
            "fe80::1ff:fe23:4567:890a",
            "::ffff:192.168.1.1",
            "connecting from ::1",
            "fe80::/10",
        ),
        counter_examples=("std::cout", "Time 12:34:56", "2001::db8::1", "text2001:db8::1"),
    ),
    PiiRule(
        name="mac_address",
        code="pii.mac_address",
        pattern=r"(?i)\b((?:[0-9a-f]{2}:){5}[0-9a-f]{2}|(?:[0-9a-f]{2}-){5}[0-9a-f]{2}"
        r"|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})\b",
        severity=Severity.LOW,
        score=0.8,
        validate=_mac,
        examples=("Device MAC: AA:BB:CC:DD:EE:FF", "Cisco MAC: 0012.3456.789A"),
        counter_examples=("FF:FF:FF:FF:FF:FF", "10:2F:33-AC-29-C3", "00:1A:2B:3C:4D"),
    ),
    PiiRule(
        name="bitcoin_address",
        code="pii.crypto_wallet",
        pattern=r"\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b",
        severity=Severity.MEDIUM,
        score=0.9,
        validate=cs.base58check,
        examples=("my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ",),
        counter_examples=("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", "1111111111111111111111111111"),
    ),
    PiiRule(
        name="bech32_address",
        code="pii.crypto_wallet",
        pattern=r"(?i)\b((?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87})\b",
        severity=Severity.MEDIUM,
        score=0.9,
        validate=cs.bech32_address,
        examples=("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",),
        counter_examples=("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",),
    ),
    PiiRule(
        name="ethereum_address",
        code="pii.crypto_wallet",
        pattern=r"\b(0x[0-9a-fA-F]{40})\b",
        severity=Severity.MEDIUM,
        score=0.85,
        validate=cs.eth_address,
        examples=(
            "send to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae",
        ),
        counter_examples=(
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
            "0x0000000000000000000000000000000000000000",
        ),
    ),
    PiiRule(
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
        counter_examples=("the meeting is on 14/03/2025", "born in the USA"),
    ),
    PiiRule(
        name="phone_in_context",
        code="pii.phone",
        pattern=_PHONE,
        severity=Severity.MEDIUM,
        score=0.6,
        validate=_phone_possible,
        context=(
            "phone",
            "call",
            "tel",
            "telef",
            "teléf",
            "telep",
            "mobile",
            "cell",
            "fax",
            "contact",
            "reach",
            "whatsapp",
            "sms",
            "text me",
            "office",
            "desk",
            "messages to",
            "answering",
            "ring",
        ),
        context_required=True,
        examples=("Can someone call me on 450 0840?", "Mobile: 0688 843 79 56"),
        counter_examples=("call me at 5 pm", "phone model 2024"),
    ),
    PiiRule(
        name="phone",
        code="pii.phone",
        pattern=_PHONE,
        severity=Severity.MEDIUM,
        score=0.75,
        validate=_phone_valid,
        context=(
            "phone",
            "call",
            "tel",
            "mobile",
            "cell",
            "fax",
            "contact",
            "reach",
            "whatsapp",
            "sms",
            "text me",
        ),
        examples=("call me on +44 20 7946 0958", "Phone: (602) 272-9781", "+1-984-182-0190"),
        counter_examples=("in 2024-01-15 at 10:30", "version 10.2.3", "order 1234567"),
    ),
    PiiRule(
        name="phone_wide",
        code="pii.phone",
        pattern=_PHONE,
        severity=Severity.MEDIUM,
        score=0.7,
        validate=_phone_valid_wide,
        context=_PHONE_WORDS,
        context_required=True,
        standalone=True,
        examples=("09171234567", "Cep no: 05321234567", "phone: 052 5552606"),
        counter_examples=("order 09171234567 shipped", "9123456789"),
    ),
)
