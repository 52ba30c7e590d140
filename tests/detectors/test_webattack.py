"""Web-attack detector: scored families, direction awareness, SSRF targets."""

from __future__ import annotations

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.webattack import REQUEST_FIELD, webattack_check

CHECK = on_views(webattack_check())


def _high(text: str, direction: Direction = Direction.TOOL_ARGS) -> set[str]:
    return {
        f.code
        for f in CHECK(Subject(text=text, direction=direction))
        if f.severity.rank >= Severity.HIGH.rank
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1' OR '1'='1' --", "webattack.sqli"),
        ("-1 UNION SELECT username, password FROM users--", "webattack.sqli"),
        ('<img src=x onerror="alert(document.cookie)">', "webattack.xss"),
        ("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "webattack.xss"),
        ("../../../../etc/passwd", "webattack.path_traversal"),
        ("report.pdf; cat /etc/passwd", "webattack.cmdi"),
        ("http://169.254.169.254/latest/meta-data/iam/", "webattack.ssrf"),
        ("http://metadata.google.internal/computeMetadata/v1/", "webattack.ssrf"),
        ("http://0x7f000001:8080/", "webattack.ssrf"),
        ("http://[::1]/admin", "webattack.ssrf"),
    ],
)
def test_payloads_in_tool_arguments_are_high(text: str, code: str) -> None:
    assert code in _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "1060 OR 70S",
        "Tom & Jerry; a classic",
        "https://app.example.com/dashboard?action=edit&id=123",
        "wait... what?",
        "http://8.8.8.8/dns",
    ],
)
def test_near_misses_in_tool_arguments_are_not_high(text: str) -> None:
    assert not _high(text)


def test_talking_about_sql_in_chat_does_not_block() -> None:
    text = "Why does ' OR 1=1 -- let attackers log in? Our DBA showed UNION SELECT too."
    assert not _high(text, Direction.INPUT)
    assert "webattack.sqli" in _high(text, Direction.TOOL_ARGS)


def test_request_field_metadata_counts_as_interpreted() -> None:
    subject = Subject(
        text="x' UNION SELECT password FROM users--", metadata={REQUEST_FIELD: "search"}
    )
    assert any(f.severity is Severity.HIGH for f in CHECK(subject))


def test_one_weak_signal_does_not_block() -> None:
    assert not _high("alert(1)")
