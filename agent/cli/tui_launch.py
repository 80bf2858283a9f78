"""Open the Textual app for ``locus`` / ``locus interview``."""

from __future__ import annotations

import argparse


def launch_tui(args: argparse.Namespace, options) -> int:
    """Run the TUI; without a terminal, explain how to run headless."""
    import sys

    from agent.cli.main import CliError

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError("no terminal: run 'locus interview --headless --answers FILE' for scripted use")
    try:
        from agent.tui.app import run_app
    except ImportError:
        raise CliError("the terminal UI is not available; use 'locus interview --headless --answers FILE'") from None
    return run_app(args, options)
