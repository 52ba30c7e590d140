"""Expiring counters in process memory: the `CounterStore` for a single instance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bastion.core.clock import Clock, SystemClock


@dataclass(slots=True)
class _Counter:
    count: int
    expires_at: datetime


class MemoryCounterStore:
    """Fixed-window counters; time comes from the injected clock, so tests can move it."""

    def __init__(self, *, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or SystemClock()
        self._counters: dict[str, _Counter] = {}

    def _live(self, key: str, now: datetime) -> _Counter | None:
        counter = self._counters.get(key)
        if counter is not None and now >= counter.expires_at:
            del self._counters[key]
            return None
        return counter

    async def increment(self, key: str, *, window: timedelta) -> int:
        now = self._clock.now()
        counter = self._live(key, now)
        if counter is None:
            counter = self._counters[key] = _Counter(count=0, expires_at=now + window)
        counter.count += 1
        self._sweep(now)
        return counter.count

    async def get(self, key: str) -> int:
        counter = self._live(key, self._clock.now())
        return 0 if counter is None else counter.count

    async def reset(self, key: str) -> None:
        self._counters.pop(key, None)

    async def close(self) -> None:
        """Nothing to release."""

    def _sweep(self, now: datetime) -> None:
        # Bound memory under a spray of distinct keys: drop expired counters once there are many.
        if len(self._counters) > 10_000:
            for key in [k for k, c in self._counters.items() if now >= c.expires_at]:
                del self._counters[key]
