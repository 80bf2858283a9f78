"""Features of one parsed sentence for the learned locus classifier.

Deterministic and read straight from the analyzer's own spaCy parse (no other model): lemma unigrams and
bigrams, the word classes of the analyzer's lexicons (decision verbs, authority, group and process nouns,
drift verbs, hedges ...), who is the subject of each verb (by class: I, we, a person over the speaker, a
team, a process, nobody ...), voice, modality, negation and the clause marks.  Word classes carry most
of the weight in the trained model, so a new noun of a known class behaves like the ones it was trained on.

The rules' own verdict is deliberately not a feature: the rules were tuned on every labelled sentence the
model learns from, so in training they look perfect and a model given them learns to copy them.  The two
are combined explicitly instead (``arbiter.revise``).
"""

from __future__ import annotations

import itertools

from agent.analysis import cues, lexicon
from agent.analysis.lemmas import lemma

_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("decide", lexicon.DECISION_VERBS),
    ("act", lexicon.ACTION_VERBS),
    ("defer", lexicon.DEFER_VERBS),
    ("drift", lexicon.DRIFT_VERBS),
    ("nonagency", lexicon.NON_AGENCY_VERBS),
    ("approval", lexicon.APPROVAL_NOUNS),
    ("consent", lexicon.GROUP_CONSENT_NOUNS),
    ("rank", lexicon.RANK_NOUNS),
    ("authority", lexicon.AUTHORITY_NOUNS),
    ("person", lexicon.PERSON_HEADS),
    ("groupn", lexicon.GROUP_NOUNS),
    ("processn", lexicon.PROCESS_NOUNS),
    ("component", lexicon.COMPONENT_NOUNS),
    ("runtime", lexicon.RUNTIME_NOUNS),
    ("dept", lexicon.DEPARTMENT_NOUNS),
    ("stakeholder", lexicon.STAKEHOLDER_NOUNS),
    ("hedgeadv", lexicon.HEDGE_ADVERBS),
    ("self", lexicon.SELF_WORDS),
    ("we", lexicon.WE_WORDS),
    ("third", lexicon.THIRD_PERSON),
    ("nobody", lexicon.NOBODY_WORDS | frozenset({"no one"})),
    ("someone", lexicon.SOMEONE_WORDS),
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "pobj", "dative", "oprd"})


def word_classes(low: str, lem: str) -> list[str]:
    """The lexicon classes ``low`` (lower-cased word, lemma ``lem``) belongs to."""
    return [name for name, words in _CLASSES if low in words or lem in words]


def _person(tok, lem: str) -> str:
    """The class of a subject or agent word: who it names."""
    low = tok.lower_
    if low in lexicon.SELF_WORDS:
        return "I"
    if low in lexicon.WE_WORDS:
        return "we"
    if low == "you":
        return "you"
    if low in ("it", "this", "that"):
        return "it"
    if low in ("they", "them"):
        return "they"
    if low in ("he", "she", "him", "her"):
        return "he"
    if low in lexicon.NOBODY_WORDS or low in ("nothing", "none"):
        return "nobody"
    if low in lexicon.SOMEONE_WORDS:
        return "someone"
    found = word_classes(low, lem)
    if found:
        return found[0]
    if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children):
        return "poss_" + ("my" if any(c.lower_ == "my" for c in tok.children) else "our")
    return "noun" if tok.tag_.startswith("NN") else tok.pos_.lower()


def sentence_features(sent) -> list[str]:
    """The feature names of ``sent`` (a spaCy span from the analyzer's parse), in a fixed order."""
    toks = [t for t in sent if not t.is_space]
    lems = [lemma(t.lower_, t.tag_) for t in toks]
    out: list[str] = ["bias"]
    words = ["<s>"]
    for tok, lem in zip(toks, lems, strict=True):
        if tok.is_punct:
            continue
        words.append(lem)
        out.append("w:" + lem)
        for name in word_classes(tok.lower_, lem):
            out.append("c:" + name)
            out.append(f"cd:{name}:{tok.dep_}")
        if tok.tag_ == "MD":
            out.append("modal:" + lem)
        if tok.dep_ == "neg":
            out.append("neg:" + lemma(tok.head.lower_, tok.head.tag_))
            out.append("neg")
        if tok.dep_ == "auxpass":
            out.append("passive")
        if tok.dep_ == "agent":
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                out.append("agent:" + _person(pobj, lemma(pobj.lower_, pobj.tag_)))
        if tok.dep_ in _SUBJECT_DEPS:
            head = tok.head
            hl = lemma(head.lower_, head.tag_)
            who = _person(tok, lem)
            out.append(f"s:{tok.dep_}:{who}")
            out.append(f"sv:{who}:{hl}")
            for name in word_classes(head.lower_, hl) or ["other"]:
                out.append(f"svc:{who}:{name}")
        if tok.dep_ in _OBJECT_DEPS:
            hl = lemma(tok.head.lower_, tok.head.tag_)
            out.append(f"o:{tok.dep_}:{hl}:{_person(tok, lem)}")
        if tok.dep_ == "poss":
            out.append(f"poss:{_person(tok, lem)}:{lemma(tok.head.lower_, tok.head.tag_)}")
        if tok.dep_ == "ROOT":
            out.append("root:" + lem)
            out.append("roottag:" + tok.tag_)
            if not any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
                out.append("root_nosubj")
        if tok.dep_ == "prt":
            out.append(f"prt:{lemma(tok.head.lower_, tok.head.tag_)}:{tok.lower_}")
    words.append("</s>")
    out.extend(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    text = sent.text
    if cues.HEDGE_WEAK.search(text):
        out.append("hedge_weak")
    if text.rstrip().endswith("?"):
        out.append("qmark")
    if text[:1].islower():
        out.append("lowercase")
    n = len(words) - 2
    out.append("len:" + ("short" if n < 8 else "mid" if n < 18 else "long"))
    return out
