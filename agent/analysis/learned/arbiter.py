"""Where the learned classifier meets the rules: one conservative policy, applied per sentence.

The rules' verdict stands unless the model is confident:

- a sentence the rules read as ``none`` becomes a probe when the model puts at least ``PROMOTE_FRAMED`` of its
  probability on the probe classes together and the sentence words a decision frame (``frame_words``), or at
  least ``PROMOTE_UNFRAMED`` when it words none ("my VP fancied Elixir, so Elixir it was"); it takes the
  likeliest probe class.  Never when software is the subject ("the package manager picked an older version") or
  the sentence is in the mood of a design or a hypothesis ("we'd decide together which metrics to alert on",
  "if my manager had said no, I would have escalated"), nor when the speaker claims the thing as "mine": the
  rules' silence there is the reading;
- a decision the rules found the speaker making (``self``) is never re-read;
- a probe verdict may move to another probe class the model gives ``RECLASS`` or more;
- a probe verdict never becomes a non-probe one (the rules' precision is kept), and ``none``/``self`` never trade;
- a sentence longer than ``MAX_WORDS`` (a run-on of several clauses) is left to the rules: the model has not
  learned which clause holds the decision.

Thresholds were chosen on held-out figures (``tools/train_arbiter.py``).  On blind batches 12-14 (1,214 sentences
the model had not seen), .8/.9 gave P .987 R .909 and .75/.85 P .987 R .919, no added false probe; leaving each of
the repo's own batches out in turn, the lower pair adds 8 false probes over 3,930 sentences (25 -> 33, trap
sentences such as "the patient was probably discharged on Tuesday"); .7/.8 would add 22 (bench/README.md).  After
the retrain on 52 batches the lower pair also probed a strong owner's explanation of a bug ("the reason ... was the
debit endpoint ..., which another team owns"): cause explanations are now kept from promotion (``causes.py``).
``disabled()`` gives the rules alone for a block.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from agent.analysis import arbitrate, causes, frames, lexicon
from agent.analysis.events import Event
from agent.analysis.forums import software_noun
from agent.analysis.learned import features, model
from agent.analysis.lemmas import lemma
from agent.analysis.models import PROBE_LOCI

PROMOTE_FRAMED = 0.75
PROMOTE_UNFRAMED = 0.85
RECLASS = 0.9
MAX_WORDS = 30
LEARNED_CUE = "learned"
_NOBODY_NAMED = frozenset({"agentless", "hedged"})
_DRIFT_CUES = ("drift_",)
ENABLED_BY_DEFAULT = True
_state = {"enabled": ENABLED_BY_DEFAULT}


@contextlib.contextmanager
def _switched(on: bool) -> Iterator[None]:
    before = _state["enabled"]
    _state["enabled"] = on
    try:
        yield
    finally:
        _state["enabled"] = before


def disabled() -> contextlib.AbstractContextManager[None]:
    """The rules alone inside the block (training and comparisons). Not thread-safe: a process-wide switch."""
    return _switched(False)


def enabled() -> contextlib.AbstractContextManager[None]:
    """The rules and the learned classifier inside the block. Not thread-safe: a process-wide switch."""
    return _switched(True)


def decide(rule: str, probs: dict[str, float], framed: bool = True, promotable: bool = True) -> str:
    """The sentence's locus from the rules' verdict and the model's probabilities.

    ``framed``: the sentence words a decision frame (``frame_words``), so a lower confidence promotes it.
    ``promotable``: ``False`` keeps a ``none`` as it is (software acting, a design or a hypothesis).
    An owned decision the rules found is never re-read.
    """
    best = max(PROBE_LOCI, key=lambda c: (probs[c], c))
    if rule in PROBE_LOCI:
        return best if probs[best] >= RECLASS else rule
    if rule == "self" or not promotable:
        return rule
    needed = PROMOTE_FRAMED if framed else PROMOTE_UNFRAMED
    return best if sum(probs[c] for c in PROBE_LOCI) >= needed else rule


# Every word the analyzer's decision frames know (deciding, permitting, directing, agreeing, holding a domain,
# gating, deferring, drifting, hedging): a sentence with none of them narrates no decision for the model to place.
# Actor words ("team", "management", "board", "committee") are not frame words: "the suite belonged to the platform
# team" and "the board met on Tuesday" decide nothing; nor are verbs of saying and knowing ("say", "think", "run").
_GENERIC = frozenset(
    "argue ask believe check explain feel get guess know let make mean note realise realize run say tell think want".split()
)
_FRAME_WORDS = (
    frames.DECISION_NOUNS
    | frames.PERMISSION_NOUNS
    | frames.DIRECTIVE_NOUNS
    | frames.AGREEMENT_NOUNS
    | frames.DOMAIN_NOUNS
    | frames.PASSIVE_FRAME_VERBS
    | lexicon.DECISION_VERBS
    | lexicon.PASSIVE_DECISION_VERBS
    | lexicon.CONTENT_VERBS
    | lexicon.DEFER_VERBS
    | lexicon.DRIFT_VERBS
    | lexicon.APPROVAL_NOUNS
    | lexicon.HEDGE_ADVERBS
) - _GENERIC


# A gate is worded with necessity or a condition ("had to go past the risk committee", "couldn't ship until ...").
_GATE_WORDS = frozenset({"must", "until", "unless", "without", "till"})


def frame_words(sent) -> list[str]:
    """The words of ``sent`` that belong to a decision frame ("ruled", "go-ahead" via "needed") or word a gate
    ("had to", "must", "until")."""
    found = []
    for t in sent:
        low = t.lower_
        if low in _FRAME_WORDS or low in _GATE_WORDS or lemma(low, t.tag_) in _FRAME_WORDS:
            found.append(low)
        elif low == "to" and t.i > sent.start and t.nbor(-1).lower_ in ("had", "has", "have"):
            found.append("had to")
    return found


# Modals of a design, a capability or a hypothesis ("we'd decide together", "would", "can", "will", "should").
# Past "could"/"couldn't" narrate a gate that held ("we couldn't ship without ..."), and "might/may have" hedges a
# past decision ("it might have been decided in a meeting I missed"), so neither is among them.
_MOOD_MODALS = frozenset({"would", "'d", "will", "'ll", "can", "ca", "might", "should", "shall", "may"})
_EPISTEMIC = frozenset({"might", "may"})


def design_mood(sent) -> bool:
    """``sent`` states a design, a capability or a hypothesis rather than narrating a decision: a modal of
    design or hypothesis on the main verb, or a present-tense main verb with no past form anywhere ("the pump
    pulls the order from the pharmacy system", "the design lets the on-call engineer decide").  A modal inside
    the content of a past decision is reported speech, not a design: "the charge nurse decided we'd stop using
    the scanners", "the controller ruled that refunds would go out in one batch"."""
    root = sent.root
    if root.tag_ in ("VBZ", "VBP") and not any(t.tag_ in ("VBD", "VBN") for t in sent):
        return True
    main = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
    for t in sent:
        if t.tag_ != "MD" or t.lower_ not in _MOOD_MODALS or t.head.i not in main:
            continue
        if t.lower_ in _EPISTEMIC and t.i + 1 < sent.end and t.nbor(1).lower_ == "have":
            continue
        return True
    return False


def claims_own(sent) -> bool:
    """The speaker claims something as theirs ("the vote that mattered was mine"): never promoted to another
    holder, whatever else the sentence names ("my director had an opinion, but ...")."""
    return any(t.lower_ == "mine" for t in sent)


def blocks_promotion(sent) -> bool:
    """The rules' silence on ``sent`` is the reading: software acting, a design or hypothesis, a "mine" claim, an
    explanation of what broke ("the root cause was a library the search team owns")."""
    return software_acts(sent) or design_mood(sent) or claims_own(sent) or causes.explains_cause(sent)


def too_long(sent) -> bool:
    """A run-on over ``MAX_WORDS`` words, left to the rules."""
    return sum(not t.is_punct for t in sent) > MAX_WORDS


def read_as_drift(locus: str, cue: str) -> bool:
    """The rules read nobody-chose drift from the sentence's own wording: the model does not re-read it."""
    return locus in _NOBODY_NAMED and cue.startswith(_DRIFT_CUES)


def software_acts(sent) -> bool:
    """The main clause's subject is software ("the package manager picked an older version"): nobody decided."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and software_noun(c) for c in sent.root.children)


def revise(sent, events: list[Event]) -> list[Event]:
    """``events`` of ``sent`` (the analyzer's parse), with the verdict changed where the policy says so."""
    if not _state["enabled"] or too_long(sent):
        return events
    top = arbitrate.best(events, sent.text) if events else None
    rule = top.locus if top is not None else "none"
    if rule == "self" or (top is not None and read_as_drift(top.locus, top.cue)):
        # An owned decision the rules found is never re-read (no need to run the model); nor is drift the rules
        # read from its own wording ("the project quietly died once the director left": nobody ended it).
        return events
    framed = bool(frame_words(sent))
    promotable = rule in PROBE_LOCI or not blocks_promotion(sent)  # a probe verdict needs no gate
    locus = decide(rule, model.load().probabilities(features.sentence_features(sent)), framed, promotable)
    if locus == rule:
        return events
    if top is not None:
        top.locus = locus
        top.cue = f"{top.cue}+{LEARNED_CUE}"
        return events
    root = sent.root
    start = root.idx
    return [Event(locus, 2, start, start + len(root.text), LEARNED_CUE, root.i, verb=root.lower_)]
