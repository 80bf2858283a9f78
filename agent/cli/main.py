"""``locus`` command: builds the argument parser from one module per command."""

from __future__ import annotations

import argparse
import importlib
import sys

from agent import __version__

# Each module exposes ``register(subparsers)`` which adds its parser and sets ``func``.
COMMAND_MODULES = [
    "agent.cli.interview_cmd",
    "agent.cli.sessions_cmd",
    "agent.cli.graph_cmd",
    "agent.cli.config_cmd",
    "agent.cli.rubric_cmd",
    "agent.cli.score_cmd",
    "agent.cli.replay_cmd",
    "agent.cli.analyze_cmd",
    "agent.cli.audit_cmd",
    "agent.cli.stories_cmd",
    "agent.cli.progress_cmd",
    "agent.cli.workshop_cmd",
]


class CliError(Exception):
    """A user-facing error: printed as ``locus: message`` with exit code ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    """Create the parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="locus",
        description="Locus: a terminal mock interviewer that listens for who makes the decisions.",
    )
    parser.add_argument("--version", action="version", version=f"locus {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in {"-h", "--help", "--version"}):
        argv = ["interview", *argv]  # bare ``locus [options]`` starts an interview
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"locus: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("locus: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from agent import paths
        from agent.util.crash_report import scrub, write_crash_report

        report = write_crash_report(exc, paths.cache_dir() / "crash")
        where = f"; details in {report}" if report else ""
        print(f"locus: unexpected error: {scrub(type(exc).__name__ + ': ' + str(exc))[:300]}{where}", file=sys.stderr)
        return 70
