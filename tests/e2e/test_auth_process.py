"""Logins, lockout and browser sessions through real HTTP to a real `bastion serve` process."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path

import httpx
import pytest

from bastion.access.sessions import COOKIE_NAME
from tests.e2e.process import Deployment

pytestmark = pytest.mark.e2e

CAROL_PASSWORD = "copper-meadow-lantern-81"
DAVE_PASSWORD = "silent-orchard-pebble-27"


@dataclass
class Running:
    deployment: Deployment
    admin_password: str

    def login(self, login: str, password: str, **headers: str) -> httpx.Response:
        return httpx.post(
            self.deployment.url + "/api/auth/login",
            json={"login": login, "password": password, "mode": "session"},
            headers=headers,
            timeout=10,
        )

    def get(self, path: str, cookie: str) -> httpx.Response:
        return httpx.get(self.deployment.url + path, headers=jar(cookie), timeout=10)

    def post(self, path: str, cookie: str, **headers: str) -> httpx.Response:
        return httpx.post(
            self.deployment.url + path, headers={**jar(cookie), **headers}, timeout=10
        )


def jar(cookie: str) -> dict[str, str]:
    # Clients rightly never send a Secure cookie over plain http, so the test sends it by hand.
    return {"Cookie": f"{COOKIE_NAME}={cookie}"}


def add_user(deployment: Deployment, login: str, password: str, *role: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bastion.cli", "users", "add", login, *role, "--password-stdin"],
        cwd=deployment.root,
        env=deployment.env,
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert password not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root: Path = tmp_path_factory.mktemp("auth-deployment")
    deployment = Deployment(root=root)
    init = deployment.cli("init").stdout
    found = re.search(r"admin password:\s+(\S+)", init)
    assert found is not None, init
    add_user(deployment, "carol", CAROL_PASSWORD, "--role", "customer", "--customer", "cust-carol")
    add_user(deployment, "dave", DAVE_PASSWORD, "--role", "support_agent")
    deployment.start()
    try:
        yield Running(deployment=deployment, admin_password=found.group(1))
    finally:
        deployment.stop()


def test_init_prints_the_admin_password_once_and_it_logs_in(running: Running) -> None:
    again = running.deployment.cli("init").stdout
    assert "admin password" not in again
    assert running.login("admin", running.admin_password).status_code == 200


def test_users_list_never_shows_hashes(running: Running) -> None:
    listing = running.deployment.cli("users", "list").stdout
    assert "carol" in listing
    assert "dave" in listing
    assert "argon2" not in listing


def test_session_cookie_attributes_over_http(running: Running) -> None:
    r = running.login("carol", CAROL_PASSWORD)
    assert r.status_code == 200
    header = r.headers["set-cookie"]
    assert header.startswith(f"{COOKIE_NAME}=")
    parsed = SimpleCookie()
    parsed.load(header)
    morsel = parsed[COOKIE_NAME]
    assert morsel["secure"] is True
    assert morsel["httponly"] is True
    assert morsel["samesite"].lower() == "lax"
    assert morsel["path"] == "/"
    assert morsel["domain"] == ""
    assert set(r.json()) == {"csrf_token", "expires_in"}


def test_csrf_logout_and_rotation_over_http(running: Running) -> None:
    first = running.login("carol", CAROL_PASSWORD)
    cookie, csrf = first.cookies[COOKIE_NAME], first.json()["csrf_token"]
    me = running.get("/api/me", cookie)
    assert me.status_code == 200
    assert me.json()["customer"]["id"] == "cust-carol"

    refused = running.post("/api/auth/logout", cookie)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "access.csrf_failed"

    rotated = httpx.post(
        running.deployment.url + "/api/auth/login",
        json={"login": "carol", "password": CAROL_PASSWORD, "mode": "session"},
        headers=jar(cookie),
        timeout=10,
    )
    fresh, fresh_csrf = rotated.cookies[COOKIE_NAME], rotated.json()["csrf_token"]
    assert fresh != cookie
    assert running.get("/api/me", cookie).status_code == 401  # the old id died at login

    stale = running.post("/api/auth/logout", fresh, **{"X-CSRF-Token": csrf})
    assert stale.status_code == 403  # a CSRF token belongs to its session only
    out = running.post("/api/auth/logout", fresh, **{"X-CSRF-Token": fresh_csrf})
    assert out.status_code == 204
    after = running.get("/api/me", fresh)
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "access.session_invalid"


def test_failures_look_alike_and_the_sixth_is_refused_with_the_right_password(
    running: Running,
) -> None:
    def shape(r: httpx.Response) -> tuple[int, str, str]:
        error = r.json()["error"]
        return r.status_code, error["code"], error["message"]

    unknown = running.login("nobody-here", DAVE_PASSWORD)
    wrong = [running.login("dave", "wrong-guess-number-x") for _ in range(5)]
    locked = running.login("dave", DAVE_PASSWORD)
    assert shape(unknown) == shape(wrong[0]) == shape(locked)
    assert shape(locked)[:2] == (401, "access.login_failed")
    assert "set-cookie" not in locked.headers
