"""TUI preferences from the ``[tui]`` table of the TOML config file.

```toml
[tui]
theme = "textual-dark"
[tui.keymap]
send = "ctrl+j"        # binding id = key(s)
coach = "f6"
```
A broken file never stops the app: the problem is returned for a notification.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from agent import paths


@dataclass
class TuiSettings:
    """Theme name and user keymap (binding id -> comma-separated keys)."""

    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    problem: str | None = None


def load_tui_settings(path: Path | None = None) -> TuiSettings:
    """Read ``[tui]`` from the config file; missing file or table means defaults."""
    path = path or paths.config_file()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return TuiSettings()
    except OSError as exc:
        return TuiSettings(problem=f"{path}: cannot read: {exc.strerror}")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return TuiSettings(problem=f"{path}: {exc}")
    table = data.get("tui", {})
    if not isinstance(table, dict):
        return TuiSettings(problem=f"{path}: [tui] must be a table")
    theme = table.get("theme")
    keymap = table.get("keymap", {})
    problems = []
    if theme is not None and not isinstance(theme, str):
        problems.append("tui.theme must be a string")
        theme = None
    if not isinstance(keymap, dict):
        problems.append("tui.keymap must be a table of binding id = \"key\"")
        keymap = {}
    clean = {str(k): v for k, v in keymap.items() if isinstance(v, str) and v.strip()}
    if len(clean) != len(keymap):
        problems.append("tui.keymap values must be non-empty key strings")
    return TuiSettings(theme=theme, keymap=clean, problem=f"{path}: " + "; ".join(problems) if problems else None)
