"""Explanations of what went wrong, which narrate no decision.

"The root cause was the rate limiter, which the platform team owns", "the culprit turned out to be a library
security maintains", "what broke it was a config map the networking group looks after", "it came down to a timeout
in the vendor's API": the sentence names a cause and, in passing, who owns or once built the broken part.  Nobody
hands a decision away in it, so neither the owner named in the description nor the learned arbiter may turn it
into a probe.

Only the description of the culprit is set aside.  What the sentence says about a decision still counts: "the
reason we waited was that the change board had to approve it" keeps its gate, and "the root cause was my own retry
loop, so I rewrote it" keeps the speaker's fix.
"""

from __future__ import annotations

from agent.analysis.lemmas import lemma

_CAUSES = frozenset(
    """cause culprit problem issue trigger source fault bug origin explanation reason root breakage""".split()
)
# "What broke it was ...": a free relative naming the thing that did the damage, not a deciding verb.
_DAMAGE = frozenset(
    """break cause trigger bite kill crash sink hurt slow take bring tip corrupt fill wedge hang jam""".split()
)


def cause_noun(tok) -> bool:
    """``tok`` is a noun naming the cause of a failure ("the root cause", "the culprit", "the trigger")."""
    return lemma(tok.lower_, tok.tag_) in _CAUSES


def _cause_subject(root) -> bool:
    for c in root.children:
        if c.dep_ == "nsubj" and cause_noun(c):
            return True
        if c.dep_ == "csubj" and lemma(c.lower_, c.tag_) in _DAMAGE:
            return any(w.lower_ == "what" for w in c.children)
    return False


def explains_cause(sent) -> bool:
    """``sent``'s main clause names the cause of a failure: "the cause was ...", "the culprit turned out to be
    ...", "what broke it was ...", "it came down to ..."."""
    root = sent.root
    kids = {c.dep_: c for c in root.children}
    low = lemma(root.lower_, root.tag_)
    if low == "be":
        return _cause_subject(root)
    if low == "turn" and "prt" in kids and kids["prt"].lower_ == "out":
        return _cause_subject(root) and any(c.dep_ == "xcomp" and c.lower_ == "be" for c in root.children)
    if low == "come" and "prt" in kids and kids["prt"].lower_ == "down":
        subj = kids.get("nsubj")
        return subj is not None and subj.lower_ in ("it", "that", "everything") and "prep" in kids
    return False


def describes_culprit(verb) -> bool:
    """``verb`` only describes the broken part inside a cause explanation: "... the image cache, which the mobile
    team built years ago", "a schema change the data folks had pushed"."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    sent = verb.sent
    root = sent.root
    if not explains_cause(sent):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "csubj")]
    if any(s.left_edge.i <= verb.i <= s.right_edge.i for s in subjects):
        return False  # "the reason we waited": the subject's own clause is the story
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    return not any(c.left_edge.i <= verb.i <= c.right_edge.i for c in conjuncts)
