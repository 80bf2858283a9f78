"""Read a transcript into stories: segment by question, then read each story's decisions and signals.

A past-experience question, its answer and the answers to its follow-ups and probes are one
story; design answers and the candidate's own questions at wrap-up are stories of their own kind
and carry no behavioural signals.  Sentences come from the analyzer (one segmentation for the
product), clauses from its parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from agent import analysis
from agent.analysis.models import AnswerAnalysis, Span, is_probe
from agent.analysis.normalize import Normalized
from agent.stories import cleaned, judgment, scopes, substance
from agent.stories.clauses import SentenceView, sentences_of
from agent.stories.forms import WordClass
from agent.stories.found import make
from agent.stories.models import Decision, IgnoredSentence, Signal, Story, StoryKind, TranscriptReading
from agent.stories.questions import classify, role_from_phase, topic_of
from agent.stories.signals import story_signals
from agent.transcript.models import Turn

Phases = Mapping[int, tuple[str, str]]
_MAX_CLAIM_RATIO = 0.6
_PASSIVE_BY = re.compile(r"^\w+(?:ed|en|t)\b(?: \w+)? by\b", re.I)
_WORK_ITEM = re.compile(
    r"\b(?:ticket|spec|task|story|brief|card|issue|requirements?)s? (?:said|says|asked|asks|wanted|wants)\b", re.I
)
_CODE_REVIEW = re.compile(
    r"\b(?:pull request|merge request|code review|reviewed (?:the|my) (?:pr|pull request|code|diff|change|patch)|approved (?:the|my) (?:pr|pull request|diff|patch))\b"
)
_ROTA = re.compile(r"\bon-?call\b", re.I)
_DECISIVE = WordClass(
    "decisive",
    "roll revert ship deploy switch pause exclude disable launch cut release migrate move "
    "replace drop cancel stop freeze patch fix escalate wait hold choose pick decide raise lower bump "
    "throttle block reroute fail restart scale split delay postpone",
)
_EXPLICIT = (
    "decid",
    "call",
    "chose",
    "choice",
    "approv",
    "agree",
    "consent",
    "sign",
    "final_say",
    "i_am_the_one",
    "handed_up",
    "escalat",
    "waited",
    "okay",
    "approval",
    "permission",
    "refused",
    "declined",
    "consensus",
    "process",
    "book",
    "policy",
    "runbook",
)


@dataclass(frozen=True)
class CueSentence:
    """What an extra signal reader (a rubric's regex cues) sees of one behavioural sentence."""

    text: str
    loci: frozenset[str]
    answer_text: str
    answer_loci: frozenset[str]


ExtraReader = Callable[[CueSentence], list[tuple[str, int, int]]]


def _extra_signals(sents: list[SentenceView], extra: ExtraReader) -> list[Signal]:
    """Signals from an extra reader: ``(key, start, end)`` offsets inside each sentence's text."""
    by_turn: dict[int, list[SentenceView]] = {}
    for s in sents:
        by_turn.setdefault(s.turn, []).append(s)
    out: list[Signal] = []
    for turn_sents in by_turn.values():
        answer_text = " ".join(s.text for s in turn_sents)
        # A decision the sentence only mentions (refused, imagined, or context) triggers no locus cue either.
        loci = {id(s): frozenset(sp.locus for sp in s.spans if not _not_a_decision(s, sp)) for s in turn_sents}
        answer_loci = frozenset().union(*loci.values())
        for s in turn_sents:
            view = CueSentence(s.text, loci[id(s)], answer_text, answer_loci)
            for key, start, end in extra(view):
                out.append(make(key, s, s.start + start, s.start + end))
    return out


def _analysed(
    turns: list[Turn], given: Mapping[int, AnswerAnalysis] | None, docs: Mapping[int, object] | None = None
) -> dict[int, tuple[AnswerAnalysis, Normalized | None, object]]:
    """``(analysis, normalised text, its parse)`` per candidate turn: saved analyses reused (their parse taken
    from ``docs`` when it is the normalised text's, else redone), the rest analysed."""
    given = given or {}
    docs = docs or {}
    saved: list[tuple[Turn, AnswerAnalysis]] = []
    fresh: list[Turn] = []
    for t in turns:
        if t.speaker != "candidate":
            continue
        a = given.get(t.number)
        # The interview analyses at most a long prefix of a huge paste; that analysis stands.
        if a is not None and a.sentences and (a.text == t.text or (a.text and t.text.startswith(a.text))):
            saved.append((t, a))
        else:
            fresh.append(t)
    out: dict[int, tuple[AnswerAnalysis, Normalized | None, object]] = {}
    for t, a in saved:
        doc = docs.get(t.number)
        norm = doc.user_data.get("normalized") if doc is not None else None
        # ``analyze_with_docs`` hands out the normalised text's own parse when no offset moved.
        if doc is not None and (norm is None or norm.same_offsets):
            out[t.number] = (a, norm, doc)
    saved = [(t, a) for t, a in saved if t.number not in out]
    if saved:
        for (t, a), (norm, doc) in zip(saved, analysis.parse_clean_many([a.text for _, a in saved]), strict=False):
            out[t.number] = (a, norm, doc)
    if fresh:
        for t, triple in zip(fresh, analysis.analyze_with_clean_docs([t.text for t in fresh]), strict=False):
            out[t.number] = triple
    return out


def _narrative(sents: list[SentenceView]) -> bool:
    """An answer told as past events (a story), whatever the question looked like."""
    told = sum(1 for s in sents for c in s.clauses if c.narrated and c.actor in ("self", "we", "group"))
    would = sum(
        1 for s in sents for c in s.clauses if (c.modal or c.present) and c.actor in ("self", "we", "group", "none")
    )
    return told >= 2 and told > would


def _decisions(sents: list[SentenceView]) -> list[Decision]:
    out = []
    for s in sents:
        if substance.wish_or_absence(s):
            continue  # "I'd like to get to where I make more calls": a hope, not a decision made
        for span in s.spans:
            if span.locus == "none" or _ROTA.search(span.text):
                continue  # "our on-call", "their on-call": a rota, not a call being made
            if _not_a_decision(s, span):
                continue
            if span.locus == "self" and _PASSIVE_BY.match(span.text):
                continue  # "Rolled back by the incident commander": someone else's act, not the speaker's
            if span.locus == "process" and _WORK_ITEM.search(span.text):
                continue  # "The ticket said to send a reminder": a work item stating the task, not a decision handed away
            if (
                span.locus == "authority"
                and re.search(r"agree|approv|sign", span.cue + " " + span.text, re.I)
                and _CODE_REVIEW.search(s.lower)
            ):
                continue  # "My lead reviewed the pull request and agreed": ordinary code review of the speaker's own call
            out.append(
                Decision(
                    turn=s.turn,
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    holder=span.locus,
                    explicit=any(k in span.cue for k in _EXPLICIT),
                )
            )
    return out


def _not_a_decision(s: SentenceView, span: Span) -> bool:
    """A decision the sentence only mentions: a refused deferral ("I didn't wait for ops to pick it up") and whom
    it would have waited on, a deferral in a negated frame or an imagined objection, waiting named as a cost, or
    context ("I owned the billing service")."""
    if scopes.in_refused(s, span.start):
        return True
    if span.locus != "self" and (
        scopes.under_negated_frame(s, span.start)
        or scopes.in_objection(s, span.start)
        or scopes.in_waiting_cost(s, span.start)
    ):
        return True
    return span.locus in ("self", "hedged", "agentless") and any(
        scopes.context_clause(s, c) and c.start <= span.start < c.end for c in s.clauses
    )


def _key_decision(decisions: list[Decision], mains: list[Span]) -> Decision | None:
    """The decision a story turns on: an explicit decision or deferral first, else the first answer's verdict.

    When the story narrates both an own call and a deferral, the later of the two holds it
    ("I was sure we should turn it off ... so I escalated it to the director").
    """
    explicit = [d for d in decisions if d.explicit]
    if explicit:
        opener = [d for d in explicit if d.turn == explicit[0].turn]
        explicit = opener if decisions and opener[0].turn == decisions[0].turn else explicit
    own = [d for d in explicit if d.holder == "self"]
    deferred = [d for d in explicit if is_probe(d.holder)]
    if own and deferred:
        last_own, last_deferred = own[-1], deferred[-1]
        return last_deferred if (last_deferred.turn, last_deferred.start) > (last_own.turn, last_own.start) else own[0]
    if explicit:
        return (own or deferred or explicit)[0]
    first_turn = [d for d in decisions if decisions and d.turn == decisions[0].turn]
    decisive = [d for d in first_turn if _DECISIVE.any_in(frozenset(d.text.lower().split()))]
    if decisive:
        own_acts = [d for d in decisive if d.holder == "self"]
        return (own_acts or decisive)[0]
    own_first = [d for d in first_turn if d.holder == "self"]
    if own_first:
        return own_first[0]
    for m in mains:
        match = next((d for d in decisions if d.start == m.start and d.end == m.end), None)
        if match is not None:
            return match
    return decisions[0] if decisions else None


def read_transcript(
    turns: list[Turn],
    analyses: Mapping[int, AnswerAnalysis] | None = None,
    *,
    phases: Phases | None = None,
    ignore: Callable[[str], bool] | None = None,
    skip_turns: frozenset[int] | set[int] = frozenset(),
    extra: ExtraReader | None = None,
    docs: Mapping[int, object] | None = None,
) -> TranscriptReading:
    """Stories, their decisions and signals, and the sentences ignored as addressed to the grader.

    ``phases``: saved sessions' ``{interviewer turn: (phase, kind)}``; ``ignore``: sentences it
    accepts are grader-addressed (never evidence); ``skip_turns``: answers that are not about work;
    ``extra``: a reader of further signals per behavioural sentence (a rubric's regex cues);
    ``docs``: ``{turn: Doc}`` from ``analyze_with_docs`` for analyses in ``analyses`` (not parsed again).
    """
    parsed = _analysed(turns, analyses, docs)
    ignored: list[IgnoredSentence] = []
    views: dict[int, list[SentenceView]] = {}
    mains: dict[int, Span | None] = {}
    normalised: dict[int, tuple[Normalized, str]] = {}
    for t in turns:
        if t.number not in parsed:
            continue
        a, norm, doc = parsed[t.number]
        text = t.text
        if norm is not None and norm.changed:
            # Read the words the analyzer read ("didn't", "because"); what is found goes back to t.text below.
            a, text = cleaned.in_clean_offsets(a, norm), norm.text
            normalised[t.number] = (norm, t.text)
        mains[t.number] = a.main
        kept = []
        for s in sentences_of(t.number, text, a, doc):
            if ignore is not None and ignore(s.text):
                ignored.append(IgnoredSentence(turn=t.number, start=s.start, end=s.end, text=s.text))
            elif t.number not in skip_turns:
                kept.append(s)
        views[t.number] = kept
    groups: list[tuple[StoryKind, Turn | None, list[Turn]]] = []
    inside = False
    for t in turns:
        if t.speaker == "interviewer":
            tag = (phases or {}).get(t.number)
            role = role_from_phase(tag[0], tag[1], t.text, inside) if tag else classify(t.text, inside)
            if role == "follow_up" and groups:
                continue
            kind: StoryKind = (
                "behavioural"
                if role in ("past_experience", "follow_up")
                else ("wrap_up" if role == "wrap_up" else "design")
            )
            groups.append((kind, t, []))
            inside = kind == "behavioural"
            continue
        if not groups:
            groups.append(("behavioural", None, []))
        kind, question, answers = groups[-1]
        if (
            kind == "design"
            and (not phases or question is None or question.number not in phases)
            and _narrative(views.get(t.number, []))
        ):
            groups[-1] = ("behavioural", question, answers)  # the question read as design, the answer is a story
            inside = True
        groups[-1][2].append(t)
    stories = [
        _story(i, kind, q, answers, views, mains, extra)
        for i, (kind, q, answers) in enumerate(groups, start=1)
        if answers
    ]
    back = cleaned.Restorer(normalised)
    return TranscriptReading(
        stories=[back.story(s).model_copy(update={"index": n}) for n, s in enumerate(stories, start=1)],
        ignored=[back.ignored(i) for i in ignored],
    )


def _story(
    index: int,
    kind: StoryKind,
    question: Turn | None,
    answers: list[Turn],
    views: dict[int, list[SentenceView]],
    mains: dict[int, Span | None],
    extra: ExtraReader | None = None,
) -> Story:
    sents = [s for t in answers for s in views.get(t.number, [])]
    title = topic_of(question.text) if question is not None else ""
    base = dict(
        index=index,
        kind=kind,
        title=title,
        question_turn=question.number if question else None,
        answer_turns=[t.number for t in answers],
    )
    if kind != "behavioural":
        signals: list[Signal] = []
        if kind == "design":
            for s in sents:
                signals += judgment.design_tradeoffs(s)
        return Story(**base, signals=signals[:3])
    decisions = _decisions(sents)
    key = _key_decision(decisions, [m for t in answers if (m := mains.get(t.number)) is not None])
    refused = any(substance.refusal(s) for s in sents)
    concrete: set[str] = set()
    claimed: set[str] = set()
    for s in sents:
        concrete |= substance.concrete_words(s)
        claimed |= substance.claim_words(s)
    # Buzzwords outnumbering concrete words ("I owned the trade-off and accepted the risk for the
    # business"): the story's substance counts as thin, so its claims are weak.
    weight = len(concrete) if len(claimed) <= _MAX_CLAIM_RATIO * max(len(concrete), 1) else min(len(concrete), 3)
    signals = story_signals(sents, key, weight, _extra_signals(sents, extra) if extra is not None else [], decisions)
    return Story(
        **base, decisions=decisions, key_decision=key, signals=signals, substance=len(concrete), refused=refused
    )


def build_stories(
    turns: list[Turn], analyses: Mapping[int, AnswerAnalysis] | None = None, *, phases: Phases | None = None
) -> list[Story]:
    """The stories of a transcript (every kind), with decisions and signals."""
    return read_transcript(turns, analyses, phases=phases).stories
