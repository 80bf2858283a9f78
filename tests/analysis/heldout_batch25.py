"""Held-out batch 25 (repair7, 2026-12-03): spoken self-repairs of a subject and decisions owned by possession,
copula or cleft, written before the analyzer ran on them.

Self-repairs: "I -- well, we, the whole team -- chose", "we -- no, actually I -- decided", "we, I mean the release
board, decided", "my manager, sorry, my skip-level, signed off" (dashes, commas, "well", "no", "actually", "I mean",
"sorry", "or rather", "no wait"): the corrected, last subject decides.  Near misses: an aside between dashes ("I --
like everyone -- hated the old build", "I -- no joke -- chose"), "sorry to say", a repeated subject.  Possession and
clefts: "the Postgres choice, that one's mine", "picking DynamoDB? That one's mine", "the call? Mine.", "that rollback
was on me", "the only person who signed off on it was me", "nobody but me approved it", "I green-lit my own rollback";
near misses ("the bug was mine", "that laptop's mine", "the service is mine to maintain now", "nobody but me showed
up"), and other holders in the same shapes ("the decision? The steering board's.", "that rollback was on my manager").

First sight (main 0eb28e0): 68 cases P .731 R .704 acc .500, 7 false probes (self-repairs 7/20, owned 4/18;
near misses 18/18 non-probe).  After (repairs.py, owned.py, "green-lit" joined): P 1.000 R .852 acc .926.  Kept
visible: two corrected subjects the lexicon does not know as authorities ("the charge nurse", "the paper's standards
desk"), "someone, I never found out who, cancelled" read none, and "that one's the committee's, not mine" with no
decision named before it.
"""

BATCH25: list[tuple[str, str]] = [
    ("I -- well, we, the whole platform group -- decided to move off Jenkins.", "group"),
    ("We -- no, actually I -- made the call to drop Android 8 support.", "self"),
    ("We, I mean the release board, decided to hold the build.", "process"),
    ("My manager, sorry, my skip-level, signed off on the reorg.", "authority"),
    ("The team — or rather my director — picked the vendor.", "authority"),
    ("I—well, we—chose Kotlin for the rewrite.", "group"),
    ("My lead, no, actually I, chose to pin the dependency.", "self"),
    ("We – rather, the architecture council – settled on gRPC.", "process"),
    ("I, or rather my tech lead, went with Terraform for the new stack.", "authority"),
    ("The CTO -- sorry, the two of us, the CTO and I -- agreed to pause hiring.", "group"),
    ("Our PM, I mean our head of product, chose to delay the launch.", "authority"),
    ("They -- well, me, really -- picked the partition scheme.", "self"),
    ("Legal, sorry, our compliance officer, decided we couldn't keep the raw logs.", "authority"),
    ("We, well, I, rolled back the deploy at 2am.", "self"),
    ("My boss — actually, no, the whole leadership team — chose to close the Leeds office.", "authority"),
    ("The nurses -- I mean the charge nurse -- decided to move the patient to bay four.", "authority"),
    ("I -- no, we, all three editors -- agreed to spike the story.", "group"),
    ("My editor, or rather the paper's standards desk, ruled that we pull the photo.", "authority"),
    ("Ops - sorry, I - approved the emergency change.", "self"),
    ("The client, no wait, our account director, insisted on the March date.", "authority"),
    ("I -- like everyone on the team -- hated the old build system.", "none"),
    ("I -- and this surprised me -- decided to rewrite the parser myself.", "self"),
    ("I, well, I just decided to rewrite the client.", "self"),
    ("My manager -- a great guy, by the way -- was on leave, so I approved the rollback.", "self"),
    ("I -- no joke -- chose the vendor in ten minutes.", "self"),
    ("No, actually, I picked the region myself.", "self"),
    ("I mean, we all hated the old pipeline.", "none"),
    ("My director, sorry to say, never read the doc, so I chose the design on my own.", "self"),
    ("We -- well, mostly I -- spent the week cleaning up the alerts.", "none"),
    ("I -- actually, the whole team -- was surprised by the latency numbers.", "none"),
    ("We -- well, nobody really -- decided anything; the old queue just stayed.", "hedged"),
    ("I -- no, someone, I never found out who -- cancelled the licence.", "agentless"),
    ("My lead, or rather the change policy, required two approvals for the hotfix.", "process"),
    ("The board -- sorry, my VP on behalf of the board -- told us to freeze spending.", "authority"),
    ("I, well, we sort of drifted into using Mongo without really deciding.", "hedged"),
    ("Picking DynamoDB for the sessions? That one's mine.", "self"),
    ("The Postgres choice, that one's mine and I'll defend it.", "self"),
    ("That rollback was on me, start to finish.", "self"),
    ("The only person who signed off on the migration was me.", "self"),
    ("Nobody but me approved the hotfix.", "self"),
    ("I green-lit my own rollback at 3am.", "self"),
    ("The call? Mine.", "self"),
    ("The decision to sunset the v1 API was mine, full stop.", "self"),
    ("Switching to a monorepo, that was all mine.", "self"),
    ("No one other than me chose the cutover date.", "self"),
    ("The person who picked the vendor was me.", "self"),
    ("Moving billing to Stripe was my decision and mine alone.", "self"),
    ("I approved my own pull request to get the fix out before the weekend.", "self"),
    ("The go/no-go on the launch was mine.", "self"),
    ("Only I approved the exception for the payroll run.", "self"),
    ("The decision to close the ward early, that one's mine.", "self"),
    ("Pulling the episode from the schedule was on me and nobody else.", "self"),
    ("The staffing call that night? All mine.", "self"),
    ("The bug was mine.", "none"),
    ("The typo in the config file was mine.", "none"),
    ("The desk by the window is mine.", "none"),
    ("The only person who noticed the leak was me.", "none"),
    ("Nobody but me showed up to the retro.", "none"),
    ("That laptop's mine, the other one is Sam's.", "none"),
    ("The service is mine to maintain now.", "none"),
    ("The on-call pager that week was mine.", "none"),
    ("The call was my director's, not mine.", "authority"),
    ("The only person who signed off on it was the CFO.", "authority"),
    ("That one's the committee's, not mine.", "process"),
    ("The decision? The steering board's.", "process"),
    ("That rollback was on my manager, start to finish.", "authority"),
    ("The choice was ours, the whole squad's.", "group"),
    ("Nobody but the head chef approved menu changes.", "authority"),
]
