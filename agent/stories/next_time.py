"""What the speaker says they would do next time in the same situation: act and tell, rather than ask.

"It was a one-line change, so next time I'd just fix it and tell him" is a reasoned hypothetical tied to a
real situation: the calibration anchors count it as independence (level 4's "I would have done it without
sign-off").  "Next time I'd ask first and tell the team" is not: asking, checking and waiting stay deferral,
read by ``independence.hypothetical``.
"""

from __future__ import annotations

import re

from agent.stories.clauses import Clause, SentenceView
from agent.stories.found import at_clause, first, phrases
from agent.stories.models import Signal

_NEXT_TIME = phrases(
    r"next time",
    r"(?:now|these days|today) i(?:'d| would)",
    r"(?:in|from now on,? in) (?:the )?future",
    r"if it (?:happened|happens|came up|comes up) again",
)
# "... and tell him", "... and let the team know", "... then message her": informing after the act.
_THEN_TELL = re.compile(
    r"\b(?:and|then|,) (?:then )?(?:just )?(?:tell|inform|notify|message|ping|email|warn|let (?:[\w']+ ){1,3}know)\b"
)
_NOT_ACTS = frozenset(
    "escalate wait ask defer page check hold be have feel think want know like need seem look".split()
)


def _would_act(c: Clause) -> bool:
    return c.mine and c.modal_word in ("would", "'d", "d") and not c.negated and c.lemma not in _NOT_ACTS


def act_then_tell(sent: SentenceView) -> list[Signal]:
    """``hypothetical_independence``: "next time I'd just clear it and tell him" (act, then inform)."""
    if first(_NEXT_TIME, sent) is None or "should" in sent.words:
        return []
    for c in sent.clauses:
        if _would_act(c) and _THEN_TELL.search(sent.lower, c.start - sent.start):
            return [at_clause("hypothetical_independence", sent, c)]
    return []
