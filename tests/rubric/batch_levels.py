"""Score a folder of hand-written transcripts against its ``expected.yaml`` (used by tests and by hand).

Run: python tests/rubric/batch_levels.py tests/rubric/fresh [--quiet]
Prints expected and scored levels per file, then per dimension the mean absolute error and how many
files land inside the accepted range, and the senior-bar agreement.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
DIMS = ("judgment", "ownership", "independence")


@dataclass(frozen=True)
class Case:
    """One transcript and the levels a person gave it."""

    name: str
    path: Path
    levels: dict[str, int | None]
    accept: dict[str, tuple[int, int]]
    senior: bool

    def ok(self, dim: str, level: int | None) -> bool:
        want = self.levels[dim]
        if want is None or level is None:
            return want == level
        lo, hi = self.accept.get(dim, (want, want))
        return lo <= level <= hi


def load_cases(folder: Path) -> list[Case]:
    """Every case in ``folder/expected.yaml``, in name order."""
    data = YAML(typ="safe").load((folder / "expected.yaml").read_text())
    return [
        Case(
            name,
            folder / f"{name}.txt",
            dict(x["levels"]),
            {d: (r[0], r[1]) for d, r in (x.get("accept") or {}).items()},
            bool(x.get("senior")),
        )
        for name, x in sorted(data.items())
    ]


def score_case(case: Case, rubric, level: str | None = None):
    from agent.rubric.scoring import score
    from agent.transcript.parse import parse_transcript

    return score(parse_transcript(case.path.read_text()), rubric, level=level)


def scored_cards(cases: dict[str, Case], level: str | None = None):
    """A getter that scores a case offline with the default rubric the first time it is asked for, then reuses
    the card (the tests' ``cards`` fixtures)."""
    from agent.rubric.loader import load_rubric
    from agent.rubric.scorer import score_offline
    from agent.transcript.parse import parse_transcript

    rubric = load_rubric(ROOT / "rubrics" / "default.rubric.yaml")
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            cache[name] = score_offline(parse_transcript(cases[name].path.read_text()), rubric, level=level)
        return cache[name]

    return get


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from agent.paths import default_rubric_path
    from agent.rubric.loader import load_rubric

    folder = Path(argv[0])
    quiet = "--quiet" in argv
    rubric = load_rubric(default_rubric_path())
    errs: dict[str, list[int]] = {d: [] for d in DIMS}
    inside = {d: 0 for d in DIMS}
    senior_ok = 0
    cases = load_cases(folder)
    for case in cases:
        card = score_case(case, rubric, level="senior")
        got = {d.id: d.level for d in card.dimensions}
        bar = getattr(card, "senior_bar_met", None)
        if bar is None:
            bar = all(got[d] is not None and got[d] >= card.level_expected.get(d, 5) for d in DIMS)
        senior_ok += int(bool(bar) == case.senior)
        for d in DIMS:
            inside[d] += int(case.ok(d, got[d]))
            if case.levels[d] is not None and got[d] is not None:
                errs[d].append(abs(case.levels[d] - got[d]))
            elif case.levels[d] != got[d]:
                errs[d].append(2)  # null against a level (either way) counts as two levels off
        if not quiet:
            fmt = "/".join("-" if v is None else str(v) for v in (case.levels[d] for d in DIMS))
            gfmt = "/".join("-" if v is None else str(v) for v in (got[d] for d in DIMS))
            print(
                f"{case.name:32} expected {fmt:8} got {gfmt:8} senior {'Y' if case.senior else 'N'}/{'Y' if bar else 'N'}"
            )
    parts = [f"files={len(cases)}"]
    for d in DIMS:
        mae = sum(errs[d]) / len(errs[d]) if errs[d] else 0.0
        parts.append(f"{d[0].upper()}: MAE={mae:.2f} in-range={inside[d]}/{len(cases)}")
    parts.append(f"senior={senior_ok}/{len(cases)}")
    print("BATCH " + " | ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
