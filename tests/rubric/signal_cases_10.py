"""Fresh sentence-level cases, batch 10 (lead, 2026-12-02): an own outcome denied under a hedge or a contrast.

Written from two misreadings seen on an unseen transcript (described as classes, not copied), before running the
readers on these sentences: "my mistake" inside a frame that denies it ("hard to say it was my mistake") was heard
as an owned outcome, and "the fault came from X, not from my change" was heard as an alternative weighed.  Same
format as ``signal_cases_1.py``.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    # own fault named only to be denied: never an owned outcome
    ("The old parser was written by a contractor and it choked on the new field, so I wouldn't call that my mistake.", set(), {"owned_outcome"}),
    ("It's hard to say the outage was my fault when the vendor changed the API without telling anyone.", set(), {"owned_outcome"}),
    ("I don't think the late invoices were really my error; finance changed the cut-off date.", set(), {"owned_outcome"}),
    ("You can't really pin the data loss on my migration, the backup job had been broken for months.", set(), {"owned_outcome"}),
    ("i wouldnt say it was my bug, the library did something weird", set(), {"owned_outcome"}),
    ("Nobody could call that my failure, since the sensors were mislabelled before I arrived.", set(), {"owned_outcome"}),
    # the fault placed elsewhere by contrast with one's own change: blame, not a weighed alternative
    ("The drivers complained about the delays, but the delays came from the depot scanners, not from my routing change.", {"blamed_others"}, {"alternative_weighed", "owned_outcome"}),
    ("The spike was a network problem on the carrier's side, not my config.", {"blamed_others"}, {"alternative_weighed", "owned_outcome"}),
    ("Sure, bookings dropped, but that was the payment provider's doing rather than my release.", {"blamed_others"}, {"alternative_weighed", "owned_outcome"}),
    ("The errors were caused by the mobile team's old client, not by my schema change.", {"blamed_others"}, {"alternative_weighed", "owned_outcome"}),
    # controls: the same shapes, owned
    ("The delays came from my routing change, not from the depot scanners, and I reverted it that night.", {"owned_outcome"}, {"blamed_others"}),
    ("It's fair to say the outage was my mistake: I changed the timeout without a canary.", {"owned_outcome"}, {"blamed_others"}),
    ("That was my error, not finance's; I had the cut-off date wrong in the job.", {"owned_outcome"}, {"blamed_others"}),
    ("No question the data loss was my fault, because I skipped the restore test.", {"owned_outcome"}, {"blamed_others"}),
    # controls: a real alternative weighed with a contrast
    ("I could have patched the scanners, but their firmware was older than the spec, so I rolled my routing change back instead.", {"alternative_weighed"}, {"blamed_others"}),
    ("Retrying on the client was an option, but it would have doubled the load, so I added a queue instead.", {"alternative_weighed"}, {"blamed_others"}),
]
