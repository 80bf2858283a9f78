"""Where the learned classifier meets the rules: one conservative policy, applied per sentence.

The rules' verdict stands unless the model is confident:

- a sentence the rules read as ``none`` or ``self`` becomes a probe only when the model puts at least
  ``PROMOTE_FROM_NONE`` of its probability on the probe classes together (``PROMOTE_FROM_SELF`` when the rules
  found the speaker deciding); it takes the likeliest probe class;
- a probe verdict may move to another probe class the model gives ``RECLASS`` or more;
- a probe verdict never becomes a non-probe one (the rules' precision is kept), and ``none``/``self`` never trade;
- a sentence longer than ``MAX_WORDS`` (a run-on of several clauses; 99% of the training sentences have 20 words
  or fewer, the longest 39) is left to the rules: the model has not learned which clause holds the decision.

Thresholds were chosen on the leave-one-batch-out figures of ``tools/train_arbiter.py``.

Off by default (``ENABLED_BY_DEFAULT``): on the blind set sentences_I (first sight, bench/README.md) it raised probe
recall .755 -> .834 and 7-class accuracy .717 -> .756, but added one false probe (precision .966 -> .962), and
the project's gate is precision >= .97.  ``enabled()`` turns it on for a block (tests, comparisons).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from agent.analysis import arbitrate
from agent.analysis.events import Event
from agent.analysis.learned import features, model
from agent.analysis.models import PROBE_LOCI

PROMOTE_FROM_NONE = 0.95
PROMOTE_FROM_SELF = 0.98
RECLASS = 0.9
MAX_WORDS = 30
LEARNED_CUE = "learned"
ENABLED_BY_DEFAULT = False
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


def decide(rule: str, probs: dict[str, float]) -> str:
    """The sentence's locus from the rules' verdict and the model's probabilities."""
    best = max(PROBE_LOCI, key=lambda c: (probs[c], c))
    if rule in PROBE_LOCI:
        return best if probs[best] >= RECLASS else rule
    need = PROMOTE_FROM_SELF if rule == "self" else PROMOTE_FROM_NONE
    return best if sum(probs[c] for c in PROBE_LOCI) >= need else rule


def revise(sent, events: list[Event]) -> list[Event]:
    """``events`` of ``sent`` (the analyzer's parse), with the verdict changed where the policy says so."""
    if not _state["enabled"] or sum(not t.is_punct for t in sent) > MAX_WORDS:
        return events
    top = arbitrate.best(events, sent.text) if events else None
    rule = top.locus if top is not None else "none"
    locus = decide(rule, model.load().probabilities(features.sentence_features(sent)))
    if locus == rule:
        return events
    if top is not None:
        top.locus = locus
        top.cue = f"{top.cue}+{LEARNED_CUE}"
        return events
    root = sent.root
    start = root.idx
    return [Event(locus, 2, start, start + len(root.text), LEARNED_CUE, root.i, verb=root.lower_)]
