"""PII rules for more national identity and tax numbers: Belgium, Bulgaria, Czechia and Slovakia,
Denmark, Estonia and Lithuania, Slovenia and the former Yugoslavia, Croatia, Ireland,
Switzerland, Portugal, Iceland, Mexico, Chile, Argentina, Hong Kong, Taiwan, Japan, Malaysia,
Indonesia and Pakistan.

A number written in its national layout (dots, slashes, hyphens in fixed places, brackets) with a
strong check is reported on its own; the same digits as one plain run need a context word, since a
one-in-eleven check passes every eleventh order number. None of these rules takes a bare value
(a form field) for context: among the many schemes, one would pass any short digit run.
"""

from __future__ import annotations

from bastion.core.types import Severity
from bastion.detectors import pii_national_numbers as ids
from bastion.detectors.pii_rules_base import ID_WORDS, PiiRule

BE_NATIONAL_NUMBER = PiiRule(
    name="be_national_number",
    code="pii.national_id.be",
    pattern=r"\b(\d{2}\.\d{2}\.\d{2}[ .\-]\d{3}[ .\-]?\d{2})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.be_national_number,
    context=("rijksregister", "registre national", "numéro national", "insz", "niss", *ID_WORDS),
    examples=("Rijksregisternummer: 49.06.08-739.24", "51.01.22-396.22"),
    counterexamples=("49.06.08-739.25", "version 10.20.30-400.50"),
)


BE_NATIONAL_NUMBER_PLAIN = PiiRule(
    name="be_national_number_plain",
    code="pii.national_id.be",
    # Also as printed on the eID card, in space-separated groups (YY MM DD serial check).
    pattern=r"\b(\d{11}|\d{2} \d{2} \d{2} \d{3} \d{2})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.be_national_number,
    context=("rijksregister", "registre national", "numéro national", "insz", "niss", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=(
        "INSZ 49112144560",
        "numéro national: 51012239622",
        "Rijksregisternummer 49 11 21 445 60",
        "51012239622",
    ),
    counterexamples=(
        "INSZ 49112144561",
        "order 49112144560",
        "call 49 11 21 445 60 after six",
        "Rijksregisternummer 49 11 21 445 61",
    ),
)


BG_EGN = PiiRule(
    name="bg_egn",
    code="pii.national_id.bg",
    pattern=r"\b(\d{10})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.bg_egn,
    context=("егн", "egn", "единен граждански", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("ЕГН: 6611010282", "EGN 8106282189"),
    counterexamples=("ЕГН 6611010283", "invoice 6611010282"),
)


CZ_BIRTH_NUMBER = PiiRule(
    name="cz_birth_number",
    code="pii.national_id.cz",
    pattern=r"\b(\d{6}/\d{3,4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.cz_birth_number,
    # With the slash it is still the shape of an invoice or file number ("927118/5957"), and
    # a date and a one-in-eleven check leave one in thirty of those passing.
    context=("rodné číslo", "rodne cislo", "birth number", "rč", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("rodné číslo 640516/3369", "RČ: 850224/7567"),
    counterexamples=("rodné číslo 640516/3368", "Invoice 927118/5957 was paid."),
)


CZ_BIRTH_NUMBER_PLAIN = PiiRule(
    name="cz_birth_number_plain",
    code="pii.national_id.cz",
    pattern=r"\b(\d{10})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.cz_birth_number,
    context=("rodné číslo", "rodne cislo", "birth number", *ID_WORDS),
    context_required=True,
    examples=("Rodné číslo: 6403068485",),
    counterexamples=("Rodné číslo: 6403068486", "ticket 6403068485"),
)


DK_CPR = PiiRule(
    name="dk_cpr",
    code="pii.national_id.dk",
    pattern=r"\b(\d{6}-?\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.dk_cpr,
    context=("cpr", "personnummer"),  # a date alone: see HR_OIB
    context_required=True,
    examples=("CPR-nummer 051161-8025", "cpr: 2108889781"),
    counterexamples=("CPR 321161-8025", "ref 051161-8025"),
)


BALTIC_PERSONAL_CODE = PiiRule(
    name="baltic_personal_code",
    code="pii.national_id.ee",
    pattern=r"\b([1-6]\d{10})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.baltic_personal_code,
    context=("isikukood", "asmens kodas", "personal code", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("Isikukood 39204050191", "asmens kodas: 67101188785"),
    counterexamples=("isikukood 39204050192", "order 39204050191"),
)


SI_EMSO = PiiRule(
    name="si_emso",
    code="pii.national_id.si",
    pattern=r"\b(\d{13})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.si_emso,
    context=("emšo", "emso", "jmbg", "матични"),
    context_required=True,
    standalone=True,
    examples=("EMŠO: 2412973503271", "JMBG 0605999503143"),
    counterexamples=("EMŠO 2412973503272", "order 2412973503271"),
)


HR_OIB = PiiRule(
    name="hr_oib",
    code="pii.national_id.hr",
    pattern=r"\b(\d{11})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.hr_oib,
    # No structure beyond one check digit: "national ID" before any eleven digits would pass
    # one in ten, so only the number's own name counts.
    context=("oib", "osobni identifikacijski"),
    context_required=True,
    examples=("OIB: 02683754741", "moj OIB je 52196076386"),
    counterexamples=("OIB 02683754742", "order 02683754741"),
)


IE_PPS = PiiRule(
    name="ie_pps",
    code="pii.national_id.ie",
    pattern=r"(?i)\b(\d{7}[A-W][ABHTWX]?)\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ie_pps,
    context=("pps", "ppsn", "personal public service", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("PPS number 9750777G", "PPSN: 9241080JA"),
    counterexamples=("PPS number 9750777H", "part 9750777G"),
)


CH_AHV = PiiRule(
    name="ch_ahv",
    code="pii.national_id.ch",
    # 756 is Switzerland's ISO country code, and no GS1 barcode prefix, so a 13-digit number
    # starting with it and passing the EAN check is an AHV number.
    pattern=r"\b(756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.ch_ahv,
    context=("ahv", "avs", "sozialversicherung", "social security", *ID_WORDS),
    examples=("AHV-Nr. 756.7667.7634.48", "7561866941553"),
    counterexamples=("756.7667.7634.49", "7561866941554"),
)


PT_NIF = PiiRule(
    name="pt_nif",
    code="pii.national_id.pt",
    pattern=r"\b(\d{9})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.pt_nif,
    context=("nif", "contribuinte", "número fiscal", "numero fiscal"),
    context_required=True,
    examples=("NIF: 158468350", "número de contribuinte 124515576"),
    counterexamples=("NIF 158468351", "order 158468350"),
)


IS_KENNITALA = PiiRule(
    name="is_kennitala",
    code="pii.national_id.is",
    pattern=r"\b(\d{6}-?\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.is_kennitala,
    context=("kennitala", "kt.", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("kennitala 150770-3789", "Kennitala: 0102801259"),
    counterexamples=("kennitala 150770-3779", "ref 150770-3789"),
)


MX_CURP = PiiRule(
    name="mx_curp",
    code="pii.national_id.mx",
    pattern=r"(?i)\b([A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d)\b",
    severity=Severity.HIGH,
    score=0.85,
    validate=ids.mx_curp,
    context=("curp",),
    examples=("CURP: SODC731110HVZMCL08", "MAPD470521MNLGBVA9"),
    counterexamples=("SODC731110HVZMCL09", "ABCD991340HDFXXX01"),
)


CL_RUT = PiiRule(
    name="cl_rut",
    code="pii.national_id.cl",
    pattern=r"(?i)\b(\d{1,2}\.\d{3}\.\d{3}-[\dK])\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.cl_rut,
    context=("rut", "run", "rol único", *ID_WORDS),
    examples=("RUT 21.218.645-7", "17.612.144-0"),
    counterexamples=("21.218.645-8", "version 1.234.567-2"),
)


CL_RUT_PLAIN = PiiRule(
    name="cl_rut_plain",
    code="pii.national_id.cl",
    pattern=r"(?i)\b(\d{7,8}-[\dK])\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.cl_rut,
    context=("rut", "run", "rol único", *ID_WORDS),
    context_required=True,
    standalone=True,
    examples=("mi RUT es 9081211-4", "RUN: 17612144-0"),
    counterexamples=("RUT 9081211-5", "build 9081211-4"),
)


AR_CUIT = PiiRule(
    name="ar_cuit",
    code="pii.national_id.ar",
    pattern=r"\b((?:20|23|24|27|30|33|34)-\d{8}-\d)\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.ar_cuit,
    context=("cuit", "cuil", "cdi"),
    examples=("CUIT 27-57003471-0", "23-36274073-8"),
    counterexamples=("27-57003471-1", "21-57003471-0"),
)


AR_CUIT_PLAIN = PiiRule(
    name="ar_cuit_plain",
    code="pii.national_id.ar",
    pattern=r"\b((?:20|23|24|27|30|33|34)\d{9})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.ar_cuit,
    context=("cuit", "cuil", "cdi", "tax id", "taxpayer", "tin"),
    context_required=True,
    standalone=True,
    examples=("CUIL: 27218522136",),
    counterexamples=("CUIL: 27218522137", "order 27218522136"),
)


HK_ID = PiiRule(
    name="hk_id",
    code="pii.national_id.hk",
    pattern=r"\b([A-Z]{1,2}\d{6}\([0-9A]\))",
    severity=Severity.HIGH,
    score=0.85,
    validate=ids.hk_id,
    context=("hkid", "hong kong", "身份證", *ID_WORDS),
    examples=("HKID E010257(5)", "C034712(2) on file"),
    counterexamples=("E010257(6)",),
)


HK_ID_PLAIN = PiiRule(
    name="hk_id_plain",
    code="pii.national_id.hk",
    pattern=r"\b([A-Z]{1,2}\d{6}[0-9A])\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.hk_id,
    context=("hkid", "hong kong id", "身份證", *ID_WORDS),
    context_required=True,
    examples=("HKID: D0127435",),
    counterexamples=("HKID: D0127436", "part D0127435"),
)


TW_NATIONAL_ID = PiiRule(
    name="tw_national_id",
    code="pii.national_id.tw",
    pattern=r"\b([A-Z][1289]\d{8})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.tw_national_id,
    context=("身分證", "身份證", "統一編號", "taiwan", *ID_WORDS),
    context_required=True,
    examples=("身分證: Y263386490", "Taiwan ID: B239155107"),
    counterexamples=("Taiwan ID: B239155108", "part B239155107"),
)


JP_MY_NUMBER = PiiRule(
    name="jp_my_number",
    code="pii.national_id.jp",
    pattern=r"\b(\d{4}[ \-]?\d{4}[ \-]?\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.jp_my_number,
    context=("マイナンバー", "個人番号", "my number", "individual number"),
    context_required=True,
    examples=("マイナンバー: 9151 0998 6478", "My Number 614204627124"),
    counterexamples=("マイナンバー 9151 0998 6479", "order 614204627124"),
)


MY_NRIC = PiiRule(
    name="my_nric",
    code="pii.national_id.my",
    pattern=r"\b(\d{6}-\d{2}-\d{4})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.my_nric,
    context=("mykad", "nric", "ic no", "kad pengenalan", *ID_WORDS),
    examples=("MyKad 690205-02-4723", "430210-04-2462"),
    counterexamples=("691305-02-4723", "690205-19-4723"),
)


MY_NRIC_PLAIN = PiiRule(
    name="my_nric_plain",
    code="pii.national_id.my",
    pattern=r"\b(\d{12})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.my_nric,
    context=("mykad", "nric", "ic no", "kad pengenalan", *ID_WORDS),
    context_required=True,
    examples=("NRIC: 690205024723",),
    counterexamples=("NRIC: 691305024723", "order 690205024723"),
)


CEDULA = PiiRule(
    name="cedula",
    code="pii.national_id.latam",
    # Dominican (eleven digits, often 3-7-1) and Ecuadorian (ten digits) identity cards.
    pattern=r"\b(\d{3}-?\d{7}-?\d|\d{9}-?\d)\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=lambda value: ids.do_cedula(value) or ids.ec_cedula(value),
    context=("cédula", "cedula"),  # Luhn alone: see HR_OIB
    context_required=True,
    examples=("Cédula: 402-2345678-7", "cedula de identidad 0911573681"),
    counterexamples=("Cédula: 402-2345678-4", "order 0911573681"),
)


ID_NIK = PiiRule(
    name="id_nik",
    code="pii.national_id.id",
    pattern=r"\b(\d{16})\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.id_nik,
    context=("nik", "nomor induk kependudukan", "ktp"),
    context_required=True,
    examples=("NIK: 3767172407823546", "No. KTP 2414710407933127"),
    counterexamples=("NIK 3767173407823546", "order 3767172407823546"),
)


ID_NPWP = PiiRule(
    name="id_npwp",
    code="pii.national_id.id",
    pattern=r"\b(\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=ids.id_npwp,
    context=("npwp", "nomor pokok wajib pajak", "tax id"),
    examples=("NPWP: 58.481.883.5-304.534", "95.637.881.4-217.461"),
    counterexamples=("58.481.883.6-304.534", "version 10.200.300.4-500.600"),
)


PK_CNIC = PiiRule(
    name="pk_cnic",
    code="pii.national_id.pk",
    pattern=r"\b([1-7]\d{4}-\d{7}-\d)\b",
    severity=Severity.HIGH,
    score=0.75,
    validate=ids.pk_cnic,
    context=("cnic", "nadra", "شناختی", *ID_WORDS),
    examples=("CNIC 42359-6905512-1", "37936-1761012-9"),
    counterexamples=("82359-6905512-1", "42359-1111111-1"),
)


PK_CNIC_PLAIN = PiiRule(
    name="pk_cnic_plain",
    code="pii.national_id.pk",
    pattern=r"\b([1-7]\d{12})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=ids.pk_cnic,
    context=("cnic", "nadra", "شناختی"),
    context_required=True,
    examples=("CNIC: 4850345134763",),
    counterexamples=("order 4850345134763",),
)
