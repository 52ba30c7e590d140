"""The `bastion users` commands: add, list, change the role of, and disable password users."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from bastion.access.users import UserRecord
from bastion.cli.logging import configure_logging
from bastion.config.identity import Identity, build_identity
from bastion.config.settings import Settings
from bastion.core.clock import SystemClock
from bastion.core.errors import BastionError, NotFound
from bastion.core.types import Role
from bastion.store.sql import SqlStore

users_app = typer.Typer(help="Add, list and manage users who log in.", no_args_is_help=True)

out = Console()
err = Console(stderr=True)
T = TypeVar("T")


def with_identity(settings: Settings, work: Callable[[SqlStore, Identity], Awaitable[T]]) -> T:
    """Run `work` with the store and the identity services built on it."""
    # Imported here: main imports this module to register the sub-command.
    from bastion.cli.main import _with_store

    # Security events from these commands go to stderr as JSON lines, apart from the output.
    configure_logging(settings.log_level)

    async def run(store: SqlStore) -> T:
        identity = build_identity(settings, store=store, clock=SystemClock())
        try:
            return await work(store, identity)
        finally:
            await identity.counters.close()

    return _with_store(settings, run)


def _settings() -> Settings:
    from bastion.cli.main import _settings as read

    return read()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        # One line; the newline is the terminator, not part of the password.
        return sys.stdin.readline().rstrip("\r\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


async def _require(identity: Identity, login: str) -> UserRecord:
    user = await identity.users.find(login)
    if user is None:
        raise NotFound(f"no user with login {login!r}", code="access.unknown_user")
    return user


@users_app.command("add")
def users_add(
    login: Annotated[str, typer.Argument(help="Login name (case-insensitive).")],
    role: Annotated[Role, typer.Option(help="Role of the user.")],
    customer: Annotated[str | None, typer.Option(help="Customer a customer user acts for.")] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Add a user; the password comes from a hidden prompt or standard input, never an argument."""
    settings = _settings()
    if role.customer_bound and customer is None:
        raise typer.BadParameter("a customer user needs --customer ID", param_hint="--customer")
    password = _read_password(password_stdin)

    async def add(store: SqlStore, identity: Identity) -> UserRecord:
        if customer is not None and await store.get_customer(customer) is None:
            raise BastionError(f"no customer with id {customer!r}")
        return await identity.users.add(login, password, role=role, customer_id=customer)

    user = with_identity(settings, add)
    out.print(f"added {user.login} ({user.role.value}) as {user.id}", highlight=False)


@users_app.command("list")
def users_list() -> None:
    """List users (never their password hashes)."""
    settings = _settings()
    users = with_identity(settings, lambda _store, identity: identity.users.list())
    columns = ("id", "login", "role", "customer", "status", "created", "password changed")
    rows = [
        (
            u.id,
            u.login,
            u.role.value,
            u.customer_id or "-",
            "active" if u.active else "disabled",
            u.created_at.strftime("%Y-%m-%d %H:%M"),
            u.password_changed_at.strftime("%Y-%m-%d %H:%M"),
        )
        for u in users
    ]
    if not out.is_terminal:
        # Piped output stays one record a line, tab-separated, for scripts.
        for row in (columns, *rows):
            print("\t".join(row))
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*row)
    out.print(table)


@users_app.command("set-role")
def users_set_role(
    login: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[Role, typer.Argument(help="New role.")],
    customer: Annotated[str | None, typer.Option(help="Customer a customer user acts for.")] = None,
) -> None:
    """Change a user's role; the last active admin cannot be demoted."""
    settings = _settings()

    async def change(store: SqlStore, identity: Identity) -> UserRecord:
        if customer is not None and await store.get_customer(customer) is None:
            raise BastionError(f"no customer with id {customer!r}")
        user = await _require(identity, login)
        return await identity.users.set_role(user.id, role, customer_id=customer)

    user = with_identity(settings, change)
    out.print(f"{user.login} is now {user.role.value}", highlight=False)


@users_app.command("disable")
def users_disable(login: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """Disable a user and end their sessions; the last active admin cannot be disabled."""
    settings = _settings()

    async def disable(_store: SqlStore, identity: Identity) -> UserRecord:
        user = await _require(identity, login)
        disabled = await identity.users.disable(user.id)
        await identity.sessions.end_all(user.id)
        return disabled

    user = with_identity(settings, disable)
    out.print(f"disabled {user.login}", highlight=False)
