"""Every route declares what it needs: a permission, any signed-in caller, or public access.

`requires(Permission.X)` authenticates the caller and checks the RBAC policy; `authenticated`
accepts any signed-in caller (for acts on one's own credentials, such as logging out); `public`
marks a route that needs no credentials. A test walks the application and fails on any route
that declares none of these, so a new endpoint cannot ship open by accident.

Both signed-in kinds also check a device signature when the request carries one, and
`requires` scores the risk of a user's privileged request (see `bastion.server.trust`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request

from bastion.access.rbac import Permission
from bastion.access.risk import DeviceEvidence
from bastion.core.errors import AccessDenied
from bastion.core.types import Principal
from bastion.server.auth import principal as authenticate
from bastion.server.trust import device_evidence, enforce_risk

PERMISSION_ATTR = "__bastion_permission__"
PUBLIC_ATTR = "__bastion_public__"
AUTHENTICATED_ATTR = "__bastion_authenticated__"


async def public() -> None:
    """Marks a route as reachable without credentials."""


setattr(public, PUBLIC_ATTR, True)


async def authenticated(
    who: Principal = Depends(authenticate),  # noqa: B008 - FastAPI's dependency idiom
    _: DeviceEvidence = Depends(device_evidence),  # noqa: B008 - FastAPI's dependency idiom
) -> Principal:
    """Any signed-in caller, whatever their role; only for acts on their own credentials."""
    return who


setattr(authenticated, AUTHENTICATED_ATTR, True)


def requires(permission: Permission) -> Callable[..., Awaitable[Principal]]:
    """A dependency that authenticates the caller and requires `permission` of their role."""

    async def check(
        request: Request,
        who: Principal = Depends(authenticate),  # noqa: B008 - FastAPI's dependency idiom
        evidence: DeviceEvidence = Depends(device_evidence),  # noqa: B008 - FastAPI's dependency idiom
    ) -> Principal:
        policy = request.app.state.services.access_policy
        if not policy.is_allowed(who, permission):
            raise AccessDenied(
                f"this role lacks the permission {permission.value}",
                code="access.permission_denied",
            )
        # Risk comes after RBAC: a request the role cannot make is refused without scoring it.
        await enforce_risk(request, who, permission, evidence)
        return who

    setattr(check, PERMISSION_ATTR, permission)
    check.__name__ = f"requires_{permission.name.lower()}"
    return check


@dataclass(frozen=True, slots=True)
class Declared:
    """What a route's dependency tree says about who may call it."""

    public: bool
    authenticated: bool
    permissions: frozenset[Permission]

    @property
    def exactly_one_kind(self) -> bool:
        kinds = (self.public, self.authenticated and not self.permissions, bool(self.permissions))
        return sum(kinds) == 1


def declared_access(dependant: Any) -> Declared:
    """The access declarations found anywhere in a route's dependency tree."""
    is_public = is_authenticated = False
    found: set[Permission] = set()
    stack = [dependant]
    while stack:
        node = stack.pop()
        call = getattr(node, "call", None)
        is_public = is_public or getattr(call, PUBLIC_ATTR, False)
        is_authenticated = is_authenticated or getattr(call, AUTHENTICATED_ATTR, False)
        permission = getattr(call, PERMISSION_ATTR, None)
        if permission is not None:
            found.add(permission)
        stack.extend(getattr(node, "dependencies", ()))
    return Declared(public=is_public, authenticated=is_authenticated, permissions=frozenset(found))


__all__ = ["Declared", "authenticated", "declared_access", "public", "requires"]
