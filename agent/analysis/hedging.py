"""A decision told with its maker left out, wrapped in the speaker's own doubt, is hedged.

The repo's convention (dev set, held-out batch 18, tests/analysis/test_drift_convention.py): drift nobody chose is
hedged with or without a hedge word ("Python 2 lingered", "the flag was never switched off"); agentless is a decision
told in the passive or as a noun with no agent ("the rollback was approved", "it was rubber-stamped").  When the
speaker wraps such an agentless decision in a word of their own uncertainty ("I think it was decided at some
offsite, maybe", "apparently at some point it got agreed that ...", "I believe it got settled somehow"), the speaker
does not stand behind even that much: hedged.  Words that only describe how it happened ("just", "simply",
"eventually", "never", "by accident") are no hedge; nor is not knowing *who* ("no idea who", "I'm not sure who").

``settle`` runs once per sentence after the cues are weighed and moves only agentless events (never the other way:
unhedged drift stays hedged).  Other holders are untouched: "I guess my manager kind of decided it" is the manager's.
"""

from __future__ import annotations

import re

from agent.analysis.events import Event

# "kind of" / "sort of" as a hedge, not as a noun phrase ("what kind of latency", "that sort of thing").
_NOT_NOUNISH = "".join(
    f"(?<!\\b{w} )" for w in "what that this a any some the every each which same one no these those all".split()
)
SPEAKER_HEDGE = re.compile(
    r"\b(?:" + _NOT_NOUNISH + r"(?:sort|kind) of|sorta|kinda"
    r"|i (?:think|guess|believe|suppose|reckon|imagine|gather|assume)"
    r"|i(?:'d| would) (?:say|guess|imagine)"
    r"|maybe|perhaps|possibly|probably|probly|presumably|apparently|supposedly|seemingly|somehow"
    r"|more or less|or something(?: like that)?"
    r"|(?:i'?m|i am) (?:fairly|pretty|almost|reasonably|mostly|quite) (?:sure|certain|confident)"
    r"|not (?:\w+ ){0,2}?(?:sure|certain)\b(?! (?:who|by whom|which (?:team|person|one)))"
    r"|(?:no (?:real )?idea|(?:don'?t|do not|didn'?t|did not|never) (?:really )?kn[eo]w) (?:how|why|whether|if)"
    r"|(?:it|that|this) seem(?:s|ed)|seem(?:s|ed) to have"
    r"|as far as i (?:know|can tell|remember|recall)|if i (?:remember|recall) (?:right|correctly)"
    r")\b",
    re.I,
)
_SPLIT_DEPS = frozenset({"ROOT", "conj", "parataxis"})
_FRONT_CHARS = 24  # "I think", "Apparently at some point", "Probably the choice": a frame over the whole sentence


def _fronted(tok) -> bool:
    """A clause placed before the clause it hangs on ("nobody decided it, it just stayed"; "... design, I'd say")."""
    return tok.dep_ in ("ccomp", "advcl") and tok.i < tok.head.i


def _clause(tok) -> set[int]:
    """Token indices of the clause ``tok`` is in, with the clause verbs that govern it ("I think it was decided")
    but without clauses merely joined to it ("..., and eventually I wrote a proposal")."""
    head = tok
    while head.dep_ not in _SPLIT_DEPS and not _fronted(head) and head.head is not head:
        head = head.head
    out: set[int] = set()
    todo = [head]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in _SPLIT_DEPS and not _fronted(c))
    return out


def settle(events: list[Event], sent) -> None:
    """Make each agentless event of ``sent`` hedged (in place) when a speaker's hedge frames the sentence (at its
    front, or tagged on at the end: ", maybe.", ", I'd say.") or sits in the event's own clause."""
    if not any(e.locus == "agentless" for e in events):
        return
    text = sent.text
    found = [(m.start(), m.end()) for m in SPEAKER_HEDGE.finditer(text)]
    if not found:
        return
    framing = any(
        start <= _FRONT_CHARS or (not text[end:].strip(" .!?\n") and text[:start].rstrip().endswith(","))
        for start, end in found
    )
    base = sent.start_char
    hedge_toks = {t.i for t in sent if any(s <= t.idx - base < e for s, e in found)}
    doc = sent.doc
    for e in events:
        if e.locus == "agentless" and (framing or not hedge_toks.isdisjoint(_clause(doc[e.pos]))):
            e.locus = "hedged"
