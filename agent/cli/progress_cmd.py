"""``locus progress``: levels per dimension over completed sessions, recurring deflections, story rehearsals."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from agent import paths
from agent.util.inert import inert_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``progress``."""
    p = sub.add_parser(
        "progress",
        help="your levels over completed sessions, the deflections that recur, and each story's rehearsals",
        description=(
            "Chart each dimension's level over your completed sessions, list to whom you hand decisions and "
            "whether that is going away, and show each story's levels over its rehearsals. Sessions scored with "
            "another rubric version are re-scored with the current rubric from their saved analyses (cached)."
        ),
    )
    p.add_argument(
        "--sessions-dir", metavar="DIR", help="sessions directory (env LOCUS_SESSIONS_DIR; default ./sessions)"
    )
    p.add_argument("--rubric", metavar="PATH", help="rubric to score with (default rubrics/default.rubric.yaml)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--no-cache", action="store_true", help="re-read every session instead of using the cache")
    p.add_argument("--tui", action="store_true", help="show the progress screen in the terminal UI")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agent.cli.main import CliError
    from agent.practice.progress import compute_progress
    from agent.rubric.loader import RubricError, load_rubric_cached

    rubric_path = Path(args.rubric) if args.rubric else paths.default_rubric_path()
    try:
        rubric = load_rubric_cached(rubric_path)
    except RubricError as exc:
        raise CliError(f"rubric {inert_text(str(rubric_path))} has problems:\n{inert_text(str(exc))}") from None
    directory = paths.sessions_dir(args.sessions_dir)
    if args.tui:
        return _tui(directory, Path(args.rubric) if args.rubric else None)
    progress = compute_progress(directory, rubric, rubric_path, use_cache=not args.no_cache)
    if args.json:
        from agent.practice.progress_text import progress_json

        print(json.dumps(progress_json(progress), ensure_ascii=False, indent=2))
        return 0
    from agent.practice.progress_text import render_progress

    width = max(20, min(100, shutil.get_terminal_size((80, 24)).columns - 8))
    sys.stdout.write(render_progress(progress, width=width))
    return 0


def _tui(directory: Path, rubric_path: Path | None) -> int:
    from agent.cli.main import CliError

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError("no terminal: drop --tui for the text report, or add --json")
    from agent.graph.options import InterviewOptions
    from agent.tui.app import LocusApp

    LocusApp(InterviewOptions(sessions_dir=directory, rubric_path=rubric_path), start="progress").run()
    return 0
