"""How a dimension's level comes from story signals: weights, thresholds, caps and needs.

A rubric names, per dimension, the signals it listens to (``agent.stories.catalog.SIGNALS`` or the
ids of its own cues) with a weight each.  Per behavioural story every signal counts once (a story
adds at most ``story_cap`` points); the sum is cut by ``thresholds`` into levels 1..5; ``caps``
hold the level down when a signal is present ("a blamed outcome caps ownership at 1"),
``needs`` say what a level requires ("ownership 5 needs an owned outcome"), ``floors``
what the lowest levels require ("ownership 1 needs a blamed outcome") and ``situations`` what
must be at stake for the dimension to be judged at all (else insufficient evidence).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.stories.catalog import SIGNALS

MAX_LEVEL = 5
SignalKey = Annotated[
    str, Field(pattern=r"^[a-z][a-z0-9_-]{0,63}$", description="a story signal key or a cue id of this dimension")
]
LevelNumber = Annotated[int, Field(ge=1, le=MAX_LEVEL)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LevelCap(_Strict):
    """The level cannot go above ``max_level`` while ``signal`` is present in ``min_stories`` stories."""

    signal: SignalKey
    max_level: LevelNumber
    min_stories: int = Field(1, ge=1, le=20, description="Stories the signal must appear in before the cap applies")
    min_signals: int = Field(
        1, ge=1, le=50, description="Times the signal is heard (across stories) before the cap applies"
    )
    why: str = Field("", description="Shown on the scorecard when the cap applies")


class LevelNeed(_Strict):
    """Reaching ``level`` (or above) needs one of ``signals`` in at least ``min_stories`` stories."""

    level: LevelNumber
    signals: list[SignalKey] = Field(min_length=1, description="Any of these signals satisfies the need")
    min_stories: int = Field(1, ge=1, le=20)
    why: str = Field("", description="Shown on the scorecard when the need is not met")


class LevelFloor(_Strict):
    """The level cannot go below ``level`` unless one of ``unless`` is present ("1 needs a blamed outcome")."""

    level: LevelNumber
    unless: list[SignalKey] = Field(
        min_length=1, description="Any of these signals lets the level fall below the floor"
    )
    why: str = Field("", description="Shown on the scorecard when the floor applies")


class Scoring(_Strict):
    """Signals a dimension listens to and how their points become a level."""

    signals: dict[SignalKey, float] = Field(
        min_length=1,
        description="signal key -> weight; positive weights support the dimension, negative ones count against it. "
        "Keys are the story signals (listed here) or the ids of this dimension's cues.",
        json_schema_extra={
            "propertyNames": {
                "anyOf": [
                    {
                        "oneOf": [
                            {"const": k, "description": f"({info.lean}) {info.meaning}"} for k, info in SIGNALS.items()
                        ]
                    },
                    {"pattern": "^[a-z][a-z0-9_-]{0,63}$", "description": "the id of one of this dimension's cues"},
                ]
            }
        },
    )
    thresholds: list[float] = Field(
        min_length=4,
        max_length=4,
        description="Points needed for levels 2, 3, 4 and 5 (ascending; below the first is level 1)",
    )
    story_cap: float = Field(4.0, gt=0, le=100, description="Most supporting points one story can add")
    weak_factor: float = Field(
        0.3, ge=0, le=1, description="Weight multiplier for a signal with nothing concrete behind it"
    )
    situations: list[SignalKey] = Field(
        default_factory=list,
        description="Signals that show the dimension was at stake in a story (acting or waiting, for independence); when set and "
        "none of them is heard in any behavioural story, the level is null (insufficient evidence) whatever else was said",
    )
    caps: list[LevelCap] = Field(default_factory=list)
    needs: list[LevelNeed] = Field(default_factory=list)
    floors: list[LevelFloor] = Field(default_factory=list)

    @field_validator("thresholds")
    @classmethod
    def _ascending(cls, values: list[float]) -> list[float]:
        if values != sorted(values):
            raise ValueError("thresholds must be ascending")
        return values

    @model_validator(mode="after")
    def _weights_not_zero(self) -> Scoring:
        zero = [k for k, w in self.signals.items() if w == 0 or not -10 <= w <= 10]
        if zero:
            raise ValueError(f"signal weights must be non-zero numbers between -10 and 10 ({', '.join(zero)})")
        return self


class Bar(_Strict):
    """The bar a seniority must meet: every dimension at its calibrated level, plus these signals."""

    requires: list[SignalKey] = Field(
        default_factory=list, description="Signals that must appear in at least one story"
    )
    description: str = Field("", description="What the bar means, shown on the scorecard")


Bars = dict[Literal["L4", "L5", "senior"], Bar]
