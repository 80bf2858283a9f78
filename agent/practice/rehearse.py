"""Rehearse one bank story: a short interview with the past-experience question for its kind.

The interviewer asks that one question, probes the telling as in a full
interview (deflections, missing reasons), closes with a reflective question and
scores it; the session is saved like any other (replay, re-score, progress).
"""

from __future__ import annotations

import dataclasses

from agent.practice.kinds import guess_kinds
from agent.practice.questions import cached_rehearsal_bank
from agent.practice.storyfile import Story

REHEARSAL_MAX_TURNS = 10


def rehearsal_for(story: Story) -> dict:
    """What a rehearsal session records about its story (``InterviewOptions.rehearsal`` / meta)."""
    bank = cached_rehearsal_bank()
    kind = guess_kinds(story.body, story.declared_kind).primary
    question_id, question = bank.question_for(kind, key=story.id)
    return {
        "story_id": story.id,
        "title": story.title,
        "kind": kind or "general",
        "question_id": question_id,
        "question": question,
        "wrapup": bank.wrapup,
    }


def rehearsal_options(options, story: Story):
    """A copy of interview ``options`` that rehearses ``story``."""
    return dataclasses.replace(
        options, rehearsal=rehearsal_for(story), scenario_id=None, max_turns=min(options.max_turns, REHEARSAL_MAX_TURNS)
    )
