"""Personal data detector: structured identifiers found by pattern, confirmed by checksum/context.

Covered (codes in parentheses): payment cards, Luhn plus issuer range and length
(`pii.credit_card`); US social security numbers without the never-issued areas, groups and serials
(`pii.ssn`); IBANs, per-country length and mod-97 (`pii.iban`); email addresses (`pii.email`);
phone numbers validated by the `phonenumbers` library, or phone-shaped next to words like "call"
(`pii.phone`); IPv4 and IPv6 addresses (`pii.ip_address`); MAC addresses (`pii.mac_address`);
bitcoin (base58check, bech32/bech32m) and ethereum (EIP-55 when mixed case) addresses
(`pii.crypto_wallet`); national identity and tax numbers with their check digits
(`pii.national_id.<country>`: US ITIN/EIN/MBI, GB NINO/NHS, DE Steuer-ID, FR NIR, ES DNI/NIE,
IT codice fiscale, NL BSN, PL PESEL, SE personnummer, FI HETU, TR TCKN, BR CPF/CNPJ, CA SIN,
AU TFN/Medicare, IN Aadhaar, SG NRIC/FIN, ZA ID, KR RRN, CN resident ID, NO fødselsnummer,
RO CNP, GR AMKA, IL Teudat Zehut, RU INN/SNILS, AT social insurance, HU personal ID, BE national
number, BG EGN, CZ/SK birth number, DK CPR, EE/LT personal code, SI EMŠO, HR OIB, IE PPS, CH AHV,
PT NIF, IS kennitala, MX CURP, CL RUT, AR CUIT, DO/EC cédula, HK ID, TW ID, JP My Number, MY NRIC,
ID NIK/NPWP, PK CNIC; see `pii_rules_national_world`); identity, tax and EU VAT numbers of
schemes without a checked rule, only where words name them ("tax ID", "NIPT", "VAT number"; see
`pii_rules_in_context`), passport, driving licence and bank
account numbers, US bank routing numbers (ABA check), and dates of birth, only next to a context
word (`pii.passport`, `pii.driving_licence`, `pii.bank_account`, `pii.date_of_birth`).

NOT covered: person names, street addresses and other free-text PII (they need a language model,
not patterns), and identifiers written with unusual separators or glued to surrounding words.
Numbers whose check digit passes by chance one time in ten (SIN, TFN, BSN, PESEL, NHS, ...) are
reported only next to a context word, which keeps order numbers and phone numbers out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bastion.core.patterns import Pattern, PatternSet
from bastion.core.types import Check, Finding, Span, Subject
from bastion.detectors.pii_rules import RULES, PiiRule

__all__ = ["RULES", "PiiDetector", "PiiRule", "pii_check", "standalone"]

_BEFORE = 60  # characters of context looked at before a value ("my passport number is ...")
_AFTER = 40  # and after it ("... es mi número de pasaporte")
_CONTEXT_BOOST = 0.15
_STANDALONE_PENALTY = 0.15  # a bare value is less certain than one introduced by a context word


_JOINERS = "-./:"
_ANY_JOINER = frozenset(_JOINERS + " ")

# Words that may sit between values in a text that is otherwise only values ("A and B").
_CONNECTIVES = frozenset({"and", "or", "&", "y", "und", "et", "e", "o"})
_STANDALONE_MAX = 64


def standalone(text: str) -> bool:
    """Whether `text` is nothing but identifier-like tokens: a form field or tool argument.

    Such a value has no surrounding prose that could explain it as an order number or a
    quantity, so rules marked `standalone` treat it as if a context word were present.
    """
    stripped = text.strip().strip(".,;:!?\"'()[]")
    if not stripped or len(stripped) > _STANDALONE_MAX:
        return False
    for token in stripped.split():
        word = token.strip(".,;:!?\"'()[]").lower()
        if word in _CONNECTIVES:
            continue
        if "=" in word:
            return False  # "timestamp=1685294685": a named parameter, not a bare value
        if any(c.isdigit() for c in word):
            continue
        if len(word) > 2 or not word.isalpha():
            return False  # a real word: the value has context (or is prose), judge it by that
    return any(c.isdigit() for c in stripped)


def _embedded(text: str, start: int, end: int) -> bool:
    """Whether a value is part of a longer token: glued to letters or digits, or one group of a
    longer digit sequence ("4012-8888-8888" inside "4012-8888-8888-1882")."""
    # The neighbours, "" past either end of the text (no test below holds for "").
    size = len(text)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < size else ""
    # A glued neighbour is a letter or digit of a script written with spaces: Korean particles,
    # Thai, Chinese and Japanese attach words to a number without making it part of one.
    if before.isalnum() and (before.isascii() or before < "\u0e00"):
        return True
    if after.isalnum() and (after.isascii() or after < "\u0e00"):
        return True
    # Every test below needs a joiner next to the value; most values are answered here.
    if before not in _ANY_JOINER and after not in _ANY_JOINER:
        return False
    before_2 = text[start - 2] if start > 1 else ""
    after_2 = text[end + 1] if end + 1 < size else ""
    if before == "-":
        # Hyphenated to letters before it: the number part of a code ("XR-0443-884349").
        if before_2.isalpha():
            return True
        # Hyphenated to a hex or word group on both sides: one group of a UUID or a key
        # ("d2e8a58e-4113-4783-a252-..."), not a value of its own.
        if after == "-" and before_2.isalnum() and after_2.isalnum():
            return True
    # Spaces join groups only for values that are themselves written in space-separated groups;
    # otherwise "4111111111111111 4012888888881881" would be one number. The value is searched
    # for a space only when a space is what joins it to a neighbouring digit.
    joined_before = before in _ANY_JOINER and before_2.isdigit() and text[start].isdigit()
    joined_after = (
        after in _ANY_JOINER and after_2.isdigit() and text[end - 1].isdigit()
        # "192.168.0.1:8080": a port after a dotted address does not extend the address.
        and not (after == ":" and text.find(".", start, end) >= 0)
    )  # fmt: skip
    if not (joined_before or joined_after):
        return False
    if text.find(" ", start, end) >= 0:
        return True
    return (joined_before and before != " ") or (joined_after and after != " ")


def _url_part(text: str, start: int, end: int) -> bool:
    """Whether an address-shaped value is the user part of a URL ("https://key@o1.sentry.io",
    "redis://:pw@host") or an SSH remote ("git@github.com:org/repo"): a credential or a server,
    not a person's mailbox. Only values with an "@" are looked at."""
    if text.find("@", start, end) < 0:
        return False
    if start > 0 and text[start - 1] in "/:":
        return True
    return end + 1 < len(text) and text[end] == ":" and not text[end + 1].isspace()


def _has_word(window: str, word: str) -> bool:
    """`word` occurs in `window` at a word start; short words must also end at a word end."""
    start = window.find(word)
    while start >= 0:
        end = start + len(word)
        starts_word = start == 0 or not window[start - 1].isalnum() or not word[0].isascii()
        ends_word = len(word) > 4 or end == len(window) or not window[end].isalnum()
        if starts_word and ends_word:
            return True
        start = window.find(word, start + 1)
    return False


class PiiDetector:
    """Run a PII rule table over a text; one finding per value, from the highest-priority rule."""

    def __init__(self, rules: Sequence[PiiRule] = RULES, *, shared: bool = False) -> None:
        # `shared`: the default check's sets join the guard's merged scan (`patterns.one_scan`);
        # a detector built over other rules scans on its own.
        self._rules = tuple(rules)
        sources = list(dict.fromkeys(rule.pattern for rule in self._rules))
        self._patterns = [Pattern(source) for source in sources]
        # The set tells, in one pass, which patterns can match; the others never run.
        self._prefilter = PatternSet(sources, shared=shared)
        self._rules_by_pattern: list[list[tuple[int, PiiRule]]] = [[] for _ in sources]
        for priority, rule in enumerate(self._rules):
            self._rules_by_pattern[sources.index(rule.pattern)].append((priority, rule))
        # Every context word as a literal in one set: one scan of the text says which words occur
        # anywhere, so a rule's words are looked for near each value only when present at all.
        self._words = tuple(dict.fromkeys(word for rule in self._rules for word in rule.context))
        # Case-insensitive over the text itself, so it rides in the guard's merged scan.
        self._word_set = PatternSet(
            ["(?i)" + re.escape(word) for word in self._words], shared=shared
        )
        self._messages = [f"possible {rule.name.replace('_', ' ')}" for rule in self._rules]

    def _present_words(self, text: str) -> frozenset[str]:
        return frozenset(self._words[index] for index in self._word_set.matching(text))

    def __call__(self, subject: Subject) -> list[Finding]:
        return self.scan(subject.text)

    def scan(self, text: str) -> list[Finding]:
        # Cheap first: which patterns match at all, and which rules may run (a rule that needs a
        # context word is skipped when none of its words occurs anywhere in the text).
        runnable: list[tuple[int, PiiRule, int]] = []
        present: frozenset[str] | None = None
        bare: bool | None = None  # whether the text is a bare value; asked when a rule needs it
        for index in self._prefilter.matching(text):
            for priority, rule in self._rules_by_pattern[index]:
                if rule.context and present is None:
                    present = self._present_words(text)
                if rule.standalone and bare is None:
                    bare = standalone(text)
                if (
                    not rule.context_required
                    or (bare and rule.standalone)
                    or (present is not None and not present.isdisjoint(rule.context))
                ):
                    runnable.append((priority, rule, index))
        if not runnable:
            return []
        if bare is None:
            bare = standalone(text)
        lowered = text.lower()
        runnable.sort(key=lambda item: item[0])
        matches: dict[int, list[tuple[int, int]]] = {}
        alone_at: dict[tuple[int, int], bool] = {}
        # One byte per character, set where a value is claimed: an overlap test is one scan of
        # the value's own stretch (values are never empty), and a claim one slice assignment.
        taken = bytearray(len(text))
        findings: list[Finding] = []
        # A validator's answer depends on the value alone, and a long document repeats values
        # (the same card, the same order numbers), so each value is validated once per scan.
        verdicts: dict[tuple[Callable[[str], bool], str], bool] = {}
        # Rules run in table order and a value claimed by one rule is not validated again, so
        # the slow validators (phone numbers) only see what nothing more specific explained.
        for priority, rule, index in runnable:
            if index not in matches:
                kept = []
                for span in self._patterns[index].value_spans(text):
                    # Several patterns find the same stretch (a card number is also a digit
                    # run and phone-shaped); whether it stands alone is asked once.
                    alone = alone_at.get(span)
                    if alone is None:
                        start, end = span
                        alone = alone_at[span] = not (
                            _embedded(text, start, end) or _url_part(text, start, end)
                        )
                    if alone:
                        kept.append(span)
                matches[index] = kept
            # Only the rule's context words that occur somewhere in the text can be near a value.
            words = [word for word in rule.context if present is None or word in present]
            message = self._messages[priority]
            boosted, plain = _scores(rule, bare=bare)
            for start, end in matches[index]:
                if taken.find(1, start, end) >= 0:
                    continue
                score = plain
                if words:
                    window = lowered[max(0, start - _BEFORE) : end + _AFTER]
                    for word in words:
                        # `in` answers most windows before any word-edge test.
                        if word in window and _has_word(window, word):
                            score = boosted
                            break
                if score is None:
                    continue
                if rule.validate is not None:
                    key = (rule.validate, text[start:end])
                    valid = verdicts.get(key)
                    if valid is None:
                        valid = verdicts[key] = bool(rule.validate(key[1]))
                    if not valid:
                        continue
                taken[start:end] = b"\x01" * (end - start)
                findings.append(
                    Finding(
                        code=rule.code,
                        severity=rule.severity,
                        message=message,
                        span=Span(start, end),
                        score=score,
                    )
                )
        findings.sort(key=lambda f: f.span.start if f.span else 0)
        return findings


def _scores(rule: PiiRule, *, bare: bool) -> tuple[float, float | None]:
    """The rule's confidence in a value before validation, with one of its context words near
    the value and without one (None when the value then does not qualify)."""
    if not rule.context:
        return rule.score, rule.score
    boosted = min(0.99, rule.score + _CONTEXT_BOOST)
    if not rule.context_required:
        return boosted, rule.score
    if bare and rule.standalone:
        return boosted, rule.score - _STANDALONE_PENALTY
    return boosted, None


def pii_check() -> Check:
    """The default PII check over the full rule table."""
    return PiiDetector(RULES, shared=True)
