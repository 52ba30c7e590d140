"""Shell command injection by shape: read a value as a shell would, then score each command.

A shell runs a word as a command when it comes first or follows a separator (`;`, `|`, `||`,
`&&`, `&`, a newline, `$(`, a backtick, an opening parenthesis or brace). So the value is cut
into tokens after undoing the tricks that hide a command name from a word filter (quotes,
backslashes and `cmd` carets inside a word, empty expansions such as `$u`, `$@` or ``` `` ```,
one-letter bracket classes, `${IFS}`, brace lists), and each command position is judged by
its command word and the shape of its first arguments. Command names that are also English
(`time`, `find`, `more`) count only with arguments no sentence has: a flag, a path, a URL, an
address, a redirection or another command.

A command line standing alone (`ls -la`, `git log -3`) is what a shell tool takes and what a
search may be for, so it is only a weak signal. It is injected when a separator comes before
it, or when its arguments chain, redirect, hand code to an interpreter or aim at the system,
or when the command is a probe (`uname`, `whoami`, `nc`, `curl`).

The scanner is a single pass of a tokenising regular expression whose alternatives cannot
backtrack, so it is linear in the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LEADING_COMMAND", "LINE_COMMAND", "ShellSignal", "shell_signals"]

# Unambiguous Unix and Windows command names: general shell knowledge, not a payload list.
_COMMANDS = frozenset(
    """
    ls dir whoami uname hostname ifconfig ipconfig netstat ps pstree wget curl nc ncat netcat
    socat telnet ssh scp sftp ftp tftp rsync bash sh zsh ksh csh tcsh dash fish busybox python
    python2 python3 perl ruby php node nodejs lua luajit tclsh irb pwsh powershell cmd nslookup
    traceroute tracert rm rmdir mv cp chmod chown chgrp chattr mkdir ln printf pkill killall
    env export unset sudo doas crontab base64 base32 xxd hexdump od strings uuencode uudecode
    certutil bitsadmin wmic systeminfo tasklist taskkill schtasks reg regedit rundll32 regsvr32
    mshta cscript wscript bcdboot bcdedit vssadmin icacls attrib iwr iex irm grep egrep fgrep
    awk gawk nawk sed vi vim nano dd tar zip unzip gzip gunzip bzip2 xz zcat zstd gcc cc
    c89 c99 clang eval exec nohup timeout xargs sendmail useradd userdel usermod adduser
    groupadd passwd chpasswd visudo shutdown reboot halt poweroff mount umount apt aptitude
    apt-get yum dnf rpm dpkg pip pip3 npm npx gem git docker kubectl systemctl service chroot
    strace ltrace gdb rmt ansible cpulimit openssl jq lwp-download aria2c lastlog lastlogin
    uconv iconv flock nmap masscan tcpdump tshark sqlmap hydra msfconsole msfvenom mkfifo
    setsid stdbuf unshare nsenter runuser pkexec ldd ldconfig insmod modprobe iptables
    ufw sysctl journalctl dmesg lsof fuser pgrep nice renice ionice taskset chsh chfn newgrp
    getent id whois finger nohup tmux screen expect rlwrap scriptreplay mysql psql sqlite3
    mongo redis-cli ssh-keygen ssh-copy-id ssh-agent gpg wevtutil net1 powershell_ise
    invoke-webrequest invoke-expression invoke-restmethod start-process new-object iwmi
    get-content set-content get-childitem remove-item copy-item cscli perf uptime lsb_release
    ifup ifdown arp hping3 tac nl findstr forfiles nltest dsquery quser qwinsta cmdkey msiexec
    pwd netsh nbtstat zstdcat bzcat xzcat lzcat zless
    """.split()
)
# Command names that are everyday words (or, for `cat`, words in product names): they need a
# shell-shaped argument before they count.
_ENGLISH = frozenset(
    """
    time more less head tail find type set make host top mail source alias fetch tee id test
    date at echo ping dig who last join split wall write yes read print open start call fold
    column comm look paste rev sort uniq cut seq sleep shift wait trap tr su cd kill watch touch
    file bridge watch nice install patch diff locate which whereis help man info logger script
    rc ex ed exit do ip ss cat route net ll
    """.split()
)
_COMMAND_NAME = (
    r"['\"]?(?:[\w:]*[\\/])?(?:if|for|"
    + "|".join(sorted((_COMMANDS | _ENGLISH) - {"if", "for"}, key=lambda w: (-len(w), w))).replace(
        ".", r"\."
    )
    + r")(?:\.exe|[0-9.]+)?['\"]?"
)
# A value that starts with a command name (RE2 source), for a detector's prefilter: without
# punctuation such a value is still a command line (`ls foo bar`, `IF EXIST x CMD`).
LEADING_COMMAND = r"(?i)^\s*" + _COMMAND_NAME + r"(?:\s|$)"
# A line that is a command alone or with a flag or a path (`report.txt`, a line break, `id`): a
# shell reads each line of a value as a command of its own. A line of a message that starts
# with a command's name and goes on in words (`git is down again`) is left to the other cues.
LINE_COMMAND = r"(?i)[\r\n]\s*" + _COMMAND_NAME + r"(?:[^\S\r\n]*(?:$|[\r\n;&|<>`])|\s+[-/~.$'\"])"
# Commands whose use in a value is to learn about the host or to reach the network (recon,
# download, remote shell): with any argument they are a probe, not a developer's command line.
_PROBES = frozenset(
    """
    whoami uname hostname ifconfig ipconfig netstat systeminfo tasklist nc ncat netcat socat
    telnet tftp wget curl nslookup certutil bitsadmin wmic net1 nltest dsquery quser qwinsta
    cmdkey getent lastlog lastlogin mshta rundll32 regsvr32 iwr irm iex invoke-webrequest
    invoke-expression invoke-restmethod nmap masscan hping3 msfconsole msfvenom hydra sqlmap
    nbtstat arp lwp-download aria2c mkfifo
    """.split()
)
# Flags that hand the next argument to an interpreter as code, per interpreter (`sh -c`,
# `perl -e`, `php -r`, `find -exec`, `cmd /c`, `powershell -enc`, a compiler's `-wrapper`).
_CODE_FLAGS = {
    **dict.fromkeys("sh bash zsh ksh csh tcsh dash fish busybox python".split(), ("-c",)),
    **dict.fromkeys("perl ruby node nodejs lua luajit".split(), ("-e", "-E", "--eval", "-p")),
    "php": ("-r",),
    "find": ("-exec", "-execdir", "-ok", "-okdir"),
    "cmd": ("/c", "/k"),
    **dict.fromkeys(
        "powershell pwsh".split(), ("-c", "-command", "-e", "-ec", "-enc", "-encodedcommand")
    ),
    **dict.fromkeys("gcc cc c89 c99 clang".split(), ("-wrapper",)),
}
# Arguments that aim a command at the system rather than at a project or the user's home: an
# absolute path, a drive root, a network share, an environment folder. (A URL is the target of
# the download and connection commands in `_PROBES`; `git clone https://...` is not a probe.)
_SYSTEM_TARGET = re.compile(r"(?i)^(?:/(?![a-z?]{1,2}$)|[a-z]:\\|\\\\|%[a-z]+%)")
# Words that take a command's name as their argument without running it.
_LOOKUPS = frozenset("which whereis man help info apropos whatis".split())
# Script files that `rc`, `source` or `call` runs.
_SCRIPT = re.compile(r"(?i)^[\w./-]+\.(?:sh|bash|zsh|ksh|csh|ps1|bat|cmd|vbs)$")
_RUNNERS = frozenset("rc source call start ex".split())
# Shells: a path to one is a shell being started (`/bin/sh`), with or without arguments.
_SHELLS = frozenset("sh bash zsh ksh csh tcsh dash fish busybox".split())
# Words that run the word after them as a command.
_WRAPPERS = frozenset(
    "time nohup sudo doas env strace ltrace timeout xargs exec nice stdbuf".split()
)
# Families whose members share a prefix (`ansible-playbook`, `chef-client`).
_FAMILIES = re.compile(r"(?i)^(?:ansible|chef|aa|ssh|git|docker|kube|rmt|mysql|pg|lwp)-[a-z-]+$")

_OBFUSCATION = re.compile(
    # A backslash after a drive's colon starts a Windows path (`C:\Users`), it hides no letter.
    r"(?<!:)\\+(?=[A-Za-z/])|(?<=[A-Za-z])\^(?=[A-Za-z])|''|\"\"|``|\$\(\)|[<>]\(\)|\$(?:[@*?!#$\-]|[0-9])"
    r"|(?<=[A-Za-z])\$\{?[A-Za-z_][A-Za-z0-9_]*\}?(?=[^A-Za-z0-9_]|$)|\[([A-Za-z])\]"
)
# Brace expansion at the start of a word is a command line written without spaces
# (`{nc,-lvp,4444}`).
_BRACE_LIST = re.compile(r"(?<![^\s;&|(`])\{([^{}\s,'\":=]+(?:,[^{}\s,'\":=]*)+)\}")
# A brace list inside a word (`c{a,oun}t`): its first choice spells a command a filter misses.
_WORD_BRACE = re.compile(r"(?<![\w{])([A-Za-z]*)\{([A-Za-z]*),[A-Za-z,]*\}([A-Za-z]*)")
# A vim or ex shell escape (`:!id`, `\!id`) runs what follows as a command.
_BANG = re.compile(r"[:\\]+!(?=[A-Za-z/])")
# `$0` run as a command with a flag is the shell itself (`;$0 -c id`).
_SHELL_ITSELF = re.compile(r"(?:^|(?<=[;&|`(\s]))\$\{?0\}?(?=\s+-)")
# An expansion glued to the front of a word (`${x}whoami`) expands to nothing a filter can see.
_LEADING_EXPANSION = re.compile(r"\$\{[^{}\s]*\}(?=[A-Za-z])")
# A command name broken by an escape, a caret, empty quotes or an empty expansion
# (`w\ho\ami`, `c^m^d`, `who$@ami`), or a first word with an empty expansion glued to its
# end (`ping$() 10.0.0.1`, `uname$u -a`).
_HIDDEN = re.compile(
    r"[A-Za-z](?:\\|\^|''|\"\"|``|\$\(\)|[<>]\(\)|\$[@*?!#$\-0-9])[A-Za-z]"
    r"|^\s*[A-Za-z][\w.-]*(?:''|\"\"|``|\$\(\)|\$[@*?!#$\-0-9]|\$[a-z]\b)\s"
)
# The same without the backslash, which a written-out `\n` between two words also leaves.
_EMPTY_INSIDE = re.compile(r"[A-Za-z](?:''|\"\"|``|\$\(\)|\$[@*?!#$\-0-9])(?:[A-Za-z]|\s)")
_IFS = re.compile(r"\$\{?IFS\}?|\$\{?9\}?", re.IGNORECASE)
# Inline code in prose (`Run \`npm test\` first`): a word, a space, then a backticked command
# that a space or punctuation ends. Markdown shows it; a shell would substitute it, but a value
# a shell reads does not start as a sentence. Its backticks are dropped before reading.
_INLINE_CODE = re.compile(r"(?<=\w)([^\S\n]+)`([^`\n]{1,80})`(?=[\s.,;:!?)]|$)")
# A value of one word and a backticked command, and nothing after (`report.txt \`id\``), is
# no sentence: it is a value with a substitution appended, which a shell runs. A verb that
# introduces code or a package (`Run \`npm test\``, `Install \`curl\``) is still an
# instruction to a reader.
_WORD_THEN_SUBSTITUTION = re.compile(r"^\s*([^\s`]+)[^\S\n]+`[^`\n]+`\s*$")
_CODE_INTRODUCERS = frozenset(
    """
    run type try use execute enter paste call see with via using command example install
    uninstall reinstall update upgrade remove configure enable disable restart open check
    """.split()
)
_DRIVE = re.compile(r"(?i)^[a-z]:\\")
_DRIVE_PATH = re.compile(r"(?i)\b[a-z]:\\\S*")
_HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*>")
# `@` before a command keeps cmd.exe from echoing it (`@powershell ...`); it names no command.
_ECHO_OFF = re.compile(r"(?:^|(?<=[\s;&|(]))@\^?(?=[A-Za-z])")
# A Markdown code fence and the language it names (```python): a line break, not a backtick.
_FENCE = re.compile(r"`{3,}[\w+#.-]*")
_QUOTED_WORD = re.compile(r"(?<![\w'\"])['\"]([A-Za-z][\w.-]*)['\"](?![\w'\"])")
_TOKEN = re.compile(
    r"\|\||&&|;;?|\||&|\r?\n|\r|\$\(|[<>]\(|`|[0-9]?>>?&?[0-9]?|<<?<?|'[^']*'?|\"[^\"]*\"?"
    r"|(?:\$\{[^{}\s]*\}|[^\s;&|`(){}<>'\"+$]|\$(?![{(]))+|[(){}]|\$|(?:[^\S\r\n]|\+)+"
)
_SEPARATORS = frozenset(
    (";", ";;", "|", "||", "&", "&&", "\n", "\r", "\r\n", "$(", "<(", ">(", "`", "(", "{")
)
# Separators that chain a finished command to the next one (not grouping or substitution).
_CHAINS = frozenset((";", "|", "||", "&", "&&", "\n", "\r", "\r\n"))
_VERSION = re.compile(r"[0-9][0-9.]*$")
_FLAG = re.compile(r"(?i)^(?:--?[a-z0-9]|/[a-z?]{1,2}$)")
_PATHLIKE = re.compile(r"(?i)^(?:~|\.{0,2}/|[a-z]:\\|\\\\|%[a-z]+%|[\w.-]*/[\w.-]*/)|://")
_HOST = re.compile(r"(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?$")
_ADDRESS = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$")
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
# A name and `=`, and the quoting that opens the value (`CMD=$'id'`, `c="cat"`).
_ASSIGNED_VALUE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=\$?\\?['\"]?")
# Windows takes a flag glued to the command name (`dir/s`, `ipconfig/all`, `bcdboot/r`).
_GLUED_FLAG = re.compile(r"(?i)^([a-z][a-z0-9]*)/[a-z?]{1,12}$")
_WINDOWS = frozenset(
    """
    dir ipconfig cmd bcdboot bcdedit tasklist taskkill systeminfo netstat findstr attrib icacls
    reg schtasks wmic shutdown tracert certutil bitsadmin vssadmin forfiles nltest dsquery quser
    qwinsta cmdkey msiexec netsh nbtstat wevtutil regsvr32 rundll32 mshta cscript wscript
    """.split()
)
_BIN_DIR = re.compile(r"(?i)^/(?:usr/)?(?:local/)?s?bin/|^[a-z]:\\windows\\")
# A value that starts by redirecting output into a system directory (`>/tmp/x`,
# `2>>/var/www/a.php`): the tail of a command line that writes a file. The `>` is glued to the
# path, which a quoted line of prose (`> /tmp is full`) does not do.
_REDIRECT_TO_FILE = re.compile(
    r"^\s*[0-9&]?>>?(?:~|/(?:tmp|var|dev|etc|usr|home|root|opt|srv|proc|bin|sbin|lib))/[\w.-]"
)
_MAX_CHARS = 2048
_MAX_COMMANDS = 24


@dataclass(frozen=True, slots=True)
class ShellSignal:
    """One command position that reads as an injected command, with its weight."""

    id: str
    score: float


def _unhide(text: str) -> str:
    text = _IFS.sub(" ", text[:_MAX_CHARS])
    if "</" in text:
        # Markup around words (`Type <kbd>Ctrl</kbd>`) redirects nothing.
        text = _HTML_TAG.sub(" ", text)
    if "@" in text:
        text = _ECHO_OFF.sub("", text)
    if "`" in text:
        appended = _WORD_THEN_SUBSTITUTION.match(text)
        if appended is None or appended.group(1).lower().rstrip(":") in _CODE_INTRODUCERS:
            text = _INLINE_CODE.sub(r"\1\2", text)
    if "```" in text:
        text = _FENCE.sub("\n", text)
    text = _SHELL_ITSELF.sub("sh", text)
    text = _LEADING_EXPANSION.sub("", text)
    # Twice: removing one piece can leave another (`"$@"` leaves `""`).
    text = _OBFUSCATION.sub(lambda m: m.group(1) or "", text)
    text = _OBFUSCATION.sub(lambda m: m.group(1) or "", text)
    text = _BANG.sub("; ", text)
    text = _BRACE_LIST.sub(lambda m: " " + m.group(1).replace(",", " ") + " ", text)
    return _QUOTED_WORD.sub(lambda m: m.group(1), text)


def _name(word: str) -> tuple[str, bool]:
    """The command a word names (basename, no extension or version) and whether it is a path."""
    lower = word.lower()
    glued = _GLUED_FLAG.match(lower)
    if glued is not None and glued.group(1) in _WINDOWS:
        return glued.group(1), False
    absolute = _BIN_DIR.search(lower) is not None
    base = re.split(r"[\\/]", lower)[-1]
    for suffix in (".exe", ".com", ".bat", ".cmd", ".ps1"):
        if base.endswith(suffix) and base[: -len(suffix)] in _COMMANDS:
            return base[: -len(suffix)], True
    if base in _COMMANDS or base in _ENGLISH:
        return base, absolute
    return _VERSION.sub("", base), absolute


def _kind(word: str) -> str:
    """`c` unambiguous command, `e` English-looking command, `v` variable, `p` bin path, ``."""
    if word.startswith("$"):
        return "v"
    name, absolute = _name(word)
    if name in _COMMANDS or _FAMILIES.match(name):
        if absolute:
            return "p"
        # `Python`, `Ruby`, `Node` written as names: a Unix shell would not find them.
        return "e" if word[:1].isupper() and word[1:].islower() else "c"
    if name in _ENGLISH:
        return "p" if absolute else "e"
    return "p" if absolute and name.isalpha() else ""


def _argument_is_shell(token: str) -> bool:
    if token in _CHAINS:
        return True
    if token[0] in "<>" or (token[0].isdigit() and ">" in token):
        return True
    if token[0] in "'\"":
        # A quoted argument that is itself a command line (`trap 'rm -rf x' EXIT`).
        inner = token.strip("'\"").split()
        return (
            len(inner) > 1
            and inner[1][0] not in "'\""
            and _kind(inner[0]) in ("c", "p")
            and _argument_is_shell(inner[1])
        )
    if token.startswith("$") or _FLAG.match(token) or _PATHLIKE.search(token):
        return True
    return _ADDRESS.match(token) is not None or _kind(token) in ("c", "p")


def _argument_is_strong(token: str, *, first: bool = True) -> bool:
    """An argument that makes a command line an attack even without a separator before it:
    chaining, redirection, expansion, a system or network target, or, right after the command,
    another command (`xargs rm`); further on, a command name is a word of a sentence that names
    commands (`wget vs curl difference`)."""
    if token in _CHAINS or token[0] in "<>$`" or (token[0].isdigit() and ">" in token):
        return True
    if token[0] in "'\"":
        return _argument_is_shell(token)
    if _SYSTEM_TARGET.search(token) or _ADDRESS.match(token):
        return True
    return first and _kind(token) in ("c", "p")


def _probe_target(token: str) -> bool:
    """A probe command's first argument as a command line has it (a flag, a path, a host), not
    a word of a sentence that names the command (`uname field is required`)."""
    return _argument_is_shell(token) or _HOST.match(token) is not None


def _runs_code(name: str, rest: list[str]) -> bool:
    """Whether the arguments hand code to the interpreter `name` (`python3 -c`, `find -exec`)."""
    flags = _CODE_FLAGS.get(name) or _CODE_FLAGS.get(_VERSION.sub("", name), ())
    return any(word.lower() in flags or word in flags for word in rest)


def _commands(text: str) -> list[tuple[bool, list[str]]]:
    """Each command position: whether a separator precedes it, and its first few words.

    A command followed by a separator gets the separator as a last word, so `whoami;` reads as
    a command line and `whoami` alone does not.
    """
    found: list[tuple[bool, list[str]]] = []
    first: list[str] = []
    found.append((False, first))
    current: list[str] | None = first
    glued = False
    text = _unhide(text)
    stripped = text.lstrip()
    if stripped[:1] in ("'", '"') and stripped.count(stripped[0]) % 2 == 1:
        # A lone quote first closes the string the value was pasted into (`'id`); what
        # follows is read as a shell reads it, not as one quoted word.
        text = stripped[1:]
    elif len(stripped) > 2 and stripped[0] in ("'", '"') and stripped.endswith(stripped[0]):
        # Quotes at both ends close the string and open it again (`';id;'`).
        text = stripped[1:-1]
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] in " \t\x0b\x0c+":
            glued = False
            continue
        # `name(` is a function call in a program, and a syntax error to a shell: the
        # parenthesis opens no subshell, so what follows is not a command position.
        call = glued and token[0] == "("
        glued = token[0].isalnum() or token[0] in "_$."
        if call:
            current = None
        elif token in _SEPARATORS:
            if len(found) >= _MAX_COMMANDS:
                break
            if current is not None and len(current) == 1 and token in _CHAINS:
                current.append(token)
            current = []
            found.append((True, current))
        elif token in (")", "}"):
            current = None
        elif current is not None and len(current) < 4:
            current.append(token)
    return [(after, words) for after, words in found if words]


def _judge(after: bool, words: list[str]) -> ShellSignal | None:
    index = 0
    wrapped = False
    while index < len(words) - 1 and (
        _ASSIGNMENT.match(words[index])
        or _name(words[index])[0] in _WRAPPERS
        or (words[index].startswith("$") and _kind(words[index + 1]) in ("c", "e", "p"))
    ):
        wrapped = wrapped or not _ASSIGNMENT.match(words[index])
        index += 1
    head, rest = words[index], words[index + 1 :]
    kind = _kind(head)
    name = _name(head)[0]
    shaped = bool(rest) and _argument_is_shell(rest[0])
    if name == "alias" and any("=" in word for word in rest):
        return ShellSignal("cmdi.shell.alias", 0.8)
    # A command line standing alone (`ls -la`, `git log -3`) is what a shell tool takes, and a
    # search or a file name (`/usr/local/bin/python3`) may be one; only a command after a
    # separator, one run by its full path with arguments (`/bin/ls -al`), one whose arguments
    # chain, redirect, run code or reach the system, or a probe command, is injected.
    if kind in ("c", "p"):
        if after or wrapped or (kind == "p" and name in _SHELLS):
            return ShellSignal("cmdi.shell.command_after_separator", 0.85)
        if (
            (kind == "p" and bool(rest))
            or any(_argument_is_strong(word, first=i == 0) for i, word in enumerate(rest))
            or _runs_code(name, rest)
            or (name in _PROBES and bool(rest) and _probe_target(rest[0]))
        ):
            return ShellSignal("cmdi.shell.command_with_arguments", 0.8)
        return ShellSignal("cmdi.shell.leading_command", 0.45) if rest else None
    # An English word is a command only with a shell-shaped first argument, and an English word
    # before `;` is a sentence, not a command line.
    # After an English word, a command name is the next word of a phrase (`touch screen`,
    # `watch dog`): the words that run the command after them are read as wrappers above.
    # A Windows drive path after an English word is what a sentence names (`Open C:\Windows\x`).
    strong = bool(rest) and (
        (_argument_is_strong(rest[0], first=False) and not _DRIVE.match(rest[0]))
        or _runs_code(name, rest)
    )
    if name in _LOOKUPS and rest and _kind(rest[0]) in ("c", "p"):
        strong = shaped = False
    if kind == "e" and shaped and rest[0] in _CHAINS:
        shaped = strong = False
    if kind == "e" and name in _RUNNERS and rest and _SCRIPT.match(rest[0]):
        return ShellSignal("cmdi.shell.script_run", 0.8 if after else 0.75)
    if kind == "e" and wrapped and any(word[0] in "<>" or word in _CHAINS for word in rest):
        # `nohup sleep 120 > /dev/null &`: a word run by a wrapper, its output sent away and
        # the line chained or backgrounded, is a command line whatever the word.
        return ShellSignal("cmdi.shell.word_command_with_arguments", 0.75)
    if kind == "e" and after and (shaped or (wrapped and rest)):
        return ShellSignal("cmdi.shell.word_command_with_arguments", 0.8)
    if kind == "e" and strong:
        return ShellSignal("cmdi.shell.word_command_with_arguments", 0.75)
    if kind == "e" and shaped:
        return ShellSignal("cmdi.shell.leading_command", 0.45)
    if kind == "v" and shaped and not rest[0].startswith("$"):
        return ShellSignal("cmdi.shell.variable_command", 0.75)
    return None


def _assigns_word(words: list[str]) -> bool:
    """Whether a command position assigns a variable a word (`c=cat`, `CMD=$'sleep 5'`)."""
    if not _ASSIGNMENT.match(words[0]):
        return False
    value = _ASSIGNED_VALUE.sub("", words[0])
    if not value and len(words) > 1:
        # The quoted value is a token of its own when it holds a space (`CMD=$'sleep 5'`).
        value = words[1].lstrip("\\'\"")
    return value[:1].isalpha()


def shell_signals(text: str) -> list[ShellSignal]:
    """The strongest reading of each command position in `text`, strongest first."""
    commands = _commands(text)
    found = [_judge(after, words) for after, words in commands]
    # A variable assigned a value and later run as a command (`c=cat;$c /etc/passwd`) hides
    # the command name from the text.
    assigned = {words[0].split("=", 1)[0] for _, words in commands if _assigns_word(words)}
    if assigned:
        for after, words in commands:
            name = words[0].lstrip("$").strip("{}")
            if after and words[0].startswith("$") and name in assigned:
                found.append(ShellSignal("cmdi.shell.assigned_command", 0.8))
                break
    for match in _WORD_BRACE.finditer(text[:_MAX_CHARS]):
        prefix, first, suffix = match.groups()
        if (prefix or suffix) and _kind(prefix + first + suffix) in ("c", "e", "p"):
            found.append(ShellSignal("cmdi.shell.hidden_command", 0.75))
            break
    if _REDIRECT_TO_FILE.match(text) is not None:
        found.append(ShellSignal("cmdi.shell.redirect_to_file", 0.75))
    signals = sorted((s for s in found if s is not None), key=lambda s: -s.score)
    # A Windows path's backslashes separate folders; they break no command name up.
    unpathed = _DRIVE_PATH.sub(" ", text[:_MAX_CHARS]) if ":\\" in text else text[:_MAX_CHARS]
    if _HIDDEN.search(unpathed) is not None:
        # A command name broken up by quotes, escapes or empty expansions hides from filters;
        # an unambiguous command revealed that way (`who$@ami`) is a command line on its own.
        if any(_kind(words[0]) in ("c", "p") for _, words in commands):
            signals.append(ShellSignal("cmdi.shell.hidden_command", 0.75))
        elif _EMPTY_INSIDE.search(text[:_MAX_CHARS]) is not None and any(
            _kind(words[0]) == "e" and len(words) > 1 for _, words in commands
        ):
            # An English command word only with an empty expansion glued in (`ping$() host`),
            # not a backslash, which a written-out `\n` between words also puts there.
            signals.append(ShellSignal("cmdi.shell.hidden_command", 0.7))
        elif signals:
            signals.append(ShellSignal("cmdi.shell.hidden_command", 0.6))
    return signals
