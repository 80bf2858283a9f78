"""Held-out batch 30 (lead, 2026-12-03): handing the decision itself over, and approvals held by someone else,
written before the analyzer ran on them.

Classes: the speaker leaves, hands, passes, punts or kicks the decision (a decision noun, or "it"/"that one" with
"leave" or a deciding verb after it) to someone with a say ("I left it to my manager", "I punted the decision to the
architecture board", "I handed it over to the staff engineer to decide": the receiver's class, and the "to decide"
is the receiver's, not the speaker's); a hyphened approval noun held by someone else ("the go-ahead was the CISO's");
near misses that hand over work or things, or where the speaker made the call and left only details to others.

First sight (main 6827633, rules + learned): P 1.00 R .385 acc .500: 8 of 13 deflections read as the speaker's own
decision (self_did), the worst kind of miss.  After handover.py and the hyphened holder: P 1.00 R 1.00 acc .818;
"procurement" is read as authority and "the front-end guild" as group where this batch says process, and two near
misses are read as weak self (no probe either way).
"""

BATCH30 = [
    ("I left it to my manager in the end.", "authority"),
    ("Honestly I left the decision on the queue to our architect.", "authority"),
    ("I handed the choice of vendor over to procurement.", "process"),
    ("We passed the call up to the VP because it touched two orgs.", "authority"),
    ("I punted the decision to the architecture board.", "process"),
    ("I kicked the question of retention up to legal.", "authority"),
    ("i left that one to the team lead, not my area really", "authority"),
    ("I handed it over to the staff engineer to decide.", "authority"),
    ("We left the pick of framework to the front-end guild.", "process"),
    ("I left the final say on pricing to the head of sales.", "authority"),
    ("The approval was my director's; I only wrote the runbook.", "authority"),
    ("The go-ahead was the CISO's, I just flipped the switch.", "authority"),
    ("The sign-off was the client's, and they took their time.", "authority"),
    ("The sign-off was mine, so the outage was on me.", "self"),
    ("I left the old cron job running because the finance report still read it.", "self"),
    ("I handed the pager to my colleague at six and went home.", "none"),
    ("I passed the logs to the database team so they could see the lock waits.", "self"),
    ("I left a note for the night shift about the flaky disk.", "self"),
    ("I left the team in March to join a start-up.", "none"),
    ("I handed the migration over to the new hire once I had made the design call myself.", "self"),
    ("I left the flag on for another day to watch the error rate.", "self"),
    ("I made the call and left the rollout details to the team.", "self"),
]
