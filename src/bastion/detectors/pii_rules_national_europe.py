"""PII rules for national identity, tax and insurance numbers of Europe, Turkey and Russia."""

from __future__ import annotations

from bastion.core.types import Severity
from bastion.detectors import national_numbers as ids
from bastion.detectors import pii_national_numbers as more_ids
from bastion.detectors.pii_rules_base import ID_WORDS, PiiRule

UK_NINO = PiiRule(
    name="uk_nino",
    code="pii.national_id.gb",
    # Written in pairs ("AB 12 34 56 C"), or in threes in capitals ("AB 123 456 C"): in small
    # letters a number grouped in threes is an amount ("grew by 123 456 a year").
    pattern=r"\b((?i:[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])|[A-Z]{2} ?\d{3} \d{3} ?[A-D])\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.uk_nino,
    context=("national insurance", "nino", "ni number", "ni no"),
    examples=(
        "National Insurance Number AB 12 34 56 C",
        "nino: PR 123612C",
        "NI number JT 482 913 B",
    ),
    counterexamples=(
        "BG 12 34 56 A",
        "QQ 12 34 56 E",
        "DA 12 34 56 A",
        "Revenue grew by 123 456 a year",
    ),
)


UK_NHS = PiiRule(
    name="uk_nhs",
    code="pii.national_id.gb",
    pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{4})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.uk_nhs,
    context=("nhs",),
    context_required=True,
    standalone=True,
    examples=("NHS number 401 023 2137",),
    counterexamples=("NHS number 401 023 2138", "call 401 023 2137"),
)


DE_TAX_ID = PiiRule(
    name="de_tax_id",
    code="pii.national_id.de",
    pattern=r"\b([1-9]\d{10}|[1-9]\d \d{3} \d{3} \d{3})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.de_tax_id,
    context=("steuer", "idnr", "identifikationsnummer", "tax id", "tin"),
    context_required=True,
    standalone=True,
    examples=("Meine Steuer-ID: 12345678903.", "IdNr. 98765432106 liegt vor."),
    counterexamples=("Steuer-ID 12345678901", "order 12345678903"),
)


DE_ID_CARD = PiiRule(
    name="de_id_card",
    code="pii.national_id.de",
    pattern=r"(?i)\b([CFGHJKLMNPRTVWXYZ0-9]{8}\d)\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.icao_document,
    context=("ausweis", "personalausweis", "id card", "identity card", "identitätskarte"),
    context_required=True,
    standalone=True,
    examples=("Personalausweis: L01X00T44.", "Ausweis Nr. C01234565"),
    counterexamples=("Personalausweis: L01X00T47", "order L01X00T44"),
)


DE_PENSION_NUMBER = PiiRule(
    name="de_pension_number",
    code="pii.national_id.de",
    pattern=r"(?i)\b(\d{8}[A-Z]\d{3})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.de_pension_number,
    context=("rvnr", "rentenversicherung", "sozialversicherung", "versicherungsnummer"),
    examples=("RVNR: 15070649C103 laut Sozialversicherungsausweis.", "65070803A019"),
    counterexamples=("15070649C100", "15071349C103"),
)


FR_NIR = PiiRule(
    name="fr_nir",
    code="pii.national_id.fr",
    pattern=r"(?i)\b([12378] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3}"
    r" ?\d{2})\b",
    severity=Severity.HIGH,
    score=0.85,
    validate=ids.fr_nir,
    context=("sécurité sociale", "securite sociale", "nir", "insee", "carte vitale"),
    examples=("NIR 2 55 08 14 168 025 38", "255081416802538"),
    counterexamples=("255081416802539",),
)


ES_DNI = PiiRule(
    name="es_dni",
    code="pii.national_id.es",
    pattern=r"(?i)\b(\d{7,8}-?[TRWAGMYFPDXBNJZSQVHLCKE])\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.es_dni,
    context=("dni", "nif", "documento nacional"),
    examples=("DNI 12345678Z", "55555555-K"),
    counterexamples=("12345678A", "DNI 12345678T"),
)


ES_NIE = PiiRule(
    name="es_nie",
    code="pii.national_id.es",
    pattern=r"(?i)\b([XYZ]-?\d{7}-?[A-Z])\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.es_nie,
    context=("nie", "extranjero"),
    examples=("Mi NIE es X9613851N", "Y8063915-Z"),
    counterexamples=("Y8063915Q", "W8063915Q"),
)


IT_FISCAL_CODE = PiiRule(
    name="it_fiscal_code",
    code="pii.national_id.it",
    pattern=r"(?i)\b([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
    r"[0-9LMNPQRSTUV]{3}[A-Z])\b",
    severity=Severity.HIGH,
    score=0.9,
    validate=ids.it_fiscal_code,
    context=("codice fiscale", "fiscal code", "cf"),
    examples=(
        "codice fiscale RSSMRA85T10A562S",
        "AAAAAA00B11C333Y",
        "CF omocodico BNCLGU90E45H50MT",
        "VRDGPP74C12F2QSY",
    ),
    # The last: a check letter that holds, on the 35th of October.
    counterexamples=(
        "RSSMRA85T10A562T",
        "A55AAA00B11C333N",
        "BNCLGU90E45H50MB",
        "VRDLCU77R35H501I",
    ),
)


NL_BSN = PiiRule(
    name="nl_bsn",
    code="pii.national_id.nl",
    pattern=r"\b(\d{4}\.?\d{2}\.?\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.nl_bsn,
    context=("bsn", "burgerservicenummer", "sofinummer", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("mijn BSN is 111222333", "burgerservicenummer: 123456782"),
    counterexamples=("BSN 111222334", "order 111222333"),
)


PL_PESEL = PiiRule(
    name="pl_pesel",
    code="pii.national_id.pl",
    pattern=r"\b(\d{11})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.pl_pesel,
    context=("pesel", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("My pesel is 44051401458.", "PESEL: 02070803628"),
    counterexamples=("PESEL 44051401459", "order 44051401458"),
)


_SE_WORDS = ("personnummer", "pnr", "samordningsnummer", *ID_WORDS)


SE_PERSONNUMMER = PiiRule(
    name="se_personnummer",
    code="pii.national_id.se",
    # Written with its separator before the last four digits; run together, see below.
    pattern=r"\b((?:18|19|20)?\d{6}[\-+]\d{4})\b",
    severity=Severity.HIGH,
    score=0.65,
    validate=ids.se_personnummer,
    context=_SE_WORDS,
    examples=("871220-2384", "19910924-2397"),
    counterexamples=("19000309-3393", "871220-2385"),
)


SE_PERSONNUMMER_DIGITS = PiiRule(
    name="se_personnummer_digits",
    code="pii.national_id.se",
    # Run together, a date and four digits is also how shops number orders by day
    # ("202611300001" passes the check one time in ten), so a naming word must be near, or the
    # number must stand alone as a field's value.
    pattern=r"\b((?:18|19|20)?\d{10})\b",
    severity=Severity.HIGH,
    score=0.65,
    validate=ids.se_personnummer,
    context=_SE_WORDS,
    context_required=True,
    standalone=True,
    examples=("Here's my personnummer 200109022392.", "pnr 8712202384"),
    counterexamples=("200504422381", "order 202611300001 has shipped"),
)


FI_HETU = PiiRule(
    name="fi_hetu",
    code="pii.national_id.fi",
    pattern=r"(?i)\b(\d{6}[+\-ABCDEFYXWVU]\d{3}[0-9A-Y])\b",
    severity=Severity.HIGH,
    score=0.85,
    validate=ids.fi_hetu,
    context=("henkilötunnus", "hetu", "identity code", *ID_WORDS),
    examples=("henkilötunnus 131052-308T", "020594X902N"),
    counterexamples=("131052-308U", "311190-1111"),
)


TR_TCKN = PiiRule(
    name="tr_tckn",
    code="pii.national_id.tr",
    pattern=r"\b([1-9]\d{10})\b",
    severity=Severity.HIGH,
    score=0.65,
    validate=ids.tr_tckn,
    context=("tckn", "kimlik", "tc no", "turkish id", *ID_WORDS),
    examples=("TC Kimlik No: 10000000146", "76543210794"),
    counterexamples=("10000000145", "12345678900"),
)


NO_FODSELSNUMMER = PiiRule(
    name="no_fodselsnummer",
    code="pii.national_id.no",
    pattern=r"\b(\d{6}[ ]?\d{5})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.no_fodselsnummer,
    context=(
        "fødselsnummer",
        "fodselsnummer",
        "personnummer",
        "d-nummer",
        "norwegian id",
        *ID_WORDS,
    ),
    context_required=True,
    standalone=True,
    examples=("fødselsnummer 01010750160", "Norwegian ID: 150464 44547"),
    counterexamples=("fødselsnummer 01010750161", "invoice 01010750160"),
)


RO_CNP = PiiRule(
    name="ro_cnp",
    code="pii.national_id.ro",
    pattern=r"\b([1-9]\d{12})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ro_cnp,
    context=("cnp", "cod numeric personal", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("CNP: 1800101221144", "my personal id 2990101400018"),
    counterexamples=("CNP 1800101221145", "order 1800101221144"),
)


GR_AMKA = PiiRule(
    name="gr_amka",
    code="pii.national_id.gr",
    pattern=r"\b(\d{11})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.gr_amka,
    context=("amka", "αμκα", "social security", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("AMKA 18078382597", "ΑΜΚΑ: 24129691903"),
    counterexamples=("AMKA 18078382598", "ref 18078382597"),
)


RU_INN = PiiRule(
    name="ru_inn",
    code="pii.national_id.ru",
    pattern=r"\b(\d{12}|\d{10})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ru_inn,
    context=("инн", "inn", "taxpayer", "tax id", "налогоплательщик"),
    context_required=True,
    examples=("ИНН 500100732259", "INN: 7707083893"),
    counterexamples=("ИНН 500100732258", "phone 7707083893"),
)


RU_SNILS = PiiRule(
    name="ru_snils",
    code="pii.national_id.ru",
    pattern=r"\b(\d{3}-\d{3}-\d{3}[ \-]\d{2}|\d{11})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ru_snils,
    context=("снилс", "snils", "страховой номер", "insurance number"),
    context_required=True,
    standalone=True,
    examples=("СНИЛС 112-233-445 95", "SNILS: 11223344595"),
    counterexamples=("СНИЛС 112-233-445 96", "order 112-233-445 95"),
)


IT_IDENTITY_CARD = PiiRule(
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
    counterexamples=("ticket AB1234567 closed", "CA00000A"),
)


AT_SOCIAL_SECURITY = PiiRule(
    name="at_social_security",
    code="pii.national_id.at",
    pattern=r"\b(\d{4} ?\d{6})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=more_ids.at_social_security,
    context=("sozialversicherungsnummer", "versicherungsnummer", "svnr", "sv-nr", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("SVNR: 5289 181158", "Sozialversicherungsnummer 4355101263"),
    counterexamples=("SVNR: 5288 181158", "order 5289181158"),
)


HU_PERSONAL_ID = PiiRule(
    name="hu_personal_id",
    code="pii.national_id.hu",
    pattern=r"\b([1-8][ -]?\d{6}[ -]?\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=more_ids.hu_personal_id,
    context=("személyi azonosító", "szemelyi azonosito", "személyi szám", *ID_WORDS),
    context_required=True,
    examples=("Személyi azonosító: 1-890403-3977", "my national ID number is 14811137345"),
    counterexamples=("személyi azonosító 1-890403-3978", "order 18904033977"),
)
