"""Check digits and structure of more national identity and tax numbers (Europe, the Americas,
Asia): each function takes the matched text and says whether it is a well-formed number of its
kind, separators ignored. The schemes are the ones the issuing authorities publish."""

from __future__ import annotations

from bastion.detectors.checksums import (
    alnum_of,
    digits_of,
    iso7064_mod11_10,
    luhn,
    repetitive,
    valid_date,
    valid_in_any_century,
    weighted,
)

# --- Europe ----------------------------------------------------------------------------------


def be_national_number(text: str) -> bool:
    """Belgian national register number: YYMMDD, a serial, and 97 minus the rest mod 97 (with a
    2 prefixed for people born since 2000). BIS numbers add 20 or 40 to the month; a month or
    day the register did not know is written as zero or past the month's end."""
    digits = digits_of(text)
    if len(digits) != 11 or repetitive(digits):
        return False
    body, check = digits[:9], int(digits[9:])
    if check not in (97 - int(body) % 97, 97 - int("2" + body) % 97):
        return False
    return int(digits[2:4]) % 20 <= 12 and int(digits[4:6]) <= 31


def bg_egn(text: str) -> bool:
    """Bulgarian uniform civil number: YYMMDD (month +20 for 1800s, +40 for 2000s), weighted
    mod 11 check digit."""
    digits = digits_of(text)
    if len(digits) != 10:
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    century = 1900 if month <= 12 else 1800 if month <= 32 else 2000
    if not valid_date(century + year, month % 20 or month, day):
        return False
    check = weighted(digits, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11 % 10
    return check == int(digits[9])


def cz_birth_number(text: str) -> bool:
    """Czech and Slovak birth number (rodné číslo): YYMMDD (women +50 to the month, +20 for
    late registrations) and a serial; ten-digit numbers are divisible by 11."""
    digits = digits_of(text)
    if len(digits) not in (9, 10) or repetitive(digits):
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]) % 50, int(digits[4:6])
    month = month - 20 if month > 20 else month
    if len(digits) == 9:  # issued until 1953, without a check digit
        return year < 54 and valid_date(1900 + year, month, day)
    if not valid_in_any_century(year, month, day, (1900, 2000)):
        return False
    return int(digits) % 11 == 0 or (int(digits[:9]) % 11 == 10 and digits[9] == "0")


def dk_cpr(text: str) -> bool:
    """Danish CPR number: DDMMYY and four digits; the mod-11 check was dropped in 2007, so only
    the date is checked."""
    digits = digits_of(text)
    if len(digits) != 10 or repetitive(digits):
        return False
    return valid_in_any_century(int(digits[4:6]), int(digits[2:4]), int(digits[:2]), (1900, 2000))


def baltic_personal_code(text: str) -> bool:
    """Estonian isikukood and Lithuanian asmens kodas: century/sex digit, YYMMDD, serial, and a
    mod-11 check with a second weight row when the first gives 10."""
    digits = digits_of(text)
    if len(digits) != 11 or digits[0] not in "123456":
        return False
    century = (1800, 1900, 2000)[(int(digits[0]) - 1) // 2]
    if not valid_date(century + int(digits[1:3]), int(digits[3:5]), int(digits[5:7])):
        return False
    check = weighted(digits, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = weighted(digits, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return check == int(digits[10])


def si_emso(text: str) -> bool:
    """Slovenian (and former Yugoslav) unique master citizen number: DDMMYYY, region, serial,
    weighted mod-11 check."""
    digits = digits_of(text)
    if len(digits) != 13 or repetitive(digits):
        return False
    year = int(digits[4:7])
    year += 1000 if year >= 800 else 2000
    if not valid_date(year, int(digits[2:4]), int(digits[:2])):
        return False
    rest = weighted(digits, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return rest != 1 and (0 if rest == 0 else 11 - rest) == int(digits[12])


def at_social_security(text: str) -> bool:
    """Austrian social insurance number: a serial, a mod-11 check digit, and DDMMYY (a month of
    13-15 where the birth date was not known)."""
    digits = digits_of(text)
    if len(digits) != 10 or digits[0] == "0":
        return False
    check = weighted(digits, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11
    day, month = int(digits[4:6]), int(digits[6:8])
    return check == int(digits[3]) and 1 <= day <= 31 and 1 <= month <= 15


def hu_personal_id(text: str) -> bool:
    """Hungarian personal identification number: sex/century digit, YYMMDD, serial and a mod-11
    check digit (weights ascending for births before 1997, descending since)."""
    digits = digits_of(text)
    if len(digits) != 11 or digits[0] not in "12345678":
        return False
    century = {"1": 1900, "2": 1900, "3": 1800, "4": 1800}.get(digits[0], 2000)
    year = century + int(digits[1:3])
    if digits[0] in "78":  # foreigners: born 1900-1999
        year = 1900 + int(digits[1:3])
    if not valid_date(year, int(digits[3:5]), int(digits[5:7])):
        return False
    weights = tuple(range(1, 11)) if year < 1997 else tuple(range(10, 0, -1))
    check = weighted(digits, weights) % 11
    return check != 10 and check == int(digits[10])


def hr_oib(text: str) -> bool:
    digits = digits_of(text)
    return len(digits) == 11 and not repetitive(digits) and iso7064_mod11_10(digits)


_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_pps(text: str) -> bool:
    """Irish personal public service number: seven digits, a mod-23 check letter, and an
    optional second letter that enters the sum."""
    code = alnum_of(text)
    if len(code) not in (8, 9) or not code[:7].isdigit() or not code[7:].isalpha():
        return False
    total = weighted(code[:7], (8, 7, 6, 5, 4, 3, 2))
    if len(code) == 9 and code[8] in "ABH":  # numbers issued since 2013; W, T, X are older
        total += 9 * _PPS_LETTERS.index(code[8])
    return _PPS_LETTERS[total % 23] == code[7]


def ch_ahv(text: str) -> bool:
    """Swiss social security number (AHV/AVS): 756, nine digits, EAN-13 check digit."""
    digits = digits_of(text)
    if len(digits) != 13 or not digits.startswith("756"):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def pt_nif(text: str) -> bool:
    """Portuguese tax number (NIF): nine digits, weighted mod-11 check digit."""
    digits = digits_of(text)
    if len(digits) != 9 or digits[0] not in "1235689" or repetitive(digits):
        return False
    check = 11 - weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if check >= 10 else check) == int(digits[8])


def is_kennitala(text: str) -> bool:
    """Icelandic identity number: DDMMYY (day +40 for companies), two digits, a mod-11 check
    digit and a century digit."""
    digits = digits_of(text)
    if len(digits) != 10 or digits[9] not in "890":
        return False
    day = int(digits[:2])
    century = {"8": 1800, "9": 1900, "0": 2000}[digits[9]]
    if not valid_date(century + int(digits[4:6]), int(digits[2:4]), day - 40 if day > 40 else day):
        return False
    check = 11 - weighted(digits, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return check != 10 and check % 11 == int(digits[8])


# --- the Americas ----------------------------------------------------------------------------

_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_CURP_STATES = frozenset(
    "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN "
    "ZS NE".split()
)


def mx_curp(text: str) -> bool:
    """Mexican population registry key: four letters, YYMMDD, sex, state, three consonants, a
    homonym character and a weighted mod-10 check digit."""
    code = text.strip().upper()
    if len(code) != 18 or code[10] not in "HMX" or code[11:13] not in _CURP_STATES:
        return False
    year, month, day = int(code[4:6]), int(code[6:8]), int(code[8:10])
    if not valid_in_any_century(year, month, day, (1900, 2000)):
        return False
    if any(c not in _CURP_CHARS for c in code[:17]):
        return False
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(code[:17]))
    return str((10 - total % 10) % 10) == code[17]


def cl_rut(text: str) -> bool:
    """Chilean RUT/RUN: a body of up to eight digits and a mod-11 check character (K for 10)."""
    code = alnum_of(text)
    body, check = code[:-1], code[-1]
    if not 7 <= len(body) <= 8 or not body.isdigit() or repetitive(body):
        return False
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    expected = 11 - total % 11
    return {11: "0", 10: "K"}.get(expected, str(expected)) == check


def ar_cuit(text: str) -> bool:
    """Argentine CUIT/CUIL: a type prefix, the DNI and a weighted mod-11 check digit."""
    digits = digits_of(text)
    if len(digits) != 11 or digits[:2] not in ("20", "23", "24", "27", "30", "33", "34"):
        return False
    check = 11 - weighted(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return "012345678990"[check] == digits[10]


def ec_cedula(text: str) -> bool:
    """Ecuadorian identity card number: a province code, a third digit below 6 for people, and
    a Luhn check digit."""
    digits = digits_of(text)
    if len(digits) != 10 or not ("01" <= digits[:2] <= "24" or digits[:2] == "30"):
        return False
    return digits[2] < "6" and luhn(digits) and not repetitive(digits[2:])


def do_cedula(text: str) -> bool:
    """Dominican identity card number (cédula): eleven digits with a Luhn check digit."""
    digits = digits_of(text)
    return len(digits) == 11 and luhn(digits) and not repetitive(digits[3:])


# --- Asia ------------------------------------------------------------------------------------


def hk_id(text: str) -> bool:
    """Hong Kong identity card number: one or two letters, six digits, a mod-11 check character
    (A for 10), usually written in brackets."""
    code = alnum_of(text)
    letters = len(code) - 7
    if letters not in (1, 2) or not code[:letters].isalpha() or not code[letters:-1].isdigit():
        return False
    values = [36] * (2 - letters) + [int(c, 36) for c in code[:-1]]
    check = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) % 11) % 11
    return ("A" if check == 10 else str(check)) == code[-1]


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the order the ministry assigned them


def tw_national_id(text: str) -> bool:
    """Taiwan national identification number: a region letter, 1 or 2 for sex (8 or 9 for
    residents), seven digits and a check digit; the weighted sum is a multiple of ten."""
    code = alnum_of(text)
    if len(code) != 10 or code[0] not in _TW_LETTERS or not code[1:].isdigit():
        return False
    if code[1] not in "1289":
        return False
    region = _TW_LETTERS.index(code[0]) + 10
    total = region // 10 + 9 * (region % 10) + weighted(code[1:9], (8, 7, 6, 5, 4, 3, 2, 1))
    return (total + int(code[9])) % 10 == 0


def jp_my_number(text: str) -> bool:
    """Japanese individual number: eleven digits and a weighted mod-11 check digit."""
    digits = digits_of(text)
    if len(digits) != 12 or repetitive(digits):
        return False
    body = digits[10::-1]  # from the digit next to the check digit leftwards
    total = sum(int(c) * (i + 2 if i < 6 else i - 4) for i, c in enumerate(body))
    rest = total % 11
    return (0 if rest <= 1 else 11 - rest) == int(digits[11])


# Place-of-birth codes of Malaysian identity cards: states, then foreign birth places.
_MY_PLACES = frozenset(
    [*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80), *range(82, 94), 98, 99]
)


def my_nric(text: str) -> bool:
    """Malaysian identity card number (MyKad): YYMMDD, a place-of-birth code and four digits."""
    digits = digits_of(text)
    if len(digits) != 12 or int(digits[6:8]) not in _MY_PLACES:
        return False
    return valid_in_any_century(int(digits[:2]), int(digits[2:4]), int(digits[4:6]), (1900, 2000))


def id_nik(text: str) -> bool:
    """Indonesian population number (NIK): region codes, DDMMYY (women +40 to the day), serial."""
    digits = digits_of(text)
    if len(digits) != 16 or digits[:2] < "11" or digits[:2] > "94" or digits[12:] == "0000":
        return False
    day = int(digits[6:8])
    day = day - 40 if day > 40 else day
    return valid_in_any_century(int(digits[10:12]), int(digits[8:10]), day, (1900, 2000))


def id_npwp(text: str) -> bool:
    """Indonesian taxpayer number (NPWP): nine digits with a Luhn check, then the tax office and
    branch."""
    digits = digits_of(text)
    return len(digits) == 15 and luhn(digits[:9]) and not repetitive(digits[:9])


def pk_cnic(text: str) -> bool:
    """Pakistani computerised national identity card number: a province digit 1-7."""
    digits = digits_of(text)
    return len(digits) == 13 and digits[0] in "1234567" and not repetitive(digits[5:12])
