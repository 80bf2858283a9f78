"""Which of many Python regular expressions can match a text, found in one linear RE2 pass.

The analyzer's phrase cues and the story readers' phrase patterns are each tried on every
sentence, and almost all of them fail; running them one by one in Python's backtracking engine
cost more than the rest of the rules.  A :class:`PatternSet` hands all of them to one RE2 set
(a single automaton) and asks it once per text which ones can match; only those run in Python,
so every match, offset and group still comes from the Python pattern itself.

The RE2 form of each pattern is a *superset* of it on the texts the set accepts: look-around is
dropped (an assertion removed can only let more through), ``$`` may also match before an inner
new line, and ``\\s`` is spelled out as Python's whitespace.  The set is asked only about texts on
which the two engines read ``\\w``, ``\\b``, ``\\s`` and case alike: ASCII, plus non-ASCII characters
that are neither letters, digits nor spaces (curly quotes, dashes, emoji).  For any other text, and
for a pattern with no faithful RE2 form, the answer is "may match", so the Python pattern runs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import re2

_MAX_MEM = 64 << 20  # the automaton's memory budget (it grows lazily; the analyzer's sets use ~2 MB)
_PY_SPACE = r"\t\n\x0b\x0c\r \x1c-\x1f"  # what Python's \s matches in ASCII text (RE2's \s lacks \v and \x1c-\x1f)
_FLAG_LETTERS = frozenset("imsU-")
_HEX = {"x": 2, "u": 4, "U": 8}  # digits after \\x, \\u, \\U


def _skip_group(pattern: str, i: int) -> int:
    """The index just past the group opening at ``pattern[i] == "("`` (escapes and classes respected)."""
    depth = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced group")


def re2_form(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` in RE2 syntax, matching at least wherever the Python pattern matches on an accepted text;
    None when that cannot be promised (back-references, atomic groups, verbose mode, non-ASCII letters...)."""
    if flags & (re.VERBOSE | re.LOCALE) or not isinstance(pattern, str):
        return None
    letters = "".join(k for f, k in ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.MULTILINE, "m")) if flags & f)
    out: list[str] = [f"(?{letters})"] if letters else []
    i = 0
    in_class = False
    quantified = False  # the previous item was a quantifier (a following "+" would make it possessive)
    while i < len(pattern):
        c = pattern[i]
        if not c.isascii() and c.isalnum():
            return None  # case folding of non-ASCII letters differs between the engines
        if c == "\\":
            if i + 1 >= len(pattern):
                return None
            e = pattern[i + 1]
            i += 2
            quantified = False
            if e == "s":
                out.append(_PY_SPACE if in_class else f"[{_PY_SPACE}]")
            elif e in "wWdDS" or (e in "bBAZ" and not in_class):
                out.append("\\z" if e == "Z" else "\\" + e)
            elif e in "ntrfv":
                out.append("\\" + e)
            elif e in "xuU" and re.match(f"[0-9a-fA-F]{{{_HEX[e]}}}", pattern[i : i + _HEX[e]]):
                code = chr(int(pattern[i : i + _HEX[e]], 16))
                if code.isalnum() and not code.isascii():
                    return None
                out.append(f"\\x{{{ord(code):x}}}")
                i += _HEX[e]
            elif e.isascii() and not e.isalnum():
                out.append("\\" + e)  # an escaped mark
            elif not e.isascii() and not e.isalnum():
                out.append(e)
            else:
                return None  # back-references, \u/\N escapes, \b in a class, octal
            continue
        if in_class:
            if c == "[":
                return None  # RE2 reads "[:alpha:]" inside a class; Python does not
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("\\]")
                i += 1
            quantified = False
            continue
        if c == "(" and pattern.startswith("(?", i):
            rest = pattern[i + 2 : i + 4]
            if rest[:1] in ("=", "!") or rest in ("<=", "<!"):
                i = _skip_group(pattern, i)
                out.append("(?:)")  # the assertion dropped: the form can only match more
                quantified = False
                continue
            if rest[:1] == ":" or rest[:2] == "P<":
                out.append(pattern[i : i + 3])
                i += 3
                quantified = False
                continue
            if rest[:1] == "#":
                i = pattern.index(")", i) + 1
                continue
            head = re.match(r"\(\?([a-zA-Z-]+)([:)])", pattern[i:])
            if head is None or not set(head.group(1)) <= _FLAG_LETTERS:
                return None  # atomic groups, conditionals, named back-references, a/u/x/L flags
            out.append(head.group(0))
            i += len(head.group(0))
            quantified = False
            continue
        if c in "*+?":
            if quantified and c == "+":
                return None  # possessive
            out.append(c)
            quantified = not quantified  # "?" after a quantifier makes it lazy, and ends it
            i += 1
            continue
        if c == "{":
            m = re.match(r"\{(\d*)(,?)(\d*)\}", pattern[i:])
            if m is None:
                out.append("\\{")  # a literal brace (Python reads "{" without a valid repeat literally)
                i += 1
                quantified = False
                continue
            low, comma, high = m.groups()
            if not (low or comma or high):
                out.append("\\{")
                i += 1
                quantified = False
                continue
            out.append("{" + (low or "0") + comma + high + "}")
            i += len(m.group(0))
            quantified = True
            continue
        if c == "$":
            out.append("(?m:$)")  # also before an inner new line: more than Python's end-or-final-newline
        else:
            out.append(c)
        quantified = False
        i += 1
    return "".join(out)


def accepted(text: str) -> bool:
    """Whether both engines read ``text`` alike: every non-ASCII character is neither a letter, digit nor space."""
    if text.isascii():
        return True
    return all(c.isascii() or not (c.isalnum() or c.isspace() or "\ud800" <= c <= "\udfff") for c in text)


class Possible:
    """The patterns of a set that may match one text (``pattern in possible``)."""

    __slots__ = ("_hits", "_index", "_size")

    def __init__(self, hits: frozenset[int] | None, index: dict, size: int) -> None:
        self._hits, self._index, self._size = hits, index, size

    def __contains__(self, rx: re.Pattern[str]) -> bool:
        if self._hits is None:
            return True
        n = self._index.get(id(rx))
        return n is None or n >= self._size or n in self._hits


class PatternSet:
    """Python patterns matched together by one RE2 set; patterns may be added until the first question.

    A pattern added after the set was built makes the next question rebuild it (once)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]] = ()) -> None:
        self._patterns: list[re.Pattern[str]] = []
        # By identity: hashing a compiled pattern hashes its whole program, every time.  The set holds every
        # pattern it numbers, so no other object can take one's id while the set lives.
        self._index: dict[int, int] = {}
        self._set = None
        self._always: frozenset[int] = frozenset()
        self._size = 0
        self._lock = threading.Lock()
        for rx in patterns:
            self.add(rx)

    def add(self, rx: re.Pattern[str]) -> re.Pattern[str]:
        """Add ``rx`` at the next position (a pattern added twice holds two positions, with one answer)."""
        with self._lock:
            self._index.setdefault(id(rx), len(self._patterns))
            self._patterns.append(rx)
        return rx

    def patterns(self) -> list[re.Pattern[str]]:
        """The patterns held, in the order they were added."""
        return list(self._patterns)

    def _build(self) -> None:
        with self._lock:
            if self._set is not None and self._size == len(self._patterns):
                return
            options = re2.Options()
            options.max_mem = _MAX_MEM
            options.log_errors = False
            options.never_capture = True
            built = re2._re2.Set(re2._Anchor.UNANCHORED, options)
            ids: list[int] = []  # the set's own number for each pattern it holds
            always = []
            for n, rx in enumerate(self._patterns):
                form = re2_form(rx.pattern, rx.flags)
                added = -1
                if form is not None:
                    try:
                        added = built.Add(form.encode("utf-8"))
                    except Exception:  # RE2 refuses the form (a repeat over 1000, ...)
                        added = -1
                if added < 0:
                    always.append(n)
                else:
                    ids.append(n)
            compiled = bool(ids) and built.Compile()
            self._ids = ids
            self._always = frozenset(always) if compiled else frozenset(range(len(self._patterns)))
            self._set = built if compiled else False
            self._size = len(self._patterns)

    def _hits(self, text: str) -> frozenset[int] | None:
        """Positions of the patterns that may match ``text``; None when the set cannot tell for this text."""
        if self._set is None or self._size != len(self._patterns):
            self._build()
        if not self._set or not accepted(text):
            return None
        ids = self._ids
        return self._always.union(ids[k] for k in self._set.Match(text.encode("utf-8")))

    def possible(self, text: str) -> Possible:
        """Which patterns may match ``text`` (every one, when the set cannot tell for this text)."""
        return Possible(self._hits(text), self._index, self._size)

    def positions(self, text: str) -> list[int]:
        """The positions (in the order added) of the patterns that may match ``text``, ascending."""
        hits = self._hits(text)
        return list(range(self._size)) if hits is None else sorted(hits)
