"""One error envelope for every failure: `{"error": {"code", "message", "request_id"}}`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from structlog.stdlib import get_logger

from bastion.core.errors import (
    AccessDenied,
    BastionError,
    ContentRefused,
    InvalidInput,
    NotFound,
    RateLimited,
    StoreError,
)

log = get_logger("bastion.server")

AUTHENTICATION_CODES = frozenset(
    {
        "access.missing_credentials",
        "access.invalid_key",
        "access.key_expired",
        "access.key_revoked",
        "access.ambiguous_credentials",
        "access.token_invalid",
        "access.token_expired",
        "access.token_not_yet_valid",
        "access.token_revoked",
        "access.refresh_invalid",
        "access.refresh_expired",
        "access.refresh_reused",
        "access.refresh_revoked",
        "access.login_failed",
        "access.session_invalid",
        "access.session_expired",
        # A bad device signature: the request is not proven to come from the device it names.
        "access.device_unknown",
        "access.signature_invalid",
        "access.signature_stale",
        "access.signature_replayed",
    }
)

_HTTP_CODES = {
    400: "request.bad",
    401: "access.unauthenticated",
    403: "access.denied",
    404: "resource.not_found",
    405: "request.method_not_allowed",
    406: "request.not_acceptable",
    413: "request.too_large",
    415: "request.unsupported_media_type",
    429: "access.rate_limited",
}


def request_id_of(request: Request) -> str:
    return str(getattr(request.state, "request_id", ""))


def error_body(code: str, message: str, request_id: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "request_id": request_id, **extra}}


def error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    *,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    return JSONResponse(
        error_body(code, message, request_id_of(request), **extra),
        status_code=status,
        headers=headers,
    )


def _status_for(exc: BastionError) -> int:
    if isinstance(exc, AccessDenied):
        return 401 if exc.code in AUTHENTICATION_CODES else 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, ContentRefused):
        return 400
    if isinstance(exc, InvalidInput):
        return 422
    if isinstance(exc, RateLimited):
        return 429
    if isinstance(exc, StoreError):
        return 503
    return 500


async def _bastion_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, BastionError):  # pragma: no cover - registered for BastionError only
        raise exc
    status = _status_for(exc)
    headers: dict[str, str] = {}
    extra: dict[str, Any] = {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="bastion"'
    if isinstance(exc, RateLimited):
        headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    if isinstance(exc, InvalidInput) and exc.details:
        extra["details"] = exc.details
    if isinstance(exc, ContentRefused):
        extra["findings"] = list(exc.findings)
    if status >= 500:
        log.error("request.failed", code=exc.code, error_type=type(exc).__name__)
        message = "the service is temporarily unavailable" if status == 503 else exc.message
        return error_response(request, status, exc.code, message, headers=headers)
    return error_response(request, status, exc.code, exc.message, headers=headers, **extra)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, RequestValidationError):  # pragma: no cover
        raise exc
    # Field locations and problems only: echoing the input could reflect an attack payload.
    details = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ()) if p != "body"),
            "problem": err["msg"],
        }
        for err in exc.errors()
    ]
    return error_response(
        request, 422, "request.invalid", "the request body is invalid", details=details
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, StarletteHTTPException):  # pragma: no cover
        raise exc
    code = _HTTP_CODES.get(exc.status_code, "request.failed")
    message = exc.detail if isinstance(exc.detail, str) else "the request failed"
    headers = dict(exc.headers) if exc.headers else None
    return error_response(request, exc.status_code, code, message, headers=headers)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("request.crashed", error_type=type(exc).__name__)
    return error_response(request, 500, "internal.error", "an internal error occurred")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BastionError, _bastion_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
