"""Regular expressions whose matching time is bounded, for patterns we did not write.

Rubric cue patterns come from rubric authors and run on candidate answers, so a
pattern such as ``(a|aa)+$`` must never be able to hang the scorer.  Two engines:

* **RE2** (``google-re2``) for every pattern whose syntax it accepts.  RE2 runs in
  time linear in the text, whatever the pattern, so these patterns need no time
  limit and give the same answer on a slow or busy machine.
* **regex** (the ``regex`` module) only for what RE2 cannot express: look-around
  (``(?!wait)``), back-references, atomic groups, possessive repeats, ``\\Z``.
  It backtracks, so every call gets a time limit (``MATCH_TIMEOUT_S``) and raises
  :class:`PatternTimeout` when it is reached; nested unbounded repeats such as
  ``(a+)+`` are refused up front for this engine.

Why this split rather than one engine: RE2 alone would refuse the look-ahead
patterns real rubrics use (``\\brather than (?!wait)``); ``regex`` alone would make
every pattern's result depend on a timer.  With both, the common case is
deterministic and linear, and the rest is bounded.

Both engines run with the same meaning: case-insensitive, and ``\\w``, ``\\b``,
``\\d``, ``\\s`` are ASCII classes as in RE2 (use ``\\p{L}`` for any letter).  Only
the whole match is reported (no groups), which keeps RE2 on its fastest path.
Text with lone surrogates (which RE2 cannot encode) is matched with each one
replaced by U+FFFD, so offsets stay the same.  Both engines notice Ctrl-C.
"""

from __future__ import annotations

import re
import re._parser as _re_parser  # only to compute a pattern's minimum width
from collections.abc import Iterator
from typing import Literal, NamedTuple

import re2
import regex
from re2 import _re2  # the RE2 binding itself: one encode per text, no per-call wrapper work

MATCH_TIMEOUT_S = 0.25
Engine = Literal["re2", "regex"]

# RE2 refuses these constructs for syntax reasons only: the regex engine may run them.
_SYNTAX_ONLY = ("invalid perl operator", "invalid escape sequence", "bad repetition operator", "invalid named capture")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INNERMOST_GROUP = re.compile(r"\(([^()]*)\)(?:[+*]|\{\d*,\})")
_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_ESCAPE = re.compile(r"\\.")
_UNBOUNDED = re.compile(r"[+*]|\{\d*,\}")
# Texts on which a pattern the width check cannot read is tried for zero-length matches.
_EMPTY_PROBES = ("", " ", "a", "I decided to roll back the release, and it worked.", "x\ny\t1.5; ok?")


class PatternError(ValueError):
    """A pattern that cannot be compiled, or that neither engine can run safely."""


class PatternTimeout(RuntimeError):
    """A backtracking-engine match took longer than its time limit."""

    def __init__(self, pattern: str, seconds: float) -> None:
        super().__init__(f"pattern {pattern!r} took over {seconds:g} s on one text and was stopped")
        self.pattern = pattern
        self.seconds = seconds


class Found(NamedTuple):
    """Where a pattern matched; the methods mirror ``re.Match`` for the whole match."""

    string: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("bounded patterns report only the whole match (group 0)")
        return self.string[self.begin : self.finish]


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.never_capture = True
    return options


_RE2_OPTIONS = _re2_options()
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_RE2_ANCHORS = {"search": _UNANCHORED, "match": _re2.RE2.Anchor.ANCHOR_START}
_REGEX_FLAGS = regex.IGNORECASE | regex.ASCII | regex.VERSION0


def nested_quantifier(pattern: str) -> bool:
    """True for an unboundedly repeated group that itself repeats unboundedly, like ``(a+)+``."""
    flat = _CHAR_CLASS.sub("C", _ESCAPE.sub("E", pattern))
    return any(_UNBOUNDED.search(m.group(1)) for m in _INNERMOST_GROUP.finditer(flat))


class BoundedPattern:
    """A compiled pattern with ``search``/``match``/``finditer`` that cannot run unbounded."""

    __slots__ = ("_compiled", "engine", "pattern", "timeout")

    def __init__(self, pattern: str, engine: Engine, compiled: object, timeout: float) -> None:
        self.pattern = pattern
        self.engine: Engine = engine
        self.timeout = timeout
        self._compiled = compiled

    def __repr__(self) -> str:
        return f"BoundedPattern({self.pattern!r}, engine={self.engine!r})"

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """The first match at or after ``pos``, or ``None``; may raise :class:`PatternTimeout`."""
        if self.engine == "re2" and pos == 0 and endpos is None:  # the scorer's hot path, kept short
            data, is_ascii = _utf8(text)
            if is_ascii:
                start, stop = self._compiled.Match(_UNANCHORED, data, 0, len(data))[0]
                return None if start < 0 else Found(text, start, stop)
        return self._run("search", text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """A match starting exactly at ``pos``, or ``None``."""
        return self._run("match", text, pos, endpos)

    def finditer(self, text: str) -> Iterator[Found]:
        """Every non-overlapping match, left to right (on ``regex`` the whole scan shares one time limit)."""
        if self.engine == "re2":
            yield from self._finditer_re2(text)
            return
        try:
            for m in self._compiled.finditer(text, timeout=self.timeout):
                yield Found(text, m.start(), m.end())
        except TimeoutError:
            raise PatternTimeout(self.pattern, self.timeout) from None

    def can_match_empty(self) -> bool:
        """True when the pattern can succeed without consuming a character (``''``, ``a*``, ``\\b``)."""
        try:
            return _re_parser.parse(self.pattern, re.IGNORECASE).getwidth()[0] == 0
        except (re.error, OverflowError, RecursionError):  # syntax Python's re lacks, e.g. \p{L}
            pass
        return any(any(f.begin == f.finish for f in self.finditer(probe)) for probe in _EMPTY_PROBES)

    def _run(self, how: str, text: str, pos: int, endpos: int | None) -> Found | None:
        size = len(text)
        pos = max(0, min(pos, size))
        end = size if endpos is None else max(pos, min(endpos, size))
        if self.engine == "re2":
            return self._run_re2(_RE2_ANCHORS[how], text, pos, end)
        try:
            m = getattr(self._compiled, how)(text, pos, end, timeout=self.timeout)
        except TimeoutError:
            raise PatternTimeout(self.pattern, self.timeout) from None
        return None if m is None else Found(text, m.start(), m.end())

    def _run_re2(self, anchor: object, text: str, pos: int, end: int) -> Found | None:
        """Match on UTF-8 bytes (encoded once per text, see ``_utf8``), offsets mapped back to characters."""
        data, is_ascii = _utf8(text)
        if is_ascii:
            start, stop = self._compiled.Match(anchor, data, pos, end)[0]
            return None if start < 0 else Found(text, start, stop)
        byte_pos = _re2.CharLenToBytes(data, 0, pos)
        byte_end = byte_pos + _re2.CharLenToBytes(data, byte_pos, end - pos)
        start, stop = self._compiled.Match(anchor, data, byte_pos, byte_end)[0]
        if start < 0:
            return None
        first = pos + _re2.BytesToCharLen(data, byte_pos, start)
        return Found(text, first, first + _re2.BytesToCharLen(data, start, stop))

    def _finditer_re2(self, text: str) -> Iterator[Found]:
        """Walk the UTF-8 bytes once, converting each match's offsets from where the last one ended."""
        data, is_ascii = _utf8(text)
        anchor, size = _RE2_ANCHORS["search"], len(data)
        byte_pos, char_pos = 0, 0
        while byte_pos <= size:
            start, stop = self._compiled.Match(anchor, data, byte_pos, size)[0]
            if start < 0:
                return
            first = char_pos + (start - byte_pos if is_ascii else _re2.BytesToCharLen(data, byte_pos, start))
            last = first + (stop - start if is_ascii else _re2.BytesToCharLen(data, start, stop))
            yield Found(text, first, last)
            if stop == start:  # an empty match: step over one character
                step = 1 if is_ascii or stop >= size else _re2.CharLenToBytes(data, stop, 1)
                byte_pos, char_pos = stop + step, last + 1
            else:
                byte_pos, char_pos = stop, last


# The scorer runs many patterns over the same sentence (and over a whole answer): encode it once.
_last_encoded: tuple[str, bytes, bool] = ("", b"", True)


def _utf8(text: str) -> tuple[bytes, bool]:
    """``text`` as UTF-8 (lone surrogates as U+FFFD) and whether it is ASCII; the last text is cached."""
    global _last_encoded
    cached = _last_encoded
    if cached[0] is text:
        return cached[1], cached[2]
    is_ascii = text.isascii()
    data = text.encode("ascii") if is_ascii else _SURROGATE.sub("\ufffd", text).encode("utf-8")
    _last_encoded = (text, data, is_ascii)
    return data, is_ascii


def compile_bounded(pattern: str, timeout: float = MATCH_TIMEOUT_S) -> BoundedPattern:
    """Compile ``pattern`` (case-insensitive) on RE2, or on ``regex`` if only RE2's syntax stands in the way.

    Raises :class:`PatternError` with a readable reason.
    """
    if _SURROGATE.search(pattern):
        raise PatternError("pattern contains a lone surrogate code point")
    compiled = _re2.RE2(pattern.encode("utf-8"), _RE2_OPTIONS)
    if compiled.ok():
        return BoundedPattern(pattern, "re2", compiled, timeout)
    raw = compiled.error()
    reason = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    if not reason.startswith(_SYNTAX_ONLY):
        if "too large" in reason or "repetition size" in reason:
            raise PatternError(
                f"pattern {pattern!r} is too large to run safely ({reason}); repeat counts go up to 1000"
            ) from None
        raise PatternError(f"bad regular expression {pattern!r}: {reason}") from None
    try:
        compiled = regex.compile(pattern, _REGEX_FLAGS)
    except regex.error as exc:
        where = f" (at position {exc.pos})" if exc.pos is not None else ""
        raise PatternError(f"bad regular expression {pattern!r}: {exc.msg}{where}") from None
    if nested_quantifier(pattern):
        raise PatternError(
            f"pattern {pattern!r} nests quantifiers like (a+)+ and uses look-around or back-references, "
            "which only a backtracking engine runs: it could hang on long answers"
        )
    return BoundedPattern(pattern, "regex", compiled, timeout)
