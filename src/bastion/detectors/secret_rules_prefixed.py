"""Secrets rules for prefixed platform tokens: checksummed ones, CI/CD, cloud and data platforms,
access-key ids of HMAC keys, vendor headers and session cookies."""

from __future__ import annotations

from bastion.core.types import Severity
from bastion.detectors.secret_assigned_values import (
    _header_value,
    _prefixed_token_body,
    _sequential,
)
from bastion.detectors.secret_rules_base import _B64URL, _BASE62, _HEX, SecretRule, sample
from bastion.detectors.secret_rules_vendors import _names_vendor
from bastion.detectors.secret_validators import (
    _mixed_token,
    _random_enough,
    checksummed_example,
    crc32_base62_checksum,
)

_S = sample  # short alias keeps the table rows on one line
_UPPER_DIGITS = _BASE62[:36]


GITHUB_TOKEN_CHECKSUM = SecretRule(
    name="github_token_checksum",
    standalone=True,
    # GitHub's classic tokens (ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server,
    # ghr_ refresh) end in the base62 CRC-32 of their body: a match is a token GitHub issued,
    # not a look-alike. Tokens whose checksum fails are left to the github_token rule.
    pattern=r"\b(gh[pous]_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{76})\b",
    validate=crc32_base62_checksum,
    severity=Severity.CRITICAL,
    score=0.97,
    family="github_token",
    examples=("GH_TOKEN=" + checksummed_example("ghp_", 30), checksummed_example("ghr_", 70)),
    # A token failing the checksum is still a github_token, tested apart; here, fillers.
    counterexamples=("GH_TOKEN=ghp_" + "x" * 36, "ghp_short"),
)

VERCEL_TOKEN_CHECKSUM = SecretRule(
    name="vercel_token_checksum",
    standalone=True,
    # Vercel's tokens (vcp_ personal, vci_ integration, vca_ app access, vcr_ app refresh, vck_
    # AI Gateway) carry the same checksum after a 50-character body.
    pattern=r"\b(vc[pikar]_[A-Za-z0-9_-]{50}[A-Za-z0-9]{6})",
    validate=crc32_base62_checksum,
    severity=Severity.CRITICAL,
    score=0.97,
    family="saas_token",
    examples=(
        "export VERCEL_TOKEN=" + checksummed_example("vcp_", 50),
        "gateway key " + checksummed_example("vck_", 50, seed="gw"),
    ),
    counterexamples=("export VERCEL_TOKEN=vcp_" + "x" * 56, "vck_" + "0" * 56),
)

PLATFORM_TOKEN = SecretRule(
    name="platform_token",
    standalone=True,
    # Vercel tokens whose checksum fails (examples, truncations), MongoDB Atlas service-account
    # secrets, Google Cloud express-mode API keys, Elastic Cloud serverless keys, Bitbucket
    # Data Center HTTP tokens, CircleCI project tokens, Docker Swarm join tokens and unlock keys,
    # Databricks OAuth secrets, Cloudflare user and account API tokens, WooCommerce consumer
    # keys and secrets, ClickUp personal tokens, Buildkite API access tokens.
    pattern=r"\b(vc[pikar]_[A-Za-z0-9_-]{50}[A-Za-z0-9]{6}|mdb_sa_sk_[A-Za-z0-9_-]{40}"
    r"|AQ\.Ab8R[A-Za-z0-9_-]{46}|essu_[A-Za-z0-9+/]{88,92}={0,2}|BBDC-[A-Za-z0-9+/]{44}"
    r"|CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}|SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}"
    r"|SWMKEY-1-[A-Za-z0-9+/]{43}|dose[A-Za-z0-9_.-]{32}|cf[ua]t_[A-Za-z0-9_-]{40,64}"
    r"|c[ks]_[a-f0-9]{40}|pk_\d{6,10}_[A-Z0-9]{32}|bkua_[a-z0-9]{40})",
    validate=_mixed_token,
    severity=Severity.CRITICAL,
    family="saas_token",
    report_masked=True,
    examples=(
        "VERCEL_TOKEN=vcp_" + _S(56),
        '"atlas_sa": "mdb_sa_sk_' + _S(40, _B64URL) + '"',
        "GEMINI_API_KEY=AQ.Ab8R" + _S(46, _B64URL),
        "Authorization: ApiKey essu_" + _S(92),
        "git -c http.extraHeader='Authorization: Bearer BBDC-" + _S(44) + "'",
        "circle-token: CCIPRJ_" + _S(22) + "_" + _S(40, _HEX),
        "docker swarm join --token SWMTKN-1-"
        + _S(50, _UPPER_DIGITS).lower()
        + "-"
        + _S(25, _UPPER_DIGITS).lower()
        + " 10.0.0.1:2377",
        "swarm unlock key: SWMKEY-1-" + _S(43),
        "DATABRICKS_CLIENT_SECRET=dose" + _S(32),
        "CF_API_TOKEN=cfut_" + _S(44),
        "WC_CONSUMER_SECRET = 'cs_" + _S(40, _HEX) + "'",
        "clickup: pk_" + _S(8, "0123456789") + "_" + _S(32, _UPPER_DIGITS),
        "BUILDKITE_API_TOKEN=bkua_" + _S(40, _UPPER_DIGITS).lower(),
    ),
    counterexamples=(
        "dose_response_curve_for_the_second_trial_arm",
        "pk_12345678_" + "A" * 32,
        "cs_" + "0" * 40,
        "SWMKEY-1-<unlock-key>",
        "css_class = 'ck_" + "ab" * 20 + "'",
    ),
)

AZURE_CONTAINER_REGISTRY_PASSWORD = SecretRule(
    name="azure_container_registry_password",
    standalone=True,
    # Azure Container Registry access keys and token passwords: 52 characters with "+ACR" at
    # the 43rd, as Microsoft's secret scanning documents.
    pattern=r"([A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6})",
    validate=_mixed_token,
    severity=Severity.CRITICAL,
    family="azure_storage_key",
    examples=("docker login myreg.azurecr.io -u myreg -p " + _S(42) + "+ACR" + _S(6),),
    counterexamples=("a" * 42 + "+ACR" + "b" * 6, "see the docs on +ACR tokens"),
)

GCP_HMAC_KEY = SecretRule(
    name="gcp_hmac_key",
    standalone=True,
    # Cloud Storage HMAC keys: the access id (GOOG + 20 for user accounts, GOOG + 57 for
    # service accounts) names the key, as AKIA names an AWS key; its 40-character secret is
    # reported when written under an HMAC or Cloud Storage name. A short id may not go on
    # "GOOGL": upper-case constants (GOOGLEANALYTICS...) do.
    pattern=r"\bGOOG(?:[0-9A-Z]{57}|[0-9A-KM-Z][0-9A-Z]{19})\b"
    r"|(?i:(?:gcs|goog|hmac|storage)[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,10}[\"']?[ \t]*[:=]"
    r"[ \t]*[\"']?)([A-Za-z0-9/+]{40})\b",
    validate=lambda v: (
        _random_enough(v[-40:], min_entropy=3.5) and any(c.isdigit() for c in v[-40:])
    ),
    family="gcp_hmac_key",
    examples=(
        "access_id = GOOG1E" + _S(55, _UPPER_DIGITS),
        'GCS_HMAC_SECRET="' + _S(40, _BASE62 + "+/") + '"',
    ),
    counterexamples=(
        "GOOGLE_APPLICATION_CREDENTIALS",
        "GOOGLEANALYTICS4TRACKER2",
        "GOOG" + "A" * 20,
        "ticker GOOG closed up",
    ),
)

VENDOR_HEADER = SecretRule(
    name="vendor_header",
    # HTTP headers that carry a vendor credential under their own name: Azure API Management
    # and Functions, Google API keys, CircleCI, Datadog, JFrog, Vault, Shopify, Figma,
    # Cloudflare (origin CA and global keys), generic X-API-Token / X-Access-Token headers.
    pattern=r"(?i)\b(?:ocp-apim-subscription-key|x-functions-key|x-goog-api-key|circle-token"
    r"|dd-api-key|dd-application-key|x-jfrog-art-api|x-vault-token|x-shopify-access-token"
    r"|x-figma-token|x-auth-user-service-key|x-auth-key|x-api-token|x-access-token"
    r"|x-secret-key|x-client-secret)[\"']?[ \t]*[:=][ \t]*[\"']?([A-Za-z0-9._~+/=-]{16,})",
    validate=_header_value,
    family="authorization_header",
    examples=(
        "curl -H 'Ocp-Apim-Subscription-Key: " + _S(32, _HEX) + "' https://api.contoso.com",
        'headers: {"X-Api-Token": "' + _S(40) + '"}',
        "X-Auth-User-Service-Key: " + _S(48, _HEX),
    ),
    counterexamples=(
        "X-Access-Token: <your token>",
        "DD-API-KEY: ${DD_API_KEY}",
        "x-functions-key: function_key_from_portal",
    ),
)

SESSION_COOKIE = SecretRule(
    name="session_cookie",
    # Session cookies are bearer credentials: whoever holds one is logged in. Names of
    # frameworks' and platforms' session cookies, set to a random value.
    pattern=r"(?i)\b(?:_gitlab_session|_github_session|user_session|_session_id|laravel_session"
    r"|connect\.sid|sessionid|phpsessid|jsessionid|asp\.net_sessionid|next-auth\.session-token"
    r"|__Secure-next-auth\.session-token|_forum_session)=([A-Za-z0-9%._~+/-]{24,})",
    validate=lambda v: _header_value(v) and not _sequential(v),
    family="session_cookie",
    examples=(
        "Cookie: _gitlab_session=" + _S(32, _HEX),
        "Set-Cookie: laravel_session=eyJpdiI6" + _S(60) + "; path=/; httponly",
        "curl -b 'connect.sid=s%3A" + _S(32, _B64URL) + "." + _S(27) + "' https://app",
    ),
    counterexamples=(
        "Cookie: sessionid=<session-id>",
        "PHPSESSID=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "user_session=expired_or_missing_value",
        "user_session=0123456789abcdef0123456789abcdef",
    ),
)

OKTA_TOKEN = SecretRule(
    name="okta_token",
    # Okta API tokens: "00" and 40 URL-safe characters, beside the word Okta on the same line
    # or the line before (a Terraform variable's default). After "SSWS" the header rule has it.
    pattern=r"(?i)[\w.-]{0,20}okta[^\n]{0,60}?(?:\n[^\n]{0,60}?)?\b(00[A-Za-z0-9_-]{40})\b",
    validate=_mixed_token,
    name_ok=_names_vendor,
    family="vendor_keyword_token",
    examples=(
        'variable "okta_api_token" {\n  default = "00' + _S(40, _B64URL) + '"\n}',
        '{"okta": {\n  "apiToken": "00' + _S(40, _B64URL) + '"}}',
    ),
    counterexamples=("okta_org_id = 00" + "0" * 40, "order 00" + _S(40, _B64URL)),
)

PREFIXED_TOKEN = SecretRule(
    name="prefixed_token",
    standalone=True,
    # Vendors not in this table mostly mint tokens the same way: a short prefix naming the
    # product and kind ("ccdb1_", "abc_sk_", "XYZ-"), then 32 or more generated base62
    # characters. The body must look generated (all three classes, base62 entropy, not a
    # CamelCase name); after "/" it is a path segment, and digests' prefixes are skipped.
    # A capital prefix with a hyphen ("ORD-", "INV-", "REF-") numbers orders and invoices as
    # often as it names a token, so only underscore prefixes are taken.
    pattern=r"\b((?:[A-Za-z][A-Za-z0-9]{1,9}_(?:[A-Za-z0-9]{1,24}_){0,2})[A-Za-z0-9]{32,200})\b",
    validate=_prefixed_token_body,
    score=0.7,
    family="prefixed_token",
    examples=(
        "please rotate acme_live_" + _S(40) + " before Friday",
        "the build log printed wdg1_" + _S(22) + "_" + _S(40) + " twice",
        "qxz_" + _S(48),
    ),
    counterexamples=(
        "sha256_" + _S(48),
        "rhf_SponsoredProductsRemoteSearchExperimentClickPagination2",
        "https://cdn.example.com/assets/img_" + _S(40),
        "tmp_" + "aB3" * 12,
        "build_" + _S(40, _HEX),
        "Stripe('pk_live_" + _S(99) + "')",
        "Your order id is ORD-" + _S(36) + ".",
    ),
)

ANSIBLE_VAULT = SecretRule(
    name="ansible_vault",
    # An Ansible Vault file or !vault value: encrypted, but its holder can try passwords
    # offline, so it is redacted like a secret, at a lower severity.
    # Every line of the hex body, so redaction leaves none of the ciphertext behind.
    pattern=r"(\$ANSIBLE_VAULT;\d\.\d;AES256(?:;[\w-]{1,40})?(?:[ \t]*\r?\n[ \t]*[0-9a-f]{32,})+)",
    severity=Severity.MEDIUM,
    score=0.8,
    family="encrypted_secret",
    examples=(
        "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + _S(80, _HEX),
        "$ANSIBLE_VAULT;1.2;AES256;prod\n" + _S(80, _HEX) + "\n" + _S(80, _HEX),
    ),
    counterexamples=(
        "Files start with the header $ANSIBLE_VAULT;1.1;AES256 and hex lines.",
        "$ANSIBLE_VAULT;1.1;AES256\n<encrypted>",
    ),
)
