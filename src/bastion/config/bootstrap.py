"""First-run set-up: migrate, seed the demo shop, and issue the first keys and admin user once."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from bastion.access.apikeys import ApiKeys
from bastion.access.users import Users
from bastion.core.clock import Clock
from bastion.core.errors import InvalidInput
from bastion.core.types import Role
from bastion.demo import load_articles, load_customers
from bastion.store.sql import SqlStore

DEMO_CUSTOMER_ID = "cust-alice"


@dataclass(frozen=True, slots=True)
class InitResult:
    """Keys and the admin user created by this run (shown once), or none when already done."""

    admin_key: str | None
    demo_key: str | None
    demo_customer_id: str | None
    seeded_articles: int
    admin_login: str | None = None
    admin_password: str | None = None

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


FIRST_ADMIN_LOGIN = "admin"


async def create_first_admin(users: Users) -> tuple[str, str] | None:
    """(login, password) of a new admin user, or None when an active admin user exists."""
    if await users.has_active_admin():
        return None
    login = FIRST_ADMIN_LOGIN
    if await users.find(login) is not None:  # a disabled or demoted `admin` keeps its name
        login = f"{FIRST_ADMIN_LOGIN}-{secrets.token_hex(3)}"
    for _ in range(5):
        password = secrets.token_urlsafe(18)  # 144 random bits
        try:
            await users.add(login, password, role=Role.ADMIN)
        except InvalidInput as exc:
            if exc.code != "access.weak_password":  # a random draw can contain the login
                raise
            continue
        return login, password
    raise InvalidInput("could not generate an acceptable admin password")


async def initialise(
    store: SqlStore, *, clock: Clock, demo: bool, users: Users | None = None
) -> InitResult:
    """Seed, then create what is missing: admin and demo keys, and (given `users`) an admin user."""
    seeded = await seed_demo(store, clock=clock) if demo else 0
    first_admin = await create_first_admin(users) if users is not None else None
    login, password = first_admin if first_admin is not None else (None, None)
    keys = ApiKeys(store=store, clock=clock)
    now = clock.now()
    has_admin = any(k.role is Role.ADMIN and k.status(now) == "active" for k in await keys.list())
    if has_admin:
        return InitResult(None, None, None, seeded, login, password)
    admin = await keys.create(role=Role.ADMIN, label="initial admin")
    demo_key = None
    if demo:
        issued = await keys.create(
            role=Role.CUSTOMER, customer_id=DEMO_CUSTOMER_ID, label="demo customer"
        )
        demo_key = issued.key
    return InitResult(
        admin.key, demo_key, DEMO_CUSTOMER_ID if demo else None, seeded, login, password
    )
