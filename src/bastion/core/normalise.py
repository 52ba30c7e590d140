"""Normalised views of a text, each mapping back to the original, so evasions still meet the rules.

Attackers hide instructions from pattern filters with Unicode compatibility forms, zero-width and
bidi characters, look-alike letters from other scripts, letters spaced out ("i g n o r e"),
encodings the model will happily decode (base64, hex, %-escapes, HTML entities, \\u escapes,
ROT13, Unicode tag characters) and text written backwards. `views(text)` derives one view per
trick that is actually present; `on_views` runs checks on every view and maps the spans they
report back to the original text.

The cleaning views are cumulative (nfkc, then visible, then folded, then collapsed), so a text that
combines tricks is undone by the last one; decoded views substitute each decoded run in place of
the encoded run inside the folded text, so the surrounding request ("decode this: ...") stays in
context. Plain ASCII text with nothing to undo yields only the original view, after one RE2 scan.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import html
import re
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import cast

from bastion.core.patterns import Pattern, PatternSet, one_scan
from bastion.core.types import Check, Finding, Severity, Span, Subject

ORIGINAL = "original"
INVISIBLE_CHARACTERS = "evasion.invisible_characters"
BIDI_OVERRIDE = "evasion.bidi_override"


@dataclass(frozen=True, slots=True)
class View:
    """A text derived from the original; character i came from `[starts[i], ends[i])` there.

    Empty `starts`/`ends` mean the view is aligned one for one with the original.
    """

    name: str
    text: str
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def to_original(self, span: Span) -> Span:
        """The span of the original text that `span` of this view came from."""
        if not self.starts:
            return span
        size = len(self.text)
        if size == 0:
            return Span(0, 0)
        first = min(span.start, size - 1)
        last = min(max(span.end - 1, first), size - 1)
        # Most views keep the original order; the reversed view runs backwards, so the span
        # is whichever of its two ends comes first and last in the original.
        start = min(self.starts[first], self.starts[last])
        return Span(start, max(self.ends[first], self.ends[last], start))


@dataclass(slots=True)
class _Draft:
    """A view under construction; `starts is None` means aligned with the original."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def bounds(self) -> tuple[list[int], list[int]]:
        if self.starts is None or self.ends is None:
            size = len(self.text)
            return list(range(size)), list(range(1, size + 1))
        return self.starts, self.ends

    def freeze(self, name: str) -> View:
        if self.starts is None or self.ends is None:
            return View(name=name, text=self.text)
        return View(name=name, text=self.text, starts=tuple(self.starts), ends=tuple(self.ends))


def _substitute(draft: _Draft, replacements: Sequence[tuple[int, int, str]]) -> _Draft:
    """Replace ordered, disjoint `[start, end)` runs of the draft; new text maps to the run."""
    starts, ends = draft.bounds()
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    cursor = 0
    for start, end, new in replacements:
        pieces.append(draft.text[cursor:start])
        new_starts.extend(starts[cursor:start])
        new_ends.extend(ends[cursor:start])
        if new:
            origin_start = starts[start] if start < len(starts) else (ends[-1] if ends else 0)
            origin_end = ends[end - 1] if end > start else origin_start
            pieces.append(new)
            new_starts.extend([origin_start] * len(new))
            new_ends.extend([origin_end] * len(new))
        cursor = end
    pieces.append(draft.text[cursor:])
    new_starts.extend(starts[cursor:])
    new_ends.extend(ends[cursor:])
    return _Draft("".join(pieces), new_starts, new_ends)


# --- characters -------------------------------------------------------------------------------

# Invisible in rendering, visible to a tokenizer: zero-width spaces and joiners, soft hyphen,
# word joiner and invisible operators, BOM, variation selectors, Hangul fillers, interlinear
# annotation, Unicode tag characters ("ASCII smuggling"), and C0/C1 controls other than tab/newline.
_INVISIBLE_CLASS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]+")
# Explicit embeddings, overrides and isolates reorder what a reviewer sees (CVE-2021-42574,
# "Trojan Source"); the implicit marks U+200E/U+200F are ordinary in right-to-left text.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Joiners and emoji presentation selectors are part of ordinary emoji sequences.
_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f")
# Combining marks stacked on letters ("Zalgo") split a keyword into odd code points.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")

# Look-alikes that NFKC leaves alone, folded to the ASCII letter they imitate. NFKC already
# maps fullwidth forms and mathematical alphanumerics to ASCII, and the fold runs after it.
_CONFUSABLE_PAIRS = (
    # Cyrillic
    "аa вb еe кk мm нh оo рp сc тt уy хx ѕs іi јj ӏl ԁd ԛq ԝw ѵv ɡg һh үy"
    " АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ЅS ІI ЈJ ӀI ԚQ ԜW"
    # Greek
    " αa βb γy εe ιi κk νv οo ρp τt υu χx ωw ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX"
    # Armenian, Latin extensions, small capitals
    " օo սu ցg ıi ȷj ɑa ɩi ʏy ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ᴢz"
)
_CONFUSABLES = {ord(pair[0]): pair[1] for pair in _CONFUSABLE_PAIRS.split() if len(pair) == 2}


def hidden_text_findings(text: str) -> tuple[Finding, ...]:
    """Findings for invisible characters and bidi overrides hidden in `text`."""
    # The views' trigger scan answers first (its class of hidden characters includes the
    # controls and the bidi overrides), which under `one_scan` is part of the merged scan.
    if _INVISIBLE_TRIGGER not in _TRIGGERS.matching(text):
        return ()
    found: list[Finding] = []
    hidden = [
        match
        for match in _INVISIBLE.finditer(text)
        if not (set(match.group()) <= _EMOJI_GLUE and _beside_symbol(text, match))
    ]
    if hidden:
        count = sum(match.end() - match.start() for match in hidden)
        found.append(
            Finding(
                code=INVISIBLE_CHARACTERS,
                severity=Severity.MEDIUM,
                message=f"{count} invisible or control character(s) hidden in the text",
                span=Span(hidden[0].start(), hidden[-1].end()),
                score=min(1.0, 0.5 + 0.05 * count),
            )
        )
    bidi = [match.start() for match in _BIDI.finditer(text)]
    if bidi:
        found.append(
            Finding(
                code=BIDI_OVERRIDE,
                severity=Severity.MEDIUM,
                message=f"{len(bidi)} bidirectional override character(s) reorder the text",
                span=Span(bidi[0], bidi[-1] + 1),
                score=0.7,
            )
        )
    return tuple(found)


def _beside_symbol(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else ""
    return bool(before) and unicodedata.category(before) in {"So", "Sk"}


def evasion_check() -> Check:
    """A check reporting hidden characters (invisible, control, bidi override) in the original."""

    def check(subject: Subject) -> tuple[Finding, ...]:
        return hidden_text_findings(subject.text)

    return check


# --- cleaning views ----------------------------------------------------------------------------


def _nfkc(draft: _Draft) -> _Draft:
    text = draft.text
    if unicodedata.is_normalized("NFKC", text):
        return draft
    replacements: list[tuple[int, int, str]] = []
    # Normalising character by character keeps the offset map exact; NFKC of the whole string
    # would also compose sequences, which the fold view handles by dropping combining marks.
    # A stretch already in NFKC holds no character that NFKC changes, so only the non-ASCII
    # runs, and within a long run only the short pieces, that are not are read one by one.
    for run in _NON_ASCII_RUN.finditer(text):
        if unicodedata.is_normalized("NFKC", run.group()):
            continue
        for piece in range(run.start(), run.end(), _NFKC_PIECE):
            end = min(piece + _NFKC_PIECE, run.end())
            if unicodedata.is_normalized("NFKC", text[piece:end]):
                continue
            for index in range(piece, end):
                char = text[index]
                if "\u4e00" <= char <= "\u9fff":  # unified ideographs: none has another form
                    continue
                normal = unicodedata.normalize("NFKC", char)
                if normal != char and not _east_asian_punctuation(text, index):
                    replacements.append((index, index + 1, normal))
    return _substitute(draft, replacements) if replacements else draft


_NFKC_PIECE = 16


_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
# The full-width sentence punctuation of East Asian prose: no quotes, brackets or semicolons,
# which code reads.
_EAST_ASIAN_PUNCTUATION = frozenset("\uff0c\uff01\uff1f\uff1a\uff5e\u2026\u3000")


def _east_asian_punctuation(text: str, index: int) -> bool:
    """Whether `text[index]` is the usual full-width punctuation of East Asian prose
    ("你好，谢谢！") standing between East Asian characters, or between one and the text's edge:
    there NFKC's ASCII form reveals nothing. Full-width quotes, brackets and semicolons, which
    code reads, are never skipped."""
    if text[index] not in _EAST_ASIAN_PUNCTUATION or len(text) < 2:
        return False
    if index > 0 and not _east_asian(text[index - 1]):
        return False
    return index + 1 == len(text) or _east_asian(text[index + 1])


def _east_asian(char: str) -> bool:
    """Chinese, Japanese or Korean letters: ideographs, kana, Hangul (not their punctuation, so a
    run of full-width marks and spaces cannot vouch for itself)."""
    return (
        "\u3040" <= char <= "\u30ff"
        or "\u3400" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
    )


def _visible(draft: _Draft) -> _Draft:
    removals = [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(draft.text)]
    return _substitute(draft, removals) if removals else draft


def _in_place(draft: _Draft, replacements: Sequence[tuple[int, int, str]]) -> _Draft:
    """Replace ordered, disjoint `[start, end)` runs with text of the same length each: offsets
    do not move, so the draft keeps its map to the original (`_substitute` for the general case)."""
    text = draft.text
    pieces: list[str] = []
    cursor = 0
    for start, end, new in replacements:
        pieces.append(text[cursor:start])
        pieces.append(new)
        cursor = end
    pieces.append(text[cursor:])
    return _Draft("".join(pieces), draft.starts, draft.ends)


def _folded(draft: _Draft) -> _Draft:
    text = draft.text
    if text.isascii():
        return draft
    # Every look-alike folds to one letter.
    folds = [(start, end, text[start:end].translate(_CONFUSABLES)) for start, end in _folds(text)]
    if folds:
        draft = _in_place(draft, folds)
    removals = [(m.start(), m.end(), "") for m in _COMBINING.finditer(draft.text)]
    return _substitute(draft, removals) if removals else draft


def _folds(text: str) -> list[tuple[int, int]]:
    """The words to fold: those whose every letter is ASCII or a look-alike, read in context.

    "раураl" is folded to "paypal", while genuine Cyrillic or Greek words, which also hold
    letters without an ASCII twin, stay as written. A word mixing ASCII letters with look-alikes
    is always folded, and so is one with a look-alike from outside the everyday Russian and Greek
    alphabets or with letters of both (`_mixed`). A word made of everyday look-alikes only ("он",
    "все", "το") is usually a genuine word of its script: a run of such words is folded only when
    an ASCII word or a mixed word stands next to it, or when it is the whole text. Russian or
    Greek prose then needs no folded view, while a disguised English phrase is still folded.
    """
    if not _mixed(text):
        # No ASCII or mixed word anywhere: fold only a text made of look-alike words alone.
        if _GENUINE_LETTER.search(text):
            return []
        return [(0, len(text))]
    words: list[tuple[int, int]] = []  # the words with a letter beyond ASCII
    kinds: list[str] = []
    apart: list[bool] = []  # per gap between two of them: does an English word stand in it?
    leading = False
    position = 0
    while (found := _OTHER_LETTER.search(text, position)) is not None:
        start = found.start()
        while start > position and _WORD_CHAR.match(text, start - 1):
            start -= 1  # back to the start of the word ("sеnd" starts with an ASCII letter)
        end = cast(re.Match[str], _WORD.match(text, start)).end()
        gap = _ENGLISH_WORD.search(text, words[-1][1] if words else 0, start) is not None
        if words:
            apart.append(gap)
        else:
            leading = gap
        words.append((start, end))
        kinds.append(_kind(text[start:end]))
        position = end
    trailing = _ENGLISH_WORD.search(text, position) is not None
    if _PURE not in kinds and _MIXED not in kinds:
        return []
    last = len(words) - 1
    edges = (_ASCII_WORD if leading else _EDGE, _ASCII_WORD if trailing else _EDGE)
    folds: list[tuple[int, int]] = []
    index = 0
    while index <= last:
        kind = kinds[index]
        if kind == _MIXED:
            folds.append(words[index])
        if kind != _PURE:
            index += 1
            continue
        end = index  # the run of look-alike-only words, each next to the other
        while end < last and kinds[end + 1] == _PURE and not apart[end]:
            end += 1
        left = edges[0] if index == 0 else _ASCII_WORD if apart[index - 1] else kinds[index - 1]
        right = edges[1] if end == last else _ASCII_WORD if apart[end] else kinds[end + 1]
        if {left, right} & {_ASCII_WORD, _MIXED} or left == right == _EDGE:
            folds.extend(words[index : end + 1])
        index = end + 1
    return folds


_GENUINE, _MIXED, _PURE, _ASCII_WORD, _EDGE = "genuine", "mixed", "pure", "ascii", "edge"


def _kind(word: str) -> str:
    kind = _KINDS.get(word)
    if kind is None:
        if not word.translate(_CONFUSABLES).isascii():
            kind = _GENUINE
        elif _mixed(word):
            kind = _MIXED
        else:
            kind = _PURE
        if len(word) <= _KIND_WORD:
            if len(_KINDS) >= _KINDS_SIZE:
                _KINDS.clear()
            _KINDS[word] = kind
    return kind


def _mixed(text: str) -> bool:
    """Whether `text` holds a mark of a disguise: an ASCII letter, a look-alike from outside the
    everyday Russian and Greek alphabets, or both Cyrillic and Greek letters."""
    return bool(
        _ASCII_LETTER.search(text)
        or _FOREIGN_LOOK_ALIKE.search(text)
        or (_CYRILLIC.search(text) and _GREEK.search(text))
    )


# Words recur across messages ("он", "заказ"), so their kind is remembered; the table is emptied
# when full rather than tracking use, which costs nothing per lookup.
_KINDS: dict[str, str] = {}
_KINDS_SIZE = 16384
_KIND_WORD = 32  # longer words are not remembered: the table must stay small whatever comes in
_ASCII_LETTER = re.compile("[A-Za-z]")
# A word spelt with look-alikes only is taken for a genuine word of its script only when every
# letter belongs to the script's everyday alphabet (Russian а, е, о, р, с, ...; Greek ο, τ, ...)
# and the word keeps to one script. Look-alikes from elsewhere (Ukrainian і, Macedonian ѕ, Komi
# ԁ, IPA ɡ, small capitals ʀ, Armenian օ) or a word mixing Cyrillic with Greek is a disguise:
# "іɡɴоʀе" is folded wherever it stands.
_NATIVE_LOOK_ALIKES = "аАвВеЕкКмМнНоОрРсСтТуУхХαβγειικνορτυχωΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_FOREIGN_LOOK_ALIKE = re.compile(
    "[" + "".join(chr(code) for code in _CONFUSABLES if chr(code) not in _NATIVE_LOOK_ALIKES) + "]"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_GREEK = re.compile("[\u0370-\u03ff]")
# A letter beyond ASCII that is no look-alike.
_GENUINE_LETTER = re.compile("(?![\x00-\x7f" + "".join(map(chr, _CONFUSABLES)) + "])[^\\W\\d_]")


# Letters (and other alphanumerics that are not digits): one class repeated, so linear time.
_WORD = re.compile(r"[^\W\d_]+")
_WORD_CHAR = re.compile(r"[^\W\d_]")
_OTHER_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")  # a letter beyond ASCII
# An English word, not a lone letter of a code such as "A-1042".
_ENGLISH_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,}(?![^\W\d_])")


# Five or more single letters each followed by the same kind of short separator: "i g n o r e",
# "i.g.n.o.r.e", "i-g-n-o-r-e". Word breaks show as a different or longer separator.
_SPACED = r"(?:\b[A-Za-z][ \t._*/|+,~:-]{1,3}){4,}[A-Za-z]\b"


def _collapsed(draft: _Draft) -> _Draft:
    replacements: list[tuple[int, int, str]] = []
    for match in re.finditer(_SPACED_PY, draft.text):
        run = match.group()
        gaps = _GAP.findall(run)
        usual = Counter(gaps).most_common(1)[0][0]
        letters = _GAP.split(run)
        # The commonest separator sits inside words; any other one marks a word break.
        joined = letters[0] + "".join(
            (" " if gap != usual else "") + letter
            for gap, letter in zip(gaps, letters[1:], strict=True)
        )
        replacements.append((match.start(), match.end(), joined))
    return _substitute(draft, replacements) if replacements else draft


_GAP = re.compile(r"[^A-Za-z]+")
# Python's engine is fine here: every letter is followed by a separator, so each position is
# consumed one way only and there is no ambiguous repetition to backtrack through.
_SPACED_PY = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ \t._*/|+,~:-]{1,3}){4,}[A-Za-z](?![A-Za-z])")


# Instruction words broken in two by spaces ("Ig nore previ ous prompt", "guide  lines"), which
# no rule reads as the word. Each word of `_SPLIT_WORDS` is listed with a gap at every place that
# leaves two letters or more on both sides: a literal list, cheap in the merged automaton, and a
# text that holds none of these pairs gets no view. The same RE2 pattern finds the pairs to join.
_SPLIT_WORDS = (
    "ignore", "disregard", "forget", "previous", "instructions", "prompt", "system",
    "guidelines", "restrictions", "reveal", "password", "override", "bypass", "jailbreak",
    "pretend", "developer", "confidential", "unrestricted", "unfiltered", "uncensored",
)  # fmt: skip
_SPLIT = (
    r"(?i)\b(?:"
    + "|".join(
        f"{word[:cut]}[ \t]{{1,3}}{word[cut:]}"
        for word in _SPLIT_WORDS
        for cut in range(2, len(word) - 1)
    )
    + r")\b"
)
_SPLIT_PAIRS = Pattern(_SPLIT)
_BLANKS = re.compile(r"[ \t]+")


def _rejoined(draft: _Draft) -> _Draft:
    text = draft.text
    replacements = [
        (start, end, _BLANKS.sub("", text[start:end])) for start, end in _SPLIT_PAIRS.spans(text)
    ]
    return _substitute(draft, replacements) if replacements else draft


# Digits and signs standing in for letters ("1gn0r3 4ll pr3v10u5 1n5truc710n5"). The trigger is
# one word where stand-ins sit between letters twice ("1gn0r3", "pr3v10u5"), so a lone "mp3",
# "Win10" or "i7" costs nothing; it is a single word, not two words apart, because the views'
# triggers join the merged automaton, whose states a gap of "any 24 characters" would multiply.
# Only words of three characters or more with a letter in them are read back ("a11", not "i7");
# numbers (prices, dates, phone numbers) stay as they are.
_LEET = (
    r"\b[A-Za-z]{0,8}[013457$][a-z]{1,10}[013457$][A-Za-z013457$]{0,12}\b"
    r"|\b[A-Z]{0,8}[013457$][A-Z]{1,10}[013457$][A-Z013457$]{0,12}\b"  # "1GN0R3", "PR3V10U5"
)
_LEET_TOKEN = re.compile(r"[A-Za-z013457$]+")
_LEET_LETTERS = str.maketrans("013457$", "oieasts")
_LEET_CAPITALS = str.maketrans("013457$", "OIEASTS")


def _unleet(draft: _Draft) -> _Draft:
    text = draft.text
    readings: list[tuple[int, int, str]] = []
    for match in _LEET_TOKEN.finditer(text):
        token = match.group()
        if len(token) < 3 or token.isalpha() or not _ASCII_LETTER.search(token):
            continue
        # "11" is more often "ll" ("a11", "wi11") than "ii"; any other 1 reads as "i". A word
        # written in capitals reads back in capitals ("SYST3M" is "SYSTEM").
        if token.upper() == token:
            read = token.replace("11", "LL").translate(_LEET_CAPITALS)
        else:
            read = token.replace("11", "ll").translate(_LEET_LETTERS)
        if not (read.islower() or read.isupper() or read.istitle()):
            continue  # mixed case reads as a key or an encoding ("gAwIBAgIJANE4sir3"), no word
        readings.append((match.start(), match.end(), read))
    # One character for one: the view keeps the draft's mapping to the original.
    return _in_place(draft, readings) if readings else draft


# --- decoded views -----------------------------------------------------------------------------

_BASE64 = r"[A-Za-z0-9+/_-]{16,}={0,2}"
_HEX = r"(?:\\x[0-9A-Fa-f]{2}){6,}|\b(?:[0-9A-Fa-f]{2}[ :]?){8,}"
_BINARY = r"\b(?:[01]{8} ?){4,}"
_PERCENT = r"%[0-9A-Fa-f]{2}"
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ROT13_ASKED = r"(?i)\brot[ -]?13\b|\bcaesar\b"
# ROT13 of words that make a ROT13 reading worth a view even when nobody asked for ROT13
# (ignore, disregard, instructions, system prompt, previous, jailbreak, password), so the
# one trigger scan also notices ROT13-hidden instructions.
_ROT13_HIDDEN = (
    r"(?i)\b(?:vtaber|qvfertneq|vafgehpgvbaf|flfgrz cebzcg|cerivbhf|wnvyoernx|cnffjbeq)\b"
)
_TAGS = "[\U000e0020-\U000e007e]"
# JavaScript, JSON and Python escapes of code points: "\\u0069gnore", "\\u{3c}script".
_ESCAPE = r"\\u(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]{1,6}\})|\\U[0-9A-Fa-f]{8}"
_ESCAPE_RUN = rf"(?:{_ESCAPE})+"
# Text written backwards: two of these words, spelt backwards, close together ("erongi lla
# suoiverp snoitcurtsni") say a reversed reading is worth a view. Each has four letters or more
# and is no word forwards in the languages the rules read (short ones such as "dna", "eht" or
# "siht" are words in some of them, and DNA is mentioned twice in many a lab report).
_REVERSED_WORDS = (
    r"ruoy|erongi|snoitcurtsni|tpmorp|metsys|suoiverp|tahw|htiw|taht|esaelp|laever|terces"
    r"|drowssap|tnatsissa|yreve|snoitcirtser|selur|tegrof|tuptuo|snoitcerid|dlrow"
)
_REVERSED = rf"(?i)\b(?:{_REVERSED_WORDS})\b[^\n]{{0,24}}\b(?:{_REVERSED_WORDS})\b"
_NON_ASCII = "[^\x00-\x7f]"
_HIDDEN = f"[{_INVISIBLE_CLASS}]"
_LOOKALIKE = "[" + "".join(chr(code) for code in _CONFUSABLES) + "]"

# What each trigger reveals; one RE2 pass over the text says which steps are worth running.
_TRIGGER_PATTERNS = {
    "non_ascii": _NON_ASCII,
    "invisible": _HIDDEN,
    "lookalike": _LOOKALIKE,
    "combining": _COMBINING.pattern,
    "spaced": _SPACED,
    "split": _SPLIT,
    "base64": _BASE64,
    "hex": _HEX,
    "binary": _BINARY,
    "url": _PERCENT,
    "html": _ENTITY,
    "rot13": _ROT13_ASKED,
    "rot13_hidden": _ROT13_HIDDEN,
    "tags": _TAGS,
    "escapes": _ESCAPE,
    "reversed": _REVERSED,
    "leet": _LEET,
}
_TRIGGER_NAMES = tuple(_TRIGGER_PATTERNS)
_INVISIBLE_TRIGGER = _TRIGGER_NAMES.index("invisible")
_TRIGGERS = PatternSet(tuple(_TRIGGER_PATTERNS.values()), shared=True)


def _present(text: str) -> set[str]:
    return {_TRIGGER_NAMES[index] for index in _TRIGGERS.matching(text)}


_ROT13_TABLE = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
_ROT13_STR = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


def _readable(raw: bytes) -> str | None:
    """`raw` as text if it is UTF-8 and mostly printable; decoded junk is not a view."""
    if len(raw) < 6:
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for char in decoded if char.isprintable() or char in "\t\n\r")
    if printable < 0.9 * len(decoded):
        return None
    return decoded


def _decode_base64(run: str) -> str | None:
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    altchars = b"-_" if ("-" in body or "_" in body) else None
    try:
        raw = base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _decode_hex(run: str) -> str | None:
    digits = run.replace("\\x", "").replace(" ", "").replace(":", "")
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_binary(run: str) -> str | None:
    bits = run.replace(" ", "")
    whole = len(bits) // 8 * 8
    raw = bytes(int(bits[i : i + 8], 2) for i in range(0, whole, 8))
    return _readable(raw)


_URL_RUN = r"(?:%[0-9A-Fa-f]{2})+"
# The same run patterns in RE2, for ASCII text: Python's engine retries a run pattern at every
# letter of ordinary prose, which cost more than all the detectors together on a 1 KB message.
# On ASCII text both engines find the same leftmost-first matches, and so they do on any text
# for a pattern without `\b`, which only differs beyond ASCII: a pattern with `\b` keeps
# Python's Unicode-aware one on other text.
_RUN_PATTERNS = {
    source: Pattern(source) for source in (_BASE64, _HEX, _BINARY, _URL_RUN, _ENTITY, _ESCAPE_RUN)
}


def _runs(pattern: str, text: str) -> Iterator[tuple[int, str]]:
    """Start and text of each non-overlapping match of one of the run patterns."""
    if text.isascii() or "\\b" not in pattern:
        for (start, _), run in _RUN_PATTERNS[pattern].groups(text):
            yield start, run
        return
    for match in re.finditer(pattern, text):
        yield match.start(), match.group()


def _decoded_runs(
    draft: _Draft, pattern: str, decode: Callable[[str], str | None], *, trim: bool = False
) -> _Draft | None:
    replacements = []
    # A document repeats its runs (the same key, the same card number), so each distinct run
    # is decoded once.
    decodings: dict[str, str | None] = {}
    for start, found in _runs(pattern, draft.text):
        run = found.rstrip(" :") if trim else found
        if run in decodings:
            decoded = decodings[run]
        else:
            decoded = decodings[run] = decode(run)
        if decoded is not None and decoded != run:
            replacements.append((start, start + len(run), decoded))
    return _substitute(draft, replacements) if replacements else None


def _url(draft: _Draft) -> _Draft | None:
    replacements = []
    for start, run in _runs(_URL_RUN, draft.text):
        decoded = urllib.parse.unquote(run, errors="replace")
        replacements.append((start, start + len(run), decoded))
    return _substitute(draft, replacements) if replacements else None


def _html(draft: _Draft) -> _Draft | None:
    replacements = []
    for start, run in _runs(_ENTITY, draft.text):
        decoded = html.unescape(run)
        if decoded != run:
            replacements.append((start, start + len(run), decoded))
    return _substitute(draft, replacements) if replacements else None


def _tags(draft: _Draft) -> _Draft | None:
    # Tag characters U+E0020..U+E007E shadow printable ASCII one for one; models read them.
    replacements = [
        (m.start(), m.end(), "".join(chr(ord(c) - 0xE0000) for c in m.group()))
        for m in re.finditer(f"{_TAGS}+", draft.text)
    ]
    return _substitute(draft, replacements) if replacements else None


def _decode_escapes(run: str) -> str | None:
    # Each escape on its own: one out of range (past U+10FFFF) becomes U+FFFD and the rest still
    # decode. Escapes of UTF-16 halves ("\\ud83d\\ude00") pair up through the surrogatepass
    # round trip.
    points = [int(hexa, 16) for hexa in _ESCAPE_DIGITS.findall(run)]
    decoded = "".join(chr(point) if point <= 0x10FFFF else "\ufffd" for point in points)
    return decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_ESCAPE_DIGITS = re.compile(
    r"(?<=\\u)[0-9A-Fa-f]{4}|(?<=\\u\{)[0-9A-Fa-f]{1,6}|(?<=\\U)[0-9A-Fa-f]{8}"
)


def _reversed(draft: _Draft) -> _Draft:
    starts, ends = draft.bounds()
    return _Draft(draft.text[::-1], starts[::-1], ends[::-1])


def _rot13(draft: _Draft) -> _Draft:
    text = draft.text
    if text.isascii():
        turned = text.encode("ascii").translate(_ROT13_TABLE).decode("ascii")
        return _Draft(turned, draft.starts, draft.ends)
    return _Draft(text.translate(_ROT13_STR), draft.starts, draft.ends)


# --- the views ---------------------------------------------------------------------------------


def views(text: str) -> tuple[View, ...]:
    """The original text first, then each derived view that differs from every earlier one."""
    present = _present(text)
    if not present:
        return (View(name=ORIGINAL, text=text),)
    drafts: list[tuple[str, _Draft]] = []
    current = _Draft(text)
    if "non_ascii" in present and not unicodedata.is_normalized("NFKC", text):
        current = _nfkc(current)
        drafts.append(("nfkc", current))
        # Compatibility forms may hide look-alikes, controls or encodings of their own.
        present |= _present(current.text)
    if "invisible" in present:
        current = _visible(current)
        drafts.append(("visible", current))
    if "lookalike" in present or "combining" in present:
        current = _folded(current)
        drafts.append(("folded", current))
    if drafts:
        # Removing and folding characters may join the pieces of a spaced or encoded run.
        present |= _present(current.text)
    if "spaced" in present:
        drafts.append(("collapsed", _collapsed(current)))
    if "split" in present:
        drafts.append(("rejoined", _rejoined(current)))
    decoded: list[tuple[str, _Draft | None]] = []
    if "base64" in present:
        decoded.append(("base64", _decoded_runs(current, _BASE64, _decode_base64)))
    if "hex" in present:
        hexed = _decoded_runs(current, _HEX, _decode_hex, trim=True)
        decoded.append(("hex", hexed))
    if "binary" in present:
        bits = _decoded_runs(current, _BINARY, _decode_binary, trim=True)
        decoded.append(("binary", bits))
    if "url" in present:
        decoded.append(("url", _url(current)))
    if "html" in present:
        decoded.append(("html", _html(current)))
    if "tags" in present:
        decoded.append(("tags", _tags(_Draft(text))))
    if "rot13" in present or "rot13_hidden" in present:
        decoded.append(("rot13", _rot13(current)))
    if "escapes" in present:
        decoded.append(("escapes", _decoded_runs(current, _ESCAPE_RUN, _decode_escapes)))
    if "reversed" in present:
        decoded.append(("reversed", _reversed(current)))
    if "leet" in present:
        decoded.append(("leet", _unleet(current)))
    drafts.extend((name, draft) for name, draft in decoded if draft is not None)
    result = [View(name=ORIGINAL, text=text)]
    seen = {text}
    for name, draft in drafts:
        if draft.text not in seen:
            seen.add(draft.text)
            result.append(draft.freeze(name))
    return tuple(result)


def on_views(*checks: Check) -> Check:
    """One check that runs `checks` on every view, maps spans back and drops repeats.

    A finding from a later view is dropped when an earlier one has the same code and an
    overlapping span; the view it came from is named in `Finding.view`.
    """

    def check(subject: Subject) -> list[Finding]:
        found: list[Finding] = []
        # The checks' shared pattern sets (and the views' triggers) read each view in one
        # merged scan.
        with one_scan(subject.text):
            every = views(subject.text)
            found.extend(finding for inner in checks for finding in inner(subject))
        for view in every[1:]:
            seen = replace(subject, text=view.text)
            with one_scan(view.text):
                found.extend(_mapped(finding, view) for inner in checks for finding in inner(seen))
        if not _repeats(found):
            return found  # what `_Kept` would keep, without its per-finding bookkeeping
        kept = _Kept()
        for finding in found:
            kept.add(finding)
        return kept.findings

    return check


def _repeats(findings: list[Finding]) -> bool:
    """Whether two findings might be repeats (same code, overlapping or equal spans); a cheap,
    conservative test: when it says no, `_Kept` would keep every finding as it is."""
    if len(findings) < 2:
        return False
    by_code: dict[str, list[Span | None]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding.span)
    for spans in by_code.values():
        if len(spans) < 2:
            continue
        if None in spans:
            return True
        reach = -1
        previous = (-1, -1)
        for edges in sorted((span.start, span.end) for span in spans if span is not None):
            if edges[0] < reach or edges == previous:
                return True
            reach = max(reach, edges[1])
            previous = edges
    return False


class _Kept:
    """Findings kept so far; a repeat (same code, overlapping span) keeps only the stronger.

    A finding is compared with the first kept finding it repeats. A decoded view often shows an
    attack more plainly than the original text, so its finding must win over the original's
    weaker reading of the same span. Kept spans are indexed per code by start, and only starts
    within the code's longest span before the new one can overlap it, so a document with
    thousands of findings costs near-linear time rather than quadratic.
    """

    __slots__ = ("_by_code", "findings")

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._by_code: dict[str, _CodeSpans] = {}

    def add(self, finding: Finding) -> None:
        spans = self._by_code.get(finding.code)
        if spans is None:
            spans = self._by_code[finding.code] = _CodeSpans()
        index = spans.first_repeat(finding.span)
        if index is None:
            spans.insert(finding.span, len(self.findings))
            self.findings.append(finding)
            return
        other = self.findings[index]
        if _strength(finding) > _strength(other):
            spans.move(other.span, finding.span, index)
            self.findings[index] = finding


class _CodeSpans:
    """The spans of one code's kept findings, sorted by start, with their positions in `kept`."""

    __slots__ = ("_entries", "_longest", "_spanless", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._entries: list[tuple[int, int, int]] = []  # (start, end, index), sorted
        self._longest = 0
        self._spanless: int | None = None

    def first_repeat(self, span: Span | None) -> int | None:
        """The lowest kept index whose span overlaps or equals `span` (None matches None only)."""
        if span is None:
            return self._spanless
        low = bisect.bisect_left(self._starts, span.start - self._longest)
        high = bisect.bisect_right(self._starts, span.end)
        best: int | None = None
        for start, end, index in self._entries[low:high]:
            overlapping = start < span.end and span.start < end
            if (overlapping or (start == span.start and end == span.end)) and (
                best is None or index < best
            ):
                best = index
        return best

    def insert(self, span: Span | None, index: int) -> None:
        if span is None:
            self._spanless = index
            return
        entry = (span.start, span.end, index)
        position = bisect.bisect_left(self._entries, entry)
        self._starts.insert(position, span.start)
        self._entries.insert(position, entry)
        self._longest = max(self._longest, span.end - span.start)

    def move(self, old: Span | None, new: Span | None, index: int) -> None:
        """The finding at `index` now has span `new` instead of `old`."""
        if old is not None:
            position = bisect.bisect_left(self._entries, (old.start, old.end, index))
            del self._starts[position]
            del self._entries[position]
        elif self._spanless == index:
            self._spanless = None
        self.insert(new, index)


def _strength(finding: Finding) -> tuple[int, float]:
    return finding.severity.rank, finding.score


def _mapped(finding: Finding, view: View) -> Finding:
    if view.name == ORIGINAL:
        return finding
    span = view.to_original(finding.span) if finding.span is not None else None
    return replace(finding, span=span, view=view.name)
