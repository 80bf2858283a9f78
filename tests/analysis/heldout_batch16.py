"""Held-out batch 16 (recall3, 2026-12-02): gates worded with modals, negation, a habit or a noun the rules may not list
("needed the attending's initials", "couldn't go live until the model risk review passed", "always need a nod from"),
held by a person or role (authority) or by a board, form, review or policy (process); near misses stay self or none.
Written before the analyzer ran on them.

First sight (before any fix): P 1.000 R .636 (14/22) acc .618 (21/34), no false probe; authority 4/11, process 6/11,
self 5/6, none 6/6.  Misses: seven authority gates read as none (a noun the rules lack: "initials", "a nod from",
"countersigned", "has to clear the night editor", "until the incident commander said so", "always need ...'s approval",
"had to sign it"); process as group ("needed the capacity board to vote it through"), as none ("had to clear the
age-rating checklist"), as hedged ("usually go through the procurement tender"), as authority ("without a slot in the
change calendar ... wasn't allowed", "the four-eyes policy ... needed a second signature"); one self read as none
("I asked the producer for feedback after I'd already cut the feature").
"""

BATCH16: list[tuple[str, str]] = [
    # a person or role holds the gate
    (
        "Any discharge after midnight needed the attending's initials before the nurse could release the bed.",
        "authority",
    ),
    ("I couldn't push the price change live until the regional manager okayed it.", "authority"),
    ("Refunds above five hundred pounds always need a nod from the branch supervisor.", "authority"),
    ("We had to get the head chef's blessing before swapping suppliers.", "authority"),
    ("The patch couldn't go out without the producer's thumbs-up.", "authority"),
    ("Nothing left the warehouse on a Sunday unless the shift lead countersigned the manifest.", "authority"),
    ("Every headline change still has to clear the night editor.", "authority"),
    ("I wasn't able to roll back until the incident commander said so.", "authority"),
    ("Our hotfix sat in the queue until the platform owner gave it the go.", "authority"),
    ("Orders over fifty pallets always need the account director's approval.", "authority"),
    ("Before we could touch the dosing table, the chief pharmacist had to sign it.", "authority"),
    # a board, form, review or policy holds the gate
    ("The schema change had to go through the data governance form first.", "process"),
    ("We needed the capacity board to vote it through before buying the extra racks.", "process"),
    ("The new scoring model couldn't go live until it passed the model risk review.", "process"),
    ("The layout redesign waited for the quarterly brand review.", "process"),
    ("Every new ward protocol has to be ratified by the clinical standards committee.", "process"),
    ("The two-person rule meant nobody could push config alone, so the change sat overnight.", "process"),
    ("The loot-box tweak had to clear the age-rating checklist before launch.", "process"),
    ("Carrier swaps usually go through the procurement tender, so we stayed on the old courier for months.", "process"),
    ("The release was stuck behind the change advisory meeting until Thursday.", "process"),
    ("Without a slot in the change calendar, the DNS cutover wasn't allowed to happen.", "process"),
    (
        "Under the bank's four-eyes policy, the wire limit change needed a second signature before it took effect.",
        "process",
    ),
    # near misses: the speaker's own call, or machinery waiting on machinery
    ("I took the schema change to the governance board myself, after I'd already decided to ship it.", "self"),
    ("The scheduler had to wait for the lock before writing the batch.", "none"),
    ("The job couldn't start until the upstream file landed.", "none"),
    ("Every parcel over ten kilos needs a second label from the printer.", "none"),
    ("I had to choose between two couriers, and I picked the cheaper one.", "self"),
    ("The nurse couldn't find the attending, so I paged the on-call resident myself and held the discharge.", "self"),
    ("The service waits for the health check to pass before it takes traffic.", "none"),
    ("I needed the extra memory, so I resized the instance that afternoon.", "self"),
    ("I asked the producer for feedback after I'd already cut the feature.", "self"),
    ("The review queue processes pull requests in the order they arrive.", "none"),
    ("I decided we wouldn't wait for the quarterly review and shipped the fix on Monday.", "self"),
    ("Payments over the limit always go through a fraud check in the pipeline.", "none"),
]
