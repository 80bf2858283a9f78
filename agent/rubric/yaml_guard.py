"""Safety scan of YAML events before a rubric is loaded.

Rubric files are data written by people: no anchors or aliases (alias bombs),
no merge keys (``<<``), no explicit tags (``!!python/object``), no duplicate or
complex keys, one document.  The scan works on parser events, so nothing is constructed or
expanded while looking, and it reports every problem in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
)

MAX_DEPTH = 40
MAX_PROBLEMS = 50  # a file that is wrong everywhere is reported in part, and fast


@dataclass
class _Frame:
    is_mapping: bool
    keys: dict[str, int] = field(default_factory=dict)
    expecting_key: bool = True


def scan_events(text: str) -> list[tuple[int, int, str]]:
    """Return ``(line, col, message)`` (1-based) for every unsafe construct in ``text``."""
    problems: list[tuple[int, int, str]] = []
    stack: list[_Frame] = []
    documents = 0
    try:
        for ev in YAML(typ="rt").parse(text):
            line, col = ev.start_mark.line + 1, ev.start_mark.column + 1
            if len(problems) >= MAX_PROBLEMS:
                problems.append((line, col, f"more problems after this point (stopped after {MAX_PROBLEMS})"))
                return problems
            if isinstance(ev, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    problems.append((line, col, "only one YAML document is allowed per rubric file"))
                continue
            if isinstance(ev, AliasEvent):
                problems.append((line, col, f"aliases are not allowed (found '*{ev.anchor}')"))
            elif isinstance(ev, NodeEvent):
                if ev.anchor is not None:
                    problems.append((line, col, f"anchors are not allowed (found '&{ev.anchor}')"))
                if ev.tag is not None:
                    problems.append((line, col, f"explicit tags are not allowed (found '{ev.tag}')"))
            if isinstance(ev, CollectionEndEvent):
                if stack:
                    stack.pop()
                _after_value(stack)
                continue
            if not isinstance(ev, (AliasEvent, NodeEvent)):
                continue
            frame = stack[-1] if stack else None
            if frame is not None and frame.is_mapping and frame.expecting_key:
                if isinstance(ev, ScalarEvent) and ev.value == "<<" and not ev.style:
                    problems.append((line, col, "merge keys ('<<') are not allowed; write the keys out"))
                elif isinstance(ev, ScalarEvent):
                    first = frame.keys.get(ev.value)
                    if first is not None:
                        problems.append((line, col, f"duplicate key '{ev.value}' (first defined on line {first})"))
                    else:
                        frame.keys[ev.value] = line
                else:
                    problems.append((line, col, "complex (non-text) mapping keys are not allowed"))
            if isinstance(ev, (MappingStartEvent, SequenceStartEvent)):
                if frame is not None and frame.is_mapping:
                    frame.expecting_key = not frame.expecting_key
                if len(stack) >= MAX_DEPTH:
                    problems.append((line, col, f"nesting deeper than {MAX_DEPTH} levels"))
                    return problems
                stack.append(_Frame(is_mapping=isinstance(ev, MappingStartEvent)))
            else:
                _after_value(stack, toggle=True)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.append((line, col, f"YAML syntax error: {exc.problem or exc.context}"))
    except YAMLError as exc:  # pragma: no cover - unmarked parser errors are rare
        problems.append((1, 1, f"YAML syntax error: {exc}"))
    return problems


def _after_value(stack: list[_Frame], toggle: bool = False) -> None:
    """Advance the key/value state of the enclosing mapping after a node ends."""
    if not stack or not stack[-1].is_mapping:
        return
    frame = stack[-1]
    if toggle:
        frame.expecting_key = not frame.expecting_key
    else:
        frame.expecting_key = True
