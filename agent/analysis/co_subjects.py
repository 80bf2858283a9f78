"""Subjects the parse splits or misreads when the speaker decides with others.

"my tech lead and I decided" (the parser hangs "I decided" on the first noun), "design, product and I settled it",
"Me, Tom and Aisha decided" (two subjects side by side), "Legal and I settled on" (a department the tagger reads as an
adjective): each names the speaker among several deciders, so the decision is the group's, never the speaker's alone.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.lemmas import lemma

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_PARTNERS = frozenset(
    {"founder", "cofounder", "co-founder", "partner", "peer", "counterpart", "colleague", "teammate", "buddy", "pair"}
)
_SPEAKERS = lexicon.SELF_WORDS | lexicon.WE_WORDS
_BEFORE_ROLE = ("NN", "NNS", "NNP", "JJ", "PRP$", "DT")


def joint_actor(verb, subj, subjects: list, actor: str) -> str:
    """``actor`` corrected to "group" when the speaker is one of several coordinated subjects of ``verb``."""
    doc = verb.doc
    if actor == "self" and verb.dep_ == "conj" and verb.head.tag_.startswith("NN") and verb.head.i < subj.i:
        return "group"  # "my tech lead and I decided": the parser hung "I decided" on the first noun
    if actor == "self" and subj.i >= 2 and doc[subj.i - 1].lower_ == "and" and _co_subject(doc[subj.i - 2]):
        return "group"  # "design, product and I sat down and settled it": a coordinated subject the parse split
    if actor == "self" and any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in subj.children):
        return "group"  # "Me, the product owner and the designer fixed the date": the others hang on "me"
    if (
        actor != "self"
        and subj.dep_ == "nsubj"
        and any(t.dep_ == "conj" and t.lower_ in _SPEAKERS for t in subj.subtree if t.head.dep_ == "conj")
    ):
        return "group"  # "Priya, Omar and I went with ...": the speaker coordinated two deep
    if len(subjects) > 1 and any(s.lower_ in _SPEAKERS for s in subjects):
        last = subjects[-1].right_edge
        if any(t.lower_ == "and" for t in doc[subjects[0].i : last.i + 1]):
            return "group"  # "my counterpart on the iOS team and I agreed", "Me, Tom and Aisha decided"
    return actor


def _co_subject(tok) -> bool:
    """A noun before "and I" that is a co-subject, not the object of an earlier clause ("fixed the cache and I ...")."""
    doc = tok.doc
    start = tok.sent.start
    nothing_before = not any(t.tag_.startswith("VB") for t in doc[start : tok.i])
    if (
        tok.tag_ == "VBZ"
        and lemma(tok.lower_[:-1]) in lexicon.AUTHORITY_NOUNS | lexicon.GROUP_NOUNS
        and tok.i > 0
        and (doc[tok.i - 1].tag_ in ("NN", "JJ", "PRP$"))
    ):
        return True  # "my fellow leads and I": a plural noun the tagger read as a verb
    if (
        (tok.tag_.startswith("VB") or tok.tag_ == "JJ")
        and tok.lower_ in lexicon.AUTHORITY_NOUNS | lexicon.DEPARTMENT_NOUNS | _PARTNERS
        and (tok.i == start or doc[tok.i - 1].tag_ in _BEFORE_ROLE)
        and nothing_before
    ):
        return True  # "the payments lead and I settled on ...", "Legal and I settled on": a role the tagger misread
    if tok.tag_ not in _NOUN_TAGS:
        return False
    if lemma(tok.lower_) in lexicon.AUTHORITY_NOUNS | _PARTNERS and nothing_before:
        return True  # "my co-founder and I decided": nothing but the subject comes before "and I"
    for _ in range(4):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "ROOT" and tok.tag_ in _NOUN_TAGS)
