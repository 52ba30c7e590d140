from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.process import KEY, Deployment


@dataclass
class Running:
    deployment: Deployment
    admin: str
    alice: str
    bob: str
    revoked: str
    init_output: str


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root: Path = tmp_path_factory.mktemp("deployment")
    deployment = Deployment(root=root)
    init = deployment.cli("init")
    admin = KEY.search(init.stdout.split("admin key:")[1]).group()  # type: ignore[union-attr]
    alice = KEY.search(init.stdout.split("demo customer key:")[1]).group()  # type: ignore[union-attr]
    assert admin != alice
    bob = deployment.cli("keys", "create", "--role", "customer", "--customer", "cust-bob").stdout
    revoked = deployment.cli(
        "keys", "create", "--role", "customer", "--customer", "cust-bob"
    ).stdout
    revoked_key = KEY.findall(revoked)[0]
    deployment.cli("keys", "revoke", revoked_key[4:14])
    deployment.start()
    try:
        yield Running(
            deployment=deployment,
            admin=admin,
            alice=alice,
            bob=KEY.findall(bob)[0],
            revoked=revoked_key,
            init_output=init.stdout,
        )
    finally:
        deployment.stop()
