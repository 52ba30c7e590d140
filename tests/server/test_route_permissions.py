"""Every route declares a permission or is explicitly public; everything else answers 401."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from bastion.server.permissions import declared_access
from tests.server.conftest import Api

PUBLIC_PATHS = {
    "/api/health",
    "/api/openapi.json",
    "/.well-known/jwks.json",
    "/api/auth/login",
    "/api/auth/refresh",
}


def api_routes(api: Api) -> list[APIRoute]:
    """Every APIRoute of the app, including those of included routers."""
    found: list[APIRoute] = []
    pending = list(api.app.app.routes)  # the FastAPI app inside the edge layer
    while pending:
        route = pending.pop()
        if isinstance(route, APIRoute):
            found.append(route)
        # Newer FastAPI keeps included routers as branches holding the original router.
        included = getattr(route, "original_router", None)
        if included is not None:
            pending.extend(included.routes)
    return found


def test_every_route_declares_a_permission_or_is_public(api: Api) -> None:
    undeclared = []
    for route in api_routes(api):
        declared = declared_access(route.dependant)
        if not declared.exactly_one_kind:  # none, or contradictory
            undeclared.append(f"{sorted(route.methods)} {route.path}")
        if declared.public:
            assert route.path in PUBLIC_PATHS, f"{route.path} is public but not on the list"
    assert undeclared == []


def test_the_walk_sees_the_known_routes(api: Api) -> None:
    paths = {r.path for r in api_routes(api)}
    assert {"/api/health", "/api/chat", "/api/tickets", "/api/me"} <= paths


async def test_every_openapi_operation_answers_401_without_credentials(api: Api) -> None:
    document = (await api.client.get("/api/openapi.json")).json()
    checked = 0
    for path, operations in document["paths"].items():
        concrete = re.sub(r"\{[^}]+\}", "x1", path)
        for method in operations:
            response = await api.client.request(method.upper(), concrete, json={})
            if path in PUBLIC_PATHS:
                assert response.status_code != 401, (method, path)
            else:
                assert response.status_code == 401, (method, path, response.status_code)
                assert response.json()["error"]["code"] == "access.missing_credentials"
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize(
    ("key", "method", "path", "status"),
    [
        ("viewer", "GET", "/api/tickets", 403),
        ("viewer", "POST", "/api/chat", 403),
        ("agent", "POST", "/api/tickets", 403),
        ("alice", "GET", "/api/tickets", 200),
        ("agent", "GET", "/api/tickets", 200),
    ],
)
async def test_permissions_are_enforced_per_role(
    api: Api, key: str, method: str, path: str, status: int
) -> None:
    body = {"message": "hello there"} if path == "/api/chat" else None
    if method == "POST" and path == "/api/tickets":
        body = {"subject": "Staff ticket", "description": "Staff cannot open these."}
    response = await api.client.request(
        method, path, headers=api.auth(getattr(api.keys, key)), json=body
    )
    assert response.status_code == status, response.text
    if status == 403:
        assert response.json()["error"]["code"] == "access.permission_denied"
