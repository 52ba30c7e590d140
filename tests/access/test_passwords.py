from __future__ import annotations

import pytest

from bastion.access.passwords import (
    MIN_MEMORY_KIB,
    HashParameters,
    PasswordHasher,
    PasswordPolicy,
    common_passwords,
)
from bastion.core.errors import InvalidInput
from tests.access.identity_harness import CHEAP


def test_default_parameters_exceed_the_owasp_minimum() -> None:
    defaults = HashParameters()
    assert defaults.meets_minimum
    assert defaults.memory_kib >= MIN_MEMORY_KIB
    assert defaults.time_cost >= 2
    assert defaults.parallelism == 1
    assert not CHEAP.meets_minimum


def test_hashes_are_argon2id_salted_and_verify() -> None:
    hasher = PasswordHasher(CHEAP)
    first, second = hasher.hash("correct horse"), hasher.hash("correct horse")
    assert first.startswith("$argon2id$")
    assert first != second  # a fresh salt each time
    assert hasher.verify(first, "correct horse")
    assert not hasher.verify(first, "correct horsE")
    assert not hasher.verify("not a hash", "correct horse")


def test_default_hasher_writes_its_parameters_into_the_hash() -> None:
    stored = PasswordHasher().hash("correct horse")
    assert "m=65536,t=3,p=1" in stored


def test_changed_parameters_ask_for_a_rehash() -> None:
    old = PasswordHasher(CHEAP)
    new = PasswordHasher(HashParameters(memory_kib=16, time_cost=2, parallelism=1))
    stored = old.hash("correct horse")
    assert not old.needs_rehash(stored)
    assert new.needs_rehash(stored)
    assert new.verify(stored, "correct horse")  # old hashes still verify
    assert new.needs_rehash("garbage")


def test_the_common_list_is_bundled_and_large() -> None:
    listed = common_passwords()
    assert len(listed) >= 300
    assert {"123456", "password", "qwerty", "iloveyou"} <= listed


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short1!", "at least 8"),
        ("x" * 129, "at most 128"),
        ("password", "commonly used"),
        ("PASSWORD", "commonly used"),
        ("Password123", "commonly used"),
        ("Dragon2024!", "commonly used"),
        ("12345678", "commonly used"),
        ("qwertyuiop", "commonly used"),
        ("my-alice-secret-x", "login name"),
        ("ALICE.building.42", "login name"),
    ],
)
def test_weak_passwords_are_refused(password: str, problem: str) -> None:
    policy = PasswordPolicy(min_length=8)
    found = policy.problems(password, login="alice@example.test")
    assert any(problem in p for p in found), found
    with pytest.raises(InvalidInput) as info:
        policy.check(password, login="alice@example.test")
    assert info.value.code == "access.weak_password"


@pytest.mark.parametrize("password", ["violet-harbour-engine", "Tr0mbone&Marmalade", "x" * 128])
def test_reasonable_passwords_pass(password: str) -> None:
    assert PasswordPolicy(min_length=8).problems(password, login="alice") == []


def test_production_length_is_twelve() -> None:
    policy = PasswordPolicy(min_length=12)
    assert policy.problems("violet-harb", login="alice")  # 11 characters
    assert policy.problems("violet-harbo", login="alice") == []
    with pytest.raises(ValueError, match="min_length"):
        PasswordPolicy(min_length=6)


def test_settings_refuse_parameters_below_the_minimum() -> None:
    from pydantic import ValidationError

    from bastion.config.settings import Settings

    with pytest.raises(ValidationError):
        Settings(password_hash_memory_kib=8 * 1024)
    with pytest.raises(ValidationError):
        Settings(password_hash_iterations=1)
    assert Settings(profile="production").resolved_password_min_length == 12
    assert Settings(profile="production", password_min_length=8).resolved_password_min_length == 12
    assert Settings().resolved_password_min_length == 8
