"""Liveness and readiness: public, and names the failing dependency."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bastion import __version__
from bastion.core.errors import StoreError
from bastion.server.auth import ServicesDep
from bastion.server.permissions import public

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    version: str
    checks: dict[str, Literal["ok", "unavailable"]]


@router.get(
    "/api/health",
    response_model=Health,
    responses={503: {"model": Health}},
    dependencies=[Depends(public)],
)
async def health(svc: ServicesDep) -> JSONResponse:
    checks: dict[str, Literal["ok", "unavailable"]] = {"database": "ok"}
    try:
        await svc.store.ping()
    except StoreError:
        checks["database"] = "unavailable"
    healthy = all(v == "ok" for v in checks.values())
    body = Health(status="ok" if healthy else "unavailable", version=__version__, checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if healthy else 503)
