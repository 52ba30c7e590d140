"""The default guard's work on a clean message stays at its minimum: counted, never timed.

A timed test fails on a loaded machine and passes a slowdown on a fast one; counting the work
(views derived, detector calls, full-text regex scans) catches the regressions that made the
guard slow before: every detector re-run on views nobody needed, or a new per-rule scan of the
whole text where one set scan answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from bastion.config.guard import build_guard
from bastion.core import normalise, patterns
from bastion.core.normalise import ORIGINAL, on_views, views
from bastion.core.types import Check, Direction, Finding, Subject
from bastion.detectors.injection import injection_check
from bastion.detectors.pii import pii_check
from bastion.detectors.secrets import secrets_check
from bastion.detectors.webattack import webattack_check

_SENTENCES = (
    "I ordered a pair of running shoes last week and the tracking page has not moved since.",
    "Could you check whether the delivery address on my account is the new one?",
    "The invoice for the March order lists three items although I only received two of them.",
    "Is it possible to exchange the jacket for a larger size instead of getting a refund?",
    "We are moving house at the end of the month, so please hold any deliveries until then.",
)
# One merged set scan for the view triggers, the web-attack and PII tables, the PII context words
# and the web-attack detector's early-exit probes (`patterns.one_scan`), and one set scan each for
# the injection and secrets tables (too large to merge well). Nothing else reads the whole text.
FULL_TEXT_SCANS = 3


def _clean_message(size: int = 1024) -> str:
    text = "Hi there, "
    index = 0
    while len(text) < size:
        text += _SENTENCES[index % len(_SENTENCES)] + " "
        index += 1
    return text[:size]


def _counted(check: Check, calls: Counter[str], name: str) -> Check:
    def counting(subject: Subject) -> Iterator[Finding]:
        calls[name] += 1
        yield from check(subject)

    return counting


def test_a_clean_ascii_message_has_only_the_original_view() -> None:
    text = _clean_message()
    assert text.isascii()
    assert [view.name for view in views(text)] == [ORIGINAL]


@pytest.mark.parametrize("direction", list(Direction))
def test_each_detector_runs_once_on_a_clean_message(direction: Direction) -> None:
    calls: Counter[str] = Counter()
    detectors = {
        "injection": injection_check(),
        "webattack": webattack_check(),
        "secrets": secrets_check(),
        "pii": pii_check(),
    }
    check = on_views(*(_counted(inner, calls, name) for name, inner in detectors.items()))
    assert list(check(Subject(text=_clean_message(), direction=direction))) == []
    assert calls == Counter(dict.fromkeys(detectors, 1))


@pytest.mark.parametrize("direction", list(Direction))
def test_the_guard_scans_a_clean_message_a_bounded_number_of_times(
    direction: Direction, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = build_guard(key=b"k" * 32)
    scans: Counter[str] = Counter()

    def counting(name: str, method: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            scans[name] += 1
            return method(*args, **kwargs)

        return wrapper

    for name in ("search", "spans", "finditer", "groups"):
        monkeypatch.setattr(patterns.Pattern, name, counting(name, getattr(patterns.Pattern, name)))
    # Every set scan, a set's own or the merged one, starts by encoding the text once.
    monkeypatch.setattr(patterns, "_data", counting("set scan", patterns._data))
    monkeypatch.setattr(normalise, "views", counting("views", normalise.views))
    verdict = guard(Subject(text=_clean_message(), direction=direction))
    assert verdict.findings == ()
    assert scans["views"] == 1
    assert scans["set scan"] == 3, dict(scans)
    assert sum(scans.values()) - scans["views"] <= FULL_TEXT_SCANS, dict(scans)
