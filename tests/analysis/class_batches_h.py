"""h11's fourth fresh batch per probe class (issue 11, 2026-12-02), written after the fixes for batches E, F and G
and before the analyzer ran on it.

12 sentences whose MAIN decision sits with the class, then 6 near-misses that must not probe.
First-sight scores are in bench/README.md.
"""

AUTHORITY_H: list[tuple[str, str]] = [
    ("Our VP's take was that we'd eat the latency to keep the vendor, so we kept them.", "authority"),
    ("The head of clinical ops signed off on the cutover date without asking us.", "authority"),
    ("I got a direct order from the incident commander to stop the replication.", "authority"),
    ("Basically the insurer's actuaries decided which risk model we'd ship.", "authority"),
    ("The COO leaned on us hard to launch in Texas before the hurricane season.", "authority"),
    ("It wasn't my call; the program manager picked the vendor.", "authority"),
    ("The client insisted that all data stay on their premises, so we built an on-prem installer.", "authority"),
    ("My manager assigned the database upgrade to me and set the deadline.", "authority"),
    ("The exchange's general counsel wanted every large withdrawal held for review, and that's how we built it.", "authority"),
    ("The principal engineer had already chosen gRPC by the time I was looped in.", "authority"),
    ("i was basically told to keep the old payment provider no matter what", "agentless"),  # no teller named
    ("The brief from our biggest customer was to cut onboarding to one day, so we rebuilt the wizard.", "authority"),
    ("I asked my lead for input but made the sharding decision on my own.", "self"),
    ("The firewall rejects any packet without a valid signature.", "none"),
    ("I got paged twice that night and both times I drained the bad node myself.", "self"),
    ("I didn't bother waiting for the director's sign-off and pushed the fix myself.", "self"),
    ("We value people who make calls without waiting for permission.", "none"),
    ("Should I loop in the director before a change like that?", "none"),
]

GROUP_H: list[tuple[str, str]] = [
    ("The tax team and we hammered out the rounding rules over a week of calls.", "group"),
    ("Me and two other engineers agreed to freeze the schema until launch.", "group"),
    ("The decision to move to Kafka was made jointly by the data and payments teams.", "group"),
    ("we talked it over at the offsite and landed on a quarterly planning cycle", "group"),
    ("The whole crew voted to keep pair programming.", "group"),
    ("My tech lead and I co-wrote the RFC and picked the queue together.", "group"),
    ("There was broad agreement in the guild to retire the old style guide.", "group"),
    ("After the incident, all four team leads agreed on a single on-call tool.", "group"),
    ("Design and I came to an agreement on the empty states.", "group"),
    ("We jointly owned the call with the vendor to delay the firmware release.", "group"),
    ("The ML folks and the backend folks compromised on a nightly batch.", "group"),
    ("Our group consensus was to go serverless for the new API.", "group"),
    ("The replicas vote to elect a new leader when the old one fails.", "none"),
    ("We'd want everyone aligned before picking a queue.", "none"),
    ("The other engineers and I all thought the deadline was unrealistic.", "none"),
    ("I listened to the guild and then chose to keep the old guide for one more quarter.", "self"),
    ("How does your org decide on shared tooling?", "none"),
    ("Our team believes strongly in pair programming.", "none"),
]

PROCESS_H: list[tuple[str, str]] = [
    ("Every vendor contract had to go through contract review, so the deal slipped a month.", "process"),
    ("The GxP validation requirements meant every change to the lab system needed a signed test script.", "process"),
    ("Deploys were frozen during the earnings blackout, per company policy.", "process"),
    ("The city's procurement rules required us to publish the bid for thirty days.", "process"),
    ("Our on-call guide mandates a rollback before any debugging.", "process"),
    ("The merge was held until the security scan came back clean.", "process"),
    ("The request sat in the architecture review queue for three weeks.", "process"),
    ("Because the SLA required four nines, we had to run active-active.", "process"),
    ("The budget process only opens in October, so the hardware purchase waited.", "process"),
    ("The release train schedule forced us to cut the feature.", "process"),
    ("A second approver was required by our two-person rule before I could touch prod.", "process"),
    ("The data classification policy stopped us from copying prod data to staging.", "process"),
    ("I set up the two-person rule after the incident and chose who could approve.", "self"),
    ("The scanner flags any dependency with a known CVE.", "none"),
    ("I bypassed the release train for the security fix and documented why.", "self"),
    ("The budget process is annual.", "none"),
    ("I'd put the purchase through the normal budget process.", "none"),
    ("What does your change process look like?", "none"),
]

AGENTLESS_H: list[tuple[str, str]] = [
    ("The loyalty points program got axed, rebuilt and axed again within a year.", "agentless"),
    ("Our QA environment was decommissioned to save money.", "agentless"),
    ("The native app was put on the back burner.", "agentless"),
    ("Funding for the data platform was slashed after the merger.", "agentless"),
    ("The release was rolled back before anyone on my team was told.", "agentless"),
    ("The rewrite got the green light in a leadership offsite.", "agentless"),
    ("The contractors were let go right before the holidays.", "agentless"),
    ("The offline sync feature got de-scoped in the final planning round.", "agentless"),
    ("The weekly release was moved to biweekly without any discussion.", "agentless"),
    ("The support chat widget was switched off for all free users.", "agentless"),
    ("The data center exit got pushed out another year.", "agentless"),
    ("A cap of five concurrent experiments was imposed on every team.", "agentless"),
    ("The session was terminated after thirty minutes of inactivity.", "none"),
    ("I put the native app on the back burner to fix the crash rate.", "self"),
    ("The container got restarted by the orchestrator.", "none"),
    ("The weekly release was moved to biweekly by me after the team burned out.", "self"),
    ("Stale branches get deleted every month.", "none"),
    ("The query was cancelled when it hit the timeout.", "none"),
]

HEDGED_H: list[tuple[str, str]] = [
    ("The staging database kind of turned into the analytics warehouse over time.", "hedged"),
    ("Nobody really owned the choice of Terraform; it just spread from team to team.", "hedged"),
    ("The retry-forever setting has been there since the first release and no one has touched it.", "hedged"),
    ("I think we landed on Kotlin mostly because the first hire knew it.", "hedged"),
    ("The weekly sync slowly became where every decision got made.", "hedged"),
    ("We inherited the vendor contract and it auto-renewed twice.", "hedged"),
    ("Honestly the default region just stayed us-east-1 forever.", "hedged"),
    ("Somewhere along the line Excel became the billing system.", "hedged"),
    ("the old feature flag service kept limping along because nobody wanted to migrate it", "hedged"),
    ("Each team assumed platform would handle the certificate renewals.", "hedged"),
    ("We sort of adopted GraphQL by copying what the web team did.", "hedged"),
    ("The 'quick fix' for the rounding bug is still in production.", "hedged"),
    ("I think we should land on Kotlin for the new services.", "none"),
    ("The staging database turned into a bottleneck during load tests.", "none"),
    ("I kept the default region on us-east-1 because all our customers were there.", "self"),
    ("The certificate renews automatically every ninety days.", "none"),
    ("The old service kept limping along until I migrated the last client.", "self"),
    ("The error budget more or less ran out by Thursday.", "none"),
]

CLASSES_H = {"authority": AUTHORITY_H, "group": GROUP_H, "process": PROCESS_H, "agentless": AGENTLESS_H, "hedged": HEDGED_H}
