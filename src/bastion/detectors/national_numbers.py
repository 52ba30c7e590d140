"""Check digits and structure of national identity, tax and document numbers: each function takes
the matched text and says whether it is a well-formed number of its kind (separators ignored)."""

from __future__ import annotations

from bastion.detectors.checksums import (
    alnum_of,
    digits_of,
    iso7064_mod11_10,
    luhn,
    repetitive,
    valid_date,
    valid_in_any_century,
    verhoeff,
    weighted,
)

# --- United States ---------------------------------------------------------------------------


def us_ssn(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    # SSA never issues area 000, 666 or 900-999, group 00 or serial 0000; 078-05-1120 and
    # 219-09-9999 were printed in advertising and are void.
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in ("078051120", "219099999", "123456789")


def us_itin(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 9 or digits[0] != "9":
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


# EIN prefixes the IRS has never assigned.
_EIN_UNUSED = frozenset({"00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70",
                         "78", "79", "89", "96", "97"})  # fmt: skip


def us_ein(text: str) -> bool:
    digits = digits_of(text)
    return len(digits) == 9 and digits[:2] not in _EIN_UNUSED and not repetitive(digits)


# --- Europe ----------------------------------------------------------------------------------

_NINO_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def uk_nino(text: str) -> bool:
    code = alnum_of(text)
    if len(code) != 9 or not code[2:8].isdigit() or code[8] not in "ABCD":
        return False
    first, second = code[0], code[1]
    return first not in "DFIQUV" and second not in "DFIOQUV" and code[:2] not in _NINO_BAD_PREFIX


def uk_nhs(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 10 or repetitive(digits):
        return False
    check = 11 - weighted(digits, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def de_tax_id(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 11 or digits[0] == "0":
        return False
    # Issued numbers repeat at most one digit, at most three times, in the first ten.
    if max(digits[:10].count(d) for d in set(digits[:10])) > 3:
        return False
    return iso7064_mod11_10(digits)


def fr_nir(text: str) -> bool:
    code = alnum_of(text)
    if len(code) != 15 or code[0] not in "12378":
        return False
    body = code[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not code[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(code[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(text: str) -> bool:
    code = alnum_of(text)
    if len(code) not in (8, 9) or not code[:-1].isdigit():
        return False
    return _DNI_LETTERS[int(code[:-1]) % 23] == code[-1]


def es_nie(text: str) -> bool:
    code = alnum_of(text)
    if len(code) != 9 or code[0] not in "XYZ" or not code[1:8].isdigit():
        return False
    return _DNI_LETTERS[int(str("XYZ".index(code[0])) + code[1:8]) % 23] == code[8]


_CF_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
           24, 23)  # fmt: skip


_CF_MONTHS = "ABCDEHLMPRST"  # January to December
_CF_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")


def _cf_birth_date(code: str) -> bool:
    """Month letter and day of birth (plus 40 for women) name a real day of some year."""
    month, day = code[8].upper(), code[9:11].upper().translate(_CF_OMOCODIA)
    if month not in _CF_MONTHS or not day.isdigit():
        return False
    number = int(day) - 40 if int(day) > 40 else int(day)
    return valid_date(2000, _CF_MONTHS.index(month) + 1, number)


def it_fiscal_code(text: str) -> bool:
    # The check letter is computed on the characters as written: a digit replaced by a letter
    # (omocodia, when two people would get the same code) counts as that letter, not the digit.
    code = alnum_of(text)
    if len(code) != 16 or not _cf_birth_date(code):
        return False
    total = 0
    for index, char in enumerate(code[:15]):
        value = int(char) if char.isdigit() else ord(char) - 65
        total += _CF_ODD[value] if index % 2 == 0 else value
    return chr(65 + total % 26) == code[15]


def nl_bsn(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 9 or repetitive(digits):
        return False
    total = weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2)) - int(digits[8])
    return total % 11 == 0 and total > 0


def pl_pesel(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 11 or repetitive(digits):
        return False
    check = (10 - weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10
    if check != int(digits[10]):
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}.get(month // 20)
    return century is not None and valid_date(century + year, month % 20, day)


def se_personnummer(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) == 12:
        century, digits = digits[:2], digits[2:]
        if century not in ("18", "19", "20"):
            return False
        year = int(century + digits[:2])
    elif len(digits) == 10:
        year = 1900 + int(digits[:2])
    else:
        return False
    day = int(digits[4:6])
    day = day - 60 if day > 60 else day  # co-ordination numbers add 60 to the day
    return valid_date(year, int(digits[2:4]), day) and luhn(digits)


def fi_hetu(text: str) -> bool:
    code = text.strip().upper()
    if len(code) != 11 or code[6] not in "+-ABCDEFYXWVU":
        return False
    body = code[:6] + code[7:10]
    if not body.isdigit():
        return False
    century = 1800 if code[6] == "+" else 1900 if code[6] in "-YXWVU" else 2000
    if not valid_date(century + int(code[4:6]), int(code[2:4]), int(code[:2])):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31] == code[10]


def tr_tckn(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 11 or digits[0] == "0":
        return False
    d = [int(c) for c in digits]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def no_fodselsnummer(text: str) -> bool:
    """Norwegian national identity number: DDMMYY, three individual digits, two mod-11 checks.
    D-numbers add 4 to the first day digit, H-numbers 4 to the first month digit."""
    digits = digits_of(text)
    if len(digits) != 11 or repetitive(digits):
        return False
    d = [int(c) for c in digits]
    first = 11 - weighted(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
    second = 11 - (weighted(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3)) + 2 * d[9]) % 11
    if [c % 11 for c in (first, second)] != d[9:] or 10 in (first, second):
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    day = day - 40 if day > 40 else day
    month = month - 40 if month > 40 else month
    # The century follows from the individual number; any of the three valid dates will do.
    year = int(digits[4:6])
    return valid_in_any_century(year, month, day, (1900, 2000, 1800))


def ro_cnp(text: str) -> bool:
    """Romanian personal numeric code: sex/century digit, YYMMDD, county, serial, weighted check."""
    digits = digits_of(text)
    if len(digits) != 13 or digits[0] == "0":
        return False
    century = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}.get(digits[0])
    year, month, day = int(digits[1:3]), int(digits[3:5]), int(digits[5:7])
    dated = (
        valid_date(century + year, month, day)
        if century is not None
        else any(valid_date(c + year, month, day) for c in (1900, 2000))  # residents: 7, 8, 9
    )
    county = int(digits[7:9])
    if not dated or not (1 <= county <= 52 or county in (70, 80, 81, 82, 83)):
        return False
    check = weighted(digits, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return (1 if check == 10 else check) == int(digits[12])


def gr_amka(text: str) -> bool:
    """Greek social security number (AMKA): the holder's DDMMYY birth date, then Luhn."""
    digits = digits_of(text)
    if len(digits) != 11 or repetitive(digits):
        return False
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    dated = valid_date(1900 + year, month, day) or valid_date(2000 + year, month, day)
    return dated and luhn(digits)


def il_teudat_zehut(text: str) -> bool:
    """Israeli identity number: up to nine digits, zero-padded, with a Luhn check digit."""
    digits = digits_of(text)
    return 5 <= len(digits) <= 9 and not repetitive(digits) and luhn(digits.zfill(9))


def ru_inn(text: str) -> bool:
    """Russian taxpayer number: 10 digits (organisations) or 12 (people), mod-11 check digits."""
    digits = digits_of(text)
    if repetitive(digits):
        return False

    def check(weights: tuple[int, ...]) -> int:
        return weighted(digits, weights) % 11 % 10

    if len(digits) == 10:
        return check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[9])
    if len(digits) == 12:
        return check((7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[10]) and check(
            (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        ) == int(digits[11])
    return False


def ru_snils(text: str) -> bool:
    """Russian insurance number (SNILS): nine digits and a two-digit mod-101 checksum."""
    digits = digits_of(text)
    if len(digits) != 11 or repetitive(digits[:9]):
        return False
    total = weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2, 1)) % 101
    return (0 if total == 100 else total) == int(digits[9:])


_CN_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))


def cn_resident_id(text: str) -> bool:
    """Chinese resident identity number (GB 11643): region, YYYYMMDD, serial, ISO 7064 check."""
    code = alnum_of(text)
    if len(code) != 18 or not code[:17].isdigit() or repetitive(code[:17]):
        return False
    if not valid_date(int(code[6:10]), int(code[10:12]), int(code[12:14])):
        return False
    if not 1900 <= int(code[6:10]) <= 2100 or code[:2] < "11" or code[:2] > "82":
        return False
    check = (12 - weighted(code, _CN_WEIGHTS) % 11) % 11
    return ("X" if check == 10 else str(check)) == code[17]


# --- Americas, Asia-Pacific, Africa ----------------------------------------------------------


def _cpf_digit(digits: str, first_weight: int) -> int:
    total = sum(int(c) * w for c, w in zip(digits, range(first_weight, 1, -1), strict=False))
    rest = total % 11
    return 0 if rest < 2 else 11 - rest


def br_cpf(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    return _cpf_digit(digits[:9], 10) == int(digits[9]) and _cpf_digit(digits[:10], 11) == int(
        digits[10]
    )


def br_cnpj(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 14 or len(set(digits)) == 1:
        return False
    weights = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
    for position in (12, 13):
        rest = weighted(digits[:position], weights[13 - position :]) % 11
        if (0 if rest < 2 else 11 - rest) != int(digits[position]):
            return False
    return True


def ca_sin(text: str) -> bool:
    digits = digits_of(text)
    return len(digits) == 9 and digits[0] not in "08" and luhn(digits) and not repetitive(digits)


def au_tfn(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 9 or repetitive(digits):
        return False
    return weighted(digits, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0


def au_medicare(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    return weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9)) % 10 == int(digits[8])


def in_aadhaar(text: str) -> bool:
    digits = digits_of(text)
    return (
        len(digits) == 12 and digits[0] not in "01" and verhoeff(digits) and not repetitive(digits)
    )


_NRIC_ST = "JZIHGFEDCBA"
_NRIC_FG = "XWUTRQPNMLK"
_NRIC_M = "KLJNPQRTUWX"


def sg_nric(text: str) -> bool:
    code = alnum_of(text)
    if len(code) != 9 or code[0] not in "STFGM" or not code[1:8].isdigit():
        return False
    total = weighted(code[1:8], (2, 7, 6, 5, 4, 3, 2)) + {"T": 4, "G": 4, "M": 3}.get(code[0], 0)
    table = _NRIC_ST if code[0] in "ST" else _NRIC_FG if code[0] in "FG" else _NRIC_M
    index = total % 11 if code[0] != "M" else 10 - total % 11
    return table[index] == code[8]


def za_id(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 13 or digits[10] not in "012":
        return False
    year = int(digits[:2])
    return (
        valid_date(2000 + year, int(digits[2:4]), int(digits[4:6])) or
        valid_date(1900 + year, int(digits[2:4]), int(digits[4:6]))
    ) and luhn(digits)  # fmt: skip


# --- more national identifiers ---------------------------------------------------------------


def icao_document(text: str) -> bool:
    """Nine-character travel or identity document number whose last character is the ICAO 9303
    check digit (weights 7, 3, 1) of the first eight."""
    code = alnum_of(text)
    if len(code) != 9 or not code[8].isdigit():
        return False
    total = sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(code[:8]))
    return total % 10 == int(code[8]) and not repetitive(code)


def de_pension_number(text: str) -> bool:
    """German pension insurance number: area, birth date, surname initial, serial, check digit."""
    code = alnum_of(text)
    if len(code) != 12 or not code[:8].isdigit() or not code[8].isalpha():
        return False
    if not code[9:].isdigit() or not 1 <= int(code[2:4]) <= 31 or not 1 <= int(code[4:6]) <= 12:
        return False
    digits = code[:8] + f"{ord(code[8]) - 64:02d}" + code[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(code[11])


_TH_PROVINCES = ((10, 27), (30, 58), (60, 67), (70, 77), (80, 86), (90, 96))


def th_national_id(text: str) -> bool:
    digits = digits_of(text)
    if len(digits) != 13 or digits[0] in "09":
        return False
    # Digits 2-3 name the province: 10-27 central, 30-49 north-east, 50-58 north, 60-67, 70-77,
    # 80-86 and 90-96 south; the codes between the regions were never assigned.
    if not any(low <= int(digits[1:3]) <= high for low, high in _TH_PROVINCES):
        return False
    check = (11 - weighted(digits, tuple(range(13, 1, -1))) % 11) % 10
    return check == int(digits[12]) and not repetitive(digits)
