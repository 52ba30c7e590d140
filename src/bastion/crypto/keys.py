"""Instance key material: a key file in the data directory, or a secret from the environment.

The key file holds every key by id so that rotation keeps old data readable; one key is active.
It is created with mode 0600 and refused when group or others can read it, because anyone who
reads it can forge pseudonyms and, later, decrypt protected fields.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bastion.core.errors import ConfigurationError

KEY_BYTES = 32
MIN_SECRET_BYTES = 32
FILE_VERSION = 1


@dataclass(frozen=True, slots=True)
class KeyRing:
    """Keys by id, one of them active. `origin` says whether a person provided them."""

    active_id: str
    keys: Mapping[str, bytes] = field(repr=False)
    origin: str  # "generated" (made by `bastion init`) or "provided" (operator or environment)

    def __post_init__(self) -> None:
        if self.active_id not in self.keys:
            raise ConfigurationError("the active key id is not in the key ring")

    @property
    def active(self) -> bytes:
        return self.keys[self.active_id]

    def __repr__(self) -> str:
        return f"KeyRing(active_id={self.active_id!r}, keys=<{len(self.keys)} hidden>)"


def derive_key(master: bytes, purpose: str, *, length: int = KEY_BYTES) -> bytes:
    """A sub-key for one purpose (HKDF-SHA256), so no two uses ever share key material."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=b"bastion/" + purpose.encode()
    )
    return hkdf.derive(master)


def permission_problem(path: Path) -> str | None:
    """Why the file or directory at `path` is too open, or None when only its owner can use it."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        wanted = "700" if path.is_dir() else "600"
        return (
            f"{path} is accessible to group or others (mode {mode:o}); "
            f"restrict it with: chmod {wanted} {path}"
        )
    return None


def create_key_file(path: Path) -> KeyRing:
    """Write a new key file with one random key; refuse to overwrite an existing one."""
    key_id = "k1"
    key = secrets.token_bytes(KEY_BYTES)
    document = {
        "version": FILE_VERSION,
        "origin": "generated",
        "active": key_id,
        "keys": [
            {
                "id": key_id,
                "key": base64.b64encode(key).decode("ascii"),
                "created_at": datetime.now(UTC).isoformat(),
            }
        ],
    }
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # O_EXCL: never clobber a key that encrypted data may depend on; 0600 from the first byte.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
    return KeyRing(active_id=key_id, keys=MappingProxyType({key_id: key}), origin="generated")


def load_key_file(path: Path) -> KeyRing:
    """Read and validate a key file, refusing one that others can read."""
    if not path.exists():
        raise ConfigurationError(f"key file {path} does not exist; run `bastion init`")
    problem = permission_problem(path)
    if problem is not None:
        raise ConfigurationError(f"refusing the key file: {problem}")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        keys = {
            str(entry["id"]): base64.b64decode(entry["key"], validate=True)
            for entry in document["keys"]
        }
        active = str(document["active"])
        origin = str(document.get("origin", "provided"))
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ConfigurationError(f"key file {path} is not a valid Bastion key file") from exc
    if any(len(k) < MIN_SECRET_BYTES for k in keys.values()):
        raise ConfigurationError(
            f"key file {path} holds a key shorter than {MIN_SECRET_BYTES} bytes"
        )
    return KeyRing(active_id=active, keys=MappingProxyType(keys), origin=origin)


def keyring_from_secret(secret: str, *, key_id: str = "env") -> KeyRing:
    """A key ring from a secret supplied by the environment or a secret manager.

    The secret is base64 or hex of at least 32 random bytes; anything shorter or obviously
    patterned is refused, because a guessable instance key makes pseudonyms reversible.
    """
    raw = _decode_secret(secret.strip())
    if raw is None or len(raw) < MIN_SECRET_BYTES:
        raise ConfigurationError(
            f"the secret key must be at least {MIN_SECRET_BYTES} random bytes, base64 or hex "
            "encoded; generate one with: python -c 'import secrets; print(secrets.token_hex(32))'"
        )
    if len(set(raw)) < len(raw) // 4:
        raise ConfigurationError(
            "the secret key is too repetitive to be random; generate a new one"
        )
    return KeyRing(active_id=key_id, keys=MappingProxyType({key_id: raw}), origin="provided")


def _decode_secret(secret: str) -> bytes | None:
    try:
        return bytes.fromhex(secret)
    except ValueError:
        pass
    try:
        return base64.b64decode(secret + "=" * (-len(secret) % 4), altchars=b"-_", validate=False)
    except (ValueError, binascii.Error):
        return None
