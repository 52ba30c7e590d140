"""PII rules for national identity and tax numbers of the Americas, Asia-Pacific and Africa."""

from __future__ import annotations

from bastion.core.types import Severity
from bastion.detectors import checksums as cs
from bastion.detectors import national_numbers as ids
from bastion.detectors.pii_rules_base import ID_WORDS, PiiRule


def _kr_rrn(value: str) -> bool:
    """Korean resident (1-4, 9, 0) or foreigner (5-8) registration number: a real birth date
    and a century/sex digit. Numbers issued since October 2020 end in random digits, so the old
    check digit is not required."""
    digits = cs.digits_of(value)
    if len(digits) != 13 or digits[6] not in "12345678":
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and len(set(digits[7:])) > 1


_SSN_WORDS = ("ssn", "social security", "social sec", "ssid", "ss#", "ss no")
_TAX_WORDS = ("tax", "tin", "itin", "taxpayer", "ein", "employer identification", "fein")


SSN = PiiRule(
    name="ssn",
    code="pii.ssn",
    pattern=r"\b(\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.us_ssn,
    context=_SSN_WORDS,
    examples=("Here's my SSN: 536-32-3065", "078 05 1123", "ssn 212.45.6789"),
    counterexamples=(
        "000-12-3456",
        "666-12-3456",
        "912-12-3456",
        "123-00-4567",
        "123-45-0000",
        "693-09.4444",
    ),
)


SSN_UNFORMATTED = PiiRule(
    name="ssn_unformatted",
    code="pii.ssn",
    pattern=r"\b(\d{9}|\d{3}-\d{6}|\d{5}-\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.us_ssn,
    context=_SSN_WORDS,
    context_required=True,
    examples=("my social security number is 078051121", "my ssn is 078-051121"),
    counterexamples=("order 212456789 shipped", "ssn 000121234", "my ssn is 666121234"),
)


SSN_EXAMPLE = PiiRule(
    name="ssn_example",
    code="pii.ssn",
    # 123-45-6789 was never issued, but it is the number forms and documentation show, and
    # given as someone's SSN in a reply it is redacted: a reader cannot tell it from a real
    # one. The numbers voided after they were printed on sample cards stay look-alikes.
    pattern=r"\b(123[- .]?45[- .]?6789)\b",
    severity=Severity.HIGH,
    score=0.7,
    context=_SSN_WORDS,
    context_required=True,
    examples=("His SSN is 123-45-6789.", "social security number: 123 45 6789"),
    counterexamples=("123-45-6789", "ticket 123456789 was closed", "ISBN 123-45-6789"),
)


US_ITIN = PiiRule(
    name="us_itin",
    code="pii.national_id.us",
    pattern=r"\b(9\d{2}-?\d{2}-?\d{4}|9\d{2} \d{2} \d{4})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.us_itin,
    context=_TAX_WORDS,
    context_required=True,
    standalone=True,
    examples=("my itin is 911-70-1234", "ITIN: 911701234"),
    counterexamples=("my tax id 911-89-1234", "call 911-70-1234"),
)


US_EIN = PiiRule(
    name="us_ein",
    code="pii.national_id.us",
    pattern=r"\b(\d{2}-\d{7})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.us_ein,
    context=("ein", "employer identification", "fein", "tax id", "federal tax"),
    context_required=True,
    examples=("Our EIN is 12-3456789.", "federal tax id 45-2671983"),
    counterexamples=("ref 12-3456789", "EIN 07-1234567"),
)


US_MBI = PiiRule(
    name="us_mbi",
    code="pii.national_id.us",
    pattern=r"(?i)\b([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]"
    r"[AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})\b",
    severity=Severity.HIGH,
    score=0.7,
    context=("medicare", "mbi", "beneficiary"),
    examples=("Medicare ID: 3CD5-FG7-HJ89", "1EG4TE5MK73"),
    counterexamples=("1BG4-TE5-MK73", "1EG4-TE5-MI73", "AEG4-TE5-MK73"),
)


BR_CPF = PiiRule(
    name="br_cpf",
    code="pii.national_id.br",
    pattern=r"\b(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.br_cpf,
    context=("cpf",),
    examples=("CPF 529.982.247-25", "52998224725"),
    counterexamples=("529.982.247-26", "111.111.111-11"),
)


BR_CNPJ = PiiRule(
    name="br_cnpj",
    code="pii.national_id.br",
    pattern=r"\b(\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.br_cnpj,
    context=("cnpj",),
    examples=("CNPJ 11.222.333/0001-81",),
    counterexamples=("11.222.333/0001-82",),
)


CA_SIN = PiiRule(
    name="ca_sin",
    code="pii.national_id.ca",
    pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{3})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ca_sin,
    context=("sin", "social insurance", "nas", "assurance sociale", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("my SIN is 130-692-544", "mon NAS: 258 933 688"),
    counterexamples=("my SIN is 130 692 545", "call 130-692-544"),
)


AU_TFN = PiiRule(
    name="au_tfn",
    code="pii.national_id.au",
    pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{3})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.au_tfn,
    context=("tfn", "tax file"),
    context_required=True,
    standalone=True,
    examples=("my TFN is 876 543 210", "tax file number 876543210"),
    counterexamples=("TFN 824 753 557", "box 876 543 210"),
)


AU_MEDICARE = PiiRule(
    name="au_medicare",
    code="pii.national_id.au",
    pattern=r"\b([2-6]\d{3}[ \-]?\d{5}[ \-]?\d{1,2})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.au_medicare,
    context=("medicare",),
    context_required=True,
    standalone=True,
    examples=("Medicare card 2123 45670 1",),
    counterexamples=("Medicare card 2123 25870 1", "ref 2123 45670 1"),
)


IN_AADHAAR = PiiRule(
    name="in_aadhaar",
    code="pii.national_id.in",
    # Printed in groups of four, an Aadhaar number stands out; as twelve plain digits it looks
    # like any order number, and its Verhoeff digit passes one in ten of those.
    pattern=r"\b([2-9]\d{3}[ \-:]\d{4}[ \-:]\d{4})\b",
    severity=Severity.HIGH,
    score=0.6,
    validate=ids.in_aadhaar,
    context=("aadhaar", "aadhar", "uidai", "uid"),
    examples=("My Aadhaar number is 4001 2345 6787", "3123 4567 8909"),
    counterexamples=("1234 5678 9012", "3123 4567 8900"),
)


IN_AADHAAR_PLAIN = PiiRule(
    name="in_aadhaar_plain",
    code="pii.national_id.in",
    pattern=r"\b([2-9]\d{11})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.in_aadhaar,
    context=("aadhaar", "aadhar", "uidai", "uid", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("My Aadhaar number is 400123456787", "312345678909"),
    counterexamples=("Order 312345678909 shipped", "aadhaar 312345678900"),
)


SG_NRIC = PiiRule(
    name="sg_nric",
    code="pii.national_id.sg",
    pattern=r"(?i)\b([STFGM]\d{7}[A-Z])\b",
    severity=Severity.HIGH,
    score=0.85,
    validate=ids.sg_nric,
    context=("nric", "fin"),
    examples=("NRIC S2740116C was processed", "F2346401L"),
    counterexamples=("S2740116D", "A1234567Z"),
)


ZA_ID = PiiRule(
    name="za_id",
    code="pii.national_id.za",
    pattern=r"\b(\d{13})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.za_id,
    context=("south african id", "rsa id", "id number", "identity number"),
    examples=("My South African ID is 9202201234088.", "8001015009087"),
    counterexamples=("8001015009086", "1234567890123"),
)


KR_RRN = PiiRule(
    name="kr_rrn",
    code="pii.national_id.kr",
    pattern=r"\b(\d{6}-\d{7})\b",
    severity=Severity.HIGH,
    score=0.6,
    validate=_kr_rrn,
    context=("rrn", "frn", "주민등록", "registration number", "korean"),
    examples=("His Korean RRN is 960121-1021413", "050912-2000019"),
    counterexamples=("001332-1234567", "051102-9234110"),
)


KR_RRN_UNFORMATTED = PiiRule(
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
    counterexamples=("His RRN is 9613211021413",),
)


TH_NATIONAL_ID = PiiRule(
    name="th_national_id",
    code="pii.national_id.th",
    pattern=r"\b([1-8][ \-]?\d{4}[ \-]?\d{5}[ \-]?\d{2}[ \-]?\d)\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.th_national_id,
    context=("thai", "tnin", "บัตรประชาชน", "ประจำตัวประชาชน", "national id"),
    context_required=True,
    standalone=True,
    examples=("My Thai ID is 1234567890121", "TNIN: 2345678901234"),
    counterexamples=("Thai ID 2345678901235", "ref 1234567890121"),
)


CN_RESIDENT_ID = PiiRule(
    name="cn_resident_id",
    code="pii.national_id.cn",
    # The birth date and the ISO 7064 check character leave about one random 18-digit number
    # in 15,000 passing, so no context word is needed.
    pattern=r"\b(\d{6}(?:18|19|20)\d{9}[\dXx])\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.cn_resident_id,
    context=("身份证", "resident id", "resident identity", "chinese id", *ID_WORDS),
    examples=("身份证号 11010519491231002X", "ID 440524198001010013"),
    counterexamples=("11010519491231002Y", "tracking 440524198001010012"),
)


IL_TEUDAT_ZEHUT = PiiRule(
    name="il_teudat_zehut",
    code="pii.national_id.il",
    pattern=r"\b(\d{9})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.il_teudat_zehut,
    context=("teudat zehut", "תעודת זהות", "מספר זהות", "ת.ז", "israeli id", *ID_WORDS),
    context_required=True,
    examples=("Teudat Zehut 320501828", "מספר זהות 796540276"),
    counterexamples=("teudat zehut 320501829", "order 320501828"),
)


IN_PAN = PiiRule(
    name="in_pan",
    code="pii.national_id.in",
    pattern=r"\b([A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])\b",
    severity=Severity.HIGH,
    score=0.7,
    context=("pan", "permanent account", "income tax"),
    examples=("My PAN number is ABBPM4567S with a lot of text", "ABCPD1234Z"),
    counterexamples=("ABCD1234", "ABCSD1234Z"),
)


PH_TIN = PiiRule(
    name="ph_tin",
    code="pii.national_id.ph",
    pattern=r"\b(\d{3}-?\d{3}-?\d{3}(?:-?\d{3})?)\b",
    severity=Severity.HIGH,
    score=0.7,
    # A nine-digit TIN has no check digit: 123456789 is the one a form is filled in with.
    validate=lambda value: not cs.digits_of(value).startswith(("000000", "6", "123456789")),
    context=("tin", "bir", "tax id", "taxpayer"),
    context_required=True,
    examples=("My TIN is 000-123-456-000", "BIR TIN: 000123456000"),
    counterexamples=("Invalid TIN 600-000-000", "order 000-123-456-000", "TIN: 123-456-789"),
)


IN_VOTER_ID = PiiRule(
    name="in_voter_id",
    code="pii.national_id.in",
    pattern=r"(?i)\b([A-Z]{3}\d{7})\b",
    severity=Severity.HIGH,
    score=0.7,
    context=("voter", "vote", "epic", "election"),
    context_required=True,
    standalone=True,
    examples=("my voter id is DBJ2289013", "KSD1287349"),
    counterexamples=("SKU ABC1234567 is in stock", "A8923571WZ"),
)
