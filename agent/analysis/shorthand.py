"""Chat shorthand candidates type for connectives: "went w/ redis b/c we needed sorted sets".

The parser has no idea that ``w/`` is "with" or ``cos`` is "because", so "I went w/ terraform" loses its
decision phrase ("went with").  Only connectives are expanded, only in lower case (``BC`` and ``Cos`` as names
stay), and only when a word follows (``cos(x)`` and a trailing ``w/`` are left alone).
"""

from __future__ import annotations

# shorthand -> the word the parser knows
EXPANSIONS: dict[str, str] = {
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "bc": "because",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "thru": "through",
    "tho": "though",
}
# Hyphenated verbs the tokenizer splits in two ("I green-lit it" loses its verb), joined as written unhyphenated.
COMPOUNDS: dict[str, str] = {
    f"green-{form}": f"green{form}" for form in ("lit", "light", "lights", "lighted", "lighting")
}
# the letter runs the normaliser's fast screen sees for these ("w/" reads as "w")
SCREEN = frozenset({"w", "b", "bc", "cos", "coz", "cuz", "thru", "tho", "green"})


def listed(token: str) -> bool:
    """Fast screen: a whitespace token that holds shorthand or a joined compound."""
    return token in EXPANSIONS or "green-" in token


def expansion(word: str, next_word: str) -> str | None:
    """The word ``word`` stands for, or None: lower-case shorthand followed by a plain word, or a joined compound."""
    if word in COMPOUNDS:
        return COMPOUNDS[word]
    if word not in EXPANSIONS or not next_word[:1].isalnum():
        return None
    return EXPANSIONS[word]
