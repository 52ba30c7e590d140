"""The outermost ASGI layer: request ids, security headers, HTTPS and body-size limits.

It wraps the whole application, so every response, errors included, carries the request id and
the security headers, and an oversized body is refused before it is read whole.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from structlog.stdlib import get_logger

log = get_logger("bastion.server")

_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

BASE_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    (b"cache-control", b"no-store"),
)
HSTS = (b"strict-transport-security", b"max-age=63072000; includeSubDomains")


class BodyTooLarge(Exception):
    """The request body passed the configured limit while it was being read."""


@dataclass(frozen=True, slots=True)
class EdgePolicy:
    max_body_bytes: int
    enforce_https: bool
    https_exempt_paths: frozenset[str] = frozenset({"/api/health"})


class Edge:
    """ASGI middleware applying `EdgePolicy` to every HTTP request."""

    def __init__(self, app: ASGIApp, *, policy: EdgePolicy) -> None:
        self.app = app
        self.policy = policy
        self._headers = BASE_HEADERS + ((HSTS,) if policy.enforce_https else ())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        request_id = _request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = False
        refused = False
        extra = (*self._headers, (b"x-request-id", request_id.encode("ascii")))

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the edge already answered; whatever the app says after is dropped
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k not in _OURS]
                message = {**message, "headers": [*headers, *extra]}
            await send(message)

        async def refuse(status: int, code: str, text: str) -> None:
            nonlocal refused
            await _send_error(send_with_headers, status, code, text, request_id)
            refused = True

        plain_http = scope.get("scheme") != "https"
        exempt = scope["path"] in self.policy.https_exempt_paths
        if self.policy.enforce_https and plain_http and not exempt:
            await refuse(400, "transport.https_required", "this service requires HTTPS")
            return

        declared = _content_length(scope["headers"])
        if declared is not None and declared > self.policy.max_body_bytes:
            await refuse(413, "request.too_large", "the request body is too large")
            return

        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.policy.max_body_bytes:
                    # Answer now: frameworks may turn a failed body read into their own 400.
                    if not started:
                        await refuse(413, "request.too_large", "the request body is too large")
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await refuse(413, "request.too_large", "the request body is too large")
        except Exception:
            log.exception("request.unhandled", path=scope["path"])
            if not started:
                await refuse(500, "internal.error", "an internal error occurred")


_OURS = frozenset(name for name, _ in (*BASE_HEADERS, HSTS, (b"x-request-id", b"")))


def _request_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate: str = bytes(value).decode("latin-1")
            # An incoming id is kept for tracing only when it is safe to echo back.
            if _REQUEST_ID.fullmatch(candidate):
                return candidate
    return secrets.token_hex(12)


def _content_length(headers: Iterable[tuple[bytes, bytes]]) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_error(send: Send, status: int, code: str, text: str, request_id: str) -> None:
    body = json.dumps({"error": {"code": code, "message": text, "request_id": request_id}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
