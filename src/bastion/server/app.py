"""The FastAPI application: routes, error envelope, CORS, and the edge layer around it all."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp
from structlog.stdlib import get_logger

from bastion import __version__
from bastion.access.devices import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
)
from bastion.config.build import Services
from bastion.server.edge import Edge, EdgePolicy
from bastion.server.envelope import install_error_handlers
from bastion.server.routes import admin, auth, chat, devices, health, jwks, mfa, scan, support
from bastion.tools.notifications import deliver_pending

log = get_logger("bastion.server")
DELIVERY_INTERVAL_S = 2.0
DEVICE_HEADERS = (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)
TOKEN_PURGE_INTERVAL_S = 3600.0


def create_app(services: Services) -> ASGIApp:
    """The ASGI application serving `services`; closes them on shutdown."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        background = [
            asyncio.create_task(_deliver_notifications(services)),
            asyncio.create_task(_purge_tokens(services)),
        ]
        try:
            yield
        finally:
            for task in background:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await services.close()

    api = FastAPI(
        title="Bastion",
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url=None,  # the interactive docs load scripts from a CDN; the CSP forbids that
        redoc_url=None,
        lifespan=lifespan,
        debug=False,
    )
    api.state.services = services
    install_error_handlers(api)
    for module in (health, chat, support, scan, auth, jwks, admin, devices, mfa):
        api.include_router(module.router)
    settings = services.settings
    if settings.cors_origins:
        api.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "X-API-Key",
                "Content-Type",
                "X-Request-ID",
                *DEVICE_HEADERS,
            ],
            allow_credentials=False,
        )
    return Edge(
        api,
        policy=EdgePolicy(
            max_body_bytes=settings.max_body_bytes, enforce_https=settings.enforce_https
        ),
    )


async def _deliver_notifications(services: Services) -> None:
    """Drain the notification outbox in the background for as long as the server runs."""
    while True:
        try:
            await deliver_pending(services.store, services.sender)
        except Exception:  # noqa: BLE001 - a store outage must not kill the delivery loop
            log.warning("notifications.delivery_failed")
        await asyncio.sleep(DELIVERY_INTERVAL_S)


async def _purge_tokens(services: Services) -> None:
    """Forget expired revocations and refresh tokens; an expired token is refused by `exp`."""
    while True:
        try:
            purged = await services.tokens.store.purge_expired(services.clock.now())
            if purged:
                log.info("tokens.purged", count=purged)
        except Exception:  # noqa: BLE001 - a store outage must not kill the purge loop
            log.warning("tokens.purge_failed")
        await asyncio.sleep(TOKEN_PURGE_INTERVAL_S)
