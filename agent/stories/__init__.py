"""Stories: a transcript read the way an interviewer listens.

``read_transcript(turns, analyses)`` segments a transcript into the candidate's stories (a
past-experience question with its answer and the answers to its follow-ups and probes is one
story; design answers and wrap-up questions are stories of their own, non-behavioural kinds)
and reads each behavioural story's decisions (who holds each: the analyzer's locus), its key
decision, and its signals (reasons attached to own decisions, outcomes owned or blamed,
independence versus waiting, hypotheticals by meaning, recklessness, scope extension, empty
claims), each with the exact span that shows it.  ``build_stories`` returns just the stories.
Signal keys and meanings: ``agent.stories.catalog.SIGNALS``.
"""

from agent.stories.build import build_stories, read_transcript
from agent.stories.catalog import SIGNALS, SignalInfo, is_signal
from agent.stories.models import Decision, IgnoredSentence, Signal, Story, TranscriptReading

__all__ = [
    "SIGNALS",
    "Decision",
    "IgnoredSentence",
    "Signal",
    "SignalInfo",
    "Story",
    "TranscriptReading",
    "build_stories",
    "is_signal",
    "read_transcript",
]
