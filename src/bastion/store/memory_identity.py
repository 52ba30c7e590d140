"""Users and browser sessions in process memory, with the SQL store's contract."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bastion.access.sessions import SessionRecord
from bastion.access.users import UserRecord
from bastion.core.errors import StoreError
from bastion.store.timestamps import to_utc


class MemoryIdentityStore:
    """The `UserStore` and `SessionStore` ports held in dictionaries; lost on exit."""

    def __init__(self) -> None:
        self._users: dict[str, UserRecord] = {}
        self._sessions: dict[str, SessionRecord] = {}

    async def add_user(self, record: UserRecord) -> None:
        taken = record.id in self._users or any(
            u.login == record.login for u in self._users.values()
        )
        if taken:
            raise StoreError("the change conflicts with stored data", code="store.conflict")
        self._users[record.id] = _utc(record)

    async def get_user(self, user_id: str) -> UserRecord | None:
        return self._users.get(user_id)

    async def find_user(self, login: str) -> UserRecord | None:
        return next((u for u in self._users.values() if u.login == login), None)

    async def list_users(self) -> list[UserRecord]:
        return sorted(self._users.values(), key=lambda u: (u.created_at, u.id))

    async def update_user(self, record: UserRecord) -> bool:
        if record.id not in self._users:
            return False
        clash = any(u.login == record.login and u.id != record.id for u in self._users.values())
        if clash:
            raise StoreError("the change conflicts with stored data", code="store.conflict")
        self._users[record.id] = _utc(record)
        return True

    async def add_session(self, record: SessionRecord) -> None:
        if record.id_hash in self._sessions or record.user_id not in self._users:
            # The SQL store refuses both: a duplicate key and a session for no user.
            raise StoreError("the change conflicts with stored data", code="store.conflict")
        self._sessions[record.id_hash] = record

    async def get_session(self, id_hash: str) -> SessionRecord | None:
        return self._sessions.get(id_hash)

    async def touch_session(self, id_hash: str, *, at: datetime) -> None:
        found = self._sessions.get(id_hash)
        if found is not None:
            self._sessions[id_hash] = replace(found, last_seen_at=to_utc(at))

    async def delete_session(self, id_hash: str) -> bool:
        return self._sessions.pop(id_hash, None) is not None

    async def delete_user_sessions(self, user_id: str) -> int:
        doomed = [h for h, s in self._sessions.items() if s.user_id == user_id]
        for id_hash in doomed:
            del self._sessions[id_hash]
        return len(doomed)


def _utc(record: UserRecord) -> UserRecord:
    valid_after = record.tokens_valid_after
    return replace(
        record,
        created_at=to_utc(record.created_at),
        password_changed_at=to_utc(record.password_changed_at),
        tokens_valid_after=None if valid_after is None else to_utc(valid_after),
    )
