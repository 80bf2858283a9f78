"""Facts about a verb's clause the rules weigh: conditions, "went along with", "by me", who holds the call."""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma
from agent.analysis.predicate_kinds import comma_spliced
from agent.analysis.predicates import Predicate
from agent.analysis.verb_sets import ACTOR_LOCUS, CAUSATIVE, PERSON_OBJ, QUESTION_WORDS, REGARDLESS, TELL_VERBS


def open_condition(verb) -> bool:
    """ "If I had been on call, I would have rolled back": a plain condition, not "even if ... anyway"."""
    kids = list(verb.children)
    if any(c.lower_ in REGARDLESS for c in kids):
        return False
    for c in kids:
        if c.dep_ != "advcl":
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
        if (
            marks
            and not any(m.lower_ == "even" for m in marks[0].children)
            and verb.doc[marks[0].i - 1].lower_ != "even"
        ):
            return True
    return False


def went_along_with(verb) -> str | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for o in c.children:
                if o.dep_ not in ("pobj", "pcomp"):
                    continue
                subj = next((g for g in o.subtree if g.dep_ == "nsubj" and g.i != o.i), None)
                who = ACTOR_LOCUS.get(category(subj if subj is not None else o))
                if who in ("authority", "group", "process"):
                    return who
                if o.lower_ in ("it", "that", "this"):
                    return "it"  # "security recommended X, and we went along with it": the earlier clause's holder
    return None


def by_speaker(verb) -> bool:
    """ "by me" / "by us" in the verb's own clause, wherever the parser hung it."""
    return any(
        t.lower_ == "by" and any(o.lower_ in ("me", "myself", "us") for o in t.children) and t.i - verb.i <= 6
        for t in verb.subtree
        if t.i > verb.i
    )


def binding_content(verb) -> bool:
    """A that-clause with a modal or an infinitive: what the hearers must or will do, not a report."""
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not comma_spliced(c) and any(g.tag_ == "MD" for g in c.children))
        for c in verb.children
    )


def stakeholder_decides(p: Predicate) -> bool:
    subj = p.subj
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    outside = lemma(subj.lower_, subj.tag_) in lexicon.STAKEHOLDER_NOUNS or (
        owner is not None and lemma(owner.lower_, owner.tag_) in lexicon.STAKEHOLDER_NOUNS
    )  # "the insurer's actuaries decided"
    return (
        p.past
        and outside
        and (p.lemma in lexicon.DECISION_VERBS or p.lemma in TELL_VERBS or p.lemma in lexicon.DECISION_PHRASAL)
    )


def plan_object(verb) -> bool:
    """The object is a plan, an offer or a piece of scope, not a system's part ("someone dropped the table")."""
    for o in verb.children:
        if o.dep_ == "dobj":
            low = lemma(o.lower_, o.tag_)
            return low not in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS and o.lower_ not in ("it", "them", "that")
    return False


def imperative(verb) -> bool:
    """A bare verb with no subject or "to" as the content of "say": "she said ship it", "he said execute it"."""
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.tag_ == "VB"
        and not any(g.dep_ in ("nsubj", "aux", "mark") for g in verb.children)
    )


def transitive(verb) -> bool:
    return any(c.dep_ in ("dobj", "prt") for c in verb.children)


def call_came_down(p: Predicate) -> bool:
    """ "the call came down", "word came down" (a decision arriving from nobody named)."""
    return (
        p.lemma == "come"
        and "down" in p.particles
        and p.subj is not None
        and lemma(p.subj.lower_) in ("call", "decision", "word", "order", "directive", "mandate")
    )


def instructed(p: Predicate) -> tuple[str, int, str] | None:
    """Someone else telling, making or wanting the speaker to do something: "the SRE lead told us to stop deploying",
    "the policy made me wait", "told the team flat out that the date would not move"."""
    lem, actor, tok = p.lemma, p.actor, p.tok
    objs = {c.lower_ for c in tok.children if c.dep_ in ("dobj", "dative")} | {
        g.lower_
        for c in tok.children
        if c.dep_ == "ccomp" and not comma_spliced(c)
        for g in c.children
        if g.dep_ == "nsubj"
    }
    has_content = any(
        c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and lem != "ask" and c.left_edge.lower_ not in QUESTION_WORDS and not comma_spliced(c))
        for c in [*tok.children, *(g for a in tok.children if a.dep_ == "advmod" for g in a.children)]
    )  # "told me point blank that ...": the parser may hang the content on the adverb
    if lem in ("want", "need") and has_content:
        return (ACTOR_LOCUS[actor], 1, "preferred")
    if has_content and (objs & PERSON_OBJ or (objs and (actor == "process" or lem in CAUSATIVE))):
        return (ACTOR_LOCUS[actor], 3, "instructed")
    if lem == "tell" and objs & lexicon.GROUP_NOUNS and binding_content(tok):
        return (ACTOR_LOCUS[actor], 3, "instructed")  # "told the team flat out that the date would not move"
    return None
