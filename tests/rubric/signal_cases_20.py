"""Fresh sentence-level cases, batch 20 (lead, 2026-12-02): the cause of one's own bug is no alternative weighed,
and a change made once the owner "let me" is permission, not consultation.

Written before running the readers on them, from misreadings seen on an unseen junior transcript (described as
classes, not copied): "my job broke because I kept the state in memory instead of on disk" was heard as options
weighed, and "I asked the owner before touching it, and she let me make the change" as consult-then-decide.

First sight (7 cases): 1/2 expected, 4 forbidden.  After: 2/2 expected, 1 forbidden.  Kept out of the list as a known
miss (the harm is only implied, no harm word): "The report went out with last month's totals, since I had cached the
query rather than running it fresh." is still read as an option weighed.
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "My importer started duplicating rows after a restart, because I stored the cursor in a local file instead "
        "of in the database.",
        set(),
        {"alternative_weighed"},
    ),
    (
        "I picked a local file over the database for the cursor because the database was shared with billing and I "
        "did not want to add load to it.",
        {"alternative_weighed"},
        set(),
    ),
    (
        "I asked the warehouse lead before touching the label printer, and he let me change the template.",
        set(),
        {"consulted_then_decided"},
    ),
    (
        "I checked with the ops manager first, and she allowed me to restart the sorter.",
        set(),
        {"consulted_then_decided"},
    ),
    (
        "I asked the warehouse lead which printer the night shift used, then changed its template myself.",
        {"consulted_then_decided"},
        set(),
    ),
]
