"""Web-attack detector: SQL injection, XSS, path traversal, shell injection and SSRF, scored.

Each matching rule of `webattack_rules`, and each SQL shape of `webattack_sql`, is a signal with
a weight; a family's score is the noisy-or of its signals, `1 - prod(1 - w)`, so one weak signal
stays low and several add up. Payloads are also read once more after undoing the encodings a
browser or interpreter would undo (`%`-escapes, HTML character references with or without `;`,
JavaScript and CSS escapes, compatibility forms, tabs and newlines inside words); the stronger of
the two readings counts. So does a reading with `/* */` comments removed, which is what a filter
that strips them passes on (`UNI/**/ON`, `expr/**/ession(`), and a form value's `+` read as a space.

A value nested in a structure (a JSON string, an XML or HTML attribute, an element's text, a
query-string parameter, also one quoted inside such a value) is read once more on its own: tool
arguments reach this check as one JSON document, and a payload pasted into a field sits mid-text
there, where the rules anchored at a value's start cannot see it.

Direction decides what the score means. In tool arguments, and in any subject whose metadata
marks it as a request field (`metadata["field"]`), the text is about to reach an interpreter, so a
score of at least `block_at` is a high-severity finding. In a chat message or a document people
talk *about* SQL, HTML and shells; there the score is halved and a finding is at most medium, so
the default policy reports it without blocking. Scores below `report_at` are not reported.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass

from bastion.core.patterns import Pattern, PatternSet
from bastion.core.rules import RuleTable
from bastion.core.types import Check, Direction, Finding, Severity, Span, Subject
from bastion.detectors.webattack_rules import (
    CMDI,
    FAMILY_MESSAGES,
    INTERPRETER_CUE,
    INTERPRETER_RULES,
    SQLI,
)
from bastion.detectors.webattack_rules import RULES as SHARED_RULES
from bastion.detectors.webattack_rules_ssrf import SSRF_BARE_INTERNAL, SSRF_LOOPBACK_NAME
from bastion.detectors.webattack_shell import LEADING_COMMAND, LINE_COMMAND, shell_signals
from bastion.detectors.webattack_sql import sql_signals

__all__ = ["REQUEST_FIELD", "RULES", "decoded", "webattack_check"]

REQUEST_FIELD = "field"
# Every rule: those whose set joins the guard's merged scan, then the interpreters' rules, whose
# long gaps (`{{ ... .__class__`, `SYSTEM "http://..." ... &e;`) made the merged automaton four
# times slower on text built to keep it busy; they are scanned in a set of their own.
RULES = (*SHARED_RULES, *INTERPRETER_RULES)
_TALK_DISCOUNT = 0.5

# Characters without which no family can match: a text of letters, digits, spaces and plain
# punctuation returns after one scan.
_PUNCTUATION_CUE = (
    r"[<>'\"`;|&$(){}\[\]%\\#=*@]|\.\.|/[a-z.?]|://|--|(?i)\b(?:union|select|or|and)\b"
    # A web server's access file named alone (`.htaccess`) has only its dot; named in a
    # sentence it is talk about the file. A Windows path written with forward slashes may hold
    # only capitals after them (`C:/WINDOWS/Repair/SAM`).
    r"|(?i)^\s*(?:\.?[\\/])*\.ht(?:access|passwd)\s*$|(?i)^\s*[a-z]:/"
    # SQL written in words alone: a column count, a condition, a delay, a catalog read.
    r"|(?i)\border[\s+]+by[\s+]+\d|(?i)\b(?:case\s+when|having|waitfor|procedure\s+analyse)\b"
    r"|(?i)\bfrom\s+[`\"\[]?(?:information_schema|pg_|sys|sqlite_|all_|dba_)"
    # A value that is a piece of a query: a comparison with NULL, a FROM clause and the clause
    # after it, the bare name of a catalog or provider (`sp_executesql`, `msdasql`).
    r"|(?i)\b(?:r?like|regexp)\s+null\b"
    r"|(?i)^\s*from\s+\S+\s+(?:where|group|order|limit|inner|left|cross|join)\b"
    r"|(?i)^\s*(?:\w+_\w+|nvarchar|varchar2|msdasql|sqloledb|openrowset|opendatasource)\s*$"
    # Serialised Java and .NET objects need no punctuation: base64 and hex stream headers.
    r"|rO0AB|AAEAAAD/////|(?i)aced0005|(?i)\bac ed 00 05\b"
)
# An internal address or a name that resolves to one needs no punctuation beyond dots and colons,
# and a command needs none when it starts the value or one of its lines.
_SUSPICIOUS = Pattern(
    "|".join(
        (
            _PUNCTUATION_CUE,
            LEADING_COMMAND,
            LINE_COMMAND,
            SSRF_LOOPBACK_NAME.pattern,
            SSRF_BARE_INTERNAL.pattern,
        )
    )
)
# A nested value is read on its own only with punctuation or an SQL word in it, or a command
# name with arguments: a lone word (`"sort"`, `"find"`) is a key or a label.
# So is one of its lines that starts with a command, and an internal host and port.
_FIELD_CUE = Pattern(
    "|".join(
        (
            _PUNCTUATION_CUE + r"|(?i)^\s*[\w.-]+\s+\S",
            LINE_COMMAND,
            SSRF_LOOPBACK_NAME.pattern,
            SSRF_BARE_INTERNAL.pattern,
        )
    )
)
# SQL is worth tokenising only when it could be there: a quote, a comment, an operator or word.
_SQL_CUE = Pattern(
    r"['\"`#;=<>|&()*@]|--|/\*|(?i)\b(?:union|select|and|or|xor|not|like|div|mod|rlike|regexp"
    r"|between|order|group|having|limit|from|where|exec|drop|insert|update|delete|sleep)\b"
)
# A long text is tokenised only around strong cues (a quote closed before an operator or
# keyword, a comment, an SQL verb), a window each side, so prose costs one RE2 scan.
_SQL_STRONG_CUE = Pattern(
    r"['\"`]\s*\)*\s*(?:[-+*/%=<>!|&^~#;,]|--|/\*|(?i)(?:or|and|xor|union|select|div|like|order"
    r"|group|having|limit|into|procedure|where|rlike|regexp|is)\b)|/\*|--\s|\)\s*(?:--|#)"
    r"|(?i)\b(?:union|select|sleep|benchmark|waitfor|exec|drop|insert|delete|shutdown)\b"
)
_SHORT = 256
_WINDOW = 64
_MAX_WINDOWS = 3

# An escape a browser, a URL decoder or an interpreter undoes. Text beyond ASCII is decoded too
# when NFKC changes it (full-width `＜script＞`), which `_decodings` asks apart: curly quotes and
# accented letters, in most messages typed on a phone, are no reason to decode.
_ENCODED = Pattern(r"(?i)%[0-9a-f]{2}|%u[0-9a-f]{4}|&#?\w|\\(?:x[0-9a-f]{2}|u|0|[0-9a-f]{2}|[nrt])")
# The whole-text probes, answered by the guard's merged scan when the text is the one it read
# (`patterns.one_scan`); a nested value is probed with the single pattern instead.
_INTERPRETER_CUE = Pattern(INTERPRETER_CUE)
_PROBES = PatternSet(
    [_SUSPICIOUS.source, _SQL_STRONG_CUE.source, _ENCODED.source, _INTERPRETER_CUE.source],
    shared=True,
)
# `\n`, `\r`, `\t` written out, as a value quoted for a string literal or `echo -e` carries a
# line break. Only a short value of a few words is read so: a message with written-out line breaks
# (a JSON body, a log line) starts its lines with words, not commands, and a Windows path
# (`C:\new\tools`) writes them as folder names.
_CONTROL_ESCAPE = re.compile(r"\\([nrt])")
_CONTROL_MAX_CHARS = 64
_CONTROL_MAX_WORDS = 3
_WINDOWS_PATH = re.compile(r"(?i)\b[a-z]:\\|%[a-z_]+%\\|\\\\[\w.-]")
_CONTROLS = {"n": "\n", "r": "\r", "t": "\t"}
_TAG_IN_WORD = re.compile(r"(?<=[A-Za-z])<(?:/?[A-Za-z]{1,3})?>(?=[A-Za-z(])")
_BLOCK_COMMENT = Pattern(r"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={1,2}")
_PCT_UNICODE = re.compile(r"(?i)%u([0-9a-f]{4})")
_JS_ESCAPE = re.compile(
    r"(?i)\\(?:x([0-9a-f]{2})|u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|([0-9a-f]{1,6})\s?)"
)
_ENTITY_NO_SEMI = re.compile(r"(?i)&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?")
# HTML5 character references for whitespace and colon that split `javascript:` in an attribute;
# browsers match them in any case when the document is quirky, so they are undone ignoring case.
_SPACING_ENTITY = re.compile(r"(?i)&(?:tab|newline);")
_COLON_ENTITY = re.compile(r"(?i)&colon;")
_SPLIT_WORD = re.compile(r"(?<=[A-Za-z:(])[\t\n\r\x0b\x0c\x00]+(?=[A-Za-z:(])")


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _js(match: re.Match[str]) -> str:
    digits = next(group for group in match.groups() if group is not None)
    return _char(int(digits, 16))


def _entity(match: re.Match[str]) -> str:
    hexa, dec = match.groups()
    return _char(int(hexa, 16) if hexa else int(dec))


def decoded(text: str) -> str | None:
    """`text` with browser and interpreter encodings undone (a few rounds), or None if unchanged."""
    views = _decodings(text)
    return views[0] if views else None


def _probe(text: str, index: int, pattern: Pattern) -> bool:
    """Whether `pattern` (probe `index` of `_PROBES`) matches somewhere in `text`."""
    found = _PROBES.merged(text)
    return pattern.search(text) is not None if found is None else index in found


def _decodings(text: str) -> list[str]:
    """Decoded readings of `text`: words split by control characters joined (as a browser reads
    `jav&#x0A;ascript:`), and, when that changed anything, not joined (as a shell reads `a%0Als`).
    """
    # A form-encoded value writes its spaces as `+` (`1+union+select+2`); one without spaces
    # is read with them restored, unless it is padded base64, where `+` is a digit.
    current = text
    if "+" in text and " " not in text and _BASE64.fullmatch(text) is None:
        current = text.replace("+", " ")
    if not _probe(current, 2, _ENCODED) and (
        current.isascii() or unicodedata.is_normalized("NFKC", current)
    ):
        return [current] if current != text else []
    escapes = (
        "\\" in current
        and len(current) <= _CONTROL_MAX_CHARS
        and len(current.split()) <= _CONTROL_MAX_WORDS
        and _WINDOWS_PATH.search(current) is None
    )
    for _ in range(3):
        before = current
        if escapes:
            current = _CONTROL_ESCAPE.sub(lambda m: _CONTROLS[m.group(1)], current)
        current = _PCT_UNICODE.sub(lambda m: _char(int(m.group(1), 16)), current)
        current = urllib.parse.unquote(current, errors="replace")
        current = _ENTITY_NO_SEMI.sub(_entity, current)
        current = _COLON_ENTITY.sub(":", _SPACING_ENTITY.sub("\t", current))
        current = html.unescape(current)
        current = _JS_ESCAPE.sub(_js, current)
        if current == before:
            break
    if not current.isascii():
        current = unicodedata.normalize("NFKC", current)
    joined = _SPLIT_WORD.sub("", current)
    views = [view for view in (joined, current) if view != text]
    return views[:1] if joined == current else views


def _readings(text: str) -> list[str]:
    """The other readings of `text`: decoded; without its `/* */` comments, and with each one
    read as the space a database reads it as (`ORDER/**/BY`); NUL bytes read as spaces."""
    views = _decodings(text)
    for view in views[:1]:
        if "\x00" in view and len(view) <= _MAX_FIELD_CHARS:
            # `%00<%00s%00v%00g`: UTF-16 read a byte at a time; the text between the NULs.
            views.append(view.replace("\x00", ""))
    # One-character tests first: Python finds a single character with memchr, a pair slowly.
    if "*" in text and "*/" in text:
        pieces = _outside_comments(text)
        if pieces is not None:
            views.extend(("".join(pieces), " ".join(pieces)))
    if "\x00" in text and len(text) <= _MAX_FIELD_CHARS:
        # `SELECT\x00name\x00FROM`: a C string reader stops at NUL; a SQL lexer skips it.
        views.append(text.replace("\x00", " "))
    if "<" in text and len(text) <= _MAX_FIELD_CHARS:
        # `un<>ion sel<>ect`, `o<x>nfocus=alert<x>(1)`: an empty or short tag inside a word is
        # what a filter that strips tags removes, joining the word it broke.
        stripped = _TAG_IN_WORD.sub("", text)
        if stripped != text:
            views.append(stripped)
    return views


def _outside_comments(text: str) -> list[str] | None:
    """The stretches of `text` between its `/* */` comments, or None when it has none. Joined
    with nothing they are what a filter that strips comments passes on (`expr/**/ession(`,
    `UNI/**/ON SEL/**/ECT`); joined with spaces, what SQL reads (`ORDER/**/BY`)."""
    if len(text) > _MAX_FIELD_CHARS or "/*" not in text or "*/" not in text:
        # A long text is a document, not a value a filter passes on; its fields still are.
        return None
    kept, last = [], 0
    for start, end in _BLOCK_COMMENT.spans(text):
        kept.append(text[last:start])
        last = end
    if last == 0:
        return None
    kept.append(text[last:])
    return kept


# Nested values: a double-quoted string (JSON, or an attribute), a single-quoted attribute value,
# an element's text. Each is read on its own, at most `_MAX_FIELDS` of the suspicious ones.
_FIELD = Pattern(r'"(?:[^"\\]|\\.)+"|=\s*\'[^\'<>]+\'|>[^<>]+<')
# A query string or form body (`a=1&b=2`, `page?id=3`): each parameter's value on its own.
_PARAMETER = Pattern(r"(?:^|[?&;])[\w.\[\]$-]+=([^&#\n]+)")
# Values of letters, digits, spaces and plain punctuation cannot carry a payload of their own
# (a command line of plain words is the exception `_FIELD_CUE` keeps). Python's `re` answers
# this faster than a call into RE2 on a short value; the class has nothing to backtrack over.
_PLAIN_VALUE = re.compile(r"[\w.,:+ -]*")
_MAX_FIELDS = 32
_MAX_CANDIDATES = 1024
_MAX_FIELD_CHARS = 4096
_MAX_DOCUMENT_CHARS = 65536
_BRACKETS = {("{", "}"), ("[", "]")}


def _plain(value: str) -> bool:
    """Whether `value` is plain text, unless it is form-encoded (`+` for spaces, as in
    `1+union+select+2`), which the plain characters also spell, or a host and port
    (`localhost:27017`), which the plain characters spell too."""
    return (
        _PLAIN_VALUE.fullmatch(value) is not None
        and ("+" not in value or " " in value)
        and ":" not in value
    )


def _unquoted(value: str) -> str:
    """A JSON string's content with its escapes undone; other quoted text as it stands."""
    if "\\" not in value:
        return value
    try:
        loaded = json.loads(f'"{value}"')
    except ValueError:
        return value
    return loaded if isinstance(loaded, str) else value


def _fields(text: str) -> list[tuple[int, int, str]]:
    """Suspicious values nested in `text` (JSON strings, attribute values, element text)."""
    found: list[tuple[int, int, str]] = []
    whole = text.strip()
    quoted = '"' in text or ">" in text or "'" in text
    for seen, (start, end) in enumerate(_FIELD.spans(text) if quoted else ()):
        if seen >= _MAX_CANDIDATES or len(found) >= _MAX_FIELDS:
            break
        # Drop the delimiters: `"..."`, `='...'` or `>...<`.
        start = text.index("'", start) + 1 if text[start] == "=" else start + 1
        end -= 1
        if end - start > _MAX_FIELD_CHARS:
            continue
        raw = text[start:end]
        if " " not in raw and _plain(raw):
            continue
        value = _unquoted(raw)
        if _worth_reading(value, whole):
            found.append((start, end, value))
            if "=" in value:
                # A query string or form body quoted inside the document (an XML attribute
                # holding `cmd=a=b;$a`): its parameters too, each read alone.
                found.extend(
                    (start, end, part) for part in _parameters(value) if _worth_reading(part, whole)
                )
    if "=" in text:
        for seen, (start, end) in enumerate(_PARAMETER.value_spans(text)):
            if seen >= _MAX_CANDIDATES or len(found) >= _MAX_FIELDS:
                break
            value = text[start:end]
            if end - start > _MAX_FIELD_CHARS or _plain(value):
                continue
            if _worth_reading(value, whole):
                found.append((start, end, value))
    return found


def _json_document(text: str) -> bool:
    """Whether `text` is a JSON object or array (tool arguments arrive as one)."""
    stripped = text.strip()
    if len(stripped) > _MAX_DOCUMENT_CHARS or (stripped[:1], stripped[-1:]) not in _BRACKETS:
        return False
    try:
        return isinstance(json.loads(stripped), (dict, list))
    except ValueError:
        return False


def _parameters(text: str) -> list[str]:
    """The values of `text`'s query-string or form parameters that are not plain."""
    values = []
    for seen, (start, end) in enumerate(_PARAMETER.value_spans(text)):
        if seen >= _MAX_FIELDS:
            break
        value = text[start:end]
        if not _plain(value):
            values.append(value)
    return values


def _worth_reading(value: str, whole: str) -> bool:
    """A nested value is read on its own when it is not the whole text again and has a cue."""
    return value.strip() != whole and _FIELD_CUE.search(value) is not None


@dataclass(frozen=True, slots=True)
class _Signal:
    code: str
    score: float
    start: int
    end: int


def _signals(
    tables: tuple[RuleTable, RuleTable],
    text: str,
    *,
    in_original: bool,
    decided: float,
    shapes: bool = True,
) -> list[_Signal]:
    """Rule and SQL-shape signals; shapes are skipped once rules alone reach `decided`, or when
    `shapes` is False. `tables`: the shared rule table, then the interpreters' table, read only
    where their cue occurs."""
    found: list[_Signal] = []
    size = len(text)
    shared, interpreters = tables
    hits = shared.hits(text)
    if _probe(text, 3, _INTERPRETER_CUE):
        hits += interpreters.hits(text)
    for hit in hits:
        start, end = (hit.start, hit.end) if in_original else (0, size)
        found.append(_Signal(hit.rule.code, hit.rule.score, start, end))
    # Short values (a field, an argument) are read as a shell would; a long text only when a
    # shell rule already fired there, so prose costs no extra scan.
    if size <= _SHORT or any(signal.code == CMDI for signal in found):
        for reading in shell_signals(text):
            found.append(_Signal(CMDI, reading.score, 0, size))
    miss = 1.0
    for signal in found:
        if signal.code == SQLI:
            miss *= 1.0 - signal.score
    if not shapes or 1.0 - miss >= decided:
        return found
    for start, end in _sql_windows(text):
        for shape in sql_signals(text[start:end]):
            found.append(_Signal(SQLI, shape.score, start if in_original else 0, end))
    return found


def _sql_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` worth reading as SQL: all of a short text, cue windows of a long one."""
    if len(text) <= _SHORT:
        return [(0, len(text))] if _SQL_CUE.search(text) is not None else []
    windows: list[tuple[int, int]] = []
    merged = _PROBES.merged(text)
    if merged is not None and 1 not in merged:
        return windows  # the merged scan already says there is no strong cue
    for start, end in _SQL_STRONG_CUE.spans(text):
        low, high = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
        if windows and start < windows[-1][1]:
            continue
        windows.append((low, high))
        if len(windows) >= _MAX_WINDOWS:
            break
    return windows


def _scores(signals: list[_Signal]) -> dict[str, tuple[float, int, int, int]]:
    """Per family: the noisy-or score, the number of signals and their overall span."""
    families: dict[str, list[_Signal]] = {}
    for signal in signals:
        families.setdefault(signal.code, []).append(signal)
    result = {}
    for code, found in families.items():
        miss = 1.0
        for signal in found:
            miss *= 1.0 - signal.score
        start = min(s.start for s in found)
        end = max(s.end for s in found)
        result[code] = (1.0 - miss, len(found), start, end)
    return result


def _keep_stronger(
    best: dict[str, tuple[float, int, int, int]],
    found: dict[str, tuple[float, int, int, int]],
    start: int,
    end: int,
) -> None:
    """Per family, keep the stronger of `best` and a reading's `found`, spanning `start:end`."""
    for code, (score, count, _, _) in found.items():
        if code not in best or score > best[code][0]:
            best[code] = (score, count, start, end)


def webattack_check(*, block_at: float = 0.7, report_at: float = 0.3) -> Check:
    """A check finding web-attack payloads; `block_at` is the score that makes a finding high."""
    if not 0.0 < report_at <= block_at <= 1.0:
        raise ValueError("need 0 < report_at <= block_at <= 1")
    tables = (RuleTable(SHARED_RULES, shared=True), RuleTable(INTERPRETER_RULES))

    def check(subject: Subject) -> Iterator[Finding]:
        text = subject.text
        if not _probe(text, 0, _SUSPICIOUS):
            return
        # A JSON document's strings are read as SQL one by one (its fields, below); read whole,
        # the quotes around its keys and values pair up across them, and a value's words
        # (`Color (select`) would read as code between two strings.
        whole = not _json_document(text)
        best = _scores(_signals(tables, text, in_original=True, decided=block_at, shapes=whole))
        for view in _readings(text):
            found = _scores(
                _signals(tables, view, in_original=False, decided=block_at, shapes=whole)
            )
            _keep_stronger(best, found, 0, len(text))
        for start, end, field in _fields(text):
            for view in (field, *_readings(field)):
                found = _scores(_signals(tables, view, in_original=False, decided=block_at))
                _keep_stronger(best, found, start, end)
        interpreted = subject.direction is Direction.TOOL_ARGS or REQUEST_FIELD in subject.metadata
        for code, (raw, count, start, end) in best.items():
            score = raw if interpreted else raw * _TALK_DISCOUNT
            if score < report_at:
                continue
            if interpreted:
                severity = Severity.HIGH if score >= block_at else Severity.MEDIUM
            else:
                severity = Severity.MEDIUM if score >= block_at * _TALK_DISCOUNT else Severity.LOW
            yield Finding(
                code=code,
                severity=severity,
                message=f"{FAMILY_MESSAGES[code]} ({count} signal(s))",
                span=Span(start, end),
                score=round(score, 4),
            )

    return check
