"""Fresh sentence-level cases for story signals, batch 3: ordinary-word reasoning and ownership follow-through.

Written after batch 2's fixes, before running the readers on them.  Same format as ``signal_cases_1.py``.
First sight (h10c, before any fix for it): 15/28 expected signals found (54%), 0 forbidden.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    ("I weighed reverting, but the fault was in the config, so I fixed the config instead.", {"alternative_weighed"}, set()),
    ("Reverting was the obvious move, but it would have dropped the partner's data, so I patched forward.", {"alternative_weighed", "stated_reason"}, set()),
    ("My first thought was to add servers; I didn't, because the graphs showed one hot partition.", {"alternative_weighed", "evidence_used"}, set()),
    ("I went through the last month of tickets and found the same three customers every time.", {"evidence_used"}, set()),
    ("I tested the fix on a copy of Friday's data before touching production.", {"evidence_used"}, set()),
    ("I picked the slower migration on purpose, knowing the team would lose a sprint to it.", {"risk_accepted"}, set()),
    ("It cost us two days of delay, but nobody's payroll was wrong, which mattered more.", {"risk_accepted"}, set()),
    ("That delay is on me; I kept the old vendor a month longer than I should have.", {"owned_outcome"}, {"blamed_others"}),
    ("The missing invoices were my doing, since my filter skipped every account created that day.", {"owned_outcome"}, set()),
    ("I told the account managers first, before their customers could call them.", {"informed_affected"}, set()),
    ("I sent an apology and the corrected numbers to every advertiser we had overcharged.", {"informed_affected"}, set()),
    ("I went back to the dashboard every morning for two weeks to make sure the error rate stayed flat.", {"followed_through"}, set()),
    ("I kept watching the queue depth for the rest of the week until it held steady.", {"followed_through"}, set()),
    ("I added an alert on the job's runtime and a check that refuses an empty input file.", {"prevention"}, set()),
    ("After that I made the migration tool run every change against a staging copy first.", {"prevention"}, set()),
    ("Ravi from the data platform team wrote the backfill script, and I want to be clear that part was his.", {"credited_others"}, set()),
    ("The warehouse team's scanner update broke our labels, and I should have pinned the version, so part of it was mine.", {"owned_outcome"}, set()),
    ("Legal should have told us about the new rule earlier; we only found out from a customer.", {"blamed_others"}, set()),
    ("I'm not going to pretend it was anyone else's fault: I pushed the change without the second review.", {"owned_outcome"}, {"blamed_others"}),
    ("I didn't ask anyone; I paused the sync, and wrote to the two teams that used it with what I'd done.", {"acted_without_waiting", "informed_after"}, {"asked_permission"}),
    ("I rang the site manager to ask how many trucks were still out, then I moved the cutoff myself.", {"consulted_then_decided"}, {"asked_permission"}),
    ("I waited three days for the architecture review before I could switch the region.", {"waited_for_approval"}, {"acted_without_waiting"}),
    ("I kicked it up to my skip-level, because pausing the feature wasn't my decision to make.", {"escalated_decision"}, set()),
    ("If the on-call lead had said no I'd still have rolled back, since the error budget was gone.", {"hypothetical_independence"}, set()),
    ("The billing service belonged to another group, but since it was charging everyone twice I wrote the fix, tested it against their replay and sent it over.",
     {"scope_extension"}, {"stayed_in_lane"}),
]
