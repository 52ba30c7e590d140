"""Trust beyond the credential: device signatures on requests, and risk-based step-up.

A request that names a device (`X-Bastion-Device`) must carry a valid signature from that
user's device, or it is refused outright: a header that announces a signature which is then
ignored would let an attacker strip or forge it at no cost. A valid signature is evidence for
risk scoring.

Risk is scored only for users (session or access token) reaching a privileged permission. API
keys are machine credentials with no person to ask for a second factor, no device and no
habits; they are limited by their role and by revocation instead, so they skip this gate.
"""

from __future__ import annotations

from fastapi import Depends, Request

from bastion.access.devices import DEVICE_UNKNOWN, HEADER_DEVICE, SignedRequest
from bastion.access.rbac import Permission
from bastion.access.risk import MAX_RECENT_FAILURES, DeviceEvidence, RiskAssessment, RiskDecision
from bastion.access.stepup import credential_binding
from bastion.access.tokens import VerifiedToken
from bastion.config.build import Services
from bastion.core.errors import AccessDenied
from bastion.core.events import Event, Outcome
from bastion.core.types import Principal
from bastion.server.auth import principal as authenticate

PRIVILEGED = frozenset(
    {
        Permission.MANAGE_USERS,
        Permission.ADMIN_ACTIONS,
        Permission.ACCESS_SENSITIVE_DATA,
        Permission.VIEW_LOGS,
    }
)
"""Permissions whose misuse costs most: only these are risk-scored."""

USER_METHODS = frozenset({"jwt", "session"})
USER_REQUIRED = "access.user_required"
APPROVAL_REQUIRED = "access.approval_required"
RISK_DENIED = "access.risk_denied"
STEP_UP_UNBOUND = "access.step_up_unbound"


def client_of(request: Request) -> str | None:
    return request.client.host if request.client is not None else None


def require_user(who: Principal) -> str:
    """The user id of a signed-in person; API keys are refused with `access.user_required`."""
    if who.user_id is None or who.method not in USER_METHODS:
        raise AccessDenied(
            "this belongs to a signed-in user; API keys have no user, devices or second factor",
            code=USER_REQUIRED,
        )
    return who.user_id


def credential_of(request: Request, who: Principal) -> str:
    """The credential this request was authenticated with, as a step-up binding."""
    if who.method == "session":
        session_id = getattr(request.state, "session_id", None)
        if isinstance(session_id, str):
            return credential_binding("session", session_id)
    elif who.method == "jwt":
        token = getattr(request.state, "access_token", None)
        if isinstance(token, VerifiedToken):
            # The refresh family outlives each short access token; a step-up holds across them.
            if token.family_id is not None:
                return credential_binding("family", token.family_id)
            return credential_binding("token", token.jti)
    # Fail closed: a step-up that cannot be tied to a credential is never recorded or honoured.
    raise AccessDenied("this credential cannot carry a step-up", code=STEP_UP_UNBOUND)


def request_target(request: Request) -> str:
    """The request target as the client sent it: raw path, then `?` and the raw query."""
    scope = request.scope
    raw = scope.get("raw_path")
    # Servers differ on whether raw_path holds the query (httpx's test transport does, uvicorn
    # does not); the query is always taken from query_string, so both give the same target.
    if isinstance(raw, bytes) and raw:
        path = raw.decode("latin-1").partition("?")[0]
    else:
        path = request.url.path
    query = scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


async def device_evidence(
    request: Request,
    who: Principal = Depends(authenticate),  # noqa: B008 - FastAPI's dependency idiom
) -> DeviceEvidence:
    """SIGNED for a valid device signature, NONE without one; 401 for any bad signature."""
    if HEADER_DEVICE.lower() not in request.headers:
        return DeviceEvidence.NONE
    svc: Services = request.app.state.services
    if who.user_id is None:
        raise AccessDenied("API keys cannot sign with a user's device", code=DEVICE_UNKNOWN)
    trust = svc.trust
    try:
        signed = SignedRequest.from_headers(
            method=request.method,
            target=request_target(request),
            body=await request.body(),
            headers=request.headers,
        )
        record = await trust.devices.verify(signed, user_id=who.user_id)
    except AccessDenied as refused:
        # Failed signatures feed the risk score: someone may be working on this account.
        await trust.step_up.record_signature_failure(who.user_id)
        await _emit(svc, request, refused.code, Outcome.DENIED, who, {"check": "device"})
        raise
    request.state.device_id = record.id
    return DeviceEvidence.SIGNED


async def enforce_risk(
    request: Request, who: Principal, permission: Permission, evidence: DeviceEvidence
) -> None:
    """Let a user's privileged request through, demand a step-up, or refuse it, by risk."""
    if permission not in PRIVILEGED or who.user_id is None or who.method not in USER_METHODS:
        return
    svc: Services = request.app.state.services
    trust = svc.trust
    user_id = who.user_id
    client = client_of(request)
    failures = await trust.step_up.recent_failures(user_id)
    assessment = await trust.risk.evaluate(
        user_id=user_id,
        client=client,
        device=evidence,
        privileged=True,
        recent_failures=min(failures, MAX_RECENT_FAILURES),
    )
    decision = assessment.decision
    stepped_up = decision is RiskDecision.REQUIRE_MFA and await trust.step_up.is_fresh(
        user_id, binding=credential_of(request, who)
    )
    attributes = _risk_attributes(assessment, permission, stepped_up=stepped_up)
    if decision is RiskDecision.ALLOW or stepped_up:
        await _emit(svc, request, "access.risk_allowed", Outcome.SUCCESS, who, attributes)
        # Only a request that passed is learned from, so a refused one never makes its
        # network or hour look familiar.
        await trust.risk.learn(user_id=user_id, client=client)
        return
    if decision is RiskDecision.REQUIRE_MFA:
        await trust.mfa.require_step_up(user_id=user_id, reasons=assessment.codes)
    if decision is RiskDecision.REQUIRE_APPROVAL:
        await _emit(svc, request, APPROVAL_REQUIRED, Outcome.DENIED, who, attributes)
        raise AccessDenied(
            "this request is too risky to allow without an administrator's approval",
            code=APPROVAL_REQUIRED,
        )
    await _emit(svc, request, RISK_DENIED, Outcome.DENIED, who, attributes)
    raise AccessDenied("this request was refused as too risky", code=RISK_DENIED)


def _risk_attributes(
    assessment: RiskAssessment, permission: Permission, *, stepped_up: bool
) -> dict[str, str]:
    return {
        "permission": permission.value,
        "score": f"{assessment.score:.2f}",
        "decision": assessment.decision.value,
        "factors": ",".join(assessment.codes),
        "step_up": "fresh" if stepped_up else "none",
    }


async def _emit(
    svc: Services,
    request: Request,
    code: str,
    outcome: Outcome,
    who: Principal,
    attributes: dict[str, str],
) -> None:
    await svc.events.emit(
        Event(
            code=code,
            outcome=outcome,
            at=svc.clock.now(),
            actor=who.user_id or who.id,
            client=client_of(request),
            attributes=attributes,
        )
    )
