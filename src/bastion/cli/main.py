"""The `bastion` command: init, serve, keys, users."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from bastion.access.apikeys import ApiKeys
from bastion.cli.logging import configure_logging
from bastion.cli.scan import evaluate, scan
from bastion.cli.users import users_app, with_identity
from bastion.config.bootstrap import initialise
from bastion.config.preflight import prepare
from bastion.config.settings import Settings
from bastion.core.clock import SystemClock
from bastion.core.errors import BastionError
from bastion.core.types import Role
from bastion.store.sql import SqlStore, upgrade

app = typer.Typer(help="Bastion security gateway for LLM agents.", no_args_is_help=True)
keys_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")
app.command("scan")(scan)
app.command("eval")(evaluate)

out = Console()
err = Console(stderr=True)
T = TypeVar("T")

_DURATION = re.compile(r"^(\d+)([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _fail(exc: BastionError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc.message}", highlight=False, markup=True)
    return typer.Exit(code=2)


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as exc:  # pydantic's ValidationError lists every bad setting
        err.print(f"[bold red]error:[/] invalid settings:\n{exc}", highlight=False)
        raise typer.Exit(code=2) from exc


def _with_store(settings: Settings, work: Callable[[SqlStore], Awaitable[T]]) -> T:
    """Prepare, migrate, and run `work` against the store, closing it afterwards."""

    async def run() -> T:
        store = SqlStore.from_url(settings.resolved_database_url)
        try:
            return await work(store)
        finally:
            await store.close()

    try:
        prepare(settings)
        upgrade(settings.resolved_database_url)
        return asyncio.run(run())
    except BastionError as exc:
        raise _fail(exc) from exc


@app.command()
def init(
    demo: Annotated[bool, typer.Option("--demo/--no-demo", help="Seed the demo shop.")] = True,
) -> None:
    """Create the data directory, key file and database; print the first keys once."""
    settings = _settings()
    clock = SystemClock()
    result = with_identity(
        settings,
        lambda store, identity: initialise(store, clock=clock, demo=demo, users=identity.users),
    )
    if result.admin_password is not None:
        out.print("The first admin user was created; its password is shown once.\n")
        out.print(f"  admin login:        {result.admin_login}", highlight=False)
        out.print(f"  admin password:     {result.admin_password}\n", highlight=False)
    if not result.created:
        out.print("Bastion is already initialised. Manage keys with `bastion keys`.")
        return
    out.print("[bold green]Bastion initialised.[/] These keys are shown once; keep them safe.\n")
    out.print(f"  admin key:          {result.admin_key}", highlight=False)
    if result.demo_key:
        out.print(
            f"  demo customer key:  {result.demo_key}  ({result.demo_customer_id})",
            highlight=False,
            soft_wrap=True,
        )
        out.print("\nTry it:", highlight=False)
        out.print(
            f"  curl -s http://{settings.host}:{settings.port}/api/chat "
            f"-H 'Authorization: Bearer {result.demo_key}' "
            "-H 'Content-Type: application/json' "
            '-d \'{"message": "How do I return an item?"}\'',
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Run the gateway (migrations are applied first)."""
    import uvicorn

    from bastion.config.build import build
    from bastion.server.app import create_app

    settings = _settings()
    configure_logging(settings.log_level)
    try:
        checked = prepare(settings)
        upgrade(settings.resolved_database_url)
    except BastionError as exc:
        raise _fail(exc) from exc
    for warning in checked.warnings:
        err.print(f"[yellow]warning:[/] {warning}", highlight=False)
    application = create_app(build(settings, preflight=checked))
    uvicorn.run(
        application,
        host=host or settings.host,
        port=port or settings.port,
        proxy_headers=True,
        server_header=False,
        log_config=None,
        access_log=False,
    )


def _parse_expiry(value: str | None, now: datetime) -> datetime | None:
    if value is None:
        return None
    match = _DURATION.match(value.strip())
    if match is None:
        raise typer.BadParameter("use a number and a unit: 30d, 12h, 2w", param_hint="--expires")
    amount, unit = int(match.group(1)), match.group(2)
    if amount <= 0:
        raise typer.BadParameter("the duration must be positive", param_hint="--expires")
    return now + timedelta(**{_UNITS[unit]: amount})


@keys_app.command("create")
def keys_create(
    role: Annotated[Role, typer.Option(help="Role of the key.")],
    customer: Annotated[str | None, typer.Option(help="Customer the key acts for.")] = None,
    expires: Annotated[str | None, typer.Option(help="Lifetime such as 30d or 12h.")] = None,
    label: Annotated[str, typer.Option(help="A note to recognise the key by.")] = "",
) -> None:
    """Create a key and print it once."""
    settings = _settings()
    clock = SystemClock()
    expires_at = _parse_expiry(expires, clock.now())
    if role.customer_bound and customer is None:
        raise typer.BadParameter("a customer key needs --customer ID", param_hint="--customer")

    async def create(store: SqlStore) -> str:
        if customer is not None and await store.get_customer(customer) is None:
            raise BastionError(f"no customer with id {customer!r}")
        issued = await ApiKeys(store=store, clock=clock).create(
            role=role, customer_id=customer, label=label, expires_at=expires_at
        )
        return issued.key

    key = _with_store(settings, create)
    out.print(key, highlight=False)
    err.print("This key is shown once; store it in your secret manager.")


@keys_app.command("list")
def keys_list() -> None:
    """List keys by public id (the keys themselves are never shown)."""
    settings = _settings()
    clock = SystemClock()
    records = _with_store(settings, lambda store: ApiKeys(store=store, clock=clock).list())
    now = clock.now()
    columns = ("id", "role", "customer", "label", "created", "expires", "status")
    rows = [
        (
            r.id,
            r.role.value,
            r.customer_id or "-",
            r.label or "-",
            r.created_at.strftime("%Y-%m-%d %H:%M"),
            r.expires_at.strftime("%Y-%m-%d %H:%M") if r.expires_at else "never",
            r.status(now),
        )
        for r in records
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


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="Public id of the key.")]) -> None:
    """Revoke a key; requests with it are refused from now on."""
    settings = _settings()
    clock = SystemClock()
    revoked = _with_store(settings, lambda store: ApiKeys(store=store, clock=clock).revoke(key_id))
    if not revoked:
        err.print(f"[bold red]error:[/] no key with id {key_id!r}", highlight=False)
        raise typer.Exit(code=1)
    out.print(f"revoked {key_id}")


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="bastion")


if __name__ == "__main__":  # pragma: no cover
    main()
