"""Every secrets rule finds its examples and none of its counter-examples; placeholders pass."""

from __future__ import annotations

import pytest

from bastion.core.types import Severity, Subject
from bastion.detectors import secret_rules
from bastion.detectors.secrets import secrets_check

CHECK = secrets_check()


def codes(text: str) -> set[str]:
    """Codes of the confident findings; masked or example vendor tokens come out at
    MASKED_SCORE and are checked on their own below."""
    return {f.code for f in CHECK(Subject(text)) if f.score > secret_rules.MASKED_SCORE}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("AKIAIOSFODNN7EXAMPLE", "secret.aws_access_key"),
        ("ghp_" + "x" * 36, "secret.github_token"),
        ("X-JFrog-Art-Api: AKCxxxxxxxxxx", "secret.artifactory_token"),
        ("TWILIO=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "secret.twilio_key"),
    ],
)
def test_masked_vendor_tokens_are_reported_weak(text, code):
    (finding,) = CHECK(Subject(text))
    assert finding.code == code
    assert finding.score == secret_rules.MASKED_SCORE
    assert finding.severity is Severity.LOW
    assert "masked" in finding.message


def test_generic_placeholders_are_not_reported_even_weakly():
    for text in ('password = "changeme"', "password = xxxxxxxxxxxx", 'api_key = "<your-key>"'):
        assert CHECK(Subject(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        'password = "changeme"',
        'api_key = "<your-key>"',
        "secret: ${SECRET}",
        "password = xxxxxxxxxxxx",
        "export TOKEN=$TOKEN",
        "AKIAIOSFODNN7EXAMPLE",
        "I forgot my password, can you reset it?",
        "the token expired yesterday",
        "github.com/ulikunitz/xz v0.5.15 h1:9DNdB5s+SgV3bQ2ApL10xRc35ck0DuIX/isZvIk+ubY=",
        "-----BEGIN PUBLIC KEY-----",
        "https://user@example.com/path",
    ],
)
def test_placeholders_and_prose_are_not_secrets(text):
    assert codes(text) == set()


def test_message_never_contains_the_value():
    token = "ghp_" + secret_rules.sample(36, seed="message")
    (finding,) = CHECK(Subject(f"use {token} for the API"))
    assert finding.code == "secret.github_token"
    assert finding.severity is Severity.CRITICAL
    assert token not in finding.message
    assert finding.span is not None
    assert finding.span.end - finding.span.start == len(token)


def test_url_credentials_span_covers_user_and_password():
    text = "DATABASE_URL=postgres://app:S3cr3t-Pa55@db.internal:5432/app"
    (finding,) = CHECK(Subject(text))
    assert finding.code == "secret.url_credentials"
    assert finding.span is not None
    assert text[finding.span.start : finding.span.end] == "app:S3cr3t-Pa55"


def test_entropy_of_random_and_repetitive_values():
    assert secret_rules.shannon_entropy("aaaaaaaa") == 0
    assert secret_rules.shannon_entropy(secret_rules.sample(32)) > 4


def test_text_without_candidates_yields_nothing():
    assert CHECK(Subject("Hello, how can I change my delivery address? Thanks!")) == []


@pytest.mark.parametrize("sort_keys", [False, True])
def test_no_private_member_of_a_json_web_key_survives_redaction(sort_keys: bool) -> None:
    # The primes alone rebuild an RSA key, so every private member goes, in any member order.
    import json
    import random
    import string

    from bastion.config.guard import build_guard
    from bastion.core.types import Direction

    rng = random.Random(3)  # noqa: S311 - reproducible filler, not a real key
    alphabet = string.ascii_letters + string.digits + "-_"
    key = {
        "kty": "RSA",
        "n": "",
        "e": "AQAB",
        "d": "",
        "p": "",
        "q": "",
        "dp": "",
        "dq": "",
        "qi": "",
    }
    for member in ("n", "d", "p", "q", "dp", "dq", "qi"):
        key[member] = "".join(rng.choice(alphabet) for _ in range(86))
    text = json.dumps({"keys": [key]}, indent=2, sort_keys=sort_keys)
    verdict = build_guard(key=b"k" * 32)(Subject(text=text, direction=Direction.OUTPUT))
    assert [m for m in ("d", "p", "q", "dp", "dq", "qi") if key[m] in verdict.text] == []
