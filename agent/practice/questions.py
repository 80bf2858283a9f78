"""Rehearsal questions per story kind (``prompts/rehearsal.yaml``), validated on load."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml import YAML, YAMLError

from agent import paths
from agent.practice.kinds import KINDS

GENERAL = "general"


class RehearsalBankError(ValueError):
    """``prompts/rehearsal.yaml`` is missing or malformed; the message names the file and field."""


class RehearsalBank(BaseModel):
    """The past-experience question(s) for each kind, and the closing line."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    questions: dict[str, list[str]]
    title: str = "Story rehearsal"
    wrapup: str = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _every_kind(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(KINDS) - {GENERAL})
        if unknown:
            raise ValueError(f"unknown kind(s): {', '.join(unknown)}")
        missing = [k for k in (*KINDS, GENERAL) if not [q for q in value.get(k, []) if q.strip()]]
        if missing:
            raise ValueError(f"no question for kind(s): {', '.join(missing)}")
        return value

    def question_for(self, kind: str | None, key: str = "") -> tuple[str, str]:
        """``(question_id, text)`` for ``kind`` (the general question when unknown); ``key`` picks among several."""
        kind = kind if kind in self.questions else GENERAL
        options = [q.strip() for q in self.questions[kind] if q.strip()]
        index = int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(options) if key else 0
        return f"rehearse-{kind}-{index + 1}", options[index]


def rehearsal_bank_path() -> Path:
    return paths.prompts_dir() / "rehearsal.yaml"


def load_rehearsal_bank(path: Path | None = None) -> RehearsalBank:
    """Read and validate the rehearsal questions."""
    path = path or rehearsal_bank_path()
    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RehearsalBankError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except YAMLError as exc:
        raise RehearsalBankError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
    try:
        return RehearsalBank.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise RehearsalBankError(f"{path}: {where or 'file'}: {first.get('msg', 'invalid')}") from None


@lru_cache(maxsize=4)
def cached_rehearsal_bank() -> RehearsalBank:
    """The rehearsal bank, read once per process."""
    return load_rehearsal_bank()
