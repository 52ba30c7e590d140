"""Web-attack signals for query injection that the main SQL table does not read: a quote broken
out of with arithmetic alone, a comment standing in for the space after an SQL keyword, and an
LDAP search filter widened from inside a value."""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity
from bastion.detectors.webattack_rules_sqli import SQLI

_S = Severity.HIGH  # the detector sets each finding's severity from the score

SQLI_QUOTE_ARITHMETIC = Rule(
    id="sqli.quote_arithmetic",
    code=SQLI,
    # `1' * id - '0`: the value closes its string, multiplies or subtracts a column, and opens a
    # string again for the query's own closing quote; the result is a number the query compares,
    # so a blind injection reads a column one bit at a time. The first operator is not `+`: a
    # form writes its spaces as `+`, and a measurement then reads the same (`6'+x+8+'+rug`).
    pattern=(
        r"(?i)^\s*[\w.@-]{0,40}'\s*\)*\s*[-*/%]\s*\(*\s*[a-z_][\w.]*\s*\)*"
        r"(?:\s*[-+*/%]\s*\(*\s*[\w.]+\s*\)*){0,6}\s*[-+*/%]\s*'[\w.]{0,20}\s*$"
    ),
    severity=_S,
    score=0.75,
    message="a quote closed, arithmetic on a column, and a string reopened for the query",
    examples=(
        "1' * id - '0",
        "1' *id-'0",
        "1'*column-0-'0",
        "7'/price+1-'2",
        "abc' % qty * '1",
    ),
    counterexamples=(
        "6'+x+8+'+rug",
        "6' x 4' - '10 rug",
        "Rock 'n' roll",
        "it's 5 * 3 - 'ok' then",
        "a 2' * 3' board",
        "5' - 11\" tall",
    ),
)

SQLI_COMMENT_SPACE = Rule(
    id="sqli.comment_space",
    code=SQLI,
    # A block comment glued to an SQL keyword stands for the space after it (`UNION/**/SELECT`,
    # `DECLARE/**/@x`, `/**/or/**/1`): how a value slips keywords past a filter that splits on
    # spaces. Only keywords that a program's comment does not follow (`return/* x */`) count.
    pattern=(
        r"(?i)(?:^|[^\w])(?:select|union|declare|having|where|exec|execute|insert|delete|and|or"
        r"|xor|order|group|limit|waitfor|sleep|like|rlike|regexp|case|when|then|null)"
        r"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/\s*(?:[\w@(*'\"`]|$)"
    ),
    severity=_S,
    score=0.55,
    message="a block comment in place of the space after an SQL keyword",
    examples=(
        "DECLARE/**/@x",
        "1/**/or/**/1=1",
        "UNION/*x*/SELECT 1",
        "x' and/**/'1'='1",
    ),
    counterexamples=(
        "return/* early */ x;",
        "/* select all */ items",
        "see the union /* note */ below",
        "function/* name */()",
    ),
)

SQLI_LDAP_FILTER = Rule(
    id="sqli.ldap_filter",
    code=SQLI,
    # An LDAP search filter is a query language too: a value that closes the filter it was
    # pasted into and opens an OR or AND of its own (`*)(|(uid=*`, `*(|(objectclass=*))`) makes
    # the directory return every entry, or checks a password attribute one character at a time.
    pattern=(
        r"(?i)\(\s*[|&!]\s*\(\s*[a-z][\w.;-]*\s*[~<>]?=[^()]*\)"
        r"|(?i)\*\s*\)\s*\(\s*[|&!]?\s*\(?\s*[a-z][\w.;-]*\s*[~<>]?="
        r"|(?i)\)\s*\(\s*[|&]\s*\)"
    ),
    severity=_S,
    score=0.8,
    message="an LDAP search filter opened from inside a value",
    examples=(
        "*(|(objectclass=*))",
        "*(|(mail=*))",
        "admin*)(|(userPassword=*)",
        "*)(uid=*))(|(uid=*",
        "admin)(&)",
    ),
    counterexamples=(
        "(see note (a)) or (b)",
        "a | b & (c = d)",
        "smile :) (happy = yes)",
        "f(x)(|y|)",
    ),
)

QUERY_RULES: tuple[Rule, ...] = (SQLI_QUOTE_ARITHMETIC, SQLI_COMMENT_SPACE, SQLI_LDAP_FILTER)
