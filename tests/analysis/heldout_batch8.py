"""Held-out batch 8: adversarial wording (negation, quotes, habitual/hypothetical, typos, passive, "we").

Written before the analyzer was run on any of it.  Each is (text, expected locus).
"""

BATCH8: list[tuple[str, str]] = [
    # negation both ways
    ("I didn't get sign-off, I just shipped it.", "self"),
    ("I couldn't ship until the director approved.", "authority"),
    ("Nobody told me to, I rolled back.", "self"),
    ("I didn't wait for my lead, I reverted the migration as soon as the errors started.", "self"),
    ("I wasn't allowed to touch the prod database without the DBA team's approval.", "authority"),
    ("We couldn't deploy until the CAB met on Thursday.", "process"),
    ("I never asked for permission; I disabled the endpoint and wrote up why.", "self"),
    ("My manager didn't approve the rewrite, so it never happened.", "authority"),
    # quoted / reported speech
    ("My manager said 'roll it back', so I rolled it back.", "authority"),
    ("I told the team 'we're rolling back' and started the revert.", "self"),
    ("The VP said we had to launch before Black Friday.", "authority"),
    ("I told my director that I was going to fail over, and then I did it.", "self"),
    ("My lead was like \"just turn the flag off\" and I did.", "authority"),
    ("I said \"I'm making the call, we drain the region\" and nobody objected.", "self"),
    # habitual vs episodic
    ("Normally the CAB approves changes like that, but this time I pushed it through myself as an emergency fix.", "self"),
    ("The CAB approved the change.", "process"),
    ("Usually my manager signs off on anything touching billing, and she signed off on this one too.", "authority"),
    # hypothetical
    ("If I had been on call, I would have rolled back immediately.", "none"),
    ("If my manager had been around, she probably would have approved it.", "none"),
    # typos, lowercase, no punctuation
    ("i decidd to rollback the deploy myself", "self"),
    ("my manger told me to revert it so i did", "authority"),
    ("we agred as a team to postpone the launch", "group"),
    ("the rollback was aproved by the vp", "authority"),
    ("it was decieded to move everything to gcp", "agentless"),
    ("i made the call to page the db team and failover", "self"),
    # passive with and without by-agent
    ("The hotfix was approved by my skip level.", "authority"),
    ("The hotfix was approved.", "agentless"),
    ("The launch was pushed by two weeks.", "agentless"),
    ("The change was rejected by the architecture review board.", "process"),
    # we: design proposal vs past narrative
    ("We'd put a write-ahead log in front of the index.", "none"),
    ("We put a write-ahead log in front of the index after the outage.", "group"),
    ("We should probably shard by tenant here.", "none"),
    # asking-before vs informing-after
    ("I asked my manager if I could roll back, and she said go ahead.", "authority"),
    ("I rolled back and then told my manager what I'd done.", "self"),
    ("I checked with the security team before I opened the port.", "authority"),
    ("I opened the port and let the security team know afterwards.", "self"),
    # told / had to / needed
    ("I was told to freeze deploys for the audit.", "agentless"),  # no teller named (convention since batch 29)
    ("I had to get approval from the platform lead before changing the instance type.", "authority"),
    ("I needed buy-in from the other teams before we could switch schemas.", "group"),
    ("Honestly it just kind of happened that we stayed on Jenkins.", "hedged"),
]
