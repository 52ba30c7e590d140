"""Every route declares what it needs: a permission, or that it is public. Nothing in between.

`requires(Permission.X)` authenticates the caller and checks the RBAC policy; `public` marks a
route that needs no credentials. A test walks the application and fails on any route that
declares neither, so a new endpoint cannot ship open by accident.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, Request

from bastion.access.rbac import Permission
from bastion.core.errors import AccessDenied
from bastion.core.types import Principal
from bastion.server.auth import principal as authenticate

PERMISSION_ATTR = "__bastion_permission__"
PUBLIC_ATTR = "__bastion_public__"


async def public() -> None:
    """Marks a route as reachable without credentials."""


setattr(public, PUBLIC_ATTR, True)


def requires(permission: Permission) -> Callable[..., Awaitable[Principal]]:
    """A dependency that authenticates the caller and requires `permission` of their role."""

    async def check(request: Request, who: Principal = Depends(authenticate)) -> Principal:  # noqa: B008 - FastAPI's dependency idiom
        policy = request.app.state.services.access_policy
        if not policy.is_allowed(who, permission):
            raise AccessDenied(
                f"this role lacks the permission {permission.value}",
                code="access.permission_denied",
            )
        return who

    setattr(check, PERMISSION_ATTR, permission)
    check.__name__ = f"requires_{permission.name.lower()}"
    return check


def declared_access(dependant: Any) -> tuple[bool, set[Permission]]:
    """(is public, permissions required) found anywhere in a route's dependency tree."""
    is_public = False
    found: set[Permission] = set()
    stack = [dependant]
    while stack:
        node = stack.pop()
        call = getattr(node, "call", None)
        if getattr(call, PUBLIC_ATTR, False):
            is_public = True
        permission = getattr(call, PERMISSION_ATTR, None)
        if permission is not None:
            found.add(permission)
        stack.extend(getattr(node, "dependencies", ()))
    return is_public, found


__all__ = ["declared_access", "public", "requires"]
