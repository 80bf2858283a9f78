"""Held-out batch 20 (recall3, 2026-12-02): near misses only, aimed at the rules added for batches 16-19 (role nouns,
thresholds and habits, "until"/"unless" clauses, "together", "it" after a board, "assumed", "in use since",
"nobody ever"), written before the analyzer ran on them.  None may probe.

First sight: 21/22, one false probe: "The night editor and I went for coffee after the shift" as group ("went for"
read as choosing; main before recall3 reads "the night manager and I went for coffee" the same way).  After (an
outing after "went for" is not a choice): 22/22.
"""

BATCH20: list[tuple[str, str]] = [
    ("The night editor and I went for coffee after the shift.", "none"),
    ("Orders over fifty pallets always go out on the early truck.", "none"),
    ("Every headline still has to fit in sixty characters.", "none"),
    ("I wasn't able to finish the report until the data arrived.", "none"),
    ("Nothing shipped on Sunday because the depot was closed.", "none"),
    ("The pharmacist had to count the tablets twice.", "none"),
    ("I needed the attending's notes to finish the handover.", "none"),
    ("The committee's report came out in May, and it recommended nothing new.", "none"),
    ("Radiology and the ER share a waiting room.", "none"),
    ("The producer and I went through the footage together.", "none"),
    ("Everyone assumed the fix would take a day.", "none"),
    ("Each nurse thought the new rota was fairer.", "none"),
    ("The old fax gateway was never switched off, so I switched it off myself last spring.", "self"),
    ("The contract renews every January unless I cancel it.", "none"),
    ("By the time I looked, the backlog had become manageable.", "none"),
    ("Nobody ever told me the reason for the freeze.", "none"),
    ("The grants panel met in March and it was a long day.", "none"),
    ("I signed the discharge after the attending and I reviewed the scans together.", "self"),
    ("My director and I had lunch together after the launch.", "none"),
    ("Every parcel over two kilos gets weighed twice.", "none"),
    ("The lab's test results have been in the system since Monday.", "none"),
    ("The chef and I tasted every sauce together before service.", "none"),
]
