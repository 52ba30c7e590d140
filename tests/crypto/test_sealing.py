"""Field cipher: round trips, context binding, tamper detection, rotation by key id."""

from __future__ import annotations

import base64
from types import MappingProxyType

import pytest

from bastion.core.errors import CryptoError
from bastion.crypto.keys import KeyRing
from bastion.crypto.sealing import FieldCipher

OLD, NEW = b"\x01" * 32, b"\x02" * 32


def ring(active: str, **keys: bytes) -> KeyRing:
    return KeyRing(active_id=active, keys=MappingProxyType(keys), origin="provided")


def test_a_sealed_value_opens_with_the_same_context_only() -> None:
    cipher = FieldCipher(ring("k1", k1=OLD))
    token = cipher.encrypt("JBSWY3DPEHPK3PXP", context="mfa.totp:usr_alice")
    assert "JBSWY3DPEHPK3PXP" not in token
    assert token.startswith("f1.k1.")
    assert cipher.decrypt(token, context="mfa.totp:usr_alice") == "JBSWY3DPEHPK3PXP"
    with pytest.raises(CryptoError):
        cipher.decrypt(token, context="mfa.totp:usr_bob")


def test_sealing_twice_gives_different_tokens() -> None:
    cipher = FieldCipher(ring("k1", k1=OLD))
    assert cipher.encrypt("same", context="c") != cipher.encrypt("same", context="c")


def test_any_tampering_is_one_opaque_error() -> None:
    cipher = FieldCipher(ring("k1", k1=OLD))
    token = cipher.encrypt("secret value", context="c")
    version, key_id, payload = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    raw[-1] ^= 1
    flipped = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    for broken in (
        f"{version}.{key_id}.{flipped}",
        f"f9.{key_id}.{payload}",
        f"{version}.k2.{payload}",
        f"{version}.{key_id}.{payload[:-4]}",
        f"{version}.{key_id}.!!!",
        "",
        "garbage",
    ):
        with pytest.raises(CryptoError) as failed:
            cipher.decrypt(broken, context="c")
        assert str(failed.value) == "the sealed value cannot be opened"


def test_rotation_keeps_old_tokens_readable_and_seals_with_the_active_key() -> None:
    before = FieldCipher(ring("k1", k1=OLD))
    token = before.encrypt("value", context="c")
    after = FieldCipher(ring("k2", k1=OLD, k2=NEW))
    assert after.decrypt(token, context="c") == "value"
    assert not after.is_current(token)
    fresh = after.encrypt("value", context="c")
    assert fresh.startswith("f1.k2.")
    assert after.is_current(fresh)
    # Once k1 is retired, its tokens no longer open: rotation must re-seal before retiring.
    with pytest.raises(CryptoError):
        FieldCipher(ring("k2", k2=NEW)).decrypt(token, context="c")


def test_a_token_cannot_be_relabelled_to_another_key_with_the_same_material() -> None:
    cipher = FieldCipher(ring("k1", k1=OLD, k2=OLD))
    token = cipher.encrypt("value", context="c")
    with pytest.raises(CryptoError):
        cipher.decrypt(token.replace("f1.k1.", "f1.k2.", 1), context="c")


def test_the_cipher_never_shows_key_material() -> None:
    cipher = FieldCipher(ring("k1", k1=OLD))
    assert repr(cipher) == "FieldCipher(active_id='k1')"
