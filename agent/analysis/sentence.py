"""One parsed sentence -> its decision events.

``sentence_events`` walks the candidate tokens of a sentence and reads each as a decision predicate; the
scanning, sentence-shape, surface-text and verdict pieces live in ``candidates``, ``sentence_shape``,
``surface_events`` and ``verdict``. ``scan``, ``sentence_result`` and ``silent_result`` are re-exported here, so
callers keep one entry module.
"""

from __future__ import annotations

import re

from agent.analysis import clauses, cues, drift, holders, lexicon, lingering, owned, resting, rulings, unnamed
from agent.analysis.actors import category
from agent.analysis.candidates import RELEVANT, VERBISH, scan
from agent.analysis.deferral import unable_until
from agent.analysis.events import Event
from agent.analysis.forums import software_subject
from agent.analysis.handed_rulings import ruling_was
from agent.analysis.joint_outcomes import meeting_outcome
from agent.analysis.lemmas import lemma
from agent.analysis.nominal import adjectival_passive, attributed, compound_decision, possessed_decision, to_event
from agent.analysis.overrule import opposed
from agent.analysis.predicate_kinds import embedded, epistemic_frame, kept_doing
from agent.analysis.predicates import in_concessive_clause, in_hypothetical_clause, negated_by_preposition, read
from agent.analysis.rule_gates import required_gate, rule_stated
from agent.analysis.rules import events_for
from agent.analysis.sentence_shape import (
    concessive_spans,
    contrast_index,
    hedge_in_clause,
    is_design,
    main_clause,
    own_quoted,
    quoted_indices,
)
from agent.analysis.standing_rules import tautology
from agent.analysis.surface_events import anchor, inform_after, passive_backstop, phrase_events
from agent.analysis.verb_sets import NOUN_CUES
from agent.analysis.verdict import sentence_result, silent_result

__all__ = ["scan", "sentence_events", "sentence_result", "silent_result"]

_GERUND_OK_DEPS = frozenset({"ROOT", "conj"})
_QUOTE_CHARS = re.compile("[\"'“”‘’`]")
_CONTRAST_WORDS = re.compile(r"\b(?:but|however|ultimately|nevertheless|nonetheless|end)\b", re.I)
_IF_WORDS = re.compile(r"\b(?:if|unless|suppose|say|imagine)\b", re.I)
_INVERTED_IF = re.compile(r"^\W*(?:had|were|should)\b", re.I)
_CONCESSIVE_WORDS = re.compile(r"\b(?:though|although|while|whereas|despite)\b", re.I)
_CONFIRMS = frozenset({"nobody_objected", "nobody_owned", "nobody_undid"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "'s", "'re"})
_PAST = frozenset({"VBD", "VBN"})


def _still_default(sent, verb) -> Event | None:
    if not (drift.still_on_default(verb) or drift.in_use_since(verb)):
        return None
    first, last = verb.left_edge, verb.right_edge
    while last.is_punct and last.i > verb.i:
        last = last.doc[last.i - 1]
    return Event(
        locus="hedged", strength=3, start=first.idx, end=last.idx + len(last.text), cue="drift_default", pos=verb.i
    )


def _holder_gerund(tok):
    """The subject a decision gerund after "before"/"after" takes from its clause, when that is a board, team or
    person: "they asked for a rollback plan before approving it" (the committee approved)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in ("before", "after") or lemma(tok.lower_) not in lexicon.DECISION_VERBS:
        return None
    verb = prep.head
    if verb.tag_ != "VBD":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and category(subj) in ("authority", "process", "group") else None


def _unable(adj) -> Event | None:
    found = unable_until(adj)
    if found is None:
        return None
    locus, start, end = found
    return Event(locus=locus, strength=3, start=start, end=end, cue="unable_until", pos=adj.i)


def _subject_counts(tok, depth: int = 0) -> bool:
    """For verbs outside the lexicon: does a process or the speaker act here?"""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in lexicon.SELF_WORDS or category(c) == "process"
    return depth < 2 and tok.dep_ == "conj" and _subject_counts(tok.head, depth + 1)


def sentence_events(sent, text: str, candidates: list[int] | None = None) -> list[Event]:
    """Every decision event the parse and the phrase cues find in ``sent`` (whose text is ``text``).

    ``candidates``: indices from ``candidate_indices`` inside this sentence (all tokens if None).
    """
    base = sent.start_char
    doc = sent.doc
    toks = list(sent) if candidates is None or _QUOTE_CHARS.search(text) or _CONTRAST_WORDS.search(text) else None
    quoted = quoted_indices(toks) if toks is not None and _QUOTE_CHARS.search(text) else set()
    own = own_quoted(toks, quoted) if quoted else set()
    contrast_at = contrast_index(toks) if toks is not None and _CONTRAST_WORDS.search(text) else -1
    hedges = [(m.start() + base, m.end() + base) for m in cues.HEDGE_WEAK.finditer(text)]
    # A hedge opening the sentence ("sort of out of habit, we stayed on ...") governs its main clause.
    front = next((he for hs, he in hedges if hs - base <= 24), None)
    conditional = _IF_WORDS.search(text) is not None or _INVERTED_IF.match(text) is not None
    concessive = _CONCESSIVE_WORDS.search(text) is not None
    events: list[Event] = []
    for tok in toks if candidates is None else (doc[i] for i in candidates):
        tag = tok.tag_
        misread = (
            tag == "JJ"
            and (tok.dep_ in ("ROOT", "conj") or (tok.dep_ == "ccomp" and epistemic_frame(tok.head)))
            and lemma(tok.lower_) in VERBISH
        )  # "I guess the policy just kind of stuck": a past verb the tagger read as an adjective
        if not tag.startswith("VB") and not misread:
            if tok.i in quoted or not (tag == "JJ" or tok.lower_ in NOUN_CUES):
                continue
            ev = None
            if tag in ("NN", "NNS"):
                ev = possessed_decision(tok) or compound_decision(tok) or holders.voted(tok)
            elif tok.dep_ == "acomp" and tag == "JJ":
                ev = (
                    adjectival_passive(tok)
                    or holders.insisting(tok)
                    or _unable(tok)
                    or required_gate(tok)
                    or unnamed.hyphen_adjectival(tok)
                )
            if ev is not None:
                ev.contrast = 1 if tok.i > contrast_at >= 0 else 0
                events.append(ev)
            continue
        if (
            tok.lower_ in _BE_FORMS
            and tok.dep_ == "advcl"
            and tok.i not in quoted
            and not (conditional and in_hypothetical_clause(tok))
        ):
            ev = clauses.disclaimed(tok)  # "the date wasn't ours to pick, the VP had promised it"
            if ev is not None:
                events.append(ev)
                continue
        if tok.lower_ == "been" and tok.dep_ in ("ROOT", "conj") and tok.i not in quoted:
            ev = _still_default(sent, tok) or lingering.still_standing(tok)
            if ev is not None:
                events.append(ev)
                continue
        if tok.lower_ in _BE_FORMS and tok.dep_ in ("ROOT", "conj", "ccomp") and tok.i not in quoted:
            ev = (
                _still_default(sent, tok)
                or resting.rests_with(tok)
                or meeting_outcome(tok)
                or owned.wagered(tok)
                or holders.copular(tok)
                or clauses.disclaimed(tok)
                or rule_stated(tok)
                or tautology(tok)
                or opposed(tok)
                or rulings.content_was(tok)
                or ruling_was(tok)
                or lingering.still_standing(tok)
                or (attributed(tok) if tok.lower_ in ("was", "were") and tok.dep_ != "ccomp" else None)
            )
            if ev is not None:
                ev.contrast = 1 if tok.i > contrast_at >= 0 else 0
                events.append(ev)
            continue
        if lemma(tok.lower_) not in RELEVANT and not (tag in _PAST and _subject_counts(tok)):
            continue
        holder_gerund = tag == "VBG" and _holder_gerund(tok)
        if (
            tag == "VBG"
            and tok.dep_ not in _GERUND_OK_DEPS
            and not (negated_by_preposition(tok) or holder_gerund or kept_doing(tok))
        ):
            if not any(c.dep_ == "aux" for c in tok.children):
                continue
        if embedded(tok) or (conditional and in_hypothetical_clause(tok)):
            continue
        p = read(tok)
        if holder_gerund:
            p.subj = holder_gerund
            p.actor = category(holder_gerund)
            p.past = True
        ev = (
            holders.holding(tok, p.subj)
            or holders.arrival(tok, p.subj, p.particles)
            or (holders.insisting(tok) if p.lemma == "set" and tag == "VBN" else None)
        )
        if ev is not None:
            ev.contrast = 1 if tok.i > contrast_at >= 0 else 0
            events.append(ev)
            continue
        if misread:
            p.past = True  # "we just sort of stuck with X": a past verb the tagger read as an adjective
        left = p.subj.left_edge.idx if p.subj is not None and p.subj.i < tok.i else tok.idx
        right = tok.idx + len(tok.text) + 16
        near = (
            any(left - 1 <= hs and he <= right for hs, he in hedges)
            or any(c.lower_ in lexicon.HEDGE_ADVERBS for c in tok.children)
            or (bool(hedges) and lemma(tok.lower_) in lexicon.DRIFT_VERBS and hedge_in_clause(tok, hedges))
            or (front is not None and front <= tok.idx and main_clause(tok))
        )
        for locus, strength, cue in events_for(p, near, tok.i in quoted and tok.i not in own):
            if tok.i in own and locus != "self":
                continue
            ev = to_event(sent.start, p, locus, strength, cue)
            ev.contrast = 1 if tok.i > contrast_at >= 0 else (-1 if concessive and in_concessive_clause(tok) else 0)
            events.append(ev)
    events.extend(owned.claims(sent, text, base))  # "the Postgres choice, that one's mine"
    words = cues.words_of(text)
    phrased = phrase_events(sent, text, base, contrast_at, cues.SENTENCE_CUES, words)
    if concessive and phrased:
        for lo, hi in concessive_spans(sent):
            for e in phrased:
                if lo <= e.start < hi:
                    e.contrast = -1  # "although the runbook says to fail over, I held off"
    events.extend(anchor(owned.others_personally(phrased, sent), events))
    if any(e.cue in _CONFIRMS for e in events) and any(e.locus == "self" and e.strength >= 2 for e in events):
        events = [e for e in events if e.cue not in _CONFIRMS]  # nobody objected to the speaker's call
    if cues.INFORM_AFTER.search(text):
        events = inform_after(events)
    if not events and not is_design(sent):
        events = phrase_events(sent, text, base, contrast_at, cues.BACKSTOP, words) or passive_backstop(
            sent, text, base
        )
        events = [e for e in events if not software_subject(sent.doc, e.pos)]  # "the package manager picked"
    return events
