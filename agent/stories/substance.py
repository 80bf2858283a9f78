"""Substance: is there anything concrete behind a claim?  Plus stated values and refusals.

"I decided everything, I own everything" has no system, number, person or reason behind it:
an ``empty_claim``, however often repeated.  A story's substance is the number of distinct
concrete words (nouns that are not claim vocabulary, numbers) in its answers; signals in a
sentence with nothing concrete are marked weak.
"""

from __future__ import annotations

from agent.stories import words as W
from agent.stories.clauses import SentenceView
from agent.stories.found import at_match, first, make, phrases
from agent.stories.models import Signal

_STOP_NOUNS = frozenset(
    "time thing things stuff lot way part people one day week case point kind sort bit everything something anything "
    "nothing everyone someone anyone nobody decision decisions call calls outcome outcomes result results project projects "
    "option options alternative alternatives risk risks value impact business work job role problem problems issue issues "
    "situation example examples end team teams owner ownership".split()
)
_CLAIM_VERBS = frozenset(
    "own owned decide decided drive drove lead led make made take took handle handled weigh weighed".split()
)
_CLAIM_ATTRS = frozenset("accountable responsible decisive proactive ownership owner".split())
_VALUES = phrases(
    r"i (?:strongly |really |firmly |always )?(?:believe|value|think (?:engineers|people|teams|a good|the best|anyone))",
    r"my (?:general )?philosophy",
    "in general",
    r"generally,? i",
    r"i (?:try|like) to",
    r"i always (?:believe|try|make sure)",
    r"(?:engineers|people|teams) should",
    r"a good engineer (?:should|would)",
)
_REFUSAL = phrases(
    r"(?:rather|prefer) not (?:to )?(?:go into|talk about|discuss|share|get into)",
    r"(?:can't|cannot|couldn't) (?:really )?(?:share|talk about|go into|discuss)",
    "confidential",
    "confidentiality",
    "nda",
    r"covered by (?:an )?(?:agreements?|nda)",
    r"under (?:an )?(?:nda|agreement)",
)


def concrete_words(sent: SentenceView) -> set[str]:
    """Distinct concrete words of a sentence: nouns that are not claim vocabulary, and numbers (read once per sentence)."""
    if sent.concrete is not None:
        return set(sent.concrete)
    toks = sent.tokens
    if toks is None:
        return set()
    found: set[str] = set()
    for tok in toks:
        tag = tok.tag_
        low = tok.lower_
        if (
            tag == "CD"
            or (low[:1].isdigit())
            or (
                tag.startswith("NN")
                and len(low) > 2
                and low not in _STOP_NOUNS
                and low not in W.CLAIM
                and low not in W.ABSTRACT
            )
        ):
            found.add(low)
    sent.concrete = frozenset(found)
    return found


def claim_words(sent: SentenceView) -> set[str]:
    """Distinct claim and buzzword vocabulary in a sentence ("owned", "trade-off", "stakeholders")."""
    return {w for w in sent.words if w in W.CLAIM or w in W.ABSTRACT}


def claims(sent: SentenceView, concrete: set[str]) -> list[Signal]:
    """``empty_claim``: ownership or decision claims with nothing concrete in the sentence."""
    if len(concrete) > 1:
        return []
    # "inside the pipeline I owned": a relative clause says where the story happens, it claims nothing
    mine = [c for c in sent.clauses if c.mine and c.dep != "relcl"]
    if not mine:
        return []
    claimy = [c for c in mine if c.verb in _CLAIM_VERBS or (c.lemma == "be" and _CLAIM_ATTRS & c.words)]
    if not claimy:
        return []
    c = claimy[0]
    return [make("empty_claim", sent, c.start, c.end, weak=True)]


def values(sent: SentenceView) -> list[Signal]:
    """``stated_value``: beliefs and habits instead of an instance (not evidence of behaviour)."""
    m = first(_VALUES, sent)
    if m and not any(c.mine and c.narrated for c in sent.clauses):
        return [at_match("stated_value", sent, m)]
    return []


def refusal(sent: SentenceView) -> bool:
    """The candidate declines to tell a past story."""
    return first(_REFUSAL, sent) is not None


# "I want to be clear that part was his" is a way of saying something, not a hope.
_NOT_SPEECH = r"(?! (?:be clear|be honest|be fair|say|add|mention|note|stress|point|emphasi|flag|make (?:it|that|this) clear|credit|give))"
# "I'd like to get to where I make more calls", "my goal is to own a service": what the speaker hopes to do.
_WISH = phrases(
    rf"i(?:'d| would) (?:really |eventually |one day )?(?:like|love|want) to{_NOT_SPEECH}",
    rf"i (?:really )?(?:want|hope|plan|aim|intend|mean) to{_NOT_SPEECH}",
    r"(?:i'm|i am|im) (?:hoping|planning|aiming|trying|keen|eager) to",
    r"(?:i'm|i am|im) (?:still )?(?:working on|learning to|getting better at) (?:\w+ing|being|my)",
    r"my (?:\w+ )?(?:goal|aim|plan|hope)(?: [\w-]+){0,3} (?:is|was) to",
    r"get to (?:the point|a point|a place|where)",
)
# "I don't think I've had that yet", "I haven't had to decide anything that big": an honest "no story yet".
_ABSENCE = phrases(
    r"(?:don't|do not|dont) think i(?:'ve| have| really have) (?:really |ever |actually |quite )?(?:had|been|done|faced|made|got)",
    r"i (?:haven't|have not|havent) (?:really |ever |actually |quite |yet )?(?:had|been|done|faced|made|got|owned|decided)",
    r"(?:can't|cannot|cant) (?:really )?(?:think of|remember|recall) (?:a time|one|an example|anything|a case|a situation)",
)
_NOT_YET = phrases(
    r"yet",
    r"so far",
    r"situation",
    r"like that",
    r"that big",
    r"chance",
    r"example",
    r"opportunity",
    r"a time",
    r"(?:that|this|such a|any such) (?:kind|sort|type) of",  # "I haven't had to make that kind of call"
)


def wish_or_absence(sent: SentenceView) -> bool:
    """The sentence tells a hope or goal, or honestly says there is no such story yet: no behaviour, no claim.

    Only when nothing the speaker did is told before it ("I rolled it back, and I'd like that automated" keeps its act).
    Read once per sentence: the decision list and the signal readers both ask.
    """
    if sent.aside is None:
        sent.aside = _wish_or_absence(sent)
    return sent.aside


def _wish_or_absence(sent: SentenceView) -> bool:
    m = first(_WISH, sent)
    if m is None:
        m = first(_ABSENCE, sent)
        if m is None or first(_NOT_YET, sent) is None:
            return False
    at = sent.start + m.start()
    return not any(c.mine and c.narrated and c.start < at for c in sent.clauses)
