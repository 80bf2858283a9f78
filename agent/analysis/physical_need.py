"""A present-tense need that is physical or technical, though its subject names a process.

"Calibration needs the probe submerged", "the audit log requires every node's clock to be in sync", "governance
checks need the repository cloned": what a procedure or tool needs in order to work, not a gate anyone holds.
It is a gate again as soon as the need names a yes or a holder ("every release needs the change board's approval",
"anything touching payments needs the risk committee to approve it").
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma

_NEEDING = frozenset({"need", "require"})
_PRESENT = frozenset({"VBZ", "VBP"})
_YES_WORDS = lexicon.DECISION_VERBS | lexicon.APPROVAL_NOUNS | lexicon.GROUP_CONSENT_NOUNS
_GATE_WORDS = frozenset({"review", "approval", "sign", "signoff", "vote", "wait", "ticket", "exception", "waiver"})
_HOLDERS = frozenset({"self", "we", "authority", "group", "process"})


def technical_need(p) -> bool:
    """``p`` (a Predicate) states what a thing or procedure physically needs, with no yes and no holder in it."""
    verb = p.tok
    if p.lemma not in _NEEDING or verb.tag_ not in _PRESENT or p.negated or p.subj is None:
        return False
    if category(p.subj) in ("self", "we", "authority", "group"):
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "punct", "aux", "advmod"):
            continue
        for t in c.subtree:
            low = lemma(t.lower_, t.tag_)
            if low in _YES_WORDS or t.lower_ in _YES_WORDS or low in _GATE_WORDS:
                return False
            if t.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP") and category(t) in _HOLDERS:
                return False
    return True
