"""Replace found values in text with a mask, a partial mask or a keyed pseudonym; pure and sync."""

from __future__ import annotations

import enum
import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bastion.core.types import Finding


class Strategy(enum.StrEnum):
    """How a found value is replaced, from least to most revealing: mask, pseudonym, partial."""

    MASK = "mask"  # [REDACTED:pii.credit_card]
    PSEUDONYM = "pseudonym"  # <pii.email:3f2a9c1b>, the same for the same value and key
    PARTIAL = "partial"  # j***@example.com, **** **** **** 4242

    @property
    def strictness(self) -> int:
        return _STRICTNESS[self]


_STRICTNESS = {Strategy.PARTIAL: 0, Strategy.PSEUDONYM: 1, Strategy.MASK: 2}


def mask(code: str) -> str:
    return f"[REDACTED:{code}]"


def pseudonym(value: str, code: str, *, key: bytes) -> str:
    """A stable tag for `value`: HMAC-SHA256 under the instance key, so equal values can be
    correlated across messages while the value itself cannot be recovered or guessed offline."""
    digest = hmac.new(key, f"{code}\0{value}".encode(), hashlib.sha256).hexdigest()
    return f"<{code}:{digest[:8]}>"


def partial(value: str, code: str) -> str:
    """Keep just enough to recognise the value: the email's first letter and domain, a phone's
    country code and last four digits, a card's last four, an address's network part; everything
    else becomes `*`."""
    if code == "pii.email" and "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}***@{domain}"
    if code in _NETWORK_PREFIX:
        return _network_prefix(value, code)
    digits = [i for i, c in enumerate(value) if c.isdigit()]
    if len(digits) < 6:
        return mask(code)  # too short to reveal anything safely
    keep = set(digits[-4:])
    if code == "pii.phone" and value.lstrip().startswith("+"):
        # "+1 202-555-0143" keeps the country code: the run of digits right after "+".
        start = value.index("+") + 1
        end = start
        while end < len(value) and value[end].isdigit():
            end += 1
        if end - start <= 3:
            keep.update(range(start, end))
    return _starred(value, keep)


def _starred(value: str, keep: set[int]) -> str:
    """`value` with every letter and digit outside the positions `keep` replaced by `*`."""
    return "".join(c if (not c.isalnum() or i in keep) else "*" for i, c in enumerate(value))


# Network identifiers keep the part that names a network or a vendor, not a host or a device:
# two IPv4 octets or IPv6 groups ("203.0.*.*"), a MAC address's OUI ("00:1a:2b:**:**:**").
_NETWORK_PREFIX = {"pii.ip_address": 2, "pii.mac_address": 3}


def _network_prefix(value: str, code: str) -> str:
    if code == "pii.mac_address":
        hexdigits = [i for i, c in enumerate(value) if c.isalnum()]
        return _starred(value, set(hexdigits[: 2 * _NETWORK_PREFIX[code]]))
    separator = "." if "." in value and ":" not in value else ":"
    groups = value.split(separator)
    kept = _NETWORK_PREFIX[code]
    masked = ["*" if group else "" for group in groups[kept:]]
    return separator.join(groups[:kept] + masked)


@dataclass(frozen=True, slots=True)
class _Cut:
    start: int
    end: int
    code: str
    strategy: Strategy


def redact(
    text: str,
    findings: Iterable[Finding],
    *,
    strategy_for: Callable[[Finding], Strategy],
    key: bytes,
) -> str:
    """`text` with every finding's span replaced. Overlapping spans merge into one replacement
    that takes the strictest strategy (and that finding's code). Findings without a span are
    skipped: there is nothing to cut."""
    cuts = sorted(
        (
            _Cut(f.span.start, min(f.span.end, len(text)), f.code, strategy_for(f))
            for f in findings
            if f.span is not None and f.span.start < len(text)
        ),
        key=lambda cut: (cut.start, -cut.end),
    )
    merged: list[_Cut] = []
    for cut in cuts:
        if merged and cut.start < merged[-1].end:
            last = merged[-1]
            stricter = cut if cut.strategy.strictness > last.strategy.strictness else last
            merged[-1] = _Cut(last.start, max(last.end, cut.end), stricter.code, stricter.strategy)
        else:
            merged.append(cut)
    pieces: list[str] = []
    position = 0
    for cut in merged:
        pieces.append(text[position : cut.start])
        value = text[cut.start : cut.end]
        if cut.strategy is Strategy.MASK:
            pieces.append(mask(cut.code))
        elif cut.strategy is Strategy.PSEUDONYM:
            pieces.append(pseudonym(value, cut.code, key=key))
        else:
            pieces.append(partial(value, cut.code))
        position = cut.end
    pieces.append(text[position:])
    return "".join(pieces)
