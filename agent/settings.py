"""The whole ``config.toml`` as one settings model: an ``[llm]`` and a ``[tui]`` section.

The file is read once per :func:`load_config` call and its whole shape is checked
before anything uses it: an unknown section or key is reported with the section and
the key, a wrong value with its section, key and reason.  Precedence for the
``[llm]`` section, highest first: values passed in, ``LOCUS_*`` variables, the
standard ``OPENAI_*`` variables, then the file.  ``[tui]`` comes from the file only.

```toml
[llm]
model = "gpt-4o-mini"
[tui]
theme = "gruvbox"
exports_dir = "~/locus-exports"
[tui.keymap]
coach = "f5"          # binding id = key(s); F1 in the app lists the ids
```

Files written before the ``[llm]`` table existed keep working: LLM keys at the top
level are read as ``[llm]``.  ``locus config --schema`` prints the JSON Schema.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator

from agent import paths
from agent.llm.settings import LLMSettings, LLMSettingsError

SECTIONS = ("llm", "tui")


class ConfigError(LLMSettingsError):
    """The config file or the environment holds something unusable; the message says where and why."""


class TuiSettings(BaseModel):
    """The ``[tui]`` section: how the terminal app looks and behaves."""

    model_config = ConfigDict(extra="forbid")

    theme: str | None = Field(
        default=None, description="Textual theme, e.g. textual-dark or gruvbox; unset keeps the default"
    )
    keymap: dict[str, str] = Field(
        default_factory=dict,
        description='Binding id = key(s), comma-separated (e.g. coach = "f5"); F1 in the app lists every id',
    )
    exports_dir: Path | None = Field(
        default=None,
        description="Directory for scorecard exports; unset writes them beside the session file",
    )
    draft_save_delay: float = Field(
        default=1.0,
        ge=0.1,
        le=60.0,
        description="Seconds of no typing after which the unsent answer draft is saved to the session file",
    )

    @field_validator("theme", mode="before")
    @classmethod
    def _blank_theme(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("keymap")
    @classmethod
    def _keys_not_blank(cls, value: dict[str, str]) -> dict[str, str]:
        blank = sorted(k for k, v in value.items() if not v.strip())
        if blank:
            raise ValueError(f"keys must be non-empty strings (blank: {', '.join(blank)})")
        return value

    @field_validator("exports_dir", mode="before")
    @classmethod
    def _expand(cls, value: Any) -> Any:
        if isinstance(value, str):
            return None if not value.strip() else Path(value).expanduser()
        return value


class LocusSettings(BaseModel):
    """Everything ``config.toml`` can say, one section per concern."""

    model_config = ConfigDict(extra="forbid")

    llm: LLMSettings = Field(default_factory=LLMSettings, description="OpenAI-compatible endpoint for --llm (optional)")
    tui: TuiSettings = Field(default_factory=TuiSettings, description="The terminal app")


def read_config_file(path: Path) -> dict[str, Any]:
    """The file as a dict of sections (``{}`` when it does not exist); legacy top-level LLM keys go to ``llm``."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    out: dict[str, Any] = {}
    legacy: dict[str, Any] = {}
    unknown: list[str] = []
    for key, value in data.items():
        if key in SECTIONS:
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: [{key}] must be a table")
            out[key] = dict(value)
        elif key in LLMSettings.model_fields:
            legacy[key] = value
        else:
            unknown.append(key)
    if unknown:
        names = ", ".join(repr(k) for k in sorted(unknown))
        raise ConfigError(f"{path}: unknown key(s) at the top level: {names} (sections are [llm] and [tui])")
    if legacy:
        out["llm"] = {**legacy, **out.get("llm", {})}
    return out


def _env_names(name: str, field: Any) -> list[str]:
    alias = field.validation_alias
    if isinstance(alias, AliasChoices):
        return [str(choice) for choice in alias.choices]
    return [f"LOCUS_{name.upper()}"]


def llm_environment() -> dict[str, Any]:
    """``[llm]`` values from ``LOCUS_*`` / ``OPENAI_*`` variables (the first name listed for a field wins)."""
    values: dict[str, Any] = {}
    for name, field in LLMSettings.model_fields.items():
        for env_name in _env_names(name, field):
            raw = os.environ.get(env_name)
            if raw is None:
                continue
            structured = raw.strip()[:1] in ("{", "[")
            values[name] = json.loads(raw) if structured and _json_ok(raw) else raw
            break
    return values


def _json_ok(raw: str) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True


def _problem(error: dict[str, Any], path: Path) -> str:
    loc = [str(p) for p in error.get("loc", ())]
    section, key = (loc[0], ".".join(loc[1:])) if loc else ("", "")
    where = f"[{section}] {key}".strip() if section in SECTIONS else ".".join(loc) or "value"
    if error.get("type") == "extra_forbidden":
        return (
            f"{path}: unknown key {key or section!r} in [{section}]" if key else f"{path}: unknown section [{section}]"
        )
    return f"{where}: {error.get('msg', 'invalid')}"


def _validation_message(exc: ValidationError, path: Path) -> str:
    problems = [_problem(e, path) for e in exc.errors()]
    unknown = [p for p in problems if "unknown key" in p or "unknown section" in p]
    other = [p for p in problems if p not in unknown]
    parts = unknown + ([f"invalid settings (from {path} or the environment): " + "; ".join(other)] if other else [])
    return "\n".join(parts)


def _merged(data: dict[str, Any], llm: dict[str, Any]) -> dict[str, Any]:
    merged = {section: dict(values) for section, values in data.items()}
    merged["llm"] = {**merged.get("llm", {}), **llm_environment(), **{k: v for k, v in llm.items() if v is not None}}
    return merged


def load_config(*, llm: dict[str, Any] | None = None, path: Path | None = None) -> LocusSettings:
    """Read and check the whole config file once, apply the environment; :class:`ConfigError` on any problem."""
    path = path or paths.config_file()
    data = read_config_file(path)
    try:
        return LocusSettings.model_validate(_merged(data, llm or {}))
    except ValidationError as exc:
        raise ConfigError(_validation_message(exc, path)) from None


def load_config_tolerant(path: Path | None = None) -> tuple[LocusSettings, list[str]]:
    """For the app: a broken section falls back to its defaults and the problems are returned for a notice."""
    path = path or paths.config_file()
    try:
        return load_config(path=path), []
    except ConfigError as exc:
        problems = [str(exc)]
    try:
        data = read_config_file(path)
    except ConfigError:
        return LocusSettings(), problems
    merged = _merged(data, {})
    sections: dict[str, BaseModel] = {}
    for name, model in (("llm", LLMSettings), ("tui", TuiSettings)):
        try:
            sections[name] = model.model_validate(merged.get(name, {}))
        except ValidationError:
            sections[name] = model()
    return LocusSettings(**sections), problems


def sources_summary(path: Path | None = None) -> dict[str, str]:
    """Where the settings came from (for ``locus config``): the file and the variables that are set."""
    path = path or paths.config_file()
    env = sorted(k for k in os.environ if k.startswith("LOCUS_") or k in ("OPENAI_API_KEY", "OPENAI_BASE_URL"))
    return {"config_file": str(path), "config_file_exists": str(path.exists()).lower(), "env": ", ".join(env)}


def config_schema() -> dict[str, Any]:
    """JSON Schema of ``config.toml`` (editors and ``locus config --schema``)."""
    schema = LocusSettings.model_json_schema(by_alias=False)
    schema["title"] = "Locus config.toml"
    return schema
