from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from bastion.core.errors import ConfigurationError
from bastion.crypto.keys import create_key_file, keyring_from_secret, load_key_file


def test_created_key_file_is_private_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "data" / "keys.json"
    ring = create_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    loaded = load_key_file(path)
    assert loaded.active == ring.active
    assert len(loaded.active) == 32
    assert loaded.origin == "generated"


def test_key_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    create_key_file(path)
    with pytest.raises(FileExistsError):
        create_key_file(path)


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660])
def test_key_file_readable_by_others_is_refused_with_the_fix(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "keys.json"
    create_key_file(path)
    os.chmod(path, mode)
    with pytest.raises(ConfigurationError) as info:
        load_key_file(path)
    assert f"chmod 600 {path}" in info.value.message


@pytest.mark.parametrize(
    "content",
    ["not json", "{}", json.dumps({"active": "k1", "keys": [{"id": "k1", "key": "c2hvcnQ="}]})],
)
def test_corrupt_key_file_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "keys.json"
    path.write_text(content)
    os.chmod(path, 0o600)
    with pytest.raises(ConfigurationError):
        load_key_file(path)


def test_keyring_repr_hides_keys(tmp_path: Path) -> None:
    ring = create_key_file(tmp_path / "keys.json")
    assert ring.active.hex() not in repr(ring)
    assert "hidden" in repr(ring)


@pytest.mark.parametrize("secret", ["", "changeme", "00" * 32, "short", "a" * 64, "ab" * 16])
def test_weak_secrets_are_refused(secret: str) -> None:
    with pytest.raises(ConfigurationError):
        keyring_from_secret(secret)


def test_strong_secret_is_accepted() -> None:
    secret = os.urandom(32).hex()
    ring = keyring_from_secret(secret)
    assert ring.active == bytes.fromhex(secret)
    assert ring.origin == "provided"
