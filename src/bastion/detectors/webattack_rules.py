"""Web-attack signals: SQL injection, XSS, path traversal, shell command injection, SSRF targets,
and payloads for the server's other interpreters (templates, LDAP, XPath, headers, deserialisers).

Each rule is one signal with a weight (`score`); the detector combines the signals of a family
(noisy-or), so one weak signal stays below the blocking level and several together reach it.
Patterns are RE2 (linear time); encoded payloads are matched on the decoded views.
"""

from __future__ import annotations

from bastion.core.rules import Rule
from bastion.detectors.webattack_rules_fragments import FRAGMENT_RULES
from bastion.detectors.webattack_rules_interpreters import CUE as INTERPRETER_CUE
from bastion.detectors.webattack_rules_interpreters import FAMILY_MESSAGES as _INTERPRETERS
from bastion.detectors.webattack_rules_interpreters import RULES as INTERPRETER_RULES
from bastion.detectors.webattack_rules_query import QUERY_RULES
from bastion.detectors.webattack_rules_server import (
    CMDI,
    CMDI_HIDDEN_PATH,
    CMDI_LEADING_COMMAND,
    CMDI_SEPARATOR_COMMAND,
    CMDI_SERVER_SIDE,
    CMDI_SHELL_SYNTAX,
    CMDI_WINDOWS_BATCH,
    TRAVERSAL,
    TRAVERSAL_CLIMB,
    TRAVERSAL_DOT_DOT,
    TRAVERSAL_PARAMETER,
    TRAVERSAL_SCHEME,
    TRAVERSAL_SECRET_FILE,
    TRAVERSAL_SENSITIVE_FILE,
    TRAVERSAL_STEP_TO_CONFIG,
    TRAVERSAL_SYSTEM_PATH,
)
from bastion.detectors.webattack_rules_sqli import (
    SQLI,
    SQLI_CAST_EXPRESSION,
    SQLI_CATALOG,
    SQLI_COMMENT,
    SQLI_CONDITIONAL,
    SQLI_DATABASE_FUNCTION,
    SQLI_DYNAMIC_SQL,
    SQLI_FILE_ACCESS,
    SQLI_FUNCTIONS,
    SQLI_NOSQL_OPERATOR,
    SQLI_NOSQL_SCRIPT,
    SQLI_NUMBER_THEN_COMMENT,
    SQLI_OPERATORS,
    SQLI_POSTGRES_JSON,
    SQLI_QUOTE_KEYWORD,
    SQLI_STACKED,
    SQLI_STATEMENT,
    SQLI_TAUTOLOGY,
    SQLI_TIME_DELAY,
    SQLI_UNION_SELECT,
)
from bastion.detectors.webattack_rules_ssrf import (
    SSRF,
    SSRF_BARE_INTERNAL,
    SSRF_INTERNAL_HOST,
    SSRF_LOOPBACK_NAME,
    SSRF_OUT_OF_BAND,
    SSRF_PARSER_CONFUSION,
)
from bastion.detectors.webattack_xss import XSS, XSS_RULES

__all__ = [
    "CMDI",
    "FAMILY_MESSAGES",
    "INTERPRETER_CUE",
    "INTERPRETER_RULES",
    "RULES",
    "SQLI",
    "SSRF",
    "TRAVERSAL",
    "XSS",
]

FAMILY_MESSAGES = {
    SQLI: "SQL injection syntax",
    XSS: "script or external-entity injection into HTML or XML (XSS, XXE)",
    TRAVERSAL: "path traversal or a sensitive file path",
    CMDI: "shell command injection",
    SSRF: "URL pointing at an internal or metadata address (SSRF)",
    **_INTERPRETERS,
}

# Order matters: where two rules match the same value, the earlier one claims it.
RULES: tuple[Rule, ...] = (
    # --- SQL injection ---------------------------------------------------------------------
    SQLI_UNION_SELECT,
    SQLI_TAUTOLOGY,
    SQLI_QUOTE_KEYWORD,
    SQLI_STACKED,
    SQLI_FUNCTIONS,
    SQLI_DATABASE_FUNCTION,
    SQLI_DYNAMIC_SQL,
    SQLI_POSTGRES_JSON,
    SQLI_CAST_EXPRESSION,
    SQLI_FILE_ACCESS,
    SQLI_TIME_DELAY,
    SQLI_CONDITIONAL,
    SQLI_NOSQL_OPERATOR,
    SQLI_NOSQL_SCRIPT,
    SQLI_COMMENT,
    SQLI_NUMBER_THEN_COMMENT,
    SQLI_STATEMENT,
    SQLI_CATALOG,
    SQLI_OPERATORS,
    *QUERY_RULES,
    *FRAGMENT_RULES,
    # --- XSS: see webattack_xss -------------------------------------------------------------
    *XSS_RULES,
    # --- path traversal ----------------------------------------------------------------------
    TRAVERSAL_DOT_DOT,
    TRAVERSAL_CLIMB,
    TRAVERSAL_PARAMETER,
    TRAVERSAL_SENSITIVE_FILE,
    TRAVERSAL_SECRET_FILE,
    TRAVERSAL_STEP_TO_CONFIG,
    TRAVERSAL_SYSTEM_PATH,
    TRAVERSAL_SCHEME,
    # --- command injection -------------------------------------------------------------------
    CMDI_SEPARATOR_COMMAND,
    CMDI_SHELL_SYNTAX,
    CMDI_WINDOWS_BATCH,
    CMDI_SERVER_SIDE,
    CMDI_HIDDEN_PATH,
    CMDI_LEADING_COMMAND,
    # --- SSRF --------------------------------------------------------------------------------
    SSRF_INTERNAL_HOST,
    SSRF_LOOPBACK_NAME,
    SSRF_BARE_INTERNAL,
    SSRF_PARSER_CONFUSION,
    SSRF_OUT_OF_BAND,
)
