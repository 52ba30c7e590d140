"""The shipped demo content: enough articles, well formed, covering what customers ask about."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bastion.demo import load_articles, load_customers

CATEGORIES = {"orders", "shipping", "returns", "billing", "account", "privacy", "products"}
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

ARTICLES = load_articles()

# Topics the issue and the support flows rely on; each must have an article whose title says so.
REQUIRED_TOPICS = [
    ("password reset", r"password"),
    ("returns", r"\breturns?\b"),
    ("refunds", r"\brefunds?\b"),
    ("shipping", r"\bshipping\b"),
    ("order tracking", r"\btracking\b"),
    ("two-factor", r"two-factor"),
    ("email change", r"email"),
    ("account deletion", r"deleting your account"),
    ("privacy requests", r"privacy"),
    ("cookies", r"cookies"),
    ("gift cards", r"gift cards?"),
    ("warranty", r"warranty"),
    ("size guide", r"size guide"),
    ("loyalty", r"loyalty"),
    ("invoices", r"invoices?"),
    ("payment methods", r"payment methods"),
    ("promo codes", r"promo codes?"),
    ("damaged items", r"damaged"),
    ("exchanges", r"exchang"),
    ("contacting support", r"contacting"),
]


def test_at_least_twenty_articles() -> None:
    assert len(ARTICLES) >= 20


def test_article_ids_are_unique_kb_slugs() -> None:
    ids = [a.id for a in ARTICLES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"kb-[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids), ids


def test_titles_are_unique() -> None:
    titles = [a.title.casefold() for a in ARTICLES]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.id)
def test_article_is_well_formed(article) -> None:
    assert article.category in CATEGORIES
    assert 60 <= len(article.body.split()) <= 150
    assert article.title == article.title.strip()
    assert len(article.title) <= 80
    # Folded TOML lines must not leave doubled spaces or stray backslashes behind.
    assert "  " not in article.body
    assert "\\" not in article.body


@pytest.mark.parametrize(("topic", "pattern"), REQUIRED_TOPICS)
def test_required_topic_has_an_article(topic: str, pattern: str) -> None:
    assert any(re.search(pattern, a.title, re.IGNORECASE) for a in ARTICLES), topic


def test_every_category_has_an_article() -> None:
    assert {a.category for a in ARTICLES} == CATEGORIES


def test_demo_customers() -> None:
    customers = load_customers(NOW)
    assert [c.id for c in customers] == ["cust-alice", "cust-bob", "cust-carol"]
    for customer in customers:
        assert customer.email.endswith("@example.com")
        assert customer.tier in {"standard", "premium"}
        assert customer.name
        assert NOW - timedelta(days=3650) < customer.created_at <= NOW
        assert customer.created_at.tzinfo is not None
    assert {c.tier for c in customers} == {"standard", "premium"}


def test_customer_dates_follow_now() -> None:
    later = NOW + timedelta(days=10)
    before = {c.id: c.created_at for c in load_customers(NOW)}
    after = {c.id: c.created_at for c in load_customers(later)}
    assert all(after[i] - before[i] == timedelta(days=10) for i in before)


def test_loading_returns_fresh_lists() -> None:
    first = load_articles()
    first.clear()
    assert load_articles() == ARTICLES
