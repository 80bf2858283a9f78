"""Word classes matched by inflected form: "roll back" also matches "rolled", "rolling", "rolls".

Each class is written as base forms; ``WordClass`` expands them once with regular English
inflection (plus the irregular verbs below) so matching a token is one set lookup.
"""

from __future__ import annotations

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "catch": ("caught",),
    "choose": ("chose", "chosen"),
    "make": ("made",),
    "take": ("took", "taken"),
    "write": ("wrote", "written"),
    "build": ("built",),
    "send": ("sent",),
    "tell": ("told",),
    "run": ("ran",),
    "find": ("found",),
    "break": ("broke", "broken"),
    "go": ("went", "gone"),
    "give": ("gave", "given"),
    "leave": ("left",),
    "keep": ("kept",),
    "hold": ("held",),
    "lead": ("led",),
    "get": ("got", "gotten"),
    "think": ("thought",),
    "know": ("knew", "known"),
    "see": ("saw", "seen"),
    "show": ("shown",),
    "say": ("said",),
    "pay": ("paid",),
    "lose": ("lost",),
    "spend": ("spent",),
    "bring": ("brought",),
    "buy": ("bought",),
    "feel": ("felt",),
    "mean": ("meant",),
    "undo": ("undid", "undone"),
    "do": ("did", "done"),
    "shut": ("shut",),
    "set": ("set",),
    "put": ("put",),
    "cut": ("cut",),
    "split": ("split",),
    "hit": ("hit",),
    "let": ("let",),
    "drive": ("drove", "driven"),
    "throw": ("threw", "thrown"),
    "dig": ("dug",),
    "spin": ("spun",),
    "rebuild": ("rebuilt",),
    "rewrite": ("rewrote", "rewritten"),
    "freeze": ("froze", "frozen"),
    "begin": ("began", "begun"),
    "hear": ("heard",),
    "stand": ("stood",),
    "teach": ("taught",),
    "seek": ("sought",),
    "fall": ("fell", "fallen"),
    "forget": ("forgot", "forgotten"),
    "weigh": ("weighed",),
    "be": ("was", "were", "been", "is", "are", "am"),
    "have": ("had", "has"),
    "misread": ("misread",),
    "overlook": ("overlooked",),
    "mislead": ("misled",),
    "upset": ("upset",),
    "ring": ("rang", "rung"),
    "fly": ("flew", "flown"),
    "shed": ("shed",),
    "bet": ("bet",),
    "quit": ("quit",),
    "read": ("read",),
}
_VOWELS = frozenset("aeiou")


def inflections(word: str) -> set[str]:
    """``word`` and its regular (and listed irregular) inflections."""
    out = {word, *_IRREGULAR.get(word, ())}
    if " " in word or ("-" in word and not word.endswith("-")):
        return out
    if word.endswith("e"):
        out |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        plural = word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")
        out |= {plural, word + "ed", word + "ing"}
        if (
            len(word) >= 3
            and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        ):
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # stop -> stopped
    return out


class WordClass:
    """A set of base words matched in any inflected form."""

    __slots__ = ("forms", "name")

    def __init__(self, name: str, words: str) -> None:
        self.name = name
        self.forms: frozenset[str] = frozenset(f for w in words.split() for f in inflections(w))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self.forms

    def any_in(self, words: frozenset[str] | set[str]) -> bool:
        """Whether any of ``words`` (lower-case tokens) belongs to the class."""
        return not self.forms.isdisjoint(words)
