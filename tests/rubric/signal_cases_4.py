"""Fresh sentence-level cases, batch 4: other people's beliefs about whose mistake it was are not the speaker's blame.

A candidate often describes the state of things before they stepped in: each group thought a fault was its own, so
nobody reported it.  That is the situation, not the candidate placing their own outcome on others.  Written before
running the readers on them; the last three keep real blame, so the fix cannot simply drop the pattern.
Same format as ``signal_cases_1.py``.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    ("nobody owned fixing it because each clinic thought it was their own mistake", set(), {"blamed_others"}),
    ("Each team assumed the timeouts were their own config problem, so nobody reported them.", set(), {"blamed_others"}),
    ("The support agents believed it was their fault for typing the address wrong, so the bug sat for months.", set(), {"blamed_others"}),
    ("everyone figured it was their own setup, so no ticket was ever filed", set(), {"blamed_others"}),
    ("The drivers felt the late pickups were their problem, and nobody looked at the dispatch logic.", set(), {"blamed_others"}),
    ("The stores each thought the missing stock was their own counting error.", set(), {"blamed_others"}),
    ("Honestly that outage was their fault, the platform team pushed the config without telling us.", {"blamed_others"}, set()),
    ("The missing rows were the vendor's bug, not my decision.", {"blamed_others"}, set()),
    ("I thought it was their mistake at first, but the trace showed it was my retry loop.", set(), {"blamed_others"}),
]
