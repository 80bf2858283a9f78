"""Held-out batches written before the analyzer saw them: plain narration from other domains,
adversarial wording, and technical distractors.  Guards the rules that generalised them."""

from __future__ import annotations

import pytest
from heldout_batch7 import BATCH7
from heldout_batch8 import BATCH8
from heldout_batch9 import BATCH9
from heldout_batch10 import BATCH10
from heldout_batch11 import BATCH11
from heldout_batch12 import BATCH12
from heldout_batch13 import BATCH13
from heldout_batch14 import BATCH14
from heldout_batch15 import BATCH15
from heldout_batch16 import BATCH16
from heldout_batch17 import BATCH17
from heldout_batch18 import BATCH18
from heldout_batch19 import BATCH19
from heldout_batch20 import BATCH20
from heldout_batch21 import BATCH21
from heldout_batch22 import BATCH22
from heldout_batch23 import BATCH23
from heldout_batch24 import BATCH24
from heldout_batch25 import BATCH25
from heldout_batch26 import BATCH26
from heldout_batch27 import BATCH27
from heldout_batch28 import BATCH28
from heldout_batch29 import BATCH29
from heldout_batch30 import BATCH30
from heldout_batch31 import BATCH31
from heldout_batch32 import BATCH32
from heldout_batch33 import BATCH33
from heldout_batch34 import BATCH34

from agent.analysis import PROBE_LOCI, analyze_many
from agent.analysis.learned import arbiter

BATCHES = {
    "narration": BATCH7,
    "adversarial": BATCH8,
    "distractors": BATCH9,
    "adversarial-2": BATCH10,
    "final": BATCH11,
    "issue-11 final": BATCH12,
    "issue-11 untouched": BATCH13,
    "copular holders": BATCH14,
    "unknown actors": BATCH15,
    "gate wording": BATCH16,
    "joint decisions": BATCH17,
    "unhedged drift": BATCH18,
    "gates, joint, drift (second batch)": BATCH19,
    "near misses of the new rules": BATCH20,
    "agentless and hedged": BATCH21,
    "group and authority wording": BATCH22,
    "process gates and technical look-alikes": BATCH23,
    "own decisions without a standard clause": BATCH24,
    "self-repairs and owned possession": BATCH25,
    "decisions arriving, plans moved, stopgaps settling in": BATCH26,
    "process and authority recall": BATCH28,
    "false probes: time clauses, outcomes, phrasal verbs": BATCH27,
    "agentless rulings and persistence without a hedge": BATCH29,
    "decisions handed over": BATCH30,
    "drift without a hedge word, joint decisions, self without a clause": BATCH31,
    "work nobody got to": BATCH33,
    "explanations of what broke": BATCH34,
    "boards, nominal gates, authority and agentless nominals": BATCH32,
}


@pytest.mark.parametrize("name", list(BATCHES))
def test_heldout_batch(nlp, name: str) -> None:
    cases = BATCHES[name]
    results = analyze_many([t for t, _ in cases])
    wrong = [(t, want, got.locus) for (t, want), got in zip(cases, results, strict=False) if got.locus != want]
    probe_flips = [w for w in wrong if (w[1] in PROBE_LOCI) != (w[2] in PROBE_LOCI)]
    # Known misses kept visible: pronoun coreference ("it reviewed ours"), a self choice worded with "kinda",
    # a possessor the parser splits ("the finance controller's sign-off"); in batch 13 a cleft on "legal" and drift the parser
    # misreads ("auto-renewed" as an adjective, "never touched again" after a passive).  Batch 19 keeps four misses
    # visible: a permission noun the tokenizer splits ("say-so"), a role the lexicon lacks ("the ward sister"), a
    # hyphenated participle ("re-rated"), and "producers" read as software.  The learned arbiter (on by default since
    # 37e534e) promoted three near misses that name a forum but decide nothing; since its frame gate no longer counts
    # actor nouns ("board", "committee") or verbs of saying and running, one is left ("the committee's report came out
    # ... it recommended nothing new"): kept visible here; the rules alone add no false probe (test below).  Batch 23 keeps
    # two visible: a habit nobody chose ("always done that way, nobody remembers why") and "under the new policy I was
    # able to deploy on my own, so I did" (the rule phrase outranks the owned act; the same on main).  Batch 25 keeps four
    # misses visible: corrected subjects the lexicon lacks ("the charge nurse", "the standards desk"), "someone, I never
    # found out who", and "that one's the committee's" with no decision named before it.  Batch 29 keeps three vague
    # collectives visible (the retrain on 52 batches removed its two arbiter promotions).  Batch 32 keeps one probe
    # miss visible ("the requirement from the insurer was fixed: ...") and two class misses.  Batch 31 keeps two
    # missed group decisions ("the three leads, me included, signed off", "we let the migration slide a week"); the
    # retrain removed its four arbiter-only false probes.
    assert len(probe_flips) <= {
        "adversarial-2": 2,
        "issue-11 final": 1,
        "issue-11 untouched": 1,
        "copular holders": 1,
        "unknown actors": 2,
        "gates, joint, drift (second batch)": 2,
        "near misses of the new rules": 1,
        "agentless and hedged": 4,
        "process gates and technical look-alikes": 2,
        "self-repairs and owned possession": 4,
        "decisions arriving, plans moved, stopgaps settling in": 1,
        "process and authority recall": 2,
        "agentless rulings and persistence without a hedge": 3,
        "drift without a hedge word, joint decisions, self without a clause": 2,
        "work nobody got to": 2,
        "explanations of what broke": 1,
        "boards, nominal gates, authority and agentless nominals": 1,
    }.get(name, 0), probe_flips
    # Batch 11's "the working group settled on ..." is read process (a working group as a forum) since the retrains
    # on 50-52 batches; the batch says group.  Kept visible as the third miss.
    allowed = {
        "final": 3,
        "issue-11 untouched": 3,
        "copular holders": 3,
        "unknown actors": 3,
        "gate wording": 1,
        "joint decisions": 0,
        "unhedged drift": 0,
        "gates, joint, drift (second batch)": 4,
        "near misses of the new rules": 1,
        "agentless and hedged": 5,
        "group and authority wording": 4,
        "process gates and technical look-alikes": 4,
        "self-repairs and owned possession": 6,
        "decisions handed over": 4,
        "work nobody got to": 4,
        "boards, nominal gates, authority and agentless nominals": 3,
        "agentless rulings and persistence without a hedge": 3,
        "drift without a hedge word, joint decisions, self without a clause": 5,
    }.get(name, max(2, len(cases) // 20))
    assert len(wrong) <= allowed, wrong


@pytest.mark.parametrize(
    "name",
    [
        "gate wording",
        "joint decisions",
        "unhedged drift",
        "gates, joint, drift (second batch)",
        "near misses of the new rules",
        "group and authority wording",
        "self-repairs and owned possession",
        "decisions arriving, plans moved, stopgaps settling in",
        "process and authority recall",
        "false probes: time clauses, outcomes, phrasal verbs",
        "agentless rulings and persistence without a hedge",
        "decisions handed over",
        "drift without a hedge word, joint decisions, self without a clause",
        "work nobody got to",
        "boards, nominal gates, authority and agentless nominals",
    ],
)
def test_rules_alone_add_no_false_probe(nlp, name: str) -> None:
    """The rules written for batches 16-20 never probe a sentence the candidate owned or that decides nothing."""
    cases = BATCHES[name]
    with arbiter.disabled():
        results = analyze_many([t for t, _ in cases])
    false = [t for (t, want), got in zip(cases, results, strict=False) if got.probe and want not in PROBE_LOCI]
    assert false == []


# One rule each: pairs that differ in one cue (also training data for the learned arbiter, tools/arbiter_data.py).
ONE_RULE_EACH = [
    ("the hotfix was aproved by the director", "authority"),  # a letter missing
    ("it was decieded to freeze the branch", "agentless"),  # a letter extra
    ("The client retried the request.", "none"),  # a real word one slip from "retired"
    ("If I had been on call, I would have rolled back immediately.", "none"),
    ("Even if my lead had objected, I would have rolled back anyway.", "self"),
    ("I wasn't allowed to restart the cluster.", "authority"),
    ("We couldn't merge until the review board met.", "process"),
    ("I didn't merge without my lead's approval.", "authority"),
    ("I merged it without my lead's approval.", "self"),
    ("I guess the timeout just ended up at thirty seconds.", "hedged"),
    ("A majority of replicas must agree before the entry commits.", "none"),
    ("A majority of the team agreed to drop the feature.", "group"),
    ('I said "I\'m making the call, we fail over now" and nobody objected.', "self"),
    ("We picked Kafka, I guess, and nobody objected.", "hedged"),
    ('My lead said "roll it back" and I did.', "authority"),
    ("I couldn't merge without a sign-off from the tech lead.", "authority"),
    ("We weren't allowed to deploy during the quarter-end freeze.", "process"),
    ("I didn't choose the vendor; that was my director.", "authority"),
    ("I rolled back first and ran it by my lead the next morning.", "self"),
    ("I ran it by my lead first and rolled back once she agreed.", "authority"),
    ("We got the payments and risk teams aligned on a single refund flow.", "group"),
    ("I got the team aligned on my plan and then ran the cutover.", "self"),
    ("We got the replicas to agree on a new leader.", "none"),
    ("Refunds above five hundred pounds always need a nod from the branch supervisor.", "authority"),
    ("Orders over fifty pallets always ship by truck.", "none"),
    ("I wasn't able to roll back until the incident commander said so.", "authority"),
    ("I wasn't able to log in until the laptop rebooted.", "none"),
    ("I had to wait for the paint to dry before hanging the sign.", "none"),
    ("We put the rota in front of the staffing committee and it approved the change.", "process"),
    ("The committee met, and it ran over by an hour.", "none"),
    ("Nobody ever turned the legacy pricing flag off.", "hedged"),
    ("Nobody ever rolled back a release in my time there.", "none"),
    ("Each store assumed head office had picked the till software.", "hedged"),
    ("Everyone thought I had made the right call.", "none"),
    ("The paper forms have been in use since the nineties.", "hedged"),
    ("Our team has been in place since March.", "none"),
    ("We had to go through the change form before touching the router.", "process"),
    ("We needed the committee to vote it through.", "process"),
    ("Dispatch and billing together chose the new carrier.", "group"),
    ("It came bundled with the platform.", "hedged"),
    ("We still use the default settings because I benchmarked them and they were fastest.", "self"),
    ("Our follow-up call with the vendor ran long.", "none"),  # a hyphened modifier: a phone call
    ("The rollback was our on-call engineer's call.", "authority"),
    ("One of the parsers was rejecting files.", "none"),  # software ending in -er, not a role
    ("One of the loaders was refusing malformed batches.", "none"),
]


@pytest.mark.parametrize(("text", "want"), ONE_RULE_EACH)
def test_one_rule_each(nlp, text: str, want: str) -> None:
    assert analyze_many([text])[0].locus == want
