"""Who a noun phrase is: the speaker, a group, an authority, a process, software or nobody."""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.boards import board_noun, gating_peer_body
from agent.analysis.forums import forum_noun, software_noun
from agent.analysis.lemmas import lemma

_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_WH = frozenset({"who", "that", "which", "whom"})
_AUTHORING = frozenset({"write", "create", "author", "draft", "set", "introduce", "add", "define", "build"})


def _mods(tok) -> list[str]:
    return [lemma(c.lower_, c.tag_) for c in tok.children if c.dep_ in _MOD_DEPS]


def resolve(tok, depth: int = 0):
    """Follow relative pronouns (``who``/``which``) to the noun they stand for."""
    if tok.lower_ in _WH and depth < 3:
        verb = tok.head
        if verb.dep_ == "relcl":
            return resolve(verb.head, depth + 1)
        focus = _cleft_focus(verb)
        if focus is not None:
            return resolve(focus, depth + 1)
    return tok


def _cleft_focus(verb):
    """ "It was me who decided", "it was the board that picked it": the parser hangs the relative clause on the
    copula as its complement; the one who decided is the copula's attribute."""
    be = verb.head
    if verb.dep_ != "ccomp" or lemma(be.lower_) != "be" or be.i > verb.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "that", "this") for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < verb.i), None)


def category(tok, depth: int = 0) -> str:
    """Actor category of a subject or agent token.

    One of: self, we, group, authority, process, component, nobody, it, thing.
    """
    tok = resolve(tok)
    low = tok.lower_
    if low in lexicon.SELF_WORDS:
        return "group" if any(c.dep_ == "conj" for c in tok.children) else "self"
    if low in lexicon.WE_WORDS:
        return "we"
    if low in lexicon.NOBODY_WORDS or low in ("anyone", "anybody"):
        return "nobody"
    if low == "one":
        kids = {c.lower_ for c in tok.children}
        if "no" in kids:
            return "nobody"
        # "I was the one who decided": the relative clause hangs off "one".
        head = tok.head
        if tok.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in lexicon.SELF_WORDS for c in head.children):
            # "I wasn't the one who picked it" denies the choice.
            return "thing" if any(c.dep_ == "neg" for c in head.children) else "self"
    if low in ("it", "this", "that", "which", "what"):
        return _forum_it(tok) if low == "it" and depth == 0 else "it"
    if low in lexicon.THIRD_PERSON:
        return _antecedent(tok) if low in ("they", "them", "she", "he") else "authority"
    if low in lexicon.SOMEONE_WORDS:
        return _someone(tok)
    if any(
        c.dep_ == "relcl"
        and c.lower_ in ("was", "is")
        and any(g.dep_ == "attr" and g.lower_ in lexicon.SELF_WORDS for g in c.children)
        for c in tok.children
    ):
        return "self"  # "the incident commander, who was me that night, made the call"
    head = lemma(low, tok.tag_)
    mods = _mods(tok)
    if any(c.dep_ in ("compound", "nmod", "appos", "det") and c.lower_ in lexicon.WE_WORDS for c in tok.children):
        return "we"  # "us engineers", "we designers": the speaker's side named by its trade
    if any(c.dep_ == "conj" and c.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS for c in tok.children) or any(
        c.dep_ == "appos" and any(g.dep_ == "conj" and g.lower_ in lexicon.SELF_WORDS for g in c.children)
        for c in tok.children
    ):
        return "group"  # "our PM, our designer and I settled it": the parser hangs "and I" on an apposition
    if depth == 0 and any(c.dep_ == "conj" for c in tok.children):
        joint = _coordinated(tok)
        if joint is not None:
            return joint
    if software_noun(tok):
        return "component"  # "the retry policy", "the policy object", "the package manager": software, not a rule or a rank
    if forum_noun(tok) or board_noun(tok):
        return "process"  # "the go/no-go call", "the tech radar group", "the design authority"
    if head in ("reviewer", "approver") and not any(c.dep_ in ("poss", "compound") for c in tok.children):
        return "process"  # "until two reviewers had approved it": the review rule, not a named person
    if any(c.dep_ == "amod" and c.lower_ in ("second", "another", "third") for c in tok.children) and not any(
        c.dep_ == "poss" for c in tok.children
    ):
        return "process"  # "countersigned by a second officer": a four-eyes rule, not a named person
    if head in _QUANTITY or tok.tag_ == "CD":
        # "a majority of nodes" is machinery; "two of us", "most of the team" is a group.
        whole = _of_object(tok)
        if whole is not None:
            return "component" if category(whole) == "component" else "group"
        if head in ("everyone", "everybody", "all"):
            return "group"
    if (
        head in _UNITS
        and any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        and not any(m in lexicon.PROCESS_NOUNS for m in mods)
    ):
        return "authority"  # "the privacy office", "the data org", "the risk department"
    if head in lexicon.COMPONENT_NOUNS and any(m in _PEOPLE_FUNCTIONS for m in mods):
        return "authority"  # "the finance controller" is a person, not a controller process
    if head in lexicon.COMPONENT_NOUNS and not any(m in ("automated", "automatic") for m in mods):
        # "the quota system denied it" is a gate; "the policy engine evaluates" stays generic (present tense).
        return "process" if any(m in lexicon.PROCESS_NOUNS for m in mods) else "component"
    if any(m in ("automated", "automatic") for m in mods):
        return "process"
    if head in ("template", "templates", "boilerplate") and any(m in _STOCK for m in mods):
        return "thing"  # "made for us by the starter template": what a stock setup happened to contain
    if head in lexicon.PROCESS_NOUNS or (
        any(m in lexicon.PROCESS_NOUNS for m in mods)
        and head not in lexicon.AUTHORITY_NOUNS
        and head not in lexicon.GROUP_NOUNS
    ):
        if tok.dep_ in ("dobj", "nsubj") and _authored_by_speaker(tok):
            return "self"
        return "process"
    if head in ("team", "squad", "pod", "group", "org", "crew"):
        # "the SRE team" is another team holding the call; "our team" is a group.
        named = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "nmod")
            or (c.dep_ == "amod" and c.lower_ not in ("whole", "entire", "same", "full"))
            or (c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSORS)  # "the vendor's team", "their team"
        ]
        several = tok.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in tok.children)
        return "authority" if named and not several else "group"  # "the two platform teams negotiated" is joint
    if head in lexicon.AUTHORITY_NOUNS and head not in lexicon.RANK_NOUNS and _several(tok):
        return "group"  # "all four team leads agreed", "the three architects chose": peers deciding together
    if head in lexicon.AUTHORITY_NOUNS or (
        (head in lexicon.PERSON_HEADS or head in lexicon.GROUP_NOUNS)
        and any(m in lexicon.AUTHORITY_NOUNS for m in mods if m != "staff")
    ):
        return "authority"
    if head in lexicon.GROUP_NOUNS:
        return "group"
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("us", "we") for g in c.children)
        for c in tok.children
    ):
        return "group"
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _RANK_MODIFIERS for c in tok.children):
        return "authority"  # "the charge nurse", "the head chef", "the chief steward": a rank over a trade
    return "thing"


_RANK_MODIFIERS = frozenset({"head", "chief", "charge"})
_PEOPLE = frozenset({"authority", "group", "process"})
_STOCK = frozenset({"starter", "stock", "default", "sample", "example", "scaffold", "base", "generated", "vendor"})
_OWN_POSSESSORS = frozenset({"my", "our", "we", "us", "i"})
_UNITS = frozenset(
    {"office", "department", "dept", "division", "unit", "org", "organization", "organisation", "bu", "desk"}
)
_PEOPLE_FUNCTIONS = frozenset({"finance", "financial", "legal", "hr", "sales", "marketing", "procurement", "product"})


def _several(tok) -> bool:
    """A plural head counted ("two", "all four", "both"), on itself or on the noun before it."""
    if not (tok.tag_ in ("NNS", "VBZ") and tok.lower_.endswith("s")):
        return False
    mods = [*tok.children, *(g for c in tok.children if c.dep_ in ("compound", "nsubj") for g in c.children)]
    return any(m.dep_ == "nummod" or m.lower_ in ("both", "all") for m in mods)


def _coordinated(tok) -> str | None:
    """ "payments and fraud", "the DBA and the SRE lead": peers deciding together are a group; only
    ranks above the speaker ("my manager and her director") keep the decision handed down."""
    members = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    kinds = [category(m, 1) for m in members]
    named = [
        k in _PEOPLE or k == "we" or lemma(m.lower_, m.tag_) in lexicon.DEPARTMENT_NOUNS | lexicon.PERSON_HEADS
        for k, m in zip(kinds, members, strict=False)
    ]
    if not any(named) or not all(n or _people_plural(m) for n, m in zip(named, members, strict=False)):
        return None  # "the level designers and us engineers", "the sound team and the animators"; not "filters and buffers"
    if all(lemma(m.lower_, m.tag_) in lexicon.RANK_NOUNS for m in members):
        return "authority"
    return "group"


_ROLE_ENDINGS = ("ers", "ors", "ists", "ians")


def _people_plural(tok) -> bool:
    """A plural noun naming people by what they do ("the animators", "the level designers"), not software."""
    low = tok.lower_
    if tok.tag_ not in ("NNS", "NNPS") or lemma(low, tok.tag_) in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS:
        return False
    return low.endswith(_ROLE_ENDINGS)


def _someone(tok) -> str:
    """ "someone from the platform team" is that team; "somebody above me" an authority; a bare "someone"
    names nobody (the decision stays agentless)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "in", "on", "at", "of"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and category(obj, 1) in _PEOPLE:
                return "authority"
        if c.lower_ in ("above", "senior", "higher", "upstairs") or (c.dep_ == "prep" and c.lower_ == "above"):
            return "authority"
    return "someone"


def _deciding(verb) -> bool:
    """A decision verb, or a phrasal one with its particle ("turned the application down")."""
    lem = lemma(verb.lower_, verb.tag_)
    if lem in lexicon.DECISION_VERBS:
        return True
    wanted = lexicon.DECISION_PHRASAL.get(lem)
    return wanted is not None and any(c.dep_ == "prt" and c.lower_ in wanted for c in verb.children)


def _forum_it(tok) -> str:
    """ "we put the rota in front of the staffing committee and it approved the change": "it" deciding after a
    board names that board (a person or a team is never "it"; "it" doing anything else stays a thing)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not _deciding(verb):
        return "it"
    for cand in _earlier_heads(tok, 30):
        return "process" if category(cand, 1) == "process" and cand.tag_ in ("NN", "NNP") else "it"
    return "it"


def _earlier_heads(tok, reach: int):
    """Head nouns before ``tok``, nearest first, in its sentence and the one before, at most ``reach`` tokens back."""
    doc = tok.doc
    start = max(0, doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0, tok.i - reach)
    for i in range(tok.i - 1, start - 1, -1):
        cand = doc[i]
        if cand.tag_ in ("NN", "NNS", "NNP", "NNPS") and cand.dep_ not in ("compound", "poss", "amod"):
            yield cand


def _antecedent(tok) -> str:
    """What "they"/"she" stands for: the nearest earlier board, team or person in this sentence or the
    one before ("we took it to the architecture council and they okayed it" is the council's call)."""
    for cand in _earlier_heads(tok, 40):
        if cand.lower_ in lexicon.THIRD_PERSON or cand.lower_ in lexicon.SOMEONE_WORDS:
            continue
        found = category(cand, 1)
        if found in _PEOPLE:
            return "process" if found != "process" and gating_peer_body(cand, tok) else found
    return "authority"


_QUANTITY = frozenset("everyone everybody all majority most half quorum rest both some many few each none".split())


def _of_object(tok):
    """The noun after "of" in "majority of X", if any."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _authored_by_speaker(tok) -> bool:
    """True for "the runbook rule (that says ...)" when the speaker wrote that rule."""
    noun = tok if tok.dep_ == "dobj" else None
    if noun is None:
        return False
    verb = noun.head
    return lemma(verb.lower_) in _AUTHORING and any(
        c.dep_ == "nsubj" and c.lower_ in lexicon.SELF_WORDS for c in verb.children
    )
