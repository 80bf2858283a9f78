"""Prompt text for LLM mode, kept as Markdown under ``prompts/llm/``; untrusted text goes in as data."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from agent import paths


class PromptError(Exception):
    """A prompt file is missing or lacks a section."""


@lru_cache(maxsize=32)
def _read(name: str, root: str) -> str:
    path = paths.prompts_dir() / "llm" / f"{name}.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"missing prompt file {path}: {exc.strerror or exc}") from None


def prompt(name: str, **values: str) -> str:
    """The prompt ``name`` with ``{{key}}`` placeholders filled in (text before any ``## `` section)."""
    text = _read(name, str(paths.prompts_dir()))
    head = text.split("\n## ", 1)[0]
    return fill(head, values)


def section(name: str, heading: str, **values: str) -> str:
    """The body of ``## heading`` in prompt file ``name``, placeholders filled in."""
    text = _read(name, str(paths.prompts_dir()))
    match = re.search(rf"^## {re.escape(heading)}\s*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    if not match:
        raise PromptError(f"prompt {name}.md has no section '## {heading}'")
    return fill(match.group(1).strip(), values)


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{{key}}`` markers; unknown markers stay visible so a typo is noticed in review."""
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), template).strip()


def as_data(tag: str, text: str) -> str:
    """Wrap untrusted text as a JSON string inside ``<tag>`` markers it cannot close early."""
    encoded = json.dumps(text, ensure_ascii=False).replace("</", "<\\/")
    return f"<{tag}>\n{encoded}\n</{tag}>"


def as_json_data(tag: str, value: object) -> str:
    """Wrap a JSON value (compact, so it costs few tokens) inside ``<tag>`` markers it cannot close early."""
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"<{tag}>\n{encoded}\n</{tag}>"
