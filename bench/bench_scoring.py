"""Offline (story) scoring time: a 60-turn transcript, and pathological answers.

Run: python bench/bench_scoring.py [--repeat N] [--quick] [--json]
Reports rubric load time, the first score (includes analyzer warm-up), the median
of N further scores with and without pre-computed analyses (a saved session carries
its analyses, so re-scoring only re-parses), and the CPU time to score one answer
of 1 MB of pathological text (spaces, dots, one repeated word as a run, per line or per
sentence, punctuation runs, new lines).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.analysis import analyze, warmup  # noqa: E402
from agent.analysis.analyzer import forget_parses  # noqa: E402
from agent.paths import default_rubric_path  # noqa: E402
from agent.rubric.loader import load_rubric  # noqa: E402
from agent.rubric.scorer import score_offline  # noqa: E402
from agent.transcript.models import Turn  # noqa: E402
from agent.transcript.parse import parse_transcript  # noqa: E402

ANSWERS = [
    "I rolled the converter back within the hour rather than attempt a fix under pressure, and posted in the channel.",
    "We held off until the incident commander approved a revert, as the runbook says.",
    "I picked four retries over ten days instead of daily retries, accepting extra scheduling complexity.",
    "It was decided at planning that the pipeline should move onto a queue, and I was asked to write the plan.",
    "My change shifted cues by half a second; I reprocessed the forty affected titles and added a diff check.",
    "The team agreed a canary was needed, and my manager scheduled the migration for the weekend.",
]


PATHOLOGICAL = {
    "spaces": " " * 1_000_000,
    "dots": "." * 1_000_000,
    "one word": "rollback " * 111_112,
    "one word per line": "rollback\n" * 111_112,
    "one word per sentence": "Rollback. " * 100_000,
    "punctuation run": "!?;" * 333_334,
    "new lines": "\n" * 1_000_000,
}


def pathological_ms(rubric) -> dict[str, float]:
    """CPU milliseconds to score one answer of about 1 MB of each pathological kind (worst of 2 runs)."""
    out = {}
    for name, filler in PATHOLOGICAL.items():
        turns = [
            Turn(number=1, speaker="interviewer", text="Tell me about a rollback."),
            Turn(number=2, speaker="candidate", text=f"I rolled the deploy back myself. {filler} I told the team why."),
        ]
        times = []
        for _ in range(2):
            t0 = time.process_time()
            score_offline(turns, rubric)
            times.append((time.process_time() - t0) * 1000)
        out[name] = max(times)
    return out


def build_transcript(turns: int) -> str:
    lines = []
    for i in range(turns // 2):
        lines.append(f"Interviewer: Question {i + 1}: tell me what happened next in that project?")
        lines.append(f"Candidate: {ANSWERS[i % len(ANSWERS)]} That was in sprint {i + 1}.")
    return "\n\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=None, help="timed scores after the first (default 20, quick 3)")
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--quick", action="store_true", help="CI-sized: 3 repeats")
    parser.add_argument("--json", action="store_true", help="print one JSON figure row per line")
    args = parser.parse_args()
    args.repeat = args.repeat or (3 if args.quick else 20)

    t0 = time.perf_counter()
    rubric = load_rubric(default_rubric_path())
    load_ms = (time.perf_counter() - t0) * 1000
    turns = parse_transcript(build_transcript(args.turns))

    t0 = time.perf_counter()
    warmup()
    warm_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    score_offline(turns, rubric)
    first_ms = (time.perf_counter() - t0) * 1000

    cold, saved, reused = [], [], []
    analyses = {t.number: analyze(t.text) for t in turns if t.speaker == "candidate"}
    for _ in range(args.repeat):
        forget_parses()  # each of these scores parses every answer, as a fresh process would
        t0 = time.perf_counter()
        score_offline(turns, rubric)
        cold.append((time.perf_counter() - t0) * 1000)
        forget_parses()
        t0 = time.perf_counter()
        score_offline(turns, rubric, analyses=analyses)
        saved.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()  # the parses just made are reused: scoring right after the interview
        score_offline(turns, rubric, analyses=analyses)
        reused.append((time.perf_counter() - t0) * 1000)

    patho = pathological_ms(rubric)
    worst = max(patho, key=patho.get)
    if args.json:
        from figures import figure, print_json

        answers = sum(t.speaker == "candidate" for t in turns)
        print_json(
            [
                figure(
                    f"scoring time, {len(turns)}-turn session",
                    round(statistics.median(cold), 1),
                    "ms",
                    "<= 100",
                    f"offline story score incl. analysis of {answers} answers, median of {args.repeat}; "
                    f"first score {first_ms:.0f} ms; rubric load {load_ms:.0f} ms",
                ),
                figure(
                    f"scoring time, {len(turns)}-turn session, saved analyses",
                    round(statistics.median(saved), 1),
                    "ms",
                    "<= 100",
                    "re-scoring a saved session (analyses stored with it; answers re-parsed for the story signals)",
                ),
                figure(
                    f"scoring time, {len(turns)}-turn session, parses reused",
                    round(statistics.median(reused), 1),
                    "ms",
                    "report",
                    "saved analyses, answers parsed moments before in the same process (the interview's "
                    "own scorecard, a re-score in the app)",
                ),
                figure(
                    "scoring CPU time, 1 MB pathological answer",
                    round(patho[worst], 1),
                    "ms",
                    "<= 1000",
                    f"worst kind: {worst}; " + ", ".join(f"{k} {v:.0f} ms" for k, v in patho.items()),
                ),
            ]
        )
        return 0
    print(f"transcript: {len(turns)} turns ({sum(t.speaker == 'candidate' for t in turns)} answers)")
    print(f"rubric load:                    {load_ms:8.1f} ms")
    print(f"analyzer warm-up:               {warm_ms:8.1f} ms")
    print(f"first score (after warm-up):    {first_ms:8.1f} ms")
    print(f"score incl. analysis, median:   {statistics.median(cold):8.1f} ms  (n={args.repeat})")
    print(f"score with saved analyses, med: {statistics.median(saved):8.1f} ms  (n={args.repeat})")
    print(f"same, parses reused, median:    {statistics.median(reused):8.1f} ms  (n={args.repeat})")
    for name, ms in patho.items():
        print(f"1 MB answer of {name + ':':17}{ms:8.1f} ms CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
