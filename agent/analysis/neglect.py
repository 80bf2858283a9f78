"""Drift told with no hedge word: a choice kept by inertia, or lost because nobody owned it (hedged).

- kept through inertia or habit: "we stayed on the old broker for years, mostly out of habit", "the old build
  scripts stuck around through sheer momentum";
- ownership that fell between people: "renewing the domain fell between two teams", "it slipped through the
  cracks", "responsibility for the backups got lost in the reorg", "ownership was split between ops and networking,
  and the renewal lapsed";
- nobody given the job: "nobody was tasked with pruning the branches", "no one was put in charge of the dashboards";
- attention given up: "the suite got so flaky that people stopped looking at it";
- a thing let limp on: "we let the old stack limp along", "the legacy exporter hobbled on for another two years".

Near misses stay with their own readers: the speaker keeping a thing on purpose is self, a system that "kept
serving traffic after the zone went down" or "ran every night for years without a failure" is a state of health
(``weathered``, used by the drift rules), and "the work was split between the two teams" is not drift without a
lapse after it.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_INERTIA = frozenset({"inertia", "momentum", "habit", "autopilot"})
_INERTIA_PREPS = frozenset({"through", "of", "by", "from", "on"})
_KEEPING = frozenset(
    """keep stay remain stick hang linger persist survive continue carry live run renew use let leave""".split()
)
_OWNERSHIP = frozenset({"ownership", "responsibility", "accountability", "stewardship", "upkeep", "custody"})
_LOST = frozenset({"lose", "evaporate", "vanish", "disappear", "fade", "fall", "slip", "drift", "blur", "scatter"})
_SPLIT = frozenset({"split", "share", "divide", "spread", "smear"})
_LAPSING = frozenset(
    """lapse expire stop rot decay die break fail slip wither atrophy fester languish drift rust""".split()
)
_FALLING = frozenset({"fall", "slip", "drop"})
_CRACKS = frozenset({"crack", "cracks", "stool", "stools", "chair", "chairs", "gap", "gaps"})
_ASSIGNING = frozenset({"task", "assign", "give", "put", "make", "charge", "appoint", "nominate"})
_DUTIES = frozenset(
    """ownership job task charge role remit duty responsibility responsibilities care upkeep custody""".split()
)
_ANSWERABLE = frozenset({"responsible", "accountable", "owner", "owners", "custodian", "steward"})
# People inside the work, whose attention lapsing is drift ("people stopped looking"), not customers or a market.
_PERSONS = frozenset({"me", "us", "him", "her", "you", "myself", "each"})
_INSIDERS = frozenset(
    """people everyone everybody folk folks engineer developer dev devs tester reviewer team operator staff analyst
    colleague teammate oncall on-call sre ops""".split()
)
_STOPPING = frozenset({"stop", "quit", "cease"})
_ATTENDING = frozenset(
    """look check trust read watch notice care react respond bother believe open heed follow mind monitor""".split()
)
_ALONG = frozenset(
    """limp hobble muddle linger drag stagger trundle chug rot decay languish coast wither fester shamble totter
    moulder molder""".split()
)
_ALONG_WAYS = frozenset({"on", "along", "by", "through"})
LEMMAS = _KEEPING | _LOST | _SPLIT | _FALLING | _ASSIGNING | _STOPPING | _ALONG


def _inertia(verb) -> bool:
    """ "out of habit", "through sheer momentum", "by inertia" hung on ``verb`` (one preposition deep, or two)."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for t in c.subtree:
            if t.lower_ in _INERTIA and t.head.lower_ in _INERTIA_PREPS:
                return True
    return False


def _lapse_follows(verb) -> bool:
    """A lapse told in a clause joined to ``verb``: "..., and the renewal quietly lapsed"."""
    return any(c.dep_ in ("conj", "advcl") and lemma(c.lower_, c.tag_) in _LAPSING for c in verb.children)


def _ownership(subj) -> bool:
    return subj is not None and lemma(subj.lower_, subj.tag_) in _OWNERSHIP


def _nobody(subj) -> bool:
    if subj is None:
        return False
    low = subj.lower_
    return low in lexicon.NOBODY_WORDS or (low == "one" and any(c.lower_ == "no" for c in subj.children))


_TEAMS = frozenset({"team", "squad", "group", "department", "org", "function", "desk", "chair", "stool", "owner"})
_TASKS = frozenset(
    """task job work renewal upgrade upgrades patching migration cleanup maintenance rotation fix ticket chore
    follow-up followup review audit""".split()
)


def _teams(obj) -> bool:
    """ "between the platform group and security", "between three squads": people or teams, not dates or players."""
    conj = [obj, *(t for t in obj.subtree if t.dep_ == "conj")]
    return any(
        category(t) in ("group", "authority", "process", "we") or lemma(t.lower_, t.tag_) in _TEAMS for t in conj
    ) and not any(category(t) == "self" for t in conj)


def _duty_subject(p: Predicate) -> bool:
    subj = p.subj
    if subj is None:
        return False
    return subj.tag_ == "VBG" or lemma(subj.lower_, subj.tag_) in _TASKS | _DUTIES | _OWNERSHIP


def _fell_between(verb) -> bool:
    """ "fell between the two teams", "slipped through the cracks", "fell between two stools"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            if any(o.dep_ == "pobj" and _teams(o) for o in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ in ("through", "into"):
            if any(lemma(o.lower_, o.tag_) in _CRACKS or o.lower_ in _CRACKS for o in c.children):
                return True
    return False


def _let_linger(verb) -> bool:
    """ "let the old stack limp along": the thing let go on is left to decline (the tagger may read it as JJ)."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "dep") and lemma(c.lower_, "VB") in _ALONG and c.lower_ != "let"
        for c in verb.children
    )


def _assigned(p: Predicate) -> bool:
    """ "nobody was tasked with pruning", "no one was given ownership", "no one was made responsible", "nobody was
    put in charge", "the renewal was assigned to nobody": not "no one was given access" or "nobody was charged"."""
    verb, lem = p.tok, p.lemma
    if not p.passive or lem not in _ASSIGNING:
        return False
    if not _nobody(p.subj):
        return lem == "assign" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_nobody(o) for o in c.children) for c in verb.children
        )
    if lem in ("task", "charge"):
        return "with" in p.particles or any(c.lower_ == "with" for c in verb.children)
    if lem == "give":
        return any(c.dep_ == "dobj" and lemma(c.lower_, c.tag_) in _DUTIES for c in verb.children)
    if lem == "make":
        return any(c.lower_ in _ANSWERABLE for c in verb.children if c.dep_ in ("oprd", "acomp", "attr", "xcomp"))
    if lem == "put":
        return any(
            c.dep_ == "prep" and c.lower_ == "in" and "charge" in {g.lower_ for g in c.children} for c in verb.children
        )
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    return all(lemma(o.lower_, o.tag_) in _DUTIES for o in objects)  # assigned, appointed; not "assigned a desk"


def _stopped_attending(p: Predicate) -> bool:
    """ "people stopped looking at the nightly build", "engineers muted it and stopped reading it"."""
    if p.lemma not in _STOPPING or p.negated or p.subj is None or lemma(p.subj.lower_, p.subj.tag_) not in _INSIDERS:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBG"
        and lemma(c.lower_, c.tag_) in _ATTENDING
        and not any(t.lower_ in _PERSONS for t in c.subtree)
        for c in p.tok.children
    )  # not "people stopped looking at me funny"


def neglected(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when the predicate tells a choice kept by inertia or left because nobody owned it."""
    lem, verb = p.lemma, p.tok
    if p.modal:
        return None
    past = p.past or (verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN"))
    past = past or (lem == "quit" and verb.sent.root.tag_ == "VBD")  # "became so flaky that people quit looking"
    if past and _stopped_attending(p):
        return (3, "stopped_looking")  # "people stopped looking at the nightly build"
    if p.actor in ("self", "authority", "process", "someone"):
        return None
    if lem == "let" and verb.tag_.startswith("VB") and not p.negated and _let_linger(verb):
        return (3, "let_linger")  # "we let the old billing scripts hobble along"
    if not past:
        return None
    if lem in _KEEPING and _inertia(verb):
        return (3, "inertia")  # "we kept the old session store around for years, out of habit"
    if lem in _FALLING and not p.passive and _duty_subject(p) and _fell_between(verb):
        return (3, "fell_between")  # "renewing the certificate fell between platform and security"
    if _ownership(p.subj) and (lem in _LOST or (lem in _SPLIT and p.passive and _lapse_follows(verb))):
        return (3, "ownership_lost")  # "responsibility for the backups got lost in the reorg"
    if _assigned(p):
        return (3, "nobody_assigned")  # "nobody was tasked with pruning the old branches"
    subject_thing = p.actor in ("it", "thing") or (p.actor == "none" and verb.dep_ == "acl")
    if lem in _ALONG and _going_on(verb) and subject_thing and _span(verb):
        return (3, "limped_on")  # "the legacy exporter hobbled on for another two years"
    return None


def _going_on(verb) -> bool:
    """ "limped on", "hobbled along" as a particle or bare adverb, not "limped on the injured leg"."""
    return any(
        c.lower_ in _ALONG_WAYS and not any(o.dep_ in ("pobj", "pcomp") for o in c.children) for c in verb.children
    )


_SPANS = frozenset({"year", "years", "month", "months", "decade", "decades", "quarter", "quarters", "ages"})


def _span(verb) -> bool:
    return any(t.lower_ in _SPANS for t in verb.subtree)


_FAILING = frozenset({"fail", "crash", "die", "break", "burn", "flood", "collapse"})
_FAILURES = frozenset(
    """failure failures outage outages restart restarts reboot reboots hiccup hiccups glitch glitches incident
    incidents error errors crash crashes downtime interruption interruptions problem problems issue issues""".split()
)


def weathered(verb) -> bool:
    """A system lasting as a state of health: "kept serving traffic long after the primary zone went down",
    "has run every night for years without a failure"; it narrates no choice left standing."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "without":
            if any(lemma(o.lower_, o.tag_) in _FAILURES or o.lower_ in _FAILURES for o in c.subtree):
                return True
    for t in verb.subtree:
        if t.dep_ == "advcl" and any(m.lower_ in ("after", "when", "while", "through") for m in t.children):
            low = lemma(t.lower_, t.tag_)
            if low in _FAILING or (low == "go" and any(c.lower_ in ("down", "dark", "offline") for c in t.children)):
                return True
    return False
