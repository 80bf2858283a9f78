"""Where a deferral is only mentioned, not done, and where a sentence only sets the scene.

Each reader answers one question about the parse of a sentence, so the signal readers and the
key-decision choice read these wordings the same way:

- a refused deferral: "I didn't wait for ops to pick it up", "without asking the lead", "rather than
  wait for the vendor" (the waiting, and whoever it would have waited on, is what did *not* happen);
- a deferral inside a negated frame: "I didn't treat it as something that needed her approval";
- an objection imagined and answered: "if my director had objected I'd have argued it with the numbers";
- the cost of waiting given as the reason to act: "waiting for their release would have meant ...";
- the speaker's own step as a grammatical subject: "pausing the sync should have come first";
- context: what the speaker was responsible for ("I owned the billing service", "I ran the intake backend").
"""

from __future__ import annotations

from agent.stories import words as W
from agent.stories.clauses import Clause, SentenceView
from agent.stories.forms import WordClass
from agent.stories.found import phrases

_DEFER_VERBS = WordClass("defer_verb", "wait ask need seek hold check")
_NEG = frozenset({"not", "n't", "never", "nt"})
_EMBEDDED = frozenset({"relcl", "ccomp", "acl"})
_LEAD_DEPS = frozenset({"nsubj", "nsubjpass", "det", "aux", "auxpass", "mark", "poss", "neg", "advmod"})
_CONTAINED = frozenset({"relcl", "ccomp", "acl", "pobj", "prep", "attr", "dobj", "xcomp", "oprd", "pcomp"})
_OBJECT_VERBS = WordClass("object_verb", "object disagree refuse veto block oppose reject resist challenge question")
_STOP_WORDS = frozenset({"stop", "no", "back", "off", "not", "wait", "hold"})
_ARGUE = WordClass(
    "argue", "argue push show present defend fight challenge talk explain walk make put press lay stand insist"
)
_CASE_NOUNS = frozenset({"case", "argument", "point", "numbers", "data", "it", "through", "ground"})
_WAIT_COST = phrases(
    r"(?:waiting|holding off|holding out|sitting on (?:it|this|that|the \w+)|hanging on)[^.;]{0,80}?"
    r"\b(?:meant|means|mean|cost|costs|would (?:have )?(?:meant|mean|cost|left|kept|let|hurt)|was going to (?:cost|mean)|left)\b"
)
_STEP_NOUNS = WordClass(
    "step_noun",
    "rollback roll-back revert pause freeze fix patch restart switch cutover failover hotfix change rollout "
    "migration call decision move step order check fallback analysis diagnosis investigation",
)
_OWN_POSS = frozenset({"my", "our", "the", "that", "this", "a", "an"})
_CONTEXT_VERBS = WordClass("context_verb", "own run maintain manage lead inherit support look")
_SYSTEMS = WordClass(
    "system",
    "service backend frontend system archive pipeline platform api app application tool database cluster exporter "
    "importer scheduler queue site product integration feed engine store warehouse stack codebase repo repository "
    "module component infrastructure network portal team squad function area",
)


def _doc_token(sent: SentenceView, pos: int):
    """The token of the sentence that covers turn offset ``pos`` (None without a parse)."""
    toks = sent.tokens
    if toks is None:
        return None
    for tok in toks:
        if tok.idx <= pos < tok.idx + len(tok.text) + 1:
            return tok
    return None


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEG for c in tok.children)


def _refusing(tok) -> int | None:
    """The offset where the refusal of a waiting or asking verb begins ("didn't", "without", "rather than")."""
    if tok.lower_ not in _DEFER_VERBS:
        return None
    neg = [c for c in tok.children if c.i < tok.i and (c.dep_ == "neg" or c.lower_ in _NEG)]
    if neg:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        return min(t.idx for t in subj + neg)
    doc = tok.doc
    before = [doc[j].lower_ for j in range(max(0, tok.i - 2), tok.i)]
    if before[-1:] == ["without"] or before[-2:] in (["instead", "of"], ["rather", "than"]):
        return doc[tok.i - (1 if before[-1:] == ["without"] else 2)].idx
    return None


_REFUSAL_WORDS = frozenset({"not", "n't", "never", "nt", "without", "rather", "instead"})


def refused_deferrals(sent: SentenceView) -> list[tuple[int, int]]:
    """Turn offsets of each refused waiting or asking and what it governs ("didn't wait for ops to pick it up")."""
    toks = sent.tokens
    if toks is None or sent.words.isdisjoint(_REFUSAL_WORDS):
        return []
    out = []
    for tok in toks:
        if not tok.tag_.startswith("VB"):
            continue
        lo = _refusing(tok)
        if lo is not None:
            right = tok.right_edge
            out.append((lo, right.idx + len(right.text)))
    return out


def in_refused(sent: SentenceView, pos: int) -> bool:
    """Whether turn offset ``pos`` lies inside a refused deferral of the sentence."""
    return any(lo <= pos < hi for lo, hi in refused_deferrals(sent))


def under_negated_frame(sent: SentenceView, pos: int) -> bool:
    """ "I didn't treat it as something that needed her approval", "it was never a change that needed sign-off":
    the deferral at ``pos`` is embedded (a relative or complement clause) in a negated verb."""
    if sent.words.isdisjoint(_NEG):
        return False
    tok = _doc_token(sent, pos)
    for _ in range(3):
        # A span may start at a verb's subject, determiner or auxiliary ("that needed her approval"): read its verb.
        if tok is None or tok.dep_ not in _LEAD_DEPS or tok.head is tok:
            break
        tok = tok.head
    embedded = False
    for _ in range(8):
        if tok is None:
            return False
        if embedded and tok.tag_.startswith("VB") and _negated(tok):
            return True
        if tok.dep_ not in _CONTAINED or tok.head is tok:
            return False
        embedded = embedded or tok.dep_ in _EMBEDDED
        tok = tok.head
    return False


def waiting_costs(sent: SentenceView) -> list[tuple[int, int]]:
    """Turn offsets of "waiting for X would have meant / cost ...": waiting named as the cost, a reason to act."""
    return [(sent.start + m.start(), sent.start + m.end()) for m in _WAIT_COST.finditer(sent.lower)]


def in_waiting_cost(sent: SentenceView, pos: int) -> bool:
    """Whether turn offset ``pos`` lies inside a stated cost of waiting."""
    return any(lo <= pos < hi for lo, hi in waiting_costs(sent))


def _objection(sent: SentenceView, c: Clause) -> bool:
    """A condition in which someone objects or tells the speaker to stop ("if my director had objected",
    "had he said no", "if she'd told me to hold off")."""
    if not c.conditional or c.mine or c.negated or sent.tokens is None:
        return False
    if c.verb in _OBJECT_VERBS:
        return True
    doc = sent.tokens.doc
    after = {doc[j].lower_ for j in range(c.index + 1, min(c.index + 5, len(doc)))}
    return c.lemma in ("say", "tell", "push", "want", "ask") and bool(_STOP_WORDS & after)


def answered_objection(sent: SentenceView) -> Clause | None:
    """ "If she had objected I'd have argued it with the numbers": the speaker's imagined answer, or None.

    The answer is the consequent ("I would have ..."), never a condition of the speaker's own ("if I had argued").
    """
    if not any(_objection(sent, c) for c in sent.clauses):
        return None
    for c in sent.clauses:
        if (
            c.mine
            and not c.negated
            and c.modal_word in ("would", "'d", "d")
            and c.verb in _ARGUE
            and (c.lemma not in ("make", "put", "lay", "walk", "talk") or bool(_CASE_NOUNS & c.words))
        ):
            return c
    return None


def in_objection(sent: SentenceView, pos: int) -> bool:
    """Whether ``pos`` lies in the condition of an answered objection (someone else's imagined "no")."""
    if answered_objection(sent) is None:
        return False
    return any(_objection(sent, c) and c.start <= pos < c.end for c in sent.clauses)


def step_subject(sent: SentenceView, c: Clause) -> bool:
    """The clause's subject is one of the speaker's own steps: a gerund ("pausing the sync should have come first")
    or an action noun nobody else owns ("the config rollback should have gone out sooner")."""
    toks = sent.tokens
    if toks is None:
        return False
    verb = toks.doc[c.index]
    subj = next((t for t in verb.children if t.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass")), None)
    if subj is None:
        return _gerund_before(verb)
    if subj.tag_ == "VBG" or _gerund_modifier(subj):
        return True
    if subj.lower_ not in _STEP_NOUNS:
        return False
    return all(t.lower_ in _OWN_POSS for t in subj.children if t.dep_ in ("poss", "det"))


def _gerund_modifier(subj) -> bool:
    """A bare noun led by a verb's -ing form that the tagger made a modifier: "pausing ingestion should have come
    first", "holding settlement should have ..." (a step done to a thing, not "the morning traffic")."""
    lead = subj.left_edge
    if lead.i == subj.i or lead.dep_ not in ("amod", "compound") or lead.head.i != subj.i:
        return False
    if any(t.dep_ in ("det", "poss") for t in subj.children):
        return False
    if not lead.lower_.endswith("ing"):
        return False
    from lemminflect import getAllLemmas  # here, not at import: it pulls in spaCy (``locus progress`` never parses)

    return "VERB" in getAllLemmas(lead.lower_)


def _gerund_before(verb) -> bool:
    """A subjectless verb right after a gerund phrase, the parse having missed the subject ("in retrospect draining
    the bad node should have happened earlier")."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not aux:
        return False
    doc = verb.doc
    first = min(a.i for a in aux)
    return any(doc[j].tag_ == "VBG" and doc[j].right_edge.i == first - 1 for j in range(max(0, first - 8), first))


def context_clause(sent: SentenceView, c: Clause) -> bool:
    """ "I owned the billing service", "I ran the intake backend", "I looked after the routing service": what the
    speaker was responsible for, which is the scene of the story, not a decision, evidence or an outcome."""
    if not c.mine or c.negated or c.verb not in _CONTEXT_VERBS:
        return False
    if c.lemma == "look" and "after" not in c.words:
        return False
    if W.EVIDENCE_NOUNS.any_in(frozenset(c.objects)) and not _SYSTEMS.any_in(frozenset(c.objects)):
        return False
    return _SYSTEMS.any_in(frozenset(c.objects)) or (c.lemma == "look" and _SYSTEMS.any_in(c.words))
