"""Held-out batch 13: the untouched check for issue 11, written after every fix and scored once.
Its first-sight score (bench/README.md) is the honest figure.  Each is (text, expected locus)."""

BATCH13: list[tuple[str, str]] = [
    # authority
    ("Whether we went multi-region was really the CTO's decision.", "authority"),
    ("The head of platform told us flatly that Mesos was going away.", "authority"),
    ("I wanted to wait, but the program manager pushed the date forward anyway.", "authority"),
    ("We were waiting on a yes from the compliance lead for almost two weeks.", "authority"),
    ("Our director signed off on the vendor switch during her one-on-one with me.", "authority"),
    ("The final call on pricing tiers rested with the product VP.", "authority"),
    ("The client insisted on keeping their nightly CSV drop, so we kept it.", "authority"),
    ("I ran the index change by our DBA first and only applied it once he was happy.", "authority"),
    ("It was legal who decided we couldn't log full IP addresses.", "authority"),
    # group
    ("In the end my peer on billing and I agreed on a single idempotency key format.", "group"),
    ("We all voted to move standup to the afternoon.", "group"),
    ("The two squads worked out between themselves who would own the gateway.", "group"),
    ("The decision to move to trunk-based development was a joint one across the three teams.", "group"),
    ("Support and engineering settled on a four-hour response target together.", "group"),
    # process
    ("The deploy was blocked by our change freeze until January.", "process"),
    ("Because of the SOC 2 controls, every admin action had to be logged and reviewed.", "process"),
    ("We escalated to the incident review board, and they made us add a canary stage.", "process"),
    ("The pull request couldn't merge until the security scan passed and a code owner approved.", "process"),
    ("Our runbook told us to restart the consumers before touching the broker.", "process"),
    # agentless
    ("The hackathon budget got slashed to almost nothing.", "agentless"),
    ("The reorg was announced on a Friday and took effect on Monday.", "agentless"),
    ("Halfway through the quarter the analytics project was deprioritized.", "agentless"),
    ("Our conference travel was frozen after the funding round fell through.", "agentless"),
    ("The Windows client was, uh, quietly dropped from the roadmap.", "agentless"),
    # hedged
    ("The monolith was just the thing everyone already knew how to deploy.", "hedged"),
    ("Nobody really owned the cost dashboards, so they drifted out of date.", "hedged"),
    ("The canary config was copied from another team and never touched again.", "hedged"),
    ("The old VPN stuck around for years after we moved to zero trust.", "hedged"),
    ("Kind of by default, we kept using the same instance type for every service.", "hedged"),
    ("That cron job had been running since before anyone on the team joined.", "hedged"),
    ("The vendor contract auto-renewed two years in a row.", "hedged"),
    ("Nobody ever formally picked gRPC; it just spread from one service to the next.", "hedged"),
    # self
    ("The call to pause the rollout was mine, and I'd make it again.", "self"),
    ("I vetoed the second database and kept everything in Postgres.", "self"),
    ("Pulled the dashboards, saw the error spike, and reverted the config within ten minutes.", "self"),
    ("I checked with the SRE lead about capacity and then decided to double the pool myself.", "self"),
    ("My manager only found out after I had already rolled back.", "self"),
    ("I called off the migration when the dry run lost rows.", "self"),
    ("I said we're not launching without alerts, and I held the launch a week.", "self"),
    ("I chose to rewrite the importer instead of patching it again.", "self"),
    ("I owned the decision to sunset the v1 API and wrote the migration guide.", "self"),
    # none
    ("The scheduler decides which worker picks up the job.", "none"),
    ("In my design the approval service would call the ledger before confirming.", "none"),
    ("A write is committed once a majority of replicas agree.", "none"),
    ("We'd gate the rollout on the canary's error rate.", "none"),
    ("Our pager rotation is one week on, three weeks off.", "none"),
    ("Who usually decides on the tech stack for new services here?", "none"),
    ("No more questions from me, thanks for your time.", "none"),
    ("The dashboard stayed green for the entire load test.", "none"),
    ("Each call to the search API takes about 40 ms at p50.", "none"),
    ("The team lead role rotates every quarter.", "none"),
    ("I'd ask the security team to review the token scopes before launch.", "none"),
]
