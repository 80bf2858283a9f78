"""Who holds a decision worded without a decision verb.

Copular and nominal forms ("the pick was our architect's", "it was a joint decision", "that call was
mine", "it was my skip-level who picked it", "whether to keep it was up to the partner team"),
holding verbs ("the call sat with finance"), arrivals ("the go-ahead came from the COO", "the order
came down"), insisting ("the customer was adamant about a hard cutover") and preferences that others
went along with ("my VP wanted Go, so Go it was").
"""

from __future__ import annotations

from agent.analysis import causes, frames, lexicon
from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.overrule import contrasted_holder
from agent.analysis.verb_sets import ACTOR_LOCUS

_POSS_PRONOUNS = {
    "mine": "self",
    "my": "self",
    "ours": "group",
    "our": "group",
    "his": "authority",
    "hers": "authority",
    "theirs": "authority",
    "their": "authority",
    "her": "authority",
}
_HELD_NOUNS = frames.DECISION_NOUNS | frames.DOMAIN_NOUNS | frames.PERMISSION_NOUNS
_ARRIVING = frames.DECISION_NOUNS | frames.PERMISSION_NOUNS | frames.DIRECTIVE_NOUNS | {"plan", "mandate"}
_CHOOSING = lexicon.DECISION_VERBS | {
    "make",
    "take",
    "call",
    "sign",
    "approve",
    "decide",
    "veto",
    "demand",
    "push",
    "want",
    "prefer",
    "insist",
}
_ABOVE = frozenset({"above", "top", "upstairs", "high", "leadership", "management", "headquarters", "hq"})
_POINTERS = frozenset({"it", "this", "that"})
_TO_MAKE = frozenset({"make", "decide", "call", "pick", "choose", "own", "take", "settle", "approve"})
# Work whose shape arrives decided from someone: "the requirements came from product".
_DESIGNED = frozenset(
    "design designs spec specs specification requirements requirement schema architecture roadmap priorities direction scope".split()
)


def holder_locus(tok) -> str | None:
    """The locus of whoever ``tok`` names as a holder ("mine", "the CFO's", "the platform team")."""
    low = tok.lower_
    if low in _POSS_PRONOUNS:
        return _POSS_PRONOUNS[low]
    if low in _ABOVE and tok.dep_ == "pobj":
        return "authority"
    found = ACTOR_LOCUS.get(category(tok))
    if found is None and lemma(low, tok.tag_) in lexicon.STAKEHOLDER_NOUNS:
        return "authority"
    return found


def _event(locus: str, strength: int, first, last, cue: str, pos: int) -> Event:
    doc = first.doc
    if last.i - first.i > 14:
        last = doc[first.i + 14]
    return Event(locus=locus, strength=strength, start=first.idx, end=last.idx + len(last.text), cue=cue, pos=pos)


def noun_lemma(tok) -> str:
    """Lemma of a noun with its hyphenated or two-word compound: "go-ahead", "thumbs-up", "green-light"."""
    doc = tok.doc
    words = [t.lower_ for t in doc[max(tok.left_edge.i, tok.i - 3) : tok.i + 1] if t.dep_ != "det"]
    joined = "".join(words).replace("--", "-")
    for size in (3, 2):
        cand = "".join(words[-size:]) if len(words) >= size else ""
        if cand in frames.PERMISSION_NOUNS:
            return cand
    if len(words) >= 2 and f"{words[-2]}-{words[-1]}" in frames.PERMISSION_NOUNS:
        return f"{words[-2]}-{words[-1]}"
    return lemma(tok.lower_, tok.tag_) if joined else tok.lower_


def _possessive(tok) -> bool:
    return tok.lower_ in _POSS_PRONOUNS or any(c.dep_ == "case" for c in tok.children)


def _first(tok):
    return tok.left_edge


def copular(be) -> Event | None:
    """ "X was Y's call", "that call was mine", "it was a joint decision", "it was X who decided",
    "X was the one who decided" ("up to the partner team" is in resting.py)."""
    kids = list(be.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
    attr = next((c for c in kids if c.dep_ == "attr"), None)
    if subj is not None and lemma(subj.lower_, subj.tag_) in frames.AGREEMENT_NOUNS and attr is None:
        if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
            return _event("group", 3, _first(subj), be, "agreement_was", be.i)  # "the consensus was to drop it"
    ev = _directive_was(be, subj, attr, kids)
    if ev is not None:
        return ev
    if subj is not None and attr is None:
        acomp = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in _POSS_PRONOUNS), None)
        if acomp is not None and noun_lemma(subj) in _HELD_NOUNS:
            return _event(holder_locus(acomp), 4, _first(subj), acomp, "held_by", be.i)  # "the choice ... was mine"
    if subj is None or attr is None:
        return None
    relcl = next(
        (c for c in attr.children if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG" and _deciding(c))), None
    )
    if relcl is not None and causes.cause_noun(subj):
        relcl = None  # "the cause was the TLS library, which the security team owns": an owner of the culprit
    if relcl is not None and lemma(relcl.lower_, relcl.tag_) in _CHOOSING:
        rel_subj = next((c for c in relcl.children if c.dep_ == "nsubj"), None)
        if rel_subj is not None and rel_subj.lower_ not in ("who", "that", "which"):
            holder = rel_subj  # "the decision ... was one I made"
        elif attr.lower_ == "one":
            holder = subj  # "my director was the one who decided"
        elif subj.lower_ in _POINTERS:
            holder = attr  # "it was my skip-level who picked it"
        else:
            holder = None
        locus = holder_locus(holder) if holder is not None else None
        if locus is not None:
            return _event(locus, 3, _first(subj), relcl, "was_the_one", be.i)
    subj_lemma = noun_lemma(subj)  # "the go-ahead", "the sign-off": the hyphened noun, not its last part
    if _possessive(attr) and any(c.dep_ == "xcomp" and lemma(c.lower_) in _TO_MAKE for c in kids):
        locus = holder_locus(attr)
        if locus is not None:  # "the go/no-go was the program director's to make"
            return _event(locus, 4 if locus == "self" else 3, _first(subj), attr, "held_by", be.i)
    if subj_lemma in _HELD_NOUNS and _possessive(attr):
        attr = contrasted_holder(attr)  # "the call was my director's, not mine"
        locus = holder_locus(attr)
        if locus is not None:
            last = next((c for c in attr.children if c.dep_ == "case"), attr)  # quote "the CFO's", not "the CFO"
            return _event(locus, 4 if locus == "self" else 3, _first(subj), last, "held_by", be.i)
    attr_lemma = lemma(attr.lower_, attr.tag_)
    if attr_lemma in frames.DECISION_NOUNS | frames.AGREEMENT_NOUNS or (
        attr_lemma == "one" and subj_lemma in frames.DECISION_NOUNS
    ):
        locus = _modified_decision(attr)
        if locus is not None:
            return _event(locus, 3, _first(subj), attr, "nominal_" + attr_lemma, be.i)
    return None


# Nouns of a directive or of someone's stance that, as a copula's subject, carry its content:
# "our orders were to keep it alive", "the ask from sales was a white-label version", "legal's position was that ...".
_DIRECTIVES = frozenset(
    "order orders instruction instructions directive directives mandate ask brief marching demand demands edict".split()
)
_STANCES = frozenset(
    "position stance line view take expectation expectations guidance preference ruling verdict".split()
)
_SOURCED = frozenset({"word", "request", "requirement", "call"})  # directive only with a holder named
_PLAIN = frozenset("clear simple explicit firm blunt unambiguous straightforward fixed non-negotiable".split())


def _directive_was(be, subj, attr, kids) -> Event | None:
    if subj is None:
        return None
    noun = lemma(subj.lower_, subj.tag_)
    if noun not in _DIRECTIVES | _STANCES | _SOURCED and subj.lower_ not in _DIRECTIVES:
        return None
    # "the instruction was clear: no new flags": the content after a colon
    announced = (
        any(c.dep_ == "acomp" and c.lower_ in _PLAIN for c in kids)
        and ":" in be.sent.text[be.idx - be.sent.start_char :]
    )
    content = attr is not None or announced or any(c.dep_ in ("xcomp", "ccomp") for c in kids)
    if not content or any(c.tag_ == "MD" for c in kids):
        return None
    source = next((c for c in subj.children if c.dep_ == "poss"), None)
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            source = next((o for o in prep.children if o.dep_ == "pobj"), source)
    locus = holder_locus(source) if source is not None else None
    if noun in _SOURCED and locus not in ("authority", "process"):
        return None  # "word was that ..." is a rumour; "word from my VP was that ..." a directive
    if locus in ("self", "group"):
        # "my orders were to ...", "our mandate was ...": given to the speaker; "our position was ..." is theirs
        locus = "authority" if noun in _DIRECTIVES else None
    elif locus is None and noun in _DIRECTIVES and source is None:
        locus = "agentless"  # "the orders were to hold", "the mandate was zero downtime": nobody named
    if locus not in ("authority", "process", "agentless"):
        return None
    return _event(locus, 3, _first(subj), be, "directive_was", be.i)


def _deciding(verb) -> bool:
    """ "the one calling the shots", "the one making the call", "the one deciding": a participle that decides."""
    low = lemma(verb.lower_, verb.tag_)
    if low in ("call", "make", "take"):
        return any(
            c.dep_ in ("dobj", "prt") and c.lower_ in ("shots", "call", "calls", "decision", "decisions", "off")
            for c in verb.children
        )
    return low in lexicon.DECISION_VERBS


def _modified_decision(noun) -> str | None:
    """ "a joint decision", "a team call", "a leadership decision", "a unanimous vote in the guild",
    "a decision between me and the other leads"."""
    for c in noun.children:
        low = lemma(c.lower_, c.tag_)
        if c.dep_ in ("amod", "compound", "nmod"):
            if low in frames.JOINT_MODIFIERS:
                return "group"
            if low in frames.TOP_DOWN_MODIFIERS:
                return "authority"
            if c.dep_ == "compound":
                locus = holder_locus(c)
                if locus in ("group", "authority", "process"):
                    return locus
        elif c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst", "in", "of", "by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            if c.lower_ in ("between", "among", "amongst"):
                return "group"
            locus = holder_locus(obj)
            if locus in ("group", "authority", "process") and (c.lower_ != "of" or lemma(noun.lower_) == "vote"):
                return locus
    return None


_VOTE_PREPS = frozenset({"after", "by", "through", "following", "via", "in"})
_VOTE_VERBS = frozenset({"hold", "take", "have", "call", "reach", "win", "put"})


def voted(noun) -> Event | None:
    """ "after a proper vote", "we held a vote", "it went to a vote": the group decided."""
    if lemma(noun.lower_, noun.tag_) != "vote" or any(
        category(t) == "component" for t in noun.subtree if t.i != noun.i
    ):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _VOTE_PREPS | {"to"}:
        verb = head.head
    elif noun.dep_ == "dobj" and lemma(head.lower_, head.tag_) in _VOTE_VERBS:
        verb = head
    else:
        return None
    if any(c.tag_ == "MD" for c in verb.children):
        return None
    return _event("group", 3, noun.left_edge, noun, "voted", noun.i)


def holding(verb, subj) -> Event | None:
    """ "the call sat with finance", "the final word belonged to the head of data", "it fell to the VP"."""
    want = frames.HOLDING_VERBS.get(lemma(verb.lower_, verb.tag_))
    if want is None or subj is None:
        return None
    pointer_to_decide = subj.lower_ == "it" and any(
        c.dep_ == "xcomp" and lemma(c.lower_) in _TO_MAKE | lexicon.DECISION_VERBS for c in verb.children
    )
    if lemma(subj.lower_, subj.tag_) not in _HELD_NOUNS | frames.DIRECTIVE_NOUNS and not pointer_to_decide:
        return None  # "it fell to the head of compliance to decide" holds like "the call fell to ..."
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == want:
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            locus = holder_locus(obj) if obj is not None else None
            if locus is not None:
                return _event(locus, 4 if locus == "self" else 3, _first(subj), obj.right_edge, "held_with", verb.i)
    return None


def arrival(verb, subj, particles) -> Event | None:
    """ "the go-ahead came from the COO", "instructions came from headquarters", "the order came down",
    "the schema came down from the data org"."""
    if lemma(verb.lower_, verb.tag_) not in frames.ARRIVAL_VERBS or subj is None:
        return None
    source = None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            source = next((o for o in prep.children if o.dep_ == "pobj"), None)
        elif prep.lower_ == "out" and prep.dep_ in ("prep", "prt", "advmod"):
            for p in [*prep.children, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of")]:
                if p.lower_ == "of":
                    source = next((o for o in p.children if o.dep_ == "pobj"), None)  # "came out of a joint workshop"
        elif prep.dep_ in ("prt", "advmod", "prep") and prep.lower_ == "down":
            for p in prep.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    source = next((o for o in p.children if o.dep_ == "pobj"), None)
    decision_subject = noun_lemma(subj) in _ARRIVING or (
        source is not None and (noun_lemma(subj) in _DESIGNED or subj.lower_ in ("everything", "all"))
    )  # "the requirements came from product", "everything about the data model came from the chief architect"
    if source is not None:
        locus = holder_locus(source) or _forum_locus(source)
        if locus in ("authority", "group", "process", "self") and (decision_subject or "down" in particles):
            return _event(locus, 3, _first(subj), source.right_edge, "came_from", verb.i)
        return None
    content = any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    ) or any(c.dep_ in ("acl", "relcl") for c in subj.children)  # "the ask came in to cut latency"
    if decision_subject and (
        "down" in particles
        or "through" in particles
        or lemma(verb.lower_) == "arrive"
        or ("in" in particles and content)
    ):
        return _event("agentless", 3, _first(subj), verb, "came_down", verb.i)
    return None


_MEETINGS = frozenset(
    "workshop meeting offsite retro retrospective session discussion debate sync summit huddle".split()
)


def _forum_locus(noun) -> str | None:
    """A meeting of peers as the source of a decision: "a joint workshop with the three teams"."""
    if lemma(noun.lower_, noun.tag_) not in _MEETINGS:
        return None
    if _modified_decision(noun) is not None:
        return _modified_decision(noun)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "among"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and holder_locus(obj) in ("group", "authority"):
                return "group"
    return None


def insisting(adj) -> Event | None:
    """ "the customer was adamant about a hard cutover", "the product lead was dead set on launching"."""
    low = lemma(adj.lower_, adj.tag_)
    if low not in frames.INSIST_ADJECTIVES:
        return None
    head = adj.head if adj.dep_ == "acomp" else adj
    if lemma(head.lower_) != "be" and adj.dep_ == "acomp":
        return None
    if low in ("set", "keen") and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "about", "against") for c in adj.children
    ):
        return None
    around = [*head.children, *(g for c in head.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
    subj = next((c for c in around if c.dep_ in ("nsubj", "nsubjpass")), None)
    locus = holder_locus(subj) if subj is not None else None
    if locus not in ("authority", "group", "process"):
        return None
    return _event(locus, 3, _first(subj), adj, "insisted", adj.i)
