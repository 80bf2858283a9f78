"""Sixth fresh batch, written after batch 5's fixes and before running on it; its first-sight score is reported."""

CASES = [
    ("When we outgrew the single Postgres box I planned the move to a sharded setup and ran the copy "
     "overnight, region by region.", "migration", set()),
    ("Our login service returned 500s for every user in Europe for forty minutes after a DNS change. I "
     "spotted it on the dashboard, undid the change and wrote up what happened.", "incident", set()),
    ("The brief for the partner portal was two bullet points. I filled the gaps myself: I chose which "
     "reports to build first and what 'real-time' would mean.", "no_spec", set()),
    ("The warehouse robots were the robotics team's responsibility, but their firmware kept crashing our "
     "order pickers, so I dug into the logs with them.", "outside_scope", {"incident"}),
    ("Our principal engineer wanted everything in one repo. I made the case against it in the architecture "
     "forum, and we split the repo by domain.", "disagreement", set()),
    ("I approved a schema change late on a Friday without a review and it took down reporting for the "
     "weekend. My fault entirely.", "failure", {"incident"}),
    ("I replaced our homegrown feature-flag code with LaunchDarkly, flag by flag, over a quarter.",
     "migration", set()),
    ("The nightly billing run hung halfway and invoices did not go out. I restarted it from the last "
     "checkpoint and added a timeout alarm.", "incident", set()),
    ("We were told to 'make the API faster' with no numbers attached. I picked p99 under 200 ms as the "
     "target and explained the choice to the team.", "no_spec", set()),
    ("Nobody on my team touched the shared CI runners, and they were falling over daily. I took them on "
     "and cut the failures to almost zero.", "outside_scope", set()),
    ("The product lead and I clashed over whether to launch in beta. I wanted a beta; she wanted a full "
     "launch. We settled on a staged rollout I proposed.", "disagreement", set()),
    ("I chose a vendor based on a demo and it could not handle our volume. We lost a month switching "
     "away, and I now insist on a load test before signing.", "failure", {"migration"}),
]
