"""Fourth fresh batch (casual tellings, other workplaces), written after batch 3's fixes, before running."""

CASES = [
    ("So basically our store's inventory counts lived in spreadsheets and I brought them into the new "
     "stock system, one department a week, checking each count twice.", "migration", set()),
    ("The hospital's lab results feed went dark on a Sunday. I was covering, so I called the vendor, "
     "switched the wards to phone reporting and kept a log until it came back.", "incident", set()),
    ("Nobody could tell me what success looked like for the new dashboard, so I picked two numbers "
     "myself and checked them with the ops leads.", "no_spec", set()),
    ("I noticed the billing team's invoices had the wrong tax for Canada. Not my area at all, but I "
     "flagged it, wrote the fix and had them review it.", "outside_scope", set()),
    ("Honestly I fought my team lead on the deadline. He wanted to ship with known data loss bugs and I "
     "refused to sign off until we had a fix.", "disagreement", set()),
    ("The capacity plan I made for the launch was off by a factor of three and the site crawled for a "
     "day. I own that: I used last year's traffic without checking the marketing plan.", "failure",
     {"incident"}),
    ("We finally got rid of the monolith's cron jobs by rebuilding them as workflows in Temporal; I "
     "handled the ordering so no job ran twice during the changeover.", "migration", set()),
    ("The alarms for the freezer sensors went off across three sites at once. I was first on the call, "
     "ruled out the sensors and got facilities to check the power.", "incident", set()),
    ("There was zero guidance on how to price the enterprise tier, so I built a model from our three "
     "biggest deals and proposed a number.", "no_spec", set()),
    ("The QA team's test environment was always broken and blocked everyone. I took a week nobody gave "
     "me and rebuilt it with containers.", "outside_scope", set()),
    ("The staff engineer and I did not agree on whether to shard by region. I wrote up both options and "
     "we went with hers after she showed me the failover data.", "disagreement", set()),
    ("I broke the login page for an hour by merging without running the end-to-end tests. I fixed it, "
     "then made the tests required for merges.", "failure", {"incident"}),
]
