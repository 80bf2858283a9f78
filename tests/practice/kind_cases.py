"""Fresh story openings with the kinds a reader would file them under (written before the rules).

Each case: (text, primary kind, other acceptable kinds).  The primary must be
detected first; the detected set must include the primary and may include the
acceptable extras only.
"""

CASES = [
    ("We spent a quarter porting the search index from Solr to OpenSearch. I planned the dual-write period "
     "and picked the cutover night.", "migration", set()),
    ("Our payroll exports lived on a cron box under someone's desk. I moved them onto the managed scheduler "
     "and retired the box.", "migration", set()),
    ("The app still ran on Python 2 in 2021. I upgraded the services one by one and kept both versions "
     "running until the last consumer switched over.", "migration", set()),
    ("I was on call when checkout started timing out at 2am. I rolled back the deploy within ten minutes "
     "and then found the bad config.", "incident", set()),
    ("A storage node filled up and the queue backed up for an hour. I was paged, drained the node and "
     "wrote the postmortem.", "incident", set()),
    ("Customers in Brazil saw blank pages after a CDN change. I reverted the rule and we got the error "
     "rate back to normal.", "incident", set()),
    ("Nobody had written down what 'done' meant for the export feature, so I wrote a one-page spec "
     "myself and picked the file format.", "no_spec", set()),
    ("Product gave us a single sentence: make onboarding faster. With no requirements to go on I chose "
     "to measure drop-off first.", "no_spec", set()),
    ("There was no design doc and no owner for the retry policy, so I decided the backoff numbers on my "
     "own judgement.", "no_spec", {"outside_scope"}),
    ("The flaky test suite belonged to the platform team, not to us. I fixed the worst tests anyway "
     "because every team was losing hours.", "outside_scope", set()),
    ("It wasn't my job, but the on-call docs for the payments service were wrong, so I rewrote them and "
     "walked their team through it.", "outside_scope", set()),
    ("Another team's cache was evicting our keys. Without being asked I opened a pull request in their "
     "repository with a fix.", "outside_scope", set()),
    ("I volunteered to untangle the build scripts that nobody owned, even though I sat on the mobile team.",
     "outside_scope", set()),
    ("My tech lead wanted to rewrite the service in Go. I disagreed, showed him the profiling numbers, "
     "and we kept Java.", "disagreement", set()),
    ("I pushed back on the security team's plan to block all outbound traffic, and proposed an allow-list "
     "instead.", "disagreement", set()),
    ("Two senior engineers argued for a month about event sourcing. I objected to both proposals and got "
     "them to try a smaller experiment.", "disagreement", set()),
    ("The architect overruled my choice of database. I made my case in writing, lost, and committed to "
     "his design.", "disagreement", set()),
    ("I shipped a pricing change that double-charged about 300 users. It was my mistake: I skipped the "
     "test on annual plans.", "failure", {"incident"}),
    ("My first project as a lead missed its deadline by two months. I underestimated the data cleanup and "
     "learned to scope it first.", "failure", set()),
    ("I bet on a new queue library and it was the wrong call; we ripped it out after six weeks.",
     "failure", set()),
    ("I got it wrong when I assumed the partner's API was idempotent. Looking back I should have asked.",
     "failure", set()),
    ("When the warehouse scanners stopped syncing during the holiday rush, I was the one paged and I "
     "switched the stores to offline mode.", "incident", set()),
    ("Our clinic's booking system was moving to a new vendor. I mapped every appointment type and ran "
     "both systems side by side for a week.", "migration", set()),
    ("Legal asked for a data retention change with no detail on what counted as personal data. I drew "
     "the line myself and documented why.", "no_spec", set()),
]
