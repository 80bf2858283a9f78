"""Practice-loop bench: live workshop analysis of a 300-word story, and `locus progress` over 200 sessions.

Run:  python bench/bench_practice.py [--quick] [--json] [--pauses N] [--sessions N]

Workshop: the app runs headless at 120x40 with a 300-word story open; each round
types a few words (keys 30 ms apart, shorter than the debounce) and then pauses.
The figure is the time from the last keystroke to the screen redrawn with the
panel and colours of the new analysis (p95; the debounce counts inside it), and
how late the UI event loop ran meanwhile (a 5 ms ticker measures its own
lateness; p99 against one 60 Hz frame).

Progress: 200 saved sessions (12 answers each; a third scored with an older
rubric version, so they are re-scored) and `locus progress` run as a user runs
it, in a fresh process: once with an empty cache, then with the cache warm.
Targets: live analysis <= 150 ms after a pause; progress over 200 sessions <= 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from figures import REPORT, figure, print_json  # noqa: E402

STORY = """# Moving billing to the new cluster
kind: migration

Last spring the billing database had outgrown its cluster, and every month-end run came closer to the
write limit. We were asked to move it before the holiday peak. My manager approved the overall plan after
we aligned stakeholders in a long review, and the team decided to keep the old cluster running for a week.
I wrote the migration runbook myself. I chose to dual-write for ten days rather than cut over in one night,
because a bad cutover during month-end would have delayed invoices for thousands of customers. It was
decided that finance would sign off before we switched reads. When the replica lag jumped on the third day,
I paused the backfill and found that an index I had added was slowing every write; that was my mistake,
and I rolled it back within the hour. The security team wanted us to wait for their audit, but I argued
that the audit did not touch the data path, and we went ahead with their agreement. After the switch I
owned the rollback plan for two weeks, watched the error budget every morning, and told the team each day
what I was seeing. Looking back, I would have load-tested the new indexes before the first write, and I now
do that for every schema change. In the end the move finished four days early, month-end ran with half the
write load, and nobody outside the team noticed the switch. The process required a change ticket for each
step, so I filed them ahead of time and kept the reviewers informed rather than waiting on each approval.
Two months later another team asked how we had done it, and I walked them through the runbook, the dual-write
checks and the mistakes I would not repeat, so their own move took half the time ours did.
"""
WORDS = ["and", "then", "I", "decided", "to", "tell", "finance", "myself", "because", "it", "mattered"]


def words(text: str) -> int:
    return len(text.split("\n", 3)[-1].split())


async def _workshop(pauses: int, directory: Path) -> dict:
    from agent.graph.options import InterviewOptions
    from agent.settings import TuiSettings
    from agent.tui.app import LocusApp
    from agent.tui.screens.workshop import WorkshopScreen
    from agent.tui.widgets.story_editor import StoryEditor

    path = directory / "billing.md"
    path.write_text(STORY, encoding="utf-8")
    app = LocusApp(
        InterviewOptions(sessions_dir=directory / "sessions"),
        settings=TuiSettings(),
        warmup=False,
        start="stories",
        path=path,
        stories_dir=directory,
    )
    lags: list[float] = []
    stop = False

    async def ticker() -> None:
        while not stop:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - before - 0.005)

    async with app.run_test(size=(120, 40)) as pilot:
        from agent.practice.worker import shared_analyser

        analyser = shared_analyser()
        while not (
            isinstance(app.screen, WorkshopScreen)
            and app.screen.report is not None
            and (analyser.ready or analyser.failed)
        ):
            await pilot.pause(0.02)
        if analyser.failed:
            print(f"bench_practice: {analyser.failed}; measuring in-process analysis", file=sys.stderr)
        screen = app.screen
        editor = screen.query_one(StoryEditor)
        editor.move_cursor(editor.document.end)
        task = asyncio.get_running_loop().create_task(ticker())
        cpu_before = time.thread_time(), time.process_time()
        for round_ in range(pauses):
            seen = len(screen.latencies)
            for word in WORDS[round_ % len(WORDS) :][:3]:
                editor.insert(" " + word)
                await asyncio.sleep(0.03)
            deadline = time.perf_counter() + 5
            while len(screen.latencies) == seen and time.perf_counter() < deadline:
                await asyncio.sleep(0.002)
            await asyncio.sleep(0.1)
        stop = True
        await task
        cpu = time.process_time() - cpu_before[1]
        return {
            "latencies": list(screen.latencies),
            "colours": list(screen.colour_latencies),
            "lags": lags,
            "cpu": cpu,
            "analysis": list(screen.analysis_time[1:]),
            "in_process": shared_analyser().ready,
            "words": len(editor.text.split()),
        }


def analysis_cpu(rounds: int) -> tuple[float, float, float]:
    """CPU seconds (median) of the two jobs the analysis process runs per update, here in this process:
    the colours (analyzer, only the changed sentences parsed) and the report (story reader and scorer, reusing
    the colours' parse); and, for comparison, the analyzer on the whole body.  Steadier than wall time on a
    loaded machine; the wall-clock target also pays the debounce and the process round trip."""
    from agent import paths
    from agent.analysis import analyze_with_docs
    from agent.practice.worker import colour_marks, full_report

    rubric = str(paths.default_rubric_path())
    full_report(STORY, "billing.md", rubric, STORY)
    colours, reports, whole = [], [], []
    for n in range(rounds):
        text = STORY.rstrip("\n") + " " + " ".join(WORDS[: 1 + n % len(WORDS)]) + f" {n}.\n"
        started = time.process_time()
        colour_marks(text, "billing.md")
        middle = time.process_time()
        full_report(text, "billing.md", rubric, STORY)
        done = time.process_time()
        analyze_with_docs([text + " "])  # a text the analyzer has not seen: a whole-body parse
        colours.append(middle - started)
        reports.append(done - middle)
        whole.append(time.process_time() - done)
    return statistics.median(colours), statistics.median(reports), statistics.median(whole)


def _p95(values: list[float]) -> float:
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))] * 1000 if values else float("inf")


def bench_workshop(pauses: int) -> list[dict]:
    from agent.tui.screens.workshop import DEBOUNCE_S

    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(_workshop(pauses, Path(tmp)))
    lat = sorted(result["latencies"])
    p95 = _p95(lat)
    colours = _p95(sorted(result["colours"]))
    lags = sorted(result["lags"])
    lag = lags[-1] * 1000 if lags else 0.0
    lag99 = lags[int(0.99 * (len(lags) - 1))] * 1000 if lags else 0.0
    detail = (
        f"{len(lat)} pauses, {words(STORY)}-word story; median {statistics.median(lat) * 1000:.0f} ms, "
        f"includes the {DEBOUNCE_S * 1000:.0f} ms debounce; CPU {result['cpu'] / max(1, len(lat)) * 1000:.0f} ms per update"
    )
    analysis = _p95(sorted(result["analysis"]))
    colour_cpu, report_cpu, whole_cpu = analysis_cpu(max(3, min(pauses, 10)))
    colour_list = sorted(result["colours"])
    return [
        figure(
            "workshop analysis CPU per update",
            round((colour_cpu + report_cpu) * 1000, 1),
            "ms",
            REPORT,
            f"median, the analysis process's two jobs run in-process: colours {colour_cpu * 1000:.0f} ms (changed "
            f"sentences parsed; the whole body would take {whole_cpu * 1000:.0f} ms) + report {report_cpu * 1000:.0f} ms "
            f"(one parse shared); add the {DEBOUNCE_S * 1000:.0f} ms debounce and the round trip for the wall-clock figure",
        ),
        figure("workshop live analysis after a typing pause p95", round(p95, 1), "ms", "<= 150", detail),
        figure(
            "workshop analysis per update p95",
            round(analysis, 1),
            "ms",
            REPORT,
            "analysis process round trip: analyzer, story reader and scorer (the part after the debounce)",
        ),
        figure(
            "workshop decision colours after a typing pause p95",
            round(colours, 1),
            "ms",
            "<= 150",
            f"the analyzer's spans on screen, before the story reader and scorer finish; median "
            f"{statistics.median(colour_list) * 1000 if colour_list else 0:.0f} ms",
        ),
        figure(
            "workshop UI loop stall while analysing p99",
            round(lag99, 1),
            "ms",
            "<= 16.7",
            f"how late a 5 ms ticker on the UI event loop ran (one 60 Hz frame = 16.7 ms); max {lag:.0f} ms; "
            f"analysis in a separate process: {result['in_process']}",
        ),
    ]


def make_sessions(directory: Path, count: int) -> None:
    """``count`` completed sessions of 12 answers; every third stamped with an older rubric version."""
    from agent import paths
    from agent.analysis import analyze_many
    from agent.rubric.loader import load_rubric_cached
    from agent.rubric.scoring import score
    from agent.session.events import AnalysisEvent, AnswerEvent, EndEvent, InterviewerEvent, MetaEvent, ScorecardEvent
    from agent.session.store import SessionWriter
    from agent.transcript.models import Turn

    sentences = [s.strip() + "." for s in STORY.split("\n", 3)[-1].replace("\n", " ").split(". ") if s.strip()]
    pool = [" ".join(sentences[i : i + 3]) for i in range(len(sentences) - 2)]
    analyses = dict(zip(pool, analyze_many(pool), strict=False))
    rubric = load_rubric_cached(paths.default_rubric_path())
    question = "Tell me about a time you moved a system onto something new."
    for n in range(count):
        answers = [pool[(n * 5 + k) % len(pool)] for k in range(12)]
        sid = f"2026{1 + n // 600:02d}{1 + (n // 20) % 28:02d}-{n:06d}-bench-{n % 97:02x}"
        writer = SessionWriter.create(directory, sid)
        writer.append(
            MetaEvent(
                session_id=sid,
                created=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00",
                scenario_id="alerting",
                seed=n,
            )
        )
        turns, found = [], {}
        for k, answer in enumerate(answers):
            writer.append(InterviewerEvent(turn=2 * k + 1, kind="question", phase="past_experience", text=question))
            writer.append(AnswerEvent(turn=2 * k + 2, text=answer))
            writer.append(AnalysisEvent(turn=2 * k + 2, analysis=analyses[answer].model_dump(mode="json")))
            turns += [
                Turn(number=2 * k + 1, speaker="interviewer", text=question),
                Turn(number=2 * k + 2, speaker="candidate", text=answer),
            ]
            found[2 * k + 2] = analyses[answer]
        card = score(turns, rubric, analyses=found).model_dump(mode="json")
        if n % 3 == 0:
            card["rubric"]["version"] = "0.9.0"
        writer.append(ScorecardEvent(scorecard=card))
        writer.append(EndEvent(status="completed"))
        writer.close()


def _timed_progress(sessions: Path, cache: Path) -> tuple[float, float]:
    env = {**os.environ, "LOCUS_CACHE_DIR": str(cache)}
    before = os.times()
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "progress", "--sessions-dir", str(sessions), "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    wall = time.perf_counter() - started
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"locus progress failed: {proc.stderr[-300:]}")
    json.loads(proc.stdout)
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _in_process_progress(sessions: Path, cache: Path) -> tuple[float, float]:
    """Quick mode: the same computation without a fresh interpreter (no import time)."""
    from agent import paths
    from agent.practice.progress import compute_progress
    from agent.rubric.loader import load_rubric_cached

    os.environ["LOCUS_CACHE_DIR"] = str(cache)
    started, cpu = time.perf_counter(), time.process_time()
    compute_progress(sessions, load_rubric_cached(paths.default_rubric_path()), paths.default_rubric_path())
    return time.perf_counter() - started, time.process_time() - cpu


def bench_progress(count: int, runs: int, fresh_process: bool = True) -> list[dict]:
    timed = _timed_progress if fresh_process else _in_process_progress
    with tempfile.TemporaryDirectory() as tmp:
        sessions, cache = Path(tmp) / "sessions", Path(tmp) / "cache"
        make_sessions(sessions, count)
        cold, cold_cpu = timed(sessions, cache)
        warm = [timed(sessions, cache) for _ in range(runs)]
    wall, cpu = min(warm, key=lambda w: w[0])
    return [
        figure(
            f"locus progress, {count} sessions (cache warm)",
            round(wall, 2),
            "s",
            "<= 2.0",
            f"best of {runs} {'fresh processes' if fresh_process else 'runs in this process (quick)'}; CPU {cpu:.2f} s; "
            "a third re-scored from an older rubric version",
        ),
        figure(
            f"locus progress, {count} sessions (cache cold)",
            round(cold, 2),
            "s",
            REPORT,
            f"first run, every session read and a third re-scored; CPU {cold_cpu:.2f} s",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer pauses and sessions")
    parser.add_argument("--json", action="store_true", help="one JSON figure per line")
    parser.add_argument("--pauses", type=int, help="typing pauses in the workshop (default 20; quick 2)")
    parser.add_argument("--sessions", type=int, help="sessions for locus progress (default 200; quick 6, in process)")
    args = parser.parse_args()
    rows = bench_workshop(args.pauses or (2 if args.quick else 20))
    rows += bench_progress(
        args.sessions or (6 if args.quick else 200), 1 if args.quick else 3, fresh_process=not args.quick
    )
    if args.json:
        print_json(rows)
    else:
        load = os.getloadavg()
        for row in rows:
            print(f"{row['name']}: {row['value']} {row['unit']} (target {row['target']}) {row['detail']}")
        print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
