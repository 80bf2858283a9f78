"""h11's fifth fresh batch per probe class (issue 11, 2026-12-02), written before the analyzer ran on it and
aimed at the misses of the last blind sets: drift and agentless passives with no hedge word, hedges spread over
a clause, gates worded with modals or unlisted gate nouns, authority in copular, possessive and reported forms,
joint decisions with two named parties; near-misses include the false probes seen (a negated approval followed
by the speaker's own act, a runtime system refusing requests, being paged, values statements).

Same shape as ``class_batches_a``: 14 sentences whose MAIN decision sits with the class, then 6
near-misses that must not probe.  First-sight scores are in bench/README.md.
"""

AUTHORITY_E: list[tuple[str, str]] = [
    ("Per my director, the beta stayed invite-only until the security audit wrapped up.", "authority"),
    ("The ask from sales was a white-label version by March, so that's what we built.", "authority"),
    ("Our orders were to keep the legacy billing path alive through the holidays.", "authority"),
    ("The choice of warehouse vendor was the COO's, not ours.", "authority"),
    ("It was my skip-level's idea to rewrite the scheduler in Rust, and we ran with it.", "authority"),
    ("The hospital's CIO vetoed moving patient records to the cloud.", "authority"),
    ("we were instructed by the client to leave the old SOAP endpoints up", "authority"),
    ("Legal's position was that we couldn't log IP addresses at all, so I stripped them.", "authority"),
    ("the game director mandated 60 fps on consoles, whatever it cost us", "authority"),
    ("My boss basically handed me the plan and said execute it.", "authority"),
    ("The final say on the data retention period belonged to the compliance officer.", "authority"),
    ("Our CTO made it clear that no one was touching the payments core that quarter.", "authority"),
    ("The regional GM overrode the rollout order and put Brazil first.", "authority"),
    ("At the insistence of the partner airline, the fare cache TTL was cut to thirty seconds.", "authority"),
    ("I didn't wait for my manager's approval and shipped the hotfix myself.", "self"),
    ("My director asked what I'd do, and I chose to delay the launch by a week.", "self"),
    ("The gateway refuses calls without a signed token.", "none"),
    ("I got paged at 3 a.m. and rolled back the deploy myself.", "self"),
    ("I believe the person closest to the problem should make the call.", "none"),
    ("Who usually signs off on schema changes on your team?", "none"),
]

GROUP_E: list[tuple[str, str]] = [
    ("The payments lead and I settled on idempotency keys after a long whiteboard session.", "group"),
    ("Ops and the warehouse software team jointly picked the scanner firmware version.", "group"),
    ("We as a squad voted to drop the nightly build.", "group"),
    ("Our designer and I agreed between us to cut the onboarding carousel.", "group"),
    ("the decision to go with gRPC was a shared one between platform and mobile", "group"),
    ("After two rounds of debate, the guild landed on a single logging library.", "group"),
    ("Between the three tech leads we worked out who would own the shared cache.", "group"),
    ("The clinic app team and the pharmacy team co-decided the refill flow.", "group"),
    ("we collectively chose to sunset the python 2 workers", "group"),
    ("Finance and engineering reached an understanding on the cloud spend cap.", "group"),
    ("The on-call rotation was something the whole team agreed on in the retro.", "group"),
    ("Me and the other backend dev decided to split the monolith by domain.", "group"),
    ("It was a joint call with the vendor's engineers to pin the SDK version.", "group"),
    ("Everybody on the call signed off on switching to blue-green deploys.", "group"),
    ("We discussed it as a team, but the call to revert was mine and I made it.", "self"),
    ("The replicas agree on a leader through Raft.", "none"),
    ("We'd probably agree on a shared schema up front.", "none"),
    ("The team and I agreed the outage was nobody's fault.", "none"),
    ("How do the tech leads usually split ownership?", "none"),
    ("I picked the logging library and then walked the guild through why.", "self"),
]

PROCESS_E: list[tuple[str, str]] = [
    ("The firmware update needed a nod from the change advisory board before it could go to the trucks.", "process"),
    ("Every schema migration had to clear the data governance review first.", "process"),
    ("The hotfix sat pending the CAB until Tuesday.", "process"),
    ("Our release checklist wouldn't let anything out without a signed threat model.", "process"),
    ("The procurement rules meant we had to take the cheapest of three bids.", "process"),
    ("Under the two-person rule, a second engineer had to approve every prod config change.", "process"),
    ("The HIPAA assessment held the launch for six weeks.", "process"),
    ("Deploys were gated on a green canary score, so the rollout stalled overnight.", "process"),
    ("Because the SOC 2 controls required it, we moved secrets into the vault.", "process"),
    ("The migration was queued behind the quarterly architecture review.", "process"),
    ("Per the runbook, the on-call engineer failed the region over before paging anyone.", "process"),
    ("Any spend over ten thousand dollars goes through the capex committee, so the GPUs waited.", "process"),
    ("The RFC process required two approvals, so the redesign stalled for a month.", "process"),
    ("the store's certification rules forced us to strip out the in-app browser", "process"),
    ("I wrote the release checklist and decided what blocks a launch.", "self"),
    ("The linter rejects commits with tabs.", "none"),
    ("I skipped the CAB because it was a Sev1 and told them afterwards.", "self"),
    ("The review usually takes a day.", "none"),
    ("I'd add a policy check in CI for that.", "none"),
    ("Does every change go through a review board here?", "none"),
]

AGENTLESS_E: list[tuple[str, str]] = [
    ("The loyalty program was axed in the spring planning cycle.", "agentless"),
    ("Our hiring req got frozen right after the offsite.", "agentless"),
    ("The Android rewrite was put on ice.", "agentless"),
    ("It was decided somewhere that the kiosk app would go web-only.", "agentless"),
    ("The mobile team got folded into platform without much warning.", "agentless"),
    ("The SLA target was quietly lowered to 99.5.", "agentless"),
    ("the feature flag for dark launches was ripped out last sprint", "agentless"),
    ("The offline mode got, like, descoped in the end.", "agentless"),
    ("Somebody pulled the on-prem option from the sales deck and no one knows who.", "agentless"),
    ("The roadmap item for multi-currency got bumped to next year.", "agentless"),
    ("Our QA contractor budget was cut in half.", "agentless"),
    ("The decision came down that all new services would be in Go.", "agentless"),
    ("The experiment was called off two days in.", "agentless"),
    ("Weekend deploys were banned after the outage.", "agentless"),
    ("The connection was dropped after the idle timeout.", "none"),
    ("I axed the loyalty program once the numbers came in.", "self"),
    ("The message was rejected by the schema registry because a field was missing.", "none"),
    ("The flag was ripped out by me after the rollout finished.", "self"),
    ("The index gets rebuilt every night.", "none"),
    ("The experiment was called off by me after two days because the metric was broken.", "self"),
]

HEDGED_E: list[tuple[str, str]] = [
    ("The temporary VPN exception lapsed into being permanent.", "hedged"),
    ("The trial license carried over into the next fiscal year and nobody noticed.", "hedged"),
    ("Kafka became the default for everything without anyone really deciding that.", "hedged"),
    ("The 500 ms timeout was set ages ago and nobody revisited it.", "hedged"),
    ("We more or less went with Terraform because the last project used it.", "hedged"),
    ("I guess we picked Mongo because that's what the tutorial used.", "hedged"),
    ("At some point it turned into a rule that every PR needed two reviewers.", "hedged"),
    ("The staging cluster slowly turned into a second production.", "hedged"),
    ("we kinda drifted into a weekly release cadence", "hedged"),
    ("The old reporting job just kept running after the migration, nobody owned it.", "hedged"),
    ("Python sort of won by default since everyone already knew it.", "hedged"),
    ("The hack from the hackathon somehow made it into the main product.", "hedged"),
    ("The vendor's SDK was already wired in when I joined, so it stayed.", "hedged"),
    ("It was never really a decision, the cron job just became how we did backups.", "hedged"),
    ("I guess the main risk was the write amplification, so I capped the batch size.", "self"),
    ("The queue more or less doubles every holiday season.", "none"),
    ("I'd probably default to Postgres here.", "none"),
    ("I kept the old reporting job running on purpose until the new one had a month of matching numbers.", "self"),
    ("The cache turned into a bottleneck at about 40k requests per second.", "none"),
    ("The temporary token lapses after fifteen minutes.", "none"),
]

CLASSES_E = {"authority": AUTHORITY_E, "group": GROUP_E, "process": PROCESS_E, "agentless": AGENTLESS_E, "hedged": HEDGED_E}
