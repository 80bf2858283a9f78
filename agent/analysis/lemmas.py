"""A small lemma lookup for the words the detector cares about.

spaCy's lemmatizer (and the attribute ruler it needs) costs about a third of the
pipeline's time; the detector only needs base forms for its own lexicon, so it
maps inflected forms back with regular English rules plus an irregular table.
"""

from __future__ import annotations

from functools import lru_cache

from agent.analysis import lexicon

_IRREGULAR = {
    "chose": "choose", "chosen": "choose", "went": "go", "gone": "go", "made": "make", "got": "get",
    "gotten": "get", "came": "come", "said": "say", "told": "tell", "held": "hold", "kept": "keep",
    "ran": "run", "froze": "freeze", "frozen": "freeze", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "brought": "bring", "thought": "think", "fell": "fall", "fallen": "fall",
    "became": "become", "wound": "wind", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "led": "lead", "stuck": "stick", "began": "begin", "begun": "begin", "wrote": "write",
    "written": "write", "overrode": "override", "overridden": "override", "forbade": "forbid",
    "forbidden": "forbid", "felt": "feel", "meant": "mean", "sat": "sit", "stood": "stand", "built": "build",
    "sent": "send", "spent": "spend", "left": "leave", "found": "find", "paid": "pay", "broke": "break",
    "broken": "break", "woke": "wake", "woken": "wake", "drew": "draw", "drawn": "draw", "grew": "grow",
    "grown": "grow", "threw": "throw", "thrown": "throw", "greenlit": "greenlight", "was": "be",
    "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "'s": "be", "'re": "be", "'m": "be",
    "had": "have", "has": "have", "'ve": "have", "did": "do", "does": "do", "done": "do", "ok'd": "okay",
    "okayed": "okay", "okd": "okay", "heard": "hear", "spun": "spin", "undid": "undo", "undone": "undo",
    "shed": "shed", "set": "set", "put": "put", "cut": "cut", "shut": "shut", "let": "let", "hit": "hit",
    "split": "split", "quit": "quit", "wanted": "want", "needed": "need", "decided": "decide",
    "n't": "not", "wo": "will", "ca": "can", "'d": "would", "'ll": "will", "sought": "seek",
    "lit": "light", "bought": "buy", "sold": "sell", "lost": "lose", "met": "meet", "read": "read",
}
_VOWELS = set("aeiou")


def _candidates(word: str) -> list[str]:
    """Plausible base forms of an inflected verb or plural noun, most likely first."""
    out: list[str] = []
    if word.endswith("ied") or word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            out.append(stem[:-1])
    if word.endswith("ed") and len(word) > 3:
        stem = word[:-2]
        out += [stem, word[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            out.append(stem[:-1])
    if word.endswith("d") and not word.endswith("ed") and len(word) > 4:
        out += [word[:-1], word[:-1] + "e"]  # typed past tense missing its "e": "decidd", "haltd"
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.append(word[:-1])
    return out


_KNOWN = (
    lexicon.DECISION_VERBS | lexicon.ACTION_VERBS | lexicon.PASSIVE_DECISION_VERBS | lexicon.NON_AGENCY_VERBS
    | lexicon.CONTENT_VERBS | lexicon.DEFER_VERBS | lexicon.DRIFT_VERBS | set(lexicon.DECISION_PHRASAL)
    | lexicon.AUTHORITY_NOUNS | lexicon.GROUP_NOUNS | lexicon.PROCESS_NOUNS | lexicon.COMPONENT_NOUNS
    | lexicon.APPROVAL_NOUNS | lexicon.GROUP_CONSENT_NOUNS
    | {"inform", "notify", "loop", "consult", "discuss", "debate", "talk", "mean", "trigger", "kick", "allow", "permit"}
)


def _past_forms() -> dict[str, str]:
    """Past forms of the decision/action verbs, each mapped to its lemma (targets for typo repair)."""
    out: dict[str, str] = {}
    verbs = lexicon.DECISION_VERBS | lexicon.PASSIVE_DECISION_VERBS | lexicon.ACTION_VERBS
    for base in verbs:
        if len(base) < 3 or "-" in base:
            continue
        past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and base[-2] not in _VOWELS else base + "ed")
        out.setdefault(past, base)
        if len(base) > 2 and base[-1] not in _VOWELS and base[-2] in _VOWELS and base[-3] not in _VOWELS and base[-1] not in "wxy":
            out.setdefault(base + base[-1] + "ed", base)  # stopped, dropped
    for form, base in _IRREGULAR.items():
        if base in verbs and form.isalpha():
            out.setdefault(form, base)
    return out


_PAST_FORMS = _past_forms()
# One letter dropped from a known past form ("aproved" for "approved"), first letter kept.
_DROPPED = {f[:i] + f[i + 1:]: b for f, b in _PAST_FORMS.items() if len(f) >= 6 for i in range(1, len(f))}


def _typo(low: str) -> str | None:
    """Lemma of a one-slip misspelling of a past decision verb: a letter missing, one extra, or two swapped.

    Only past forms ("-ed"), only unknown words, never the first letter: narrated decisions are
    past tense, and the narrow target keeps ordinary words from being read as decisions.
    """
    if len(low) < 5 or not low.endswith("d") or low.endswith("ied"):
        return None
    if low in _DROPPED:
        return _DROPPED[low]
    for i in range(1, len(low)):
        hit = _PAST_FORMS.get(low[:i] + low[i + 1:])
        if hit is not None:
            return hit
    for i in range(1, len(low) - 1):
        hit = _PAST_FORMS.get(low[:i] + low[i + 1] + low[i] + low[i + 2:])
        if hit is not None:
            return hit
    return None


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Base form of ``word`` (lower-cased); unknown words come back lower-cased unchanged."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low in _KNOWN:
        return low
    for cand in _candidates(low):
        if cand in _KNOWN:
            return cand
    return _typo(low) or low
