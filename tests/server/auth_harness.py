"""An in-process app with cheap password hashing, a frozen clock and captured events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bastion.access.passwords import PasswordHasher
from bastion.access.sessions import COOKIE_NAME
from bastion.config.bootstrap import seed_demo
from bastion.config.build import Services, build
from bastion.config.preflight import prepare
from bastion.config.settings import Settings
from bastion.core.types import Role
from bastion.server.app import create_app
from bastion.store.sql import upgrade
from bastion.testing import CapturingSink, FrozenClock
from tests.access.identity_harness import CHEAP, GOOD_PASSWORD, START

BASE = "https://bastion.test"
ORIGIN = {"Origin": BASE}


@dataclass
class AuthApi:
    client: httpx.AsyncClient
    services: Services
    clock: FrozenClock
    events: CapturingSink

    async def login(
        self, login: str, password: str = GOOD_PASSWORD, **extra: str
    ) -> httpx.Response:
        return await self.client.post(
            "/api/auth/login",
            json={"login": login, "password": password, "mode": "session"},
            headers=extra,
        )

    async def session(self, login: str = "alice") -> tuple[str, str]:
        """(cookie value, CSRF token) of a fresh session; the client's jar is left empty."""
        r = await self.login(login)
        assert r.status_code == 200, r.text
        cookie = r.cookies[COOKIE_NAME]
        self.client.cookies.clear()
        return cookie, r.json()["csrf_token"]


def cookie_header(session_id: str) -> dict[str, str]:
    return {"Cookie": f"{COOKIE_NAME}={session_id}"}


@pytest.fixture
async def auth_api(tmp_path: Path) -> AsyncIterator[AuthApi]:
    settings = Settings(data_dir=tmp_path / "data")
    clock = FrozenClock(START)
    events = CapturingSink()
    checked = prepare(settings)
    upgrade(settings.resolved_database_url)
    services = build(
        settings, preflight=checked, clock=clock, events=events, hasher=PasswordHasher(CHEAP)
    )
    await seed_demo(services.store, clock=clock)
    users = services.identity.users
    await users.add("alice", GOOD_PASSWORD, role=Role.CUSTOMER, customer_id="cust-alice")
    await users.add("root", GOOD_PASSWORD, role=Role.ADMIN)
    transport = httpx.ASGITransport(app=create_app(services), client=("192.0.2.10", 5555))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield AuthApi(client=client, services=services, clock=clock, events=events)
    await services.close()
