"""Decisions the speaker's own side took together, worded without the usual frame.

"our little infra group chose Terraform" (the speaker's team choosing, not another team ruling), "as a squad we went,
right, let's kill it" (a collective decision quoted as it was said), and the converse: "I proposed Kafka and we went
with it after I made the case" is the speaker's proposal adopted, so theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.clauses import jointly
from agent.analysis.lemmas import lemma
from agent.analysis.verb_sets import ACTOR_LOCUS

if TYPE_CHECKING:
    from agent.analysis.predicates import Predicate

_TEAM_HEADS = frozenset({"team", "squad", "pod", "group", "crew", "guild", "chapter", "cell", "unit"})
_OWN = frozenset({"our", "my"})
# Choosing among options (the team's own call), as against imposing on others ("our infra team mandated ...").
_CHOOSING = frozenset(
    "choose pick select opt settle agree vote decide go land converge standardize standardise adopt plump elect "
    "hash thrash hammer iron work".split()
)
_QUOTATIVE = frozenset({"go", "say", "agree", "decide", "conclude", "shout", "yell"})
_FILLERS = frozenset({"right", "ok", "okay", "alright", "fine", "so", "well", "yeah", "yes", "look", "guys", "like"})
# The speaker arguing for the option that was then taken.
_ADVOCATING = frozenset("propose suggest recommend pitch argue push champion advocate lobby sell".split())


def own_team_choosing(p: Predicate) -> bool:
    """ "our little infra group chose Terraform", "my platform team picked gRPC": the speaker's own team choosing."""
    subj = p.subj
    if p.actor != "authority" or subj is None or p.lemma not in _CHOOSING:
        return False
    if lemma(subj.lower_, subj.tag_) not in _TEAM_HEADS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children)


def lets_quote(p: Predicate) -> str | None:
    """ "as a squad we went, right, let's kill it": a "let's" decision quoted after a verb of saying; the locus of
    whoever said it."""
    tok = p.tok
    if p.lemma != "let" or tok.tag_ != "VB" or tok.i + 2 >= len(tok.doc):
        return None
    doc = tok.doc
    if doc[tok.i + 1].lower_ not in ("'s", "us"):
        return None
    act = doc[tok.i + 2]
    if lemma(act.lower_, act.tag_) not in lexicon.DECISION_VERBS | lexicon.ACTION_VERBS:
        return None
    i = tok.i - 1
    while i > tok.sent.start and (doc[i].is_punct or doc[i].lower_ in _FILLERS):
        i -= 1
    said = doc[i]
    if lemma(said.lower_, said.tag_) not in _QUOTATIVE or not said.tag_.startswith("VB"):
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subj is None and i > tok.sent.start and doc[i - 1].tag_ in ("PRP", "NN", "NNS", "NNP"):
        subj = doc[i - 1]  # the parser may hang "we went" on the noun before it
    if subj is None:
        return None
    return ACTOR_LOCUS.get(category(subj))


def adopted_own_proposal(p: Predicate) -> bool:
    """ "I proposed Kafka and we went with it after I made the case", "we went with my option": the group took the
    option the speaker argued for, so the call is the speaker's."""
    tok = p.tok
    if p.lemma != "go" or "with" not in p.particles or p.actor not in ("we", "group"):
        return False
    objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    if any(any(g.dep_ == "poss" and g.lower_ == "my" for g in o.children) for o in objs):
        return True  # "we went with my option"
    if not any(o.lower_ in ("it", "that", "this", "them") for o in objs):
        return False
    return any(_advocates(t) for t in tok.sent if t.i != tok.i)


def _advocates(tok) -> bool:
    if not tok.tag_.startswith("VB") or not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children):
        return False
    low = lemma(tok.lower_, tok.tag_)
    if low == "make":
        return any(c.dep_ == "dobj" and c.lower_ == "case" for c in tok.children)  # "after I made the case"
    return low in _ADVOCATING


_ROLE_ENDINGS = ("ers", "ors", "ists", "ians")


def plural_deciders(p: Predicate) -> bool:
    """ "the curators and the conservators chose a darker wall colour": coordinated plural nouns of people by their
    trade deciding (software does not choose, so only decision verbs count here)."""
    subj = p.subj
    if subj is None or p.actor != "thing" or not p.past or p.passive or p.negated:
        return False
    members = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    return len(members) > 1 and all(
        m.tag_ in ("NNS", "NNPS")
        and m.lower_.endswith(_ROLE_ENDINGS)
        and lemma(m.lower_, m.tag_) not in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS
        for m in members
    )


def peers_jointly(p: Predicate) -> bool:
    """A past decision made jointly ("the tech leads worked it out between them") by peers: the speaker's own
    superiors deciding together ("my two directors chose the vendor between them") hold the call above the speaker
    (authority)."""
    if not p.past or not jointly(p.tok):
        return False
    subj = p.subj
    return not (
        p.actor == "authority"
        and subj is not None
        and any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children)
        and not any(c.dep_ == "conj" for c in subj.children)
    )
