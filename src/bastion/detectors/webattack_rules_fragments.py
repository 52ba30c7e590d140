"""Web-attack signals for SQL fragments: a value that is a piece of a condition rather than a
whole statement, written to be glued into the query around it.

A scanner probing a parameter sends what the query needs after the place the value lands: an
operator and its operand (`LIKE NULL`, `) like (`), a list for an `IN` the query already opened,
a condition that always holds (`1=1`), a boolean operator left open for the rest of the query
(`3 or `), or the logical `&&(`/`||(` that MySQL reads as AND and OR. None of these is a value a
form field or a tool's argument holds on its own, so each is anchored to the whole value: the
same words inside a sentence (a chat message, a document) do not match, and a value nested in a
JSON or XML document is read on its own by the detector.
"""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity
from bastion.detectors.webattack_rules_sqli import SQLI

_S = Severity.HIGH  # the detector sets each finding's severity from the score

SQLI_IN_LIST = Rule(
    id="sqli.in_list",
    code=SQLI,
    # `in (0,1)`, ` IN (815914, 815913)`: a value that is the rest of an `IN` condition, the
    # list of numbers a query compares a column against; glued after `WHERE id` it widens the
    # rows a query returns. A value of numbers in brackets alone (`(1, 2)`) is not one.
    pattern=r"(?i)^\s*(?:not\s+)?in\s*\(\s*[-+]?\d+(?:\s*,\s*[-+]?\d+)+\s*\)\s*$",
    severity=_S,
    score=0.75,
    message="the rest of an IN condition: a list of numbers to compare a column against",
    examples=(
        "in (0,1)",
        " IN (815914, 815913)\n",
        "in (2147483647,-1)",
        "not in (1, 2, 3)",
    ),
    counterexamples=(
        "(1, 2)",
        "in 2 weeks",
        "in (roughly) 3 days",
        "Available in (2) colours",
        "items in (1, 2)",
    ),
)

SQLI_OPERATOR_FRAGMENT = Rule(
    id="sqli.operator_fragment",
    code=SQLI,
    pattern=(
        # `) like (`, `` ` REGEXP ``, `) when 234 then`: the value closes what the query opened
        # (a bracket, a string) and goes on with a comparison or a CASE branch; a quoted word
        # (`"Like" stamp`) is a search term, so a space must follow the quote.
        r"(?i)^\s*(?:\)+\s*|['\"`]\s+)(?:not\s+)?(?:like|rlike|regexp|sounds\s+like|between"
        r"|when\s+\S+\s+then)\b"
        # `LIKE NULL`, `something LIKE '`: a comparison whose operand is NULL or a string the
        # value leaves open for the query's own closing quote.
        r"|(?i)^\s*[\w.]{0,40}\s*(?:not\s+)?(?:like|rlike|regexp)\s+(?:null\s*$|['\"]\s*$)"
        # `'1' not regexp '2'`: two string literals compared by a pattern operator.
        r"|(?i)^\s*'[^']{0,40}'\s+(?:not\s+)?(?:rlike|regexp)\s+'"
    ),
    severity=_S,
    score=0.75,
    message="an SQL comparison fragment made to be glued into a query",
    examples=(
        ") like (",
        "` REGEXP ",
        ") when 234 then",
        "LIKE NULL",
        "something LIKE '",
        "'1' not regexp '2'",
        "' between 1 and 2",
    ),
    counterexamples=(
        "something like that",
        "(like this)",
        "I like null pointers",
        "when 234 then",
        "a 'regexp' is a pattern",
        '"Like" the page',
        "looks like 'rain'",
    ),
)

SQLI_NUMERIC_TAUTOLOGY = Rule(
    id="sqli.numeric_tautology",
    code=SQLI,
    # `1=1`, `11!=1`: a value that is a comparison of two numbers, the condition scanners add to
    # a query to see whether it widens or empties the result. Equality counts only between the
    # same digit: `1=5` is a query string's key and value (`gallery=1=5`).
    pattern=(
        r"^\s*(?:"
        + "|".join(f"{d}{{1,3}}\\s*(?:==?|<=>)\\s*{d}{{1,3}}" for d in "0123456789")
        + r"|\d{1,12}\s*(?:!=|<>)\s*\d{1,12})\s*$"
    ),
    severity=_S,
    score=0.7,
    message="a comparison of two numbers, the probe of an always-true or false condition",
    examples=("1=1", "11!=1", "2 <> 3", "1 <=> 1", "11=11"),
    counterexamples=("1+1=2", "a=1", "1:1", "x == 2", "3 = three", "1=5", "12=1"),
)

SQLI_DANGLING_BOOLEAN = Rule(
    id="sqli.dangling_boolean",
    code=SQLI,
    # `3 or `, `/Cm7 OR `, `xxxx_R AND `, `/3 and(`: a short value that ends in a boolean
    # operator (and the space or bracket after it), left open for the query's own condition
    # to complete. A word a person types ends without the trailing space; here the token
    # before the operator holds a digit, a slash or an underscore, as no phrase does.
    pattern=(r"(?i)^\s*[\w./-]{0,40}[\d/_][\w./-]{0,40}\s+(?:or|and|xor)(?:\s+|\s*\()$"),
    severity=_S,
    score=0.7,
    message="a value that ends in an open boolean operator for the query to complete",
    examples=("/3 or ", "/Cm7 OR ", "/Hmong_language AND ", "/3 and(", "42 xor "),
    counterexamples=("salt and ", "rock or", "/3 or 4", "black and white", "size 3 or 4 "),
)

SQLI_LOGIC_GLUED = Rule(
    id="sqli.logic_glued",
    code=SQLI,
    # MySQL reads `&&` and `||` as AND and OR: `&&(b=0)`, `length||(`, `&& setPath !=` append a
    # condition to the one the value lands in. A value that starts with such an operator, or a
    # bare name followed by one and a bracket or negation, is that piece of a condition.
    pattern=(
        r"(?:^|=)\s*(?:&&|\|\|)\s*(?:[(!]|\w+\s+(?:!?==?|<>|>|<))"
        r"|^\s*\w{1,40}\s*(?:&&|\|\|)\s*!*\$?\("
    ),
    severity=_S,
    score=0.7,
    message="a condition glued on with && or ||, which MySQL reads as AND and OR",
    examples=(
        "pay=&&(b=0)",
        "&&(c=!0)",
        "length||(",
        "length&&!!!$(",
        "pay=&& setPath !=",
    ),
    counterexamples=(
        "a && b",
        "make && make install",
        "x || y",
        "true || false",
        "run(a) || exit",
        "5685587||ORDER=||SECTION_ID=||PAGE=2",
    ),
)

SQLI_OPEN_CALL = Rule(
    id="sqli.open_call",
    code=SQLI,
    # `sysdate(`, `Execute(`, `values (`: a value that is only the name of an SQL function or
    # clause and the bracket it opens, so the query's own text becomes its argument.
    pattern=(
        r"(?i)^\s*(?:sysdate|now|version|user|current_user|system_user|session_user|database"
        r"|schema|default|exec|execute|values|minute|hour|quarter|benchmark|sleep|char|concat"
        r"|ascii|substring|substr|cast|convert|updatexml|extractvalue|load_file|pg_sleep)"
        r"\s*\(\s*$"
    ),
    severity=_S,
    score=0.7,
    message="an SQL function or clause opened for the query's own text to complete",
    examples=("sysdate(", "Execute(", "values (", "minute (", "user("),
    counterexamples=("sysdate()", "values (1, 2)", "the user (admin)", "execute", "(sysdate"),
)

SQLI_UNION_ALL = Rule(
    id="sqli.union_all",
    code=SQLI,
    # `2 union all`, `1'+union+distinct`: a set operator after a number or a closed quote,
    # where the SELECT it joins follows in the next parameter or is cut off by a path.
    pattern=r"(?i)(?:\d|['\")])[\s+]+union[\s+]+(?:all|distinct)\b",
    severity=_S,
    score=0.75,
    message="UNION ALL or DISTINCT after a value, joining a second query's rows",
    examples=("/post/*/*/2 union all/bar", "1' union distinct", "5) UNION ALL"),
    counterexamples=(
        "the union all of us joined",
        "O' UNION selected",
        "a union all agreed on",
    ),
)

SQLI_QUOTE_BOOLEAN = Rule(
    id="sqli.quote_boolean",
    code=SQLI,
    # `' or homer 9`, `" and x`: a value that opens by closing the query's string and goes on
    # with a boolean operator, the first step of every quote-break injection. A quote after the
    # operator opens its operand (`' || 'a`); one with a space after it quotes the operator
    # itself in a sentence (`' and ' are quotes`).
    pattern=r"(?i)^\s*['\"`]\s+(?:or|and|xor|\|\||&&)\s+(?:[\w(]|['\"](?:\S|$))",
    severity=_S,
    score=0.7,
    message="a value that closes the query's string and continues with a boolean operator",
    examples=("' or homer 9", '" and x', "' || 'a"),
    counterexamples=("'or' is a word", "'and' too", '" or"', "or 'this'", "' and ' are quotes"),
)

SQLI_QUOTE_PROBE = Rule(
    id="sqli.quote_probe",
    code=SQLI,
    # `"'`, `'"`, `'\``: a value of nothing but quotes of two kinds, which a scanner sends to
    # see which of them breaks the query's string.
    pattern=r"^\s*(?:'[\"`]|\"['`]|`['\"])['\"`]{0,3}\s*$",
    severity=_S,
    score=0.7,
    message="a value of mixed quote characters, probing which one breaks a query's string",
    examples=("\"'", "'\"", "`'\"", "'\"'"),
    counterexamples=("''", '""', "'a\"", "\" '"),
)

SQLI_CLAUSE_FRAGMENT = Rule(
    id="sqli.clause_fragment",
    code=SQLI,
    pattern=(
        # `from `db`.`t` limit`, `FROM termine GROUP BY tag1`: a value that starts with the
        # FROM clause of a query and goes on with the clause after it, for the query's SELECT
        # list to precede it.
        r"(?i)^\s*from\s+(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?\w+[`\"\]]?\s+(?:where\s+[\w`\"]+\s*"
        r"(?:=|<|>|!=|like\b|in\s*\()|group\s+by\s+\w|order\s+by\s+(?:\d+|\w+\s*(?:,|asc\b|desc\b|limit\b))"
        r"|limit\s+\d|(?:inner\s+|left\s+|cross\s+)?join\s+\w+\s+on\b)"
        # A name in backticks is MySQL's quoting, so `from `t` limit` is a clause however it ends.
        r"|(?i)^\s*from\s+`[^`]+`(?:\.`[^`]+`)?\s+(?:limit|where|group|order)\b"
        # `VALUES ('a', 'b')`: the row an INSERT adds, without the INSERT.
        r"|(?i)^\s*values\s*\(\s*'[^']*'\s*,"
    ),
    severity=_S,
    score=0.7,
    message="a value that starts with an SQL clause, for the query before it to complete",
    examples=(
        "from `db_a`.`sys_ref` limit",
        "FROM termine GROUP BY tag1",
        'FROM ack_variable WHERE name="cron_last"',
        "from users join orders on users.id = orders.user_id",
        "VALUES ('192.0.2.1', 'test')",
    ),
    counterexamples=(
        "from Paris where it rains",
        "from home, order by phone",
        "from 9 to 5",
        "values (integrity, care)",
        "from the limit",
        "Ships from stock where available",
        "values (1, 2)",
    ),
)

SQLI_INTERNAL_NAME = Rule(
    id="sqli.internal_name",
    code=SQLI,
    # `'msdasql'`, `pg_catalog`, `xp_cmdshell`: a value that is only the name of a database's
    # own catalog, extended procedure or OLE DB provider, which a scanner sends to see whether
    # the query reaches it; no customer-facing field holds one.
    pattern=(
        r"(?i)^\s*['\"`]?(?:msdasql|sqloledb|sqlncli\d*|microsoft\.ace\.oledb\S*|openrowset"
        r"|opendatasource|xp_cmdshell|xp_dirtree|xp_regread|sp_executesql|sp_oacreate|sp_configure"
        r"|pg_catalog|pg_shadow|pg_authid|information_schema|sysobjects|syscolumns|sqlite_master"
        r"|nvarchar|varchar2)['\"`]?\s*$"
    ),
    severity=_S,
    score=0.7,
    message="the bare name of a database's catalog, procedure or provider",
    examples=("'msdasql'", "pg_catalog", "nvarchar", "xp_cmdshell"),
    counterexamples=("the pg_catalog schema", "varchar", "sql", "catalog"),
)

FRAGMENT_RULES = (
    SQLI_IN_LIST,
    SQLI_OPERATOR_FRAGMENT,
    SQLI_NUMERIC_TAUTOLOGY,
    SQLI_DANGLING_BOOLEAN,
    SQLI_LOGIC_GLUED,
    SQLI_OPEN_CALL,
    SQLI_UNION_ALL,
    SQLI_QUOTE_BOOLEAN,
    SQLI_QUOTE_PROBE,
    SQLI_CLAUSE_FRAGMENT,
    SQLI_INTERNAL_NAME,
)
