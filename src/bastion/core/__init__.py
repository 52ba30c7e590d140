"""The vocabulary every layer speaks: subjects, findings, verdicts, the pipeline and errors."""

from bastion.core.clock import Clock, SystemClock
from bastion.core.errors import (
    AccessDenied,
    BastionError,
    ConfigurationError,
    CryptoError,
    InvalidInput,
    NotFound,
    RateLimited,
    StoreError,
)
from bastion.core.pipeline import Pipeline
from bastion.core.policy import CHECK_FAILED, Policy
from bastion.core.types import (
    Action,
    Check,
    Direction,
    Finding,
    Principal,
    Role,
    Severity,
    Span,
    Subject,
    Verdict,
)

__all__ = [
    "CHECK_FAILED",
    "AccessDenied",
    "Action",
    "BastionError",
    "Check",
    "Clock",
    "ConfigurationError",
    "CryptoError",
    "Direction",
    "Finding",
    "InvalidInput",
    "NotFound",
    "Pipeline",
    "Policy",
    "Principal",
    "RateLimited",
    "Role",
    "Severity",
    "Span",
    "StoreError",
    "Subject",
    "SystemClock",
    "Verdict",
]
