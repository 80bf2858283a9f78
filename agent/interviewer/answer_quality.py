"""Is an answer empty, nonsense, or something the interviewer can work with?

Cheap, deterministic heuristics: the point is to nudge once on "Not sure." or
keyboard mashing, not to grade content.  A real but short answer ("A database,
I guess.") counts as ``ok`` when it carries at least one domain word.
"""

from __future__ import annotations

import re
from typing import Literal

from agent.analysis.normalize import normalize

Quality = Literal["empty", "nonsense", "ok"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NON_ANSWERS = re.compile(
    r"^\s*(?:not sure|no idea|i don'?t know|idk|dunno|pass|skip|n/?a|none|nothing|no|yes|ok(?:ay)?|maybe|"
    r"sure|hmm+|um+|uh+|\?+|\.+|-+)\s*[.!?]*\s*$",
    re.IGNORECASE,
)
# Words that show an answer is about building or running software.
DOMAIN_WORDS = frozenset(
    """
    api apis cache caches caching cdn client clients cluster database databases db data disk edge endpoint
    error errors event events queue queues kafka latency load log logs memory metric metrics migrate migration
    network node nodes partition partitions request requests replica replicas retry retries rollback
    rolled roll scale scaling schema server servers service services shard shards sharding storage store
    stream streaming table tables throughput timeout traffic user users write writes read reads index
    deploy deployed deployment release released incident outage alert alerts page paged team manager
    decided decision call chose choose design system systems pipeline job jobs worker workers region regions
    device devices video playback encode encoding bitrate billing payment payments customer customers
    test tests testing monitor monitoring dashboard feature flag code bug bugs fix fixed ship shipped
    million thousand qps rps gb tb mb second seconds ms minute minutes hour hours day days percent
    sql nosql redis postgres cassandra dynamo s3 http grpc json protocol consistency availability
    """.split()
)


def _looks_like_word(token: str) -> bool:
    lower = token.lower()
    if len(lower) > 24:
        return False
    if not re.search(r"[aeiouy]", lower):
        return len(lower) <= 3
    return re.search(r"[bcdfghjklmnpqrstvwxz]{5,}", lower) is None


def classify_answer(text: str, question: str = "") -> Quality:
    """Return ``empty``, ``nonsense`` or ``ok`` for an answer to ``question``."""
    stripped = normalize(text).text.strip()  # "rolback", "becuase" still count as words about the work
    if not stripped or _NON_ANSWERS.match(stripped):
        return "empty"
    words = _WORD.findall(stripped)
    if len(words) < 2:
        return "empty" if len(stripped) < 40 else "nonsense"
    wordlike = sum(1 for w in words if _looks_like_word(w)) / len(words)
    if wordlike < 0.7:
        return "nonsense"
    lowered = {w.lower().strip("'’-") for w in words}
    question_words = {w.lower() for w in _WORD.findall(question) if len(w) > 3}
    if not (lowered & DOMAIN_WORDS) and not (lowered & question_words) and not re.search(r"\d", stripped):
        return "nonsense" if len(words) >= 6 else "empty"
    return "ok"


def missing_expectations(answer: str, keywords_by_concept: list[list[str]]) -> list[int]:
    """Indices of concepts none of whose keywords occur in ``answer`` (case-insensitive, word-bounded)."""
    lowered = answer.lower()
    missing = []
    for index, keywords in enumerate(keywords_by_concept):
        if not any(re.search(rf"(?<![a-z0-9]){re.escape(k.lower())}", lowered) for k in keywords):
            missing.append(index)
    return missing
