"""Secrets rules for token formats that the prefix tables cannot express: a body that must hold
capitals, small letters and digits alike, after a prefix that is a number or a short word."""

from __future__ import annotations

from bastion.core.types import Severity
from bastion.detectors.secret_assigned_values import (
    _code_reference,
    _common_password,
    _password_like,
    _sequential,
)
from bastion.detectors.secret_rules_base import _BASE62, SecretRule, sample
from bastion.detectors.secret_validators import _entropy_floor, is_placeholder, shannon_entropy

_S = sample


def _three_classes(value: str) -> bool:
    """A generated body: capitals, small letters and digits all present, random enough.

    Hex digests, numbered file names and words joined by dots have at most two of the three.
    """
    body = value.rsplit(".", 1)[-1].rsplit("-", 1)[-1].rsplit("_", 1)[-1]
    return (
        not is_placeholder(value)
        and any(c.isupper() for c in body)
        and any(c.islower() for c in body)
        and any(c.isdigit() for c in body)
        and shannon_entropy(body) >= _entropy_floor(body, 3.5)
    )


NUMBERED_API_KEY = SecretRule(
    name="numbered_api_key",
    standalone=True,
    # Keys minted as "<key id>-<64 random base62>" (TrueNAS API keys, in a Bearer header or as
    # the parameter of auth.login_with_api_key). A hex digest after a counter has no capitals.
    pattern=r"\b(\d{1,6}-[A-Za-z0-9]{64})\b",
    validate=_three_classes,
    family="saas_token",
    examples=(
        "Authorization: Bearer 8-" + _S(64),
        '{"method": "auth.login_with_api_key", "params": ["12-' + _S(64) + '"]}',
    ),
    counterexamples=(
        "1-" + _S(64, "0123456789abcdef"),
        "layer 3-" + _S(64, _BASE62[:36]),
        "12-" + "aB3" * 21 + "x",
    ),
)

STREAM_KEY = SecretRule(
    name="stream_key",
    standalone=True,
    # Twitch stream keys: "live_", the broadcaster's numeric id, "_", then 30 to 36 random
    # characters. Whoever holds one can broadcast on the channel.
    pattern=r"\b(live_\d{6,12}_[A-Za-z0-9]{28,40})\b",
    validate=_three_classes,
    family="saas_token",
    examples=(
        "STREAM_KEY=live_126031192_" + _S(30),
        "Stream key: live_48213377_" + _S(34),
    ),
    counterexamples=(
        "live_20240101_release_notes_for_the_spring_update",
        "live_126031192_" + "x" * 30,
        "stream_url: rtmp://live.twitch.tv/app/STREAM_KEY",
    ),
)

STS_ACCESS_KEY_ID = SecretRule(
    name="sts_access_key_id",
    standalone=True,
    # Alibaba Cloud temporary (STS) access key ids: "STS." and 16 to 64 random characters. An
    # SDK call ("STS.AssumeRole", "STS.GetCallerIdentity") has no digits in it.
    pattern=r"\b(STS\.[A-Za-z0-9]{16,64})\b",
    validate=_three_classes,
    family="saas_token",
    examples=("AccessKeyId: STS.N" + _S(20), "export ALIBABA_CLOUD_ACCESS_KEY_ID=STS." + _S(28)),
    counterexamples=(
        "client.STS.AssumeRoleWithSAMLResponse(request)",
        "see STS.GetCallerIdentityRequest for details",
        "STS." + "0123456789" * 2,
    ),
)

_MNEMONIC_LENGTHS = frozenset((12, 15, 18, 21, 24))


def _mnemonic(value: str) -> bool:
    """A BIP-39 phrase has 12, 15, 18, 21 or 24 words of three to eight letters."""
    return len(value.split()) in _MNEMONIC_LENGTHS


SEED_PHRASE = SecretRule(
    name="seed_phrase",
    # A wallet's recovery words under the name they go by: whoever reads them holds the wallet.
    # Prose has one- and two-letter words ("a", "of", "it") long before it has twelve words of
    # three to eight letters in a row, so a sentence after "mnemonic:" does not read as one.
    pattern=r"(?i)\b(?:mnemonic|seed[ _-]?phrase|seed[ _-]?words|recovery[ _-]?phrase"
    r"|backup[ _-]?phrase)[\"']?[ \t]*[:=][ \t]*[\"']?((?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})\b",
    validate=_mnemonic,
    severity=Severity.CRITICAL,
    examples=(
        'wallet = {"mnemonic": "'
        + " ".join(("ladder", "orbit", "fossil", "cabin", "tunnel", "spice") * 2)
        + '"}',
        "SEED_PHRASE=" + " ".join(("velvet", "harbor", "ozone", "pilot") * 6),
    ),
    counterexamples=(
        "mnemonic = generate_mnemonic(strength=256)",
        "Recovery phrase: never share it with anyone, not even our support team.",
        "mnemonic: a pattern of letters or ideas that helps you remember something",
    ),
)

CONNECTION_STRING_PASSWORD = SecretRule(
    name="connection_string_password",
    family="generic_assignment",
    # ADO.NET and ODBC connection strings: "User Id=...; Password=...;". Only ";" or a quote
    # ends the password, so it may hold "=" and punctuation, which an assignment elsewhere may
    # not ("x64-uwp=fail" is a key=value pair).
    pattern=r"(?i)\b(?:user id|userid|uid|user|username)[ \t]*=[^;\n]{1,64};[ \t]*"
    r"(?:password|pwd)[ \t]*=[ \t]*([^;\"'\n]{6,128}?)[ \t]*(?:;|[\"']|$)",
    validate=_password_like,
    score=0.7,
    examples=(
        "Server=db1;Database=orders;User Id=svc_orders;Password=" + _S(6) + "=!" + _S(7) + ";",
        'connectionString="Data Source=sql01; User ID=report; Pwd= ' + _S(12) + '"',
    ),
    counterexamples=(
        "Server=myServer;User Id=myUsername;Password=myPassword;",
        "User Id=sa;Password={your_password};",
        "Uid=root;Pwd=$(DB_PASSWORD);",
    ),
)

# Words an environment file sets a password variable to that are no password.
_ENV_NON_VALUES = frozenset(
    (
        "true", "false", "none", "null", "nil", "empty", "unset", "required", "optional",
        "disabled", "enabled", "default", "random", "generate", "generated", "prompt", "ask",
        "secret", "hidden", "masked", "redacted", "notset", "not-set", "undefined",
    )
)  # fmt: skip


_ENV_STOCK_PARTS = ("password", "passwd", "secret", "changeit")


def _env_password(value: str) -> bool:
    """The value of a *_PASSWORD variable in an environment file: whatever was typed there,
    unless it is a switch word, a reference, a path or URL, a run of one character or of
    counting digits, or a documentation password."""
    lowered = value.lower()
    if lowered in _ENV_NON_VALUES or is_placeholder(value):
        return False
    if any(word in lowered for word in _ENV_STOCK_PARTS):
        return False  # what a README writes there: yourpassword, db_password, app-password
    if "/" in value or "(" in value or value.startswith(("$", "%", "@")):
        return False  # a path or URL, a call, a reference
    if _code_reference(value):
        return False  # self.password, settings.DB_PASSWORD
    return not _sequential(lowered) and not _common_password(value)


ENV_PASSWORD = SecretRule(
    name="env_password",
    # A line of an environment file (.env, Dockerfile ENV, a commented-out default) setting a
    # variable named for a password. People set these to words ("whiteduke") as often as to
    # random strings, and the variable's name leaves no doubt about what the value is.
    pattern=r"(?m)^[ \t]*(?:export[ \t]+|ENV[ \t]+|#[ \t]*)?(?:(?:[A-Z0-9_]*(?:PASSWORD|PASSWD)"
    r"|(?:[A-Z][A-Z0-9_]*_)?(?:PASS|PWD))[ \t]*=[ \t]*|(?i:[A-Z0-9_]*(?:PASSWORD|PASSWD))=)"
    r"([^\s'\"`$#{}<>;]{6,64})[ \t]*(?:#[^\n]*)?$",
    validate=_env_password,
    score=0.7,
    family="generic_assignment",
    examples=(
        "REACT_APP_AUTH_PASSWORD=whiteduke",
        "# SMTP_PASS=harborlights",
        "SSHpassword=quietriver",
        "export PGPASSWORD=" + _S(12),
    ),
    counterexamples=(
        "DB_PASSWORD=changeme",
        "REDIS_PASSWORD=",
        "ADMIN_PASSWORD=required",
        "DB_PASSWORD=$POSTGRES_PASSWORD",
        "DB_PASSWORD=Passw0rd!2024",
        "PASSWORD_FILE=/run/secrets/db_password",
        "CACHE_BYPASS=enabled_for_admins",
        "POSTGRES_PASSWORD=mysecretpassword",
        "SMTP_PASSWORD=app-password",
        "password = self.password",
        "password = getpass.getpass()",
        "pip install password-strength  # PASSWORD=weak is rejected",
    ),
)

FORMAT_RULES = (
    NUMBERED_API_KEY,
    STREAM_KEY,
    STS_ACCESS_KEY_ID,
    SEED_PHRASE,
    CONNECTION_STRING_PASSWORD,
)
