"""Device registration and signed requests through the HTTP API, in process."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bastion.access.devices import HEADER_DEVICE, HEADER_SIGNATURE, sign_request
from bastion.core.types import Role
from tests.server.auth_harness import AuthApi, auth_api
from tests.server.trust_harness import enrol, error_code, raw_public_key, sign_in

__all__ = ["auth_api"]  # the fixture, re-exported for pytest

TICKET = {"subject": "Late parcel", "description": "The parcel is two weeks late now."}


async def test_a_user_registers_lists_and_revokes_a_device(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device("phone")
    listed = (await alice.request("GET", "/api/devices")).json()["devices"]
    assert [(d["id"], d["name"], d["active"]) for d in listed] == [(device.id, "phone", True)]
    assert listed[0]["public_key"] == raw_public_key(device.key)

    assert (await alice.request("DELETE", f"/api/devices/{device.id}")).status_code == 204
    again = await alice.request("DELETE", f"/api/devices/{device.id}")
    assert again.status_code == 404
    assert error_code(again) == "access.device_not_found"
    assert auth_api.events.of("access.device_revoked")


async def test_another_users_device_can_be_neither_revoked_nor_used(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    root = await sign_in(auth_api, "root")
    roots_device = await root.register_device()
    assert (await alice.request("DELETE", f"/api/devices/{roots_device.id}")).status_code == 404
    # Alice even holds the key: the device is still not hers.
    r = await alice.request("GET", "/api/me", device=roots_device)
    assert r.status_code == 401
    assert error_code(r) == "access.device_unknown"


async def test_api_keys_have_no_devices(auth_api: AuthApi) -> None:
    issued = await auth_api.services.api_keys.create(role=Role.CUSTOMER, customer_id="cust-alice")
    bearer = {"Authorization": f"Bearer {issued.key}"}
    r = await auth_api.client.get("/api/devices", headers=bearer)
    assert r.status_code == 403
    assert error_code(r) == "access.user_required"
    key = Ed25519PrivateKey.generate()
    signed = sign_request(
        key,
        device_id="dev_" + "0" * 20,
        method="GET",
        target="/api/me",
        body=b"",
        timestamp=int(auth_api.clock.now().timestamp()),
    )
    r = await auth_api.client.get("/api/me", headers={**bearer, **signed})
    assert r.status_code == 401
    assert error_code(r) == "access.device_unknown"


async def test_a_valid_signature_passes_and_marks_the_device_seen(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device()
    assert (await alice.request("GET", "/api/me", device=device)).status_code == 200
    # The query is part of the signed target, and a body is signed by its digest.
    listed = await alice.request("GET", "/api/tickets?limit=5&x=%20y", device=device)
    assert listed.status_code == 200, listed.text
    created = await alice.request("POST", "/api/tickets", body=TICKET, device=device)
    assert created.status_code == 201, created.text
    seen = (await alice.request("GET", "/api/devices")).json()["devices"][0]
    assert seen["last_seen_at"] is not None


async def test_a_replayed_signature_is_refused(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device()
    signed = sign_request(
        device.key,
        device_id=device.id,
        method="GET",
        target="/api/me",
        body=b"",
        timestamp=int(auth_api.clock.now().timestamp()),
    )
    assert (await alice.request("GET", "/api/me", extra=signed)).status_code == 200
    replayed = await alice.request("GET", "/api/me", extra=signed)
    assert replayed.status_code == 401
    assert error_code(replayed) == "access.signature_replayed"
    assert replayed.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("offset", "status"), [(-301, 401), (301, 401), (-299, 200), (299, 200)])
async def test_timestamps_beyond_the_skew_are_stale(
    auth_api: AuthApi, offset: int, status: int
) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device()
    now = int(auth_api.clock.now().timestamp())
    r = await alice.request("GET", "/api/me", device=device, timestamp=now + offset)
    assert r.status_code == status, r.text
    if status == 401:
        assert error_code(r) == "access.signature_stale"


async def test_a_signature_for_another_request_is_invalid(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device()
    for_me = sign_request(
        device.key,
        device_id=device.id,
        method="GET",
        target="/api/me",
        body=b"",
        timestamp=int(auth_api.clock.now().timestamp()),
    )
    moved = await alice.request("GET", "/api/tickets", extra=for_me)
    assert moved.status_code == 401
    assert error_code(moved) == "access.signature_invalid"
    tampered = await alice.request("GET", "/api/me", extra={**for_me, HEADER_SIGNATURE: "AAAA"})
    assert error_code(tampered) == "access.signature_invalid"


async def test_a_revoked_device_no_longer_signs(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    device = await alice.register_device()
    await alice.request("DELETE", f"/api/devices/{device.id}")
    r = await alice.request("GET", "/api/me", device=device)
    assert r.status_code == 401
    assert error_code(r) == "access.device_unknown"


async def test_a_device_header_alone_is_refused_not_ignored(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    r = await alice.request("GET", "/api/me", extra={HEADER_DEVICE: "dev_" + "1" * 20})
    assert r.status_code == 401
    assert error_code(r) == "access.signature_invalid"


@pytest.mark.parametrize(
    ("public_key", "code"),
    [
        ("not a key", "access.device_key_invalid"),
        ("AAAA", "access.device_key_invalid"),
    ],
)
async def test_bad_device_keys_are_refused(auth_api: AuthApi, public_key: str, code: str) -> None:
    alice = await sign_in(auth_api, "alice")
    r = await alice.request("POST", "/api/devices", body={"public_key": public_key, "name": "x"})
    assert r.status_code == 422
    assert error_code(r) == code


async def test_a_new_device_needs_a_fresh_second_factor_once_one_exists(
    auth_api: AuthApi,
) -> None:
    alice = await sign_in(auth_api, "alice")
    factor = await enrol(alice)
    key = Ed25519PrivateKey.generate()
    body = {"public_key": raw_public_key(key), "name": "new phone"}
    refused = await alice.request("POST", "/api/devices", body=body)
    assert refused.status_code == 403
    assert error_code(refused) == "access.step_up_required"
    auth_api.clock.advance(30)
    code = factor.code(auth_api.clock.now())
    assert (await alice.request("POST", "/api/mfa/verify", body={"code": code})).status_code == 200
    accepted = await alice.request("POST", "/api/devices", body=body)
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["id"].startswith("dev_")
