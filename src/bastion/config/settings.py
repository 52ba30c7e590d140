"""Typed settings, read once at the edge from `BASTION_*` variables and an optional TOML file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_CONFIG_FILE = Path("bastion.toml")
MEGABYTE = 1024 * 1024


class Settings(BaseSettings):
    """Every knob of a deployment. Environment beats the TOML file; both beat the defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BASTION_",
        extra="forbid",
        toml_file=DEFAULT_CONFIG_FILE,
        validate_default=True,
    )

    profile: Literal["development", "production"] = "development"
    debug: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)

    data_dir: Path = Path(".bastion")
    database_url: SecretStr | None = None
    redis_url: SecretStr | None = None
    key_file: Path | None = None
    secret_key: SecretStr | None = None

    enforce_https: bool = False
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_body_bytes: int = Field(default=10 * MEGABYTE, ge=1024)
    access_policy_file: Path | None = None
    shadow_mode: bool = False  # content policy decides and reports but does not enforce
    chat_history_turns: int = Field(default=20, ge=0, le=200)
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    # Identity: password hashing (argon2id; below OWASP's minimum is refused), password policy,
    # login lockout and browser sessions. `None` means the profile's default (see properties).
    password_hash_memory_kib: int = Field(default=64 * 1024, ge=19 * 1024, le=4 * 1024 * 1024)
    password_hash_iterations: int = Field(default=3, ge=2, le=20)
    password_hash_parallelism: int = Field(default=1, ge=1, le=16)
    password_min_length: int | None = Field(default=None, ge=8, le=128)
    lockout_account_failures: int = Field(default=5, ge=1, le=100)
    lockout_address_failures: int = Field(default=20, ge=1, le=10_000)
    lockout_window_seconds: int = Field(default=15 * 60, ge=1)
    lockout_seconds: int = Field(default=15 * 60, ge=1)
    session_idle_seconds: int | None = Field(default=None, ge=60)
    session_absolute_seconds: int | None = Field(default=None, ge=60)

    # Tokens: signed access JWTs and rotating refresh tokens. EdDSA publishes its public keys at
    # /.well-known/jwks.json; HS256 keeps one shared secret and publishes nothing.
    jwt_algorithm: Literal["EdDSA", "HS256"] = "EdDSA"
    jwt_issuer: str = Field(default="bastion", min_length=1, max_length=256)
    jwt_audience: str = Field(default="bastion-api", min_length=1, max_length=256)
    jwt_leeway_seconds: int = Field(default=30, ge=0, le=300)
    access_token_ttl_seconds: int = Field(default=15 * 60, ge=1, le=24 * 3600)
    refresh_token_ttl_seconds: int = Field(default=14 * 24 * 3600, ge=60, le=90 * 24 * 3600)

    # Devices, risk and step-up. A signed request's timestamp may be this far from the server's
    # clock; a risk score at or above each threshold requires MFA, approval, or is denied (the
    # thresholds must ascend; see bastion.access.risk). A second-factor verification lets risky
    # requests through for `step_up_seconds`; `mfa_max_failures` failed codes per user within
    # the lockout window stop verification for that window.
    device_max_skew_seconds: int = Field(default=300, ge=1, le=3600)
    risk_mfa_threshold: float = Field(default=0.3, gt=0, le=1)
    risk_approval_threshold: float = Field(default=0.5, gt=0, le=1)
    risk_deny_threshold: float = Field(default=0.7, gt=0, le=1)
    step_up_seconds: int = Field(default=600, ge=30, le=24 * 3600)
    mfa_max_failures: int = Field(default=5, ge=1, le=100)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        # Allow BASTION_CORS_ORIGINS=https://a.example,https://b.example as well as JSON.
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls),
            file_secret_settings,
        )

    @property
    def resolved_key_file(self) -> Path:
        return self.key_file if self.key_file is not None else self.data_dir / "keys.json"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        return f"sqlite:///{(self.data_dir / 'bastion.db').resolve()}"

    @property
    def resolved_password_min_length(self) -> int:
        """12 in production (never less), 8 in development, unless configured higher."""
        floor = 12 if self.profile == "production" else 8
        return max(floor, self.password_min_length or floor)

    @property
    def resolved_session_idle_seconds(self) -> int:
        """One hour in production, eight in development, unless configured."""
        default = 3600 if self.profile == "production" else 8 * 3600
        return self.session_idle_seconds or default

    @property
    def resolved_session_absolute_seconds(self) -> int:
        """Twelve hours in production, a day in development, never below the idle timeout."""
        default = 12 * 3600 if self.profile == "production" else 24 * 3600
        return max(self.session_absolute_seconds or default, self.resolved_session_idle_seconds)

    @property
    def uses_embedded_database(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")
