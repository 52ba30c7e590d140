"""Ranked retrieval over knowledge-base articles (Okapi BM25 with a title boost)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bastion.tools.records import Article

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORDS = frozenset(
    (
        "a an and are as at be but by can do does for from has have how i if in into is it its me"
        " my of on or our so that the their them then there these this to was we what when where"
        " which who why will with you your yours should would could need want please"
    ).split()
)
_K1 = 1.2
_B = 0.75
_TITLE_WEIGHT = 2


def terms(text: str) -> list[str]:
    """Lower-case word stems without stop words; a crude suffix fold keeps 'returns' ~ 'return'."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS or len(word) < 2:
            continue
        out.append(_stem(word))
    return out


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            # "shipping" -> "shipp" -> "ship": undo the doubled consonant the suffix brought.
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2]:
                stem = stem[:-1]
            return stem
    return word


@dataclass(frozen=True, slots=True)
class Hit:
    article: Article
    score: float


def rank(query: str, articles: Sequence[Article], *, limit: int) -> list[Hit]:
    """Articles that share terms with the query, best first, at most `limit`."""
    wanted = set(terms(query))
    if not wanted or not articles:
        return []
    docs = [
        Counter(terms(a.title) * _TITLE_WEIGHT + terms(a.body) + terms(a.category))
        for a in articles
    ]
    avg_len = sum(sum(d.values()) for d in docs) / len(docs)
    n = len(docs)
    df = {t: sum(1 for d in docs if t in d) for t in wanted}
    hits: list[Hit] = []
    for article, doc in zip(articles, docs, strict=True):
        length = sum(doc.values())
        score = 0.0
        for term in wanted:
            tf = doc.get(term, 0)
            if not tf:
                continue
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / avg_len))
        if score > 0:
            hits.append(Hit(article=article, score=score))
    hits.sort(key=lambda h: (-h.score, h.article.id))
    return hits[:limit]
