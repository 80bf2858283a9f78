"""``locus config``: print the effective settings of every section (secrets masked) and where they came from."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``config`` sub-command."""
    parser = subparsers.add_parser(
        "config",
        help="show the effective settings ([llm] and [tui]; API key masked)",
        description=(
            "Show the effective settings of config.toml's [llm] and [tui] sections. [llm] values come from "
            "LOCUS_* environment variables, then OPENAI_API_KEY / OPENAI_BASE_URL, then the file. "
            "The API key is always masked."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of config.toml")
    parser.set_defaults(func=run)


def _shown(value: object) -> str:
    from agent.util.inert import inert_text

    if value is None or value == {}:
        return "(not set)"
    if isinstance(value, dict):
        return ", ".join(f"{k} = {v}" for k, v in value.items())
    return inert_text(str(value))


def run(args: argparse.Namespace) -> int:
    """Print the settings; a broken config file is a clean error naming the section and key."""
    from agent.cli.main import CliError
    from agent.settings import ConfigError, config_schema, load_config, sources_summary

    if args.schema:
        print(json.dumps(config_schema(), indent=2))
        return 0
    try:
        config = load_config()
    except ConfigError as exc:
        raise CliError(str(exc), 2) from None
    llm = config.llm.masked()
    configured = llm.pop("configured")
    tui = config.tui.model_dump(mode="json")
    sources = sources_summary()
    if args.json:
        print(json.dumps({"llm": llm, "tui": tui, "configured": configured, "sources": sources}, indent=2))
        return 0
    print(f"mode: {'LLM' if configured else 'offline (no model configured)'}")
    print("[llm]")
    for key, value in llm.items():
        print(f"{key}: {_shown(value)}")
    print("[tui]")
    for key, value in tui.items():
        if key == "exports_dir" and value is None:
            print(f"{key}: (beside each session file)")
        else:
            print(f"{key}: {_shown(value)}")
    exists = sources["config_file_exists"] == "true"
    print(f"config file: {_shown(sources['config_file'])}" + ("" if exists else " (absent)"))
    print(f"environment: {sources['env'] or '(none)'}")
    return 0
