"""Fresh sentence-level cases, batch 7 (h10; written as batch 5 beside another helper's batch 5): owned outcomes in ordinary and run-on wording, reasoning in plain words,
reporting to the owning team (not scope extension), and consulting before deciding.

Written for the blind-set classes still seen after batch 4 (a strong owner's outcome buried in a long sentence, an
ordinary strong telling read as ownership 2 and judgment 3, "I filed a ticket and they patched it" read as scope
extension), before running the readers on them.  Same format as ``signal_cases_1.py``.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    # owned outcomes, some buried inside one long sentence
    ("we had rolled the new sorter out to every depot on the Monday and by the afternoon parcels for the north were piling up in the south, and the reason was that the routing table I had generated skipped two postcodes, so that was down to me and it cost us a day of deliveries", {"owned_outcome"}, set()),
    ("It was me who set the cache to expire after a day, and that is why the prices were stale for a whole morning.", {"owned_outcome"}, set()),
    ("I was the one who merged my own change without a second reviewer, and that change is what took the booking page down.", {"owned_outcome"}, set()),
    ("The root cause was the retry limit I had chosen, which was far too high for the bank's gateway.", {"owned_outcome"}, set()),
    ("My estimate was off by half, and that's why the launch slipped a week.", {"owned_outcome"}, set()),
    ("the import that I wrote treated empty fields as zeros, so a few hundred invoices went out with a zero total, and I'm the one who has to answer for that", {"owned_outcome"}, set()),
    ("I take responsibility for that outage, because the runbook step I removed was the one that would have caught it.", {"owned_outcome"}, set()),
    ("I underestimated how many stores would sync at once and the servers fell over at opening time.", {"owned_outcome"}, set()),
    ("I got the time zones wrong in the export, and the night shift was paid at the day rate for two weeks.", {"owned_outcome"}, set()),
    ("so long story short the duplicated emails were my doing because I had left the old sender running alongside the new one while I tested, and I only noticed when customers started replying", {"owned_outcome"}, set()),
    ("The outage was caused by the vendor's expired certificate, and I found it within the hour.", set(), {"owned_outcome"}),
    ("My manager decided to ship it on Friday, and it broke checkout for the weekend.", set(), {"owned_outcome"}),
    # reasoning in plain words
    ("I weighed a full rebuild against patching the old index, and the patch won because the rebuild needed three weeks we didn't have.", {"alternative_weighed"}, set()),
    ("The two candidates were a managed queue and our own Kafka cluster; I went with the managed queue since nobody on the team had run Kafka in production.", {"alternative_weighed"}, set()),
    ("I knew going in that the cheaper storage tier would make restores slower, and I took that trade because restores happen twice a year.", {"risk_accepted"}, set()),
    ("I pulled a month of checkout traces, and they showed the slow step was the address lookup, so that's what I cached.", {"evidence_used"}, set()),
    ("On balance I preferred a slower rollout over a faster one that we couldn't undo.", {"alternative_weighed"}, set()),
    ("The downside I signed up for was a week of double writes, which I judged cheaper than an outage.", {"risk_accepted"}, set()),
    ("After replaying last Black Friday's traffic against both designs, I picked the one that stayed under 200 ms.", {"evidence_used"}, set()),
    # reporting to the owners is not doing their work
    ("The billing team owns that service, so I reported the bug to them and they fixed it the following week.", set(), {"scope_extension"}),
    ("It wasn't our library, so I filed a ticket with the platform team and they patched it.", set(), {"scope_extension"}),
    ("I flagged it to the data team's lead with the failing queries, because the pipeline belongs to the data team, and they rolled out a fix for every consumer.", set(), {"scope_extension"}),
    ("It was another team's service, so I wrote up the problem with the logs and sent it to their on-call, who changed the setting.", set(), {"scope_extension"}),
    ("The search team owns the indexer and nobody had asked me, but I wrote the patch myself, tested it against their suite and opened the pull request in their repo.", {"scope_extension"}, set()),
    # consulting before deciding
    ("Before I touched the schedule I spent a morning with the two dispatchers who used it, and then I changed the order of the stops myself.", {"consulted_then_decided"}, set()),
    ("I talked to finance first, but only to learn which accounts mattered, and then I made the cut-off call.", {"consulted_then_decided"}, set()),
]
