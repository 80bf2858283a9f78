"""Held-out batch 27 (fp8, 2026-12-03): false probes by class, written before the analyzer ran on them.

A passive technical event in a time clause while the speaker's own main clause acts ("I served the images from a
local cache until the CDN outage was resolved", "once the failed disk was replaced, I rebuilt the replica"): self,
not agentless.  "Ended up" with a state or an appearance ("the docs ended up looking polished", "how readable the
config ended up being", "ended up about forty pages long") and plain facts of a system's life: none, not hedged.
A present-tense technical need worded with a process noun ("a panel inspection requires the breaker to be off",
"governance checks need the repository cloned"): none, not process.  Phrasal verbs that are not the decision
("went with the library whose maintainer answered", "we were a team of six").
Controls that must still probe: "the rollout was paused until the outage was resolved" (agentless), "held the
migration until the change was approved by the CAB" (process), "ended up going with Redis; nobody really chose it"
(hedged), "the policy year rollover was pushed back by the finance director" (authority).

First sight (main 6827633), the whole fresh set of 78 (also documents read then acted on and modifier nouns, not in
this file): P .467 R .933 acc .705, 16 false probes (time clauses 2/12 false, "ended up" and system life 5/9 false,
technical needs 5/10 false).
After (backdrop.py: a technical passive dating the speaker's act; predicate_kinds.came_out_as; physical_need.py): time
clauses 12/12, "ended up" 8/9, technical needs 9/10; whole set P .700, 6 false probes left (a document read then acted
on, process nouns as modifiers, "the audit log requires every node's clock in sync": left for the next fixer, see
/work/coord/reports/fp8.md).
"""

BATCH27: list[tuple[str, str]] = [
    ("I ran the payroll export by hand every night until the scheduler was repaired.", "self"),
    ("I kept the old endpoint answering requests until the last clients were migrated.", "self"),
    ("Once the failed disk was replaced, I rebuilt the replica from last night's snapshot.", "self"),
    ("I rerouted traffic through the backup region while the primary fibre link was being spliced.", "self"),
    ("When the signing certificate was revoked, I rotated every key on the fleet that evening.", "self"),
    ("Before the cluster was upgraded, I took a full dump and rehearsed the restore twice.", "self"),
    ("After the firmware was flashed, I reran the calibration myself.", "self"),
    ("I switched the lab to handwritten logs until the sensor array was recalibrated.", "self"),
    ("As soon as the build artifact was published, I pushed it to the canary hosts.", "self"),
    ("I served the images from a local cache until the CDN outage was resolved.", "self"),
    ("I moved the dispatch board onto a whiteboard until the tablets were reimaged.", "self"),
    ("Until the broken pump was swapped, I topped up the coolant by hand every shift.", "self"),
    ("I was surprised how readable the config ended up being.", "none"),
    ("The new onboarding docs ended up looking really polished.", "none"),
    ("The final incident report ended up about forty pages long.", "none"),
    ("The old CRM was a workhorse; it ran for a decade with barely any maintenance.", "none"),
    ("That cluster was rock solid and stayed up for two years straight.", "none"),
    ("The little Perl script was dependable, crunched invoices every night without a hitch for ages.", "none"),
    ("It was a scrappy little service, handled our webhooks for years without complaint.", "none"),
    ("The storefront ended up feeling a lot faster on old phones.", "none"),
    ("I went with the library whose maintainer answered issues within a day.", "self"),
    ("I went with the bank whose account manager called back the same afternoon.", "self"),
    ("I let the agency go and brought the design work in-house.", "self"),
    ("I let the temp go at the end of the month and folded their queue into mine.", "self"),
    ("We were a team of six looking after forty services.", "none"),
    ("We were a small crew of three back then.", "none"),
    ("I went with the contractor whose lead engineer signed every commit.", "self"),
    ("I read the ticket twice before I understood what the customer wanted.", "none"),
    ("The pump needs replacing every eighteen months.", "none"),
    ("The policy year starts in April for most of our clients.", "none"),
    ("The rollout was paused until the outage was resolved.", "agentless"),
    ("Deploys were frozen until the load balancer was replaced.", "agentless"),
    ("I held the migration until the change was approved by the CAB.", "process"),
    ("The runbook said I needed the on-call manager's approval first, so I waited for it.", "authority"),
    ("The change request said it needed the review board, so I parked it.", "process"),
    ("Every release needs the change board's approval before it goes out.", "process"),
    ("Production access requires sign-off from my manager.", "authority"),
    ("We ended up going with Redis; nobody really chose it.", "hedged"),
    ("The old cron box was never retired; it just kept running because nobody owned it.", "hedged"),
    ("The policy year rollover was pushed back by the finance director.", "authority"),
    ("The committee turned down the proposal to shard by region.", "process"),
    ("My manager let me go ahead with the rewrite.", "authority"),
    ("We went with Postgres after a long debate.", "group"),
    ("The contract said 'reasonable uptime', and legal decided that meant three nines.", "authority"),
    ("Calibration needs the probe submerged in buffer for ten minutes.", "none"),
    ("The approval workflow needs a working mail relay to send its notifications.", "none"),
    ("Compliance scans need root access on every host.", "none"),
    ("A panel inspection requires the breaker to be off.", "none"),
    ("The policy engine needs its config mounted read-only.", "none"),
    ("Sign-off emails need the SMTP server to be reachable from the VPC.", "none"),
    ("Governance checks need the repository cloned with full history.", "none"),
    ("Each review build needs about four gigabytes of scratch space.", "none"),
    ("The committee portal requires a VPN connection to load.", "none"),
]
