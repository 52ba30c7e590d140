"""Prefixed platform tokens, checksummed tokens, vendor headers and session cookies: the cases of
data/secrets_cases_vendors.jsonl each come out right through the output guard."""

from __future__ import annotations

import pytest

from bastion.config.guard import build_guard
from bastion.core.types import Action, Direction, Severity, Subject
from bastion.detectors import secret_rules
from bastion.detectors.evaluation import covers
from bastion.detectors.secret_validators import checksummed_example, crc32_base62_checksum
from bastion.detectors.secrets import secrets_check
from tests.detectors.cases import case_rows

GUARD = build_guard(key=b"k" * 32)
CHECK = secrets_check()
ROWS = case_rows("secrets_cases_vendors.jsonl")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.label}:{r.kind}:{r.text[:30]}" for r in ROWS])
def test_vendor_case_is_classified_right(row) -> None:
    verdict = GUARD(Subject(text=row.text, direction=Direction.OUTPUT))
    flagged = verdict.decision is not Action.ALLOW
    if row.label == 1:
        assert flagged, verdict.findings
        assert covers(row.text, row.values, verdict.findings), verdict.findings
    else:
        assert not flagged, verdict.findings


def test_the_case_file_holds_both_labels_for_every_new_format_family() -> None:
    kinds = {row.kind for row in ROWS if row.label == 1}
    assert len(kinds) >= 20
    assert sum(row.label == 0 for row in ROWS) >= 25


@pytest.mark.parametrize("prefix", ["ghp_", "gho_", "ghu_", "ghs_"])
def test_github_token_with_its_checksum_is_reported_as_issued(prefix: str) -> None:
    token = checksummed_example(prefix, 30, seed=f"gh-{prefix}")
    assert crc32_base62_checksum(token)
    (finding,) = CHECK(Subject(f"token: {token}"))
    assert finding.code == "secret.github_token"
    assert finding.severity is Severity.CRITICAL
    assert finding.score == pytest.approx(0.97)


def test_github_token_failing_its_checksum_is_still_a_github_token_at_the_usual_score() -> None:
    token = checksummed_example("ghp_", 30, seed="corrupt")
    corrupted = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]
    assert not crc32_base62_checksum(corrupted)
    (finding,) = CHECK(Subject(f"token: {corrupted}"))
    assert finding.code == "secret.github_token"
    assert finding.score == pytest.approx(0.9)


@pytest.mark.parametrize("prefix", ["vcp_", "vci_", "vca_", "vcr_", "vck_"])
def test_vercel_tokens_with_and_without_checksum(prefix: str) -> None:
    token = checksummed_example(prefix, 50, seed=f"vercel-{prefix}")
    (finding,) = CHECK(Subject(f"VERCEL_TOKEN={token}"))
    assert (finding.code, finding.score) == ("secret.saas_token", pytest.approx(0.97))
    wrong = token[:-1] + ("a" if token[-1] != "a" else "b")
    (finding,) = CHECK(Subject(f"VERCEL_TOKEN={wrong}"))
    assert (finding.code, finding.score) == ("secret.saas_token", pytest.approx(0.9))


@pytest.mark.parametrize(
    "value",
    ["ghp_", "ghp_short", "nounderscore" * 4, "_" + "a" * 40, "ghp_" + "!" * 36],
)
def test_checksum_rejects_what_is_not_a_checksummed_token(value: str) -> None:
    assert not crc32_base62_checksum(value)


def test_checksum_covers_the_body_only_not_the_prefix() -> None:
    token = checksummed_example("npm_", 30, seed="npm")
    assert crc32_base62_checksum(token)
    assert crc32_base62_checksum("xyz_" + token[4:])  # same body under another prefix
    assert not crc32_base62_checksum(token[:-6] + token[-6:].swapcase())


@pytest.mark.parametrize(
    "text",
    [
        "GOOG and GOOGL closed higher; GOOGLEANALYTICS4TRACKER2 is a tag",
        "const CLASS = 'ck_editor_toolbar_button_group_wrapper_active'",
        "Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "X-Access-Token: {{ access_token }}",
        "okta user 00u1abcdEFGH2345ijkl was deactivated",
        "xoxb-workspace-channelid-notarealtoken",
        "user_session=0123456789abcdef0123456789abcdef",
        "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-your-oauth-token-from-claude-setup-token",
    ],
)
def test_look_alikes_of_the_new_formats_are_not_reported(text: str) -> None:
    assert [f for f in CHECK(Subject(text)) if f.score > secret_rules.MASKED_SCORE] == []


@pytest.mark.parametrize(
    "text",
    [
        "the vendor's key is orbx_" + secret_rules.sample(40, seed="p1") + ", keep it safe",
        "orb9_" + secret_rules.sample(48, seed="p2"),
        "zkp_sk_live_" + secret_rules.sample(36, seed="p3"),
    ],
)
def test_an_unknown_vendor_token_is_found_by_its_shape(text: str) -> None:
    assert {f.code for f in CHECK(Subject(text))} == {"secret.prefixed_token"}


@pytest.mark.parametrize(
    "text",
    [
        "sha256_" + secret_rules.sample(48, seed="d"),  # a digest
        "Stripe('pk_live_" + secret_rules.sample(60, seed="pk") + "')",  # publishable
        "/static/img_" + secret_rules.sample(40, seed="path"),  # a path segment
        "rhf_SponsoredProductsRemoteSearchExperimentClickPagination2",  # a CamelCase name
        "tmp_" + "aB3" * 12,  # low entropy
        "sb_publishable_" + secret_rules.sample(40, seed="sb"),
    ],
)
def test_prefixed_shapes_that_are_no_credential_are_not_reported(text: str) -> None:
    assert "secret.prefixed_token" not in {f.code for f in CHECK(Subject(text))}
