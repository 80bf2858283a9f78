"""Which tokens of a sentence are worth reading for a decision.

``scan`` finds sentence bounds and the candidate tokens (verbs, adjectives, decision nouns) straight from
the parse arrays; ``RELEVANT`` is the set of lemmas a candidate verb must carry to be read as a decision
predicate, and ``VERBISH`` the lemmas whose past forms the tagger sometimes reads as adjectives.
"""

from __future__ import annotations

from agent.analysis import (
    clauses,
    drift,
    frames,
    handed_rulings,
    joint_outcomes,
    lapses,
    lexicon,
    lingering,
    neglect,
    rulings,
    standing_rules,
    unnamed,
)
from agent.analysis.gates import GATE_VERBS
from agent.analysis.verb_sets import DIRECTIVE, NOUN_CUES, RULE_SPEAK, TELL_VERBS

VERBISH = lexicon.DRIFT_VERBS | lexicon.DECISION_VERBS | lexicon.ACTION_VERBS
RELEVANT = (
    lexicon.DECISION_VERBS
    | lexicon.ACTION_VERBS
    | lexicon.PASSIVE_DECISION_VERBS
    | lexicon.DEFER_VERBS
    | lexicon.DRIFT_VERBS
    | frozenset(lexicon.DECISION_PHRASAL)
    | TELL_VERBS
    | RULE_SPEAK
    | DIRECTIVE
    | frozenset(
        {
            "say",
            "tell",
            "follow",
            "come",
            "own",
            "commit",
            "align",
            "go",
            "have",
            "get",
            "reach",
            "secure",
            "receive",
            "want",
            "need",
            "seek",
            "request",
            "bring",
            "raise",
            "run",
            "check",
            "clear",
            "do",
            "permit",
            "let",
        }
    )
    | frozenset(frames.HOLDING_VERBS)
    | frames.ARRIVAL_VERBS
    | frames.PREFER_VERBS
    | frames.INSIST_VERBS
    | frames.PASSIVE_FRAME_VERBS
    | frozenset(frames.PASSIVE_FRAME_PHRASAL)
    | frames.HANDING_VERBS
    | GATE_VERBS
    | frames.INHERIT_VERBS
    | frames.PERSIST_VERBS
    | frames.RENEW_VERBS
    | frames.ANNOUNCE_VERBS
    | frozenset({"leave", "stick", "come", "renew", "tear", "clean", "revisit", "like", "prefer", "use"})
    | frozenset(
        {
            "take",
            "accept",
            "meet",
            "arrive",
            "negotiate",
            "insist",
            "demand",
            "disband",
            "strike",
            "broker",
            "vet",
            "screen",
            "bounce",
            "graduate",
        }
    )
    | frames.COMMIT_VERBS
    | drift.CARRIED_VERBS
    | drift.ASSUMING_VERBS
    | clauses.GATE_VERBS
    | clauses.REPLANNING
    | clauses.REORGANISING
    | lapses.LEMMAS
    | unnamed.LEMMAS
    | rulings.LEMMAS
    | lingering.LEMMAS
    | neglect.LEMMAS
    | joint_outcomes.LEMMAS
    | standing_rules.LEMMAS
    | handed_rulings.LEMMAS
)

_CANDIDATE_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ")
_hashes: dict[str, frozenset[int]] = {}


def scan(doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence (start, end) token bounds and the token indices worth a look (verbs, adjectives,
    decision nouns), read from arrays without building a Token object per word."""
    from spacy.attrs import LOWER, SENT_START, TAG

    if not _hashes:
        strings = doc.vocab.strings
        _hashes["tag"] = frozenset(strings.add(t) for t in _CANDIDATE_TAGS)
        _hashes["lower"] = frozenset(strings.add(w) for w in NOUN_CUES)
    tags, lowers = _hashes["tag"], _hashes["lower"]
    arr = doc.to_array([TAG, LOWER, SENT_START]).tolist()
    starts = [i for i, row in enumerate(arr) if row[2] == 1 or i == 0]
    bounds = list(zip(starts, [*starts[1:], len(arr)], strict=False))
    return bounds, [i for i, (tag, low, _) in enumerate(arr) if tag in tags or low in lowers]
