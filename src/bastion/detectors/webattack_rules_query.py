"""Web-attack signals for query injection that the main SQL table does not read: a quote broken
out of with arithmetic alone, a comment standing in for the space after an SQL keyword, and a
number that stands in for a space (LDAP filters are in `webattack_rules_interpreters`)."""

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

SQLI_NUMBER_AS_SPACE = Rule(
    id="sqli.number_as_space",
    code=SQLI,
    # MySQL reads `1.e` as a number and needs no space after it, so `1.e(ascii)` or
    # `1337.e.tables` glues a keyword or a call to a number a filter takes for one word.
    # The call is to an SQL function, as `2.e(ii)` numbers a clause of a contract.
    # The number has its decimal point (`1e.com` is a domain name), and a call's name is one
    # SQL takes with its own brackets or none (`4.e(if applicable)` is a list item's note).
    pattern=(
        r"(?i)(?:^|[\s(,=])\d+\.\d*\.?e(?:\.[a-z_]\w{2,}|\(\s*(?:select\b|(?:ascii|char|concat"
        r"|substr\w*|mid|ord|hex|version|user|database|schema|sleep|benchmark|if|count|length)\s*[(),]))"
    ),
    severity=_S,
    score=0.7,
    message="a number written to stand in for a space before an SQL word or call",
    examples=("1.e(ascii)", "SELECT information_schema 1337.e.tables", "x=13.37e.table_name"),
    counterexamples=(
        "1e5 units",
        "version 1.2.3",
        "e.g. (see above)",
        "3.5e-4 mol",
        "file1.e.txt",
        "See section 2.e(ii) of the contract",
        "step 2.e.g. below",
        "4.e(if applicable)",
        "see 1e.com",
    ),
)

SQLI_ALTER_TABLE = Rule(
    id="sqli.alter_table",
    code=SQLI,
    # A schema change on a table named in SQL's own quotes: no sentence quotes a name so.
    pattern=(
        r"(?i)\balter\s+table\s+(?:(?:`[^`]+`|\[[^\]]+\]|\"[^\"]+\")\.?)+\s+(?:add|drop|change|modify"
        r"|rename|alter|engine|convert|character)\b"
    ),
    severity=_S,
    score=0.5,
    message="an ALTER TABLE statement on a quoted table name",
    examples=(
        "ALTER TABLE `t` ADD `video` TEXT",
        'ALTER TABLE "users" DROP COLUMN pw',
        "alter table [orders] alter column x int",
        "ALTER TABLE [dbo].[logins] ALTER COLUMN pw nvarchar(9)",
    ),
    counterexamples=("alter table layout to add a column", "we may alter table `x` later"),
)

# Privileges a GRANT statement names (MySQL, PostgreSQL, SQL Server, Oracle).
_PRIVILEGES = (
    r"(?:all(?:\s+privileges)?|select|insert|update|delete|file|usage|execute|exec"
    r"|create(?:\s+temporary\s+tables|\s+\w+)?|alter(?:\s+routine)?"
    r"|drop|references|index|trigger|super|process|reload|shutdown|connect|temp(?:orary)?"
    r"|proxy|event|truncate|replication\s+(?:slave|client)|lock\s+tables|show\s+(?:databases|view)"
    r"|control|impersonate|take\s+ownership|view\s+definition|grant\s+option)"
)
# One privilege, with the columns it is limited to (`INSERT (name, email)`).
_PRIVILEGE = _PRIVILEGES + r"(?:\s*\([\w\s,`\"]{1,60}\))?"

SQLI_GRANT = Rule(
    id="sqli.grant",
    code=SQLI,
    # A privilege granted on a database object (`GRANT FILE ON *.* TO 'root'@'localhost'`): how
    # an injection that can run statements keeps its access or unlocks file reads. On one
    # object the privileges are ones SQL names: a sentence grants `read access on database
    # reports to the support team`.
    pattern=(
        r"(?i)\bgrant\s+[\w\s,]{2,60}?\s+on\s+\*\.\*\s+to\s+['\"`\w@]"
        rf"|(?i)\bgrant\s+{_PRIVILEGE}(?:\s*,\s*{_PRIVILEGE})*\s+on\s+"
        r"(?:[`\"\[]?\w+[`\"\]]?\.[`\"\[]?[\w*]+|(?:table|database|schema|function|procedure)\s+\S+)"
        r"\s+to\s+['\"`\w@]"
        r"|(?i)\bflush\s+privileges\b"
    ),
    severity=_S,
    score=0.75,
    message="a privilege granted on a database object",
    examples=(
        "GRANT FILE ON *.* TO 'root'@'localhost'",
        "grant all privileges on shop.* to 'x'@'%'",
        "GRANT SELECT ON TABLE staff TO public",
        "GRANT SELECT, INSERT (name, email) ON shop.orders TO 'app'@'%'",
        "grant execute on function f to bob",
        "GRANT ALTER ROUTINE ON db.* TO 'x'@'%'",
        "GRANT CREATE TEMPORARY TABLES ON shop.* TO app",
        "; FLUSH PRIVILEGES;#",
    ),
    counterexamples=(
        "grant access on Monday to John",
        "please grant me access on the shared drive",
        "the grant on 3.5 to 4 million",
        "grant read access on database reports to the support team",
        "grant read access on table orders to the support team",
    ),
)

QUERY_RULES: tuple[Rule, ...] = (
    SQLI_QUOTE_ARITHMETIC,
    SQLI_COMMENT_SPACE,
    SQLI_NUMBER_AS_SPACE,
    SQLI_ALTER_TABLE,
    SQLI_GRANT,
)
