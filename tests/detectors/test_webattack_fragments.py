"""Web-attack detector on SQL fragments: values that are a piece of a condition, made to be glued
into the query around them (`in (0,1)`, `) like (`, `1=1`, `3 or `, `&&(b=0)`, `sysdate(`).

`data/webattack_cases_fragments.jsonl` holds such fragments and the ordinary values they
resemble (delivery times in brackets, "like new", arithmetic, query strings, shell chains, quoted
words). Every case must be classified right by the whole guard in the tool-arguments direction;
in a chat message the same fragments are talk and pass.
"""

from __future__ import annotations

import pytest

from bastion.core.types import Direction
from tests.detectors.cases import case_rows, guard_acts, misjudged

_CASES = "webattack_cases_fragments.jsonl"
_blocked = guard_acts


def test_every_fragment_is_caught_and_every_look_alike_passes() -> None:
    assert misjudged(_CASES, _blocked) == ([], [])


def test_the_case_file_is_own_and_holds_both_labels() -> None:
    rows = case_rows(_CASES)
    assert {row.source for row in rows} == {"bastion-cases"}
    assert sum(row.positive for row in rows) >= 40
    assert sum(not row.positive for row in rows) >= 40
    assert len({row.text for row in rows}) == len(rows)


@pytest.mark.parametrize(
    ("attack", "look_alike"),
    [
        ("in (0,1)", "Ships in (2-3) business days"),
        (") like (", "(like this)"),
        ("name LIKE NULL", "I'd like null-free output"),
        ("2=2", "gallery=1=5"),
        ("/item/9 or ", "salt and "),
        ("&&(x=1)", "make && make test"),
        ("sysdate(", "sysdate()"),
        ("/api/7 union all/x", "union all-hands meeting"),
        ("' or name 1", "It's 'or' not 'and'"),
        ("'\"", "''"),
    ],
)
def test_each_fragment_blocks_and_its_look_alike_passes(attack: str, look_alike: str) -> None:
    assert _blocked(attack)
    assert not _blocked(look_alike)


@pytest.mark.parametrize("fragment", ["in (0,1)", ") like (", "1=1", "/3 or ", "sysdate("])
def test_a_fragment_in_a_chat_message_is_talk(fragment: str) -> None:
    assert not _blocked(fragment, Direction.INPUT)


def test_a_fragment_nested_in_a_document_is_read_as_its_own_value() -> None:
    assert _blocked('<?xml version="1.0"?><root><a probe="LIKE NULL"></a></root>')
    assert _blocked('{"where": ") when 7 then"}')
