"""Fresh sentence-level cases, batch 14 (lead, 2026-12-02): "it wasn't my job, so I fixed it" is scope taken on,
not blame.

Written from a misreading seen on an unseen lower-case transcript (described as a class, not copied), before running
the readers on these sentences: "nobody had asked me to look at it and it wasn't my responsibility, so I wrote the fix
myself" was heard as blame (an outcome disclaimed), which capped a strong owner's ownership at 2.  Disclaiming a duty
and then acting anyway is the opposite of blame; disclaiming an outcome stays blame.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "It wasn't my job to maintain the billing exporter, but I rewrote the broken query myself that night.",
        set(),
        {"blamed_others"},
    ),
    (
        "The flaky test wasn't my responsibility, so I fixed it anyway and told the owning team what I'd changed.",
        set(),
        {"blamed_others"},
    ),
    (
        "nobody asked me and it wasnt my problem really, but i patched the shared client for every team",
        set(),
        {"blamed_others"},
    ),
    (
        "Strictly speaking the runbook was not my job, yet I rewrote it after the second outage.",
        set(),
        {"blamed_others"},
    ),
    (
        "It wasn't my area at all; I still took the pager for their service for a week while we rolled out the fix.",
        set(),
        {"blamed_others"},
    ),
    # controls: an outcome disclaimed stays blame
    ("The outage wasn't my fault; the network team changed the firewall rules.", {"blamed_others"}, set()),
    ("That part wasn't my responsibility, the vendor should have tested it.", {"blamed_others"}, set()),
    ("Honestly the data loss was not my problem, it was the backup team's.", {"blamed_others"}, set()),
]
# added after the run-on cutter split the unseen sentence (scored once before the fix): a bare duty disclaimer, cut from
# the act that follows it, disowns no outcome; with a party or a harm named it stays blame
CASES += [
    ("it wasnt my responsiblity", set(), {"blamed_others"}),
    ("That one wasn't my job.", set(), {"blamed_others"}),
    ("The double charges weren't my problem, they were the payments team's.", {"blamed_others"}, set()),
]
