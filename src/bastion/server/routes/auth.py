"""Login, refresh and logout. Every failed login looks the same, whatever the reason."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.passwords import MAX_LENGTH
from bastion.access.refresh import REFRESH_INVALID, REFRESH_REVOKED, IssuedRefresh, hash_refresh
from bastion.access.sessions import COOKIE_NAME, CSRF_FAILED
from bastion.access.tokens import VerifiedToken
from bastion.access.users import UserRecord
from bastion.config.build import Services
from bastion.core.errors import AccessDenied, InvalidInput, RateLimited
from bastion.core.events import Event, Outcome
from bastion.core.types import Principal
from bastion.server.auth import ServicesDep, cross_site
from bastion.server.permissions import authenticated, public

router = APIRouter(tags=["auth"])

# Logging out acts on one's own credentials, so any signed-in principal may do it.
SignedIn = Annotated[Principal, Depends(authenticated)]

_FAILED_LOGIN: dict[int | str, dict[str, Any]] = {
    401: {"description": "the login failed (one answer for every reason)"}
}
_FAILED_REFRESH: dict[int | str, dict[str, Any]] = {
    401: {"description": "the refresh token is invalid, expired, revoked or was already used"},
    429: {"description": "too many invalid refresh tokens from this address"},
}
# RFC 6749 §5.1: responses carrying tokens must not be stored by any cache.
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    login: Annotated[str, Field(min_length=1, max_length=256)]
    # Longer than the policy allows, so an over-long guess fails like any other wrong password
    # rather than with a different status; the cap bounds the hashing work per request.
    password: Annotated[str, Field(min_length=1, max_length=4 * MAX_LENGTH)]
    mode: Literal["token", "session"] = "token"


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Annotated[str, Field(min_length=1, max_length=256)]


class LogoutRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Annotated[str | None, Field(min_length=1, max_length=256)] = None


class SessionLogin(BaseModel):
    csrf_token: str
    expires_in: int


class TokenLogin(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int
    refresh_token: str


def _client(request: Request) -> str | None:
    return request.client.host if request.client is not None else None


def set_session_cookie(response: Response, session_id: str, *, max_age: int) -> None:
    """The session cookie with every attribute the `__Host-` prefix and CSRF defence need."""
    response.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=max_age,
        path="/",  # required by __Host-, as are Secure and the absence of Domain
        secure=True,
        httponly=True,  # page scripts (and so XSS) cannot read it
        samesite="lax",  # not sent on cross-site subrequests or cross-site POSTs
    )


def clear_session_cookie(response: Response) -> None:
    # The deleting cookie needs the same prefix rules, or browsers ignore it.
    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="lax")


@router.post(
    "/api/auth/login",
    response_model=TokenLogin | SessionLogin,
    responses=_FAILED_LOGIN,
    dependencies=[Depends(public)],
)
async def login(request: Request, body: LoginRequest, svc: ServicesDep) -> JSONResponse:
    identity = svc.identity
    if body.mode == "session" and cross_site(request, allowed_origins=svc.settings.cors_origins):
        # Login CSRF: another site must not sign the browser in to an account of its choosing.
        await identity.sessions.csrf_failed(None, reason="login_origin")
        raise AccessDenied("cross-site requests cannot log in", code=CSRF_FAILED)
    user = await identity.users.authenticate(body.login, body.password, client=_client(request))
    if body.mode == "token":
        # One login, one refresh family: logout and reuse detection act on exactly this login.
        return await _token_pair(svc, user, await svc.tokens.refresh.issue(user_id=user.id))
    issued = await identity.sessions.create(
        user.id, replacing=request.cookies.get(COOKIE_NAME) or None
    )
    lifetime = int(identity.sessions.policy.absolute.total_seconds())
    response = JSONResponse(
        SessionLogin(csrf_token=issued.csrf_token, expires_in=lifetime).model_dump()
    )
    set_session_cookie(response, issued.session_id, max_age=lifetime)
    return response


@router.post(
    "/api/auth/refresh",
    response_model=TokenLogin,
    responses=_FAILED_REFRESH,
    dependencies=[Depends(public)],
)
async def refresh(request: Request, body: RefreshRequest, svc: ServicesDep) -> JSONResponse:
    """Spend a refresh token for a new pair; a spent one presented again ends its whole family."""
    client = _client(request)
    lockout = svc.identity.lockout
    # Refresh tokens carry 256 bits, so guessing is hopeless; the lock stops a client from
    # turning this endpoint into a free database probe. Counted per address, under a subject
    # no login can have, so it never locks a real account.
    subject = f"refresh:{client}" if client is not None else None
    if subject is not None and await lockout.is_locked(subject, client=client):
        raise RateLimited(
            "too many invalid refresh tokens from this address; try again later",
            retry_after=lockout.policy.lock_for.total_seconds(),
        )
    try:
        successor = await svc.tokens.refresh.rotate(body.refresh_token)
        user = await _may_refresh(svc, body.refresh_token, successor)
    except AccessDenied as refused:
        # Only unknown tokens count: an expired, revoked or reused one is a real token, and
        # reuse already ends its family.
        if subject is not None and refused.code == REFRESH_INVALID:
            await lockout.record_failure(subject, client=client)
        raise
    return await _token_pair(svc, user, successor)


@router.post("/api/auth/logout", status_code=204, responses={401: {"description": "no credential"}})
async def logout(
    request: Request, who: SignedIn, svc: ServicesDep, body: LogoutRequest | None = None
) -> Response:
    """End the session, or revoke the access token and its refresh family, of this request.

    A refresh token in the body is revoked too, with its family.
    """
    if who.user_id is None:
        raise InvalidInput(
            "API keys are not logged out; revoke them with `bastion keys revoke`",
            code="access.logout_unsupported",
        )
    if body is not None and body.refresh_token is not None:
        # No owner check: whoever holds a refresh token can already spend it, and revoking is
        # less than spending. An unknown token changes nothing, so logout stays idempotent.
        await svc.tokens.refresh.revoke(body.refresh_token)
    response = Response(status_code=204)
    if who.method == "session":
        await svc.identity.sessions.end(request.state.session_id)
        clear_session_cookie(response)
    elif who.method == "jwt":
        token: VerifiedToken = request.state.access_token
        await svc.tokens.access.revoke(token)
        if token.family_id is not None:
            # The refresh token of this login would otherwise mint new access tokens at once.
            await svc.tokens.refresh.revoke_family(token.family_id, user_id=who.user_id)
    return response


@router.post("/api/auth/logout-all", status_code=204)
async def logout_all(who: SignedIn, svc: ServicesDep) -> Response:
    """Sign the user out everywhere: every session and every token issued until now."""
    if who.user_id is None:
        raise InvalidInput("only users can sign out everywhere", code="access.logout_unsupported")
    identity = svc.identity
    cutoff = await identity.users.sign_out_everywhere(who.user_id)
    ended = await identity.sessions.end_all(who.user_id)
    # The user record's cut-off already refuses older tokens; the revocation list carries the
    # same instant so that it holds wherever that list is shared (Redis) and is checked first.
    await svc.tokens.access.revoke_user(who.user_id, at=cutoff)
    families = await svc.tokens.refresh.revoke_all_for_user(who.user_id)
    await identity.events.emit(
        Event(
            code="access.logout",
            outcome=Outcome.SUCCESS,
            at=svc.clock.now(),
            actor=who.user_id,
            attributes={
                "via": who.method,
                "scope": "everywhere",
                "sessions": str(ended),
                "families": str(families),
            },
        )
    )
    response = Response(status_code=204)
    if who.method == "session":
        clear_session_cookie(response)
    return response


async def _token_pair(svc: Services, user: UserRecord, refresh: IssuedRefresh) -> JSONResponse:
    """A new access token minted into `refresh`'s family, sent with that refresh token."""
    access = svc.tokens.access
    issued = await access.issue(
        user_id=user.id, role=user.role, customer_id=user.customer_id, family_id=refresh.family_id
    )
    body = TokenLogin(
        access_token=issued.token,
        expires_in=int(access.policy.ttl.total_seconds()),
        refresh_token=refresh.token,
    )
    return JSONResponse(body.model_dump(), headers=_NO_STORE)


async def _may_refresh(svc: Services, presented: str, successor: IssuedRefresh) -> UserRecord:
    """The user the refreshed family belongs to, if the account still allows it."""
    spent = await svc.tokens.store.get_refresh(hash_refresh(presented))
    user = await svc.identity.users.get(successor.user_id)
    # A password change moves the user's cut-off and disabling clears `active`, both without
    # touching refresh families (the CLI may do either from another process): a family that
    # began before the cut-off, or belongs to a disabled user, must not mint another token.
    if (
        user is not None
        and user.active
        and spent is not None
        and (user.tokens_valid_after is None or spent.issued_at >= user.tokens_valid_after)
    ):
        return user
    await svc.tokens.refresh.revoke_family(successor.family_id, user_id=successor.user_id)
    raise AccessDenied("the refresh token has been revoked", code=REFRESH_REVOKED)
