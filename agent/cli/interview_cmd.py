"""``locus interview`` and ``locus resume``: the TUI, or headless mode for scripts and tests."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agent import paths
from agent.cli.answers_file import AnswersError, read_answers
from agent.cli.brains import brain_and_judge
from agent.cli.scorecard_text import scorecard_text
from agent.session.store import SessionError
from agent.util.inert import inert_text

if TYPE_CHECKING:  # the graph (LangGraph) is imported lazily: `locus` must open the TUI fast
    from agent.graph.options import InterviewOptions
    from agent.graph.runner import InterviewRunner


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--headless", action="store_true", help="no TUI: print turns to stdout (needs --answers)")
    parser.add_argument("--answers", metavar="FILE", help="answers separated by blank lines ('-' = stdin)")
    parser.add_argument("--sessions-dir", metavar="DIR", help="where sessions are saved (env LOCUS_SESSIONS_DIR; default ./sessions)")
    parser.add_argument("--rubric", metavar="PATH", help="rubric for the final scorecard (default rubrics/default.rubric.yaml)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--offline", dest="brain", action="store_const", const="offline", help="deterministic offline interviewer (default)")
    mode.add_argument("--llm", dest="brain", action="store_const", const="llm", help="use the configured OpenAI-compatible model")
    parser.set_defaults(brain="offline")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``interview`` and ``resume``."""
    p = sub.add_parser("interview", help="start a mock interview (TUI, or --headless)")
    _common(p)
    p.add_argument("--seed", type=int, help="seed for the offline interviewer (same seed, same interview)")
    p.add_argument("--scenario", metavar="ID", help="scenario id from prompts/scenarios (default: picked by seed)")
    p.add_argument("--max-turns", type=int, default=40, help="maximum interviewer turns (default 40)")
    p.add_argument("--time-budget", type=float, metavar="MINUTES", help="wrap up after this many minutes")
    p.set_defaults(func=run_interview)
    r = sub.add_parser("resume", help="continue an unfinished interview where it stopped")
    r.add_argument("session", metavar="ID", help="session id, unique prefix, or path")
    _common(r)
    r.set_defaults(func=run_resume)


def _options(args: argparse.Namespace) -> InterviewOptions:
    from agent.graph.options import InterviewOptions

    return InterviewOptions(
        sessions_dir=paths.sessions_dir(args.sessions_dir),
        seed=getattr(args, "seed", None),
        scenario_id=getattr(args, "scenario", None),
        max_turns=max(4, getattr(args, "max_turns", 40) or 40),
        time_budget_s=(args.time_budget * 60.0) if getattr(args, "time_budget", None) else None,
        rubric_path=Path(args.rubric) if args.rubric else None,
    )


def _print_turn(speaker: str, text: str) -> None:
    print(f"{speaker}: {inert_text(text)}", flush=True)


async def _headless(runner: InterviewRunner, answers: list[str], sessions_dir: Path) -> int:
    from agent.cli.main import CliError

    def on_event(event: dict) -> None:
        if event.get("event") == "notice":
            print(f"[notice] {inert_text(str(event.get('text', '')))}", file=sys.stderr, flush=True)

    if runner.ctx.recorder.error:
        print(f"locus: warning: {runner.ctx.recorder.error}", file=sys.stderr)
    for turn in runner.transcript_for_display():
        _print_turn("Interviewer" if turn.speaker == "interviewer" else "Candidate", turn.text)
    pending = await runner.step(None, on_event)
    queue = list(answers)
    while pending is not None and queue:
        _print_turn("Interviewer", pending.text)
        answer = queue.pop(0)
        _print_turn("Candidate", answer)
        print("", flush=True)
        pending = await runner.step(answer, on_event)
        last = runner.ctx.recorder.events[-1] if runner.ctx.recorder.events else None
        reason = getattr(last, "reason", None) if last is not None and last.type == "interviewer" else None
        if pending is not None and pending.kind == "probe" and reason:
            print(f"  (probe: {reason.get('locus')} — {inert_text(str(reason.get('phrase', '')))!r})", flush=True)
    if pending is not None:
        _print_turn("Interviewer", pending.text)
        print("\n(answers ran out; the interview is paused — continue with: "
              f"locus resume {runner.session_id} --headless --answers FILE)")
        card = await runner.provisional_scorecard()
        print(scorecard_text(card, title="Provisional scorecard (interview unfinished)"))
    elif runner.scorecard is not None:
        print(scorecard_text(runner.scorecard, title="Scorecard"))
    runner.close()
    if runner.ctx.recorder.error:
        from agent.session.rescue import rescue_copy

        problem = runner.ctx.recorder.error.split(" — ")[0]
        try:
            rescue = rescue_copy(runner.ctx.recorder, runner.session_id, [Path.cwd(), sessions_dir])
        except SessionError as exc:
            raise CliError(f"{inert_text(problem)}; {inert_text(str(exc))}", 1) from None
        print(f"locus: sessions directory unusable ({inert_text(problem)}); saved to {rescue}", file=sys.stderr)
        print(f"session: {rescue}")
    else:
        print(f"session: {runner.session_path}")
    client = getattr(runner.ctx.brain, "client", None)
    if client is not None:  # LLM mode: release the HTTP connection pool cleanly
        await client.aclose()
    return 0


def _run(make_runner, args: argparse.Namespace) -> int:
    from agent.cli.main import CliError
    from agent.interviewer.bank import BankError

    if not args.headless:
        from agent.cli.tui_launch import launch_tui

        return launch_tui(args, _options(args))
    if not args.answers:
        raise CliError("--headless needs --answers FILE (answers separated by blank lines; '-' for stdin)")
    try:
        answers = read_answers(args.answers)
    except AnswersError as exc:
        raise CliError(str(exc)) from None
    brain, judge, model = brain_and_judge(args.brain)
    try:
        runner = make_runner(brain, judge, model)
    except (BankError, SessionError, KeyError, ValueError) as exc:  # ValueError covers RubricError
        raise CliError(str(exc).strip('"')) from None
    return asyncio.run(_headless(runner, answers, paths.sessions_dir(args.sessions_dir)))


def run_interview(args: argparse.Namespace) -> int:
    """Start a new interview."""
    from agent.graph.launch import new_interview

    options = _options(args)
    return _run(lambda brain, judge, model: new_interview(options, brain=brain, judge=judge, model=model), args)


def run_resume(args: argparse.Namespace) -> int:
    """Continue a saved, unfinished interview."""
    from agent.cli.main import CliError
    from agent.graph.launch import resume_interview
    from agent.session.catalog import find_session

    from agent.session.store import LoadedSession, load_session

    options = _options(args)
    try:
        path = find_session(options.sessions_dir, args.session)
        loaded: Path | LoadedSession = load_session(path) if args.headless else path
    except SessionError as exc:
        raise CliError(str(exc)) from None
    if isinstance(loaded, LoadedSession):
        for warning in loaded.warnings:  # the same warnings replay shows
            print(f"locus: warning: {inert_text(warning)}", file=sys.stderr)
    return _run(lambda brain, judge, model: resume_interview(loaded, options, brain=brain, judge=judge), args)
