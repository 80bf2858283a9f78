"""Fresh sentence-level cases, batch 11 (lead, 2026-12-02): wishes and honest "not yet" answers are not claims.

Written from a misreading seen on an unseen junior transcript (described as a class, not copied), before running the
readers on these sentences: "I'd like to get to where I make more calls" was read as an empty ownership claim and
its "I make more calls" as the story's own decision, so an honest junior lost a judgment level.  Same format as
``signal_cases_1.py``.
"""

_CLAIMS = {"empty_claim", "empty_story", "repeated_claims", "autonomy_claim", "made_the_call"}

CASES: list[tuple[str, set[str], set[str]]] = [
    # wishes, goals and growth: what the speaker hopes to do, not what they did or claim to do
    ("I'd like to get to the point where I own a whole service myself.", set(), _CLAIMS),
    ("I want to be the one who decides these things eventually.", set(), _CLAIMS),
    ("My goal this year is to make more of the architecture calls on my own.", set(), _CLAIMS),
    ("i'm hoping to take ownership of the release process next quarter", set(), _CLAIMS),
    ("I'm working on trusting my own judgment more and deciding things without asking first.", set(), _CLAIMS),
    ("Eventually I'd love to drive decisions like that end to end.", set(), _CLAIMS),
    # honest absence of a story
    ("I don't think I've been in that situation yet, to be honest.", set(), _CLAIMS),
    ("Not really, I haven't had to decide anything that big on my own so far.", set(), _CLAIMS),
    ("I can't think of a time like that yet; most of my work comes with the design already done.", set(), _CLAIMS),
    # controls: real empty claims stay empty claims
    ("I owned everything on that project and I made all the calls.", {"empty_claim"}, set()),
    ("I drove all of it, I decided everything, start to finish.", {"empty_claim"}, set()),
]
