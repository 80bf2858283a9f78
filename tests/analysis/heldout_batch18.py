"""Held-out batch 18 (recall3, 2026-12-02): drift told with no hedge word, labelled hedged: nobody chose, the thing
was never retired, came bundled, renewed itself, became the standard before anyone looked, was inherited; near
misses (the speaker's own keep-or-retire call, schedules and defaults described as design) stay self or none.
Written before the analyzer ran on them.

First sight (before any fix): P 1.000 R .762 (16/21) acc .800 (24/30), no false probe; hedged 15/21, self 4/4, none
5/5.  Misses: as none "Nobody ever turned the legacy pricing flag off", "was left running after the launch and nobody
noticed for a year", "the default theme from the CMS is still what the newsroom uses", "has been running since before
anyone on the team joined"; as authority "each store assumed head office had picked the till software"; as self "the
vendor's SDK was already in the build when I arrived, so it stayed".
"""

BATCH18: list[tuple[str, str]] = [
    ("The old fax gateway was never switched off.", "hedged"),
    ("Nobody ever turned the legacy pricing flag off.", "hedged"),
    ("The ward kept the paper charts because that was what had always been there.", "hedged"),
    ("The analytics SDK came bundled with the game engine, and it stayed.", "hedged"),
    ("The support contract renewed itself every January.", "hedged"),
    ("By the time anyone checked, the temporary route had become the permanent one.", "hedged"),
    ("The spreadsheet became the source of truth over the years without anyone deciding it.", "hedged"),
    ("The reporting tool came with the acquisition of the smaller bank.", "hedged"),
    ("The trial licence quietly turned into a three-year subscription.", "hedged"),
    ("Each store assumed head office had picked the till software.", "hedged"),
    ("The workaround stayed in place long after the bug was fixed.", "hedged"),
    ("The staging cluster was left running after the launch and nobody noticed for a year.", "hedged"),
    ("The default theme from the CMS is still what the newsroom uses.", "hedged"),
    ("The nightly batch has been running since before anyone on the team joined.", "hedged"),
    ("The vendor's SDK was already in the build when I arrived, so it stayed.", "hedged"),
    ("Python 2 lingered in the billing scripts for another four years.", "hedged"),
    ("The 30-second timeout was inherited from the original prototype.", "hedged"),
    ("Over time the manual check turned into the official process.", "hedged"),
    ("The old shipping labels never got replaced, so we still print them.", "hedged"),
    ("The free tier stayed free because no one ever revisited it.", "hedged"),
    ("The cron job was simply never retired.", "hedged"),
    # near misses
    ("I retired the cron job myself once the new scheduler was live.", "self"),
    ("The cron job runs every night at three.", "none"),
    ("The contract renews every January, and I decided to cancel it this year.", "self"),
    ("The engine ships with a physics library that handles collisions.", "none"),
    ("By the time I looked, the queue had drained on its own.", "none"),
    ("The ward uses paper charts during power cuts.", "none"),
    ("I kept the old gateway running on purpose, because two clients still depended on it.", "self"),
    ("The default timeout in the library is thirty seconds.", "none"),
    ("I made the temporary route permanent after measuring a month of traffic.", "self"),
]
