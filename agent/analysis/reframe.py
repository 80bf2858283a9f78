"""Reframing questions for deflecting phrases (story audit, scorecard, TUI).

They ask; they never assert.  A candidate may honestly answer "it really was my
manager's call" — the point is to locate the decision, not to invent autonomy.
"""

from __future__ import annotations

import re

from agent.analysis.models import Span
from agent.util.inert import clip, inert_text

# Someone approved, signed off or allowed it: the only wording that earns questions about a sign-off
# (the interviewer's probe templates use the same class, agent/interviewer/deflection.py).
APPROVAL_WORDING = re.compile(
    r"\b(?:approv\w*|sign(?:ed|s|ing)?[- ]?off|signoff|green[- ]?l(?:ight|it)\w*|ok(?:ay)?(?:ed|'d)|ok'd|"
    r"bless(?:ed|ing)|permission|authori[sz]\w*|go-?ahead|thumbs[- ]up|rubber[- ]stamp\w*|"
    r"let (?:me|us|them)|allowed (?:me|us)|cleared (?:it|us|me|the)|consent\w*|sanction\w*|"
    r"gave (?:us|me) (?:the )?(?:nod|ok))\b",
    re.IGNORECASE,
)

_QUESTIONS = {
    "authority": (
        "You wrote “{q}”. Whose call was it really? If part of it was yours, what did you decide yourself "
        "(what you recommended, what you would have done without the sign-off) and why? Template: "
        "“I recommended ___ because ___; ___ approved it, and I owned ___.”"
    ),
    "instruction": (
        "You wrote “{q}”. Whose call was it really? What did you recommend before it was made, and would you "
        "have made the same call yourself? Template: “I recommended ___ because ___; ___ made the call, and I owned ___.”"
    ),
    "group": (
        "You wrote “{q}”. Inside that “we”, which part of the decision was yours? Did you propose it, "
        "break the tie or own the risk? Template: “I proposed ___ because ___; the team agreed, and I owned ___.”"
    ),
    "process": (
        "You wrote “{q}”. The process set a rule, but what did you judge within it? Would you have done "
        "the same without the rule, and did you ever push back on it? Template: “The policy required ___; "
        "I chose ___ because ___.”"
    ),
    "agentless": (
        "You wrote “{q}”, which names nobody. Who actually made that call? If it was you, say so: "
        "“I decided to ___ because ___.” If it was someone else, what was your part?"
    ),
    "hedged": (
        "You wrote “{q}”, which sounds like nobody decided. Was there a moment when someone could have "
        "chosen differently? What would you have chosen, and what did you do? Template: "
        "“I noticed ___ and chose ___ because ___.”"
    ),
}
_DEFAULT = "Who made the decision in “{q}”, and what was your own part in it?"


def reframe_question(span: Span) -> str:
    """The question that helps re-tell ``span`` with the decision located honestly."""
    quote = clip(" ".join(inert_text(span.text).split()), 120)
    if span.locus == "self":
        return f"“{quote}” already owns the decision. Can you add why you chose it and what you would watch for?"
    if span.locus == "none":
        return f"“{quote}” narrates no decision. Was there a call here, and who made it?"
    if span.locus == "authority" and not APPROVAL_WORDING.search(span.text):
        return _QUESTIONS["instruction"].format(q=quote)  # someone else decided or ordered it: nothing was signed off
    return _QUESTIONS.get(span.locus, _DEFAULT).format(q=quote)
