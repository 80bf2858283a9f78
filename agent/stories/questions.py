"""What an interviewer turn asks for: a past story, a follow-up on it, a design, or the wrap-up.

Plain transcripts carry no phase labels, so the role is read from the question's wording; a saved
session carries the phase and kind of every interviewer turn, which win when present.
Every pattern here is a flat alternation of words: matching time is linear in the text.
"""

from __future__ import annotations

import re

from agent.stories.models import QuestionRole

_WRAP_UP = re.compile(
    r"\b(?:questions? (?:for|about) (?:me|us|the (?:team|role|company))|any questions|what questions do you have"
    r"|(?:like|want|wish) to ask|anything (?:you(?:'d| would)? (?:like|want) to|to) ask|(?:out of|nearly out of|at) time"
    r"|that'?s all (?:my|the|i have|from me)|before we (?:finish|wrap|close)|wraps? up)\b",
    re.I,
)
# Asking for an episode from the candidate's past.
_PAST_OPENER = re.compile(
    r"\b(?:tell me about|walk me through|describe|give me an example|share an example|talk (?:me )?(?:about|through)"
    r"|think (?:of|about)|can you recall|have you ever|was there (?:a|ever a) time|an example of)\b",
    re.I,
)
_PAST_MARKERS = re.compile(
    r"\b(?:a time|another time|the last time|a situation|an occasion|a decision (?:you|of yours)|a call you|a mistake"
    r"|your (?:last|previous|current) (?:job|role|company|team|employer)|you (?:made|had|did|led|owned|drove|worked|were"
    r"|disagreed|decided|took|fixed|shipped|changed|moved|replaced|handled|pushed|broke|got|found|ran|built|chose)"
    r"|you'?ve (?:ever|had|made|worked|been)|went wrong|something (?:went|that went)|the last incident|an incident you"
    r"|a project (?:you|where)|have you (?:ever )?[a-z]+ed|did you|were you|had you|(?:go|goes|gone|went) (?:wrong|badly|sideways)"
    r"|what happened|(?:tell me about|walk me through|describe) (?:a|an|the last|one|your) [\w-]+(?: [\w-]+)? (?:that|which|where|when|you|of yours))\b",
    re.I,
)
# An indefinite episode: a new story is being asked for ("a time", "another example", "the last incident").
_EPISODE = re.compile(
    r"\b(?:(?:a|another|one|the last|a recent|a different|one more|a second|an) (?:time|example|story|situation|occasion"
    r"|incident|outage|decision|call|mistake|project|change|migration|rollback|disagreement|conflict|failure|moment)"
    r"|an? (?:significant|big|hard|difficult|tough|risky|major|important|controversial|unpopular) \w+"
    r"|(?:tell me about|describe|walk me through|talk me through) (?:something|anything) (?:that|which|you|where|when|outside))\b",
    re.I,
)
# Asked across the candidate's career ("did you ever ...", "have you had to ..."): a new episode even inside a
# story, unless the question points back at the story being told ("did you ever tell them?", "have you done it again?").
_CAREER = re.compile(
    r"\b(?:(?:did|have|has|were|was|had) (?:you|there) ever|have you (?:had|been|needed|worked|made|seen)|has there been)\b"
    r"|^(?:and |what about |how about )?(?:something|anything|a time|one time) (?:that|which|where|when|you)\b",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:it|this|them|those|these|then|afterwards|again|since|the same|that (?:one|change|call|decision|bug|fix|time|incident|happen\w*))\b"
    r"|\bthat\s*[?.!]",
    re.I,
)
_DESIGN = re.compile(
    r"\b(?:design|architect(?:ure)?|how would you (?:build|design|scale|shard|store|structure|model|approach|compute)"
    r"|estimate|back[- ]of[- ]the[- ]envelope|let'?s (?:design|build|move on to the|go back to the)"
    r"|what are the (?:main )?(?:pieces|components)|where (?:do|would) you start|requirements|how many servers"
    r"|data model|schema for)\b",
    re.I,
)


def classify(text: str, inside_story: bool) -> QuestionRole:
    """Role of one interviewer turn; ``inside_story``: the current question opened a past story."""
    if _WRAP_UP.search(text):
        return "wrap_up"
    episode = _EPISODE.search(text) is not None
    asks_past = _PAST_MARKERS.search(text) is not None
    if inside_story and _CAREER.search(text.strip()) and not _BACK_REFERENCE.search(text):
        return "past_experience"
    if (_PAST_OPENER.search(text) and (episode or asks_past)) or (episode and asks_past):
        if not inside_story or episode:
            return "past_experience"
    if inside_story:
        if _DESIGN.search(text) and not asks_past:
            return "design"
        return "follow_up"
    return "past_experience" if asks_past and not _DESIGN.search(text) else "design"


_TECHNICAL_PHASES = frozenset({"opening", "requirements", "estimation", "design", "deep_dive"})


def role_from_phase(phase: str, kind: str, text: str, inside_story: bool) -> QuestionRole:
    """Role of a saved interviewer turn from its recorded phase and kind (``question``, ``probe`` ...).

    A phase Locus does not know (an older or hand-made session) falls back to the wording.
    """
    if phase == "wrap_up" or kind == "wrapup":
        return "wrap_up"
    if phase == "past_experience":
        if kind == "question" or not inside_story:
            return "past_experience"
        return "follow_up"
    if phase in _TECHNICAL_PHASES:
        return "design"
    return classify(text, inside_story)


def topic_of(text: str) -> str:
    """A short title for a story from its question: "a time you worked outside your team" -> that phrase."""
    m = _PAST_OPENER.search(text)
    rest = text[m.end() :] if m else text
    rest = re.split(r"[.?!]", rest.strip(), maxsplit=1)[0].strip(" ,:;")
    rest = re.sub(r"^(?:a time|the time|a situation|an occasion)\s+(?:when\s+|where\s+)?", "", rest, flags=re.I)
    words = rest.split()
    if not words:
        return ""
    title = " ".join(words[:12])
    return title + ("..." if len(words) > 12 else "")
