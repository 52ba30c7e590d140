"""Token login, refresh rotation, logout and bearer JWTs, through the in-process app."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from bastion.access.passwords import PasswordHasher
from bastion.config.bootstrap import seed_demo
from bastion.config.build import build
from bastion.config.preflight import prepare
from bastion.config.settings import Settings
from bastion.core.types import Role
from bastion.server.app import create_app
from bastion.store.sql import upgrade
from bastion.testing import CapturingSink, FrozenClock
from tests.access.identity_harness import CHEAP, GOOD_PASSWORD, START
from tests.server.auth_harness import BASE, AuthApi, auth_api, cookie_header
from tests.store.test_devices_contract import redis_unavailable

__all__ = ["auth_api"]

CLIENT = ("192.0.2.10", 5555)
REDIS_URL = os.environ.get("BASTION_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


async def tokens(api: AuthApi, login: str = "alice") -> dict[str, Any]:
    r = await api.client.post("/api/auth/login", json={"login": login, "password": GOOD_PASSWORD})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def me(api: AuthApi, token: str) -> httpx.Response:
    return await api.client.get("/api/me", headers=bearer(token))


async def refresh(api: AuthApi, refresh_token: str) -> httpx.Response:
    return await api.client.post("/api/auth/refresh", json={"refresh_token": refresh_token})


def code(r: httpx.Response) -> str:
    found: str = r.json()["error"]["code"]
    return found


@asynccontextmanager
async def deployed(tmp_path: Path, **overrides: Any) -> AsyncIterator[AuthApi]:
    """Like the `auth_api` fixture, with other settings."""
    settings = Settings(data_dir=tmp_path / "data", **overrides)
    clock, events = FrozenClock(START), CapturingSink()
    checked = prepare(settings)  # creates the data directory the database lives in
    upgrade(settings.resolved_database_url)
    services = build(
        settings, preflight=checked, clock=clock, events=events, hasher=PasswordHasher(CHEAP)
    )
    await seed_demo(services.store, clock=clock)
    await services.identity.users.add(
        "alice", GOOD_PASSWORD, role=Role.CUSTOMER, customer_id="cust-alice"
    )
    transport = httpx.ASGITransport(app=create_app(services), client=CLIENT)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield AuthApi(client=client, services=services, clock=clock, events=events)
    await services.close()


# -- login and the happy path ---------------------------------------------------------------


async def test_token_login_is_the_default_and_returns_a_pair(auth_api: AuthApi) -> None:
    r = await auth_api.client.post(
        "/api/auth/login", json={"login": "alice", "password": GOOD_PASSWORD}
    )
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 15 * 60
    assert body["refresh_token"].startswith("brt_")
    assert r.headers["cache-control"] == "no-store"  # RFC 6749 §5.1
    assert "set-cookie" not in r.headers
    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "EdDSA"
    assert header["typ"] == "at+jwt"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert (claims["iss"], claims["aud"], claims["sub"]) == (
        "bastion",
        "bastion-api",
        (await auth_api.services.identity.users.find("alice")).id,  # type: ignore[union-attr]
    )
    assert claims["cus"] == "cust-alice"
    assert claims["fam"].startswith("fam_")


async def test_the_access_token_authenticates_as_the_user(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    r = await me(auth_api, pair["access_token"])
    assert r.status_code == 200
    assert r.json()["customer"]["id"] == "cust-alice"
    tickets = await auth_api.client.get("/api/tickets", headers=bearer(pair["access_token"]))
    assert tickets.status_code == 200


async def test_a_failed_token_login_issues_nothing(auth_api: AuthApi) -> None:
    r = await auth_api.client.post("/api/auth/login", json={"login": "alice", "password": "nope"})
    assert r.status_code == 401
    assert code(r) == "access.login_failed"
    assert "access_token" not in r.text
    assert not auth_api.events.of("access.token_issued")


async def test_jwks_publishes_the_ed25519_key_the_token_names(auth_api: AuthApi) -> None:
    r = await auth_api.client.get("/.well-known/jwks.json")
    assert r.status_code == 200
    (key,) = r.json()["keys"]
    assert {k: key[k] for k in ("kty", "crv", "alg", "use")} == {
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "EdDSA",
        "use": "sig",
    }
    assert set(key) == {"kty", "crv", "x", "kid", "use", "alg"}  # no private part (`d`)
    pair = await tokens(auth_api)
    assert jwt.get_unverified_header(pair["access_token"])["kid"] == key["kid"]
    # An outside verifier needs nothing but the published key.
    public = jwt.PyJWK(key).key
    claims = jwt.decode(
        pair["access_token"],
        public,
        algorithms=["EdDSA"],
        audience="bastion-api",
        options={"verify_exp": False, "verify_iat": False},  # the app's clock is frozen in 2026
    )
    assert claims["typ"] == "access"


# -- refresh ------------------------------------------------------------------------------


async def test_refresh_rotates_and_the_new_pair_works(auth_api: AuthApi) -> None:
    first = await tokens(auth_api)
    r = await refresh(auth_api, first["refresh_token"])
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert (await me(auth_api, second["access_token"])).status_code == 200
    assert (await refresh(auth_api, second["refresh_token"])).status_code == 200


async def test_reusing_a_refresh_token_revokes_its_whole_family(auth_api: AuthApi) -> None:
    first = await tokens(auth_api)
    other_login = await tokens(auth_api)
    second = (await refresh(auth_api, first["refresh_token"])).json()

    reused = await refresh(auth_api, first["refresh_token"])
    assert reused.status_code == 401
    assert code(reused) == "access.refresh_reused"
    # The thief's and the user's copies die alike: the successor and every access token minted
    # in the family, the one from login included.
    successor = await refresh(auth_api, second["refresh_token"])
    assert successor.status_code == 401
    assert code(successor) == "access.refresh_revoked"
    for access in (first["access_token"], second["access_token"]):
        r = await me(auth_api, access)
        assert r.status_code == 401
        assert code(r) == "access.token_revoked"
    # Another login of the same user is another family, untouched.
    assert (await me(auth_api, other_login["access_token"])).status_code == 200
    assert (await refresh(auth_api, other_login["refresh_token"])).status_code == 200
    assert auth_api.events.of("access.refresh_reused")


@pytest.mark.parametrize(
    "presented",
    ["", "brt_short", "brt_" + "A" * 43, "not a token at all", "brt_" + "é" * 43, "x" * 300],
)
async def test_junk_refresh_tokens_are_refused(auth_api: AuthApi, presented: str) -> None:
    r = await refresh(auth_api, presented)
    assert r.status_code in {401, 422}
    if r.status_code == 401:
        assert code(r) == "access.refresh_invalid"
    assert "access_token" not in r.text


async def test_an_expired_refresh_token_is_refused(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    auth_api.clock.advance(auth_api.services.settings.refresh_token_ttl_seconds)
    r = await refresh(auth_api, pair["refresh_token"])
    assert r.status_code == 401
    assert code(r) == "access.refresh_expired"


async def test_invalid_refresh_tokens_lock_the_address_for_a_while(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    policy = auth_api.services.identity.lockout.policy
    for _ in range(policy.account_failures):
        assert (await refresh(auth_api, "brt_" + "B" * 43)).status_code == 401
    locked = await refresh(auth_api, pair["refresh_token"])
    assert locked.status_code == 429
    assert code(locked) == "access.rate_limited"
    assert int(locked.headers["retry-after"]) == int(policy.lock_for.total_seconds())
    # The lock is on refreshing from this address, not on the account: logging in still works.
    assert (await tokens(auth_api))["access_token"]
    auth_api.clock.advance(policy.lock_for.total_seconds())
    assert (await refresh(auth_api, pair["refresh_token"])).status_code == 200


async def test_a_password_change_ends_older_refresh_families(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    auth_api.clock.advance(1)
    alice = await auth_api.services.identity.users.find("alice")
    assert alice is not None
    await auth_api.services.identity.users.set_password(alice.id, "a-whole-new-passphrase-77")
    r = await refresh(auth_api, pair["refresh_token"])
    assert r.status_code == 401
    assert code(r) == "access.refresh_revoked"
    assert (await me(auth_api, pair["access_token"])).status_code == 401


# -- logout -------------------------------------------------------------------------------


async def test_logout_revokes_the_token_and_its_family(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    other = await tokens(auth_api)
    out = await auth_api.client.post("/api/auth/logout", headers=bearer(pair["access_token"]))
    assert out.status_code == 204
    after = await me(auth_api, pair["access_token"])
    assert after.status_code == 401
    assert code(after) == "access.token_revoked"
    assert code(await refresh(auth_api, pair["refresh_token"])) == "access.refresh_revoked"
    assert (await me(auth_api, other["access_token"])).status_code == 200
    again = await auth_api.client.post("/api/auth/logout", headers=bearer(pair["access_token"]))
    assert again.status_code == 401


async def test_logout_also_revokes_a_presented_refresh_token(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    other = await tokens(auth_api)
    out = await auth_api.client.post(
        "/api/auth/logout",
        headers=bearer(pair["access_token"]),
        json={"refresh_token": other["refresh_token"]},
    )
    assert out.status_code == 204
    assert code(await refresh(auth_api, other["refresh_token"])) == "access.refresh_revoked"
    assert (await me(auth_api, other["access_token"])).status_code == 401


async def test_logout_all_revokes_every_token_and_family(auth_api: AuthApi) -> None:
    pairs = [await tokens(auth_api) for _ in range(3)]
    root = await tokens(auth_api, "root")
    auth_api.clock.advance(1)
    out = await auth_api.client.post(
        "/api/auth/logout-all", headers=bearer(pairs[0]["access_token"])
    )
    assert out.status_code == 204
    for pair in pairs:
        assert code(await me(auth_api, pair["access_token"])) == "access.token_revoked"
        assert code(await refresh(auth_api, pair["refresh_token"])) == "access.refresh_revoked"
    assert auth_api.events.of("access.logout")[-1].attributes["families"] == "3"
    assert (await me(auth_api, root["access_token"])).status_code == 200
    fresh = await tokens(auth_api)
    assert (await me(auth_api, fresh["access_token"])).status_code == 200


async def test_logout_all_from_a_session_also_ends_tokens(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    cookie, csrf = await auth_api.session()
    auth_api.clock.advance(1)
    out = await auth_api.client.post(
        "/api/auth/logout-all",
        headers={**cookie_header(cookie), "X-CSRF-Token": csrf, "Origin": BASE},
    )
    assert out.status_code == 204
    assert (await me(auth_api, pair["access_token"])).status_code == 401
    assert (await refresh(auth_api, pair["refresh_token"])).status_code == 401


# -- the account changes under a live token -------------------------------------------------


async def test_a_disabled_user_is_refused_at_once(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    alice = await auth_api.services.identity.users.find("alice")
    assert alice is not None
    await auth_api.services.identity.users.disable(alice.id)
    r = await me(auth_api, pair["access_token"])
    assert r.status_code == 401
    assert code(r) == "access.token_revoked"
    assert code(await refresh(auth_api, pair["refresh_token"])) == "access.refresh_revoked"


async def test_a_role_change_retires_tokens_minted_for_the_old_role(auth_api: AuthApi) -> None:
    admin = await tokens(auth_api, "root")
    users = auth_api.services.identity.users
    await users.add("second", GOOD_PASSWORD, role=Role.ADMIN)
    root = await users.find("root")
    assert root is not None
    await users.set_role(root.id, Role.VIEWER)
    r = await auth_api.client.get("/api/me", headers=bearer(admin["access_token"]))
    assert r.status_code == 401
    assert code(r) == "access.token_revoked"


# -- bearer routing and refusals ------------------------------------------------------------


async def test_api_keys_in_the_bearer_header_still_take_the_key_path(auth_api: AuthApi) -> None:
    key = (await auth_api.services.api_keys.create(role=Role.ADMIN)).key
    assert (await auth_api.client.get("/api/tickets", headers=bearer(key))).status_code == 200
    assert not auth_api.events.of("access.token_rejected")


async def test_a_token_and_a_key_together_are_ambiguous(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    key = (await auth_api.services.api_keys.create(role=Role.ADMIN)).key
    r = await auth_api.client.get(
        "/api/me", headers={**bearer(pair["access_token"]), "X-API-Key": key}
    )
    assert r.status_code == 401
    assert code(r) == "access.ambiguous_credentials"


async def test_a_refused_token_is_an_event_without_the_token(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    head, body, signature = pair["access_token"].split(".")
    tampered = f"{head}.{body}.{signature[::-1]}"
    r = await me(auth_api, tampered)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    (event,) = auth_api.events.of("access.token_rejected")
    assert event.attributes == {"reason": "access.token_invalid"}
    assert event.client == CLIENT[0]
    assert tampered not in repr(event)
    assert signature not in repr(auth_api.events.events)
    assert pair["refresh_token"] not in repr(auth_api.events.events)


async def test_a_refresh_token_is_not_an_access_token(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    r = await me(auth_api, pair["refresh_token"])
    assert r.status_code == 401
    assert code(r) == "access.token_invalid"


async def test_an_access_token_expires_after_its_lifetime_and_leeway(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    settings = auth_api.services.settings
    auth_api.clock.advance(settings.access_token_ttl_seconds + settings.jwt_leeway_seconds - 1)
    assert (await me(auth_api, pair["access_token"])).status_code == 200
    auth_api.clock.advance(1)
    r = await me(auth_api, pair["access_token"])
    assert r.status_code == 401
    assert code(r) == "access.token_expired"


# -- other settings -----------------------------------------------------------------------


async def test_hs256_works_and_publishes_no_key(tmp_path: Path) -> None:
    async with deployed(tmp_path, jwt_algorithm="HS256", jwt_issuer="https://id.example") as api:
        assert (await api.client.get("/.well-known/jwks.json")).json() == {"keys": []}
        pair = await tokens(api)
        assert jwt.get_unverified_header(pair["access_token"])["alg"] == "HS256"
        assert (await me(api, pair["access_token"])).status_code == 200
        renewed = (await refresh(api, pair["refresh_token"])).json()
        assert (await me(api, renewed["access_token"])).status_code == 200


async def test_tokens_from_another_configuration_are_refused(tmp_path: Path) -> None:
    async with deployed(tmp_path / "a", jwt_audience="other-api") as other:
        foreign = (await tokens(other))["access_token"]
    async with deployed(tmp_path / "b") as api:
        r = await me(api, foreign)
        assert r.status_code == 401
        assert code(r) == "access.token_invalid"


async def test_lifetimes_come_from_settings(tmp_path: Path) -> None:
    async with deployed(
        tmp_path, access_token_ttl_seconds=60, jwt_leeway_seconds=0, refresh_token_ttl_seconds=120
    ) as api:
        pair = await tokens(api)
        assert pair["expires_in"] == 60
        api.clock.advance(60)
        assert code(await me(api, pair["access_token"])) == "access.token_expired"
        api.clock.advance(60)
        assert code(await refresh(api, pair["refresh_token"])) == "access.refresh_expired"


async def test_the_background_purge_forgets_expired_revocations(auth_api: AuthApi) -> None:
    pair = await tokens(auth_api)
    await auth_api.client.post("/api/auth/logout", headers=bearer(pair["access_token"]))
    store = auth_api.services.tokens.store
    assert await store.purge_expired(auth_api.clock.now()) == 0
    auth_api.clock.advance(auth_api.services.settings.refresh_token_ttl_seconds)
    assert await store.purge_expired(auth_api.clock.now()) >= 2  # the jti, family, refresh row


@pytest.mark.redis
async def test_with_redis_revocations_live_in_redis_and_refresh_tokens_in_sql(
    tmp_path: Path,
) -> None:
    if (reason := redis_unavailable()) is not None:
        pytest.skip(reason)
    async with deployed(tmp_path, redis_url=REDIS_URL) as api:
        wired = api.services.tokens
        assert wired.redis is not None
        assert wired.revocations is wired.redis
        pair = await tokens(api)
        rotated = (await refresh(api, pair["refresh_token"])).json()
        assert code(await refresh(api, pair["refresh_token"])) == "access.refresh_reused"
        assert code(await me(api, rotated["access_token"])) == "access.token_revoked"
        family = jwt.decode(rotated["access_token"], options={"verify_signature": False})["fam"]
        assert await wired.redis.is_family_revoked(family)
        assert not await wired.store.is_family_revoked(family)

        fresh = await tokens(api)
        await api.client.post("/api/auth/logout", headers=bearer(fresh["access_token"]))
        claims = jwt.decode(fresh["access_token"], options={"verify_signature": False})
        assert await wired.redis.is_revoked(claims["iss"], claims["jti"])
        assert not await wired.store.is_revoked(claims["iss"], claims["jti"])
        assert code(await me(api, fresh["access_token"])) == "access.token_revoked"
