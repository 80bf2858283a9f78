"""Held-out batch 14 (lead, 2026-12-02): copular decisions held by a named party or a board ("the release date was
the client's decision", "a steering-committee outcome"), written before the analyzer ran on them.

First sight: probe recall 7/10, 7-class accuracy 9/14 (the client's/vendor's decision, a committee "outcome" and a
tender "output" read as no decision; "my predecessor's choice" as hedged; a spreadsheet as authority).  After the fix:
recall 9/10, accuracy 11/14.  Known misses kept: "the output of the yearly tender" (none) and "whatever the scoring
spreadsheet said" (authority, not process); a committee's outcome reads as process, not group (the lexicon's class for a committee)."""

BATCH14: list[tuple[str, str]] = [
    ("The choice of database was the architect's, not ours.", "authority"),
    ("The release date was the client's decision, and we just hit it.", "authority"),
    ("Which region went first was legal's call.", "authority"),
    ("The pricing model was a steering-committee outcome.", "group"),
    ("The retry limit was the platform team's decision; we only configured it.", "authority"),
    ("The cutover weekend was the CTO's pick.", "authority"),
    ("That framework was my predecessor's choice and I inherited it.", "authority"),
    ("The vendor we used was the output of the yearly tender.", "process"),
    ("The backlog order was whatever the scoring spreadsheet said.", "process"),
    ("Where the servers went was the ops director's decision.", "authority"),
    ("The choice of database was mine, and I made it after load testing both.", "self"),
    ("The release date was my decision, and I picked it for the quiet week.", "self"),
    ("The architect's diagram was on the wall for months.", "none"),
    ("The client's budget was tight that year.", "none"),
]
