"""Fresh sentence-level cases, batch 15 (lead, 2026-12-02): a prevention is a guard the speaker built, not a decision
whose reason mentions what a failure would stop.

Written from a misreading seen in the workshop (described as a class, not copied), before running the readers on these
sentences: "I made the call to run both gateways for a week, because a failed cutover would stop every checkout" was
listed as a prevention, because "made" counted as building something and "would stop" as a guard.  A decision idiom
("made the call", "made the decision") builds nothing, and a guard verb inside the reason for a decision, or in a
hypothetical consequence, is not a check that was put in place.  Real guards in similar wording must still count.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "I made the decision to keep the old scheduler running in parallel, since a bad switch would block every shipment.",
        set(),
        {"prevention"},
    ),
    (
        "I made the call to delay the release by a day because a broken migration would halt all the ward terminals.",
        set(),
        {"prevention"},
    ),
    (
        "I chose to phase the rollout by region, as one bad push could reject every card payment at once.",
        set(),
        {"prevention"},
    ),
    (
        "I made the choice to stay on the old vendor for a quarter, because a rushed switch might fail the audit.",
        set(),
        {"prevention"},
    ),
    (
        "I wrote a check that blocks any deploy when the schema and the code disagree.",
        {"prevention"},
        set(),
    ),
    (
        "After the outage I added an alert that pages the on-call engineer whenever the queue stops draining.",
        {"prevention"},
        set(),
    ),
    (
        "I built a nightly job that compares the two ledgers and flags every mismatch before the books close.",
        {"prevention"},
        set(),
    ),
    (
        "I made a rule in the pipeline that rejects any build without a signed artifact.",
        {"prevention"},
        set(),
    ),
]
