"""Fresh answers for probe choice, quoting and template fit, written by class of wording.

Written before the ranking, quoting and template code ran on them; the first-sight
scores are in the h12 report.  None of these sentences appear in the rules.
"""

from __future__ import annotations

# (answer, words the chosen probe's quote must contain): the stronger deflection must win.
# Classes: authority on a key action vs a group follow-up step; an order vs drift; a gate
# that blocked a launch vs a passive minor chore; an authority decision late in a long answer.
RANKING = [
    (
        "When checkout errors doubled, our VP approved the rollback, and afterwards the team agreed to write a postmortem.",
        "VP approved the rollback",
    ),
    (
        "We agreed to add a dashboard for it later; before that, the director told us to halt the launch.",
        "halt the launch",
    ),
    (
        "Things sort of drifted toward adding more alerts, but my lead signed off on the database migration.",
        "database migration",
    ),
    (
        "It was decided that we would clean up the old dashboards, and my manager decided to cancel the launch.",
        "cancel the launch",
    ),
    (
        "The group chose to document the steps, and the head of infrastructure decided to fail over to the west region.",
        "fail over",
    ),
    (
        "During the outage my skip-level ordered a full revert of the release, and then we all agreed to add a canary check.",
        "revert of the release",
    ),
    (
        "The team settled on a naming convention for the topics, while the CTO approved the move to Kafka.",
        "move to Kafka",
    ),
    (
        "We decided as a group to tidy the wiki page, but the release manager froze all deploys for the week.",
        "froze all deploys",
    ),
]

# (answer, words the quote must contain, whole-word endings it must never stop on)
QUOTES = [
    ("The team decided to use Cassandra for the bookmarks because reads dominate.", ["Cassandra"]),
    ("My lead told me to pause the migration until the backfill finished.", ["pause the migration"]),
    ("It was decided at planning that the migration would move to a queue.", ["migration"]),
    ("Per the runbook we paged the database on-call before touching anything.", ["paged"]),
    ("The architect decided we would use Kafka for the event stream.", ["Kafka"]),
    ("After a long debate the group settled on a blue-green deploy for the payment service.", ["blue-green deploy"]),
    ("Our director approved moving the billing jobs to the new cluster last spring.", ["billing jobs"]),
    ("We weren't allowed to deploy the hotfix until the change board met on Thursday.", ["hotfix"]),
    ("The rollback was approved by my manager once the error rate passed two percent.", ["rollback", "manager"]),
    ("Eventually the platform group decided to retire the old image service.", ["retire the old image service"]),
    ("She decided to move the nightly export to an hourly batch job.", ["hourly batch job"]),
    ("We kind of ended up with a shared Redis cluster for every team.", ["Redis"]),
]
# A clause too long to quote whole: trimmed at a boundary, with an ellipsis.
LONG_CLAUSE = (
    "The platform steering committee decided to standardise every team's deployment pipeline on a single "
    "shared build server with mandatory manual approvals for each stage, nightly rebuilds of every image, "
    "a quarterly audit of all stored credentials and a written exception process for urgent fixes."
)
DANGLING = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "for",
    "with",
    "on",
    "in",
    "at",
    "by",
    "and",
    "or",
    "but",
    "that",
    "our",
    "my",
    "their",
    "its",
    "his",
    "her",
    "your",
    "from",
    "into",
    "onto",
    "as",
    "so",
}

# (answer, expected kind of deflection).  Approval only where someone approved or signed off.
KINDS = [
    ("My manager approved the rollback.", "approval"),
    ("The director gave us the green light to launch in Europe.", "approval"),
    ("We got sign-off from legal before shipping the consent banner.", "approval"),
    ("My lead okayed the schema change on Friday.", "approval"),
    ("I needed permission from the security team to rotate the keys.", "approval"),
    ("My lead told me to pause the migration.", "instruction"),
    ("The VP wanted us to delay the launch by a month.", "instruction"),
    ("The architect decided we would use Kafka for the stream.", "instruction"),
    ("The data science team decided to dig into it.", "instruction"),
    ("Our principal engineer picked Postgres over DynamoDB.", "instruction"),
    ("The team agreed to run both write paths for two weeks.", "group"),
    ("We reached consensus on a weekly release train.", "group"),
    ("We aligned as a group on retiring the legacy endpoint.", "group"),
    ("Per the runbook we paged the DBA.", "gate"),
    ("We weren't allowed to deploy until the freeze ended.", "gate"),
    ("Company policy required a second reviewer, so the fix waited.", "gate"),
    ("It was decided to freeze deploys for the holidays.", "passive"),
    ("The decision was made to move the jobs onto a queue.", "passive"),
    ("We ended up with Kafka without much discussion.", "drift"),
    ("It just sort of happened that the cache became the source of truth.", "drift"),
]
