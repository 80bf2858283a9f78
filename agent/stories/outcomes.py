"""Outcome signals: the speaker's own change or call named as the cause of what went wrong, the result of their
call held as theirs, or the outcome placed on someone else.

Read per sentence, in ordinary and run-on wording ("that was down to me", "the table I had generated skipped two
postcodes", "it was me who set the cache ... so prices were stale"); blame is every place the outcome is put on
a team, a role or a supplier ("QA should have caught it", "that wasn't on me").
"""

from __future__ import annotations

import re

from agent.analysis.actors import category
from agent.stories import scopes
from agent.stories import words as W
from agent.stories.clauses import SentenceView
from agent.stories.found import at_clause, at_match, first, make, phrases
from agent.stories.models import Signal

_FAULT_NOUNS = (
    r"(?:own )?(?:[\w-]+ )?(?:change|mistake|bug|fault|error|slip|miss|call|decision|choice|code|config|migration|check|"
    r"mapping|model|patch|deploy|release|script|query|logic|gap|oversight|doing|responsibility|miss|failure|estimate|"
    r"forecast|assumption|plan|guess|setting|limit|timeout|threshold|design|schema|sizing|rollout|cutover|import|job)"
)
_OWNED = phrases(
    rf"(?:was|is|'s|were) (?:entirely |all |completely |really |totally |squarely )?my {_FAULT_NOUNS}",
    r"(?:part|some|most|all|half) of (?:it|that|this|the blame|the fault) (?:was|is) (?:on me|mine|my fault)",
    r"(?:not|never) (?:going to |gonna )?(?:pretend|say|claim)[^.;:]{0,30}(?:anyone|anybody|someone|somebody) else",
    r"(?:was|'s|is|were) (?:entirely |all |completely |really |totally |squarely )?on me",
    r"(?:traces?|traced|tracked|came|comes|goes|went) (?:it |this |that |them )?back to my",
    r"(?:after|when|once) (?:my|i) (?:[\w-]+ )?(?:deploy|change|release|migration|push|patch|rollout|flipped|shipped|deployed|changed|pushed|released|merged|switched)",
    r"(?:that|the|my) (?:call|decision|choice) was (?:wrong|a mistake|the wrong one|bad|a bad one)",
    r"(?:caused by|due to|because of|down to|came from) my",
    rf"my {_FAULT_NOUNS} (?:caused|broke|cost|took|was the cause|was wrong|was to blame|was off|was too|were wrong|were off|missed|failed|skipped|dropped)",
    r"(?:was|is|'s|were) (?:all |entirely |squarely |mostly )?down to (?:me|my)",
    r"i (?:take|took|accept|accepted) (?:full |the |complete )?(?:responsibility|the blame|blame|ownership) for (?:the|that|this|my|our) (?:[\w-]+ )?(?:outage|incident|mistake|failure|bug|miss|delay|error|problem|breakage|loss|regression|slip)",
    r"(?:cause|culprit|reason|problem|trigger) (?:was|turned out to be|is) (?:that )?(?:the |a |an )?(?:[\w-]+ ){0,4}(?:that )?i(?: had|'d)? (?:chosen|chose|picked|set|written|wrote|added|made|changed|configured|built|shipped|deployed|generated|pushed|merged|removed|used)",
    r"i got (?:the |my |it |that |this |those |these |a |an )?(?:[\w-]+ ){0,3}wrong",
    r"(?:the|that) (?:bug|gap|mistake|miss|error|fault|call|decision) (?:was|is) (?:entirely )?mine",
    r"(?:bug|mistake|error|typo|gap|flaw) in my",
    r"(?:change|bug|mistake|error|config|patch|commit|script|query|migration|deploy)s? of mine",
    r"(?:bug|mistake|error|change|fault|regression|code|config|gap|slip|miss),? (?:was |is |all )?mine",
    "i (?:had |'d )?(?:caused|broke|introduced|missed|forgot|overlooked|misread|underweighted|underestimated|overestimated|misjudged|miscounted|misconfigured|miscalculated|mislabell?ed)",
    r"i (?:hadn't|had not|didn't|did not|never) (?:tested|checked|updated|run|considered|thought about|excluded|validated|noticed)",
    "my fault",
    "my mistake",
    "my bad",
    "owned (?:the|that|my) (?:mistake|miss|failure|outage)",
    r"(?:named|written up|wrote it up) (?:as|with) (?:my|the \w+(?: \w+)? (?:named )?as my)",
    r"as my (?:call|decision|mistake|cause)",
    r"with my [\w-]+(?: [\w-]+)? as the (?:cause|reason|root cause)",
)
# "It was me who set the cache", "I was the one who merged it": owns an outcome only next to one.
_ME_WHO = phrases(
    r"(?:it was|it's|that was|twas) (?:me|i) (?:who|that)",
    r"(?:i was|i'm|i am) the (?:one|person|engineer) (?:who|that)",
)
# The denial and what it denies stay in one clause: "I had only timed weekdays, not month-end, then that part is on me"
# (a run-on of two sentences) denies nothing; the window stops at a joined clause (", then", ", and so", ", so").
_DENIED = re.compile(
    r"(?:\bnot|n['\u2019]?t|\bnever|\bnone of (?:it|this|that)|\bnothing)\b(?:(?!,? (?:then|and so)\b|, (?:and|so)\b)[^.;]){0,30}"
    r"\b(?:on me|on my (?:side|end|part)|down to me|my fault|my (?:job|problem|responsibility|call|doing|\w+'s fault))",
    re.I,
)
# "I wouldn't call that my mistake", "hard to say it was my fault", "nobody could pin that on my change": the speaker's
# own fault named only inside a frame that denies it.
_DENIAL_FRAME = re.compile(
    r"(?:\bnot|n['\u2019]?t|\bnever) (?:really |exactly |honestly |fairly |just )?"
    r"(?:say|call|think|believe|agree|see|consider|claim|pin|blame|put|count)\b"
    r"|\b(?:nobody|no one|no-one) (?:could|would|can|will) (?:really |fairly )?(?:say|call|blame|pin|put)\b"
    r"|\bhard to (?:say|call|argue|claim|blame|pin)\b"
)
_DENIED_OWN = re.compile(r"[^.;:]{0,50}?\bmy\b")
# "the delays came from the scanners, not from my routing change": the fault placed elsewhere by contrast with one's own.
_CONTRAST_MINE = phrases(
    rf"(?:, )?(?:and )?(?:not|rather than|instead of) (?:really )?(?:from |by |because of |due to |down to |in |with )?my {_FAULT_NOUNS}",
)
_CAUSE_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming) from|\bcaused by|\bdue to|\bbecause of|\bdown to|\b(?:problem|issue|fault|doing|side|"
    r"bug|mistake|cause|culprit)\b"
)


def denies_own_fault(sent: SentenceView) -> bool:
    """The sentence names the speaker's own fault only to deny it (a hedge or a contrast), so it owns nothing."""
    low = sent.lower
    for m in _DENIAL_FRAME.finditer(low):
        tail = _DENIED_OWN.match(low, m.end())
        if tail is not None and not _ELSE.search(tail.group(0)):
            return True
    return disowned_contrast(sent) is not None


def disowns(sent: SentenceView) -> bool:
    """The sentence denies that an outcome was the speaker's ("wasn't really my doing", "not on my side at all")."""
    denied = _DENIED.search(sent.lower)
    return (denied is not None and not _ELSE.search(denied.group(0))) or denies_own_fault(sent)


def disowned_contrast(sent: SentenceView) -> re.Match[str] | None:
    """ "X came from the depot scanners, not from my routing change": a cause named elsewhere, then one's own denied."""
    if first(_CONTRAST_MINE, sent) is None:
        return None  # the phrase filter answers for most sentences
    low = sent.lower
    for m in _CONTRAST_MINE.finditer(low):
        before = low[max(0, m.start() - 90) : m.start()]
        causes = [c.start() for c in _CAUSE_BEFORE.finditer(before)]
        if causes and not re.search(r"\bmy\b", before[causes[-1] :]):
            return m
    return None


# Who an outcome is put "on": them, their people, or a named team, role or supplier (never "on the critical path").
_PARTY = (
    r"(?:their (?:[\w-]+ )?(?:team|side|end|people|engineers|vendor|call|code|config|change|release|process)|the (?:[\w-]+ ){0,2}"
    r"(?:team|teams|vendor|vendors|qa|ops|support|contractors?|partners?|providers?|group|side|department|client|customer|"
    r"platform|infra|finance|legal|security|bank|supplier|suppliers|agency|testers|technicians|developers|engineers|folks|people|guys|"
    r"crew|lot|staff|owners?|leads?|managers?|director|org))"
)
_ELSE = re.compile(r"\b(?:anyone|anybody|someone|somebody) else")
_BLAME = phrases(
    r"(?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not|not) (?:really |actually |entirely |at all )?(?:on me|on my (?:side|end|part)|down to me|my (?:fault|job|problem|responsibility|doing))",
    r"(?:it's|it is|that's|that is|it was|that was|it wasn't|that wasn't) not on (?:engineering|us|my team|our team|the engineers)",
    r"(?:it's|it is|that's|that is|was|is) not on (?:engineering|us|my team|our team|the engineers)",
    r"none of (?:it|this|that|the \w+|that \w+) (?:was|is) (?:really |actually )?(?:on me|mine|my fault)",
    r"(?:don't|do not|can't|cannot) see how (?:that|this|it)(?: one)? (?:is|was) (?:on me|my fault|mine)",
    rf"(?:that|this|it|those|which)(?: one)?(?: again| also| still)?(?: was|'s| is| were) (?:again |also |still |obviously )?(?:mostly |really |all |actually |totally |partly |honestly |just |clearly )?(?:on (?:them|{_PARTY})|(?:the \w+(?: \w+)?’s|the \w+(?: \w+)?s’|\w+’s|their) (?:[\w-]+ )?(?:fault|problem|job|responsibility|doing|issue|mistake|setup|config|bug|call|mapping|file|data|code|change|mess|process|system|script|update|release))",
    r"(?:their|the \w+(?: \w+)?’s|the \w+(?: \w+)?s’) (?:fault|job|problem|responsibility)",
    r"(?:that|this|it|which) (?:was|is|were) (?:really |all |just |clearly )?(?:the )?(?:[\w-]+ )?[\w-]+’s (?:[\w-]+ )?[\w-]+,? not (?:my|our) (?:decision|call|fault|problem|doing|job|code|change|bug|mistake)\b",
    r"(?:was|is|were) (?:really |all |just |clearly |honestly |entirely |mostly )?(?:the )?(?!my\b|our\b|nobody|no one|anyone|anybody|everyone|everybody|someone|somebody)(?:[\w-]+ )?\w+’s (?:[\w-]+ )?(?:fault|job|problem|responsibility|mess|setup|config|configuration|bug|mistake)",
    r"(?:was|were) supposed to (?:double-check|check|catch|test|flag|tell|review)",
    rf"(?:was|'s|is|were) (?:really |all |mostly |honestly |totally |partly )?on (?:them|{_PARTY})",
    r"(?:the \w+(?: \w+)?’s|their) \w+(?: \w+)? (?:was|were) (?:the )?(?:real |actual |root |main )?(?:problem|cause|issue|culprit)",
    r"(?:was|were) (?:all |mostly |really |entirely )?theirs",
    # the possessive typed without its apostrophe: "that was the finance teams problem", "the vendors fault"
    r"(?:was|is|were|it's|that's) (?:really |all |just |clearly |honestly |entirely |mostly )?the (?:[\w-]+ ){0,2}?"
    r"(?:teams?|vendors?|providers?|suppliers?|contractors?|partners?|testers?|developers?|engineers?|owners?|leads?|"
    r"managers?|directors?|departments?|platforms?|clients?|customers?|banks?|agency|agencies|groups?|staff|crew)s? "
    r"(?:[\w-]+ )?(?:fault|job|problem|responsibility|doing|mistake|mess|bug|call|decision)\b",
    r"nothing (?:i|we) could (?:have )?(?:do|done)",
    r"blame[sd]? (?:on )?(?:the|them|qa|ops|product)",
)

_CALL_NOUNS = re.compile(r"\bmy (?:own )?(?:call|decision|choice|doing|plan|design)\b", re.I)
OUTCOME_WORDS = re.compile(
    r"\b(?:cost|costs|caused|broke|broken|wrong|mistake|failed|failure|led to|delay|delayed|outage|lost|"
    r"missed|missing|skipped|dropped|hurt|refund|refunded|complaints?|late|worse|damage|fault|bug|error|regression|twice|duplicated?|double[ds]?|"
    r"stale|corrupted|down|crash(?:ed)?)\b",
    re.I,
)


def owned(sent: SentenceView) -> list[Signal]:
    """``owned_outcome``: the speaker names their own change or call as the cause of what went wrong.

    "It was my call" alone claims a decision; it owns an outcome only next to one ("... and it cost us").
    """
    if disowns(sent):
        return []
    m = first(_OWNED, sent)
    if m is not None and _CALL_NOUNS.search(m.group(0)) and not OUTCOME_WORDS.search(sent.lower):
        m = None
    if m is None and OUTCOME_WORDS.search(sent.lower):
        m = first(_ME_WHO, sent)
    if m is not None:
        return [at_match("owned_outcome", sent, m)]
    harm_here = OUTCOME_WORDS.search(sent.lower) is not None
    made = _made_by_me_did_harm(sent)
    if made is not None:
        return [made]
    for c in sent.clauses:
        # "My login change crashed on older phones", "because my wrapper didn't check the flag".
        if (
            c.past
            and c.actor not in ("self", "authority", "group", "we")
            and "my" in c.words
            and c.subject
            and ((c.verb in W.HARM and not c.negated) or (c.negated and harm_here))
        ):
            return [at_clause("owned_outcome", sent, c)]
    mine = [c for c in sent.clauses if c.mine and c.narrated and not c.negated and not scopes.context_clause(sent, c)]
    for c in sent.clauses:
        # "I shipped the schema change early, so the nightly export failed": own act, then the harm it did
        # (not "I turned the check off, because it was rejecting samples": that harm is the reason, not the result).
        if (
            mine
            and mine[0].index < c.index
            and c.past
            and c.verb in W.HARM
            and not c.negated
            and not _eased(c)
            and c.actor in ("thing", "it", "component", "process")
            and c.subject not in _NOBODY
        ):
            between = sent.lower[mine[0].end - sent.start : c.start - sent.start]
            if not _REASON_OPENER.search(between) and not _SEEN_THAT.search(between):
                return [at_clause("owned_outcome", sent, mine[0])]
    return []


_NOBODY = frozenset({"nothing", "none", "nobody", "no one", "noone"})


def _eased(c) -> bool:
    """ "the spikes dropped off", "errors fell to zero": a bad thing going down, not harm done."""
    return c.lemma in ("drop", "fall", "slow") and ("off" in c.particles or "to" in c.words or "away" in c.words)


# "I went through the logs and saw that the long hold was blocking rooms": what was found, not what the act did.
_SEEN_THAT = re.compile(r"\b(?:saw|found|noticed|showed|realised|realized|learned|learnt|spotted|discovered)\b")
_RELATIVE_MINE = frozenset({"VBD", "VBN"})


def _made_by_me_did_harm(sent: SentenceView) -> Signal | None:
    """ "the routing table I had generated skipped two postcodes": a thing the speaker made, doing the harm."""
    toks = sent.tokens
    if toks is None:
        return None
    for tok in toks:
        if tok.dep_ != "relcl" or tok.tag_ not in _RELATIVE_MINE:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children):
            continue
        noun = tok.head
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or not verb.tag_.startswith("VB"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        harmful = verb.lower_ in W.HARM or (
            verb.lemma_ == "be" and OUTCOME_WORDS.search(sent.lower[verb.idx - sent.start :]) is not None
        )
        if harmful:
            return make("owned_outcome", sent, noun.left_edge.idx, verb.idx + len(verb.text))
    return None


_REASON_OPENER = re.compile(r"\b(?:because|since|as|given that)\b")
_RESULT_HELD = phrases(
    r"(?:the )?(?:result|results|outcome|outcomes|consequences?|numbers|rollout|migration|launch|cutover)(?: \w+){0,2} (?:was|were|is|are) mine",
    r"mine to (?:answer for|own|fix|carry|live with)",
    r"(?:on me|mine) (?:either way|whichever way|whatever happened|if it failed|if it went wrong)",
    r"i (?:took|take|had|kept|accepted) (?:full |the |complete )?(?:responsibility|ownership|accountability) for (?:the|my|it|that|this|how|what|whether)",
    r"(?:saw|see|seen|carried|followed) (?:it|that|this|the \w+(?: \w+)?) through",
    r"stayed on (?:it|the \w+(?: \w+)?) until",
    r"i owned (?:the|it|that|my) [\w-]+(?: [\w-]+)? (?:from|until|through|to the|end to end|all the way)",
)


def held_result(sent: SentenceView) -> list[Signal]:
    """``owned_result``: the speaker holds the result of their own call, good or bad, in ordinary words.

    "The result was mine to answer for either way", "I took responsibility for the migration and saw it
    through": ownership of an outcome when nothing went wrong (a claim alone is weak: see substance).
    """
    if _DENIED.search(sent.lower):
        return []
    m = first(_RESULT_HELD, sent)
    if m is not None and (sent.mine() or "mine" in sent.words or "me" in sent.words):
        return [at_match("owned_result", sent, m)]
    return []


_PERSON_BEFORE = re.compile(r"\b(?:i|we|you|he|she|they|who)\s+$")
_BLAMEES = frozenset(
    "qa vendor vendors provider providers ops support contractor contractors partner partners infra "
    "infrastructure platform finance legal security product design networking".split()
)
_PRONOUNS = frozenset("everyone everybody they them he she him her someone somebody".split())
_NOT_PARTY = frozenset("i me we us my our it that this who which what nothing none most some".split())


def _blamee(sent: SentenceView) -> str:
    """Who the sentence puts the outcome on ("the QA team", "the vendor's SDK"): a team, a role or a supplier."""
    toks = sent.tokens
    if toks is None:
        return ""
    for tok in toks:
        low = tok.lower_
        if low in _NOT_PARTY or not tok.tag_.startswith(("NN", "PRP")):
            continue
        if low in _BLAMEES or (category(tok) in ("authority", "group") and low not in _PRONOUNS):
            head = tok
            while head.dep_ in ("poss", "compound", "amod") and head.head.i > head.i and head.head.i - tok.i <= 3:
                head = head.head
            lo = tok.left_edge.idx
            hi = head.idx + len(head.text) if head.i >= tok.i and head.i - tok.i <= 3 else tok.idx + len(tok.text)
            return sent.text[lo - sent.start : hi - sent.start] if sent.start <= lo < hi <= sent.end else tok.text
    return ""


# "each team thought it was their own mistake": what others believed before the speaker stepped in, not blame.
_BELIEF_BEFORE = re.compile(
    r"\b(\w+) (?:\w+ )?(?:thought|assumed|believed|figured|felt|suspected|guessed|were sure|was sure)\b[^.;,]*$"
)
_RETRACTED_AFTER = re.compile(r"\b(?:but|turned out|actually|until)\b")


def _belief_not_blame(low: str, m: re.Match[str]) -> bool:
    """The blame wording is the content of someone's belief: another party's, or the speaker's own, retracted."""
    b = _BELIEF_BEFORE.search(low, max(0, m.start() - 80), m.start())
    if b is None:
        return False
    if b.group(1) not in ("i", "we"):
        return True
    return _RETRACTED_AFTER.search(low, m.end()) is not None


_DUTY = re.compile(r"\bmy (?:job|responsibility|problem|area|remit|team's)\b")
_ANYWAY = re.compile(r"\b(?:but|so|yet|still|anyway|though|and)\b")


def _duty_then_acted(sent: SentenceView, m: re.Match[str]) -> bool:
    """ "It wasn't my job, but I rewrote the query myself": a duty disclaimed and then taken on, which is not blame."""
    if not _DUTY.search(m.group(0)):
        return False
    # "It wasn't my responsibility." alone (often a piece the run-on cutter took from "..., so I wrote the fix"): no
    # harm and nobody named, so no outcome is disowned.
    rest = sent.lower[: m.start()] + sent.lower[m.end() :]
    if not OUTCOME_WORDS.search(rest) and len(rest.split()) <= 4 and not _blamee(sent):
        return True
    at = sent.start + m.end()
    for c in sent.clauses:
        if c.start >= at and c.mine and not (c.negated or c.modal or c.counterfactual or c.conditional):
            between = sent.lower[m.end() : c.start - sent.start]
            return _ANYWAY.search(between) is not None
    return False


def blamed(sent: SentenceView) -> list[Signal]:
    """``blamed_others``: the outcome placed on someone else ("QA should have caught it"), each place it is said."""
    # "I was on the payments team" says where someone sat, not whose fault something was.
    found = [
        m
        for m in _BLAME.finditer(sent.lower)
        if not (m.group(0)[:1] in "wi'" and _PERSON_BEFORE.search(sent.lower, max(0, m.start() - 12), m.start()))
        and not _belief_not_blame(sent.lower, m)
        and not _duty_then_acted(sent, m)
    ]
    party = (
        _blamee(sent)
        if found or any(c.counterfactual or c.verb in ("dropped", "drop", "drops") for c in sent.clauses)
        else ""
    )
    out = [at_match("blamed_others", sent, m, detail=party) for m in found]
    contrast = disowned_contrast(sent)
    if contrast is not None and not found:
        out.append(at_match("blamed_others", sent, contrast, detail=party or _blamee(sent)))
    for c in sent.clauses:
        should = c.counterfactual and (c.modal_word == "should" or "should" in c.words)
        other = c.actor in ("authority", "group", "thing", "process") and not c.negated
        if should and scopes.step_subject(sent, c):
            continue  # "pausing the sync should have come first": hindsight on the speaker's own step, not blame
        if (should and other and c.lemma not in ("be", "have")) or (
            c.verb in ("dropped", "drop", "drops") and "ball" in c.words and c.actor not in ("self", "we")
        ):
            if not any(x.start <= c.start < x.end or c.start <= x.start < c.end for x in out):
                out.append(at_clause("blamed_others", sent, c, detail=party or c.subject_text))
    return out
