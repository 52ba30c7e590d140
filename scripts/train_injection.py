"""Train the shipped prompt-injection classifier and choose its decision threshold.

    .venv/bin/python scripts/train_injection.py [--corpora DIR] [--out PATH]

Data, read in place: `injection.dev.jsonl` from the shared corpora directory (`--corpora`, else
`$BASTION_CORPORA`, else `../shared/corpora` beside the repository) and the project's own cases in
`data/injection_cases*.jsonl`. Nothing is copied into the repository except the weights.

Method: L2-regularised logistic regression over the binary features of
`bastion.detectors.injection_model`, fitted with AdaGrad in pure Python (deterministic seed),
classes weighted to balance, strongly regularised. Features seen in fewer than `MIN_DF` training
documents are dropped. Every document is read on each of its normalised views
(`bastion.core.normalise.views`: decoded base64, folded look-alikes, ...), as the guard runs the
detector, so both the features and the rule flags count what the guard would see. (Also
dropping features seen in only one source, down-weighting the machine-translated PurpleLlama set
and word pairs were tried: none raised the out-of-source recall, so none is done. The cue
features of `injection_model` did: they map the instruction-like vocabulary of every language
onto the same few features.)

Threshold: leave-one-source-out cross-validation. Documents are grouped by where they come from
(`SOURCE_GROUPS`: each upstream file, and the project's own cases), and every group is scored by a
model fitted on all the others, so each score says how the model does on a source it has never
seen; that is what the encrypted hold-out and real traffic ask of it. The project's own cases are
the exception: they are the only support-chat text there is, and a model that has never seen any
flags ordinary customer messages about passwords and orders, so they are split into
`OWN_FOLDS` groups by position and each part is scored by a model trained on the rest of them.
The threshold is the lowest
score at which every benign group stays within `TARGET_FPR` out of source. The final model is then
fitted on everything and the threshold stored with it. The script prints the out-of-source recall
of the classifier alone and of the whole detector (high-severity rules, combined rules, or the
classifier), which estimate unseen performance far better than the score of the shipped model on
its own training set.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

from bastion.core.normalise import views
from bastion.core.rules import Hit, RuleTable
from bastion.core.types import Severity
from bastion.detectors import injection_model
from bastion.detectors.injection import combine, from_the_user
from bastion.detectors.injection_model import MIN_NORM
from bastion.detectors.injection_rules import NEGATION, RULES

ROOT = Path(__file__).resolve().parent.parent
# MIN_DF, OWN_WEIGHT and L2 were chosen by the out-of-source recall at the target benign FPR
# (printed below): with some 1,500 own cases, 2 / 3.0 / 3e-3 beat 3 / 5.0 / 1e-2 (49.5% against
# 46.6% for the detector) with the own benign cases still under 1.5% out of fold.
# Rechecked with some 2,100 own cases: OWN_WEIGHT 3.0 still beats 2.0 and 1.5 (55.6% against
# 55.5% and 55.4%), so the mix is unchanged.
# Rechecked with some 2,550 own cases: OWN_WEIGHT 3.0 still beats 2.0 (60.7% against 60.6%); L2
# 2e-3 beats 3e-3 (61.1% against 60.7%, out-of-source benign FPR 0.8% against 0.7%). 1e-3 reached
# 61.5% at 0.9%: weaker regularisation keeps buying a little recall for a little more FPR, so the
# step stops where the gain is still larger than the cost.
# Rechecked with some 3,300 own cases in three files: OWN_WEIGHT 1.5 now beats 2.0 and 3.0 (66.3%
# against 65.5% and 65.7% at L2 2e-3, benign FPR 0.9% against 0.7%); with twice the own cases
# of the first choice they no longer need counting three times over.
# Rechecked with some 3,460 own cases in five files (role-play and opening-instruction cases
# added): 1.5 / 2e-3 (67.1% at 0.9%) against 2.0 / 2e-3 (66.4% at 0.8%), 1.0 / 2e-3 (67.3%, but
# 1.2% of the own benign cases flagged) and 1.5 / 1e-3 (66.3% at 0.6%); unchanged.
# Rechecked with some 3,770 own cases (techniques file added) and features read on every view:
# 1.5 / 2e-3 (73.1% at 0.7%) against 1.5 / 1e-3 (72.9%), 1.5 / 3e-3 (72.5%) and 2.0 / 2e-3
# (73.1%, t0 benign 1.4% against 1.3%); unchanged.
MIN_DF = 2
# The project's own cases are the traffic Bastion actually sees (support chat in many languages,
# people talking about passwords and prompts, attacks in many phrasings); they count this many
# times over.
OWN_WEIGHT = 1.5
L2 = 2e-3
EPOCHS = 12
RATE = 0.3
TARGET_FPR = 0.02
# The default policy acts on an injection finding in user input from this score on, and the
# classifier's finding carries its probability as the score: a lower threshold would only report.
POLICY_FLOOR = 0.8
PRUNE = 0.02
SEED = 20240601
OWN_FOLDS = 5
# (substring of the source, group name): the first that matches names the document's group.
SOURCE_GROUPS = (
    ("prompt_injection_multilingual", "purplellama-multilingual"),
    ("PurpleLlama", "purplellama-english"),
    ("GPTFuzz", "gptfuzz"),
    ("t0_train", "self-instruct-t0"),
    ("seed_tasks", "self-instruct-seed"),
    ("user_oriented", "self-instruct-user"),
)


def corpora_dir(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("BASTION_CORPORA"):
        return Path(os.environ["BASTION_CORPORA"])
    return ROOT.parent / "shared" / "corpora"


def load(paths: list[Path]) -> list[dict[str, object]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def group_of(index: int, row: dict[str, object]) -> str:
    source = str(row.get("source", "?"))
    if source == "bastion/cases":
        return f"bastion-cases-{index % OWN_FOLDS}"
    for needle, name in SOURCE_GROUPS:
        if needle in source:
            return name
    return source.split("@")[0]


Unit = tuple[int, int, frozenset[str], float]


def featurise(rows: list[dict[str, object]]) -> tuple[list[Unit], list[bool]]:
    """(document, label, features, weight) per chunk, and whether rules alone flag each document."""
    table = RuleTable(RULES, negation=NEGATION)
    units = []
    flagged = []
    for index, row in enumerate(rows):
        weight = OWN_WEIGHT if row.get("source") == "bastion/cases" else 1.0
        flag = False
        # The guard runs the detector on every normalised view of a text (decoded base64, folded
        # look-alikes, ...) and a finding on any view counts: so do the rules and the chunks here.
        for view in views(str(row["text"])):
            hits = from_the_user(table.hits(view.text))
            flag = flag or _rules_flag(hits)
            ids = [hit.rule.id for hit in hits]
            for found in injection_model.features(view.text, ids):
                units.append((index, int(str(row["label"])), frozenset(found), weight))
        flagged.append(flag)
    return units, flagged


# Words that say nothing about intent but recur in the attack cases as scaffolding: URL parts,
# documentation domains and placeholder names ("https://example.com/?q=", "jane doe"). Learned,
# they made ordinary links in tool arguments look like injections, so they are never features.
SCAFFOLDING = frozenset(
    {"http", "https", "www", "com", "org", "net", "mailto", "mailt", "example", "examp",
     "jane", "john", "doe", "smith"}
)  # fmt: skip


def _scaffolding(feature: str) -> bool:
    """Whether a feature is a scaffolding word or a lone ASCII letter or digit (a URL's `q`)."""
    return feature in SCAFFOLDING or (len(feature) == 1 and feature.isascii())


def _rules_flag(hits: list[Hit]) -> bool:
    # Mirrors `injection.py`: a high-severity rule that may stand alone, or nearby rules whose
    # noisy-or reaches 0.8 (supporting signals count there only).
    if any(hit.rule.alone and hit.rule.severity.rank >= Severity.HIGH.rank for hit in hits):
        return True
    return combine(hits) is not None


def fit(units: list[Unit]) -> tuple[dict[str, float], float]:
    docs_seen: dict[str, set[int]] = defaultdict(set)
    for doc, _, features, _ in units:
        for feature in features:
            docs_seen[feature].add(doc)
    vocab = {
        feature
        for feature, docs in docs_seen.items()
        if len(docs) >= MIN_DF and not _scaffolding(feature)
    }
    positives = sum(weight for _, label, _, weight in units if label)
    negatives = sum(weight for _, label, _, weight in units if not label)
    total_weight = positives + negatives
    class_weight = {1: total_weight / (2 * positives), 0: total_weight / (2 * negatives)}
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias, bias_square = 0.0, 1e-8
    kept_units = [
        (
            label,
            [f for f in features if f in vocab],
            1.0 / math.sqrt(max(len(features), MIN_NORM)),
            weight,
        )
        for _, label, features, weight in units
        if features
    ]
    order = list(range(len(kept_units)))
    rng = random.Random(SEED)  # noqa: S311 - a reproducible shuffle, not a secret
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for position in order:
            label, kept, scale, sample_weight = kept_units[position]
            margin = bias + scale * sum(weights[f] for f in kept)
            probability = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, margin))))
            error = (probability - label) * class_weight[label] * sample_weight
            for feature in kept:
                gradient = error * scale + L2 * weights[feature]
                squares[feature] += gradient * gradient
                weights[feature] -= RATE * gradient / math.sqrt(squares[feature])
            bias_square += error * error
            bias -= RATE * error / math.sqrt(bias_square)
    return dict(weights), bias


def score(weights: dict[str, float], bias: float, features: frozenset[str]) -> float:
    if not features:
        return 1.0 / (1.0 + math.exp(-bias))
    total = sum(weights.get(feature, 0.0) for feature in features)
    margin = bias + total / math.sqrt(max(len(features), MIN_NORM))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, margin))))


def out_of_source(units: list[Unit], groups: list[str]) -> list[float]:
    """Every document scored by a model that never saw its source."""
    scores = [0.0] * len(groups)
    for held in sorted(set(groups)):
        train = [unit for unit in units if groups[unit[0]] != held]
        weights, bias = fit(train)
        for doc, _, features, _ in units:
            if groups[doc] == held:
                scores[doc] = max(scores[doc], score(weights, bias, features))
        print(f"  held out {held}", file=sys.stderr)
    return scores


def choose_threshold(
    rows: list[dict[str, object]], groups: list[str], scores: list[float]
) -> float:
    """Lowest threshold keeping every benign group within `TARGET_FPR` out of source."""
    by_group: dict[str, list[float]] = defaultdict(list)
    for index, row in enumerate(rows):
        if not row["label"]:
            by_group[groups[index]].append(scores[index])
    threshold = 0.5
    for benign in by_group.values():
        benign.sort(reverse=True)
        allowed = int(TARGET_FPR * len(benign))
        # Just above the score of the (allowed+1)-th highest benign document of this group.
        if allowed < len(benign):
            threshold = max(threshold, benign[allowed] + 1e-6)
    return min(0.99, max(POLICY_FLOOR, threshold))


def report(
    rows: list[dict[str, object]],
    groups: list[str],
    scores: list[float],
    flagged: list[bool],
    threshold: float,
) -> None:
    members: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        group = "bastion-cases" if groups[index].startswith("bastion-cases") else groups[index]
        members[f"{group} label={row['label']}"].append(index)
    print(f"  {'group (held out)':<40} {'n':>5} {'classifier':>11} {'rules':>7} {'detector':>9}")
    for name, indices in sorted(members.items()):
        model = sum(1 for i in indices if scores[i] >= threshold) / len(indices)
        rules = sum(1 for i in indices if flagged[i]) / len(indices)
        both = sum(1 for i in indices if flagged[i] or scores[i] >= threshold) / len(indices)
        print(f"  {name:<40} {len(indices):>5} {model:>11.1%} {rules:>7.1%} {both:>9.1%}")
    for label, name in ((1, "recall"), (0, "benign FPR")):
        indices = [i for i, row in enumerate(rows) if row["label"] == label]
        model = sum(1 for i in indices if scores[i] >= threshold) / len(indices)
        both = sum(1 for i in indices if flagged[i] or scores[i] >= threshold) / len(indices)
        print(f"  out of source, {name}: classifier alone {model:.1%}, detector {both:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora")
    parser.add_argument("--out", default=str(ROOT / "src/bastion/detectors/injection_model.json"))
    args = parser.parse_args()
    own = sorted((ROOT / "data").glob("injection_cases*.jsonl"))
    rows = load([corpora_dir(args.corpora) / "injection.dev.jsonl", *own])
    groups = [group_of(index, row) for index, row in enumerate(rows)]
    units, flagged = featurise(rows)
    print(f"{len(rows)} documents, {len(units)} chunks", file=sys.stderr)
    scores = out_of_source(units, groups)
    threshold = choose_threshold(rows, groups, scores)
    print(f"threshold {threshold:.4f} (out-of-source benign FPR target {TARGET_FPR:.1%})")
    report(rows, groups, scores, flagged, threshold)
    weights, bias = fit(units)
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= PRUNE}
    model = {
        "format": 2,
        "bias": round(bias, 4),
        "threshold": round(threshold, 4),
        "trained_on": ["shared/corpora/injection.dev.jsonl"]
        + [f"data/{path.name}" for path in own],
        "weights": kept,
    }
    Path(args.out).write_text(
        json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(kept)} weights to {args.out}")


if __name__ == "__main__":
    main()
