"""Fresh sentence-level cases, batch 13 (lead, 2026-12-02): regret about having waited is hindsight, not a
hypothetical act of independence.

Written from a misreading seen on an unseen transcript (described as a class, not copied), before running the
readers on these sentences: "Looking back, I should have fixed it at once and told her after" was read as
``hypothetical_independence`` (what the speaker would have done without approval), which lifted a candidate who had
in fact waited two weeks.  "Should have" looks back at one's own wait; "would have ... anyway" says what one would do.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    ("In hindsight I should have patched the export straight away and let my manager know afterwards.", {"owned_hindsight"}, {"hypothetical_independence"}),
    ("Looking back, I ought to have rolled it back myself instead of waiting for the director.", set(), {"hypothetical_independence"}),
    ("I should've just shipped the fix that night and told the team in the morning.", set(), {"hypothetical_independence"}),
    ("Honestly I should have turned the job off myself rather than waiting two days for sign-off.", set(), {"hypothetical_independence"}),
    ("in hindsight i shouldve reverted it without asking, the customers were double charged the whole time", set(), {"hypothetical_independence"}),
    # controls: what the speaker would have done without the approval stays hypothetical independence
    ("If nobody had approved it, I would have shipped the patch anyway and told them why.", {"hypothetical_independence"}, set()),
    ("Without the sign-off I'd still have rolled it back, because every hour cost us orders.", {"hypothetical_independence"}, set()),
]
