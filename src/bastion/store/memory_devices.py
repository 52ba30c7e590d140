"""Devices, risk profiles, second factors and replay nonces in process memory, lost on exit.

Same contracts as `SqlDeviceStore` and `RedisNonceStore` (tests/store/test_devices_contract.py
runs one suite over all of them). Each method runs without awaiting, so on one event loop every
check-and-set here is atomic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bastion.access.devices import DeviceRecord
from bastion.access.mfa import MfaEnrolment
from bastion.access.risk import HOURS, RiskProfile
from bastion.core.clock import Clock, SystemClock
from bastion.core.errors import StoreError
from bastion.store.timestamps import to_utc

_MIN_SWEEP = 1024


class MemoryDeviceStore:
    """`DeviceStore`, `RiskProfileStore` and `MfaStore` held in dictionaries."""

    def __init__(self) -> None:
        self._devices: dict[str, DeviceRecord] = {}
        self._prefixes: dict[str, set[str]] = {}
        self._hours: dict[str, list[int]] = {}
        self._enrolments: dict[str, MfaEnrolment] = {}
        # user id -> code hash -> used at (None while unused)
        self._codes: dict[str, dict[str, datetime | None]] = {}

    # -- devices ---------------------------------------------------------------------------

    async def add_device(self, record: DeviceRecord) -> None:
        """Store a new device; an id already in use is a StoreError."""
        if record.id in self._devices:
            raise StoreError("the change conflicts with stored data", code="store.conflict")
        self._devices[record.id] = replace(record, created_at=to_utc(record.created_at))

    async def get_device(self, device_id: str) -> DeviceRecord | None:
        return self._devices.get(device_id)

    async def list_devices(self, user_id: str) -> list[DeviceRecord]:
        """The user's devices, revoked ones included, oldest first."""
        mine = [d for d in self._devices.values() if d.user_id == user_id]
        return sorted(mine, key=lambda d: (d.created_at, d.id))

    async def revoke_device(self, device_id: str, *, at: datetime) -> bool:
        """Mark the device revoked; False when it does not exist or was already revoked."""
        record = self._devices.get(device_id)
        if record is None or record.revoked_at is not None:
            return False
        self._devices[device_id] = replace(record, revoked_at=to_utc(at))
        return True

    async def touch_device(self, device_id: str, *, at: datetime) -> None:
        record = self._devices.get(device_id)
        if record is not None:
            self._devices[device_id] = replace(record, last_seen_at=to_utc(at))

    # -- risk profiles ---------------------------------------------------------------------

    async def get_risk_profile(self, user_id: str) -> RiskProfile:
        return RiskProfile(
            user_id=user_id,
            prefixes=frozenset(self._prefixes.get(user_id, ())),
            hours=tuple(self._hours.get(user_id, [0] * HOURS)),
        )

    async def record_sighting(
        self, user_id: str, *, prefix: str | None, hour: int, at: datetime
    ) -> None:
        if not 0 <= hour < HOURS:
            raise ValueError("hour must be within [0, 24)")
        if prefix is not None:
            self._prefixes.setdefault(user_id, set()).add(prefix)
        self._hours.setdefault(user_id, [0] * HOURS)[hour] += 1

    # -- second factor ---------------------------------------------------------------------

    async def put_enrolment(self, enrolment: MfaEnrolment) -> None:
        self._enrolments[enrolment.user_id] = replace(
            enrolment, created_at=to_utc(enrolment.created_at)
        )
        self._codes.pop(enrolment.user_id, None)

    async def get_enrolment(self, user_id: str) -> MfaEnrolment | None:
        return self._enrolments.get(user_id)

    async def confirm_enrolment(self, user_id: str, *, at: datetime) -> bool:
        enrolment = self._enrolments.get(user_id)
        if enrolment is None or enrolment.confirmed_at is not None:
            return False
        self._enrolments[user_id] = replace(enrolment, confirmed_at=to_utc(at))
        return True

    async def claim_step(self, user_id: str, step: int) -> bool:
        enrolment = self._enrolments.get(user_id)
        if enrolment is None or (enrolment.last_step is not None and enrolment.last_step >= step):
            return False
        self._enrolments[user_id] = replace(enrolment, last_step=step)
        return True

    async def delete_enrolment(self, user_id: str) -> bool:
        self._codes.pop(user_id, None)
        return self._enrolments.pop(user_id, None) is not None

    async def replace_recovery_codes(
        self, user_id: str, code_hashes: Sequence[str], *, at: datetime
    ) -> None:
        self._codes[user_id] = dict.fromkeys(code_hashes)

    async def use_recovery_code(self, user_id: str, code_hash: str, *, at: datetime) -> bool:
        codes = self._codes.get(user_id, {})
        if code_hash not in codes or codes[code_hash] is not None:
            return False
        codes[code_hash] = to_utc(at)
        return True

    async def count_recovery_codes(self, user_id: str) -> int:
        return sum(1 for used in self._codes.get(user_id, {}).values() if used is None)


class MemoryNonceStore:
    """`NonceStore` in a dictionary, expiring entries by the injected clock's monotonic time."""

    def __init__(self, *, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or SystemClock()
        self._expiry: dict[tuple[str, str], float] = {}
        self._sweep_at = _MIN_SWEEP

    async def remember(self, device_id: str, nonce: str, ttl: float) -> bool:
        now = self._clock.monotonic()
        if len(self._expiry) >= self._sweep_at:
            # Sweep whenever the table doubles, so memory follows the live window rather than
            # all history at an amortised constant cost per call.
            self._expiry = {k: t for k, t in self._expiry.items() if t > now}
            self._sweep_at = max(_MIN_SWEEP, 2 * len(self._expiry))
        key = (device_id, nonce)
        expires = self._expiry.get(key)
        if expires is not None and expires > now:
            return False
        self._expiry[key] = now + ttl
        return True
