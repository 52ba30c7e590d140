"""TOTP and recovery codes: RFC 6238 answers, the window, single use, secrets out of sight."""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import replace
from datetime import UTC, datetime
from types import MappingProxyType
from urllib.parse import parse_qs, urlsplit

import pytest

from bastion.access.mfa import (
    RECOVERY_CODES,
    Mfa,
    MfaMethod,
    TotpEnrolment,
    hash_recovery_code,
    totp_at,
)
from bastion.core.errors import AccessDenied, CryptoError, InvalidInput
from bastion.crypto.keys import KeyRing
from bastion.crypto.sealing import FieldCipher
from bastion.store.memory_devices import MemoryDeviceStore
from bastion.testing import CapturingSink, FrozenClock

RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()

# RFC 6238 appendix B, SHA-1 column: (unix time, 8-digit TOTP).
RFC_6238_SHA1 = [
    (59, "94287082"),
    (1111111109, "07081804"),
    (1111111111, "14050471"),
    (1234567890, "89005924"),
    (2000000000, "69279037"),
    (20000000000, "65353130"),
]

NOW = datetime(2026, 5, 4, 10, 0, 10, tzinfo=UTC)
STEP = int(NOW.timestamp()) // 30


@pytest.mark.parametrize(("unix_time", "expected"), RFC_6238_SHA1)
def test_rfc_6238_known_answers_eight_digits(unix_time: int, expected: str) -> None:
    assert totp_at(RFC_SECRET, unix_time // 30, digits=8) == expected


@pytest.mark.parametrize(("unix_time", "expected"), RFC_6238_SHA1)
def test_rfc_6238_known_answers_six_digits(unix_time: int, expected: str) -> None:
    # Truncation is the same number mod 10^digits, so the 6-digit code is the last six digits.
    assert totp_at(RFC_SECRET, unix_time // 30) == expected[-6:]


class World:
    def __init__(self) -> None:
        self.clock = FrozenClock(NOW)
        self.store = MemoryDeviceStore()
        self.events = CapturingSink()
        ring = KeyRing(
            active_id="k1", keys=MappingProxyType({"k1": b"\x07" * 32}), origin="generated"
        )
        self.mfa = Mfa(
            store=self.store, cipher=FieldCipher(ring), clock=self.clock, events=self.events
        )

    async def enrolled(self, user_id: str = "usr_alice") -> tuple[TotpEnrolment, tuple[str, ...]]:
        enrolment = await self.mfa.enrol(user_id=user_id, login="alice")
        # Confirm with the previous step's code, so the current step is still free for tests.
        recovery = await self.mfa.confirm(user_id=user_id, code=totp_at(enrolment.secret, STEP - 1))
        return enrolment, recovery.codes


@pytest.fixture
def world() -> World:
    return World()


async def test_enrolment_gives_a_qr_ready_uri_and_stores_the_secret_sealed(world: World) -> None:
    enrolment = await world.mfa.enrol(user_id="usr_alice", login="alice@example.test")
    assert re.fullmatch(r"[A-Z2-7]{32}", enrolment.secret)  # 160 bits
    parts = urlsplit(enrolment.uri)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "otpauth",
        "totp",
        "/Bastion:alice%40example.test",
    )
    assert parse_qs(parts.query) == {"secret": [enrolment.secret], "issuer": ["Bastion"]}
    stored = await world.store.get_enrolment("usr_alice")
    assert stored is not None
    assert not stored.confirmed
    assert enrolment.secret not in stored.sealed_secret
    assert stored.sealed_secret.startswith("f1.k1.")
    assert not await world.mfa.is_enrolled("usr_alice")


async def test_confirming_activates_the_factor_and_issues_ten_recovery_codes(world: World) -> None:
    enrolment, codes = await world.enrolled()
    assert await world.mfa.is_enrolled("usr_alice")
    assert len(codes) == RECOVERY_CODES == len(set(codes))
    for code in codes:
        # 12 symbols from a 32-letter alphabet: 60 bits, above the 50 required.
        assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", code)
    assert await world.mfa.remaining_recovery_codes("usr_alice") == 10
    assert world.events.codes == ["access.mfa_enrolled"]
    assert enrolment.secret not in repr(world.events.events)


async def test_confirming_with_a_wrong_code_fails_and_leaves_it_pending(world: World) -> None:
    enrolment = await world.mfa.enrol(user_id="usr_alice", login="alice")
    wrong = f"{(int(totp_at(enrolment.secret, STEP)) + 1) % 10**6:06d}"
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.confirm(user_id="usr_alice", code=wrong)
    assert denied.value.code == "access.mfa_invalid"
    assert not await world.mfa.is_enrolled("usr_alice")
    assert world.events.codes == ["access.mfa_failed"]


@pytest.mark.parametrize("offset", [0, 1])
async def test_codes_within_one_step_either_side_are_accepted(world: World, offset: int) -> None:
    enrolment, _ = await world.enrolled()
    method = await world.mfa.verify(
        user_id="usr_alice", code=totp_at(enrolment.secret, STEP + offset)
    )
    assert method is MfaMethod.TOTP
    assert world.events.codes[-1] == "access.mfa_verified"


@pytest.mark.parametrize("offset", [-3, -2, 2, 3])
async def test_codes_outside_the_window_are_refused(world: World, offset: int) -> None:
    enrolment, _ = await world.enrolled()
    code = totp_at(enrolment.secret, STEP + offset)
    if code in {totp_at(enrolment.secret, STEP + d) for d in (-1, 0, 1)}:
        pytest.skip("the out-of-window code happens to equal an in-window one")
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=code)
    assert denied.value.code == "access.mfa_invalid"
    assert world.events.codes[-1] == "access.mfa_failed"


async def test_the_same_step_is_never_accepted_twice(world: World) -> None:
    enrolment, _ = await world.enrolled()
    code = totp_at(enrolment.secret, STEP)
    await world.mfa.verify(user_id="usr_alice", code=code)
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=code)
    assert denied.value.code == "access.mfa_code_reused"
    # Still inside its window 29 s later, still refused.
    world.clock.advance(29)
    with pytest.raises(AccessDenied):
        await world.mfa.verify(user_id="usr_alice", code=code)


async def test_an_older_step_is_refused_after_a_newer_one(world: World) -> None:
    enrolment, _ = await world.enrolled()
    await world.mfa.verify(user_id="usr_alice", code=totp_at(enrolment.secret, STEP + 1))
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=totp_at(enrolment.secret, STEP))
    assert denied.value.code == "access.mfa_code_reused"


async def test_the_confirming_code_cannot_be_replayed(world: World) -> None:
    enrolment = await world.mfa.enrol(user_id="usr_alice", login="alice")
    code = totp_at(enrolment.secret, STEP)
    await world.mfa.confirm(user_id="usr_alice", code=code)
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=code)
    assert denied.value.code == "access.mfa_code_reused"


async def test_recovery_codes_work_once_each(world: World) -> None:
    _, codes = await world.enrolled()
    assert await world.mfa.verify(user_id="usr_alice", code=codes[0]) is MfaMethod.RECOVERY_CODE
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=codes[0])
    assert denied.value.code == "access.mfa_invalid"
    # Typed in capitals without the dashes, a code is the same code.
    assert await world.mfa.verify(user_id="usr_alice", code=codes[1].replace("-", "").upper())
    assert await world.mfa.remaining_recovery_codes("usr_alice") == 8


async def test_recovery_codes_are_stored_hashed_and_bound_to_their_user(world: World) -> None:
    _, codes = await world.enrolled()
    await world.enrolled("usr_bob")
    stored = world.store._codes["usr_alice"]
    assert not set(codes) & set(stored)
    assert hash_recovery_code("usr_alice", codes[0]) in stored
    with pytest.raises(AccessDenied):
        await world.mfa.verify(user_id="usr_bob", code=codes[0])


async def test_regenerating_recovery_codes_kills_the_old_ones(world: World) -> None:
    _, old = await world.enrolled()
    new = await world.mfa.regenerate_recovery_codes(user_id="usr_alice")
    assert not set(old) & set(new.codes)
    with pytest.raises(AccessDenied):
        await world.mfa.verify(user_id="usr_alice", code=old[2])
    assert await world.mfa.verify(user_id="usr_alice", code=new.codes[2]) is MfaMethod.RECOVERY_CODE


async def test_a_live_factor_cannot_be_replaced_without_a_reset(world: World) -> None:
    await world.enrolled()
    with pytest.raises(InvalidInput) as refused:
        await world.mfa.enrol(user_id="usr_alice", login="alice")
    assert refused.value.code == "access.mfa_already_enrolled"
    assert await world.mfa.reset(user_id="usr_alice")
    assert not await world.mfa.reset(user_id="usr_alice")
    assert await world.mfa.remaining_recovery_codes("usr_alice") == 0
    await world.mfa.enrol(user_id="usr_alice", login="alice")


@pytest.mark.parametrize("code", ["123456", "", "abcd-efgh-jkmn", "１２３４５６", "12345678"])
async def test_verification_without_an_enrolled_factor_is_refused(world: World, code: str) -> None:
    await world.mfa.enrol(user_id="usr_alice", login="alice")  # pending only
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=code)
    assert denied.value.code == "access.mfa_not_enrolled"
    assert world.events.codes == ["access.mfa_failed"]


@pytest.mark.parametrize("code", ["", "12345", "1234567", "１２３４５６", "12 34 56", "abcdef"])
async def test_malformed_codes_are_refused(world: World, code: str) -> None:
    await world.enrolled()
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.verify(user_id="usr_alice", code=code)
    assert denied.value.code == "access.mfa_invalid"


async def test_a_sealed_secret_copied_to_another_user_does_not_open(world: World) -> None:
    await world.enrolled()
    alice = await world.store.get_enrolment("usr_alice")
    assert alice is not None
    await world.store.put_enrolment(replace(alice, user_id="usr_mallory", last_step=None))
    with pytest.raises(CryptoError):
        await world.mfa.verify(user_id="usr_mallory", code=totp_at("A" * 32, STEP))


async def test_step_up_is_an_event_and_a_denial(world: World) -> None:
    with pytest.raises(AccessDenied) as denied:
        await world.mfa.require_step_up(user_id="usr_alice", reasons=("risk.network_new",))
    assert denied.value.code == "access.step_up_required"
    event = world.events.of("access.step_up_required")[0]
    assert event.actor == "usr_alice"
    assert event.attributes["reasons"] == "risk.network_new"


async def test_secrets_never_appear_in_reprs_events_or_logs(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    enrolment = await world.mfa.enrol(user_id="usr_alice", login="alice")
    recovery = await world.mfa.confirm(user_id="usr_alice", code=totp_at(enrolment.secret, STEP))
    await world.mfa.verify(user_id="usr_alice", code=recovery.codes[0])
    with pytest.raises(AccessDenied):
        await world.mfa.verify(user_id="usr_alice", code=recovery.codes[0])
    stored = await world.store.get_enrolment("usr_alice")
    visible = " ".join(
        [repr(enrolment), repr(recovery), repr(stored), repr(world.events.events), caplog.text]
    )
    assert enrolment.secret not in visible
    assert "otpauth" not in visible
    assert stored is not None
    assert stored.sealed_secret not in visible
    for code in recovery.codes:
        assert code not in visible
