"""Everything the workshop and ``locus stories`` say about one story.

The analyzer finds each decision phrase and who holds it; the scorer reads the
story as the answer to its kind's past-experience question and gives a level
estimate per dimension with the signals it found.  Reframing suggestions are
the analyzer's questions and fill-in templates: nothing is written for the
candidate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysis import AnswerAnalysis, Span, analyze_with_docs, is_probe, reframe_question
from agent.practice.kinds import KindGuess, guess_kinds
from agent.practice.questions import cached_rehearsal_bank
from agent.practice.signals import STORY_PHASES, StorySignals, first_story, read_story, summarise
from agent.practice.storyfile import Story
from agent.rubric.model import Rubric
from agent.rubric.scorecard import Scorecard
from agent.rubric.scorer import read_for_scoring, score_reading
from agent.rubric.scoring import score
from agent.stories import Story as ReadStory
from agent.transcript.models import Turn
from agent.util.bounded_regex import PatternTimeout

HOLDER_WORDS = {
    "self": "you",
    "authority": "someone above you or another team",
    "group": "the group (“we”, the team)",
    "process": "a process or rule",
    "agentless": "nobody named (passive)",
    "hedged": "nobody really (it just happened)",
    "none": "no decision narrated",
}


@dataclass(frozen=True)
class Mark:
    """A decision phrase with offsets into the whole story text (title included)."""

    start: int
    end: int
    text: str
    locus: str
    cue: str


@dataclass(frozen=True)
class Reframe:
    """A deflecting phrase and the question (with a fill-in template) that helps re-tell it honestly."""

    mark: Mark
    question: str


@dataclass
class StoryReport:
    """Analysis, key decision, reframes, signals and level estimate of one telling."""

    title: str
    kinds: KindGuess
    analysis: AnswerAnalysis
    marks: list[Mark]
    key: Mark | None
    reframes: list[Reframe]
    signals: StorySignals
    card: Scorecard
    question: str
    levels: dict[str, int | None] = field(default_factory=dict)

    @property
    def holder(self) -> str:
        """Who holds the key decision: a locus class (``none`` when no decision is narrated)."""
        return self.key.locus if self.key else "none"

    @property
    def owned(self) -> list[Mark]:
        return [m for m in self.marks if m.locus == "self"]

    @property
    def deflections(self) -> list[Mark]:
        return [m for m in self.marks if is_probe(m.locus)]

    def metrics(self) -> dict:
        """The numbers a version diff compares."""
        return {
            "owned": len(self.owned),
            "deflections": len(self.deflections),
            "holder": self.holder,
            "outcome_owned": self.signals.outcome_owned,
            "reasons": self.signals.reasons,
            "levels": dict(self.levels),
        }


def _mark(span: Span, offset: int) -> Mark:
    return Mark(start=span.start + offset, end=span.end + offset, text=span.text, locus=span.locus, cue=span.cue)


def marks_of(analysis: AnswerAnalysis, offset: int) -> list[Mark]:
    """The analysis's decision phrases, in text order, with offsets shifted by ``offset``."""
    return [_mark(s, offset) for s in sorted(analysis.spans, key=lambda s: (s.start, s.end))]


def _read_and_score(
    turns: list[Turn], rubric: Rubric, analysis: AnswerAnalysis, doc
) -> tuple[Scorecard, ReadStory | None]:
    """The card and the story reader's view of the story, from ONE reading (the parse in ``doc`` reused when given).

    A rubric pattern that runs out of time takes the scorer's own path (which skips that cue and says so).
    """
    try:
        reading = read_for_scoring(
            turns, rubric, {2: analysis}, STORY_PHASES, docs={2: doc} if doc is not None else None
        )
        return score_reading(reading, turns, rubric), first_story(reading)
    except PatternTimeout:
        card = score(turns, rubric, analyses={2: analysis}, phases=STORY_PHASES)
        return card, read_story(turns[1].text, turns[0].text, analysis)


def analyze_story(story: Story, rubric: Rubric, analysis: AnswerAnalysis | None = None, doc=None) -> StoryReport:
    """Report for ``story``; pass ``analysis`` of ``story.body`` when it is already at hand, and the analyzer's
    ``doc`` with it (``analyze_with_docs``) to skip parsing the story again."""
    if analysis is None:
        analysis, doc = analyze_with_docs([story.body])[0]
    kinds = guess_kinds(story.body, story.declared_kind)
    _, question = cached_rehearsal_bank().question_for(kinds.primary)
    turns = [Turn(number=1, speaker="interviewer", text=question), Turn(number=2, speaker="candidate", text=story.body)]
    card, reading = _read_and_score(turns, rubric, analysis, doc)
    marks = marks_of(analysis, story.body_start)
    decision = reading.key_decision if reading is not None else None
    key = None
    if decision is not None:
        key = Mark(
            start=decision.start + story.body_start,
            end=decision.end + story.body_start,
            text=decision.text,
            locus=decision.holder,
            cue="key_decision",
        )
    reframes = [
        Reframe(mark=m, question=reframe_question(s))
        for m, s in zip(marks, sorted(analysis.spans, key=lambda s: (s.start, s.end)), strict=False)
        if is_probe(s.locus)
    ]
    return StoryReport(
        title=story.title,
        kinds=kinds,
        analysis=analysis,
        marks=marks,
        key=key,
        reframes=reframes,
        signals=summarise(reading),
        card=card,
        question=question,
        levels={d.id: d.level for d in card.dimensions},
    )


def _level(value: int | None) -> str:
    return "?" if value is None else str(value)


def version_change(first: dict, now: dict, names: dict[str, str] | None = None) -> list[str]:
    """What changed between two ``metrics()``: ``owned decisions 1 → 3``, ``outcome now owned``."""
    names = names or {}
    out: list[str] = []
    if first["owned"] != now["owned"]:
        out.append(f"owned decisions {first['owned']} → {now['owned']}")
    if first["deflections"] != now["deflections"]:
        out.append(f"deflections {first['deflections']} → {now['deflections']}")
    if first["holder"] != now["holder"]:
        out.append(f"key decision held by {first['holder']} → {now['holder']}")
    if first["reasons"] != now["reasons"]:
        out.append(f"reasons {first['reasons']} → {now['reasons']}")
    if first["outcome_owned"] != now["outcome_owned"]:
        out.append("outcome now owned" if now["outcome_owned"] else "outcome no longer owned")
    for dim, level in now["levels"].items():
        before = first["levels"].get(dim)
        if before != level:
            out.append(f"{names.get(dim, dim)} {_level(before)} → {_level(level)}")
    return out


def analyze_stories(stories: list[Story], rubric: Rubric) -> list[StoryReport]:
    """Reports for many stories (their bodies parsed in one batch)."""
    pairs = analyze_with_docs([s.body for s in stories])
    return [analyze_story(s, rubric, a, doc) for s, (a, doc) in zip(stories, pairs, strict=False)]
