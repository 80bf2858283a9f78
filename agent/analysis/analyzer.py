"""Public entry points: ``analyze``, ``analyze_many``, ``warmup``.

Offsets in every result index the caller's original text.  Very long texts are
parsed up to ``MAX_PARSE_CHARS`` only (the rest is kept in ``text``); what is parsed
is the ``normalize``d text (controls blanked, contractions, spelling, fillers), and
every span and sentence is mapped back to the original in ``_answer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from agent.analysis import lemmas, speller
from agent.analysis.events import Event
from agent.analysis.models import AnswerAnalysis, SentenceResult, Span, is_probe
from agent.analysis.nlp import get_nlp
from agent.analysis.normalize import UNSAFE, Normalized, normalize
from agent.analysis.sentence import scan, sentence_events, sentence_result, silent_result
from agent.analysis.speech_acts import asserts_nothing, sentence_act

MAX_PARSE_CHARS = 8000
BATCH_SIZE = 128
_SENTENCE_CONTRAST = re.compile(r"^\W*(?:but|however|ultimately|in the end|at the end of the day|eventually|so in the end)\b", re.I)


def warmup() -> None:
    """Load the spaCy pipeline, the lemma tables and the speller now (idempotent, thread-safe; call it from a background thread)."""
    get_nlp()
    lemmas.warmup()
    speller.load()


_RUN = re.compile(r"\S{64}")


def _break_runs(text: str) -> str:
    """Same-length text with a space in every 64 characters of an unbroken run ("!?;!?;...", a pasted blob):
    spaCy's tokenizer takes time quadratic in the length of one whitespace-free chunk."""
    return _RUN.sub(lambda m: m.group(0)[:-1] + " ", text) if len(text) >= 64 else text


def prepare(text: str) -> Normalized:
    """The text to parse: cut at ``MAX_PARSE_CHARS`` (at a space), long unbroken runs broken, then normalised."""
    if len(text) > MAX_PARSE_CHARS:
        cut = UNSAFE.sub(" ", text).rfind(" ", MAX_PARSE_CHARS - 200, MAX_PARSE_CHARS)
        text = text[: cut if cut > 0 else MAX_PARSE_CHARS]
    return normalize(_break_runs(text))


def analyze(text: str) -> AnswerAnalysis:
    """Find each decision in ``text`` and where the candidate places it."""
    return analyze_many([text])[0]


def analyze_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[AnswerAnalysis]:
    """``analyze`` for many texts at once (batched through ``nlp.pipe``), in order."""
    return list(analyze_stream(texts, batch_size=batch_size))


def analyze_stream(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[AnswerAnalysis]:
    """Lazily analyse ``texts`` in order (single process: spaCy's worker pool was ~8x slower here)."""
    nlp = get_nlp()
    pairs = _prepared(texts_of(texts))
    for doc, (original, norm) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _answer(original, doc, norm) if doc.text.strip() else _empty(original)


def _prepared(texts: Iterable[str]) -> Iterator[tuple[str, tuple[str, Normalized]]]:
    for text in texts:
        norm = prepare(text)
        yield norm.text, (text, norm)


def analyze_with_docs(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[tuple[AnswerAnalysis, object]]:
    """``analyze_many`` plus a spaCy ``Doc`` per text whose char offsets index the original text.

    The doc is the analyzer's own parse when normalising moved no offset (the usual case: "i" -> "I",
    "becuase" -> "because"); when it did ("didnt" -> "didn't", a dropped filler), the original text is
    parsed once more for it.  ``doc.user_data["normalized"]`` is the ``Normalized`` text the analysis read.
    """
    nlp = get_nlp()
    results, pairs = [], []
    for doc, (original, norm) in nlp.pipe(_prepared(texts_of(texts)), as_tuples=True, batch_size=batch_size):
        results.append(_answer(original, doc, norm) if doc.text.strip() else _empty(original))
        pairs.append((doc, norm))
    return list(zip(results, _offset_docs(pairs, batch_size)))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[object]:
    """The ``Doc`` the analyzer reads for each text (saved analyses), as in ``analyze_with_docs``."""
    norms = [prepare(t) for t in texts_of(texts)]
    docs = get_nlp().pipe((n.text for n in norms), batch_size=batch_size)
    return _offset_docs(list(zip(docs, norms)), batch_size)


def texts_of(texts: Iterable[object]) -> Iterator[str]:
    return (t if isinstance(t, str) else str(t) for t in texts)


def _offset_docs(pairs: list[tuple[object, Normalized]], batch_size: int) -> list[object]:
    docs = []
    redo = []
    for n, (doc, norm) in enumerate(pairs):
        doc.user_data["normalized"] = norm
        docs.append(doc)
        if not norm.same_offsets:
            redo.append(n)
    if redo:
        plain = (UNSAFE.sub(" ", pairs[n][1].original) for n in redo)
        for n, doc in zip(redo, get_nlp().pipe(plain, batch_size=batch_size)):
            doc.user_data["normalized"] = pairs[n][1]
            docs[n] = doc
    return docs


def _empty(text: str) -> AnswerAnalysis:
    return AnswerAnalysis.model_construct(
        text=text, locus="none", probe=False, spans=[], sentences=[], main=None, analyzer="offline"
    )


def _answer(original: str, doc, norm: Normalized | None = None) -> AnswerAnalysis:
    """The verdict for ``original``, parsed as ``doc`` (the text of ``norm``; without ``norm``, a same-length copy)."""
    remap = norm is not None and norm.changed
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
            if remap:  # the one place parse offsets go back to the caller's text
                for e in events:
                    e.start, e.end = norm.to_original(e.start, e.end)
            result, top = sentence_result(sent, events, original, mine)
        if remap:
            first, last = norm.to_original(sent.start_char, sent.end_char)
            result = result.model_copy(update={"start": first, "end": last, "text": original[first:last]})
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
