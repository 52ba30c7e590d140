"""Wiring for devices, risk and step-up MFA: built from settings on the stores identity uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bastion.access.devices import Devices, NonceStore
from bastion.access.lockout import CounterStore
from bastion.access.mfa import Mfa
from bastion.access.risk import RiskEngine, RiskThresholds
from bastion.access.stepup import StepUp, StepUpPolicy
from bastion.config.settings import Settings
from bastion.core.clock import Clock
from bastion.core.events import EventSink
from bastion.crypto.keys import KeyRing
from bastion.crypto.sealing import FieldCipher
from bastion.store.memory_devices import MemoryNonceStore
from bastion.store.redis_nonces import RedisNonceStore
from bastion.store.sql import SqlStore
from bastion.store.sql_devices import SqlDeviceStore


@dataclass(frozen=True, slots=True)
class Trust:
    """What vouches for a user beyond their credential: devices, risk, and a second factor."""

    devices: Devices
    risk: RiskEngine
    mfa: Mfa
    step_up: StepUp
    redis_nonces: RedisNonceStore | None = None

    async def close(self) -> None:
        if self.redis_nonces is not None:
            await self.redis_nonces.close()


def risk_thresholds(settings: Settings) -> RiskThresholds:
    """The configured thresholds; ConfigurationError unless they ascend."""
    return RiskThresholds(
        mfa=settings.risk_mfa_threshold,
        approval=settings.risk_approval_threshold,
        deny=settings.risk_deny_threshold,
    )


def build_trust(
    settings: Settings,
    *,
    store: SqlStore,
    clock: Clock,
    keyring: KeyRing,
    counters: CounterStore,
    events: EventSink,
) -> Trust:
    """Devices, profiles and factors in SQL; nonces in Redis when `BASTION_REDIS_URL` is set."""
    device_store = SqlDeviceStore(engine=store.engine)
    redis = (
        RedisNonceStore.from_url(settings.redis_url.get_secret_value())
        if settings.redis_url is not None
        else None
    )
    # In memory, a nonce is known only to the instance that saw it: fine for one process, and
    # the reason several instances must share Redis.
    nonces: NonceStore = redis if redis is not None else MemoryNonceStore(clock=clock)
    devices = Devices(
        store=device_store,
        nonces=nonces,
        clock=clock,
        max_skew=settings.device_max_skew_seconds,
        events=events,
    )
    risk = RiskEngine(profiles=device_store, clock=clock, thresholds=risk_thresholds(settings))
    mfa = Mfa(store=device_store, cipher=FieldCipher(keyring), clock=clock, events=events)
    step_up = StepUp(
        counters=counters,
        policy=StepUpPolicy(
            ttl=timedelta(seconds=settings.step_up_seconds),
            max_failures=settings.mfa_max_failures,
            window=timedelta(seconds=settings.lockout_window_seconds),
        ),
    )
    return Trust(devices=devices, risk=risk, mfa=mfa, step_up=step_up, redis_nonces=redis)
