"""The labelled sentences the learned arbiter is trained and cross-validated on, one batch per source.

Every (sentence, locus) list the analysis tests hold, the blind sets in ``tests/analysis/blind_sets`` (written
by people who never saw the rules, scored once at first sight before they joined training: bench/README.md),
plus the dev set.  Whole multi-sentence answers,
style variants (labelled by their clean answer's verdict, not by a person) and speech-act cases (silenced
before any model runs) are left out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests" / "analysis"
BLIND_SETS = TESTS / "blind_sets"
# Every held-out batch module there is (``heldout_batchN.BATCHN``), by number.
HELDOUT = sorted(int(p.stem.removeprefix("heldout_batch")) for p in TESTS.glob("heldout_batch*.py"))
DEV_SET = REPO.parent / "shared" / "data" / "locus-dev.jsonl"


def _pairs(cases) -> list[tuple[str, str]]:
    return [(text, locus) for text, locus in cases]


def batches() -> dict[str, list[tuple[str, str]]]:
    """Batch name -> (text, gold locus), in a fixed order."""
    sys.path.insert(0, str(TESTS))
    import analysis_minimal_pairs
    import analysis_unseen_cases
    import recall_batches
    import test_analysis_heldout_batches

    found: dict[str, list[tuple[str, str]]] = {}
    for letter in "abcdefgh":
        module = __import__(f"class_batches_{letter}")
        classes = getattr(module, f"CLASSES_{letter.upper()}")
        found[f"class_{letter}"] = [case for cases in classes.values() for case in _pairs(cases)]
    for number in HELDOUT:
        module = __import__(f"heldout_batch{number}")
        found[f"heldout_{number}"] = _pairs(getattr(module, f"BATCH{number}"))
    found["one_rule_each"] = _pairs(test_analysis_heldout_batches.ONE_RULE_EACH)
    found["recall_kinds"] = [case for cases in recall_batches.KINDS.values() for case in _pairs(cases)]
    found["recall_precision"] = _pairs(recall_batches.PRECISION)
    found["unseen"] = _pairs(analysis_unseen_cases.UNSEEN) + _pairs(analysis_unseen_cases.UNSEEN_HARD)
    found["unseen_holdout"] = _pairs(analysis_unseen_cases.UNSEEN_HOLDOUT)
    grid = [case for forms in analysis_minimal_pairs.ACTORS.values() for case in forms.values()]
    found["minimal_pairs"] = _pairs(grid) + _pairs(analysis_minimal_pairs.FLIPS)
    for path in sorted(BLIND_SETS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found[path.stem] = [(row["text"], row["locus"]) for row in rows]
    if DEV_SET.exists():
        rows = [json.loads(line) for line in DEV_SET.read_text().splitlines() if line.strip()]
        found["dev"] = [(row["text"], row["locus"]) for row in rows]
    return found
