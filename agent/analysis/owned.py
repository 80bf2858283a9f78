"""Decisions claimed by possession, a bare copula or a reversed cleft, read from the sentence's words.

"The Postgres choice, that one's mine", "switching to a monorepo, that was all mine", "picking DynamoDB? That one's
mine", "the call? Mine.", "that rollback was on me, start to finish", "the only person who signed off on it was me":
the parser hangs "mine" on "one" or reads a fragment, so the copular rules in ``holders`` never see a decision noun
as the subject.  Here the claim ("that one's mine", "was on me", a bare "Mine.", "the one who approved it was X")
counts only when a decision is named before it: a decision or permission noun, a deliberate act ("rollback",
"cutover", "go/no-go"), or a gerund of deciding or acting ("picking", "pulling") opening the stretch, in this
sentence or, for a fragment answer, in the one just before.  "The bug was mine", "that laptop's mine", "the service is
mine to maintain now" and "the only person who noticed was me" claim no decision and give nothing.  The holder of
"that one's the committee's" or "was on my manager" is read with ``holders.holder_locus``.
"""

from __future__ import annotations

import re

from agent.analysis import frames, lexicon
from agent.analysis.events import Event
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma

_HOLDER = r"(?P<h>mine|me|(?:the|my|our|his|her|their) (?:[\w-]+ ){0,2}?[\w-]+(?='s)|(?:the|my|our) [\w-]+(?: [\w-]+)?)"
_ALL = r"(?:(?:all|entirely|wholly|completely|totally|solely|squarely|100%) )?"
# "that one's mine", "that was all mine", "it's on me", "was on my manager"
_CLAIM = re.compile(
    r"\b(?:(?:that|this|it)(?: one)?(?:'s| is| was)|was|is) " + _ALL + r"(?:(?P<on>on) )?" + _HOLDER + r"(?P<tail>'s)?",
    re.I,
)
# A fragment answering a named decision: "Mine.", "All mine.", "The steering board's."
_FRAGMENT = re.compile(
    r"^\W*" + _ALL + r"(?P<h>mine|(?:the|my|our) (?:[\w-]+ ){0,2}?[\w-]+(?='s))(?:'s)?"
    r"(?:,? (?:entirely|completely|all the way|full stop|start to finish|really|honestly))?\W*$",
    re.I,
)
# "the only person who signed off on it was me", "the one who picked the vendor was my lead"
_CLEFT = re.compile(
    r"\bthe (?:only |one )?(?:person|one|people|guy|individual) (?:who|that) (?P<body>(?:[\w'/-]+ ){1,10}?)"
    r"(?:was|is|were) (?:really |actually |just )?" + _HOLDER,
    re.I,
)
_ACTS = frozenset(
    "rollback roll-back revert cutover cut-over freeze switch migration shutdown go/no-go go-no-go reorg pivot "
    "cancellation postponement delay launch move veto push ban pause cut".split()
)
_NOUNS = frames.DECISION_NOUNS | frames.PERMISSION_NOUNS | _ACTS
_VERBS = lexicon.DECISION_VERBS | lexicon.ACTION_VERBS
_WORDS = re.compile(r"[\w'/-]+")
_SCREEN = re.compile(
    r"\b(?:mine|on me|on (?:the|my|our) |'s\W*$|the (?:only |one )?(?:person|one|people|guy) |(?:that|this)(?: one)? was (?:me|the |my |our ))",
    re.I,
)
_NOT_DECIDING = frozenset({"on-call", "oncall"})
_NOT_DECIDING_BEFORE = frozenset({"on", "phone", "sales", "conference", "video", "support"})  # "the sales call"
_LEADS = frozenset({"so", "and", "but", "anyway", "honestly", "well", "look"})
# Words that end a noun phrase's head stretch: "the mistake | in the migration script", "the call | to page them".
_BREAKS = ("in", "on", "of", "for", "to", "at", "from", "with", "about", "that", "which", "who", "was", "is", "were")


def _decision_named(stretch: str) -> bool:
    """A decision noun or deliberate act heading the noun phrase of ``stretch`` ("the decision to close the ward",
    "the Postgres choice", not "the mistake in the migration script"), or an opening gerund of deciding or acting."""
    words = [w.lower().strip("'") for w in _WORDS.findall(stretch)]
    if words and words[0] in _LEADS:
        words = words[1:]
    if not words:
        return False
    if words[0].endswith("ing") and lemma(words[0]) in _VERBS:
        return True  # "Picking DynamoDB ...", "So switching to a monorepo ..."
    chunk = re.split(r"\s*[,?:;—-]\s+|\s+(?:" + "|".join(_BREAKS) + r")\s+", " ".join(words), maxsplit=1)[0].split()
    if not chunk or chunk[-1] in _NOT_DECIDING or (len(chunk) > 1 and chunk[-2] in _NOT_DECIDING_BEFORE):
        return False
    return chunk[-1] in _NOUNS or lemma(chunk[-1]) in _NOUNS


def _deciding(body: str) -> bool:
    return any(lemma(w.lower()) in _VERBS | {"sign", "greenlight", "okay", "ok"} for w in _WORDS.findall(body))


def _locus(sent, base: int, m: re.Match) -> str | None:
    if m.group("h").lower() in ("mine", "me"):
        return "self"
    at = m.start("h") + base
    end = m.end("h") + base
    heads = [t for t in sent if at <= t.idx < end and t.tag_.startswith("NN")]
    return holder_locus(heads[-1]) if heads else None


def claims(sent, text: str, base: int) -> list[Event]:
    """Self (or another holder's) claims of a decision named before them in ``sent`` (whose text is ``text``)."""
    if _SCREEN.search(text) is None:
        return []
    out: list[Event] = []
    m = _CLEFT.search(text)
    if m is not None and _deciding(m.group("body")):
        locus = _locus(sent, base, m)
        if locus is not None:
            out.append(_event(sent, base, m, locus, "cleft_holder"))
    m = _FRAGMENT.match(text)
    if m is not None:
        prev = _previous(sent)
        if prev is not None and prev.text.rstrip().endswith(("?", ":", "-", "—")) and _decision_named(prev.text):
            locus = _locus(sent, base, m)
            if locus is not None:
                out.append(_event(sent, base, m, locus, "fragment_claim"))
        return out
    for m in _CLAIM.finditer(text):
        h = m.group("h").lower()
        fronted = _fronted_me(text, m) if h == "me" else _fronted_holder(text, m)  # "the timeout, that was me"
        if h == "me" and not m.group("on") and not fronted:
            continue  # "it was me who ..." is the cleft rule's
        if h not in ("mine", "me") and not (m.group("tail") or m.group("on")):
            continue  # "that was the plan": no holder
        if text[m.end() :].lstrip().lower().startswith(("to maintain", "to run", "to fix", "to support", "to own")):
            continue  # "the service is mine to maintain now": the work, not a decision
        stretch = text[: m.start()]
        if not fronted and not _decision_named(stretch):
            prev = _previous(sent)
            if stretch.strip(" ,") or prev is None or not prev.text.rstrip().endswith("?"):
                continue
            if not _decision_named(prev.text):
                continue
        locus = _locus(sent, base, m)
        if locus is not None and (locus != "process" or not m.group("on")):  # "the launch was on the calendar"
            out.append(_event(sent, base, m, locus, "claimed"))
    return out


def _fronted_me(text: str, m: re.Match) -> bool:
    """ "X, that was me" / "X, that one was me.": a topic put first, then claimed, with nothing after "me"."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :].lstrip()
    return (
        before.endswith((",", "—", "-", ":"))
        and len(before) > 3
        and text[m.start() :].lower().startswith(("that", "this"))
        and (not after or after[0] in ",.;!—-")
    )


def _fronted_holder(text: str, m: re.Match) -> bool:
    """ "the thirty-second timeout, that was the customer's demand": a topic put first, then a holder's decision."""
    if not m.group("tail") or not text[m.start() :].lower().startswith(("that", "this")):
        return False
    if not text[: m.start()].rstrip().endswith((",", "—", "-", ":")):
        return False
    nxt = _WORDS.findall(text[m.end() :])
    return bool(nxt) and lemma(nxt[0].lower()) in _NOUNS | frames.DIRECTIVE_NOUNS | _WAGERS


_WAGERS = frozenset({"bet", "gamble", "wager", "punt", "gambit", "play"})


def wagered(be) -> Event | None:
    """ "Dropping the nightly export was my gamble", "switching regions was my lead's bet": a gerund subject whose
    copula names a holder's bet (the holder read with ``holders.holder_locus``)."""
    subj = next((c for c in be.children if c.dep_ in ("csubj", "nsubj")), None)
    attr = next((c for c in be.children if c.dep_ == "attr"), None)
    gerund = subj is not None and (
        subj.tag_ == "VBG"
        or any(c.dep_ == "compound" and c.tag_ == "VBG" and c.i == subj.left_edge.i for c in subj.children)
    )  # "switching regions was my bet": the parser may hang the gerund on its object as a compound
    if not gerund or attr is None or lemma(attr.lower_, attr.tag_) not in _WAGERS:
        return None
    if any(c.dep_ == "neg" for c in be.children):
        return None
    poss = next((c for c in attr.children if c.dep_ == "poss"), None)
    locus = holder_locus(poss) if poss is not None else None
    if locus is None:
        return None
    return Event(
        locus=locus,
        strength=4 if locus == "self" else 3,
        start=subj.left_edge.idx,
        end=attr.idx + len(attr.text),
        cue="wagered",
        pos=be.i,
    )


def _previous(sent):
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _event(sent, base: int, m: re.Match, locus: str, cue: str) -> Event:
    pos = next((t.i for t in sent if t.idx >= m.start() + base), sent.start)
    return Event(
        locus=locus,
        strength=4 if locus == "self" else 3,
        start=sent.start_char if cue == "claimed" else m.start() + base,
        end=m.end() + base,
        cue=cue,
        pos=pos,
    )


def others_personally(phrased: list[Event], sent) -> list[Event]:
    """ "The head of engineering scrapped the rewrite personally": "personally" marks the speaker's own call only
    when the speaker is the one acting; after another subject it stresses that person's hand (kept at strength 1)."""
    out = []
    for e in phrased:
        tok = next((t for t in sent if t.lower_ == "personally" and t.idx + len(t.text) == e.end), None)
        if e.cue == "myself" and tok is not None:
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ == "conj":
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in lexicon.SELF_WORDS:
                e.strength = 1  # kept weak: another's act outranks it, and alone it probes nobody
        out.append(e)
    return out
