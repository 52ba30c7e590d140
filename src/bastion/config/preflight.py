"""Start-up checks: prepare the data directory and keys, refuse unsafe production settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bastion.config.settings import Settings
from bastion.core.errors import ConfigurationError
from bastion.crypto.keys import (
    KeyRing,
    create_key_file,
    keyring_from_secret,
    load_key_file,
    permission_problem,
)


@dataclass(frozen=True, slots=True)
class Preflight:
    """What start-up prepared: the key ring and any warnings worth printing."""

    keyring: KeyRing
    warnings: tuple[str, ...]


def prepare(settings: Settings, *, create: bool = True) -> Preflight:
    """Check settings and files; create what development needs; raise listing every problem."""
    problems: list[str] = []
    warnings: list[str] = []
    production = settings.profile == "production"

    if production:
        problems.extend(_production_setting_problems(settings))

    if settings.uses_embedded_database or settings.key_file is None:
        _prepare_data_dir(
            settings.data_dir,
            production=production,
            create=create,
            problems=problems,
            warnings=warnings,
        )

    keyring = _load_keyring(settings, production=production, create=create, problems=problems)

    if problems or keyring is None:
        listing = "\n".join(f"  - {p}" for p in problems)
        raise ConfigurationError(
            f"Bastion cannot start with the {settings.profile} profile:\n{listing}"
        )
    return Preflight(keyring=keyring, warnings=tuple(warnings))


def _production_setting_problems(settings: Settings) -> list[str]:
    problems = []
    if settings.debug:
        problems.append("debug is on: set BASTION_DEBUG=false")
    if not settings.enforce_https:
        problems.append(
            "HTTPS is not enforced: set BASTION_ENFORCE_HTTPS=true (and terminate TLS in front)"
        )
    if "*" in settings.cors_origins:
        problems.append("CORS allows any origin: list the exact origins in BASTION_CORS_ORIGINS")
    return problems


def _prepare_data_dir(
    path: Path, *, production: bool, create: bool, problems: list[str], warnings: list[str]
) -> None:
    if not path.exists():
        if not create:
            problems.append(f"data directory {path} does not exist: run `bastion init`")
            return
        path.mkdir(mode=0o700, parents=True)
    if not path.is_dir():
        problems.append(f"data directory {path} is not a directory")
        return
    problem = permission_problem(path)
    if problem is not None:
        (problems if production else warnings).append(problem)


def _load_keyring(
    settings: Settings, *, production: bool, create: bool, problems: list[str]
) -> KeyRing | None:
    if settings.secret_key is not None:
        try:
            return keyring_from_secret(settings.secret_key.get_secret_value())
        except ConfigurationError as exc:
            problems.append(f"BASTION_SECRET_KEY: {exc.message}")
            return None

    path = settings.resolved_key_file
    if not path.exists():
        if production:
            problems.append(
                "no key material: set BASTION_SECRET_KEY from your secret manager "
                "(32+ random bytes, hex or base64), or provide a key file with BASTION_KEY_FILE"
            )
            return None
        if not create:
            problems.append(f"key file {path} does not exist: run `bastion init`")
            return None
        return create_key_file(path)

    try:
        keyring = load_key_file(path)
    except ConfigurationError as exc:
        problems.append(exc.message)
        return None
    if production and keyring.origin == "generated":
        problems.append(
            f"key file {path} was generated for development: provide production key material "
            "with BASTION_SECRET_KEY or a provisioned key file"
        )
    return keyring
