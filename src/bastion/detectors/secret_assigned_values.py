"""Validators for a value beside a password-like name: random, not a name, path or stock word."""

from __future__ import annotations

import itertools

from bastion.detectors.secret_rules_base import _HEX
from bastion.detectors.secret_validators import (
    _entropy_floor,
    _random_enough,
    is_placeholder,
    shannon_entropy,
)


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
    # Punctuation that only ends the value is a label's ("Zurücksetzen!", "Bestätigen:").
    marked = core.rstrip(".!?:*")
    classes = sum(
        (
            any(c.islower() for c in marked),
            any(c.isupper() for c in marked),
            any(c.isdigit() for c in marked),
            any(not c.isalnum() and c not in "_.-/" for c in marked),
        )
    )
    if classes < 2 or (
        classes == 2
        and not any(c.isdigit() for c in marked)
        and all(c.isalnum() or c in "_.-" for c in marked)
    ):
        return False  # a name in any case and separator: X-API-Key, tls_secret, MySecretName
    if _code_reference(core) or _slug(core) or _file_path(core) or _route(core):
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


def _route(value: str) -> bool:
    """A selector or a route: lower-case words joined by "#", "/", "_" or "-", starting with "#"
    or holding a "/" ("#add-password", "cms/sites/passwords#edit"); "staging#prod" may be a
    password."""
    if not value.startswith("#") and "/" not in value:
        return False
    words = [w for w in value.replace("#", " ").replace("/", " ").replace("_", " ").replace(
        "-", " ").split() if w]  # fmt: skip
    return bool(words) and all(w.isalpha() and w.islower() for w in words)


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
    return (
        len(parts) > 1
        and all(part.isidentifier() for part in parts)
        # A part of twenty or more characters that mixes cases and digits is a key's segment
        # ("AQAAUPJ-iQc.yLFD..."), not a name in code.
        and not any(len(part) >= 20 and _three_classes(part) for part in parts)
    )


def _three_classes(text: str) -> bool:
    return (
        any(c.islower() for c in text)
        and any(c.isupper() for c in text)
        and any(c.isdigit() for c in text)
    )


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


def _long_random_value(value: str) -> bool:
    """At least twenty characters that mix all three classes, or 32 mixed hex digits, or 32
    small letters and digits well mixed (keys minted in base 36)."""
    core = value.strip("\"'`")
    if len(core) >= 32 and all(c in _HEX for c in core.lower()):
        return _random_enough(core)
    if len(core) >= 32 and core.isalnum() and core.islower():
        digits = sum(c.isdigit() for c in core)
        return (
            6 <= digits <= len(core) - 6
            and not _sequential(core)
            and shannon_entropy(core) >= _entropy_floor(core, 4.0)
        )
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


def _password_literal(value: str) -> bool:
    """A quoted literal under a name that ends in "password": six or more characters without
    spaces that mix letters with digits or symbols ("abuser123456", "4ian1234", "super$ecret"),
    not a template, a stock password, a path or a code reference."""
    if not 6 <= len(value) <= 64 or any(c.isspace() for c in value):
        return False
    if value[0] in "$%{<#&[(*@:" or "{{" in value or ":" in value or is_placeholder(value):
        return False  # a template, a URL, an ARN or a label ("Password:")
    # A label keeps its punctuation at the end ("Forgot?", "Kennwort*"); a password mixes it in.
    core = value.rstrip(".!?*")
    letters = "".join(c for c in core if c.isalpha())
    marks = any(c.isdigit() or not (c.isalnum() or c in "_.-") for c in core)
    if not marks:
        # Letters alone: a label or a name is a word in capitals or title case ("Passwort",
        # "Confirm"); a password of small letters only is one long enough not to be a stock
        # word ("thisismypassword", "blooberry").
        return _lower_case_password(core)
    if len(letters) < 2 or _common_password(value) or _sequential(letters):
        return False
    return not (_code_reference(value) or _file_path(value) or _route(value) or _slug(value))


def _lower_case_password(value: str) -> bool:
    return (
        len(value) >= 8
        and value.isalpha()
        and value.islower()
        and value.isascii()
        and value not in _SETTING_WORDS
        and not value.startswith(_FIELD_WORDS)
        and not value.endswith(_FIELD_ENDS)
        and not _common_password(value)
        and not _sequential(value)
        and not is_placeholder(value)
    )


# Values a password key takes in validation rules, settings and forms ("'password' =>
# 'required'", "reset_password: disabled"), and the word "password" in other languages, which
# translation files put under the same key.
_SETTING_WORDS = frozenset(
    "required confirmed disabled enabled optional nullable mismatch tooshort toolong invalid "
    "hidden visible masked sometimes present filled accepted pending expired expiring active "
    "inactive locked unlocked unknown default changed required_if required_with different "
    "password passwort salasana adgangskode wachtwoord contrasena contraseña losenord lösenord "
    "passord jelszo jelszó haslo hasło heslo parola geslo lozinka slaptazodis wagwoord "
    "kennwort".split()
)
# Names of form fields and actions ("passwordinput", "confirmfield"), not passwords.
_FIELD_WORDS = ("password", "passwd", "confirm", "reset", "forgot", "change")
_FIELD_ENDS = ("input", "field", "label", "confirm", "confirmation", "placeholder")


def _quoted_password(value: str) -> bool:
    """A value in quotes that a sentence says is a password ("the default password is
    'blooberry'"): any word the speaker quotes, unless it is a template, a mask or the word
    "password" itself; even a stock password is disclosed when it is someone's password."""
    core = value.strip()
    if not 4 <= len(core) <= 64 or any(c.isspace() for c in core):
        return False
    if core[0] in "$%{<#&[(*" or "{{" in core or len(set(core)) == 1:
        return False  # a template or a mask ("****", "0000")
    # A short code has few distinct characters ("4471"), which makes no placeholder of it.
    if len(set(core)) > 3 and is_placeholder(core):
        return False
    lowered = core.lower()
    return not any(word in lowered for word in _NOT_DISCLOSED)


# Words that, quoted after "the password is", describe it rather than give it.
_NOT_DISCLOSED = ("password", "passwort", "required", "optional", "empty", "blank", "none",
                  "null", "undefined", "wrong", "invalid", "incorrect", "expired", "expiring",
                  "reset", "forgot", "same", "strong", "weak", "case-sensitive", "mask",
                  "locked", "unlocked", "pending", "disabled", "enabled", "random", "unknown",
                  "active", "inactive", "default", "temporary", "valid", "changed", "saved",
                  "stored", "encrypted", "hashed", "hidden", "visible", "correct", "too short",
                  "too long", "set", "unset", "missing", "needed")  # fmt: skip


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


def _header_value(value: str) -> bool:
    """A credential after "Authorization:" or "token=": random, and with digits unless long
    ("token: TokenInterface" and "token = set_current_library(...)" are code)."""
    return (
        _random_enough(value, min_entropy=3.0)
        and not _code_reference(value)
        and not _slug(value)
        and (len(value) >= 30 or any(c.isdigit() for c in value))
    )


def _prose_random_token(value: str) -> bool:
    """Named in a sentence but written in one case ("the secret 3fe1f10b..."): 32 or more
    letters and digits of one case that mix both, typed in no order, and random."""
    core = value.strip("\"'`")
    if len(core) < 32 or not (core.islower() or core.isupper()) or not core.isalnum():
        return False
    if not any(c.isdigit() for c in core) or core.isdigit():
        return False
    return not _sequential(core) and _random_enough(core, min_entropy=3.3)


# Prefixes under which a random-looking string is a digest or an identifier, not a credential,
# and prefix parts that say a key is meant to be public (Stripe's and Clerk's pk_live_).
_DIGEST_PREFIXES = ("sha", "md5", "hash", "uuid", "guid", "crc", "b64", "base64", "nonce")
_PUBLIC_PARTS = frozenset({"pk", "pub", "public", "publishable", "anon", "site"})


def _prefixed_token_body(value: str) -> bool:
    """After a short vendor-style prefix ("abcd_", "XYZ1-"), a body that mixes upper case, lower
    case and digits at the entropy of generated base62, and is not a CamelCase name
    ("rhf_SponsoredProductsRemoteSearch2") or typed in sequence."""
    if value.lower().startswith(_DIGEST_PREFIXES):
        return False
    *prefix, body = value.replace("-", "_").split("_")
    if any(part.lower() in _PUBLIC_PARTS for part in prefix):
        return False
    return (
        any(c.isupper() for c in body)
        and any(c.islower() for c in body)
        and sum(c.isdigit() for c in body) >= 2
        and shannon_entropy(body) >= 4.2
        and not is_placeholder(value)
        and not _camel_case_name(body)
        and not _sequential(body)
    )
