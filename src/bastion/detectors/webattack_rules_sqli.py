"""Web-attack signals for SQL and NoSQL injection: quotes, keywords, functions, comments."""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity

SQLI = "webattack.sqli"
_S = Severity.HIGH  # the detector sets each finding's severity from the score


SQLI_UNION_SELECT = Rule(
    id="sqli.union_select",
    code=SQLI,
    pattern=r"(?i)(?:\b|\d[df]?)union\b[\s/*+()#\-!]*(?:all\b|distinct\b)?[\s/*+()#\-!]*\(*\s*select\b",
    severity=_S,
    score=0.9,
    message="UNION SELECT",
    examples=(
        "1 union select 1,2,3",
        "x')/**/UNION/**/ALL/**/SELECT null--",
        "1DUNION SELECT 2",
    ),
    counterexamples=("the union selected a new leader", "European Union"),
)

SQLI_TAUTOLOGY = Rule(
    id="sqli.tautology",
    code=SQLI,
    pattern=(
        # The quote must close the string the value was pasted into: an odd one of its kind
        # (`status = 'on' AND age > 21` closes its own string and is a filter, not a break);
        # likewise a parenthesis must close one the value did not open.
        r"(?i)(?:^[^']*(?:'[^']*'[^']*)*'|^[^\"]*(?:\"[^\"]*\"[^\"]*)*\"|^[^`]*(?:`[^`]*`[^`]*)*`"
        r"|^[^()]*\))"
        r"\s*\)*\s*(?:or|and|xor|\|\||&&)\s*\(*\s*(?:['\"][\w@]*['\"]|[\w@]+)\s*(?:=|<>|!=|<|>"
        r"|\blike\b|\bis\s+(?:not\s+)?(?:null|true|false|unknown)\b|\bin\s*\(|\bregexp\b|\brlike\b"
        r"|between\b)"
        r"|(?i)\b(?:or|and|xor|having|where)\s+\(*\s*(?:\d+|'[^']*'|\"[^\"]*\"|true|false|null"
        r"|@@?\w+)\s*(?:=|<>|!=|<=>|>=|<=|<|>|\blike\b)\s*(?:\d+|'|\"|true|false|null|@@?\w+|\()"
        # A bare truth value that ends the query at once (`or true--`): no comparison needed.
        r"|(?i)\b(?:or|and)\s+(?:true|not\s+false|\d+)\s*(?:--[\s'\"-]*$|#[\s'\"]*$|/\*)"
        # A whole value that is a logic operator and a comparison of two names (`or x=y`):
        # appended to a WHERE clause it is a condition, in text it is no sentence.
        r"|(?i)^\s*(?:or|and|xor|\|\||&&)\s+[a-z_]\w*\s*(?:=|<>|!=)\s*[a-z_]\w*\s*(?:--[\s-]*|#|/\*)?$"
    ),
    severity=_S,
    score=0.8,
    message="boolean tautology after a quote",
    examples=(
        "a' or 1='1",
        "1 OR 1=1",
        "' and 'x'='x",
        "admin' or '1'='1'--",
        "x or true#",
        " OR x=y#",
        " or 1 --'",
    ),
    counterexamples=(
        "1060 OR 70S",
        "rock and roll",
        'MEASURES 18" AND IS MADE OF BRASS',
        "two or 3 -- maybe four",
        "or status=open for the rest",
        "priority = high and owner = bob",
        'the "ignore" and "neglect" in English',
        "'tea' or 'coffee' is fine",
        "status = 'active' AND age > 21",
        "(status = 1) and age > 21",
        "`created_at` and id > 5",
        'if a = "x" and b = "y" then',
    ),
)

SQLI_QUOTE_KEYWORD = Rule(
    id="sqli.quote_keyword",
    code=SQLI,
    pattern=(
        # A keyword that is itself quoted (`"limit": 10`, a JSON key) is no break-out.
        r"(?i)['\"`]\s*\)*\s*(?:;|\|\||\+|--|#|/\*|(?:or|and|union|select|having|order\s+by"
        r"|group\s+by|waitfor|exec|into|procedure|limit|div|xor|regexp|like|where|collate)"
        r"(?:$|[^\w'\"`]))"
    ),
    severity=_S,
    score=0.2,
    message="a quote closed and followed by SQL",
    examples=("x' or", "'; drop table users--", "admin'--", "1' order by 3"),
    counterexamples=("it's raining", '"hello world"', '{"q": "x", "limit": 10}'),
)

SQLI_STACKED = Rule(
    id="sqli.stacked",
    code=SQLI,
    pattern=(
        # A value that starts with the semicolon ends the query before any verb; after a word,
        # the verb needs what SQL puts after it, so `Dunkin'; select size` stays a sentence.
        r"(?i)^\s*['\")]*\s*;\s*(?:drop|delete|insert|update|alter|create|truncate|shutdown"
        r"|declare|select|grant|revoke|rename|set\s+@)\b"
        r"|(?i);\s*(?:(?:drop|alter|create|truncate)\s+(?:table|database|schema|view|user|login"
        r"|function|procedure|trigger|index|role)\b|delete\s+from\b|insert\s+into\b"
        r"|update\s+[\w.`\[\]\"]+\s+set\b|select\s*(?:[\d@'\"*(]|null\b|\w+\s*[(,.]|\w+\s+(?:from|into|as)\b"
        r"|(?:pg_)?sleep\b)|(?:shutdown|declare|grant|revoke|rename)\b|set\s+@"
        r"|exec(?:ute)?\s*(?:\(|@|'|xp_|sp_|master\b|immediate\b))"
        r"|(?i)\bexec(?:ute)?\s+(?:xp_|sp_|master\.)\w+|\bexecute\s+(?:immediate|as\s+login)\b"
        # SQL Server leaves a statement out of its trace when a comment names sp_password.
        r"|(?i)--\s*sp_password\s*$"
        # An anonymous PL/SQL block that calls one procedure (`;BEGIN DBMS_LOCK.SLEEP(5); END`):
        # a package's procedure or a call with arguments, and the block closed where the value
        # ends; a note's `; begin again; end of day` names no procedure and goes on in words.
        r"|(?i);\s*begin\s+(?:[\w$]+(?:\.[\w$]+)+(?:\s*\([^()]*\))?|[\w.$]+\s*\([^()]*\))\s*;"
        r"\s*end\b\s*(?:[;/#]|--|$)"
    ),
    severity=_S,
    score=0.8,
    message="stacked SQL statement",
    examples=(
        "1; DROP TABLE users",
        "x;shutdown--",
        "1;exec xp_cmdshell 'dir'",
        " EXEC sp_who",
        "';select p",
        ";DROP/*x*/TABLE t;",
        "x'; select name from users",
        "--sp_password",
        ";BEGIN USER_LOCK.SLEEP(5); END",
    ),
    counterexamples=(
        "milk; bread; eggs",
        "see you; call me later",
        "1; exec will do",
        "Dunkin'; select size",
        "O'Brien; drop ship",
        "notes; update later",
        "reset via sp_password docs",
        "--sp_password is a trick I read about",
        "lunch; begin again at two; end of day",
        "see above; begin shift; end of day",
        "Steps: unplug it; begin again; end call",
    ),
)

SQLI_FUNCTIONS = Rule(
    id="sqli.functions",
    code=SQLI,
    pattern=(
        r"(?i)\b(?:sleep|benchmark|pg_sleep|load_file|extractvalue|updatexml|group_concat"
        r"|concat_ws|information_schema|sysobjects|syscolumns|sqlite_master|pg_catalog"
        r"|xp_cmdshell|sp_executesql|sp_password|utl_http|dbms_\w+|make_set|elt|exp|floor\s*\("
        r"\s*rand|geometrycollection|multipoint|polygon|linestring|json_keys|name_const"
        r"|row_count|found_rows|last_insert_id|char|chr|nchar|ascii|ord|hex|unhex|substr"
        r"|substring|mid|instr|locate|version|database|schema|user|current_user|system_user"
        r"|session_user|count|cast|convert|isnull|ifnull|nullif|coalesce|if|iif|case|length"
        r"|len|lower|upper|reverse|concat|md5|sha1|rand|randomblob|unicode|ltrim|rtrim)\s*\("
        r"|(?i)@@(?:version|datadir|hostname|basedir|tmpdir|servername|identity|\w+)"
        r"|(?i)\bwaitfor\s+(?:delay|time)\b|\binformation_schema\b|\bsysobjects\b"
        r"|(?i)\b(?:sqlite_master|sqlite_schema|pg_catalog|pg_shadow|all_tab_columns)\b"
    ),
    severity=_S,
    score=0.4,
    message="SQL function or system variable",
    examples=("sleep(5)", "@@version", "extractvalue(1,concat(0x7e,user()))", "WAITFOR DELAY"),
    counterexamples=("Let me sleep on it", "the version is 2.1"),
)

SQLI_DATABASE_FUNCTION = Rule(
    id="sqli.database_function",
    code=SQLI,
    pattern=(
        r"(?i)\b(?:pg_sleep|benchmark|extractvalue|updatexml|load_file|group_concat|sysdate"
        r"|db_name|database|schema_name|user_name|current_database|pg_read_file|utl_inaddr"
        r"|utl_http|dbms_\w+|xp_cmdshell|find_in_set|make_set|name_const|randomblob"
        r"|sqlite_version|is_srvrolemember|has_dbaccess|quotename|char_length)\("
        r"|(?i)\bprocedure\s+analyse\s*\("
    ),
    severity=_S,
    score=0.5,
    message="a function only databases have",
    examples=(
        "DATABASE(",
        "pg_sleep(5)",
        "1 and extractvalue(1,0x7e)",
        "BENChmARk(",
        "1 procedure analyse (1,1)",
    ),
    counterexamples=("the database (v2) is down", "a benchmark (2024) of sorts"),
)

SQLI_DYNAMIC_SQL = Rule(
    id="sqli.dynamic_sql",
    code=SQLI,
    # Dynamic SQL hides the injected statement from word filters: a variable or a hex
    # constant run with EXEC (MSSQL), MySQL's versioned comment that runs its content, or a call
    # into an Oracle package that reaches the network or stalls, named after a concatenation.
    pattern=(
        r"(?i)\bexec(?:ute)?\s*\(\s*@+\w+\s*\)|(?i)\bexec(?:ute)?\s+@+\w+\s*(?:$|[;)'\"]|--)"
        r"|(?i)\bdeclare\s+@\w+\s+n?(?:var)?char\b|(?i)\b0x[0-9a-f]{16,}\s*\)?\s*;?\s*exec\b"
        r"|(?i)/\*!\d{4,5}|(?i)(?:(?:^|['\")])\s*\|\||\bselect\s+|\bor\s+|\band\s+)(?:sys\.)?(?:utl_http|utl_inaddr|utl_tcp"
        r"|utl_smtp|utl_file|dbms_pipe|dbms_lock|dbms_xmlgen|dbms_java|ctxsys\.\w+)\."
        # The hex constant sqlmap wraps around leaked data in error- and UNION-based queries:
        # `q`, three lower-case letters, `q`, concatenated as an argument.
        r"|(?i)[,(]\s*0x71(?:6[1-9a-f]|7[0-9a]){3}71\s*[,)]"
    ),
    severity=_S,
    score=0.75,
    message="dynamic SQL: a variable, a hex constant or a database package run as code",
    examples=(
        "x'; exec(@cmd)--",
        "declare @t nvarchar(99) set @t=0x61 exec @t",
        "0x70696e67207365727665720d0a exec",
        "'||utl_inaddr.get_host_name",
        "||UTL_HTTP.REQUEST",
        "1 and ctxsys.drithsx.sn(1,2)=1",
        "7/*!40101 and*/2>1",
        "concat(0x716b766a71,(select 1),0x716a627a71)",
    ),
    counterexamples=(
        "exec (chief executive) meeting at 3",
        "ask the exec @channel for sign-off",
        "utl_http.request is an Oracle package",
        "the declare keyword in SQL",
        "/*! normalize.css v8 | MIT License */",
        "colors (0xff0000, 0x00ff00)",
    ),
)

SQLI_POSTGRES_JSON = Rule(
    id="sqli.postgres_json",
    code=SQLI,
    pattern=(
        r"(?i)(?:['\")]|\b\w+)\s*::\s*(?:jsonb?|text|int[248]?|integer|bigint|bool(?:ean)?|varchar"
        r"|numeric|double\s+precision|regclass|bytea|oid|xml|inet)\b"
        r"|['\")]\s*(?:<@|@>|->>?|#>>?|\?\||\?&|@\?|@@)\s*(?:['\"(]|(?i:array)\s*\[)"
        # A value compared with a JSON path string, as MySQL's JSON comparisons read it.
        r"|'\s*(?:[<>]=?|!?=|<>)\s*'\$(?:\.\w|\[\d)[^']*'\s*(?:[<>=!]|$)"
    ),
    severity=_S,
    score=0.5,
    message="a PostgreSQL cast or JSON operator on a literal",
    examples=(
        "'[1, 2]'::jsonb || '3'",
        "lo_get(16400)::text",
        "'{\"b\":2}' <@ '{\"a\":1}'",
        "'{\"q\":1}' ?& ARRAY['q']",
        "'[3]' < '$[0]' = 1",
    ),
    counterexamples=(
        "std::string name",
        "see ::before in CSS",
        "a -> b",
        "json_extract(doc, '$.name')",
    ),
)

SQLI_CAST_EXPRESSION = Rule(
    id="sqli.cast_expression",
    code=SQLI,
    # Error- and boolean-based injection on PostgreSQL casts a call's result to a number (the
    # error message or the 0/1 carries the data), or works a cast JSON literal with operators.
    # The call cast is matched in lower or upper case only: `(x)::Int` is a Haskell annotation.
    pattern=(
        r"\)\s*::\s*(?:int[248]?|integer|bigint|numeric|text|bool|boolean|float[48]?|real"
        r"|double\s+precision|INT[248]?|INTEGER|BIGINT|NUMERIC|TEXT|BOOL|BOOLEAN|FLOAT[48]?|REAL"
        r"|DOUBLE\s+PRECISION)\b"
        # A JSON document written as an SQL string and compared, or tested for keys, at once:
        # JSON operators are what web filters parse least (`'{"a":1}' ?& array['a']`).
        r"|'\s*[\[{][^']*[\]}]\s*'\s*(?:[<>]=?|!?=|<>|@>|<@|\?[|&]?|->>?|#>>?)\s*"
        r"(?:'|(?i:array)\s*\[|\(|\d)"
        r"|(?i)['\"]\s*::\s*jsonb?\s*(?:\|\||@>|<@|#>>?|#-|->>?|[-@?])"
    ),
    severity=_S,
    score=0.45,
    message="a PostgreSQL cast of a call's result, or a cast JSON literal in an expression",
    examples=(
        "starts_with(password,'a')::int",
        "overlay(pw placing '' from 1 for 0)::int",
        "'[1, 2]'::jsonb || '3'::jsonb",
        "'{\"b\":2}'::jsonb @ '{\"a\":1}'::jsonb",
        "avg(x)::double precision",
        "'{\"k\":1}' ?| array['k']",
        "'[1,2]' > '$[0]'",
    ),
    counterexamples=(
        "(fromIntegral n)::Int",
        "std::string name",
        "'a'::text",
        "x::int",
        "{'payload': '{\"a\": 1}', 'n': 2}",
        "if raw == '{\"a\":1}' then",
    ),
)

SQLI_FILE_ACCESS = Rule(
    id="sqli.file_access",
    code=SQLI,
    # Besides MySQL's file clauses: PostgreSQL's COPY to or from a path or a program, its
    # file functions and C-language functions, SQLite's ATTACH of a new file and extensions.
    pattern=(
        r"(?i)\binto\s+(?:out|dump)file\b|\bload\s+(?:data|xml)\s+(?:(?:low_priority|concurrent"
        r"|local)\s+)*infile\b"
        r"|(?i)\bcopy\s+[\w.]+\s*(?:\([^()]*\)\s*)?(?:from|to)\s+(?:program\s+['$]|'/|stdout\b)"
        r"|(?i)\b(?:pg_ls_dir|pg_read_file|pg_read_binary_file|lo_import|lo_export|lo_get|lo_put"
        r"|lo_from_bytea|load_extension)\s*\(|(?i)\battach\s+(?:database\s+)?'[^']*'\s+as\b"
        r"|(?i)\breturns\s+\w+\s+as\s+'[^']*\.(?:so|dll)(?:\.\d+)?'"
        r"|(?i)\b(?:to|from)\s+disk\s*=\s*N?'"
    ),
    severity=_S,
    score=0.8,
    message="SQL that writes or reads a server file or runs a program",
    examples=(
        "1 into outfile 'asd'",
        "1;load xml local infile 'foo'",
        "load data concurrent local infile 'x'",
        "COPY t FROM PROGRAM 'id'",
        "copy t(c) to '/tmp/x'",
        "select pg_read_file('x', 0, 9)",
        "lo_get(20001)",
        "ATTACH DATABASE '/srv/www/a.php' AS a",
        "CREATE FUNCTION f(cstring) RETURNS int AS '/lib/libc.so.6', 'system'",
        "BACKUP LOG [x] TO DISK = '\\\\h\\s'",
    ),
    counterexamples=(
        "log into outlook",
        "load the data file",
        "copy files from program folder",
        "attach the file as pdf",
        "copy notes to clipboard",
        "save to disk = faster",
    ),
)

SQLI_TIME_DELAY = Rule(
    id="sqli.time_delay",
    code=SQLI,
    # Blind injection stalls the database to read one bit per request; a method call
    # (`time.sleep(5)`, `Thread.sleep(100)`) is program code, not SQL.
    pattern=(
        r"(?i)(?:^|[^\w.$>:-])(?:sleep|pg_sleep|benchmark)\s*\(\s*(?:[-+(]*\s*\d|$|\)\s*$"
        r"|[@'\"]|(?:select|now|rand|md5|sha1)\b)|(?i)\bwaitfor\s+(?:delay|time)\s*(?:['\"]|\d)"
        r"|(?i)\bdbms_(?:pipe\.receive_message|lock\.sleep|session\.sleep)\b"
        r"|(?i)\brandomblob\s*\(\s*\d{6,}|(?i)\bpg_sleep_for\s*\("
        r"|(?i)\bselect\s+(?:pg_sleep|sleep|benchmark)\b"
    ),
    severity=_S,
    score=0.75,
    message="SQL time delay (blind injection)",
    examples=(
        "sleep(5)#",
        "SLEEP   (",
        "1 or pg_sleep(10)--",
        "benchmark(5000000,md5(1))",
        "; waitfor delay '0:0:5'--",
        "dbms_pipe.receive_message(('a'),10)",
        "1;select pg_sleep",
    ),
    counterexamples=(
        "time.sleep(5)",
        "Thread.sleep(100)",
        "$this->sleep(2)",
        "sleep mode (5 min)",
        "I need sleep (lots of it)",
    ),
)

SQLI_CONDITIONAL = Rule(
    id="sqli.conditional",
    code=SQLI,
    # Boolean-blind injection asks its question as a condition on literals.
    pattern=(
        r"(?i)\bcase\s+when\s+\(*\s*(?:\d+|'[^']*'|@+\w+|\w+\s*\()\s*(?:=|<>|!=|<|>|like\b|is\b)"
        r"|(?i)\b(?:if|iif)\s*\(\s*\(*\s*(?:\d+|'[^']*'|@+\w+)\s*(?:=|<>|!=|<|>)"
        # CASE on a literal truth or a call, or a simple CASE that compares one with literals.
        r"|(?i)\bcase\s+when\s+(?:(?:not|binary)\s+)*(?:true|false|null|\d+|'[^']*'"
        r"|\w+\s*\((?:[^()]|\([^()]*\))*\))\s+then\b"
        r"|(?i)\bcase\s+(?:\d+|'[^']*'|@+\w+|\w+\s*\([^()]{0,40}\))\s+when\s+(?:\d+|'[^']*'|true"
        r"|false|null)\s+then\b"
    ),
    severity=_S,
    score=0.6,
    message="SQL condition on literals (boolean-blind injection)",
    examples=(
        "(CASE WHEN 4518=5617 THEN 1 ELSE NULL END)",
        "if(1234=",
        "IF(1=1,SLEEP(5),0)",
        "case when binary 1 then 2 end",
        "CASE WHEN ord(mid(x,1,1)) THEN 1 END",
        "CASE length(pw) WHEN 8 THEN 1 END",
    ),
    counterexamples=(
        "in case when 5 people come",
        "if (x == 1) { y(); }",
        "if(count > 3)",
        "just in case when it rains then stay in",
        "case 5 when the box is open then",
    ),
)

SQLI_NOSQL_OPERATOR = Rule(
    id="sqli.nosql_operator",
    code=SQLI,
    # MongoDB query operators smuggled in through a form field (`user[$ne]=x`) or a JSON body
    # (`{"$where": ...}`): the value turns from data into a query.
    pattern=(
        r"\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|not|nor|or|and|elemMatch"
        r"|expr|text|type|size|all|mod|jsonSchema)\s*\]|(?i)[\"']\$(?:ne|gt|gte|lt|lte|nin"
        r"|regex|where|exists|not|nor|or|elemMatch|expr|text|function|accumulator)[\"']\s*:"
        # The same operators as bare keys of an object or a list item, as the shell and
        # JavaScript write them (`{ $ne: 1 }`, `', $where: '1 == 1'`).
        r"|(?i)(?:^|[{,\[])\s*\$(?:ne|gt|gte|lt|lte|nin|regex|where|exists|not|nor|or|elemMatch"
        r"|expr|function|accumulator|comment)\s*:"
    ),
    severity=_S,
    score=0.75,
    message="NoSQL query operator in a value",
    examples=(
        "username[$ne]=toto&password[$ne]=toto",
        "login[$regex]=a.*&pass[$ne]=1",
        '{"username": {"$ne": null}, "password": {"$ne": null}}',
        '{"$where": "sleep(100)"}',
        "{ $ne: 1 }",
        "', $where: '1 == 1'",
    ),
    counterexamples=('{"price": "$10"}', "cost[$] = 5", "pay $ne 5", "tip: $5, total: $45"),
)

SQLI_NOSQL_SCRIPT = Rule(
    id="sqli.nosql_script",
    code=SQLI,
    # Server-side JavaScript in a MongoDB query: a value that closes its string and goes on
    # with the document (`this.password`), a delay or a loop, or a shell call on a collection.
    pattern=(
        r"['\"]\s*(?:;|&&|\|\|)\s*(?:this\.\w+|sleep\s*\(\s*\d|(?:it|\w+)\s*=\s*new\s+[dD]ate\s*\("
        r"|while\s*\(|return\s+(?:true\b|1\b|db\.))"
        # Blind code injection times a delay: a quote closed, then `eval(` or a function run at
        # once, whose code sleeps or spins on the clock.
        r"|(?s)['\"]\s*[;+|&]*\s*(?:eval\s*\(|\(\s*function\s*\(\s*\)\s*\{).{0,300}?(?:sleep\s*\("
        r"\s*\d|new\s+Date\s*\(\s*\)\s*;?\s*\}\s*while\b)"
        r"|(?i)\bdb\.\w+\.(?:insert|find|update|remove"
        r"|drop|mapreduce|aggregate|deletemany|updatemany)\s*\(\s*[{(]"
    ),
    severity=_S,
    score=0.75,
    message="server-side JavaScript or a shell call in a NoSQL query",
    examples=(
        "' && this.password.match(/.*/)//",
        "';sleep(5000);",
        "7'; return db.accounts.find(); var z='7",
        "';it=new Date();do{pt=new Date();}while(pt-it<5000);",
        "db.injection.insert({success:1});",
        "q' eval(compile('import time; time.sleep(9)','x','exec')) '",
        'z" (function(){var t=new Date();do{var u=new Date();}while(u-t<9000);})() "',
    ),
    counterexamples=(
        "if (a && this.ready) go()",
        "the db.json file",
        "'ok'; return value",
        "sleep(5) in Python",
        "eval(compile(src, 'x', 'exec'))",
        "print('done'); time.sleep(2)",
    ),
)

SQLI_COMMENT = Rule(
    id="sqli.comment",
    code=SQLI,
    pattern=r"(?i)/\*!?\d*|\*/|['\"`)\d]\s*(?:--|#|;\s*--|;\s*#|%00)|--\s*$|\bor\b\s*--",
    severity=_S,
    score=0.35,
    message="SQL comment",
    examples=("1/**/or/**/1", "admin'--", "5)#", "/*!50000select*/"),
    counterexamples=("email me -- thanks", "item #4"),
)

SQLI_NUMBER_THEN_COMMENT = Rule(
    id="sqli.number_then_comment",
    code=SQLI,
    # A whole value that is a number or variable (or arithmetic on them) and then a bare
    # comment: it ends the query right after itself.
    pattern=(
        r"^\s*\(*\s*(?:[-+]?\d+(?:\.\d+)?|@@?\w+)(?:\s*[-+*/%]\s*(?:[-+]?\d+(?:\.\d+)?|@@?\w+))*"
        r"\s*\)*\s*(?:--[\s+-]*|#|/\*)\s*$"
    ),
    severity=_S,
    score=0.4,
    message="a number and a comment that cuts the query",
    examples=("1  --", "1 * 1 --", "@version --", "-1#", "1 * 1  /*"),
    counterexamples=("10/10 -- would buy again", "item 5 #", "2019--2020"),
)

SQLI_STATEMENT = Rule(
    id="sqli.statement",
    code=SQLI,
    pattern=(
        r"(?i)\bselect\s+[\w.*,`]+\s+from\s+[\w.`]+\s+where\b|\binsert\s+into\b|\bupdate\b\s+\w+\s+\bset\b"
        r"|\bdelete\s+from\b|\bdrop\s+(?:table|database|schema|view|function|procedure)\b"
        # An inline comment stands for a space (`ORDER/**/BY/**/3`).
        r"|\border(?:\s|/\*[^*]*\*/)+by(?:\s|/\*[^*]*\*/)+\d|\bgroup\s+by\b.{0,40}\bhaving\b|\bexec(?:ute)?\s+(?:master|xp_|sp_)"
        r"|\bcreate\s+(?:table|user|function|procedure|trigger)\b|\balter\s+table\b"
        r"|\btruncate\s+table\b|\bdeclare\s*@|\bcase\s+when\b.{0,80}\bthen\b"
        r"|\b(?:like|=)\s*0x[0-9a-f]{2,}|\bselect\s+(?:\*|\d|null|@|'|\(|count|top|distinct"
        r"|char|concat|case|if|sleep|user|version|database|pg_|name|table_name|column_name)"
        r"|\bunion\s+all\b|\bprocedure\s+analyse\b|\binto\s+(?:out|dump)file\b"
        r"|\bunion\b[\s(]*\(?\s*select|\bselect\s*\(|\bnull\s*,\s*null\b|\b\d+\s*,\s*\d+\s*,"
        r"\s*\d+\s*,\s*\d+"
    ),
    severity=_S,
    score=0.5,
    message="SQL statement",
    examples=(
        "SELECT name FROM users WHERE id=1",
        "insert into t values(1)",
        "order by 5",
        "1/**/ORDER/**/BY/**/4",
        "select(1)",
    ),
    counterexamples=("please select a size from the menu list", "drop me a line"),
)

SQLI_CATALOG = Rule(
    id="sqli.catalog",
    code=SQLI,
    # Reading the system catalog, the tables that list every table, column and user: what an
    # injection asks for once it can run a query, and no form field ever names.
    pattern=(
        r"(?i)\bfrom\s+[`\"\[]?(?:information_schema|pg_catalog|pg_shadow|pg_user|sysobjects"
        r"|syscolumns|sqlite_master|sqlite_schema|mysql[`\"\]]?\.[`\"\[]?user|(?:sys\.)?(?:all|dba"
        r"|user)_tab\w*|(?:sys\.)?(?:dba|all|user)_users|master\.+sys\w*|v\$\w+)\b"
        # Oracle's one-row table, which every SELECT without a table of its own names.
        r"|(?i)\bfrom\s+(?:sys\.)?dual\s*(?:$|[;)#]|--|/\*|where\b|union\b|order\b)"
    ),
    severity=_S,
    score=0.6,
    message="a query on the database's system catalog",
    examples=(
        "FROM information_schema.",
        "from sys.all_tables",
        "FROM all_tab_columns",
        "FROM `mysql`.`user`",
        "SELECT f('x') FROM dual;",
    ),
    counterexamples=(
        "from information to wisdom",
        "a schema from the catalog",
        "from sysadmin",
        "from dual citizenship",
    ),
)

SQLI_OPERATORS = Rule(
    id="sqli.operators",
    code=SQLI,
    pattern=(
        r"(?i)(?:^|[\s'\"(=])(?:-?\d+|'[^']*'|\"[^\"]*\")\s*(?:\|\||&&|\bdiv\b|\bxor\b|\bmod\b"
        r"|<=>|\^|\brlike\b|\bregexp\b|\bsounds\s+like\b)\s*[-+~!(]*\s*[\w'\"@(]"
        r"|(?i)(?:\b(?:or|and)|\|\||&&)\s+(?:not\s+)?(?:exists|\d+\s*(?:between|in\b)|[\w.]+\s+(?:is\s+"
        r"(?:not\s+)?null|in\s*\(|between\b))|(?i)['\"]\s*(?:\+|\|\|)\s*['\"]?\w|(?i)^\s*[-+]?\d+"
        r"\s*\)+\s*(?:or|and|union|select|\)|;|--|#)|(?i)\bis\s+not\s+null\b|(?i)\b(?:true|false)"
        r"\s*(?:=|<>|!=)|(?i)^\s*['\"]\s*(?:\)|;|,|\+|=|\||&)"
    ),
    severity=_S,
    score=0.4,
    message="SQL operator after a value",
    examples=("1 || 2", "1 xor 1", "x' + 'y", "1) or (1", "'=", "7 && qty is null"),
    counterexamples=("rock and roll", "apples, oranges"),
)
