"""Users who log in with a password: customers, support agents and administrators.

`Users.authenticate` answers every failure (unknown login, wrong password, disabled or locked
account) with the same error after the same work, so neither the response nor its timing tells
an attacker which accounts exist or which guess came close.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from bastion.access.lockout import Lockout
from bastion.access.passwords import PasswordHasher, PasswordPolicy
from bastion.core.clock import Clock
from bastion.core.errors import AccessDenied, InvalidInput, NotFound
from bastion.core.events import Event, EventSink, Outcome
from bastion.core.types import Principal, Role

ADMIN_ROLES = frozenset({Role.ADMIN, Role.SUPER_ADMIN})
"""Roles that can manage users; at least one active user must keep one of them."""

LOGIN_FAILED = "access.login_failed"
LOGIN_FAILED_MESSAGE = "the login name or password is not correct, or the account cannot log in"

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._@+-]{2,127}$")
_MAX_CONCURRENT_HASHES = 4
"""Each argon2 run holds tens of MiB; a burst of logins must not exhaust memory."""


class LastAdmin(AccessDenied):
    """The change would leave no active administrator."""

    code = "access.last_admin"


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A stored user: `login` is canonical (case-folded); the hash never leaves the server."""

    id: str
    login: str
    role: Role
    customer_id: str | None
    active: bool
    password_hash: str
    created_at: datetime
    password_changed_at: datetime
    tokens_valid_after: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.active and self.role in ADMIN_ROLES


class UserStore(Protocol):
    """Persistence for users; implemented in `bastion.store`."""

    async def add_user(self, record: UserRecord) -> None:
        """Insert; a StoreError (`store.conflict`) when the id or login is taken."""
        ...

    async def get_user(self, user_id: str) -> UserRecord | None: ...

    async def find_user(self, login: str) -> UserRecord | None:
        """The user with this canonical login, or None."""
        ...

    async def list_users(self) -> list[UserRecord]:
        """Every user, oldest first."""
        ...

    async def update_user(self, record: UserRecord) -> bool:
        """Replace the stored user with the same id; False when there is none."""
        ...


def canonical_login(login: str) -> str:
    """The form logins are stored and compared in: NFKC, case-folded, trimmed."""
    return unicodedata.normalize("NFKC", login).strip().casefold()


def valid_login(login: str) -> bool:
    """True for a canonical login of 3-128 letters, digits and `._@+-`."""
    return _LOGIN.fullmatch(login) is not None


def principal_for(user: UserRecord, *, method: str) -> Principal:
    """The principal a logged-in user acts as; `method` is `jwt` or `session`."""
    return Principal(
        id=f"user:{user.id}",
        role=user.role,
        customer_id=user.customer_id,
        display=user.login,
        method=method,
        user_id=user.id,
    )


def redacted(user: UserRecord) -> UserRecord:
    """A copy safe to print or return: the hash is blanked."""
    return replace(user, password_hash="")


class Users:
    """Add, list, change and authenticate users over a `UserStore`."""

    def __init__(
        self,
        *,
        store: UserStore,
        hasher: PasswordHasher,
        policy: PasswordPolicy,
        lockout: Lockout,
        events: EventSink,
        clock: Clock,
    ) -> None:
        self._store = store
        self._hasher = hasher
        self.policy = policy
        self._lockout = lockout
        self._events = events
        self._clock = clock
        self._hashing = asyncio.Semaphore(_MAX_CONCURRENT_HASHES)

    # -- administration --------------------------------------------------------------------

    async def add(
        self, login: str, password: str, *, role: Role, customer_id: str | None = None
    ) -> UserRecord:
        """Create an active user; InvalidInput for a bad login, binding or password."""
        canonical = canonical_login(login)
        if not valid_login(canonical):
            raise InvalidInput(
                "a login has 3-128 characters: letters, digits and . _ @ + -",
                code="access.invalid_login",
            )
        _check_binding(role, customer_id)
        self.policy.check(password, login=canonical)
        if await self._store.find_user(canonical) is not None:
            raise InvalidInput(f"the login {canonical!r} is taken", code="access.login_taken")
        now = self._clock.now()
        record = UserRecord(
            id="usr_" + secrets.token_hex(8),
            login=canonical,
            role=role,
            customer_id=customer_id if role.customer_bound else None,
            active=True,
            password_hash=await self._hash(password),
            created_at=now,
            password_changed_at=now,
        )
        await self._store.add_user(record)
        await self._emit("access.user_created", Outcome.SUCCESS, target=record.id, role=role.value)
        return record

    async def list(self) -> list[UserRecord]:
        """Every user with the password hash blanked."""
        return [redacted(u) for u in await self._store.list_users()]

    async def get(self, user_id: str) -> UserRecord | None:
        return await self._store.get_user(user_id)

    async def find(self, login: str) -> UserRecord | None:
        return await self._store.find_user(canonical_login(login))

    async def set_role(
        self, user_id: str, role: Role, *, customer_id: str | None = None
    ) -> UserRecord:
        """Change the role; refuses to demote the last active admin (`access.last_admin`)."""
        user = await self._require(user_id)
        _check_binding(role, customer_id)
        changed = replace(user, role=role, customer_id=customer_id if role.customer_bound else None)
        await self.ensure_admin_remains(changed)
        await self._save(changed)
        await self._emit("access.role_changed", Outcome.SUCCESS, target=user_id, role=role.value)
        return redacted(changed)

    async def disable(self, user_id: str) -> UserRecord:
        """Deactivate; refuses to disable the last active admin (`access.last_admin`)."""
        user = await self._require(user_id)
        changed = replace(user, active=False)
        await self.ensure_admin_remains(changed)
        await self._save(changed)
        await self._emit("access.user_disabled", Outcome.SUCCESS, target=user_id)
        return redacted(changed)

    async def set_password(self, user_id: str, password: str) -> None:
        """Replace the password (policy checked); tokens issued before now stop working."""
        user = await self._require(user_id)
        self.policy.check(password, login=user.login)
        now = self._clock.now()
        changed = replace(
            user,
            password_hash=await self._hash(password),
            password_changed_at=now,
            tokens_valid_after=now,
        )
        await self._save(changed)
        await self._emit("access.password_changed", Outcome.SUCCESS, target=user_id)

    async def sign_out_everywhere(self, user_id: str) -> datetime:
        """Mark every token and session issued to the user until now as no longer valid."""
        user = await self._require(user_id)
        now = self._clock.now()
        await self._save(replace(user, tokens_valid_after=now))
        return now

    async def has_active_admin(self) -> bool:
        return any(u.is_admin for u in await self._store.list_users())

    async def ensure_admin_remains(self, changed: UserRecord) -> None:
        """Raise LastAdmin when saving `changed` would leave no active administrator."""
        others = [u for u in await self._store.list_users() if u.id != changed.id]
        if not changed.is_admin and not any(u.is_admin for u in others):
            current = await self._store.get_user(changed.id)
            # Only a change away from admin can remove the last one; a non-admin is never it.
            if current is not None and current.is_admin:
                raise LastAdmin("this would leave no active administrator")

    # -- login -----------------------------------------------------------------------------

    async def authenticate(self, login: str, password: str, *, client: str | None) -> UserRecord:
        """The user for these credentials, or AccessDenied(`access.login_failed`), always alike."""
        canonical = canonical_login(login)
        locked = await self._lockout.is_locked(canonical, client=client)
        user = await self._store.find_user(canonical) if valid_login(canonical) else None
        # The password is checked in every case, the locked and the unknown included, so every
        # failure costs one argon2 run and takes as long as a wrong password does.
        matches = await self._verify(user, password)
        reason = _failure_reason(user, matches=matches, locked=locked)
        if reason is not None or user is None:
            await self._fail(canonical, client=client, user=user, reason=reason or "unknown_user")
            raise AccessDenied(LOGIN_FAILED_MESSAGE, code=LOGIN_FAILED)
        await self._lockout.record_success(canonical)
        if self._hasher.needs_rehash(user.password_hash):
            user = replace(user, password_hash=await self._hash(password))
            await self._store.update_user(user)
        await self._emit("access.login_succeeded", Outcome.SUCCESS, actor=user.id, client=client)
        return user

    async def _verify(self, user: UserRecord | None, password: str) -> bool:
        async with self._hashing:
            if user is None:
                await asyncio.to_thread(self._hasher.verify_dummy, password)
                return False
            return await asyncio.to_thread(self._hasher.verify, user.password_hash, password)

    async def _fail(
        self, login: str, *, client: str | None, user: UserRecord | None, reason: str
    ) -> None:
        outcome = await self._lockout.record_failure(login, client=client)
        # The reason is for operators only; the client always gets the one message above. An
        # unknown login is not logged: people type their password into the login field.
        target = user.id if user is not None else None
        await self._emit(LOGIN_FAILED, Outcome.FAILURE, actor=target, client=client, reason=reason)
        if outcome.account_locked:
            await self._emit(
                "access.account_locked",
                Outcome.DENIED,
                target=target,
                client=client,
                scope="account",
            )
        if outcome.address_locked:
            await self._emit(
                "access.account_locked", Outcome.DENIED, client=client, scope="address"
            )

    # -- internals -------------------------------------------------------------------------

    async def _hash(self, password: str) -> str:
        async with self._hashing:
            return await asyncio.to_thread(self._hasher.hash, password)

    async def _require(self, user_id: str) -> UserRecord:
        user = await self._store.get_user(user_id)
        if user is None:
            raise NotFound(f"no user with id {user_id!r}", code="access.unknown_user")
        return user

    async def _save(self, record: UserRecord) -> None:
        if not await self._store.update_user(record):
            raise NotFound(f"no user with id {record.id!r}", code="access.unknown_user")

    async def _emit(
        self,
        code: str,
        outcome: Outcome,
        *,
        actor: str | None = None,
        target: str | None = None,
        client: str | None = None,
        **attributes: str,
    ) -> None:
        await self._events.emit(
            Event(
                code=code,
                outcome=outcome,
                at=self._clock.now(),
                actor=actor,
                target=target,
                client=client,
                attributes=attributes,
            )
        )


def _failure_reason(user: UserRecord | None, *, matches: bool, locked: bool) -> str | None:
    if user is None:
        return "unknown_user"
    if not matches:
        return "bad_password"
    if locked:
        return "locked"
    if not user.active:
        return "disabled"
    return None


def _check_binding(role: Role, customer_id: str | None) -> None:
    if role.customer_bound and not customer_id:
        raise InvalidInput(
            f"the role {role.value} acts for one customer: give its customer id",
            code="access.customer_required",
        )
