"""PII rules for contact and network identifiers: email and phone numbers, IP and MAC addresses."""

from __future__ import annotations

import functools
import ipaddress
import re

import phonenumbers

from bastion.core.types import PLACEHOLDER_SCORE, Severity
from bastion.detectors import checksums as cs
from bastion.detectors.pii_rules_base import PiiRule


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
    if parsed.version == 6:
        # Hex letters alone ("::add", "dead::beef") spell words in logs and code far more often
        # than they number a host; real addresses carry a digit somewhere.
        return any(char.isdigit() for char in address) or address == "::"
    return address == unspecified or not address.startswith("0.")


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


@functools.lru_cache(maxsize=4096)
def _valid_international(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + number.lstrip("+")[2:], None))
    except phonenumbers.NumberParseException:
        return False


def _part_number_grouping(value: str) -> bool:
    """A long group then a final pair ("0750-5674-54"): how part numbers end, where phone
    numbers written in pairs have pairs before the last one too ("0496 46 46 70")."""
    groups = [len(group) for group in _GROUP.findall(value)]
    return len(groups) >= 3 and groups[-1] == 2 and groups[-2] >= 4


def _phone_valid(value: str, *, wide: bool = False) -> bool:
    """Valid by phonenumbers: international form, or a national form of a common region."""
    if _phone_shape(value) is None:
        return False
    stripped = value.strip()
    if stripped.startswith("+"):
        return _possible_international(stripped)
    if stripped.startswith("00"):
        # Without a "+", a leading 00 is as often an invoice or batch number ("004697/6380"):
        # alone, such a number must be a valid one, not merely of a possible length.
        return _possible_international(stripped) if wide else _valid_international(stripped)
    trunk = stripped.lstrip("(").startswith("0")
    if not wide and (
        (trunk and _part_number_grouping(stripped)) or ("." in stripped and "-" in stripped)
    ):
        return False  # dots and hyphens together number builds and versions ("04.34.32-683.73")
    if stripped.isdigit():
        # A run of digits is an order number as often as a phone number; alone or next to a
        # phone word it passes as the way people write mobile numbers ("09171234567").
        return wide and trunk and _valid_in(stripped, _WIDE_TRUNK_REGIONS, mobile=True)
    if trunk:
        return _valid_in(stripped, _WIDE_TRUNK_REGIONS if wide else _TRUNK_REGIONS)
    if not wide and not _us_grouping(stripped):
        return False
    return _valid_in(stripped, _WIDE_PLAIN_REGIONS if wide else ("US",))


# How North American numbers are grouped (3-3-4, 3-7, with or without a leading 1); a part,
# case or contract number in other groups ("6263-2154-71", "7172-398881") is no phone number.
_US_GROUPS = frozenset({(3, 3, 4), (3, 7), (1, 3, 3, 4), (1, 3, 7), (10,), (11,)})
_GROUP = re.compile(r"\d+")


def _us_grouping(value: str) -> bool:
    main = value.lower().split("x")[0].split("ext")[0]
    return tuple(len(group) for group in _GROUP.findall(main)) in _US_GROUPS


def _phone_valid_wide(value: str) -> bool:
    """Valid in one of many regions, digit runs included: used next to a phone word or alone."""
    return _phone_valid(value, wide=True)


def _phone_possible(value: str) -> bool:
    """Shaped like a phone number (six digits or more); used only next to words like "call"."""
    return _phone_shape(value, min_digits=6) is not None


# Phone candidates: international ("+" or "00"), digit groups of two or more, or one long run;
# shapes with fewer than seven digits never reach the (slow) phonenumbers validation.
_PHONE = (
    r"((?:(?:\+|\b00)\s?\(?\d[\d ().\-/]{5,22}\d"
    r"|(?:\(\d{2,5}\)[ .\-/]{0,2}|\b\d{1,5}[ .\-/]{1,2})\(?\d{2,10}\)?"
    r"(?:[ .\-/]{1,2}\(?\d{1,10}\)?){0,5}"
    r"|\b\d{7,15})(?:\s?(?:x|ext\.?)\s?\d{1,6})?)"
)
_PHONE_WORDS = ("phone", "call", "tel", "telef", "teléf", "telep", "mobile", "cell", "fax",
                "contact", "reach", "whatsapp", "sms", "text me", "handy", "celular", "móvil",
                "movil", "cep", "tlf", "電話", "电话", "手机", "전화", "телефон",
                # "call me" in Spanish, Italian, Portuguese and Polish
                "llámame", "llamame", "llámeme", "llámenos", "llame al", "llamar al",
                "chiamami", "chiamateci", "chiamare al", "ligue para", "ligar para", "me liga",
                "zadzwoń", "zadzwon")  # fmt: skip


EMAIL_RESERVED = PiiRule(
    name="email_reserved",
    code="pii.email",
    # RFC 2606 / RFC 6761 top-level names never resolve, so an address under one belongs to
    # nobody: documentation and test data. Reported at the placeholder score.
    pattern=r"(?i)\b([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
    r"[A-Za-z0-9])?\.)*(?:example|test|invalid|localhost))(?:$|[^A-Za-z0-9.@_\-]|\.(?:$|[^A-Za-z0-9]))",
    severity=Severity.LOW,
    score=PLACEHOLDER_SCORE,
    examples=("kid: bilbo.baggins@hobbiton.example", "ci@build.test"),
    counterexamples=("no address at example.test", "@hobbiton.example"),
)


EMAIL = PiiRule(
    name="email",
    code="pii.email",
    pattern=r"\b([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
    r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24})\b",
    severity=Severity.MEDIUM,
    score=0.9,
    examples=("write to jane.doe+tag@example.co.uk", "AsukaKawano@dayrep.com"),
    counterexamples=("my email is info@presidio.", "user@localhost", "@handle"),
)


# An address spelt out so scrapers miss it: "jane [at] example [dot] org", "jane(at)mail.de",
# "jane at gmail dot com". With brackets around "at" the disguise is unmistakable. A bare " at "
# is taken only next to a word about e-mail, and only before a webmail provider or with "dot"
# spelt out too: "look at google.com", "I work at mail.com" are sentences.
_AT_BRACKETED = r"[ \t]*[\[({<][ \t]*at[ \t]*[\])}>][ \t]*"
_DOT_SPELT = r"[ \t]*(?:[\[({<][ \t]*dot[ \t]*[\])}>]|[ \t]dot[ \t])[ \t]*"
_DOT = r"(?:\.|" + _DOT_SPELT + r")"
_WEBMAIL = (
    "gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|protonmail|proton|gmx"
    "|web|yandex|mail|zoho|fastmail|tutanota|qq|163|naver|orange|free|libero|seznam|wp|o2"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_TLD = r"[A-Za-z]{2,24}\b"
_LOCAL = r"(?:^|[\s(<:;,\"'])([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"

EMAIL_BRACKETED = PiiRule(
    name="email_bracketed",
    code="pii.email",
    pattern=r"(?i)"
    + _LOCAL
    + _AT_BRACKETED
    + _LABEL
    + r"(?:"
    + _DOT
    + _LABEL
    + r")*"
    + _DOT
    + _TLD
    + r")",
    severity=Severity.MEDIUM,
    score=0.8,
    examples=("write to jane [at] acme-tools [dot] de", "contact: k.osei(at)uni-example.org"),
    counterexamples=("meet [at] noon", "price (at) 3.50", "see [at] example"),
)

# Words that stand before " at " in a sentence far more often than a mailbox name does.
_SENTENCE_WORDS = frozenset(
    "am are is was were be been being we you they he she it i me us them him her who work works "
    "worked working live lives lived living look looks looking stay stays shop shops meet here "
    "there now today still also just not only find found see visit visiting buy bought sell sold "
    "available online arrive arrived based located sign signed log logged and or but address "
    "email e-mail mail inbox account accounts settings login in on up it's that this".split()
)


def _mailbox_name(value: str) -> bool:
    return value.split()[0].lower() not in _SENTENCE_WORDS


EMAIL_SPELT_OUT = PiiRule(
    name="email_spelt_out",
    code="pii.email",
    pattern=r"(?i)"
    + _LOCAL
    + r"[ \t]at[ \t]+(?:(?:"
    + _WEBMAIL
    + r")"
    + _DOT
    + _TLD
    + r"|"
    + _LABEL
    + r"(?:"
    + _DOT_SPELT
    + _LABEL
    + r")*"
    + _DOT_SPELT
    + _TLD
    + r"))",
    severity=Severity.MEDIUM,
    score=0.7,
    validate=_mailbox_name,
    context=("email", "e-mail", "mail me", "mail to", "write to", "contact", "address", "reach"),
    context_required=True,
    examples=("My email is john at gmail.com", "e-mail: sam.lee at outlook dot com"),
    counterexamples=(
        "look at google.com for the answer",
        "I work at mail.com",
        "my email address is on file; we are at yahoo.com today",
        "contact the shop at 5 dot 30",
        "You can update your email address at outlook.com under Settings.",
        "Sign in to your email at gmail.com and open the message.",
    ),
)


IP_ADDRESS = PiiRule(
    name="ip_address",
    code="pii.ip_address",
    pattern=r"\b((?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?)\b",
    severity=Severity.LOW,
    score=0.8,
    validate=_ip,
    examples=("blocked from 165.165.185.178", "host 10.0.0.1", "proxy 192.168.0.1:8080"),
    counterexamples=("192.168.1.256", "Version 1.2.3", "IP192.168.1.1text"),
)


IPV6_ADDRESS = PiiRule(
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
    counterexamples=(
        "std::cout",
        "Time 12:34:56",
        "2001::db8::1",
        "text2001:db8::1",
        "::add-mask::",
    ),
)


MAC_ADDRESS = PiiRule(
    name="mac_address",
    code="pii.mac_address",
    pattern=r"(?i)\b((?:[0-9a-f]{2}:){5}[0-9a-f]{2}|(?:[0-9a-f]{2}-){5}[0-9a-f]{2}"
    r"|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})\b",
    severity=Severity.LOW,
    score=0.8,
    validate=_mac,
    examples=("Device MAC: AA:BB:CC:DD:EE:FF", "Cisco MAC: 0012.3456.789A"),
    counterexamples=("FF:FF:FF:FF:FF:FF", "10:2F:33-AC-29-C3", "00:1A:2B:3C:4D"),
)


PHONE_IN_CONTEXT = PiiRule(
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
        "text us",
        "please text",
        "text or call",
        "office",
        "desk",
        "messages to",
        "answering",
        "ring",
        # "call me" in Spanish, Italian, Portuguese and Polish
        "llámame",
        "llamame",
        "llámeme",
        "llámenos",
        "llame al",
        "llamar al",
        "chiamami",
        "chiamateci",
        "chiamare al",
        "ligue para",
        "ligar para",
        "me liga",
        "zadzwoń",
        "zadzwon",
    ),
    context_required=True,
    examples=(
        "Can someone call me on 450 0840?",
        "Mobile: 0688 843 79 56",
        "Please text 0612 44 71 90 when you land.",
        "Chiamami al 347 123 4567 dopo le sei.",
        "Llámame al 612 34 56 78 mañana.",
    ),
    counterexamples=(
        "call me at 5 pm",
        "phone model 2024",
        "please text 3 friends by 2025",
        "Ligue 1: 2023 2024 season, 380 matches",
    ),
)


PHONE = PiiRule(
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
    counterexamples=(
        "in 2024-01-15 at 10:30",
        "version 10.2.3",
        "order 1234567",
        "Part number 6263-2154-71 was replaced.",
        "Contract XR-7172-398881 renews in May.",
        "Part number 0750-5674-54 was replaced.",
        "Invoice 004697/6380 was paid.",
        "Build 04.34.32-683.73 passed.",
    ),
)


PHONE_WIDE = PiiRule(
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
    counterexamples=("order 09171234567 shipped", "9123456789"),
)
