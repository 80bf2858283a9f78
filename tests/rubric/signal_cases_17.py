"""Fresh sentence-level cases, batch 17 (style3, 2026-12-02): run-on sentences and lower-case slips keep the signals
their clean wording gives.

Written from the classes the style bench showed (described as classes, none of its sentences copied), before the
fixes:

* a run-on (over 45 words, so the story reader cuts it at joined clauses) where an own fault follows a joining
  "then" or "and so" ("..., then that part is on me"), sometimes after an unrelated "not" in the clause before it;
* a run-on where a disclaimed duty is followed by the act ("..., then it wasn't my team's firmware, so I wrote it up"):
  no owned outcome and no blame;
* a reason joined by ", so I" or a weighed option joined by ", but" inside a run-on: the reason stays with its act;
* lower case with slips in the words signals rely on, a slip that is itself a rare word ("wold"), a dropped letter
  in a short verb ("chos"), a typed possessive without its apostrophe ("the plant managers call").

First sight (before any fix): the first 15 cases 10/14 expected, 1 forbidden; the "instead of the usual" cases
(written when that misreading showed) 1/1 expected, 1 forbidden; the hindsight-in-a-run-on pair 0 forbidden (the bench
transcript's misparse did not recur in fresh wording: kept as guards); the "its"/"id" cases 1/4 expected, 0 forbidden;
the "and I didn't ask" run-on 0/1 (a miss the joining-word trim itself made); the relative-clause cases 2 forbidden.
After the fixes: 20/21 expected, 0 forbidden ("desided" is a wrong letter as near "desired" as "decided": left).
"""

CASES: list[tuple[str, set[str], set[str]]] = [
    # run-on: an own fault after a joiner
    (
        "I moved the invoice batch to midnight so it would not clash with the backups, and it ran fine for two weeks, "
        "then the month-end batch ran past six in the morning because I had only timed ordinary days, not month-end, "
        "then that part is on me, and so I split the batch by region that same afternoon.",
        {"owned_outcome"},
        set(),
    ),
    (
        "we rebuilt the shelf label service over the summer and i wrote the price rounding myself, and so in september "
        "about two hundred labels showed prices a cent too high in the stores, and so that was my bug, i had rounded "
        "before applying the discount, then i fixed the order and reprinted every label that night",
        {"owned_outcome"},
        {"stated_reason"},
    ),
    (
        "The bakery ordering app never rounded flour up to whole sacks, not even for the big wholesale customers, and "
        "the mills kept sending back our orders for a month, then that part is on me, I had written the ordering rules "
        "from the old spreadsheet, and so I added the rounding and checked a month of old orders against it.",
        {"owned_outcome"},
        set(),
    ),
    # run-on: a duty disclaimed, then taken on
    (
        "The lift scanners kept rejecting season passes at the top station on cold mornings, and so I went through "
        "their logs with the operator, then it wasn't my team's firmware, so I wrote up the temperature pattern and "
        "sent it to the vendor with three days of rejected scans attached, and they shipped a patch the next week.",
        set(),
        {"owned_outcome", "blamed_others"},
    ),
    (
        "the warehouse handhelds lost their wifi every time a forklift passed the racks, and so i measured the signal "
        "along each aisle on a quiet sunday, then it wasnt my teams network, so i drew the dead spots on the floor "
        "plan and handed it to the network team with a list of where new access points would help",
        set(),
        {"owned_outcome", "blamed_others"},
    ),
    # run-on: a reason or a weighed option joined inside the sentence
    (
        "Our dental booking app kept texting reminders to patients who had already cancelled, and waiting for the "
        "messaging vendor to fix their webhook would have meant another week of confused patients phoning the front "
        "desk, so I switched the reminders to read our own cancellation table that evening and told the clinic "
        "managers what I had changed.",
        {"stated_reason", "alternative_weighed"},
        set(),
    ),
    (
        "I owned the seat map for the theatre box office, and it was timing out on big shows, and I weighed caching "
        "the whole map against loading it one section at a time, and a cache would have been simpler, but it meant "
        "stale seats during the rush for popular shows, and so I built the section loader and tested it on last "
        "season's opening night traffic.",
        {"alternative_weighed"},
        set(),
    ),
    # controls: a real denial still denies, a clean admission is still heard
    (
        "That outage was not on me; the hosting provider rebooted our database without telling anyone.",
        {"blamed_others"},
        {"owned_outcome"},
    ),
    (
        "The stale prices were my bug: I had cached them for a day instead of an hour.",
        {"owned_outcome"},
        {"blamed_others"},
    ),
    # lower case with slips in signal words
    (
        "i chos the smaller index because rebuilding the big one would have taken a week of downtime",
        {"stated_reason"},
        set(),
    ),
    (
        "if the vp hadnt signed off i wold still have pulled the release, the crash rate was climbing every hour",
        {"hypothetical_independence"},
        set(),
    ),
    (
        "i roled the pricing config back within ten minutes and told the support lead afterwards what id done",
        {"informed_after"},
        set(),
    ),
    (
        "i decidded to drop the legacy export because only two clients still used it and both had moved to the api",
        {"stated_reason"},
        set(),
    ),
    (
        "my manager desided to hold the launch until the audit came back",
        {"deferred_decision"},
        set(),
    ),
    # lower case: a possessive typed without its apostrophe
    (
        "i handed it up to the plant manager, because its the plant managers call whether a line stops, not mine",
        {"escalated_decision"},
        set(),
    ),
    # a comparison with the usual level is no option weighed (seen once the run-on cutter kept ", so" clauses whole)
    (
        "After the upgrade the fraud rules flagged a third of all orders instead of the usual two percent, so the "
        "review team was buried for a day.",
        set(),
        {"alternative_weighed"},
    ),
    (
        "the nightly export took four hours rather than the normal twenty minutes and i didnt know why",
        set(),
        {"alternative_weighed"},
    ),
    (
        "I cached the rates for an hour instead of the usual day, because the feed changed too often.",
        {"alternative_weighed"},
        set(),
    ),
    # hindsight on the speaker's own step inside a run-on (the parser hangs the step's object on the gerund)
    (
        "About ninety parcels had already gone to the wrong depot by the time I stopped the sort, and that hour was on "
        "me and so thinking back, stopping the sorter should have come before the log search; hunting for the root "
        "cause while parcels kept moving was the wrong call and it cost us a day of deliveries.",
        set(),
        {"blamed_others"},
    ),
    (
        "that was my slip and so in hindsight, draining the queue should have happened before the schema change went out",
        set(),
        {"blamed_others"},
    ),
    # lower case: "its" typed for "it's" before an article or adverb, "id" typed for "I'd" after a time phrase
    ("i waited for her because its the product owners decision what ships, not mine", {"blamed_others"}, set()),
    ("honestly its not my problem if the vendors api goes down on a weekend", {"blamed_others"}, set()),
    ("the cache kept its own copy of the prices and i cleared it by hand", set(), {"blamed_others"}),
    (
        "next time id page the database team straight away instead of debugging alone for an hour",
        {"owned_hindsight"},
        set(),
    ),
    ("in hindsight id have rolled the flag back before reading a single log line", {"owned_hindsight"}, set()),
    ("the session id changed on every request, so i pinned it in the gateway", set(), {"owned_hindsight"}),
    # a run-on cut where a joined "and I didn't ask" starts its own piece: the joining words go, the meaning stays
    (
        "the retry limits lived in our own repo and were ours to set, and so nobody else had to approve a change there, "
        "and i didnt ask, then i pushed the new limits during the quiet hour and watched the error rate with the "
        "dashboard open for the rest of the evening",
        {"acted_without_waiting"},
        set(),
    ),
    # what the speaker owned, said inside a noun phrase, is where the story happens, not a claim
    ("It all happened inside the pipeline I owned.", set(), {"empty_claim"}),
    ("that part sat in the module i led at the time", set(), {"empty_claim"}),
    ("I owned everything and I decided everything.", {"empty_claim"}, set()),
]
