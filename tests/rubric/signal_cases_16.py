"""Fresh sentence-level cases, batch 16 (lead, 2026-12-02): consulting for a fact and then going ahead is
consult-then-decide, in wordings where the decision is a dropped-subject "went ahead" or "then did it".

Written before running the readers on them, from a known miss kept last stop (described as a class, not copied): an
answer where the speaker checked with a specialist how large or how risky something was and then went ahead was heard
as neither a deferral nor a decision.  The forbidden side keeps asking permission and waiting for a yes apart.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "I checked with the network engineer how much headroom the link had, then went ahead with the bigger batch size.",
        {"consulted_then_decided"},
        {"waited_for_approval", "asked_permission"},
    ),
    (
        "I asked the pharmacist how long the old labels stayed valid and went ahead with the reprint that afternoon.",
        {"consulted_then_decided"},
        {"waited_for_approval", "asked_permission"},
    ),
    (
        "I got the numbers on peak load from the SRE on call, and then I went ahead and doubled the pool myself.",
        {"consulted_then_decided"},
        {"waited_for_approval", "asked_permission"},
    ),
    (
        "Before changing anything I asked the warehouse lead which docks were idle at night; then I moved the pickups to docks four and five.",
        {"consulted_then_decided"},
        {"waited_for_approval", "asked_permission"},
    ),
    (
        "I checked with finance what the penalty clause would cost us and decided to terminate the contract early anyway.",
        {"consulted_then_decided"},
        {"waited_for_approval", "asked_permission"},
    ),
    (
        "I asked my manager whether I could go ahead with the resize and waited until she said yes.",
        set(),
        {"consulted_then_decided"},
    ),
    (
        "I checked with the architect whether the resize was allowed, and only went ahead once he approved it.",
        set(),
        {"consulted_then_decided"},
    ),
]
