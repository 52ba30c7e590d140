"""Web-attack detector on the project's own evasion cases and their look-alikes.

`data/webattack_cases_evasion.jsonl` holds techniques that slip past word filters or hide in a
value's syntax (a quote broken out of with arithmetic, comments and stripped tags in place of
spaces, a number that stands for a space, LDAP filters, prototype pollution and code compiled
from strings, external DTDs and schemas, commands held in variables or behind a carriage
return, planted PHP, administrative shares) and the ordinary tool values they resemble
(measurements, code comments, directory filters, contract clauses, Markdown). Every case must be
classified right by the whole guard in the tool-arguments direction.
"""

from __future__ import annotations

import pytest

from bastion.core.types import Direction
from bastion.detectors.webattack import decoded
from tests.detectors.cases import case_rows, guard_acts, misjudged

_CASES = "webattack_cases_evasion.jsonl"
_blocked = guard_acts


def test_every_attack_case_is_caught_and_every_benign_case_passes() -> None:
    assert misjudged(_CASES, _blocked) == ([], [])


def test_the_case_file_is_own_and_covers_each_family() -> None:
    rows = case_rows(_CASES)
    assert {row.source for row in rows} == {"bastion-cases"}
    assert {"sqli", "xss", "cmdi", "path_traversal", "benign"} <= {row.kind for row in rows}
    assert len({row.text for row in rows}) == len(rows)


@pytest.mark.parametrize(
    ("attack", "look_alike"),
    [
        ("4' * total - '0", "4' x 6' - 'deck"),
        ("ORDER/**/BY 3", "order /* by date */ list"),
        ("x*)(|(uid=*)", "(&(objectClass=person)(uid=ana))"),
        ("2.e(user())", "Section 2.e(iii)"),
        ('" or ""="', '"Union" jacket, size M'),
        ("o.constructor('alert(1)')()", "class B { constructor(y) {} }"),
        ('<!DOCTYPE d SYSTEM "http://198.51.100.2/e.dtd">', '<!DOCTYPE d SYSTEM "d.dtd">'),
        ("Z=$'id';$Z", "Z=5 and Y=6"),
        ("%0Dwhoami", "who am I?"),
        ("\\\\host\\d$\\secrets", "\\\\host\\share\\menu.pdf"),
        ("x; `uname -a`", "Try `uname -a` in a terminal"),
        ("./.htpasswd", "where is my .htpasswd file?"),
    ],
)
def test_each_attack_blocks_and_its_look_alike_passes(attack: str, look_alike: str) -> None:
    assert _blocked(attack)
    assert not _blocked(look_alike)


@pytest.mark.parametrize("text", ["1' * id - '0", "*(|(mail=*))", "__proto__.admin=1"])
def test_the_same_techniques_in_a_chat_message_do_not_block(text: str) -> None:
    assert _blocked(text)
    assert not _blocked(text, Direction.INPUT)


def test_text_beyond_ascii_is_decoded_only_for_an_escape_or_a_compatibility_form() -> None:
    # Curly quotes and accented letters change nothing when decoded, so no decoded reading.
    assert decoded("Ce n\u2019est pas l\u2019adresse d\u2019\u00e9t\u00e9 \u2014 merci") is None
    # Full-width brackets read as `<script>` once NFKC-folded, and an escape still decodes.
    assert decoded("\uff1cscript\uff1ealert(1)\uff1c/script\uff1e") == "<script>alert(1)</script>"
    assert decoded("caf\u00e9 %3Cb%3E") == "caf\u00e9 <b>"


@pytest.mark.parametrize(
    "payload",
    [
        "l\u2019adresse \uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
        "don\u2019t \u2026 %3Cscript%3Ealert(1)%3C/script%3E",
        "caf\u00e9\u2019s menu' UNION SELECT password FROM users--",
    ],
)
def test_payloads_in_text_with_typographic_punctuation_still_block(payload: str) -> None:
    assert _blocked(payload)
