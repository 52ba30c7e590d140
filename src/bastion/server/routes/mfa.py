"""The signed-in user's second factor: enrol TOTP, confirm it, verify it to step up.

A successful verification leaves a step-up marker on this credential for `step_up_seconds`,
which lets risky privileged requests through (`bastion.server.trust`). Failed codes are counted
per user and verification stops for the window after `mfa_max_failures` of them: three TOTP
codes and the unused recovery codes are all live at once, so guessing must be throttled here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.mfa import MFA_NOT_ENROLLED, MfaMethod, RecoveryCodes
from bastion.access.rbac import Permission
from bastion.config.build import Services
from bastion.core.errors import AccessDenied
from bastion.core.types import Principal
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires
from bastion.server.trust import client_of, credential_of, require_user

router = APIRouter(tags=["mfa"])
T = TypeVar("T")

FactorOwner = Annotated[Principal, Depends(requires(Permission.MANAGE_DEVICES))]
# Secrets and recovery codes appear in exactly one response each: no cache may keep it.
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class Code(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Six digits, or a recovery code such as `abcd-efgh-jkmn` (spaces and case tolerated).
    code: Annotated[str, Field(min_length=6, max_length=32)]


class EnrolmentOut(BaseModel):
    secret: str
    uri: str


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]


class StepUpOut(BaseModel):
    method: MfaMethod
    step_up_expires_in: int
    recovery_codes_left: int


class MfaStatus(BaseModel):
    enrolled: bool
    step_up_fresh: bool
    recovery_codes_left: int


@router.get("/api/mfa", response_model=MfaStatus)
async def status(request: Request, who: FactorOwner, svc: ServicesDep) -> MfaStatus:
    user_id = require_user(who)
    trust = svc.trust
    return MfaStatus(
        enrolled=await trust.mfa.is_enrolled(user_id),
        step_up_fresh=await trust.step_up.is_fresh(user_id, binding=credential_of(request, who)),
        recovery_codes_left=await trust.mfa.remaining_recovery_codes(user_id),
    )


@router.post("/api/mfa/enrol", response_model=EnrolmentOut)
async def enrol(who: FactorOwner, svc: ServicesDep) -> JSONResponse:
    """A new TOTP secret and its `otpauth://` URI; inactive until confirmed with a code."""
    user_id = require_user(who)
    started = await svc.trust.mfa.enrol(user_id=user_id, login=who.display or user_id)
    body = EnrolmentOut(secret=started.secret, uri=started.uri)
    return JSONResponse(body.model_dump(), headers=_NO_STORE)


@router.post("/api/mfa/confirm", response_model=RecoveryCodesOut)
async def confirm(body: Code, who: FactorOwner, svc: ServicesDep) -> JSONResponse:
    """Activate the pending enrolment with a first code; the recovery codes are shown once."""
    user_id = require_user(who)
    codes = await _counted(
        svc, user_id, lambda: svc.trust.mfa.confirm(user_id=user_id, code=body.code)
    )
    return _codes_response(codes)


@router.post("/api/mfa/verify", response_model=StepUpOut)
async def verify(request: Request, body: Code, who: FactorOwner, svc: ServicesDep) -> StepUpOut:
    """Check a TOTP or recovery code and step this credential up for a while."""
    user_id = require_user(who)
    trust = svc.trust
    binding = credential_of(request, who)
    method = await _counted(svc, user_id, lambda: trust.mfa.verify(user_id=user_id, code=body.code))
    await trust.step_up.mark(user_id, binding=binding)
    # A second factor is the strongest proof we get that this network is the user's own.
    await trust.risk.learn(user_id=user_id, client=client_of(request))
    return StepUpOut(
        method=method,
        step_up_expires_in=int(trust.step_up.policy.ttl.total_seconds()),
        recovery_codes_left=await trust.mfa.remaining_recovery_codes(user_id),
    )


@router.post("/api/mfa/recovery-codes", response_model=RecoveryCodesOut)
async def regenerate(request: Request, who: FactorOwner, svc: ServicesDep) -> JSONResponse:
    """Replace every recovery code; only within a fresh step-up on this credential."""
    user_id = require_user(who)
    trust = svc.trust
    if not await trust.step_up.is_fresh(user_id, binding=credential_of(request, who)):
        # New codes are a new way in: a stolen session alone must not be able to mint them.
        await trust.mfa.require_step_up(user_id=user_id, reasons=("mfa.recovery_codes",))
    return _codes_response(await trust.mfa.regenerate_recovery_codes(user_id=user_id))


async def _counted(svc: Services, user_id: str, attempt: Callable[[], Awaitable[T]]) -> T:
    """Run one code check behind the per-user attempt limit, counting a wrong code."""
    step_up = svc.trust.step_up
    await step_up.check_attempts(user_id)
    try:
        return await attempt()
    except AccessDenied as refused:
        if refused.code != MFA_NOT_ENROLLED:  # no factor to guess at, nothing to count
            await step_up.record_mfa_failure(user_id)
        raise


def _codes_response(codes: RecoveryCodes) -> JSONResponse:
    return JSONResponse(
        RecoveryCodesOut(recovery_codes=list(codes.codes)).model_dump(), headers=_NO_STORE
    )
