"""Web-attack detector on the project's own client-side and tool-argument cases.

`data/webattack_cases_client.jsonl` holds script injection that old or lenient parsers run (CSS
that breaks out of its declaration, data binding, XML Events, SVG animation, escaped names,
JSFuck, code passed as a string), shell and path shapes, and what file, shell and search tools
are sent in ordinary use. Every case there must be classified right by the whole guard, in the
tool-arguments direction, as `bastion eval` measures it.
"""

from __future__ import annotations

import pytest

from tests.detectors.cases import case_rows, guard_acts, misjudged

_CASES = "webattack_cases_client.jsonl"
_blocked = guard_acts


def test_every_attack_case_is_caught_and_every_benign_case_passes() -> None:
    assert misjudged(_CASES, _blocked) == ([], [])


def test_the_case_file_covers_each_family_and_benign_text() -> None:
    kinds = {row.kind for row in case_rows(_CASES)}
    assert {"xss", "cmdi", "path_traversal", "benign"} <= kinds


@pytest.mark.parametrize(
    ("attack", "look_alike"),
    [
        ('<p style="margin:0[x];top:0">', '<p style="margin: 0; top: 0">'),
        ('<set attributeName="href" to="javascript:x()"/>', '<set attributeName="fill" to="red"/>'),
        ('<u datasrc="#d" datafld="h">', '<u data-src="#d" data-fld="h">'),
        ("\\u0065\\u0076\\u0061\\u006c(x)", "caf\\u00e9 (x)"),
        ("eval('1 + 1')", "eval(expr)"),
        ("(![] [])[ ! []]", "![](a.png) [ ! ]"),
        ("../../app/settings.py", "../app/settings.py"),
        ("ls -la /root", "ls -la"),
        ("{nc,-lvp,4444}", "{a,1,2}"),
        ("x&ipconfig/all", "docs/ipconfig/all.md"),
    ],
)
def test_each_attack_blocks_and_its_look_alike_passes(attack: str, look_alike: str) -> None:
    assert _blocked(attack)
    assert not _blocked(look_alike)
