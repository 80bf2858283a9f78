"""The story signals the scorer finds: reasons given, outcome owned, blame, scope beyond the team.

Read from the scorecard's evidence (the scorer is the one place that decides
what counts), so ``locus stories`` and the workshop say what the card would say.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysis import AnswerAnalysis
from agent.rubric.scorecard import Scorecard

# Rubric cue ids, by the signal they show (default rubric; other rubrics may use other ids).
_REASON_CUES = frozenset({"stated_reason", "reasoned_choice", "risk_accepted", "cost_acknowledged", "evidence_based"})
_OUTCOME_CUES = frozenset({"owns_mistake", "follow_through"})
_BLAME_CUES = frozenset({"blamed_others", "blame_shift", "blamed_outcome"})
_SCOPE_CUES = frozenset({"extended_scope", "scope_beyond_team", "beyond_remit"})


@dataclass
class StorySignals:
    """What the scorer found in one telling, with the quotes that show it."""

    reasons: int = 0
    outcome_owned: bool = False
    blame: int = 0
    scope: bool = False
    quotes: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"reasons": self.reasons, "outcome_owned": self.outcome_owned, "blame": self.blame,
                "scope": self.scope, "quotes": {k: list(v) for k, v in self.quotes.items()}}


def story_signals(text: str, analysis: AnswerAnalysis, card: Scorecard) -> StorySignals:
    """Signals of the story ``text`` from its scorecard ``card``."""
    signals = StorySignals()
    for dim in card.dimensions:
        for ev in dim.evidence:
            if ev.effect == "+" and ev.cue in _REASON_CUES:
                signals.reasons += 1
                signals.quotes.setdefault("reasons", []).append(ev.quote)
            elif ev.effect == "+" and ev.cue in _OUTCOME_CUES:
                signals.outcome_owned = True
                signals.quotes.setdefault("outcome", []).append(ev.quote)
            elif ev.cue in _BLAME_CUES:
                signals.blame += 1
                signals.quotes.setdefault("blame", []).append(ev.quote)
            elif ev.effect == "+" and ev.cue in _SCOPE_CUES:
                signals.scope = True
                signals.quotes.setdefault("scope", []).append(ev.quote)
    return signals
