"""Conservative spelling repair and apostrophe-less contractions for ``normalize``.

The word list is symspellpy's bundled English frequency dictionary (82,765 words with counts);
corrections are looked up with symspellpy at edit distance 1.  A word is corrected only when all of
these hold, so identifiers, product names and jargon are left alone:

* it is lower case (or capitalised at a sentence start), ASCII letters only, 4+ letters, and not in
  the dictionary, nor in the analyzer's own lexicon;
* it is not a known word behind a productive prefix ("reindexed", "autoscaled") or two common words
  run together ("bootloader", "failover"); a regular inflection of a known word ("sharded",
  "templated", "canaried") is kept too, unless it is a dropped or swapped letter away from a word
  ``INFLECTION_MARGIN`` times more common than its stem ("insted" is not "inst" + "ed");
* the target is a common word (``MIN_COUNT`` occurrences in the dictionary's corpus) or a form of
  a lexicon word, and starts with the same letter; a less common long word (``LONG_WORD`` letters,
  ``LONG_MIN_COUNT`` occurrences: "mistake", "afterwards", "predicted") is a target only for the plainest
  slips, a dropped, doubled or swapped letter;
* the edit is a typist's slip that is long enough to be trusted: a dropped letter (5+ letters) or
  two swapped letters (4+), a doubled letter (5+), any other extra or wrong letter only in words of
  6+ letters; a dropped letter in a 4-letter word only from one of the most frequent words
  (``VERY_COMMON``: "culd", "wuld", "whch") or from a form of a lexicon word ("chos"); the last letter stays
  unless the slip is at the very end;
* the lexicon's forms are every inflection lemminflect knows ("choose" -> "chose", "chosen"); a plain slip (dropped,
  doubled or swapped letter) into one of them is corrected even when the typo also looks like a prefix or an
  inflection of another word ("roled": not "role" + "d");
* no rival target of the same kind of slip is within a factor ``AMBIGUITY`` of the winner's count,
  unless the two are forms of one word ("decided"/"decide").
"""

from __future__ import annotations

import threading
from importlib import resources

MIN_COUNT = 12_000_000  # about the 5,000 most frequent English words
LONG_WORD = 7
LONG_MIN_COUNT = 2_000_000
VERY_COMMON = 100_000_000  # about the 600 most frequent words ("would", "could", "which", "until")
MIN_PART_COUNT = 5_000_000  # parts of a run-together compound must be this common
AMBIGUITY = 3.0
MAX_WORD = 24  # longer runs of letters are pasted blobs, not misspelt words (and would cost time)
INFLECTION_MARGIN = 10.0
AMBIGUOUS_WORD_COUNT = 50_000_000  # "id", "wed" are words too; "cant", "wont" barely are
_PREFIXES = ("re", "un", "de", "pre", "auto", "micro", "multi", "sub", "over", "under", "non", "co", "mis")

_lock = threading.Lock()
_tables: dict | None = None
_index = None
CONTRACTIONS: dict[str, str] = {}


def load() -> None:
    """Read the dictionary, the contraction table and build the symspell index (idempotent)."""
    _known()
    _symspell()


def _known() -> dict:
    global _tables
    if _tables is not None:
        return _tables
    with _lock:
        if _tables is None:
            counts: dict[str, int] = {}
            path = resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    word, _, count = line.partition(" ")
                    counts[word] = int(count)
            CONTRACTIONS.update(_contractions())
            lexicon_words = _lexicon_words()
            _tables = {
                "counts": counts,
                "lexicon": lexicon_words,
                "known": set(counts) | lexicon_words | set(CONTRACTIONS),
                "contraction_keys": set(CONTRACTIONS),
            }
    return _tables


def _symspell():
    global _index
    if _index is not None:
        return _index
    tables = _known()
    with _lock:
        if _index is None:
            from symspellpy import SymSpell

            index = SymSpell(max_dictionary_edit_distance=1, prefix_length=7)
            counts = tables["counts"]
            for word, count in counts.items():
                if (count >= MIN_COUNT and len(word) >= 3) or (count >= LONG_MIN_COUNT and len(word) >= LONG_WORD):
                    index.create_dictionary_entry(word, count)
            rare_forms, signal_forms = set(), set()
            for word in tables["lexicon"]:
                for form in _forms(word):
                    if form not in counts:
                        continue
                    signal_forms.add(form)
                    if counts[form] < MIN_COUNT and form not in rare_forms:
                        index.create_dictionary_entry(form, counts[form])
                        rare_forms.add(form)
            tables["lexicon_forms"] = frozenset(rare_forms)
            tables["signal_forms"] = frozenset(signal_forms)
            _index = index
    return _index


def _contractions() -> dict[str, str]:
    """Apostrophe-less contractions spaCy's English tokenizer already splits ("didnt", "im", "theyre"),
    mapped to their written form ("didn't", "I'm", "they're")."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
    from spacy.symbols import ORTH

    out: dict[str, str] = {}
    for key, pieces in TOKENIZER_EXCEPTIONS.items():
        if not (key.islower() and key.isalpha() and len(pieces) == 2):
            continue
        head, tail = pieces[0][ORTH], pieces[1][ORTH]
        if tail == "nt":
            form = head + "n't"
        elif tail in ("ll", "ve", "d", "re", "s", "m"):
            form = head + "'" + tail
        else:
            continue  # cannot, gonna, gotta: not contractions with a dropped apostrophe
        out[key] = "I" + form[1:] if head == "i" else form
    return out


def _lexicon_words() -> frozenset[str]:
    from agent.analysis import lexicon

    words: set[str] = set()
    for value in vars(lexicon).values():
        if isinstance(value, (frozenset, set, dict)):
            words.update(w for w in value if isinstance(w, str))
    return frozenset(w for w in words if w.isalpha())


def _forms(lemma: str) -> list[str]:
    """Inflections of a lexicon lemma: lemminflect's tables ("choose" -> "chose", "chosen") and the regular ones."""
    from lemminflect import getAllInflections

    out = [form for forms in getAllInflections(lemma).values() for form in forms]
    out += [lemma, lemma + "s", lemma + "es", lemma + "ing", lemma + "ed", lemma + "d"]
    if lemma.endswith("e"):
        out.append(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        out += [lemma[:-1] + "ied", lemma[:-1] + "ies"]
    out += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return out


_MODALS = ("would", "could", "should")
_modal_slips: dict[str, str] | None = None


def modal_slips() -> dict[str, str]:
    """Rare dictionary words one dropped or swapped letter from a modal ("wold" -> "would"): read as the modal only
    right after a subject pronoun ("i wold still have"), where the rare word never stands."""
    global _modal_slips
    if _modal_slips is None:
        counts = _known()["counts"]
        out = {}
        for modal in _MODALS:
            slips = {modal[:k] + modal[k + 1 :] for k in range(1, len(modal))}
            slips |= {modal[:k] + modal[k + 1] + modal[k] + modal[k + 2 :] for k in range(1, len(modal) - 1)}
            for w in slips:
                if w != modal and w in counts and counts[w] * 100 < counts[modal]:
                    out[w] = modal
        _modal_slips = out
    return _modal_slips


def contraction(low: str) -> str | None:
    """The written form of an apostrophe-less contraction ("didnt" -> "didn't"), else None."""
    _known()
    return CONTRACTIONS.get(low)


def ambiguous_contraction(low: str) -> bool:
    """A bare contraction that is also a very common word ("id", "wed"): rewrite it only in a subject slot."""
    return _known()["counts"].get(low, 0) >= AMBIGUOUS_WORD_COUNT


def contraction_keys() -> set[str]:
    """Every apostrophe-less contraction this module rewrites."""
    _known()
    return _tables["contraction_keys"]


def known_words() -> set[str]:
    """Lower-case words never corrected: the dictionary, the lexicon and the contractions."""
    return _known()["known"]


def is_known(low: str) -> bool:
    """In the dictionary or the lexicon (lower-case input)."""
    return low in _known()["known"]


_VOWELS = frozenset("aeiou")


def _cvc(stem: str) -> bool:
    """A short stem ending consonant-vowel-consonant doubles before -ed/-ing ("stop" -> "stopped")."""
    return (
        3 <= len(stem) <= 4
        and stem[-1] not in _VOWELS
        and stem[-1] not in "wxy"
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


def _stems(low: str) -> list[str]:
    """Known words of which ``low`` is a regular inflection (by English spelling rules)."""
    stems = []
    if low.endswith(("ies", "ied")):
        stems.append(low[:-3] + "y")
    for suffix in ("ing", "ed"):
        if not low.endswith(suffix):
            continue
        stem = low[: -len(suffix)]
        if not _cvc(stem) and (not stem.endswith("e") or stem.endswith("ee")):
            stems.append(stem)  # shard -> sharded
        if suffix == "ed" or not stem.endswith("e"):
            stems.append(stem + "e")  # template -> templated, use -> using
        if len(stem) > 3 and stem[-1] == stem[-2] and _cvc(stem[:-1]):
            stems.append(stem[:-1])  # stop -> stopped
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss"):
        stems.append(low[:-1])
    known = _known()["known"]
    return [st for st in stems if len(st) >= 3 and st in known]


def _compound_of_known(low: str) -> bool:
    counts = _known()["counts"]
    for p in _PREFIXES:
        rest = low[len(p) :]
        if low.startswith(p) and len(rest) >= 5 and (rest in counts or _stems(rest)):
            return True
    for k in range(4, len(low) - 3):
        if counts.get(low[:k], 0) >= MIN_PART_COUNT and counts.get(low[k:], 0) >= MIN_PART_COUNT:
            return True
    return False


def _slip(typo: str, target: str) -> tuple[int, bool] | None:
    """(rank, at_end) of the one-letter slip that turns ``target`` into ``typo``; None if too risky."""
    n, m = len(typo), len(target)
    k = next((i for i in range(min(n, m)) if typo[i] != target[i]), min(n, m))
    if m == n + 1:  # a letter dropped
        doubled = (k > 0 and target[k - 1] == target[k]) or (k + 1 < m and target[k + 1] == target[k])
        if n == 4 and (_known()["counts"].get(target, 0) >= VERY_COMMON or target in _known()["signal_forms"]):
            return 2, k == n  # "culd", "whch"; or a form of a word the analysis reasons with ("chos", "wiat")
        return (3 if doubled else 2, k == n) if n >= 5 else None
    if n == m + 1:  # a letter added
        doubled = (k > 0 and typo[k - 1] == typo[k]) or (k + 1 < n and typo[k + 1] == typo[k])
        if doubled and n >= 5:
            return 2, k == m
        return (1, k == m) if n >= 6 else None
    if k + 1 < n and typo[k] == target[k + 1] and typo[k + 1] == target[k] and typo[k + 2 :] == target[k + 2 :]:
        return (2, k + 2 == n) if n >= 4 else None  # two letters swapped
    return (1, False) if n >= 6 and k < n - 1 else None  # a wrong letter, never the last one


def _family(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short.rstrip("ey")) and len(long) - len(short) <= 3


def correct(low: str) -> str | None:
    """The corrected form of the lower-case word ``low``, or None to leave it alone."""
    if not 4 <= len(low) <= MAX_WORD or not low.isalpha() or not low.isascii() or is_known(low):
        return None
    from symspellpy import Verbosity

    index = _symspell()
    lexicon_forms = _known()["lexicon_forms"]
    signal_forms = _known()["signal_forms"]
    scored = []
    for s in index.lookup(low, Verbosity.CLOSEST, max_edit_distance=1):
        if s.distance != 1 or s.term[0] != low[0]:
            continue
        slip = _slip(low, s.term)
        if slip is None:
            continue
        rank, at_end = slip
        if s.term[-1] != low[-1] and not at_end:
            continue
        if rank < 2 and s.count < MIN_COUNT and len(s.term) >= LONG_WORD and s.term not in lexicon_forms:
            continue  # a less common long word: only a dropped, doubled or swapped letter
        scored.append((rank, s.term[-1] == low[-1], s.count, s.term))
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    # A plain slip (a letter dropped, doubled or swapped, not a wrong one) of a form of a word the analysis reasons
    # with is corrected even when the typo looks like a prefix or an inflection of another word ("roled": "role" + "d").
    signal_slip = best[3] in signal_forms and best[0] >= 2
    if not signal_slip and _compound_of_known(low):
        return None
    stems = [] if signal_slip else _stems(low)
    if stems:
        # Looks like an inflection of a known word ("sharded"): only a clear slip into a far more
        # common word overrides that ("insted" is not "inst" + "ed").
        counts = _known()["counts"]
        if best[0] < 2 or best[2] < INFLECTION_MARGIN * max(counts.get(st, MIN_COUNT) for st in stems):
            return None
    for other in scored[1:]:
        if other[0] == best[0] and other[2] * AMBIGUITY > best[2] and not _family(other[3], best[3]):
            return None
    return best[3]
