"""Seventh fresh batch: fuller tellings, written after the semantic-field layer and before running on it."""

CASES = [
    ("At my last job the subscription data sat in a MySQL instance that was ten years old. I wrote the plan "
     "to bring it into Aurora, kept writes going to both for two weeks, compared checksums every night and "
     "flipped reads once they had matched for five days straight.", "migration", set()),
    ("Our on-call phone rang at 1am because video starts had dropped by half. I checked the recent deploys, "
     "saw a player config push twenty minutes earlier and reverted it; starts were back within a few "
     "minutes. The next morning I walked the team through the timeline.", "incident", set()),
    ("My director asked me to 'sort out' how we price usage for the API. Nobody had a model and there were "
     "no past decisions to copy, so I gathered six months of usage, proposed three tiers and defended the "
     "thresholds in the pricing review.", "no_spec", set()),
    ("I sat on the payments team, but the identity service kept timing out on our checkout calls. The "
     "identity folks were swamped, so I profiled their code, found an unindexed query and opened a change "
     "they merged that week.", "outside_scope", {"incident"}),
    ("The team lead was set on writing our own rate limiter. I argued we should use the gateway's built-in "
     "one, because we had no one to maintain a custom component, and after a spike test he agreed.",
     "disagreement", set()),
    ("I pushed a cleanup job that deleted staging data, except the filter also matched a production bucket. "
     "We lost a day of uploads. That was my error; I restored what I could from backups and made the job "
     "refuse to run against production.", "failure", {"incident"}),
    ("The company was moving from on-prem VMs to Kubernetes and I was given the twelve services of the "
     "search group to move. I did them in order of traffic, smallest first.", "migration", set()),
    ("Halfway through a sale, the inventory API began returning stale counts and we oversold a popular "
     "item. I froze sales of that item, purged the cache and then reconciled the orders with support.",
     "incident", set()),
    ("The customer only said the report 'looks wrong'. With nothing more to go on, I decided which numbers "
     "to verify first and defined the reconciliation rules we still use.", "no_spec", set()),
    ("The data platform belonged to a separate org, and their nightly job kept breaking our forecasts. "
     "Rather than wait for their backlog, I wrote a validation step and offered it to them.",
     "outside_scope", set()),
    ("I did not agree with my manager's choice to cut the accessibility work from the release. I wrote down "
     "the legal and user risks, took it to the product review, and we kept two of the fixes.",
     "disagreement", set()),
    ("I let a junior engineer ship a risky change alone because I was busy, and it broke search for a "
     "region. Looking back I should have paired with her; now I review risky changes myself.",
     "failure", {"incident"}),
]
