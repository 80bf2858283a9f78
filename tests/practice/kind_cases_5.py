"""Fifth fresh batch, written after the word-class rewrite (batch 4 fixes), before running on it."""

CASES = [
    ("I took our on-prem Jenkins and moved every pipeline to GitHub Actions, keeping the old jobs read-only "
     "for a month in case we needed them.", "migration", set()),
    ("Our video transcoder started producing green frames for a subset of titles on a Tuesday morning. I "
     "pulled the affected titles, pinned the previous encoder build and the frames were clean by noon.",
     "incident", {"migration"}),
    ("The ask from leadership was to 'improve reliability'. There was no definition of reliability, so I "
     "chose availability of the play button as our one metric.", "no_spec", set()),
    ("The search relevance model was the data science team's, but their rollout broke our autocomplete. I "
     "joined their stand-up for two weeks and helped them add a canary.", "outside_scope", {"incident"}),
    ("I strongly disagreed with the plan to drop the free tier and wrote a memo with churn numbers; the VP "
     "kept the tier.", "disagreement", set()),
    ("My migration script silently skipped rows with null emails. It was my mistake, and it took me three "
     "days to find and repair the missing accounts.", "failure", {"migration"}),
    ("We consolidated four logging stacks into one. I chose the schema and ran the old and new pipelines in "
     "parallel until the numbers matched.", "migration", set()),
    ("A certificate expired on the API gateway and every mobile client got errors. I renewed it by hand and "
     "then automated renewals.", "incident", set()),
    ("I was handed a new product area with no roadmap and no PM. I interviewed ten customers and set the "
     "first quarter's goals myself.", "no_spec", set()),
    ("Security owned the secrets scanner, but it flagged so many false positives that teams ignored it. I "
     "tuned the rules on my own time and sent them the changes.", "outside_scope", set()),
    ("My skip-level and I had a real argument about hiring contractors for the rewrite. I lost that one, "
     "and I still think it cost us.", "disagreement", set()),
    ("I promised a partner a launch date I had not checked with the team, and we missed it by three weeks. "
     "I called them myself to explain.", "failure", set()),
]
