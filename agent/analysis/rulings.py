"""Rulings told with their maker left out, in wording the passive lexicon does not carry (agentless).

Stopping, closing, approving and ordering, each with its own shape:

- a stop verb kept out of the lexicon because machines do it too: "the canary was aborted", "the launch was
  scrubbed" (but "the transaction was aborted" and "the logs were scrubbed of PII" are the system at work);
- a ticket closed with a verdict: "the report was closed as a duplicate", "it got marked as won't-fix";
- a setting flipped back: "the flag was flipped back off";
- an undertaking started: "the recall was initiated on Friday", "the audit was kicked off in May" (a connection
  or a job being started is runtime);
- an approval given: "the script was given the go-ahead", "the green light for the restart was given";
- a ruling: "it was ruled that the batch could not be reprocessed", "a rollback was ruled out";
- an order sent out: "the order went out to ground every drone", "the call went out to recall the units";
- a decision's content told with a copula: "the decision was to pause releases", "the word was to keep it quiet"
  (a "that" clause after "word" is a rumour, and orders or instructions with nobody named stay with someone above,
  holders.py).

A by-phrase naming anyone, a negation or a modal leaves these to the other rules.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.clauses import runtime_item
from agent.analysis.events import Event
from agent.analysis.handed_rulings import handed_ruling
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_STOPPING = frozenset({"abort", "scrub"})
_VERDICT_CLOSE = frozenset({"close", "resolve", "mark", "tag", "triage", "label"})
_FLIPPING = frozenset({"flip", "flick", "toggle"})
_STARTING = frozenset({"initiate", "kick", "launch", "commission", "order", "instigate"})
# Undertakings someone decides to start (a handshake, a job or a download is started by the system).
_UNDERTAKINGS = frozenset(
    """recall recalls project projects program programs programme programmes migration migrations rewrite rewrites
    overhaul overhauls review reviews investigation investigations audit audits reorg reorgs reorganization hiring
    freeze rollout rollouts pilot pilots initiative initiatives effort efforts redesign redesigns study studies
    inquiry evacuation evacuations lockdown refactor refactors cleanup""".split()
)
_APPROVALS = frozenset(
    {"go-ahead", "goahead", "nod", "okay", "ok", "blessing", "approval", "thumbs", "sign-off", "signoff", "all-clear"}
)
_ORDERS = frozenset({"order", "orders", "call", "word", "instruction", "instructions", "directive", "message"})
_OCCASIONS = frozenset({"postmortem", "post-mortem", "retro", "retrospective", "debrief", "aftermath", "fallout"})
_SENT_OUT = frozenset({"out", "through", "round", "around"})
# Nouns whose copular content is a decision with nobody named: "the decision was to pause releases".
_CONTENT_NOUNS = frozenset({"decision", "call", "word", "message", "verdict", "ruling", "outcome", "answer"})

LEMMAS = _STOPPING | _VERDICT_CLOSE | _FLIPPING | _STARTING | frozenset({"give", "rule", "go", "come"})


def _approval_noun(tok) -> bool:
    low = tok.lower_
    if low == "light":
        return any(c.lower_ == "green" for c in tok.children)
    if low == "ahead":
        return any(c.lower_ == "go" for c in tok.children) or tok.doc[tok.i - 1].lower_ in ("-", "go")
    return low in _APPROVALS


def _by_aftermath(verb) -> bool:
    """ "flipped back off by the postmortem": a by-phrase naming the occasion, not anyone who decided."""
    for c in verb.children:
        if c.dep_ == "agent":
            return any(o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in _OCCASIONS for o in c.children)
    return False


def _infinitive(tok) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _speaker_subject(sent) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS for t in sent)


def _passive_ruling(p: Predicate) -> str | None:
    lem, verb, subj = p.lemma, p.tok, p.subj
    kids = list(verb.children)
    if lem in _STOPPING:
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in kids):
            return None  # "the logs were scrubbed of PII"
        return "passive_" + lem
    if lem in _VERDICT_CLOSE and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return "closed_as"  # "closed as won't-fix", "marked as a duplicate"
    if lem in _FLIPPING and p.particles & {"off", "back", "on"}:
        return "flipped_back"
    if lem in _STARTING and (lem != "kick" or "off" in p.particles):
        if lemma(subj.lower_, subj.tag_) in _UNDERTAKINGS:
            return "started_unnamed"
        return None
    if lem == "give" and (
        _approval_noun(subj) or any(c.dep_ in ("dobj", "dative") and _approval_noun(c) for c in kids)
    ):
        return "approval_given"
    if lem == "rule" and ("out" in p.particles or any(c.dep_ == "ccomp" for c in kids)):
        return "ruled"
    return None


def unnamed_ruling(p: Predicate) -> tuple[str, int, str] | None:
    """(locus, strength, cue) for a passive stop, close, approval or ruling with nobody named, or an order sent out
    (or a decision handed to the speaker made, handed_rulings.py)."""
    handed = handed_ruling(p)
    if handed is not None:
        return handed
    if p.modal or p.counterfactual or p.negated or p.subj is None:
        return None
    if p.lemma in ("go", "come") and p.past and p.particles & _SENT_OUT and p.subj.lower_ in _ORDERS:
        content = [*p.tok.children, *p.subj.children]
        named = any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in content) or any(
            c.dep_ == "poss" for c in p.subj.children
        )
        if not named and any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and _infinitive(c) for c in content):
            return ("agentless", 3, "order_went_out")  # "the order went out to ground every drone"
        return None
    if not p.passive or not p.past or p.subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS or runtime_item(p.subj):
        return None
    if p.agent is not None and not (p.agent == "thing" and _by_aftermath(p.tok)):
        return None  # "aborted by the scheduler", "closed by my lead": other rules place these
    cue = _passive_ruling(p)
    return ("agentless", 3, cue) if cue else None


def content_was(be) -> Event | None:
    """ "the decision was to pause releases", "the word was to keep it quiet": a decision's content with no maker."""
    if be.lower_ not in ("was", "were"):
        return None
    kids = list(be.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _CONTENT_NOUNS or any(c.tag_ == "MD" or c.dep_ == "neg" for c in kids):
        return None
    if any(c.dep_ in ("poss", "prep", "compound", "amod", "relcl", "acl") for c in subj.children):
        return None  # "my VP's call was to ...", "the decision from legal", "a team decision": other rules
    if not any(c.dep_ in ("xcomp", "attr", "ccomp") and _infinitive(c) for c in kids):
        return None
    if _speaker_subject(be.sent) and subj.lower_ in ("decision", "call"):
        return None  # "the call was to roll back, so I did": the speaker's act is read elsewhere
    first = subj.left_edge
    strength = 2 if subj.lower_ in ("decision", "call") else 3  # "the verdict was to roll back, so I rolled back"
    return Event("agentless", strength, first.idx, be.idx + len(be.text), "content_was", be.i, verb=be.lower_)
