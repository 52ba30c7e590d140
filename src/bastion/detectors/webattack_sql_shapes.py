"""The table of SQL token shapes that `webattack_sql` scores (token kinds: see there).

Each shape is an RE2 pattern over the string of token kinds of one reading of a value, with the
score it adds and values that must (`examples`) and must not (`counterexamples`) reach it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SHAPES", "Shape"]


@dataclass(frozen=True, slots=True)
class Shape:
    """A rule over token shapes; `examples` must score and `counterexamples` must not."""

    id: str
    pattern: str
    score: float
    message: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


_VALUE = "[snvqxy]"
SHAPES: tuple[Shape, ...] = (
    Shape(
        id="sqli.shape.breakout_operator",
        pattern=(
            r"^x\)*[&o]+\(*a*(?:[nvq](?:[^sbq]|$)|[sfFx(])|^x\)*[&oa]*[&o]a?[bw](?:\.[bw])?[oa&]"
            r"|^x\)*a+\(*[svfF(]|^x\)*[&oa]+[bw]?c|^x\)*a[ao(]*[nsvqbF][)ao(nsvqbF.]*[&o]\(*a?[nsvqfF(]"
            # A package's function called between two breaks (`' || pkg.fn('a') || '`).
            r"|^x\)*[&o]+\(*[bw]\.F\([^)]*\)+[&o]\(*a?[nsvq]"
        ),
        score=0.85,
        message="a quote closed, then an SQL operator and a value",
        examples=(
            "A' OR 'B",
            "' DIV '",
            "'AND'",
            "aa'!='1",
            "x' or sleep(5)",
            "asd'|column!='",
            "x' or json_valid (id);",
            "aa'%1+0='0",
            " aa' ^ + - 3 or '1",
            "' || acme_admin.add_user('root', 'x') || '",
        ),
        counterexamples=(
            "I' IS NOT A PLASTIC BAG",
            "O'Reilly books",
            "'fork",
            "4'+X+4'+WOOD",
            "1950' AND 60'S COATS",
            "JACK-O'-LANTERN?",
            "name LIKE '%smith%'",
            "MISTERGLAS.DK'*''''",
            "6' x 4' - '10 rug",
            "a 2' * 3' board",
            "it' or os.path(x) is fine",
            "select 'and'",
        ),
    ),
    Shape(
        id="sqli.shape.breakout_operator_double",
        pattern=(
            r"^y\)*[&o]+\(*a?(?:[nv](?:[^sbq]|$)|[fF(])|^y\)*[&o]+[bw](?:\.[bw])?[o&]"
            r"|^y\)*a[ao(]*[nsvbF][)ao(nsvbF.]*[&o]\(*a?[nsvqfF(]|^y\)*&\(*q\)*[oa&]\(*a?q"
        ),
        score=0.6,
        message="a double quote closed, then an SQL operator and a value",
        examples=('x" or 1', 'a" = 1 -- ', 'a" or ""-"', 'asd" or t.col^"1', 'k" and table.id>"0'),
        counterexamples=(
            '"LIKE" STAMP',
            '"MOD" "KITCHEN"',
            '1/4"-1/2" WIDE RIBBON',
            'a 12" or "14" - inch pan',
        ),
    ),
    Shape(
        id="sqli.shape.breakout_logic_strings_double",
        # `" or ""-"`: a double quote closed at once, a logic operator, then strings only;
        # a quoted title or a measurement in inches does not go on with OR and an empty string.
        pattern=r"^[xy]\)*&\(*q\)*(?:[oa&]\(*a?)?q",
        score=0.75,
        message="a double quote closed, then OR or AND joining strings",
        examples=('" or ""-"', '" or "" "', '" or ""^"', 'x" and ""="'),
        counterexamples=('"ATEAM" AND AND "GIFT"', 'a 12" or "14" pan', '"Dr. Who" and "coffee"'),
    ),
    Shape(
        id="sqli.shape.breakout_reopen",
        # `1' * id - '0`: the quote is closed, an expression on a column follows, and the value
        # ends by opening a string that the query's own closing quote ends. Both quotes of the
        # value are then used, which a name or a measurement with an apostrophe never does. A
        # comparison or a logic operator must be among them: arithmetic alone is also what a
        # measurement reads as when a form writes its spaces as `+` (`6'+x+8+'+rug`).
        pattern=(
            r"^x\)*a\(*a*[nbvwk](?:\.[bw])?\)*(?:[&oa]+\(*a*[nbvw](?:\.[bw])?\)*)*[&oa]*[&o][&oa]*"
            r"\(*a*(?:[nbvw](?:\.[bw])?\)*(?:[&oa]+\(*a*[nbvw](?:\.[bw])?\)*)*[&oa]+\(*a*)?s$"
            r"|^x\)*[&o]+\(*a*[nbvw](?:\.[bw])?\)*(?:[&oa]+\(*a*[nbvw](?:\.[bw])?\)*)+[&oa]+\(*a*s$"
        ),
        score=0.75,
        message="a quote closed, an expression on a column, and a string reopened for the query",
        examples=(
            "9' * qty = '1",
            "k'/price is null xor '",
            "z'%num or '5",
            "b' = code + 1 or '7",
        ),
        counterexamples=(
            "6' x 4' - '10 rug",
            "a 2' * 3' board",
            "Rock 'n' roll",
            "it's 5 * 3 = 15 'ok",
            "6'+x+8+'+rug",
        ),
    ),
    Shape(
        id="sqli.shape.breakout_reopen_double",
        # The same with double quotes, which MySQL also reads as strings (`id" OR ! "3`). An inch
        # mark is often followed by arithmetic (`36"+X+48+"+FRAME`, a form's spaces as `+`), so
        # here the first operator must be a comparison or a logic one.
        pattern=(
            r"^y\)*[&o]+\(*a+q$"
            r"|^y\)*[&o][&oa]*\(*a*[nbvw](?:\.[bw])?\)*(?:[&oa]+\(*a*[nbvw](?:\.[bw])?\)*)*[&oa]+\(*a*q$"
        ),
        score=0.75,
        message="a double quote closed, operators, and a string reopened for the query",
        examples=('id" OR ! "3', 'zz" <> - + "4', 'k" xor -9 or "2', 'p" = qty - "0'),
        counterexamples=(
            'a 12" or "14" - inch pan',
            '5" x 7" or 8" x 10"',
            '12" - 14" wide',
            'the "best" or "worst"',
            '36"+X+48+"+FRAME',
        ),
    ),
    Shape(
        id="sqli.shape.breakout_comment",
        pattern=r"^x\)*;?c(?:[^t]|$)",
        score=0.8,
        message="a quote closed, then a comment that cuts the rest of the query",
        examples=("admin'--", "x')#", "1');-- "),
        counterexamples=(
            "'1--'",
            "it's fine -- really",
            "BAMBOO CHARCOAL SOAP 1 '#",
            "Dunkin' -- three pack",
        ),
    ),
    Shape(
        id="sqli.shape.breakout_comment_double",
        pattern=r"^y\)*;?c(?:[^t]|$)",
        score=0.5,
        message="a double quote closed, then a comment",
        examples=('admin"--', 'x")#'),
        counterexamples=('"1--"', 'size 7" wide', '12" -- in stock'),
    ),
    Shape(
        id="sqli.shape.breakout_clause",
        pattern=(
            # A clause keyword after several words and a quote opens a quoted phrase (`translate
            # 'where is the bank'`); a statement or UNION there still reads as a break-out.
            r"^x\)*k(?:[^s]|s.|$)"
            r"|^[xX]\)*(?:U(?:[^b]|b?$)|E(?:[^bw]|w[^bs]|w?b[,(.wk]|[bw]?$)|;\(*[wE]*E(?:[^b]|b[^b]|$))"
            r"|^x\)*\(+E"
        ),
        score=0.8,
        message="a quote closed, then an SQL clause or statement",
        examples=(
            "1' order by 3",
            "x' UNION SELECT 1",
            "a'; drop table t",
            "x') union (select 1",
            "x' select all password from users",
            "9' (select min(id) from t)",
        ),
        counterexamples=(
            "Mike's (select) playlist",
            "O' UNION selected a few friends",
            "Tom's order",
            "The 'Select All' button",
            "The 'from' address is wrong",
            "Please translate 'where is the bank' into Dutch",
        ),
    ),
    Shape(
        id="sqli.shape.breakout_clause_double",
        # A verb and one word closed by the next quote (`"Drop Table" plays`) is a quoted title.
        pattern=r"^[yY]\)*(?:k|U(?:[^b]|b?$)|E(?:[^bwk]|[wk](?:[^q]|$)|b?$)|;\(*E)",
        score=0.5,
        message="a double quote closed, then an SQL clause or statement",
        examples=(
            'x" union select 1',
            '1" order by 2',
            '9" drop table orders--',
            '2" delete from t',
        ),
        counterexamples=('size 7" wide', 'he said "hi" to me', 'the phrase "delete all" again'),
    ),
    Shape(
        id="sqli.shape.parenthesised_expression",
        pattern=r"^\(*[nsvqfo][(nsvqoaf&,)]*[oa&][(nsvqoaf&,)]*\)[)c]*$|^\(+[nsvq]\)+c$",
        score=0.6,
        message="a parenthesised SQL expression with nothing but SQL in it",
        examples=("( 'a' * 1 )  --", "( 1 OR ( 'b' ) )", "( ( 1 ) )  --"),
        counterexamples=("(1297-MR)", "1),(1", "(9178787873)"),
    ),
    Shape(
        id="sqli.shape.tautology",
        pattern=(
            r"&\(*(?:o\(*)?(?:a?[snvqxyXY]|[fF]\([^&k]*\))\)*o+\(*a?[snvqfF(]"
            # Arithmetic on the left (`x' OR 2*3=6`) only right after a first value: a sum that
            # follows another equation is homework (`2+2=4 and 3*3=9`). After a bare word, only
            # when the equation ends the value (`NOTE OR 3*3=9`): a search for
            # `addition or 2+2=4 worksheets` goes on with words.
            r"|^\(*a?[nsvqxyXY]\)*&\(*(?:o\(*)?a?[snvq](?:a\(*[snvq]\)*)+\)*o+\(*a?[snvqfF(]"
            r"|^\(*a?b\)*&\(*(?:o\(*)?a?[snvq](?:a\(*[snvq]\)*)+\)*o+\(*a?[snvq]\)*"
            r"(?:a\(*[snvq]\)*)*$"
        ),
        score=0.85,
        message="a logic operator joining a comparison of literals",
        examples=(
            "1 OR 1=1",
            "x and 'a'='a'",
            "or @a=@a",
            "' or ''='",
            "1 OR NOT 1=2",
            "id and 3 not in (4) or 5 not like 6",
            "zz OR 2*3=6",
        ),
        counterexamples=(
            "DO OR NOT DO",
            "GALLERY=1=5",
            "35% COTTON AND 65% POLYESTER.",
            "2 or 3 is not enough",
            "size 10 and 2 x 4 = 8 pieces",
            "Check: 2+2=4 and 3*3=9",
            "is 5*2=10 or 5*2=12?",
            "addition or 2+2=4 worksheets",
        ),
    ),
    Shape(
        id="sqli.shape.union_select",
        pattern=r"U\(*w?\(*E|U\(*w?c",
        score=0.9,
        message="UNION SELECT",
        examples=("1 union all select 2", "x UNION/**/SELECT y", "1 union (select 2)"),
        counterexamples=("the union selected a leader", "UNION MADE"),
    ),
    Shape(
        id="sqli.shape.leading_comparison",
        pattern=(
            r"^&\(*a?(?:[nsvq]|b(?:\.b)?)\)*o+\(*a?(?:[nsvqfF(]|$)"
            r"|^b?k\(*a?[nsvq]\)*[&o]+\(*a?(?:[nsvqfF(]|$)"
        ),
        score=0.75,
        message="a value that starts with a logic operator and a comparison, to be appended",
        examples=(
            "or 'a' <",
            "xor 1234567890<",
            "OR 1=1",
            "and 4975==4975'",
            "AND engine = '",
            "HAVING 1=",
            "id having (1 or 1)",
        ),
        counterexamples=("and 5 stars", "or 2 of them", "OR", "from 1 to 5", "and more"),
    ),
    Shape(
        id="sqli.shape.closed_parenthesis",
        pattern=r"^a?[nsvq]\)+(?:k[^b]|kb[kowa,.;c]|U|&\(*a?[nsvqfF(]|;\(*E|c)",
        score=0.75,
        message="a value that closes a parenthesis and continues with SQL",
        examples=("1234.5) ORDER BY 1", "1) FROM USERS WHERE USERNAME=", "5) or (1=1", "1)--"),
        counterexamples=("1) From the menu, select a size", "2) and then", "(5) apples"),
    ),
    Shape(
        id="sqli.shape.alias_from",
        pattern=r"^(?:[nsvqg]\)*|\)+)w[bsq]k",
        score=0.7,
        message="a closing parenthesis or value, then an alias and FROM",
        examples=(") AS t FROM", ") as User from", '1234 AS "foobar" FROM t', "` AS `kind` FROM"),
        counterexamples=("as well from here", "known as Bob from accounting"),
    ),
    Shape(
        id="sqli.shape.order_by_number",
        # Counting a query's columns: a whole value that is ORDER BY and column numbers.
        pattern=r"^(?:a?[nsvqxy]\)*)?kwn(?:w?,n)*w?\)*(?:;?c|;?$)",
        score=0.5,
        message="ORDER BY a column number, to count a query's columns",
        examples=(
            " ORDER BY 17 ",
            "1 order by 3,4",
            "x' ORDER BY 2#",
            "4 ORDER BY 2 DESC--",
            "-3 order by 5;--",
        ),
        counterexamples=(
            "order by 2pm tomorrow",
            "order by price",
            "Order 66 by noon",
            "order by 2 then ship",
        ),
    ),
    Shape(
        id="sqli.shape.boolean_arithmetic",
        # Blind injection reads a comparison's truth as a number (`(5=5)*3`).
        pattern=r"\(+a?[nsvq]\)*o\(*a?[nsvq]\)+[a&o]\(*a?[nsvqb]",
        score=0.75,
        message="a parenthesised comparison of literals used as a number",
        examples=("(4821=4821)*7312", "(1>2)+1", "('a'='a')*1", "(77=77)*qty"),
        counterexamples=("(2+3)*4", "(x=y)*2", "(a > b) - c", "see (page 4) - 5"),
    ),
    Shape(
        id="sqli.shape.set_operation",
        # EXCEPT and INTERSECT join a second query like UNION does; as words they also start
        # sentences, so the query must read as one: literals listed, or VALUES with literals.
        pattern=r"^(?:a?[nsvqxy]\)*)?I\(*(?:E\(*(?:\.|[nsvqfa(](?:[,.(ck]|$))|w\(*[nsvq],)",
        score=0.75,
        message="EXCEPT or INTERSECT followed by a query of literals",
        examples=("except select 1,2", "7 INTERSECT SELECT null,null--", "except values (3,4)"),
        counterexamples=(
            "except select models",
            "except select 3 items",
            "all except values (listed below)",
            "everyone except select members",
        ),
    ),
    Shape(
        id="sqli.shape.breakout_statement_end",
        # `name@site.example';`: the quote closed and the statement ended right there, so the
        # rest of the query (a password check) is cut off on databases that stop at `;`. A
        # double quote after two words is an inch mark (`a 12";`) and reads as `Y`.
        pattern=r"^[xy]\)*;$",
        score=0.75,
        message="a quote closed, then the statement ended",
        examples=("ops@site.example';", "guest');", "nobody'/* x */;", 'ops@site.example";'),
        counterexamples=(
            "it's;",
            "echo 'hi';",
            "O'Brien;",
            "rock 'n' roll;",
            'a 12";',
            'x = "a";',
            'say "hi";',
        ),
    ),
    Shape(
        id="sqli.shape.breakout_statement_comment",
        # `1'; anything: goto anything -- -a`: the quote closed, the statement ended, words the
        # database reads as a label or a statement, and a comment that cuts the rest off.
        # Three words at least: a brand with an apostrophe (`Dunkin';`) and a note is fewer.
        pattern=r"^x\)*;[bwkon]{3,}c$",
        score=0.7,
        message="a quote closed, the statement ended, then words and a comment",
        examples=("1'; anything: goto anything -- -a", "x'); top: goto top --"),
        counterexamples=(
            "it's fine; really -- ok",
            "O'Brien; see you -- bye now",
            "Rock 'n' roll; best of -- vol 2",
            "Dunkin'; two pack -- great value",
            "Dunkin'; two dozen -- thanks",
        ),
    ),
    Shape(
        id="sqli.shape.number_logic_condition",
        # `1 || col IS NOT NULL`: a number, then a condition on a column, appended to a WHERE.
        pattern=r"^a?n\)*&\(*b(?:\.b)?\)*o+\(*a?[nsvq]\)*(?:c|$)",
        score=0.5,
        message="a number, then a logic operator and a condition on a column",
        examples=("3 || qty is not null", "8 and t.x = 2", "5 OR price IS NULL --"),
        counterexamples=("5 or more", "2 and items in stock", "1 or x"),
    ),
    Shape(
        id="sqli.shape.number_union",
        pattern=r"^a?n(?:a+n)*\)*U(?:[ch]|$|\()",
        score=0.75,
        message="a number, then UNION and nothing or a comment",
        examples=("-1 union", "-1/**/union#--", "1 UNION("),
        counterexamples=("1 union street", "union 1"),
    ),
    Shape(
        id="sqli.shape.statement",
        pattern=(
            r"^\(*E\(*[nsvqfoa(][^b]|^\(*E\(*b(?:\(|[.,]\(*[nsvqfF(]|(?:[.,]+b)+[kwn(.]|(?:\.+b)*\.+b?$)"
            r"|\(E(?:w\(*)?[nsvqfoa(]|\(Eb[,(.wkao]"
            r"|&\(+E\(*(?:[nsvqfFoa(]|b[,(.wkao])"
            # A whole statement on one table, ended and cut: `DELETE FROM users;--`.
            r"|^\(*E[kw]b(?:\.b)?\)*;c$"
            # An operator glued to SELECT in place of a space, up to a clause: `SELECT-id-1.FROM`.
            r"|^\(*E(?:a\(*[bnv]\)*\.?)+k"
        ),
        score=0.7,
        message="a SELECT or other statement with SQL operands",
        examples=(
            "select 1,2 from t",
            "select -1,sin(1),2 from bar",
            "(select id from users)",
            "1 AND (select DCount(last(username)",
            " (select top 1",
            "DELETE FROM accounts;--",
            "SELECT-id-1.FROM`test`",
            "SELECT~1.FROM t",
            "SELECT~id.FROM`orders`",
        ),
        counterexamples=(
            "select 'and'",
            "please select a size from the menu",
            "(select one)",
            "drop shipping, union jobs, and select partners",
            "Drop-down from the menu",
        ),
    ),
    Shape(
        id="sqli.shape.logic_statement",
        # `1 AND SELECT TOP 5 ...`, `x OR SELECT *`: a condition that is a whole query.
        pattern=r"[nsvq)]\)*&\(*E(?:w\(*[nsvqfa(]|[va(f])",
        score=0.55,
        message="a logic operator followed by a SELECT",
        examples=(
            "7 AND SELECT TOP 3 name FROM t",
            "2 or select * from t",
            "1 and select @@version",
        ),
        counterexamples=("fish and select 2 sides", "3 or select one", "1 and select all sizes"),
    ),
    Shape(
        id="sqli.shape.open_subquery",
        # A value that ends by opening a subquery, left for the rest of the query to finish.
        pattern=r"^[nsvqo&a.,]*\(+E$",
        score=0.7,
        message="a value that ends by opening a subquery",
        examples=("(select", "=( SELECT", "7 and (select"),
        counterexamples=("Color (select", "(select one)", "please select"),
    ),
    Shape(
        id="sqli.shape.stacked",
        pattern=r";\(*E(?:[knsvqfFoa(]|b[;,(ckw.]|$|c)",
        score=0.8,
        message="a second statement after a semicolon",
        examples=("1; delete from t", "1;shutdown -- ", "x;select 1"),
        counterexamples=("1; exec will create the case 7", "milk; bread"),
    ),
    Shape(
        id="sqli.shape.logic_chain",
        pattern=(
            r"^\(*a?[nv]\)*&\(*a?[nvf(]|[nsvq)]\)*&\(*a?[snvq]\)*&|\(\(*[snvq]\)*&\(*[nsvqf]"
            r"|^\(*a?[nv]\)*&\(*a+b"
        ),
        score=0.55,
        message="values joined by logic operators",
        examples=("1 OR sleep(5)", "( 'a' OR 1 )", "1 and 2 and 3", "4 or -CUR_TS"),
        counterexamples=("7 AND A HALF", "rock and roll", "2 or more"),
    ),
    Shape(
        id="sqli.shape.operator_chain",
        pattern=r"[snvq]\)*o\(*[snvq]\)*[oa&]\(*[snvqf(]|[snvq]\)*a\(*[snvq]\)*[o&]\(*[snvqf(]",
        score=0.4,
        message="literals joined by SQL operators",
        examples=("1*2=3", "'a' = 'b' - 'c'", "1 = 2 - 3"),
        counterexamples=("2-3/4 CELLO BAGS", "1-1/8 PLUGS"),
    ),
    Shape(
        id="sqli.shape.trailing_comment",
        pattern=r"(?:^a?|[^a]a?)[nsvqxy)]\)*c$|\)\)*c|[&o]c$|&\(*a+b\)*c$",
        score=0.45,
        message="a value or closing parenthesis, then a comment",
        examples=("( 1 ) --", "1 OR ((1) OR 1) --", "5)#"),
        counterexamples=(
            "1611/IioXXIG1ti8rspL2vbXFy--",
            "my--slugified-url",
            "body\n--0000--",
            "he said 'no' -- twice, then left",
        ),
    ),
    Shape(
        id="sqli.shape.function_call",
        pattern=r"f\(",
        score=0.45,
        message="a call to an SQL function",
        examples=("sleep(5)", "concat (1,2)", "COS ( 1 )"),
        counterexamples=("1 function (1)", "Just in case (abc)"),
    ),
    Shape(
        id="sqli.shape.open_call",
        pattern=r"^[fk]?f\($",
        score=0.6,
        message="a value that opens a call to an SQL function and leaves it for the query to close",
        examples=("COALESCE(", "SUBSTRING(", "concat (", "version("),
        counterexamples=("see (", "print(", "coalesce(a, b)"),
    ),
    Shape(
        id="sqli.shape.nested_calls",
        pattern=r"f\(\(*[fE]|f\([^)]*,|f\(\)|f\(\(*a?[nsvq]\)*o",
        score=0.4,
        message="SQL functions nested or called with several arguments",
        examples=("concat(user(),version())", "substr(a,1,1)", "user()", "if(1234="),
        counterexamples=("1 function (1)", "max (3 days)"),
    ),
)
