"""Signing keys derived from the key ring: deterministic, separated by algorithm, rotatable."""

from __future__ import annotations

import base64
from types import MappingProxyType

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from bastion.core.errors import ConfigurationError
from bastion.crypto.keys import KeyRing
from bastion.crypto.signing import SigningAlgorithm, SigningKeys, public_jwk

MASTER_1, MASTER_2 = bytes(range(32)), bytes(range(1, 33))


def ring(active: str = "k1", **keys: bytes) -> KeyRing:
    keys = keys or {"k1": MASTER_1}
    return KeyRing(active_id=active, keys=MappingProxyType(keys), origin="provided")


def seed(keys: SigningKeys, kid: str) -> bytes:
    key = keys.get(kid)
    assert key is not None
    assert isinstance(key.private, Ed25519PrivateKey)
    return key.private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def test_derivation_is_deterministic_so_instances_and_restarts_agree() -> None:
    one = SigningKeys(ring(), algorithm=SigningAlgorithm.EDDSA)
    two = SigningKeys(ring(), algorithm=SigningAlgorithm.EDDSA)
    assert seed(one, "k1") == seed(two, "k1")
    assert one.jwks() == two.jwks()
    assert SigningKeys(ring(), algorithm=SigningAlgorithm.HS256).active.private == (
        SigningKeys(ring(), algorithm=SigningAlgorithm.HS256).active.private
    )


def test_each_algorithm_and_key_id_gets_its_own_key_never_the_master() -> None:
    keys = ring("k2", k1=MASTER_1, k2=MASTER_2)
    eddsa = SigningKeys(keys, algorithm=SigningAlgorithm.EDDSA)
    hs256 = SigningKeys(keys, algorithm=SigningAlgorithm.HS256)
    secrets = {
        seed(eddsa, "k1"),
        seed(eddsa, "k2"),
        hs256.get("k1").private,  # type: ignore[union-attr]
        hs256.get("k2").private,  # type: ignore[union-attr]
        MASTER_1,
        MASTER_2,
    }
    assert len(secrets) == 6
    assert all(len(s) == 32 for s in secrets if isinstance(s, bytes))


def test_the_active_key_follows_the_ring_and_retired_ids_are_gone() -> None:
    keys = SigningKeys(ring("k2", k1=MASTER_1, k2=MASTER_2), algorithm=SigningAlgorithm.EDDSA)
    assert keys.active.kid == keys.active_id == "k2"
    assert keys.kids == ("k1", "k2")
    assert keys.get("k3") is None


def test_the_jwk_is_the_okp_form_of_the_public_key() -> None:
    keys = SigningKeys(ring(), algorithm=SigningAlgorithm.EDDSA)
    jwk = public_jwk(keys.active)
    public = keys.active.public
    assert isinstance(public, Ed25519PublicKey)
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert base64.urlsafe_b64decode(jwk["x"] + "=") == raw
    assert jwk == {**jwk, "kty": "OKP", "crv": "Ed25519", "kid": "k1", "use": "sig", "alg": "EdDSA"}
    assert "d" not in jwk  # never the private part


def test_symmetric_keys_are_never_published() -> None:
    keys = SigningKeys(ring(), algorithm=SigningAlgorithm.HS256)
    assert keys.jwks() == {"keys": []}
    with pytest.raises(ConfigurationError):
        public_jwk(keys.active)


def test_repr_hides_key_material() -> None:
    keys = SigningKeys(ring(), algorithm=SigningAlgorithm.HS256)
    assert repr(keys) == "SigningKeys(algorithm='HS256', active_id='k1')"
    assert keys.active.private.hex() not in repr(keys.active)  # type: ignore[union-attr]


def test_an_unknown_algorithm_is_refused() -> None:
    with pytest.raises(ValueError, match="RS256"):
        SigningKeys(ring(), algorithm="RS256")  # type: ignore[arg-type]
