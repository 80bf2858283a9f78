"""The ordered list of main questions for one interview, derived from scenario and seed.

The plan is never stored: the same scenario, bank and seed always give the same
plan, which is what makes a session resumable and the offline brain deterministic.
"""

from __future__ import annotations

import random

from pydantic import BaseModel, Field

from agent.interviewer.bank import PAST_KINDS, TECHNICAL_PHASES, Bank, Expectation, Scenario

# How many questions each technical phase contributes (at most what the bank has).
PHASE_QUOTA = {"requirements": 2, "estimation": 1, "design": 2, "deep_dive": 2}
PHASES = ("opening", *TECHNICAL_PHASES, "past_experience", "wrap_up")


class PlanItem(BaseModel):
    """A main question: where it sits and what a complete answer covers."""

    phase: str
    question_id: str
    text: str
    expects: list[Expectation] = Field(default_factory=list)


def choose_scenario(bank: Bank, seed: int, scenario_id: str | None = None) -> Scenario:
    """The requested scenario, or one picked by ``seed``; unknown ids raise ``KeyError``."""
    if scenario_id:
        if scenario_id not in bank.scenarios:
            known = ", ".join(sorted(bank.scenarios))
            raise KeyError(f"unknown scenario {scenario_id!r} (known: {known})")
        return bank.scenarios[scenario_id]
    ids = sorted(bank.scenarios)
    return bank.scenarios[random.Random(f"scenario:{seed}").choice(ids)]


def build_plan(scenario: Scenario, seed: int) -> list[PlanItem]:
    """Opening (brief + first requirements question), technical phases, past experience."""
    rng = random.Random(f"plan:{scenario.id}:{seed}")
    items: list[PlanItem] = []
    for phase in TECHNICAL_PHASES:
        questions = list(scenario.phases[phase])
        first, rest = questions[0], questions[1:]
        rng.shuffle(rest)
        for question in [first, *rest][: PHASE_QUOTA[phase]]:
            items.append(PlanItem(phase=phase, question_id=question.id, text=question.text, expects=question.expects))
    opening = items[0]
    items[0] = opening.model_copy(update={"phase": "opening", "text": f"{scenario.brief.strip()}\n\n{opening.text}"})
    kinds = list(PAST_KINDS)
    rng.shuffle(kinds)
    for kind in kinds:
        options = [q for q in scenario.past_experience if q.kind == kind]
        pick = rng.choice(options)
        items.append(PlanItem(phase="past_experience", question_id=pick.id, text=pick.text))
    return items


REHEARSAL_SCENARIO_ID = "rehearsal"
_REHEARSAL_WRAPUP = (
    "That's the end of this rehearsal. Is there anything about that decision you would tell differently?"
)


def rehearsal_scenario(rehearsal: dict) -> Scenario:
    """Stand-in scenario for rehearsing one of the candidate's own stories (no design problem)."""
    title = str(rehearsal.get("title") or "your story")
    return Scenario.model_construct(
        id=REHEARSAL_SCENARIO_ID,
        title=f"Rehearsal: {title}",
        topic="the candidate's own story",
        brief="",
        facts=["This is a rehearsal of one of the candidate's own stories; there is no design problem to discuss."],
        phases={},
        past_experience=[],
        wrapup=str(rehearsal.get("wrapup") or _REHEARSAL_WRAPUP),
    )


def rehearsal_plan(rehearsal: dict) -> list[PlanItem]:
    """One past-experience question (the one matching the story's kind), probed as in a full interview."""
    return [
        PlanItem(
            phase="past_experience",
            question_id=str(rehearsal.get("question_id") or "rehearse"),
            text=str(rehearsal["question"]),
        )
    ]
