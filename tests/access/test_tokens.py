"""Access JWTs: every refusal is built by actually forging the bad token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from bastion.access.tokens import (
    LEEWAY,
    REQUIRED_CLAIMS,
    AccessTokens,
    IssuedToken,
    TokenPolicy,
)
from bastion.core.errors import AccessDenied, ConfigurationError
from bastion.core.types import Role
from bastion.crypto.keys import KeyRing
from bastion.crypto.signing import SigningAlgorithm, SigningKeys
from bastion.store.memory_tokens import MemoryTokenStore
from bastion.testing import CapturingSink, FrozenClock

START = datetime(2026, 3, 1, 12, 0, 0, 250000, tzinfo=UTC)
ISSUER = "https://bastion.test"
AUDIENCE = "bastion-api"
EDDSA, HS256 = SigningAlgorithm.EDDSA, SigningAlgorithm.HS256


def ring(*kids: str, active: str | None = None) -> KeyRing:
    keys = {kid: hashlib.sha256(kid.encode()).digest() for kid in kids}
    return KeyRing(active_id=active or kids[0], keys=MappingProxyType(keys), origin="provided")


class Harness:
    """An `AccessTokens` with its clock, revocation list and event capture."""

    def __init__(self, keyring: KeyRing | None = None, algorithm: SigningAlgorithm = EDDSA) -> None:
        self.keyring = keyring or ring("k1")
        self.algorithm = algorithm
        self.clock = FrozenClock(START)
        self.revocations = MemoryTokenStore()
        self.events = CapturingSink()
        self.cutoffs: dict[str, datetime] = {}
        self.tokens = self.build(self.keyring)

    def build(self, keyring: KeyRing) -> AccessTokens:
        async def valid_after(user_id: str) -> datetime | None:
            return self.cutoffs.get(user_id)

        return AccessTokens(
            keyring=keyring,
            policy=TokenPolicy(issuer=ISSUER, audience=AUDIENCE, algorithm=self.algorithm),
            revocations=self.revocations,
            clock=self.clock,
            events=self.events,
            valid_after=valid_after,
        )

    @property
    def signing_key(self) -> Any:
        return SigningKeys(self.keyring, algorithm=self.algorithm).active.private

    def claims(self, **changes: Any) -> dict[str, Any]:
        now = int(self.clock.now().timestamp())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": "usr_1",
            "jti": "jti-1",
            "typ": "access",
            "role": "support_agent",
            "iat": now,
            "nbf": now,
            "exp": now + 900,
        }
        claims.update(changes)
        return {k: v for k, v in claims.items() if v is not DROP}

    def sign(self, claims: dict[str, Any], **header: Any) -> str:
        """A token signed with the real key: only the named detail is wrong."""
        headers = {"kid": self.keyring.active_id, "typ": "at+jwt", **header}
        return jwt.encode(claims, self.signing_key, algorithm=self.algorithm.value, headers=headers)

    async def refused(self, token: str, code: str = "access.token_invalid") -> AccessDenied:
        with pytest.raises(AccessDenied) as caught:
            await self.tokens.verify(token)
        assert caught.value.code == code
        for part in token.split("."):
            if part:
                assert part not in str(caught.value)
        return caught.value


DROP = object()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def forge(header: dict[str, Any], claims: dict[str, Any], sign: Callable[[bytes], bytes]) -> str:
    """A compact JWS built by hand, so no library can refuse to make the bad token."""
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    return f"{signing_input}.{b64(sign(signing_input.encode()))}"


@pytest.fixture
def h() -> Harness:
    return Harness()


async def issue(h: Harness, **extra: Any) -> IssuedToken:
    return await h.tokens.issue(user_id="usr_1", role=Role.SUPPORT_AGENT, **extra)


# -- the happy path --------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", [EDDSA, HS256])
async def test_an_issued_token_verifies_to_the_user_principal(algorithm: SigningAlgorithm) -> None:
    h = Harness(algorithm=algorithm)
    issued = await h.tokens.issue(
        user_id="usr_7", role=Role.CUSTOMER, customer_id="cust-7", family_id="fam_a"
    )
    verified = await h.tokens.verify(issued.token)
    principal = verified.principal
    assert (principal.id, principal.user_id, principal.method) == ("user:usr_7", "usr_7", "jwt")
    assert (principal.role, principal.customer_id) == (Role.CUSTOMER, "cust-7")
    assert (verified.jti, verified.family_id, verified.issuer) == (issued.jti, "fam_a", ISSUER)
    assert verified.expires_at == issued.expires_at
    assert issued.expires_at - START <= timedelta(minutes=15)
    header = jwt.get_unverified_header(issued.token)
    assert header == {"alg": algorithm.value, "kid": "k1", "typ": "at+jwt"}


async def test_every_required_claim_is_in_an_issued_token(h: Harness) -> None:
    claims = jwt.decode((await issue(h)).token, options={"verify_signature": False})
    assert set(REQUIRED_CLAIMS) <= set(claims)
    assert claims["typ"] == "access"


async def test_issuing_emits_an_event_without_the_token(h: Harness) -> None:
    issued = await issue(h)
    [event] = h.events.of("access.token_issued")
    assert (event.actor, event.target) == ("usr_1", issued.jti)
    assert issued.token not in repr(event)
    assert issued.token not in repr(issued)


async def test_a_customer_token_needs_a_customer(h: Harness) -> None:
    with pytest.raises(ValueError, match="customer"):
        await h.tokens.issue(user_id="usr_1", role=Role.CUSTOMER)


# -- forged algorithms -----------------------------------------------------------------------


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
async def test_alg_none_is_refused(h: Harness, alg: str) -> None:
    unsigned = forge({"alg": alg, "kid": "k1", "typ": "at+jwt"}, h.claims(), lambda _: b"")
    await h.refused(unsigned)
    await h.refused(unsigned.rsplit(".", 1)[0] + ".")


def public_key_forms(h: Harness) -> list[bytes]:
    public = SigningKeys(h.keyring, algorithm=EDDSA).active.public
    assert isinstance(public, Ed25519PublicKey)
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    pem = public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    jwk_x = h.tokens.jwks()["keys"][0]["x"].encode()
    return [raw, pem, jwk_x, json.dumps(h.tokens.jwks()["keys"][0]).encode()]


async def test_hs256_signed_with_the_published_eddsa_public_key_is_refused(h: Harness) -> None:
    # The classic key-confusion attack: a verifier that lets the header pick the algorithm
    # would check this HMAC with the public key as the secret, and accept it.
    for secret in public_key_forms(h):
        forged = forge(
            {"alg": "HS256", "kid": "k1", "typ": "at+jwt"},
            h.claims(role="admin"),
            lambda data, s=secret: hmac.new(s, data, hashlib.sha256).digest(),  # type: ignore[misc]
        )
        await h.refused(forged)


async def test_an_eddsa_token_is_refused_where_hs256_is_configured() -> None:
    eddsa = Harness(algorithm=EDDSA)
    hs256 = Harness(algorithm=HS256)
    await hs256.refused((await issue(eddsa)).token)
    await eddsa.refused((await issue(hs256)).token)


async def test_hs256_with_another_secret_is_refused() -> None:
    h = Harness(algorithm=HS256)
    forged = jwt.encode(
        h.claims(), b"another-secret-of-32-bytes-long!", algorithm="HS256", headers={"kid": "k1"}
    )
    await h.refused(forged)


# -- key ids ---------------------------------------------------------------------------------


async def test_an_unknown_or_missing_kid_is_refused(h: Harness) -> None:
    await h.refused(h.sign(h.claims(), kid="k9"))
    numeric_kid = forge({"alg": "EdDSA", "kid": 7, "typ": "at+jwt"}, h.claims(), h.signing_key.sign)
    await h.refused(numeric_kid)
    no_kid = jwt.encode(h.claims(), h.signing_key, algorithm="EdDSA", headers={"typ": "at+jwt"})
    await h.refused(no_kid)


async def test_a_token_signed_by_another_instance_key_under_our_kid_is_refused(h: Harness) -> None:
    stranger = Harness(keyring=ring("other", active="other"))
    forged = jwt.encode(
        h.claims(), stranger.signing_key, algorithm="EdDSA", headers={"kid": "k1", "typ": "at+jwt"}
    )
    await h.refused(forged)


@pytest.mark.parametrize("algorithm", [EDDSA, HS256])
async def test_rotation_keeps_old_kids_verifying_until_removed(algorithm: SigningAlgorithm) -> None:
    h = Harness(keyring=ring("k1"), algorithm=algorithm)
    old = await issue(h)
    rotated = h.build(ring("k1", "k2", active="k2"))
    new = await rotated.issue(user_id="usr_1", role=Role.ADMIN)
    assert jwt.get_unverified_header(new.token)["kid"] == "k2"
    assert (await rotated.verify(old.token)).jti == old.jti
    assert (await rotated.verify(new.token)).jti == new.jti
    retired = h.build(ring("k2"))
    assert (await retired.verify(new.token)).jti == new.jti
    h.tokens = retired
    await h.refused(old.token)


async def test_instances_with_the_same_key_ring_agree(h: Harness) -> None:
    issued = await issue(h)
    elsewhere = Harness(keyring=ring("k1"))
    assert (await elsewhere.tokens.verify(issued.token)).jti == issued.jti


# -- tampering -------------------------------------------------------------------------------


async def test_a_tampered_payload_is_refused(h: Harness) -> None:
    header, payload, signature = (await issue(h)).token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["role"] = "admin"
    await h.refused(f"{header}.{b64(json.dumps(claims).encode())}.{signature}")


async def test_a_tampered_signature_or_header_is_refused(h: Harness) -> None:
    token = (await issue(h)).token
    header, payload, signature = token.split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    await h.refused(f"{header}.{payload}.{flipped}")
    await h.refused(f"{header}.{payload}.")
    relabelled = b64(json.dumps({"alg": "EdDSA", "kid": "k1", "typ": "JWT"}).encode())
    await h.refused(f"{relabelled}.{payload}.{signature}")


@pytest.mark.parametrize(
    "garbage", ["", "abc", "a.b.c", "a.b", "....", "x" * 10_000, "eyJhbGciOiJub25lIn0.e30."]
)
async def test_garbage_is_refused(h: Harness, garbage: str) -> None:
    with pytest.raises(AccessDenied) as caught:
        await h.tokens.verify(garbage)
    assert caught.value.code == "access.token_invalid"


# -- claims ----------------------------------------------------------------------------------


async def test_a_correctly_signed_hand_made_token_verifies(h: Harness) -> None:
    # The control for the claim tests below: only the named detail makes them fail.
    assert (await h.tokens.verify(h.sign(h.claims()))).jti == "jti-1"


@pytest.mark.parametrize("claim", REQUIRED_CLAIMS)
async def test_a_token_missing_a_required_claim_is_refused(h: Harness, claim: str) -> None:
    await h.refused(h.sign(h.claims(**{claim: DROP})))


@pytest.mark.parametrize(
    "changes",
    [
        {"iss": "https://evil.test"},
        {"aud": "another-api"},
        {"aud": [AUDIENCE, "another-api"]},
        {"typ": "refresh"},
        {"role": "root"},
        {"role": "customer"},  # a customer role with no customer id
        {"sub": ""},
        {"sub": 42},
        {"exp": "soon"},
        {"exp": True},
        {"iat": float("nan")},
        {"exp": 10**20},
        {"fam": 7},
    ],
)
async def test_wrong_claims_are_refused(h: Harness, changes: dict[str, Any]) -> None:
    await h.refused(h.sign(h.claims(**changes)))


@pytest.mark.parametrize(
    "header", [{"typ": "JWT"}, {"jku": "https://evil.test/jwks"}, {"crit": ["exp"]}]
)
async def test_untyped_or_extended_headers_are_refused(h: Harness, header: dict[str, Any]) -> None:
    await h.refused(h.sign(h.claims(), **header))


# -- time ------------------------------------------------------------------------------------


async def test_expiry_is_enforced_beyond_the_leeway(h: Harness) -> None:
    issued = await issue(h)
    h.clock.advance((issued.expires_at - START + LEEWAY).total_seconds() - 1)
    await h.tokens.verify(issued.token)
    h.clock.advance(1)
    await h.refused(issued.token, "access.token_expired")


async def test_a_not_yet_valid_token_is_refused_beyond_the_leeway(h: Harness) -> None:
    now = int(START.timestamp())
    await h.tokens.verify(h.sign(h.claims(nbf=now + 30)))
    await h.refused(h.sign(h.claims(nbf=now + 31)), "access.token_not_yet_valid")
    await h.refused(h.sign(h.claims(iat=now + 60)), "access.token_not_yet_valid")


async def test_time_comes_from_the_injected_clock(h: Harness) -> None:
    # Issued "in 2026" by the frozen clock: whatever the machine's date, the clock decides.
    issued = await issue(h)
    h.clock.advance(3600)
    await h.refused(issued.token, "access.token_expired")


# -- revocation ------------------------------------------------------------------------------


async def test_a_revoked_token_is_refused_and_others_are_not(h: Harness) -> None:
    revoked, kept = await issue(h), await issue(h)
    await h.tokens.revoke(await h.tokens.verify(revoked.token))
    await h.refused(revoked.token, "access.token_revoked")
    assert (await h.tokens.verify(kept.token)).jti == kept.jti
    [event] = h.events.of("access.token_revoked")
    assert event.target == revoked.jti
    assert revoked.token not in repr(event)


async def test_a_revoked_family_refuses_its_access_tokens(h: Harness) -> None:
    in_family = await issue(h, family_id="fam_x")
    other = await issue(h, family_id="fam_y")
    await h.revocations.revoke_family("fam_x", expires_at=START + timedelta(hours=1))
    await h.refused(in_family.token, "access.token_revoked")
    await h.tokens.verify(other.token)


async def test_signing_out_everywhere_refuses_earlier_tokens_only(h: Harness) -> None:
    before = await issue(h)
    h.clock.advance(0.001)
    await h.tokens.revoke_user("usr_1")
    h.clock.advance(0.001)  # the next login, in the same second
    after = await issue(h)
    await h.refused(before.token, "access.token_revoked")
    assert (await h.tokens.verify(after.token)).jti == after.jti
    other_user = await h.tokens.issue(user_id="usr_2", role=Role.ADMIN)
    await h.tokens.verify(other_user.token)


async def test_the_users_own_valid_after_cutoff_is_honoured(h: Harness) -> None:
    before = await issue(h)
    h.clock.advance(1)
    h.cutoffs["usr_1"] = h.clock.now()
    await h.refused(before.token, "access.token_revoked")
    await h.tokens.verify((await issue(h)).token)


# -- configuration and publication ------------------------------------------------------------


def test_jwks_publishes_ed25519_public_keys_that_verify_tokens() -> None:
    h = Harness(keyring=ring("k1", "k2", active="k2"))
    document = h.tokens.jwks()
    assert [k["kid"] for k in document["keys"]] == ["k1", "k2"]
    for key in document["keys"]:
        assert key.keys() == {"kty", "crv", "x", "kid", "use", "alg"}
        assert (key["kty"], key["crv"], key["use"], key["alg"]) == (
            "OKP",
            "Ed25519",
            "sig",
            "EdDSA",
        )
    token = h.sign(h.claims())
    public = jwt.PyJWK(document["keys"][1])
    # The library's own clock is not ours: only the signature and audience are checked here.
    claims = jwt.decode(
        token, public, algorithms=["EdDSA"], audience=AUDIENCE, options={"verify_exp": False}
    )
    assert claims["jti"] == "jti-1"
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, jwt.PyJWK(document["keys"][0]), algorithms=["EdDSA"])


def test_jwks_is_empty_with_hs256() -> None:
    assert Harness(algorithm=HS256).tokens.jwks() == {"keys": []}


@pytest.mark.parametrize(
    "settings",
    [
        {"issuer": ""},
        {"audience": ""},
        {"ttl": timedelta(0)},
        {"leeway": timedelta(minutes=10)},
        {"leeway": timedelta(seconds=-1)},
        {"algorithm": "RS256"},
    ],
)
def test_bad_token_settings_are_refused_at_start_up(settings: dict[str, Any]) -> None:
    values: dict[str, Any] = {"issuer": ISSUER, "audience": AUDIENCE, **settings}
    with pytest.raises((ConfigurationError, ValueError)):
        TokenPolicy(**values)


def test_repr_shows_no_key_material(h: Harness) -> None:
    assert "k1" in repr(h.tokens)
    signing = SigningKeys(h.keyring, algorithm=HS256)
    assert repr(signing.active.private) not in repr(h.tokens)
