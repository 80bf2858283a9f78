"""Nobody named: undertakings that lapsed or carried on by themselves, and approvals that simply happened.

The frames: an effort ending without anyone ending it ("the funding dried up", "the pilot fizzled out",
"the rewrite died on the vine", "the weekly sync just stopped happening", "the migration never restarted"),
an arrangement carrying on without anyone keeping it ("the rota carried on unchanged after the reorg"),
a thing let go to seed ("we let the old API linger": drift, not a choice), and an approval told with no approver
("the budget was rubber-stamped", "the menu got green-lit", "the green light came on Tuesday").

The subject must be an undertaking or arrangement someone could have chosen to end or keep: "the concert fizzled
out", "the battery died", "the meeting carried on after lunch" are events, not choices left to lapse.
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.drift import OUTLIVED
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

# Efforts and arrangements a team could have chosen to end, keep or restart.
UNDERTAKINGS = frozenset(
    """project projects initiative initiatives program programs programme programmes pilot pilots scheme schemes plan
    plans effort efforts rewrite rewrites migration migrations experiment experiments trial trials proposal proposals
    roadmap push campaign campaigns workstream workstreams rollout redesign refactor overhaul upgrade upgrades
    funding grant grants budget sponsorship contract contracts subscription subscriptions licence license licenses
    rota rotation schedule sync syncs standup standups retro retros review reviews ritual rituals practice practices
    tradition habit convention conventions workaround workarounds hack partnership deal integration integrations
    arrangement policy process rule rules setup spreadsheet tracker sheet form forms newsletter cadence
    effort investigation study prototype poc mvp venture collaboration agreement freeze moratorium""".split()
)
# Products and channels that can "fizzle out" or "peter out" (an idiom no outage is told with; "the app died" may be one).
_PRODUCTS = frozenset(
    "app apps product products feature features site community newsletter channel blog podcast forum game".split()
)
_IDIOMATIC_ENDS = frozenset({"fizzle", "peter", "dwindle", "wither"})
# Ending by itself: "dried up", "fizzled (out)", "petered out", "died (on the vine)", "faded away", "wound down".
_ENDING = frozenset({"dry", "fizzle", "peter", "die", "wither", "fade", "lapse", "stall", "trail", "tail", "dwindle"})
_ENDING_PARTICLES = {"dry": {"up"}, "peter": {"out"}, "trail": {"off", "away"}, "tail": {"off"}}
# Starting again, which never happened: "the migration never restarted", "the rewrite never got off the ground".
_RESTART = frozenset({"restart", "resume", "reboot", "revive", "recover"})
# Carrying on with no one keeping it: "the rota carried on unchanged after the reorg".
_GOING_ON = {"carry": "on", "go": "on", "roll": "on", "limp": "along", "chug": "along", "trundle": "along"}
_ON_MARKERS = frozenset({"after", "unchanged", "regardless", "anyway", "still", "since", "long", "ever"})
# Appearing by itself: "a rule just appeared at some point", "a second approval step crept in".
_APPEAR = {
    "appear": None,
    "emerge": None,
    "materialize": None,
    "materialise": None,
    "crop": "up",
    "spring": "up",
    "pop": "up",
    "creep": "in",
}
# Let go to seed: "we let the old API linger", "the plan was to let the old app die off".
_SEED = frozenset({"linger", "die", "rot", "lapse", "wither", "expire", "fade", "languish", "decay", "atrophy"})
# Approvals worded with a hyphenated verb the tokenizer splits ("rubber-stamped", "green-lit", "fast-tracked").
_HYPHEN_APPROVALS = {("rubber", "stamp"), ("green", "light"), ("green", "lit"), ("fast", "track"), ("auto", "approve")}
_ARRIVE = frozenset({"come", "arrive", "land"})
_APPROVAL_HEADS = frozenset(
    {"light", "go-ahead", "goahead", "sign-off", "signoff", "approval", "okay", "nod", "blessing"}
)
LEMMAS = (
    frozenset(_APPEAR)
    | _ENDING
    | _RESTART
    | frozenset(_GOING_ON)
    | _SEED
    | {"stop", "let", "stamp", "light", "lit", "track"}
    | _ARRIVE
)


def _undertaking(tok) -> bool:
    return tok is not None and (lemma(tok.lower_, tok.tag_) in UNDERTAKINGS or tok.lower_ in UNDERTAKINGS)


def _subject(p: Predicate):
    """The verb's subject noun, past two parser slips: a hedge read as the subject ("the migration sort of never
    restarted": "sort" with "migration" as its compound) and the verb hung on its subject ("the rota carried on")."""
    subj = p.subj
    if subj is None and p.tok.dep_ == "acl":
        return p.tok.head
    if subj is not None and subj.lower_ in ("sort", "kind"):
        return next((c for c in subj.children if c.dep_ in ("compound", "nmod")), subj)
    return subj


def _subject_ok(p: Predicate) -> bool:
    """An undertaking as subject (a review or sync may read as a process or a group: it still lapsed by itself)."""
    if p.actor in ("self", "we", "authority", "someone"):
        return False
    subj = _subject(p)
    return _undertaking(subj) or (
        p.lemma in _IDIOMATIC_ENDS and subj is not None and lemma(subj.lower_, subj.tag_) in _PRODUCTS
    )


def _ended(p: Predicate) -> bool:
    lem, verb = p.lemma, p.tok
    if lem in _ENDING:
        need = _ENDING_PARTICLES.get(lem)
        return need is None or bool(p.particles & need)
    if lem == "wind" and "down" in p.particles:
        return True
    # "the weekly sync just stopped happening": stopping by itself, not being stopped.
    return lem == "stop" and any(c.dep_ == "xcomp" and c.lower_ in ("happening", "running") for c in verb.children)


def _never_restarted(p: Predicate) -> bool:
    verb = p.tok
    if not any(c.lower_ == "never" for c in verb.children):
        return False
    if p.lemma in _RESTART:
        return True
    if p.lemma == "pick" and {"up", "back"} & p.particles:
        return True  # "the migration never got picked back up"
    return p.lemma == "get" and any(  # "the rewrite never got off the ground"
        c.lower_ == "off" and any(o.lower_ == "ground" for o in c.children) for c in verb.children
    )


def _went_on(p: Predicate) -> bool:
    particle = _GOING_ON.get(p.lemma)
    if particle is None or not (particle in p.particles or any(c.lower_ == particle for c in p.tok.children)):
        return False
    return any(t.lower_ in _ON_MARKERS or lemma(t.lower_) in frames.PERSIST_SPANS for t in p.tok.subtree)


_PLAN_NOUNS = frozenset({"plan", "idea", "thinking", "assumption", "expectation", "default", "approach"})


def _plan_was_to(verb) -> bool:
    """ "the plan was to let it die off": the infinitive is the plan's content, whoever the parser gives it to."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        t.dep_ == "nsubj" and lemma(t.lower_) in _PLAN_NOUNS and lemma(t.head.lower_) == "be" for t in verb.sent
    )


def _let_to_seed(p: Predicate) -> bool:
    """ "we let the old API linger", "the plan was to let the old app die off"; not the speaker's own omission."""
    if p.lemma != "let" or p.modal or p.actor in ("authority", "process"):
        return False
    if p.actor == "self" and not _plan_was_to(p.tok):
        return False
    return _seed_verb(p.tok)


def _seed_verb(let) -> bool:
    # the tagger may read the bare verb as the object ("let the old API linger": "linger" as a noun)
    return any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > let.i and lemma(c.lower_, "VB") in _SEED for c in let.children
    )


def _hyphen_approval(verb) -> bool:
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ("-", "–"):
        return False
    return (doc[verb.i - 2].lower_, lemma(verb.lower_, verb.tag_)) in _HYPHEN_APPROVALS or (
        doc[verb.i - 2].lower_,
        verb.lower_,
    ) in _HYPHEN_APPROVALS


def _approved_unnamed(p: Predicate) -> bool:
    """ "the budget was rubber-stamped", "the new menu got green-lit": an approval with no approver named."""
    verb = p.tok
    if not _hyphen_approval(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acomp" and lemma(verb.head.lower_) in ("get", "be"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        subj = p.subj if p.passive else None
    return subj is not None and subj.lower_ not in lexicon.SELF_WORDS | lexicon.WE_WORDS


def _approval_arrived(p: Predicate) -> bool:
    """ "the green light came on a Tuesday", "the go-ahead landed two weeks later": no giver named."""
    if p.lemma not in _ARRIVE or p.subj is None or not p.past or p.negated or p.modal:
        return False
    head = p.subj
    named = head.lower_ in _APPROVAL_HEADS and (
        head.lower_ != "light" or any(c.lower_ == "green" for c in head.children)
    )
    return named and not any(c.dep_ == "prep" and c.lower_ in ("from", "with") for c in p.tok.children)


def _head_subject(verb):
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _came_bundled(p: Predicate) -> bool:
    """ "the rules engine came bundled with the warehouse software": whatever the parser makes of the subject."""
    if p.lemma != "come" or not p.past or p.actor in ("self", "we", "authority", "someone"):
        return False
    return any(
        c.dep_ in ("acomp", "xcomp", "oprd") and c.tag_ == "VBN" and any(g.lower_ == "with" for g in c.children)
        for c in p.tok.children
    )


def _stative_passive(p: Predicate) -> bool:
    """ "the pilot was sort of shelved": a hedge between the auxiliary and the participle makes the parser read a
    complement ("was" + acomp "shelved"); it is still a passive decision with nobody named."""
    verb = p.tok
    if verb.dep_ != "acomp" or verb.tag_ != "VBN" or lemma(verb.head.lower_) not in ("be", "get"):
        return False
    if verb.head.tag_ not in ("VBD", "VBN") or lemma(verb.lower_, "VBN") not in lexicon.PASSIVE_DECISION_VERBS:
        return False
    subj = _head_subject(verb)
    return (
        subj is not None
        and subj.lower_ not in lexicon.SELF_WORDS | lexicon.WE_WORDS
        and not any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.head.children)
    )


def hyphen_adjectival(adj):
    """ "the reorg got green-lit" with the participle tagged as an adjective: an approval nobody is named for."""
    if not _hyphen_approval(adj) or lemma(adj.head.lower_) not in ("be", "get") or adj.head.tag_ not in ("VBD", "VBN"):
        return None
    subj = _head_subject(adj)
    if subj is None or subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS:
        return None
    first = subj.left_edge
    return Event("agentless", 3, first.idx, adj.idx + len(adj.text), "approved_unnamed", adj.i, verb=adj.lower_)


_SETTLING = frozenset({"settle", "finalize", "finalise", "agree", "decide"})


def _settled_unnamed(p: Predicate) -> bool:
    """ "it got settled before the audit": the matter was settled, by nobody named."""
    return (
        p.passive
        and p.past
        and not p.agent
        and not p.negated
        and p.lemma in _SETTLING
        and p.subj is not None
        and p.subj.lower_ in ("it", "that", "this")
    )


def _outlived(p: Predicate) -> bool:
    """ "the old ticket categories survived every reorg": a leftover outliving the people and plans that could have
    removed it, whatever actor class the parser gives its subject."""
    return (
        p.lemma in ("survive", "outlive", "outlast")
        and p.past
        and p.actor not in ("self", "we", "authority", "someone")
        and any(lemma(o.lower_, o.tag_) in OUTLIVED or o.lower_ in OUTLIVED for o in p.tok.children if o.dep_ == "dobj")
    )


def nobody_named(p: Predicate) -> tuple[str, int, str] | None:
    """(locus, strength, cue) for the frames above; the locus is settled against hedges later (hedging.settle)."""
    if p.modal or p.counterfactual:
        return None
    if p.past and _approved_unnamed(p):
        return ("agentless", 3, "approved_unnamed")
    if _approval_arrived(p):
        return ("agentless", 3, "approval_arrived")
    if (p.past or p.tok.tag_ == "VB") and _let_to_seed(p):
        return ("hedged", 3, "drift_let_lapse")
    if p.actor == "self" and not p.negated and p.lemma == "let" and _seed_verb(p.tok):
        return ("self", 2, "self_let_lapse")  # "I let the trial lapse because the tool was too slow"
    if _came_bundled(p):
        return ("hedged", 3, "drift_came_with")
    if _stative_passive(p):
        return ("agentless", 3, "passive_" + p.lemma)
    if _settled_unnamed(p):
        return ("agentless", 3, "passive_settled")
    if _outlived(p):
        return ("hedged", 3, "drift_outlived")
    told_past = (
        p.past or (p.tok.dep_ == "acl" and p.tok.tag_ in ("VBD", "VBN")) or p.tok.lower_ == "wound"
    )  # "the rota carried on ...", "the partnership wound down" ("wound" tagged as a base form)
    if not (told_past and _subject_ok(p)) or p.passive:
        return None
    if _never_restarted(p):
        return ("hedged", 3, "drift_never_restarted")
    if p.negated:
        away = p.lemma == "go" and any(c.lower_ == "away" for c in p.tok.children)
        return ("hedged", 3, "drift_never_went") if away and any(c.lower_ == "never" for c in p.tok.children) else None
    if p.lemma == "go" and "away" in p.particles | {c.lower_ for c in p.tok.children}:
        return None  # "never went away" is read with the negation below
    if _ended(p):
        return ("hedged", 3, "drift_lapsed")
    if p.lemma in _APPEAR and (_APPEAR[p.lemma] is None or _APPEAR[p.lemma] in p.particles):
        return ("hedged", 3, "drift_appeared")
    if _went_on(p):
        return ("hedged", 3, "drift_carried_on")
    return None
