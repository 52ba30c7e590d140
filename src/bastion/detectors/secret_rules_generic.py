"""Secrets rules for values assigned to password-like names in code, config, markup and prose."""

from __future__ import annotations

from bastion.detectors.secret_assigned_values import (
    _generic_bare_value,
    _generic_value,
    _long_random_value,
    _passphrase,
    _password_like,
    _password_literal,
    _prose_random_token,
    _quoted_password,
    _strong_token,
)
from bastion.detectors.secret_rules_base import (
    _BASE62,
    _HEX,
    NOT_SECRET_NAMES,
    SecretRule,
    sample,
)

# `_key` names that are database, storage or UI keys.
_NOT_KEY_NAMES = (
    "primary",
    "foreign",
    "object",
    "s3_",
    "redis",
    "lookup",
    "route",
    "feature",
    "hot",
    "shortcut",
    "row_",
    "dict",
    "map_key",
    "group",
    "sort",
    "unique",
    "composite",
    "index",
    "translation",
    "label",
    "storage_key",
    # The same names written with a space ("row key", "s3 key") in prose and YAML comments.
    "s3 ",
    "row ",
    "map key",
    "storage key",
)

# Names of password-like variables in any case and syntax; `[A-Z]..._KEY` and `xKey` catch
# vendor-named keys (STRIPE_KEY, appKey) that the words alone miss.
_KEYWORD_NAMES = (
    r"(?:password|passwd|passphrase|pwd|pass|secret|token|api[_.-]?key|apikey|access[_.-]?key"
    r"|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|_creds?\b|_auth\b|_pat\b"
    r"|(?:master|signing|encryption|session|hmac|jwt|license|storage|account|app)[_.-]?key"
    r"|(?-i:[A-Z][A-Z0-9]*_KEY)|[a-z]Key)"
)

_S = sample  # short alias keeps the table rows on one line


GENERIC_CALL = SecretRule(
    name="generic_call",
    # A secret passed to a setter or a lookup with a default: secret("..."),
    # getKey("..."), GetEnvOrDefault("api_token", "...").
    pattern=r"(?i)[\w.-]{0,30}(?:(?:password|passwd|secret|token|api[_.-]?key|apikey"
    r"|credentials?)[a-z0-9_.]{0,20}|(?-i:[a-z]Key)|(?-i:[A-Z][A-Z0-9]*_(?:KEY|SALT)))"
    r"[\"']?[ \t]*\([ \t]*[\"'`]([^\"'\n]{8,200})[\"'`][ \t]*[),]",
    validate=lambda v: _generic_value(v) and not v.replace("_", "").isalpha(),
    not_after=NOT_SECRET_NAMES,
    score=0.65,
    family="generic_assignment",
    examples=(
        'setSecret("' + _S(24) + '")',
        "define( 'SECURE_AUTH_KEY', '" + _S(40, _BASE62 + "!@#$%^&*-_=+[]{}<>~;:/?.,|`") + "' );",
    ),
    counterexamples=(
        'getSecret("db_password")',
        'os.getenv("API_TOKEN", "")',
        'token("changeme_please")',
        'raise KeyError("sdkinstallrootv2.0")',
        'ForeignKey("table1.column_2")',
        '["tokens.html#tokens", "tokens.html#literals"]',
    ),
)

GENERIC_CALL_DEFAULT = SecretRule(
    name="generic_call_default",
    # A lookup with a default: getenv("API_TOKEN", "..."). The closing parenthesis tells it
    # from a JSON array ["token", "value"].
    pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|\bpwd|secret|token|api[_.-]?key|apikey"
    r"|credentials?|(?-i:[A-Z][A-Z0-9]*_(?:KEY|SALT)))[a-z0-9_.]{0,20}[\"'][ \t]*,[ \t]*[\"'`]"
    r"([^\"'\n]{8,200})[\"'`][ \t]*\)",
    validate=lambda v: _generic_value(v) and not v.replace("_", "").isalpha(),
    not_after=NOT_SECRET_NAMES,
    score=0.65,
    family="generic_assignment",
    examples=(
        'getenv("API_TOKEN", "' + _S(32, _HEX) + '")',
        'os.environ.get("pwd", "ferry9lantern")',
    ),
    counterexamples=('["tokens.html#tokens", "tokens.html#literals"]',),
)

GENERIC_ASSIGNMENT = SecretRule(
    name="generic_assignment",
    # A password-like name, an assignment or comparison, and a quoted value. The name may be
    # part of a longer identifier (db_password, facebook_app_secret, SNYK_TOKEN), written
    # in any case, or a subscript (os.environ['DB_PASSWORD'] = '...'); quotes may be escaped
    # (JSON inside a JSON string: {\"api_key\": \"...\"}).
    pattern=r"(?i)[\w.-]{0,30}" + _KEYWORD_NAMES + r"[a-z0-9_.-]{0,20}\\?[\"']?\]?[ \t]*"
    r"(?:=|:|:=|=>|==|!=|\?=|::=|:::=|\|\|=)[ \t]*(?:[bru]|rb|br)?\\?[\"'`]"
    r"([^\"'`\n\\]{8,})\\?[\"'`]",
    validate=_generic_value,
    score=0.7,
    not_after=NOT_SECRET_NAMES,
    examples=(
        'db_password = "' + _S(20) + '"',
        "apikey: '" + _S(12) + "#" + _S(8) + "'",
        "os.environ['DB_PASSWORD'] = 'Maple" + _S(4, "0123456789") + "#'",
        '"signing_key": "' + _S(64, _HEX) + '"',
        "app.secret_key = b'" + _S(24) + "'",
        '{"body": "{\\"api_key\\": \\"' + _S(24) + '\\"}"}',
    ),
    counterexamples=(
        'password = "changeme"',
        'api_key = "<your-key>"',
        'secret = "${VAR}"',
        'token_type = "bearer_token_kind"',
        'monkey = "Bananas and apples"',
        '"cacheKey": "' + _S(40, _HEX) + '"',
        'PUBLIC_KEY = "' + _S(44) + '"',
        'STRIPE_PUBLISHABLE_KEY = "pk_live_' + _S(24) + '"',
        'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbC123"',
        'this.addPassword = "#add-password";',
        "edit_password => 'cms/sites/passwords#edit'",
        '"confirm_password": "Bestätigen:"',
    ),
)

GENERIC_ASSIGNMENT_BARE = SecretRule(
    name="generic_assignment_bare",
    pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|passphrase|pwd|_pass\b|\bpass\b|secret|token"
    r"|api[_.-]?key|apikey|access[_.-]?key|client[_.-]?secret|private[_.-]?key"
    r"|(?:master|signing|encryption|session|hmac|jwt|app|auth)[_.-]?key|credentials?|_creds?\b"
    r"|_auth\b|_pat\b)"
    r"[a-z0-9_.-]{0,20}(?:[ \t]*:?=[ \t]*|[ \t]*:[ \t]+)([^\s\"'`;,()<>]{8,})"
    r"(?:[\s\"'`;,)<>]|$)",
    validate=_generic_bare_value,
    score=0.6,
    family="generic_assignment",
    not_after=NOT_SECRET_NAMES,
    examples=(
        "export API_TOKEN=" + _S(32),
        "password: " + _S(10) + "!" + _S(6),
        "Server=db;User Id=sa;Password=" + _S(9) + ";",
        "ENV SMTP_PASS=Winter" + _S(4, "0123456789") + "%",
        "encryption_key=" + _S(32, _HEX),
        "spring.datasource.password=" + _S(6) + "&" + _S(7),
    ),
    counterexamples=(
        "secret_length = X25519.secret_length",
        "password = ${link}",
        "token: process.env.TOKEN",
        "api_key=changeme123",
        "passport_number=AB1234567",
        "app.keystore.file=env/cert.p12",
        "ACCESS_KEY: AbCdEF123",
        "DB_PASSWORD=Passw0rd!2024",
        "public_key: " + _S(44),
        "password: Optional[str] = None,",
        "statetokens = tokendefs[ctx.stack[-1]]",
        "token = b64encode(userpass)",
        "private_key: PKCS7PrivateKeyTypes,",
    ),
)

GENERIC_KEY_ASSIGNMENT = SecretRule(
    name="generic_key_assignment",
    # Any `<vendor>_key` or `<vendor> key` (acme_key, widget key): the name says little, so
    # only a long value with upper and lower case letters and digits, long mixed hex, or a long
    # well-mixed run of small letters and digits is taken.
    pattern=r"(?i)[\w.-]{0,30}[_ ]key[\"']?\]?[ \t]*(?:=|:|=>)[ \t]*[\"'`]?"
    r"([A-Za-z0-9_+/=.-]{20,200})",
    validate=_long_random_value,
    score=0.6,
    family="generic_assignment",
    not_after=NOT_SECRET_NAMES + _NOT_KEY_NAMES,
    examples=(
        "acme_key: " + _S(32),
        'widget_key = "' + _S(40, _HEX) + '"',
        "todoist key = '" + _S(40, "abcdefghijklmnopqrstuvwxyz0123456789") + "'",
    ),
    counterexamples=(
        "primary_key: user_id_and_tenant_id",
        "sort key: created_at_then_updated_at_then_id",
        "cache key = abcdefghijklmnopqrstuvwxyz0123456789",
        "s3_key = uploads/2024/05/report-final.pdf",
        'foreign_key = "' + _S(32) + '"',
    ),
)

PASSWORD_PHRASE = SecretRule(
    name="password_phrase",
    pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|passphrase|pwd|_pass\b|\bpass\b)[a-z0-9_.-]{0,20}"
    r"[\"']?\]?[ \t]*(?:=|:|:=|=>)[ \t]*[\"'`]?([a-z0-9]+(?:[-_.][a-z0-9]+){2,7})"
    r"(?:[\s\"'`;,)<>]|$)",
    validate=_passphrase,
    score=0.6,
    family="generic_assignment",
    examples=('db_password = "tiger-orion-53"', "REDIS_PASSWORD=maple.summer.2024"),
    counterexamples=(
        'cloudant_password = "a-fake-tooshort-key"',
        "ibm-cloud-pwd = shorter-version",
        "password = password-123-abc",
    ),
)

PASSWORD_LITERAL = SecretRule(
    name="password_literal",
    # A string literal given to a variable or key whose name ends in "password" is a password
    # written into the code, even a weak one: people pick "abuser123456" as readily as random.
    # The name must end there ("password_label", "passwordPattern" name something else).
    pattern=r"(?i)[\w.-]{0,30}(?:password|passwd|pwd|_pass|\bpass)[\"']?\]?[ \t]*"
    r"(?:=|:|:=|=>)[ \t]*[\"'`]([^\"'`\s\\]{6,64})[\"'`]",
    validate=_password_literal,
    score=0.6,
    family="generic_assignment",
    examples=(
        "password = 'abuser123456'",
        'AdminPassword = "mountainfolkdance"',
        ":password       => 'kw7runner',",
        "'vm_password': \"Qx12!lamp\",",
        'DB_PASSWORD: "tulip#2019"',
    ),
    counterexamples=(
        'password = "somefakekey"',
        'password = "Password1!"',
        'password = "${DB_PASSWORD}"',
        'password_label = "Enter 8+ chars"',
        'cloudant_password = "a-fake-tooshort-key"',
        "password: '<your-password>'",
        'password = "12345678"',
        'IAMUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"',
        'passwordLabel:"Password:",rememberMeLabel:"Remember me:"',
        '"forgot_password": "Vergessen?"',
        '"reset_password": "Zurücksetzen!"',
        '"password": "v1.2.3"',
        '"password": "Passwort"',
        "return ['email' => 'required|email', 'password' => 'required'];",
        'reset_password: "disabled"',
        '"password": "salasana"',
        'password = "letmein"',
        'password = "password"',
        'old_password = "abcdefgh"',
    ),
)

GENERIC_MARKUP = SecretRule(
    name="generic_markup",
    # XML and plist: <dbPassword>...</dbPassword>, <add key="ApiKey" value="..." />.
    pattern=r"(?i)<[\w.:-]{0,30}" + _KEYWORD_NAMES + r"[\w.:-]{0,30}>[ \t]*([^<>\s]{8,})[ \t]*</",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    not_after=NOT_SECRET_NAMES,
    examples=("<dbPassword>" + _S(18) + "</dbPassword>", "<apiKey>" + _S(32) + "</apiKey>"),
    counterexamples=("<password>changeme</password>", "<publicKey>" + _S(44) + "</publicKey>"),
)

GENERIC_MARKUP_PAIR = SecretRule(
    name="generic_markup_pair",
    pattern=r"(?i)\bkey[ \t]*=[ \t]*[\"'][\w.:-]{0,30}" + _KEYWORD_NAMES + r"[\w.:-]{0,30}[\"']"
    r"[ \t]+value[ \t]*=[ \t]*[\"']([^\"'\n]{8,})[\"']",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    not_after=NOT_SECRET_NAMES,
    examples=('<add key="StorageToken" value="' + _S(32) + '" />',),
    counterexamples=('<add key="ApiKey" value="YOUR_API_KEY" />',),
)

GENERIC_NAME_VALUE = SecretRule(
    name="generic_name_value",
    # Kubernetes and CI environment lists: "- name: DB_PASSWORD" then "value: ...".
    pattern=r"(?i)\bname:[ \t]*[\"']?[\w.-]{0,30}" + _KEYWORD_NAMES + r"[\w.-]{0,30}[\"']?[ \t]*"
    r"\r?\n[ \t]*(?:-[ \t]*)?value:[ \t]*[\"']?([^\s\"']{8,})",
    validate=_generic_value,
    score=0.7,
    family="generic_assignment",
    not_after=NOT_SECRET_NAMES,
    examples=("- name: REDIS_PASSWORD\n  value: " + _S(20),),
    counterexamples=("- name: API_TOKEN\n  valueFrom:\n    secretKeyRef:",),
)

PASSWORD_PROSE = SecretRule(
    name="password_prose",
    # "the password is ...", "password: ..." in a message: a value that mixes three of upper,
    # lower, digits and symbols.
    pattern=r"(?i)\b(?:password|passwd|passphrase|pwd)(?:[ \t]+(?:is|was)\b)?[ \t]*:?[ \t]+"
    r"[\"'`]?([^\s\"'`()<>\[\]{}]{8,64})(?:[\s\"'`)<>]|$)",
    validate=_password_like,
    score=0.6,
    family="generic_assignment",
    examples=("the wifi password is " + _S(6) + "#" + _S(3, "0123456789"),),
    counterexamples=(
        "the password is required",
        "Password reset123 link",
        "password is ********",
    ),
)

PASSWORD_PROSE_QUOTED = SecretRule(
    name="password_prose_quoted",
    # A sentence that gives a password in quotes: "the default password is 'blooberry'", "make
    # sure the password for user 'postgres' is 'admin'". The quotes mark the value as the literal
    # password, so it needs no mix of characters, only not to be a template or a description.
    pattern=r"(?i)\b(?:password|passwd|passphrase|pass ?code|(?-i:PIN))\b(?:[ \t]+(?:for|of)[ \t]+"
    r"(?:the[ \t]+)?(?:user|account|login|admin|root|database|db|wifi|wi-fi|router)?[ \t]*"
    r"[\"'`‘“]?[\w.@-]{0,40}[\"'`’”]?)?[ \t]+(?:is|was|will be|should be|must be|remains)[ \t]+"
    r"(?:(?:still|now|set to|always)[ \t]+)?[\"'`‘“]([^\"'`’”\s]{4,64})[\"'`’”]",
    validate=_quoted_password,
    score=0.6,
    family="generic_assignment",
    examples=(
        "The default password is 'blooberry'",
        'make sure the password for user "postgres" is "tarmac77"',
        "Your temporary passcode is 'QUAIL-4471'.",
        "Your PIN is '4471'",
    ),
    counterexamples=(
        "the password is 'case-sensitive'",
        "The password is 'required' for this field.",
        "Your password is '********'",
        "the password is '<your password>'",
        "the password is ${DB_PASSWORD}",
        "the password is correct",
        "The PIN is '0000' until you set one",
        "If your PIN is 'locked', call us at the number on the card.",
        "The pin for the map is 'Warehouse'",
        "If the status of your password is 'pending', wait a minute.",
        "the password is 'your-password-here'",
    ),
)

GENERIC_PROSE = SecretRule(
    name="generic_prose",
    # Named only in a sentence: "here is my key ...", "the token is ...". Only values with
    # upper and lower case letters and digits and a high entropy are taken.
    pattern=r"(?i)\b(?:(?:my|the|our|this|api|access|secret|private|auth)[ _-]?key|token"
    r"|secret|password|passwd)(?:[ \t]+(?:is|was)\b)?[ \t]+[\"'`]?"
    r"([A-Za-z0-9_+/=.!@#$%^&*~-]{16,120})",
    validate=_strong_token,
    score=0.6,
    family="generic_assignment",
    examples=("Here is my key " + _S(40) + " can you check it?",),
    counterexamples=(
        "the token is stored in the vault",
        "my public key AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + _S(40),
        "the key " + _S(40, _HEX),
    ),
)


GENERIC_PROSE_ONE_CASE = SecretRule(
    name="generic_prose_one_case",
    # "You can find the acme secret 3fe1...": a secret, token or API key named in a sentence or
    # a label ("acme token - '...'") whose value is a long hex or lower-case random string. The
    # word before the name is part of the match, so "csrf token" and "page token" are skipped.
    pattern=r"(?i)(?:\b[\w-]{1,20}[ \t_-])?(?:secret|token|api[ _-]?key|access[ _-]?key|password)"
    r"(?:[ \t]+(?:is|was)\b)?[ \t]*(?:[:=-][ \t]*)?[ \t][\"'`]?([A-Za-z0-9]{32,100})\b",
    validate=_prose_random_token,
    not_after=(*NOT_SECRET_NAMES, "page", "next", "sync", "test"),
    score=0.6,
    family="generic_assignment",
    examples=(
        "You can find the acme secret " + _S(32, _HEX) + " in the vault.",
        "widget token - '" + _S(40, _BASE62[:36]).lower() + "'",
    ),
    counterexamples=(
        "the csrf token " + _S(32, _HEX),
        "next page token " + _S(40, _HEX),
        "api key 0123456789abcdef0123456789abcdef",
    ),
)
