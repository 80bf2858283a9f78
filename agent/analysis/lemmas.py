"""Base forms of the words the detector reasons with, from lemminflect's English tables.

spaCy's own lemmatizer (and the attribute ruler it needs) is excluded from the pipeline for speed;
lemminflect ships its lookup tables in the wheel (offline) and is asked once per distinct word (the
answer is cached).  On top of it sit the few forms a dictionary does not know: chat spellings of
decision verbs ("greenlit", "ok'd"), clitics the tokenizer splits off ("wo", "ca", "'d") and a
one-slip typo repair for past decision verbs ("aproved", "decidd").
"""

from __future__ import annotations

from functools import lru_cache

from agent.analysis import frames, lexicon

# Forms outside the dictionary: chat spellings, clitics, hyphenated decision words.
_EXTRA = {
    "greenlit": "greenlight",
    "green-lit": "green-light",
    "ok'd": "okay",
    "okd": "okay",
    "okayed": "okay",
    "oked": "okay",
    "okaying": "okay",
    "n't": "not",
    "wo": "will",
    "ca": "can",
    "'d": "would",
    "'ll": "will",
    "'s": "be",
    "'re": "be",
    "'m": "be",
    "'ve": "have",
    "sign-offs": "sign-off",
    "signoffs": "signoff",
    "go-aheads": "go-ahead",
    "rolledback": "rollback",
    "nixed": "nix",
    "voluntold": "tell",
    "nixing": "nix",
}
# Words whose verb reading is wanted even where the noun differs ("leaves" -> "leave", not "leaf").
_UPOS = {
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
}
_VOWELS = set("aeiou")

_KNOWN = (
    frames.PASSIVE_FRAME_VERBS
    | frames.PERSIST_VERBS
    | frames.RENEW_VERBS
    | (
        lexicon.DECISION_VERBS
        | lexicon.ACTION_VERBS
        | lexicon.PASSIVE_DECISION_VERBS
        | lexicon.NON_AGENCY_VERBS
        | lexicon.CONTENT_VERBS
        | lexicon.DEFER_VERBS
        | lexicon.DRIFT_VERBS
        | set(lexicon.DECISION_PHRASAL)
        | lexicon.AUTHORITY_NOUNS
        | lexicon.GROUP_NOUNS
        | lexicon.PROCESS_NOUNS
        | lexicon.COMPONENT_NOUNS
        | lexicon.APPROVAL_NOUNS
        | lexicon.GROUP_CONSENT_NOUNS
        | {
            "inform",
            "notify",
            "loop",
            "consult",
            "discuss",
            "debate",
            "talk",
            "mean",
            "trigger",
            "kick",
            "allow",
            "permit",
        }
    )
)


@lru_cache(maxsize=1)
def _lemminflect():
    """lemminflect's ``getLemma``, imported on first use: the import pulls in spaCy (about 1 s), which
    commands that never analyse text (``locus sessions``, ``locus progress`` from a cache) should not pay."""
    from lemminflect import getLemma

    return getLemma


def _regular_past(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "d"]
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return [base[:-1] + "ied"]
    out = [base + "ed"]
    if (
        len(base) > 2
        and base[-1] not in _VOWELS
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
        and base[-1] not in "wxy"
    ):
        out.append(base + base[-1] + "ed")  # stopped, dropped
    return out


def _past_forms() -> dict[str, str]:
    """Past forms of the decision/action verbs, each mapped to its lemma (targets for typo repair)."""
    out: dict[str, str] = {}
    for base in lexicon.DECISION_VERBS | lexicon.PASSIVE_DECISION_VERBS | lexicon.ACTION_VERBS:
        if len(base) >= 3 and "-" not in base:
            for form in _regular_past(base):
                out.setdefault(form, base)
    return out


_PAST_FORMS = _past_forms()
# One letter dropped from a known past form ("aproved" for "approved"), first letter kept.
_DROPPED = {f[:i] + f[i + 1 :]: b for f, b in _PAST_FORMS.items() if len(f) >= 6 for i in range(1, len(f))}


def _typo(low: str) -> str | None:
    """Lemma of a one-slip misspelling of a past decision verb: a letter missing, one extra, or two swapped.

    Only past forms ("-ed"/"-d"), only words the dictionary does not know, never the first letter:
    narrated decisions are past tense, and the narrow target keeps ordinary words from being read as decisions.
    """
    if len(low) < 5 or not low.endswith("d") or low.endswith("ied"):
        return None
    if low in _DROPPED:
        return _DROPPED[low]
    for i in range(1, len(low)):
        hit = _PAST_FORMS.get(low[:i] + low[i + 1 :])
        if hit is not None:
            return hit
    for i in range(1, len(low) - 1):
        hit = _PAST_FORMS.get(low[:i] + low[i + 1] + low[i] + low[i + 2 :])
        if hit is not None:
            return hit
    return None


def _dictionary(low: str, upos: str | None) -> str | None:
    order = (upos,) if upos in ("VERB", "AUX") else ((upos, "VERB") if upos else ("VERB", "NOUN", "ADJ"))
    for pos in order:
        if pos in (None, "PROPN"):
            pos = "NOUN"
        found = _lemminflect()(low, upos=pos, lemmatize_oov=False)
        if found:
            # "axed" is "ax" or "axe": the reading the lexicon knows wins over the table's first guess.
            return next((f.lower() for f in found if f.lower() in _KNOWN), found[0].lower())
    return None


@lru_cache(maxsize=65536)
def lemma(word: str, tag: str | None = None) -> str:
    """Base form of ``word`` (lower-cased); ``tag`` is the Penn tag when known. Unknown words come back lower-cased."""
    low = word.lower()
    if low in _EXTRA:
        return _EXTRA[low]
    if low in _KNOWN:
        return low
    found = _dictionary(low, _UPOS.get(tag or ""))
    if found is not None and found != low:
        return found
    if "-" in low and low.count("-") == 1:
        joined = lemma(low.replace("-", ""), tag)  # "de-scoped" is "descoped", "re-prioritised" "reprioritised"
        if joined in _KNOWN:
            return joined
    if "is" in low and found is None:
        american = lemma(low.replace("is", "iz"), tag)  # "deprioritised" is "deprioritized"
        if american in _KNOWN:
            return american
    repaired = _typo(low)
    if repaired is not None or found is not None:
        return repaired or found
    if low.endswith(("ed", "ing", "es")):
        # A derived verb the dictionary lacks ("deprioritized"): lemminflect's rules, kept only when they
        # land on a verb the lexicon knows, so an odd word never turns into a decision by accident.
        guess = _lemminflect()(low, upos="VERB", lemmatize_oov=True)
        if guess and guess[0] in _KNOWN:
            return guess[0]
    return low


def warmup() -> None:
    """Load lemminflect's tables now (about 0.3 s), off the critical path."""
    lemma("decided")
    lemma("approvals", "NNS")
