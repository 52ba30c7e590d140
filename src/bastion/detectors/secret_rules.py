"""The secrets rule table: one row per credential format, each with the examples it must find and
the look-alikes it must not (the tests execute both).

Example tokens are generated from a fixed seed rather than written out, so the repository never
holds strings that other scanners (or a push-protection hook) would take for live credentials.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from bastion.core.types import PLACEHOLDER_SCORE, Severity

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HEX = "0123456789abcdef"
_B64URL = _BASE62 + "-_"


def sample(length: int, alphabet: str = _BASE62, *, seed: str = "") -> str:
    """A deterministic random-looking string for examples."""
    out: list[str] = []
    counter = 0
    while len(out) < length:
        digest = hashlib.sha256(f"{seed}:{length}:{counter}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return "".join(out[:length])


@dataclass(frozen=True, slots=True)
class SecretRule:
    """One credential format. `pattern` is RE2; group 1, when present, is the secret itself.

    `validate` rejects look-alikes (bad checksum, placeholder, low entropy); `severity` is
    CRITICAL for keys that grant access by themselves.
    """

    name: str
    pattern: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    validate: Callable[[str], bool] | None = None
    severity: Severity = Severity.HIGH
    score: float = 0.9
    family: str = ""  # rules that are variants of one another share a code
    # A vendor token whose body is a filler ("AKCxxxxxxxxxx", "...EXAMPLEKEY") is still reported,
    # at MASKED_SCORE: it names where a real key goes, and redacting it costs nothing.
    report_masked: bool = False
    # Words that, in the part of the match before the value (the name it is assigned to), say
    # the value is not a secret: a public key, a cache key, a checksum, a tenant id.
    not_after: tuple[str, ...] = ()
    # The value must stand alone: not continued by token characters on either side ("EAAA..."
    # inside a base64 blob is not a Square token, "glc_..." must end where the token ends).
    standalone: bool = False

    @property
    def code(self) -> str:
        return f"secret.{self.family or self.name}"


MASKED_SCORE = PLACEHOLDER_SCORE

# --- validators ---------------------------------------------------------------------------------


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
    "insert",
    "replace_",
    "todo",
    "fixme",
    "xxxx",
    "****",
    "....",
    "%s",
    "%(",
    "process.env",
    "os.environ",
    "getenv",
    "env(",
    "secrets.",
    "vault:",
)
_TEMPLATE_OPENERS = ("${", "{{", "<", "$(", "[", "{")


def is_placeholder(value: str) -> bool:
    """Template markers, documentation fillers and references to where the real value lives."""
    lowered = value.lower().strip("\"'` ")
    if len(set(lowered)) <= 3:
        return True  # "xxxxxxxx", "********", "00000000"
    if lowered.startswith(_TEMPLATE_OPENERS) and lowered.endswith(("}", ">", ")", "]")):
        return True  # ${VAR}, {{ var }}, <your-key>, $(cat file)
    if lowered.startswith("$") and lowered[1:].replace("_", "").isalnum():
        return True  # $TOKEN
    return any(word in lowered for word in _PLACEHOLDER_WORDS)


def _entropy_floor(value: str, floor: float) -> float:
    """`floor`, lowered for short values: n characters carry at most log2(n) bits each."""
    return min(floor, 0.8 * math.log2(max(len(value), 2)))


# Names under which a random-looking value is an identifier or a digest, not a credential.
NOT_SECRET_NAMES = (
    "public",
    "publishable",
    "cache",
    "checksum",
    "hash",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "digest",
    "integrity",
    "etag",
    "fingerprint",
    "idempotency",
    "partition",
    "sort_key",
    "sortkey",
    "foreign",
    "i18n",
    "translation",
    "querykey",
    "query_key",
    "sitekey",
    "site_key",
    "nonce",
    "token_type",
    "tokentype",
    "tokenizer",
    "max_token",
    "page_token",
    "pagetoken",
    "sync_token",
    "synctoken",
    "cursor",
    "continuation",
    "csrf",
    "xsrf",
    "pubkey",
    "verify_key",
    "verifykey",
    "verification_key",
    "key_id",
    "keyid",
    "secretsid",  # .NET <UserSecretsId>: a project GUID
)
# Beside a vendor's name these are account coordinates (tenant, project, endpoint), not keys.
NOT_VENDOR_SECRET_NAMES = (
    *NOT_SECRET_NAMES,
    "tenant",
    "subscription_id",
    "client_id",
    "app_id",
    "appid",
    "application_id",
    "project",
    "org_id",
    "chat_id",
    "channel",
    "guild",
    "user_id",
    "region",
    "endpoint",
    "url",
    "uri",
    "host",
    "domain",
    "email",
    "username",
    "version",
    "site",
    "uid",
    "search",
    "_sha",
    "commit",
    "revision",
)


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


def _assigned_secret(value: str) -> bool:
    """A value assigned to a password-like name that looks machine-made or deliberately complex.

    Code references (`config.secret`, `X25519.secret_length`, `get_token()`) and identifiers
    made only of letters and separators are names, not secrets.
    """
    core = value.strip("\"'`")
    if len(core) < 8 or is_placeholder(core) or any(c.isspace() for c in core):
        return False  # prose ("Bananas and apples") is a label, not a secret
    if "://" in core or core.startswith("arn:"):
        return False  # an endpoint or a resource name; URL credentials have their own rule
    classes = sum(
        (
            any(c.islower() for c in core),
            any(c.isupper() for c in core),
            any(c.isdigit() for c in core),
            any(not c.isalnum() and c not in "_.-/" for c in core),
        )
    )
    if classes < 2 or (
        classes == 2
        and not any(c.isdigit() for c in core)
        and all(c.isalnum() or c in "_.-" for c in core)
    ):
        return False  # a name in any case and separator: X-API-Key, tls_secret, MySecretName
    if _code_reference(core) or _slug(core) or _file_path(core):
        return False
    if "..." in core or any(marker in core for marker in _PATTERN_MARKERS + _HTML_ENTITIES):
        return False
    if _camel_case_name(core) or _common_password(core):
        return False  # a validation pattern or format ("^(?=.*[A-Z])(?=.*\\d).{8,}$")
    return shannon_entropy(core) >= _entropy_floor(core, 3.0)


_HTML_ENTITIES = ("&lt;", "&gt;", "&quot;", "&amp;", "&#")
_PATH_STARTS = ("~/", "./", "../", "C:\\")


def _file_path(value: str) -> bool:
    """ "~/.ssh/id_rsa", "/etc/ssl/private/key" (base64 may start with "/" too, but has "+")."""
    if value.startswith(_PATH_STARTS):
        return True
    return value.startswith("/") and "+" not in value and (value.count("/") >= 2 or value.islower())


_PATTERN_MARKERS = (
    "(?",
    "\\d",
    "\\w",
    "\\s",
    "[a-z",
    "[A-Z",
    "[0-9",
    ".*",
    ".+",
    "^[",
    "%0",
    "%s",
    "%d",
)


def _camel_case_name(value: str) -> bool:
    """Mostly capitalised words ("PKCS7PrivateKeyTypes", "Ed25519PrivateKey"): a type name.

    A word is a capital and two or more lower-case letters, a third of them vowels; random
    strings have such runs too, but rarely two that cover most of the value.
    """
    words = covered = 0
    start = -1
    for index, char in enumerate(value + " "):
        if start >= 0 and char.islower():
            continue
        if start >= 0 and index - start >= 3:
            word = value[start:index].lower()
            if sum(c in "aeiouy" for c in word) * 3 >= len(word):
                words, covered = words + 1, covered + len(word)
        start = index if char.isupper() else -1
    return words >= 2 and covered * 5 >= 3 * len(value)


# Documentation passwords: the word under leetspeak, digits and punctuation ("Passw0rd!",
# "admin123", "Welcome1").
_COMMON_PASSWORD_WORDS = frozenset(
    (
        "password",
        "passwd",
        "pass",
        "secret",
        "changeme",
        "changeit",
        "admin",
        "administrator",
        "letmein",
        "qwerty",
        "welcome",
        "test",
        "testing",
        "default",
        "root",
        "user",
        "token",
        "apikey",
        "foobar",
        "mypassword",
        "mysecret",
        "supersecret",
        "topsecret",
    )
)
_LEET = str.maketrans("013457@$!", "oieastasi")


def _common_password(value: str) -> bool:
    core = value.lower().strip("0123456789!@#$%^&*.?_- ").translate(_LEET)
    return "".join(c for c in core if c.isalpha()) in _COMMON_PASSWORD_WORDS


def _slug(value: str) -> bool:
    """Lower-case words and numbers joined by separators ("tls-cert-2024", "app_v2.prod")."""
    parts = [p for p in value.replace("_", "-").replace(".", "-").split("-") if p]
    return (
        len(parts) >= 2
        and all((p.isalpha() and p.islower()) or p.isdigit() for p in parts)
        and any(p.isalpha() and len(p) >= 3 for p in parts)
    )


def _code_reference(value: str) -> bool:
    """Attribute or path access (`module.constant`, `config.get_secret()`, `handle::Store`)."""
    parts = value.removesuffix("()").replace("::", ".").split(".")
    return len(parts) > 1 and all(part.isidentifier() for part in parts)


def _public_value(value: str) -> bool:
    """Keys published on purpose: Stripe and Mapbox publishable keys, SSH public key blobs."""
    return value.startswith(("pk_live_", "pk_test_", "pk.eyJ", "AAAAB3NzaC1", "AAAAC3NzaC1"))


def _assigned_value(value: str, *, floor: float = 3.0) -> bool:
    """A generic assignment's value: see `_assigned_secret`, and not a published key."""
    return (
        _assigned_secret(value)
        and not _public_value(value.strip("\"'`"))
        and _random_enough(value, min_entropy=_entropy_floor(value, floor))
    )


def _sequential(value: str) -> bool:
    """Typed in order rather than generated: "AbCdEF123", "12345678-abcd"."""
    lowered = value.lower()
    steps = sum(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(lowered))
    return steps * 5 >= 2 * max(len(lowered) - 1, 1)


def _path_or_host(value: str) -> bool:
    """A file name or a host ("env/cert.p12", "dev-lb1.api.example.com:5215"), not a secret."""
    core, _, port = value.strip("\"'`").rpartition(":")
    if not (core and port.isdigit()):
        core = value.strip("\"'`")
    tail = core.rpartition(".")[2]
    return (
        "." in core
        and 2 <= len(tail) <= 4
        and tail.isalnum()
        and tail.islower()
        and tail[0].isalpha()
    )


def _generic_value(value: str, *, floor: float = 3.0) -> bool:
    """Under a password-like name: `_assigned_value`, not typed in sequence, not a path."""
    return (
        _assigned_value(value, floor=floor) and not _sequential(value) and not _path_or_host(value)
    )


def _generic_bare_value(value: str) -> bool:
    """Unquoted, the value runs to the next space: "x64-uwp=fail" is a key=value pair, and
    brackets are code ("tokens[i]", "Optional[str]", "[startLine,")."""
    return (
        "=" not in value.rstrip("=")
        and not any(c in value for c in "[]{}")
        and _generic_value(value, floor=3.3)
    )


# `_key` names that are database, storage or UI keys.
_NOT_KEY_NAMES = (
    "primary",
    "foreign",
    "object",
    "s3_",
    "redis",
    "lookup",
    "route",
    "feature",
    "hot",
    "shortcut",
    "row_",
    "dict",
    "map_key",
    "group",
    "sort",
    "unique",
    "composite",
    "index",
    "translation",
    "label",
    "storage_key",
)


def _long_random_value(value: str) -> bool:
    """At least twenty characters that mix all three classes, or 32 mixed hex digits."""
    core = value.strip("\"'`")
    if len(core) >= 32 and all(c in _HEX for c in core.lower()):
        return _random_enough(core)
    return (
        len(core) >= 20
        and any(c.isupper() for c in core)
        and any(c.islower() for c in core)
        and any(c.isdigit() for c in core)
        and _generic_value(core, floor=3.5)
    )


def _password_like(value: str) -> bool:
    """Three of upper, lower, digits and symbols, and not a word with a full stop."""
    core = value.rstrip(".!,;:?")
    classes = sum(
        (
            any(c.islower() for c in core),
            any(c.isupper() for c in core),
            any(c.isdigit() for c in core),
            any(not c.isalnum() for c in core),
        )
    )
    return len(core) >= 8 and classes >= 3 and _generic_value(core)


def _passphrase(value: str) -> bool:
    """Words and a number joined by separators ("tiger-orion-53"): under a password's name
    that is a passphrase, where under other names it would be an identifier."""
    parts = value.replace("_", "-").replace(".", "-").split("-")
    words = [p for p in parts if p.isalpha() and len(p) >= 3]
    return (
        len(value) >= 10
        and len(words) >= 2
        and any(p.isdigit() for p in parts)
        and not is_placeholder(value)
        and not any(_common_password(w) for w in words)
    )


def _strong_token(value: str) -> bool:
    """Named only in prose ("my key is ..."): upper and lower case and digits, and random."""
    core = value.rstrip(".!,;:")
    return (
        len(core) >= 16
        and any(c.isupper() for c in core)
        and any(c.islower() for c in core)
        and any(c.isdigit() for c in core)
        and not _public_value(core)
        and not core.startswith("AAAA")
        and not _code_reference(core)
        and not is_placeholder(core)
        and ".." not in core
        and shannon_entropy(core) >= 3.6
    )


def _mixed_token(value: str) -> bool:
    """A prefixed token whose body is random: letters and digits, no placeholder."""
    body = value[4:]  # past the prefix, which may itself hold letters and digits
    return (
        not is_placeholder(value)
        and any(c.isdigit() for c in body)
        and any(c.isalpha() for c in body)
        and shannon_entropy(value) >= _entropy_floor(value, 3.3)
    )


def _vendor_keyword_value(value: str) -> bool:
    """Random-looking, and not a host name, file name or path ("dev-123.okta.com", "key.pem")."""
    tail = value.rpartition(".")[2]
    if "." in value and tail.isalpha() and len(tail) <= 6:
        return False
    if "/" in value and len(value) < 30:
        return False  # a repository or a path: "octo-org/hello-world2"
    if len(value) < 16 and not (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
    ):
        return False  # vendor keys are long; a short value must at least mix all three classes
    return _assigned_value(value) and not _path_or_host(value)


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


def _header_value(value: str) -> bool:
    """A credential after "Authorization:" or "token=": random, and with digits unless long
    ("token: TokenInterface" and "token = set_current_library(...)" are code)."""
    return (
        _random_enough(value, min_entropy=3.0)
        and not _code_reference(value)
        and not _slug(value)
        and (len(value) >= 30 or any(c.isdigit() for c in value))
    )


def _bastion_checksum(body: str) -> str:
    # Mirrors bastion.access.apikeys (detectors may not import it; a test keeps them in step):
    # CRC-32 of id+secret, written as 6 base62 digits, most significant first.
    number = zlib.crc32(body.encode("ascii"))
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


def _bastion_example() -> str:
    body = sample(42, seed="bst")
    return f"bst_{body}{_bastion_checksum(body)}"


def _jwt_example() -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': '42'})}.{sample(43, _B64URL)}"


# Names of password-like variables in any case and syntax; `[A-Z]..._KEY` and `xKey` catch
# vendor-named keys (STRIPE_KEY, appKey) that the words alone miss.
_KEYWORD_NAMES = (
    r"(?:password|passwd|passphrase|pwd|pass|secret|token|api[_.-]?key|apikey|access[_.-]?key"
    r"|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|_creds?\b|_auth\b|_pat\b"
    r"|(?:master|signing|encryption|session|hmac|jwt|license|storage|account|app)[_.-]?key"
    r"|(?-i:[A-Z][A-Z0-9]*_KEY)|[a-z]Key)"
)

_S = sample  # short alias keeps the table rows on one line

RULES: tuple[SecretRule, ...] = (
    SecretRule(
        name="private_key",
        pattern=r"(-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]*?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----)?"
        r"|PuTTY-User-Key-File-\d: [\s\S]*?Private-Lines: \d+"
        r"|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----)",
        severity=Severity.CRITICAL,
        examples=(
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + _S(60) + "\n-----END RSA PRIVATE KEY-----",
            "key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQWGBGSVV4YBDA",
            "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: key",
        ),
        counter_examples=("-----BEGIN PUBLIC KEY-----\nMIIBIjAN", "-----BEGIN CERTIFICATE-----"),
    ),
    SecretRule(
        name="private_key_base64",
        # A PEM private key, base64-encoded once more (Kubernetes secrets, kubeconfig
        # client-key-data): "LS0tLS1CRUdJTi" is "-----BEGIN".
        pattern=r"\b(LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2})",
        validate=_encoded_private_key,
        severity=Severity.CRITICAL,
        family="private_key",
        examples=(
            "client-key-data: "
            + base64.b64encode(
                b"-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + _S(40).encode()
            ).decode(),
        ),
        counter_examples=(
            "client-certificate-data: "
            + base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIID" + _S(40).encode()).decode(),
        ),
    ),
    SecretRule(
        name="jwt",
        pattern=r"\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?)",
        validate=_jwt,
        examples=(f"Authorization: Bearer {_jwt_example()}",),
        counter_examples=("eyJAAAA.eyJBBB", "eyJub3Rqc29uIjp9.eyJzdWIiOiIxIn0"),
    ),
    SecretRule(
        name="aws_access_key",
        pattern=r"\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b",
        validate=_not_placeholder,
        examples=("aws_access_key_id = AKIA" + _S(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),),
        counter_examples=("AKIAIOSFODNN7EXAMPLE", "akia" + "z" * 16, "AKIA1234"),
        report_masked=True,
    ),
    SecretRule(
        name="aws_secret_key",
        pattern=r"(?i)aws[a-z0-9_ .-]{0,20}(?:secret|key)[a-z0-9_ .-]{0,20}[\"']?\s*[:=]{1,2}>?\s*"
        r"[\"']?([A-Za-z0-9/+=]{40})\b",
        validate=lambda v: _random_enough(v, min_entropy=3.5),
        severity=Severity.CRITICAL,
        examples=("aws_secret_access_key = " + _S(40),),
        counter_examples=("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",),
        report_masked=True,
    ),
    SecretRule(
        name="gcp_api_key",
        pattern=r"\b(AIza[0-9A-Za-z_-]{35})",
        examples=("key=AIza" + _S(35, _B64URL),),
        counter_examples=("AIzaShort",),
    ),
    SecretRule(
        name="gcp_service_account",
        pattern=r"(\"type\"\s*:\s*\"service_account\")",
        severity=Severity.CRITICAL,
        examples=('{"type": "service_account", "project_id": "demo"}',),
        counter_examples=('{"type": "authorized_user"}',),
    ),
    SecretRule(
        name="azure_storage_key",
        # Storage and Cosmos DB account keys; Service Bus and Event Hubs shared access keys.
        pattern=r"(?i)(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)",
        severity=Severity.CRITICAL,
        examples=(
            "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + _S(86) + "==",
            "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey="
            + _S(43)
            + "=",
        ),
        counter_examples=("AccountKey=<your-key>",),
    ),
    SecretRule(
        name="azure_sas_token",
        # The portal writes the parameters in either order: sv= first, or sp=/st=/se= first.
        pattern=r"(?i)\b(?:sv=\d{4}-\d{2}-\d{2}|sp=[a-z]{1,20}|s[te]=\d{4}-\d{2}-\d{2})&"
        r"[^\s\"'<>]{0,300}?\bsig=([A-Za-z0-9%+/]{30,}={0,2})",
        examples=(
            "?sv=2022-11-02&ss=b&srt=co&sp=r&se=2030-01-01&sig=" + _S(44) + "%3D",
            "f.txt?sp=r&st=2024-01-01T00:00:00Z&se=2025-01-01&spr=https&sv=2022-11-02&sr=b&sig="
            + _S(43)
            + "%3D",
        ),
        counter_examples=("?sv=2022-11-02&sig=<signature>",),
    ),
    SecretRule(
        name="azure_client_secret",
        pattern=r"([a-zA-Z0-9_~.-]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})\b",
        examples=("client_secret=" + _S(3) + "8Q~" + _S(34, _BASE62 + "_~.-"),),
        counter_examples=("~" * 40,),
    ),
    SecretRule(
        name="github_token",
        pattern=r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b",
        severity=Severity.CRITICAL,
        validate=_not_placeholder,
        examples=("token: ghp_" + _S(36), "github_pat_" + _S(82, _BASE62 + "_")),
        counter_examples=("ghp_" + "x" * 36, "ghp_short"),
        report_masked=True,
    ),
    SecretRule(
        name="gitlab_token",
        pattern=r"\b(glpat-[A-Za-z0-9_-]{20,}|gl(?:ptt|dt|rt|soat|cbt|ffct|ft|imt)-[A-Za-z0-9_-]{20,}"
        r"|glagent-[A-Za-z0-9_-]{50,}|gloas-[A-Za-z0-9_-]{64}|GR1348941[A-Za-z0-9_-]{20,})",
        severity=Severity.CRITICAL,
        validate=_not_placeholder,
        examples=("glpat-" + _S(20, _B64URL), "GR1348941" + _S(20)),
        counter_examples=("glagent-short_one", "glpat-xxxxxxxxxxxxxxxxxxxx"),
        report_masked=True,
    ),
    SecretRule(
        name="slack_token",
        pattern=r"\b(xox[abcposre]-(?:\d-)?\d{6,}-[A-Za-z0-9-]{8,}|xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9-]{30,}"
        r"|xapp-\d-[A-Z0-9]{9,}-\d{6,}-[a-z0-9]{32,})",
        validate=_not_placeholder,
        examples=("xoxb-" + _S(12, _HEX[:10]) + "-" + _S(13, _HEX[:10]) + "-" + _S(24),),
        counter_examples=("xoxb-12345-abcd234", "xoxe-1-xxx", "xoxb-Slack_BOT_TOKEN"),
        report_masked=True,
    ),
    SecretRule(
        name="slack_webhook",
        pattern=r"(https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,})",
        examples=("https://hooks.slack.com/services/T0" + _S(8) + "/B0" + _S(8) + "/" + _S(24),),
        counter_examples=("https://hooks.slack.com/services/",),
    ),
    SecretRule(
        name="stripe_key",
        pattern=r"\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,})\b",
        severity=Severity.CRITICAL,
        validate=_not_placeholder,
        examples=("STRIPE_KEY=sk_live_" + _S(24), "rk_live_" + _S(24)),
        counter_examples=("pk_live_" + _S(24), "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
        report_masked=True,
    ),
    SecretRule(
        name="openai_api_key",
        pattern=r"\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}"
        r"|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,})",
        severity=Severity.CRITICAL,
        validate=_not_placeholder,
        examples=("sk-" + _S(20) + "T3BlbkFJ" + _S(20), "sk-proj-" + _S(64, _B64URL)),
        counter_examples=("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-1234"),
        report_masked=True,
    ),
    SecretRule(
        name="openai_api_key_plain",
        standalone=True,
        # Keys written before the T3BlbkFJ marker, and look-alike "sk-" keys of other LLM APIs.
        pattern=r"\b(sk-[A-Za-z0-9]{48}|sk-[a-f0-9]{32})",
        validate=_mixed_token,
        family="openai_api_key",
        examples=("OPENAI_API_KEY=sk-" + _S(48), 'api_key="sk-' + _S(32, _HEX) + '"'),
        counter_examples=("sk-" + "a1" * 24, "sk-" + _S(40)),
    ),
    SecretRule(
        name="anthropic_api_key",
        pattern=r"\b(sk-ant-(?:api|admin|oat|sid)\d\d-[A-Za-z0-9_-]{80,120}AA)\b",
        severity=Severity.CRITICAL,
        examples=("sk-ant-api03-" + _S(93, _B64URL) + "AA",),
        counter_examples=("sk-ant-api03-" + _S(93, _B64URL) + "BB", "sk-ant-short"),
    ),
    SecretRule(
        name="twilio_key",
        pattern=r"\b((?:AC|SK)[a-z0-9]{32})\b",
        validate=lambda v: len(set(v[2:])) > 1,
        examples=("TWILIO_API_KEY=SK" + _S(32, _HEX),),
        counter_examples=("SK" + "0" * 32,),
        report_masked=True,
    ),
    SecretRule(
        name="sendgrid_key",
        pattern=r"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b",
        severity=Severity.CRITICAL,
        examples=("SG." + _S(22, _B64URL) + "." + _S(43, _B64URL),),
        counter_examples=("AG." + _S(22, _B64URL) + "." + _S(43, _B64URL),),
    ),
    SecretRule(
        name="npm_token",
        pattern=r"\b(npm_[A-Za-z0-9]{36})\b|//registry\.npmjs\.org/:_authToken=\s*([A-Za-z0-9-]{36,})",
        severity=Severity.CRITICAL,
        validate=_not_placeholder,
        examples=("npm_" + _S(36), "//registry.npmjs.org/:_authToken=" + _S(36, _HEX + "-")),
        counter_examples=("npm_short", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
        report_masked=True,
    ),
    SecretRule(
        name="pypi_token",
        pattern=r"\b(pypi-AgE[A-Za-z0-9_-]{50,})",
        severity=Severity.CRITICAL,
        examples=("password = pypi-AgEIcHlwaS5vcmc" + _S(70, _B64URL),),
        counter_examples=("pypi-AgE",),
    ),
    SecretRule(
        name="bastion_api_key",
        pattern=r"\b(bst_[0-9A-Za-z]{48})\b",
        validate=bastion_key,
        severity=Severity.CRITICAL,
        examples=(f"X-API-Key: {_bastion_example()}",),
        counter_examples=(_bastion_example()[:-1] + "0", "bst_" + "a" * 48),
    ),
    SecretRule(
        name="saas_token",
        standalone=True,
        # Vendor tokens with a distinctive prefix (Hugging Face, Notion, Sourcegraph, Sentry,
        # Databricks, Grafana, Vault, Heroku, Okta-less age keys, 1Password, Fly.io, Perplexity,
        # Infracost, Scalingo, Atlassian, Square, Shopify, DigitalOcean, Doppler, Linear,
        # Postman, Pulumi, Mailgun, Telegram bots, Facebook page tokens, OpenShift, Cloudflare).
        pattern=r"\b(hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}|ntn_\d{11}[A-Za-z0-9]{32,35}"
        r"|sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[A-Fa-f0-9]{40}"
        r"|sntrys_eyJ[A-Za-z0-9+/=_-]{50,}|dapi[a-f0-9]{32}(?:-\d)?|glc_[A-Za-z0-9+/]{32,}={0,2}"
        r"|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|hv[sbr]\.[A-Za-z0-9_-]{90,}|HRKU-AA[0-9a-zA-Z_-]{58}"
        r"|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|ops_eyJ[A-Za-z0-9+/=]{200,}"
        r"|fo1_[A-Za-z0-9_-]{43}|pplx-[A-Za-z0-9]{48}"
        r"|ico-[A-Za-z0-9]{32}|tk-us-[A-Za-z0-9_-]{48}|ATATT3[A-Za-z0-9_=-]{180,}"
        r"|sq0(?:atp|csp)-[0-9A-Za-z_\\-]{22,43}|EAAA[A-Za-z0-9_-]{60}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
        r"|do[por]_v1_[a-f0-9]{64}|dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44}|lin_api_[A-Za-z0-9]{40}"
        r"|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|pul-[a-f0-9]{40}"
        r"|\d{8,10}:AA[A-Za-z0-9_-]{33}|EAA[A-Za-z0-9]{90,}|sha256~[A-Za-z0-9_-]{43}"
        r"|[0-9a-f]{32}-us\d{1,2}|\d{15,16}\|[A-Za-z0-9_-]{27}|fm\d[a-z]?_[A-Za-z0-9+/=_-]{100,}"
        r"|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|s-s4t2(?:ud|af)-[a-f0-9]{64}|[A-Za-z0-9]{14}\.atlasv1\."
        r"[A-Za-z0-9_=-]{60,70}|ABSK[A-Za-z0-9+/]{100,}={0,2}|bedrock-api-key-[A-Za-z0-9+/=]{20,}"
        r"|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})",
        validate=_not_placeholder,
        examples=("HF_TOKEN=hf_" + _S(34, _BASE62[10:]), "ntn_" + _S(11, "0123456789") + _S(32)),
        counter_examples=("hf_" + "x" * 34, "hf_token"),
        report_masked=True,
    ),
    SecretRule(
        name="saas_token_more",
        standalone=True,
        # More vendor prefixes: Figma, New Relic, PlanetScale, RubyGems, Sentry user tokens,
        # Replicate, Groq, xAI, Google OAuth client secrets and access tokens, Stripe webhook
        # secrets, SonarQube, Dropbox short-lived tokens, Notion integration secrets.
        pattern=r"\b(figd_[A-Za-z0-9_-]{40,}|NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}"
        r"|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64}|rubygems_[a-f0-9]{48}|sntryu_[a-f0-9]{64}"
        r"|r8_[A-Za-z0-9]{37}|gsk_[A-Za-z0-9]{52}|xai-[A-Za-z0-9]{80}|GOCSPX-[A-Za-z0-9_-]{28}"
        r"|ya29\.[A-Za-z0-9_-]{30,}|whsec_[A-Za-z0-9+/]{32,}|sq[pua]_[a-f0-9]{40}"
        r"|sl\.(?:u\.)?[A-Za-z0-9_-]{130,}|secret_[A-Za-z0-9]{43})",
        validate=_not_placeholder,
        family="saas_token",
        report_masked=True,
        examples=(
            "FIGMA_TOKEN=figd_" + _S(40, _B64URL),
            "NRAK-" + _S(27, _BASE62[:36]),
            "gsk_" + _S(52),
            "GOCSPX-" + _S(28, _B64URL),
        ),
        counter_examples=("figd_short", "gsk_" + _S(20), "secret_sauce"),
    ),
    SecretRule(
        name="saas_token_random",
        standalone=True,
        # Prefixed tokens whose body must look random: Mapbox secret tokens, Alibaba and Tencent
        # Cloud key ids, Supabase, Docker Hub, Netlify, CircleCI, Contentful, Pinecone,
        # OpenRouter, Brevo, Resend, Airtable, Linear OAuth, Hugging Face, Vault (short form),
        # Mailgun, Telegram bots without the AA marker, Braintree, Firebase Cloud Messaging server
        # keys, Google OAuth refresh tokens, new-style Azure DevOps PATs, Dropbox long-lived and
        # Twitter bearer tokens, Salesforce sessions, Bitbucket app passwords, Yandex, Dynatrace,
        # Shippo, EasyPost, Flutterwave, Frame.io, Adafruit, Prefect, ReadMe, Clojars, Duffel,
        # Typeform, Matrix, Tailscale, LangSmith, Fireworks, NVIDIA and ElevenLabs keys.
        pattern=r"\b(sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}|LTAI[A-Za-z0-9]{12,20}"
        r"|AKID[A-Za-z0-9]{13,40}|sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,}"
        r"|dckr_pat_[A-Za-z0-9_-]{27}|nfp_[A-Za-z0-9]{36}|CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}"
        r"|CFPAT-[A-Za-z0-9_-]{43}|pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}|sk-or-v1-[a-f0-9]{64}"
        r"|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}"
        r"|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|lin_oauth_[a-f0-9]{64}|hf_[A-Za-z0-9]{34,40}"
        r"|hv[sbr]\.[A-Za-z0-9_-]{24,}|key-[a-z0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"
        r"|\d{8,10}:[A-Za-z0-9_-]{35}|access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}"
        r"|AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,}|1//0[A-Za-z0-9_-]{40,}"
        r"|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{3}AZDO[A-Za-z0-9]{4}|[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}"
        r"|A{20,22}[A-Za-z0-9%]{30,}|00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{80,}|ATBB[A-Za-z0-9_=.-]{32,}"
        r"|AQVN[A-Za-z0-9_-]{35,38}|dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}|shippo_(?:live|test)_[a-f0-9]{40}"
        r"|EZ[AT]K[a-z0-9]{54}|FLWSECK(?:_TEST)?-[a-h0-9]{32}-X|fio-u-[A-Za-z0-9_=-]{64}"
        r"|aio_[A-Za-z0-9]{28}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|CLOJARS_[a-z0-9]{60}"
        r"|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|tfp_[A-Za-z0-9_.=-]{59}|syt_[A-Za-z0-9]+_[A-Za-z0-9]{20}"
        r"_[A-Za-z0-9]{6}|tskey-(?:api|auth|client)-[A-Za-z0-9]{10,}-[A-Za-z0-9]{20,}"
        r"|lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}|fw_[A-Za-z0-9]{24}|nvapi-[A-Za-z0-9_-]{64}"
        r"|sk_[a-f0-9]{48})",
        validate=_mixed_token,
        family="saas_token",
        report_masked=True,
        examples=(
            "MAPBOX_TOKEN=sk.eyJ1Ijoi" + _S(10) + "IiwiYSI6I" + _S(24, _B64URL) + "." + _S(22),
            "access_key_id: LTAI" + _S(16),
            'SecretId="AKID' + _S(32) + '"',
            "<token>dckr_pat_" + _S(27) + "</token>",
            "key-" + _S(32, _HEX[:10] + "abcdefghijklmnopqrstuvwxyz"),
            "bot " + _S(10, _HEX[1:10]) + ":" + _S(35, _B64URL),
            "DT_API_TOKEN=dt0c01." + _S(24, _BASE62[:36]) + "." + _S(64, _BASE62[:36]),
            "tskey-auth-" + _S(12) + "-" + _S(30),
        ),
        counter_examples=(
            "LTAI" + "x" * 16,
            "key-" + "a" * 32,
            "pk.eyJ1Ijoi" + _S(10) + "IiwiYSI6I" + _S(24, _B64URL) + "." + _S(22),
            "hf_" + "ab12" * 9,
        ),
    ),
    SecretRule(
        name="azure_function_key",
        # Azure Functions take their key as ?code= in the URL.
        pattern=r"(?i)\.azurewebsites\.net/api/[^\s?\"'<>]{1,200}\?(?:[^\s\"'<>]{0,200}&)?code="
        r"([A-Za-z0-9_/+-]{30,}={0,2})",
        validate=_not_placeholder,
        family="azure_storage_key",
        examples=("https://fn.azurewebsites.net/api/hook?code=" + _S(54, _B64URL) + "==",),
        counter_examples=("https://fn.azurewebsites.net/api/hook?code=<FUNCTION_KEY>",),
    ),
    SecretRule(
        name="webhook_url",
        # Webhook URLs carry their secret in the path: Discord, Microsoft Teams, Zapier.
        pattern=r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
        r"[A-Za-z0-9_-]{60,68}|https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@-]{36,80}"
        r"/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}|https://hooks\.zapier\.com/hooks/catch/\d+/"
        r"[a-z0-9]{6,}/?)",
        examples=(
            "https://discord.com/api/webhooks/" + _S(18, "0123456789") + "/" + _S(68, _B64URL),
        ),
        counter_examples=("https://discord.com/api/webhooks/123/abc",),
    ),
    SecretRule(
        name="artifactory_token",
        # JFrog: API keys (AKCp + 69), reference tokens (base64 "reftkn"), and the shorter
        # AKC.../AP[0-9A-F]... keys and encrypted passwords of older Artifactory releases.
        pattern=r"(?:^|[\s=:\"'`])(AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56}|AKC[A-Za-z0-9]{10,}"
        r"|AP[0-9A-F][A-Za-z0-9]{8,})\b",
        validate=lambda v: _random_enough(v, min_entropy=3.0),
        report_masked=True,
        examples=("X-JFrog-Art-Api: AKCp" + _S(69), "artifactory_password=AP6" + _S(20)),
        counter_examples=("APACHE", "AKC" + _S(5), "APPLICATIONS"),
    ),
    SecretRule(
        name="discord_bot_token",
        pattern=r"\b([A-Z][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38})\b",
        validate=lambda v: _random_enough(v, min_entropy=4.0),
        examples=("DISCORD_TOKEN=M" + _S(25) + "." + _S(6) + "." + _S(27),),
        counter_examples=("MZ1yGvKTj0rY0cV8i47CjAa.uHQPq.Xb1Mk2nEhe-4icrGOuegj57zMC",),
    ),
    SecretRule(
        name="vendor_keyword_token",
        # Vendors whose keys have no prefix of their own (Datadog, Okta, Sumo Logic, SonarQube,
        # Sourcegraph, MessageBird, Mistral, Cohere, Fastly, Cloudflare API tokens, Snyk, ...):
        # the vendor's name in the variable, an assignment, and a random-looking value.
        pattern=r"(?i)[\w.-]{0,20}(?:datadog|\bdd[_-](?:api|app)|okta|sumo(?:logic)?|sonar|sourcegraph|messagebird"
        r"|message[_-]bird|mistral|cohere|\bco_api|fastly|cloudflare|\bcf_api|snyk|newrelic"
        r"|new_relic|mailgun|sendinblue|brevo|algolia|airtable|asana|bitbucket|circleci|codecov"
        r"|contentful|dynatrace|freshdesk|intercom|launchdarkly|lob_|mapbox|pagerduty|rollbar"
        r"|segment|twitch|twitter|typeform|zendesk|clickup|confluent|netlify|vercel|render_"
        r"|supabase|pinecone|openrouter|anyscale|together|fireworks|deepseek|voyage|jina"
        r"|twilio|heroku|sentry|telegram|discord|alibaba|aliyun|tencent|linode|postmark|azure"
        r"|devops|atlassian|jira|facebook|dropbox|hubspot|paypal|braintree|plaid|firebase"
        r"|cloudinary|elastic|openai|anthropic|gemini|huggingface|mongodb|databricks|mailchimp"
        r"|mailjet|sparkpost|mandrill|nexmo|vonage|plivo|splunk|honeycomb|bugsnag|auth0|clerk"
        r"|onesignal|razorpay|paystack|adyen|coinbase|binance|infura|alchemy|etherscan|mapbox"
        r"|pulumi|grafana|terraform|\btfe_|doppler|netlify|linkedin|zoom|travis|ibm_?cloud|ngrok"
        r"|wandb|railway|salesforce|sinch|shippo|easypost|frameio|assemblyai|elevenlabs|sendgrid)"
        r"[\w.-]{0,25}[\"']?\]?[ \t]*(?:=|:|:=|::=|:::=|\?=|=>)[ \t]*[\"'`]?"
        r"([A-Za-z0-9_=+/.-]{14,100})",
        validate=_vendor_keyword_value,
        score=0.75,
        not_after=NOT_VENDOR_SECRET_NAMES,
        examples=(
            "DD_API_KEY=" + _S(32, _HEX),
            'SONAR_LOGIN := "' + _S(40, _HEX) + '"',
            "sumo_access_id = 'su" + _S(12) + "'",
        ),
        counter_examples=(
            "okta_domain = dev-123.okta.com",
            'sonar.projectKey = "my-project"',
            "AZURE_TENANT_ID=" + _S(8, _HEX) + "-4f1a-9c3b-" + _S(12, _HEX),
            "AZURE_RESOURCE_GROUP=rg-prod-01",
            "MAPBOX_PUBLIC_TOKEN=pk.eyJ1Ijoi" + _S(40, _B64URL),
        ),
    ),
    SecretRule(
        name="jwk_private_key",
        # The private members of a JSON Web Key: "d" (RSA/EC/OKP private exponent) or "k" (oct).
        pattern=r"\"(?:d|k|p|q|dp|dq)\"\s*:\s*\"([A-Za-z0-9_-]{20,})\"",
        validate=_not_placeholder,
        severity=Severity.CRITICAL,
        family="private_key",
        examples=('{"kty": "OKP", "crv": "Ed25519", "d": "' + _S(43, _B64URL) + '"}',),
        counter_examples=('{"kty": "RSA", "n": "' + _S(64, _B64URL) + '", "e": "AQAB"}',),
    ),
    SecretRule(
        name="bundler_credentials",
        # Bundler reads private gem server credentials from BUNDLE_<HOST> as "user:password".
        pattern=r"\bBUNDLE_[A-Z0-9_]+__[A-Z0-9_]+[\"']?\s*[:=]\s*[\"']?([^\s\"':]+:[^\s\"']+)",
        validate=_not_placeholder,
        examples=("BUNDLE_GEMS__EXAMPLE__COM: " + _S(8, _HEX) + ":" + _S(8, _HEX),),
        counter_examples=("BUNDLE_GEMS__EXAMPLE__COM: ${GEM_CREDENTIALS}",),
    ),
    SecretRule(
        name="vault_token",
        pattern=r"(?i)(?:vault|token)[^\n]{0,20}?\b(s\.[A-Za-z0-9]{24})\b",
        validate=lambda v: _random_enough(v, min_entropy=3.5),
        examples=("VAULT_TOKEN=s." + _S(24),),
        counter_examples=("token: s.xxxxxxxxxxxxxxxxxxxxxxxx",),
        report_masked=True,
    ),
    SecretRule(
        name="url_credentials",
        pattern=r"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://([^\s:/@\"'<>]{0,100}:[^\s@/\"'<>]{1,200})@"
        r"[A-Za-z0-9.\-\[\]]+",
        validate=lambda v: not is_placeholder(v.partition(":")[2]) or v.endswith(":password"),
        examples=(
            "postgres://app:" + _S(16) + "@db.internal:5432/app",
            "REDIS_URL=redis://:" + _S(20) + "@cache.internal:6379/0",
        ),
        counter_examples=("https://user:${PASSWORD}@example.com", "https://user@example.com"),
    ),
    SecretRule(
        name="jdbc_oracle_credentials",
        # Oracle's thin driver takes user/password before the host.
        pattern=r"\bjdbc:oracle:(?:thin|oci):([\w.$#-]{1,64}/[^\s@/\"'<>]{1,128})@",
        validate=lambda v: not is_placeholder(v.partition("/")[2]),
        family="url_credentials",
        examples=("jdbc:oracle:thin:scott/" + _S(10) + "@db.example.com:1521:ORCL",),
        counter_examples=("jdbc:oracle:thin:scott/${DB_PASSWORD}@db:1521:ORCL",),
    ),
    SecretRule(
        name="authorization_header",
        pattern=r"(?i)\b(?:authorization|x-api-key|api-key|x-auth-token|private-token|token)[\"']?\s*[:=]\s*"
        r"[\"']?(?:bearer|basic|token|apikey|api-token|sso-key)?\s*([A-Za-z0-9._~+/=@!-]{12,})",
        validate=_header_value,
        examples=(
            "-H 'Authorization: Bearer " + _S(32) + "'",
            'headers = {"Authorization": "Token ' + _S(40, _HEX) + '"}',
        ),
        counter_examples=(
            "Authorization: Bearer XXXXXXXXXXXXXXXXXXXX",
            "Authorization: Bearer $TOKEN",
            "Authorization: Basic ...",
            "token = request.headers.get('Authorization')",
            "def refresh(self, token: TokenInterface) -> None:",
            '{token:"comment.line.double-dash.source.rust",regex:"//!.*$"}',
        ),
    ),
    SecretRule(
        name="cli_password",
        # Passwords and tokens on a command line: --password=..., --token ..., mysql -p...,
        # sshpass -p ..., docker login -p ...
        pattern=r"(?i)(?:\s--(?:password|passwd|pass|token|auth-token|api-key|apikey|secret"
        r"|client-secret|access-key|secret-key|secret-access-key|account-key|sas-token|auth-key)"
        r"(?:=|[ \t]+)"
        r"|\b(?:mysql|mysqldump|mysqladmin|mariadb|sshpass|docker login|podman login)\b"
        r"[^\n]{0,200}?[ \t]-p[ \t]?)[\"']?([^\s\"'$-][^\s\"']{5,200})",
        validate=lambda v: _generic_value(v) or _passphrase(v),
        score=0.7,
        family="generic_assignment",
        examples=(
            "mysql -u root -p" + _S(12) + " app",
            "deploy --api-key " + _S(26),
            "docker login -u ci -p '" + _S(20) + "' registry.example.com",
        ),
        counter_examples=(
            "mysql -u root -p app_db",
            "gh auth login --token $GH_TOKEN",
            "cli --password=<password>",
        ),
    ),
    SecretRule(
        name="basic_auth_call",
        # requests.get(url, auth=("user", "...")), HTTPBasicAuth("user", "...").
        pattern=r"(?:\bauth[ \t]*=[ \t]*[(\[]|BasicAuth\()[ \t]*[\"'][^\"'\n]{1,64}[\"'][ \t]*,"
        r"[ \t]*[\"']([^\"'\n]{8,128})[\"'][ \t]*[)\]]",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        examples=("requests.get(url, auth=('admin', '" + _S(14) + "'))",),
        counter_examples=("auth=('admin', 'password')", "HTTPBasicAuth(user, password)"),
    ),
    SecretRule(
        name="pgpass_line",
        # ~/.pgpass: hostname:port:database:username:password, one a line.
        pattern=r"(?m)^[ \t]*[\w.*-]+:(?:\d{2,5}|\*):[\w.*-]+:[\w.*@-]+:([^\s:]{8,200})[ \t]*$",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        examples=("db.internal:5432:app:app_user:" + _S(18),),
        counter_examples=("localhost:5432:app:app_user:changeme", "12:30:45:00:00"),
    ),
    SecretRule(
        name="docker_auth",
        # .docker/config.json and .dockerconfigjson: "auth" is base64 of "user:password".
        pattern=r"\"auth\"[ \t]*:[ \t]*\"([A-Za-z0-9+/]{12,}={0,2})\"",
        validate=_basic_credentials,
        examples=('{"auths": {"ghcr.io": {"auth": "' + _basic_example() + '"}}}',),
        counter_examples=('"auth": "' + _S(32) + '"', '"auth": "dXNlcjo="'),
    ),
    SecretRule(
        name="netrc_credentials",
        pattern=r"\bmachine[ \t]+\S+[ \t\r\n]+login[ \t]+\S+[ \t\r\n]+password[ \t]+(\S{6,200})",
        validate=_not_placeholder,
        examples=("machine api.heroku.com\n  login me@example.com\n  password " + _S(32, _HEX),),
        counter_examples=("machine api.example.com login me password XXXXXXXX",),
    ),
    SecretRule(
        name="bearer_token",
        # "Bearer <token>" without the header name: logs, HTTP client code, chat messages.
        pattern=r"\bBearer[ \t]+([A-Za-z0-9._~+/=-]{20,})",
        validate=_header_value,
        family="authorization_header",
        examples=('fetch(url, {headers: {"X": "Bearer ' + _S(40, _B64URL) + '"}})',),
        counter_examples=("Bearer <token>", "Bearer YOUR_ACCESS_TOKEN_GOES_HERE"),
    ),
    SecretRule(
        name="curl_credentials",
        pattern=r"\bcurl\b[\s\S]{0,300}?\s(?:-u|--user)\s+[\"']?([^\s:\"'$]{0,64}[\"']?:[\"']?"
        r"[^\s\"']{3,128})",
        validate=lambda v: not is_placeholder(v.partition(":")[2].strip("\"'{}")),
        examples=("curl -u admin:" + _S(14) + " https://api.example.com",),
        counter_examples=('curl -u "${_username}:${_password}"', 'curl --user "$1:$2" "$3"'),
    ),
    SecretRule(
        name="generic_call",
        # A secret passed to a setter or a lookup with a default: secret("..."),
        # getKey("..."), GetEnvOrDefault("api_token", "...").
        pattern=r"(?i)[\w.-]{0,30}(?:(?:password|passwd|secret|token|api[_.-]?key|apikey"
        r"|credentials?)[a-z0-9_.]{0,20}|(?-i:[a-z]Key)|(?-i:[A-Z][A-Z0-9]*_(?:KEY|SALT)))"
        r"[\"']?[ \t]*\([ \t]*[\"'`]([^\"'\n]{8,200})[\"'`][ \t]*[),]",
        validate=lambda v: _generic_value(v) and not v.replace("_", "").isalpha(),
        not_after=NOT_SECRET_NAMES,
        score=0.65,
        family="generic_assignment",
        examples=(
            'setSecret("' + _S(24) + '")',
            "define( 'SECURE_AUTH_KEY', '"
            + _S(40, _BASE62 + "!@#$%^&*-_=+[]{}<>~;:/?.,|`")
            + "' );",
        ),
        counter_examples=(
            'getSecret("db_password")',
            'os.getenv("API_TOKEN", "")',
            'token("changeme_please")',
            'raise KeyError("sdkinstallrootv2.0")',
            'ForeignKey("table1.column_2")',
            '["tokens.html#tokens", "tokens.html#literals"]',
        ),
    ),
    SecretRule(
        name="generic_call_default",
        # A lookup with a default: getenv("API_TOKEN", "..."). The closing parenthesis tells it
        # from a JSON array ["token", "value"].
        pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|secret|token|api[_.-]?key|apikey|credentials?"
        r"|(?-i:[A-Z][A-Z0-9]*_(?:KEY|SALT)))[a-z0-9_.]{0,20}[\"'][ \t]*,[ \t]*[\"'`]"
        r"([^\"'\n]{8,200})[\"'`][ \t]*\)",
        validate=lambda v: _generic_value(v) and not v.replace("_", "").isalpha(),
        not_after=NOT_SECRET_NAMES,
        score=0.65,
        family="generic_assignment",
        examples=('getenv("API_TOKEN", "' + _S(32, _HEX) + '")',),
        counter_examples=('["tokens.html#tokens", "tokens.html#literals"]',),
    ),
    SecretRule(
        name="curl_api_key_user",
        # curl -u KEY: sends an API key as the user name with an empty password (Stripe,
        # Elasticsearch, Mailgun examples).
        pattern=r"\bcurl\b[\s\S]{0,300}?\s(?:-u|--user)\s+[\"']?([A-Za-z0-9_!@#%^&*.+/=-]{12,128}):"
        r"[\"']?(?:\s|$)",
        validate=lambda v: _random_enough(v, min_entropy=3.0) and not v.replace("_", "").isalpha(),
        family="curl_credentials",
        examples=(
            'curl -u "' + _S(10) + '!t:" https://localhost:9200',
            "curl -u sk_" + _S(24) + ": x",
        ),
        counter_examples=("curl -u username: https://x", 'curl -u "$API_KEY:" https://x'),
    ),
    SecretRule(
        name="generic_assignment",
        # A password-like name, an assignment or comparison, and a quoted value. The name may be
        # part of a longer identifier (db_password, facebook_app_secret, SNYK_TOKEN), written
        # in any case, or a subscript (os.environ['DB_PASSWORD'] = '...'); quotes may be escaped
        # (JSON inside a JSON string: {\"api_key\": \"...\"}).
        pattern=r"(?i)[\w.-]{0,30}" + _KEYWORD_NAMES + r"[a-z0-9_.-]{0,20}\\?[\"']?\]?[ \t]*"
        r"(?:=|:|:=|=>|==|!=|\?=|::=|:::=|\|\|=)[ \t]*(?:[bru]|rb|br)?\\?[\"'`]"
        r"([^\"'`\n\\]{8,})\\?[\"'`]",
        validate=_generic_value,
        score=0.7,
        not_after=NOT_SECRET_NAMES,
        examples=(
            'db_password = "' + _S(20) + '"',
            "apikey: '" + _S(12) + "#" + _S(8) + "'",
            "os.environ['DB_PASSWORD'] = 'Maple" + _S(4, "0123456789") + "#'",
            '"signing_key": "' + _S(64, _HEX) + '"',
            "app.secret_key = b'" + _S(24) + "'",
            '{"body": "{\\"api_key\\": \\"' + _S(24) + '\\"}"}',
        ),
        counter_examples=(
            'password = "changeme"',
            'api_key = "<your-key>"',
            'secret = "${VAR}"',
            'token_type = "bearer_token_kind"',
            'monkey = "Bananas and apples"',
            '"cacheKey": "' + _S(40, _HEX) + '"',
            'PUBLIC_KEY = "' + _S(44) + '"',
            'STRIPE_PUBLISHABLE_KEY = "pk_live_' + _S(24) + '"',
            'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbC123"',
        ),
    ),
    SecretRule(
        name="url_query_secret",
        # A credential in a query string runs to the next "&": ?api_key=...&format=json,
        # jdbc:mysql://db/app?user=root&password=...&useSSL=false.
        pattern=r"(?i)[?&;](?:password|passwd|pwd|pass|secret|client_secret|token|access_token"
        r"|api[_-]?key|apikey|auth|key|sig|signature)=([^&\s\"'#<>;]{8,})",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        examples=(
            "GET /v1/items?api_key=" + _S(32) + "&format=json",
            "jdbc:mysql://db:3306/app?user=root&password=" + _S(9) + "&b&useSSL=false",
        ),
        counter_examples=("/search?key=value&token=null", "?password=${DB_PASSWORD}&ssl=true"),
    ),
    SecretRule(
        name="generic_assignment_bare",
        pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|passphrase|pwd|_pass\b|\bpass\b|secret|token"
        r"|api[_.-]?key|apikey|access[_.-]?key|client[_.-]?secret|private[_.-]?key"
        r"|(?:master|signing|encryption|session|hmac|jwt|app|auth)[_.-]?key|credentials?|_creds?\b"
        r"|_auth\b|_pat\b)"
        r"[a-z0-9_.-]{0,20}(?:[ \t]*:?=[ \t]*|[ \t]*:[ \t]+)([^\s\"'`;,()<>]{8,})"
        r"(?:[\s\"'`;,)<>]|$)",
        validate=_generic_bare_value,
        score=0.6,
        family="generic_assignment",
        not_after=NOT_SECRET_NAMES,
        examples=(
            "export API_TOKEN=" + _S(32),
            "password: " + _S(10) + "!" + _S(6),
            "Server=db;User Id=sa;Password=" + _S(9) + ";",
            "ENV SMTP_PASS=Winter" + _S(4, "0123456789") + "%",
            "encryption_key=" + _S(32, _HEX),
            "spring.datasource.password=" + _S(6) + "&" + _S(7),
        ),
        counter_examples=(
            "secret_length = X25519.secret_length",
            "password = ${link}",
            "token: process.env.TOKEN",
            "api_key=changeme123",
            "passport_number=AB1234567",
            "app.keystore.file=env/cert.p12",
            "ACCESS_KEY: AbCdEF123",
            "DB_PASSWORD=Passw0rd!2024",
            "public_key: " + _S(44),
            "password: Optional[str] = None,",
            "statetokens = tokendefs[ctx.stack[-1]]",
            "token = b64encode(userpass)",
            "private_key: PKCS7PrivateKeyTypes,",
        ),
    ),
    SecretRule(
        name="generic_key_assignment",
        # Any `<vendor>_key` (acme_key, widget_key): the name says little, so only a
        # long value with upper and lower case letters and digits, or long mixed hex, is taken.
        pattern=r"(?i)[\w.-]{0,30}_key[\"']?\]?[ \t]*(?:=|:|=>)[ \t]*[\"'`]?"
        r"([A-Za-z0-9_+/=.-]{20,200})",
        validate=_long_random_value,
        score=0.6,
        family="generic_assignment",
        not_after=NOT_SECRET_NAMES + _NOT_KEY_NAMES,
        examples=("acme_key: " + _S(32), 'widget_key = "' + _S(40, _HEX) + '"'),
        counter_examples=(
            "primary_key: user_id_and_tenant_id",
            "s3_key = uploads/2024/05/report-final.pdf",
            'foreign_key = "' + _S(32) + '"',
        ),
    ),
    SecretRule(
        name="password_phrase",
        pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|passphrase|pwd|_pass\b|\bpass\b)[a-z0-9_.-]{0,20}"
        r"[\"']?\]?[ \t]*(?:=|:|:=|=>)[ \t]*[\"'`]?([a-z0-9]+(?:[-_.][a-z0-9]+){2,7})"
        r"(?:[\s\"'`;,)<>]|$)",
        validate=_passphrase,
        score=0.6,
        family="generic_assignment",
        examples=('db_password = "tiger-orion-53"', "REDIS_PASSWORD=maple.summer.2024"),
        counter_examples=(
            'cloudant_password = "a-fake-tooshort-key"',
            "ibm-cloud-pwd = shorter-version",
            "password = password-123-abc",
        ),
    ),
    SecretRule(
        name="generic_markup",
        # XML and plist: <dbPassword>...</dbPassword>, <add key="ApiKey" value="..." />.
        pattern=r"(?i)<[\w.:-]{0,30}"
        + _KEYWORD_NAMES
        + r"[\w.:-]{0,30}>[ \t]*([^<>\s]{8,})[ \t]*</",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        not_after=NOT_SECRET_NAMES,
        examples=("<dbPassword>" + _S(18) + "</dbPassword>", "<apiKey>" + _S(32) + "</apiKey>"),
        counter_examples=("<password>changeme</password>", "<publicKey>" + _S(44) + "</publicKey>"),
    ),
    SecretRule(
        name="generic_markup_pair",
        pattern=r"(?i)\bkey[ \t]*=[ \t]*[\"'][\w.:-]{0,30}" + _KEYWORD_NAMES + r"[\w.:-]{0,30}[\"']"
        r"[ \t]+value[ \t]*=[ \t]*[\"']([^\"'\n]{8,})[\"']",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        not_after=NOT_SECRET_NAMES,
        examples=('<add key="StorageToken" value="' + _S(32) + '" />',),
        counter_examples=('<add key="ApiKey" value="YOUR_API_KEY" />',),
    ),
    SecretRule(
        name="generic_name_value",
        # Kubernetes and CI environment lists: "- name: DB_PASSWORD" then "value: ...".
        pattern=r"(?i)\bname:[ \t]*[\"']?[\w.-]{0,30}"
        + _KEYWORD_NAMES
        + r"[\w.-]{0,30}[\"']?[ \t]*"
        r"\r?\n[ \t]*(?:-[ \t]*)?value:[ \t]*[\"']?([^\s\"']{8,})",
        validate=_generic_value,
        score=0.7,
        family="generic_assignment",
        not_after=NOT_SECRET_NAMES,
        examples=("- name: REDIS_PASSWORD\n  value: " + _S(20),),
        counter_examples=("- name: API_TOKEN\n  valueFrom:\n    secretKeyRef:",),
    ),
    SecretRule(
        name="password_prose",
        # "the password is ...", "password: ..." in a message: a value that mixes three of upper,
        # lower, digits and symbols.
        pattern=r"(?i)\b(?:password|passwd|passphrase|pwd)(?:[ \t]+(?:is|was)\b)?[ \t]*:?[ \t]+"
        r"[\"'`]?([^\s\"'`()<>\[\]{}]{8,64})(?:[\s\"'`)<>]|$)",
        validate=_password_like,
        score=0.6,
        family="generic_assignment",
        examples=("the wifi password is " + _S(6) + "#" + _S(3, "0123456789"),),
        counter_examples=(
            "the password is required",
            "Password reset123 link",
            "password is ********",
        ),
    ),
    SecretRule(
        name="generic_prose",
        # Named only in a sentence: "here is my key ...", "the token is ...". Only values with
        # upper and lower case letters and digits and a high entropy are taken.
        pattern=r"(?i)\b(?:(?:my|the|our|this|api|access|secret|private|auth)[ _-]?key|token"
        r"|secret|password|passwd)(?:[ \t]+(?:is|was)\b)?[ \t]+[\"'`]?"
        r"([A-Za-z0-9_+/=.!@#$%^&*~-]{16,120})",
        validate=_strong_token,
        score=0.6,
        family="generic_assignment",
        examples=("Here is my key " + _S(40) + " can you check it?",),
        counter_examples=(
            "the token is stored in the vault",
            "my public key AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + _S(40),
            "the key " + _S(40, _HEX),
        ),
    ),
)
