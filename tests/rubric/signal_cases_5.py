"""Fresh sentence-level cases, batch 5: readings that came out upside down (waiting, permission, hindsight, context).

Seven classes of wording, each written before running the readers on them, with controls that keep the real
signal so a fix cannot simply drop a pattern:
negated waiting followed by the speaker's own act; counterfactual permission ("if she had objected I'd have argued
it"); the cost of waiting given as the reason to act; hindsight whose subject is the speaker's own step ("pausing
the sync should have come first"); asking for a review of one's own work rather than for permission; context
sentences ("I owned the billing service"); "told my manager afterwards, not before".
Same format as ``signal_cases_1.py``.
"""

_DEFER = {"waited_for_approval", "asked_permission"}
_ALL_DEFER = {"waited_for_approval", "asked_permission", "escalated_decision", "hypothetical_deferral"}

CASES: list[tuple[str, set[str], set[str]]] = [
    # 1. negated waiting, then the speaker's own act
    ("I didn't wait for the network team to get to the ticket; I rerouted the traffic myself and sent them the change to review.", {"acted_without_waiting"}, _DEFER),
    ("Without waiting for the DBA to come online, I killed the runaway query and wrote up what I'd done in the incident channel.", {"acted_without_waiting"}, _DEFER),
    ("rather than wait for the payments squad to schedule it, i rolled the flag back and pinged their lead", {"acted_without_waiting"}, _DEFER),
    ("Instead of asking the platform lead whether I could, I restarted the stuck workers and posted why in the channel.", {"acted_without_waiting"}, _DEFER),
    ("I did not wait on facilities to approve the courier swap; I booked the backup courier and told them after.", {"acted_without_waiting"}, _DEFER),
    ("I never waited for the warehouse manager to decide, I moved the pallets to the cold room myself.", {"acted_without_waiting"}, _DEFER),
    ("I waited for the security team to sign off before I rotated the keys.", {"waited_for_approval"}, {"acted_without_waiting"}),
    # 2. counterfactual permission: "I would have done it anyway"
    ("If the head of ops had pushed back I'd have shown her the error rates, but I never saw it as her call to make.", {"hypothetical_independence"}, _ALL_DEFER),
    ("had my manager said no, I would have argued the case with the incident data, but I didn't treat it as something he had to approve", {"hypothetical_independence"}, _ALL_DEFER),
    ("If my lead had disagreed I would have talked it through with him, but it was never a change that needed his sign-off.", {"hypothetical_independence"}, _ALL_DEFER),
    ("If the CTO had told me to hold off I'd have made my argument, but she didn't.", {"hypothetical_independence"}, _ALL_DEFER),
    ("Even if legal had objected, I would have pushed for the fix with the audit numbers.", {"hypothetical_independence"}, _ALL_DEFER),
    ("If my lead had been around I would have asked him first.", {"hypothetical_deferral"}, {"hypothetical_independence"}),
    # 3. the cost of waiting, given as the reason to act
    ("Waiting for the carrier's fix would have meant every parcel misrouted through the weekend, so I switched the label format back.", {"stated_reason"}, _DEFER),
    ("Holding off until the vendor's patch landed meant another week of double-charged riders, so I turned the discount rule off.", set(), _DEFER),
    ("Waiting on the finance team's quarterly review would have cost us two more months of wrong invoices, so I corrected the rates that afternoon.", set(), _DEFER),
    ("i knew waiting for the next sprint meant the clinics kept getting duplicate reminders, so i patched the scheduler that night", set(), _DEFER),
    ("Sitting on it until the architecture board met would have left the queue backing up for days, so I added a second consumer.", set(), _DEFER),
    ("We waited for the vendor's next release, and customers were overcharged for a month.", {"waited_for_approval"}, set()),
    # 4. owned hindsight whose subject is the speaker's own step
    ("In hindsight, freezing the deploys should have come before the root-cause hunt; chasing a perfect diagnosis was the wrong trade.", {"owned_hindsight"}, {"blamed_others"} | _DEFER),
    ("Looking back, rolling back first and investigating second would have been the better order.", {"owned_hindsight"}, {"blamed_others"} | _DEFER),
    ("in retrospect draining the bad node should have happened an hour earlier, waiting for a cleaner signal cost us that hour", {"owned_hindsight"}, {"blamed_others"} | _DEFER),
    ("With hindsight, the config rollback should have gone out before the log reading started.", {"owned_hindsight"}, {"blamed_others"}),
    ("Looking back, holding out for a clean repro was the wrong call and pulling the release should have been the first step.", {"owned_hindsight"}, {"blamed_others"} | _DEFER),
    ("Looking back, the QA team should have caught it before it shipped.", {"blamed_others"}, {"owned_hindsight"}),
    # 5. a review of one's own work is not permission
    ("I asked the search team's lead to review my patch, not to approve the approach, and merged it the same day.", {"consulted_then_decided"}, _DEFER | {"alternative_weighed"}),
    ("I got the billing lead to look over my code rather than to sign off on the idea, then shipped it.", set(), _DEFER | {"alternative_weighed"}),
    ("I sent the migration script to their DBA for a review of the SQL, not for permission, and ran it that night.", set(), _DEFER | {"alternative_weighed"}),
    ("I asked their lead to approve the idea before I wrote any code.", {"asked_permission"}, set()),
    # 6. context: what the speaker was responsible for
    ("I owned the billing service at the time.", set(), {"evidence_used", "deferred_decision", "mostly_deferred"}),
    ("I ran the intake backend for two years.", set(), {"evidence_used", "deferred_decision", "mostly_deferred"}),
    ("At that point i looked after the routing service and its nightly jobs.", set(), {"evidence_used", "deferred_decision", "mostly_deferred"}),
    ("I maintained the payroll exporter, which three teams depended on.", set(), {"evidence_used", "deferred_decision", "mostly_deferred"}),
    ("I ran the load test against the new cluster twice before I picked the bigger instance.", {"evidence_used"}, set()),
    # 7. informed afterwards, not before: independence, not an alternative weighed
    ("I rolled the pricing change back and told my director afterwards, not before.", {"informed_after"}, {"alternative_weighed"}),
    ("I paused the email campaign and let the marketing lead know once it was done, not beforehand.", {"informed_after"}, {"alternative_weighed"}),
    ("i switched the traffic over and told the ops manager after, not before", {"informed_after"}, {"alternative_weighed"}),
    ("I restarted the queue consumers and messaged my manager afterwards rather than before.", {"informed_after"}, {"alternative_weighed"}),
    ("I picked the smaller index, not the composite one, because writes mattered more.", {"alternative_weighed"}, set()),
]
