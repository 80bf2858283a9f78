"""Public entry points: ``analyze``, ``analyze_many``, ``warmup``.

Offsets in every result index the caller's original text.  Very long texts are
parsed up to ``MAX_PARSE_CHARS`` only (the rest is kept in ``text``); what is parsed
is the ``normalize``d text (controls blanked, contractions, spelling, fillers), and
every span and sentence is mapped back to the original in ``_answer``.
"""

from __future__ import annotations

import gc
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from agent.analysis import cues, lemmas, runs, speller
from agent.analysis.events import Event
from agent.analysis.learned import arbiter
from agent.analysis.models import AnswerAnalysis, SentenceResult, Span, is_probe
from agent.analysis.nlp import get_nlp
from agent.analysis.normalize import UNSAFE, Normalized, normalize
from agent.analysis.sentence import scan, sentence_events, sentence_result, silent_result
from agent.analysis.speech_acts import asserts_nothing, sentence_act

MAX_PARSE_CHARS = 8000
BATCH_SIZE = 128
# A batch of texts parsed together also stops at this many characters: spaCy's working arrays grow with the
# whole batch, so 128 pasted long answers at once took hundreds of MB (results do not depend on batching).
BATCH_CHARS = 20_000
CACHE_DOCS = 32  # recent parses kept for the scorer / story reader (bounded; see _Parses)
_SENTENCE_CONTRAST = re.compile(
    r"^\W*(?:but|however|ultimately|in the end|at the end of the day|eventually|so in the end)\b", re.I
)


def warmup() -> None:
    """Load the spaCy pipeline, the lemma tables and the speller now (idempotent, thread-safe; call it from a background thread).

    Then everything loaded so far is moved out of the garbage collector's sight (``gc.freeze``): those
    tables live as long as the process, and a full collection walking them cost a turn ~0.1 s now and then
    (and in ``locus analyze``'s forked workers it would copy their pages)."""
    global _frozen
    get_nlp()
    lemmas.warmup()
    speller.load()
    cues.build_filters()
    if not _frozen:  # once: a later call would also freeze whatever the app has made since
        _frozen = True
        gc.freeze()


_frozen = False


def prepare(text: str) -> Normalized:
    """The text to parse: cut at ``MAX_PARSE_CHARS`` (at a space), stretches of marks blanked and long unbroken runs
    broken (``runs``: same length), then normalised."""
    if len(text) > MAX_PARSE_CHARS:
        cut = UNSAFE.sub(" ", text).rfind(" ", MAX_PARSE_CHARS - 200, MAX_PARSE_CHARS)
        text = text[: cut if cut > 0 else MAX_PARSE_CHARS]
    return normalize(runs.break_runs(runs.blank_marks(text)))


def _parse(texts: list[str], batch_size: int) -> Iterator[object]:
    """spaCy's parse of each text, in order; a text with long blank stretches goes in tokenized, with its sentence
    starts around them marked (``runs.sentence_breaks``)."""
    nlp = get_nlp()
    inputs: list = []
    for text in texts:
        stretches = runs.blank_stretches(text)
        if stretches:
            doc = nlp.make_doc(text)
            runs.sentence_breaks(doc, stretches)
            inputs.append(doc)
        else:
            inputs.append(text)
    # One text is parsed by a direct call (the same parse, without nlp.pipe's batching machinery: ~0.5 ms less).
    return iter([nlp(inputs[0])] if len(inputs) == 1 else nlp.pipe(inputs, batch_size=batch_size))


def analyze(text: str) -> AnswerAnalysis:
    """Find each decision in ``text`` and where the candidate places it."""
    return analyze_many([text])[0]


def analyze_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[AnswerAnalysis]:
    """``analyze`` for many texts at once (batched through ``nlp.pipe``), in order."""
    return list(analyze_stream(texts, batch_size=batch_size))


def analyze_stream(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[AnswerAnalysis]:
    """Lazily analyse ``texts`` in order (single process: spaCy's worker pool was ~8x slower here)."""
    for original, norm, doc in _parsed(texts_of(texts), batch_size):
        yield _answer(original, doc, norm) if norm.text.strip() else _empty(original)


def analyze_with_docs(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[tuple[AnswerAnalysis, object]]:
    """``analyze_many`` plus a spaCy ``Doc`` per text whose char offsets index the original text.

    The doc is the analyzer's own parse when normalising moved no offset (the usual case: "i" -> "I",
    "becuase" -> "because"); when it did ("didnt" -> "didn't", a dropped filler), the original text is
    parsed once more for it.  ``doc.user_data["normalized"]`` is the ``Normalized`` text the analysis read.
    Docs are shared with recent calls on the same text: read them, never change them.
    """
    results, parsed = [], []
    for original, norm, doc in _parsed(texts_of(texts), batch_size):
        results.append(_answer(original, doc, norm) if norm.text.strip() else _empty(original))
        parsed.append((original, norm, doc))
    return list(zip(results, _offset_docs(parsed, batch_size), strict=False))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[object]:
    """The ``Doc`` the analyzer reads for each text (saved analyses), as in ``analyze_with_docs``."""
    return _offset_docs(list(_parsed(texts_of(texts), batch_size)), batch_size)


def analyze_with_clean_docs(
    texts: Iterable[str], batch_size: int = BATCH_SIZE
) -> list[tuple[AnswerAnalysis, Normalized, object]]:
    """``analyze_many`` plus what the analysis read: the ``Normalized`` text and its parse (offsets index ``norm.text``).

    For readers that want the cleaned words ("didn't", "because", no fillers) and map what they find back with
    ``norm.to_original``; no text is parsed twice.  Docs are shared with recent calls: read them, never change them.
    """
    return [
        (_answer(original, doc, norm) if norm.text.strip() else _empty(original), norm, doc)
        for original, norm, doc in _parsed(texts_of(texts), batch_size)
    ]


def parse_clean_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[tuple[Normalized, object]]:
    """The ``Normalized`` text and its parse for each text (saved analyses), as in ``analyze_with_clean_docs``."""
    return [(norm, doc) for _, norm, doc in _parsed(texts_of(texts), batch_size)]


def texts_of(texts: Iterable[object]) -> Iterator[str]:
    return (t if isinstance(t, str) else str(t) for t in texts)


class _Parses:
    """The last ``CACHE_DOCS`` parses by original text, so the story reader and scorer re-use the parse the
    interview (or the workshop) made of the same answer instead of parsing it again.  Thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, list] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> list | None:
        with self._lock:
            item = self._items.get(text)
            if item is not None:
                self._items.move_to_end(text)
            return item

    def put(self, text: str, item: list) -> None:
        with self._lock:
            self._items[text] = item
            self._items.move_to_end(text)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_parses = _Parses(CACHE_DOCS)


def forget_parses() -> None:
    """Drop the recent parses (benchmarks that repeat the same answers, tests that compare fresh parses)."""
    _parses.clear()


def _parsed(texts: Iterable[str], batch_size: int) -> Iterator[tuple[str, Normalized, object]]:
    """``(original, normalized, doc)`` per text, in order: from the cache, or parsed in bounded batches."""
    for batch in _bounded(texts, len, batch_size):
        yield from _parse_batch(batch, batch_size)


def _bounded(items: Iterable, size, batch_size: int) -> Iterator[list]:
    """``items`` in lists of at most ``batch_size`` items and (but for a single long item) ``BATCH_CHARS`` characters."""
    batch: list = []
    chars = 0
    for item in items:
        if batch and chars + size(item) > BATCH_CHARS:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size(item)
        if len(batch) >= batch_size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _parse_batch(batch: list[str], batch_size: int) -> Iterator[tuple[str, Normalized, object]]:
    found = [_parses.get(text) for text in batch]
    todo = [prepare(text) for text, hit in zip(batch, found, strict=False) if hit is None]
    docs = _parse([norm.text for norm in todo], batch_size)
    fresh = iter(todo)
    for text, hit in zip(batch, found, strict=False):
        if hit is None:
            norm = next(fresh)
            doc = next(docs)
            doc.user_data["normalized"] = norm
            hit = [norm, doc, doc if norm.same_offsets else None]
            _parses.put(text, hit)
        yield text, hit[0], hit[1]


def _offset_docs(parsed: list[tuple[str, Normalized, object]], batch_size: int) -> list[object]:
    """Each text's doc with original offsets: the analyzer's parse, or (when normalising moved offsets) the original parsed."""
    items = [_parses.get(text) or [norm, doc, doc if norm.same_offsets else None] for text, norm, doc in parsed]
    redo = [n for n, item in enumerate(items) if item[2] is None]
    for part in _bounded(redo, lambda n: len(items[n][0].original), batch_size):
        plain = [UNSAFE.sub(" ", items[n][0].original) for n in part]  # the cut text, runs broken, as parsed
        for n, doc in zip(part, _parse(plain, batch_size), strict=False):
            doc.user_data["normalized"] = items[n][0]
            items[n][2] = doc
    return [item[2] for item in items]


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
    whole = norm.text if norm is not None else doc.text  # the same string: spaCy's Doc.text re-joins every token
    bounds, candidates = scan(doc)
    cursor = 0
    for start, end in bounds:
        sent = doc[start:end]
        text = whole[sent.start_char : sent.end_char]
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
            events = arbiter.revise(sent, sentence_events(sent, text, mine))
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
            (
                s
                for s in spans
                if s.start == main_event.start and s.end == main_event.end and s.locus == main_event.locus
            ),
            None,
        )
    locus = main_event.locus if main_event else "none"
    return AnswerAnalysis.model_construct(
        text=original,
        analyzer="offline",
        locus=locus,
        probe=is_probe(locus),
        spans=spans,
        sentences=sentences,
        main=main,
    )
