"""Failed logins look alike whatever the reason; lockout holds even for the right password."""

from __future__ import annotations

from typing import Any

import pytest

from tests.access.identity_harness import GOOD_PASSWORD
from tests.server.auth_harness import AuthApi, auth_api

__all__ = ["auth_api"]


def comparable(body: dict[str, Any]) -> dict[str, Any]:
    """The error without its request id, which differs on every response."""
    return {k: v for k, v in body["error"].items() if k != "request_id"}


async def test_unknown_user_wrong_password_and_locked_answer_identically(
    auth_api: AuthApi,
) -> None:
    unknown = await auth_api.login("nobody", GOOD_PASSWORD)
    wrong = await auth_api.login("alice", "not-the-password")
    for _ in range(4):
        await auth_api.login("alice", "not-the-password")
    locked = await auth_api.login("alice", GOOD_PASSWORD)  # the sixth: right password, locked
    answers = [unknown, wrong, locked]
    assert {r.status_code for r in answers} == {401}
    assert {str(comparable(r.json())) for r in answers} == {
        str({"code": "access.login_failed", "message": comparable(wrong.json())["message"]})
    }
    assert len({tuple(sorted(r.headers.keys())) for r in answers}) == 1
    assert all("set-cookie" not in r.headers for r in answers)
    assert auth_api.events.of("access.account_locked")


async def test_lockout_ends_after_fifteen_minutes(auth_api: AuthApi) -> None:
    for _ in range(5):
        await auth_api.login("alice", "not-the-password")
    assert (await auth_api.login("alice")).status_code == 401
    auth_api.clock.advance(15 * 60)
    assert (await auth_api.login("alice")).status_code == 200


async def test_lockout_is_per_account(auth_api: AuthApi) -> None:
    for _ in range(5):
        await auth_api.login("alice", "not-the-password")
    assert (await auth_api.login("root")).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"login": "alice"},
        {"login": "alice", "password": "x", "mode": "cookie"},
        {"login": "alice", "password": "x", "extra": 1},
        {"login": "", "password": "x"},
    ],
)
async def test_malformed_login_bodies_get_422_in_the_envelope(
    auth_api: AuthApi, body: dict[str, Any]
) -> None:
    r = await auth_api.client.post("/api/auth/login", json=body)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "request.invalid"


async def test_login_events_are_emitted(auth_api: AuthApi) -> None:
    await auth_api.login("alice")
    await auth_api.login("alice", "not-the-password")
    codes = auth_api.events.codes
    assert "access.login_succeeded" in codes
    assert "access.session_created" in codes
    assert "access.login_failed" in codes
    failed = auth_api.events.of("access.login_failed")[0]
    assert failed.client == "192.0.2.10"
