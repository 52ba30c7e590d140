"""The signed-in user's devices: register an Ed25519 public key, list, revoke.

Signing requests with a device is described in `bastion.access.devices`; the check itself runs
for every signed-in request (`bastion.server.trust`). A registered device lowers the risk of a
user's requests, so once the user has a second factor, adding a device needs a fresh one.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.devices import DeviceRecord
from bastion.access.rbac import Permission
from bastion.core.errors import NotFound
from bastion.core.types import Principal
from bastion.server.auth import ServicesDep
from bastion.server.permissions import requires
from bastion.server.trust import credential_of, require_user

router = APIRouter(tags=["devices"])

DeviceOwner = Annotated[Principal, Depends(requires(Permission.MANAGE_DEVICES))]
DeviceId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class NewDevice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # A PEM public key is about 113 characters; the cap only bounds parsing work.
    public_key: Annotated[str, Field(min_length=1, max_length=1024)]
    name: Annotated[str, Field(min_length=1, max_length=100)]


class DeviceOut(BaseModel):
    id: str
    name: str
    public_key: str
    active: bool
    created_at: str
    last_seen_at: str | None
    revoked_at: str | None


class DeviceList(BaseModel):
    devices: list[DeviceOut]


@router.post("/api/devices", response_model=DeviceOut, status_code=201)
async def register_device(
    request: Request, body: NewDevice, who: DeviceOwner, svc: ServicesDep
) -> DeviceOut:
    user_id = require_user(who)
    trust = svc.trust
    if await trust.mfa.is_enrolled(user_id) and not await trust.step_up.is_fresh(
        user_id, binding=credential_of(request, who)
    ):
        # Otherwise a stolen session could enrol the thief's own device and look trusted.
        await trust.mfa.require_step_up(user_id=user_id, reasons=("device.register",))
    record = await trust.devices.register(
        user_id=user_id, public_key=body.public_key, name=body.name
    )
    return _device_out(record)


@router.get("/api/devices", response_model=DeviceList)
async def list_devices(who: DeviceOwner, svc: ServicesDep) -> DeviceList:
    user_id = require_user(who)
    return DeviceList(devices=[_device_out(d) for d in await svc.trust.devices.list(user_id)])


@router.delete("/api/devices/{device_id}", status_code=204)
async def revoke_device(device_id: DeviceId, who: DeviceOwner, svc: ServicesDep) -> Response:
    """Revoke one of the caller's devices; someone else's, or an unknown one, is a 404."""
    user_id = require_user(who)
    if not await svc.trust.devices.revoke(user_id=user_id, device_id=device_id):
        raise NotFound("no such active device of yours", code="access.device_not_found")
    return Response(status_code=204)


def _device_out(record: DeviceRecord) -> DeviceOut:
    return DeviceOut(
        id=record.id,
        name=record.name,
        public_key=record.public_key_b64,
        active=record.active,
        created_at=record.created_at.isoformat(),
        last_seen_at=record.last_seen_at.isoformat() if record.last_seen_at else None,
        revoked_at=record.revoked_at.isoformat() if record.revoked_at else None,
    )
