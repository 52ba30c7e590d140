"""Web-attack detector on ordinary tool-argument values that resemble attacks, and the attacks
they must not be confused with.

`data/webattack_cases_benign_args.jsonl` holds values a support or operations agent passes to its
tools every day (a UI label, a note with semicolons, a request for database access, a list item's
`4.e(...)`, an HTML page's character entities, a batch file's date, a Markdown table cell, inline
code) next to the attacks each rule is there for (a command substituted after a value, a command
on a line of its own, a GRANT statement, a PL/SQL block, entity expansion, secret files). Each
value appears alone and as a JSON document's field, the way tool arguments reach the guard.
Every case must be classified right by the whole guard in the tool-arguments direction.
"""

from __future__ import annotations

import json

import pytest

from tests.detectors.cases import case_rows, guard_acts, misjudged

_CASES = "webattack_cases_benign_args.jsonl"
_blocked = guard_acts


def test_every_attack_is_caught_and_every_ordinary_value_passes() -> None:
    assert misjudged(_CASES, _blocked) == ([], [])


def test_the_case_file_is_own_and_holds_both_labels_and_both_forms() -> None:
    rows = case_rows(_CASES)
    assert {row.source for row in rows} == {"bastion-cases"}
    assert sum(row.positive for row in rows) >= 40
    assert sum(not row.positive for row in rows) >= 40
    assert any(row.text.startswith("{") for row in rows if row.positive)
    assert any(row.text.startswith("{") for row in rows if not row.positive)
    assert len({row.text for row in rows}) == len(rows)


@pytest.mark.parametrize(
    ("attack", "look_alike"),
    [
        ("name `id`", "Run `npm install`"),
        ("report.txt\nwhoami", "Hi,\nfind attached the invoice"),
        ("GRANT SELECT ON TABLE staff TO public", "grant read access on table orders to bob"),
        (";BEGIN DBMS_LOCK.SLEEP(5); END", "see above; begin shift; end of day"),
        ("1.e(ascii)", "4.e(if applicable)"),
        ("SELECT-id-1.FROM`users`", "Drop-down from the menu"),
        (
            '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>',
            '<!DOCTYPE html [<!ENTITY nbsp "&#160;">]>',
        ),
        ("eval('ale'+'rt(1)')", 'open("a/"+"b")'),
        ("x=Function`alert(1)`", "`function`"),
        ("ping%PROGRAMFILES:~10,-5%127.0.0.1", "%date:~10,4%"),
        ("echo whoami|$0", "| $0 |"),
        ("' or 'a'='a", "' and ' are quotes"),
        ("C:/Users/bob/NTUSER.DAT", "my NTUSER.DAT file is corrupted"),
    ],
)
def test_each_attack_blocks_and_its_look_alike_passes(attack: str, look_alike: str) -> None:
    for form in (attack, json.dumps({"value": attack})):
        assert _blocked(form), form
    for form in (look_alike, json.dumps({"value": look_alike})):
        assert not _blocked(form), form


@pytest.mark.parametrize(
    "path",
    [
        "/etc/passwd",
        "/etc/shadow",
        "../../etc/passwd",
        "file:///etc/passwd",
        "C:\\Windows\\win.ini",
        "/proc/self/environ",
        "~/.ssh/id_rsa",
        "/var/www/.env",
    ],
)
def test_secret_files_stay_blocked_alone_and_as_a_field(path: str) -> None:
    assert _blocked(path)
    assert _blocked(json.dumps({"path": path}))


@pytest.mark.parametrize(
    ("attack", "look_alike"),
    [
        # A JSON document is read as SQL field by field: read whole, its quotes pair up across
        # fields and a value's words sit between two strings, as code.
        ('{"q": "x\\" or 1=1 --"}', '{"product": "Color (select"}'),
        # A host and port is read as a field although its characters are plain.
        ('{"url": "localhost:27017"}', '{"time": "10:30"}'),
        # A line that is a command; a line of a message that starts with a command's name.
        ('{"file": "report.txt\\r\\nwhoami"}', '{"body": "Thanks!\\ngit is down again"}'),
    ],
)
def test_json_documents_are_read_field_by_field(attack: str, look_alike: str) -> None:
    assert _blocked(attack)
    assert not _blocked(look_alike)
