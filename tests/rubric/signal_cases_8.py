"""Fresh sentence-level cases, batch 8 (h10; written as batch 6): the candidate's own reasoning in plain words (class 5 of the unseen set: an
ordinary strong telling read as judgment 3), and hindsight about their own testing.

Written after batch 7's fixes, before running the readers on them.  Same format as ``signal_cases_1.py``.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    ("My options were to patch the parser in place or to put a queue in front of it, and I picked the queue because it also absorbed the nightly spikes.", {"alternative_weighed"}, set()),
    ("Reverting would have lost a day of orders, so I rolled forward with a fix instead.", {"alternative_weighed"}, set()),
    ("I ran the new matcher against last quarter's claims and it agreed with the adjusters on 97 percent, which was enough for me to switch.", {"evidence_used"}, set()),
    ("The graphs from the two test regions told me the cache was the bottleneck, not the database.", {"evidence_used"}, set()),
    ("I went with the slower vendor, knowing we'd pay about ten percent more, because their error rate was a third of the other one's.", {"risk_accepted"}, set()),
    ("The catch with my plan was that the reports would be a day behind, and I decided the finance team could live with that.", {"risk_accepted"}, set()),
    ("What I gave up was the real-time view, in exchange for a pipeline one person could run.", {"risk_accepted"}, set()),
    ("I'd only tested the import on small files and never on a full month, and that's the part I got wrong.", {"owned_hindsight"}, set()),
    ("If I did it again I'd run the shadow traffic for a week before switching, not two days.", {"owned_hindsight"}, set()),
    ("I chose to shard by customer rather than by region, since ninety percent of queries were for a single customer.", {"alternative_weighed", "stated_reason"}, set()),
    # someone else's reasoning stays theirs
    ("The architects weighed the two designs and the board picked the cheaper one because of the budget.", set(), {"alternative_weighed", "stated_reason"}),
    ("My manager compared the vendors and chose the one with the better contract.", set(), {"alternative_weighed"}),
]
