"""Admin API, device signatures and step-up MFA through real HTTP to a real `bastion serve`."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bastion.access.devices import sign_request
from bastion.access.sessions import COOKIE_NAME, CSRF_HEADER
from tests.e2e.process import KEY, Deployment
from tests.e2e.test_auth_process import add_user
from tests.server.trust_harness import raw_public_key

pytestmark = pytest.mark.e2e

CAROL_PASSWORD = "copper-meadow-lantern-81"


@dataclass
class Session:
    """A browser session against the running server; requests may be signed by a device."""

    url: str
    cookie: str
    csrf: str

    def send(
        self,
        method: str,
        target: str,
        body: Any = None,
        *,
        signed: dict[str, str] | None = None,
    ) -> httpx.Response:
        content = json.dumps(body).encode() if body is not None else b""
        # Clients rightly never send a Secure cookie over plain http, so it is sent by hand.
        headers = {"Cookie": f"{COOKIE_NAME}={self.cookie}", CSRF_HEADER: self.csrf}
        if body is not None:
            headers["Content-Type"] = "application/json"
        return httpx.request(
            method, self.url + target, content=content, headers=headers | (signed or {}), timeout=10
        )


@dataclass
class Running:
    deployment: Deployment
    admin_password: str
    admin_key: str

    def session(self, login: str, password: str) -> Session:
        r = httpx.post(
            self.deployment.url + "/api/auth/login",
            json={"login": login, "password": password, "mode": "session"},
            timeout=10,
        )
        assert r.status_code == 200, r.text
        return Session(self.deployment.url, r.cookies[COOKIE_NAME], r.json()["csrf_token"])

    def with_key(self, method: str, path: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.admin_key}"}
        return httpx.request(method, self.deployment.url + path, headers=headers, timeout=10)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root: Path = tmp_path_factory.mktemp("devices-deployment")
    deployment = Deployment(root=root)
    init = deployment.cli("init").stdout
    password = re.search(r"admin password:\s+(\S+)", init)
    key = KEY.search(init.split("admin key:")[1])
    assert password is not None, init
    assert key is not None, init
    add_user(deployment, "carol", CAROL_PASSWORD, "--role", "customer", "--customer", "cust-carol")
    deployment.start()
    try:
        yield Running(deployment, admin_password=password.group(1), admin_key=key.group())
    finally:
        deployment.stop()


def signed(key: Ed25519PrivateKey, device_id: str, method: str, target: str) -> dict[str, str]:
    return sign_request(
        key, device_id=device_id, method=method, target=target, body=b"", timestamp=int(time.time())
    )


def test_a_customer_cannot_call_the_admin_api(running: Running) -> None:
    carol = running.session("carol", CAROL_PASSWORD)
    r = carol.send("GET", "/api/admin/users")
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "access.permission_denied"


def test_the_last_admin_cannot_be_disabled(running: Running) -> None:
    users = running.with_key("GET", "/api/admin/users").json()["users"]
    (admin,) = [u for u in users if u["role"] == "admin"]
    r = running.with_key("POST", f"/api/admin/users/{admin['id']}/disable")
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "access.last_admin"


def test_a_replayed_device_signature_is_refused(running: Running) -> None:
    carol = running.session("carol", CAROL_PASSWORD)
    key = Ed25519PrivateKey.generate()
    registered = carol.send(
        "POST", "/api/devices", {"public_key": raw_public_key(key), "name": "p"}
    )
    assert registered.status_code == 201, registered.text
    headers = signed(key, registered.json()["id"], "GET", "/api/me?view=full")
    first = carol.send("GET", "/api/me?view=full", signed=headers)
    assert first.status_code == 200, first.text
    replayed = carol.send("GET", "/api/me?view=full", signed=headers)
    assert replayed.status_code == 401
    assert replayed.json()["error"]["code"] == "access.signature_replayed"


def test_step_up_is_required_then_satisfied_by_a_totp_code(running: Running) -> None:
    admin = running.session("admin", running.admin_password)
    key = Ed25519PrivateKey.generate()
    registered = admin.send(
        "POST", "/api/devices", {"public_key": raw_public_key(key), "name": "d"}
    )
    assert registered.status_code == 201, registered.text
    device_id = registered.json()["id"]

    # Signed device 0 + new network 0.2 + privileged 0.2 = 0.4: a second factor is required.
    required = admin.send(
        "GET", "/api/admin/users", signed=signed(key, device_id, "GET", "/api/admin/users")
    )
    assert required.status_code == 403
    assert required.json()["error"]["code"] == "access.step_up_required"

    secret = admin.send("POST", "/api/mfa/enrol").json()["secret"]
    totp = pyotp.TOTP(secret)
    step = int(time.time()) // 30
    confirmed = admin.send("POST", "/api/mfa/confirm", {"code": totp.at(step * 30)})
    assert confirmed.status_code == 200, confirmed.text
    # The confirming step is spent; the next one is inside the drift window from now on.
    verified = admin.send("POST", "/api/mfa/verify", {"code": totp.at((step + 1) * 30)})
    assert verified.status_code == 200, verified.text

    allowed = admin.send(
        "GET", "/api/admin/users", signed=signed(key, device_id, "GET", "/api/admin/users")
    )
    assert allowed.status_code == 200, allowed.text
    assert "carol" in {u["login"] for u in allowed.json()["users"]}
