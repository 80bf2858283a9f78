"""Start a new interview or resume a saved one: build the context and the initial state."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime
from pathlib import Path

from agent import __version__, paths
from agent.analysis import AnswerAnalysis, analyze
from agent.graph.context import Analyzer, InterviewContext, Scorer
from agent.graph.options import InterviewOptions  # re-exported: the public name stays here
from agent.graph.routing import Limits
from agent.graph.runner import InterviewRunner
from agent.graph.state import Cursor, InterviewState, Pending
from agent.interviewer.bank import Bank, cached_bank
from agent.interviewer.brain import Brain, OfflineBrain
from agent.interviewer.plan import build_plan, choose_scenario, rehearsal_plan, rehearsal_scenario
from agent.rubric.loader import load_rubric_cached
from agent.rubric.session_scoring import score_for_session
from agent.session.events import InterviewerEvent, MetaEvent
from agent.session.recorder import SessionRecorder
from agent.session.store import LoadedSession, SessionError, SessionWriter, load_session, new_session_id, utc_now
from agent.transcript.models import Turn


async def offline_analyzer(text: str) -> AnswerAnalysis:
    """Run the offline analyzer off the event loop."""
    return await asyncio.to_thread(analyze, text)


def analyzer_for(brain: Brain) -> Analyzer:
    """Offline analysis; in LLM mode the model also labels sentences the rules are unsure of."""
    client = getattr(brain, "client", None)
    if brain.name != "llm" or client is None:
        return offline_analyzer

    async def llm_refined(text: str) -> AnswerAnalysis:
        from agent.llm.classifier import refine

        analysis = await offline_analyzer(text)
        try:
            return await refine(analysis, client)
        except asyncio.CancelledError:
            raise
        except Exception:
            return analysis

    return llm_refined


def make_scorer(rubric_path: Path | None = None, judge: object | None = None) -> Scorer:
    """Scorer callable for the graph's ``score`` node (rubric scorecard as a dict)."""

    async def scorer(turns: list[Turn], analyses: dict[int, AnswerAnalysis]) -> dict:
        card = await score_for_session(turns, analyses, rubric_path=rubric_path, judge=judge)
        return card.model_dump(mode="json")

    return scorer


def _rubric(options: InterviewOptions):
    """The rubric the interview will be scored with; a broken file fails here, before any session exists."""
    return load_rubric_cached(Path(options.rubric_path or paths.default_rubric_path()))


def _context(
    bank: Bank,
    meta: MetaEvent,
    recorder: SessionRecorder,
    brain: Brain,
    options: InterviewOptions,
    judge: object | None,
    rubric,
    elapsed_before: float = 0.0,
) -> InterviewContext:
    if meta.rehearsal:
        scenario, plan = rehearsal_scenario(meta.rehearsal), rehearsal_plan(meta.rehearsal)
    else:
        scenario = bank.scenarios[meta.scenario_id]
        plan = build_plan(scenario, meta.seed)
    limits = Limits(
        max_turns=meta.max_turns or options.max_turns,
        time_budget_s=meta.time_budget_s,
        dimension_probes={d.id: tuple(d.probes) for d in rubric.dimensions},
    )
    return InterviewContext(
        bank=bank,
        scenario=scenario,
        plan=plan,
        seed=meta.seed,
        brain=brain,
        recorder=recorder,
        analyzer=analyzer_for(brain),
        scorer=make_scorer(options.rubric_path, judge),
        limits=limits,
        elapsed_before=elapsed_before,
    )


def new_interview(
    options: InterviewOptions,
    brain: Brain | None = None,
    judge: object | None = None,
    model: str | None = None,
    bank: Bank | None = None,
) -> InterviewRunner:
    """Create the session file and a runner positioned before the first question."""
    bank = bank or cached_bank()
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1_000_000)
    if options.rehearsal:
        scenario = rehearsal_scenario(options.rehearsal)
    else:
        scenario = choose_scenario(bank, seed, options.scenario_id)
    rubric = _rubric(options)
    brain = brain or OfflineBrain()
    session_id = new_session_id(scenario.id)
    try:
        recorder = SessionRecorder(SessionWriter.create(options.sessions_dir, session_id))
    except SessionError as exc:
        recorder = SessionRecorder(None)
        recorder.error = f"{exc} — the interview continues in memory; save it elsewhere"
    meta = MetaEvent(
        session_id=session_id,
        created=utc_now(),
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        seed=seed,
        brain=brain.name,
        model=model,
        max_turns=options.max_turns,
        time_budget_s=options.time_budget_s,
        app_version=__version__,
        rehearsal=options.rehearsal,
    )
    recorder.record(meta)
    ctx = _context(bank, meta, recorder, brain, options, judge, rubric)
    initial: InterviewState = {"transcript": [], "cursor": Cursor(), "done": False, "last_analysis": None}
    return InterviewRunner(ctx, initial, thread_id=session_id)


def _elapsed(loaded: LoadedSession) -> float:
    stamps = [e.ts for e in loaded.events if e.ts]
    try:
        return max(0.0, (datetime.fromisoformat(stamps[-1]) - datetime.fromisoformat(stamps[0])).total_seconds())
    except (IndexError, ValueError):
        return 0.0


def resume_state(loaded: LoadedSession) -> InterviewState:
    """Rebuild the graph state from the session's events (the file is the source of truth)."""
    asked = [e for e in loaded.events if isinstance(e, InterviewerEvent)]
    last_q = asked[-1] if asked else None
    turns = loaded.turns
    state: InterviewState = {
        "transcript": turns,
        "cursor": Cursor.model_validate(last_q.cursor) if last_q else Cursor(),
        "pending": Pending(
            turn=last_q.turn,
            kind=last_q.kind,
            phase=last_q.phase,
            question_id=last_q.question_id,
            text=last_q.text,
            reason=last_q.reason,
        )
        if last_q
        else None,
        "done": loaded.status != "in progress",
        "last_analysis": None,
    }
    if turns and turns[-1].speaker == "candidate":
        analysis = loaded.analyses.get(turns[-1].number)
        if analysis is not None:
            quality = next((e.quality for e in reversed(loaded.events) if e.type == "analysis"), "ok")  # type: ignore[attr-defined]
            state["last_analysis"] = analysis
            state["last_quality"] = quality
    return state


def resume_interview(
    path: Path | LoadedSession,
    options: InterviewOptions,
    brain: Brain | None = None,
    judge: object | None = None,
    bank: Bank | None = None,
) -> InterviewRunner:
    """Continue an unfinished session exactly where it stopped, appending to the same file.

    ``path`` may be a session already loaded (whose warnings the caller has shown).
    """
    loaded = path if isinstance(path, LoadedSession) else load_session(path)
    if loaded.status != "in progress":
        raise SessionError(f"session {loaded.session_id} is already {loaded.status}; nothing to resume")
    bank = bank or cached_bank()
    if not loaded.meta.rehearsal and loaded.meta.scenario_id not in bank.scenarios:
        raise SessionError(
            f"session {loaded.session_id} uses scenario {loaded.meta.scenario_id!r}, which is not in the question bank"
        )
    rubric = _rubric(options)
    brain = brain or OfflineBrain()
    recorder = SessionRecorder(SessionWriter.reopen(loaded), events=loaded.events)
    ctx = _context(bank, loaded.meta, recorder, brain, options, judge, rubric, elapsed_before=_elapsed(loaded))
    return InterviewRunner(ctx, resume_state(loaded), thread_id=f"{loaded.session_id}-resume")
