from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bastion.config.preflight import prepare
from bastion.config.settings import Settings
from bastion.core.errors import ConfigurationError

STRONG = os.urandom(32).hex()


def production(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "profile": "production",
        "data_dir": tmp_path / "data",
        "enforce_https": True,
        "secret_key": STRONG,
        "cors_origins": ["https://shop.example"],
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def test_development_creates_private_data_dir_and_key_file(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d")
    result = prepare(settings)
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "d" / "keys.json").stat().st_mode) == 0o600
    # A second start reuses the same key.
    assert prepare(settings).keyring.active == result.keyring.active


def test_development_refuses_a_key_file_others_can_read(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d")
    prepare(settings)
    os.chmod(tmp_path / "d" / "keys.json", 0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        prepare(settings)


def test_secure_production_settings_start(tmp_path: Path) -> None:
    result = prepare(production(tmp_path))
    assert result.keyring.origin == "provided"


def test_production_lists_every_problem_at_once(tmp_path: Path) -> None:
    settings = production(
        tmp_path, debug=True, enforce_https=False, cors_origins=["*"], secret_key=None
    )
    with pytest.raises(ConfigurationError) as info:
        prepare(settings)
    message = info.value.message
    for fragment in (
        "BASTION_DEBUG",
        "BASTION_ENFORCE_HTTPS",
        "BASTION_CORS_ORIGINS",
        "BASTION_SECRET_KEY",
    ):
        assert fragment in message


@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        ({"debug": True}, "BASTION_DEBUG=false"),
        ({"enforce_https": False}, "BASTION_ENFORCE_HTTPS=true"),
        ({"cors_origins": ["https://a.example", "*"]}, "CORS"),
        ({"secret_key": None}, "no key material"),
        ({"secret_key": "changeme"}, "BASTION_SECRET_KEY"),
    ],
)
def test_production_refuses_each_insecure_setting(
    tmp_path: Path, override: dict[str, object], fragment: str
) -> None:
    with pytest.raises(ConfigurationError, match=fragment):
        prepare(production(tmp_path, **override))


def test_production_refuses_a_generated_key_file(tmp_path: Path) -> None:
    prepare(Settings(data_dir=tmp_path / "data"))  # development generates a key file
    with pytest.raises(ConfigurationError, match="generated for development"):
        prepare(production(tmp_path, secret_key=None))


def test_production_refuses_an_open_data_directory(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir(mode=0o755)
    os.chmod(tmp_path / "data", 0o755)
    with pytest.raises(ConfigurationError, match="chmod 700"):
        prepare(production(tmp_path))


def test_settings_repr_hides_secrets(tmp_path: Path) -> None:
    settings = production(tmp_path, database_url="postgresql://u:hunter2@db/x")
    assert STRONG not in repr(settings)
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in str(settings.model_dump())


def test_environment_and_toml_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bastion.toml").write_text('port = 9001\nlog_level = "debug"\n')
    monkeypatch.setenv("BASTION_PORT", "9002")
    monkeypatch.setenv("BASTION_CORS_ORIGINS", "https://a.example, https://b.example")
    settings = Settings()
    assert settings.port == 9002  # environment wins over the file
    assert settings.log_level == "debug"
    assert settings.cors_origins == ["https://a.example", "https://b.example"]


def test_unknown_setting_in_toml_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "bastion.toml").write_text("prot = 1\n")
    with pytest.raises(ValueError, match="prot"):
        Settings()
