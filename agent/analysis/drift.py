"""Drift with no hedge word: a choice nobody made, that simply persisted, came along or was inherited.

"the debug flag stayed on for two years", "the cron job kept running long after the new pipeline
shipped", "the staging environment was never torn down", "Redis came along with the acquisition",
"we inherited the cluster", "the license auto-renewed", "Python was the language the first engineer
knew, and it stuck".  Operational states are not drift ("the cache entry stayed valid for ten
minutes", "the service stayed up for months"): the persisting thing must be a choice left standing.
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.lemmas import lemma
from agent.analysis.neglect import weathered
from agent.analysis.predicates import Predicate

# States of health or correctness: staying in them is operations, not a choice left standing.
_STATES = frozenset(
    """up down healthy stable green online offline available fast slow alive consistent valid fine quiet warm hot
    cold idle busy safe secure correct accurate fresh stale responsive live warm flat low high steady""".split()
)
# Undoing a choice: "was never turned off / torn down / cleaned up / revisited".
UNDO_VERBS = frozenset(
    """turn tear clean revisit remove retire decommission migrate upgrade reconsider change question replace
    rethink review delete deprecate sunset kill disable drop touch challenge update fix replace shut spin wind switch
    archive roll withdraw revoke rescind cancel lift""".split()
)
UNDO_PARTICLES = frozenset({"off", "down", "up", "out", "away"})
_NEGLECT = frozenset({"never", "nobody", "no", "just", "simply", "still", "ever", "anyone", "accident", "mistake"})
_SPAN_MARKERS = frozenset({"long", "ever", "forever", "still", "since"})
_LEFT_AS = frozenset(
    {"on", "in", "running", "enabled", "as", "there", "around", "alone", "place", "behind", "up", "live"}
)


def _span_or_neglect(verb) -> bool:
    """A time span of months or years, "long after", "ever since", or nobody/never/just in the clause."""
    for t in verb.subtree:
        low = t.lower_
        if lemma(low, t.tag_) in frames.PERSIST_SPANS or low in _SPAN_MARKERS or low in _NEGLECT:
            return True
    return False


_LINKS = frozenset({"so", "then", "and", "thus"})  # "..., so it stayed": a link to the clause before, not a place
_GOING = frozenset({"run", "sit", "idle", "tick", "stand", "hum", "spin"})


def _perfect(verb) -> bool:
    """ "has been running", "had been sitting": a state held up to then, told in the perfect progressive."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "been" in aux and any(a in ("has", "have", "had", "'s", "'d") for a in aux)


def _left_going(verb) -> bool:
    """ "was left running / sitting / idling"."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and lemma(c.lower_) in _GOING for c in verb.children)


def _definite_object(verb) -> bool:
    """ "turned the legacy flag off", "retired it": one standing thing, not "rolled back a release" (any release)."""
    for o in verb.children:
        if o.dep_ == "dobj":
            return o.lower_ in ("it", "them", "that", "this") or any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every", "each") for c in o.children
            )
    return False


def _speaker_acts(verb) -> bool:
    """The speaker is a subject somewhere in the sentence ("because I benchmarked them"): they give a reason."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in lexicon.SELF_WORDS for t in verb.sent)


def _ever_or_span(verb) -> bool:
    return any(
        t.lower_ in ("ever", "since", "forever") or lemma(t.lower_, t.tag_) in frames.PERSIST_SPANS
        for t in verb.subtree
    )


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
OUTLIVED = frozenset(
    """reorg reorgs reorganization reorganisation rewrite rewrites migration migrations redesign redesigns cleanup
    cleanups refactor refactors owner owners team teams manager managers lead leads replacement replacements
    initiative initiatives roadmap roadmaps plan plans attempt attempts""".split()
)


def drift(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when the predicate narrates a choice that persisted, arrived or was inherited."""
    lem, verb = p.lemma, p.tok
    if not (p.past or _perfect(verb)) or p.modal or (p.actor == "self" and lem != "inherit"):
        return None
    if (
        lem in ("outlive", "outlast", "survive")
        and p.actor in ("thing", "it", "component")
        and any(lemma(o.lower_, o.tag_) in OUTLIVED for o in verb.children if o.dep_ == "dobj")
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
    renewing = lem in frames.RENEW_VERBS or (lem == "roll" and "over" in p.particles)
    if p.actor in ("self", "authority", "someone") or (
        p.actor == "process" and lem not in frames.PERSIST_VERBS and not renewing
    ):
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
    if lem == "come" and any(
        c.dep_ in ("acomp", "xcomp", "oprd") and c.tag_ == "VBN" and any(g.lower_ == "with" for g in c.children)
        for c in verb.children
    ):
        return (3, "came_with")  # "it came bundled with the platform", "came preinstalled with the image"
    if lem == "stick" and not (p.particles & {"with", "to", "by", "in", "out"}) and not p.objects:
        return (3, "it_stuck")
    if lem == "leave" and p.passive and (p.particles & _LEFT_AS or any(c.dep_ == "oprd" for c in verb.children)):
        return (3, "left_as_it_was")
    if lem == "leave" and p.passive and _left_going(verb) and _span_or_neglect(verb):
        return (3, "left_as_it_was")  # "the staging cluster was left running and nobody noticed for a year"
    if (
        p.actor == "nobody"
        and lem in UNDO_VERBS
        and _ever_or_span(verb)
        and (lem != "turn" or p.particles & UNDO_PARTICLES)
        and _definite_object(verb)
    ):
        return (3, "never_undone")  # "nobody ever turned the legacy pricing flag off"
    if (
        p.negated
        and lem in UNDO_VERBS
        and (p.passive or p.actor in ("it", "thing", "nobody"))
        and any(c.lower_ == "never" for c in verb.children)
    ):
        if lem != "turn" or p.particles & UNDO_PARTICLES:
            return (3, "never_undone")
    if lem == "leave" and p.negated and p.actor in ("it", "thing"):
        return (3, "never_left")
    if (
        lem == "run"
        and not p.objects
        and any(t.lower_ == "since" or lemma(t.lower_) in frames.PERSIST_SPANS for t in verb.subtree)
        and not weathered(verb)
    ):
        return (3, "persisted")  # "that cron job had been running since before anyone joined"
    if lem in frames.PERSIST_VERBS and not p.passive and not _complement_state(verb) and not weathered(verb):
        gerund = any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)
        if lem == "keep" and not gerund:
            return None  # "we kept the old API" is an act, read elsewhere
        if p.objects and lem not in ("keep", "stay", "remain"):
            return None  # "the default region just stayed us-east-1 forever": a complement, not an object
        if _span_or_neglect(verb) or (
            lem == "stay"
            and not any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ not in _LINKS for c in verb.children)
        ):
            return (3, "persisted")
    return None


ASSUMING_VERBS = frozenset({"assume", "think", "believe", "figure", "presume", "suppose", "imagine"})
_EACH = frozenset({"each", "every", "both", "all"})
_OWNING = frozenset({"own", "decide", "choose", "pick", "approve", "select", "make", "sign"})
_CHOICE_NOUNS = frozenset({"choice", "call", "decision", "decisions", "choices"})


def assumed_elsewhere(p: Predicate) -> bool:
    """ "each store assumed head office had picked the till software", "both teams thought the other owned the
    choice": every party believed someone else decided, so nobody did."""
    if p.lemma not in ASSUMING_VERBS or not p.past or p.negated or p.modal or p.subj is None:
        return False
    subj = p.subj
    distributive = any(c.lower_ in _EACH for c in subj.children) or subj.lower_ in ("everyone", "everybody")
    if not distributive:
        return False
    for c in p.tok.children:
        if c.dep_ == "ccomp" and c.i > p.tok.i:
            if any(s.dep_ == "nsubj" and s.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS for s in c.children):
                continue  # "everyone thought I had made the right call"
            if lemma(c.lower_, c.tag_) in _OWNING or any(lemma(t.lower_) in _CHOICE_NOUNS for t in c.subtree):
                return True
    return False


_STOCK = frozenset({"default", "stock", "original", "out-of-the-box", "factory", "starter", "bundled", "boilerplate"})
_IN_USE = frozenset({"use", "run", "ship", "keep", "rely"})


def _stock_thing(tok) -> bool:
    return any(t.lower_ in _STOCK for t in tok.subtree if t.i < tok.i)  # "the stock payment page"


_IN_SERVICE = frozenset({"use", "place", "service", "production", "operation"})


def in_use_since(verb) -> bool:
    """ "the paper forms have been in use since the nineties": a thing someone chose once, still standing."""
    if lemma(verb.lower_, verb.tag_) != "be" or verb.tag_ not in ("VBD", "VBN"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS or _speaker_acts(verb):
        return False
    if lemma(subj.lower_, subj.tag_) in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS | lexicon.GROUP_NOUNS:
        return False
    in_use = any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in _IN_SERVICE for o in c.children)
        for c in verb.children
    )
    return in_use and any(t.lower_ == "since" or lemma(t.lower_, t.tag_) in frames.PERSIST_SPANS for t in verb.subtree)


def still_on_default(verb) -> bool:
    """A default nobody replaced, still in use: "the default theme from the CMS is still what the newsroom uses",
    "we still use the stock config".  The speaker keeping it on purpose says so, and is read elsewhere."""
    if verb.tag_ not in ("VBZ", "VBP") or not any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("i", "me") or _speaker_acts(verb):
        return False
    if lemma(verb.lower_, verb.tag_) == "be":
        return _stock_thing(subj) and any(
            c.dep_ == "ccomp" and lemma(c.lower_, c.tag_) in _IN_USE for c in verb.children
        )
    return lemma(verb.lower_, verb.tag_) in _IN_USE and any(c.dep_ == "dobj" and _stock_thing(c) for c in verb.children)
