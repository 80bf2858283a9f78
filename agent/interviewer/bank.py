"""Question bank: scenarios, phase questions, past-experience questions and probe templates.

Everything lives as YAML under ``prompts/`` and is validated with pydantic on load,
so a typo in the bank is a clear error instead of a silent gap in the interview.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from ruamel.yaml import YAML

from agent import paths
from agent.util.atomic import write_text_atomic

TechnicalPhase = Literal["requirements", "estimation", "design", "deep_dive"]
TECHNICAL_PHASES: tuple[TechnicalPhase, ...] = ("requirements", "estimation", "design", "deep_dive")
PastKind = Literal["migration", "incident", "no_spec", "outside_scope"]
PAST_KINDS: tuple[PastKind, ...] = ("migration", "incident", "no_spec", "outside_scope")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expectation(_Strict):
    """Something a good answer to a question mentions; if missing, ask its follow-up."""

    concept: str
    keywords: list[str] = Field(min_length=1, description="Lower-case words or phrases; any one counts")
    followup: str


class Question(_Strict):
    """One interviewer question with what a complete answer covers."""

    id: str
    text: str
    expects: list[Expectation] = Field(default_factory=list)


class PastQuestion(_Strict):
    """A past-experience question tied to the scenario's topic."""

    id: str
    kind: PastKind
    text: str


class Scenario(_Strict):
    """A systems-design scenario from the streaming-platform world."""

    id: str
    title: str
    topic: str
    brief: str = Field(description="The opening prompt read to the candidate")
    facts: list[str] = Field(min_length=1, description="Ground truth the interviewer must not contradict")
    phases: dict[TechnicalPhase, list[Question]]
    past_experience: list[PastQuestion]
    wrapup: str

    @field_validator("phases")
    @classmethod
    def _every_phase(cls, value: dict[str, list[Question]]) -> dict[str, list[Question]]:
        missing = [p for p in TECHNICAL_PHASES if not value.get(p)]
        if missing:
            raise ValueError(f"missing questions for phase(s): {', '.join(missing)}")
        return value

    @field_validator("past_experience")
    @classmethod
    def _every_kind(cls, value: list[PastQuestion]) -> list[PastQuestion]:
        missing = [k for k in PAST_KINDS if not any(q.kind == k for q in value)]
        if missing:
            raise ValueError(f"missing past-experience kind(s): {', '.join(missing)}")
        return value


# Approval wording: only the ``approval`` probes may use it (nothing was signed off otherwise).
_APPROVAL_WORDS = re.compile(
    r"sign(?:ed|s|ing)?[- ]?off|approv|green[- ]?light|permission|okay(?:ed)?\b", re.IGNORECASE
)


class ProbeTemplates(_Strict):
    """Decision-probe wordings per kind of deflection; ``{quote}`` is the candidate's own words."""

    approval: list[str]
    instruction: list[str]
    escalation: list[str]
    group: list[str]
    gate: list[str]
    passive: list[str]
    drift: list[str]
    hedge: list[str]

    @model_validator(mode="after")
    def _quotes_and_fit(self) -> ProbeTemplates:
        for kind, templates in self.model_dump().items():
            if not templates:
                raise ValueError(f"{kind}: needs at least one template")
            for template in templates:
                if "{quote}" not in template:
                    raise ValueError(f"{kind}: template does not quote the candidate: {template!r}")
                if kind != "approval" and _APPROVAL_WORDS.search(template):
                    raise ValueError(f"{kind}: only approval probes may mention signing off or approval: {template!r}")
        return self

    def for_kind(self, kind: str) -> list[str]:
        """Templates for one kind of deflection (``KeyError`` for an unknown kind)."""
        if kind not in type(self).model_fields:
            raise KeyError(kind)
        return list(getattr(self, kind))


class Talk(_Strict):
    """Replies to the candidate's own questions and remarks; ``{fact}`` is a scenario fact."""

    clarify_fact: list[str] = Field(min_length=1)
    clarify_unknown: list[str] = Field(min_length=1)
    defer: list[str] = Field(min_length=1)
    wrapup_fact: list[str] = Field(min_length=1)
    outside: list[str] = Field(min_length=1)
    closing: list[str] = Field(min_length=1)

    @field_validator("clarify_fact", "wrapup_fact")
    @classmethod
    def _has_fact(cls, value: list[str]) -> list[str]:
        for template in value:
            if "{fact}" not in template:
                raise ValueError(f"template does not say the fact: {template!r}")
        return value


class Nudges(_Strict):
    """What the interviewer says to an empty or nonsense answer, and when moving on."""

    empty: list[str] = Field(min_length=1)
    nonsense: list[str] = Field(min_length=1)
    move_on: list[str] = Field(min_length=1)


class Bank(_Strict):
    """Everything the offline interviewer can say."""

    scenarios: dict[str, Scenario]
    probes: ProbeTemplates
    nudges: Nudges
    talk: Talk


class BankError(Exception):
    """The question bank on disk is malformed; the message names the file."""


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    key = hashlib.sha256(f"{path.resolve()}|{stat.st_mtime_ns}|{stat.st_size}".encode()).hexdigest()[:24]
    return paths.cache_dir() / "bank" / f"{key}.json"


def _read_yaml(path: Path) -> object:
    """Parse a bank file; the parsed form is cached as JSON (pure-Python YAML is slow)."""
    cached = _cache_file(path)
    if cached is not None and cached.is_file():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    yaml = YAML(typ="safe", pure=True)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except Exception as exc:  # ruamel raises many types; all mean "bad file"
        raise BankError(f"{path}: cannot read YAML: {exc}") from exc
    if cached is not None:
        try:
            write_text_atomic(cached, json.dumps(data))
        except (OSError, TypeError, ValueError):
            pass  # the cache is an optimisation only
    return data


def _validated(model: type[BaseModel], data: object, path: Path) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BankError(f"{path}: {where}: {first['msg']}") from exc


def load_bank(root: Path | None = None) -> Bank:
    """Load and validate ``prompts/scenarios/*.yaml``, ``probes.yaml``, ``nudges.yaml`` and ``talk.yaml``."""
    root = root or paths.prompts_dir()
    scenarios: dict[str, Scenario] = {}
    for path in sorted((root / "scenarios").glob("*.yaml")):
        scenario = _validated(Scenario, _read_yaml(path), path)
        assert isinstance(scenario, Scenario)
        if scenario.id in scenarios:
            raise BankError(f"{path}: duplicate scenario id {scenario.id!r}")
        scenarios[scenario.id] = scenario
    if not scenarios:
        raise BankError(f"{root / 'scenarios'}: no scenario files found")
    probes = _validated(ProbeTemplates, _read_yaml(root / "probes.yaml"), root / "probes.yaml")
    nudges = _validated(Nudges, _read_yaml(root / "nudges.yaml"), root / "nudges.yaml")
    talk = _validated(Talk, _read_yaml(root / "talk.yaml"), root / "talk.yaml")
    return Bank(scenarios=scenarios, probes=probes, nudges=nudges, talk=talk)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def cached_bank(root: str | None = None) -> Bank:
    """``load_bank`` memoised per directory (the bank is read-only at run time)."""
    return load_bank(Path(root) if root else None)
