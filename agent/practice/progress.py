"""Progress across saved sessions: levels per dimension, recurring deflections, per-story rehearsals.

Every completed session contributes one point.  Its levels come from the
current rubric: a saved scorecard stamped with the same rubric id and version
(offline scorer) is used as is; any other (an older rubric version, the LLM
judge) is re-scored offline from the session's saved analyses, so the trend
compares like with like.  Per-session results are cached by file size, mtime
and rubric content, so re-running over hundreds of sessions only stats files.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from agent import __version__, paths
from agent.analysis.models import PROBE_LOCI
from agent.rubric.model import Rubric
from agent.session.store import SessionError, load_session
from agent.util.atomic import write_text_atomic

CACHE_FORMAT = 2
DEFLECTION_LOCI = ("authority", "group", "process", "agentless", "hedged")
TO_WHOM = {
    "authority": "someone above you or another team",
    "group": "the group (“we”, the team)",
    "process": "a process or rule",
    "agentless": "nobody named (passive)",
    "hedged": "nobody really (it just happened)",
}


_HEADS = (
    r"manager|managers|lead|leads|director|vp|cto|ceo|boss|architect|architects|principal|supervisor|"
    r"team|teams|board|committee|council|group|security|legal|finance|compliance|product|pm|owner|owners|"
    r"skip-level|on-call|sre|ops|qa|stakeholders|leadership|reviewers?|approvers?|runbook|policy|process|checklist"
)
_DET = r"(?:my|our|the|their|his|her)"
_HOLDER = re.compile(rf"\b(?:{_DET}\s+(?:[a-z][\w-]*\s+){{0,2}}?)?(?:{_HEADS})(?:\s+(?:{_HEADS}))?\b", re.IGNORECASE)


def holder_phrase(text: str) -> str | None:
    """Who a deflecting phrase hands the decision to, in its own words (``my manager``), if it names anyone."""
    match = _HOLDER.search(text)
    return " ".join(match.group(0).lower().split()) if match else None


@dataclass
class SessionPoint:
    """One completed session as the trend sees it."""

    id: str
    created: str
    scenario: str
    levels: dict[str, int | None]
    deflections: dict[str, int]
    owned: int
    answers: int
    scored_with: dict[str, str]
    rescored: bool
    story_id: str | None = None
    story_title: str | None = None
    holders: dict[str, dict[str, int]] = field(default_factory=dict)  # locus -> phrase -> count


@dataclass
class DeflectionTrend:
    """One deflection kind across sessions: how often, and whether it is going away."""

    locus: str
    total: int
    sessions: int
    earlier: float  # per session, older half
    later: float  # per session, newer half
    trend: str  # falling / rising / steady / new / gone / too few
    series: list[int] = field(default_factory=list)
    holders: list[tuple[str, int]] = field(default_factory=list)  # most frequent first


@dataclass
class Progress:
    """Everything ``locus progress`` shows."""

    rubric: dict[str, str]
    dimensions: dict[str, str]  # id -> name
    points: list[SessionPoint]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    in_progress: int = 0

    @property
    def rescored(self) -> int:
        return sum(1 for p in self.points if p.rescored)

    def series(self, dim: str) -> list[int | None]:
        return [p.levels.get(dim) for p in self.points]

    def deflection_trends(self) -> list[DeflectionTrend]:
        out = []
        n = len(self.points)
        half = n // 2
        for locus in DEFLECTION_LOCI:
            series = [p.deflections.get(locus, 0) for p in self.points]
            total = sum(series)
            if not total:
                continue
            earlier = sum(series[:half]) / half if half else 0.0
            later = sum(series[half:]) / (n - half) if n - half else 0.0
            names: dict[str, int] = {}
            for p in self.points:
                for who, count in p.holders.get(locus, {}).items():
                    names[who] = names.get(who, 0) + count
            out.append(
                DeflectionTrend(
                    locus=locus,
                    total=total,
                    sessions=sum(1 for c in series if c),
                    earlier=round(earlier, 2),
                    later=round(later, 2),
                    trend=_trend(earlier, later, half),
                    series=series,
                    holders=sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:3],
                )
            )
        out.sort(key=lambda t: -t.total)
        return out

    def stories(self) -> dict[str, list[SessionPoint]]:
        out: dict[str, list[SessionPoint]] = {}
        for p in self.points:
            if p.story_id:
                out.setdefault(p.story_id, []).append(p)
        return out


MIN_TREND_SESSIONS = 4


def _trend(earlier: float, later: float, half: int) -> str:
    if half < MIN_TREND_SESSIONS // 2:
        return "too few"
    if earlier == 0 and later > 0:
        return "new"
    if later == 0 and earlier > 0:
        return "gone"
    if later < earlier * 0.8:
        return "falling"
    if later > earlier * 1.25:
        return "rising"
    return "steady"


def rubric_key(rubric: Rubric, rubric_path: Path) -> str:
    """Cache key for the rubric's content and this version of Locus."""
    try:
        data = rubric_path.read_bytes()
    except OSError:
        data = json.dumps(rubric.stamp()).encode()
    return hashlib.sha256(data + __version__.encode()).hexdigest()[:24]


def _point(path: Path, rubric: Rubric) -> SessionPoint | str:
    """The session's point, or why it is left out (``"in progress"``, a load error)."""
    from agent.rubric.scoring import score

    try:
        loaded = load_session(path)
    except SessionError as exc:
        return f"unreadable: {exc}"
    if loaded.status != "completed":
        return loaded.status
    card = loaded.scorecard or {}
    stamp = card.get("rubric") or {}
    same = (
        stamp.get("id") == rubric.id
        and stamp.get("version") == rubric.version
        and card.get("scorer", "offline") == "offline"
        and card.get("dimensions")
    )
    analyses = loaded.analyses
    if same:
        levels = {d.get("id"): d.get("level") for d in card["dimensions"] if isinstance(d, dict)}
    else:
        fresh = score(loaded.turns, rubric, analyses=analyses)
        levels = {d.id: d.level for d in fresh.dimensions}
    deflections: dict[str, int] = {}
    holders: dict[str, dict[str, int]] = {}
    owned = 0
    for analysis in analyses.values():
        for span in analysis.spans:
            if span.locus in PROBE_LOCI:
                deflections[span.locus] = deflections.get(span.locus, 0) + 1
                who = holder_phrase(span.text)
                if who:
                    per = holders.setdefault(span.locus, {})
                    per[who] = per.get(who, 0) + 1
            elif span.locus == "self":
                owned += 1
    rehearsal = loaded.meta.rehearsal or {}
    return SessionPoint(
        id=loaded.session_id,
        created=loaded.meta.created,
        scenario=loaded.meta.scenario_id,
        levels=levels,
        deflections=deflections,
        owned=owned,
        answers=sum(1 for t in loaded.turns if t.speaker == "candidate"),
        scored_with={
            "id": str(stamp.get("id", "")),
            "version": str(stamp.get("version", "")),
            "scorer": str(card.get("scorer", "")),
        },
        rescored=not same,
        story_id=rehearsal.get("story_id"),
        story_title=rehearsal.get("title"),
        holders=holders,
    )


def cache_path(sessions_dir: Path) -> Path:
    key = hashlib.sha256(str(sessions_dir.resolve()).encode()).hexdigest()[:16]
    return paths.cache_dir() / "progress" / f"{key}.json"


def _read_cache(path: Path, key: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("rubric") != key:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def compute_progress(sessions_dir: Path, rubric: Rubric, rubric_path: Path, use_cache: bool = True) -> Progress:
    """Progress over every completed session in ``sessions_dir`` (oldest first)."""
    key = rubric_key(rubric, rubric_path)
    cpath = cache_path(sessions_dir)
    cached = _read_cache(cpath, key) if use_cache else {}
    fresh: dict[str, dict] = {}
    points: list[SessionPoint] = []
    skipped: list[tuple[str, str]] = []
    in_progress = 0
    files = sorted(sessions_dir.glob("*.jsonl")) if sessions_dir.is_dir() else []
    for path in files:
        try:
            info = path.stat()
        except OSError as exc:
            skipped.append((path.name, f"cannot read: {exc.strerror}"))
            continue
        stamp = [info.st_size, info.st_mtime_ns]
        entry = cached.get(path.name)
        if entry and entry.get("stat") == stamp:
            result: SessionPoint | str = SessionPoint(**entry["point"]) if entry.get("point") else entry.get("why", "")
        else:
            result = _point(path, rubric)
        if isinstance(result, SessionPoint):
            fresh[path.name] = {"stat": stamp, "point": asdict(result)}
            points.append(result)
        else:
            fresh[path.name] = {"stat": stamp, "why": result}
            if result.startswith("unreadable"):
                skipped.append((path.name, result))
            elif result == "in progress":
                in_progress += 1
    if use_cache and fresh != cached:
        try:
            write_text_atomic(cpath, json.dumps({"format": CACHE_FORMAT, "rubric": key, "entries": fresh}))
        except OSError:
            pass  # the cache is an optimisation; progress is still right without it
    points.sort(key=lambda p: (p.created, p.id))
    return Progress(
        rubric=rubric.stamp(),
        dimensions={d.id: d.name for d in rubric.dimensions},
        points=points,
        skipped=skipped,
        in_progress=in_progress,
    )
