"""Login, browser sessions, CSRF and logout, through the HTTP API in process."""

from __future__ import annotations

from http.cookies import SimpleCookie

from bastion.access.sessions import COOKIE_NAME
from tests.access.identity_harness import GOOD_PASSWORD
from tests.server.auth_harness import ORIGIN, AuthApi, auth_api, cookie_header

__all__ = ["auth_api"]  # the fixture, re-exported for pytest

TICKET = {"subject": "Damaged parcel", "description": "The box arrived crushed and torn."}


def set_cookie_attributes(header: str) -> dict[str, str | bool]:
    parsed = SimpleCookie()
    parsed.load(header)
    morsel = parsed[COOKIE_NAME]
    return {k: morsel[k] for k in ("path", "domain", "secure", "httponly", "samesite", "max-age")}


async def test_session_login_sets_a_host_prefixed_locked_down_cookie(auth_api: AuthApi) -> None:
    r = await auth_api.login("alice")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"csrf_token", "expires_in"}
    assert body["expires_in"] == 24 * 3600  # the development absolute timeout
    header = r.headers["set-cookie"]
    assert header.startswith(f"{COOKIE_NAME}=")
    attributes = set_cookie_attributes(header)
    assert attributes["path"] == "/"
    assert attributes["domain"] == ""
    assert attributes["secure"] is True
    assert attributes["httponly"] is True
    assert str(attributes["samesite"]).lower() == "lax"
    assert len(r.cookies[COOKIE_NAME]) >= 43  # 256 bits, base64url
    assert r.headers["cache-control"] == "no-store"


async def test_the_cookie_authenticates_as_the_user(auth_api: AuthApi) -> None:
    cookie, _ = await auth_api.session()
    me = await auth_api.client.get("/api/me", headers=cookie_header(cookie))
    assert me.status_code == 200
    assert me.json()["customer"]["id"] == "cust-alice"
    assert me.json()["principal"]["id"].startswith("user:")


async def test_unsafe_methods_need_the_csrf_token(auth_api: AuthApi) -> None:
    cookie, csrf = await auth_api.session()
    missing = await auth_api.client.post("/api/tickets", json=TICKET, headers=cookie_header(cookie))
    assert missing.status_code == 403
    assert missing.json()["error"]["code"] == "access.csrf_failed"
    wrong = await auth_api.client.post(
        "/api/tickets", json=TICKET, headers={**cookie_header(cookie), "X-CSRF-Token": "nope"}
    )
    assert wrong.status_code == 403
    ok = await auth_api.client.post(
        "/api/tickets", json=TICKET, headers={**cookie_header(cookie), "X-CSRF-Token": csrf}
    )
    assert ok.status_code == 201
    assert "access.csrf_failed" in auth_api.events.codes


async def test_a_cross_site_origin_is_refused_even_with_the_token(auth_api: AuthApi) -> None:
    cookie, csrf = await auth_api.session()
    headers = {**cookie_header(cookie), "X-CSRF-Token": csrf}
    for hostile in ({"Origin": "https://evil.example"}, {"Origin": "null"}):
        r = await auth_api.client.post("/api/tickets", json=TICKET, headers={**headers, **hostile})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "access.csrf_failed"
    fetch = await auth_api.client.post(
        "/api/tickets", json=TICKET, headers={**headers, "Sec-Fetch-Site": "cross-site"}
    )
    assert fetch.status_code == 403
    same = await auth_api.client.post("/api/tickets", json=TICKET, headers={**headers, **ORIGIN})
    assert same.status_code == 201


async def test_cross_site_login_is_refused(auth_api: AuthApi) -> None:
    r = await auth_api.login("alice", Origin="https://evil.example")
    assert r.status_code == 403
    assert "set-cookie" not in r.headers


async def test_each_login_rotates_the_session_and_kills_the_old_id(auth_api: AuthApi) -> None:
    old, _ = await auth_api.session()
    r = await auth_api.client.post(
        "/api/auth/login",
        json={"login": "alice", "password": GOOD_PASSWORD, "mode": "session"},
        headers=cookie_header(old),
    )
    new = r.cookies[COOKIE_NAME]
    auth_api.client.cookies.clear()
    assert new != old
    assert (await auth_api.client.get("/api/me", headers=cookie_header(old))).status_code == 401
    assert (await auth_api.client.get("/api/me", headers=cookie_header(new))).status_code == 200


async def test_a_planted_session_id_is_never_adopted(auth_api: AuthApi) -> None:
    planted = "attacker-chosen-session-id-0000000000000000"
    r = await auth_api.client.post(
        "/api/auth/login",
        json={"login": "alice", "password": GOOD_PASSWORD, "mode": "session"},
        headers=cookie_header(planted),
    )
    assert r.cookies[COOKIE_NAME] != planted
    auth_api.client.cookies.clear()
    assert (await auth_api.client.get("/api/me", headers=cookie_header(planted))).status_code == 401


async def test_logout_invalidates_the_session_server_side(auth_api: AuthApi) -> None:
    cookie, csrf = await auth_api.session()
    no_csrf = await auth_api.client.post("/api/auth/logout", headers=cookie_header(cookie))
    assert no_csrf.status_code == 403  # a cross-site page cannot log the user out either
    out = await auth_api.client.post(
        "/api/auth/logout", headers={**cookie_header(cookie), "X-CSRF-Token": csrf}
    )
    assert out.status_code == 204
    assert "Max-Age=0" in out.headers["set-cookie"] or "expires=" in out.headers["set-cookie"]
    after = await auth_api.client.get("/api/me", headers=cookie_header(cookie))
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "access.session_invalid"
    assert "access.logout" in auth_api.events.codes


async def test_idle_timeout_over_http(auth_api: AuthApi) -> None:
    cookie, _ = await auth_api.session()
    idle = auth_api.services.settings.resolved_session_idle_seconds
    auth_api.clock.advance(idle - 60)
    assert (await auth_api.client.get("/api/me", headers=cookie_header(cookie))).status_code == 200
    auth_api.clock.advance(idle)
    r = await auth_api.client.get("/api/me", headers=cookie_header(cookie))
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "access.session_expired"
    assert "access.session_expired" in auth_api.events.codes


async def test_logout_all_ends_every_session(auth_api: AuthApi) -> None:
    first, _ = await auth_api.session()
    second, csrf = await auth_api.session()
    r = await auth_api.client.post(
        "/api/auth/logout-all", headers={**cookie_header(second), "X-CSRF-Token": csrf}
    )
    assert r.status_code == 204
    for cookie in (first, second):
        assert (
            await auth_api.client.get("/api/me", headers=cookie_header(cookie))
        ).status_code == 401


async def test_a_disabled_users_session_stops_working(auth_api: AuthApi) -> None:
    cookie, _ = await auth_api.session()
    users = auth_api.services.identity.users
    alice = await users.find("alice")
    assert alice is not None
    await users.disable(alice.id)
    r = await auth_api.client.get("/api/me", headers=cookie_header(cookie))
    assert r.status_code == 401


async def test_a_cookie_and_a_key_together_are_refused(auth_api: AuthApi) -> None:
    cookie, _ = await auth_api.session()
    r = await auth_api.client.get(
        "/api/me", headers={**cookie_header(cookie), "X-API-Key": "bst_" + "A" * 48}
    )
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "access.ambiguous_credentials"


async def test_events_never_carry_secrets(auth_api: AuthApi) -> None:
    cookie, csrf = await auth_api.session()
    await auth_api.login("alice", "wrong-password-here")
    for event in auth_api.events.events:
        text = repr(event)
        for secret in (GOOD_PASSWORD, "wrong-password-here", cookie, csrf):
            assert secret not in text
