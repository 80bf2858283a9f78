"""Agentless or hedged: a decision nobody is named for, told plainly or with the speaker's own uncertainty.

Both classes say nobody in the story holds the call.  What separates them is the speaker: "the flag was never
switched off", "the budget was rubber-stamped", "nobody ever decided on Postgres" are told as plain fact
(agentless); "I think it was kinda assumed we'd keep it", "the migration sort of never restarted", "apparently
it got agreed at some point" carry a word of the speaker's doubt (hedged).  Words that only describe how the
thing happened ("just", "simply", "eventually", "over time", "never", "by accident", "without anyone saying so")
are no hedge; nor is not knowing *who* ("no idea who", "I'm not sure who": the decider is unnamed, the decision
is not in doubt).

``settle`` runs once per sentence, after the cues are weighed, and moves the sentence's agentless and hedged
events to the one class its wording supports.  Other holders (a manager, a board, the speaker) are untouched:
"I guess my manager kind of decided it" is still the manager's call.
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
_NOBODY_NAMED = frozenset({"agentless", "hedged"})
_SPLIT_DEPS = frozenset({"ROOT", "conj", "parataxis"})
_FRONT_CHARS = 24  # "I think", "Apparently at some point", "Probably the choice": a frame over the whole sentence


def speaker_hedges(text: str) -> bool:
    """Does ``text`` carry a word of the speaker's own uncertainty?"""
    return SPEAKER_HEDGE.search(text) is not None


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
    """Put each agentless or hedged event of ``sent`` in the class its wording supports (in place): hedged when a speaker's hedge frames the sentence (at its front, or
    tagged on at the end: ", maybe.", ", I'd say.") or sits in the event's own clause."""
    if not any(e.locus in _NOBODY_NAMED for e in events):
        return
    text = sent.text
    found = [(m.start(), m.end()) for m in SPEAKER_HEDGE.finditer(text)]
    framing = any(
        start <= _FRONT_CHARS or (not text[end:].strip(" .!?\n") and text[:start].rstrip().endswith(","))
        for start, end in found
    )
    hedge_toks: set[int] = set()
    if found and not framing:
        base = sent.start_char
        hedge_toks = {t.i for t in sent if any(s <= t.idx - base < e for s, e in found)}
    doc = sent.doc
    for e in events:
        if e.locus in _NOBODY_NAMED:
            inside = framing or (bool(hedge_toks) and not hedge_toks.isdisjoint(_clause(doc[e.pos])))
            e.locus = "hedged" if inside else "agentless"


_WHO_ONLY = frozenset({"not_sure_who"})


def answer_main(main: Event | None, tops: list[Event]) -> Event | None:
    """The answer's main event: not knowing who decided ("I'm not sure who picked it") says nothing of how the
    decision itself was told, so a hedged telling of it in another sentence ("I think the TTL got set at some
    point") is the answer's verdict."""
    if main is None or main.locus != "agentless" or main.cue not in _WHO_ONLY:
        return main
    hedged = [t for t in tops if t.locus == "hedged"]
    return max(hedged, key=Event.key) if hedged else main
