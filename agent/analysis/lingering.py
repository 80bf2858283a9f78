"""Choices left standing, told by how long they lasted (hedged: drift, nobody chose).

- still there after an elapsed span or with nobody knowing why: "the stopgap cache is still in front of the API,
  three years on", "the export is still used, years after the migration", "the rule is still there and nobody
  remembers why";
- a setting held since time out of mind: "the batch size has been 200 since the first release", "the report has
  run at six for as long as anyone can remember";
- spread before anyone looked: "the helper got pasted into six repos before anyone noticed";
- lasting until something else ended it: "Perl hung on in the build until the image dropped it";
- carrying on as before: "the alerts went on paging the old rota", "the docs carried on describing the old API";
- kept because nobody touched it: "the service kept its old limits because nobody wanted to touch them";
- never going away: "the manual step never went away".

The convention for plain facts of persistence: a state of health or a finding ("the primary has been up for two
years", "the bug is still there") and a leftover told with no elapsed span or neglect ("the old logo is still on the
mugs") narrate no choice and stay none; the same leftover "still on the mugs, ten years later" or "and nobody knows
why" is a choice nobody made.  The speaker or the team keeping it is read elsewhere (self, group).
"""

from __future__ import annotations

import re

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.clauses import runtime_item
from agent.analysis.drift import _CHOICES, _STATES
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate
from agent.analysis.provisional import _provisional
from agent.analysis.verb_sets import UNKNOWN_WHO

_ELAPSED = re.compile(
    r"\b(?:years|months|decades|quarters|a year|a decade|a month) (?:on|later|after|ago)\b|\bsince before\b|"
    r"\bas long as (?:anyone|anybody|we|people) (?:can |could )?(?:remember|recall)|\bbefore (?:anyone|anybody) "
    r"(?:joined|arrived|was hired|started)\b",
    re.I,
)
_NOTICED = frozenset({"notice", "catch", "realize", "realise", "spot", "look", "check", "see", "object", "ask"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "we", "people"})
_SPREADING = frozenset(
    {"spread", "proliferate", "propagate", "multiply", "creep", "copy", "paste", "copy-paste", "clone", "leak"}
)
_HANGING = frozenset({"hang", "linger", "persist", "survive", "stay", "remain", "stick", "live"})
_CARRYING = frozenset({"go", "carry", "keep"})
_OLD = frozenset(
    """old older original legacy previous former same decommissioned retired dead defunct obsolete outdated prior
    deprecated first""".split()
)
_NEGLECTFUL = frozenset({"nobody", "noone", "no-one"})
_DEFECTS = frozenset(
    """bug bugs issue issues problem problems error errors outage outages incident incidents leak leaks regression
    regressions crash crashes alert alerts warning warnings ticket tickets""".split()
)
LEMMAS = _SPREADING | _HANGING | _CARRYING | frozenset({"use", "run", "be", "get"})


def _thing(subj, running_ok: bool = False) -> bool:
    """A thing that could have been chosen (a rule or step too): not a person, team, defect or, unless
    ``running_ok``, an item a running system acts on."""
    if subj is None or subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS | lexicon.THIRD_PERSON:
        return False
    noun = lemma(subj.lower_, subj.tag_)
    if noun in _DEFECTS or (runtime_item(subj) and not running_ok) or noun in lexicon.GROUP_NOUNS:
        return False
    return category(subj) not in ("self", "we", "group", "authority", "someone", "nobody")


def _nobody_in(sent) -> bool:
    return any(
        t.lower_ in _NEGLECTFUL or (t.lower_ == "one" and t.i and sent.doc[t.i - 1].lower_ == "no") for t in sent
    )


def _before_anyone_noticed(verb) -> bool:
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ in ("before", "until") for m in c.children if m.dep_ == "mark"):
            if lemma(c.lower_, c.tag_) in _NOTICED and any(
                s.dep_ == "nsubj" and s.lower_ in _ANYONE for s in c.children
            ):
                return True
    return False


def _until_clause(verb) -> bool:
    return any(
        (c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ == "until")
        for c in verb.children
    )


def _gerund_after_on(verb):
    """The gerund of "went on pointing at ...", also when the parser makes it the object of "on"."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp") and o.lower_.endswith("ing")), None)
    return None


def _got_spread(verb) -> bool:
    """ "got copy-pasted into nine services": the tokenizer splits the verb and the participle hangs on "got"."""
    return lemma(verb.lower_, verb.tag_) == "get" and any(
        c.dep_ in ("ccomp", "xcomp", "acomp") and lemma(c.lower_, "VBN") in _SPREADING for c in verb.children
    )


def _still(verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def _still_what(be) -> bool:
    """ "the hackathon naming is what we still use, six years on": the leftover named by a "what" clause."""
    return any(
        c.dep_ == "ccomp" and _still(c) and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
        for c in be.children
    )


def _marked(verb) -> bool:
    """An elapsed span or a neglect clause in the sentence: "three years on", "and nobody knows why"."""
    text = verb.sent.text
    return _ELAPSED.search(text) is not None or UNKNOWN_WHO.search(text) is not None


def lingered(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when a verb tells a choice persisting with nobody choosing, else None."""
    lem, verb, subj = p.lemma, p.tok, p.subj
    if p.modal or p.counterfactual or p.actor in ("self", "we", "group", "authority"):
        return None
    if p.past and not p.negated and _before_anyone_noticed(verb) and (lem in _SPREADING or _got_spread(verb)):
        return (3, "spread_unnoticed")  # "the retry helper got pasted into six repos before anyone noticed"
    if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ == "VBN":
        subj = verb.head  # "the runbooks carried on assuming the old site": the parser hangs the verb on its subject
    if lem == "keep" and p.past and _thing(subj, running_ok=True) and _nobody_in(verb.sent):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and any(c.lower_ in _OLD or c.lower_ == "its" for c in obj.children):
            return (3, "kept_unchanged")  # "the job kept its old cutoff because nobody wanted to touch it"
    if not _thing(subj):
        return None
    if lem == "use" and p.passive and _still(verb) and _marked(verb):
        return (3, "still_used")  # "the paper form is still used, years after the system went digital"
    if lem == "run" and not p.objects and _ELAPSED.search(verb.sent.text) and "as long as" in verb.sent.text.lower():
        return (3, "persisted")  # "the export has run at three for as long as anyone can remember"
    if not (p.past or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        return None
    away = "away" in p.particles or any(c.dep_ == "advmod" and c.lower_ == "away" for c in verb.children)
    if lem == "go" and p.negated and away and any(c.lower_ == "never" for c in verb.children):
        return (3, "never_undone")  # "the manual step never went away"
    if p.negated:
        return None
    if lem in _HANGING and _until_clause(verb) and not any(c.lower_ in _STATES for c in verb.children):
        if lem != "hang" or p.particles & {"on", "around"}:
            return (3, "persisted")  # "Perl hung on in the build until the base image dropped it"
    if lem in ("go", "carry") and (
        "on" in p.particles or any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
    ):
        gerund = _gerund_after_on(verb)
        if gerund is not None and any(t.lower_ in _OLD for t in gerund.subtree):
            return (3, "carried_on")  # "the runbooks carried on assuming the old site"
    return None


def still_standing(be) -> Event | None:
    """ "the stopgap proxy is still in the path, four years on", "the threshold has been 90 percent since before
    anyone joined": a copula telling a leftover still there after a span, or a setting held since long ago."""
    kids = list(be.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if not _thing(subj) or any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids):
        return None
    if any(c.dep_ in ("acomp", "advmod", "attr") and c.lower_ in _STATES for c in kids):
        return None  # "still up, two years on": a state of health
    if be.lower_ == "been":
        choice = lemma(subj.lower_, subj.tag_) in _CHOICES or _provisional(subj)
        since = any(t.lower_ == "since" for t in be.subtree) or _ELAPSED.search(be.sent.text) is not None
        if not (choice and since and any(c.dep_ in ("attr", "acomp") for c in kids)):
            return None
    elif be.tag_ not in ("VBZ", "VBP") or not (_still(be) or _still_what(be)) or not _marked(be):
        return None
    first, last = subj.left_edge, be.right_edge
    while last.is_punct and last.i > be.i:
        last = last.doc[last.i - 1]
    return Event("hedged", 3, first.idx, last.idx + len(last.text), "drift_still_standing", be.i, verb=be.lower_)
