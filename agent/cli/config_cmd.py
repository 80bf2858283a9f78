"""``locus config``: print the effective LLM settings (secrets masked) and where they came from."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``config`` sub-command."""
    parser = subparsers.add_parser(
        "config",
        help="show the effective LLM settings (API key masked)",
        description=(
            "Show the effective LLM settings: LOCUS_* environment variables, then OPENAI_API_KEY / "
            "OPENAI_BASE_URL, then the TOML config file. The API key is always masked."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the settings; a broken config file is a clean error."""
    from agent.cli.main import CliError
    from agent.llm.settings import LLMSettingsError, load_settings, sources_summary
    from agent.util.inert import inert_text

    try:
        settings = load_settings()
    except LLMSettingsError as exc:
        raise CliError(str(exc), 2) from None
    data = settings.masked()
    sources = sources_summary()
    if args.json:
        print(json.dumps({"settings": data, "sources": sources}, indent=2))
        return 0
    mode = "LLM" if settings.configured else "offline (no model configured)"
    print(f"mode: {mode}")
    for key, value in data.items():
        if key == "configured":
            continue
        shown = "(not set)" if value is None else value
        print(f"{key}: {inert_text(str(shown))}")
    print(f"config file: {inert_text(sources['config_file'])}" + ("" if sources["config_file_exists"] == "true" else " (absent)"))
    print(f"environment: {sources['env'] or '(none)'}")
    return 0
