"""Secrets rules for private keys and JWTs, and for AWS, Google Cloud and Azure credentials."""

from __future__ import annotations

import base64
import re

from bastion.core.types import Severity
from bastion.detectors.secret_rules_base import _B64URL, _BASE62, SecretRule, sample
from bastion.detectors.secret_validators import (
    _encoded_private_key,
    _jwt,
    _jwt_example,
    _not_placeholder,
    _random_enough,
    is_placeholder,
)

_S = sample  # short alias keeps the table rows on one line


def _key_block(value: str) -> bool:
    """A key block that holds something: a BEGIN line alone (the rest cut off) counts, but
    BEGIN and END with nothing or a single word between them is a template."""
    if "-----END" not in value:
        return True
    body = value.partition("-----END")[0].split("-----")[-1]
    return len("".join(body.split())) >= 16


PRIVATE_KEY = SecretRule(
    name="private_key",
    pattern=r"(-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----"
    r"(?:[\s\S]*?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----)?"
    r"|PuTTY-User-Key-File-\d: [\s\S]*?Private-Lines: \d+"
    r"|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----)",
    severity=Severity.CRITICAL,
    validate=_key_block,
    examples=(
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + _S(60) + "\n-----END RSA PRIVATE KEY-----",
        "key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA",
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQWGBGSVV4YBDA",
        "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: key",
    ),
    counterexamples=(
        "-----BEGIN PUBLIC KEY-----\nMIIBIjAN",
        "-----BEGIN CERTIFICATE-----",
        "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----",
        "-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----",
    ),
)

PRIVATE_KEY_BASE64 = SecretRule(
    name="private_key_base64",
    # A PEM private key, base64-encoded once more (Kubernetes secrets, kubeconfig
    # client-key-data): "LS0tLS1CRUdJTi" is "-----BEGIN".
    pattern=r"\b(LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2})",
    validate=_encoded_private_key,
    severity=Severity.CRITICAL,
    family="private_key",
    examples=(
        "client-key-data: "
        + base64.b64encode(b"-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + _S(40).encode()).decode(),
    ),
    counterexamples=(
        "client-certificate-data: "
        + base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIID" + _S(40).encode()).decode(),
    ),
)

JWT = SecretRule(
    name="jwt",
    pattern=r"\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?)",
    validate=_jwt,
    examples=(f"Authorization: Bearer {_jwt_example()}",),
    counterexamples=("eyJAAAA.eyJBBB", "eyJub3Rqc29uIjp9.eyJzdWIiOiIxIn0"),
)

# A JSON Web Key with private members: "d" (RSA/EC/OKP private exponent or key), "k" (a
# symmetric key), the RSA primes, exponents and coefficient. Such short names are also query and
# page fields (`{"q": "550e8400-e29b-..."}`), so only an object that says it is a key, with its
# required "kty" member, counts; and the value found is the whole object, so redacting it leaves
# none of its private members, whatever their order (the primes "p" and "q" alone rebuild an
# RSA key).
_JWK_MEMBER = re.compile(r'"(?:d|k|p|q|dp|dq|qi)"\s*:\s*"([A-Za-z0-9_-]{20,})"')


def _jwk_private(members: str) -> bool:
    """Some private member of the key holds key material, not a placeholder."""
    return any(not is_placeholder(value) for value in _JWK_MEMBER.findall(members))


JWK_PRIVATE_KEY = SecretRule(
    name="jwk_private_key",
    pattern=r"\{([^{}]*\"kty\"\s*:\s*\"[^{}]*)",
    validate=_jwk_private,
    severity=Severity.CRITICAL,
    family="private_key",
    examples=(
        '{"kty": "OKP", "crv": "Ed25519", "d": "' + _S(43, _B64URL) + '"}',
        '{"crv": "Ed25519", "d": "' + _S(43, _B64URL) + '", "kty": "OKP", "x": "AQAB"}',
    ),
    counterexamples=(
        '{"kty": "RSA", "n": "' + _S(64, _B64URL) + '", "e": "AQAB"}',
        '{"q": "550e8400-e29b-41d4-a716-446655440000", "page": 2}',
        '[{"kty": "EC", "x": "ab"}, {"d": "' + _S(43, _B64URL) + '"}]',
        '{"kty": "oct", "k": "<your-key-here>"}',
        '{"d": "' + _S(43, _B64URL) + '", "sort": "kty"}',
    ),
)

AWS_ACCESS_KEY = SecretRule(
    name="aws_access_key",
    pattern=r"\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b",
    validate=_not_placeholder,
    examples=("aws_access_key_id = AKIA" + _S(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),),
    counterexamples=("AKIAIOSFODNN7EXAMPLE", "akia" + "z" * 16, "AKIA1234"),
    report_masked=True,
)

AWS_SECRET_KEY = SecretRule(
    name="aws_secret_key",
    pattern=r"(?i)aws[a-z0-9_ .-]{0,20}(?:secret|key)[a-z0-9_ .-]{0,20}[\"']?\s*[:=]{1,2}>?\s*"
    r"[\"']?([A-Za-z0-9/+=]{40})\b",
    validate=lambda v: _random_enough(v, min_entropy=3.5),
    severity=Severity.CRITICAL,
    examples=("aws_secret_access_key = " + _S(40),),
    counterexamples=("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",),
    report_masked=True,
)

GCP_API_KEY = SecretRule(
    name="gcp_api_key",
    pattern=r"\b(AIza[0-9A-Za-z_-]{35})",
    examples=("key=AIza" + _S(35, _B64URL),),
    counterexamples=("AIzaShort",),
)

GCP_SERVICE_ACCOUNT = SecretRule(
    name="gcp_service_account",
    pattern=r"(\"type\"\s*:\s*\"service_account\")",
    severity=Severity.CRITICAL,
    examples=('{"type": "service_account", "project_id": "demo"}',),
    counterexamples=('{"type": "authorized_user"}',),
)

AZURE_STORAGE_KEY = SecretRule(
    name="azure_storage_key",
    # Storage and Cosmos DB account keys; Service Bus and Event Hubs shared access keys.
    # App Configuration connection strings carry theirs as Secret= after an azconfig.io Id.
    pattern=r"(?i)(?:AccountKey=|SharedAccessKey=|\.azconfig\.io;Id=[^;\s]{4,40};Secret=)"
    r"([A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)",
    severity=Severity.CRITICAL,
    examples=(
        "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + _S(86) + "==",
        "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey="
        + _S(43)
        + "=",
        "Endpoint=https://shop-config.azconfig.io;Id=Ab1c-l0-s0:"
        + _S(20)
        + ";Secret="
        + _S(43)
        + "=",
    ),
    counterexamples=(
        "AccountKey=<your-key>",
        "Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx",
    ),
)

AZURE_SAS_TOKEN = SecretRule(
    name="azure_sas_token",
    # The portal writes the parameters in either order: sv= first, or sp=/st=/se= first.
    pattern=r"(?i)\b(?:sv=\d{4}-\d{2}-\d{2}|sp=[a-z]{1,20}|s[te]=\d{4}-\d{2}-\d{2})&"
    r"[^\s\"'<>]{0,300}?\bsig=([A-Za-z0-9%+/]{30,}={0,2})",
    examples=(
        "?sv=2022-11-02&ss=b&srt=co&sp=r&se=2030-01-01&sig=" + _S(44) + "%3D",
        "f.txt?sp=r&st=2024-01-01T00:00:00Z&se=2025-01-01&spr=https&sv=2022-11-02&sr=b&sig="
        + _S(43)
        + "%3D",
    ),
    counterexamples=("?sv=2022-11-02&sig=<signature>",),
)

AZURE_CLIENT_SECRET = SecretRule(
    name="azure_client_secret",
    pattern=r"([a-zA-Z0-9_~.-]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})\b",
    examples=("client_secret=" + _S(3) + "8Q~" + _S(34, _BASE62 + "_~.-"),),
    counterexamples=("~" * 40,),
)

AZURE_FUNCTION_KEY = SecretRule(
    name="azure_function_key",
    # Azure Functions take their key as ?code= in the URL.
    pattern=r"(?i)\.azurewebsites\.net/api/[^\s?\"'<>]{1,200}\?(?:[^\s\"'<>]{0,200}&)?code="
    r"([A-Za-z0-9_/+-]{30,}={0,2})",
    validate=_not_placeholder,
    family="azure_storage_key",
    examples=("https://fn.azurewebsites.net/api/hook?code=" + _S(54, _B64URL) + "==",),
    counterexamples=("https://fn.azurewebsites.net/api/hook?code=<FUNCTION_KEY>",),
)

KUBERNETES_BOOTSTRAP_TOKEN = SecretRule(
    name="kubernetes_bootstrap_token",
    # kubeadm bootstrap tokens: a 6-character id, a dot, a 16-character secret; given to
    # `kubeadm join --token` or written under a token key. The shape alone is too common.
    pattern=r"(?i)(?:--token[ =]|token[\"']?[ \t]*[:=][ \t]*[\"']?|bootstrap-token-)"
    r"([a-z0-9]{6}\.[a-z0-9]{16})\b",
    validate=_random_enough,
    family="kubernetes_token",
    examples=(
        "kubeadm join 10.0.0.5:6443 --token "
        + _S(6, _BASE62[:36]).lower()
        + "."
        + _S(16, _BASE62[:36]).lower(),
    ),
    counterexamples=("token: aaaaaa.aaaaaaaaaaaaaaaa", "kubeadm join --token <token>"),
)
