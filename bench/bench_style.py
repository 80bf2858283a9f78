"""Style robustness of the analyzer and the cost of the normaliser that buys it.

    python bench/bench_style.py [--quick] [--json] [--heldout]

Figures: share of decisions whose loci in a style variant (lower case with typos, fillers,
run-ons) equal the clean version's, on ``tests/analysis/style_cases.py`` (``--heldout``: also the
held-out batch); spelling changes per word on clean technical prose (``style_tech_text.py``, as
written and lower-cased: every change there is a false correction); CPU time of ``normalize()``
per dev-set line and per 100-word answer; the speller's load time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "analysis"), str(REPO / "bench")]

from figures import REPORT, figure, print_json  # noqa: E402 (importable only after the path insert above)

DEV_SET = REPO.parent / "shared" / "data" / "locus-dev.jsonl"


def agreement_rows(heldout: bool) -> list[dict]:
    import style_cases
    from style_agreement import score

    sets = [("style cases", style_cases.CASES, ">= 0.95")]
    if heldout:
        import style_cases_heldout

        sets.append(("held-out style cases", style_cases_heldout.CASES, REPORT))
    rows = []
    for label, cases, target in sets:
        totals = score(cases)
        every = totals["all"]
        kinds = ", ".join(f"{k} {a.decisions_agreed}/{a.decisions}" for k, a in totals.items() if k != "all")
        rows.append(
            figure(
                f"style variants keep decision loci, {label}",
                round(every.decision_rate, 3),
                "",
                target,
                f"{every.decisions_agreed}/{every.decisions} decisions ({kinds}); answers "
                f"{every.answers_agreed}/{every.answers}",
            )
        )
    return rows


def false_correction_row() -> dict:
    from style_tech_text import TECH_SENTENCES

    from agent.analysis.normalize import normalize

    texts = TECH_SENTENCES + [t.lower() for t in TECH_SENTENCES]
    words = sum(len(re.findall(r"[A-Za-z]+", t)) for t in texts)
    changed = [(t[e.start : e.end], e.replacement) for t in texts for e in normalize(t).edits if e.kind == "spelling"]
    return figure(
        "false spelling corrections, clean technical text",
        round(len(changed) / words, 4),
        "per word",
        "<= 0.005",
        f"{len(changed)} of {words} words ({len(texts)} sentences, as written and lower-cased)"
        + (f": {changed[:5]}" if changed else ""),
    )


def load_seconds() -> float:
    """CPU seconds to read the dictionary and build the index (spaCy itself is already loaded in the analyzer)."""
    import spacy.lang.en.tokenizer_exceptions  # noqa: F401  (imported by the analyzer anyway)

    from agent.analysis import speller

    started = time.process_time()
    speller.load()
    return time.process_time() - started


def cost_rows(quick: bool, load: float) -> list[dict]:
    from agent.analysis.normalize import normalize

    lines = (
        [json.loads(line)["text"] for line in DEV_SET.read_text().splitlines() if line.strip()]
        if DEV_SET.is_file()
        else []
    )
    import style_cases

    lines += [" ".join(c[k]) for c in style_cases.CASES for k in ("typo", "disfluent") if k in c]
    reps = 3 if quick else 20
    started = time.process_time()
    for _ in range(reps):
        for line in lines:
            normalize(line)
    per_line = (time.process_time() - started) / (reps * len(lines))
    words = " ".join(lines).split()
    answers = [" ".join(words[i : i + 100]) for i in range(0, len(words) - 100, 100)]
    started = time.process_time()
    for _ in range(reps):
        for answer in answers:
            normalize(answer)
    per_answer = (time.process_time() - started) / (reps * len(answers))
    return [
        figure(
            "normalize() CPU per line",
            round(per_line * 1e6, 1),
            "us",
            REPORT,
            f"{len(lines)} lines (dev set + style variants) x {reps}",
        ),
        figure(
            "normalize() CPU per 100-word answer",
            round(per_answer * 1e3, 3),
            "ms",
            REPORT,
            f"{len(answers)} answers x {reps}",
        ),
        figure(
            "speller load (dictionary + symspell index)",
            round(load, 2),
            "s CPU",
            REPORT,
            "once per process, in warmup()",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--heldout", action="store_true", help="also score the held-out style batch")
    args = parser.parse_args()
    load = load_seconds()
    rows = [*agreement_rows(args.heldout), false_correction_row(), *cost_rows(args.quick, load)]
    if args.json:
        print_json(rows)
        return
    for row in rows:
        print(f"{row['name']:<58} {row['value']!s:>8} {row['unit']:<9} {row['target']:<8} {row['detail']}")


if __name__ == "__main__":
    main()
