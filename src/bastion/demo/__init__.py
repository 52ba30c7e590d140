"""Demo content shipped in the package: help-centre articles and customers of a fictional shop."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from bastion.core.errors import ConfigurationError
from bastion.tools.records import Article, Customer

__all__ = ["load_articles", "load_customers"]

_ARTICLE_FIELDS = ("id", "title", "category", "body")
_CUSTOMER_FIELDS = ("id", "name", "email", "tier")


def load_articles() -> list[Article]:
    """Every demo article, in file order."""
    return [
        Article(**_text_fields(row, _ARTICLE_FIELDS, "articles.toml"))
        for row in _table("articles.toml", "articles")
    ]


def load_customers(now: datetime) -> list[Customer]:
    """The demo customers, each created `joined_days_ago` days before `now`."""
    customers = []
    for row in _table("customers.toml", "customers"):
        days = row.get("joined_days_ago", 0)
        if not isinstance(days, int) or days < 0:
            raise ConfigurationError("customers.toml: joined_days_ago must be a whole number >= 0")
        fields = _text_fields(row, _CUSTOMER_FIELDS, "customers.toml")
        customers.append(Customer(**fields, created_at=now - timedelta(days=days)))
    return customers


def _table(filename: str, key: str) -> list[Mapping[str, Any]]:
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    rows = tomllib.loads(text).get(key)
    if not isinstance(rows, list):
        raise ConfigurationError(f"{filename}: expected a [[{key}]] array of tables")
    return rows


def _text_fields(row: Mapping[str, Any], names: tuple[str, ...], filename: str) -> dict[str, str]:
    """The named fields as stripped, non-empty strings; a broken demo file fails loudly."""
    out: dict[str, str] = {}
    for name in names:
        value = row.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"{filename}: entry {row.get('id')!r} needs a text {name!r}")
        out[name] = value.strip()
    return out
