"""One parsed sentence -> its decision events and verdict."""

from __future__ import annotations

import re
from bisect import bisect_right

from agent.analysis import arbitrate, clauses, cues, drift, frames, hedging, holders, lapses, lexicon, resting, unnamed
from agent.analysis.actors import category
from agent.analysis.deferral import unable_until
from agent.analysis.events import Event
from agent.analysis.forums import software_subject
from agent.analysis.gates import GATE_VERBS
from agent.analysis.lemmas import lemma
from agent.analysis.models import SentenceResult, Span, is_probe
from agent.analysis.nominal import adjectival_passive, attributed, compound_decision, possessed_decision, to_event
from agent.analysis.predicate_kinds import embedded, epistemic_frame, kept_doing
from agent.analysis.predicates import in_concessive_clause, in_hypothetical_clause, negated_by_preposition, read
from agent.analysis.rule_gates import required_gate, rule_stated
from agent.analysis.rules import events_for
from agent.analysis.verb_sets import DIRECTIVE, INFORM_VERBS, NOUN_CUES, RULE_SPEAK, TELL_VERBS

_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "``", "''"})
_GERUND_OK_DEPS = frozenset({"ROOT", "conj"})
_BACKSTOP_CUES = frozenset(c for _, _, c, _ in cues.BACKSTOP)


_QUOTE_CHARS = re.compile("[\"'“”‘’`]")
_CONTRAST_WORDS = re.compile(r"\b(?:but|however|ultimately|nevertheless|nonetheless|end)\b", re.I)
_IF_WORDS = re.compile(r"\b(?:if|unless|suppose|say|imagine)\b", re.I)
_INVERTED_IF = re.compile(r"^\W*(?:had|were|should)\b", re.I)
_CONCESSIVE_WORDS = re.compile(r"\b(?:though|although|while|whereas|despite)\b", re.I)
_CONFIRMS = frozenset({"nobody_objected", "nobody_owned", "nobody_undid"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "'s", "'re"})
_PAST = frozenset({"VBD", "VBN"})
_DECISION_WORDS = lexicon.DECISION_VERBS | frozenset({"decision", "call", "choice", "approval", "sign-off"})
_VERBISH = lexicon.DRIFT_VERBS | lexicon.DECISION_VERBS | lexicon.ACTION_VERBS
_RELEVANT = (
    lexicon.DECISION_VERBS
    | lexicon.ACTION_VERBS
    | lexicon.PASSIVE_DECISION_VERBS
    | lexicon.DEFER_VERBS
    | lexicon.DRIFT_VERBS
    | frozenset(lexicon.DECISION_PHRASAL)
    | TELL_VERBS
    | RULE_SPEAK
    | DIRECTIVE
    | frozenset(
        {
            "say",
            "tell",
            "follow",
            "come",
            "own",
            "commit",
            "align",
            "go",
            "have",
            "get",
            "reach",
            "secure",
            "receive",
            "want",
            "need",
            "seek",
            "request",
            "bring",
            "raise",
            "run",
            "check",
            "clear",
            "do",
            "permit",
            "let",
        }
    )
    | frozenset(frames.HOLDING_VERBS)
    | frames.ARRIVAL_VERBS
    | frames.PREFER_VERBS
    | frames.INSIST_VERBS
    | frames.PASSIVE_FRAME_VERBS
    | frozenset(frames.PASSIVE_FRAME_PHRASAL)
    | frames.HANDING_VERBS
    | GATE_VERBS
    | frames.INHERIT_VERBS
    | frames.PERSIST_VERBS
    | frames.RENEW_VERBS
    | frames.ANNOUNCE_VERBS
    | frozenset({"leave", "stick", "come", "renew", "tear", "clean", "revisit", "like", "prefer", "use"})
    | frozenset(
        {
            "take",
            "accept",
            "meet",
            "arrive",
            "negotiate",
            "insist",
            "demand",
            "disband",
            "strike",
            "broker",
            "vet",
            "screen",
            "bounce",
            "graduate",
        }
    )
    | frames.COMMIT_VERBS
    | drift.CARRIED_VERBS
    | drift.ASSUMING_VERBS
    | clauses.GATE_VERBS
    | clauses.REPLANNING
    | clauses.REORGANISING
    | lapses.LEMMAS
    | unnamed.LEMMAS
)


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


def _quoted(toks) -> set[int]:
    inside: set[int] = set()
    open_at = None
    for tok in toks:
        if tok.text in _QUOTES:
            if open_at is None:
                open_at = tok.i
            else:
                inside.update(range(open_at + 1, tok.i))
                open_at = None
    return inside


_SAY_VERBS = frozenset(
    {"say", "tell", "write", "post", "announce", "reply", "answer", "type", "shout", "message", "go"}
)


def _own_quotes(toks, quoted: set[int]) -> set[int]:
    """Quoted tokens the speaker said themselves ("I said 'I'm making the call'"): their words, their call."""
    own: set[int] = set()
    if not quoted:
        return own
    doc = toks[0].doc
    first = toks[0].i
    for i in sorted(quoted):
        if i - 1 in quoted or i - 2 < first:
            continue
        tok = doc[i - 2]  # the word before the opening quote mark
        while tok.is_punct and tok.i > first:
            tok = doc[tok.i - 1]
        for _ in range(3):
            if lemma(tok.lower_) in _SAY_VERBS and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children):
                j = i
                while j in quoted:
                    own.add(j)
                    j += 1
                break
            if tok.head is tok:
                break
            tok = tok.head
    return own


def _contrast_index(toks) -> int:
    idx = -1
    for n, tok in enumerate(toks):
        low = tok.lower_
        if low in ("but", "however", "ultimately", "nevertheless", "nonetheless") or (
            low == "end" and n >= 2 and toks[n - 1].lower_ == "the" and toks[n - 2].lower_ in ("in", "at")
        ):
            idx = tok.i
    return idx


def _is_design(sent) -> bool:
    """A design proposal or hypothetical: the main verb carries a modal (we'd, could, should)."""
    root = sent.root
    return any(c.tag_ == "MD" and c.dep_ == "aux" for c in root.children) or any(
        c.dep_ == "mark" and c.lower_ in lexicon.HYPOTHETICAL_MARKS for c in root.children
    )


_CANDIDATE_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ")
_hashes: dict[str, frozenset[int]] = {}


def scan(doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence (start, end) token bounds and the token indices worth a look (verbs, adjectives,
    decision nouns), read from arrays without building a Token object per word."""
    from spacy.attrs import LOWER, SENT_START, TAG

    if not _hashes:
        strings = doc.vocab.strings
        _hashes["tag"] = frozenset(strings.add(t) for t in _CANDIDATE_TAGS)
        _hashes["lower"] = frozenset(strings.add(w) for w in NOUN_CUES)
    tags, lowers = _hashes["tag"], _hashes["lower"]
    arr = doc.to_array([TAG, LOWER, SENT_START]).tolist()
    starts = [i for i, row in enumerate(arr) if row[2] == 1 or i == 0]
    bounds = list(zip(starts, [*starts[1:], len(arr)], strict=False))
    return bounds, [i for i, (tag, low, _) in enumerate(arr) if tag in tags or low in lowers]


def sentence_events(sent, text: str, candidates: list[int] | None = None) -> list[Event]:
    """Every decision event the parse and the phrase cues find in ``sent`` (whose text is ``text``).

    ``candidates``: indices from ``candidate_indices`` inside this sentence (all tokens if None).
    """
    base = sent.start_char
    doc = sent.doc
    toks = list(sent) if candidates is None or _QUOTE_CHARS.search(text) or _CONTRAST_WORDS.search(text) else None
    quoted = _quoted(toks) if toks is not None and _QUOTE_CHARS.search(text) else set()
    own = _own_quotes(toks, quoted) if quoted else set()
    contrast_at = _contrast_index(toks) if toks is not None and _CONTRAST_WORDS.search(text) else -1
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
            and lemma(tok.lower_) in _VERBISH
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
            ev = _still_default(sent, tok)
            if ev is not None:
                events.append(ev)
                continue
        if tok.lower_ in _BE_FORMS and tok.dep_ in ("ROOT", "conj", "ccomp") and tok.i not in quoted:
            ev = (
                _still_default(sent, tok)
                or resting.rests_with(tok)
                or holders.copular(tok)
                or clauses.disclaimed(tok)
                or rule_stated(tok)
                or (attributed(tok) if tok.lower_ in ("was", "were") and tok.dep_ != "ccomp" else None)
            )
            if ev is not None:
                ev.contrast = 1 if tok.i > contrast_at >= 0 else 0
                events.append(ev)
            continue
        if lemma(tok.lower_) not in _RELEVANT and not (tag in _PAST and _subject_counts(tok)):
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
            or (bool(hedges) and lemma(tok.lower_) in lexicon.DRIFT_VERBS and _hedge_in_clause(tok, hedges))
            or (front is not None and front <= tok.idx and _main_clause(tok))
        )
        for locus, strength, cue in events_for(p, near, tok.i in quoted and tok.i not in own):
            if tok.i in own and locus != "self":
                continue
            ev = to_event(sent.start, p, locus, strength, cue)
            ev.contrast = 1 if tok.i > contrast_at >= 0 else (-1 if concessive and in_concessive_clause(tok) else 0)
            events.append(ev)
    words = cues.words_of(text)
    phrased = _phrase_events(sent, text, base, contrast_at, cues.SENTENCE_CUES, words)
    if concessive and phrased:
        for lo, hi in _concessive_spans(sent):
            for e in phrased:
                if lo <= e.start < hi:
                    e.contrast = -1  # "although the runbook says to fail over, I held off"
    events.extend(_anchor(phrased, events))
    if any(e.cue in _CONFIRMS for e in events) and any(e.locus == "self" and e.strength >= 2 for e in events):
        events = [e for e in events if e.cue not in _CONFIRMS]  # nobody objected to the speaker's call
    if cues.INFORM_AFTER.search(text):
        events = _inform_after(events)
    if not events and not _is_design(sent):
        events = _phrase_events(sent, text, base, contrast_at, cues.BACKSTOP, words) or _passive_backstop(
            sent, text, base
        )
        events = [e for e in events if not software_subject(sent.doc, e.pos)]  # "the package manager picked"
    return events


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


def _passive_backstop(sent, text: str, base: int) -> list[Event]:
    """ "the rollout was haltd": a past passive the tagger missed (typos, odd casing)."""
    out = []
    for m in _PASSIVE_TEXT.finditer(text):
        subject, verb = m.group(1).lower(), m.group(2).lower()
        if (
            subject in lexicon.SELF_WORDS
            or subject in lexicon.WE_WORDS
            or verb.endswith("ing")
            or _runtime_word(text, m.start(), subject)
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


def _main_clause(tok) -> bool:
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def _hedge_in_clause(tok, hedges: list[tuple[int, int]]) -> bool:
    """A hedge anywhere in the verb's own clause ("over time it became the default")."""
    start = tok.left_edge.idx
    right = tok.right_edge
    end = right.idx + len(right.text)
    return any(start <= hs and he <= end for hs, he in hedges)


def _concessive_spans(sent) -> list[tuple[int, int]]:
    out = []
    for tok in sent:
        if tok.dep_ == "mark" and tok.lower_ in lexicon.CONCESSIVE_MARKS:
            clause = tok.head
            last = clause.right_edge
            out.append((clause.left_edge.idx, last.idx + len(last.text)))
    return out


def _phrase_events(sent, text: str, base: int, contrast_at: int, patterns, words=None) -> list[Event]:
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


def _anchor(markers: list[Event], parsed: list[Event]) -> list[Event]:
    """Stretch a bare marker ("myself") back to the clause it qualifies, so quotes read well."""
    for m in markers:
        if m.end - m.start >= 14:
            continue
        before = [e for e in parsed if e.start <= m.start and e.locus == m.locus and m.start - e.start <= 120]
        if before:
            m.start = max(e.start for e in before)
    return markers


_RUN_BY = frozenset({"run", "check", "clear", "bring"})  # "ran it by my manager": informing once the act is done


def _inform_after(events: list[Event]) -> list[Event]:
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


def sentence_result(
    sent, events: list[Event], original: str, candidates: list[int] | None = None
) -> tuple[SentenceResult, Event | None]:
    """Verdict for one sentence, every span kept; texts are cut from ``original`` (the caller's text).

    ``uncertain`` marks sentences the rules may have misread: a weak or tied winner, a backstop-only
    verdict, or no decision found although a decision verb is there (outside a design proposal).
    """
    top = arbitrate.best(events, sent.text)
    hedging.settle(events, sent)
    locus = top.locus if top else "none"
    ranked = sorted(events, key=Event.key, reverse=True)
    uncertain = bool(
        top is not None
        and (
            top.strength <= 1
            or top.cue in _BACKSTOP_CUES
            or (
                len(ranked) > 1
                and ranked[1].key()[:2] == top.key()[:2]
                and is_probe(ranked[1].locus) != is_probe(locus)
            )
        )
    )
    if top is None and candidates and not _is_design(sent):
        doc = sent.doc
        uncertain = any(lemma(doc[i].lower_) in _DECISION_WORDS for i in candidates)
    spans = _spans(original, events)
    result = SentenceResult.model_construct(
        start=sent.start_char,
        end=sent.end_char,
        text=original[sent.start_char : sent.end_char],
        locus=locus,
        probe=is_probe(locus),
        spans=spans,
        uncertain=uncertain,
        act="narration",
    )
    return result, top


def silent_result(sent, original: str, act: str) -> SentenceResult:
    """A sentence that narrates no decision because of what it does (a question, a sign-off)."""
    return SentenceResult.model_construct(
        start=sent.start_char,
        end=sent.end_char,
        text=original[sent.start_char : sent.end_char],
        locus="none",
        probe=False,
        spans=[],
        uncertain=False,
        act=act,
    )


def _spans(text: str, events: list[Event]) -> list[Span]:
    seen: set[tuple[int, int, str]] = set()
    spans = []
    for e in sorted(events, key=lambda e: (e.start, e.end)):
        k = (e.start, e.end, e.locus)
        if k in seen or e.end <= e.start:
            continue
        seen.add(k)
        spans.append(
            Span.model_construct(start=e.start, end=e.end, text=text[e.start : e.end], locus=e.locus, cue=e.cue)
        )
    return spans
