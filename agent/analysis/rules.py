"""Parse rules: turn one verb of a sentence into decision events."""

from __future__ import annotations

import re

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.clauses import (
    TOGETHER,
    joint_with,
    jointly,
    needed_someone_to,
    never_decided,
    opinion_only,
    preference_followed,
    reached_outcome,
    reorganised,
    runtime_item,
    standing_gate,
    taken_off,
    vetted_through,
    what_they_wanted,
)
from agent.analysis.deferral import children_with, defer, gated
from agent.analysis.deferral import until_holder as _until_gate
from agent.analysis.drift import assumed_elsewhere, drift, still_on_default
from agent.analysis.gates import work_gate
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate, negated_by_preposition

ACTOR_LOCUS = {"self": "self", "we": "group", "group": "group", "authority": "authority", "process": "process"}
CORE_PASSIVE = frozenset(
    {
        "decide",
        "agree",
        "approve",
        "choose",
        "pick",
        "select",
        "greenlight",
        "sign",
        "reject",
        "veto",
        "grant",
        "make",
        "okay",
        "authorize",
    }
)
DIRECTIVE = frozenset(
    {
        "require",
        "say",
        "dictate",
        "mandate",
        "force",
        "make",
        "trigger",
        "block",
        "prevent",
        "forbid",
        "prohibit",
        "mean",
        "demand",
        "reject",
        "approve",
        "decide",
        "flag",
        "gate",
        "stop",
        "veto",
        "deny",
        "allow",
        "limit",
        "cap",
        "freeze",
        "halt",
        "pause",
        "kick",
        "revert",
        "roll",
    }
)
TELL_VERBS = frozenset(
    {
        "tell",
        "instruct",
        "order",
        "direct",
        "ask",
        "assign",
        "want",
        "need",
        "make",
        "force",
        "let",
        "allow",
        "push",
        "pressure",
        "have",
        "get",
    }
)
_CAUSATIVE = frozenset({"make", "have", "let", "force", "get"})
_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "if", "which", "who", "when", "where"})
_HABITUAL = frozenset({"usually", "typically", "always", "normally", "generally", "often", "mostly", "collectively"})
RULE_SPEAK = frozenset(
    {"require", "say", "mandate", "dictate", "forbid", "prohibit", "mean", "demand", "insist", "force", "make", "allow"}
)
_PERSON_OBJ = frozenset({"me", "us", "i", "we"})
_EMBEDDING_NOUNS = frozenset(
    {"call", "decision", "choice", "plan", "approval", "permission", "go-ahead", "okay", "consensus", "tradeoff"}
)
_REPORTING = (
    lexicon.CONTENT_VERBS
    | lexicon.DECISION_VERBS
    | frozenset(
        {
            "make",
            "let",
            "have",
            "need",
            "want",
            "mean",
            "see",
            "hear",
            "find",
            "know",
            "wait",
            "think",
            "hope",
            "wish",
            "doubt",
        }
    )
)
INFORM_VERBS = frozenset({"escalate", "tell", "inform", "notify", "loop", "ping", "email", "message", "update"})


def embedded(verb) -> bool:
    """True when ``verb`` is the content of another decision/report ("decided to roll back")."""
    tok = verb
    for _ in range(6):
        dep = tok.dep_
        if dep == "conj":
            if tok.tag_ == "VBD" and tok.head.tag_ == "VB":
                return False  # a finite past verb is not part of an infinitive: misattached
            tok = tok.head
            continue
        if dep == "xcomp":
            # "I had to get approval": the obligation's complement is the event itself.
            return not (
                lemma(tok.head.lower_) in ("have", "need", "get") and any(c.lower_ == "to" for c in tok.children)
            )
        if dep == "ccomp":
            # Leftward or comma-spliced "complements" are the parser reading "X, so Y" or "..., I said Y".
            if tok.i < tok.head.i or _comma_spliced(tok):
                return False
            if _epistemic_frame(tok.head):
                return False  # "I guess the window ended up at 90 days": the hedge frames a narrated event
            return lemma(tok.head.lower_) in _REPORTING or lemma(tok.head.lower_) in ("get", "have", "make", "let")
        return bool(dep == "acl" and lemma(tok.head.lower_) in _EMBEDDING_NOUNS)
    return False


_EPISTEMIC = frozenset({"guess", "think", "believe", "suppose", "reckon", "recall", "remember"})


def _epistemic_frame(head) -> bool:
    """ "I guess / I think / I believe" in the present: a memory hedge, not a report of someone's words."""
    return (
        head.tag_ == "VBP"
        and lemma(head.lower_) in _EPISTEMIC
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children)
    )


def _comma_spliced(verb) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    first = subj.left_edge.i
    return first > 0 and verb.doc[first - 1].text in (",", ";", ":", "-", "--")


def _is_decision(p: Predicate) -> bool:
    lem, parts, objs = p.lemma, p.particles, p.objects
    if lem in ("reach", "come", "arrive", "meet") and reached_outcome(p.tok, lem):
        return True  # "came to an agreement", "reached a shared decision", "met halfway"
    if lem == "agree" and not parts & {"on", "to", "with", "upon"} and opinion_only(p.tok):
        return False  # "everyone agreed the outage was bad": a shared opinion, not a decision
    if lem == "sign" and set(objs) & _SIGNED:
        return True  # "the VP had already signed the contract"
    if lem == "go" and "for" in parts and _outing(p.tok):
        return False  # "the night editor and I went for coffee": an outing, not a choice
    if lem in lexicon.DECISION_PHRASAL:
        wanted = lexicon.DECISION_PHRASAL[lem]
        if parts & wanted or set(objs) & wanted or _next_word(p.tok) in wanted or _object_particle(p.tok) in wanted:
            return True
        if lem in ("sign", "go", "land", "make", "give", "have", "call", "settle"):
            return lem == "settle" and (
                not (parts - TOGETHER) or bool(objs)
            )  # "settled the flow together", "settled it between them"
    if lem == "own":
        return bool(set(objs) & {"decision", "call", "choice", "that", "it", "plan", "outcome", "rollback"})
    if lem == "commit":
        return "to" in parts
    if lem == "clear":
        return False
    if lem == "align":
        return True
    return lem in lexicon.DECISION_VERBS


_OUTINGS = frozenset(
    "coffee lunch dinner breakfast brunch drink drinks beer beers walk run jog swim drive ride smoke break pizza".split()
)


def _prep_object_in(verb, prep: str, words: frozenset[str]) -> bool:
    """Some object of ``verb``'s preposition ``prep`` is one of ``words`` ("went for coffee", "turned into a blocker")."""
    return any(
        o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in words
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == prep
        for o in c.children
    )


def _outing(verb) -> bool:
    return _prep_object_in(verb, "for", _OUTINGS)


def _object_particle(verb) -> str:
    """A particle the parser hung on the object: "hashed [the flow out] between them"."""
    for o in verb.children:
        if o.dep_ == "dobj":
            for g in o.children:
                if g.dep_ == "prt":
                    return g.lower_
    return ""


def _next_word(verb) -> str:
    """The word right after ``verb``: a particle the parser hung on the object ("settled on X")."""
    doc = verb.doc
    return doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""


def _is_action(p: Predicate) -> bool:
    lem, parts = p.lemma, p.particles
    if lem not in lexicon.ACTION_VERBS:
        return False
    if lem == "fail":
        return "over" in parts
    if lem in ("turn", "shut", "spin"):
        return bool(parts & {"off", "on", "down", "up"})
    if lem == "roll":
        return bool(parts & {"back", "out", "forward"})
    if lem == "raise":
        return "with" not in parts
    if lem == "wind":
        return "down" in parts
    return True


_USUAL = frozenset(
    {"normal", "standard", "routine", "customary", "habitual", "default", "usual", "accepted", "expected", "permanent"}
)


_ACCEPTED = frozenset({"official", "canonical", "de-facto", "unofficial"})


def _is_drift(p: Predicate, hedge_near: bool) -> bool:
    lem, parts = p.lemma, p.particles
    if lem in ("end", "wind"):
        if (
            p.actor == "component"
        ):  # "the cache ended up as the bottleneck" is a finding; "somehow the db ended up being used by ..." drifted
            return (
                "up" in parts
                and hedge_near
                and any(lemma(t.lower_) in ("use", "rely", "depend", "own") for t in p.tok.subtree)
            )
        return "up" in parts
    if lem in ("gravitate",):
        return bool(parts & {"to", "toward", "towards"})  # "we gravitated toward Go"
    if lem in _INTO_DRIFT and "into" in parts:
        return not _became_finding(p.tok)  # "the cache turned into a bottleneck": a finding, not a choice
    if lem in _INTO_DRIFT and lem not in _DRIFT_ALONE:
        return lem == "grow" and hedge_near  # "the suite grew organically until ..."
    if lem == "creep":
        return bool(parts & {"in", "into"}) or hedge_near  # "it crept in"
    if lem == "make":
        # "the hack somehow made it into the product": it got there with nobody choosing (a hedge says so)
        return "itself" in p.objects or (hedge_near and "it" in p.objects and bool(parts & {"into", "to"}))
    if lem == "win":
        return hedge_near and not p.objects  # "Python sort of won", not "we won the deal"
    if lem == "become" and (
        set(p.objects) & {"default", "standard", "norm", "plan", "convention", "way", "thing", "go-to"}
        or parts & _USUAL
        or any(
            c.dep_ == "attr" and any(g.dep_ == "amod" and g.lower_ in _USUAL | _ACCEPTED for g in c.children)
            for c in p.tok.children
        )
    ):  # "had become the official record"
        return True
    if lem in ("become", "happen", "evolve", "drift", "stick", "emerge", "creep", "morph", "default"):
        return hedge_near or lem == "drift"
    return False


# Verbs of becoming: "X turned / hardened / lapsed into Y" with nobody choosing.
_INTO_DRIFT = frozenset(
    """fall turn grow slide slip morph lapse sneak worm drift harden ossify calcify solidify evolve snowball balloon
    mutate settle""".split()
)
_DRIFT_ALONE = frozenset({"drift", "evolve", "morph"})  # drift without "into" too (read below)
# What a system "turned into" when that is a finding: "the cache turned into a bottleneck".
_FINDINGS = frozenset(
    """bottleneck problem issue hotspot hot-spot mess liability incident outage fire disaster headache risk concern
    failure error leak hazard nightmare pain blocker chokepoint""".split()
)


def _became_finding(verb) -> bool:
    return _prep_object_in(verb, "into", _FINDINGS)


def events_for(p: Predicate, hedge_near: bool, in_quote: bool) -> list[tuple[str, int, str]]:
    """(locus, strength, cue) events for one predicate (often none)."""
    if in_quote:
        return []
    if p.actor == "thing" and p.subj is not None and _stakeholder_decides(p):
        p.actor = "authority"  # "the customer dictated the data model": someone outside the team held the call
    actor, lem = p.actor, p.lemma
    gate = gated(p)
    if gate is not None:
        return [(gate[0], 3, gate[1])]
    if vetted_through(p):
        return [("process", 3, "vetted_through")]  # "had to be vetted through our risk process"
    standing = standing_gate(p)
    if standing is not None:
        return [(standing, 3, "standing_gate")]  # "the CAB has to approve anything that touches prod"
    if p.modal and p.negated and actor not in ("self", "we") and _until_gate(p.tok) is not None:
        return [
            (_until_gate(p.tok), 3, "held_until")
        ]  # "the merge queue wouldn't take the PR until all checks were green"
    if p.modal:
        # "The CISO wouldn't let us launch": a refusal is still their call.
        if (
            p.negated
            and actor in ("authority", "process")
            and lem in ("let", "allow", "approve", "sign", "accept", "budge")
        ):
            return [(ACTOR_LOCUS[actor], 3, "refused")]
        return []
    if p.counterfactual:
        if actor == "self" and p.negated and lem in ("wait", "ask", "escalate", "check"):
            return [("self", 3, "should_not_have_deferred")]  # "I shouldn't have waited for sign-off"
        if actor == "self" and (_is_action(p) or _is_decision(p)) and lem != "escalate" and not _open_condition(p.tok):
            return [("self", 2, "would_have_anyway")]
        return []
    # Asking before / handing up (and its negation, which is ownership).
    deferral = defer(p) if actor in ("self", "we", "group", "none") else None
    if deferral is not None:
        if p.negated or negated_by_preposition(p.tok):
            return [("self", 4, "did_not_defer")] if actor in ("self", "none") else []
        return [(deferral[0], 3 if deferral[1] not in ("escalated", "handed_up") else 2, deferral[1])]
    work = work_gate(p)
    if work is not None:
        return [(work[0], 3, work[1])]
    unsure = p.tok.dep_ == "ccomp" and p.tok.head.i < p.tok.i and _epistemic_frame(p.tok.head)
    if (
        _is_drift(p, hedge_near or unsure)
        and (p.past or actor == "it")
        and actor != "self"
        and not (lem in ("end", "wind") and p.subj is not None and runtime_item(p.subj))
    ):  # "I suppose the team defaulted to REST"; not "somehow the request ended up on the wrong shard"
        return [("hedged", 3, "drift_" + lem)]
    if (
        lem in ("insist", "demand")
        and p.past
        and not p.negated
        and p.subj is not None
        and holder_locus(p.subj) in ("authority", "group", "process")
    ):
        return [
            (holder_locus(p.subj), 3, "insisted")
        ]  # "the client insisted on keeping their CSV drop", "the CISO demanded ..."
    if assumed_elsewhere(p):
        return [("hedged", 4, "assumed_elsewhere")]
    if p.actor not in ("self", "authority", "process") and still_on_default(p.tok):
        return [("hedged", 3, "drift_default")]  # "we still use the stock config"
    persisted = drift(p)
    if persisted is not None:
        return [("hedged", persisted[0], "drift_" + persisted[1])]
    if hedge_near and p.past and lem in frames.PERSIST_VERBS and actor in ("we", "group", "it", "thing"):
        return [("hedged", 3, "drift_" + lem)]  # "sort of out of habit, we stayed on Jenkins"
    if (
        lem in frames.PREFER_VERBS | frames.COMMIT_VERBS
        and p.past
        and not p.negated
        and (actor in ("authority", "group", "process") or (p.subj is not None and holder_locus(p.subj) == "authority"))
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in p.tok.children)
        and (_COMPLY.search(p.tok.sent.text) or preference_followed(p.tok))
    ):
        return [
            (ACTOR_LOCUS.get(actor, "authority"), 3, "preferred_and_followed")
        ]  # "our investors wanted us on Azure, so we migrated"  # "the CTO liked Kotlin, so Kotlin it was"
    if lem == "go" and "along" in p.particles and actor in ("self", "we"):
        who = _went_along_with(p.tok)
        if who == "it":
            return [("authority", 2, "went_along_it")]  # settled against the earlier clause (arbitrate.py)
        if who is not None:
            return [(who, 3, "went_along")]  # "we went along with what the architect wanted"
    # Someone else tells the speaker what to do.
    if lem in TELL_VERBS and actor in ("authority", "process", "group") and not p.negated:
        objs = {c.lower_ for c in p.tok.children if c.dep_ in ("dobj", "dative")} | {
            g.lower_
            for c in p.tok.children
            if c.dep_ == "ccomp" and not _comma_spliced(c)
            for g in c.children
            if g.dep_ == "nsubj"
        }
        has_content = any(
            c.dep_ == "xcomp"
            or (
                c.dep_ == "ccomp"
                and lem != "ask"
                and c.left_edge.lower_ not in _QUESTION_WORDS
                and not _comma_spliced(c)
            )
            for c in [*p.tok.children, *(g for a in p.tok.children if a.dep_ == "advmod" for g in a.children)]
        )  # "told me point blank that ...": the parser may hang the content on the adverb
        if lem in ("want", "need") and has_content:
            return [(ACTOR_LOCUS[actor], 1, "preferred")]
        if has_content and (objs & _PERSON_OBJ or (objs and (actor == "process" or lem in _CAUSATIVE))):
            return [(ACTOR_LOCUS[actor], 3, "instructed")]
        if lem == "tell" and objs & lexicon.GROUP_NOUNS and _binding_content(p.tok):
            return [(ACTOR_LOCUS[actor], 3, "instructed")]  # "told the team flat out that the date would not move"
    if p.passive and actor in ("self", "we") and lem in ("ask", "tell", "assign", "instruct", "order", "direct"):
        return [(ACTOR_LOCUS.get(p.agent or "", "authority"), 3, "was_told")]
    if lem == "say" and actor in ("authority", "group", "process", "self"):
        content = [c for c in p.tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
        directive = any(
            lemma(w.lower_)
            in lexicon.DECISION_VERBS | lexicon.ACTION_VERBS | {"wait", "go", "hold", "no", "yes", "ahead"}
            for c in content
            for w in c.subtree
        ) or any(c.lower_ in ("no", "yes") for c in p.tok.children)
        directive = directive or (actor != "self" and any(_imperative(c) for c in content))  # "said execute it"
        if directive:
            strength = 3 if actor != "self" else 2
            if actor == "self" and any(c.lower_ == "no" for c in p.tok.children):
                strength = 3
            return [(ACTOR_LOCUS[actor], strength, "said_directive")]
        return []
    if lem == "tell" and actor == "self" and any(c.dep_ == "ccomp" for c in p.tok.children):
        return [("self", 2, "announced")]
    wanted_by = what_they_wanted(p) or needed_someone_to(p)
    if wanted_by is not None:
        return [(wanted_by, 3, "what_they_wanted")]  # "it came down to what the head of product wanted"
    if lem == "follow" and any(category(o) == "process" for o in children_with(p.tok, ("dobj",))):
        return [("process", 3, "followed_process")]
    decision, action = _is_decision(p), _is_action(p)
    if (
        lem == "do"
        and p.past
        and not any(c.dep_ == "dobj" for c in p.tok.children)
        and actor in ("authority", "group", "process")
        and any(lemma(t.lower_) in lexicon.DECISION_VERBS for t in p.tok.sent)
    ):
        return [(ACTOR_LOCUS[actor], 3, "did_the_deciding")]  # "..., the staff engineer did"
    if call_came_down(p):
        return [("agentless", 3, "call_came_down")]
    if (
        actor == "process"
        and not p.passive
        and (lem in RULE_SPEAK or (p.past and (lem in DIRECTIVE or decision or (action and _transitive(p.tok)))))
    ):
        # A rule or board acting on something; "the travel budget was slashed" has the budget as patient.
        return [("process", 3 if (decision or lem in DIRECTIVE) else 2, "process_" + lem)]
    if never_decided(p):
        return [("hedged", 4, "never_decided")]  # "the choice of Terraform was never really made"
    if reorganised(p) or taken_off(p):
        return [("agentless", 2, "reorganised")]  # "our team got merged into platform", "the roadmap was reset"
    if (
        p.passive
        and decision
        and p.past
        and p.subj is not None
        and p.subj.lower_ in ("nothing", "none")
        and not p.agent
    ):
        return [("hedged", 4, "nothing_decided")]  # "nothing was ever really decided"
    phrasal = frames.PASSIVE_FRAME_PHRASAL.get(lem) in p.particles or (
        lem == "let" and any(c.dep_ == "xcomp" and c.lower_ == "go" for c in p.tok.children)
    )  # "the contractor team got let go"
    handed = lem in frames.HANDING_VERBS and p.agent in ACTOR_LOCUS and p.agent not in ("self", "we")
    announced = lem in frames.ANNOUNCE_VERBS
    if p.passive and (decision or action or phrasal or handed or announced or lem in lexicon.PASSIVE_DECISION_VERBS):
        if p.agent == "component" or (
            p.subj is not None and runtime_item(p.subj) and (not decision or p.agent in ("thing", "it"))
        ):
            return []  # "the job got killed by the OOM killer", "the request was throttled": the system acting on its data
        if p.agent in ("authority", "group") and jointly(p.tok):
            return [("group", 3, "by_agent")]  # "made jointly by the data and payments teams"
        if p.agent in ACTOR_LOCUS:
            return [(ACTOR_LOCUS[p.agent], 3 if decision else 2, "by_agent")]
        if p.agent is None and _by_speaker(p.tok):
            return [("self", 3 if decision else 2, "by_agent")]  # "moved to biweekly by me", the by-phrase misattached
        if (
            p.past
            and lem in frames.ANNOUNCE_VERBS
            and p.subj is not None
            and lemma(p.subj.lower_) in frames.CHANGE_NOUNS
        ):
            return [("agentless", 2, "announced")]  # "the sunset of the old dashboard was announced"
        if p.past and (phrasal or lem in lexicon.PASSIVE_DECISION_VERBS) and actor not in ("self", "we"):
            return [("agentless", 3 if lem in CORE_PASSIVE else 2, "passive_" + lem)]
        return []
    if not (decision or action):
        if actor == "self" and p.past and not p.passive and not p.negated and lem not in lexicon.NON_AGENCY_VERBS:
            return [("self", 1, "self_did")]  # "I locked the branch": a weak sign of acting on one's own
        return []
    if p.negated:
        # "My manager didn't approve it" still places the call with the manager.
        if decision and actor == "we":
            return [("hedged", 3, "never_really_decided")]
        if decision and actor in ("authority", "group"):
            return [(ACTOR_LOCUS[actor], 3, actor + "_declined")]
        return []
    hedge = (hedge_near and (p.past or decision)) or (
        actor in ("we", "group")
        and p.past
        and p.tok.dep_ == "ccomp"
        and p.tok.head.i < p.tok.i
        and _epistemic_frame(p.tok.head)
    )  # "I suppose we went with Scala because ...": the speaker is unsure how the group's choice came about
    if actor in ("nobody",) and decision and p.past:
        return [("hedged", 4, "nobody_decided")]
    if actor == "someone" and decision and p.past:
        return [("agentless", 3, "someone_decided")]  # "someone made the call, no idea who"
    if actor == "someone" and action and p.past and lem in frames.PASSIVE_FRAME_VERBS and _plan_object(p.tok):
        return [("agentless", 3, "someone_changed_plan")]  # "somebody pulled the on-prem option from the deck"
    if actor == "someone" and action and p.past and _UNKNOWN_WHO.search(p.tok.sent.text):
        # "somebody switched off the backups at some point, nobody knows who": a setting nobody can own any more
        return [("agentless", 3, "someone_unknown")]
    if actor == "self" and decision and joint_with(p.tok):
        return [("group", 3, "decided_with")]  # "along with the SRE lead, I decided"
    if actor == "self":
        if hedge:
            return [("hedged", 2, "hedged_self")]
        return [("self", 3 if decision else 2, "self_" + ("decided" if decision else "acted"))]
    if actor in ("we", "group"):
        if hedge:
            return [("hedged", 3, "hedged_" + lem)]
        if actor == "we" and not p.past:
            habitual = any(c.lower_ in _HABITUAL for c in p.tok.children if c.dep_ == "advmod")
            return [("group", 3, "group_habit")] if decision and habitual else []
        return [("group", 3 if decision else 1, "group_" + ("decided" if decision else "acted"))]
    if actor in ("authority", "thing", "none", "group") and decision and p.past and jointly(p.tok):
        return [("group", 3, "decided_jointly")]  # "the tech leads worked it out between them"
    if actor == "authority":
        if not decision and (not p.past or p.subj is None or p.subj.lower_ in lexicon.THIRD_PERSON):
            return []  # "they merged it": someone else's work, not a decision placed with them
        return [("authority", 3 if decision else 2, "authority_" + ("decided" if decision else "acted"))]
    if actor in ("it", "thing") and hedge and p.past:
        return [("hedged", 3, "hedged_outcome")]
    return []


_COMPLY = re.compile(frames.COMPLY_PHRASES, re.I)
_SIGNED = frozenset({"contract", "deal", "agreement", "order", "po", "lease", "renewal", "sow", "check", "cheque"})
_REGARDLESS = frozenset({"anyway", "regardless", "still", "anyways"})


def _open_condition(verb) -> bool:
    """ "If I had been on call, I would have rolled back": a plain condition, not "even if ... anyway"."""
    kids = list(verb.children)
    if any(c.lower_ in _REGARDLESS for c in kids):
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


def _went_along_with(verb) -> str | None:
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


def _by_speaker(verb) -> bool:
    """ "by me" / "by us" in the verb's own clause, wherever the parser hung it."""
    return any(
        t.lower_ == "by" and any(o.lower_ in ("me", "myself", "us") for o in t.children) and t.i - verb.i <= 6
        for t in verb.subtree
        if t.i > verb.i
    )


def _binding_content(verb) -> bool:
    """A that-clause with a modal or an infinitive: what the hearers must or will do, not a report."""
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _comma_spliced(c) and any(g.tag_ == "MD" for g in c.children))
        for c in verb.children
    )


def _stakeholder_decides(p: Predicate) -> bool:
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


_UNKNOWN_WHO = re.compile(
    r"\b(?:(?:nobody|no one|no-one) (?:knows|knew|remembers|remembered|could tell|can tell) (?:who|why)|"
    r"no idea (?:who|why)|(?:not|never) (?:sure|clear) who|at some point|years ago|long before|"
    r"(?:never|without) (?:said|saying|telling anyone|told anyone) why)\b",
    re.I,
)


def _plan_object(verb) -> bool:
    """The object is a plan, an offer or a piece of scope, not a system's part ("someone dropped the table")."""
    for o in verb.children:
        if o.dep_ == "dobj":
            low = lemma(o.lower_, o.tag_)
            return low not in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS and o.lower_ not in ("it", "them", "that")
    return False


def _imperative(verb) -> bool:
    """A bare verb with no subject or "to" as the content of "say": "she said ship it", "he said execute it"."""
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.tag_ == "VB"
        and not any(g.dep_ in ("nsubj", "aux", "mark") for g in verb.children)
    )


def _transitive(verb) -> bool:
    return any(c.dep_ in ("dobj", "prt") for c in verb.children)


def call_came_down(p: Predicate) -> bool:
    """ "the call came down", "word came down" (a decision arriving from nobody named)."""
    return (
        p.lemma == "come"
        and "down" in p.particles
        and p.subj is not None
        and lemma(p.subj.lower_) in ("call", "decision", "word", "order", "directive", "mandate")
    )
