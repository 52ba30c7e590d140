"""Passwords: argon2id hashing, re-hashed when parameters change, and a policy refusing weak ones.

Hashing costs tens of milliseconds and tens of megabytes on purpose (it is what makes a stolen
hash table expensive to crack), so callers on an event loop run it in a worker thread.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

import argon2
from argon2.exceptions import InvalidHashError, VerificationError

from bastion.core.errors import InvalidInput

MIN_MEMORY_KIB = 19 * 1024
"""OWASP's minimum argon2id memory cost (19 MiB, with t=2, p=1)."""
MIN_TIME_COST = 2

MAX_LENGTH = 128
"""Longest password accepted; bounds the work an attacker can make one login cost."""


@dataclass(frozen=True, slots=True)
class HashParameters:
    """argon2id cost parameters. The defaults exceed OWASP's minimum (m=19 MiB, t=2, p=1)."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 1

    @property
    def meets_minimum(self) -> bool:
        """True when the parameters are at least OWASP's recommended minimum."""
        return self.memory_kib >= MIN_MEMORY_KIB and self.time_cost >= MIN_TIME_COST


class PasswordHasher:
    """Hash and verify passwords with argon2id; `needs_rehash` says when parameters changed."""

    def __init__(self, parameters: HashParameters | None = None) -> None:
        self.parameters = parameters if parameters is not None else HashParameters()
        self._argon2 = argon2.PasswordHasher(
            time_cost=self.parameters.time_cost,
            memory_cost=self.parameters.memory_kib,
            parallelism=self.parameters.parallelism,
            type=argon2.Type.ID,
        )
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        """A self-describing argon2id hash (salt and parameters included)."""
        return self._argon2.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        """True when `password` matches; False on a mismatch or an unreadable hash."""
        try:
            return self._argon2.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the hash was made with other parameters than the current ones."""
        try:
            return self._argon2.check_needs_rehash(stored_hash)
        except InvalidHashError:
            return True

    def verify_dummy(self, password: str) -> None:
        """Spend the same work as `verify`, for a login name that does not exist."""
        # Without this, an unknown login would answer in microseconds and a known one in tens of
        # milliseconds: a timing oracle that enumerates accounts.
        if self._dummy is None:
            self._dummy = self._argon2.hash("bastion-dummy-password")
        self.verify(self._dummy, password)


@functools.cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common breached passwords, case-folded."""
    text = resources.files("bastion.access").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _variants(password: str) -> set[str]:
    # Users satisfy rules by decorating a common word: "Password123!" is still "password".
    folded = unicodedata.normalize("NFKC", password).casefold()
    stripped = folded.rstrip("0123456789!@#$%^&*?.,;:-_+=~ ")
    return {folded, stripped, stripped.lstrip("0123456789!@#$%^&*?.,;:-_+=~ ")} - {""}


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    """Which passwords are acceptable: length bounds, no common password, no login name."""

    min_length: int = 12
    max_length: int = MAX_LENGTH
    common: frozenset[str] = field(default_factory=common_passwords)

    def __post_init__(self) -> None:
        if not 8 <= self.min_length <= self.max_length:
            raise ValueError("a password policy needs 8 <= min_length <= max_length")

    def problems(self, password: str, *, login: str | None = None) -> list[str]:
        """Every reason `password` is refused; empty when it is acceptable."""
        found: list[str] = []
        if len(password) < self.min_length:
            found.append(f"the password must have at least {self.min_length} characters")
        if len(password) > self.max_length:
            found.append(f"the password must have at most {self.max_length} characters")
        if _variants(password) & self.common:
            found.append("the password is on a list of commonly used passwords")
        if login is not None and _contains_login(password, login):
            found.append("the password must not contain the login name")
        return found

    def check(self, password: str, *, login: str | None = None) -> None:
        """Raise InvalidInput (`access.weak_password`) listing every problem."""
        found = self.problems(password, login=login)
        if found:
            raise InvalidInput(
                "; ".join(found),
                code="access.weak_password",
                details=[{"field": "password", "problem": p} for p in found],
            )


def _contains_login(password: str, login: str) -> bool:
    folded = unicodedata.normalize("NFKC", password).casefold()
    return any(part in folded for part in _login_parts(login))


def _login_parts(login: str) -> Iterable[str]:
    # An e-mail login is also guessable by its local part; tiny names would refuse too much.
    folded = login.casefold()
    for part in (folded, folded.partition("@")[0]):
        if len(part) >= 3:
            yield part
