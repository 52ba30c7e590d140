"""Registered devices and Ed25519-signed requests, with stale and replayed signatures refused.

A user registers a device public key (Ed25519 only: raw 32 bytes in base64url, or a PEM
SubjectPublicKeyInfo). The device then signs every request it makes; the server checks the
signature in addition to the user's token or session, so a stolen token alone is not enough.

Wire format, version 1. The client sends four headers:

    X-Bastion-Device:     the device id returned at registration (`dev_...`)
    X-Bastion-Timestamp:  the current time in whole unix seconds, decimal, no sign
    X-Bastion-Nonce:      16 to 64 fresh random bytes, base64url without padding
    X-Bastion-Signature:  the 64-byte Ed25519 signature, base64url without padding

over this canonical string (UTF-8, lines joined by a single "\\n", no trailing newline):

    BASTION-DEVICE-V1
    <HTTP method, upper case>
    <request target exactly as sent: raw path, plus "?" and the raw query when there is one>
    <timestamp, the same digits as the header>
    <SHA-256 of the raw request body, lower-case hex; the hash of b"" when there is no body>
    <nonce, as in the header>
    <device id, as in the header>

The first line separates these signatures from anything else the device key might sign. The
server refuses a timestamp more than `max_skew` seconds (default 300) from its clock in either
direction, and a nonce it has already seen for the device while that timestamp could still
pass. `sign_request` below is a complete client.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied, ConfigurationError, InvalidInput
from bastion.core.events import Event, EventSink, Outcome

SCHEME = "BASTION-DEVICE-V1"
HEADER_DEVICE = "X-Bastion-Device"
HEADER_TIMESTAMP = "X-Bastion-Timestamp"
HEADER_NONCE = "X-Bastion-Nonce"
HEADER_SIGNATURE = "X-Bastion-Signature"

DEFAULT_MAX_SKEW_S = 300
MIN_NONCE_BYTES = 16  # 128 bits: a collision between honest nonces never happens in practice
MAX_NONCE_BYTES = 64
MAX_DEVICES_PER_USER = 20  # bounds what one account can make us store and scan
MAX_NAME_LEN = 100
DEVICE_PREFIX = "dev_"

DEVICE_UNKNOWN = "access.device_unknown"
SIGNATURE_INVALID = "access.signature_invalid"
SIGNATURE_STALE = "access.signature_stale"
SIGNATURE_REPLAYED = "access.signature_replayed"

_DEVICE_ID = re.compile(r"^dev_[0-9a-f]{20}$")
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_EMPTY_BODY = hashlib.sha256(b"").hexdigest()


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    """A registered device: its public key (raw 32 bytes) and lifecycle; nothing secret."""

    id: str
    user_id: str
    public_key: bytes
    name: str
    created_at: datetime
    last_seen_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def public_key_b64(self) -> str:
        """The key as a client registered it in raw form: base64url without padding."""
        return _b64encode(self.public_key)


class DeviceStore(Protocol):
    """Persistence for device records; implemented in `bastion.store`."""

    async def add_device(self, record: DeviceRecord) -> None:
        """Store a new device; an id already in use is a StoreError."""
        ...

    async def get_device(self, device_id: str) -> DeviceRecord | None: ...

    async def list_devices(self, user_id: str) -> list[DeviceRecord]:
        """The user's devices, revoked ones included, oldest first."""
        ...

    async def revoke_device(self, device_id: str, *, at: datetime) -> bool:
        """Mark the device revoked; False when it does not exist or was already revoked."""
        ...

    async def touch_device(self, device_id: str, *, at: datetime) -> None:
        """Record that the device was just used."""
        ...


class NonceStore(Protocol):
    """Nonces seen per device, forgotten after a time to live."""

    async def remember(self, device_id: str, nonce: str, ttl: float) -> bool:
        """Record the nonce for `ttl` seconds; False when it was already recorded (atomically)."""
        ...


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """One request's signature and everything it covers, as parsed from the wire."""

    method: str
    target: str
    body_sha256: str
    timestamp: int
    nonce: str
    device_id: str
    signature: bytes

    @classmethod
    def from_headers(
        cls, *, method: str, target: str, body: bytes, headers: Mapping[str, str]
    ) -> SignedRequest:
        """Parse the four headers (any case); AccessDenied `signature_invalid` if unusable."""
        lowered = {k.lower(): v for k, v in headers.items()}
        device_id = lowered.get(HEADER_DEVICE.lower(), "")
        timestamp = lowered.get(HEADER_TIMESTAMP.lower(), "")
        nonce = lowered.get(HEADER_NONCE.lower(), "")
        signature = _b64decode(lowered.get(HEADER_SIGNATURE.lower(), ""))
        nonce_bytes = _b64decode(nonce)
        if (
            not _DEVICE_ID.fullmatch(device_id)
            or not _TIMESTAMP.fullmatch(timestamp)
            or nonce_bytes is None
            or not MIN_NONCE_BYTES <= len(nonce_bytes) <= MAX_NONCE_BYTES
            or signature is None
            or len(signature) != 64
        ):
            raise AccessDenied(
                "the request signature headers are missing or malformed", code=SIGNATURE_INVALID
            )
        return cls(
            method=method.upper(),
            target=target,
            body_sha256=hashlib.sha256(body).hexdigest() if body else _EMPTY_BODY,
            timestamp=int(timestamp),
            nonce=nonce,
            device_id=device_id,
            signature=signature,
        )

    def canonical(self) -> bytes:
        """The exact bytes the device signed."""
        return canonical_string(
            method=self.method,
            target=self.target,
            body_sha256=self.body_sha256,
            timestamp=self.timestamp,
            nonce=self.nonce,
            device_id=self.device_id,
        )


def canonical_string(
    *, method: str, target: str, body_sha256: str, timestamp: int, nonce: str, device_id: str
) -> bytes:
    """The version-1 canonical string described in this module's docstring."""
    for part in (method, target, nonce, device_id):
        # A newline inside a part would let one request's fields be re-split as another's.
        if "\n" in part or "\r" in part:
            raise AccessDenied("the signed request holds a line break", code=SIGNATURE_INVALID)
    lines = (SCHEME, method.upper(), target, str(timestamp), body_sha256, nonce, device_id)
    return "\n".join(lines).encode("utf-8")


def sign_request(
    private_key: Ed25519PrivateKey,
    *,
    device_id: str,
    method: str,
    target: str,
    body: bytes,
    timestamp: int,
) -> dict[str, str]:
    """The four headers for one request, with a fresh random nonce (the client side)."""
    nonce = _b64encode(secrets.token_bytes(MIN_NONCE_BYTES))
    message = canonical_string(
        method=method,
        target=target,
        body_sha256=hashlib.sha256(body).hexdigest(),
        timestamp=timestamp,
        nonce=nonce,
        device_id=device_id,
    )
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: str(timestamp),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: _b64encode(private_key.sign(message)),
    }


def parse_public_key(text: str) -> bytes:
    """Raw 32-byte Ed25519 key from base64url or PEM; InvalidInput for anything else."""
    candidate = text.strip()
    if candidate.startswith("-----BEGIN"):
        try:
            key = load_pem_public_key(candidate.encode("ascii"))
        except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm) as exc:
            raise InvalidInput(
                "the device key is not a readable PEM public key", code="access.device_key_invalid"
            ) from exc
        if not isinstance(key, Ed25519PublicKey):
            raise InvalidInput(
                "only Ed25519 device keys are accepted", code="access.device_key_unsupported"
            )
        return key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    raw = _b64decode(candidate)
    if raw is None or len(raw) != 32:
        raise InvalidInput(
            "the device key must be 32 raw Ed25519 bytes in base64url, or a PEM public key",
            code="access.device_key_invalid",
        )
    try:
        # The same load verification will do, so a key it would refuse is refused here, at once.
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise InvalidInput(
            "the device key is not a valid Ed25519 key", code="access.device_key_invalid"
        ) from exc
    return raw


class Devices:
    """Register, list and revoke a user's devices, and verify their signed requests."""

    def __init__(
        self,
        *,
        store: DeviceStore,
        nonces: NonceStore,
        clock: Clock,
        max_skew: float = DEFAULT_MAX_SKEW_S,
        events: EventSink | None = None,
    ) -> None:
        if not 0 < max_skew <= 3600:
            raise ConfigurationError("the device signature max skew must be within (0, 3600] s")
        self._store = store
        self._nonces = nonces
        self._clock = clock
        self._max_skew = max_skew
        self._events = events

    async def register(self, *, user_id: str, public_key: str, name: str) -> DeviceRecord:
        """Store a new device for the user; InvalidInput for a bad key, name or a full list."""
        raw = parse_public_key(public_key)
        clean_name = name.strip()
        if not 0 < len(clean_name) <= MAX_NAME_LEN or not clean_name.isprintable():
            raise InvalidInput(
                f"the device name must be 1 to {MAX_NAME_LEN} printable characters",
                code="access.device_name_invalid",
            )
        existing = await self._store.list_devices(user_id)
        active = [d for d in existing if d.active]
        if any(d.public_key == raw for d in active):
            raise InvalidInput(
                "this key is already registered as a device", code="access.device_duplicate"
            )
        if len(active) >= MAX_DEVICES_PER_USER:
            raise InvalidInput(
                f"at most {MAX_DEVICES_PER_USER} devices per user; revoke one first",
                code="access.device_limit",
            )
        record = DeviceRecord(
            id=DEVICE_PREFIX + secrets.token_hex(10),
            user_id=user_id,
            public_key=raw,
            name=clean_name,
            created_at=self._clock.now(),
        )
        await self._store.add_device(record)
        await self._emit("access.device_registered", Outcome.SUCCESS, user_id, record.id)
        return record

    async def list(self, user_id: str) -> list[DeviceRecord]:
        return await self._store.list_devices(user_id)

    async def revoke(self, *, user_id: str, device_id: str) -> bool:
        """Revoke one of the user's own devices; False when it is not theirs or already revoked."""
        record = await self._store.get_device(device_id)
        if record is None or record.user_id != user_id:
            return False
        revoked = await self._store.revoke_device(device_id, at=self._clock.now())
        if revoked:
            await self._emit("access.device_revoked", Outcome.SUCCESS, user_id, device_id)
        return revoked

    async def verify(self, request: SignedRequest, *, user_id: str) -> DeviceRecord:
        """The user's device that signed `request`; AccessDenied with a stable code if none."""
        try:
            return await self._verify(request, user_id=user_id)
        except AccessDenied as denied:
            await self._emit(denied.code, Outcome.DENIED, user_id, request.device_id)
            raise

    async def _verify(self, request: SignedRequest, *, user_id: str) -> DeviceRecord:
        now = self._clock.now()
        # Cheap, stateless checks first; the nonce is stored only for a verified signature, so
        # unauthenticated traffic cannot fill the nonce store.
        if abs(now.timestamp() - request.timestamp) > self._max_skew:
            raise AccessDenied(
                "the request timestamp is outside the accepted window", code=SIGNATURE_STALE
            )
        record = await self._store.get_device(request.device_id)
        # One code for unknown, someone else's and revoked: no probing which device ids exist.
        if record is None or record.user_id != user_id or not record.active:
            raise AccessDenied(
                "the device is not registered to this user or has been revoked",
                code=DEVICE_UNKNOWN,
            )
        try:
            Ed25519PublicKey.from_public_bytes(record.public_key).verify(
                request.signature, request.canonical()
            )
        except (InvalidSignature, ValueError) as exc:
            raise AccessDenied(
                "the request signature is not valid", code=SIGNATURE_INVALID
            ) from exc
        # A timestamp up to max_skew in the future stays acceptable until max_skew after it, so
        # the nonce must be kept twice the skew to cover every moment it could be replayed.
        if not await self._nonces.remember(request.device_id, request.nonce, 2 * self._max_skew):
            raise AccessDenied("the request signature was already used", code=SIGNATURE_REPLAYED)
        await self._store.touch_device(record.id, at=now)
        return record

    async def _emit(self, code: str, outcome: Outcome, user_id: str, device_id: str) -> None:
        if self._events is not None:
            await self._events.emit(
                Event(
                    code=code,
                    outcome=outcome,
                    at=self._clock.now(),
                    actor=user_id,
                    target=device_id,
                )
            )


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes | None:
    stripped = text.rstrip("=")
    if not stripped or not _BASE64URL.fullmatch(stripped):
        return None
    try:
        return base64.urlsafe_b64decode(stripped + "=" * (-len(stripped) % 4))
    except (ValueError, binascii.Error):
        return None
