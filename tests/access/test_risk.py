"""Risk scoring: contexts to decisions at each threshold, the weight table, and learning."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bastion.access.risk import (
    FACTORS,
    DeviceEvidence,
    RiskContext,
    RiskDecision,
    RiskEngine,
    RiskProfile,
    RiskThresholds,
    assess,
    context_for,
    network_prefix,
)
from bastion.core.errors import ConfigurationError
from bastion.store.memory_devices import MemoryDeviceStore
from bastion.testing import FrozenClock

SIGNED, NONE = DeviceEvidence.SIGNED, DeviceEvidence.NONE
ALLOW = RiskDecision.ALLOW
MFA = RiskDecision.REQUIRE_MFA
APPROVAL = RiskDecision.REQUIRE_APPROVAL
DENY = RiskDecision.DENY


def ctx(
    device: DeviceEvidence = SIGNED,
    *,
    new_network: bool = False,
    unusual_hour: bool = False,
    privileged: bool = False,
    failures: int = 0,
) -> RiskContext:
    return RiskContext(
        device=device,
        new_network=new_network,
        unusual_hour=unusual_hour,
        privileged=privileged,
        recent_failures=failures,
    )


# Default weights: unsigned 0.2, new network 0.2, unusual hour 0.1, privileged 0.2,
# failures 0.1 each up to 0.3. Thresholds: 0.3 MFA, 0.5 approval, 0.7 deny.
CASES = [
    ("nothing unusual", ctx(), 0.0, ALLOW),
    ("odd hour alone", ctx(unusual_hour=True), 0.1, ALLOW),
    ("unsigned alone", ctx(NONE), 0.2, ALLOW),
    ("new network alone", ctx(new_network=True), 0.2, ALLOW),
    ("two failures, just under mfa", ctx(failures=2), 0.2, ALLOW),
    ("unsigned + odd hour: exactly 0.3", ctx(NONE, unusual_hour=True), 0.3, MFA),
    ("three failures: exactly 0.3", ctx(failures=3), 0.3, MFA),
    ("unsigned + new network", ctx(NONE, new_network=True), 0.4, MFA),
    ("unsigned + privileged", ctx(NONE, privileged=True), 0.4, MFA),
    ("0.4 + one failure: exactly 0.5", ctx(NONE, privileged=True, failures=1), 0.5, APPROVAL),
    (
        "new network, privileged, odd hour: exactly 0.5",
        ctx(new_network=True, privileged=True, unusual_hour=True),
        0.5,
        APPROVAL,
    ),
    (
        "unsigned, new network, privileged",
        ctx(NONE, new_network=True, privileged=True),
        0.6,
        APPROVAL,
    ),
    (
        "all but failures: exactly 0.7",
        ctx(NONE, new_network=True, privileged=True, unusual_hour=True),
        0.7,
        DENY,
    ),
    (
        "everything, failures capped",
        ctx(NONE, new_network=True, privileged=True, unusual_hour=True, failures=50),
        1.0,
        DENY,
    ),
    ("failures are capped at 0.3", ctx(failures=1000), 0.3, MFA),
]


@pytest.mark.parametrize(
    ("context", "score", "decision"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_contexts_score_and_decide_at_each_boundary(
    context: RiskContext, score: float, decision: RiskDecision
) -> None:
    assessment = assess(context)
    assert assessment.score == pytest.approx(score)
    assert assessment.decision is decision
    assert 0.0 <= assessment.score <= 1.0
    assert sum(f.weight for f in assessment.factors) == pytest.approx(score)


def test_factors_name_what_raised_the_score() -> None:
    assessment = assess(ctx(NONE, new_network=True, failures=2))
    assert {f.code: f.weight for f in assessment.factors} == {
        "risk.device_unsigned": 0.2,
        "risk.network_new": 0.2,
        "risk.recent_failures": 0.2,
    }
    assert assessment.codes == ("risk.device_unsigned", "risk.network_new", "risk.recent_failures")
    assert assess(ctx()).factors == ()


def test_every_factor_in_the_table_has_a_reason_and_a_sane_weight() -> None:
    for code, factor in FACTORS.items():
        assert factor.code == code
        assert code.startswith("risk.")
        assert 0 < factor.weight <= 1
        assert len(factor.reason) > 20


@pytest.mark.parametrize(
    ("thresholds", "score", "decision"),
    [
        (RiskThresholds(mfa=0.1, approval=0.2, deny=0.4), 0.1, MFA),
        (RiskThresholds(mfa=0.1, approval=0.2, deny=0.4), 0.2, APPROVAL),
        (RiskThresholds(mfa=0.1, approval=0.2, deny=0.4), 0.4, DENY),
        (RiskThresholds(mfa=0.5, approval=0.9, deny=1.0), 0.4, ALLOW),
        (RiskThresholds(mfa=0.5, approval=0.9, deny=1.0), 1.0, DENY),
    ],
)
def test_thresholds_are_configurable(
    thresholds: RiskThresholds, score: float, decision: RiskDecision
) -> None:
    assert thresholds.decide(score) is decision


@pytest.mark.parametrize(
    ("mfa", "approval", "deny"),
    [
        (0.5, 0.3, 0.7),  # not ascending
        (0.3, 0.3, 0.7),  # equal
        (0.3, 0.7, 0.7),
        (0.0, 0.5, 0.7),  # zero: everything needs MFA by accident
        (-0.1, 0.5, 0.7),
        (0.3, 0.5, 1.1),  # unreachable
    ],
)
def test_thresholds_must_ascend_within_the_unit_interval(
    mfa: float, approval: float, deny: float
) -> None:
    with pytest.raises(ConfigurationError, match="0 < mfa < approval < deny <= 1"):
        RiskThresholds(mfa=mfa, approval=approval, deny=deny)


def test_custom_weights_apply_and_a_table_missing_a_factor_is_refused() -> None:
    heavier = dict(FACTORS)
    heavier["risk.hour_unusual"] = replace(FACTORS["risk.hour_unusual"], weight=0.9)
    assert assess(ctx(unusual_hour=True), factors=heavier).decision is DENY
    partial = dict(FACTORS)
    del partial["risk.network_new"]
    with pytest.raises(ConfigurationError):
        assess(ctx(), factors=partial)


def test_negative_failure_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="recent_failures"):
        ctx(failures=-1)


@pytest.mark.parametrize(
    ("client", "prefix"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("203.0.113.1", "203.0.113.0/24"),
        ("::ffff:203.0.113.9", "203.0.113.0/24"),
        ("2001:db8:1:2:3::1", "2001:db8:1::/48"),
        ("2001:db8:1:ffff::1", "2001:db8:1::/48"),
        (" 198.51.100.4 ", "198.51.100.0/24"),
        ("not an address", None),
        ("", None),
        (None, None),
    ],
)
def test_network_prefixes(client: str | None, prefix: str | None) -> None:
    assert network_prefix(client) == prefix


AT_NINE = datetime(2026, 5, 4, 9, 15, tzinfo=UTC)


def habitual(hour_counts: dict[int, int], prefixes: frozenset[str] = frozenset()) -> RiskProfile:
    hours = [0] * 24
    for hour, count in hour_counts.items():
        hours[hour] = count
    return RiskProfile(user_id="usr_alice", prefixes=prefixes, hours=tuple(hours))


@pytest.mark.parametrize(
    ("profile", "at", "unusual"),
    [
        (habitual({}), AT_NINE.replace(hour=3), False),  # no history: no opinion
        (habitual({9: 9}), AT_NINE.replace(hour=3), False),  # 9 sightings: still too few
        (habitual({9: 10}), AT_NINE.replace(hour=3), True),
        (habitual({9: 10}), AT_NINE, False),
        (habitual({9: 10}), AT_NINE.replace(hour=10), False),  # neighbouring hour
        (habitual({9: 10}), AT_NINE.replace(hour=11), True),
        (habitual({23: 10}), AT_NINE.replace(hour=0), False),  # wraps around midnight
        (habitual({9: 100, 3: 4}), AT_NINE.replace(hour=3), True),  # 4% of history
        (habitual({9: 95, 3: 5}), AT_NINE.replace(hour=3), False),  # 5%
        (habitual({9: 10}), AT_NINE.astimezone(timezone(timedelta(hours=2))), False),  # 11:15 local
    ],
)
def test_unusual_hours_follow_the_users_history(
    profile: RiskProfile, at: datetime, unusual: bool
) -> None:
    context = context_for(profile, client="203.0.113.5", at=at, device=SIGNED, privileged=False)
    assert context.unusual_hour is unusual


def test_a_known_prefix_is_not_new_and_an_unreadable_client_is() -> None:
    profile = habitual({}, prefixes=frozenset({"203.0.113.0/24"}))
    seen = context_for(profile, client="203.0.113.200", at=AT_NINE, device=SIGNED, privileged=False)
    assert not seen.new_network
    for client in ("203.0.114.1", "garbage", None):
        context = context_for(profile, client=client, at=AT_NINE, device=SIGNED, privileged=False)
        assert context.new_network


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        context_for(
            habitual({}),
            client=None,
            at=AT_NINE.replace(tzinfo=None),
            device=SIGNED,
            privileged=False,
        )


async def test_the_engine_learns_networks_and_hours_from_successful_logins() -> None:
    clock = FrozenClock(AT_NINE)
    engine = RiskEngine(profiles=MemoryDeviceStore(), clock=clock)
    first = await engine.evaluate(
        user_id="usr_alice", client="203.0.113.5", device=NONE, privileged=False
    )
    assert first.codes == ("risk.device_unsigned", "risk.network_new")
    assert first.decision is MFA
    for _ in range(10):
        await engine.learn(user_id="usr_alice", client="203.0.113.5")
    usual = await engine.evaluate(
        user_id="usr_alice", client="203.0.113.99", device=NONE, privileged=False
    )
    assert usual.codes == ("risk.device_unsigned",)
    assert usual.decision is ALLOW
    clock.advance(12 * 3600)  # 21:15, far from every learned hour
    night = await engine.evaluate(
        user_id="usr_alice", client="198.51.100.1", device=NONE, privileged=True, recent_failures=1
    )
    assert night.codes == (
        "risk.device_unsigned",
        "risk.network_new",
        "risk.hour_unusual",
        "risk.permission_privileged",
        "risk.recent_failures",
    )
    assert night.decision is DENY
    # Profiles are per user: bob has learned nothing from alice.
    bob = await engine.evaluate(
        user_id="usr_bob", client="203.0.113.5", device=SIGNED, privileged=False
    )
    assert bob.codes == ("risk.network_new",)


async def test_the_engine_uses_its_configured_thresholds() -> None:
    engine = RiskEngine(
        profiles=MemoryDeviceStore(),
        clock=FrozenClock(AT_NINE),
        thresholds=RiskThresholds(mfa=0.1, approval=0.8, deny=0.9),
    )
    assessment = await engine.evaluate(
        user_id="u", client="203.0.113.5", device=SIGNED, privileged=False
    )
    assert assessment.decision is MFA
