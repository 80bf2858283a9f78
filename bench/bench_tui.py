"""TUI latency bench: app start to a usable interview screen, and opening a 300-turn replay.

Run:  python bench/bench_tui.py [--runs 5] [--quick] [--json]
Each run is a fresh Python process (cold imports), driven headless with Textual's
``run_test`` at 100x30.  Targets: usable interview screen <= 1.0 s; replay open <= 1.0 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

START_PROBE = r"""
import asyncio, json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from agent.graph.options import InterviewOptions
from agent.tui.app import LocusApp
from agent.settings import TuiSettings
from agent.tui.screens.interview import InterviewScreen
from agent.tui.widgets.conversation import Conversation
t_import = time.perf_counter() - t0
opts = InterviewOptions(sessions_dir=Path(sys.argv[1]), seed=3)
out = {"import": t_import}
async def main():
    app = LocusApp(opts, settings=TuiSettings(), warmup=True)
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, InterviewScreen) and app.screen.query("#answer") and app.focused is not None):
            await pilot.pause(0.002)
        out["screen"] = time.perf_counter() - t0
        out["heavy_loaded_at_screen"] = sorted(m for m in ("langgraph", "spacy") if m in sys.modules)
        conv = app.screen.query_one(Conversation)
        while not conv.turns:
            await pilot.pause(0.002)
        out["question"] = time.perf_counter() - t0
        while app.screen.pending is None:
            await pilot.pause(0.005)
        out["send_ready"] = time.perf_counter() - t0
asyncio.run(main())
print(json.dumps(out))
"""

REPLAY_PROBE = r"""
import asyncio, json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from agent.graph.options import InterviewOptions
from agent.tui.app import LocusApp
from agent.settings import TuiSettings
from agent.tui.screens.replay import ReplayScreen
opts = InterviewOptions(sessions_dir=Path(sys.argv[1]).parent)
out = {"import": time.perf_counter() - t0}
async def main():
    app = LocusApp(opts, settings=TuiSettings(), warmup=False, start="replay", path=Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        while not isinstance(app.screen, ReplayScreen) or not app.screen.query("#replay-turn"):
            await pilot.pause(0.002)
        await pilot.pause(0)
        out["replay_open"] = time.perf_counter() - t0
        out["turns"] = len(app.screen.steps)
        t1 = time.perf_counter()
        for _ in range(50):
            app.screen.action_step(1)  # what the right-arrow binding runs
            await pilot.pause(0)
        out["step_50_turns"] = time.perf_counter() - t1
asyncio.run(main())
print(json.dumps(out))
"""


def make_session(path: Path, turns: int = 300) -> Path:
    """Write a finished session with ``turns`` turns (half answers, with analyses and probes)."""
    from agent.analysis.models import AnswerAnalysis, Span
    from agent.session.events import AnalysisEvent, AnswerEvent, EndEvent, InterviewerEvent, MetaEvent, ScorecardEvent

    events = [
        MetaEvent(
            session_id="bench-300",
            created="2026-11-25T04:00:00.000+00:00",
            scenario_id="playback-resume",
            scenario_title="Resume playback across devices",
            seed=1,
            max_turns=400,
        )
    ]
    answer = "My manager approved the rollback. I decided to drain traffic first because the error rate doubled."
    for n in range(1, turns + 1, 2):
        probe = n % 6 == 3
        reason = (
            {
                "why": "decision placed away from the speaker",
                "phrase": "My manager approved the rollback",
                "locus": "authority",
                "cue": "manager_approved",
            }
            if probe
            else None
        )
        events.append(
            InterviewerEvent(
                turn=n,
                kind="probe" if probe else "question",
                phase="deep_dive",
                text=f"Question {n}: how would you handle **failover** for region {n}?",
                reason=reason,
            )
        )
        events.append(AnswerEvent(turn=n + 1, text=answer))
        own = answer.index("I decided")
        spans = [
            Span(start=0, end=32, text=answer[:32], locus="authority", cue="manager_approved"),
            Span(start=own, end=own + 28, text=answer[own : own + 28], locus="self", cue="i_decided"),
        ]
        analysis = AnswerAnalysis(text=answer, locus="authority", probe=True, spans=spans)
        events.append(AnalysisEvent(turn=n + 1, analysis=analysis.model_dump(mode="json")))
    card = {
        "rubric": {"id": "locus-default", "version": "1.0.0"},
        "scorer": "offline",
        "dimensions": [
            {
                "id": "ownership",
                "name": "Ownership",
                "level": 2,
                "evidence": [{"turn": 2, "quote": answer[:32], "cue": "manager_approved", "effect": "-"}],
            }
        ],
        "overall": {"level": 2.0, "recommendation": "n/a"},
    }
    events.append(ScorecardEvent(scorecard=card))
    events.append(EndEvent())
    with path.open("w", encoding="utf-8") as fh:
        for seq, e in enumerate(events):
            e.seq = seq
            e.ts = "2026-11-25T04:00:00.000+00:00"
            fh.write(e.model_dump_json() + "\n")
    return path


CLI_PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
from agent.cli.main import build_parser
build_parser()
from agent.tui.app import LocusApp
print(json.dumps({"cli": time.perf_counter() - t0, "langgraph": "langgraph" in sys.modules}))
"""


def run_probe(code: str, arg: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, cwd=REPO, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def print_figures(starts: list[dict], replays: list[dict], clis: list[dict]) -> None:
    from figures import REPORT, figure, print_json

    runs = f"median of {len(starts)} fresh process(es), 100x30 headless"
    print_json(
        [
            figure(
                "app start to usable interview screen",
                round(statistics.median(s["screen"] for s in starts), 3),
                "s",
                "<= 1.0",
                f"{runs}; first question {statistics.median(s['question'] for s in starts):.2f} s; "
                f"heavy modules loaded: {starts[0]['heavy_loaded_at_screen'] or 'none'}",
            ),
            figure(
                "app start to engine ready",
                round(statistics.median(s["send_ready"] for s in starts), 3),
                "s",
                REPORT,
                "first answer can be sent (ctrl+s accepted); analyzer warms up in the background",
            ),
            figure(
                "replay open, 300-turn session",
                round(statistics.median(r["replay_open"] for r in replays), 3),
                "s",
                "<= 1.0",
                f"{runs}; {replays[0]['turns']} steps; 50 arrow-key steps "
                f"{statistics.median(r['step_50_turns'] for r in replays):.2f} s",
            ),
            figure(
                "CLI parser + TUI import",
                round(statistics.median(c["cli"] for c in clis), 3),
                "s",
                REPORT,
                f"langgraph imported: {clis[0]['langgraph']}",
            ),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=None, help="fresh processes per probe (default 5, quick 1)")
    parser.add_argument("--quick", action="store_true", help="CI-sized: one run of each probe")
    parser.add_argument("--json", action="store_true", help="print one JSON figure row per line")
    args = parser.parse_args()
    args.runs = args.runs or (1 if args.quick else 5)
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        starts = [run_probe(START_PROBE, str(Path(tmp) / f"s{i}")) for i in range(args.runs)]
        session = make_session(Path(tmp) / "bench-300.jsonl")
        replays = [run_probe(REPLAY_PROBE, str(session)) for _ in range(args.runs)]
        clis = [run_probe(CLI_PROBE, "") for _ in range(args.runs)]
    if args.json:
        print_figures(starts, replays, clis)
        return
    print(f"runs: {args.runs} (fresh process each, 100x30 headless)")
    print(
        f"{'locus CLI parser + TUI import (before run)':<46} {summary([c['cli'] for c in clis])}"
        f"  langgraph imported: {clis[0]['langgraph']}"
    )
    for key, label in (
        ("import", "import agent.tui.app"),
        ("screen", "interview screen usable (answer box focused)"),
        ("question", "first question visible"),
        ("send_ready", "engine ready (ctrl+s accepted)"),
    ):
        print(f"{label:<46} {summary([s[key] for s in starts])}")
    print(f"{'heavy modules loaded when screen usable':<46} {starts[0]['heavy_loaded_at_screen'] or 'none'}")
    print(f"{'replay open, 300-turn session':<46} {summary([r['replay_open'] for r in replays])}")
    print(f"{'step 50 turns with the arrow key':<46} {summary([r['step_50_turns'] for r in replays])}")


if __name__ == "__main__":
    main()
