"""h11's third fresh batch per probe class (issue 11, 2026-12-02), written after the fixes for batches E and F and
the frame sweep, and before the analyzer ran on it: the last honest measure of this work.

12 sentences whose MAIN decision sits with the class, then 6 near-misses that must not probe.
First-sight scores are in bench/README.md.
"""

AUTHORITY_G: list[tuple[str, str]] = [
    ("Honestly the VP of engineering had already promised the feature to the board, so we were building it either way.", "authority"),
    ("My skip told me to drop the rewrite and focus on the outage backlog.", "authority"),
    ("the decision sat with our head of infrastructure, who chose to stay on bare metal", "authority"),
    ("Security came back and said no to the public S3 bucket, end of discussion.", "authority"),
    ("Our client's CTO picked the cloud provider, and we had to make it work.", "authority"),
    ("I was voluntold by my manager to own the migration timeline.", "authority"),
    ("The deadline was set by marketing before anyone in engineering had estimated it.", "authority"),
    ("The founders wanted a native app, and what the founders want, they get.", "authority"),
    ("It came from the CFO: no new vendors this fiscal year.", "authority"),
    ("Our tech lead vetoed the ORM after one look at the generated SQL.", "authority"),
    ("The directive from HQ was to consolidate all regional data centers by Q4.", "authority"),
    ("The product director overruled us and kept the dark pattern in the signup flow.", "authority"),
    ("My manager suggested a rewrite, but I decided to refactor incrementally instead.", "self"),
    ("The API gateway throttles any client that exceeds its quota.", "none"),
    ("I was paged for the checkout errors and rolled the config back within ten minutes.", "self"),
    ("Without waiting for my director, I turned off the failing feature flag.", "self"),
    ("Ownership matters to me, so I try to close the loop on every incident.", "none"),
    ("Would the VP typically weigh in on something like this?", "none"),
]

GROUP_G: list[tuple[str, str]] = [
    ("My counterpart in data science and I agreed on a single definition of active user.", "group"),
    ("The infra and security teams jointly rolled out the new VPN.", "group"),
    ("we had a long retro and collectively decided to stop doing hotfixes on Fridays", "group"),
    ("The mobile guild voted unanimously to adopt Compose.", "group"),
    ("In the end, the three of us picked Postgres over Dynamo.", "group"),
    ("Our PM, our designer and I settled the onboarding flow in one afternoon.", "group"),
    ("After a lot of back and forth we converged on a two-phase rollout.", "group"),
    ("Everyone in the architecture sync was on board with splitting the service.", "group"),
    ("Ops and dev reached a compromise on the on-call rotation.", "group"),
    ("Together with the SRE lead, I chose to cut over during the maintenance window.", "group"),
    ("the squads aligned on a shared error format after the incident", "group"),
    ("We made the call as a group to skip the beta.", "group"),
    ("The consumers coordinate offsets via the group coordinator.", "none"),
    ("We'd sit down together and pick an approach once we knew the load.", "none"),
    ("My colleague and I both felt the incident review was rushed.", "none"),
    ("I heard the team out and then chose the two-phase rollout myself.", "self"),
    ("How do your squads usually agree on shared formats?", "none"),
    ("The team and I are pretty aligned on code quality.", "none"),
]

PROCESS_G: list[tuple[str, str]] = [
    ("Nothing could go to prod without a signed change request, so the patch waited.", "process"),
    ("Our security policy didn't allow third-party fonts, so we self-hosted them.", "process"),
    ("The release got held back by the compliance checklist.", "process"),
    ("We were stuck in procurement for two months before we could buy the licences.", "process"),
    ("The vendor onboarding process required a SOC 2 report, which killed the deal.", "process"),
    ("Our on-call runbook said to page the database team, so that's what we did.", "process"),
    ("The rollout had to wait for the next change window on Sunday night.", "process"),
    ("the PR couldn't be merged until the required checks passed", "process"),
    ("Capacity requests over 100 cores go to a review committee, so our cluster expansion took a month.", "process"),
    ("Under the data residency rules, EU traffic had to stay in Frankfurt.", "process"),
    ("Legal review blocked the launch in Germany for six weeks.", "process"),
    ("Our incident policy mandated a postmortem within five days.", "process"),
    ("I wrote the on-call runbook and chose which alerts page a human.", "self"),
    ("The CI checks run on every commit.", "none"),
    ("I merged it before the checks finished because the site was down, and I said so in the ticket.", "self"),
    ("The change window is Sunday night.", "none"),
    ("I'd require a postmortem for every Sev1.", "none"),
    ("Does your team use a CAB?", "none"),
]

AGENTLESS_G: list[tuple[str, str]] = [
    ("The rewrite got deprioritized again in Q3 planning.", "agentless"),
    ("Our travel budget was frozen for the rest of the year.", "agentless"),
    ("The beta was pulled from the app store a week before launch.", "agentless"),
    ("It was determined that we'd standardize on Java 17.", "agentless"),
    ("The partnership with the payment provider got terminated.", "agentless"),
    ("The platform team was merged into infrastructure.", "agentless"),
    ("The hackathon project was promoted to a real product.", "agentless"),
    ("the rollout was paused, no explanation given", "agentless"),
    ("A hiring freeze was announced the week after I joined.", "agentless"),
    ("Dark mode was cut from the release at the last minute.", "agentless"),
    ("The decision got made to move support offshore.", "agentless"),
    ("Our bonus pool was reduced by a third.", "agentless"),
    ("The connection got reset by the load balancer.", "none"),
    ("I deprioritized the rewrite because the outage work mattered more.", "self"),
    ("The job was killed after it exceeded its memory limit.", "none"),
    ("The rollout was paused by me when the error rate spiked.", "self"),
    ("The old records get archived after a year.", "none"),
    ("The image was rebuilt once the base layer changed.", "none"),
]

HEDGED_G: list[tuple[str, str]] = [
    ("We sort of just kept the monolith because splitting it never got prioritized.", "hedged"),
    ("The on-call rotation ended up being whoever was around.", "hedged"),
    ("Honestly I'm not sure anybody decided on Redis; it was just there.", "hedged"),
    ("The temporary feature flag is still in the code four years later.", "hedged"),
    ("The team kind of drifted toward trunk-based development.", "hedged"),
    ("Go became our default language more by accident than by design.", "hedged"),
    ("i guess we went with mysql since thats what the old team used", "hedged"),
    ("Nobody ever revisited the rate limits after launch.", "hedged"),
    ("Somewhere along the way, Jira became the source of truth for roadmaps.", "hedged"),
    ("The CSV export sort of became a public API without anyone planning it.", "hedged"),
    ("That cron job had been running since 2016 and no one knew who owned it.", "hedged"),
    ("At some point we just stopped writing design docs.", "hedged"),
    ("I guess the bottleneck was the disk, so I moved the logs to a separate volume.", "self"),
    ("The latency sort of spiked around noon every day.", "none"),
    ("I kept the monolith on purpose because the team was too small to run services.", "self"),
    ("The queue ended up with a million messages after the consumer crashed.", "none"),
    ("I'd probably default to trunk-based development for a team this size.", "none"),
    ("The cron job runs every night at 2 a.m.", "none"),
]

CLASSES_G = {"authority": AUTHORITY_G, "group": GROUP_G, "process": PROCESS_G, "agentless": AGENTLESS_G, "hedged": HEDGED_G}
