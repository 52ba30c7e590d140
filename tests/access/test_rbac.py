from __future__ import annotations

from pathlib import Path

import pytest

from bastion.access.rbac import Permission, load_policy, parse_policy
from bastion.core.errors import ConfigurationError
from bastion.core.types import Principal, Role

P = Permission
POLICY = load_policy()


def who(role: Role, customer: str | None = None) -> Principal:
    return Principal(id=f"t:{role}", role=role, customer_id=customer)


@pytest.mark.parametrize(
    ("role", "allowed", "denied"),
    [
        (
            Role.CUSTOMER,
            {P.CREATE_TICKET, P.VIEW_TICKETS, P.READ_PROFILE, P.MANAGE_DEVICES},
            {P.UPDATE_TICKETS, P.MANAGE_USERS, P.ACCESS_SENSITIVE_DATA, P.VIEW_LOGS},
        ),
        (
            Role.PREMIUM_CUSTOMER,
            {P.CREATE_TICKET, P.EXECUTE_AGENT, P.MANAGE_DEVICES},
            {P.MANAGE_USERS},
        ),
        (
            Role.SUPPORT_AGENT,
            {P.VIEW_TICKETS, P.UPDATE_TICKETS, P.MANAGE_DEVICES},
            {P.ACCESS_SENSITIVE_DATA, P.MANAGE_USERS, P.CREATE_TICKET},
        ),
        (
            Role.ADMIN,
            {P.MANAGE_USERS, P.ACCESS_SENSITIVE_DATA, P.UPDATE_TICKETS, P.MANAGE_DEVICES},
            set(),
        ),
        (
            Role.VIEWER,
            {P.VIEW_LOGS, P.MANAGE_DEVICES},
            {P.VIEW_TICKETS, P.MANAGE_USERS, P.ADMIN_ACTIONS},
        ),
        (Role.OPERATOR, {P.VIEW_LOGS, P.ADMIN_ACTIONS, P.MANAGE_DEVICES}, {P.MANAGE_USERS}),
        (Role.SUPER_ADMIN, set(P), set()),
    ],
)
def test_default_policy(role: Role, allowed: set[Permission], denied: set[Permission]) -> None:
    principal = who(role, "cust-1" if role.customer_bound else None)
    for perm in allowed:
        assert POLICY.is_allowed(principal, perm), perm
    for perm in denied:
        assert not POLICY.is_allowed(principal, perm), perm


def test_customer_reaches_only_own_objects() -> None:
    alice = who(Role.CUSTOMER, "cust-alice")
    assert POLICY.is_allowed(alice, P.VIEW_TICKETS, owner="cust-alice")
    assert not POLICY.is_allowed(alice, P.VIEW_TICKETS, owner="cust-bob")


def test_customer_role_without_binding_is_denied() -> None:
    assert not POLICY.is_allowed(who(Role.CUSTOMER), P.VIEW_TICKETS)


def test_staff_are_not_limited_by_ownership() -> None:
    assert POLICY.is_allowed(who(Role.SUPPORT_AGENT), P.VIEW_TICKETS, owner="cust-bob")


def test_role_missing_from_policy_gets_nothing() -> None:
    policy = parse_policy({"roles": {"admin": {"permissions": ["manage:users"]}}})
    assert not policy.is_allowed(who(Role.VIEWER), P.VIEW_LOGS)


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ({"roles": {"adnim": {"permissions": []}}}, "unknown role 'adnim'"),
        ({"roles": {"admin": {"permissions": ["manage:user"]}}}, "unknown permission"),
        ({"roles": {"admin": {"inherits": ["nobody"]}}}, "inherits 'nobody'"),
        ({"roles": {"admin": {"inherits": ["viewer"]}}}, "does not define"),
        ({"roles": {"admin": {"permisions": []}}}, "unknown keys"),
        ({}, "no [roles"),
        (
            {"roles": {"admin": {"inherits": ["viewer"]}, "viewer": {"inherits": ["admin"]}}},
            "cycle",
        ),
    ],
)
def test_bad_policy_is_a_startup_error(document: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        parse_policy(document)
    assert fragment in info.value.message


def test_policy_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[roles.viewer]\npermissions = ["view:logs"]\n')
    policy = load_policy(path)
    assert policy.is_allowed(who(Role.VIEWER), P.VIEW_LOGS)
    path.write_text("[roles.viewer\n")
    with pytest.raises(ConfigurationError):
        load_policy(path)
