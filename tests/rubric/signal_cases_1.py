"""Fresh sentence-level cases for story signals, batch 1 (written before the readers were tuned on them).

Each case: an answer to "Tell me about a time ...", the signals it must show, and signals it must not.
Domains and wording deliberately away from the transcripts the readers were built on.
First sight (before any fix): see the commit that added this file.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    # owned outcome: own change, call or gap named as the cause
    ("The invoice emails went out twice because my retry wrapper didn't check the sent flag.", {"owned_outcome"}, {"blamed_others"}),
    ("Looking back, keeping the old cache for another month was my call, and it cost us two more outages.", {"owned_outcome", "owned_hindsight"}, {"blamed_others"}),
    ("The broken build was on me: I merged without rerunning the integration suite.", {"owned_outcome"}, {"blamed_others"}),
    ("I shipped the schema change before the consumers were ready, so the nightly export failed for three days.", {"owned_outcome"}, set()),
    ("Honestly the outage traces back to my config push; I had the region list wrong.", {"owned_outcome"}, {"blamed_others"}),
    # blame for the outcome placed on others
    ("The vendor's SDK was the real problem there, their docs never mentioned the rate limit.", {"blamed_others"}, {"owned_outcome"}),
    ("That incident was really on the networking folks, they changed the firewall without telling anyone.", {"blamed_others"}, {"owned_outcome"}),
    ("It wasn't my fault that the numbers were off; finance sent me the wrong spreadsheet.", {"blamed_others"}, {"owned_outcome"}),
    ("Support should have escalated the tickets sooner, so most of the delay was theirs.", {"blamed_others"}, set()),
    ("The release slipped because design kept changing the mockups, nothing I could do.", {"blamed_others"}, {"owned_outcome"}),
    # prevention
    ("Afterwards I added a contract test between the two services so a renamed field fails the build.", {"prevention"}, set()),
    ("I put a lint rule in CI that rejects any migration without a down step.", {"prevention"}, set()),
    ("Since then every deploy of that job goes through a dry run against yesterday's data first, which I set up.", {"prevention"}, set()),
    ("I wrote a runbook entry and an alarm on queue age so the next person sees it within minutes.", {"prevention"}, set()),
    ("To stop it happening again I made the importer refuse files with duplicate keys.", {"prevention"}, set()),
    # fix
    ("I reverted the pricing rule that afternoon and reran the affected orders.", {"fixed_it"}, set()),
    ("I paused the campaign sender myself and drained the stuck messages by hand.", {"fixed_it"}, set()),
    # told the affected people
    ("I called the three customers whose shipments were delayed before they noticed and explained what happened.", {"informed_affected"}, set()),
    ("I wrote to the merchants that evening with the list of charges we had reversed.", {"informed_affected"}, set()),
    # credit
    ("Amara from the billing team spotted the duplicate charges first and wrote the query we used.", {"credited_others"}, set()),
    ("Most of the clean-up script was Jonah's work; my part was the rollout plan.", {"credited_others"}, set()),
    # alternatives weighed
    ("I weighed rewriting the parser against just pinning the old library version, and pinning won because it took an hour.", {"alternative_weighed", "stated_reason"}, set()),
    ("Sharding by tenant was an option, but I went with a read replica since ninety percent of the load was reads.", {"alternative_weighed", "stated_reason"}, set()),
    ("I looked at three vendors and picked the cheapest one that supported our data residency rules.", {"alternative_weighed"}, set()),
    ("Instead of adding more workers I batched the writes, which cut the queue from an hour to five minutes.", {"alternative_weighed"}, set()),
    # evidence
    ("I profiled the endpoint and found 70% of the time went into one N+1 query.", {"evidence_used"}, set()),
    ("I replayed last Tuesday's traffic against both versions and the new one dropped p99 from 900 to 300 ms.", {"evidence_used"}, set()),
    ("The error logs showed every failure came from one carrier, so I routed that carrier to the backup gateway.", {"evidence_used"}, set()),
    # risk accepted
    ("I knew it meant a week of slower reports for the analysts, and I accepted that to get the migration done before the freeze.", {"risk_accepted"}, set()),
    ("The downside was that new users would see stale recommendations for a day, which I was fine with.", {"risk_accepted"}, set()),
    # owned hindsight
    ("In hindsight I should have staged it by region instead of flipping everyone at once.", {"owned_hindsight"}, {"hindsight_on_others"}),
    ("If I did it again I'd test with production-sized data before promising a date.", {"owned_hindsight"}, set()),
    ("Next time I'd make sure the platform team tests their changes and that product gives us clearer requirements.", {"hindsight_on_others"}, {"owned_hindsight"}),
    # acted without waiting, informed after
    ("I didn't wait for the change board; I rolled the feature flag back and posted in the incident channel what I'd done.", {"acted_without_waiting", "informed_after"}, {"waited_for_approval"}),
    ("I turned off the broken recommendation widget straight away and told my manager afterwards why.", {"informed_after"}, {"waited_for_approval", "asked_permission"}),
    # consulted for information, then decided
    ("I asked the warehouse lead how many orders were still unpicked, then decided to cut over that night.", {"consulted_then_decided"}, {"asked_permission"}),
    ("I checked with legal whether the data could leave the EU, and once I knew it could I moved the job myself.", {"consulted_then_decided"}, {"asked_permission"}),
    # permission and waiting
    ("I asked my director if I could restart the cluster, and waited until she replied the next morning.", {"asked_permission", "waited_for_approval"}, {"consulted_then_decided", "acted_without_waiting"}),
    ("We held off on the rollback until the architecture council met on Thursday.", {"waited_for_approval"}, {"acted_without_waiting"}),
    ("I escalated the decision to the VP because it wasn't my place to pause a customer.", {"escalated_decision"}, set()),
    ("Waiting for sign-off was the right thing to do, even though the dashboard was down all weekend.", {"defended_waiting"}, set()),
    # hypotheticals by meaning
    ("If my lead hadn't answered, I would still have failed over to the second region, because every minute cost us orders.", {"hypothetical_independence"}, {"hypothetical_deferral"}),
    ("Without the approval I'd have disabled the import anyway and told the data team right after.", {"hypothetical_independence"}, set()),
    ("Had I been on my own I'd have escalated it to the CTO and waited for her call.", {"hypothetical_deferral"}, {"hypothetical_independence"}),
    # recklessness
    ("I switched off the fraud checks in production for the weekend to get the sale through, and didn't tell the risk team.", {"skipped_safeguard", "told_nobody", "reckless_action"}, {"prevention"}),
    ("I deleted the failing tests rather than fix them, since they were slowing the release down.", {"skipped_safeguard"}, {"prevention"}),
    ("I never bother with reviews, I just merge what I think is right.", {"autonomy_claim"}, set()),
    # scope extension
    ("The search team owned the indexer, and it wasn't my code, but nobody had asked me so I wrote the fix myself, tested it on a copy of their index and opened a pull request with the numbers; it fixed stale results for every product that used search.",
     {"scope_extension", "wide_reach"}, {"stayed_in_lane"}),
    ("The bug was in the identity team's service, so I filed a ticket with them and added a retry on our side.", {"stayed_in_lane"}, {"scope_extension"}),
]
