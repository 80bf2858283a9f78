"""Sentence-level event passes that read the text rather than one token's parse.

Phrase cues found in the text (anchored back to the clause a bare marker qualifies), the passive backstop
for past passives the tagger missed, and the filter that drops telling someone after the speaker acted.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from agent.analysis import cues, lexicon
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.verb_sets import INFORM_VERBS

_PASSIVE_TEXT = re.compile(
    r"\b(\w+) (?:was|were|got|had been|has been),? (?:(?:um+|uh+|er+|erm+|like|you know),? )*(?:\w+ly )?([a-z]+)\b",
    re.I,
)


def _runtime_word(text: str, start: int, word: str) -> bool:
    """ "the job got killed": a system's item, unless a word before makes it a person's ("our headcount request")."""
    before = text[max(0, start - 16) : start].lower().split()[-1:]
    return lemma(word) in lexicon.RUNTIME_NOUNS and not (
        before and (before[0] in lexicon.BUSINESS_MODIFIERS or before[0] in ("my", "our"))
    )


_SAME_PARTICIPLE = frozenset({"sunset", "cut", "reset"})  # "the edition was sunset": the tagger reads a noun


def _agent_parsed(sent, at: int) -> bool:
    """The parse read this participle with a by-agent ("pushed back by the storm"): the rules already weighed who
    acted, and found nobody deciding; the backstop is for passives the tagger missed."""
    tok = next((t for t in sent if t.idx == at), None)
    return tok is not None and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def passive_backstop(sent, text: str, base: int) -> list[Event]:
    """ "the rollout was haltd": a past passive the tagger missed (typos, odd casing)."""
    out = []
    for m in _PASSIVE_TEXT.finditer(text):
        subject, verb = m.group(1).lower(), m.group(2).lower()
        if (
            subject in lexicon.SELF_WORDS
            or subject in lexicon.WE_WORDS
            or subject in lexicon.NOBODY_WORDS  # "nobody was made redundant": nobody received a decision
            or verb.endswith("ing")
            or _runtime_word(text, m.start(), subject)
            or _agent_parsed(sent, m.start(2) + base)
        ):
            continue
        if lemma(verb) in lexicon.PASSIVE_DECISION_VERBS and (lemma(verb) != verb or verb in _SAME_PARTICIPLE):
            out.append(
                Event(
                    locus="agentless",
                    strength=2,
                    start=m.start() + base,
                    end=m.end() + base,
                    cue="passive_text",
                    pos=sent.start,
                )
            )
    return out


def phrase_events(sent, text: str, base: int, contrast_at: int, patterns, words=None) -> list[Event]:
    out = []
    starts = None
    for locus, strength, cue, s, e in cues.find(patterns, text, words):
        if starts is None:
            starts = [t.idx for t in sent]
        pos = sent.start + max(0, bisect_right(starts, s + base) - 1)
        contrast = 1 if pos > contrast_at >= 0 else 0
        out.append(
            Event(locus=locus, strength=strength, start=s + base, end=e + base, cue=cue, pos=pos, contrast=contrast)
        )
    return out


def anchor(markers: list[Event], parsed: list[Event]) -> list[Event]:
    """Stretch a bare marker ("myself") back to the clause it qualifies, so quotes read well."""
    for m in markers:
        if m.end - m.start >= 14:
            continue
        before = [e for e in parsed if e.start <= m.start and e.locus == m.locus and m.start - e.start <= 120]
        if before:
            m.start = max(e.start for e in before)
    return markers


_RUN_BY = frozenset({"run", "check", "clear", "bring"})  # "ran it by my manager": informing once the act is done


def inform_after(events: list[Event]) -> list[Event]:
    """Telling someone after acting is not handing them the decision."""
    acted = [e.pos for e in events if e.locus == "self" and e.strength >= 2]
    kept = [
        e
        for e in events
        if not (
            e.locus == "authority" and (e.verb in INFORM_VERBS or (e.verb in _RUN_BY and acted and min(acted) < e.pos))
        )
    ]
    for e in kept:
        if e.locus == "self":
            e.strength = max(e.strength, 3)
    return kept
