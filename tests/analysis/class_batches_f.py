"""h11's second fresh batch per probe class (issue 11, 2026-12-02), written after batch E's fixes and before the
analyzer ran on it: does the work on batch E generalise to wording it never saw?

12 sentences whose MAIN decision sits with the class, then 6 near-misses that must not probe (owned calls,
design "I'd"/"we'd", questions, values statements, systems acting on their own, being paged).
First-sight scores are in bench/README.md.
"""

AUTHORITY_F: list[tuple[str, str]] = [
    ("The mandate from our chief revenue officer was zero downtime, full stop.", "authority"),
    ("Word from my VP was that the Kubernetes migration could wait till next year.", "authority"),
    ("I was handed a deadline by the program director and had no room to move it.", "authority"),
    ("Our product owner's instruction was clear: no new flags until the cleanup was done.", "authority"),
    ("the customer basically dictated the data model and we implemented it", "authority"),
    ("My lead made me rip out the caching layer before the demo.", "authority"),
    ("Following orders from the studio head, we cut the multiplayer mode.", "authority"),
    ("The choice to use Oracle wasn't ours; procurement had signed a five-year deal.", "authority"),
    ("What the regional director said went, so the store app shipped without offline mode.", "authority"),
    ("The pricing experiment was killed off by our head of growth.", "authority"),
    ("Our general manager told the team flat out that the launch date would not move.", "authority"),
    ("It was the partner bank's requirement that every transfer be double-signed, and we complied.", "authority"),
    ("Nobody told me to, but I paused the campaign because the spend curve looked wrong.", "self"),
    ("My manager never approved it, so I escalated and then made the call myself.", "self"),
    ("The load balancer denies traffic from unknown regions.", "none"),
    ("I was on call that weekend and got woken up by the disk alert.", "none"),
    ("We believe in giving every engineer the authority to roll back.", "none"),
    ("I'd want my director's input on something this risky.", "none"),
]

GROUP_F: list[tuple[str, str]] = [
    ("The support lead and I agreed to route VIP tickets to a separate queue.", "group"),
    ("QA and release engineering together decided to drop the manual smoke test.", "group"),
    ("We took a vote in the channel and went with the monorepo.", "group"),
    ("The squad reached a consensus to move standups to async.", "group"),
    ("Our backend and frontend leads jointly owned the call on GraphQL.", "group"),
    ("After the offsite, the architects and I landed on event sourcing for orders.", "group"),
    ("my cofounder and i chose to bootstrap instead of raising", "group"),
    ("The two platform teams negotiated who would run the shared Kafka cluster.", "group"),
    ("Everyone on the incident bridge agreed to fail over to the west region.", "group"),
    ("We all settled on weekly releases after comparing notes.", "group"),
    ("It was a group decision to keep the old API for one more quarter.", "group"),
    ("Legal and engineering hashed out the retention policy together.", "group"),
    ("The nodes reach agreement through a quorum write.", "none"),
    ("We'd need the whole team to agree on naming before we start.", "none"),
    ("My teammate and I both thought the dashboard looked cluttered.", "none"),
    ("I made the final call after hearing everyone out.", "self"),
    ("Do the squads vote on architecture here?", "none"),
    ("Our team values transparency, so we publish every postmortem.", "none"),
]

PROCESS_F: list[tuple[str, str]] = [
    ("The pen test had to come back clean before we could open the API to partners.", "process"),
    ("Every hotfix needed two reviewers' approval under our branch protection rules.", "process"),
    ("The launch waited on the accessibility audit for three weeks.", "process"),
    ("Our SOX controls required a separate person to deploy what I wrote.", "process"),
    ("The data retention policy forced us to purge logs after 30 days.", "process"),
    ("Anything touching payments had to go through the risk review board.", "process"),
    ("The change got bounced by the CAB because the rollback plan was missing.", "process"),
    ("Per the incident playbook, we declared a Sev2 and froze deploys.", "process"),
    ("The migration was blocked until the privacy impact assessment was signed.", "process"),
    ("Our quarterly planning process decided which features made the cut.", "process"),
    ("Because of the holiday change freeze, the fix waited until January.", "process"),
    ("The RFP process locked us into the lowest bidder.", "process"),
    ("I rewrote the deploy checklist after the outage and made the canary step mandatory.", "self"),
    ("The build pipeline fails if coverage drops below 80 percent.", "none"),
    ("I ignored the freeze because customers were losing data, and I told the CAB later.", "self"),
    ("Our review process is pretty lightweight.", "none"),
    ("I'd gate the rollout on error rates.", "none"),
    ("Is there a change board I'd need to go through?", "none"),
]

AGENTLESS_F: list[tuple[str, str]] = [
    ("The on-prem edition was sunset at the end of the year.", "agentless"),
    ("Our analytics team got dissolved in the restructuring.", "agentless"),
    ("The beta program was quietly wound down.", "agentless"),
    ("The price increase got pushed through despite the pushback.", "agentless"),
    ("The Kotlin rewrite was greenlit in a meeting I wasn't in.", "agentless"),
    ("Somewhere up the chain, the launch got moved to April.", "agentless"),
    ("The free tier was scrapped overnight.", "agentless"),
    ("The SLA credits were waived for that customer.", "agentless"),
    ("our team's headcount was trimmed to four", "agentless"),
    ("The roadmap got reshuffled after the funding round.", "agentless"),
    ("It was agreed that the mobile app would be rebuilt in Flutter.", "agentless"),
    ("The Windows client was deprecated with a month's notice.", "agentless"),
    ("The pod was evicted when the node ran out of memory.", "none"),
    ("I scrapped the free tier after seeing the abuse numbers.", "self"),
    ("The transaction was rolled back by the database after the deadlock.", "none"),
    ("The build was cancelled because a newer commit arrived.", "none"),
    ("The headcount was trimmed by me, since the project was ending.", "self"),
    ("The cache gets invalidated whenever the price changes.", "none"),
]

HEDGED_F: list[tuple[str, str]] = [
    ("The nightly batch window just kind of stuck at 2 a.m.", "hedged"),
    ("The shared spreadsheet ended up becoming our source of truth for releases.", "hedged"),
    ("We more or less fell into using Slack threads as our incident log.", "hedged"),
    ("I suppose the team defaulted to REST because it was familiar.", "hedged"),
    ("The workaround outlived three reorgs and nobody ever cleaned it up.", "hedged"),
    ("By the time anyone questioned it, the monorepo was already everywhere.", "hedged"),
    ("The feature toggles piled up and turned into permanent config.", "hedged"),
    ("The hard-coded region list was copied forward from version one.", "hedged"),
    ("Somehow Elasticsearch became our primary datastore for search and billing.", "hedged"),
    ("Nobody ever really chose GCP; the first engineer had credits.", "hedged"),
    ("The 'temporary' read replica has been serving production traffic for three years.", "hedged"),
    ("I think the retry limit of five just got carried along from the old client.", "hedged"),
    ("I think the retry limit should be five, based on the tail latency.", "none"),
    ("The read replica has been serving reporting traffic since I added it last year.", "self"),
    ("The error rate more or less flattened after the fix.", "none"),
    ("The backlog piled up during the holidays.", "none"),
    ("I chose REST on purpose because the clients were all browsers.", "self"),
    ("Somehow the request ended up on the wrong shard, which I traced to a hashing bug.", "none"),
]

CLASSES_F = {"authority": AUTHORITY_F, "group": GROUP_F, "process": PROCESS_F, "agentless": AGENTLESS_F, "hedged": HEDGED_F}
