"""Second fresh batch, written after the first batch's fixes and before running the rules on it."""

CASES = [
    ("The mobile team shipped a release that logged users out. Although it was their code, I bisected the "
     "change and sent them the commit.", "outside_scope", {"incident"}),
    ("Our data team moved from nightly batch jobs to a streaming pipeline. I owned the backfill of two "
     "years of events.", "migration", set()),
    ("When the database failover did not happen on its own, I promoted the replica by hand at 3am.",
     "incident", set()),
    ("I told my director I thought the reorg plan would break on-call coverage. She disagreed at first; "
     "I brought the rota data and she changed the plan.", "disagreement", set()),
    ("I misjudged how long the SDK rewrite would take and we slipped a quarter; I should have split it "
     "into smaller releases.", "failure", set()),
    ("The request was literally 'add analytics'. There were no details, so I picked the three events that "
     "mattered and wrote down why.", "no_spec", set()),
    ("We retired the old ticketing tool and moved four hundred open tickets onto the new one over a "
     "weekend.", "migration", set()),
    ("Support kept escalating the same billing bug to us though it lived in the finance team's service. I "
     "paired with them and fixed it.", "outside_scope", set()),
    ("A bad feature flag took search down for twenty minutes. I turned the flag off and then added a "
     "guard so it could not happen again.", "incident", set()),
    ("I argued against adding a second message broker; my lead wanted Kafka and I wanted to keep SQS. We "
     "went with my option after a load test.", "disagreement", set()),
    ("I deleted a production table I thought was unused. That was my fault, and I restored it from the "
     "backup within the hour.", "failure", {"incident"}),
    ("No one had decided how long we keep audit logs, so I proposed ninety days and got legal to sign "
     "off.", "no_spec", set()),
]
