"""Graph nodes: plain functions, one job each, routing by ``Command``.

Only ``await_answer`` calls ``interrupt()``; it has no side effects before it
(a resumed node re-runs from its first line).  Model calls and analysis live in
other nodes.
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.analysis.models import AnswerAnalysis
from agent.graph.context import InterviewContext
from agent.graph.routing import decide, wrap_up_draft
from agent.graph.state import Cursor, Draft, InterviewState, Pending, normalise
from agent.interviewer.answer_quality import classify_answer
from agent.interviewer.brain import PhraseRequest
from agent.interviewer.candidate_talk import candidate_act
from agent.session.events import (
    AnalysisEvent,
    AnswerEvent,
    EndEvent,
    InterviewerEvent,
    LLMCallsEvent,
    NoticeEvent,
    ScorecardEvent,
)
from agent.session.store import acts_of, analyses_of
from agent.transcript.models import Turn
from agent.util import crashpoint
from agent.util.inert import inert_text

MAX_ANSWER_CHARS = 1_000_000
ANALYSIS_CHARS = 6_000  # ~1,000 words: longer pastes are kept whole but analysed up to here


def save_llm_calls(ctx: InterviewContext) -> None:
    """Append the model calls made since the last save (LLM mode) to the session."""
    records = getattr(getattr(ctx.brain, "client", None), "records", None)
    if not records or len(records) <= ctx.llm_calls_saved:
        return
    fresh = records[ctx.llm_calls_saved :]
    ctx.llm_calls_saved = len(records)
    ctx.recorder.record(LLMCallsEvent(calls=[r.as_dict() for r in fresh]))


def begin(
    state: InterviewState, runtime: Runtime[InterviewContext]
) -> Command[Literal["ask", "await_answer", "analyze", "route", "score", "__end__"]]:
    """Entry: start a fresh interview or pick up a resumed one where it stopped."""
    if state.get("done"):
        return Command(goto=END)
    transcript = state.get("transcript", [])
    last = transcript[-1] if transcript else None
    if last is None:
        item = runtime.context.plan[0]
        draft = Draft(kind="question", phase=item.phase, question_id=item.question_id, text=item.text)
        return Command(goto="ask", update={"draft": draft})
    if last.speaker == "interviewer":
        pending = state.get("pending")
        return Command(goto="score" if pending is not None and pending.kind == "closing" else "await_answer")
    if state.get("last_analysis") is None:
        return Command(goto="analyze")
    return Command(goto="route")


async def _say(state: InterviewState, runtime: Runtime[InterviewContext], draft: Draft) -> tuple[int, str, Cursor]:
    """Word ``draft`` with the brain (streaming it) and save it; returns (turn, text, cursor after it)."""
    ctx = runtime.context
    cursor = state["cursor"]
    transcript = state.get("transcript", [])
    last_answer = transcript[-1].text if transcript and transcript[-1].speaker == "candidate" else None
    last_question = next((t.text for t in reversed(transcript) if t.speaker == "interviewer"), None)
    request = PhraseRequest(
        kind=draft.kind,
        draft=draft.text,
        phase=draft.phase,
        scenario_title=ctx.scenario.title,
        scenario_brief=ctx.scenario.brief,
        scenario_facts=list(ctx.scenario.facts),
        last_question=last_question,
        last_answer=last_answer[:4000] if last_answer else None,
        quote=draft.quote,
        locus=draft.locus,
        deflection=draft.deflection,
        asked=[t.text for t in transcript if t.speaker == "interviewer"],
    )

    def emit(chunk: str) -> None:
        runtime.stream_writer({"event": "token", "text": chunk})
        crashpoint.crash_here("stream")

    result = await ctx.brain.phrase(request, emit)
    save_llm_calls(ctx)
    text = inert_text(result.text).strip() or draft.text
    if normalise(text) in cursor.asked:
        text = draft.text
    if result.notice:
        ctx.recorder.record(NoticeEvent(text=result.notice))
        runtime.stream_writer({"event": "notice", "text": result.notice})
    turn = len(transcript) + 1
    update: dict = {"asked": [*cursor.asked, normalise(text)]}
    if draft.kind == "question":
        update["question_turn"] = turn
    new_cursor = cursor.model_copy(update=update)
    source = result.model_dump(exclude={"text", "notice"}, exclude_none=True)
    ctx.recorder.record(
        InterviewerEvent(
            turn=turn,
            kind=draft.kind,
            phase=draft.phase,
            question_id=draft.question_id,
            text=text,
            reason=draft.reason,
            source=source,
            cursor=new_cursor.model_dump(),
        )
    )
    runtime.stream_writer(
        {
            "event": "turn_done",
            "turn": turn,
            "text": text,
            "kind": draft.kind,
            "phase": draft.phase,
            "reason": draft.reason,
            "awaits_answer": draft.kind != "closing",
        }
    )
    return turn, text, new_cursor


async def ask(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["await_answer"]]:
    """Word the drafted turn with the brain (streaming it), save it, and wait for the answer."""
    draft = state["draft"]
    assert draft is not None
    turn, text, new_cursor = await _say(state, runtime, draft)
    pending = Pending(
        turn=turn, kind=draft.kind, phase=draft.phase, question_id=draft.question_id, text=text, reason=draft.reason
    )
    return Command(
        goto="await_answer",
        update={
            "transcript": [Turn(number=turn, speaker="interviewer", text=text)],
            "pending": pending,
            "draft": None,
            "cursor": new_cursor,
            "last_analysis": None,
        },
    )


async def close(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["score"]]:
    """Say the last words (answering the candidate's questions), save them, and go on to the scorecard."""
    draft = state["draft"]
    assert draft is not None
    turn, text, new_cursor = await _say(state, runtime, draft)
    pending = Pending(turn=turn, kind=draft.kind, phase=draft.phase, text=text, reason=draft.reason)
    return Command(
        goto="score",
        update={
            "transcript": [Turn(number=turn, speaker="interviewer", text=text)],
            "pending": pending,
            "draft": None,
            "cursor": new_cursor,
        },
    )


def await_answer(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["analyze"]]:
    """Pause for the candidate's answer (``interrupt``), then save it the moment it arrives."""
    pending = state["pending"]
    assert pending is not None
    answer = interrupt({"turn": pending.turn, "kind": pending.kind, "phase": pending.phase, "text": pending.text})
    full = inert_text(str(answer if answer is not None else ""))
    text = full[:MAX_ANSWER_CHARS].strip()
    runtime.context.recorder.record(AnswerEvent(turn=pending.turn + 1, text=text))
    if len(full) > MAX_ANSWER_CHARS:
        notice = (
            f"Your answer was {len(full):,} characters; only the first {MAX_ANSWER_CHARS:,} were kept and analysed."
        )
        runtime.context.recorder.record(NoticeEvent(text=notice))
        runtime.stream_writer({"event": "notice", "text": notice})
    return Command(
        goto="analyze", update={"transcript": [Turn(number=pending.turn + 1, speaker="candidate", text=text)]}
    )


async def analyze(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["route"]]:
    """Find where the answer's decisions sit and save the analysis.

    A question to the interviewer or a closing remark is saved with an empty analysis
    and its act, so it is never probed, nudged or scored.
    """
    ctx = runtime.context
    answer = state["transcript"][-1]
    pending = state["pending"]
    act = candidate_act(answer.text[:ANALYSIS_CHARS])
    if act == "narration":
        quality = classify_answer(answer.text[:ANALYSIS_CHARS], pending.text if pending else "")
        analysis = await ctx.analyzer(answer.text[:ANALYSIS_CHARS])
        save_llm_calls(ctx)
    else:
        quality, analysis = "ok", AnswerAnalysis(text=answer.text[:ANALYSIS_CHARS])
    crashpoint.crash_here("analysis")
    truncated_at = ANALYSIS_CHARS if len(answer.text) > ANALYSIS_CHARS else None
    ctx.recorder.record(
        AnalysisEvent(
            turn=answer.number,
            analysis=analysis.model_dump(mode="json"),
            quality=quality,
            act=act,
            truncated_at=truncated_at,
        )
    )
    runtime.stream_writer(
        {
            "event": "analysis",
            "turn": answer.number,
            "analysis": analysis,
            "quality": quality,
            "act": act,
            "truncated_at": truncated_at,
            "answer_chars": len(answer.text),
        }
    )
    return Command(goto="route", update={"last_analysis": analysis, "last_quality": quality, "last_act": act})


def _exchange(state: InterviewState, ctx: InterviewContext) -> list[str]:
    """Narrated answers to the current main question so far (questions and closing remarks left out)."""
    since = state["cursor"].question_turn
    transcript = state["transcript"]
    if since is None:
        return [transcript[-1].text]
    acts = acts_of(ctx.recorder.events)
    return [
        t.text
        for t in transcript
        if t.speaker == "candidate" and t.number > since and acts.get(t.number, "narration") == "narration"
    ]


def route(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["ask", "wrap_up", "close"]]:
    """Probe the decision, answer a question, ask a technical follow-up, advance, wrap up or close."""
    ctx = runtime.context
    pending = state["pending"]
    assert pending is not None
    transcript = state["transcript"]
    decision = decide(
        bank=ctx.bank,
        scenario=ctx.scenario,
        plan=ctx.plan,
        cursor=state["cursor"],
        pending=pending,
        answer=transcript[-1].text,
        quality=state.get("last_quality", "ok"),
        analysis=state.get("last_analysis"),
        interviewer_turns=sum(1 for t in transcript if t.speaker == "interviewer"),
        elapsed_s=ctx.elapsed(),
        limits=ctx.limits,
        seed=ctx.seed,
        act=state.get("last_act", "narration"),
        exchange=_exchange(state, ctx),
    )
    if decision.action in ("ask", "close"):
        return Command(goto=decision.action, update={"draft": decision.draft, "cursor": decision.cursor})
    note = {"not_probed": decision.not_probed} if decision.not_probed else None
    return Command(goto=decision.action, update={"cursor": decision.cursor, "route_note": note})


def wrap_up(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["ask"]]:
    """Close the technical part and invite the candidate's own questions."""
    cursor = state["cursor"].model_copy(update={"wrapping_up": True})
    draft = wrap_up_draft(runtime.context.scenario)
    note = state.get("route_note")
    if note:
        draft = draft.model_copy(update={"reason": {"why": "wrap-up", **note}})
    return Command(goto="ask", update={"draft": draft, "cursor": cursor, "route_note": None})


async def score(state: InterviewState, runtime: Runtime[InterviewContext]) -> Command[Literal["__end__"]]:
    """Score the whole transcript with the rubric and close the session."""
    ctx = runtime.context
    analyses = analyses_of(ctx.recorder.events)  # the file, not graph memory, is the source of truth
    runtime.stream_writer({"event": "scoring"})
    acts = acts_of(ctx.recorder.events)
    scored = [
        t for t in state["transcript"] if t.speaker != "candidate" or acts.get(t.number, "narration") == "narration"
    ]
    card = await ctx.scorer(scored, analyses)
    save_llm_calls(ctx)
    crashpoint.crash_here("scoring")
    ctx.recorder.record(ScorecardEvent(scorecard=card))
    ctx.recorder.record(EndEvent(status="completed", reason="interview finished"))
    return Command(goto=END, update={"scorecard": card, "done": True})
