"""The test doubles in `bastion.testing`: a frozen clock and a scripted provider.

They live here because `tests/test_testing.py` sits outside this team's paths.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bastion.agents.provider import Completion, Message, ToolSchema
from bastion.testing import FrozenClock, ScriptedProvider

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_frozen_clock_stands_still_until_advanced() -> None:
    clock = FrozenClock(START)
    assert clock.now() == START
    assert clock.now() == START
    assert clock.monotonic() == 0.0
    clock.advance(90.5)
    assert clock.now() == START + timedelta(seconds=90.5)
    assert clock.monotonic() == 90.5


def test_frozen_clock_refuses_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone"):
        FrozenClock(START.replace(tzinfo=None))


def test_frozen_clock_never_goes_back() -> None:
    clock = FrozenClock(START)
    with pytest.raises(ValueError, match="forward"):
        clock.advance(-1)
    assert clock.now() == START


async def test_scripted_provider_replays_in_order_and_records() -> None:
    first, second = Completion(text="one"), Completion(text="two")
    provider = ScriptedProvider([first, second])
    tools = [ToolSchema(name="t", description="d", parameters={})]
    assert await provider.complete(messages=[Message.user("a")], tools=tools) is first
    assert await provider.complete(messages=[Message.user("b")], tools=()) is second
    assert [c.messages[0].content for c in provider.calls] == ["a", "b"]
    assert provider.calls[0].tools == tuple(tools)
    assert provider.calls[1].tools == ()
    with pytest.raises(LookupError, match="ran out"):
        await provider.complete(messages=[], tools=())
    assert len(provider.calls) == 2
