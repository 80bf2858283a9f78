"""Fresh sentence-level cases, batch 12 (lead, 2026-12-02): a sanity check of one's own choice is neither
consulting for information nor asking permission.

Written from a misreading seen on an unseen junior transcript (described as a class, not copied), before running the
readers on these sentences: "I checked with my mentor that the value was fine, and she said it was" was read as
consult-then-decide, which made a junior's small task an act-or-wait situation worth independence 4.
"""

_CONSULT = {"consulted_then_decided", "acted_without_waiting"}

CASES: list[tuple[str, set[str], set[str]]] = [
    ("I ran the ten-minute expiry past my buddy to see if it was okay, and he said it was, so it went in.", set(), _CONSULT),
    ("I double-checked with the senior dev that a nightly run was fine, and it was, so I set it up.", set(), _CONSULT),
    ("I confirmed with my lead that the new index made sense, then I added it.", set(), _CONSULT),
    ("i checked with my mentor whether a retry of three was reasonable and she said yes, so i kept it", set(), _CONSULT),
    ("Before merging I asked the tech lead if the batch size looked sensible, and he agreed.", set(), _CONSULT),
    # controls: consulting for a fact the decision needed, then deciding, stays consult-then-decide
    ("I asked the support lead which customers used the old export most, then I decided to keep it for them.", {"consulted_then_decided"}, set()),
    # first sight: read as a deferral to the DBA (analyzer span "handed_up") and a wait for approval; after the fix the
    # deferral is gone but the consultation is not heard yet (a known miss), so only the wrong reading is asserted
    ("I checked with the DBA how big the table was and went ahead with the online migration.", set(), {"waited_for_approval", "deferred_decision"}),
]
