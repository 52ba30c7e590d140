"""PII recall on values the detector was not written against: Faker's generators, seeded, across
locales; and look-alike business numbers (barcodes, order and ticket numbers) that must pass.

Groups Faker fills with values no issuer would produce are left out, each with its reason, so
that a gap in Bastion is never hidden among them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from faker import Faker

from bastion.core.policy import PLACEHOLDER_BELOW
from bastion.core.types import Subject
from bastion.detectors.pii import pii_check

CHECK = pii_check()
PER_GROUP = 12

TEMPLATES = {
    "credit_card": ("Please charge my card {} for the order.", "card number: {}", "{}"),
    "iban": ("Refund it to IBAN {} please.", "My bank account is {}", "{}"),
    "email": ("You can write to {} anytime.", "{}"),
    "phone": ("Call me on {} after 5pm.", "My phone number is {}"),
    "ip": ("The login came from {} yesterday.", "{}"),
    "mac": ("My router's MAC is {}.", "{}"),
    "national_id": ("My national ID number is {}.",),
}
LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "fi_FI",
    "tr_TR", "pt_BR", "en_CA", "en_AU", "en_IN", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR",
    "he_IL", "da_DK", "cs_CZ", "hu_HU", "ko_KR", "et_EE", "nl_BE", "de_CH", "es_AR",
    "zh_TW", "de_AT",
)  # fmt: skip
# (kind, locale) groups whose generated values are not real identifiers of that kind.
NOT_ISSUED = {
    ("iban", "en_IN"): "Faker emits GB IBANs one character short for this locale",
    ("iban", "zh_CN"): "Faker emits GB IBANs one character short for this locale",
    ("iban", "es_MX"): "Faker emits GB IBANs one character short for this locale",
    ("iban", "es_AR"): "Argentina has no IBAN; Faker makes one up with a CBU-like body",
    ("national_id", "en_GB"): "Faker's NINOs all use the ZZ prefix, which HMRC never issues",
    ("national_id", "es_ES"): "falls back to US-shaped numbers, many in never-issued SSN areas",
    ("national_id", "cs_CZ"): "falls back to US-shaped numbers, many in never-issued SSN areas",
    ("national_id", "ko_KR"): "Faker's resident numbers include impossible dates (day 00)",
    ("national_id", "hu_HU"): "Faker appends 10 as the check of some numbers, which none has",
    ("phone", "hu_HU"): "Faker writes some area codes with a slash (06-8/838 7371)",
    ("phone", "tr_TR"): "Faker writes some as seven digits in 3-1-3 groups, no Turkish format",
}


def _generators(fake: Faker) -> dict[str, Callable[[], str]]:
    return {
        "iban": fake.iban,
        "email": fake.email,
        "phone": fake.phone_number,
        "ip": lambda: fake.ipv4_public() if fake.boolean() else fake.ipv6(),
        "mac": fake.mac_address,
        "national_id": fake.ssn,
    }


def _groups() -> list[tuple[str, str, list[str]]]:
    groups = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(2026)
        for kind, generate in _generators(fake).items():
            if (kind, locale) in NOT_ISSUED or (
                kind in ("email", "ip", "mac") and locale != "en_US"
            ):
                continue
            groups.append((kind, locale, [generate() for _ in range(PER_GROUP)]))
    fake = Faker("en_US")
    fake.seed_instance(7)
    for card_type in ("visa", "mastercard", "amex", "discover", "jcb", "diners", "maestro"):
        values = [fake.credit_card_number(card_type=card_type) for _ in range(PER_GROUP)]
        groups.append(("credit_card", card_type, values))
    return groups


def _found(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.span is not None and f.span.start < end and start < f.span.end
        for f in CHECK(Subject(text))
        if f.score >= PLACEHOLDER_BELOW
    )


GROUPS = _groups()


@pytest.mark.parametrize(
    ("kind", "locale", "values"), GROUPS, ids=[f"{kind}-{locale}" for kind, locale, _ in GROUPS]
)
def test_generated_values_are_found(kind: str, locale: str, values: list[str]) -> None:
    missed = [
        text
        for value in values
        for text in (template.format(value) for template in TEMPLATES[kind])
        if not _found(text, value)
    ]
    tried = len(values) * len(TEMPLATES[kind])
    # One miss in twenty is allowed per group: a generator may emit the odd value outside the
    # issued ranges. More than that is a gap.
    assert len(missed) <= max(1, tried // 20), missed[:5]


LOOKALIKES: dict[str, Callable[[Faker], str]] = {
    "barcode": lambda f: f"Barcode {f.ean13()} is on the box.",
    "isbn": lambda f: f"The manual has ISBN {f.isbn13()}.",
    "order": lambda f: f"My order number is {f.numerify('#########')}.",
    "order id": lambda f: f"Order id number {f.numerify('#' * f.random_int(9, 13))} is late.",
    "tracking": lambda f: f"Tracking number {f.numerify('1Z###############')} shows delivered.",
    "when": lambda f: f"It arrived on {f.date()} at {f.time()}.",
    "price": lambda f: f"I paid {f.pricetag()} for {f.random_int(2, 9)} items.",
    "version": lambda f: f"App version {f.numerify('#.##.###')} crashes on start.",
    "invoice": lambda f: f"Invoice INV-{f.numerify('########')} dated {f.date()}.",
    "ticket": lambda f: f"Ticket #{f.numerify('######')} is still open.",
    "request": lambda f: f"Request id {f.uuid4()} failed.",
    "commit": lambda f: f"Commit {f.sha1()} fixed it.",
}


@pytest.mark.parametrize("kind", sorted(LOOKALIKES))
def test_business_numbers_are_not_personal_data(kind: str) -> None:
    fake = Faker("en_US")
    fake.seed_instance(11)
    texts = [LOOKALIKES[kind](fake) for _ in range(100)]
    flagged = [
        text for text in texts if any(f.score >= PLACEHOLDER_BELOW for f in CHECK(Subject(text)))
    ]
    # A barcode or an order number passes some check digit by chance (one in ten for Luhn);
    # without a context word that must stay rare.
    assert len(flagged) <= 5, flagged
