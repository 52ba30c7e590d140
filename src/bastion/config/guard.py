"""The default content guard: which detectors run, on which views, under which policy."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bastion.core.guard import Guard
from bastion.core.normalise import evasion_check, on_views
from bastion.core.patterns import compile_shared
from bastion.core.pipeline import Pipeline
from bastion.core.policy import default_policy
from bastion.core.types import Check
from bastion.detectors.injection import injection_check
from bastion.detectors.pii import pii_check
from bastion.detectors.secrets import secrets_check
from bastion.detectors.webattack import webattack_check


def default_checks() -> Mapping[str, Check]:
    """Hidden-text evasion on the raw text; every detector on every normalised view."""
    return MappingProxyType(
        {
            "evasion": evasion_check(),
            "detectors": on_views(
                injection_check(), webattack_check(), secrets_check(), pii_check()
            ),
        }
    )


def build_guard(
    *, key: bytes, checks: Mapping[str, Check] | None = None, shadow: bool = False
) -> Guard:
    """The guard used on every path: chat input and output, tool arguments and results, scans."""
    pipeline = Pipeline(checks=default_checks() if checks is None else checks)
    # The first request should not wait while the detectors' merged automaton compiles.
    compile_shared()
    return Guard(pipeline=pipeline, policy=default_policy(shadow=shadow), key=key)
