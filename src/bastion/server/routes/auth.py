"""Login, refresh and logout. Every failed login looks the same, whatever the reason."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bastion.access.passwords import MAX_LENGTH
from bastion.access.sessions import COOKIE_NAME, CSRF_FAILED
from bastion.core.errors import AccessDenied, InvalidInput
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


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    login: Annotated[str, Field(min_length=1, max_length=256)]
    # Longer than the policy allows, so an over-long guess fails like any other wrong password
    # rather than with a different status; the cap bounds the hashing work per request.
    password: Annotated[str, Field(min_length=1, max_length=4 * MAX_LENGTH)]
    mode: Literal["token", "session"] = "token"


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
        # TODO(tokens): issue an access token and a refresh token with bastion.access.tokens.
        raise InvalidInput("token login is not available yet", code="access.mode_unavailable")
    issued = await identity.sessions.create(
        user.id, replacing=request.cookies.get(COOKIE_NAME) or None
    )
    lifetime = int(identity.sessions.policy.absolute.total_seconds())
    response = JSONResponse(
        SessionLogin(csrf_token=issued.csrf_token, expires_in=lifetime).model_dump()
    )
    set_session_cookie(response, issued.session_id, max_age=lifetime)
    return response


@router.post("/api/auth/logout", status_code=204, responses={401: {"description": "no credential"}})
async def logout(request: Request, who: SignedIn, svc: ServicesDep) -> Response:
    """End the session (or revoke the access token) this request authenticated with."""
    response = Response(status_code=204)
    if who.method == "session":
        await svc.identity.sessions.end(request.state.session_id)
        clear_session_cookie(response)
        return response
    if who.method == "jwt":
        # TODO(tokens): revoke the presented access token's jti and its refresh family.
        return response
    raise InvalidInput(
        "API keys are not logged out; revoke them with `bastion keys revoke`",
        code="access.logout_unsupported",
    )


@router.post("/api/auth/logout-all", status_code=204)
async def logout_all(who: SignedIn, svc: ServicesDep) -> Response:
    """Sign the user out everywhere: every session and every token issued until now."""
    if who.user_id is None:
        raise InvalidInput("only users can sign out everywhere", code="access.logout_unsupported")
    identity = svc.identity
    await identity.users.sign_out_everywhere(who.user_id)
    ended = await identity.sessions.end_all(who.user_id)
    # TODO(tokens): revoke every refresh family of the user with bastion.access.refresh.
    await identity.events.emit(
        Event(
            code="access.logout",
            outcome=Outcome.SUCCESS,
            at=svc.clock.now(),
            actor=who.user_id,
            attributes={"via": who.method, "scope": "everywhere", "sessions": str(ended)},
        )
    )
    response = Response(status_code=204)
    if who.method == "session":
        clear_session_cookie(response)
    return response
