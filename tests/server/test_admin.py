"""The admin API for users and keys, in process, with an admin API key (keys skip risk)."""

from __future__ import annotations

import pytest

from bastion.core.events import Outcome
from bastion.core.types import Role
from tests.access.identity_harness import GOOD_PASSWORD
from tests.server.auth_harness import AuthApi, auth_api
from tests.server.trust_harness import error_code, sign_in

__all__ = ["auth_api"]  # the fixture, re-exported for pytest

NEW_PASSWORD = "amber-quarry-whistle-63"


async def admin_key(api: AuthApi, role: Role = Role.ADMIN) -> dict[str, str]:
    issued = await api.services.api_keys.create(role=role, label="ops")
    return {"Authorization": f"Bearer {issued.key}"}


async def user_id(api: AuthApi, login: str) -> str:
    user = await api.services.identity.users.find(login)
    assert user is not None
    return user.id


async def test_users_are_listed_without_secrets(auth_api: AuthApi) -> None:
    r = await auth_api.client.get("/api/admin/users", headers=await admin_key(auth_api))
    assert r.status_code == 200
    users = {u["login"]: u for u in r.json()["users"]}
    assert set(users) == {"alice", "root"}
    assert set(users["alice"]) == {"id", "login", "role", "customer_id", "active", "created_at"}
    assert "argon2" not in r.text


async def test_an_admin_creates_a_user_who_can_log_in(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    body = {"login": "erin", "password": NEW_PASSWORD, "role": "support_agent"}
    r = await auth_api.client.post("/api/admin/users", json=body, headers=headers)
    assert r.status_code == 201, r.text
    assert r.json()["role"] == "support_agent"
    assert NEW_PASSWORD not in r.text
    assert (await auth_api.login("erin", NEW_PASSWORD)).status_code == 200
    (event,) = auth_api.events.of("admin.user_created")
    assert event.target == r.json()["id"]
    assert event.outcome is Outcome.SUCCESS


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"login": "erin", "password": "short", "role": "viewer"}, 422, None),
        ({"login": "erin", "password": NEW_PASSWORD, "role": "customer"}, 422, None),
        ({"login": "alice", "password": NEW_PASSWORD, "role": "viewer"}, 422, "access.login_taken"),
        ({"login": "erin", "password": NEW_PASSWORD, "role": "wizard"}, 422, "request.invalid"),
        (
            {"login": "erin", "password": NEW_PASSWORD, "role": "super_admin"},
            403,
            "access.role_exceeds_own",
        ),
    ],
)
async def test_bad_new_users_are_refused(
    auth_api: AuthApi, body: dict[str, str], status: int, code: str | None
) -> None:
    headers = await admin_key(auth_api)
    r = await auth_api.client.post("/api/admin/users", json=body, headers=headers)
    assert r.status_code == status, r.text
    if code is not None:
        assert error_code(r) == code
    assert await auth_api.services.identity.users.find("erin") is None


async def test_a_role_change_takes_effect_and_is_reported(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    alice = await sign_in(auth_api, "alice")
    alice_id = await user_id(auth_api, "alice")
    r = await auth_api.client.patch(
        f"/api/admin/users/{alice_id}", json={"role": "viewer"}, headers=headers
    )
    assert r.status_code == 200, r.text
    assert (r.json()["role"], r.json()["customer_id"]) == ("viewer", None)
    assert (await alice.request("GET", "/api/tickets")).status_code == 403
    assert auth_api.events.of("admin.role_changed")[0].attributes["role"] == "viewer"


async def test_disabling_ends_sessions_and_tokens(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    alice = await sign_in(auth_api, "alice")
    token_login = await auth_api.client.post(
        "/api/auth/login", json={"login": "alice", "password": GOOD_PASSWORD, "mode": "token"}
    )
    bearer = {"Authorization": f"Bearer {token_login.json()['access_token']}"}
    assert (await auth_api.client.get("/api/me", headers=bearer)).status_code == 200

    alice_id = await user_id(auth_api, "alice")
    r = await auth_api.client.post(f"/api/admin/users/{alice_id}/disable", headers=headers)
    assert r.status_code == 200
    assert r.json()["active"] is False
    assert (await alice.request("GET", "/api/me")).status_code == 401
    assert (await auth_api.client.get("/api/me", headers=bearer)).status_code == 401
    refreshed = await auth_api.client.post(
        "/api/auth/refresh", json={"refresh_token": token_login.json()["refresh_token"]}
    )
    assert refreshed.status_code == 401
    (event,) = auth_api.events.of("admin.user_disabled")
    assert event.attributes["sessions"] == "1"
    assert event.target == alice_id


async def test_patch_active_false_disables_and_true_is_refused(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    alice_id = await user_id(auth_api, "alice")
    path = f"/api/admin/users/{alice_id}"
    assert (await auth_api.client.patch(path, json={"active": False}, headers=headers)).json()[
        "active"
    ] is False
    again = await auth_api.client.patch(path, json={"active": True}, headers=headers)
    assert again.status_code == 422
    assert error_code(again) == "admin.enable_unsupported"


async def test_the_last_admin_cannot_be_removed(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    root_id = await user_id(auth_api, "root")
    disabled = await auth_api.client.post(f"/api/admin/users/{root_id}/disable", headers=headers)
    assert disabled.status_code == 403
    assert error_code(disabled) == "access.last_admin"
    demoted = await auth_api.client.patch(
        f"/api/admin/users/{root_id}", json={"role": "viewer"}, headers=headers
    )
    assert error_code(demoted) == "access.last_admin"
    root = await auth_api.services.identity.users.get(root_id)
    assert root is not None
    assert root.is_admin
    denied = auth_api.events.of("admin.user_disabled")
    assert [(e.outcome, e.attributes["reason"]) for e in denied] == [
        (Outcome.DENIED, "access.last_admin")
    ]

    await auth_api.services.identity.users.add("second", GOOD_PASSWORD, role=Role.ADMIN)
    allowed = await auth_api.client.post(f"/api/admin/users/{root_id}/disable", headers=headers)
    assert allowed.status_code == 200


async def test_an_admin_cannot_touch_a_more_powerful_user(auth_api: AuthApi) -> None:
    boss = await auth_api.services.identity.users.add("boss", GOOD_PASSWORD, role=Role.SUPER_ADMIN)
    headers = await admin_key(auth_api)
    r = await auth_api.client.post(f"/api/admin/users/{boss.id}/disable", headers=headers)
    assert r.status_code == 403
    assert error_code(r) == "access.role_exceeds_own"
    superior = await admin_key(auth_api, Role.SUPER_ADMIN)
    r = await auth_api.client.post(f"/api/admin/users/{boss.id}/disable", headers=superior)
    assert r.status_code == 200


async def test_unknown_users_are_404(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    r = await auth_api.client.post("/api/admin/users/usr_nobody/disable", headers=headers)
    assert r.status_code == 404
    assert error_code(r) == "access.unknown_user"


# -- keys --------------------------------------------------------------------------------------


async def test_a_key_is_shown_once_works_and_is_revoked(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    body = {"role": "customer", "customer_id": "cust-alice", "label": "shop"}
    created = await auth_api.client.post("/api/admin/keys", json=body, headers=headers)
    assert created.status_code == 201, created.text
    assert created.headers["cache-control"] == "no-store"
    key, key_id = created.json()["key"], created.json()["id"]
    assert key.startswith("bst_")
    bearer = {"Authorization": f"Bearer {key}"}
    assert (await auth_api.client.get("/api/me", headers=bearer)).status_code == 200

    listing = await auth_api.client.get("/api/admin/keys", headers=headers)
    assert key not in listing.text
    assert "secret_hash" not in listing.text
    entry = next(k for k in listing.json()["keys"] if k["id"] == key_id)
    assert (entry["status"], entry["label"], "key" in entry) == ("active", "shop", False)

    revoked = await auth_api.client.post(f"/api/admin/keys/{key_id}/revoke", headers=headers)
    assert revoked.status_code == 200
    assert revoked.json()["status"] == "revoked"
    after = await auth_api.client.get("/api/me", headers=bearer)
    assert after.status_code == 401
    assert error_code(after) == "access.key_revoked"
    assert [e.target for e in auth_api.events.of("admin.key_created")] == [key_id]
    assert [e.target for e in auth_api.events.of("admin.key_revoked")] == [key_id]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"role": "customer"}, 422, "access.customer_required"),
        ({"role": "super_admin"}, 403, "access.role_exceeds_own"),
        ({"role": "viewer", "expires_in_days": 0}, 422, "request.invalid"),
    ],
)
async def test_bad_keys_are_refused(
    auth_api: AuthApi, body: dict[str, object], status: int, code: str
) -> None:
    headers = await admin_key(auth_api)
    r = await auth_api.client.post("/api/admin/keys", json=body, headers=headers)
    assert r.status_code == status
    assert error_code(r) == code


async def test_revoking_an_unknown_key_is_404(auth_api: AuthApi) -> None:
    headers = await admin_key(auth_api)
    r = await auth_api.client.post("/api/admin/keys/AAAAAAAAAA/revoke", headers=headers)
    assert r.status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/admin/users"),
        ("POST", "/api/admin/users"),
        ("PATCH", "/api/admin/users/usr_x"),
        ("POST", "/api/admin/users/usr_x/disable"),
        ("GET", "/api/admin/keys"),
        ("POST", "/api/admin/keys"),
        ("POST", "/api/admin/keys/AAAAAAAAAA/revoke"),
    ],
)
async def test_customers_and_agents_cannot_administer(
    auth_api: AuthApi, method: str, path: str
) -> None:
    alice = await sign_in(auth_api, "alice")
    body = {} if method != "GET" else None
    r = await alice.request(method, path, body=body)
    assert r.status_code == 403
    assert error_code(r) == "access.permission_denied"
    agent = await admin_key(auth_api, Role.SUPPORT_AGENT)
    r = await auth_api.client.request(method, path, json=body, headers=agent)
    assert error_code(r) == "access.permission_denied"
