"""Signed-in callers, devices and second factors for the in-process HTTP tests."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
import pyotp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from bastion.access.devices import sign_request
from bastion.access.sessions import CSRF_HEADER
from tests.server.auth_harness import ORIGIN, AuthApi, cookie_header


def raw_public_key(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass
class Device:
    id: str
    key: Ed25519PrivateKey


@dataclass
class Caller:
    """One browser session of one user; every request carries its cookie and CSRF token."""

    api: AuthApi
    cookie: str
    csrf: str
    user_id: str

    async def request(
        self,
        method: str,
        target: str,
        *,
        body: Any = None,
        device: Device | None = None,
        timestamp: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send `body` as JSON; with a device, signed over exactly the bytes sent."""
        content = json.dumps(body).encode() if body is not None else b""
        headers = {**cookie_header(self.cookie), CSRF_HEADER: self.csrf, **ORIGIN}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if device is not None:
            when = timestamp if timestamp is not None else int(self.api.clock.now().timestamp())
            headers |= sign_request(
                device.key,
                device_id=device.id,
                method=method,
                target=target,
                body=content,
                timestamp=when,
            )
        headers |= extra or {}
        return await self.api.client.request(method, target, content=content, headers=headers)

    async def register_device(self, name: str = "laptop") -> Device:
        key = Ed25519PrivateKey.generate()
        r = await self.request(
            "POST", "/api/devices", body={"public_key": raw_public_key(key), "name": name}
        )
        assert r.status_code == 201, r.text
        return Device(id=r.json()["id"], key=key)


@dataclass
class Factor:
    """A confirmed TOTP factor: the secret (as the authenticator app holds it) and codes."""

    secret: str
    recovery_codes: list[str] = field(default_factory=list)

    def code(self, at: datetime) -> str:
        return pyotp.TOTP(self.secret).at(at)


async def sign_in(api: AuthApi, login: str) -> Caller:
    cookie, csrf = await api.session(login)
    user = await api.services.identity.users.find(login)
    assert user is not None
    return Caller(api=api, cookie=cookie, csrf=csrf, user_id=user.id)


async def enrol(caller: Caller) -> Factor:
    """Enrol and confirm a factor at the current step; the next code must wait a step."""
    started = await caller.request("POST", "/api/mfa/enrol")
    assert started.status_code == 200, started.text
    factor = Factor(secret=started.json()["secret"])
    confirmed = await caller.request(
        "POST", "/api/mfa/confirm", body={"code": factor.code(caller.api.clock.now())}
    )
    assert confirmed.status_code == 200, confirmed.text
    factor.recovery_codes = confirmed.json()["recovery_codes"]
    return factor


def error_code(response: httpx.Response) -> str:
    code: str = response.json()["error"]["code"]
    return code
