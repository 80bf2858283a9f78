"""Held-out batch 19 (recall3, 2026-12-02): a second fresh batch over the same three kinds (gates, joint decisions
and board pronouns, drift with no hedge word), written after the fixes for batches 16-18 and before the analyzer ran
on it, so its first sight measures how far those fixes carry to wording they were not built on.

First sight (recall3's fixes for batches 16-18 in, nothing for this batch): P .944 R .630 (17/27) acc .641 (25/39),
one false probe ("I had to wait for the paint to dry before hanging the sign" as authority, the same on main before
recall3); gates 8/14, joint 9/12, drift 8/13.  Main before recall3 on the same batch: P .917 R .407 acc .513.
Misses: "always need the area manager's say-so" (a multi-word permission noun), "until the ward sister had initialled
it", "without the managing editor signing off" (a gerund), "had to be re-rated by the certification board", "a second
officer" countersigning read as authority; "sorted out ... between themselves", "the two producers hammered out ...
together", "it turned the application down" after a panel; "was never withdrawn" as agentless, "rolled over
automatically" as process, "have been in use since the nineties", "had become the official record", "still uses the
stock payment page".
"""

BATCH19: list[tuple[str, str]] = [
    # gates
    ("Price markdowns over twenty percent always need the area manager's say-so.", "authority"),
    ("The rota change couldn't be published until the ward sister had initialled it.", "authority"),
    ("Any transfer to a new payee has to be countersigned by a second officer.", "process"),
    ("The trailer had to wait for the depot manager's go-ahead before leaving the yard.", "authority"),
    ("Our new loyalty scheme had to pass the pricing committee first.", "process"),
    ("I couldn't publish the correction without the managing editor signing off.", "authority"),
    ("Schema tweaks normally go through the architecture forum on Wednesdays.", "process"),
    ("The level had to be re-rated by the certification board before we could ship it.", "process"),
    ("We weren't able to switch carriers until procurement approved the contract.", "authority"),
    ("The menu change waited on the executive chef's approval.", "authority"),
    ("I had to wait for the paint to dry before hanging the sign.", "none"),
    ("The truck couldn't leave until the forklift was repaired.", "none"),
    ("I chose to run it past the committee afterwards, once I'd already shipped.", "self"),
    ("Every new hire has to complete the safety training in the first week.", "none"),
    # joint decisions and pronouns after a board
    ("The head nurse and I agreed to move the clinic to Tuesdays.", "group"),
    ("Warehouse and transport sorted out the new pick schedule between themselves.", "group"),
    ("Our lead designer and the client settled on a darker palette together.", "group"),
    ("The two producers hammered out the release plan together.", "group"),
    ("We pitched the redesign to the editorial board, and they approved it the same day.", "process"),
    ("I put the budget request to the finance committee; they rejected it.", "process"),
    ("We raised it with the grants panel and it turned the application down.", "process"),
    ("I asked my editor and she said no.", "authority"),
    ("The head nurse and I worked the night shift together.", "none"),
    ("Warehouse and transport share one loading dock.", "none"),
    ("I settled on the darker palette after the client and I talked it over.", "self"),
    ("The finance committee met, and it ran over by an hour.", "none"),
    # drift with no hedge word
    ("The temporary discount was never withdrawn.", "hedged"),
    ("Nobody ever retired the old loyalty cards, so they still work.", "hedged"),
    ("The printer fleet came with the lease and we've kept it since.", "hedged"),
    ("The insurance policy rolled over automatically every spring.", "hedged"),
    ("The pilot ward's paper forms have been in use since the nineties.", "hedged"),
    ("By the time the audit came, the shared spreadsheet had become the official record.", "hedged"),
    ("Everyone assumed IT had chosen the password rules.", "hedged"),
    ("The debug logging was left on after the incident and forgotten for months.", "hedged"),
    ("The checkout still uses the stock payment page from the platform.", "hedged"),
    ("I withdrew the temporary discount at the end of the month.", "self"),
    ("The insurance policy covers flood damage.", "none"),
    ("The spreadsheet has two tabs, one per region.", "none"),
    ("I left debug logging on for an hour to catch the bug, then turned it off.", "self"),
]
