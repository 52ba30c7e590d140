"""PII rules for money: payment cards, IBANs, bank account numbers and crypto wallet addresses."""

from __future__ import annotations

import re

from bastion.core.types import Severity
from bastion.detectors import checksums as cs
from bastion.detectors.pii_rules_base import PiiRule


def _account_number(value: str) -> bool:
    """Eight to seventeen digits, not one digit repeated, not a date, not a grouped amount."""
    digits = cs.digits_of(value)
    return (
        8 <= len(digits) <= 17
        and len(set(digits)) > 2
        and not _DATE_LIKE.match(value)
        and not _AMOUNT_LIKE.match(value)
    )


# "2024-05-12", "12 05 2024", "18.05.2024"; and "12 450 300" (thousands, as amounts are grouped).
_DATE_LIKE = re.compile(r"^(?:\d{4}[-./ ]\d{2}[-./ ]\d{2}|\d{2}[-./ ]\d{2}[-./ ]\d{4})$")
_AMOUNT_LIKE = re.compile(r"^\d{1,3}(?: \d{3})+$")


def _iban_pattern() -> str:
    # Banks print the same IBAN in groups of four, in national groupings ("ES10 0075 0080 11
    # 0600658108") or with a space after the country code; the exact length per country and the
    # mod-97 check keep the separator free of chance matches, so one may precede any character.
    # Norwegian account numbers are written with dots (1850.05.14562), inside the IBAN too.
    branches = []
    for country, length in sorted(cs._IBAN_LENGTHS.items()):
        sep = r"[ .\-]" if country == "NO" else r"[ \-]"
        branches.append(rf"{country}{sep}?\d{sep}?\d(?:{sep}?[A-Z0-9]){{{length - 4}}}")
    return r"(?i)\b(?:" + "|".join(branches) + r")\b"


CREDIT_CARD = PiiRule(
    name="credit_card",
    code="pii.credit_card",
    pattern=r"\b(?:\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{1,7}|\d{4}[ \-]?\d{6}[ \-]?\d{4,5}"
    r"|\d{12,19})\b",
    severity=Severity.HIGH,
    score=0.85,
    validate=cs.payment_card_common,
    context=("card", "visa", "mastercard", "amex", "credit", "debit", "cc#", "payment"),
    examples=(
        "pay with 4111 1111 1111 1111 please",
        "card 378282246310005",
        "5555-5555-5555-4444",
        "Diners 3056 930902 5904",
        "card 180065008155082 on file",
    ),
    counterexamples=(
        "4111 1111 1111 1112",
        "my credit card number is 4012-8888-8888-1882",
        "order 1234567890123456",
        "0000 0000 0000 0000",
        "EAN: 4062451234567",
    ),
)


CREDIT_CARD_RARE_LENGTH = PiiRule(
    name="credit_card_rare_length",
    code="pii.credit_card",
    # Maestro and UnionPay-style numbers of 12-15, 17 or 18 digits: a product barcode or a
    # shipment number has the same shape and passes Luhn one time in ten, so a card word must
    # be near.
    pattern=r"\b(?:\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{1,7}|\d{12,19})\b",
    severity=Severity.HIGH,
    score=0.8,
    validate=cs.payment_card,
    context=(
        "card",
        "visa",
        "mastercard",
        "maestro",
        "credit",
        "debit",
        "cc",
        "payment",
        "billing",
        "pan",
        "cvv",
    ),
    context_required=True,
    standalone=True,
    examples=(
        "my maestro card 6759 6232 8601 29",
        "cc 675926678698",
        "What is the limit for card 4062451234567?",
    ),
    counterexamples=("Batch 6985069506992 cleared quality control.", "EAN 5719846346484"),
)


IBAN = PiiRule(
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
        "Überweisung an DE 46 7302 0051 9004 1283 66 bis Freitag",
        "IBAN ES15 0487 0213 56 0198227364",
        "NL-71-RABO-0361-7490-25",
        "Kontonummer NO93 8601.11.17947",
    ),
    counterexamples=(
        "GB82 WEST 1234 5698 7654 33",
        "DE89 3704 0044 0532 0130 01",
        "XX89370400440532013000",
        "ES15 0487 0213 56 0198227365",
        # Check digits that hold over a bank code of digits where the Netherlands has letters.
        "NL56 3003 0A17 1643 00",
    ),
)


_ACCOUNT_WORDS = ("account number", "bank account", "banking account", "acct", "account no",
                  "account #", "checking account", "savings account", "current account",
                  "wire it to account", "transfer to account", "deposit to account", "a/c",
                  "kontonummer", "numéro de compte", "número de cuenta", "numero di conto",
                  "rekeningnummer", "bankrekening", "conta corrente")  # fmt: skip


BANK_ACCOUNT = PiiRule(
    name="bank_account",
    code="pii.bank_account",
    # One run of digits, or groups joined by a hyphen or a space as banks print them
    # ("4095-642290", "0123 4567 89").
    pattern=r"\b(\d{8,17}|\d{2,8}(?:[ \-]\d{2,10}){1,3})\b",
    severity=Severity.HIGH,
    score=0.6,
    validate=_account_number,
    context=_ACCOUNT_WORDS,
    context_required=True,
    examples=(
        "my bank account number is 912803456",
        "Acct #: 4095-642290",
        "Please wire it to account 656018830842 at the branch.",
    ),
    counterexamples=(
        "account number 11111111",
        "order 912803456",
        "account no. 12-34",
        "Your current account was charged twice on 12 05 2024",
        "Your savings account balance is 12 450 300 HUF",
    ),
)


def _aba_routing(value: str) -> bool:
    """US bank routing (ABA) number: a Federal Reserve prefix and the 3-7-1 weighted check."""
    digits = cs.digits_of(value)
    if len(digits) != 9 or cs.repetitive(digits) or not digits.startswith(_ABA_PREFIXES):
        return False
    return cs.weighted(digits, (3, 7, 1, 3, 7, 1, 3, 7, 1)) % 10 == 0


# The first two digits name a Federal Reserve district (01-12), a thrift (21-32), an
# electronic-only number (61-72) or a traveller's cheque issuer (80).
_ABA_PREFIXES = tuple(f"{n:02d}" for n in (*range(1, 13), *range(21, 33), *range(61, 73), 80))


ABA_ROUTING = PiiRule(
    name="aba_routing",
    code="pii.bank_account",
    pattern=r"\b(\d{4}[ \-]?\d{4}[ \-]?\d|\d{9})\b",
    severity=Severity.HIGH,
    score=0.7,
    validate=_aba_routing,
    context=("routing", "aba", "rtn", "transit number"),
    context_required=True,
    examples=("routing number 072880407 for the deposit", "ABA: 1153-4578-6"),
    counterexamples=("routing number 072880408", "order 072880407"),
)


BITCOIN_ADDRESS = PiiRule(
    name="bitcoin_address",
    code="pii.crypto_wallet",
    pattern=r"\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b",
    severity=Severity.MEDIUM,
    score=0.9,
    validate=cs.base58check,
    examples=("my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ",),
    counterexamples=("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", "1111111111111111111111111111"),
)


BECH32_ADDRESS = PiiRule(
    name="bech32_address",
    code="pii.crypto_wallet",
    pattern=r"(?i)\b((?:bc|tb|ltc)1[02-9ac-hj-np-z]{6,87})\b",
    severity=Severity.MEDIUM,
    score=0.9,
    validate=cs.bech32_address,
    examples=("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",),
    counterexamples=("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",),
)


ETHEREUM_ADDRESS = PiiRule(
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
    counterexamples=(
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
        "0x0000000000000000000000000000000000000000",
    ),
)
