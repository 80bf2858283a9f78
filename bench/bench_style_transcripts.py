"""Style robustness of the scorecard: do styled retellings of a transcript keep its levels?

    python bench/bench_style_transcripts.py [--quick] [--json] [--details] [--seed N]

Every clean transcript the scorer was not tuned on (tests/rubric/{fresh,heldout,classes}, the dev
pairs in ../shared/data/transcripts, the calibration set) is retold mechanically in three styles
(``tests/rubric/style_variants.py``: ``casual`` = lower case, no apostrophes, "i", slips in signal
words, fillers; ``runon`` = sentences joined into 60-120-word sentences; ``casual_runon`` = both).
Figures: the share of dimension levels (judgment, ownership, independence) that stay the same, over
all transcripts and variants, per variant, and over the dimensions the clean version scores 4 or 5;
the detail names the signal keys the variants lost most often.  ``--details`` prints every change.
``--quick`` scores six transcripts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "rubric"), str(REPO / "bench")]

from figures import REPORT, figure, print_json  # noqa: E402 (importable only after the path insert above)

DATA = REPO.parent / "shared" / "data"
SOURCES = (
    REPO / "tests" / "rubric" / "fresh",
    REPO / "tests" / "rubric" / "heldout",
    REPO / "tests" / "rubric" / "classes",
    DATA / "transcripts",
    DATA / "calibration",
)
QUICK = (
    "s04-consult-then-decide",
    "s07-owned-hindsight",
    "h04-parking-consult",
    "k06-timetable-strong",
    "d1-high",
    "c03",
)


def transcripts(quick: bool) -> list[Path]:
    found = sorted(p for d in SOURCES if d.is_dir() for p in d.glob("*.txt"))
    return [p for p in found if p.stem in QUICK] if quick else found


def comparisons(paths: list[Path], seed: int) -> list:
    from style_variants import VARIANTS, compare, styled

    from agent.rubric.loader import load_rubric
    from agent.rubric.scorer import read_for_scoring, score_reading
    from agent.transcript.parse import parse_transcript

    rubric = load_rubric(REPO / "rubrics" / "default.rubric.yaml")

    def scored(turns):
        reading = read_for_scoring(turns, rubric)
        return reading, score_reading(reading, turns, rubric)

    out = []
    for path in paths:
        turns = parse_transcript(path.read_text())
        clean = scored(turns)
        for variant in VARIANTS:
            out.append(compare(path.stem, variant, *clean, *scored(styled(turns, variant, seed))))
    return out


def rows(found: list) -> list[dict]:
    from style_variants import VARIANTS

    def share(items) -> tuple[float, str]:
        pairs = [(c, d) for c in items for d in c.clean]
        same = sum(1 for c, d in pairs if c.clean[d] == c.styled[d])
        return (round(same / len(pairs), 3) if pairs else 0.0), f"{same}/{len(pairs)}"

    lost = Counter()
    for c in found:
        lost.update(c.lost)
    top = ", ".join(f"{k} {n}" for k, n in lost.most_common(6)) or "none"
    value, count = share(found)
    out = [
        figure(
            "styled transcripts keep dimension levels",
            value,
            "",
            ">= 0.95",
            f"{count} levels over {len({c.name for c in found})} transcripts x {len(VARIANTS)} variants; "
            f"signals lost most: {top}",
        )
    ]
    for variant in VARIANTS:
        value, count = share([c for c in found if c.variant == variant])
        moved = Counter(d for c in found if c.variant == variant for d in c.changed)
        out.append(
            figure(
                f"styled transcripts keep dimension levels, {variant}",
                value,
                "",
                REPORT,
                f"{count}; moved: " + (", ".join(f"{d} {n}" for d, n in moved.items()) or "none"),
            )
        )
    strong = [(c, d) for c in found for d in c.clean if (c.clean[d] or 0) >= 4]
    same = sum(1 for c, d in strong if c.styled[d] == c.clean[d])
    out.append(
        figure(
            "styled transcripts keep levels 4-5",
            round(same / len(strong), 3) if strong else 0.0,
            "",
            REPORT,
            f"{same}/{len(strong)} dimensions the clean version scores 4 or 5",
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true", help="print every transcript whose levels moved")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    found = comparisons(transcripts(args.quick), args.seed)
    table = rows(found)
    if args.json:
        print_json(table)
        return
    for row in table:
        print(f"{row['name']:<58} {row['value']!s:>8} {row['target']:<8} {row['detail']}")
    if args.details:
        for c in found:
            if c.changed or c.lost or c.gained or c.holders_changed:
                moved = ", ".join(f"{d} {c.clean[d]}->{c.styled[d]}" for d in c.changed) or "levels same"
                print(
                    f"{c.name:<28} {c.variant:<13} {moved}; lost {dict(c.lost)}; gained {dict(c.gained)}"
                    + (f"; holders {c.holders_changed}" if c.holders_changed else "")
                )


if __name__ == "__main__":
    main()
