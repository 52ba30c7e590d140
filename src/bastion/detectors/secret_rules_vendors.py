"""Secrets rules for vendor tokens: by prefix, or by vendor name beside a value."""

from __future__ import annotations

import re

from bastion.core.types import Severity
from bastion.detectors.secret_assigned_values import _vendor_keyword_value
from bastion.detectors.secret_rules_base import (
    _B64URL,
    _BASE62,
    _HEX,
    NOT_VENDOR_SECRET_NAMES,
    SecretRule,
    sample,
)
from bastion.detectors.secret_validators import (
    _bastion_example,
    _mixed_token,
    _not_placeholder,
    _random_enough,
    bastion_key,
)

_S = sample  # short alias keeps the table rows on one line


GITHUB_TOKEN = SecretRule(
    name="github_token",
    # ghs_<installation>_<JWT>: the stateless installation tokens of GitHub Apps.
    pattern=r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}"
    r"|ghs_\d{1,12}_eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b",
    severity=Severity.CRITICAL,
    validate=_not_placeholder,
    examples=("token: ghp_" + _S(36), "github_pat_" + _S(82, _BASE62 + "_")),
    counterexamples=("ghp_" + "x" * 36, "ghp_short"),
    report_masked=True,
)

GITLAB_TOKEN = SecretRule(
    name="gitlab_token",
    pattern=r"\b(glpat-[A-Za-z0-9_-]{20,}|gl(?:ptt|dt|rt|soat|cbt|ffct|ft|imt)-[A-Za-z0-9_-]{20,}"
    r"|glagent-[A-Za-z0-9_-]{50,}|gloas-[A-Za-z0-9_-]{64}|GR1348941[A-Za-z0-9_-]{20,})",
    severity=Severity.CRITICAL,
    validate=_not_placeholder,
    examples=("glpat-" + _S(20, _B64URL), "GR1348941" + _S(20)),
    counterexamples=("glagent-short_one", "glpat-xxxxxxxxxxxxxxxxxxxx"),
    report_masked=True,
)

SLACK_TOKEN = SecretRule(
    name="slack_token",
    # The workspace and user ids after xoxb-/xoxp- are digits in issued tokens; documentation
    # and other scanners also write them in hex or base62, which is as much a token shape.
    pattern=r"\b(xox[abcposre]-(?:\d-)?\d{6,}-[A-Za-z0-9-]{8,}|xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9-]{30,}"
    r"|xapp-\d-[A-Z0-9]{9,}-\d{6,}-[a-z0-9]{32,}"
    r"|xox[abposr]-[0-9A-Za-z]{6,15}-[0-9A-Za-z]{6,15}-[A-Za-z0-9]{20,})",
    validate=_not_placeholder,
    examples=(
        "xoxb-" + _S(12, _HEX[:10]) + "-" + _S(13, _HEX[:10]) + "-" + _S(24),
        "SLACK_BOT_TOKEN=xoxb-" + _S(8, _HEX) + "-" + _S(12) + "-" + _S(32),
    ),
    counterexamples=(
        "xoxb-12345-abcd234",
        "xoxe-1-xxx",
        "xoxb-Slack_BOT_TOKEN",
        "xoxb-your-bot-token-goes-here",
    ),
    report_masked=True,
)

SLACK_WEBHOOK = SecretRule(
    name="slack_webhook",
    pattern=r"(https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,})",
    examples=("https://hooks.slack.com/services/T0" + _S(8) + "/B0" + _S(8) + "/" + _S(24),),
    counterexamples=("https://hooks.slack.com/services/",),
)

STRIPE_KEY = SecretRule(
    name="stripe_key",
    pattern=r"\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,})\b",
    severity=Severity.CRITICAL,
    validate=_not_placeholder,
    examples=("STRIPE_KEY=sk_live_" + _S(24), "rk_live_" + _S(24)),
    counterexamples=("pk_live_" + _S(24), "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
    report_masked=True,
)

OPENAI_API_KEY = SecretRule(
    name="openai_api_key",
    pattern=r"\b(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}"
    r"|sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,})",
    severity=Severity.CRITICAL,
    validate=_not_placeholder,
    examples=("sk-" + _S(20) + "T3BlbkFJ" + _S(20), "sk-proj-" + _S(64, _B64URL)),
    counterexamples=("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-1234"),
    report_masked=True,
)

OPENAI_API_KEY_PLAIN = SecretRule(
    name="openai_api_key_plain",
    standalone=True,
    # Keys written before the T3BlbkFJ marker, and look-alike "sk-" keys of other LLM APIs.
    pattern=r"\b(sk-[A-Za-z0-9]{48}|sk-[a-f0-9]{32})",
    validate=_mixed_token,
    family="openai_api_key",
    examples=("OPENAI_API_KEY=sk-" + _S(48), 'api_key="sk-' + _S(32, _HEX) + '"'),
    counterexamples=("sk-" + "a1" * 24, "sk-" + _S(40)),
)

ANTHROPIC_API_KEY = SecretRule(
    name="anthropic_api_key",
    # API and admin keys end in "AA"; Claude Code's OAuth access (oat) and refresh (ort) tokens
    # are shorter and need not.
    pattern=r"\b(sk-ant-(?:api|admin|oat|sid)\d\d-[A-Za-z0-9_-]{80,120}AA"
    r"|sk-ant-o[ar]t\d\d-[A-Za-z0-9_-]{40,200})\b",
    severity=Severity.CRITICAL,
    # The fixed "AA" tail is check enough; the OAuth tokens must not be a filler.
    validate=lambda v: v.endswith("AA") or _not_placeholder(v),
    examples=(
        "sk-ant-api03-" + _S(93, _B64URL) + "AA",
        "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-" + _S(64, _B64URL),
    ),
    counterexamples=(
        "sk-ant-api03-" + _S(93, _B64URL) + "BB",
        "sk-ant-short",
        "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-your-oauth-token-from-claude-setup-token",
    ),
)

TWILIO_KEY = SecretRule(
    name="twilio_key",
    pattern=r"\b((?:AC|SK)[a-z0-9]{32})\b",
    validate=lambda v: len(set(v[2:])) > 1,
    examples=("TWILIO_API_KEY=SK" + _S(32, _HEX),),
    counterexamples=("SK" + "0" * 32,),
    report_masked=True,
)

SENDGRID_KEY = SecretRule(
    name="sendgrid_key",
    pattern=r"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b",
    severity=Severity.CRITICAL,
    examples=("SG." + _S(22, _B64URL) + "." + _S(43, _B64URL),),
    counterexamples=("AG." + _S(22, _B64URL) + "." + _S(43, _B64URL),),
)

NPM_TOKEN = SecretRule(
    name="npm_token",
    pattern=r"\b(npm_[A-Za-z0-9]{36})\b|//registry\.npmjs\.org/:_authToken=\s*([A-Za-z0-9-]{36,})",
    severity=Severity.CRITICAL,
    validate=_not_placeholder,
    examples=("npm_" + _S(36), "//registry.npmjs.org/:_authToken=" + _S(36, _HEX + "-")),
    counterexamples=("npm_short", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
    report_masked=True,
)

PYPI_TOKEN = SecretRule(
    name="pypi_token",
    pattern=r"\b(pypi-AgE[A-Za-z0-9_-]{50,})",
    severity=Severity.CRITICAL,
    examples=("password = pypi-AgEIcHlwaS5vcmc" + _S(70, _B64URL),),
    counterexamples=("pypi-AgE",),
)

BASTION_API_KEY = SecretRule(
    name="bastion_api_key",
    pattern=r"\b(bst_[0-9A-Za-z]{48})\b",
    validate=bastion_key,
    severity=Severity.CRITICAL,
    examples=(f"X-API-Key: {_bastion_example()}",),
    counterexamples=(_bastion_example()[:-1] + "0", "bst_" + "a" * 48),
)

SAAS_TOKEN = SecretRule(
    name="saas_token",
    standalone=True,
    # Vendor tokens with a distinctive prefix (Hugging Face, Notion, Sourcegraph, Sentry,
    # Databricks, Grafana, Vault, Heroku, Okta-less age keys, 1Password, Fly.io, Perplexity,
    # Infracost, Scalingo, Atlassian, Square, Shopify, DigitalOcean, Doppler, Linear,
    # Postman, Pulumi, Mailgun, Telegram bots, Facebook page tokens, OpenShift, Cloudflare,
    # Segment public API tokens, TeamCity tokens with their fixed {"typ": "TCV2"} header).
    pattern=r"\b(hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}|ntn_\d{11}[A-Za-z0-9]{32,35}"
    r"|sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[A-Fa-f0-9]{40}|sgp_[A-Za-z0-9]{64}"
    r"|eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48}"
    r"|sntrys_eyJ[A-Za-z0-9+/=_-]{50,}|dapi[a-f0-9]{32}(?:-\d)?|glc_[A-Za-z0-9+/]{32,}={0,2}"
    r"|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|hv[sbr]\.[A-Za-z0-9_-]{24,}|HRKU-AA[0-9a-zA-Z_-]{58}"
    r"|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|ops_eyJ[A-Za-z0-9+/=]{200,}"
    r"|fo1_[A-Za-z0-9_-]{43}|pplx-[A-Za-z0-9]{48}"
    r"|ico-[A-Za-z0-9]{32}|tk-us-[A-Za-z0-9_-]{48}|ATATT3[A-Za-z0-9_=-]{180,}"
    r"|sq0(?:atp|csp)-[0-9A-Za-z_\\-]{22,43}|EAAA[A-Za-z0-9_-]{60}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
    r"|do[por]_v1_[a-f0-9]{64}|dp\.(?:pt|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}"
    r"|dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}|lin_api_[A-Za-z0-9]{40}"
    r"|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|pul-[a-f0-9]{40}"
    r"|\d{8,10}:AA[A-Za-z0-9_-]{32,33}|EAA[A-Za-z0-9]{90,}|sha256~[A-Za-z0-9_-]{43}"
    r"|[0-9a-f]{32}-us\d{1,2}|\d{15,16}\|[A-Za-z0-9_-]{27}|fm\d[a-z]?_[A-Za-z0-9+/=_-]{100,}"
    r"|v1\.0-[a-f0-9]{24,64}-[a-f0-9]{128,146}(?:-[a-f0-9]{64})?|s-s4t2(?:ud|af)-[a-f0-9]{64}|[A-Za-z0-9]{14}\.atlasv1\."
    r"[A-Za-z0-9_=-]{60,70}|ABSK[A-Za-z0-9+/]{100,}={0,2}|bedrock-api-key-[A-Za-z0-9+/=]{20,}"
    r"|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})",
    validate=_not_placeholder,
    examples=(
        "HF_TOKEN=hf_" + _S(34, _BASE62[10:]),
        "ntn_" + _S(11, "0123456789") + _S(32),
        "DOPPLER_TOKEN=dp.st.prd." + _S(43),
        "dp.audit." + _S(44),
        '"token": "sgp_' + _S(64) + '"',
        "value=eyJ0eXAiOiAiVENWMiJ9." + _S(36, _B64URL) + "." + _S(48, _B64URL),
    ),
    counterexamples=("hf_" + "x" * 34, "hf_token"),
    report_masked=True,
)

SAAS_TOKEN_MORE = SecretRule(
    name="saas_token_more",
    standalone=True,
    # More vendor prefixes: Figma, New Relic, PlanetScale, RubyGems, Sentry user tokens,
    # Replicate, Groq, xAI, Google OAuth client secrets and access tokens, Stripe webhook
    # secrets, SonarQube, Dropbox short-lived tokens, Notion integration secrets, New Relic
    # license, admin, query and REST keys, Pixie API and deploy keys, NuGet and crates.io keys,
    # Django secret keys as startproject generates them.
    pattern=r"\b(figd_[A-Za-z0-9_-]{40,}|NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}"
    r"|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64}|rubygems_[a-f0-9]{48}|sntryu_[a-f0-9]{64}"
    r"|r8_[A-Za-z0-9]{37}|gsk_[A-Za-z0-9]{52}|xai-[A-Za-z0-9]{80}|GOCSPX-[A-Za-z0-9_-]{28}"
    r"|ya29\.[A-Za-z0-9_-]{30,}|whsec_[A-Za-z0-9+/]{32,}|sq[pua]_[a-f0-9]{40}"
    r"|sl\.(?:u\.)?[A-Za-z0-9_-]{130,}|secret_[A-Za-z0-9]{43}"
    r"|[A-Za-z0-9]{6}[a-f0-9]{30}NRAL|NRAA-[a-f0-9]{27}|NRIQ-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}"
    r"|px-(?:api|dep)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
    r"|oy2[a-z0-9]{43}|cio[A-Za-z0-9]{32}|django-insecure-[a-z0-9!@#$%^&*(=+)_-]{40,60})",
    validate=_not_placeholder,
    family="saas_token",
    report_masked=True,
    examples=(
        "FIGMA_TOKEN=figd_" + _S(40, _B64URL),
        "NRAK-" + _S(27, _BASE62[:36]),
        "gsk_" + _S(52),
        "GOCSPX-" + _S(28, _B64URL),
        "license_key: " + _S(6, _BASE62[:36]) + _S(30, _HEX) + "NRAL",
        "NRRA-" + _S(42, _HEX),
        "nuget push pkg.nupkg oy2" + _S(43, _BASE62[:36]).lower() + " -Source nuget.org",
        "CARGO_REGISTRY_TOKEN=cio" + _S(32),
        "SECRET_KEY = 'django-insecure-"
        + _S(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")
        + "'",
        "PX_API_KEY=px-api-" + "-".join(_S(n, _HEX, seed="px") for n in (8, 4, 4, 4, 12)),
    ),
    counterexamples=(
        "figd_short",
        "gsk_" + _S(20),
        "secret_sauce",
        "license_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL",
        "px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5",
    ),
)

SAAS_TOKEN_RANDOM = SecretRule(
    name="saas_token_random",
    standalone=True,
    # Prefixed tokens whose body must look random: Mapbox secret tokens, Alibaba and Tencent
    # Cloud key ids, Supabase, Docker Hub, Netlify, CircleCI, Contentful, Pinecone,
    # OpenRouter, Brevo, Resend, Airtable, Linear OAuth, Hugging Face, Vault (short form),
    # Mailgun, Telegram bots without the AA marker, Braintree, Firebase Cloud Messaging server
    # keys, Google OAuth refresh tokens, new-style Azure DevOps PATs and other 84-character
    # Azure keys (the JQQJ9x signature), Dropbox long-lived and Twitter bearer tokens,
    # Salesforce sessions, Bitbucket app passwords, Yandex, Dynatrace,
    # Shippo, EasyPost, Flutterwave, Frame.io, Adafruit, Prefect, ReadMe, Clojars, Duffel,
    # Typeform, Matrix, Tailscale, LangSmith, Fireworks, NVIDIA and ElevenLabs keys; Tavily,
    # Firecrawl, Jina, Dependency-Track, StackHawk, Render, Adobe client secrets, HubSpot private
    # app tokens, Plaid access tokens, Harness personal and service account tokens.
    pattern=r"\b([st]k\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}|LTAI[A-Za-z0-9]{12,20}"
    r"|AKID[A-Za-z0-9]{13,40}|sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,}"
    r"|dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}|nfp_[A-Za-z0-9]{36}|CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}"
    r"|CFPAT-[A-Za-z0-9_-]{43}|pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}|sk-or-v1-[a-f0-9]{64}"
    r"|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}"
    r"|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|lin_oauth_[a-f0-9]{64}|hf_[A-Za-z0-9]{34,40}"
    r"|hv[sbr]\.[A-Za-z0-9_-]{24,}|key-[a-z0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"
    r"|\d{8,10}:[A-Za-z0-9_-]{35}|access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}"
    r"|AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,}|1//0[A-Za-z0-9_-]{40,}"
    r"|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{3}AZDO[A-Za-z0-9]{4}"
    r"|[A-Za-z0-9]{52}JQQJ\d\d[A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4,5}"
    r"|[A-Za-z0-9]{52,53}JQQJ9[A-Za-z0-9][A-Za-z0-9]{22,26}|[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}"
    r"|A{20,22}[A-Za-z0-9%]{30,}|00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{80,}|ATBB[A-Za-z0-9_=.-]{32,}"
    r"|AQVN[A-Za-z0-9_-]{35,38}|dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}|shippo_(?:live|test)_[a-f0-9]{40}"
    r"|EZ[AT]K[a-z0-9]{54}|FLWSECK(?:_TEST)?-[a-h0-9]{32}-X|fio-u-[A-Za-z0-9_=-]{64}"
    r"|aio_[A-Za-z0-9]{28}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|CLOJARS_[a-z0-9]{60}"
    r"|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|tfp_[A-Za-z0-9_.=-]{59}|syt_[A-Za-z0-9]+_[A-Za-z0-9]{20}"
    r"_[A-Za-z0-9]{6}|tskey-(?:api|auth|client)-[A-Za-z0-9]{10,}-[A-Za-z0-9]{20,}"
    r"|lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}|fw_[A-Za-z0-9]{24}|nvapi-[A-Za-z0-9_-]{64}"
    r"|sk_[a-f0-9]{48}|tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}|fc-[a-f0-9]{32}|jina_[A-Za-z0-9_-]{60,64}"
    r"|odt_[A-Za-z0-9]{32}|hawk\.[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{20}|rnd_[A-Za-z0-9]{32}"
    r"|p8e-[A-Za-z0-9]{32}|pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
    r"|access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}"
    r"-[a-f0-9]{12}|[ps]at\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})",
    validate=_mixed_token,
    family="saas_token",
    report_masked=True,
    examples=(
        "MAPBOX_TOKEN=sk.eyJ1Ijoi" + _S(10) + "IiwiYSI6I" + _S(24, _B64URL) + "." + _S(22),
        "access_key_id: LTAI" + _S(16),
        "AZURE_AI_KEY=" + _S(52) + "JQQJ99" + _S(26),
        "pat: " + _S(52) + "JQQJ99" + _S(18) + "AZDO" + _S(4),
        'SecretId="AKID' + _S(32) + '"',
        "<token>dckr_pat_" + _S(27) + "</token>",
        "key-" + _S(32, _HEX[:10] + "abcdefghijklmnopqrstuvwxyz"),
        "bot " + _S(10, _HEX[1:10]) + ":" + _S(35, _B64URL),
        "DT_API_TOKEN=dt0c01." + _S(24, _BASE62[:36]) + "." + _S(64, _BASE62[:36]),
        "tskey-auth-" + _S(12) + "-" + _S(30),
        "TAVILY_API_KEY=tvly-dev-" + _S(32),
        "firecrawl = FirecrawlApp(api_key='fc-" + _S(32, _HEX) + "')",
        "Authorization: Bearer pat-na1-"
        + "-".join(_S(n, _HEX, seed="hs") for n in (8, 4, 4, 4, 12)),
        "plaid: access-production-" + "-".join(_S(n, _HEX, seed="pl") for n in (8, 4, 4, 4, 12)),
        "x-api-key: pat." + _S(22, _B64URL) + "." + _S(24) + "." + _S(20),
    ),
    counterexamples=(
        "LTAI" + "x" * 16,
        "key-" + "a" * 32,
        "pk.eyJ1Ijoi" + _S(10) + "IiwiYSI6I" + _S(24, _B64URL) + "." + _S(22),
        "hf_" + "ab12" * 9,
        "tvly-YOUR_API_KEY_GOES_HERE_1234",
        "access-sandbox-00000000-0000-0000-0000-000000000000",
        "fc-" + "0" * 32,
    ),
)

ARTIFACTORY_TOKEN = SecretRule(
    name="artifactory_token",
    # JFrog: API keys (AKCp + 69), reference tokens (base64 "reftkn"), and the shorter
    # AKC.../AP[0-9A-F]... keys and encrypted passwords of older Artifactory releases.
    pattern=r"(?:^|[\s=:\"'`])(AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56}|AKC[A-Za-z0-9]{10,}"
    r"|AP[0-9A-F][A-Za-z0-9]{8,})\b",
    validate=lambda v: _random_enough(v, min_entropy=3.0),
    report_masked=True,
    examples=("X-JFrog-Art-Api: AKCp" + _S(69), "artifactory_password=AP6" + _S(20)),
    counterexamples=("APACHE", "AKC" + _S(5), "APPLICATIONS"),
)

DISCORD_BOT_TOKEN = SecretRule(
    name="discord_bot_token",
    pattern=r"\b([A-Z][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38})\b",
    validate=lambda v: _random_enough(v, min_entropy=4.0),
    examples=("DISCORD_TOKEN=M" + _S(25) + "." + _S(6) + "." + _S(27),),
    counterexamples=("MZ1yGvKTj0rY0cV8i47CjAa.uHQPq.Xb1Mk2nEhe-4icrGOuegj57zMC",),
)

# Vendors whose keys have no prefix of their own (Datadog, Okta, Sumo Logic, SonarQube,
# Sourcegraph, MessageBird, Mistral, Cohere, Fastly, Cloudflare API tokens, Snyk, ...).
_VENDOR_NAMES = (
    r"datadog|\bdd[_-](?:api|app)|okta|sumo(?:logic)?|sonar|sourcegraph|messagebird"
    r"|message[_-]bird|mistral|cohere|\bco_api|fastly|cloudflare|\bcf_api|snyk|newrelic"
    r"|new_relic|mailgun|sendinblue|brevo|algolia|airtable|asana|bitbucket|circleci|codecov"
    r"|contentful|dynatrace|freshdesk|intercom|launchdarkly|lob_|mapbox|pagerduty|rollbar"
    r"|segment|twitch|twitter|typeform|zendesk|clickup|confluent|netlify|vercel|render_"
    r"|supabase|pinecone|openrouter|anyscale|together|fireworks|deepseek|voyage|jina"
    r"|twilio|heroku|sentry|telegram|discord|alibaba|aliyun|tencent|linode|postmark|azure"
    r"|devops|atlassian|jira|facebook|dropbox|hubspot|paypal|braintree|plaid|firebase"
    r"|cloudinary|elastic|openai|anthropic|gemini|huggingface|mongodb|databricks|mailchimp"
    r"|mailjet|sparkpost|mandrill|nexmo|vonage|plivo|splunk|honeycomb|bugsnag|auth0|clerk"
    r"|onesignal|razorpay|paystack|adyen|coinbase|binance|infura|alchemy|etherscan|mapbox"
    r"|pulumi|grafana|terraform|\btfe_|doppler|netlify|linkedin|zoom|travis|ibm_?cloud|ngrok"
    r"|wandb|railway|salesforce|sinch|shippo|easypost|frameio|assemblyai|elevenlabs|sendgrid"
    r"|jenkins|teamcity|gitea|gogs|argocd|portainer|rancher|buildkite|bitrise|appveyor|octopus"
    r"|kagi|tavily|firecrawl|serpapi|exa_api|browserless|scrapingbee|zenrows|apify|jfrog"
    r"|artifactory|bintray|digitalocean|vultr|hetzner|scaleway|groq|replicate|perplexity"
    r"|planetscale|upstash|pusher|shopify|woocommerce|klaviyo|pipedrive|trello|figma"
    r"|docusign|instagram|spotify|webex|keycloak|onelogin|opsgenie|browserstack|saucelabs"
    r"|sauce_|lambdatest|confluence|bitrise|couchbase|capella|amplitude|codeclimate"
    r"|cc_test_reporter|agora|airbrake|aiven"
)
_VENDOR_WORD = re.compile(_VENDOR_NAMES, re.IGNORECASE)


def _names_vendor(name: str) -> bool:
    """The vendor's name is a word of the variable name, not letters inside other words:
    "sumoAccessKey", "DD_API_KEY", "myOktaToken" and "mysendgridkey" name a vendor; "sumObj"
    and "rookTable" do not (the match starts inside a word, or ends inside a capitalised one)."""
    camel = any(c.isupper() for c in name) and any(c.islower() for c in name)
    for found in _VENDOR_WORD.finditer(name):
        start, end, word = found.start(), found.end(), found.group()
        before = name[start - 1] if start else " "
        after = name[end] if end < len(name) else " "
        if before.islower() and word[0].islower() and camel:
            continue  # "rookTable": inside a lower-case word of a camelCase name
        if word[-1].isupper() and after.islower() and any(c.islower() for c in word):
            continue  # "sumObj": the match ends inside the capitalised word "Obj"
        return True
    return False


VENDOR_KEYWORD_TOKEN = SecretRule(
    name="vendor_keyword_token",
    # Vendors whose keys have no prefix of their own (Datadog, Okta, Sumo Logic, SonarQube,
    # Sourcegraph, MessageBird, Mistral, Cohere, Fastly, Cloudflare API tokens, Snyk, ...):
    # the vendor's name in the variable, an assignment, and a random-looking value.
    pattern=r"(?i)[\w.-]{0,20}(?:" + _VENDOR_NAMES + r")"
    r"[\w.-]{0,25}[\"']?\]?[ \t]*(?:=|:|:=|::=|:::=|\?=|=>)[ \t]*[\"'`]?"
    r"([A-Za-z0-9_=+/.-]{14,100})",
    name_ok=_names_vendor,
    validate=_vendor_keyword_value,
    score=0.75,
    not_after=NOT_VENDOR_SECRET_NAMES,
    examples=(
        "DD_API_KEY=" + _S(32, _HEX),
        'SONAR_LOGIN := "' + _S(40, _HEX) + '"',
        "sumo_access_id = 'su" + _S(12) + "'",
        "-H 'Jenkins-Crumb:" + _S(32, _HEX) + "'",
        "GITEA_TOKEN=" + _S(40, _HEX),
        "KAGI_API_KEY='" + _S(11, _B64URL) + "." + _S(43, _B64URL) + "'",
        "DIGITALOCEAN_ACCESS_TOKEN=" + _S(64, _HEX),
        "CC_TEST_REPORTER_ID: " + _S(64, _HEX),
        "agora.app_certificate=" + _S(32, _HEX),
    ),
    counterexamples=(
        "okta_domain = dev-123.okta.com",
        'sonar.projectKey = "my-project"',
        "AZURE_TENANT_ID=" + _S(8, _HEX) + "-4f1a-9c3b-" + _S(12, _HEX),
        "AZURE_RESOURCE_GROUP=rg-prod-01",
        "JENKINS_USER=ci-admin-edit-view",
        "MAPBOX_PUBLIC_TOKEN=pk.eyJ1Ijoi" + _S(40, _B64URL),
        "TRELLO_BOARD_ID=" + _S(24, _HEX),
        "AGORA_CHANNEL=support-room-2",
        "sumOfExposures = " + _S(40) + ";",
        "rookTable = 00" + _S(40),
    ),
)

VAULT_TOKEN = SecretRule(
    name="vault_token",
    # Vault service, batch and recovery tokens before 1.10 (s., b., r. and 24 or more).
    pattern=r"(?i)(?:vault|token)[^\n]{0,20}?\b([sbr]\.[A-Za-z0-9]{24,100})\b",
    # A random body has digits; a method call after a variable ("b.removeObservers") has none.
    validate=lambda v: _random_enough(v, min_entropy=3.5) and any(c.isdigit() for c in v[2:]),
    examples=("VAULT_TOKEN=s." + _S(24), 'VAULT_CLIENT_TOKEN="b.' + _S(26) + '"'),
    counterexamples=("token: s.xxxxxxxxxxxxxxxxxxxxxxxx", "token.b.removeTransientObservers()"),
    report_masked=True,
)
