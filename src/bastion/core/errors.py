"""One root exception and a small tree; each carries a stable dotted code for the HTTP envelope."""

from __future__ import annotations


class BastionError(Exception):
    """Root of every error Bastion raises on purpose."""

    code = "bastion.error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ConfigurationError(BastionError):
    """Settings or files that cannot be used; the message says what to fix."""

    code = "config.invalid"


class StoreError(BastionError):
    """A storage backend failed; the driver's exception is the `__cause__`."""

    code = "store.unavailable"


class NotFound(BastionError):
    """The object does not exist, or exists but belongs to someone else."""

    code = "resource.not_found"


class InvalidInput(BastionError):
    """Parameters that fail validation; nothing was changed."""

    code = "request.invalid"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: list[dict[str, object]] | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.details = details or []


class ContentRefused(BastionError):
    """The content guard refused the text; `findings` holds codes only, never the text."""

    code = "input.blocked"

    def __init__(self, message: str, *, findings: tuple[str, ...], code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.findings = findings


class AccessDenied(BastionError):
    """Authentication or authorisation refused the request."""

    code = "access.denied"


class RateLimited(BastionError):
    """Too many requests; retry after `retry_after` seconds."""

    code = "access.rate_limited"

    def __init__(self, message: str, *, retry_after: float, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


class CryptoError(BastionError):
    """Any cryptographic failure; deliberately says nothing about which step failed."""

    code = "crypto.failed"
