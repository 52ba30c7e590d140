"""Validators of a value on its own: entropy, placeholders, and credential formats that decode."""

from __future__ import annotations

import base64
import json
import math
import re
import zlib

from bastion.detectors.secret_rules_base import _B64URL, _BASE62, _HEX, sample


def shannon_entropy(value: str) -> float:
    """Bits per character of `value`'s own character distribution."""
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for char in value:
        counts[char] = counts.get(char, 0) + 1
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


_PLACEHOLDER_WORDS = (
    "example",
    "changeme",
    "change_me",
    "your_",
    "your-",
    "yourkey",
    "placeholder",
    "redacted",
    "dummy",
    "fake",
    "insert",
    "replace_",
    "todo",
    "fixme",
    "xxxx",
    "****",
    "....",
    "%s",
    "process.env",
    "os.environ",
    "getenv",
    "env(",
    "secrets.",
    "vault:",
)
_TEMPLATE_OPENERS = ("${", "{{", "<", "$(", "[", "{")
# Format fields: "%(password)s", and "{}", "{0}", "{user}" of str.format and f-strings.
_NAMED_FORMAT = re.compile(r"%\([a-z_][a-z0-9_]*\)|\{(?:[0-9]?|[a-z_][a-z0-9_]{2,})\}")


def is_placeholder(value: str) -> bool:
    """Template markers, documentation fillers and references to where the real value lives."""
    lowered = value.lower().strip("\"'` ")
    if len(set(lowered)) <= 3:
        return True  # "xxxxxxxx", "********", "00000000"
    if lowered.startswith(_TEMPLATE_OPENERS) and lowered.endswith(("}", ">", ")", "]")):
        return True  # ${VAR}, {{ var }}, <your-key>, $(cat file)
    if lowered.startswith("$") and lowered[1:].replace("_", "").isalnum():
        return True  # $TOKEN
    if _NAMED_FORMAT.search(lowered):
        return True  # "%(password)s"; a random key may hold "%(" without a name after it
    return any(word in lowered for word in _PLACEHOLDER_WORDS)


def _entropy_floor(value: str, floor: float) -> float:
    """`floor`, lowered for short values: n characters carry at most log2(n) bits each."""
    return min(floor, 0.8 * math.log2(max(len(value), 2)))


def _random_enough(value: str, *, min_entropy: float = 3.0) -> bool:
    if is_placeholder(value):
        return False
    if len(value) >= 16 and all(c in _HEX for c in value.lower()):
        # Sixteen hex digits cannot reach the entropy of a wider alphabet; a mix of letters and
        # digits with no long repeat is what a generated hex token looks like.
        return (
            any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and (shannon_entropy(value) >= min(min_entropy, 2.7))
        )
    return shannon_entropy(value) >= min_entropy


def _not_placeholder(value: str) -> bool:
    return not is_placeholder(value)


def _mixed_token(value: str) -> bool:
    """A prefixed token whose body is random: letters and digits, no placeholder."""
    body = value[4:]  # past the prefix, which may itself hold letters and digits
    return (
        not is_placeholder(value)
        and any(c.isdigit() for c in body)
        and any(c.isalpha() for c in body)
        and shannon_entropy(value) >= _entropy_floor(value, 3.3)
    )


def _json_object(segment: str) -> dict[str, object] | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    return decoded if isinstance(decoded, dict) else None


def _encoded_private_key(value: str) -> bool:
    """Base64 whose text opens a PEM private key block."""
    head = value[:96]
    try:
        decoded = base64.b64decode(head[: len(head) - len(head) % 4]).decode("ascii", "replace")
    except ValueError:
        return False
    return "PRIVATE KEY" in decoded


def _jwt(value: str) -> bool:
    """The header decodes to a JOSE header (it names "alg" or "typ"), even if damaged."""
    header = value.partition(".")[0]
    decoded = _json_object(header)
    if decoded is not None:
        return "alg" in decoded or "typ" in decoded
    try:
        raw = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
    except ValueError:
        return False
    text = raw.decode("utf-8", errors="replace")
    return text.startswith("{") and ('"alg"' in text or '"typ"' in text)


def _basic_credentials(value: str) -> bool:
    """Base64 of "user:password" with a password that is not a placeholder."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    user, colon, password = decoded.partition(":")
    return (
        bool(colon and user and password) and decoded.isprintable() and _not_placeholder(password)
    )


def _basic_example() -> str:
    return base64.b64encode(f"ci-bot:{sample(20, seed='basic')}".encode()).decode()


def _bastion_checksum(body: str) -> str:
    # Mirrors bastion.access.apikeys (detectors may not import it; a test keeps them in step):
    # CRC-32 of id+secret, written as 6 base62 digits, most significant first. GitHub, npm and
    # Vercel tokens carry the same checksum of their body.
    number = zlib.crc32(body.encode("ascii", "replace"))
    digits = []
    for _ in range(6):
        number, rest = divmod(number, 62)
        digits.append(_BASE62[rest])
    return "".join(reversed(digits))


def bastion_key(value: str) -> bool:
    """`bst_` + 10-char id + 32-char secret (base62) + 6-char base62 CRC-32 of id+secret."""
    if len(value) != 52 or not value.startswith("bst_"):
        return False
    body, check = value[4:46], value[46:]
    return all(c in _BASE62 for c in value[4:]) and _bastion_checksum(body) == check


def crc32_base62_checksum(value: str) -> bool:
    """A prefixed token whose last six characters are the base62 CRC-32 of the body between
    the prefix ("ghp_", "npm_", "vcp_": up to the first "_") and those six (GitHub's published
    token format, also used by npm and Vercel)."""
    prefix, underscore, rest = value.partition("_")
    if not underscore or len(rest) < 12 or not prefix:
        return False
    return all(c in _BASE62 for c in rest[-6:]) and _bastion_checksum(rest[:-6]) == rest[-6:]


def checksummed_example(prefix: str, length: int, *, seed: str = "") -> str:
    """A token of `length` body characters with a valid CRC-32 checksum, for examples."""
    body = sample(length, seed=seed or prefix)
    return f"{prefix}{body}{_bastion_checksum(body)}"


def _bastion_example() -> str:
    body = sample(42, seed="bst")
    return f"bst_{body}{_bastion_checksum(body)}"


def _jwt_example() -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': '42'})}.{sample(43, _B64URL)}"
