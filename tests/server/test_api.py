from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Api

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def assert_envelope(body: dict[str, Any], code: str) -> None:
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert body["error"]["request_id"]


async def test_health_is_public_and_reports_the_database(api: Api) -> None:
    r = await api.client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok"}
    assert body["version"]


async def test_health_names_the_failing_database(api: Api) -> None:
    await api.services.store.close()
    # Point the store at a database that cannot be reached.
    from bastion.store.sql import SqlStore

    broken = SqlStore.from_url("postgresql://nobody@127.0.0.1:1/none")
    object.__setattr__(api.services, "store", broken)
    try:
        r = await api.client.get("/api/health")
    finally:
        await broken.close()
    assert r.status_code == 503
    assert r.json()["checks"] == {"database": "unavailable"}


@pytest.mark.parametrize("path", ["/api/health", "/api/me", "/api/nope", "/api/openapi.json"])
async def test_every_response_carries_request_id_and_security_headers(api: Api, path: str) -> None:
    r = await api.client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers[name] == value
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert len(r.headers["x-request-id"]) >= 8
    assert "strict-transport-security" not in r.headers


async def test_a_safe_incoming_request_id_is_echoed_and_a_hostile_one_replaced(api: Api) -> None:
    r = await api.client.get("/api/health", headers={"X-Request-ID": "trace-12345678"})
    assert r.headers["x-request-id"] == "trace-12345678"
    r = await api.client.get("/api/health", headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert "<" not in r.headers["x-request-id"]


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "access.missing_credentials"),
        ({"Authorization": "Bearer bst_nope"}, "access.invalid_key"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "access.invalid_key"),
        ({"X-API-Key": "bst_" + "A" * 48}, "access.invalid_key"),
    ],
)
async def test_requests_without_a_valid_key_get_401(
    api: Api, headers: dict[str, str], code: str
) -> None:
    r = await api.client.get("/api/tickets", headers=headers)
    assert r.status_code == 401
    assert_envelope(r.json(), code)
    assert r.headers["www-authenticate"].startswith("Bearer")


async def test_expired_and_revoked_keys_get_401(api: Api) -> None:
    r = await api.client.get("/api/me", headers=api.auth(api.keys.expired))
    assert r.status_code == 401
    assert_envelope(r.json(), "access.key_expired")
    r = await api.client.get("/api/me", headers=api.auth(api.keys.revoked))
    assert r.status_code == 401
    assert_envelope(r.json(), "access.key_revoked")


async def test_key_accepted_as_bearer_or_x_api_key(api: Api) -> None:
    a = await api.client.get("/api/me", headers=api.auth(api.keys.alice))
    b = await api.client.get("/api/me", headers={"X-API-Key": api.keys.alice})
    assert a.status_code == b.status_code == 200
    assert a.json()["customer"]["id"] == b.json()["customer"]["id"] == "cust-alice"


async def test_two_different_keys_at_once_are_refused(api: Api) -> None:
    r = await api.client.get(
        "/api/me", headers={**api.auth(api.keys.alice), "X-API-Key": api.keys.bob}
    )
    assert r.status_code == 401


async def test_me_shows_only_the_bound_customer(api: Api) -> None:
    alice = (await api.client.get("/api/me", headers=api.auth(api.keys.alice))).json()
    bob = (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json()
    assert alice["customer"]["id"] == "cust-alice"
    assert bob["customer"]["id"] == "cust-bob"
    admin = (await api.client.get("/api/me", headers=api.auth(api.keys.admin))).json()
    assert admin["customer"] is None
    assert admin["principal"]["role"] == "admin"


async def create_ticket(api: Api, key: str, subject: str = "Broken zipper") -> dict[str, Any]:
    r = await api.client.post(
        "/api/tickets",
        headers=api.auth(key),
        json={
            "subject": subject,
            "description": "The zipper broke on day one.",
            "priority": "high",
        },
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_customer_sees_own_ticket_and_another_customers_ticket_is_404(api: Api) -> None:
    mine = await create_ticket(api, api.keys.alice)
    theirs = await create_ticket(api, api.keys.bob, "Bob's parcel is late")

    r = await api.client.get(f"/api/tickets/{mine['id']}", headers=api.auth(api.keys.alice))
    assert r.status_code == 200
    assert r.json()["subject"] == "Broken zipper"

    r = await api.client.get(f"/api/tickets/{theirs['id']}", headers=api.auth(api.keys.alice))
    assert r.status_code == 404
    assert_envelope(r.json(), "ticket.not_found")
    missing = await api.client.get(
        "/api/tickets/TCK-DOESNOTEXIST", headers=api.auth(api.keys.alice)
    )
    assert missing.json()["error"]["message"] == r.json()["error"]["message"]

    listed = (await api.client.get("/api/tickets", headers=api.auth(api.keys.alice))).json()
    assert [t["id"] for t in listed["tickets"]] == [mine["id"]]


async def test_staff_see_every_ticket(api: Api) -> None:
    a = await create_ticket(api, api.keys.alice)
    b = await create_ticket(api, api.keys.bob, "Bob's parcel is late")
    for key in (api.keys.admin, api.keys.agent):
        listed = (await api.client.get("/api/tickets", headers=api.auth(key))).json()
        assert {a["id"], b["id"]} <= {t["id"] for t in listed["tickets"]}


async def test_ticket_body_cannot_choose_the_customer(api: Api) -> None:
    r = await api.client.post(
        "/api/tickets",
        headers=api.auth(api.keys.alice),
        json={
            "subject": "Sneaky ticket",
            "description": "Filed on behalf of someone else.",
            "customer_id": "cust-bob",
        },
    )
    assert r.status_code == 422
    assert any(d["field"] == "customer_id" for d in r.json()["error"]["details"])
    bob = (await api.client.get("/api/tickets", headers=api.auth(api.keys.bob))).json()
    assert bob["tickets"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"subject": "Hi", "description": "long enough text"}, "subject"),
        ({"subject": "Valid subject", "description": "short"}, "description"),
        (
            {"subject": "Valid subject", "description": "long enough text", "priority": "now"},
            "priority",
        ),
        ({"subject": "Valid subject", "description": "x" * 2001}, "description"),
        (
            {"subject": "Valid subject", "description": "long enough", "category": "c" * 51},
            "category",
        ),
    ],
)
async def test_invalid_ticket_is_refused_with_details_and_nothing_written(
    api: Api, body: dict[str, Any], field: str
) -> None:
    r = await api.client.post("/api/tickets", headers=api.auth(api.keys.alice), json=body)
    assert r.status_code == 422
    assert_envelope(r.json(), "request.invalid")
    assert field in {d["field"] for d in r.json()["error"]["details"]}
    listed = (await api.client.get("/api/tickets", headers=api.auth(api.keys.alice))).json()
    assert listed["tickets"] == []


async def test_admin_cannot_open_a_ticket_for_nobody(api: Api) -> None:
    r = await api.client.post(
        "/api/tickets",
        headers=api.auth(api.keys.admin),
        json={"subject": "Admin ticket", "description": "No customer bound here."},
    )
    assert r.status_code == 403
    assert_envelope(r.json(), "access.permission_denied")


async def test_unknown_route_and_method_use_the_envelope(api: Api) -> None:
    r = await api.client.get("/api/nope")
    assert r.status_code == 404
    assert_envelope(r.json(), "resource.not_found")
    r = await api.client.delete("/api/health")
    assert r.status_code == 405
    assert_envelope(r.json(), "request.method_not_allowed")


async def test_malformed_json_is_a_422_without_a_stack_trace(api: Api) -> None:
    r = await api.client.post(
        "/api/chat",
        headers={**api.auth(api.keys.alice), "Content-Type": "application/json"},
        content=b"{not json",
    )
    assert r.status_code == 422
    assert_envelope(r.json(), "request.invalid")
    assert "Traceback" not in r.text


async def test_oversized_body_gets_413_by_declared_length(api: Api) -> None:
    big = b'{"message": "' + b"a" * (70 * 1024) + b'"}'
    r = await api.client.post(
        "/api/chat",
        headers={**api.auth(api.keys.alice), "Content-Type": "application/json"},
        content=big,
    )
    assert r.status_code == 413
    assert_envelope(r.json(), "request.too_large")
    assert r.headers["x-content-type-options"] == "nosniff"


async def test_oversized_streamed_body_gets_413_while_reading(api: Api) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(100):
            yield b"a" * 1024

    r = await api.client.post(
        "/api/chat",
        headers={**api.auth(api.keys.alice), "Content-Type": "application/json"},
        content=chunks(),
    )
    assert r.status_code == 413
    assert_envelope(r.json(), "request.too_large")


async def test_openapi_document_is_served(api: Api) -> None:
    r = await api.client.get("/api/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for path in ("/api/health", "/api/chat", "/api/me", "/api/tickets", "/api/tickets/{ticket_id}"):
        assert path in paths
