"""Third fresh batch (longer, mixed tellings), written after batch 2's fixes and before running on it."""

CASES = [
    ("Last spring our team was asked to shift the analytics warehouse from Redshift onto BigQuery. I drew "
     "up the order of tables, ran both for a month and compared the daily totals before switching the "
     "dashboards.", "migration", set()),
    ("During Black Friday the recommendation service started returning empty rows. I was the incident "
     "commander; I shed load from the ranking model and the rows came back in about eight minutes.",
     "incident", set()),
    ("The partner integration had never been specified by anyone. I sat with their engineers, wrote the "
     "contract down and chose to version it from day one.", "no_spec", {"outside_scope"}),
    ("Our release tooling was owned by the infra group, and it kept corrupting tags. Nobody asked me to, "
     "but I traced the race condition and sent them a patch.", "outside_scope", set()),
    ("My manager wanted to outsource the mobile app. I thought that would kill our iteration speed and "
     "said so in the planning review, with the numbers from the last two vendors.", "disagreement", set()),
    ("I launched the referral programme without a fraud check, and within a week people were gaming it. "
     "That one is on me; I now add abuse cases to every launch plan.", "failure", set()),
    ("I led the switch from our hand-rolled auth to the company SSO, moving eleven internal tools onto "
     "it over six weeks.", "migration", set()),
    ("At 4am the payment queue stopped draining. I got the page, paused the consumers, and replayed the "
     "stuck messages once the downstream bank API recovered.", "incident", set()),
    ("Marketing asked for 'personalised emails' and nothing else. I decided what personalised meant for "
     "the first version: the last three titles watched.", "no_spec", set()),
    ("The design review board rejected my caching proposal. I disagreed with their reasoning, asked for a "
     "second review with a benchmark, and it passed.", "disagreement", set()),
    ("I estimated the GDPR deletion work at two weeks; it took two months because I had not looked at "
     "the backups. I was wrong to size it without reading the code.", "failure", set()),
    ("The docs site belonged to developer relations, but it was full of broken examples for our API. I "
     "fixed them on a Friday and set up a check so they would stay working.", "outside_scope", set()),
]
