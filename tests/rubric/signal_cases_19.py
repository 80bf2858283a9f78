"""Fresh sentence-level cases, batch 19 (lead, 2026-12-02): a skipped check named as the owned cause of one's own
mistake is the admission an interviewer wants, not recklessness.

Written before running the readers on them, from a misreading seen on an unseen senior transcript (described as a
class, not copied): the candidate told how they rolled a change out "without checking" one unit's situation, named it
their wrong call, fixed it and added a guard; the story was read as acting alone without safeguards, which capped all
three dimensions at 2.  Recklessness told without owning it (or with the blame put elsewhere) must still count.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "I pushed the new tariff table to every store without checking the weekend prices, and Saturday's receipts "
        "were wrong. That was my mistake. I reverted it that morning and added a price diff to the release checklist.",
        {"owned_outcome"},
        {"reckless_action"},
    ),
    (
        "I migrated all the depots at once without a dry run, and two of them lost their routes for a day. That one "
        "is on me; in hindsight I should have tried one depot first, and now every migration starts with one.",
        set(),
        {"reckless_action"},
    ),
    (
        "I enabled the new triage rules for every clinic without testing them on the paediatric queue, and some "
        "children waited too long. It was my call and the wrong one, so I switched paediatrics back the same day.",
        set(),
        {"reckless_action"},
    ),
    (
        "I turned off the fraud checks in production without telling anyone because they slowed checkout, and "
        "nothing bad happened.",
        {"reckless_action"},
        set(),
    ),
    (
        "I disabled the rate limiter in production myself and didn't mention it to anyone; it was the fastest way.",
        {"reckless_action"},
        set(),
    ),
    (
        "I shipped the change to all regions at once without a canary. It broke login for an hour, but honestly "
        "the QA team should have caught it.",
        {"reckless_action"},
        set(),
    ),
]
