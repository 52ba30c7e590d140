"""Device registration and signed requests: every way a signature should fail, fails."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
from cryptography.hazmat.primitives.asymmetric.ed448 import Ed448PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as rsa_key
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from bastion.access.devices import (
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    DeviceRecord,
    Devices,
    SignedRequest,
    canonical_string,
    parse_public_key,
    sign_request,
)
from bastion.core.errors import AccessDenied, ConfigurationError, InvalidInput
from bastion.store.memory_devices import MemoryDeviceStore, MemoryNonceStore
from bastion.testing import CapturingSink, FrozenClock

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
TARGET = "/api/tickets?limit=5&customer=alice"
BODY = b'{"subject": "Parcel never arrived"}'


def raw_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def pem(public_key: object) -> str:
    return public_key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()  # type: ignore[attr-defined]


class World:
    def __init__(self) -> None:
        self.clock = FrozenClock(NOW)
        self.store = MemoryDeviceStore()
        self.events = CapturingSink()
        self.devices = Devices(
            store=self.store,
            nonces=MemoryNonceStore(clock=self.clock),
            clock=self.clock,
            events=self.events,
        )
        self.key = Ed25519PrivateKey.generate()

    async def register(self, user_id: str = "usr_alice") -> DeviceRecord:
        return await self.devices.register(
            user_id=user_id, public_key=raw_b64(self.key), name="laptop"
        )

    def headers(
        self,
        device: DeviceRecord,
        *,
        method: str = "POST",
        target: str = TARGET,
        body: bytes = BODY,
    ) -> dict[str, str]:
        return sign_request(
            self.key,
            device_id=device.id,
            method=method,
            target=target,
            body=body,
            timestamp=int(self.clock.now().timestamp()),
        )

    async def verify(
        self,
        headers: dict[str, str],
        *,
        method: str = "POST",
        target: str = TARGET,
        body: bytes = BODY,
        user_id: str = "usr_alice",
    ) -> DeviceRecord:
        request = SignedRequest.from_headers(
            method=method, target=target, body=body, headers=headers
        )
        return await self.devices.verify(request, user_id=user_id)


@pytest.fixture
def world() -> World:
    return World()


async def test_a_correctly_signed_request_verifies_and_marks_the_device_seen(world: World) -> None:
    device = await world.register()
    world.clock.advance(60)
    verified = await world.verify(world.headers(device))
    assert verified.id == device.id
    stored = await world.store.get_device(device.id)
    assert stored is not None
    assert stored.last_seen_at == world.clock.now()


async def test_header_names_are_case_insensitive(world: World) -> None:
    device = await world.register()
    headers = {k.lower(): v for k, v in world.headers(device).items()}
    assert (await world.verify(headers)).id == device.id


async def test_a_replayed_signature_is_refused(world: World) -> None:
    device = await world.register()
    headers = world.headers(device)
    await world.verify(headers)
    world.clock.advance(10)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.signature_replayed"
    assert "access.signature_replayed" in world.events.codes


async def test_a_replay_is_refused_for_as_long_as_its_timestamp_is_acceptable(world: World) -> None:
    device = await world.register()
    # Signed 299 s in the future: acceptable now and until 299 + 300 s from now.
    headers = sign_request(
        world.key,
        device_id=device.id,
        method="POST",
        target=TARGET,
        body=BODY,
        timestamp=int(NOW.timestamp()) + 299,
    )
    await world.verify(headers)
    world.clock.advance(598)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.signature_replayed"


@pytest.mark.parametrize("offset", [-301, 301, -86400, 10**6])
async def test_stale_and_future_timestamps_are_refused(world: World, offset: int) -> None:
    device = await world.register()
    headers = sign_request(
        world.key,
        device_id=device.id,
        method="POST",
        target=TARGET,
        body=BODY,
        timestamp=int(NOW.timestamp()) + offset,
    )
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.signature_stale"


@pytest.mark.parametrize("offset", [-300, 300])
async def test_timestamps_at_the_edge_of_the_window_pass(world: World, offset: int) -> None:
    device = await world.register()
    headers = sign_request(
        world.key,
        device_id=device.id,
        method="GET",
        target="/",
        body=b"",
        timestamp=int(NOW.timestamp()) + offset,
    )
    assert (await world.verify(headers, method="GET", target="/", body=b"")).id == device.id


async def test_the_window_is_configurable(world: World) -> None:
    strict = Devices(
        store=world.store,
        nonces=MemoryNonceStore(clock=world.clock),
        clock=world.clock,
        max_skew=30,
    )
    device = await world.register()
    headers = sign_request(
        world.key,
        device_id=device.id,
        method="GET",
        target="/",
        body=b"",
        timestamp=int(NOW.timestamp()) - 31,
    )
    request = SignedRequest.from_headers(method="GET", target="/", body=b"", headers=headers)
    with pytest.raises(AccessDenied) as denied:
        await strict.verify(request, user_id="usr_alice")
    assert denied.value.code == "access.signature_stale"
    with pytest.raises(ConfigurationError):
        Devices(store=world.store, nonces=MemoryNonceStore(), clock=world.clock, max_skew=0)


@pytest.mark.parametrize(
    "change",
    [
        {"body": BODY + b" "},
        {"body": b""},
        {"target": "/api/tickets?limit=500&customer=alice"},
        {"target": "/api/tickets"},
        {"target": "/api/admin/users?limit=5&customer=alice"},
        {"method": "DELETE"},
        {"method": "GET"},
    ],
)
async def test_a_signature_over_a_different_request_is_refused(
    world: World, change: dict[str, object]
) -> None:
    device = await world.register()
    headers = world.headers(device)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers, **change)  # type: ignore[arg-type]
    assert denied.value.code == "access.signature_invalid"


async def test_a_tampered_timestamp_or_nonce_header_is_refused(world: World) -> None:
    device = await world.register()
    headers = world.headers(device)
    moved = {**headers, HEADER_TIMESTAMP: str(int(headers[HEADER_TIMESTAMP]) + 1)}
    with pytest.raises(AccessDenied) as denied:
        await world.verify(moved)
    assert denied.value.code == "access.signature_invalid"
    other_nonce = dict(headers)
    other_nonce[HEADER_NONCE] = base64.urlsafe_b64encode(b"\x01" * 16).rstrip(b"=").decode()
    with pytest.raises(AccessDenied) as denied:
        await world.verify(other_nonce)
    assert denied.value.code == "access.signature_invalid"


async def test_a_signature_by_another_key_is_refused(world: World) -> None:
    device = await world.register()
    impostor = Ed25519PrivateKey.generate()
    headers = sign_request(
        impostor,
        device_id=device.id,
        method="POST",
        target=TARGET,
        body=BODY,
        timestamp=int(NOW.timestamp()),
    )
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.signature_invalid"


async def test_a_revoked_device_is_refused(world: World) -> None:
    device = await world.register()
    assert await world.devices.revoke(user_id="usr_alice", device_id=device.id)
    assert not await world.devices.revoke(user_id="usr_alice", device_id=device.id)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(world.headers(device))
    assert denied.value.code == "access.device_unknown"


async def test_another_users_device_is_refused_and_cannot_be_revoked_by_them(world: World) -> None:
    device = await world.register("usr_bob")
    with pytest.raises(AccessDenied) as denied:
        await world.verify(world.headers(device), user_id="usr_alice")
    assert denied.value.code == "access.device_unknown"
    assert not await world.devices.revoke(user_id="usr_alice", device_id=device.id)
    assert (await world.store.get_device(device.id)).active  # type: ignore[union-attr]


async def test_an_unregistered_device_id_is_refused(world: World) -> None:
    device = await world.register()
    headers = sign_request(
        world.key,
        device_id="dev_" + "0" * 20,
        method="POST",
        target=TARGET,
        body=BODY,
        timestamp=int(NOW.timestamp()),
    )
    assert device.id != "dev_" + "0" * 20
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.device_unknown"


@pytest.mark.parametrize(
    "broken",
    [
        {},
        {HEADER_SIGNATURE: ""},
        {HEADER_SIGNATURE: "not base64!"},
        {HEADER_SIGNATURE: base64.urlsafe_b64encode(b"x" * 63).decode()},
        {HEADER_TIMESTAMP: "-5"},
        {HEADER_TIMESTAMP: "1e9"},
        {HEADER_NONCE: base64.urlsafe_b64encode(b"short").decode()},
        {"X-Bastion-Device": "dev_../../etc"},
    ],
)
async def test_malformed_headers_are_refused_before_any_lookup(
    world: World, broken: dict[str, str]
) -> None:
    device = await world.register()
    headers = world.headers(device)
    if not broken:
        headers.pop(HEADER_SIGNATURE)
    headers.update(broken)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    assert denied.value.code == "access.signature_invalid"


async def test_denials_never_carry_the_signature_or_nonce(world: World) -> None:
    device = await world.register()
    headers = world.headers(device)
    await world.verify(headers)
    with pytest.raises(AccessDenied) as denied:
        await world.verify(headers)
    for secretish in (headers[HEADER_SIGNATURE], headers[HEADER_NONCE]):
        assert secretish not in str(denied.value)
        assert all(secretish not in repr(e) for e in world.events.events)


def test_the_canonical_string_is_the_documented_format() -> None:
    body_hash = hashlib.sha256(BODY).hexdigest()
    text = canonical_string(
        method="post",
        target=TARGET,
        body_sha256=body_hash,
        timestamp=1_777_888_999,
        nonce="AAAAAAAAAAAAAAAAAAAAAA",
        device_id="dev_0123456789abcdef0123",
    )
    assert text == (
        b"BASTION-DEVICE-V1\nPOST\n/api/tickets?limit=5&customer=alice\n1777888999\n"
        + body_hash.encode()
        + b"\nAAAAAAAAAAAAAAAAAAAAAA\ndev_0123456789abcdef0123"
    )
    with pytest.raises(AccessDenied):
        canonical_string(
            method="GET",
            target="/a\nPOST",
            body_sha256=body_hash,
            timestamp=1,
            nonce="n",
            device_id="d",
        )


def test_ed25519_keys_are_accepted_raw_or_as_pem() -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert parse_public_key(raw_b64(key)) == raw
    assert parse_public_key(raw_b64(key) + "=") == raw
    assert parse_public_key(pem(key.public_key())) == raw


@pytest.mark.parametrize(
    "public_key",
    [
        pytest.param(
            lambda: pem(rsa_key(public_exponent=65537, key_size=2048).public_key()), id="rsa"
        ),
        pytest.param(lambda: pem(generate_private_key(SECP256R1()).public_key()), id="p256"),
        pytest.param(lambda: pem(Ed448PrivateKey.generate().public_key()), id="ed448"),
        pytest.param(lambda: pem(X25519PrivateKey.generate().public_key()), id="x25519"),
    ],
)
async def test_other_key_types_are_refused_at_registration(
    world: World, public_key: object
) -> None:
    with pytest.raises(InvalidInput) as refused:
        await world.devices.register(user_id="usr_alice", public_key=public_key(), name="x")  # type: ignore[operator]
    assert refused.value.code == "access.device_key_unsupported"
    assert await world.store.list_devices("usr_alice") == []


@pytest.mark.parametrize(
    "public_key",
    [
        "",
        "AAAA",
        base64.urlsafe_b64encode(b"\x00" * 31).decode(),
        base64.urlsafe_b64encode(b"\x00" * 33).decode(),
        "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb",
    ],
)
async def test_unreadable_keys_are_refused_at_registration(world: World, public_key: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await world.devices.register(user_id="usr_alice", public_key=public_key, name="x")
    assert refused.value.code == "access.device_key_invalid"


async def test_registration_validates_name_duplicates_and_count(world: World) -> None:
    with pytest.raises(InvalidInput) as refused:
        await world.devices.register(user_id="usr_alice", public_key=raw_b64(world.key), name=" ")
    assert refused.value.code == "access.device_name_invalid"
    device = await world.register()
    assert device.id.startswith("dev_")
    assert device.created_at == NOW
    assert device.active
    assert "access.device_registered" in world.events.codes
    with pytest.raises(InvalidInput) as refused:
        await world.register()
    assert refused.value.code == "access.device_duplicate"
    for _ in range(19):
        other = Ed25519PrivateKey.generate()
        await world.devices.register(user_id="usr_alice", public_key=raw_b64(other), name="phone")
    with pytest.raises(InvalidInput) as refused:
        await world.devices.register(
            user_id="usr_alice", public_key=raw_b64(Ed25519PrivateKey.generate()), name="one more"
        )
    assert refused.value.code == "access.device_limit"
    assert len(await world.devices.list("usr_alice")) == 20
