"""Events that are not a verb's own clause: spans for verb events, participles read as adjectives,
and possessed decisions ("my director's call")."""

from __future__ import annotations

from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.frames import PASSIVE_FRAME_VERBS
from agent.analysis.lemmas import lemma
from agent.analysis.lexicon import DECISION_VERBS
from agent.analysis.predicates import Predicate
from agent.analysis.verb_sets import ACTOR_LOCUS, CORE_PASSIVE


def to_event(sentence_start_pos: int, p: Predicate, locus: str, strength: int, cue: str) -> Event:
    """An ``Event`` whose span runs from the subject (when it precedes) to the verb's particles/object."""
    verb = p.tok
    left = verb.i
    if p.subj is not None and p.subj.head == verb and p.subj.i < verb.i and verb.i - p.subj.left_edge.i <= 10:
        left = p.subj.left_edge.i
    right = verb.i
    for c in verb.children:
        particle = c.dep_ == "advmod" and c.lower_ in ("back", "off", "over", "down", "out", "up", "ahead")
        if c.i <= verb.i:
            continue
        if particle or c.dep_ in ("prt", "dobj", "agent", "prep", "attr", "dative", "neg", "xcomp", "ccomp"):
            if c.right_edge.i - verb.i <= 8:
                right = max(right, c.right_edge.i)
            elif c.dep_ in ("xcomp", "ccomp") and c.i - verb.i <= 8:
                right = max(right, c.i)
    doc = verb.doc
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    return Event(locus=locus, strength=strength, start=start, end=end, cue=cue, pos=verb.i, verb=p.lemma)


def adjectival_passive(adj) -> Event | None:
    """ "the migration was greenlit" when the tagger reads the participle as an adjective."""
    lem = lemma(adj.lower_)
    head = adj.head
    if lem not in CORE_PASSIVE | PASSIVE_FRAME_VERBS or lemma(head.lower_) not in ("be", "get"):
        return None
    if head.tag_ not in ("VBD", "VBN"):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and category(subj) in ("self", "we"):
        return None
    left = subj.left_edge if subj is not None and subj.i < adj.i else adj
    locus = "agentless"
    for prep in [*adj.children, *head.children]:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            who = next((ACTOR_LOCUS.get(category(o)) for o in prep.children if o.dep_ == "pobj"), None)
            locus = who or locus
    return Event(locus=locus, strength=3, start=left.idx, end=adj.idx + len(adj.text), cue="passive_" + lem, pos=adj.i)


_POSSESSED = frozenset(
    {
        "call",
        "decision",
        "choice",
        "say",
        "idea",
        "pick",
        "doing",
        "territory",
        "area",
        "domain",
        "remit",
        "purview",
        "turf",
        "responsibility",
        "word",
    }
)
_ANYWHERE = frozenset({"call", "decision", "choice", "say", "idea"})
_POSS_LOCUS = {"my": "self", "our": "group", "his": "authority", "her": "authority", "their": "authority"}


_OVERRIDING = frozenset("overrule override overturn reverse veto reject block undo revert quash scrap kill".split())


def _hyphened_call(poss, noun) -> bool:
    """A hyphened modifier between the possessor and the noun makes another noun of it ("on-call",
    "follow-up call"); "go/no-go call" stays a decision."""
    between = noun.doc[poss.i + 1 : noun.i + 1]
    return any(t.text == "-" for t in between) and not any(t.lower_ in ("go", "no-go") for t in between)


def possessed_decision(noun) -> Event | None:
    """ "it was my director's call", "the team's decision", "my call"."""
    lem = lemma(noun.lower_, noun.tag_)
    if lem not in _POSSESSED or noun.tag_ not in ("NN", "NNS"):
        return None
    if lem not in _ANYWHERE and noun.dep_ != "attr":
        return None  # "our area of the code" is no decision; "pricing was the product org's area" is
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or any(c.tag_ == "MD" for c in noun.head.children):
        return None
    if _hyphened_call(poss, noun):
        return None  # "our on-call gets five pages a week", "our follow-up call ran long": a rota, a phone call
    if noun.dep_ == "dobj" and lemma(noun.head.lower_) in _OVERRIDING:
        return None  # "the security review overruled our choice": the choice was undone by whoever overruled it
    low = poss.lower_
    locus = _POSS_LOCUS.get(low) or ACTOR_LOCUS.get(category(poss))
    if locus is None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        locus = ACTOR_LOCUS.get(category(noun.head.head))  # "our head of developer productivity's call"
    if locus is None and noun.dep_ == "attr" and lem in _ANYWHERE and poss.tag_ in _NAMED_PARTY:
        locus = "authority"  # "the release date was the client's decision": a named party's, not the speaker's
    if locus is None:
        return None
    if lemma(noun.lower_) == "idea" and locus == "self":
        return None
    start = poss.left_edge.idx
    if noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children):
        if locus not in ("self", "group") or any(
            c.lower_ in ("alone", "only", "solely", "entirely") for c in noun.subtree
        ):
            return None  # "it wasn't the VP's call" denies a holder without naming one; "not my call alone" shares it
        # "that wasn't my call": the speaker disclaims the decision, so it sat with someone above.
        return Event(
            locus="authority",
            strength=3,
            start=noun.head.idx,
            end=noun.idx + len(noun.text),
            cue="not_my_call",
            pos=noun.i,
        )
    return Event(
        locus=locus, strength=3, start=start, end=noun.idx + len(noun.text), cue="possessed_" + lem, pos=noun.i
    )


_NAMED_PARTY = frozenset({"NN", "NNS", "NNP", "NNPS"})
_VERDICT_NOUNS = frozenset({"decision", "call", "choice", "outcome", "verdict", "ruling"})


def compound_decision(noun) -> Event | None:
    """ "the pricing model was a steering-committee outcome", "it was a change-board decision": a board's verdict."""
    if noun.dep_ != "attr" or noun.tag_ not in ("NN", "NNS") or lemma(noun.lower_, noun.tag_) not in _VERDICT_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in noun.children) or any(c.dep_ == "neg" for c in noun.head.children):
        return None
    for c in noun.children:
        if c.dep_ != "compound":
            continue
        locus = ACTOR_LOCUS.get(category(c))
        if locus in ("group", "process", "authority"):
            start = c.left_edge.idx
            return Event(
                locus=locus, strength=3, start=start, end=noun.idx + len(noun.text), cue="board_verdict", pos=noun.i
            )
    return None


_POINTERS = frozenset({"that", "it", "this"})


def attributed(be) -> Event | None:
    """ "I wasn't the one who picked it; that was the staff engineer": a decision pinned on someone by name."""
    kids = list(be.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    attr = next((c for c in kids if c.dep_ == "attr"), None)
    if subj is None or attr is None or subj.lower_ not in _POINTERS or any(c.dep_ == "neg" for c in kids):
        return None
    locus = ACTOR_LOCUS.get(category(attr))
    if locus not in ("authority", "group", "process"):
        return None
    if not any(lemma(t.lower_) in DECISION_VERBS for t in be.sent if t.i != be.i and t.tag_.startswith("VB")):
        return None
    return Event(
        locus=locus,
        strength=2,
        start=subj.idx,
        end=attr.right_edge.idx + len(attr.right_edge.text),
        cue="attributed",
        pos=be.i,
    )
