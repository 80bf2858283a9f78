"""A passive technical event that only dates the speaker's own act.

"I moved picking onto paper lists until the access point was swapped", "once the failed disk was replaced, I
rebuilt the replica": the swap and the replacement set the time of what the speaker did, in a clause under
"until / when / once / before / after / while"; nobody handed the speaker a decision there.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.lemmas import lemma

_TIME_MARKS = frozenset({"until", "till", "til", "when", "once", "before", "after", "while", "as"})
# Repairs and moves of equipment or systems; a plan's change ("until the launch was moved") is not among them.
_TECHNICAL = frozenset({"swap", "replace", "migrate", "switch", "rewrite", "remove"})
_PLAN_NOUNS = frozenset(
    "launch release rollout project feature plan decision deadline date budget roadmap proposal policy freeze".split()
)


def dates_own_act(verb) -> bool:
    """``verb`` is a technical passive in a time clause whose main clause has the speaker acting."""
    if verb.dep_ != "advcl" or lemma(verb.lower_, verb.tag_) not in _TECHNICAL:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or lemma(subj.lower_, subj.tag_) in _PLAN_NOUNS:
        return False
    head = verb.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if any(c.dep_ == "neg" for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in lexicon.SELF_WORDS for c in head.children)
