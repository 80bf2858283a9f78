"""Fresh sentence-level cases, batch 18 (lead, 2026-12-02): excuses dressed as reasons or hindsight.

Written before running the readers on them, from misreadings seen on an unseen blame-shifter transcript (described
as classes, not copied):
- a hindsight opener followed by a denial ("Looking back, the outage wasn't really my doing") was heard as owned
  hindsight;
- the cause of one's own bad outcome put on outsiders ("that was only because the carriers kept changing their
  feeds, which nobody can control") was heard as a reason for the speaker's call;
- "what would you do differently" answered with what others need ("ops needs a proper runbook, not a wiki page")
  was heard as an alternative weighed.
Genuine hindsight, reasons and alternatives in similar wording must still count.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "Looking back, the double charges weren't really my doing; the payment provider changed its retry rules.",
        set(),
        {"owned_hindsight"},
    ),
    (
        "In hindsight the missed deliveries were not on my side at all.",
        set(),
        {"owned_hindsight"},
    ),
    (
        "Looking back, the outage was mostly the network team's fault, not mine.",
        {"blamed_others"},
        {"owned_hindsight"},
    ),
    (
        "Looking back, skipping the pilot was my mistake, and it cost us two days of bad invoices.",
        {"owned_hindsight"},
        set(),
    ),
    (
        "I chose the new parser for the ingest job. It dropped records for a week, but that was only because the "
        "carriers kept changing their feed formats, which nobody can control.",
        set(),
        {"stated_reason"},
    ),
    (
        "My new alerting rules paged people all night for a fortnight, but that was because the vendors kept "
        "renaming their metrics, and that's outside anyone's control.",
        set(),
        {"stated_reason"},
    ),
    (
        "I chose the new parser because the old one could not read the carriers' compressed feeds.",
        {"stated_reason"},
        set(),
    ),
]
