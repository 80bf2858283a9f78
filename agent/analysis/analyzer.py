"""Public entry points: ``analyze``, ``analyze_many``, ``warmup``.

Offsets in every result index the caller's original text.  Control characters
are blanked one-for-one before parsing (so offsets stay valid) and very long
texts are parsed up to ``MAX_PARSE_CHARS`` only (the rest is kept in ``text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from agent.analysis import lemmas
from agent.analysis.events import Event
from agent.analysis.models import AnswerAnalysis, SentenceResult, Span, is_probe
from agent.analysis.nlp import get_nlp
from agent.analysis.sentence import scan, sentence_events, sentence_result, silent_result
from agent.analysis.speech_acts import asserts_nothing, sentence_act

MAX_PARSE_CHARS = 8000
BATCH_SIZE = 128
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_SENTENCE_CONTRAST = re.compile(r"^\W*(?:but|however|ultimately|in the end|at the end of the day|eventually|so in the end)\b", re.I)


def warmup() -> None:
    """Load the spaCy pipeline and the lemma tables now (idempotent, thread-safe; call it from a background thread)."""
    get_nlp()
    lemmas.warmup()


def prepare(text: str) -> str:
    """Same-length text that is safe to parse: controls blanked, cut at ``MAX_PARSE_CHARS``."""
    clean = _UNSAFE.sub(" ", text)
    if len(clean) > MAX_PARSE_CHARS:
        cut = clean.rfind(" ", MAX_PARSE_CHARS - 200, MAX_PARSE_CHARS)
        clean = clean[: cut if cut > 0 else MAX_PARSE_CHARS]
    return clean


def analyze(text: str) -> AnswerAnalysis:
    """Find each decision in ``text`` and where the candidate places it."""
    return analyze_many([text])[0]


def analyze_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[AnswerAnalysis]:
    """``analyze`` for many texts at once (batched through ``nlp.pipe``), in order."""
    return list(analyze_stream(texts, batch_size=batch_size))


def analyze_stream(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[AnswerAnalysis]:
    """Lazily analyse ``texts`` in order (single process: spaCy's worker pool was ~8x slower here)."""
    nlp = get_nlp()
    pairs = ((prepare(t), t) for t in (t if isinstance(t, str) else str(t) for t in texts))
    for doc, original in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _answer(original, doc) if doc.text.strip() else _empty(original)


def analyze_with_docs(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[tuple[AnswerAnalysis, object]]:
    """``analyze_many`` plus each text's spaCy ``Doc`` (the prepared text: offsets index the original)."""
    nlp = get_nlp()
    pairs = ((prepare(t), t) for t in (t if isinstance(t, str) else str(t) for t in texts))
    return [
        ((_answer(original, doc) if doc.text.strip() else _empty(original)), doc)
        for doc, original in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
    ]


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[object]:
    """The spaCy ``Doc`` the analyzer reads for each text, without re-running its rules (saved analyses)."""
    nlp = get_nlp()
    return list(nlp.pipe((prepare(t if isinstance(t, str) else str(t)) for t in texts), batch_size=batch_size))


def _empty(text: str) -> AnswerAnalysis:
    return AnswerAnalysis.model_construct(
        text=text, locus="none", probe=False, spans=[], sentences=[], main=None, analyzer="offline"
    )


def _answer(original: str, doc) -> AnswerAnalysis:
    sentences: list[SentenceResult] = []
    winners: list[tuple[tuple[int, int, int], Event]] = []
    spans: list[Span] = []
    whole = doc.text
    bounds, candidates = scan(doc)
    cursor = 0
    for start, end in bounds:
        sent = doc[start:end]
        text = whole[sent.start_char:sent.end_char]
        mine = []
        while cursor < len(candidates) and candidates[cursor] < sent.end:
            if candidates[cursor] >= sent.start:
                mine.append(candidates[cursor])
            cursor += 1
        if not text.strip():
            continue
        act = sentence_act(text)
        if act != "narration" or asserts_nothing(text):
            # A question to the interviewer, a sign-off or a yes/no question narrates no decision.
            result, top = silent_result(sent, original, act), None
        else:
            events = sentence_events(sent, text, mine)
            result, top = sentence_result(sent, events, original, mine)
        # The doc text is a same-length prefix of the original, so offsets carry over.
        sentences.append(result)
        spans.extend(result.spans)
        if top is not None:
            lead = 1 if _SENTENCE_CONTRAST.match(text) else 0
            winners.append(((max(lead, top.contrast), top.strength, top.pos), top))
    main_event = max(winners, key=lambda w: w[0])[1] if winners else None
    main = None
    if main_event is not None:
        main = next(
            (s for s in spans if s.start == main_event.start and s.end == main_event.end and s.locus == main_event.locus),
            None,
        )
    locus = main_event.locus if main_event else "none"
    return AnswerAnalysis.model_construct(
        text=original, analyzer="offline", locus=locus, probe=is_probe(locus), spans=spans, sentences=sentences, main=main,
    )
