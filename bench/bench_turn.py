"""Offline turn latency (answer in -> next question out, incl. analysis and save) and peak memory.

Usage: python bench/bench_turn.py [--quick] [--json]
Targets: turn latency p95 <= 50 ms; peak RSS of a full offline interview <= 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.analysis import warmup  # noqa: E402
from agent.analysis.analyzer import forget_parses  # noqa: E402
from agent.graph.launch import InterviewOptions, new_interview  # noqa: E402
from tests.graph.personas import PERSONAS, answers_for  # noqa: E402


async def _timed_interview(sessions: Path, seed: int, persona: str) -> list[float]:
    runner = new_interview(InterviewOptions(sessions_dir=sessions, seed=seed))
    pending = await runner.step(None)
    times = []
    for answer in answers_for(persona):
        if pending is None:
            break
        forget_parses()  # the scripted personas repeat answers word for word; a real candidate does not
        start = time.perf_counter()
        pending = await runner.step(answer)
        if pending is not None:  # the final step includes scoring; measured separately
            times.append((time.perf_counter() - start) * 1000)
    runner.close()
    return times


def turn_latency(runs: int) -> dict:
    warmup()
    samples: list[float] = []
    by_length: dict[str, list[float]] = {"short": [], "long": []}  # long: answers over 300 words
    with tempfile.TemporaryDirectory() as tmp:
        names = sorted(PERSONAS)
        for seed in range(runs):
            persona = names[seed % len(names)]
            times = asyncio.run(_timed_interview(Path(tmp), seed, persona))
            samples += times
            longest = max(len(a.split()) for a in answers_for(persona))
            by_length["long" if longest > 300 else "short"] += times
    p95 = _p95(samples)
    split = "; ".join(f"{kind} answers p95 {_p95(v):.1f} ms (n={len(v)})" for kind, v in by_length.items() if v)
    return {
        "name": "offline turn latency p95",
        "value": round(p95, 1),
        "unit": "ms",
        "target": "<= 50",
        "ok": p95 <= 50,
        "detail": f"median {statistics.median(samples):.1f} ms over {len(samples)} turns; {split}; long = over 300 words",
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def peak_memory() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.txt"
        answers.write_text("\n\n".join(answers_for("over-delegator", 60)), encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "agent",
            "interview",
            "--headless",
            "--answers",
            str(answers),
            "--seed",
            "1",
            "--sessions-dir",
            tmp,
        ]
        # Linux hands a child the high-water RSS of the memory it replaced at exec (this process's, after
        # the in-process interviews above): a small go-between keeps that out of the interview's figure.
        out = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command], cwd=ROOT, check=True, capture_output=True, text=True
        )
    peak_mb = int(out.stdout.split()[-1]) / 1024
    return {
        "name": "peak memory, full offline interview",
        "value": round(peak_mb),
        "unit": "MB",
        "target": "<= 400",
        "ok": peak_mb <= 400,
        "detail": "max RSS of a headless interview process",
    }


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run(quick: bool) -> list[dict]:
    """Rows for bench/run_all.py."""
    return [turn_latency(3 if quick else 12), peak_memory()]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = run(args.quick)
    for row in rows:
        print(
            json.dumps(row)
            if args.json
            else f"{row['name']}: {row['value']} {row['unit']} (target {row['target']}) {row['detail']}"
        )
