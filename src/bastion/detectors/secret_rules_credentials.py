"""Secrets rules for credentials in URLs (webhooks too), HTTP headers, command lines and client
config files."""

from __future__ import annotations

from bastion.detectors.secret_assigned_values import (
    _generic_value,
    _header_value,
    _passphrase,
)
from bastion.detectors.secret_rules_base import _B64URL, _BASE62, _HEX, SecretRule, sample
from bastion.detectors.secret_validators import (
    _basic_credentials,
    _basic_example,
    _not_placeholder,
    _random_enough,
    is_placeholder,
)

_S = sample  # short alias keeps the table rows on one line


BUNDLER_CREDENTIALS = SecretRule(
    name="bundler_credentials",
    # Bundler reads private gem server credentials from BUNDLE_<HOST> as "user:password".
    pattern=r"\bBUNDLE_[A-Z0-9_]+__[A-Z0-9_]+[\"']?\s*[:=]\s*[\"']?([^\s\"':]+:[^\s\"']+)",
    validate=_not_placeholder,
    examples=("BUNDLE_GEMS__EXAMPLE__COM: " + _S(8, _HEX) + ":" + _S(8, _HEX),),
    counterexamples=("BUNDLE_GEMS__EXAMPLE__COM: ${GEM_CREDENTIALS}",),
)

URL_CREDENTIALS = SecretRule(
    name="url_credentials",
    pattern=r"\b[A-Za-z][A-Za-z0-9+.-]{1,20}://([^\s:/@\"'<>]{0,100}:[^\s@/\"'<>]{1,200})@"
    r"[A-Za-z0-9.\-\[\]]+",
    validate=lambda v: not is_placeholder(v.partition(":")[2]) or v.endswith(":password"),
    examples=(
        "postgres://app:" + _S(16) + "@db.internal:5432/app",
        "REDIS_URL=redis://:" + _S(20) + "@cache.internal:6379/0",
    ),
    counterexamples=("https://user:${PASSWORD}@example.com", "https://user@example.com"),
)

JDBC_ORACLE_CREDENTIALS = SecretRule(
    name="jdbc_oracle_credentials",
    # Oracle's thin driver takes user/password before the host.
    pattern=r"\bjdbc:oracle:(?:thin|oci):([\w.$#-]{1,64}/[^\s@/\"'<>]{1,128})@",
    validate=lambda v: not is_placeholder(v.partition("/")[2]),
    family="url_credentials",
    examples=("jdbc:oracle:thin:scott/" + _S(10) + "@db.example.com:1521:ORCL",),
    counterexamples=("jdbc:oracle:thin:scott/${DB_PASSWORD}@db:1521:ORCL",),
)

AUTHORIZATION_HEADER = SecretRule(
    name="authorization_header",
    # Any prefix of the header's name is kept in the match, so that "csrf-token" and
    # "x-xsrf-token" (anti-forgery nonces, not credentials) can be recognised and passed.
    pattern=r"(?i)(?:\b[\w-]{0,20}[-_])?\b(?:authorization|x-api-key|api-key|x-auth-token|private-token|token)[\"']?\]?\s*[:=]\s*"
    r"[\"']?(?:bearer|basic|token|apikey|api-token|sso-key|ssws)?\s*([A-Za-z0-9._~+/=@!-]{12,})",
    validate=_header_value,
    not_after=("csrf", "xsrf"),
    examples=(
        "-H 'Authorization: Bearer " + _S(32) + "'",
        'headers = {"Authorization": "Token ' + _S(40, _HEX) + '"}',
        "Authorization: SSWS 00" + _S(40, _B64URL),
        "headers['Authorization'] = 'Basic " + _S(28) + "=='",
    ),
    counterexamples=(
        "Authorization: Bearer XXXXXXXXXXXXXXXXXXXX",
        "Authorization: Bearer $TOKEN",
        "Authorization: Basic ...",
        "token = request.headers.get('Authorization')",
        "def refresh(self, token: TokenInterface) -> None:",
        '{token:"comment.line.double-dash.source.rust",regex:"//!.*$"}',
        "csrf-token=" + _S(86) + "==",
        "X-XSRF-TOKEN: " + _S(40),
    ),
)

CLI_PASSWORD = SecretRule(
    name="cli_password",
    # Passwords and tokens on a command line: --password=..., --token ..., mysql -p...,
    # sshpass -p ..., docker login -p ...
    pattern=r"(?i)(?:\s--(?:password|passwd|pass|(?:proxy-)?tlspassword|token|auth-token|api-key"
    r"|apikey|secret|client-secret|access-key|secret-key|secret-access-key|account-key|sas-token"
    r"|auth-key)"
    r"(?:=|[ \t]+)"
    r"|\b(?:mysql|mysqldump|mysqladmin|mariadb|sshpass|docker login|podman login)\b"
    r"[^\n]{0,200}?[ \t]-p[ \t]?)[\"']?([^\s\"'$-][^\s\"']{5,200})",
    validate=lambda v: _generic_value(v) or _passphrase(v),
    score=0.7,
    family="generic_assignment",
    examples=(
        "mysql -u root -p" + _S(12) + " app",
        "deploy --api-key " + _S(26),
        "docker login -u ci -p '" + _S(20) + "' registry.example.com",
        "curl --cert client.pem --tlspassword " + _S(16) + " https://mtls.example.com",
    ),
    counterexamples=(
        "curl --tlspassword https://localhost",
        "mysql -u root -p app_db",
        "gh auth login --token $GH_TOKEN",
        "cli --password=<password>",
    ),
)

BASIC_AUTH_CALL = SecretRule(
    name="basic_auth_call",
    # requests.get(url, auth=("user", "...")), HTTPBasicAuth("user", "...").
    pattern=r"(?:\bauth[ \t]*=[ \t]*[(\[]|BasicAuth\()[ \t]*[\"'][^\"'\n]{1,64}[\"'][ \t]*,"
    r"[ \t]*[\"']([^\"'\n]{8,128})[\"'][ \t]*[)\]]",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    examples=("requests.get(url, auth=('admin', '" + _S(14) + "'))",),
    counterexamples=("auth=('admin', 'password')", "HTTPBasicAuth(user, password)"),
)

PGPASS_LINE = SecretRule(
    name="pgpass_line",
    # ~/.pgpass: hostname:port:database:username:password, one a line.
    pattern=r"(?m)^[ \t]*[\w.*-]+:(?:\d{2,5}|\*):[\w.*-]+:[\w.*@-]+:([^\s:]{8,200})[ \t]*$",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    examples=("db.internal:5432:app:app_user:" + _S(18),),
    counterexamples=("localhost:5432:app:app_user:changeme", "12:30:45:00:00"),
)

DOCKER_AUTH = SecretRule(
    name="docker_auth",
    # .docker/config.json and .dockerconfigjson: "auth" is base64 of "user:password".
    pattern=r"\"auth\"[ \t]*:[ \t]*\"([A-Za-z0-9+/]{12,}={0,2})\"",
    validate=_basic_credentials,
    examples=('{"auths": {"ghcr.io": {"auth": "' + _basic_example() + '"}}}',),
    counterexamples=('"auth": "' + _S(32) + '"', '"auth": "dXNlcjo="'),
)

NETRC_CREDENTIALS = SecretRule(
    name="netrc_credentials",
    pattern=r"\bmachine[ \t]+\S+[ \t\r\n]+login[ \t]+\S+[ \t\r\n]+password[ \t]+(\S{6,200})",
    validate=_not_placeholder,
    examples=("machine api.heroku.com\n  login me@example.com\n  password " + _S(32, _HEX),),
    counterexamples=("machine api.example.com login me password XXXXXXXX",),
)

BEARER_TOKEN = SecretRule(
    name="bearer_token",
    # "Bearer <token>" without the header name: logs, HTTP client code, chat messages.
    pattern=r"\bBearer[ \t]+([A-Za-z0-9._~+/=-]{20,})",
    validate=_header_value,
    family="authorization_header",
    examples=('fetch(url, {headers: {"X": "Bearer ' + _S(40, _B64URL) + '"}})',),
    counterexamples=("Bearer <token>", "Bearer YOUR_ACCESS_TOKEN_GOES_HERE"),
)

# What documentation writes where the password goes: "-u username:password", "-u user:token".
_STOCK_PASSWORD_WORDS = frozenset(
    ("password", "passwd", "pass", "pwd", "token", "secret", "apikey", "api_key", "key")
)


def _curl_password(value: str) -> bool:
    """The password half of `-u user:password` is neither a filler, a variable nor a stock word."""
    password = value.partition(":")[2].strip("\"'")
    if password.startswith(("$", "<", "{{", "%")) or password.endswith((">", "}}")):
        return False  # ${APPID}, <password>, {{ pass }}, %PASSWORD%
    if password.lower().strip("<>[]()") in _STOCK_PASSWORD_WORDS:
        return False
    return not is_placeholder(password.strip("{}"))


CURL_CREDENTIALS = SecretRule(
    name="curl_credentials",
    pattern=r"\bcurl\b[\s\S]{0,300}?\s(?:-u|--user|-U|--proxy-user)\s+[\"']?([^\s:\"'$]{0,64}[\"']?:[\"']?"
    r"[^\s\"']{3,128})",
    validate=_curl_password,
    examples=(
        "curl -u admin:" + _S(14) + " https://api.example.com",
        "curl --user roger23@example.org:pQ9wTxu4Fg https://files.example.org",
        "curl --proxy-user ops:" + _S(14) + " --proxy http://proxy:3128 https://x.example",
    ),
    counterexamples=(
        'curl -u "${_username}:${_password}"',
        'curl --user "$1:$2" "$3"',
        "curl -u username:token",
        "curl -u <user:password> https://test.com/endpoint",
        'curl -k -X POST -I -u "SRVC_JENKINS:${APPID}"',
    ),
)

CURL_API_KEY_USER = SecretRule(
    name="curl_api_key_user",
    # curl -u KEY: sends an API key as the user name with an empty password (Stripe,
    # Elasticsearch, Mailgun examples).
    pattern=r"\bcurl\b[\s\S]{0,300}?\s(?:-u|--user)\s+[\"']?([A-Za-z0-9_!@#%^&*.+/=-]{12,128}):"
    r"[\"']?(?:\s|$)",
    validate=lambda v: _random_enough(v, min_entropy=3.0) and not v.replace("_", "").isalpha(),
    family="curl_credentials",
    examples=(
        'curl -u "' + _S(10) + '!t:" https://localhost:9200',
        "curl -u sk_" + _S(24) + ": x",
    ),
    counterexamples=("curl -u username: https://x", 'curl -u "$API_KEY:" https://x'),
)

URL_QUERY_SECRET = SecretRule(
    name="url_query_secret",
    # A credential in a query string runs to the next "&": ?api_key=...&format=json,
    # jdbc:mysql://db/app?user=root&password=...&useSSL=false.
    pattern=r"(?i)[?&;](?:password|passwd|pwd|pass|secret|client_secret|token|access_token"
    r"|api[_-]?key|apikey|auth|key|sig|signature)=([^&\s\"'#<>;]{8,})",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    examples=(
        "GET /v1/items?api_key=" + _S(32) + "&format=json",
        "jdbc:mysql://db:3306/app?user=root&password=" + _S(9) + "&b&useSSL=false",
    ),
    counterexamples=("/search?key=value&token=null", "?password=${DB_PASSWORD}&ssl=true"),
)


WEBHOOK_URL = SecretRule(
    name="webhook_url",
    # Webhook URLs carry their secret in the path: Discord, Microsoft Teams (old Outlook and
    # new webhook.office.com hosts), Zapier; so do ThingsBoard device telemetry URLs and
    # Apprise's Telegram URLs (tgram://<bot token>).
    pattern=r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
    r"[A-Za-z0-9_-]{60,68}|(?:https?|coap)://(?:coap\.)?thingsboard\.cloud/api/v1/[a-z0-9]{20}"
    r"|https://(?:[a-z0-9-]+\.webhook\.office\.com/webhookb2"
    r"|outlook\.office(?:365)?\.com/webhook)/[A-Za-z0-9@-]{36,80}"
    r"/(?:IncomingWebhook|JenkinsCI)/[a-f0-9]{32}/[a-f0-9-]{36}|https://hooks\.zapier\.com/hooks/catch/\d+/"
    r"[a-z0-9]{6,}/?|tgram://\d{8,10}:[A-Za-z0-9_-]{35})",
    examples=(
        "POST https://thingsboard.cloud/api/v1/" + _S(20, _BASE62[:36]).lower() + "/telemetry",
        "https://discord.com/api/webhooks/" + _S(18, "0123456789") + "/" + _S(68, _B64URL),
        "notify: tgram://" + _S(9, "0123456789") + ":AA" + _S(33, _B64URL) + "/-1001234",
        "url: https://outlook.office.com/webhook/"
        + "-".join(_S(n, _HEX, seed="a") for n in (8, 4, 4, 4, 12))
        + "@"
        + "-".join(_S(n, _HEX, seed="b") for n in (8, 4, 4, 4, 12))
        + "/IncomingWebhook/"
        + _S(32, _HEX)
        + "/"
        + "-".join(_S(n, _HEX, seed="c") for n in (8, 4, 4, 4, 12)),
    ),
    counterexamples=(
        "https://discord.com/api/webhooks/123/abc",
        "https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry",
    ),
)
