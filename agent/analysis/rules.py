"""Parse rules: turn one verb of a sentence into decision events."""

from __future__ import annotations

from agent.analysis import arrivals, frames, lapses, lexicon, lingering, neglect, provisional, rulings, unnamed
from agent.analysis.actors import category
from agent.analysis.backdrop import dates_own_act
from agent.analysis.clauses import (
    joint_with,
    jointly,
    needed_someone_to,
    never_decided,
    preference_followed,
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
from agent.analysis.handover import decided_by_receiver, handed_over
from agent.analysis.holders import holder_locus
from agent.analysis.joint import adopted_own_proposal, lets_quote, own_team_choosing, peers_jointly, plural_deciders
from agent.analysis.lemmas import lemma
from agent.analysis.overrule import no_say, prevailed, refusal
from agent.analysis.physical_need import technical_need
from agent.analysis.predicate_kinds import epistemic_frame, is_action, is_decision, is_drift
from agent.analysis.predicates import Predicate, negated_by_preposition
from agent.analysis.rule_gates import forum_passive, forum_verdict, gate_to_clear, required_locus, rule_bound
from agent.analysis.standing_rules import standing_locus
from agent.analysis.verb_context import (
    by_speaker,
    call_came_down,
    imperative,
    instructed,
    open_condition,
    plan_object,
    stakeholder_decides,
    transitive,
    went_along_with,
)
from agent.analysis.verb_sets import (
    ACTOR_LOCUS,
    COMPLY,
    CORE_PASSIVE,
    DIRECTIVE,
    HABITUAL,
    RULE_SPEAK,
    TELL_VERBS,
    UNKNOWN_WHO,
)


def events_for(p: Predicate, hedge_near: bool, in_quote: bool) -> list[tuple[str, int, str]]:
    """(locus, strength, cue) events for one predicate (often none)."""
    if in_quote or technical_need(p):
        return []  # "calibration needs the probe submerged": what a procedure needs to work, not a gate
    if p.actor == "thing" and p.subj is not None and stakeholder_decides(p):
        p.actor = "authority"  # "the customer dictated the data model": someone outside the team held the call
    if own_team_choosing(p):
        p.actor = "group"  # "our little infra group chose Terraform": the speaker's own team, not another team's ruling
    actor, lem = p.actor, p.lemma
    said = lets_quote(p) if lem == "let" else None
    if said is not None or no_say(p):
        return [(said, 3, "lets_quote")] if said else [("authority", 2, "no_say")]  # "we didn't have a say"
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
    if rule_bound(p) or forum_verdict(p) or gate_to_clear(p):
        return [("process", 3, "rule_bound")]  # "by the safety policy, no one could run it alone"
    standing_rule = standing_locus(p)
    if standing_rule is not None:
        return [(standing_rule, 3, "standing_rule")]  # "every hotfix gets a mandatory soak", "we only ... through"
    needed = required_locus(p.tok) if p.passive else None
    if needed is not None:
        return [(needed, 3, "gate_required")]  # "QA sign-off is required before a push"
    if p.modal:
        # "The CISO wouldn't let us launch": a refusal is still their call.
        if (
            p.negated
            and actor in ("authority", "process")
            and lem in ("let", "allow", "approve", "sign", "accept", "budge")
        ) or refusal(p):
            return [(ACTOR_LOCUS[actor], 3, "refused")]  # "the desk head wouldn't hear of a rollback"
        return []
    if p.counterfactual:
        if actor == "self" and p.negated and lem in ("wait", "ask", "escalate", "check"):
            return [("self", 3, "should_not_have_deferred")]  # "I shouldn't have waited for sign-off"
        if actor == "self" and (is_action(p) or is_decision(p)) and lem != "escalate" and not open_condition(p.tok):
            return [("self", 2, "would_have_anyway")]
        return []
    # Asking before / handing up (and its negation, which is ownership).
    deferral = (defer(p) or handed_over(p)) if actor in ("self", "we", "group", "none") else None
    if deferral is None and decided_by_receiver(p.tok):
        return []  # "I left it to the staff engineer to decide": the receiver decides
    if deferral is not None:
        if p.negated or negated_by_preposition(p.tok):
            return [("self", 4, "did_not_defer")] if actor in ("self", "none") else []
        return [(deferral[0], 3 if deferral[1] not in ("escalated", "handed_up") else 2, deferral[1])]
    work = work_gate(p)
    if work is not None:
        return [(work[0], 3, work[1])]
    unsure = p.tok.dep_ == "ccomp" and p.tok.head.i < p.tok.i and epistemic_frame(p.tok.head)
    if (
        is_drift(p, hedge_near or unsure)
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
    persisted = drift(p) or provisional.settled_in(p) or lingering.lingered(p) or neglect.neglected(p)
    if persisted is not None:
        return [("hedged", persisted[0], "drift_" + persisted[1])]
    lapsed = (
        arrivals.arrived_or_moved(p)
        or lapses.nobody_named(p)
        or unnamed.approval_unnamed(p)
        or rulings.unnamed_ruling(p)
    )
    if lapsed is not None and not (p.passive and actor == "nobody" and lapsed[0] == "agentless"):
        return [lapsed]  # not "nobody was made redundant": a passive with nobody as its patient decides nothing
    if hedge_near and p.past and lem in frames.PERSIST_VERBS and actor in ("we", "group", "it", "thing"):
        return [("hedged", 3, "drift_" + lem)]  # "sort of out of habit, we stayed on Jenkins"
    if (
        lem in frames.PREFER_VERBS | frames.COMMIT_VERBS
        and p.past
        and not p.negated
        and (actor in ("authority", "group", "process") or (p.subj is not None and holder_locus(p.subj) == "authority"))
        and (any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in p.tok.children) or p.tok.dep_ == "amod")
        and (COMPLY.search(p.tok.sent.text) or preference_followed(p.tok))
    ) or prevailed(p):
        return [
            (ACTOR_LOCUS.get(actor, "authority"), 3, "preferred_and_followed")
        ]  # "our investors wanted us on Azure, so we migrated"  # "the CTO liked Kotlin, so Kotlin it was"
    if lem == "go" and "along" in p.particles and actor in ("self", "we"):
        who = went_along_with(p.tok)
        if who == "it":
            return [("authority", 2, "went_along_it")]  # settled against the earlier clause (arbitrate.py)
        if who is not None:
            return [(who, 3, "went_along")]  # "we went along with what the architect wanted"
    told = instructed(p) if lem in TELL_VERBS and actor in ("authority", "process", "group") and not p.negated else None
    if told is not None:
        return [told]  # someone else tells the speaker what to do
    if p.passive and actor in ("self", "we") and lem in ("ask", "tell", "assign", "instruct", "order", "direct"):
        return [
            (ACTOR_LOCUS.get(p.agent or "", "agentless"), 3, "was_told")
        ]  # "we were told to stand down": nobody named
    if lem == "say" and actor in ("authority", "group", "process", "self"):
        content = [c for c in p.tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
        directive = any(
            lemma(w.lower_)
            in lexicon.DECISION_VERBS | lexicon.ACTION_VERBS | {"wait", "go", "hold", "no", "yes", "ahead"}
            for c in content
            for w in c.subtree
        ) or any(c.lower_ in ("no", "yes") for c in p.tok.children)
        directive = directive or (actor != "self" and any(imperative(c) for c in content))  # "said execute it"
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
    decision, action = is_decision(p), is_action(p)
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
        and (lem in RULE_SPEAK or (p.past and (lem in DIRECTIVE or decision or (action and transitive(p.tok)))))
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
        if p.agent in ("component", "happening") or (
            p.subj is not None and runtime_item(p.subj) and (not decision or p.agent in ("thing", "it"))
        ):
            return []  # "the job got killed by the OOM killer", "the request was throttled": the system acting on its data
        if forum_passive(p):
            return [("process", 3, "decided_at_forum")]  # "turned down at the weekly design review"
        if p.agent in ("authority", "group") and jointly(p.tok):
            return [("group", 3, "by_agent")]  # "made jointly by the data and payments teams"
        if p.agent in ACTOR_LOCUS:
            return [(ACTOR_LOCUS[p.agent], 3 if decision else 2, "by_agent")]
        if p.agent is None and by_speaker(p.tok):
            return [("self", 3 if decision else 2, "by_agent")]  # "moved to biweekly by me", the by-phrase misattached
        if (
            p.past
            and lem in frames.ANNOUNCE_VERBS
            and p.subj is not None
            and lemma(p.subj.lower_) in frames.CHANGE_NOUNS
        ):
            return [("agentless", 2, "announced")]  # "the sunset of the old dashboard was announced"
        if p.past and (phrasal or lem in lexicon.PASSIVE_DECISION_VERBS) and actor not in ("self", "we", "nobody"):
            if dates_own_act(p.tok):
                return []  # "I kept it on paper until the access point was swapped"
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
        and epistemic_frame(p.tok.head)
    )  # "I suppose we went with Scala because ...": the speaker is unsure how the group's choice came about
    if actor in ("nobody",) and decision and p.past:
        return [("hedged", 4, "nobody_decided")]
    if actor == "someone" and decision and p.past:
        return [("agentless", 3, "someone_decided")]  # "someone made the call, no idea who"
    if actor == "someone" and action and p.past and lem in frames.PASSIVE_FRAME_VERBS and plan_object(p.tok):
        return [("agentless", 3, "someone_changed_plan")]  # "somebody pulled the on-prem option from the deck"
    if actor == "someone" and action and p.past and UNKNOWN_WHO.search(p.tok.sent.text):
        # "somebody switched off the backups at some point, nobody knows who": a setting nobody can own any more
        return [("agentless", 3, "someone_unknown")]
    if actor == "self" and decision and joint_with(p.tok):
        return [("group", 3, "decided_with")]  # "along with the SRE lead, I decided"
    if actor == "self":
        if hedge:
            return [("hedged", 2, "hedged_self")]
        return [("self", 3 if decision else 2, "self_" + ("decided" if decision else "acted"))]
    if actor in ("we", "group") and not hedge and adopted_own_proposal(p):
        return [("self", 3, "adopted_my_proposal")]  # "I proposed Kafka and we went with it after I made the case"
    if actor in ("we", "group"):
        if hedge:
            return [("hedged", 3, "hedged_" + lem)]
        if actor == "we" and not p.past:
            habitual = any(c.lower_ in HABITUAL for c in p.tok.children if c.dep_ == "advmod")
            return [("group", 3, "group_habit")] if decision and habitual else []
        return [("group", 3 if decision else 1, "group_" + ("decided" if decision else "acted"))]
    if decision and plural_deciders(p):
        return [("group", 3, "plural_deciders")]  # "the curators and the conservators chose a darker colour"
    if actor in ("authority", "thing", "none", "group") and decision and peers_jointly(p):
        return [("group", 3, "decided_jointly")]  # "the tech leads worked it out between them"
    if actor == "authority":
        if not decision and (not p.past or p.subj is None or p.subj.lower_ in lexicon.THIRD_PERSON):
            return []  # "they merged it": someone else's work, not a decision placed with them
        return [("authority", 3 if decision else 2, "authority_" + ("decided" if decision else "acted"))]
    if actor in ("it", "thing") and hedge and p.past:
        return [("hedged", 3, "hedged_outcome")]
    return []
