"""Reads one verb of a dependency parse: its subject, voice, modality, tense and negation."""

from __future__ import annotations

from dataclasses import dataclass

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.co_subjects import joint_actor
from agent.analysis.lemmas import lemma
from agent.analysis.overrule import misread_subject

_SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_INHERIT = ("conj", "xcomp", "advcl", "pcomp", "acl", "dep")
_MODALS = frozenset(
    {"would", "'d", "could", "should", "might", "can", "will", "may", "must", "'ll", "wo", "ca", "shall", "d"}
)
_PASSIVE_AUX = frozenset({"was", "were", "got", "been", "gotten", "get", "gets", "is", "are", "be", "being"})
_PAST_AUX = frozenset({"was", "were", "got", "had", "'d", "did", "been"})
_NEG_ADV = frozenset({"never", "not", "n't"})
_PASSIVE_AUX = frozenset(
    {"was", "were", "be", "been", "being", "is", "are", "am", "'s", "'re", "get", "got", "gets", "getting", "gotten"}
)
_RULE_WORDS = frozenset({"approval", "approvals", "review", "reviews", "requirement", "requirements"})
# "brought forward by a week" measures the move; "pushed back by the storm" names a happening, not a decider.
_SPANS = frozenset("minute hour day week fortnight month quarter year sprint cycle".split())
_HAPPENINGS = frozenset("storm weather snow flood fire outage strike traffic fog rain heatwave pandemic".split())


@dataclass(slots=True)
class Predicate:
    """Everything the rules need to know about one verb."""

    tok: object
    lemma: str
    subj: object | None
    actor: str
    passive: bool
    agent: str | None
    negated: bool
    modal: bool
    counterfactual: bool
    past: bool
    particles: frozenset[str]
    objects: tuple[str, ...]


def _kids(verb) -> list[tuple[object, str, str]]:
    """(token, dep, lower) for every child, read once (each spaCy access builds a new object)."""
    return [(c, c.dep_, c.lower_) for c in verb.children]


def subject_of(verb, depth: int = 0, kids=None):
    """The subject token of ``verb`` and whether it is passive, inheriting through conj/xcomp."""
    kids = _kids(verb) if kids is None else kids
    passive = any(d == "auxpass" and low in _PASSIVE_AUX for _, d, low in kids)
    for c, d, low in kids:
        if d in _SUBJ:
            return c, d.endswith("pass")
        if d == "auxpass" and low not in _PASSIVE_AUX and c.i < verb.i and c.tag_ in ("VBZ", "VBP"):
            return c, False  # "all four team leads agreed": a plural noun the tagger read as a passive auxiliary
    head = verb.head
    if (
        verb.dep_ == "conj"
        and head.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and head.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ == "dobj" for c in head.children)
    ):
        head = head.head.head  # "I drafted the process we still use and decided ...": "decided" belongs to "drafted"
        if depth < 4:
            return subject_of(head, depth + 1)[0], passive
    if verb.dep_ == "conj" and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if (
            before.dep_ == "conj"
            and before.tag_ in ("NN", "NNS", "NNP")
            and before.head.dep_ in ("dobj", "pobj")
            and (category(before) in ("authority", "group", "process"))
        ):
            return (
                before,
                passive,
            )  # "I pitched three options and the engineering manager picked one": a subject read as an object
    if depth < 4 and verb.dep_ in _INHERIT and head is not verb:
        subj, _ = subject_of(head, depth + 1)
        return subj, passive
    return None, passive


def _aux(verb, kids, depth: int = 0) -> list[str]:
    aux = [low for _, d, low in kids if d in ("aux", "auxpass")]
    if not aux and depth < 3 and verb.dep_ == "conj" and not any(d in _SUBJ for _, d, _ in kids):
        head = verb.head
        return _aux(head, _kids(head), depth + 1)
    return aux


def read(verb) -> Predicate:
    """Build the ``Predicate`` of ``verb``."""
    kids = _kids(verb)
    tag, dep = verb.tag_, verb.dep_
    subj, passive = subject_of(verb, kids=kids)
    opening = subj is not None and dep == "advcl" and tag == "VBD" and _opens_sentence(verb, kids)
    if opening:
        subj = None  # "Went with SQLite, my reasoning was ...": an opening past verb with its "I" left out
    misread = subj is None and misread_subject(verb)
    if misread:
        subj = misread  # "My director preferred Go, so ...": "preferred" tagged as a modifier of "Go"
    aux_low = _aux(verb, kids)
    has_have = any(lemma(a) == "have" for a in aux_low)
    modal_words = [a for a in aux_low if a in _MODALS]
    # "'d" is "had" before a bare participle ("I'd already reverted"), "would" otherwise.
    if modal_words and tag == "VBN" and not has_have and all(m in ("'d", "d") for m in modal_words):
        modal_words = []
        has_have = True
    counterfactual = bool(modal_words) and has_have and tag == "VBN"
    modal = bool(modal_words) and not counterfactual
    if any(a in ("gon", "going") for a in aux_low):
        modal = True
    if not modal_words and dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children):
        modal = True  # "would need to approve"
    past = (
        tag == "VBD"
        or (tag == "VBN" and (has_have or any(a in _PAST_AUX for a in aux_low) or dep == "conj"))
        or any(a in ("did", "was", "were") for a in aux_low)
        or (dep == "xcomp" and tag == "VBG" and verb.head.tag_ == "VBD" and lemma(verb.head.lower_) == "keep")
    )
    past = past or bool(misread)
    if tag == "VBN" and not aux_low:
        # A bare participle heading its clause is the tagger misreading a simple past.
        past = past or dep in ("ROOT", "ccomp", "advcl") or verb.head.tag_ in ("VBD", "VBN")
    agent = None
    negated = False
    particles: set[str] = set()
    objects: list[str] = []
    for c, d, low in kids:
        if d == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent = category(p)
                    if lemma(p.lower_) in _SPANS or lemma(p.lower_) in _HAPPENINGS:
                        agent = None if lemma(p.lower_) in _SPANS else "happening"
                    if agent in ("thing", "none") and lemma(p.lower_) in lexicon.APPROVAL_NOUNS | _RULE_WORDS:
                        agent = "process"  # "blocked by the required approvals (rule)"
        elif d == "neg" or (d == "advmod" and low in _NEG_ADV):
            negated = True
        if d in ("prt", "advmod", "prep", "dative", "acomp"):
            particles.add(low)
        elif d in ("dobj", "attr", "oprd"):
            objects.append(lemma(low))
        elif d == "ccomp":
            objects.extend(lemma(g.lower_) for g in c.children if g.dep_ == "nsubj")
    if not negated and dep == "conj" and not any(d in _SUBJ for _, d, _ in kids):
        negated = any(c.dep_ == "neg" for c in verb.head.children)
    if not negated and dep == "xcomp" and _unable(verb.head):
        negated = True  # "I wasn't able to merge until ...", "we were unable to ship without ..."
    if not passive and tag == "VBN" and dep == "acl" and agent is not None:
        passive = True  # "a ticket approved by the capacity team"
    actor = category(subj) if subj is not None else ("self" if opening or _dropped_subject(verb) else "none")
    if subj is not None and subj.lower_ in ("me", "us") and tag == "VBN" and not aux_low:
        actor = "none"  # "the decision reached me already made": the object of the verb before, not a maker
    if subj is not None:
        actor = joint_actor(verb, subj, [c for c, d, _ in kids if d == "nsubj"], actor)
    return Predicate(
        tok=verb,
        lemma=lemma(verb.lower_, verb.tag_ if verb.tag_.startswith("VB") else None),
        subj=subj,
        actor=actor,
        passive=passive,
        agent=agent,
        negated=negated,
        modal=modal,
        counterfactual=counterfactual,
        past=past,
        particles=frozenset(particles),
        objects=tuple(objects),
    )


def _inverted_condition(verb) -> bool:
    """ "Had nobody approved it, I'd have shipped it anyway": a condition worded by inversion."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    aux = next(
        (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")), None
    )
    return subj is not None and aux is not None and aux.i < subj.i


def _unable(adj) -> bool:
    low = adj.lower_
    if low == "unable":
        return True
    return low == "able" and (
        any(c.dep_ == "neg" for c in adj.children) or any(c.dep_ == "neg" for c in adj.head.children)
    )


def _opens_sentence(verb, kids) -> bool:
    """``verb`` is the sentence's first word, has no subject or auxiliary of its own, and comes before its head."""
    if any(d in _SUBJ or d in ("aux", "auxpass", "mark") for _, d, _ in kids) or verb.head.i < verb.i:
        return False
    return not any(not t.is_punct for t in verb.doc[verb.sent.start : verb.i])


def _dropped_subject(verb) -> bool:
    """ "Checked the lag, saw it was fine, and cut traffic over": a narrative past with its "I" left out."""
    root = verb
    for _ in range(4):
        if root.dep_ != "conj":
            break
        root = root.head
    if (
        root.dep_ != "ROOT"
        or root.tag_ not in ("VBD", "VBN")
        or any(c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in root.children)
    ):
        return False
    sent = root.sent
    first = next(
        (t for t in sent if not t.is_punct and t.lower_ not in ("then", "so", "and", "just", "also", "basically")), None
    )
    if first is not None and first.dep_ in ("advcl", "dep") and first.head.i == root.i and first.tag_ in ("VBD", "VBN"):
        return not any(c.dep_ in _SUBJ for c in first.children)  # "Pulled the dashboards, saw the spike, ..."
    return first is not None and first.i == root.i


def in_hypothetical_clause(verb) -> bool:
    """True inside an "if/unless" clause (a condition, not a narrated decision)."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in lexicon.HYPOTHETICAL_MARKS for c in tok.children):
            return True
        if tok.dep_ == "advcl" and _inverted_condition(tok):
            return True
        if tok.head is tok or tok.dep_ not in ("advcl", "conj", "ccomp", "xcomp"):
            return False
        tok = tok.head
    return False


def in_concessive_clause(verb) -> bool:
    """True inside "even though / although / while ..." (the losing side of a contrast)."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in lexicon.CONCESSIVE_MARKS for c in tok.children):
            return True
        if tok.head is tok or tok.dep_ not in ("advcl", "conj", "ccomp"):
            return False
        tok = tok.head
    return False


def negated_by_preposition(verb) -> bool:
    """ "without waiting", "instead of asking", "rather than escalating"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("without", "of", "than"):
        if head.lower_ == "without":
            return True
        prev = head.doc[head.i - 1] if head.i > 0 else None
        return prev is not None and prev.lower_ in ("instead", "rather")
    if verb.i > 1:  # "rather than wait for the board": also when the parser makes "wait" the root
        prev = verb.doc[verb.i - 1]
        prev2 = verb.doc[verb.i - 2]
        return prev.lower_ == "than" and prev2.lower_ == "rather"
    return False
