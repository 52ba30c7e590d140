"""Generic check-digit schemes (Luhn, Verhoeff, weighted sums) and the checks of payment cards,
IBANs and crypto wallet addresses; national numbers are in `national_numbers`."""

from __future__ import annotations

import datetime
import hashlib
import re

# Deleting the other characters with one C-level substitution costs a fraction of a Python
# loop per character, which a document with thousands of candidate numbers pays thousands of times.
_NOT_DIGIT = re.compile("[^0-9]+")
_NOT_ALNUM = re.compile("[^A-Za-z0-9]+")


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def alnum_of(text: str) -> str:
    return _NOT_ALNUM.sub("", text).upper()


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def valid_in_any_century(year: int, month: int, day: int, centuries: tuple[int, ...]) -> bool:
    """Whether a two-digit `year` makes a real date in one of `centuries` (1900, 2000, ...)."""
    return any(valid_date(century + year, month, day) for century in centuries)


def iso7064_mod11_10(digits: str) -> bool:
    """ISO 7064 MOD 11,10: the last digit checks all the others (German tax id, Croatian OIB)."""
    product = 10
    for char in digits[:-1]:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    return (11 - product) % 10 == int(digits[-1])


def repetitive(digits: str) -> bool:
    # All one digit: a form filler, never an issued number.
    return len(set(digits)) == 1


# --- generic check-digit schemes -------------------------------------------------------------


# Luhn doubles every second digit from the right and adds the digits of the product.
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn(digits: str) -> bool:
    if digits.isascii() and digits.isdigit():
        # Two C-level sums over the plain and the doubled digits.
        backwards = digits[::-1]
        plain = sum(map(int, backwards[0::2]))
        doubled = sum(map(int, backwards[1::2].translate(_LUHN_DOUBLED)))
        return (plain + doubled) % 10 == 0
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 8, 5),
)


def verhoeff(digits: str) -> bool:
    check = 0
    for index, char in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[index % 8][ord(char) - 48]]
    return check == 0


def weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum((ord(c) - 48) * w for c, w in zip(digits, weights, strict=False))


# --- payment ---------------------------------------------------------------------------------

# (prefix range low, high, allowed lengths): public issuer identification number ranges.
_CARD_RANGES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset({14, 16, 17, 18, 19})),  # Diners Club
    (36, 36, frozenset({14, 16, 17, 18, 19})),
    (38, 39, frozenset({14, 16, 17, 18, 19})),
    (6011, 6011, frozenset({16, 17, 18, 19})),  # Discover
    (644, 649, frozenset({16, 17, 18, 19})),
    (65, 65, frozenset({16, 17, 18, 19})),
    (35, 35, frozenset({16, 17, 18, 19})),  # JCB (3528-3589; the rest of 35 is unassigned)
    (1, 1, frozenset({15})),  # UATP
    (2131, 2131, frozenset({15})),  # JCB legacy
    (62, 62, frozenset({16, 17, 18, 19})),  # UnionPay
    (2200, 2204, frozenset({16, 17, 18, 19})),  # Mir
    (50, 50, frozenset({12, 13, 14, 15, 16, 17, 18, 19})),  # Maestro
    (56, 58, frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
    (63, 63, frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
    (67, 69, frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
)
_CARD_RANGES_BY_WIDTH = tuple(
    (len(str(low)), low, high, lengths) for low, high, lengths in _CARD_RANGES
)
# Ranges whose prefix starts with a zero (old UK Maestro), compared as text.
_CARD_TEXT_PREFIXES: tuple[tuple[str, frozenset[int]], ...] = (
    ("0604", frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
)


# Ranges only Maestro uses: numbers there of other lengths than 16 and 19 are taken only next
# to a card word (see `payment_card_common`).
_MAESTRO_ONLY = frozenset({(50, 50), (56, 58), (63, 63), (67, 69)})


def payment_card_common(text: str) -> bool:
    """`payment_card`, less Maestro-only ranges at lengths other than 16 and 19 and the 13-digit
    Visa numbers no issuer has handed out for decades, which share their shape with the EAN-13
    barcodes of German and other 40-49 GS1 prefixes (a product's "4062451234567" passes Luhn
    one time in ten). Those need a card word near them (`payment_card`)."""
    if not payment_card(text):
        return False
    digits = digits_of(text)
    if len(digits) in (16, 19):
        return True
    return not (_maestro_only(digits) or digits.startswith("0604") or len(digits) == 13)


def _maestro_only(digits: str) -> bool:
    return any(low <= int(digits[:2]) <= high for low, high in _MAESTRO_ONLY)


def payment_card(text: str) -> bool:
    digits = digits_of(text)
    if not 12 <= len(digits) <= 19 or not luhn(digits) or repetitive(digits[:-1]):
        return False
    # The number's first one to four digits, by width, for the issuer ranges.
    prefixes = (0, int(digits[:1]), int(digits[:2]), int(digits[:3]), int(digits[:4]))
    size = len(digits)
    for width, low, high, lengths in _CARD_RANGES_BY_WIDTH:
        if low <= prefixes[width] <= high and size in lengths:
            return True
    return any(digits.startswith(p) and len(digits) in n for p, n in _CARD_TEXT_PREFIXES)


# ISO 13616 lengths per country (SWIFT IBAN registry).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


# ISO 13616: letters count as their base-36 value, A=10 ... Z=35.
_BASE36_DIGITS = str.maketrans({chr(code): str(code - 55) for code in range(65, 91)})


# The account part (BBAN) of each country's IBAN as the IBAN registry gives it: n digits,
# a letters, c either. Checked after mod 97, which a mangled number can still pass.
_BBAN_FORMATS = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n",
    "BE": "12n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "23n1a1c", "CH": "5n12c", "CR": "18n",
    "CY": "8n16c", "CZ": "20n", "DE": "18n", "DK": "14n", "DO": "4c20n", "EE": "16n",
    "ES": "20n", "FI": "14n", "FO": "14n", "FR": "10n11c2n", "GB": "4a14n", "GE": "2a16n",
    "GI": "4a15c", "GL": "14n", "GR": "7n16c", "GT": "24c", "HR": "17n", "HU": "24n",
    "IE": "4a14n", "IL": "19n", "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c",
    "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c",
    "MC": "10n11c2n", "MD": "2c18c", "ME": "18n", "MK": "3n10c2n", "MR": "23n", "MT": "4a5n18c",
    "MU": "4a19n3a", "NL": "4a10n", "NO": "11n", "PK": "4a16c", "PL": "24n", "PS": "4a21c",
    "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SE": "20n",
    "SI": "15n", "SK": "20n", "SM": "1a10n12c", "TN": "20n", "TR": "6n16c", "UA": "6n19c",
    "VG": "4a16n", "XK": "16n",
}  # fmt: skip
_BBAN_CLASS = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
_BBAN_SHAPES = {
    country: re.compile(
        "".join(
            f"{_BBAN_CLASS[kind]}{{{count}}}" for count, kind in re.findall(r"(\d+)([nac])", spec)
        )
    )
    for country, spec in _BBAN_FORMATS.items()
}


def iban(text: str) -> bool:
    code = alnum_of(text)
    if _IBAN_LENGTHS.get(code[:2]) != len(code) or not code[2:4].isdigit():
        return False
    shape = _BBAN_SHAPES.get(code[:2])
    if shape is not None and shape.fullmatch(code[4:]) is None:
        return False
    rotated = code[4:] + code[:4]
    return int(rotated.translate(_BASE36_DIGITS)) % 97 == 1


# --- crypto wallets ----------------------------------------------------------------------------

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(text: str) -> bool:
    number = 0
    for char in text:
        index = _BASE58.find(char)
        if index < 0:
            return False
        number = number * 58 + index
    pad = len(text) - len(text.lstrip("1"))
    raw = b"\0" * pad + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) != 25:
        return False
    digest = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()
    return digest[:4] == raw[-4:]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for index in range(5):
            check ^= generator[index] if (top >> index) & 1 else 0
    return check


def bech32_address(text: str) -> bool:
    if text != text.lower() and text != text.upper():
        return False
    code = text.lower()
    hrp, _, data = code.rpartition("1")
    if hrp not in ("bc", "tb", "ltc") or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32.index(c) for c in data]
    # Witness v0 uses bech32 (constant 1); v1+ (taproot) uses bech32m (BIP-350).
    return _bech32_polymod(values) == (1 if data[0] == "q" else 0x2BC830A3)


def eth_address(text: str) -> bool:
    body = text[2:]
    if len(body) != 40 or any(c not in "0123456789abcdefABCDEF" for c in body):
        return False
    if body == body.lower() or body == body.upper():
        return len(set(body.lower())) > 4  # unchecksummed form; drop filler like 0x000...0
    digest = keccak256(body.lower().encode("ascii")).hex()
    # EIP-55: a letter is upper-case exactly when the matching hash nibble is 8 or more.
    pairs = zip(body, digest, strict=False)
    return all((c.isupper() if int(h, 16) >= 8 else c.islower()) for c, h in pairs if c.isalpha())


_KECCAK_RC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_KECCAK_ROT = (
    (0, 36, 3, 41, 18), (1, 44, 10, 45, 2), (62, 6, 43, 15, 61), (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)  # fmt: skip
_MASK = (1 << 64) - 1


def _rotl(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (64 - shift))) & _MASK if shift else value


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (Ethereum's hash; hashlib's sha3_256 pads differently)."""
    rate = 136
    padded = bytearray(data) + b"\x01" + b"\0" * ((-len(data) - 1) % rate)
    padded[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for offset in range(0, len(padded), rate):
        block = padded[offset : offset + rate]
        for index in range(rate // 8):
            lanes[index % 5][index // 5] ^= int.from_bytes(
                block[index * 8 : index * 8 + 8], "little"
            )
        for constant in _KECCAK_RC:
            parity = [lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4]
                      for x in range(5)]  # fmt: skip
            for x in range(5):
                mix = parity[(x - 1) % 5] ^ _rotl(parity[(x + 1) % 5], 1)
                for y in range(5):
                    lanes[x][y] ^= mix
            moved = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    moved[y][(2 * x + 3 * y) % 5] = _rotl(lanes[x][y], _KECCAK_ROT[x][y])
            for x in range(5):
                for y in range(5):
                    lanes[x][y] = moved[x][y] ^ (~moved[(x + 1) % 5][y] & moved[(x + 2) % 5][y])
            lanes[0][0] ^= constant
    out = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out
