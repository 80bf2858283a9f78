"""Who a noun phrase is: the speaker, a group, an authority, a process, software or nobody."""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.lemmas import lemma

_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_WH = frozenset({"who", "that", "which", "whom"})
_AUTHORING = frozenset({"write", "create", "author", "draft", "set", "introduce", "add", "define", "build"})


def _mods(tok) -> list[str]:
    return [lemma(c.lower_) for c in tok.children if c.dep_ in _MOD_DEPS]


def resolve(tok, depth: int = 0):
    """Follow relative pronouns (``who``/``which``) to the noun they stand for."""
    if tok.lower_ in _WH and depth < 3:
        verb = tok.head
        if verb.dep_ == "relcl":
            return resolve(verb.head, depth + 1)
    return tok


def category(tok) -> str:
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
        return "it"
    if low in lexicon.THIRD_PERSON:
        return "authority"
    head = lemma(low)
    mods = _mods(tok)
    if any(c.dep_ == "conj" and c.lower_ in lexicon.SELF_WORDS for c in tok.children):
        return "group"
    if head in _QUANTITY or tok.tag_ == "CD":
        # "a majority of nodes" is machinery; "two of us", "most of the team" is a group.
        whole = _of_object(tok)
        if whole is not None:
            return "component" if category(whole) == "component" else "group"
        if head in ("everyone", "everybody", "all"):
            return "group"
    if head in lexicon.COMPONENT_NOUNS and not any(m in ("automated", "automatic") for m in mods):
        # "the quota system denied it" is a gate; "the policy engine evaluates" stays generic (present tense).
        return "process" if any(m in lexicon.PROCESS_NOUNS for m in mods) else "component"
    if any(m in ("automated", "automatic") for m in mods):
        return "process"
    if head in lexicon.PROCESS_NOUNS or (
        any(m in lexicon.PROCESS_NOUNS for m in mods) and head not in lexicon.AUTHORITY_NOUNS
        and head not in lexicon.GROUP_NOUNS
    ):
        if tok.dep_ in ("dobj", "nsubj") and _authored_by_speaker(tok):
            return "self"
        return "process"
    if head in ("team", "squad", "pod", "group", "org", "crew"):
        # "the SRE team" is another team holding the call; "our team" is a group.
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.lower_ not in ("whole", "entire", "same", "full"))]
        return "authority" if named else "group"
    if head in lexicon.AUTHORITY_NOUNS or (
        (head in lexicon.PERSON_HEADS or head in lexicon.GROUP_NOUNS)
        and any(m in lexicon.AUTHORITY_NOUNS for m in mods if m != "staff")
    ):
        return "authority"
    if head in lexicon.GROUP_NOUNS:
        return "group"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("us", "we") for g in c.children) for c in tok.children):
        return "group"
    return "thing"


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
