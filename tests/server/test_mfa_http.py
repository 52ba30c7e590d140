"""Second-factor enrolment, verification and risk-based step-up through the HTTP API."""

from __future__ import annotations

import pytest

from bastion.access.risk import RiskThresholds
from bastion.config.devices import risk_thresholds
from bastion.config.settings import Settings
from bastion.core.errors import ConfigurationError
from bastion.core.types import Role
from tests.server.auth_harness import AuthApi, auth_api
from tests.server.trust_harness import Caller, enrol, error_code, sign_in

__all__ = ["auth_api"]  # the fixture, re-exported for pytest

ADMIN_ROUTE = "/api/admin/users"
CLIENT = "192.0.2.10"  # the address the harness's transport reports


async def known_network(caller: Caller) -> None:
    """Make the caller's network familiar, as an earlier successful request would have."""
    await caller.api.services.trust.risk.learn(user_id=caller.user_id, client=CLIENT)


async def step_up(caller: Caller, code: str) -> None:
    r = await caller.request("POST", "/api/mfa/verify", body={"code": code})
    assert r.status_code == 200, r.text


# -- enrolment and verification ----------------------------------------------------------------


async def test_enrolment_gives_a_qr_ready_uri_and_recovery_codes_once(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    started = await alice.request("POST", "/api/mfa/enrol")
    assert started.headers["cache-control"] == "no-store"
    body = started.json()
    assert body["uri"].startswith("otpauth://totp/Bastion:alice?")
    assert f"secret={body['secret']}" in body["uri"]
    pending = (await alice.request("GET", "/api/mfa")).json()
    assert pending == {"enrolled": False, "step_up_fresh": False, "recovery_codes_left": 0}

    factor = await enrol(alice)  # a second enrolment replaces the unconfirmed first one
    assert len(factor.recovery_codes) == 10
    assert len(set(factor.recovery_codes)) == 10
    assert (await alice.request("GET", "/api/mfa")).json()["enrolled"] is True
    again = await alice.request("POST", "/api/mfa/enrol")
    assert again.status_code == 422
    assert error_code(again) == "access.mfa_already_enrolled"
    assert auth_api.events.of("access.mfa_enrolled")


async def test_a_code_works_once_and_steps_up_only_this_session(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    other_session = await sign_in(auth_api, "alice")
    factor = await enrol(alice)
    used_at_confirm = factor.code(auth_api.clock.now())
    reused = await alice.request("POST", "/api/mfa/verify", body={"code": used_at_confirm})
    assert reused.status_code == 403
    assert error_code(reused) == "access.mfa_code_reused"

    auth_api.clock.advance(30)
    verified = await alice.request(
        "POST", "/api/mfa/verify", body={"code": factor.code(auth_api.clock.now())}
    )
    assert verified.status_code == 200
    assert verified.json() == {
        "method": "totp",
        "step_up_expires_in": 600,
        "recovery_codes_left": 10,
    }
    assert (await alice.request("GET", "/api/mfa")).json()["step_up_fresh"] is True
    assert (await other_session.request("GET", "/api/mfa")).json()["step_up_fresh"] is False


async def test_verification_before_enrolment_is_refused(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    r = await alice.request("POST", "/api/mfa/verify", body={"code": "123456"})
    assert r.status_code == 403
    assert error_code(r) == "access.mfa_not_enrolled"


async def test_a_recovery_code_is_single_use(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    factor = await enrol(alice)
    code = factor.recovery_codes[0]
    first = await alice.request("POST", "/api/mfa/verify", body={"code": code.upper()})
    assert first.status_code == 200
    assert first.json()["method"] == "recovery_code"
    assert first.json()["recovery_codes_left"] == 9
    second = await alice.request("POST", "/api/mfa/verify", body={"code": code})
    assert second.status_code == 403
    assert error_code(second) == "access.mfa_invalid"


async def test_failed_codes_are_rate_limited_per_user(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    factor = await enrol(alice)
    for _ in range(5):
        wrong = await alice.request("POST", "/api/mfa/verify", body={"code": "000000"})
        assert error_code(wrong) in {"access.mfa_invalid", "access.mfa_code_reused"}
    auth_api.clock.advance(30)
    # Even the right code is not checked now: otherwise the limit would leak which guess hit.
    right = factor.code(auth_api.clock.now())
    limited = await alice.request("POST", "/api/mfa/verify", body={"code": right})
    assert limited.status_code == 429
    assert error_code(limited) == "access.mfa_rate_limited"
    assert int(limited.headers["retry-after"]) == 900
    auth_api.clock.advance(900)
    await step_up(alice, factor.code(auth_api.clock.now()))


async def test_recovery_codes_are_regenerated_only_after_a_fresh_verification(
    auth_api: AuthApi,
) -> None:
    alice = await sign_in(auth_api, "alice")
    factor = await enrol(alice)
    refused = await alice.request("POST", "/api/mfa/recovery-codes")
    assert refused.status_code == 403
    assert error_code(refused) == "access.step_up_required"

    await step_up(alice, factor.recovery_codes[0])
    fresh = await alice.request("POST", "/api/mfa/recovery-codes")
    assert fresh.status_code == 200
    assert fresh.headers["cache-control"] == "no-store"
    new_codes = fresh.json()["recovery_codes"]
    assert len(new_codes) == 10
    old = await alice.request("POST", "/api/mfa/verify", body={"code": factor.recovery_codes[1]})
    assert error_code(old) == "access.mfa_invalid"
    await step_up(alice, new_codes[0])


async def test_api_keys_have_no_second_factor(auth_api: AuthApi) -> None:
    issued = await auth_api.services.api_keys.create(role=Role.CUSTOMER, customer_id="cust-alice")
    r = await auth_api.client.post(
        "/api/mfa/enrol", headers={"Authorization": f"Bearer {issued.key}"}
    )
    assert r.status_code == 403
    assert error_code(r) == "access.user_required"


# -- risk decisions on privileged routes -------------------------------------------------------


async def test_unsigned_from_a_new_network_needs_approval(auth_api: AuthApi) -> None:
    # device_unsigned 0.2 + network_new 0.2 + permission_privileged 0.2 = 0.6: approval
    root = await sign_in(auth_api, "root")
    r = await root.request("GET", ADMIN_ROUTE)
    assert r.status_code == 403
    assert error_code(r) == "access.approval_required"
    (event,) = auth_api.events.of("access.approval_required")
    assert event.attributes["score"] == "0.60"
    assert event.attributes["permission"] == "manage:users"


async def test_step_up_is_required_then_satisfied_then_expires(auth_api: AuthApi) -> None:
    # device_unsigned 0.2 + permission_privileged 0.2 = 0.4: a second factor is required
    root = await sign_in(auth_api, "root")
    await known_network(root)
    factor = await enrol(root)
    required = await root.request("GET", ADMIN_ROUTE)
    assert required.status_code == 403
    assert error_code(required) == "access.step_up_required"

    auth_api.clock.advance(30)
    await step_up(root, factor.code(auth_api.clock.now()))
    assert (await root.request("GET", ADMIN_ROUTE)).status_code == 200
    assert auth_api.events.of("access.risk_allowed")[-1].attributes["step_up"] == "fresh"

    auth_api.clock.advance(601)
    expired = await root.request("GET", ADMIN_ROUTE)
    assert error_code(expired) == "access.step_up_required"


async def test_a_verification_makes_the_network_familiar(auth_api: AuthApi) -> None:
    root = await sign_in(auth_api, "root")
    factor = await enrol(root)
    assert error_code(await root.request("GET", ADMIN_ROUTE)) == "access.approval_required"
    auth_api.clock.advance(30)
    await step_up(root, factor.code(auth_api.clock.now()))
    # The network is now known (0.4) and this session is stepped up.
    assert (await root.request("GET", ADMIN_ROUTE)).status_code == 200


async def test_a_signed_device_on_a_known_network_needs_nothing_more(auth_api: AuthApi) -> None:
    # permission_privileged 0.2 alone stays under the MFA threshold of 0.3
    root = await sign_in(auth_api, "root")
    device = await root.register_device()
    await known_network(root)
    r = await root.request("GET", ADMIN_ROUTE, device=device)
    assert r.status_code == 200, r.text
    (allowed,) = auth_api.events.of("access.risk_allowed")
    assert allowed.attributes["score"] == "0.20"
    assert allowed.attributes["factors"] == "risk.permission_privileged"


async def test_recent_failures_push_a_request_to_denial(auth_api: AuthApi) -> None:
    # 0.6 as above + three failed codes (0.3, the cap) = 0.9: denied outright
    root = await sign_in(auth_api, "root")
    await enrol(root)
    for _ in range(3):
        await root.request("POST", "/api/mfa/verify", body={"code": "000000"})
    r = await root.request("GET", ADMIN_ROUTE)
    assert r.status_code == 403
    assert error_code(r) == "access.risk_denied"
    assert (
        auth_api.events.of("access.risk_denied")[0]
        .attributes["factors"]
        .endswith("risk.recent_failures")
    )


async def test_api_keys_skip_risk(auth_api: AuthApi) -> None:
    issued = await auth_api.services.api_keys.create(role=Role.ADMIN)
    r = await auth_api.client.get(ADMIN_ROUTE, headers={"Authorization": f"Bearer {issued.key}"})
    assert r.status_code == 200
    assert not auth_api.events.of("access.risk_allowed")


async def test_unprivileged_routes_are_not_scored(auth_api: AuthApi) -> None:
    alice = await sign_in(auth_api, "alice")
    assert (await alice.request("GET", "/api/me")).status_code == 200
    assert not [c for c in auth_api.events.codes if c.startswith("access.risk")]


@pytest.mark.parametrize(
    ("mfa", "approval", "deny", "ok"),
    [(0.3, 0.5, 0.7, True), (0.5, 0.7, 0.9, True), (0.5, 0.5, 0.9, False), (0.7, 0.5, 1, False)],
)
def test_thresholds_come_from_settings_and_must_ascend(
    mfa: float, approval: float, deny: float, ok: bool
) -> None:
    settings = Settings(
        risk_mfa_threshold=mfa, risk_approval_threshold=approval, risk_deny_threshold=deny
    )
    if ok:
        assert risk_thresholds(settings) == RiskThresholds(mfa=mfa, approval=approval, deny=deny)
    else:
        with pytest.raises(ConfigurationError):
            risk_thresholds(settings)
