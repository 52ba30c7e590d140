"""The public signing keys (RFC 7517 key set), so that any service can verify Bastion's tokens."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bastion.server.auth import ServicesDep
from bastion.server.permissions import public

router = APIRouter(tags=["auth"])

# Keys change only when the key ring rotates; an hour of caching keeps verifiers from polling
# while a new key id still reaches them long before tokens signed with it are common.
_CACHE = {"Cache-Control": "public, max-age=3600"}


class KeySet(BaseModel):
    keys: list[dict[str, str]]


@router.get("/.well-known/jwks.json", response_model=KeySet, dependencies=[Depends(public)])
async def jwks(svc: ServicesDep) -> JSONResponse:
    """Every Ed25519 public key a token may be signed with, by `kid`; empty under HS256."""
    return JSONResponse(svc.tokens.access.jwks(), headers=_CACHE)
