"""Held-out speech-act batch, written after speech_acts.py and before it ever ran on these: (text, act).
First-sight score is recorded in bench/README.md."""

HELDOUT_SENTENCES: list[tuple[str, str]] = [
    ("What are the biggest reliability problems your team is facing right now?", "question"),
    ("how big is the team i'd be joining", "question"),
    ("Are the consumers allowed to read slightly stale data?", "question"),
    ("Do we care about ordering across partitions or only within one?", "question"),
    ("Could you clarify whether the 10k requests per second is peak or sustained?", "question"),
    ("Is there a hard budget on infra spend for this design?", "question"),
    ("I'd love to hear how you run postmortems here.", "question"),
    ("Okay, and who makes the final call on architecture at your company?", "question"),
    ("So we can assume the payments provider is always reachable?", "question"),
    ("What would you have done differently in my place?", "question"),
    ("That's all I've got, thank you both.", "closing"),
    ("Nope, nothing else, thanks for the chat!", "closing"),
    ("I think I'm all set, thank you.", "closing"),
    ("Really appreciate the time today.", "closing"),
    ("No questions from me, thanks", "closing"),
    ("Thank you, it was great chatting with you.", "closing"),
    ("So the question I kept coming back to was: do we trust the replica lag metric?", "narration"),
    ("Could we have caught it earlier? Probably, if the alert had been tuned.", "narration"),
    ("Who signed off on the schema change? Nobody, it just went out with the release.", "narration"),
    ("I remember thinking, why are we paying for three CDNs?", "narration"),
    ("My lead's question was whether the cutover could wait a sprint, and I said it couldn't.", "narration"),
    ("Why did we keep the old queue around for so long?", "narration"),
    ("Thanks for the patience earlier; anyway, the outage started around midnight.", "narration"),
    ("That was it for the first phase, then we moved on to the billing tables.", "narration"),
    ("How the team got there was mostly trial and error.", "narration"),
    ("I had no idea who owned the DNS zone, so I asked around.", "narration"),
    ("The VP asked us, is this really worth a quarter of work?", "narration"),
    ("We shipped it on a Friday, which in hindsight was a mistake, right?", "narration"),
    ("Which meant I had to pick between the two vendors myself.", "narration"),
    ("No, I made that call on my own.", "narration"),
]

HELDOUT_ANSWERS: list[tuple[str, str]] = [
    ("Great, thanks. What does a typical week look like for someone in this role?", "question"),
    ("Hmm, before I go on: is the fraud check synchronous in the checkout path, or can it lag?", "question"),
    ("Nope. Thanks so much, this was fun.", "closing"),
    ("I think that's everything. Appreciate it!", "closing"),
    (
        "Why did I push back? Because the migration plan had no rollback step, and I wasn't going to run it "
        "without one. So I wrote the rollback myself.",
        "narration",
    ),
    (
        "I'd put a queue in front of the ledger writes and let workers drain it at a fixed rate. Is that the "
        "direction you wanted?",
        "narration",
    ),
    ("The director kept asking whether we could launch early. We couldn't, and I told her so.", "narration"),
    ("That's it, really: I reverted the flag and the errors stopped within a minute.", "narration"),
]
