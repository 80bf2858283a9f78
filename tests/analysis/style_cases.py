"""Style variants of clean answers, written for the normaliser (issue 10, item 5) before it existed.

Each case is one answer: ``clean`` is its sentences, written carefully; every variant is a list of
chunks, one per clean sentence (same order), joined with a single space into the variant answer.
``typo``: lower case, apostrophes dropped, misspellings a fast typist makes. ``disfluent``: spoken
fillers, false starts and repeated words. ``runon``: the sentences run together with "and", "so",
", and then" (only for answers of two or more sentences). The domains are spread on purpose
(payments, data, mobile, SRE, ML, security, games, hospitals, retail, embedded, support, finance).
None of these sentences comes from the calibration transcripts or the dev set.
"""

from __future__ import annotations

CASES: list[dict] = [
    {
        "id": "pay-refund-self",
        "clean": [
            "The refund job was double-paying about forty customers a day.",
            "I didn't wait for the weekly review; I disabled the job myself because the losses were growing.",
        ],
        "typo": [
            "the refund job was double paying about forty customers a day.",
            "i didnt wait for the weekly review, i disabled the job myself becuase the losses were growing.",
        ],
        "disfluent": [
            "So, um, the refund job was, like, double-paying about forty customers a day.",
            "I I didn't wait for the weekly review; I just, you know, disabled the job myself because the losses were growing.",
        ],
        "runon": [
            "the refund job was double-paying about forty customers a day",
            "and i didnt wait for the weekly review so i disabled the job myself because the losses were growing.",
        ],
    },
    {
        "id": "data-schema-authority",
        "clean": [
            "My director approved the new event schema before we wrote any code.",
        ],
        "typo": ["my directer aproved the new event schema before we wrote any code"],
        "disfluent": ["Um, so my director, uh, approved the new event schema before we wrote any code."],
    },
    {
        "id": "mobile-release-group",
        "clean": [
            "The whole mobile team voted to delay the release by a week.",
            "We agreed that the crash rate was too high to ship.",
        ],
        "typo": [
            "the whole mobile team voted to delay the relase by a week.",
            "we agred that the crash rate was to high to ship.",
        ],
        "disfluent": [
            "So basically the whole mobile team, um, voted to delay the release by a week.",
            "We we agreed that, you know, the crash rate was too high to ship.",
        ],
        "runon": [
            "the whole mobile team voted to delay the release by a week",
            "and we agreed that the crash rate was too high to ship",
        ],
    },
    {
        "id": "sre-runbook-process",
        "clean": [
            "The runbook said to fail over to the second region, so that's what we did.",
        ],
        "typo": ["the runbook said to fail over to the second region, so thats what we did"],
        "disfluent": ["Uh, the runbook said to, um, fail over to the second region, so that's what we did."],
    },
    {
        "id": "ml-model-agentless",
        "clean": [
            "The older ranking model was retired in March.",
            "Nobody told us why.",
        ],
        "typo": [
            "the older ranking model was retierd in march.",
            "nobody told us why.",
        ],
        "disfluent": [
            "The, uh, the older ranking model was retired in March.",
            "Nobody, like, told us why.",
        ],
        "runon": [
            "the older ranking model was retired in march",
            "and nobody told us why",
        ],
    },
    {
        "id": "sec-keys-self",
        "clean": [
            "I rotated every API key that same night, before anyone asked me to.",
        ],
        "typo": ["i rotatd every api key that same night, before anyone askd me to"],
        "disfluent": ["I, um, I rotated every API key that same night, you know, before anyone asked me to."],
    },
    {
        "id": "games-engine-hedged",
        "clean": [
            "We kind of ended up on the old physics engine because nobody wanted to port the levels.",
        ],
        "typo": ["we kind of endid up on the old physics engine becuase nobody wanted to port the levels"],
        "disfluent": ["So we, um, kind of ended up on the old physics engine because, like, nobody wanted to port the levels."],
    },
    {
        "id": "hosp-pager-authority",
        "clean": [
            "The head of clinical systems decided that the pager integration would stay on the old vendor.",
        ],
        "typo": ["the head of clinical systems decidd that the pager integration would stay on the old vender"],
        "disfluent": ["The head of clinical systems, uh, decided that the pager integration would, um, stay on the old vendor."],
    },
    {
        "id": "retail-cache-self",
        "clean": [
            "I chose to put a read-through cache in front of the catalog service.",
            "I picked it over a second replica because the reads were mostly the same hundred products.",
        ],
        "typo": [
            "i chose to put a read through cache in front of the catalog service.",
            "i pickd it over a second replica because the reads were mostly the same hundred products.",
        ],
        "disfluent": [
            "So I, um, I chose to put a read-through cache in front of the catalog service.",
            "I picked it over, you know, a second replica because the reads were basically the same hundred products.",
        ],
        "runon": [
            "i chose to put a read-through cache in front of the catalog service",
            "and i picked it over a second replica because the reads were mostly the same hundred products",
        ],
    },
    {
        "id": "embedded-firmware-process",
        "clean": [
            "Per the change policy, the firmware update had to go through the hardware review board.",
        ],
        "typo": ["per the change policy the firmware update had to go thru the hardware review board"],
        "disfluent": ["Um, per the change policy, the firmware update had to, uh, go through the hardware review board."],
    },
    {
        "id": "support-macro-self",
        "clean": [
            "I rewrote the refund macro on my own and told the support leads afterwards.",
        ],
        "typo": ["i rewrote the refund macro on my own and told the suport leads afterwords"],
        "disfluent": ["I, uh, rewrote the refund macro on my own and, you know, told the support leads afterwards."],
    },
    {
        "id": "fin-ledger-group",
        "clean": [
            "Finance and engineering settled on a nightly reconciliation together.",
        ],
        "typo": ["finance and engineering setled on a nightly reconciliation together"],
        "disfluent": ["So, finance and engineering, um, settled on a nightly reconciliation together."],
    },
    {
        "id": "data-backfill-self-mixed",
        "clean": [
            "My manager wanted to backfill the whole year at once.",
            "I decided to run it one month at a time instead, because a single failure would have cost us a full day.",
        ],
        "typo": [
            "my manager wanted to backfill the whole year at once.",
            "i decided to run it one month at a time insted, becasue a single failure would have cost us a full day.",
        ],
        "disfluent": [
            "My manager, um, wanted to backfill the whole year at once.",
            "I I decided to run it one month at a time instead, because, like, a single failure would have cost us a full day.",
        ],
        "runon": [
            "my manager wanted to backfill the whole year at once",
            "but i decided to run it one month at a time instead because a single failure would have cost us a full day",
        ],
    },
    {
        "id": "sre-alert-none",
        "clean": [
            "The alert fired at three in the morning and the queue depth kept climbing.",
        ],
        "typo": ["the alert fired at three in the morning and the queue depth kept climbng"],
        "disfluent": ["So the alert, um, fired at three in the morning and the queue depth kept, you know, climbing."],
    },
    {
        "id": "mobile-flag-self",
        "clean": [
            "I turned the feature flag off for Android and then told the product manager why.",
        ],
        "typo": ["i turned the feature flag off for android and then told the product manger why"],
        "disfluent": ["I, um, turned the feature flag off for Android and then, like, told the product manager why."],
    },
    {
        "id": "sec-pentest-authority",
        "clean": [
            "We couldn't launch until the CISO signed off on the pen test results.",
        ],
        "typo": ["we couldnt launch until the ciso signd off on the pen test results"],
        "disfluent": ["We, uh, we couldn't launch until the CISO signed off on the, um, pen test results."],
    },
    {
        "id": "ml-threshold-hedged",
        "clean": [
            "I guess the threshold just sort of stayed at 0.7 because it was there from the start.",
        ],
        "typo": ["i guess the threshold just sort of stayed at 0.7 becuase it was there from the start"],
        "disfluent": ["I guess, um, the threshold just sort of stayed at 0.7 because, like, it was there from the start."],
    },
    {
        "id": "games-servers-self",
        "clean": [
            "I made the call to shut down the European servers for an hour.",
            "It was my decision and it cost us some players, but it stopped the exploit.",
        ],
        "typo": [
            "i made the call to shut down the european servers for an hour.",
            "it was my descision and it cost us some players, but it stoped the exploit.",
        ],
        "disfluent": [
            "So I, um, made the call to shut down the European servers for an hour.",
            "It was, you know, my decision and it cost us some players, but it stopped the exploit.",
        ],
        "runon": [
            "i made the call to shut down the european servers for an hour",
            "and it was my decision and it cost us some players but it stopped the exploit",
        ],
    },
    {
        "id": "hosp-downtime-process",
        "clean": [
            "Hospital policy requires a downtime window to be approved by the change advisory board.",
        ],
        "typo": ["hospital policy requires a downtime window to be aproved by the change advisory board"],
        "disfluent": ["Um, hospital policy requires a downtime window to be, uh, approved by the change advisory board."],
    },
    {
        "id": "retail-vendor-agentless",
        "clean": [
            "The search vendor contract was renewed without any discussion.",
        ],
        "typo": ["the search vender contract was renewd without any discusion"],
        "disfluent": ["The search vendor contract was, um, renewed without, like, any discussion."],
    },
    {
        "id": "embedded-bootloader-self",
        "clean": [
            "I decided to keep the old bootloader and patch it, since rewriting it would have slipped the launch by a quarter.",
        ],
        "typo": ["i decied to keep the old bootloader and patch it, since rewritting it would have slipped the launch by a quarter"],
        "disfluent": ["I, uh, decided to keep the old bootloader and patch it, since, you know, rewriting it would have slipped the launch by a quarter."],
    },
    {
        "id": "support-escalate-authority",
        "clean": [
            "I escalated it to my manager and she chose to give the customer a full refund.",
        ],
        "typo": ["i escalatd it to my manager and she chose to give the customer a full refund"],
        "disfluent": ["I, um, escalated it to my manager and she, uh, chose to give the customer a full refund."],
    },
    {
        "id": "fin-close-group",
        "clean": [
            "After a long meeting, we all agreed to freeze deploys during the quarter close.",
        ],
        "typo": ["after a long meeting we all agred to freeze deploys during the quarter close"],
        "disfluent": ["After, like, a long meeting, we all, um, agreed to freeze deploys during the quarter close."],
    },
    {
        "id": "data-warehouse-hedged",
        "clean": [
            "We more or less drifted into using the warehouse for everything.",
        ],
        "typo": ["we more or less drifted into useing the warehouse for everything"],
        "disfluent": ["We, um, more or less drifted into using the, uh, warehouse for everything."],
    },
    {
        "id": "sre-rollback-self-inform",
        "clean": [
            "I rolled back the deploy at midnight and told the team in the morning.",
            "I didn't need anyone's permission to do it.",
        ],
        "typo": [
            "i rolled back the deploy at midnight and told the team in the morning.",
            "i didnt need anyones permision to do it.",
        ],
        "disfluent": [
            "So I rolled back the, um, the deploy at midnight and told the team in the morning.",
            "I didn't, you know, need anyone's permission to do it.",
        ],
        "runon": [
            "i rolled back the deploy at midnight and told the team in the morning",
            "and i didnt need anyone's permission to do it",
        ],
    },
    {
        "id": "mobile-store-authority",
        "clean": [
            "The VP of product insisted on shipping the redesign before the holiday.",
        ],
        "typo": ["the vp of product insistd on shipping the redesign before the holliday"],
        "disfluent": ["The VP of product, um, insisted on, like, shipping the redesign before the holiday."],
    },
    {
        "id": "ml-retrain-self",
        "clean": [
            "I chose to retrain the fraud model weekly instead of monthly, because the attack patterns changed that fast.",
        ],
        "typo": ["i choose to retrain the fraud model weekly instead of monthly, because the attack patterns changed that fast"],
        "disfluent": ["I, um, chose to retrain the fraud model weekly instead of monthly, because, you know, the attack patterns changed that fast."],
    },
    {
        "id": "sec-mfa-process",
        "clean": [
            "The compliance checklist required hardware keys for every admin account, so we rolled them out.",
        ],
        "typo": ["the compliance checklist requird hardware keys for every admin account, so we rolled them out"],
        "disfluent": ["The compliance checklist, uh, required hardware keys for every admin account, so, um, we rolled them out."],
    },
    {
        "id": "games-patch-none",
        "clean": [
            "The patch notes listed forty fixes and three new maps.",
        ],
        "typo": ["the patch notes listed fourty fixes and three new maps"],
        "disfluent": ["The patch notes, um, listed forty fixes and, like, three new maps."],
    },
    {
        "id": "hosp-interface-self-scope",
        "clean": [
            "The lab interface belonged to another team, but I fixed its parser myself and sent them the patch.",
        ],
        "typo": ["the lab interface belonged to another team, but i fixed its parser myself and sent them the patch"],
        "disfluent": ["The lab interface belonged to, um, another team, but I fixed its parser myself and, uh, sent them the patch."],
    },
    {
        "id": "retail-pricing-authority-wait",
        "clean": [
            "We waited three days for the pricing lead to approve the discount rules.",
        ],
        "typo": ["we waitd three days for the pricing lead to aprove the discount rules"],
        "disfluent": ["We, um, waited three days for the pricing lead to, you know, approve the discount rules."],
    },
    {
        "id": "embedded-sensor-group",
        "clean": [
            "The hardware and firmware leads decided together to drop the second sensor.",
        ],
        "typo": ["the hardware and firmware leads decided togther to drop the second sensor"],
        "disfluent": ["The hardware and firmware leads, um, decided together to, like, drop the second sensor."],
    },
    {
        "id": "support-tool-self-weigh",
        "clean": [
            "I considered buying a ticketing add-on, but I built a small triage script instead because it took one afternoon.",
        ],
        "typo": ["i considerd buying a ticketing add on, but i built a small triage script insted because it took one afternoon"],
        "disfluent": ["I, um, considered buying a ticketing add-on, but I built a small triage script instead because it, like, took one afternoon."],
    },
    {
        "id": "fin-limits-agentless",
        "clean": [
            "The trading limits were lowered overnight.",
            "We found out from the dashboard.",
        ],
        "typo": [
            "the trading limits were lowerd overnight.",
            "we found out from the dashbaord.",
        ],
        "disfluent": [
            "The trading limits were, uh, lowered overnight.",
            "We, um, found out from the dashboard.",
        ],
        "runon": [
            "the trading limits were lowered overnight",
            "and we found out from the dashboard",
        ],
    },
    {
        "id": "data-pii-self-hindsight",
        "clean": [
            "Looking back, keeping the raw logs for a year was my decision, and it was the wrong one.",
        ],
        "typo": ["looking back, keeping the raw logs for a year was my decison, and it was the wrong one"],
        "disfluent": ["Looking back, um, keeping the raw logs for a year was my decision, and, you know, it was the wrong one."],
    },
    {
        "id": "sre-capacity-consult-self",
        "clean": [
            "I asked the database team about capacity, then I decided to double the connection pool.",
        ],
        "typo": ["i asked the database team about capacity, then i decidied to double the conection pool"],
        "disfluent": ["I asked the, um, database team about capacity, then I, uh, decided to double the connection pool."],
    },
    {
        "id": "mobile-sdk-hedged",
        "clean": [
            "We sort of just stuck with the old analytics SDK because switching seemed risky.",
        ],
        "typo": ["we sort of just stuck with the old analytics sdk becuase switching seemed risky"],
        "disfluent": ["We, um, sort of just stuck with the old analytics SDK because, like, switching seemed risky."],
    },
    {
        "id": "ml-gpu-authority",
        "clean": [
            "The infrastructure council rejected our request for more GPUs.",
        ],
        "typo": ["the infrastructure council rejectd our request for more gpus"],
        "disfluent": ["The, uh, infrastructure council rejected our request for, um, more GPUs."],
    },
    {
        "id": "games-crunch-self-outcome",
        "clean": [
            "I cut two features from the launch so the team wouldn't have to crunch.",
            "That call was mine and I'd make it again.",
        ],
        "typo": [
            "i cut two features from the launch so the team wouldnt have to crunch.",
            "that call was mine and id make it again.",
        ],
        "disfluent": [
            "I, um, I cut two features from the launch so the team wouldn't have to, like, crunch.",
            "That call was mine and, you know, I'd make it again.",
        ],
        "runon": [
            "i cut two features from the launch so the team wouldn't have to crunch",
            "and that call was mine and i'd make it again",
        ],
    },
    # Long run-ons: four or five decisions in one breath, the way people talk through an incident.
    {
        "id": "long-outage-self",
        "clean": [
            "The checkout error rate jumped to twelve percent after the deploy.",
            "I decided to roll it back without waiting for the release manager.",
            "Then I paged the payments team and asked them for the gateway logs.",
            "Once the rate was back to normal, I wrote the incident summary myself.",
            "My manager read it the next morning.",
        ],
        "typo": [
            "the checkout error rate jumped to twelve percent after the deploy.",
            "i decided to roll it back without waiting for the release manger.",
            "then i paged the payments team and asked them for the gateway logs.",
            "once the rate was back to normal, i wrote the incident sumary myself.",
            "my manager read it the next morning.",
        ],
        "runon": [
            "so the checkout error rate jumped to twelve percent after the deploy,",
            "and then i decided to roll it back without waiting for the release manager,",
            "and then i paged the payments team and asked them for the gateway logs,",
            "and once the rate was back to normal i wrote the incident summary myself,",
            "so my manager read it the next morning",
        ],
    },
    {
        "id": "long-migration-authority",
        "clean": [
            "We wanted to move the warehouse to a new cluster in one weekend.",
            "The platform director rejected the plan.",
            "She decided that the migration would run table by table over a month.",
            "We followed her schedule.",
        ],
        "typo": [
            "we wanted to move the warehouse to a new cluster in one weekend.",
            "the platform director rejectd the plan.",
            "she decided that the migraton would run table by table over a month.",
            "we followed her schedual.",
        ],
        "runon": [
            "we wanted to move the warehouse to a new cluster in one weekend",
            "but the platform director rejected the plan",
            "and she decided that the migration would run table by table over a month",
            "so we followed her schedule",
        ],
    },
    {
        "id": "long-launch-group",
        "clean": [
            "The launch date was close and the load tests were failing.",
            "The three team leads met on Monday.",
            "Together we agreed to launch in two regions first.",
            "I wrote the rollout plan for the other regions.",
        ],
        "typo": [
            "the launch date was close and the load tests were failling.",
            "the three team leads met on monday.",
            "together we agreed to launch in two regions frist.",
            "i wrote the rollout plan for the other regions.",
        ],
        "runon": [
            "the launch date was close and the load tests were failing,",
            "so the three team leads met on monday",
            "and together we agreed to launch in two regions first,",
            "and then i wrote the rollout plan for the other regions",
        ],
    },
    {
        "id": "long-vendor-self-weigh",
        "clean": [
            "The SMS vendor raised its price by forty percent.",
            "I compared two other vendors on delivery rates and cost.",
            "I chose the cheaper one because its delivery rate was within a point of the old vendor.",
            "I moved the traffic over in stages and told finance when it was done.",
        ],
        "typo": [
            "the sms vendor raised its price by fourty percent.",
            "i compared two other vendors on delivary rates and cost.",
            "i chose the cheaper one becuase its delivery rate was within a point of the old vender.",
            "i moved the traffic over in stages and told finance when it was done.",
        ],
        "runon": [
            "so the sms vendor raised its price by forty percent",
            "and i compared two other vendors on delivery rates and cost",
            "and i chose the cheaper one because its delivery rate was within a point of the old vendor",
            "and then i moved the traffic over in stages and told finance when it was done",
        ],
    },
    {
        "id": "long-drift-hedged",
        "clean": [
            "Nobody really decided to keep the legacy queue.",
            "It just kind of stayed because every team depended on it.",
            "Eventually I wrote a proposal to retire it.",
        ],
        "typo": [
            "nobody realy decided to keep the legacy queue.",
            "it just kind of stayed becuase every team depended on it.",
            "eventually i wrote a proposal to retire it.",
        ],
        "runon": [
            "nobody really decided to keep the legacy queue,",
            "it just kind of stayed because every team depended on it,",
            "and eventually i wrote a proposal to retire it",
        ],
    },
]
