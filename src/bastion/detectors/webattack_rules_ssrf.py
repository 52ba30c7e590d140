"""Web-attack signals that aim a server-side request at the server's own network (SSRF)."""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.core.types import Severity

SSRF = "webattack.ssrf"

_S = Severity.HIGH  # the detector sets each finding's severity from the score


SSRF_INTERNAL_HOST = Rule(
    id="ssrf.internal_host",
    code=SSRF,
    pattern=(
        r"(?i)(?:\b[a-z][a-z0-9+.-]*|\b\d+)://(?:[^/@\s]*@)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}"
        r"|0\.0\.0\.0|0+(?:[:/]|$)|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}"
        r"|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}"
        r"|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}"
        r"|metadata\.google\.internal|metadata(?:[:/]|$)|instance-data|[\w.-]*\.internal\b"
        r"|[\w.-]*\.local\b|[\w.-]*\.localhost\b|kubernetes(?:\.default)?(?:\.svc)?(?:[:/]|$)"
        r"|[\w.-]+\.svc(?:\.cluster\.local)?(?:[:/]|$)|\[(?:[0:]*:0*1?|[0:]*:ffff:[\d.:a-f]+"
        r"|f[cd][0-9a-f]{2}:[0-9a-f:]*|fe[89ab][0-9a-f]:[0-9a-f:%\w]*)\]"
        # Whole-number hosts (decimal, octal, hex, hex padded past 32 bits), `0o`/`o` octal
        # octets and octets past 255, which parsers wrap round to an internal address.
        r"|\d{8,10}(?:[:/]|$)|0[0-7]{10,11}(?:[:/]|$)|0x[0-9a-f]{8,16}(?:[:/]|$)|0x[0-9a-f]{1,2}\."
        r"|0[0-7]{1,3}\.[0-7.]+|0?o[0-7]{1,4}\.\d|(?:25[6-9]|2[6-9]\d|[3-9]\d\d)(?:\.\d{1,3}){3}\b"
        r"|\d{1,3}\.\d{1,3}\.\d{1,5}(?:[:/]|$)|\d{1,3}\.\d{1,8}(?:[:/]|$))"
        # A name with an internal address for its last labels (`example.com.127.0.0.1`), written
        # to pass a check that the host starts with an allowed name.
        r"|(?i)://(?:[^/@\s]*@)?(?:[a-z][\w-]*\.)+(?:127|10|0|169\.254|192\.168"
        r"|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d{1,3}){2,3}(?:[:/?#]|$)"
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
        "http://[0::0:1]:8000/",
        "http://[0:0:0:0:0:ffff:10.1.2.3]/",
        "http://01200000001/",
        "http://0x00000000a9fea9fe/",
        "http://o12.0.0.7/",
        "http://300.20.30.40/",
        "https://kubernetes.default.svc/api/v1/secrets",
        "http://redis.prod.svc.cluster.local:6379/",
        "http://shop.example.com.127.0.0.1/",
        "0://127.0.0.1:80;http://example.com:80/",
    ),
    counterexamples=(
        "https://example.com/page",
        "https://kubernetes.io/docs/home/",
        "https://svc.example.com/",
        "http://8.8.8.8/",
        "see 10.0.0.1 in the docs",
        "http://[2001:db8::1]/",
        "https://203.0.113.7:8443/status",
        "https://v2.api.example.com/10.1.2",
    ),
)

_SCHEME = r"\b[a-z][a-z0-9+.-]*://"

SSRF_PARSER_CONFUSION = Rule(
    id="ssrf.parser_confusion",
    code=SSRF,
    # An authority that two URL parsers split differently: a second `@`, or an `@` after `&`,
    # `#` or a backslash (`http://1.1.1.1&@2.2.2.2#@3.3.3.3/`), so a check reads one host and
    # the fetch goes to another.
    pattern=(
        rf"(?i){_SCHEME}[^/\s@]*[&#\\][^/\s@]*@"
        rf"|(?i){_SCHEME}[^/\s@]*@[^/\s@]*[#&\\]@"
        rf"|(?i){_SCHEME}[^/\s@#?]*@[^/\s@#?]*@"
        # A scheme that is a number and a second URL after `;` or `,`: PHP's URL check accepts
        # the first and a fetch follows the second (`0://evil.example:80;http://allowed:80/`).
        r"|(?i)(?:^|[^\w.+-])\d+://[^\s/;,]+[;,]\s*[a-z][a-z0-9+.-]*://"
    ),
    severity=_S,
    score=0.75,
    message="URL authority written to be read as two different hosts",
    examples=(
        "http://1.1.1.1&@2.2.2.2#@3.3.3.3/",
        "http://allowed.example\\@internal.test/",
        "https://a@allowed.example@evil.test/",
        "0://evil.example:80;http://allowed.example:80/",
    ),
    counterexamples=(
        "https://user@example.com/path",
        "https://example.com/search?q=a&b=c#top",
        "mailto:someone@example.com",
        "https://example.com/@handle/posts",
        "see https://a.example/, https://b.example/",
        "step 1: http://a.example; step 2: https://b.example",
    ),
)

SSRF_OUT_OF_BAND = Rule(
    id="ssrf.out_of_band",
    code=SSRF,
    # Hosts of out-of-band interaction services, which scanners and attackers give a server to
    # fetch so that a blind request shows up on their side.
    pattern=(
        r"(?i)(?:^|[^\w.-])(?:[\w-]+\.)*(?:burpcollaborator\.net|oastify\.com|oast\.(?:pro|live"
        r"|site|online|fun|me)|interact\.sh|interactsh\.com|dnslog\.cn|ceye\.io|requestrepo\.com"
        r"|canarytokens\.com)\b"
    ),
    severity=_S,
    score=0.75,
    message="host of an out-of-band interaction service (a blind request probe)",
    examples=(
        "http://x7k2.burpcollaborator.net/",
        "curl q9.oastify.com",
        "https://abc123.oast.fun/ping",
    ),
    counterexamples=(
        "https://portswigger.net/burp/documentation/collaborator",
        "https://example.com/dnslog/cn",
    ),
)


SSRF_LOOPBACK_NAME = Rule(
    id="ssrf.loopback_name",
    code=SSRF,
    # Public DNS names that resolve to the asker's own or a private address: fixed loopback
    # names, wildcard services that answer with the address written into the name, and
    # rebinding services that alternate between a public and an internal answer. With or
    # without a scheme, an argument naming one is aimed at the server's own network.
    pattern=(
        r"(?i)(?:^|://|@)(?:[\w-]+\.)*(?:localtest\.me|lvh\.me)(?:[:/]|\s*$)"
        r"|(?i)(?:^|[^\w.-]|[a-z][.-])(?:127|10|0|169[.-]254|192[.-]168|172[.-](?:1[6-9]|2\d|3[01]))"
        r"(?:[.-]\d{1,3}){1,3}"
        r"\.(?:nip\.io|sslip\.io|xip\.io|nip\.direct)\b"
        r"|(?i)\brebind\b[\w.-]*\.1u\.ms\b|(?i)\b[0-9a-f]{8}\.[0-9a-f]{8}\.rbndr\.us\b"
    ),
    severity=_S,
    score=0.8,
    message="host name that resolves to a loopback or private address",
    examples=(
        "http://admin.localtest.me/",
        "lvh.me:8080",
        "http://10.0.3.4.nip.io/",
        "app.192-168-0-9.sslip.io",
        "make-8.8.4.4-rebind-127.0.0.1-rr.1u.ms",
        "0a000001.7f000001.rbndr.us",
    ),
    counterexamples=(
        "https://nip.io/ explains wildcard DNS",
        "http://8.8.8.8.nip.io/",
        "203.0.113.7.nip.io",
        "email me at bob@lvh.media.com",
        "use lvh.me for local subdomain testing",
    ),
)

SSRF_BARE_INTERNAL = Rule(
    id="ssrf.bare_internal",
    code=SSRF,
    # Without a scheme: a cloud metadata endpoint anywhere, or a value that is only a loopback
    # or unspecified address with a port or a path (`localhost:6379`, `127.0.0.1:2375/info`),
    # which a fetching tool completes to a request on the server's own network.
    pattern=(
        r"(?i)(?:^|[^\w.-])(?:169\.254\.169\.254|metadata\.google\.internal|metadata\.azure\.com"
        r"|100\.100\.100\.200|\[?fd00:ec2::254\]?|instance-data(?:\.ec2\.internal)?)(?:[:/]|\s*$)"
        r"|(?i)^\s*(?:localhost|127(?:\.\d{1,3}){1,3}|0\.0\.0\.0|\[[0:]*:0*1?\])"
        # A port a lenient parser reads past a sign, zeros or trailing letters (`:+11211aaa`).
        r"(?::\+?\d{1,9}[a-z]*(?:/\S*)?|/\S*)\s*$"
    ),
    severity=_S,
    score=0.8,
    message="scheme-less address of a metadata service or of the server itself",
    examples=(
        "169.254.169.254/latest/api/token",
        "metadata.google.internal/computeMetadata/v1/project/",
        "localhost:11211",
        "127.0.0.1:9000/minio/admin",
        "[::1]:5984/_all_dbs",
        "localhost:+6379xyz",
        "localhost:0006379",
    ),
    counterexamples=(
        "open localhost:3000 in your browser",
        "localhost",
        "127.0.0.1",
        "the metadata service lives at a link-local address",
    ),
)
