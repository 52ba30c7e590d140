"""Field encryption: seal a short secret for storage under the instance key ring, with rotation.

A token reads `f1.<key id>.<base64url(nonce || ciphertext || tag)>`. Each key in the `KeyRing`
yields its own AES-256-GCM key through HKDF-SHA256, so the instance key itself never touches
data and the same ring can serve other purposes under other HKDF labels. New tokens use the
active key; any key still in the ring opens old ones, so rotating is: add a key, make it active,
re-seal at leisure (`is_current` says which tokens still need it), then retire the old key.

The `context` is bound as associated data: a token sealed for one user's TOTP secret does not
open as another user's, so a row copied between users in the database is useless.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bastion.core.errors import CryptoError
from bastion.crypto.keys import KeyRing, derive_key

VERSION = "f1"
_PURPOSE = "field-cipher/aes-256-gcm/v1"
_NONCE_BYTES = 12  # GCM's native nonce size; random nonces are safe far beyond our volumes


class FieldCipher:
    """Seal and open short text values bound to a context; one opaque error for any failure."""

    def __init__(self, keyring: KeyRing) -> None:
        self._active_id = keyring.active_id
        self._aeads = {kid: AESGCM(derive_key(key, _PURPOSE)) for kid, key in keyring.keys.items()}

    def __repr__(self) -> str:
        return f"FieldCipher(active_id={self._active_id!r})"

    def encrypt(self, value: str, *, context: str) -> str:
        """A token holding `value`, readable only with the same context and a key in the ring."""
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aeads[self._active_id].encrypt(
            nonce, value.encode("utf-8"), _aad(self._active_id, context)
        )
        payload = base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode("ascii")
        return f"{VERSION}.{self._active_id}.{payload}"

    def decrypt(self, token: str, *, context: str) -> str:
        """The value sealed in `token`; CryptoError for a wrong context, key, or any tampering."""
        version, _, rest = token.partition(".")
        key_id, _, payload = rest.rpartition(".")
        aead = self._aeads.get(key_id)
        if version != VERSION or aead is None:
            raise CryptoError("the sealed value cannot be opened")
        try:
            raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _aad(key_id, context))
            return plain.decode("utf-8")
        except (InvalidTag, ValueError, binascii.Error) as exc:
            raise CryptoError("the sealed value cannot be opened") from exc

    def is_current(self, token: str) -> bool:
        """True when `token` was sealed with the active key, so it needs no re-sealing."""
        return token.startswith(f"{VERSION}.{self._active_id}.")


def _aad(key_id: str, context: str) -> bytes:
    # The key id is authenticated too, so a token cannot be relabelled to another key.
    return f"{VERSION}\x00{key_id}\x00{context}".encode()
