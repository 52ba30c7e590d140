"""Bastion: a defense-in-depth security gateway and library for LLM agent systems."""

from bastion.core import (
    AccessDenied,
    Action,
    BastionError,
    Check,
    ConfigurationError,
    CryptoError,
    Direction,
    Finding,
    Pipeline,
    Policy,
    Principal,
    RateLimited,
    Severity,
    Span,
    StoreError,
    Subject,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "AccessDenied",
    "Action",
    "BastionError",
    "Check",
    "ConfigurationError",
    "CryptoError",
    "Direction",
    "Finding",
    "Pipeline",
    "Policy",
    "Principal",
    "RateLimited",
    "Severity",
    "Span",
    "StoreError",
    "Subject",
    "Verdict",
    "__version__",
]
