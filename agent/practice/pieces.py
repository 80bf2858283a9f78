"""Story analysis that parses again only the sentences that changed since the last pause in typing.

Between two pauses in the workshop most of a story is unchanged, and parsing is most of the
analysis.  So the body is cut into sentences, each sentence is analysed with the sentence before
it (the analyzer reads who "they" or "the group" are there) and the first words of the one after
(the parser reads a few words on either side of each word) and kept by that text, and
the sentences are joined: spans and sentence results shifted to their place in the body, the
parses joined into one ``Doc`` that the story reader and the scorer read as if the body had been
parsed whole.  Typing in one sentence parses that sentence and the one after it again (and the one
before, when the edit is in the first words).

The join can differ from a whole-body analysis where a parse depends on more than one sentence of
context, and in the answer's main decision, which is chosen among the sentences' own by a contrast
opening ("but", "in the end") and position, without the analyzer's strength of each cue (the main
decision steers the story's key decision only when the story narrates no decision of the speaker's).
``tests/practice/test_pieces.py`` measures the agreement on stories written for it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from agent.analysis import AnswerAnalysis, SentenceResult, Span, analyze_with_docs, is_probe

# A sentence ends after its closing punctuation (and any closing quote or bracket) and the space after it,
# or at a blank line (a heading, a list item and a paragraph without a full stop end there too).
_END = re.compile(r"[.!?…]+[\"'”’)\]]*[ \t]+(?=\S)|[.!?…]+[\"'”’)\]]*[ \t]*\n\s*|\n[ \t]*\n\s*")
_CONTRAST = re.compile(r"\W*(?:but|however|ultimately|in the end|at the end of the day|eventually)\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")
# The parser reads a few words on either side of each one, so a sentence parsed alone can come out differently
# ("... and I told the channel why." lost its clause without the words after it): this many words of the next
# sentence go with it.
AFTER_WORDS = 8
CACHE_PIECES = 2048  # sentences kept (a 300-word story has ~20; earlier tellings and other stories stay warm)


def pieces(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``body``; together they cover it exactly, in order."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(body):
        if m.end() > start:
            bounds.append((start, m.end()))
            start = m.end()
    if start < len(body):
        bounds.append((start, len(body)))
    return bounds


@dataclass(frozen=True)
class Piece:
    """One sentence's analysis, offsets relative to the sentence, and its parse as a ``Doc`` of its own."""

    spans: list[Span]
    sentences: list[SentenceResult]
    main: Span | None
    main_sentence: int  # where the main decision's sentence starts (for its contrast opening)
    doc: object
    chars: int  # len(doc.text), read once (Doc.text joins every token each time it is read)


def _span(s: Span, shift: int) -> Span:
    return Span.model_construct(start=s.start + shift, end=s.end + shift, text=s.text, locus=s.locus, cue=s.cue)


def _sentence(s: SentenceResult, shift: int, text: str) -> SentenceResult:
    start, end = max(0, s.start + shift), min(len(text), s.end + shift)
    return s.model_copy(
        update={
            "start": start,
            "end": end,
            "text": text[start:end],
            "spans": [_span(x, shift) for x in s.spans if x.start + shift >= 0 and x.end + shift <= len(text)],
        }
    )


def _piece(text: str, start: int, end: int, analysis: AnswerAnalysis, doc) -> Piece:
    """The part of ``analysis`` (of the sentence with its context) that lies in the sentence ``text[start:end]``."""
    own = text[start:end]
    sentences = [_sentence(s, -start, own) for s in analysis.sentences if s.end > start and s.start < end]
    main = analysis.main
    if main is not None and not (start <= main.start and main.end <= end):
        main = None
    home = next((s for s in sentences if main is not None and s.start <= main.start - start < s.end), None)
    if (start, end) != (0, len(text)):
        span = doc.char_span(start, end, alignment_mode="expand")
        doc = span.as_doc() if span is not None else None
    return Piece(
        spans=[_span(s, -start) for s in analysis.spans if start <= s.start and s.end <= end],
        sentences=sentences,
        main=_span(main, -start) if main is not None else None,
        main_sentence=home.start if home is not None else 0,
        doc=doc,
        chars=len(doc.text) if doc is not None else -1,
    )


class PieceCache:
    """The :class:`Piece` of recently seen sentences, by their text and context (bounded; thread-safe)."""

    def __init__(self, size: int = CACHE_PIECES) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, int, int], Piece] = OrderedDict()
        self._lock = threading.Lock()
        self.parsed = 0  # sentences analysed so far (tests and the bench read it)

    def analyse(self, keys: list[tuple[str, int, int]]) -> list[Piece]:
        """``keys``: ``(context before + sentence + context after, sentence start, sentence end)``."""
        with self._lock:
            found = {k: self._items[k] for k in keys if k in self._items}
            for k in found:
                self._items.move_to_end(k)
        todo = list(dict.fromkeys(k for k in keys if k not in found))
        if todo:
            results = analyze_with_docs([text for text, _, _ in todo])
            fresh = {k: _piece(*k, a, doc) for k, (a, doc) in zip(todo, results, strict=True)}
            with self._lock:
                self.parsed += len(todo)
                self._items.update(fresh)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
            found.update(fresh)
        return [found[k] for k in keys]


def _keys(body: str, bounds: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Each sentence with the whole sentence before it and the first words of the one after."""
    out = []
    for i, (a, b) in enumerate(bounds):
        left = bounds[i - 1][0] if i else a
        right = b
        if i + 1 < len(bounds):
            words = _WORD.finditer(body, b, bounds[i + 1][1])
            right = next((m.end() for n, m in enumerate(words, start=1) if n == AFTER_WORDS), bounds[i + 1][1])
        out.append((body[left:right], a - left, b - left))
    return out


_cache = PieceCache()


def analyse_body(body: str, cache: PieceCache | None = None) -> tuple[AnswerAnalysis, object]:
    """The analysis of ``body`` and one ``Doc`` for it whose offsets index ``body`` (as ``analyze_with_docs``)."""
    from spacy.tokens import Doc

    cache = cache or _cache
    bounds = pieces(body)
    if not body.strip():
        return analyze_with_docs([body])[0]
    parts = cache.analyse(_keys(body, bounds))
    if any(p.doc is None or p.chars != b - a for p, (a, b) in zip(parts, bounds, strict=True)):
        return analyze_with_docs([body])[0]  # a sentence longer than the analyzer parses: read the body whole
    spans: list[Span] = []
    sentences: list[SentenceResult] = []
    mains: list[tuple[int, Span]] = []
    for (a, _), part in zip(bounds, parts, strict=True):
        spans += [_span(s, a) for s in part.spans]
        sentences += [_sentence(s, a, body) for s in part.sentences]
        if part.main is not None:
            mains.append((a + part.main_sentence, _span(part.main, a)))
    # The answer's main decision: a contrast-led sentence's first, then the later one.
    main = max(mains, key=lambda m: (bool(_CONTRAST.match(body, m[0])), m[1].start))[1] if mains else None
    joined = AnswerAnalysis.model_construct(
        text=body,
        analyzer="offline",
        locus=main.locus if main else "none",
        probe=is_probe(main.locus) if main else False,
        spans=spans,
        sentences=sentences,
        main=main,
    )
    docs = [p.doc for p in parts]
    return joined, Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"]) if len(docs) > 1 else docs[0]
