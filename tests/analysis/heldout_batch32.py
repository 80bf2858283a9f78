"""Held-out batch 32 (helper board9, 2026-12-03): boards named with a person-word or an ordinary noun and "they"
after them, nominal and modal gates, authority without a decision verb the rules know, and agentless nominals,
written before the analyzer ran on them.

Classes: a review body named "the change authority", "the architecture forum", "the security guild" and "they"
gating what was brought to it (process; a guild choosing together stays group, as in recall_batches); a board's
verdict, answer or allotment and a pseudo-cleft ("the planning cycle is what settled it"); someone above laying
down, imposing or handing over a decided design, a preference that carried the day, "as she asked", "it was the
client's wish"; decisions reaching the speaker with no giver named ("we were handed a new deadline", "the choice
landed on Kafka", "the mandate was zero downtime", "we got the all-clear"); near misses where the speaker owns the
ruling, a board is only mentioned, or a person-word sits in a technical name ("the certificate authority"); and
other-class confusions (a named requirer is authority, not agentless).

First sight (main f8d6f0b, 75 items, rules + learned): P 1.00 R .780 acc .693; rules alone: P 1.00 R .627
acc .573.  Two items were reworded or relabelled after first sight: "I filled them in" (which also means "I told
them") became "I wrote the code inside them", and "they picked gRPC" after a guild was relabelled group to match
the existing convention for a guild choosing.  After boards.py, handed_rulings.py and the directive and go-signal
changes: rules P 1.00 R .966 acc .960; learned P 1.00 R .966 acc .947.  Known misses kept visible: a gate worded
"nothing could ship before the report was signed off" (read agentless), "the outcome was that the service got
split" (none), "the requirement from the insurer was fixed: ..." (the parser reads "was fixed" as a passive).

Second set (43 items, the last block), written after landing 0868ea1 and before the analyzer ran on it, to measure
the first round on wording it was not fixed on.  First sight (main 0868ea1): rules P 1.00 R .879 acc .907; rules +
learned P .969 R .939 acc .930 (one false probe from the arbiter: "the head of design personally thanked the team").
After a check a release waits on ("until the load test came back clean", boards.check_passed), work handed out by a
board, a design "handed us ... already decided", and "personally" kept weak after another subject: rules P 1.00
R .970 acc .977; learned P 1.00 R .970 acc .953.  Kept visible: "our biggest account demanded SAML" ("account" as
a customer is not in the lexicon).  Whole batch (118): rules P 1.00 R .967 acc .958, learned P 1.00 R .967 acc .949.
"""

BATCH32 = [
    ("I brought the proposal to the review panel and they sent it back asking for load numbers.", "process"),
    (
        "We pitched the schema change at the architecture forum, and they told us to split it into two phases.",
        "process",
    ),
    ("The migration plan went to the standards chapter and they insisted on a rollback script first.", "process"),
    ("We escalated to the change authority and they put the release on hold for a week.", "process"),
    ("I submitted the design to the security guild; they rejected the token format.", "process"),
    ("The vendor choice was passed to the tooling panel and they went with Datadog.", "process"),
    ("it landed in front of the API council and they said no breaking changes until v3", "process"),
    ("We asked the release authority about dropping Java 8 and they refused.", "process"),
    (
        "After the outage we went to the reliability board, and they made us add circuit breakers to every client.",
        "process",
    ),
    ("Our RFC went before the platform guild and they picked gRPC over REST.", "group"),
    (
        "I raised it with the accessibility chapter and they blocked the launch until the contrast issues were fixed.",
        "process",
    ),
    ("We took the cost question to the FinOps forum, and they capped us at two clusters.", "process"),
    ("The architecture board's verdict was that we stay on Postgres.", "process"),
    ("The change advisory process gave the migration a Sunday slot, so that's when I ran it.", "process"),
    ("SOX rules required two approvers on every deploy, so I waited for the second one.", "process"),
    ("The quarterly planning cycle is what settled which team got the headcount.", "process"),
    ("We couldn't merge until the compliance check passed.", "process"),
    ("Nothing could ship before the pen test report was signed off.", "process"),
    ("The release train schedule determined when the fix went out, not me.", "process"),
    ("Under our change-freeze policy the patch had to wait until January.", "process"),
    ("The RFC process picked the winner, and I implemented it.", "process"),
    ("The governance committee's answer was a flat no on open-sourcing it.", "process"),
    ("Our ISO audit obliged us to encrypt the backups, so I set that up.", "process"),
    ("The staff engineer on the search team basically handed me the index design fully formed.", "authority"),
    ("Our largest customer insisted on on-prem, and that shaped everything we built.", "authority"),
    ("The product owner wanted the banner gone by Friday, so I removed it as she asked.", "authority"),
    ("The head of engineering scrapped the mobile rewrite personally.", "authority"),
    ("My manager was the one who called it; I just ran the scripts.", "authority"),
    ("The hiring freeze was the COO's doing, I just had to tell the candidates.", "authority"),
    ("The CTO's preference for Kotlin carried the day, and I wrote the services in it.", "authority"),
    ("It was really the client's wish to keep the old UI, and we went along.", "authority"),
    ("The lead architect laid down the service boundaries and I wrote the code inside them.", "authority"),
    ("Our VP more or less imposed the deadline on us.", "authority"),
    ("The account director had us prioritise the export feature.", "authority"),
    ("The delay came from the customer's side; they wanted another round of UAT.", "authority"),
    ("The choice landed on Kafka and I built the consumers.", "agentless"),
    ("The verdict was to roll back, so I rolled back.", "agentless"),
    ("We were handed a new deadline in March.", "agentless"),
    ("We got the all-clear on Monday and started the cutover.", "agentless"),
    ("The instruction was to purge the staging data.", "agentless"),
    ("The outcome was that the service got split in two, and I did the split.", "agentless"),
    ("Word was to freeze the schema until the launch.", "agentless"),
    ("The mandate was zero downtime, so I built the blue-green setup.", "agentless"),
    ("We were given the green light late Friday.", "agentless"),
    ("The plan we were handed said Redis, so Redis it was.", "agentless"),
    ("The order came through to drain the old region.", "agentless"),
    ("The decision to drop the cache was mine.", "self"),
    ("The ruling on the partition key was mine, and I'd make it again.", "self"),
    ("I presented our metrics at the reliability forum, then decided to cut the retry count myself.", "self"),
    ("I gave a talk at the data guild, and afterwards I chose DuckDB for the reports.", "self"),
    ("The certificate authority revoked the intermediate cert and our handshakes failed.", "none"),
    ("The transit authority's open data feed changes format every few months.", "none"),
    ("The customer asked for a dark mode; I said no and built the export first.", "self"),
    ("Our VP suggested Rust, but I weighed it and went with Go.", "self"),
    ("The panel discussion at the conference was mostly about observability.", "none"),
    ("I chaired the review panel that week and I approved the schema myself.", "self"),
    ("My manager wanted a rewrite; I pushed back and chose the incremental fix.", "self"),
    ("The requirement was mine to set, so I set the SLO at 99.9.", "self"),
    ("The go-ahead was mine to give and I gave it on Thursday.", "self"),
    ("The guild meets every other Tuesday to share what people are learning.", "none"),
    ("The chapter lead role rotates every quarter.", "none"),
    (
        "I took the design to the architecture forum for feedback, and then I decided on the event-sourced version.",
        "self",
    ),
    ("The requirement from the insurer was fixed: backups go offsite every night.", "authority"),
    ("The instruction from my manager was to stop the rollout.", "authority"),
    ("The call from the client was to delay the launch by a week.", "authority"),
    ("We in the squad agreed among ourselves to switch to trunk-based development.", "group"),
    ("My tech lead and I worked out the partition key together.", "group"),
    ("The monorepo was just how things were when I joined, nobody picked it.", "hedged"),
    ("Somehow the nightly job stayed on the old server for years.", "hedged"),
    ("The go-ahead came from our CISO on Thursday.", "authority"),
    ("We got the green light from the steering committee.", "process"),
    ("The deadline we were given by the client was March.", "authority"),
    ("The plan the product team handed us said Redis.", "authority"),
    ("Our team's verdict was to roll back, and we did.", "group"),
    ("I asked my two managers and they said no.", "authority"),
    # Second set (43 items), written after the first round of fixes and before the analyzer ran on it.
    ("The proposal went up to the engineering authority, and they sent it back with a list of questions.", "process"),
    ("I walked the data model through the schema forum and they wanted the nullable columns gone.", "process"),
    ("We put the vendor contract in front of the security chapter and they blocked it over SSO.", "process"),
    ("Our migration went to the reliability guild for review; they approved it with two conditions.", "process"),
    ("I pitched the new queue at the platform forum and they said to wait a quarter.", "process"),
    ("We handed the retention question to the data authority and they settled it at ninety days.", "process"),
    ("We couldn't cut over until the load test came back clean.", "process"),
    ("The launch was stuck until the privacy review cleared it.", "process"),
    ("Our HIPAA controls demanded an access review first, so I paused the rollout.", "process"),
    ("The incident review process handed out the action items, and I got the dashboards.", "process"),
    ("The architecture council's ruling was that every service owns its own database.", "process"),
    ("In the end the annual planning round is what killed the project.", "process"),
    ("The change board gave us a two-hour window on Saturday night.", "process"),
    ("The head of platform yanked the feature from the release himself.", "authority"),
    ("Our biggest account demanded SAML, and that request set the roadmap for the quarter.", "authority"),
    ("The PM wanted the old checkout kept alive, so I left it running as he asked.", "authority"),
    ("The engagement lead's preference for Azure won out.", "authority"),
    ("It was the CEO's wish to launch before the conference.", "authority"),
    ("The principal engineer handed us the API contract already decided.", "authority"),
    ("My director laid down the rule that nothing ships on Fridays.", "authority"),
    ("The general manager imposed a hiring freeze in May.", "authority"),
    ("The pick landed on Terraform, and I wrote the modules.", "agentless"),
    ("We were handed the spec two days before the sprint.", "agentless"),
    ("We received the green light on Tuesday and began the migration.", "agentless"),
    ("The directive was to drain the queue before midnight.", "agentless"),
    ("The ruling was to keep both versions live, so I kept them live.", "agentless"),
    ("The brief was to cut cloud spend by a third.", "agentless"),
    ("We were given a hard deadline of June.", "agentless"),
    ("The verdict on the partition scheme was mine, and I stand by it.", "self"),
    ("I demoed the tool at the platform forum, then I decided to open-source it.", "self"),
    ("The registration authority rejected the domain because of a typo in the form.", "none"),
    ("My manager handed me the on-call pager for the holidays.", "none"),
    ("The client wanted a native app; I talked them out of it and built a web app.", "self"),
    ("We were given a tour of the new office.", "none"),
    ("The head of design personally thanked the team for the launch.", "none"),
    ("The security guild runs a brown-bag session every Friday.", "none"),
    ("I was handed the project when the previous lead left, and I chose to rewrite the ingest.", "self"),
    ("My preference for Postgres carried the day after I benchmarked it.", "self"),
    ("The instruction from our CTO was to stop all deploys.", "authority"),
    ("We were handed the deadline by the account director.", "authority"),
    ("We got the go-ahead from the change board on Monday.", "process"),
    ("The guild voted and landed on a single linter.", "group"),
    ("Our squad's verdict was to keep the monolith.", "group"),
]
