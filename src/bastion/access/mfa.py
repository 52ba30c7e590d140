"""Second factor: TOTP (RFC 6238) with single-use steps, and single-use recovery codes.

Enrolment is two steps, so a secret the user never managed to scan cannot lock them out:
`enrol` returns the secret and an `otpauth://` URI for a QR code and stores the secret sealed
(`FieldCipher`, bound to the user); `confirm` checks a first code from the authenticator app,
activates the factor and returns ten recovery codes, shown once and stored only as hashes.

Codes are SHA-1, 6 digits, 30-second steps: what every authenticator app implements. A code is
accepted for the current step and one step either side, for clock drift, and each step at most
once per user (RFC 6238 section 5.2): a code read over a shoulder or from a log is dead once used.
Attempts must be rate-limited by the caller; three live codes in a million is only safe that way.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NoReturn, Protocol

import pyotp

from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied, InvalidInput
from bastion.core.events import Event, EventSink, Outcome
from bastion.crypto.sealing import FieldCipher

ISSUER = "Bastion"
DIGITS = 6
STEP_S = 30
WINDOW_STEPS = 1
SECRET_BYTES = 20  # 160 bits, the HMAC-SHA-1 block-friendly size RFC 4226 recommends
RECOVERY_CODES = 10
RECOVERY_GROUPS = 3  # three groups of four base32 characters: 60 random bits per code
_RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # 32 symbols, no 0/o, 1/l look-alikes
_TOTP_CODE = re.compile(r"^[0-9]{6}$")

MFA_INVALID = "access.mfa_invalid"
MFA_REUSED = "access.mfa_code_reused"
MFA_NOT_ENROLLED = "access.mfa_not_enrolled"
STEP_UP_REQUIRED = "access.step_up_required"


class MfaMethod(enum.StrEnum):
    """Which second factor a verification used."""

    TOTP = "totp"
    RECOVERY_CODE = "recovery_code"


@dataclass(frozen=True, slots=True)
class MfaEnrolment:
    """What is stored about a user's TOTP factor; the secret only ever sealed."""

    user_id: str
    sealed_secret: str = field(repr=False)
    created_at: datetime
    confirmed_at: datetime | None = None
    last_step: int | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


@dataclass(frozen=True, slots=True)
class TotpEnrolment:
    """A fresh secret for the user's authenticator: shown once, never logged."""

    secret: str = field(repr=False)
    uri: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class RecoveryCodes:
    """Freshly issued recovery codes: shown to the user once and never stored in clear."""

    codes: tuple[str, ...] = field(repr=False)


class MfaStore(Protocol):
    """Persistence for TOTP enrolments and hashed recovery codes; implemented in `bastion.store`."""

    async def put_enrolment(self, enrolment: MfaEnrolment) -> None:
        """Store the enrolment, replacing the user's previous one and its recovery codes."""
        ...

    async def get_enrolment(self, user_id: str) -> MfaEnrolment | None: ...

    async def confirm_enrolment(self, user_id: str, *, at: datetime) -> bool:
        """Mark the pending enrolment confirmed; False when there is none pending."""
        ...

    async def claim_step(self, user_id: str, step: int) -> bool:
        """Record `step` as used; False unless it is later than every step used before (atomic)."""
        ...

    async def delete_enrolment(self, user_id: str) -> bool:
        """Remove the enrolment and its recovery codes; False when there was none."""
        ...

    async def replace_recovery_codes(
        self, user_id: str, code_hashes: Sequence[str], *, at: datetime
    ) -> None:
        """Drop the user's recovery codes and store these hashes instead."""
        ...

    async def use_recovery_code(self, user_id: str, code_hash: str, *, at: datetime) -> bool:
        """Mark the matching unused code used; False when none matches (atomic)."""
        ...

    async def count_recovery_codes(self, user_id: str) -> int:
        """How many unused recovery codes the user has left."""
        ...


def hash_recovery_code(user_id: str, code: str) -> str:
    """The stored form of a recovery code, bound to its user; input is normalised first."""
    # 60 random bits per code and single use make a fast hash enough: nothing to dictionary-attack.
    normalised = code.strip().lower().replace("-", "").replace(" ", "")
    return hashlib.sha256(f"bastion-recovery-v1\x00{user_id}\x00{normalised}".encode()).hexdigest()


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def totp_at(secret: str, step: int, *, digits: int = DIGITS) -> str:
    """The code of `secret` (base32) for the 30-second `step` since the epoch."""
    return pyotp.TOTP(secret, digits=digits, interval=STEP_S).generate_otp(step)


class Mfa:
    """Enrol, confirm, verify and reset a user's TOTP factor and recovery codes."""

    def __init__(
        self,
        *,
        store: MfaStore,
        cipher: FieldCipher,
        clock: Clock,
        events: EventSink | None = None,
        issuer: str = ISSUER,
    ) -> None:
        self._store = store
        self._cipher = cipher
        self._clock = clock
        self._events = events
        self._issuer = issuer

    async def enrol(self, *, user_id: str, login: str) -> TotpEnrolment:
        """Start enrolment with a new secret; refused while a confirmed factor exists."""
        current = await self._store.get_enrolment(user_id)
        if current is not None and current.confirmed:
            # Replacing a live factor must go through `reset`, behind a fresh verification;
            # otherwise a stolen session could swap in the thief's authenticator.
            raise InvalidInput(
                "a second factor is already enrolled; reset it first",
                code="access.mfa_already_enrolled",
            )
        secret = pyotp.random_base32(length=SECRET_BYTES * 8 // 5)
        await self._store.put_enrolment(
            MfaEnrolment(
                user_id=user_id,
                sealed_secret=self._cipher.encrypt(secret, context=_context(user_id)),
                created_at=self._clock.now(),
            )
        )
        uri = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_S).provisioning_uri(
            name=login, issuer_name=self._issuer
        )
        return TotpEnrolment(secret=secret, uri=uri)

    async def confirm(self, *, user_id: str, code: str) -> RecoveryCodes:
        """Activate a pending enrolment with a first code; returns the recovery codes, once."""
        enrolment = await self._store.get_enrolment(user_id)
        try:
            if enrolment is None or enrolment.confirmed:
                raise AccessDenied("there is no pending enrolment", code=MFA_NOT_ENROLLED)
            await self._check_totp(enrolment, code)
            if not await self._store.confirm_enrolment(user_id, at=self._clock.now()):
                raise AccessDenied("there is no pending enrolment", code=MFA_NOT_ENROLLED)
        except AccessDenied as denied:
            await self._emit("access.mfa_failed", Outcome.FAILURE, user_id, reason=denied.code)
            raise
        codes = await self._issue_recovery_codes(user_id)
        await self._emit("access.mfa_enrolled", Outcome.SUCCESS, user_id)
        return codes

    async def verify(self, *, user_id: str, code: str) -> MfaMethod:
        """Accept a TOTP code or an unused recovery code; AccessDenied otherwise."""
        enrolment = await self._store.get_enrolment(user_id)
        try:
            if enrolment is None or not enrolment.confirmed:
                raise AccessDenied("no second factor is enrolled", code=MFA_NOT_ENROLLED)
            if _TOTP_CODE.fullmatch(code.strip()):  # recovery codes never look like this
                await self._check_totp(enrolment, code)
                method = MfaMethod.TOTP
            else:
                digest = hash_recovery_code(user_id, code)
                if not await self._store.use_recovery_code(user_id, digest, at=self._clock.now()):
                    raise AccessDenied("the code is not valid", code=MFA_INVALID)
                method = MfaMethod.RECOVERY_CODE
        except AccessDenied as denied:
            await self._emit("access.mfa_failed", Outcome.FAILURE, user_id, reason=denied.code)
            raise
        await self._emit("access.mfa_verified", Outcome.SUCCESS, user_id, method=method.value)
        return method

    async def regenerate_recovery_codes(self, *, user_id: str) -> RecoveryCodes:
        """Replace every recovery code; call only behind a fresh verification."""
        enrolment = await self._store.get_enrolment(user_id)
        if enrolment is None or not enrolment.confirmed:
            raise AccessDenied("no second factor is enrolled", code=MFA_NOT_ENROLLED)
        return await self._issue_recovery_codes(user_id)

    async def remaining_recovery_codes(self, user_id: str) -> int:
        return await self._store.count_recovery_codes(user_id)

    async def is_enrolled(self, user_id: str) -> bool:
        enrolment = await self._store.get_enrolment(user_id)
        return enrolment is not None and enrolment.confirmed

    async def reset(self, *, user_id: str) -> bool:
        """Remove the factor and its recovery codes; False when there was none."""
        removed = await self._store.delete_enrolment(user_id)
        if removed:
            await self._emit("access.mfa_reset", Outcome.SUCCESS, user_id)
        return removed

    async def require_step_up(self, *, user_id: str, reasons: Sequence[str]) -> NoReturn:
        """Record that this request needs a fresh second factor, and refuse it until then."""
        await self._emit(STEP_UP_REQUIRED, Outcome.DENIED, user_id, reasons=",".join(reasons))
        raise AccessDenied("this request needs a second factor", code=STEP_UP_REQUIRED)

    async def _check_totp(self, enrolment: MfaEnrolment, code: str) -> None:
        candidate = code.strip()
        if not _TOTP_CODE.fullmatch(candidate):
            raise AccessDenied("the code is not valid", code=MFA_INVALID)
        secret = self._cipher.decrypt(enrolment.sealed_secret, context=_context(enrolment.user_id))
        now_step = int(self._clock.now().timestamp()) // STEP_S
        matched: int | None = None
        # Every step in the window is computed and compared in constant time, matched or not.
        for step in range(now_step - WINDOW_STEPS, now_step + WINDOW_STEPS + 1):
            if hmac.compare_digest(totp_at(secret, step), candidate) and matched is None:
                matched = step
        if matched is None:
            raise AccessDenied("the code is not valid", code=MFA_INVALID)
        if not await self._store.claim_step(enrolment.user_id, matched):
            raise AccessDenied("the code was already used", code=MFA_REUSED)

    async def _issue_recovery_codes(self, user_id: str) -> RecoveryCodes:
        codes = tuple(new_recovery_code() for _ in range(RECOVERY_CODES))
        hashes = [hash_recovery_code(user_id, c) for c in codes]
        await self._store.replace_recovery_codes(user_id, hashes, at=self._clock.now())
        return RecoveryCodes(codes=codes)

    async def _emit(self, code: str, outcome: Outcome, user_id: str, **attributes: str) -> None:
        if self._events is not None:
            await self._events.emit(
                Event(
                    code=code,
                    outcome=outcome,
                    at=self._clock.now(),
                    actor=user_id,
                    attributes=attributes,
                )
            )


def _context(user_id: str) -> str:
    return f"mfa.totp:{user_id}"
