"""``locus workshop [STORY]``: the story bank and workshop in the terminal UI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agent import paths
from agent.util.inert import inert_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``workshop``."""
    p = sub.add_parser(
        "workshop",
        help="work on your stories in the terminal UI: live decision colouring, reframing questions, rehearsal",
        description=(
            "Open the story bank in the terminal UI. Enter opens a story in the workshop: as you type, each "
            "decision phrase is coloured by who holds it, with the key decision, reframing questions, signals and "
            "a level estimate beside it. ctrl+s keeps a version; ctrl+t rehearses the story as a short interview."
        ),
    )
    p.add_argument("story", nargs="?", help="open this story directly (id = file name without .md, or a path)")
    p.add_argument(
        "--stories-dir", metavar="DIR", help="story bank (env LOCUS_STORIES_DIR; default: your data directory)"
    )
    p.add_argument(
        "--sessions-dir", metavar="DIR", help="where rehearsals are saved (env LOCUS_SESSIONS_DIR; default ./sessions)"
    )
    p.add_argument("--rubric", metavar="PATH", help="rubric for level estimates and rehearsals")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agent.cli.main import CliError

    stories_dir = paths.stories_dir(args.stories_dir)
    target = None
    if args.story:
        from agent.practice.bank import find_story
        from agent.practice.storyfile import StoryError

        try:
            target = find_story(stories_dir, args.story)
        except StoryError as exc:
            raise CliError(inert_text(str(exc)), 1) from None
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError("no terminal: the workshop is interactive; `locus stories` prints the same analysis")
    from agent.graph.options import InterviewOptions
    from agent.tui.app import LocusApp

    options = InterviewOptions(
        sessions_dir=paths.sessions_dir(args.sessions_dir), rubric_path=Path(args.rubric) if args.rubric else None
    )
    LocusApp(options, start="stories", path=target, stories_dir=stories_dir).run()
    return 0
