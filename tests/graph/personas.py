"""Scripted answer sets for headless interviews (one answer per interviewer turn)."""

from __future__ import annotations

import itertools

OWNER = [
    "I'd keep the latest position per profile and title in a replicated key-value store, written from the player heartbeat, with a cache in front for reads.",
    "We'd shard by profile id and keep writes idempotent, so retries are safe; reads go to the nearest region.",
    "Roughly 200 million profiles, a heartbeat every 30 seconds, so around 100k writes per second at peak with headroom.",
    "I chose dual writes over a straight cutover because it let me compare both stores, and I accepted the extra cost for two weeks.",
    "When the error rate spiked I rolled the deploy back myself within ten minutes and posted what I'd done in the incident channel afterwards.",
    "There was no spec, so I picked a three-retry schedule with jitter, wrote down why, and told the billing lead after it shipped.",
    "The other team's SDK had the bug; I wrote the patch, tested it against their suite and sent it to them with a note on the risk.",
    "I'd ask how the team measures success for this system in its first year.",
]
OVER_DELEGATOR = [
    "My manager approved the rollback after we saw the errors.",
    "We aligned stakeholders and got sign-off before proceeding with the schema.",
    "The architect decided we would use Kafka for the event stream.",
    "Per the runbook we paged the DBA and waited for the on-call lead.",
    "It was decided at planning that the migration would move to a queue.",
    "I escalated to my director and she decided to freeze deploys.",
    "The team agreed to run both paths for two weeks.",
    "I got approval from security first before changing the token lifetime.",
]
HEDGER = [
    "We kind of ended up with Kafka, it just sort of happened.",
    "Somehow we wound up doing the migration on a Friday night.",
    "We sort of landed on a weekly release train without really discussing it.",
    "Things kind of drifted toward a bigger cache over time.",
]
QUESTIONER = [
    "Do you mean peak traffic or the daily average?",
    "How does your team handle on-call rotations?",
    "Should I assume a single region to start with?",
    "Thanks, that's all from me.",
    "I'd shard by profile id, keep writes idempotent and cache the hot reads close to the players.",
    "Sorry, what was the question again?",
]
EMPTY = ["", "Not sure.", "Ok.", "Yes.", "idk", "..."]
GIBBERISH = [
    "Qwop zindle fraxum brrrtz kjhgf.",
    "The moon keeps opinions about spreadsheets and the parrot speaks in semicolons only.",
    "asdf qwer zxcv hjkl uiop",
    "Seven pancakes, two cups of flour, whisk gently until the lamp abstains.",
]
# ~700-word answers (the 1 MB paste has its own test in tests/hardening).
VERY_LONG = [
    ("I'd partition the write path by profile id and batch the heartbeats. " * 60).strip(),
    ("My manager approved every change after a long review with the whole team. " * 50).strip(),
]

PERSONAS = {
    "owner": OWNER,
    "over-delegator": OVER_DELEGATOR,
    "hedger": HEDGER,
    "questioner": QUESTIONER,
    "empty": EMPTY,
    "gibberish": GIBBERISH,
    "very-long": VERY_LONG,
}


def answers_for(persona: str, count: int = 60) -> list[str]:
    """``count`` answers cycling through the persona's script."""
    return list(itertools.islice(itertools.cycle(PERSONAS[persona]), count))
