"""Drift nobody chose: undertakings that lapsed or carried on by themselves, and things let go to seed.

The frames: an effort ending without anyone ending it ("the funding dried up", "the pilot fizzled out",
"the rewrite died on the vine", "the weekly sync just stopped happening", "the migration never restarted"),
an arrangement carrying on without anyone keeping it ("the rota carried on unchanged after the reorg"),
and a thing let go to seed ("we let the old API linger": drift, not a choice).  All of it is drift nobody chose
(hedged, the repo's convention); approvals with no approver named are read in ``unnamed``.

The subject must be an undertaking or arrangement someone could have chosen to end or keep: "the concert fizzled
out", "the battery died", "the meeting carried on after lunch" are events, not choices left to lapse.
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.drift import OUTLIVED, UNDO_PARTICLES, UNDO_VERBS
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
LEMMAS = frozenset(_APPEAR) | _ENDING | _RESTART | frozenset(_GOING_ON) | _SEED | {"stop", "let"}


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


def _came_bundled(p: Predicate) -> bool:
    """ "the rules engine came bundled with the warehouse software": whatever the parser makes of the subject."""
    if p.lemma != "come" or not p.past or p.actor in ("self", "we", "authority", "someone"):
        return False
    return any(
        c.dep_ in ("acomp", "xcomp", "oprd") and c.tag_ == "VBN" and any(g.lower_ == "with" for g in c.children)
        for c in p.tok.children
    )


def _rule_left_standing(p: Predicate) -> bool:
    """ "the Friday deploy freeze was simply never lifted": a rule or freeze nobody undid (drift reads the same of
    things; a rule's subject reads as a process, so it is read here)."""
    verb = p.tok
    return (
        p.passive
        and p.past
        and p.actor == "process"
        and not p.agent
        and p.lemma in UNDO_VERBS
        and (p.lemma != "turn" or bool(p.particles & UNDO_PARTICLES))
        and any(c.lower_ == "never" for c in verb.children)
    )


# What is handed down as an order or a design is someone's call ("the schema was handed down from the data org").
_ORDERED = (
    frames.DECISION_NOUNS
    | frames.DIRECTIVE_NOUNS
    | frames.PERMISSION_NOUNS
    | frozenset(
        "design spec specs schema requirements requirement architecture roadmap priorities direction scope".split()
    )
)


def _handed_down(p: Predicate) -> bool:
    """ "the spreadsheet tracker was handed down from the previous coordinator": inherited, nobody chose it."""
    if p.lemma not in ("hand", "pass") or not p.passive or not p.past or "down" not in p.particles or p.agent:
        return False
    if p.subj is None or p.subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS:
        return False
    return lemma(p.subj.lower_, p.subj.tag_) not in _ORDERED and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in p.tok.children
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
    """(locus, strength, cue) for the frames above (the speaker's own "I let the trial lapse" is theirs)."""
    if p.modal or p.counterfactual:
        return None
    if (p.past or p.tok.tag_ == "VB") and _let_to_seed(p):
        return ("hedged", 3, "drift_let_lapse")
    if p.actor == "self" and not p.negated and p.lemma == "let" and _seed_verb(p.tok):
        return ("self", 2, "self_let_lapse")  # "I let the trial lapse because the tool was too slow"
    if _came_bundled(p):
        return ("hedged", 3, "drift_came_with")
    if _rule_left_standing(p):
        return ("hedged", 3, "drift_never_undone")
    if _handed_down(p):
        return ("hedged", 3, "drift_handed_down")
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
