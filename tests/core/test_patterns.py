"""`Pattern` answers in character offsets of the `str` it was given, whatever the text's script.

The RE2 wrapper's own `str` interface is the reference: it converts every offset correctly, but
encodes the whole text again on each call. `Pattern` encodes a text once and maps byte offsets
back through a sparse index, so these tests hold it to the wrapper's answers on texts that cross
the index's strides with one-, two-, three- and four-byte characters.
"""

from __future__ import annotations

import random

import pytest
import re2

from bastion.core import patterns
from bastion.core.patterns import Pattern, scannable

_SOURCES = (
    r"\w+",
    r"(\d{3})-\d{4}",
    r"x*",  # empty matches step one character at a time
    r"[^\x00-\x7f]+",
    r"(?i)stra(ß|ss)e",
    r"(é+)|(\d+)",
    r"\b",
    r"🙂.",
)


def _texts() -> list[str]:
    rng = random.Random(11)  # noqa: S311 - seeded test data, not a secret
    alphabet = "ab x1-2345678 éßЖ中文字🙂😀\n\t"
    mixed = ["".join(rng.choice(alphabet) for _ in range(size)) for size in (1, 7, 255, 257, 900)]
    return [
        "",
        "plain ascii 555-1234 text",
        "Straße 555-1234 und STRASSE, café éé 12",
        "中文" * 300 + " 555-1234 " + "字" * 300,  # past several strides before the match
        "🙂a🙂b" * 200,
        *mixed,
    ]


@pytest.mark.parametrize("source", _SOURCES)
def test_every_method_agrees_with_the_wrappers_character_offsets(source: str) -> None:
    pattern = Pattern(source)
    reference = re2.compile(source)
    for text in _texts():
        expected = [m.span() for m in reference.finditer(text)]
        assert list(pattern.spans(text)) == expected, text[:40]
        found = list(pattern.finditer(text))
        assert [(m.start, m.end) for m in found] == expected
        values = [
            m.span(1) if reference.groups and m.start(1) >= 0 else m.span()
            for m in reference.finditer(text)
        ]
        assert [(m.value_start, m.value_end) for m in found] == values
        assert list(pattern.value_spans(text)) == values
        assert [group for _, group in pattern.groups(text)] == [
            m.group(0) for m in reference.finditer(text)
        ]
        for pos in (0, 1, 255, 256, 257, len(text) // 2, len(text), len(text) + 5):
            match = reference.search(text, min(pos, len(text)))
            assert pattern.search(text, pos) == (match.span() if match else None), (text[:40], pos)


def test_a_lone_surrogate_keeps_every_offset() -> None:
    # A lone surrogate cannot be encoded; it is read as U+FFFD, one character for one.
    text = "café \ud800 555-1234 中文"
    pattern = Pattern(r"(\d{3})-\d{4}")
    start = text.index("555")
    assert list(pattern.spans(text)) == [(start, start + 8)]
    assert list(pattern.value_spans(text)) == [(start, start + 3)]
    assert list(Pattern(r"[^\x00-\x7f]").spans(text))[1] == (5, 6)  # the surrogate itself
    assert scannable(text)[5] == "\ufffd"


def test_a_long_text_is_encoded_once_however_many_patterns_read_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoded: list[int] = []

    class Counting(patterns._Encoded):
        __slots__ = ()

        def __init__(self, text: str) -> None:
            encoded.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(patterns, "_Encoded", Counting)
    text = "Übersicht der Bestellung 4711: " + "Lieferung unterwegs, 中文 " * 4000
    table = [Pattern(source) for source in (r"\d+", r"(?i)lieferung", r"中文", r"\w+\s", "x*")]
    for pattern in table * 3:
        list(pattern.finditer(text))
        pattern.search(text, len(text) // 2)
    assert encoded == [len(text)]


def test_the_cache_never_answers_for_another_text() -> None:
    pattern = Pattern(r"\d+")
    texts = [f"{'中' * index}{index}" for index in range(3 * patterns._PREPARED_SIZE)]
    for _ in range(2):
        for index, text in enumerate(texts):
            assert list(pattern.spans(text)) == [(index, index + len(str(index)))]


# Two patterns with wide counted gaps and two without: a set made `apart_wide` reads long texts
# with two automata, and must give the single automaton's answer.
_APART = (
    r"(?i)\bignore\b[^.]{0,150}\binstructions\b[^.]{0,150}\bnow\b",
    r"(?i)\bpretend\b.{0,120}\bno\b.{0,120}\brules\b",
    r"(?i)\bsystem prompt\b",
    r"\b\d{4}-\d{4}\b",
)


def test_the_wide_gaps_measure_counts_only_long_repetitions() -> None:
    assert patterns.gap_width(_APART[0]) == 300
    assert patterns.gap_width(r"\d{4}-\d{1,9}") == 0


@pytest.mark.parametrize("size", [100, 5000])
def test_a_set_read_in_two_parts_gives_the_single_sets_answer(size: int) -> None:
    split = patterns.PatternSet(_APART, apart_wide=True)
    whole = patterns.PatternSet(_APART)
    rng = random.Random(size)  # noqa: S311 - reproducible test text
    words = ["ignore", "the", "instructions", "now", "pretend", "no", "rules", "system prompt",
             "1234-5678", "ничего", "ß", ".", "x" * 7]  # fmt: skip
    for _ in range(40):
        text = ""
        while len(text) < size:
            text += rng.choice(words) + " "
        expected = tuple(i for i, source in enumerate(_APART) if Pattern(source).search(text))
        assert split.matching(text) == whole.matching(text) == expected
    # The split is in effect for the long texts: both parts exist and are read.
    assert split._parts is not None
    assert len(split._parts) == 2
    assert patterns.PatternSet(_APART[2:], apart_wide=True)._parts is None


def test_loosened_opens_long_bounds_only() -> None:
    assert patterns.loosened(_APART[0]) == _APART[0].replace("{0,150}", "{0,}")
    assert patterns.loosened(r"\d{4}-\d{1,9}") == r"\d{4}-\d{1,9}"
    assert patterns.loosened(r"x{,12}y{3,40}") == r"x{0,}y{3,}"
    assert patterns.loosened(r"\{0,60}") == r"\{0,60}"  # a literal brace, not a repetition


def test_a_screen_answers_maybe_and_the_patterns_stay_exact() -> None:
    sources = [r"\bignore\b.{0,20}\brules\b", r"\bsecret\b"]
    screened = patterns.PatternSet(sources, screen=[patterns.loosened(s) for s in sources])
    far = "ignore " + "x" * 40 + " rules"
    assert screened.matching(far) == (0,)  # the screen cannot count the gap ...
    assert screened.patterns[0].search(far) is None  # ... the pattern itself does
    assert screened.matching("ignore the rules, secret") == (0, 1)
    assert screened.matching("nothing here") == ()
    with pytest.raises(ValueError, match="one source per pattern"):
        patterns.PatternSet(sources, screen=sources[:1])


def test_a_screened_set_reads_long_texts_as_written() -> None:
    sources = [r"\bignore\b.{0,20}\brules\b", r"\bsecret\b"]
    screened = patterns.PatternSet(sources, screen=[patterns.loosened(s) for s in sources])
    far = "ignore " + "x" * 40 + " rules "
    padding = "word " * (patterns._APART_FROM // 5)
    assert screened.matching(far) == (0,)
    assert screened.matching(far + padding) == ()  # long: the exact automaton answers
    assert screened.matching(padding + "ignore the rules " + padding + "secret") == (0, 1)
