"""Access and refresh tokens through real HTTP to a real `bastion serve` process.

Tokens with bad claims are forged with the instance's own signing key, read from the data
directory as an attacker holding the key file would: a refusal then proves the claim check, not
merely the signature. A control token forged the same way with correct claims is accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from bastion.access.tokens import REQUIRED_CLAIMS
from bastion.crypto.keys import load_key_file
from bastion.crypto.signing import SigningAlgorithm, SigningKeys
from tests.e2e.process import Deployment
from tests.e2e.test_auth_process import add_user

pytestmark = pytest.mark.e2e

ERIN_PASSWORD = "granite-willow-compass-64"
FRANK_PASSWORD = "amber-thistle-signal-39"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def unsigned(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, claims) of a token, read without checking anything."""
    head, body, _ = token.split(".")
    return json.loads(unb64(head)), json.loads(unb64(body))


@dataclass
class Running:
    deployment: Deployment
    keys: SigningKeys

    def url(self, path: str) -> str:
        return self.deployment.url + path

    def login(self, login: str, password: str) -> dict[str, Any]:
        r = httpx.post(
            self.url("/api/auth/login"), json={"login": login, "password": password}, timeout=10
        )
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body

    def me(self, token: str) -> httpx.Response:
        return httpx.get(
            self.url("/api/me"), headers={"Authorization": f"Bearer {token}"}, timeout=10
        )

    def refresh(self, refresh_token: str) -> httpx.Response:
        return httpx.post(
            self.url("/api/auth/refresh"), json={"refresh_token": refresh_token}, timeout=10
        )

    def logout(self, token: str, **body: str) -> httpx.Response:
        return httpx.post(
            self.url("/api/auth/logout"),
            headers={"Authorization": f"Bearer {token}"},
            json=body or None,
            timeout=10,
        )

    def forge(self, claims: dict[str, Any], *, header: dict[str, Any] | None = None) -> str:
        """A token signed with the instance's real Ed25519 key."""
        key = self.keys.active
        headers = header if header is not None else {"kid": key.kid, "typ": "at+jwt"}
        return jwt.encode(claims, key.private, algorithm="EdDSA", headers=headers)


def refused(r: httpx.Response, code: str) -> None:
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == code
    assert r.headers["www-authenticate"].startswith("Bearer")


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root: Path = tmp_path_factory.mktemp("token-deployment")
    deployment = Deployment(root=root)
    deployment.cli("init")
    add_user(deployment, "erin", ERIN_PASSWORD, "--role", "customer", "--customer", "cust-carol")
    add_user(deployment, "frank", FRANK_PASSWORD, "--role", "support_agent")
    keys = SigningKeys(load_key_file(root / "data" / "keys.json"), algorithm=SigningAlgorithm.EDDSA)
    deployment.start()
    try:
        yield Running(deployment=deployment, keys=keys)
    finally:
        deployment.stop()


@pytest.fixture
def erin(running: Running) -> dict[str, Any]:
    """A fresh token pair for erin; each test gets its own refresh family."""
    return running.login("erin", ERIN_PASSWORD)


# -- the happy path and the key set ---------------------------------------------------------


def test_login_call_refresh_logout(running: Running, erin: dict[str, Any]) -> None:
    assert set(erin) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert erin["token_type"] == "Bearer"
    first = running.me(erin["access_token"])
    assert first.status_code == 200
    assert first.json()["customer"]["id"] == "cust-carol"

    renewed = running.refresh(erin["refresh_token"])
    assert renewed.status_code == 200
    pair = renewed.json()
    assert pair["refresh_token"] != erin["refresh_token"]
    assert running.me(pair["access_token"]).status_code == 200

    assert running.logout(pair["access_token"]).status_code == 204
    refused(running.me(pair["access_token"]), "access.token_revoked")
    # Logout ends the login: its earlier access token and its refresh token die with it.
    refused(running.me(erin["access_token"]), "access.token_revoked")
    refused(running.refresh(pair["refresh_token"]), "access.refresh_revoked")


def test_jwks_serves_the_ed25519_public_keys(running: Running, erin: dict[str, Any]) -> None:
    r = httpx.get(running.url("/.well-known/jwks.json"), timeout=10)
    assert r.status_code == 200
    (key,) = r.json()["keys"]
    assert (key["kty"], key["crv"], key["alg"], key["use"]) == ("OKP", "Ed25519", "EdDSA", "sig")
    assert "d" not in key
    assert len(unb64(key["x"])) == 32
    header, _ = unsigned(erin["access_token"])
    assert header["kid"] == key["kid"] == running.keys.active.kid
    # The published key verifies the server's tokens (time claims aside: verify does them).
    jwt.decode(
        erin["access_token"],
        jwt.PyJWK(key).key,
        algorithms=["EdDSA"],
        audience="bastion-api",
        issuer="bastion",
    )


def test_a_forged_token_with_correct_claims_is_accepted(
    running: Running, erin: dict[str, Any]
) -> None:
    # The control for every forgery below: the harness signs exactly as the server does.
    header, claims = unsigned(erin["access_token"])
    assert running.me(running.forge(claims, header=header)).status_code == 200


# -- forgeries refused ------------------------------------------------------------------------


def test_alg_none_is_refused(running: Running, erin: dict[str, Any]) -> None:
    header, claims = unsigned(erin["access_token"])
    for alg in ("none", "None", "NONE"):
        head = b64(json.dumps({**header, "alg": alg}).encode())
        body = b64(json.dumps(claims).encode())
        refused(running.me(f"{head}.{body}."), "access.token_invalid")
    # Even with the original signature left on.
    signature = erin["access_token"].split(".")[2]
    head = b64(json.dumps({**header, "alg": "none"}).encode())
    refused(running.me(f"{head}.{body}.{signature}"), "access.token_invalid")


def test_hs256_keyed_with_the_published_public_key_is_refused(
    running: Running, erin: dict[str, Any]
) -> None:
    jwk = httpx.get(running.url("/.well-known/jwks.json"), timeout=10).json()["keys"][0]
    header, claims = unsigned(erin["access_token"])
    # Algorithm confusion: HMAC keyed with the public key, as the raw bytes and as the JWK text.
    for secret in (unb64(jwk["x"]), jwk["x"].encode()):
        head = b64(json.dumps({**header, "alg": "HS256"}).encode())
        body = b64(json.dumps({**claims, "role": "admin"}).encode())
        mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
        refused(running.me(f"{head}.{body}.{b64(mac)}"), "access.token_invalid")


def test_a_tampered_payload_is_refused(running: Running, erin: dict[str, Any]) -> None:
    head, _, signature = erin["access_token"].split(".")
    _, claims = unsigned(erin["access_token"])
    for change in ({"role": "admin"}, {"cus": "cust-bob"}, {"exp": claims["exp"] + 86400}):
        body = b64(json.dumps({**claims, **change}).encode())
        refused(running.me(f"{head}.{body}.{signature}"), "access.token_invalid")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"exp": -60, "iat": -1000, "nbf": -1000}, "access.token_expired"),
        ({"nbf": 600}, "access.token_not_yet_valid"),
        ({"iat": 600}, "access.token_not_yet_valid"),
        ({"iss": "https://evil.example"}, "access.token_invalid"),
        ({"aud": "another-api"}, "access.token_invalid"),
        ({"aud": ["another-api", "bastion-api"]}, "access.token_invalid"),
        ({"typ": "refresh"}, "access.token_invalid"),
    ],
    ids=["expired", "not-yet-valid", "issued-in-future", "issuer", "audience", "aud-list", "typ"],
)
def test_tokens_with_bad_claims_are_refused(
    running: Running, erin: dict[str, Any], change: dict[str, Any], code: str
) -> None:
    _, claims = unsigned(erin["access_token"])
    now = int(time.time())
    forged = {
        **claims,
        **{k: now + v if k in {"exp", "nbf", "iat"} else v for k, v in change.items()},
    }
    refused(running.me(running.forge(forged)), code)


@pytest.mark.parametrize("missing", REQUIRED_CLAIMS)
def test_a_token_missing_a_required_claim_is_refused(
    running: Running, erin: dict[str, Any], missing: str
) -> None:
    _, claims = unsigned(erin["access_token"])
    del claims[missing]
    refused(running.me(running.forge(claims)), "access.token_invalid")


@pytest.mark.parametrize(
    "header",
    [
        {"typ": "JWT"},
        {"kid": "k-unknown"},
        {"jku": "https://evil.example/jwks.json"},
        {"typ": ""},  # PyJWT leaves out a falsy `typ`
        {"kid": None},
    ],
    ids=["plain-typ", "unknown-kid", "jku", "no-typ", "no-kid"],
)
def test_bad_headers_are_refused(
    running: Running, erin: dict[str, Any], header: dict[str, Any]
) -> None:
    original, claims = unsigned(erin["access_token"])
    changed = {k: v for k, v in {**original, **header}.items() if v is not None and k != "alg"}
    refused(running.me(running.forge(claims, header=changed)), "access.token_invalid")


# -- revocation and refresh families ------------------------------------------------------------


def test_a_reused_refresh_token_revokes_its_family(running: Running, erin: dict[str, Any]) -> None:
    rotated = running.refresh(erin["refresh_token"]).json()
    assert running.me(rotated["access_token"]).status_code == 200

    refused(running.refresh(erin["refresh_token"]), "access.refresh_reused")
    # The family after it: the rotated successor, and the access tokens minted in the family.
    refused(running.refresh(rotated["refresh_token"]), "access.refresh_revoked")
    refused(running.me(rotated["access_token"]), "access.token_revoked")
    refused(running.me(erin["access_token"]), "access.token_revoked")
    # Logging in again starts a new family that works.
    assert running.me(running.login("erin", ERIN_PASSWORD)["access_token"]).status_code == 200


def test_logout_all_and_a_disabled_user(running: Running) -> None:
    frank = [running.login("frank", FRANK_PASSWORD) for _ in range(2)]
    time.sleep(0.01)  # the cut-off has millisecond resolution
    out = httpx.post(
        running.url("/api/auth/logout-all"),
        headers={"Authorization": f"Bearer {frank[0]['access_token']}"},
        timeout=10,
    )
    assert out.status_code == 204
    for pair in frank:
        refused(running.me(pair["access_token"]), "access.token_revoked")
        refused(running.refresh(pair["refresh_token"]), "access.refresh_revoked")

    fresh = running.login("frank", FRANK_PASSWORD)
    assert running.me(fresh["access_token"]).status_code == 200
    # Disabled from the command line, in another process: the live token stops at once.
    running.deployment.cli("users", "disable", "frank")
    refused(running.me(fresh["access_token"]), "access.token_revoked")
    refused(running.refresh(fresh["refresh_token"]), "access.refresh_revoked")


def test_the_refresh_endpoint_refuses_junk(running: Running) -> None:
    refused(running.refresh("brt_" + "Z" * 43), "access.refresh_invalid")
    access = running.login("erin", ERIN_PASSWORD)["access_token"]
    wrong_kind = running.refresh(access)
    assert wrong_kind.status_code == 422  # longer than any refresh token: refused unread
    assert "access_token" not in wrong_kind.text
    refused(running.refresh(access[:64]), "access.refresh_invalid")


# -- a token the server itself signed, expiring on the server's clock ---------------------------


def test_a_real_token_expires(tmp_path: Path) -> None:
    deployment = Deployment(
        root=tmp_path,
        extra_env={"BASTION_ACCESS_TOKEN_TTL_SECONDS": "1", "BASTION_JWT_LEEWAY_SECONDS": "0"},
    )
    deployment.cli("init")
    add_user(deployment, "erin", ERIN_PASSWORD, "--role", "customer", "--customer", "cust-carol")
    deployment.start()
    try:
        short = Running(
            deployment=deployment,
            keys=SigningKeys(
                load_key_file(tmp_path / "data" / "keys.json"), algorithm=SigningAlgorithm.EDDSA
            ),
        )
        pair = short.login("erin", ERIN_PASSWORD)
        assert pair["expires_in"] == 1
        time.sleep(1.2)
        refused(short.me(pair["access_token"]), "access.token_expired")
        # The refresh token outlives it; the new access token may already be past its one
        # second by the time a request could use it, so only its issue is checked.
        renewed = short.refresh(pair["refresh_token"])
        assert renewed.status_code == 200
        assert renewed.json()["access_token"] != pair["access_token"]
    finally:
        deployment.stop()
