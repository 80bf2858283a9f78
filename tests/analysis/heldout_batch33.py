"""Held-out batch 33 (lead, 2026-12-03): work nobody got to, written before the analyzer ran on them.

Class: a negated passive of the verbs that line work up ("it never got prioritised", "didn't get scheduled", "never
got picked up", "was never actioned", "didn't get resourced") and "nobody got round to ...": no one decided for or
against, so it is drift (hedged).  Near misses: refusals are decisions (agentless: "wasn't approved", "was turned
down", "wasn't funded"), the speaker's own choice not to schedule (self), and technical passives (none).

First sight (lead8 at f8d6f0b, rules + learned): P 1.00 R .750 acc .438 (rules alone R .500); the misses were read as
none, process, group or agentless.  After unscheduled.py: P 1.00 R .833 acc .750.  Still visible: "wasn't funded" (a
refusal verb the lexicon lacks, none), "the follow-up ... was never actioned" (the tokenizer splits "follow-up"),
an agreement followed by work never resourced (group), and "I didn't prioritise X because ..." (self, read none).
"""

BATCH33 = [
    ("We discussed adding load tests for the export, but it never got prioritised.", "hedged"),
    ("The cleanup ticket sat in the backlog and didn't get scheduled for two quarters.", "hedged"),
    ("Someone raised moving the secrets to Vault, but it never got picked up.", "hedged"),
    ("the runbook rewrite kept not getting prioritized, so it was still wrong when we paged", "hedged"),
    ("Migrating off the old queue was on the list for ages but it never really got planned.", "hedged"),
    ("We agreed to add contract tests, then it just didn't get resourced.", "hedged"),
    ("The follow-up from the postmortem was never actioned.", "hedged"),
    ("Nobody got round to the index rebuild, and the queries kept slowing down.", "hedged"),
    ("My proposal for a second region wasn't approved, so we stayed single-region.", "agentless"),
    ("The headcount request was turned down in October.", "agentless"),
    ("The budget for the pen test wasn't signed off until March.", "agentless"),
    ("The extra replica wasn't funded this year.", "agentless"),
    ("I didn't prioritise the load tests because the launch date mattered more.", "self"),
    ("I chose not to schedule the migration before the holiday freeze.", "self"),
    ("The packet wasn't delivered because the buffer overflowed.", "none"),
    ("The job didn't get retried, since the queue had already dropped it.", "none"),
]
