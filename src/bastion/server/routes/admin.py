"""User and API key administration, behind `manage:users`; every decision is an event.

Two rules hold beyond the permission. No change may leave the deployment without an active
administrator. And an administrator hands out, or touches, only roles whose permissions are a
subset of their own (customer roles aside, being confined to one customer's objects):
`manage:users` must not be a ladder to `super_admin`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.apikeys import ApiKeyRecord
from bastion.access.passwords import MAX_LENGTH
from bastion.access.rbac import Permission
from bastion.access.users import UserRecord
from bastion.config.build import Services
from bastion.core.errors import AccessDenied, InvalidInput, NotFound
from bastion.core.events import Event, Outcome
from bastion.core.types import Principal, Role
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires

router = APIRouter(tags=["admin"])

Admin = Annotated[Principal, Depends(requires(Permission.MANAGE_USERS))]
UserId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
KeyId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9]+$")]
CustomerId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

ROLE_EXCEEDS_OWN = "access.role_exceeds_own"
# The one response that carries a new key must not be kept by any cache (RFC 9111 §5.2.2.5).
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_MAX_KEY_DAYS = 3650


class UserOut(BaseModel):
    id: str
    login: str
    role: Role
    customer_id: str | None
    active: bool
    created_at: str


class UserList(BaseModel):
    users: list[UserOut]


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    login: Annotated[str, Field(min_length=1, max_length=128)]
    password: Annotated[str, Field(min_length=1, max_length=MAX_LENGTH)]
    role: Role
    customer_id: CustomerId | None = None


class UserChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role | None = None
    customer_id: CustomerId | None = None
    active: bool | None = None


class KeyOut(BaseModel):
    id: str
    role: Role
    customer_id: str | None
    label: str
    status: str
    created_at: str
    expires_at: str | None
    revoked_at: str | None


class KeyList(BaseModel):
    keys: list[KeyOut]


class NewKey(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role
    customer_id: CustomerId | None = None
    label: Annotated[str, Field(max_length=100)] = ""
    expires_in_days: Annotated[int | None, Field(ge=1, le=_MAX_KEY_DAYS)] = None


class IssuedKeyOut(KeyOut):
    key: str


# -- users -------------------------------------------------------------------------------------


@router.get("/api/admin/users", response_model=UserList)
async def list_users(who: Admin, svc: ServicesDep) -> UserList:
    return UserList(users=[_user_out(u) for u in await svc.identity.users.list()])


@router.post("/api/admin/users", response_model=UserOut, status_code=201)
async def create_user(body: NewUser, who: Admin, svc: ServicesDep) -> UserOut:
    async with _refusals(svc, "admin.user_created", who, None):
        _may_grant(svc, who, body.role)
        user = await svc.identity.users.add(
            body.login, body.password, role=body.role, customer_id=body.customer_id
        )
    await _emit(svc, "admin.user_created", who, user.id, role=user.role.value)
    return _user_out(user)


@router.patch("/api/admin/users/{user_id}", response_model=UserOut)
async def change_user(user_id: UserId, body: UserChange, who: Admin, svc: ServicesDep) -> UserOut:
    """Change the role (and customer binding) and/or disable; re-enabling is not offered."""
    async with _refusals(svc, "admin.user_changed", who, user_id):
        return _user_out(await _change(svc, who, user_id, body))


async def _change(svc: Services, who: Principal, user_id: str, body: UserChange) -> UserRecord:
    user = await _touchable_user(svc, who, user_id)
    if body.active is True and not user.active:
        raise InvalidInput(
            "a disabled user cannot be re-enabled here; create a new account",
            code="admin.enable_unsupported",
        )
    if body.role is not None or body.customer_id is not None:
        role = body.role if body.role is not None else user.role
        _may_grant(svc, who, role)
        customer = body.customer_id if body.customer_id is not None else user.customer_id
        user = await svc.identity.users.set_role(user_id, role, customer_id=customer)
        await _emit(svc, "admin.role_changed", who, user_id, role=role.value)
    if body.active is False and user.active:
        user = await _disable(svc, who, user_id)
    return user


@router.post("/api/admin/users/{user_id}/disable", response_model=UserOut)
async def disable_user(user_id: UserId, who: Admin, svc: ServicesDep) -> UserOut:
    """Disable the user and end every session and token they hold."""
    async with _refusals(svc, "admin.user_disabled", who, user_id):
        await _touchable_user(svc, who, user_id)
        return _user_out(await _disable(svc, who, user_id))


async def _disable(svc: Services, who: Principal, user_id: str) -> UserRecord:
    identity = svc.identity
    # Disabling first: it refuses the last admin before anything is revoked.
    user = await identity.users.disable(user_id)
    sessions = await identity.sessions.end_all(user_id)
    families = await revoke_user_tokens(svc, user_id)
    await _emit(
        svc, "admin.user_disabled", who, user_id, sessions=str(sessions), families=str(families)
    )
    return user


async def revoke_user_tokens(svc: Services, user_id: str) -> int:
    """Revoke every access and refresh token of the user; the number of refresh families ended."""
    # Disabled users are refused at token verification already (the user cut-off); revoking
    # as well puts the fact on the revocation list that other instances check first.
    cutoff = await svc.identity.users.sign_out_everywhere(user_id)
    await svc.tokens.access.revoke_user(user_id, at=cutoff)
    return await svc.tokens.refresh.revoke_all_for_user(user_id)


# -- API keys ----------------------------------------------------------------------------------


@router.get("/api/admin/keys", response_model=KeyList)
async def list_keys(who: Admin, svc: ServicesDep) -> KeyList:
    now = svc.clock.now()
    return KeyList(keys=[_key_out(k, now) for k in await svc.api_keys.list()])


@router.post("/api/admin/keys", response_model=IssuedKeyOut, status_code=201)
async def create_key(body: NewKey, who: Admin, svc: ServicesDep) -> JSONResponse:
    """A new key, shown in this response only; listings never carry it."""
    async with _refusals(svc, "admin.key_created", who, None):
        _may_grant(svc, who, body.role)
    if body.role.customer_bound and body.customer_id is None:
        raise InvalidInput(
            f"the role {body.role.value} acts for one customer: give its customer id",
            code="access.customer_required",
        )
    now = svc.clock.now()
    expires = now + timedelta(days=body.expires_in_days) if body.expires_in_days else None
    issued = await svc.api_keys.create(
        role=body.role,
        customer_id=body.customer_id if body.role.customer_bound else None,
        label=body.label,
        expires_at=expires,
    )
    await _emit(svc, "admin.key_created", who, issued.record.id, role=body.role.value)
    out = IssuedKeyOut(key=issued.key, **_key_out(issued.record, now).model_dump())
    return JSONResponse(out.model_dump(mode="json"), status_code=201, headers=_NO_STORE)


@router.post("/api/admin/keys/{key_id}/revoke", response_model=KeyOut)
async def revoke_key(key_id: KeyId, who: Admin, svc: ServicesDep) -> KeyOut:
    record = await _existing_key(svc, key_id)
    async with _refusals(svc, "admin.key_revoked", who, key_id):
        _may_grant(svc, who, record.role)
    await svc.api_keys.revoke(key_id)
    await _emit(svc, "admin.key_revoked", who, key_id)
    return _key_out(await _existing_key(svc, key_id), svc.clock.now())


async def _existing_key(svc: Services, key_id: str) -> ApiKeyRecord:
    # The store offers no lookup by id to the domain; a listing is small enough to scan.
    found = next((k for k in await svc.api_keys.list() if k.id == key_id), None)
    if found is None:
        raise NotFound(f"no API key with id {key_id!r}", code="access.unknown_key")
    return found


# -- shared ------------------------------------------------------------------------------------


def _may_grant(svc: Services, who: Principal, role: Role) -> None:
    """Refuse a staff role carrying any permission the acting administrator lacks."""
    # Customer roles reach only their own customer's objects, so granting one lends no power
    # over anyone else's data, whatever its permission list says.
    if role.customer_bound:
        return
    policy = svc.access_policy
    if not policy.permissions_of(role) <= policy.permissions_of(who.role):
        raise AccessDenied(
            f"the role {role.value} has permissions yours does not", code=ROLE_EXCEEDS_OWN
        )


async def _touchable_user(svc: Services, who: Principal, user_id: str) -> UserRecord:
    user = await svc.identity.users.get(user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id!r}", code="access.unknown_user")
    # Managing someone more powerful would be a way to take their place.
    _may_grant(svc, who, user.role)
    return user


def _user_out(user: UserRecord) -> UserOut:
    return UserOut(
        id=user.id,
        login=user.login,
        role=user.role,
        customer_id=user.customer_id,
        active=user.active,
        created_at=user.created_at.isoformat(),
    )


def _key_out(record: ApiKeyRecord, now: datetime) -> KeyOut:
    return KeyOut(
        id=record.id,
        role=record.role,
        customer_id=record.customer_id,
        label=record.label,
        status=record.status(now),
        created_at=record.created_at.isoformat(),
        expires_at=_iso(record.expires_at),
        revoked_at=_iso(record.revoked_at),
    )


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


@asynccontextmanager
async def _refusals(
    svc: Services, code: str, who: Principal, target: str | None
) -> AsyncIterator[None]:
    """Report a refused administrative act as a denied `code` event, then let it propagate."""
    try:
        yield
    except AccessDenied as refused:
        await _emit(svc, code, who, target, outcome=Outcome.DENIED, reason=refused.code)
        raise


async def _emit(
    svc: Services,
    code: str,
    who: Principal,
    target: str | None,
    *,
    outcome: Outcome = Outcome.SUCCESS,
    **attributes: str,
) -> None:
    await svc.events.emit(
        Event(
            code=code,
            outcome=outcome,
            at=svc.clock.now(),
            actor=who.user_id or who.id,
            target=target,
            attributes=attributes,
        )
    )
