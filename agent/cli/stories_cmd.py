"""``locus stories``: the story bank with each story's kind, key decision, signals and level estimate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from agent import paths
from agent.util.inert import inert_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``stories``."""
    p = sub.add_parser(
        "stories",
        help="list your story bank: kind, key decision and who holds it, signals, level estimate",
        description=(
            "List the stories in the story bank (one Markdown file per story: a title line, then the story). "
            "For each: its kind, its key decision and who holds it, the signals the scorer finds and a level "
            "estimate per dimension. --level adds coverage: which kinds the bank lacks for that level and "
            "what the rubric's bar needs that no story shows yet."
        ),
    )
    p.add_argument("story", nargs="?", help="show one story in detail (id = file name without .md)")
    p.add_argument(
        "--stories-dir", metavar="DIR", help="story bank (env LOCUS_STORIES_DIR; default: your data directory)"
    )
    p.add_argument("--level", choices=("L4", "L5", "senior"), help="also show coverage for this level")
    p.add_argument(
        "--rubric", metavar="PATH", help="rubric for the level estimate (default rubrics/default.rubric.yaml)"
    )
    p.add_argument("--new", metavar="TITLE", help="create a new story file with this title and print its path")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def _rubric(path: str | None):
    from agent.cli.main import CliError
    from agent.rubric.loader import RubricError, load_rubric_cached

    target = Path(path) if path else paths.default_rubric_path()
    try:
        return load_rubric_cached(target)
    except RubricError as exc:
        raise CliError(f"rubric {inert_text(str(target))} has problems:\n{inert_text(str(exc))}") from None


def run(args: argparse.Namespace) -> int:
    """List, show or create stories."""
    from agent.analysis.nlp import ModelUnavailable
    from agent.cli.main import CliError
    from agent.practice.bank import create_story, find_story, list_stories
    from agent.practice.storyfile import StoryError, load_story

    directory = paths.stories_dir(args.stories_dir)
    if args.new:
        try:
            story = create_story(directory, args.new)
        except StoryError as exc:
            raise CliError(inert_text(str(exc)), 1) from None
        print(story.path)
        return 0
    rubric = _rubric(args.rubric)
    try:
        if args.story:
            try:
                stories, problems = [load_story(find_story(directory, args.story))], []
            except StoryError as exc:
                raise CliError(inert_text(str(exc)), 1) from None
        else:
            listing = list_stories(directory)
            stories, problems = listing.stories, listing.problems
        from agent.practice.report import analyze_stories

        reports = analyze_stories(stories, rubric)
    except ModelUnavailable as exc:
        raise CliError(str(exc), 2) from None
    cover = None
    if args.level:
        from agent.practice.coverage import coverage

        cover = coverage(reports, rubric, args.level)
    names = {d.id: d.name for d in rubric.dimensions}
    if args.json:
        from agent.practice.render import stories_json

        print(
            json.dumps(stories_json(directory, stories, reports, problems, cover, rubric), ensure_ascii=False, indent=2)
        )
        return 1 if problems and not stories else 0
    from agent.practice.render import render_coverage, render_listing, render_story

    if args.story:
        sys.stdout.write(render_story(stories[0], reports[0], names))
    else:
        sys.stdout.write(render_listing(directory, stories, reports, problems, names))
    if cover is not None:
        sys.stdout.write(render_coverage(cover, names))
    return 0
