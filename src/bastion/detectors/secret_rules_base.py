"""The secrets rule row, the example-token generator, and names under which a value is no secret."""

from __future__ import annotations

import hashlib
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
    counterexamples: tuple[str, ...]
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
    # A test of the name before the value, as written (case kept), that must pass: whether a
    # vendor's name in it is a word of its own and not letters inside another word.
    name_ok: Callable[[str], bool] | None = None

    @property
    def code(self) -> str:
        return f"secret.{self.family or self.name}"


MASKED_SCORE = PLACEHOLDER_SCORE


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
    # A credential's id or name points at where the secret is kept (Jenkins credentialsId,
    # a Key Vault or secret manager entry), and a schema key names a field.
    "credentialsid",
    "credentials_id",
    "credentialid",
    "credential_id",
    "secret_name",
    "secretname",
    "secret-name",
    "key_name",
    "keyname",
    "token_name",
    "tokenname",
    "keyvault",
    "key_vault",
    "schemakey",
    "schema_key",
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
    # Ids of a vendor's resources: random-looking, but they name a board, page or file.
    "board_id",
    "page_id",
    "database_id",
    "list_id",
    "workspace_id",
    "team_id",
    "distinct_id",
    "file_key",
    "node_id",
)
