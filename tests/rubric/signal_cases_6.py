"""Fresh sentence-level cases, batch 6: the seven upside-down classes of batch 5 in new wordings and domains.

Written after batch 5's fixes and scored once before any further change (first sight in the commit that added
this file), so it measures how far those fixes generalise.  Same format as ``signal_cases_1.py``.
"""

_DEFER = {"waited_for_approval", "asked_permission"}
_ALL_DEFER = {"waited_for_approval", "asked_permission", "escalated_decision", "hypothetical_deferral"}

CASES: list[tuple[str, set[str], set[str]]] = [
    # 1. negated waiting, then the speaker's own act
    ("I didnt wait for the hospital's IT desk to call back, I reset the pharmacy printer queue myself and emailed them the steps.", {"acted_without_waiting"}, _DEFER),
    ("Without waiting on the vendor's support line, I reverted the firmware on the six scanners and logged what I'd done.", {"acted_without_waiting"}, _DEFER),
    ("Instead of waiting for the data team to rerun their job, I reloaded the missing day from the raw files that morning.", {"acted_without_waiting"}, _DEFER),
    # 2. counterfactual permission
    ("If the clinic director had vetoed it, I'd have walked her through the missed-appointment numbers, but she never had to sign anything.", {"hypothetical_independence"}, _ALL_DEFER),
    ("Had the product owner told me to stop, I would have argued for the fix with the complaint log, though I didn't see it as his decision.", {"hypothetical_independence"}, _ALL_DEFER),
    # 3. the cost of waiting as the reason to act
    ("Waiting until the supplier's Monday call would have cost every store a weekend of empty shelves, so I reordered from the second supplier.", set(), _DEFER),
    ("holding off for the next maintenance window meant another four nights of failed backups, so i moved the job to the spare server", set(), _DEFER),
    # 4. hindsight whose subject is the speaker's own step
    ("In hindsight, switching the feed off should have been the first thing I did, not the last.", {"owned_hindsight"}, {"blamed_others"} | _DEFER),
    ("Looking back, rerouting the calls earlier would have been the better move; spending an hour on the root cause first was the wrong order.", {"owned_hindsight"}, {"blamed_others"}),
    ("Looking back, the vendor should have warned us about the firmware change.", {"blamed_others"}, {"owned_hindsight"}),
    # 5. review of one's own work, not permission
    ("I had the payments lead read my migration, not to bless it but to catch anything I'd missed, and ran it the next morning.", set(), _DEFER | {"alternative_weighed"}),
    # 6. context
    ("I managed the ticketing platform for the whole festival.", set(), {"evidence_used", "deferred_decision", "owned_outcome"}),
    ("I led the mobile checkout team at the time.", set(), {"evidence_used", "deferred_decision", "owned_outcome"}),
    # 7. informed afterwards, not before
    ("I froze the nightly payouts and told finance afterwards, not beforehand.", {"informed_after"}, {"alternative_weighed"}),
    ("i cut the traffic over to the backup region and messaged the director after, not before", {"informed_after"}, {"alternative_weighed"}),
]
