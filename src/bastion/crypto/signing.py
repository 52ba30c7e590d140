"""Token signing keys, derived from the instance key ring: one per key id, for one algorithm.

Every instance holding the same key ring derives the same keys (HKDF-SHA256, a distinct label
per algorithm), so tokens signed by one instance verify on every other and across restarts, and
no key material is shared between the JWT signer, the field cipher or anything else on the ring.
Rotation follows the ring: new tokens use the active key id, older ids verify while present.
"""

from __future__ import annotations

import base64
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from bastion.core.errors import ConfigurationError
from bastion.crypto.keys import KeyRing, derive_key


class SigningAlgorithm(enum.StrEnum):
    """The JWS algorithms Bastion signs with (RFC 7518 names)."""

    EDDSA = "EdDSA"  # Ed25519 (RFC 8037): the default, public keys can be published
    HS256 = "HS256"  # HMAC-SHA256: one shared secret, nothing to publish


# Distinct HKDF labels: the Ed25519 seed and the HMAC secret for the same ring key never coincide,
# so switching algorithm never turns a published public value into a shared secret or back.
_LABELS = {
    SigningAlgorithm.EDDSA: "jwt/ed25519-seed/v1",
    SigningAlgorithm.HS256: "jwt/hs256-secret/v1",
}
_HMAC_BYTES = 32  # RFC 7518 §3.2: an HS256 key must be at least as long as the hash output


@dataclass(frozen=True, slots=True)
class SigningKey:
    """One key id's keys: what signs (`private`) and what verifies (`public`)."""

    kid: str
    private: Ed25519PrivateKey | bytes = field(repr=False)
    public: Ed25519PublicKey | bytes = field(repr=False)


class SigningKeys:
    """Keys for one algorithm, by key id; `active` signs, any present id verifies."""

    def __init__(self, keyring: KeyRing, *, algorithm: SigningAlgorithm) -> None:
        self.algorithm = SigningAlgorithm(algorithm)
        self.active_id = keyring.active_id
        self._keys: Mapping[str, SigningKey] = MappingProxyType(
            {kid: _derive(kid, master, self.algorithm) for kid, master in keyring.keys.items()}
        )

    def __repr__(self) -> str:
        return f"SigningKeys(algorithm={self.algorithm.value!r}, active_id={self.active_id!r})"

    @property
    def active(self) -> SigningKey:
        return self._keys[self.active_id]

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def get(self, kid: str) -> SigningKey | None:
        """The keys for `kid`, or None when the id is not (or no longer) in the ring."""
        return self._keys.get(kid)

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        """The RFC 7517 key set: Ed25519 public keys as OKP JWKs (RFC 8037); none for HS256."""
        if self.algorithm is not SigningAlgorithm.EDDSA:
            # A symmetric key verifies *and* signs: publishing it would let anyone mint tokens.
            return {"keys": []}
        return {"keys": [public_jwk(key) for key in self._keys.values()]}


def public_jwk(key: SigningKey) -> dict[str, str]:
    """The public half of an Ed25519 signing key as an OKP JWK (RFC 8037 §2)."""
    if not isinstance(key.public, Ed25519PublicKey):
        raise ConfigurationError("only Ed25519 keys have a public JWK")
    raw = key.public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii"),
        "kid": key.kid,
        "use": "sig",
        "alg": SigningAlgorithm.EDDSA.value,
    }


def _derive(kid: str, master: bytes, algorithm: SigningAlgorithm) -> SigningKey:
    material = derive_key(master, _LABELS[algorithm], length=_HMAC_BYTES)
    if algorithm is SigningAlgorithm.HS256:
        return SigningKey(kid=kid, private=material, public=material)
    private = Ed25519PrivateKey.from_private_bytes(material)
    return SigningKey(kid=kid, private=private, public=private.public_key())
