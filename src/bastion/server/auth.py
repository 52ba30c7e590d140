"""Request authentication: an API key, a bearer access token, or a browser session cookie.

Exactly one credential may be presented. Two different ones (a key and a cookie, a token and a
key) are refused rather than ranked: a request that carries both was built by confused or hostile
code, and picking one would let the other slip past whatever checked it. Cookie-authenticated
unsafe requests must also pass the CSRF checks, because browsers attach cookies to cross-site
requests on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request

from bastion.access.apikeys import PREFIX as API_KEY_PREFIX
from bastion.access.sessions import COOKIE_NAME, CSRF_FAILED, CSRF_HEADER, SESSION_INVALID
from bastion.access.tokens import TOKEN_REVOKED, VerifiedToken
from bastion.access.users import principal_for
from bastion.config.build import Services
from bastion.core.errors import AccessDenied
from bastion.core.events import Event, Outcome
from bastion.core.types import Principal

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
AMBIGUOUS = "access.ambiguous_credentials"
TOKEN_REJECTED = "access.token_rejected"  # noqa: S105 - an event code, not a secret


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


ServicesDep = Annotated[Services, Depends(services)]


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the client presented; at most one field is set."""

    api_key: str | None = None
    access_token: str | None = None
    session_id: str | None = None


def presented_credentials(request: Request) -> Credentials:
    """The one credential in the request (possibly none); two different ones are refused."""
    bearer = _bearer(request)
    header_key = (request.headers.get("x-api-key") or "").strip() or None
    cookie = request.cookies.get(COOKIE_NAME) or None
    # A `bst_` bearer value is an API key; any other bearer value is an access token.
    keys = {k for k in (header_key, bearer) if k is not None and k.startswith(API_KEY_PREFIX)}
    if header_key is not None:
        keys.add(header_key)
    token = bearer if bearer is not None and bearer not in keys else None
    kinds = len(keys) + (token is not None) + (cookie is not None)
    if kinds > 1:
        raise AccessDenied("two different credentials were presented", code=AMBIGUOUS)
    return Credentials(api_key=next(iter(keys), None), access_token=token, session_id=cookie)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise AccessDenied(
            "use `Authorization: Bearer <key or token>` or `X-API-Key: <key>`",
            code="access.invalid_key",
        )
    return value.strip()


def presented_key(request: Request) -> str | None:
    """The API key the client presented, or None."""
    return presented_credentials(request).api_key


async def principal(request: Request, svc: ServicesDep) -> Principal:
    """Authenticate the request by whichever single credential it carries."""
    credentials = presented_credentials(request)
    if credentials.api_key is not None:
        who = await svc.api_keys.authenticate(credentials.api_key)
    elif credentials.access_token is not None:
        who = await _from_access_token(request, svc, credentials.access_token)
    elif credentials.session_id is not None:
        who = await _from_session(request, svc, credentials.session_id)
    else:
        raise AccessDenied("authentication is required", code="access.missing_credentials")
    request.state.principal = who
    return who


PrincipalDep = Annotated[Principal, Depends(principal)]


async def _from_access_token(request: Request, svc: Services, token: str) -> Principal:
    try:
        verified = await svc.tokens.access.verify(token)
        who = await _current_user(svc, verified)
    except AccessDenied as refused:
        # The reason code only: the token itself never reaches a log.
        await svc.events.emit(
            Event(
                code=TOKEN_REJECTED,
                outcome=Outcome.DENIED,
                at=svc.clock.now(),
                client=request.client.host if request.client is not None else None,
                attributes={"reason": refused.code},
            )
        )
        raise
    # Logout revokes exactly the token that authenticated the request.
    request.state.access_token = verified
    return who


async def _current_user(svc: Services, verified: VerifiedToken) -> Principal:
    """The token's user as stored now; a token outlives no change of role or binding."""
    claimed = verified.principal
    user = await svc.identity.users.get(claimed.user_id or "")
    # The signature proves what was true at issue. A demoted or rebound user must not keep the
    # old rights for the rest of the token's lifetime, so the claims must still match the record.
    if user is None or not user.active or user.role != claimed.role:
        raise AccessDenied("the access token no longer matches the account", code=TOKEN_REVOKED)
    if user.role.customer_bound and user.customer_id != claimed.customer_id:
        raise AccessDenied("the access token no longer matches the account", code=TOKEN_REVOKED)
    return principal_for(user, method="jwt")


async def _from_session(request: Request, svc: Services, session_id: str) -> Principal:
    sessions = svc.identity.sessions
    record = await sessions.resolve(session_id)
    user = await svc.identity.users.get(record.user_id)
    signed_out = (
        user is not None
        and user.tokens_valid_after is not None
        and record.created_at < user.tokens_valid_after
    )
    if user is None or not user.active or signed_out:
        await sessions.end(session_id)
        raise AccessDenied("the session is not valid; log in again", code=SESSION_INVALID)
    if request.method in UNSAFE_METHODS:
        if cross_site(request, allowed_origins=svc.settings.cors_origins):
            await sessions.csrf_failed(user.id, reason="origin")
            raise AccessDenied("cross-site requests cannot use the session", code=CSRF_FAILED)
        await sessions.check_csrf(record, request.headers.get(CSRF_HEADER))
    request.state.session_id = session_id
    return principal_for(user, method="session")


def cross_site(request: Request, *, allowed_origins: list[str]) -> bool:
    """True when the browser says the request comes from another site than this one."""
    # Fetch metadata is set by the browser and cannot be forged by page scripts.
    if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False  # not a browser, or a same-origin GET-like request; the CSRF token decides
    if origin in allowed_origins:
        return False
    host = request.headers.get("host", "")
    parts = urlsplit(origin)
    # "null" (sandboxed frames, redirects) and anything with another host are cross-site.
    return not parts.scheme or parts.netloc.lower() != host.lower()
