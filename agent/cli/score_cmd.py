"""``locus score PATH``: score a saved session or a plain transcript against a rubric."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from agent.util.atomic import write_text_atomic

MAX_TRANSCRIPT_BYTES = 5_000_000


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``score`` sub-command."""
    parser = subparsers.add_parser(
        "score",
        help="score a saved session (.jsonl) or a plain transcript against a rubric",
        description="Score a transcript offline. PATH is a saved session (.jsonl) or a plain text file with "
        "lines starting 'Interviewer:' / 'Candidate:'. The input file is never modified.",
    )
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--rubric", metavar="PATH", help="rubric file (default: rubrics/default.rubric.yaml)")
    parser.add_argument("--level", choices=["L4", "L5", "senior"], help="show the level expected at this seniority")
    parser.add_argument("--format", dest="fmt", choices=["text", "md", "json", "html"], default="text")
    parser.add_argument("--json", dest="fmt", action="store_const", const="json", help="short for --format json")
    parser.add_argument("--compare", metavar="OLD_RUBRIC", help="also score with OLD_RUBRIC and show what changed")
    parser.add_argument(
        "--llm",
        action="store_true",
        help="judge with the configured OpenAI-compatible model (offline fallback on any failure)",
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the result to FILE instead of stdout")
    parser.add_argument(
        "--trend",
        nargs="?",
        const="",
        metavar="SESSIONS_DIR",
        help="HTML only: add the progress chart over the sessions in SESSIONS_DIR (default: the sessions directory)",
    )
    parser.set_defaults(func=_run)


def _load_rubric(path: str | None):
    from agent import paths
    from agent.cli.main import CliError
    from agent.rubric.loader import RubricError, load_rubric
    from agent.util.inert import inert_text

    try:
        return load_rubric(path or paths.default_rubric_path())
    except RubricError as exc:
        detail = "\n".join(inert_text(str(p)) for p in exc.problems)
        raise CliError(f"invalid rubric:\n{detail}", 1) from None


def _load_input(path: Path):
    """``(turns, analyses, context, phases)`` from a session file or a plain transcript (phases: saved sessions only)."""
    from agent.cli.main import CliError
    from agent.rubric.card_context import CardContext, number_answers, session_date
    from agent.transcript.parse import TranscriptError, parse_transcript
    from agent.util.files import FileRefused, read_regular, refusal

    problem = refusal(path, "transcript")
    if problem:
        raise CliError(problem, 2)
    if path.suffix == ".jsonl":
        from agent.session.store import SessionError, load_session

        try:
            session = load_session(path)
        except SessionError as exc:
            raise CliError(str(exc), 1) from None
        turns = session.turns
        if not any(t.speaker == "candidate" for t in turns):
            raise CliError(f"{path}: the session has no candidate answers to score", 1)
        meta = session.meta
        context = CardContext(
            session_id=meta.session_id,
            scenario=meta.scenario_title or meta.scenario_id,
            date=session_date(meta.created),
            answers=number_answers(turns),
        )
        phases = {e.turn: (e.phase, e.kind) for e in session.events if e.type == "interviewer"}  # type: ignore[attr-defined]
        return turns, session.analyses, context, phases
    try:
        text = read_regular(path, MAX_TRANSCRIPT_BYTES, "transcript").decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not valid UTF-8 text (byte offset {exc.start})", 1) from None
    except FileRefused as exc:
        raise CliError(str(exc), 1) from None
    try:
        turns = parse_transcript(text)
    except TranscriptError as exc:
        raise CliError(f"{path}: {exc}", 1) from None
    if not any(t.speaker == "candidate" for t in turns):
        raise CliError(f"{path}: no 'Candidate:' turns to score", 1)
    return turns, {}, CardContext(answers=number_answers(turns)), None


def _write(output: str, text: str, source: Path) -> None:
    from agent.cli.main import CliError

    target = Path(output)
    if target.exists() and target.resolve() == source.resolve():
        raise CliError("--output must not overwrite the input file", 2)
    try:
        write_text_atomic(target, text)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}", 1) from None
    print(f"wrote {target}", file=sys.stderr)


def _judge(args: argparse.Namespace):
    """The LLM judge for ``--llm`` (``None`` offline); a missing model is a clean error."""
    if not args.llm:
        return None
    from agent.cli.main import CliError
    from agent.llm.factory import llm_brain_and_judge

    try:
        return llm_brain_and_judge()[1]
    except ValueError as exc:
        raise CliError(str(exc), 2) from None


def _trend_html(args: argparse.Namespace) -> list[str]:
    """``--trend``: the progress chart as an HTML section (practice loop)."""
    from agent.cli.main import CliError

    if args.trend is None:
        return []
    if args.fmt != "html":
        raise CliError("--trend works with --format html", 2)
    from agent import paths
    from agent.practice.progress import compute_progress
    from agent.practice.progress_text import progress_html

    rubric_path = Path(args.rubric) if args.rubric else paths.default_rubric_path()
    progress = compute_progress(paths.sessions_dir(args.trend or None), _load_rubric(args.rubric), rubric_path)
    section = progress_html(progress)
    return [section] if section else []


def _run(args: argparse.Namespace) -> int:
    from agent.cli.main import CliError
    from agent.rubric.compare import compare_json, render_compare_text
    from agent.rubric.render import render, scorecard_json
    from agent.rubric.scoring import score

    source = Path(args.path)
    turns, analyses, context, phases = _load_input(source)
    rubric = _load_rubric(args.rubric)
    judge = _judge(args)
    card = score(turns, rubric, level=args.level, analyses=analyses, judge=judge, phases=phases)
    if args.compare:
        if args.fmt not in ("text", "json"):
            raise CliError("--compare works with --format text or json", 2)
        old_card = score(
            turns, _load_rubric(args.compare), level=args.level, analyses=analyses, judge=judge, phases=phases
        )
        if args.fmt == "json":
            data = {"scorecard": scorecard_json(card), "compare": compare_json(old_card, card)}
            out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        else:
            out = render(card, "text", context) + "\n" + render_compare_text(old_card, card)
    else:
        # The JSON keeps its documented shape; the readable formats number answers and name the session.
        out = render(card, args.fmt, None if args.fmt == "json" else context, _trend_html(args))
    if args.output:
        _write(args.output, out, source)
    else:
        sys.stdout.write(out)
    return 0
