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
    chat_history_turns: int = Field(default=20, ge=0, le=200)
    log_level: Literal["debug", "info", "warning", "error"] = "info"

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
    def uses_embedded_database(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")
