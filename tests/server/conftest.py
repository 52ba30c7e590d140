from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.access.apikeys import ApiKeys
from bastion.config.bootstrap import seed_demo
from bastion.config.build import Services, build
from bastion.config.preflight import prepare
from bastion.config.settings import Settings
from bastion.core.types import Role
from bastion.server.app import create_app
from bastion.store.sql import SqlStore, upgrade
from bastion.testing import FrozenClock


@dataclass
class Keys:
    admin: str
    agent: str
    alice: str
    bob: str
    expired: str
    revoked: str
    viewer: str


@dataclass
class Api:
    client: httpx.AsyncClient
    keys: Keys
    services: Services
    clock: FrozenClock
    app: Any

    def auth(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}


async def make_keys(store: SqlStore, clock: FrozenClock) -> Keys:
    keys = ApiKeys(store=store, clock=clock)
    revoked = await keys.create(role=Role.CUSTOMER, customer_id="cust-bob")
    await keys.revoke(revoked.record.id)
    return Keys(
        admin=(await keys.create(role=Role.ADMIN)).key,
        agent=(await keys.create(role=Role.SUPPORT_AGENT)).key,
        alice=(await keys.create(role=Role.CUSTOMER, customer_id="cust-alice")).key,
        bob=(await keys.create(role=Role.CUSTOMER, customer_id="cust-bob")).key,
        expired=(
            await keys.create(
                role=Role.CUSTOMER,
                customer_id="cust-alice",
                expires_at=clock.now() - timedelta(seconds=1),
            )
        ).key,
        revoked=revoked.key,
        viewer=(await keys.create(role=Role.VIEWER)).key,
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", max_body_bytes=64 * 1024)


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[Api]:
    from datetime import UTC, datetime

    clock = FrozenClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    checked = prepare(settings)
    upgrade(settings.resolved_database_url)
    services = build(settings, preflight=checked, clock=clock)
    await seed_demo(services.store, clock=clock)
    keys = await make_keys(services.store, clock)
    app = create_app(services)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client, keys=keys, services=services, clock=clock, app=app)
    await services.close()
