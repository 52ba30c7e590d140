"""SQL injection by shape: tokenise a value as SQL, then score the sequence of token kinds.

In the spirit of libinjection (independent code, no fingerprint list): an injected value only
works if, read as SQL, it closes the string or number it was pasted into and continues with
operators, keywords, functions or a comment. So the value is read four ways: as is, as if it sat
inside a '-quoted string, a "-quoted one, or a `-quoted name. Each reading becomes a string of
token kinds (its *shape*), and a table of shapes (RE2 over the shape, linear time) gives the
signals. Plain words are barewords (`b`), so English that happens to contain AND, OR or SELECT
keeps a shape no rule wants.

Token kinds: `x` the string closed by breaking out of the quoted context (`y` for a double
quote, `g` for a backtick-quoted identifier; `X`, `Y` when several words, or two and a space,
precede the quote), `s` string, `n` number or literal, `v` @variable, `E` statement verb, `U`
UNION, `I` EXCEPT or INTERSECT, `k` clause keyword (WHERE, ORDER BY...), `w` other SQL word, `&`
logic operator, `o` operator, `a` arithmetic or a unary `!` `~`, `f` known SQL function before
`(`, `F` any other name before `(`, `b` bareword, `c` comment that runs to the end (then `t` if
it goes on in words), `( ) , ; .` themselves. A line comment followed by more text, a block
comment and a PostgreSQL cast (`::int`) are spacing.
"""

from __future__ import annotations

import re

from bastion.core.patterns import PatternSet
from bastion.detectors.webattack_sql_shapes import SHAPES, Shape

__all__ = ["SHAPES", "Shape", "shape_of", "sql_signals"]

# One token per match, leftmost-first. Python's `re` is used for speed (the RE2 binding costs
# microseconds per match); every alternative that scans ahead (comments, strings) succeeds once
# started, so nothing backtracks and a scan is linear. The ReDoS test feeds long hostile runs.
_TOKEN = re.compile(
    r"(?is)/\*!\d*|\*/|/\*.*?(?:\*/|$)|--(?:[^\S\n]|-|$|(?=['\"]))[^\n]*|--[^\n]{0,64}(?=[\r\n])|#>>?|#-(?=\s*')"
    r"|#[^\n]*|@>|<@|\?[|&]|(?:[nxb]|_[a-z]\w*)'(?:[^'\\]|\\.|'')*(?:'|$)"
    r"|'(?:[^'\\]|\\.|'')*(?:'|$)|\"(?:[^\"\\]|\\.|\"\")*(?:\"|$)|`[^`]*`?"
    r"|0x[0-9a-f]*|0b[01]+|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|(?-i:\\N)"
    # MySQL names a variable with a quoted string too (`@"x"`, `@'x'`, `` @`x` ``).
    r"|@@?(?:'(?:[^'\\]|\\.)*'?|\"(?:[^\"\\]|\\.)*\"?|`[^`]*`?|[\w.$]*)"
    r"|[a-z_$][\w$]*|<=>|<>|!=|<=|>=|::|\|\||&&|:=|->>?|[-+*/%^|&~!=<>?:]"
    r"|[(),;.\[\]{}]|[\s\x00\ufffd]+|."
)

_VERBS = frozenset(
    "select insert update delete drop create alter truncate exec execute declare shutdown "
    "waitfor call load grant revoke handler merge replace".split()
)
_CLAUSES = frozenset(
    "from where order group having limit offset into procedure returning collate".split()
)
_WORDS = frozenset(
    "by as on join inner outer left right cross natural using when then else end case begin "
    "distinct all top table database schema values set escape asc desc dual column "
    "information_schema delay union_all".split()
)
_LOGIC = frozenset("and or xor".split())
# The set operators besides UNION; common English words, so their shape asks for more.
_SET_OPERATORS = frozenset(("except", "intersect"))
_WORD_OPS = frozenset(
    "like rlike regexp is in between div mod sounds not binary any some glob ilike similar "
    "notnull isnull match against eqv imp".split()
)
_LITERALS = frozenset("null true false current_user".split())
_EQUALS = frozenset(("=", "==", "<=>", "like"))
# Functions an injected value calls to read data, stall, or test a condition; generic SQL
# knowledge, not a list of payloads.
_FUNCTIONS = frozenset(
    """
    abs acos aes_decrypt aes_encrypt ascii asin atan atan2 avg benchmark bin bit_and bit_count
    bit_length bit_or cast ceil ceiling char char_length character_length charindex chr coalesce
    collation compress concat concat_ws connection_id conv convert cos cot count crc32 current_user
    database datalength date_format db_name decode degrees elt encode exp export_set extractvalue
    field find_in_set floor format from_base64 geometrycollection get_lock greatest group_concat
    hex if ifnull iif instr is_srvrolemember isnull json_extract json_keys last_insert_id lcase
    least left length linestring ln load_file locate log lower lpad ltrim make_set master_pos_wait
    max md5 mid min mod multipoint name_const nchar now nullif oct octet_length ord pg_sleep pi
    polygon position pow power quote radians rand randomblob release_lock repeat replace reverse
    right round row_count rpad rtrim schema sha sha1 sha2 sign sin sleep soundex space sqrt
    sqlite_version stddev strcmp subdate substr substring substring_index sum sys_context
    system_user table_name tan to_base64 trim ucase uncompress unhex unicode unistr updatexml
    upper user utl_inaddr utl_http uuid version xmltype
    """.split()
)
_HYPHENATED = re.compile(r"-[A-Za-z]")
_AND_WORD = re.compile(r"\w\s&\s\w")
_QUESTION = "?"
_QUESTION_MARK = re.compile(r"\w\?(?:\s|$)")
_NULL_ESCAPE = "\\N"  # MySQL's NULL written as an escape
_MAX_TOKENS = 48
_MAX_CHARS = 2048


def _word_kind(word: str, next_char: str) -> str:
    lower = word.lower()
    if next_char == "(" and lower in _FUNCTIONS:
        return "f"
    if lower == "union":
        return "U"
    if lower in _SET_OPERATORS:
        return "I"
    if lower in _VERBS:
        return "E"
    if lower in _CLAUSES:
        return "k"
    if lower in _LOGIC:
        return "&"
    if lower in _WORD_OPS:
        return "o"
    if lower in _LITERALS:
        return "n"
    if lower in _WORDS:
        return "w"
    # Any name called like a function: dialects have thousands, and a value that closes a quote
    # and then calls one is SQL whatever the name.
    return "F" if next_char == "(" else "b"


# PostgreSQL JSON and array operators, which start like a variable, a comment or a placeholder.
_JSON_OPERATORS = frozenset(("@>", "<@", "?|", "?&", "#>", "#>>", "#-"))


def _kind(token: str, next_char: str) -> str:
    if token in _JSON_OPERATORS:
        return "o"
    if token == _NULL_ESCAPE:
        return "n"
    head = token[0]
    if head == "'":
        # A run of quotes alone (``) is filler, not a string an injection would use.
        return "" if len(token) > 3 and not token.strip("'") else "s"
    if head == '"':
        return "q"
    if head == "`":
        return "b"
    if head == "/" and token.startswith("/*"):
        # MySQL runs `/*!...*/` as code; an ordinary block comment closed in place is spacing.
        if token.startswith("/*!") or token.endswith("*/"):
            return ""
        return "c"
    if token.startswith("*/"):
        return ""
    if head == "-" and token.startswith("--"):
        return "c"
    if head == "#":
        # `#` cuts a MySQL query; `#2` or `# note` in text is more often a number or a remark.
        return "c" if token.strip() == "#" else "h"
    if head in "+-*/%" or token in ("!", "~"):
        return "a"  # arithmetic, and the unary NOT and bitwise inversion that prefix a value
    if head.isdigit() or (head == "." and len(token) > 1):
        return "n"
    if head == "@":
        return "v"
    if "'" in token:
        return "s"  # a prefixed literal: N'...', X'...', B'...', _utf8'...'
    if head.isalpha() or head in "_$":
        return _word_kind(token, next_char)
    if token in ("||", "&&"):
        return "&"
    if head in "(),;.":
        return head
    if head == ":" and len(token) == 1:
        # JSON's key separator (`"k": "v"`), not SQL: a document would read as comparisons.
        return ""
    if head in "[]{}":
        return ""
    if head.isspace() or head in "\x00\ufffd" or not head.isascii():
        # A byte that is no character here (`%a0`, `%bf`) is spacing to a latin-1 database;
        # other symbols (`25°C`, `5€`) are no SQL operator (look-alikes are read after NFKC).
        return ""
    return "o"


def _prose_left_open(token: str) -> bool:
    """Whether `token`, a string the value leaves open at its end, holds words of a sentence
    (`' and ' are quotes`): an injected value leaves one token open for the query's closing
    quote (`' or '1`), and a string of words that does not start with a digit is false in a
    condition."""
    if token[0] != "'" or (len(token) > 1 and token.endswith("'")):
        return False
    inside = token[1:].lstrip()
    return inside[:1].isalpha() and len(inside.split()) >= 2


def shape_of(text: str, context: str = "", *, prose: bool = False) -> str:
    """The token kinds of `text` read as SQL, after `context` (a quote it was pasted inside).
    With `prose`, a string left open at the end that holds words of a sentence reads as those
    words (`b` each) instead of one string."""
    source = context + text[:_MAX_CHARS]
    kinds: list[str] = []
    words: list[str] = []  # the token behind each kind, to spot a name compared with itself
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(source)]
    cast = False
    for index, (start, token) in enumerate(tokens):
        is_cast = token.startswith("::")
        next_char = ""
        for _, following in tokens[index + 1 : index + 4]:
            if not following.isspace() and not following.startswith("/*"):
                next_char = following[0]
                break
        kind = _kind(token, next_char)
        if prose and kind == "s" and index == len(tokens) - 1 and _prose_left_open(token):
            kinds.extend("b" * min(len(token[1:].split()), _MAX_TOKENS - len(kinds)))
            break
        if token.startswith("&") and _AND_WORD.fullmatch(source, max(0, start - 2), start + 3):
            continue  # `Ben & Jerry`: an ampersand between two words is the word "and"
        if token == _QUESTION and _QUESTION_MARK.fullmatch(source, max(0, start - 1), start + 2):
            continue  # `What's 2 and 2? 4`: a question mark that ends a word ends a sentence
        if kind in ("c", "h") and index + 2 < len(tokens):
            # A line comment ends at the newline; SQL after it still runs, so it is spacing.
            kind = ""
        elif is_cast or (cast and kind == "b"):
            # A PostgreSQL cast (`::int`) keeps the value it follows.
            cast = is_cast
            continue
        cast = False
        if not kind:
            continue
        if context and start == 0:
            closed = token.endswith(context) and len(token) > 1
            inside = token[1:-1]
            # A double quote is read more cautiously than a single one, as it is also an inch
            # mark (`12" or 14"`). One that opens the value has no number to measure; unless a
            # word follows at once, it opens a quoted phrase (`"LIKE" STAMP`), it closes a string.
            double = context == '"' and (inside.strip() != "" or text[1:2].isalnum())
            kind = ("y" if double else "x") if closed else "s"
            if context == "`":
                # A MySQL name closed right after one token (`g`); only the alias shape reads
                # it, as backticks are also Markdown's inline code around words of a sentence.
                kind = "g" if closed and not any(c.isspace() for c in inside) else "b"
            words_before = len(inside.split())
            spaced = inside.endswith(" ") or context == '"'
            # A statement verb and a space before the quote open a literal the statement
            # reads (`select 'and'`); an injected value closes right after its token.
            verb_first = inside.endswith(" ") and inside.strip().lower() in _VERBS
            if closed and (words_before >= 3 or verb_first or (words_before == 2 and spaced)):
                # Several words before the quote read as a title or a sentence with an
                # apostrophe or inch mark (`SOAP 1 '#`); injected values close after one token.
                # After two words, a space before the quote opens a quoted word in a sentence
                # (`I said 'or' twice`); an injected value closes right after its token.
                kind = kind.upper()
            if closed and kind in "xy" and inside.rstrip().endswith("("):
                # `route('/users')`: a quote straight after a call's parenthesis opens an
                # argument in a program; a value breaks out after a token of its own.
                kind = "s"
        if kind == "f" and (kinds[-1:] == ["."] or words[-1:] == ["new"]):
            # `time.sleep(2)`, `new User(...)`: a method or a class, not an SQL function.
            kind = "F"
        lower = token.lower()
        if kind == "E" and lower != "select" and _HYPHENATED.match(source, start + len(token)):
            # `Drop-down`, `create-react-app`: a word of a hyphenated compound. Only SELECT
            # takes an operand glued on by an operator (`SELECT-id-1.FROM t`).
            kind = "b"
        if kind == "b" and kinds[-2:] == ["b", "o"] and words[-1] in _EQUALS and words[-2] == lower:
            # `x=x`, `a like a`: a name compared with itself is always true, like `1=1`.
            kinds[-2] = kind = "n"
        kinds.append(kind)
        words.append(lower)
        if kind == "c" and token[:1] in "-#" and len(token.lstrip("-#").split()) >= 2:
            # A comment that goes on in words (`-- twice`) is prose too: `t` after it keeps the
            # shapes that want a query to end on a bare comment (`1 --`) from matching.
            kinds.append("t")
            words.append("")
        if len(kinds) >= _MAX_TOKENS:
            break
    return "".join(kinds)


_SHAPE_SET = PatternSet([shape.pattern for shape in SHAPES])


def _contexts(text: str) -> list[tuple[str, str]]:
    """The (text, quote) pairs `text` is read in: as is, and inside each quote it contains."""
    found = [(text, "")]
    for quote in "'\"`":
        if quote in text:
            found.append((text, quote))
    if "\\'" in text:
        # Standard SQL strings take no backslash escapes: there `\'` closes the string.
        found.append((text.replace("\\'", "'"), "'"))
    return found


def shapes(text: str) -> tuple[str, ...]:
    """The readings of `text`: as is, and inside each quote it contains."""
    return tuple(shape_of(value, quote) for value, quote in _contexts(text))


# Typographic quotes, as a word processor or a phone keyboard writes them; some databases
# and many copy-paste paths turn them into plain ones.
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d", "''''\"\"")


# A spreadsheet formula (`=IF(B2>9,"a","b")`, `=SUM(A1:A9)`) calls functions that SQL shares
# names with; a value that starts as one is not read as SQL.
_FORMULA = re.compile(r"\s*=\s*[A-Za-z][\w.]*\(")
# A condition followed by a brace-delimited block (`if (x > 0 && y) { run(); }`) is a program
# in a C-family language; SQL has no such block.
_CODE_BLOCK = re.compile(r"\b(?:if|while|for|switch)\s*\([^(){}]*(?:\([^(){}]*\)[^(){}]*)*\)\s*\{")


def sql_signals(text: str) -> list[Shape]:
    """Each shape rule that matches one of the readings of `text`."""
    found: set[int] = set()
    if _FORMULA.match(text) or ("{" in text and _CODE_BLOCK.search(text)):
        return []
    contexts = _contexts(text)
    plain = text.translate(_PLAIN_QUOTES)
    if plain != text:
        contexts += _contexts(plain)
    for value, quote in contexts:
        reading = shape_of(value, quote)
        matched = set(_SHAPE_SET.matching(reading))
        if matched and "'" in value:
            # A shape that needs the sentence left open at the end to be one string value
            # (`' and ' are quotes` as `' and '...'`) is not read from it.
            worded = shape_of(value, quote, prose=True)
            if worded != reading:
                matched &= set(_SHAPE_SET.matching(worded))
        found.update(matched)
    return [SHAPES[index] for index in sorted(found)]
