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
from bastion.config.build import Services
from bastion.server.edge import Edge, EdgePolicy
from bastion.server.envelope import install_error_handlers
from bastion.server.routes import auth, chat, health, scan, support
from bastion.tools.notifications import deliver_pending

log = get_logger("bastion.server")
DELIVERY_INTERVAL_S = 2.0


def create_app(services: Services) -> ASGIApp:
    """The ASGI application serving `services`; closes them on shutdown."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        delivery = asyncio.create_task(_deliver_notifications(services))
        try:
            yield
        finally:
            delivery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await delivery
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
    for module in (health, chat, support, scan, auth):
        api.include_router(module.router)
    settings = services.settings
    if settings.cors_origins:
        api.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "X-Request-ID"],
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
