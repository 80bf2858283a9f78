"""Speech-act cases written before ``speech_acts.py`` existed: (text, expected act).

Three kinds: questions the candidate puts to the interviewer, closing remarks, and narration
that merely contains a question (rhetorical, reported, quoted, self-answered) or a closing word.
"""

SENTENCE_QUESTIONS: list[str] = [
    "How does your team decide what to build next quarter?",
    "do you mean peak or average?",
    "Do you mean peak or average",
    "What does the on-call rotation look like on this team?",
    "Is the platform team shared across all the product groups here?",
    "Are we optimising for latency or for cost?",
    "Should I go deeper on the data model, or stay at the API level?",
    "Can I assume the clients are mostly mobile?",
    "So just to clarify, is the read path allowed to be eventually consistent?",
    "what's the expected write volume per second",
    "How many concurrent viewers are we designing for?",
    "Could you tell me a bit about how incidents are reviewed here?",
    "I was wondering how your engineers get a say in the roadmap.",
    "I'm curious how much autonomy a senior engineer has on your team.",
    "Sorry, which region is the primary in this scenario?",
    "Would you like me to sketch the failure modes next?",
    "One question: who owns the deploy pipeline at your company?",
    "We're talking about a global user base, right?",
    "Is it okay if I assume a single writer per shard?",
    "How do you usually decide between building and buying?",
    "Um, what kind of latency budget do we have for the checkout call?",
    "When would I hear back about next steps?",
]

SENTENCE_CLOSINGS: list[str] = [
    "Thanks, that's all from me.",
    "No more questions, thanks",
    "Thank you so much for your time.",
    "That's it from my side.",
    "I don't have any other questions.",
    "Nope, I'm good, thanks!",
    "Nothing else from me.",
    "Thanks for having me, this was really helpful.",
    "I think that covers everything.",
    "ok thats all",
    "Great talking with you, have a good rest of your day.",
    "No further questions at this point, thank you.",
    "Appreciate your time, looking forward to hearing back.",
    "That's everything I wanted to ask.",
]

SENTENCE_NARRATION: list[str] = [
    "I asked myself whether we really needed a second cache tier.",
    "My manager asked, 'can we wait until Monday?', and I said no.",
    "The question was whether to roll back or push a fix forward.",
    "What I did was roll back the release and page the database team.",
    "How we handled it was simple: I wrote a script to drain the queue.",
    "I wondered if the vendor would ever fix the SDK, so I forked it.",
    "Thanks to the runbook, the on-call engineer found the bad config quickly.",
    "That's all the context; the real decision came the next morning.",
    "We rolled back at 2am and I told my lead the next day.",
    "Did we wait for sign-off? No, I shipped the fix that night.",
    "I kept asking the team what would break if we dropped the old endpoint.",
    "So why did I choose Postgres over Dynamo?",
    "She wanted to know whether we could hit the deadline.",
    "I'm done with the migration part, so let me talk about the rollout.",
    "It was a tough call, you know?",
    "Was it the right decision? I still think so.",
    "Did the migration myself over a weekend.",
    "What happened was that the retry storm took down the primary.",
    "Nobody questioned it, which was the problem.",
    "I thanked the SRE team and then reverted the flag myself.",
]

ANSWERS: list[tuple[str, str]] = [
    ("How does your team decide what to build next quarter?", "question"),
    ("do you mean peak or average?", "question"),
    ("Thanks, that's all from me.", "closing"),
    ("No more questions, thanks", "closing"),
    ("Good question. Before I answer, are we assuming reads dominate writes?", "question"),
    ("Yes, one. How does the team handle disagreements with product? I ask because at my last job it was always top-down.", "question"),
    ("Thank you for your time. When should I expect to hear back?", "question"),
    ("Sure. Thanks again, I really enjoyed this. Nothing else from me.", "closing"),
    (
        "I asked myself whether the cache was worth the complexity. I decided it wasn't, and I removed it "
        "the following sprint.",
        "narration",
    ),
    (
        "What did I do? I rolled the release back and wrote up the incident for my manager the next morning.",
        "narration",
    ),
    (
        "My director asked 'do we really need to migrate this quarter?' and I argued that we did, because the "
        "license ran out in March.",
        "narration",
    ),
    (
        "We'd shard the ledger by account id and keep three replicas per zone. Does that make sense so far?",
        "narration",
    ),
    (
        "I made the call to fail over to the standby region, and it held. That's all I did that night, "
        "honestly.",
        "narration",
    ),
    ("", "narration"),
]
