"""Held-out batch 28 (gate8, 2026-12-03): process and authority recall, written before the analyzer ran on them.

Process: requirements and gates with unlisted wording (a count of approvers from a guild or chapter, "without an
approved change request", "no ticket, no firewall change", licence / permit / grant terms, a tool that had to approve
the session, "the protocol wouldn't let us ... without the review board signing off"); reviews, pipelines and
councils giving verdicts; habitual gates ("every release candidate has to sit in staging ... first", "each hotfix gets a
mandatory soak", "we only rotate keys through the ceremony process", "any article ... goes to the standards desk before
it runs", "the rule was the rule").  Authority: rulings by a role ("the plant manager ruled that"), a rank over a trade
("the head nurse", "the chief pilot"), a preference that beat the speaker's proposal or what the speaker would have
done ("I proposed X, but the principal engineer preferred Y"; "I'd have failed over, but the incident commander wanted
more logs first"), "firmly / flatly / dead set against".  Near misses: process nouns in plain facts, the speaker's
own use of a process ("I decided to send it through the CAB myself"), "nobody required a soak test; I ran one anyway",
"I only deployed through the pipeline because ...", "the rule was simple: ...".

Round 1 (71) first sight (main 6827633, arbiter on): P .976 R .755 acc .718, 1 false probe ("nobody required a soak
test; I ran one anyway" read hedged); rules alone P .971 R .623 acc .606.  After: P 1.000 R .962 acc .972 (rules alone
P 1.000 R .868).  Round 2 (30, written after those fixes, many near misses of the new rules) first sight: P .933 R .824
acc .867 (a false probe from the new only-through rule on the speaker's own habit); after: 30/30 (rules alone 29/30).
Kept visible: "branch protection ... demands" (the parser reads "demands" as a noun) and "until the nonconformance report
was closed by the quality system" (a quality system is read as software).  Three labels were set by the project's
convention after first sight: a department releasing a lot is authority (as "until procurement approved"), "and I fixed
them" is the speaker acting (self), and "so the menu stayed the same" is drift (hedged).
"""

BATCH28: list[tuple[str, str]] = [
    (
        "Any change to the ledger service needed sign-off from two members of the finance engineering chapter.",
        "process",
    ),
    ("The lot couldn't ship until the quality unit had released it.", "authority"),
    ("Our permit said we had to notify the harbour authority five days before any dredging.", "process"),
    ("Branch protection on the main repo demands a passing security scan before anything merges.", "process"),
    ("The privileged-access tool had to approve my elevation before I could touch the cluster.", "process"),
    ("No ticket, no firewall change; that's how the network operations centre runs things.", "process"),
    ("We couldn't reopen the line until the nonconformance report was closed by the quality system.", "process"),
    ("Restarting the reactor required the safety committee's written clearance.", "process"),
    ("I wasn't permitted to purge the cache without an approved change request.", "process"),
    ("The grant terms obliged us to get ethics approval before recruiting a single participant.", "process"),
    ("Every schema change needs a green light from the data governance board.", "process"),
    ("The clinical protocol wouldn't let us change the dose without the review board signing off.", "process"),
    ("The launch review said no-go, so the date slipped a month.", "process"),
    ("Architecture review sent the proposal back three times before it passed.", "process"),
    ("The deploy pipeline rejected the build because the canary failed.", "process"),
    ("It took the waiver process a month to approve our exemption.", "process"),
    ("The quarterly access review pulled my admin rights.", "process"),
    ("We took it to the pricing council and they shelved it for a quarter.", "process"),
    ("The proposal went before the investment committee and they turned it down.", "process"),
    ("The change advisory board vetoed the Friday window.", "process"),
    ("Our RFC got rejected by the platform steering group.", "process"),
    ("The go/no-go meeting went with a delay.", "process"),
    ("The hiring committee overruled my recommendation.", "process"),
    ("Procurement's approval workflow blocked the purchase for weeks.", "process"),
    ("Every release candidate has to sit in staging for forty-eight hours first.", "process"),
    ("All contracts go through legal review and then the signing queue, and ours stalled in the queue.", "process"),
    ("We only rotate keys through the scheduled ceremony process.", "process"),
    ("Nothing gets deployed during the holiday season; the change freeze forbids it.", "process"),
    ("I didn't fight the embargo; the rule was the rule.", "process"),
    ("Each new vendor must pass the security questionnaire before onboarding, and that's where we waited.", "process"),
    ("Any article naming a minor goes to the standards desk before it runs.", "process"),
    ("New hires always wait for the background check before they get badge access.", "process"),
    ("The plant manager ruled that the second shift would be cut.", "authority"),
    ("The head nurse decided we would pause visits on the ward.", "authority"),
    ("I proposed Kafka, but the principal engineer preferred RabbitMQ and that's what we shipped.", "authority"),
    ("The customer refused any downtime, so we had to build a blue-green setup.", "authority"),
    ("I'd have failed over right away, but the incident commander wanted more logs first.", "authority"),
    ("Our CFO was firmly against leasing the servers.", "authority"),
    ("My manager approved it late that night, and then I deployed it.", "authority"),
    ("The editor-in-chief ruled the piece couldn't run without a second source.", "authority"),
    ("The superintendent decided the crane would stay down until Monday.", "authority"),
    ("The client insisted on on-prem hosting, so the whole design bent around that.", "authority"),
    ("The VP of sales was dead set on a March launch.", "authority"),
    ("I wanted to cut the feature, but my director preferred to keep it and it stayed.", "authority"),
    ("The design review was on Thursday afternoon.", "none"),
    ("The linter flagged three warnings and I fixed them before lunch.", "self"),
    ("I decided to send it through the CAB myself because it touched payroll.", "self"),
    ("The merge queue was about twenty deep that morning.", "none"),
    ("I chose to ask the security team for a review even though it wasn't required.", "self"),
    ("Our change freeze runs from mid-December to early January.", "none"),
    ("The risk committee meets every other week.", "none"),
    ("The pipeline took forty minutes to run the full test suite.", "none"),
    ("Nobody required a soak test; I ran one anyway because I didn't trust the fix.", "self"),
    ("The audit found two minor issues, which I fixed the same day.", "self"),
    ("I put the migration through the DBA queue on my own initiative.", "self"),
    ("The approval workflow has four steps and sends an email at each one.", "none"),
    ("I made the call to hold the release until QA had finished.", "self"),
    ("My manager joined the call at around midnight.", "none"),
    ("I proposed Kafka, and after a week of spikes I went with it.", "self"),
    ("We agreed as a team that every hotfix would get a soak in pre-prod.", "group"),
    ("My lead told me the freeze applied to us too, so I waited.", "authority"),
    ("The DBA and I decided to run the migration in two phases.", "group"),
    ("The rollout was paused before I got in that morning.", "agentless"),
    ("I overruled the linter and merged it anyway, which was a mistake.", "self"),
    ("We went to the capacity forum with a plan that we had already decided on.", "group"),
    ("The weekly review sort of stopped happening and nobody noticed.", "hedged"),
    ("The security lead refused to sign the exception, so the project stopped.", "authority"),
    ("The policy document is about forty pages long.", "none"),
    ("The feature got pulled from the release at the last minute.", "agentless"),
    ("After the review board approved the plan, I chose the cutover date myself.", "self"),
    ("The account's owner at the bank wouldn't sign off until we encrypted the backups.", "authority"),
    ("I only deployed through the pipeline because I didn't trust my laptop setup.", "self"),
    ("Every release candidate gets a changelog entry and a version tag.", "none"),
    ("The repo settings were a mess when I joined.", "none"),
    ("The head chef was off sick that week, so the menu stayed the same.", "hedged"),
    ("My manager was firmly against it at first, but I made the case and then I shipped it myself.", "self"),
    ("The rule was simple: whoever broke the build bought coffee.", "none"),
    ("I proposed a canary rollout, and it worked so well I kept it.", "self"),
    ("The linting bot had to restart twice that morning.", "none"),
    ("No ticket numbers were in the commit messages, which made the audit painful.", "none"),
    ("Without a second thought, I rolled it back.", "self"),
    ("Every file has to be formatted first, otherwise the diff is unreadable.", "none"),
    ("I wanted to wait, but I decided to ship it that night anyway.", "self"),
    ("The permit office is on the second floor.", "none"),
    ("Any article we publish goes to print at midnight.", "none"),
    ("The insurance terms required a fire watch for an hour after any hot work.", "process"),
    ("Nothing could go out to the clinics without a signed validation report, so we waited a week.", "process"),
    ("Each firmware image has to bake on the test rack for a full day first.", "process"),
    ("Every vendor invoice gets a mandatory three-way match before payment.", "process"),
    ("Policy was policy, so the refund waited for the next cycle.", "process"),
    ("We only change DNS through the infrastructure change process.", "process"),
    ("We took the redesign to the brand council and they rejected it.", "process"),
    ("The repository rules enforce two approving reviews on every pull request.", "process"),
    ("The deployment bot had to sign off on the release before it could go out.", "process"),
    ("The chief pilot ruled that nobody would fly the new route until the simulator checks were done.", "authority"),
    (
        "I suggested a phased launch, but the general counsel preferred a single date, and that's what happened.",
        "authority",
    ),
    ("I'd have paged the vendor straight away, but the duty manager wanted to wait for the morning.", "authority"),
    ("The head teacher decided the exams would move online.", "authority"),
    ("The client was flatly against any change to the login screen.", "authority"),
    ("The charge nurse had to okay the new checklist before we could use it.", "authority"),
    ("The release needed sign-off from two people on the platform guild.", "process"),
]
