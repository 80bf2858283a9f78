"""Held-out batch 15 (lead, 2026-12-02): passives with a filler inside ("got, um, cut") and acts by an unknown
someone ("somebody switched off the backups at some point, nobody knows who"), written before the analyzer ran on them.

First sight: probe recall 6/10, 7-class accuracy 9/14.  After the fix (an unknown someone's act is agentless when the
sentence says the actor or reason is unknown): recall 8/10, accuracy 11/14.  Known misses kept: a hedge word inside a
got-passive ("got kinda deprecated"), "whoever set up X chose Y" (a clause as subject), and "I got, um, the rollback
done" (a causative "get" with a filler) read as no decision."""

BATCH15: list[tuple[str, str]] = [
    ("The migration budget got, um, cut in half over the summer.", "agentless"),
    ("Our on-prem cluster was, uh, decommissioned before we had a plan.", "agentless"),
    ("The beta got, like, cancelled two weeks in.", "agentless"),
    ("the old api got kinda deprecated overnight", "agentless"),
    ("My request for a second server was, you know, turned down.", "agentless"),
    ("Somebody switched off the nightly backups at some point, nobody knows who.", "agentless"),
    ("Someone picked the message format years ago, no idea who.", "agentless"),
    ("At some point someone raised the timeout to five minutes and never said why.", "agentless"),
    ("Somebody had decided on weekly releases before I got there.", "agentless"),
    ("Whoever set up the cron job chose three a.m., and nobody remembers who that was.", "agentless"),
    ("Somebody on my team asked whether we should retry, and I said no and shipped the fix.", "self"),
    ("I got, um, the rollback done in ten minutes.", "self"),
    ("The backups run, uh, every night at two.", "none"),
    ("Someone from support called me at midnight about the outage.", "none"),
]
