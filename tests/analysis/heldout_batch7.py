"""Held-out batch 7: interview narration outside streaming (payments, ads, mobile, infra, data, security).

Written before the analyzer was run on any of it.  Each is (text, expected locus).
"""

BATCH7: list[tuple[str, str]] = [
    # self
    ("When the card processor started returning soft declines, I switched the retry schedule to back off for an hour and watched the approval rate recover.", "self"),
    ("I pulled the iOS build from phased release after the crash-free rate dipped below 99 percent.", "self"),
    ("I rewrote the bid-shading logic over a weekend because the finance numbers were clearly wrong, and I walked my manager through it on Monday.", "self"),
    ("After reading the Terraform plan twice, I applied it to production myself.", "self"),
    ("I chose to partition the events table by day, which cut the nightly Spark job from four hours to forty minutes.", "self"),
    ("I revoked the leaked API key within ten minutes and then opened the security ticket.", "self"),
    ("The on-call runbook said to wait, but I failed the Kafka brokers over to the second zone because lag was growing by the minute.", "self"),
    ("I decided to drop the Android 7 support so we could adopt the new biometric API.", "self"),
    ("i moved the ledger reconciliation to run hourly instead of daily", "self"),
    ("I set the fraud score threshold at 0.8 after replaying a month of chargebacks against it.", "self"),
    ("Even though the ads team wanted the pixel live for the campaign, I blocked it until it stopped leaking email hashes.", "self"),
    ("I was the one who decided to rotate the TLS certificates early.", "self"),
    # authority
    ("The head of payments decided we would keep the legacy gateway as a fallback for another year.", "authority"),
    ("I proposed sharding the Redis cluster, and my director signed off on it the next day.", "authority"),
    ("Our CISO mandated hardware keys for everyone with production access, so I rolled them out.", "authority"),
    ("The app store review team rejected our build, so the release slipped a week.", "authority"),
    ("My tech lead picked Airflow over Dagster, and I wrote the first twenty DAGs.", "authority"),
    ("I needed sign-off from the finance controller before changing how refunds were booked.", "authority"),
    ("The mobile platform team decided that every app had to move to the new networking library.", "authority"),
    ("I flagged the cost spike to my manager and she told me to scale the cluster down over the weekend.", "authority"),
    # group
    ("We aligned with the data science folks and the product owner on a single attribution window.", "group"),
    ("After two design reviews, we collectively agreed to keep the batch pipeline and add a streaming layer on top.", "group"),
    ("We got buy-in from all four squads before deprecating the old SDK.", "group"),
    ("The team voted to move the on-call rotation to a follow-the-sun model.", "group"),
    ("We decided to roll back the payment page redesign once conversion dropped.", "group"),
    ("The infra guild reached consensus on using Karpenter for node scaling.", "group"),
    # process
    ("Per our incident policy, the deploy pipeline was frozen until the root cause was found.", "process"),
    ("The change advisory board approved the firewall rule change for Sunday night.", "process"),
    ("Our security review checklist required a pentest before the SDK could ship.", "process"),
    ("Following the data retention policy, we purged the raw clickstream after thirty days.", "process"),
    ("The release gate blocked the build because coverage dropped below eighty percent.", "process"),
    # agentless
    ("The migration to the new payment processor was approved in November.", "agentless"),
    ("At some point it was decided that all ad creatives would go through manual review.", "agentless"),
    ("The old VPN was decommissioned after the zero-trust rollout.", "agentless"),
    ("The feature got cut from the 3.2 release.", "agentless"),
    # hedged
    ("We sort of drifted into running two schedulers, cron and Airflow, and nobody ever consolidated them.", "hedged"),
    ("I guess the retention window just ended up at ninety days.", "hedged"),
    # none
    ("The gateway retries idempotent charges with the same idempotency key, so a duplicate never double bills.", "none"),
    ("In this design I'd put a queue in front of the bidder and let it shed load when the queue gets deep.", "none"),
    ("That's roughly fifty thousand events per second at peak, so three brokers would be enough.", "none"),
]
