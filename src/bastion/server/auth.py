"""Request authentication: an API key as `Authorization: Bearer` or `X-API-Key`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from bastion.config.build import Services
from bastion.core.errors import AccessDenied
from bastion.core.types import Principal


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


ServicesDep = Annotated[Services, Depends(services)]


def presented_key(request: Request) -> str | None:
    """The key the client presented, or None. Two different keys at once are refused."""
    header = request.headers.get("authorization")
    bearer = None
    if header is not None:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise AccessDenied(
                "use `Authorization: Bearer <key>` or `X-API-Key: <key>`",
                code="access.invalid_key",
            )
        bearer = value.strip()
    api_key = request.headers.get("x-api-key")
    if bearer is not None and api_key is not None and bearer != api_key.strip():
        raise AccessDenied("two different credentials were presented", code="access.invalid_key")
    return bearer if bearer is not None else (api_key.strip() if api_key else None)


async def principal(request: Request, svc: ServicesDep) -> Principal:
    key = presented_key(request)
    if key is None:
        raise AccessDenied("authentication is required", code="access.missing_credentials")
    who = await svc.api_keys.authenticate(key)
    request.state.principal = who
    return who


PrincipalDep = Annotated[Principal, Depends(principal)]
