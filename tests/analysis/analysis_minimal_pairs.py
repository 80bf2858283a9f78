"""Minimal pairs: actor x voice x negation x quotation x tense, each with its expected locus."""

# Actor -> (active past decision, passive by-agent, negated decision/deferral, quoted instruction, hypothetical)
ACTORS: dict[str, dict[str, tuple[str, str]]] = {
    "I": {
        "active": ("I decided to roll back the release.", "self"),
        "passive": ("The release was rolled back by me.", "self"),
        "negated": ("I didn't wait for sign-off before rolling back the release.", "self"),
        "quoted": ("I said 'roll it back' and we rolled back the release.", "self"),
        "hypothetical": ("I would roll back the release if errors spike.", "none"),
    },
    "we": {
        "active": ("We decided to roll back the release.", "group"),
        "passive": ("The release was rolled back by us.", "group"),
        "negated": ("We decided not to roll back the release.", "group"),
        "quoted": ("We all said 'roll it back' and agreed to revert the release.", "group"),
        "hypothetical": ("We'd roll back the release with a feature flag.", "none"),
    },
    "my manager": {
        "active": ("My manager decided to roll back the release.", "authority"),
        "passive": ("The release was rolled back by my manager.", "authority"),
        "negated": ("My manager didn't approve the rollback, so the release stayed out.", "authority"),
        "quoted": ("My manager said 'roll it back' and I rolled back the release.", "authority"),
        "hypothetical": ("My manager would probably roll back the release in that case.", "none"),
    },
    "the team": {
        "active": ("The team decided to roll back the release.", "group"),
        "passive": ("The release was rolled back by the team.", "group"),
        "negated": ("The team decided not to roll back the release.", "group"),
        "quoted": ("The team agreed, 'let's roll it back', so the release was reverted.", "group"),
        "hypothetical": ("The team would roll back the release during an incident.", "none"),
    },
    "the runbook": {
        "active": ("The runbook required a rollback of the release.", "process"),
        "passive": ("The release was rolled back per the runbook.", "process"),
        "negated": ("The runbook did not allow a hotfix, so the release was rolled back.", "process"),
        "quoted": ("The runbook says 'roll back first, debug later', so I rolled back the release.", "process"),
        "hypothetical": ("A runbook could describe how to roll back the release.", "none"),
    },
}

# Pairs where one small change moves the decision.
FLIPS: list[tuple[str, str]] = [
    ("I waited for my manager to approve the rollback.", "authority"),
    ("I didn't wait for my manager to approve the rollback.", "self"),
    ("I rolled back and told my manager afterwards.", "self"),
    ("I asked my manager whether to roll back, and she said yes.", "authority"),
    ("I asked the DBA what could go wrong, then I decided to roll back.", "self"),
    ("I got approval from security first, then rolled back.", "authority"),
    ("My manager wanted to wait, but I rolled back the release.", "self"),
    ("I wanted to roll back, but my manager decided to wait.", "authority"),
    ("The rollback was approved.", "agentless"),
    ("The rollback was approved by me.", "self"),
    ("We kind of ended up rolling back.", "hedged"),
    ("We decided to roll back.", "group"),
    ("We'd roll back.", "none"),
    ("I would have rolled back anyway, even without sign-off.", "self"),
    ("I escalated the rollback decision to my director.", "authority"),
    ("I rolled back, then escalated to my director to keep her in the loop.", "self"),
]
