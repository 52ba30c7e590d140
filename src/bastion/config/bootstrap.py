"""First-run set-up: migrate, seed the demo shop, and issue the first keys exactly once."""

from __future__ import annotations

from dataclasses import dataclass

from bastion.access.apikeys import ApiKeys
from bastion.core.clock import Clock
from bastion.core.types import Role
from bastion.demo import load_articles, load_customers
from bastion.store.sql import SqlStore

DEMO_CUSTOMER_ID = "cust-alice"


@dataclass(frozen=True, slots=True)
class InitResult:
    """Keys created by this run (shown once), or none when already initialised."""

    admin_key: str | None
    demo_key: str | None
    demo_customer_id: str | None
    seeded_articles: int

    @property
    def created(self) -> bool:
        return self.admin_key is not None


async def seed_demo(store: SqlStore, *, clock: Clock) -> int:
    """Add the demo customers and articles that are missing; returns articles added."""
    for customer in load_customers(clock.now()):
        if await store.get_customer(customer.id) is None:
            await store.add_customer(customer)
    existing = {a.id for a in await store.list_articles(category=None)}
    added = 0
    for article in load_articles():
        if article.id not in existing:
            await store.add_article(article)
            added += 1
    return added


async def initialise(store: SqlStore, *, clock: Clock, demo: bool) -> InitResult:
    """Seed (optionally) and create the first admin and demo keys unless an admin key exists."""
    seeded = await seed_demo(store, clock=clock) if demo else 0
    keys = ApiKeys(store=store, clock=clock)
    now = clock.now()
    has_admin = any(k.role is Role.ADMIN and k.status(now) == "active" for k in await keys.list())
    if has_admin:
        return InitResult(None, None, None, seeded)
    admin = await keys.create(role=Role.ADMIN, label="initial admin")
    demo_key = None
    if demo:
        issued = await keys.create(
            role=Role.CUSTOMER, customer_id=DEMO_CUSTOMER_ID, label="demo customer"
        )
        demo_key = issued.key
    return InitResult(admin.key, demo_key, DEMO_CUSTOMER_ID if demo else None, seeded)
