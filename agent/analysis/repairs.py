"""Spoken self-repairs of a clause's subject, and "nobody but X", rewritten before parsing.

Candidates correct themselves mid-sentence: "I -- well, we, the whole team -- chose ...", "we -- no, actually I --
decided ...", "we, I mean the release board, decided ...", "my manager, sorry, my skip-level, signed off". The
corrected (last) subject is who acted, so the first subject and the repair marker are dropped and the closing
dash or comma of the corrected subject goes too (a dash becomes a comma when the corrected subject carries an
apposition): "we, the whole team, chose ...".  "Nobody but me approved it" / "no one other than me chose" become
"I alone approved it": the exception is the subject.

Only a clause opening with a short noun phrase, a separator (a dash or a comma), a repair marker ("well", "no",
"actually", "I mean", "sorry", "or rather", "rather", "no wait", "scratch that") and a second noun phrase that can be
a subject qualifies; "I -- like everyone -- hated the old build" (no marker), "my director, sorry to say, never read
it" (no subject after the marker) and "my manager -- well, she decided" (a pronoun taking up the first subject) are
left alone.  Edits are (start, end, replacement) spans of the text, applied by ``normalize``.
"""

from __future__ import annotations

import re

# Cheap screen: a separator followed by a marker word, or "nobody but".
SCREEN = re.compile(
    r"(?:--|[—–,]|\s-\s)\s*(?:well|no|actually|sorry|or rather|rather|i mean|scratch that|make that)\b"
    r"|\b(?:nobody|no one|no-one)(?: else)? (?:but|except|besides|other than|apart from)\b",
    re.I,
)
_SEP = r"(?P<sep>\s*(?:--+|—|–)\s*|\s+-\s+|\s*,\s*)"
_MARK = r"(?:well|no|actually|sorry|or rather|rather|i mean|no wait|wait|scratch that|make that|or should i say|i should say)"
_MARKERS = re.compile(_SEP + r"(?P<marks>" + _MARK + r"(?:\s*,\s*|\s+)(?:" + _MARK + r"(?:\s*,\s*|\s+)){0,2})", re.I)
_LEAD = re.compile(r"^(?:(?:so|and|but|then|because|when|honestly|basically)\W+)*", re.I)
_PRONOUN_SUBJECTS = frozenset({"i", "we", "they", "you", "he", "she"})
_DETERMINERS = frozenset(
    "the my our their your his her a an this that these those both all each some two three four".split()
)
_NOT_SUBJECTS = frozenset(
    "well no yes yeah okay ok so sorry actually honestly basically anyway look right oh now then sure "
    "fine and but also still again maybe perhaps yesterday today tomorrow".split()
)
_ADVERBS = frozenset("really mostly mainly actually honestly technically officially just only basically".split())
_OBJECT_FORMS = {"me": "I", "us": "we"}
_RESUMPTIVE = frozenset({"he", "she", "they", "it", "him", "her", "them", "that", "this", "which", "who"})
_INDEFINITE = frozenset("someone somebody nobody everyone everybody none".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_EXCEPT = re.compile(
    r"\b(?P<neg>nobody|no one|no-one)(?: else)?,? (?:but|except|besides|other than|apart from) (?P<who>me|us|myself)\b"
    r"(?P<tail>,? (?:and|or) (?:nobody|no one) else\b)?",
    re.I,
)
_EXCEPT_NP = re.compile(
    r"\b(?:nobody|no one|no-one)(?: else)?,? (?:but|except|besides|other than|apart from) (?=(?:the|my|our|their|his|her) )",
    re.I,
)


def _np_words(span: str) -> list[str] | None:
    words = span.split()
    if not words or len(words) > 5 or not all(_WORD.fullmatch(w) for w in words):
        return None
    return words


def _first_subject(span: str) -> bool:
    """The words before the separator: a subject pronoun, a short determiner phrase or a name."""
    words = _np_words(_LEAD.sub("", span))
    if words is None:
        return False
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in _PRONOUN_SUBJECTS:
        return True
    if low[0] in _DETERMINERS:
        return 2 <= len(low) <= 5
    return len(low) <= 2 and words[0][0].isupper() and low[0] not in _NOT_SUBJECTS and not low[0].endswith("ly")


def _second_subject(rest: str) -> tuple[int, int, str] | None:
    """The corrected subject opening ``rest``: (start, end, word) of its head word, or None."""
    m = _WORD.match(rest)
    while m is not None and m.group().lower() in _ADVERBS:  # "well, mostly I": the adverb stays
        m = _WORD.match(rest, m.end() + (len(rest[m.end() :]) - len(rest[m.end() :].lstrip(" ,"))))
    if m is None:
        return None
    word, low = m.group(), m.group().lower()
    if low in _RESUMPTIVE:
        return None  # "my manager -- well, she decided": the pronoun takes up the first subject
    if low in ("i", "we", "me", "us") or low in _INDEFINITE or low in _DETERMINERS:
        return m.start(), m.end(), word
    if low == "no" and rest[m.end() :].lower().startswith(" one"):
        return m.start(), m.end(), word
    if word[0].isupper() and low not in _NOT_SUBJECTS:
        return m.start(), m.end(), word
    return None


def _closing(text: str, at: int, sep: str) -> tuple[int, int, str] | None:
    """Where the corrected subject ends: the matching dash, or for a comma the next comma within six words."""
    end = len(text)
    stop = re.search(r"[.!?;:]", text[at:])
    if stop is not None:
        end = at + stop.start()
    window = text[at:end]
    if sep.strip() == ",":
        m = re.search(r"\s*,\s*", window)
        if m is None or len(window[: m.start()].split()) > 6 or re.search(r"--|[—–]", window[: m.start()]):
            return None
        return at + m.start(), at + m.end(), " "
    m = re.search(r"\s*(?:--+|—|–)\s*|\s+-\s+", window)
    if m is None or len(window[: m.start()].split()) > 12:
        return None
    return at + m.start(), at + m.end(), ", " if "," in window[: m.start()] else " "


def edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) spans rewriting the self-repairs and "nobody but X" subjects of ``text``."""
    if SCREEN.search(text) is None:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _EXCEPT.finditer(text):
        if _opens_clause(text, m.start()):
            who = "we" if m.group("who").lower() == "us" else "I"
            who = who.capitalize() if m.group("neg")[0].isupper() or who == "I" else who
            out.append((m.start(), m.end(), f"{who} alone"))
    for m in _EXCEPT_NP.finditer(text):
        if _opens_clause(text, m.start()):
            out.append((m.start(), m.end(), ""))  # "nobody but the head chef approved" -> "the head chef approved"
            if not text[: m.start()].strip():
                out.append((m.end(), m.end() + 1, text[m.end()].upper()))
    for m in _MARKERS.finditer(text):
        start = _clause_start(text, m.start())
        if start is None or not _first_subject(text[start : m.start()]):
            continue
        if not _marks_ok(m.group("marks")):
            continue
        found = _second_subject(text[m.end() :])
        if found is None:
            continue
        s2, e2, word = (m.end() + found[0], m.end() + found[1], found[2])
        subj_start = start + len(_LEAD.match(text[start : m.start()]).group())
        out.append((subj_start, m.end(), ""))
        if word.lower() in _OBJECT_FORMS:
            out.append((s2, e2, _OBJECT_FORMS[word.lower()]))  # "they -- well, me, really -- picked it"
        elif word[0].islower() and text[:subj_start].rstrip()[-1:] in ("", ".", "!", "?"):
            out.append((s2, s2 + 1, word[0].upper()))  # "We, I mean the board, decided" -> "The board decided"
        close = _closing(text, e2, m.group("sep"))
        if close is not None:
            out.append(close)
    return out


def _marks_ok(marks: str) -> bool:
    """ "well" and "no" are repair markers only before a comma or another marker ("no joke" is not one)."""
    words = marks.replace(",", " ").lower().split()
    return bool(words) and not (words[-1] in ("well", "no") and not marks.rstrip().endswith(","))


def _clause_start(text: str, at: int) -> int | None:
    """Start of the clause that runs up to ``at`` when it is short (a subject-sized stretch), else None."""
    lo = max(0, at - 60)
    head = text[lo:at]
    cut = max((m.end() for m in re.finditer(r"[.!?;:]\s+|^", head)), default=0)
    start = lo + cut
    if lo > 0 and cut == 0:
        return None
    return start


def _opens_clause(text: str, at: int) -> bool:
    before = text[max(0, at - 40) : at]
    return not before.strip() or re.search(r"(?:[.!?;:]|\b(?:so|and|but|then|because))\s*$", before, re.I) is not None
