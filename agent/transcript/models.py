"""A transcript is an ordered list of turns; turn numbers start at 1."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Speaker = Literal["interviewer", "candidate"]


class Turn(BaseModel):
    """One utterance in an interview."""

    number: int
    speaker: Speaker
    text: str
