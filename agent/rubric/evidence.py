"""Evidence that justifies a level: the sentences that most support and most contradict it.

Only behavioural stories are quoted (never design answers, wrap-up questions or text addressed
to the grader).  Each sentence appears once per dimension, with its strongest signal; the worst
deflections are always included.  Quotes are verbatim; a very long (run-on) sentence is quoted
as a word-aligned window around its signals.
"""

from __future__ import annotations

from agent.rubric.policy import Scoring
from agent.rubric.scorecard import Evidence
from agent.stories.models import Signal, Story

MAX_QUOTE = 300
MAX_SUPPORTING = 9
MAX_CONTRARY = 7


def _window(sig: Signal, text: str, offset: int) -> tuple[int, str]:
    """``(turn offset, quote)``: the sentence, or a window of it around the signal's span."""
    sentence = sig.sentence
    if len(sentence) <= MAX_QUOTE:
        return sig.sentence_start, sentence
    centre = sig.start - sig.sentence_start
    lo = max(0, centre - MAX_QUOTE // 3)
    hi = min(len(sentence), lo + MAX_QUOTE)
    if lo > 0:
        space = sentence.find(" ", lo)
        lo = space + 1 if 0 <= space < centre else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    quote = sentence[lo:hi].strip()
    start = sig.sentence_start + lo + (len(sentence[lo:hi]) - len(sentence[lo:hi].lstrip()))
    return start, quote


def _pick(ranked: list[tuple[float, Signal, int]], limit: int) -> list[tuple[float, Signal, int]]:
    """The strongest sentences: one per kind of signal first (so the card shows each reason once), then one per
    story and kind (the same reason heard in another story is new evidence), then by weight."""
    chosen: list[tuple[float, Signal, int]] = []
    seen: set = set()
    for key in (lambda r: r[1].key, lambda r: (r[1].key, r[2])):
        for item in ranked:
            if len(chosen) >= limit:
                return chosen
            k = key(item)
            if k not in seen and item not in chosen:
                chosen.append(item)
                seen.add(k)
        seen = {(r[1].key, r[2]) for r in chosen}
    for item in ranked:
        if len(chosen) >= limit:
            break
        if item not in chosen:
            chosen.append(item)
    return chosen


def dimension_evidence(scoring: Scoring, stories: list[Story]) -> list[Evidence]:
    """Supporting and contrary quotes for one dimension, in transcript order."""
    by_sentence: dict[tuple[int, int], list[tuple[float, Signal]]] = {}
    story_of: dict[tuple[int, int], int] = {}
    for story in stories:
        if story.kind != "behavioural":
            continue
        for sig in story.signals:
            weight = scoring.signals.get(sig.key)
            if weight is None or (sig.weak and weight > 0):
                continue  # a claim with nothing behind it never supports a level
            value = weight
            by_sentence.setdefault((sig.turn, sig.sentence_start), []).append((value, sig))
            story_of.setdefault((sig.turn, sig.sentence_start), story.index)
    ranked: list[tuple[float, Signal, int]] = []
    for where, found in by_sentence.items():
        net = round(sum(v for v, _ in found), 6)
        if net == 0:  # support and contradiction cancel out: show the sentence for what it concedes
            net = min(v for v, _ in found)
        top = max(found, key=lambda f: (abs(f[0]) if (f[0] > 0) == (net > 0) else -1, -f[1].start))
        ranked.append((net, top[1], story_of[where]))
    contrary = _pick(sorted((r for r in ranked if r[0] < 0), key=lambda r: (r[0], r[1].turn, r[1].start)), MAX_CONTRARY)
    supporting = _pick(
        sorted((r for r in ranked if r[0] > 0), key=lambda r: (-r[0], r[1].turn, r[1].start)), MAX_SUPPORTING
    )
    out = []
    for net, sig, _story in sorted(contrary + supporting, key=lambda r: (r[1].turn, r[1].sentence_start)):
        _start, quote = _window(sig, sig.sentence, sig.sentence_start)
        out.append(Evidence(turn=sig.turn, quote=quote, cue=sig.key, effect="+" if net > 0 else "-"))
    return out
