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
from agent.session.store import SessionError
from agent.util.inert import inert_text

if TYPE_CHECKING:  # the graph (LangGraph) is imported lazily: `locus` must open the TUI fast
    from agent.graph.options import InterviewOptions


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--headless", action="store_true", help="no TUI: print turns to stdout (needs --answers)")
    parser.add_argument(
        "--answers", metavar="FILE", help="answers separated by blank lines ('-' = stdin, read as they arrive)"
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="line-mode interview at a terminal: 'Interviewer:' / 'You:' text, an empty line ends an answer",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON object per event on stdout; answers as JSON lines or blank-line text on stdin",
    )
    parser.add_argument(
        "--sessions-dir", metavar="DIR", help="where sessions are saved (env LOCUS_SESSIONS_DIR; default ./sessions)"
    )
    parser.add_argument(
        "--rubric", metavar="PATH", help="rubric for the final scorecard (default rubrics/default.rubric.yaml)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--offline",
        dest="brain",
        action="store_const",
        const="offline",
        help="deterministic offline interviewer (default)",
    )
    mode.add_argument(
        "--llm", dest="brain", action="store_const", const="llm", help="use the configured OpenAI-compatible model"
    )
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


def _resume_hint(args: argparse.Namespace, session_id: str) -> str:
    where = f" --sessions-dir {args.sessions_dir}" if args.sessions_dir else ""
    if args.jsonl:
        mode = " --jsonl"
    elif args.plain:
        mode = " --plain"
    else:
        mode = " --headless --answers FILE"
    return f"locus resume {session_id}{mode}{where}"


def _answers(args: argparse.Namespace):
    """Answers read up front from a file, or as they arrive on standard input."""
    from agent.cli.answer_stream import AnswerStream
    from agent.cli.line_mode import ListAnswers
    from agent.cli.main import CliError

    if args.answers and args.answers != "-":
        try:
            return ListAnswers(read_answers(args.answers))
        except AnswersError as exc:
            raise CliError(str(exc)) from None
    return AnswerStream(json_lines=bool(args.jsonl))


def _output(args: argparse.Namespace):
    from agent.cli.line_output import JsonOutput, TextOutput

    if args.jsonl:
        return JsonOutput()
    if args.plain:
        return TextOutput(plain=True, echo_answers=not sys.stdin.isatty() or bool(args.answers and args.answers != "-"))
    return TextOutput(plain=False, echo_answers=True)


def _run(make_runner, args: argparse.Namespace) -> int:
    from agent.cli.main import CliError
    from agent.interviewer.bank import BankError

    line_mode = args.headless or args.plain or args.jsonl
    if not line_mode:
        from agent.cli.tui_launch import launch_tui

        return launch_tui(args, _options(args))
    if args.headless and not args.answers and not args.jsonl:
        raise CliError("--headless needs --answers FILE (answers separated by blank lines; '-' for stdin)")
    answers = _answers(args)
    brain, judge, model = brain_and_judge(args.brain)
    try:
        runner = make_runner(brain, judge, model)
    except (BankError, SessionError, KeyError, ValueError) as exc:  # ValueError covers RubricError
        raise CliError(str(exc).strip('"')) from None
    from agent.cli.line_mode import run_line_mode

    return asyncio.run(
        run_line_mode(
            runner, answers, _output(args), _resume_hint(args, runner.session_id), paths.sessions_dir(args.sessions_dir)
        )
    )


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
        loaded: Path | LoadedSession = load_session(path) if (args.headless or args.plain or args.jsonl) else path
    except SessionError as exc:
        raise CliError(str(exc)) from None
    if isinstance(loaded, LoadedSession):
        for warning in loaded.warnings:  # the same warnings replay shows
            print(f"locus: warning: {inert_text(warning)}", file=sys.stderr)
    return _run(lambda brain, judge, model: resume_interview(loaded, options, brain=brain, judge=judge), args)
