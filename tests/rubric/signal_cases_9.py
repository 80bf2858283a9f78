"""Fresh sentence-level cases, batch 9 (lead): waiting for information is not waiting for permission, and owned
hindsight about one's own step when the tagger reads the step's gerund as a noun.

Written from two misreadings seen on an unseen transcript (described as classes, not copied), before running the
readers on these sentences.  Same format as ``signal_cases_1.py``.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    # waiting for certainty, data or a diagnosis: a judgment about one's own pace, not deference
    ("In hindsight, waiting for a clean root cause before I rolled back cost us an hour of failed payments.", set(), {"waited_for_approval", "blamed_others"}),
    ("Holding the cutover while I waited for certainty about the row counts was too cautious.", set(), {"waited_for_approval"}),
    ("I spent a day waiting on more metrics before I flipped the flag, which was a day too long.", set(), {"waited_for_approval"}),
    ("Waiting for proof on a change that was easy to undo was the wrong trade, and that was my call.", set(), {"waited_for_approval"}),
    ("I was waiting until the logs from the second region came in, so I could be sure it was the same fault.", set(), {"waited_for_approval"}),
    # controls: waiting on a person's approval stays deference
    ("We waited for the director's go-ahead before rolling back, even though the errors kept climbing.", {"waited_for_approval"}, set()),
    ("I waited on the security team to approve the key rotation, which took two days.", {"waited_for_approval"}, set()),
    # owned hindsight about one's own step, gerund subjects the tagger may read as nouns
    ("Looking back, holding the batch should have come first, since it was reversible, and the diagnosis second.", {"owned_hindsight"}, {"blamed_others"}),
    ("Looking back, throttling the importer should have been my first move, and the profiling second.", {"owned_hindsight"}, {"blamed_others"}),
    ("In hindsight, freezing the feeds should have happened before the analysis, not after it.", {"owned_hindsight"}, {"blamed_others"}),
    # still missed after the fix: the parser hangs "parking" under "Looking" and "ought to have been" gets no subject,
    # so owned_hindsight is not heard here; kept for the reading that must not happen (blame)
    ("Looking back, parking the release ought to have been step one, since undoing it took a minute.", set(), {"blamed_others"}),
    # added after the first run (then scored once, before any fix): a bare noun after the gerund
    ("Looking back, pausing ingestion should have come first, since it cost nothing to undo, and the root-cause work second.", {"owned_hindsight"}, {"blamed_others"}),
    ("In hindsight, capping withdrawals should have been the first step and the forensics the second.", {"owned_hindsight"}, {"blamed_others"}),
    # controls: hindsight about someone else's act stays blame
    ("Looking back, the vendor should have told us about the firmware change before shipping it.", set(), {"owned_hindsight"}),
]
