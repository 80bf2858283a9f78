"""One way to compare quoted words with what the candidate said, used everywhere.

The interviewer's probe check and the judge's evidence check both go through
:func:`canonical`: typographic quotes and apostrophes become ASCII, dashes and
ellipses are unified, runs of whitespace become one space, case is ignored.
:func:`locate` maps a quote back to the exact characters of the candidate's
turn, so saved evidence is always verbatim.  A quote that is not there word for
word may still be a close paraphrase of one sentence: :func:`nearest_sentence`
accepts it only above a high similarity.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

PARAPHRASE_SIMILARITY = 0.9
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
    }
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_EDGE = " \t\n\"'.,;:!?-\u2026"


def _fold_char(ch: str) -> str:
    ch = ch.translate(_FOLD)
    if ch == "\u2026":
        return "..."
    return ch.lower()


def canonical_map(text: str) -> tuple[str, list[int]]:
    """Canonical form of ``text`` and, per canonical character, its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for piece in folded:
            if piece.isspace():
                if not out or out[-1] == " ":
                    continue
                piece = " "
            out.append(piece)
            where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def canonical(text: str) -> str:
    """Text as compared: quotes and dashes folded, whitespace collapsed, lower case."""
    return canonical_map(text)[0]


def trim_quote(quote: str) -> str:
    """A quote without the quotation marks, ellipses and punctuation a model wraps it in."""
    return unicodedata.normalize("NFC", quote).strip().strip(_EDGE + "\u201c\u201d\u2018\u2019").strip()


def contains(text: str, quote: str) -> bool:
    """True when ``quote`` appears in ``text`` once both are canonical."""
    wanted = canonical(trim_quote(quote))
    return bool(wanted) and wanted in canonical(text)


def locate(quote: str, text: str) -> str | None:
    """The exact characters of ``text`` that ``quote`` matches canonically, else ``None``."""
    wanted = canonical(trim_quote(quote))
    if not wanted:
        return None
    folded, where = canonical_map(text)
    at = folded.find(wanted)
    if at < 0:
        return None
    start, end = where[at], where[at + len(wanted) - 1] + 1
    return text[start:end]


def sentences(text: str) -> list[str]:
    """Sentences (or lines) of a candidate turn, stripped, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def nearest_sentence(quote: str, text: str, threshold: float = PARAPHRASE_SIMILARITY) -> str | None:
    """The sentence of ``text`` most similar to ``quote`` when the similarity is at least ``threshold``.

    Similarity is difflib's ratio over canonical words, so reordered or swapped
    words cost more than a changed apostrophe; a quote that covers only part of a
    long sentence is compared with the best window of that sentence's words.
    """
    words = _WORD.findall(canonical(trim_quote(quote)))
    if len(words) < 3:
        return None
    best: tuple[float, str] | None = None
    for sentence in sentences(text):
        theirs = _WORD.findall(canonical(sentence))
        score = _best_window(words, theirs)
        if best is None or score > best[0]:
            best = (score, sentence)
    if best is None or best[0] < threshold:
        return None
    return best[1]


def _best_window(words: list[str], theirs: list[str]) -> float:
    size = len(words)
    if len(theirs) <= size + 2:
        return difflib.SequenceMatcher(None, words, theirs, autojunk=False).ratio()
    best = 0.0
    for start in range(0, len(theirs) - size + 1):
        window = theirs[start : start + size]
        best = max(best, difflib.SequenceMatcher(None, words, window, autojunk=False).ratio())
    return best
