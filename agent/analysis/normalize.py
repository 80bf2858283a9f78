"""Style normalisation before parsing, with a map back to the caller's original offsets.

Candidates type in lower case, drop apostrophes ("i didnt wait"), misspell the words the analysis
relies on ("becuase", "decied") and talk in fillers ("so, um, basically I, I just went with...").
``normalize(text)`` returns a cleaned text for the parser and the rules, plus ``to_original`` to turn
any span of the cleaned text back into offsets of ``text``, so quotes stay verbatim.

What changes, each a local edit of one word or filler:

* control and bidi characters become spaces (one for one);
* a standalone ``i`` becomes ``I``; apostrophe-less contractions get their apostrophe, taken from
  spaCy's own English tokenizer exceptions (``didnt`` -> ``didn't``; the ambiguous ``its``,
  ``were``, ``well``, ``ill``, ``wed``, ``shed`` are not in that table and stay as they are); ``its`` before an
  article, a possessive, "not", an adverb or a wh-word is ``it's`` ("its the vendors call"), ``id`` / ``wed`` are
  ``I'd`` / ``we'd`` only in a subject slot, and a rare word one slip from a modal is the modal right after a subject
  pronoun ("i wold still have");
* non-lexical fillers (``um``, ``uh``, ``erm``...) and comma-delimited discourse markers
  (``, you know,`` ``, I mean,`` ``, like,``) are dropped, and so is an immediately repeated word
  (``I I decided``, ``the, the deploy``);
* a misspelt word is corrected with symspellpy over its bundled English frequency dictionary, but
  only when it is safe: see ``speller.py``.

Run-on sentences are not split: measured on the style cases, the analyzer already gives every
clause of a run-on the same loci as the clean sentences (see bench/README.md).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from agent.analysis import repairs, shorthand, speller

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z]+")
_CORE = re.compile(r"^([\"'“‘(\[{]*)(.*?)([\"'”’)\]},.;:!?…]*)$", re.DOTALL)
_FILLERS: frozenset[str] = frozenset(
    {"um", "umm", "ummm", "uh", "uhh", "uhm", "erm", "er", "hmm", "hmmm", "mm", "ah", "uhhh"}
)
# Markers that are fillers only between commas (or opening a sentence before a comma).
_MARKERS = (("you", "know"), ("i", "mean"), ("like",))
_MARKER_HEADS = frozenset(m[0] for m in _MARKERS)
_KEEP_DOUBLED = frozenset({"had", "that", "is", "do", "very", "really", "far", "so", "bye", "no", "yeah"})
_SENTENCE_END = frozenset(".!?")
_APOSTROPHES = "'’"


@dataclass(frozen=True, slots=True)
class Edit:
    """One change: ``original[start:end]`` became ``replacement`` (``kind`` says why)."""

    start: int
    end: int
    replacement: str
    kind: str  # "case", "contraction", "spelling", "filler", "repeat", "shorthand"


@dataclass
class Normalized:
    """The cleaned ``text`` of ``original`` and the map between them."""

    original: str
    text: str
    edits: list[Edit] = field(default_factory=list)
    # Pieces of ``text`` in order: clean start, original start, original end, copied verbatim?
    _clean_at: list[int] = field(default_factory=list, repr=False)
    _orig_at: list[int] = field(default_factory=list, repr=False)
    _orig_end: list[int] = field(default_factory=list, repr=False)
    _same: list[bool] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        """True when offsets differ between ``text`` and ``original``."""
        return bool(self._clean_at)

    @property
    def same_offsets(self) -> bool:
        """True when every offset of ``text`` is the same offset in ``original`` (only same-length edits)."""
        return all(len(e.replacement) == e.end - e.start for e in self.edits)

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``text`` of the original span ``original[start:end]`` (the inverse of ``to_original``)."""
        if not self._clean_at:
            return start, end
        i = max(0, bisect_right(self._orig_at, start) - 1)
        s = self._clean_at[i] + (min(start, self._orig_end[i]) - self._orig_at[i] if self._same[i] else 0)
        if end <= start:
            return s, s
        j = max(0, bisect_right(self._orig_at, end - 1) - 1)
        piece_end = self._clean_at[j + 1] if j + 1 < len(self._clean_at) else len(self.text)
        e = self._clean_at[j] + min(end, self._orig_end[j]) - self._orig_at[j] if self._same[j] else piece_end
        return s, min(max(e, s), len(self.text))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``original`` of the cleaned span ``text[start:end]``.

        A span that starts or ends inside an edited word takes the whole original word; fillers
        dropped inside the span come back with it, so the quote is the candidate's own words.
        """
        if not self._clean_at:
            return start, end
        i = max(0, bisect_right(self._clean_at, start) - 1)
        s = self._orig_at[i] + (start - self._clean_at[i]) if self._same[i] else self._orig_at[i]
        if end <= start:
            return s, s
        j = max(0, bisect_right(self._clean_at, end - 1) - 1)
        e = self._orig_at[j] + (end - self._clean_at[j]) if self._same[j] else self._orig_end[j]
        return min(s, len(self.original)), min(max(e, s), len(self.original))


def normalize(text: str) -> Normalized:
    """Clean ``text`` for parsing (see the module docstring); offsets map back via ``to_original``."""
    base = UNSAFE.sub(" ", text)
    if not _needs_edits(base):
        return Normalized(original=text, text=base)
    edits = _merge(_edits(base))
    if not edits:
        return Normalized(original=text, text=base)
    return _apply(text, base, edits)


def _needs_edits(base: str) -> bool:
    """Fast screen: most answers have no filler, no bare contraction, no repeat and no fixable word."""
    words = _WORD.findall(base)
    if not words:
        return False
    unique = set(words)
    if "i" in unique:
        return True
    lowered = [w.lower() for w in words]
    low_unique = set(lowered)
    if not low_unique.isdisjoint(_FILLERS) or not low_unique.isdisjoint(speller.contraction_keys()):
        return True
    if not low_unique.isdisjoint(shorthand.SCREEN) and any(map(shorthand.listed, base.split())):
        return True
    if "its" in low_unique or not low_unique.isdisjoint(speller.modal_slips()):
        return True
    if ("," in base and not low_unique.isdisjoint(_MARKER_HEADS)) or repairs.SCREEN.search(base):
        return True
    if any(_correct(w) for w in low_unique - speller.known_words()):
        return True
    return any(a == b for a, b in itertools.pairwise(lowered))


def _apply(original: str, base: str, edits: list[Edit]) -> Normalized:
    out: list[str] = []
    clean_at, orig_at, orig_end, same = [], [], [], []
    at = pos = 0
    for e in edits:
        if e.start > pos:
            clean_at.append(at), orig_at.append(pos), orig_end.append(e.start), same.append(True)
            out.append(base[pos : e.start])
            at += e.start - pos
        if e.replacement:
            clean_at.append(at), orig_at.append(e.start), orig_end.append(e.end), same.append(False)
            out.append(e.replacement)
            at += len(e.replacement)
        pos = e.end
    if pos < len(base):
        clean_at.append(at), orig_at.append(pos), orig_end.append(len(base)), same.append(True)
        out.append(base[pos:])
    return Normalized(original, "".join(out), edits, clean_at, orig_at, orig_end, same)


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sort edits; an edit inside a deletion is dropped, overlapping deletions are joined."""
    edits.sort(key=lambda e: (e.start, -e.end))
    out: list[Edit] = []
    for e in edits:
        if out and e.start < out[-1].end:
            last = out[-1]
            if not last.replacement and not e.replacement:
                out[-1] = Edit(last.start, max(last.end, e.end), "", last.kind)
            elif not last.replacement:
                continue
            elif not e.replacement:
                out[-1] = Edit(last.start, max(last.end, e.end), "", e.kind)
            continue
        out.append(e)
    return out


@dataclass(slots=True)
class _Tok:
    start: int  # of the core word
    end: int
    word: str  # the core, punctuation stripped
    lead: str
    trail: str
    raw_start: int
    raw_end: int


def _tokens(base: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(base):
        raw = m.group()
        c = _CORE.match(raw)
        lead, core, trail = c.group(1), c.group(2), c.group(3)
        start = m.start() + len(lead)
        toks.append(_Tok(start, start + len(core), core, lead, trail, m.start(), m.end()))
    return toks


def _opens_sentence(toks: list[_Tok], i: int) -> bool:
    return i == 0 or any(ch in _SENTENCE_END for ch in toks[i - 1].trail) or toks[i].lead not in ("", "'", '"')


def _edits(base: str) -> list[Edit]:
    toks = _tokens(base)
    lows = [t.word.lower() for t in toks]
    edits = [Edit(s, e, r, "repair") for s, e, r in repairs.edits(base)]  # "I -- well, we -- chose"
    dropped: set[int] = set()
    n = len(toks)
    for i, low in enumerate(lows):
        if low in _FILLERS and not toks[i].lead:
            edits.append(_drop(toks, i, i, base))
            dropped.add(i)
        elif low in _MARKER_HEADS:
            for marker in _MARKERS:
                j = i + len(marker) - 1
                if j < n and lows[i : j + 1] == list(marker) and _delimited(toks, i, j):
                    edits.append(_drop(toks, i, j, base))
                    dropped.update(range(i, j + 1))
                    break
    known, bare = speller.known_words(), speller.contraction_keys()
    for i, tok in enumerate(toks):
        if i in dropped or not tok.word:
            continue
        low = lows[i]
        prev = _previous_kept(toks, i, dropped)
        if prev is not None and lows[prev] == low and _repeats(toks[prev], tok) and not (set(toks[prev].trail) - {","}):
            # "I I decided", "the, the deploy": keep the first, drop the repeat and what lies between.
            edits.append(Edit(toks[prev].end, tok.end, "", "repeat"))
            continue
        expanded = shorthand.expansion(tok.word, toks[i + 1].word if i + 1 < len(toks) and not tok.trail else "")
        if expanded is not None:
            edits.append(Edit(tok.start, tok.end, expanded, "shorthand"))  # "went w/ redis", "b/c the p99"
            continue
        if low == "its" and _before_its(toks, i):
            edits.append(Edit(tok.start, tok.end, _recase("it's", tok.word), "contraction"))
            continue
        if low in speller.modal_slips() and i > 0 and lows[i - 1] in _SUBJECT_PRONOUNS:
            edits.append(Edit(tok.start, tok.end, speller.modal_slips()[low], "spelling"))  # "i wold still have"
            continue
        if low in known and low not in bare and not (tok.word[0] == "i" and (len(low) == 1 or low[1] in _APOSTROPHES)):
            continue
        fixed = _word_edit(tok.word, toks, i)
        if fixed is not None and fixed[0] != tok.word:
            edits.append(Edit(tok.start, tok.end, fixed[0], fixed[1]))
    return edits


def _previous_kept(toks: list[_Tok], i: int, dropped: set[int]) -> int | None:
    j = i - 1
    while j >= 0 and j in dropped:
        j -= 1
    return j if j >= 0 else None


def _repeats(a: _Tok, b: _Tok) -> bool:
    low = b.word.lower()
    return (
        a.word.lower() == low
        and low.isalpha()
        and low not in _KEEP_DOUBLED
        and not b.lead
        and not any(ch in _SENTENCE_END for ch in a.trail)
    )


def _delimited(toks: list[_Tok], i: int, j: int) -> bool:
    """A marker between commas ("I just, you know, went"), or opening a sentence before a comma."""
    inner_clean = all(not toks[k].trail and not toks[k].lead for k in range(i, j)) and not toks[i].lead
    if not inner_clean or not toks[j].trail.startswith(","):
        return False
    return _opens_sentence(toks, i) or toks[i - 1].trail.endswith(",")


def _drop(toks: list[_Tok], i: int, j: int, base: str) -> Edit:
    """Delete tokens i..j with the punctuation that only framed them."""
    first, last = toks[i], toks[j]
    prev = toks[i - 1] if i > 0 else None
    comma_before = prev is not None and prev.trail.endswith(",")
    if comma_before and last.trail.startswith(","):
        return Edit(prev.raw_end - 1, last.end + 1, "", "filler")  # "director, uh, approved"
    if last.trail and not last.trail.startswith(","):
        # keep what ends the sentence: "we shipped it, um." -> "we shipped it."
        start = (prev.raw_end - (1 if comma_before else 0)) if prev is not None else first.raw_start
        return Edit(start, last.end, "", "filler")
    end = toks[j + 1].raw_start if j + 1 < len(toks) else len(base)
    return Edit(first.raw_start, end, "", "filler")  # "Um, so my director" -> "so my director"


def _word_edit(word: str, toks: list[_Tok], i: int) -> tuple[str, str] | None:
    if word == "i":
        return "I", "case"
    low = word.lower()
    if len(low) > 2 and low[0] == "i" and low[1] in _APOSTROPHES and word[0] == "i":
        return "I" + word[1:], "case"  # i'm, i've, i'd
    if not word.isascii() or not word.isalpha():
        return None
    written = speller.contraction(low)
    if written is not None and (not speller.ambiguous_contraction(low) or _subject_slot(toks, i)):
        return _recase(written, word), "contraction"
    if word[0].isupper() and not (word[1:].islower() and _opens_sentence(toks, i)):
        return None  # a name, an acronym or CamelCase: never corrected
    fixed = _correct(low)
    return (_recase(fixed, word), "spelling") if fixed else None


def _subject_slot(toks: list[_Tok], i: int) -> bool:
    """ "id", "wed" read as "I'd", "we'd" only where a subject goes: after a sentence end, a comma, a conjunction or a
    time phrase ("next time id page them"), or before what only follows a subject ("id have", "id rather")."""
    if i + 1 >= len(toks) or not toks[i + 1].word.isalpha():
        return False
    if _opens_sentence(toks, i) or toks[i - 1].trail.endswith(","):
        return True
    if toks[i + 1].word.lower() in _AFTER_SUBJECT and not toks[i - 1].trail:
        return toks[i - 1].word.lower() not in _BEFORE_NOUN
    return toks[i - 1].word.lower() in ("and", "but", "so", "then", "because", "if", "that", "time", "hindsight")


# Words that follow "I'd" and never a noun "id" ("id have", "id probably"); words that put a noun after them.
_AFTER_SUBJECT = frozenset("have rather probably still never also just definitely always likely honestly".split())
_BEFORE_NOUN = frozenset("the a an this that my your our their his her its each every any no some of per user".split())
# "its" before these is "it's": an article, a possessive, "not", or an adverb ("its the vendors call", "its not mine").
_AFTER_ITS = frozenset(
    "the a an my your our their his her not been just really only also still never always probably definitely "
    "actually what how why where when who".split()
)
_SUBJECT_PRONOUNS = frozenset("i we you he she they it who nobody someone".split())


def _before_its(toks: list[_Tok], i: int) -> bool:
    """ "its" typed for "it's": followed, in the same clause, by a word a possessive "its" never takes."""
    return not toks[i].trail and i + 1 < len(toks) and toks[i + 1].word.lower() in _AFTER_ITS


@lru_cache(maxsize=16384)
def _correct(low: str) -> str | None:
    return speller.correct(low)


def _recase(fixed: str, word: str) -> str:
    if word[0].isupper():
        return fixed[0].upper() + fixed[1:]
    return fixed
