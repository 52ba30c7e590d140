"""The detector's copy of the `bst_` key checksum agrees with the key issuer in bastion.access."""

from __future__ import annotations

import pytest

from bastion.access import apikeys
from bastion.core.types import Subject
from bastion.detectors import secret_rules
from bastion.detectors.secrets import secrets_check


@pytest.mark.parametrize("seed", range(50))
def test_detector_accepts_every_key_the_issuer_makes(seed):
    body = secret_rules.sample(apikeys.ID_LEN + apikeys.SECRET_LEN, seed=f"issuer-{seed}")
    key = apikeys.PREFIX + body + apikeys._checksum(body)
    assert apikeys.parse_key(key) is not None
    assert secret_rules.bastion_key(key)
    codes = [f.code for f in secrets_check()(Subject(f"key: {key}"))]
    assert codes == ["secret.bastion_api_key"]


@pytest.mark.parametrize("seed", range(50))
def test_detector_and_issuer_reject_the_same_corrupted_keys(seed):
    body = secret_rules.sample(apikeys.ID_LEN + apikeys.SECRET_LEN, seed=f"bad-{seed}")
    key = apikeys.PREFIX + body + apikeys._checksum(body)
    corrupted = key[:20] + ("A" if key[20] != "A" else "B") + key[21:]
    assert (apikeys.parse_key(corrupted) is None) == (not secret_rules.bastion_key(corrupted))
    assert not secret_rules.bastion_key(corrupted)


def test_format_constants_match():
    assert apikeys.KEY_LEN == 52
    assert apikeys.PREFIX == "bst_"
