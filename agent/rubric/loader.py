"""Load and validate rubric files, reporting every problem as ``file:line:col: message``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from agent.rubric import model as rubric_model
from agent.rubric.model import Rubric, semantic_problems
from agent.rubric.yaml_guard import scan_events
from agent.transcript.parse import TranscriptError, parse_transcript
from agent.util.files import FileRefused, read_regular

# Eight times the default rubric; ruamel parses about 5 us per byte, so a full-size file checks in ~1.5 s.
MAX_RUBRIC_BYTES = 256 * 1024


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rubric file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class RubricError(ValueError):
    """A rubric that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_rubric(path: str | Path) -> Rubric:
    """Read, check and validate a rubric file; raise ``RubricError`` listing all problems."""
    name = str(path)
    try:
        data = read_regular(path, MAX_RUBRIC_BYTES, "rubric file")
    except FileRefused as exc:
        raise RubricError([Problem(name, 1, 1, exc.reason)]) from None
    return load_rubric_bytes(data, name)


def load_rubric_bytes(data: bytes, name: str = "<rubric>") -> Rubric:
    """Validate rubric bytes (size cap, UTF-8, YAML safety, schema, cross-references)."""
    if len(data) > MAX_RUBRIC_BYTES:
        raise RubricError(
            [Problem(name, 1, 1, f"file is {len(data)} bytes; rubric files are limited to {MAX_RUBRIC_BYTES} bytes")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise RubricError(
            [Problem(name, line, col, f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x})")]
        ) from None
    return load_rubric_text(text, name)


def load_rubric_text(text: str, name: str = "<rubric>") -> Rubric:
    """Validate rubric YAML text; ``name`` prefixes every problem."""
    unsafe = scan_events(text)
    if unsafe:
        raise RubricError([Problem(name, ln, col, msg) for ln, col, msg in unsafe])
    try:
        doc = YAML(typ="rt").load(text)
    except YAMLError as exc:  # the scan should have caught it; stay clean anyway
        raise RubricError([Problem(name, 1, 1, f"YAML error: {exc}")]) from None
    if not isinstance(doc, CommentedMap):
        raise RubricError([Problem(name, 1, 1, "a rubric must be a YAML mapping with keys like 'id' and 'dimensions'")])
    data = _plain(doc)
    problems = [Problem(name, *_position(doc, loc), msg) for loc, msg in semantic_problems(data)]
    rubric: Rubric | None = None
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        problems += [_problem_from_error(name, doc, err) for err in exc.errors()]
    if rubric is not None:
        problems += [Problem(name, *_position(doc, loc), msg) for loc, msg in _example_problems(rubric)]
    if problems or rubric is None:
        raise RubricError(_sorted_unique(problems))
    return rubric


def _example_problems(rubric: Rubric) -> list[tuple[tuple, str]]:
    problems: list[tuple[tuple, str]] = []
    for i, ex in enumerate(rubric.examples):
        if ex.transcript is None:
            continue
        try:
            turns = parse_transcript(ex.transcript)
        except TranscriptError as exc:
            problems.append((("examples", i, "transcript"), f"transcript: {exc}"))
            continue
        if not any(t.speaker == "candidate" for t in turns):
            problems.append((("examples", i, "transcript"), "transcript: no 'Candidate:' turn to score"))
    return problems


def check_rubric(path: str | Path) -> list[Problem]:
    """All problems in the rubric at ``path`` (empty list when it is valid)."""
    try:
        load_rubric(path)
    except RubricError as exc:
        return exc.problems
    return []


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> Rubric:
    return load_rubric(path)


def load_rubric_cached(path: str | Path) -> Rubric:
    """``load_rubric`` memoised on path and modification time."""
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        return load_rubric(p)
    return _cached(str(p), mtime)


def _plain(node: Any) -> Any:
    """Round-trip containers -> plain dicts/lists (keys stringified for pydantic)."""
    if isinstance(node, CommentedMap):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, CommentedSeq):
        return [_plain(v) for v in node]
    return node


def _position(doc: CommentedMap, loc: tuple) -> tuple[int, int]:
    """Map a pydantic-style location to the 1-based line/column of its YAML node."""
    node: Any = doc
    line, col = 1, 1
    parts = list(loc)
    for i, part in enumerate(parts):
        key_wanted = i + 1 < len(parts) and parts[i + 1] == "<key>"
        if isinstance(node, CommentedMap) and isinstance(part, str) and part in node:
            ln, cl = node.lc.key(part) if key_wanted else node.lc.value(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            ln, cl = node.lc.item(part)
            line, col = ln + 1, cl + 1
            node = node[part]
        elif part == "<key>":
            break
        # Union branch names ("int", "LevelRange") and missing keys keep the parent's position.
    return line, col


def _problem_from_error(name: str, doc: CommentedMap, err: dict) -> Problem:
    loc = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    fields = [p for p in loc if isinstance(p, str) and p[:1].islower() and "[" not in p]
    key = fields[-1] if fields else ""
    if kind == "extra_forbidden":
        line, col = _position(doc, (*loc, "<key>"))
        return Problem(name, line, col, f"unknown key '{key}'{_suggest(key)}")
    line, col = _position(doc, loc)
    if kind == "missing":
        return Problem(name, line, col, f"missing required key '{key}'")
    msg = str(err.get("msg", "invalid value"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix) :]
    return Problem(name, line, col, f"{key}: {msg}" if key else msg)


def _known_keys() -> list[str]:
    keys: set[str] = set()
    for obj in vars(rubric_model).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj is not BaseModel:
            keys.update(obj.model_fields)
    return sorted(keys)


def _suggest(key: str) -> str:
    close = difflib.get_close_matches(key, _known_keys(), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _sorted_unique(problems: list[Problem]) -> list[Problem]:
    seen: dict[tuple, Problem] = {}
    for p in problems:
        seen.setdefault((p.line, p.col, p.message), p)
    return [seen[k] for k in sorted(seen)]
