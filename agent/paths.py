"""The one place that resolves where Locus reads and writes files.

Tests patch these functions (or set the environment variables) instead of
chasing paths through the code base.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "locus"
_PACKAGE_ROOT = Path(__file__).resolve().parent


def project_root() -> Path:
    """Directory holding ``prompts/`` and ``rubrics/`` (the source checkout)."""
    override = os.environ.get("LOCUS_HOME")
    if override:
        return Path(override)
    return _PACKAGE_ROOT.parent


def prompts_dir() -> Path:
    """Question bank, interviewer prompts and probe templates."""
    return project_root() / "prompts"


def rubrics_dir() -> Path:
    """Directory with the shipped ``*.rubric.yaml`` files and their JSON Schema."""
    return project_root() / "rubrics"


def default_rubric_path() -> Path:
    """The rubric used when none is given."""
    return rubrics_dir() / "default.rubric.yaml"


def sessions_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where sessions are saved: ``--sessions-dir``, then ``LOCUS_SESSIONS_DIR``, then ``./sessions``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("LOCUS_SESSIONS_DIR")
    if env:
        return Path(env)
    return Path.cwd() / "sessions"


def stories_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The story bank: ``--stories-dir``, then ``LOCUS_STORIES_DIR``, then ``stories/`` in the user data directory."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("LOCUS_STORIES_DIR")
    if env:
        return Path(env)
    return data_dir() / "stories"


def data_dir() -> Path:
    """User data directory (``LOCUS_DATA_DIR`` overrides platformdirs)."""
    env = os.environ.get("LOCUS_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """User configuration directory (``LOCUS_CONFIG_DIR`` overrides platformdirs)."""
    env = os.environ.get("LOCUS_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME))


def config_file() -> Path:
    """The TOML settings file (``LOCUS_CONFIG_FILE`` overrides)."""
    env = os.environ.get("LOCUS_CONFIG_FILE")
    if env:
        return Path(env)
    return config_dir() / "config.toml"


def cache_dir() -> Path:
    """Disposable caches (``LOCUS_CACHE_DIR`` overrides platformdirs)."""
    env = os.environ.get("LOCUS_CACHE_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir(APP_NAME))
