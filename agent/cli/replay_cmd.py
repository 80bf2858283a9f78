"""``locus replay ID``: step through a saved session in the TUI, or print it with ``--plain``."""

from __future__ import annotations

import argparse

from agent import paths


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``replay``."""
    p = sub.add_parser("replay", help="replay a saved session turn by turn (TUI, or --plain text)")
    p.add_argument("session", metavar="ID", help="session id, unique prefix, or path to a .jsonl file")
    p.add_argument("--plain", action="store_true", help="print the replay to stdout instead of opening the TUI")
    p.add_argument(
        "--sessions-dir", metavar="DIR", help="sessions directory (env LOCUS_SESSIONS_DIR; default ./sessions)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Find the session, then print it or open the app on it."""
    import sys

    from agent.cli.main import CliError
    from agent.session.catalog import find_session
    from agent.session.store import SessionError, load_session

    directory = paths.sessions_dir(args.sessions_dir)
    try:
        path = find_session(directory, args.session)
        loaded = load_session(path)
    except SessionError as exc:
        raise CliError(str(exc)) from None
    if args.plain:
        from agent.cli.scorecard_text import scorecard_text
        from agent.replay.plain import replay_text

        print(replay_text(loaded))
        print()
        card = loaded.scorecard
        print(
            scorecard_text(card, title="Scorecard", turns=loaded.turns)
            if card
            else "(no scorecard: the interview is unfinished)"
        )
        return 0
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError("no terminal: add --plain to print the replay")
    from agent.tui.app import run_replay

    return run_replay(directory, path)
