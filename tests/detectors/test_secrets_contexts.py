"""Vendor tokens and assigned secrets are found in every syntax they are written in, and the
look-alikes that sit beside them in the same files (digests, ids, public keys, references) are
not. Values are generated (`secret_rules.sample`), never real."""

from __future__ import annotations

import base64

import pytest

from bastion.core.types import Subject
from bastion.detectors import secret_rules
from bastion.detectors.secrets import secrets_check

CHECK = secrets_check()
S = secret_rules.sample
B64URL = secret_rules._B64URL
HEX = secret_rules._HEX


def found(text: str) -> bool:
    return any(f.score > secret_rules.MASKED_SCORE for f in CHECK(Subject(text)))


TOKENS = {
    "aws_access_key": "AKIA" + S(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed="ctx"),
    "github": "ghp_" + S(36, seed="ctx"),
    "gitlab": "glpat-" + S(20, B64URL, seed="ctx"),
    "stripe": "rk_live_" + S(34, seed="ctx"),
    "openai": "sk-proj-" + S(64, B64URL, seed="ctx"),
    "openai_plain": "sk-" + S(48, seed="ctx"),
    "google": "AIza" + S(35, B64URL, seed="ctx"),
    "sendgrid": "SG." + S(22, B64URL, seed="ctx") + "." + S(43, B64URL, seed="ctx"),
    "mapbox": "sk.eyJ1Ijoi"
    + S(12, seed="ctx")
    + "IiwiYSI6I"
    + S(24, B64URL, seed="ctx")
    + ".x"
    + S(21, seed="ctx"),
    "alibaba": "LTAI" + S(20, seed="ctx"),
    "tencent": "AKID" + S(32, seed="ctx"),
    "supabase": "sbp_" + S(40, HEX, seed="ctx"),
    "docker": "dckr_pat_" + S(27, seed="ctx"),
    "vault": "hvs." + S(24, seed="ctx"),
    "huggingface": "hf_" + S(34, seed="ctx"),
    "telegram": "7" + S(9, "0123456789", seed="ctx") + ":" + S(35, B64URL, seed="ctx"),
    "mailgun": "key-" + S(32, "0123456789abcdefghijklmnopqrstuvwxyz", seed="ctx"),
    "google_oauth": "GOCSPX-" + S(27, B64URL, seed="ctx") + "-",
}
CONTEXTS = (
    "{v}",
    "API_TOKEN={v}",
    'export TOKEN="{v}"',
    '{{"credential": "{v}"}}',
    "credential: {v}",
    "const k = '{v}';",
    "<value>{v}</value>",
    "Here is the value {v}, can you check it?",
    "- name: CREDENTIAL\n  value: {v}",
)


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("vendor", sorted(TOKENS))
def test_vendor_token_is_found_in_every_syntax(vendor, context):
    assert found(context.format(v=TOKENS[vendor]))


PASSWORD = "Tr0ub4dor&" + S(4, seed="ctx")
ASSIGNED = (
    f'DB_PASS="{PASSWORD}"',
    f"DB_PASS={PASSWORD}",
    f'"client_secret": "{PASSWORD}"',
    f"auth_token: {S(32, seed='ctx')}",
    f"private_key = '{S(64, HEX, seed='ctx')}'",
    f"  <dbPassword>{PASSWORD}</dbPassword>",
    f'<add key="SmtpPassword" value="{PASSWORD}" />',
    f"[database]\npassword = {PASSWORD}",
    f'os.environ["DB_PASSWORD"] = "{PASSWORD}"',
    f"- name: POSTGRES_PASSWORD\n  value: {PASSWORD}",
    f"Server=db;Database=app;User Id=sa;Password={PASSWORD};",
    f"jdbc:postgresql://db/app?user=app&password={PASSWORD}&ssl=true",
    f"redis://:{PASSWORD}@cache:6379/0",
    f"mysql -u root -p{PASSWORD} app",
    f"requests.get(url, auth=('admin', '{PASSWORD}'))",
    f"db.internal:5432:app:app_user:{PASSWORD}",
    "ENCRYPTION_KEY=base64:" + base64.b64encode(S(32, seed="ctx").encode()).decode(),
    '{"body": "{\\"api_key\\": \\"' + S(24, seed="ctx") + '\\"}"}',
    "tls.key: "
    + base64.b64encode(b"-----BEGIN PRIVATE KEY-----\nMIIEvQ" + S(48, seed="k").encode()).decode(),
    "2024-05-01 DEBUG sending Bearer " + S(40, B64URL, seed="ctx"),
)


@pytest.mark.parametrize("text", ASSIGNED)
def test_assigned_secret_is_found_in_every_syntax(text):
    assert found(text)


LOOK_ALIKES = (
    f"commit {S(40, HEX, seed='sha')}",
    f'checksum = "{S(64, HEX, seed="sha")}"',
    f'"cacheKey": "{S(40, HEX, seed="sha")}"',
    f'"integrity": "sha512-{base64.b64encode(S(64, seed="sri").encode()).decode()}"',
    "id: 3f2b8c1e-4a5d-4e6f-9a7b-0c1d2e3f4a5b",
    "AZURE_TENANT_ID=3f2b8c1e-4a5d-4e6f-9a7b-0c1d2e3f4a5b",
    f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{S(43, seed='pub')} deploy@ci",
    f'"publicKey": "{S(44, seed="pub")}"',
    f"STRIPE_PUBLISHABLE_KEY=pk_live_{S(24, seed='pub')}",
    f"MAPBOX_PUBLIC_TOKEN=pk.eyJ1Ijoi{S(40, B64URL, seed='pub')}",
    "API_KEY=your_api_key_here",
    "OPENAI_API_KEY=<API_KEY>",
    'api_key: "${API_KEY}"',
    'password = os.environ["DB_PASSWORD"]',
    "password: ********",
    "token = request.headers.get('Authorization')",
    "Click here to reset your password.",
    "secretName: tls-cert-2024",
    'private_key_file = "~/.ssh/id_rsa"',
    'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbC123"',
    'PASSWORD_REGEX = r"^(?=.*[A-Z])(?=.*\\d).{12,}$"',
    'api_key_header = "X-API-Key"',
    f'{{"items": [], "nextPageToken": "{S(40, B64URL, seed="page")}"}}',
    f'<input type="hidden" name="csrf_token" value="{S(40, B64URL, seed="csrf")}">',
    "ACCESS_KEY: AbCdEF123",
    "https://api.github.com/repos/org/repo/pulls",
    # a vendor prefix inside a longer base64 run is part of the blob
    "data:font/woff2;base64,AAAB/EAAA" + S(60, seed="blob") + "+" + S(40, seed="blob"),
    "password VARCHAR(255) NOT NULL,",
    "private_key: PKCS7PrivateKeyTypes,",
    'user = User(username="scolvin", password="password1")',
)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_a_secret(text):
    assert not found(text)


def test_name_filter_applies_to_the_name_not_the_value():
    value = S(40, seed="name")
    assert found(f'"apiKey": "{value}"')
    assert not found(f'"publicKey": "{value}"')
    # a value that merely contains a filtered word is still reported
    assert found(f'"apiKey": "public{value}"')


@pytest.mark.parametrize(
    ("value", "expected"),
    [("AbCdEF123", True), ("12345678-abcd", True), (S(20, seed="seq"), False)],
)
def test_values_typed_in_sequence(value, expected):
    assert secret_rules._sequential(value) is expected


def test_tokens_on_consecutive_lines_are_each_found():
    first, second = "LTAI" + S(16, seed="one"), "LTAI" + S(16, seed="two")
    findings = CHECK(Subject(f"{first}\n{second}\n"))
    assert len([f for f in findings if f.code == "secret.saas_token"]) == 2
