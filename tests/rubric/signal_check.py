"""Score sentence-level signal cases (``signal_cases_*.py``): which expected signals were found.

Run: python tests/rubric/signal_check.py tests/rubric/signal_cases_1.py [-v]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def found_keys(answer: str) -> set[str]:
    from agent.stories import build_stories
    from agent.transcript.models import Turn

    turns = [
        Turn(number=1, speaker="interviewer", text="Tell me about a time something went wrong on your watch."),
        Turn(number=2, speaker="candidate", text=answer),
    ]
    return {s.key for story in build_stories(turns) for s in story.signals}


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.CASES


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    cases = load(Path(argv[0]))
    hit = want = wrong = 0
    for text, expected, forbidden in cases:
        got = found_keys(text)
        miss = expected - got
        bad = forbidden & got
        hit += len(expected) - len(miss)
        want += len(expected)
        wrong += len(bad)
        if (miss or bad) and "-v" in argv:
            print(f"MISS {sorted(miss)} WRONG {sorted(bad)} :: {text[:110]}")
    print(
        f"SIGNALS expected found {hit}/{want} ({hit / max(want, 1):.0%}); forbidden found {wrong}; cases {len(cases)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
