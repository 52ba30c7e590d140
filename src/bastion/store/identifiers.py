"""Public identifiers for stored objects: a type prefix and random, unguessable characters."""

from __future__ import annotations

import secrets

# Crockford-style base32 without the look-alikes I, L, O, U: easy to read aloud, no case issues.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LENGTH = 10  # 50 random bits: ids are not secrets (ownership is checked), but never enumerable

TICKET = "TCK"
NOTIFICATION = "NTF"


def new_id(prefix: str) -> str:
    """A fresh identifier such as `TCK-7K2M9QX4ZB`."""
    return f"{prefix}-" + "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
