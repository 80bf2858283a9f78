"""Drift with no hedge word: a choice nobody made, that simply persisted, came along or was inherited.

"the debug flag stayed on for two years", "the cron job kept running long after the new pipeline
shipped", "the staging environment was never torn down", "Redis came along with the acquisition",
"we inherited the cluster", "the license auto-renewed", "Python was the language the first engineer
knew, and it stuck".  Operational states are not drift ("the cache entry stayed valid for ten
minutes", "the service stayed up for months"): the persisting thing must be a choice left standing.
"""

from __future__ import annotations

from agent.analysis import frames
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

# States of health or correctness: staying in them is operations, not a choice left standing.
_STATES = frozenset(
    """up down healthy stable green online offline available fast slow alive consistent valid fine quiet warm hot
    cold idle busy safe secure correct accurate fresh stale responsive live warm flat low high steady""".split()
)
# Undoing a choice: "was never turned off / torn down / cleaned up / revisited".
_UNDO = frozenset(
    """turn tear clean revisit remove retire decommission migrate upgrade reconsider change question replace
    rethink review delete deprecate sunset kill disable drop touch challenge update fix replace shut spin wind switch
    archive roll""".split()
)
_UNDO_PARTICLES = frozenset({"off", "down", "up", "out", "away"})
_NEGLECT = frozenset({"never", "nobody", "no", "just", "simply", "still", "ever", "anyone"})
_SPAN_MARKERS = frozenset({"long", "ever", "forever", "still", "since"})
_LEFT_AS = frozenset({"on", "in", "running", "enabled", "as", "there", "around", "alone", "place", "behind"})


def _span_or_neglect(verb) -> bool:
    """A time span of months or years, "long after", "ever since", or nobody/never/just in the clause."""
    for t in verb.subtree:
        low = t.lower_
        if lemma(low, t.tag_) in frames.PERSIST_SPANS or low in _SPAN_MARKERS or low in _NEGLECT:
            return True
    return False


def _complement_state(verb) -> bool:
    return any(c.dep_ in ("acomp", "advmod", "prt", "oprd") and c.lower_ in _STATES for c in verb.children)


# Carrying a setting forward from an older thing: "the region list was copied forward from version one".
CARRIED_VERBS = frozenset({"copy", "carry", "port", "bring", "drag", "lift", "copy-paste", "paste", "clone"})
_CARRIED_WAYS = frozenset({"forward", "along", "over", "across", "from"})
# Things that are choices someone could have made (settings, conventions), not data or systems.
_CHOICES = frozenset(
    """config configuration setting settings limit limits list value values default defaults timeout timeouts threshold
    thresholds policy pattern approach template convention conventions rule rules layout format naming structure style
    workaround hack setup choice decision assumption number constant""".split()
)


# What a leftover outlives: the people and plans that could have removed it ("the workaround outlived three reorgs").
_OUTLIVED = frozenset(
    """reorg reorgs reorganization reorganisation rewrite rewrites migration migrations redesign redesigns cleanup
    cleanups refactor refactors owner owners team teams manager managers lead leads replacement replacements
    initiative initiatives roadmap roadmaps plan plans attempt attempts""".split()
)


def drift(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when the predicate narrates a choice that persisted, arrived or was inherited."""
    lem, verb = p.lemma, p.tok
    if not p.past or p.modal or (p.actor == "self" and lem != "inherit"):
        return None
    if (
        lem in ("outlive", "outlast", "survive")
        and p.actor in ("thing", "it", "component")
        and any(lemma(o.lower_, o.tag_) in _OUTLIVED for o in verb.children if o.dep_ == "dobj")
    ):
        return (3, "outlived")
    if (
        lem in CARRIED_VERBS
        and p.passive
        and not p.agent
        and p.particles & _CARRIED_WAYS
        and p.subj is not None
        and lemma(p.subj.lower_, p.subj.tag_) in _CHOICES
    ):
        return (3, "carried_forward")  # "the retry limit just got carried along from the old client"
    if lem in frames.INHERIT_VERBS and not p.agent and (p.passive or p.tok.dep_ == "acomp"):
        return (3, "inherited")  # "the Perl scripts were inherited from the team before us"
    if lem in frames.INHERIT_VERBS and p.actor in ("self", "we", "group"):
        return (2, "inherited")  # weaker than what the speaker did with it afterwards
    if p.actor in ("self", "authority", "someone") or (p.actor == "process" and lem not in frames.PERSIST_VERBS):
        return None  # a schedule or policy that "stayed the same since ..." persisted like any thing
    if p.actor == "we" and lem not in ("stay", "remain", "stick"):
        return None
    if (lem in frames.RENEW_VERBS and (not p.objects or "itself" in p.objects)) or (
        lem == "roll" and "over" in p.particles
    ):
        return (3, "renewed_itself")
    if (
        lem == "come"
        and ("along" in p.particles or "with" in p.particles)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    ):
        return (3, "came_with")
    if lem == "stick" and not (p.particles & {"with", "to", "by", "in", "out"}) and not p.objects:
        return (3, "it_stuck")
    if lem == "leave" and p.passive and (p.particles & _LEFT_AS or any(c.dep_ == "oprd" for c in verb.children)):
        return (3, "left_as_it_was")
    if (
        p.negated
        and lem in _UNDO
        and (p.passive or p.actor in ("it", "thing", "nobody"))
        and any(c.lower_ == "never" for c in verb.children)
    ):
        if lem != "turn" or p.particles & _UNDO_PARTICLES:
            return (3, "never_undone")
    if lem == "leave" and p.negated and p.actor in ("it", "thing"):
        return (3, "never_left")
    if (
        lem == "run"
        and not p.objects
        and any(t.lower_ == "since" or lemma(t.lower_) in frames.PERSIST_SPANS for t in verb.subtree)
    ):
        return (3, "persisted")  # "that cron job had been running since before anyone joined"
    if lem in frames.PERSIST_VERBS and not p.passive and not _complement_state(verb):
        gerund = any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)
        if lem == "keep" and not gerund:
            return None  # "we kept the old API" is an act, read elsewhere
        if p.objects and lem not in ("keep", "stay", "remain"):
            return None  # "the default region just stayed us-east-1 forever": a complement, not an object
        if _span_or_neglect(verb) or (
            lem == "stay" and not any(c.dep_ in ("prep", "advmod", "prt") for c in verb.children)
        ):
            return (3, "persisted")
    return None
