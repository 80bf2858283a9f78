"""Held-out batch 9: distractors that must not probe (technical descriptions with decision words,
estimates, design proposals), plus a few real decisions mixed in so "never probe" cannot pass.

Written before the analyzer was run on any of it.  Each is (text, expected locus).
"""

BATCH9: list[tuple[str, str]] = [
    # technical descriptions with decision words
    ("The leader election decides which replica accepts writes for each partition.", "none"),
    ("The scheduler picks a node with enough free memory and binds the pod to it.", "none"),
    ("Raft is the consensus protocol, so a majority of nodes has to agree before a write commits.", "none"),
    ("The approval service returns 200 when the transaction is within the user's limit.", "none"),
    ("The load balancer chooses a backend using least connections.", "none"),
    ("Each shard is approved for writes only after it catches up with the primary.", "none"),
    ("The fraud model decides whether to block a payment in under fifty milliseconds.", "none"),
    ("When the circuit breaker trips, requests are rejected until the half-open probe succeeds.", "none"),
    ("The gatekeeper admission controller rejects pods that run as root.", "none"),
    ("The ad auction selects the highest bid after applying the quality score.", "none"),
    ("The router escalates to the fallback region if the primary returns errors.", "none"),
    ("The policy engine evaluates each request against the allow list and denies the rest.", "none"),
    ("Feature flags decide which cohort sees the new checkout flow.", "none"),
    ("The quorum read waits for two of three replicas to agree on the version.", "none"),
    ("The autoscaler decides how many pods to run from the queue depth.", "none"),
    ("Consensus is reached when a majority of acceptors accept the proposal.", "none"),
    ("The client is approved for a token once the OAuth consent screen is accepted.", "none"),
    ("The job gets rolled back automatically by the transaction if any step fails.", "none"),
    # estimates
    ("At a hundred million daily events that's about twelve hundred writes per second.", "none"),
    ("I'd estimate the index would need around two terabytes after a year.", "none"),
    ("We'd need maybe six engineers for a quarter to build it.", "none"),
    ("Storage grows by roughly forty gigabytes a day, so we'd roll off data after ninety days.", "none"),
    # design proposals
    ("We'd let the team lead approve any schema change in this setup.", "none"),
    ("I'd have the CAB approve only the risky changes and auto-approve the rest.", "none"),
    ("We could decide at write time which tier the object lands in.", "none"),
    ("My approach would be to let each service pick its own datastore.", "none"),
    ("I'd make the rollback automatic so nobody has to decide at 3am.", "none"),
    ("We should have a manual approval step before the production stage.", "none"),
    ("The design lets the on-call engineer decide whether to fail over.", "none"),
    ("I would go with DynamoDB here because the access pattern is key-value.", "none"),
    # explanation of how things work at a company, not a narrated decision
    ("In our pipeline a deploy needs two approvals before it can merge.", "none"),
    ("The approval workflow sends a Slack message to the reviewer.", "none"),
    # real decisions mixed in
    ("The leader election kept flapping, so I decided to raise the lease timeout.", "self"),
    ("The scheduler kept picking the same node, and my lead told me to add anti-affinity rules.", "authority"),
    ("I chose Raft over Paxos for the metadata store because the team could reason about it.", "self"),
    ("The approval service was returning 500s, so the payments team decided to bypass it for an hour.", "authority"),
    ("Our consensus as a team was to keep the monolith for another year.", "group"),
    ("The autoscaler was turned off during the incident.", "agentless"),
    ("Per the runbook the failover was triggered after five minutes of errors.", "process"),
    ("We kind of settled on least connections without ever testing round robin.", "hedged"),
]
