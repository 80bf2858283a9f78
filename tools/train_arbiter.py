"""Train the learned locus classifier and cross-validate it, leave one batch out.

usage: .venv/bin/python tools/train_arbiter.py [--write] [--rows FILE] [--save-rows FILE] [--dump FILE]

Reads every labelled batch (``arbiter_data.batches``), extracts ``features.sentence_features`` from the
analyzer's own parse, trains a multinomial logistic regression (numpy, full-batch gradient descent with L2,
fixed iterations: deterministic), and for every batch X trains without X and scores X: the model alone, the
rules alone, and rules + model under the arbitration policy of ``agent.analysis.learned.arbiter``.
``--write`` trains on everything and writes ``agent/analysis/learned/locus_weights.json`` (no cross-validation).
``--save-rows`` / ``--rows`` keep the extracted features between runs; ``--dump`` saves the cross-validated rows.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import arbiter_data

from agent.analysis import LOCI, PROBE_LOCI, analyze_many
from agent.analysis.analyzer import prepare
from agent.analysis.learned import arbiter, features
from agent.analysis.learned.model import WEIGHTS, LocusModel
from agent.analysis.nlp import get_nlp
from agent.analysis.sentence import scan
from agent.analysis.speech_acts import asserts_nothing, sentence_act

# Sentences (written for this check, in no batch) whose training-time probabilities are stored with the weights,
# so a test can hold the shipped inference to the trainer's own predictions.
CHECKS = (
    "The call was my director's, not mine.",
    "I ended up sort of choosing the smaller instance.",
    "It had to go past the risk committee before anything shipped.",
    "We'd shard the table by customer id.",
    "I rolled the change back as soon as the error rate moved.",
)
MIN_COUNT = 2
L2 = 0.001
STEPS = 600
RATE = 0.5


def narration_sentences(texts: list[str]) -> list[list]:
    """The narration sentences of each text, as the analyzer splits and reads them."""
    out = []
    norms = [prepare(t).text for t in texts]
    for doc in get_nlp().pipe(norms, batch_size=128):
        bounds, _ = scan(doc)
        sents = []
        for start, end in bounds:
            sent = doc[start:end]
            if sent.text.strip() and sentence_act(sent.text) == "narration" and not asserts_nothing(sent.text):
                sents.append(sent)
        out.append(sents)
    return out


def extract(found: dict[str, list[tuple[str, str]]]) -> list[dict]:
    """One row per single-sentence item: batch, text, gold, the rules' verdict, feature names."""
    rows = []
    for name, cases in found.items():
        texts = [t for t, _ in cases]
        with arbiter.disabled():
            results = analyze_many(texts)
        for (text, gold), result, sents in zip(cases, results, narration_sentences(texts), strict=True):
            if len(sents) != 1:
                continue
            sent = sents[0]
            feats = list(dict.fromkeys(features.sentence_features(sent)))
            # The arbiter's own gates (``arbiter.revise``), so cross-validation scores the shipped policy.
            drift = any(arbiter.read_as_drift(s.locus, s.cue) for s in result.spans)
            rows.append(
                {
                    "batch": name,
                    "text": text,
                    "gold": gold,
                    "rule": result.locus,
                    "features": feats,
                    "fixed": arbiter.too_long(sent) or (drift and result.locus in ("agentless", "hedged")),
                    "framed": bool(arbiter.frame_words(sent)),
                    "promotable": not arbiter.blocks_promotion(sent),
                }
            )
    return rows


def train(rows: list[dict], l2: float = L2, steps: int = STEPS) -> LocusModel:
    counts = Counter(f for r in rows for f in r["features"])
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: n for n, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for n, r in enumerate(rows):
        x[n, [index[f] for f in r["features"] if f in index]] = 1.0
    y = np.zeros((len(rows), len(LOCI)), dtype=np.float32)
    y[np.arange(len(rows)), [LOCI.index(r["gold"]) for r in rows]] = 1.0
    w = np.zeros((len(vocab), len(LOCI)), dtype=np.float32)
    b = np.zeros(len(LOCI), dtype=np.float32)
    vel_w, vel_b = np.zeros_like(w), np.zeros_like(b)
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / len(rows)
        gw = x.T @ grad + l2 * w
        gb = grad.sum(axis=0)
        vel_w = 0.9 * vel_w - RATE * gw
        vel_b = 0.9 * vel_b - RATE * gb
        w += vel_w
        b += vel_b
    return LocusModel(classes=LOCI, index=index, weights=w.astype(np.float64), bias=b.astype(np.float64))


def checks(model: LocusModel) -> list[dict]:
    """The trainer's own (dense, unrounded) probabilities for ``CHECKS``."""
    out = []
    for text, sents in zip(CHECKS, narration_sentences(list(CHECKS)), strict=True):
        x = np.zeros(len(model.index))
        x[[model.index[f] for f in set(features.sentence_features(sents[0])) if f in model.index]] = 1.0
        logits = x @ model.weights + model.bias
        p = np.exp(logits - logits.max())
        out.append({"text": text, "probs": dict(zip(model.classes, (p / p.sum()).round(6).tolist(), strict=True))})
    return out


def score(items: list[tuple[str, str]]) -> dict:
    """P/R/acc of (gold, got) pairs, per-class recall."""
    tp = sum(g in PROBE_LOCI and o in PROBE_LOCI for g, o in items)
    fp = sum(g not in PROBE_LOCI and o in PROBE_LOCI for g, o in items)
    fn = sum(g in PROBE_LOCI and o not in PROBE_LOCI for g, o in items)
    per = Counter(g for g, _ in items)
    ok = Counter(g for g, o in items if g == o)
    return {
        "n": len(items),
        "P": tp / (tp + fp) if tp + fp else 1.0,
        "R": tp / (tp + fn) if tp + fn else 1.0,
        "acc": sum(ok.values()) / len(items) if items else 1.0,
        "fp": fp,
        "fn": fn,
        "per": {c: f"{ok[c]}/{per[c]}" for c in LOCI if per[c]},
    }


def line(name: str, s: dict) -> str:
    return f"{name:18} n={s['n']:4} P={s['P']:.3f} R={s['R']:.3f} acc={s['acc']:.3f} fp={s['fp']:2} fn={s['fn']:2}"


def leave_one_batch_out(rows: list[dict], **options) -> list[dict]:
    """Each row with ``probs`` from a model trained without its batch (and without any same text)."""
    out = []
    for name in dict.fromkeys(r["batch"] for r in rows):
        held = [r for r in rows if r["batch"] == name]
        texts = {r["text"].lower() for r in held}
        model = train([r for r in rows if r["batch"] != name and r["text"].lower() not in texts], **options)
        for r in held:
            out.append(r | {"probs": model.probabilities(r["features"])})
    return out


def verdict(row: dict) -> str:
    """The shipped policy's verdict for a cross-validated row."""
    if row["fixed"]:
        return row["rule"]
    return arbiter.decide(row["rule"], row["probs"], row["framed"], row["promotable"])


def report(cv: list[dict]) -> None:
    for name in [*dict.fromkeys(r["batch"] for r in cv), "ALL"]:
        held = [r for r in cv if name in ("ALL", r["batch"])]
        model_alone = [(r["gold"], max(r["probs"], key=r["probs"].get)) for r in held]
        rules = [(r["gold"], r["rule"]) for r in held]
        both = [(r["gold"], verdict(r)) for r in held]
        print(
            line(name, score(rules)), "| model", line("", score(model_alone))[19:], "| both", line("", score(both))[19:]
        )
    held = cv
    for tag, pairs in (
        ("rules", [(r["gold"], r["rule"]) for r in held]),
        ("model", [(r["gold"], max(r["probs"], key=r["probs"].get)) for r in held]),
        ("both", [(r["gold"], verdict(r)) for r in held]),
    ):
        print(tag, score(pairs)["per"])
    flips = [r for r in held if verdict(r) != r["rule"]]
    good = sum(verdict(r) == r["gold"] for r in flips)
    bad = sum(r["rule"] == r["gold"] for r in flips)
    print(f"policy changed {len(flips)} verdicts: {good} to the gold label, {bad} away from it")
    for r in flips:
        print(f"   {r['batch']:14} gold={r['gold']:9} rule={r['rule']:9} -> {verdict(r):9} {r['text']}")


def main() -> None:
    if "--rows" in sys.argv:  # features saved by an earlier run (tuning)
        rows = json.loads(Path(sys.argv[sys.argv.index("--rows") + 1]).read_text(encoding="utf-8"))
    else:
        rows = extract(arbiter_data.batches())
    if "--save-rows" in sys.argv:
        Path(sys.argv[sys.argv.index("--save-rows") + 1]).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} single-sentence items, {len({r['batch'] for r in rows})} batches")
    if "--write" in sys.argv:
        model = train(rows)
        data = model.to_json() | {"checks": checks(model)}
        WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print("wrote", WEIGHTS)
        return
    cv = leave_one_batch_out(rows)
    if "--dump" in sys.argv:
        Path(sys.argv[sys.argv.index("--dump") + 1]).write_text(json.dumps(cv), encoding="utf-8")
    report(cv)


if __name__ == "__main__":
    main()
