"""Held-out batch 34 (lead, 2026-12-03): explanations of what broke, written before the analyzer ran on them.

Class: the sentence names the cause of a failure ("the root cause was ...", "the culprit turned out to be ...",
"what broke it was ...", "it came down to ...") and, in passing, the team that owns or once built the broken part:
no decision is narrated, so no probe.  Near misses: a reason that is itself a gate or someone else's decision
("the reason we waited was that the change board had to approve ...": process; "... my manager wanted to review it
himself first": authority) and the speaker's own fix after the cause (self).

First sight (lead8 with main at baa9f6a, rules + learned): P .286 R 1.00 acc .643, five false probes on ten
explanations, three from the learned arbiter alone (rules alone: two, "the mobile team built", "the data platform
folks had pushed").  After causes.py: P .667 R 1.00 acc .929; one false probe left, where the parser reads "a schema
change" as a verb ("the trigger was a schema change the data folks had pushed").  Second set (8, the owner
named in a relative clause on the culprit itself, "the cause was the TLS library, which the security team owns"),
first sight 2 false probes of 6 explanations (read "X was the one who ...", authority) -> 0.
"""

BATCH34 = [
    (
        "The root cause was the rate limiter in the gateway, which the platform team owns, and they were all on leave.",
        "none",
    ),
    (
        "the culprit turned out to be the shared auth library, which security owns, and they were swamped with a pen test.",
        "none",
    ),
    ("What broke it was a config map that the networking group maintains, and they had a release freeze on.", "none"),
    ("The underlying problem was a stale DNS record in a zone the infra team looks after.", "none"),
    ("The cause of the duplicate charges was a retry in the payments SDK, which belongs to another squad.", "none"),
    ("The trigger was a schema change the data platform folks had pushed that morning.", "none"),
    ("It came down to a timeout in the vendor's API, and their support team was in a different timezone.", "none"),
    ("The source of the leak was the image cache, which the mobile team built years ago.", "none"),
    ("The fault was in the billing service, owned by finance engineering, and they were mid-migration.", "none"),
    ("The bug lived in a library the search team maintains; they were heads-down on a launch.", "none"),
    ("The reason we waited was that the change board had to approve anything touching the ledger.", "process"),
    ("The reason it sat for a week was that my manager wanted to review it himself first.", "authority"),
    ("The root cause was my own retry loop, so I rewrote it that night.", "self"),
    ("The cause turned out to be a flag I had left on, so I turned it off and wrote it up.", "self"),
    # second set, written after a trial in the TUI probed such a sentence: the owner named on the culprit itself
    ("The cause of the outage was the TLS library, which the security team owns.", "none"),
    ("the real culprit was a feature flag that marketing controls, and nobody there was around", "none"),
    ("The root cause of the slow checkout was the fraud check, which the risk team runs.", "none"),
    ("Our problem was a shared config file that three teams edit.", "none"),
    ("The source of the bad prices was the feed parser, which the data team owns and they were at an offsite.", "none"),
    ("The trigger for the page storm was the alert rule that the SRE team had written.", "none"),
    ("The decision was one the platform team owns, so we waited for them.", "authority"),
    ("My director was the one who picked the vendor.", "authority"),
]
