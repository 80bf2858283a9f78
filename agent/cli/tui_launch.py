"""Open the Textual app for ``locus`` / ``locus interview`` / ``locus resume``; print the quit summary after."""

from __future__ import annotations

import argparse


def launch_tui(args: argparse.Namespace, options) -> int:
    """Run the TUI; without a terminal, explain how to run headless.

    The config file is read once here: its ``[tui]`` section goes to the app, its
    ``[llm]`` section to the brain.  A broken file is a warning offline and an error with ``--llm``.
    """
    import sys

    from agent.cli.brains import brain_and_judge
    from agent.cli.main import CliError
    from agent.settings import ConfigError, load_config, load_config_tolerant

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise CliError("no terminal: run 'locus interview --headless --answers FILE' for scripted use")
    if getattr(args, "brain", "offline") == "llm":
        try:
            config, problems = load_config(), []
        except ConfigError as exc:
            raise CliError(str(exc), 2) from None
    else:
        config, problems = load_config_tolerant()
    brain, judge, model = brain_and_judge(getattr(args, "brain", "offline"), config.llm)
    resume_path = _resume_path(args, options)
    try:
        from agent.tui.app import run_app
    except ImportError:
        raise CliError("the terminal UI is not available; use 'locus interview --headless --answers FILE'") from None
    summary = run_app(
        options,
        brain=brain,
        judge=judge,
        model=model,
        resume_path=resume_path,
        settings=config.tui,
        config_problems=problems,
    )
    if summary:
        print(summary)
    return 0


def _resume_path(args: argparse.Namespace, options):
    ref = getattr(args, "session", None)
    if not ref:
        return None
    from agent.cli.main import CliError
    from agent.session.catalog import find_session
    from agent.session.store import SessionError

    try:
        return find_session(options.sessions_dir, ref)
    except SessionError as exc:
        raise CliError(str(exc)) from None
