"""SQL injection techniques read by shape and rule: own cases, look-alikes, both directions."""

from __future__ import annotations

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.evaluation import Row
from bastion.detectors.webattack import webattack_check
from bastion.detectors.webattack_sql import sql_signals
from tests.detectors.cases import case_rows

CHECK = on_views(webattack_check())
SQLI = "webattack.sqli"
CASES = "webattack_cases_sql.jsonl"


def _high(text: str, direction: Direction = Direction.TOOL_ARGS) -> set[str]:
    return {
        f.code
        for f in CHECK(Subject(text=text, direction=direction))
        if f.severity.rank >= Severity.HIGH.rank
    }


def _shape_ids(text: str) -> set[str]:
    return {shape.id for shape in sql_signals(text)}


@pytest.mark.parametrize("row", case_rows(CASES), ids=lambda row: row.text[:40])
def test_every_own_sql_case_is_classified_right(row: Row) -> None:
    assert (SQLI in _high(row.text)) is row.positive


def test_own_sql_cases_hold_both_labels() -> None:
    labels = [row.label for row in case_rows(CASES)]
    assert labels.count(1) >= 40
    assert labels.count(0) >= 40


@pytest.mark.parametrize(
    "text",
    [
        "b' = code + 1 or '7",
        'id" OR ! "3',
        "3 AND SELECT TOP 1 pass FROM staff",
        "except select 3,4",
        "staff@corp.example';",
        "or '{\"role\":\"a\"}' ?| array['role']",
    ],
)
def test_sql_talk_in_chat_is_not_blocked(text: str) -> None:
    # The same values that block as tool arguments are only reported in a chat message.
    assert SQLI in _high(text)
    assert not _high(text, Direction.INPUT)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("r'-stock is \\N or '2", "sqli.shape.breakout_reopen"),
        ('k" xor -9 or "2', "sqli.shape.breakout_reopen_double"),
        ("6 INTERSECT SELECT null,null--", "sqli.shape.set_operation"),
        ("manager');", "sqli.shape.breakout_statement_end"),
        ("5 OR price IS NULL --", "sqli.shape.number_logic_condition"),
        ("9 or select * from logins --", "sqli.shape.logic_statement"),
    ],
)
def test_each_new_shape_reads_its_technique(text: str, shape: str) -> None:
    assert shape in _shape_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted word after two words and a space is part of a sentence
        "Please translate 'where is the bank' into Dutch",
        "I said 'or' instead",
        # measurements with a form's `+` for spaces
        "6'+x+8+'+rug",
        '36"+X+48+"+FRAME',
        # a method called sleep is program code
        "print('done'); time.sleep(2)",
        # quoted words compared in English
        'What is the difference between "stop" and "halt" in Spanish?',
        # an inch mark ending a list item, an e-mail address before a semicolon
        'a 12";',
        "mary@example.org; bob@example.org",
        # a degree sign is no operator
        "grows best between 20°C and 35°C (68°F and 95°F)",
    ],
)
def test_look_alikes_of_the_new_techniques_pass(text: str) -> None:
    assert SQLI not in _high(text)


def test_a_method_named_like_an_sql_function_is_not_one() -> None:
    assert "sqli.shape.function_call" in _shape_ids("x' or sleep(2)")
    assert "sqli.shape.function_call" not in _shape_ids("time.sleep(2)")
