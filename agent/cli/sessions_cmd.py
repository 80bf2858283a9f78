"""``locus sessions``: list saved sessions, delete one, or prune the ones with nothing answered."""

from __future__ import annotations

import argparse
import sys

from agent import paths
from agent.session.catalog import delete_session, find_session, prune_empty, scan_sessions
from agent.session.store import SessionError
from agent.util.inert import inert_text

_ABBREV = {"judgment": "J", "ownership": "O", "independence": "I"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sessions``."""
    p = sub.add_parser("sessions", help="list saved sessions (or --delete one, --prune empty ones)")
    p.add_argument(
        "--sessions-dir", metavar="DIR", help="sessions directory (env LOCUS_SESSIONS_DIR; default ./sessions)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per session")
    p.add_argument(
        "--delete", metavar="ID", help="delete this session (an id or unique id prefix, not a path) for good"
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation when deleting")
    p.add_argument(
        "--prune",
        action="store_true",
        help="delete sessions listed as 'empty' (nothing answered, no draft) that no running locus holds",
    )
    p.set_defaults(func=run)


def _levels(levels: dict[str, int | None]) -> str:
    if not levels:
        return "-"
    return " ".join(f"{_ABBREV.get(k, k[:1].upper())}:{'?' if v is None else v}" for k, v in levels.items())


def run(args: argparse.Namespace) -> int:
    """List or delete."""
    from agent.cli.main import CliError

    directory = paths.sessions_dir(args.sessions_dir)
    if args.prune:
        removed = prune_empty(directory)
        for path in removed:
            print(f"deleted {path}")
        print(f"pruned {len(removed)} empty session{'s' if len(removed) != 1 else ''} in {directory}")
        return 0
    if args.delete is not None:
        try:
            path = find_session(directory, args.delete, allow_path=False)
        except SessionError as exc:
            raise CliError(str(exc)) from None
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("refusing to delete without confirmation: add --yes")
            reply = input(f"Delete {path}? [y/N] ").strip().lower()
            if reply not in {"y", "yes"}:
                print("not deleted")
                return 1
        try:
            delete_session(path)
        except SessionError as exc:
            raise CliError(str(exc), 1) from None
        print(f"deleted {path}")
        return 0
    found = scan_sessions(directory)
    for warning in found.warnings:
        print(f"locus: warning: {inert_text(warning)}", file=sys.stderr)
    rows = found.rows
    if args.json:
        for row in rows:
            print(row.model_dump_json())
        return 0
    if not rows:
        print(f"no sessions in {directory}")
        return 0
    header = f"{'ID':<40} {'DATE':<16} {'SCENARIO':<20} {'BRAIN':<12} {'STATUS':<12} LEVELS"
    print(header)
    for row in rows:
        date = row.created[:16].replace("T", " ")
        print(
            f"{inert_text(row.id):<40} {date:<16} {inert_text(row.scenario)[:20]:<20} {inert_text(row.brain)[:12]:<12} "
            f"{row.status:<12} {_levels(row.levels)}"
        )
        if row.problem:
            print(f"  ! {inert_text(row.problem)}")
    if any(row.status == "empty" for row in rows):
        print("(sessions listed as 'empty' have nothing answered; `locus sessions --prune` removes them)")
    return 0
