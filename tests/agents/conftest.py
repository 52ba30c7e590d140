from __future__ import annotations

import pytest

from bastion.store.memory import MemoryStore
from bastion.testing import FrozenClock

from .shop import NOW, seeded_store


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW)


@pytest.fixture
async def store(clock: FrozenClock) -> MemoryStore:
    return await seeded_store(clock)
