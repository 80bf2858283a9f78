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
from dataclasses import dataclass
from typing import Literal

import re2
import regex

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


@dataclass(frozen=True, slots=True)
class Found:
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
        return self.string[self.begin:self.finish]


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.never_capture = True
    return options


_RE2_OPTIONS = _re2_options()
_REGEX_FLAGS = regex.IGNORECASE | regex.ASCII | regex.VERSION0


def nested_quantifier(pattern: str) -> bool:
    """True for an unboundedly repeated group that itself repeats unboundedly, like ``(a+)+``."""
    flat = _CHAR_CLASS.sub("C", _ESCAPE.sub("E", pattern))
    return any(_UNBOUNDED.search(m.group(1)) for m in _INNERMOST_GROUP.finditer(flat))


class BoundedPattern:
    """A compiled pattern with ``search``/``match``/``finditer`` that cannot run unbounded."""

    __slots__ = ("pattern", "engine", "timeout", "_compiled")

    def __init__(self, pattern: str, engine: Engine, compiled: object, timeout: float) -> None:
        self.pattern = pattern
        self.engine: Engine = engine
        self.timeout = timeout
        self._compiled = compiled

    def __repr__(self) -> str:
        return f"BoundedPattern({self.pattern!r}, engine={self.engine!r})"

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """The first match at or after ``pos``, or ``None``; may raise :class:`PatternTimeout`."""
        return self._run("search", text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """A match starting exactly at ``pos``, or ``None``."""
        return self._run("match", text, pos, endpos)

    def finditer(self, text: str) -> Iterator[Found]:
        """Every non-overlapping match, left to right (the whole scan is bounded like one ``search``)."""
        if self.engine == "re2":
            subject = text if text.isascii() else _SURROGATE.sub("\ufffd", text)
            for m in self._compiled.finditer(subject):
                yield Found(text, m.start(), m.end())
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
        for probe in _EMPTY_PROBES:
            if any(f.begin == f.finish for f in self.finditer(probe)):
                return True
        return False

    def _run(self, how: str, text: str, pos: int, endpos: int | None) -> Found | None:
        end = len(text) if endpos is None else endpos
        subject = text
        if self.engine == "re2":
            method = getattr(self._compiled, how)
            try:
                m = method(subject, pos, end)
            except UnicodeEncodeError:  # lone surrogates: same length, so offsets hold
                subject = _SURROGATE.sub("\ufffd", text)
                m = method(subject, pos, end)
        else:
            try:
                m = getattr(self._compiled, how)(subject, pos, end, timeout=self.timeout)
            except TimeoutError:
                raise PatternTimeout(self.pattern, self.timeout) from None
        return None if m is None else Found(text, m.start(), m.end())


def compile_bounded(pattern: str, timeout: float = MATCH_TIMEOUT_S) -> BoundedPattern:
    """Compile ``pattern`` (case-insensitive) on RE2, or on ``regex`` if only RE2's syntax stands in the way.

    Raises :class:`PatternError` with a readable reason.
    """
    if _SURROGATE.search(pattern):
        raise PatternError("pattern contains a lone surrogate code point")
    try:
        return BoundedPattern(pattern, "re2", re2.compile(pattern, _RE2_OPTIONS), timeout)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
    if not reason.startswith(_SYNTAX_ONLY):
        if "too large" in reason or "repetition size" in reason:
            raise PatternError(f"pattern {pattern!r} is too large to run safely ({reason}); "
                               "repeat counts go up to 1000") from None
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
