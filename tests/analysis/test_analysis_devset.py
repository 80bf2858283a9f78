"""The labelled development set: probe F1 must stay at or above 0.95."""

from __future__ import annotations

import json

import pytest
from conftest import DEV_SET

from agent.analysis import analyze_many

F1_TARGET = 0.95


def test_dev_set_probe_f1(nlp) -> None:
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET} (it lives in the shared data folder next to the repo)")
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = analyze_many([r["text"] for r in rows])
    tp = sum(1 for r, a in zip(rows, results, strict=False) if r["probe"] and a.probe)
    fp = sum(1 for r, a in zip(rows, results, strict=False) if not r["probe"] and a.probe)
    fn = sum(1 for r, a in zip(rows, results, strict=False) if r["probe"] and not a.probe)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    misses = [(r["text"], r["locus"], a.locus) for r, a in zip(rows, results, strict=False) if r["probe"] != a.probe]
    assert f1 >= F1_TARGET, (f1, misses)
