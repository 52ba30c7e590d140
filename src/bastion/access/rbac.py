"""Role-based access control as data: a policy maps roles to permissions; deny by default.

`is_allowed(principal, permission, owner=...)` is a pure function of the policy. Ownership is part
of the decision: a customer-bound principal reaches an object only when it owns it, whatever its
permissions say, so a tool acting for a customer can never reach another customer's data.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from bastion.core.errors import ConfigurationError
from bastion.core.types import Principal, Role

E = TypeVar("E", bound=enum.StrEnum)


class Permission(enum.StrEnum):
    READ_PROFILE = "read:profile"
    UPDATE_PROFILE = "update:profile"
    CREATE_TICKET = "create:ticket"
    SEND_NOTIFICATION = "send:notification"
    VIEW_TICKETS = "view:tickets"
    UPDATE_TICKETS = "update:tickets"
    ACCESS_SENSITIVE_DATA = "access:sensitive_data"
    EXECUTE_AGENT = "execute:agent"
    USE_SCAN = "use:scan"
    VIEW_LOGS = "view:logs"
    MANAGE_USERS = "manage:users"
    ADMIN_ACTIONS = "admin:actions"
    MANAGE_DEVICES = "manage:devices"  # one's own device keys and second factor


@dataclass(frozen=True, slots=True)
class AccessPolicy:
    """Permissions per role, with inheritance already resolved."""

    grants: Mapping[Role, frozenset[Permission]]

    def permissions_of(self, role: Role) -> frozenset[Permission]:
        return self.grants.get(role, frozenset())

    def is_allowed(
        self, principal: Principal, permission: Permission, *, owner: str | None = None
    ) -> bool:
        """True only when the role grants `permission` and, for customers, they own the object."""
        if permission not in self.permissions_of(principal.role):
            return False
        if principal.role.customer_bound:
            if principal.customer_id is None:
                return False
            if owner is not None and owner != principal.customer_id:
                return False
        return True


def load_policy(path: Path | None = None) -> AccessPolicy:
    """The policy in `path`, or the packaged default; any unknown name is a ConfigurationError."""
    try:
        if path is None:
            text = resources.files("bastion.access").joinpath("policy.toml").read_text("utf-8")
            where = "the default access policy"
        else:
            text = path.read_text(encoding="utf-8")
            where = str(path)
        document = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read the access policy: {exc}") from exc
    return parse_policy(document, where=where)


def parse_policy(document: Mapping[str, Any], *, where: str = "the access policy") -> AccessPolicy:
    roles = document.get("roles")
    if not isinstance(roles, Mapping) or not roles:
        raise ConfigurationError(f"{where} has no [roles.<name>] tables")
    problems: list[str] = []
    direct: dict[Role, set[Permission]] = {}
    parents: dict[Role, list[Role]] = {}
    for name, body in roles.items():
        role = _known(Role, name, problems, f"{where}: unknown role {name!r}")
        if role is None or not isinstance(body, Mapping):
            continue
        extra = set(body) - {"permissions", "inherits"}
        if extra:
            problems.append(f"{where}: role {name!r} has unknown keys {sorted(extra)}")
        direct[role] = set()
        for perm in body.get("permissions", []):
            found = _known(Permission, perm, problems, f"{where}: unknown permission {perm!r}")
            if found is not None:
                direct[role].add(found)
        parents[role] = []
        for parent in body.get("inherits", []):
            found_role = _known(Role, parent, problems, f"{where}: {name!r} inherits {parent!r}")
            if found_role is not None:
                parents[role].append(found_role)
    for role, inherited in parents.items():
        problems.extend(
            f"{where}: {role.value!r} inherits {p.value!r}, which the policy does not define"
            for p in inherited
            if p not in direct
        )
    if problems:
        raise ConfigurationError("\n".join(problems))
    resolved = {role: frozenset(_closure(role, direct, parents, ())) for role in direct}
    return AccessPolicy(grants=MappingProxyType(resolved))


def _known(kind: type[E], value: object, problems: list[str], msg: str) -> E | None:
    try:
        return kind(str(value))
    except ValueError:
        problems.append(msg)
        return None


def _closure(
    role: Role,
    direct: Mapping[Role, set[Permission]],
    parents: Mapping[Role, list[Role]],
    seen: tuple[Role, ...],
) -> set[Permission]:
    if role in seen:
        chain = " -> ".join(r.value for r in (*seen, role))
        raise ConfigurationError(f"the access policy has an inheritance cycle: {chain}")
    found = set(direct[role])
    for parent in parents[role]:
        found |= _closure(parent, direct, parents, (*seen, role))
    return found
