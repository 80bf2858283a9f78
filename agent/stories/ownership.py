"""Ownership signals: outcomes owned or blamed, the fix, prevention, who was told, who was credited."""

from __future__ import annotations

import re

from agent.analysis.actors import category
from agent.stories import scopes
from agent.stories import words as W
from agent.stories.clauses import SentenceView
from agent.stories.found import at_clause, at_match, first, make, narrated_mine, phrases
from agent.stories.models import Signal

_FAULT_NOUNS = (
    r"(?:own )?(?:[\w-]+ )?(?:change|mistake|bug|fault|error|slip|miss|call|decision|choice|code|config|migration|check|"
    r"mapping|model|patch|deploy|release|script|query|logic|gap|oversight|doing|responsibility|miss|failure)"
)
_OWNED = phrases(
    rf"(?:was|is|'s|were) (?:entirely |all |completely |really |totally |squarely )?my {_FAULT_NOUNS}",
    r"(?:part|some|most|all|half) of (?:it|that|this|the blame|the fault) (?:was|is) (?:on me|mine|my fault)",
    r"(?:not|never) (?:going to |gonna )?(?:pretend|say|claim)[^.;:]{0,30}(?:anyone|anybody|someone|somebody) else",
    r"(?:was|'s|is|were) (?:entirely |all |completely |really |totally |squarely )?on me",
    r"(?:traces?|traced|came|comes|goes|went) back to my",
    r"(?:after|when|once) (?:my|i) (?:[\w-]+ )?(?:deploy|change|release|migration|push|patch|rollout|flipped|shipped|deployed|changed|pushed|released|merged|switched)",
    r"(?:that|the|my) (?:call|decision|choice) was (?:wrong|a mistake|the wrong one|bad|a bad one)",
    r"(?:caused by|due to|because of|down to|came from) my",
    rf"my {_FAULT_NOUNS} (?:caused|broke|cost|took|was the cause|was wrong|was to blame)",
    r"(?:the|that) (?:bug|gap|mistake|miss|error|fault|call|decision) (?:was|is) (?:entirely )?mine",
    r"(?:bug|mistake|error|typo|gap|flaw) in my",
    r"(?:change|bug|mistake|error|config|patch|commit|script|query|migration|deploy)s? of mine",
    r"(?:bug|mistake|error|change|fault|regression|code|config|gap|slip|miss),? (?:was |is |all )?mine",
    "i (?:caused|broke|introduced|missed|forgot|overlooked|misread|underweighted)",
    r"i (?:hadn't|had not|didn't|did not|never) (?:tested|checked|updated|run|considered|thought about|excluded|validated|noticed)",
    "my fault",
    "my mistake",
    "my bad",
    "owned (?:the|that|my) (?:mistake|miss|failure|outage)",
    r"(?:named|written up|wrote it up) (?:as|with) (?:my|the \w+(?: \w+)? (?:named )?as my)",
    r"as my (?:call|decision|mistake|cause)",
    r"with my [\w-]+(?: [\w-]+)? as the (?:cause|reason|root cause)",
)
_DENIED = re.compile(
    r"(?:\bnot|n['\u2019]?t|\bnever|\bnone of (?:it|this|that)|\bnothing)\b[^.;]{0,30}\b(?:on me|my fault|my (?:job|problem|responsibility|call|doing|\w+'s fault))",
    re.I,
)
# Who an outcome is put "on": them, their people, or a named team, role or supplier (never "on the critical path").
_PARTY = (
    r"(?:their (?:[\w-]+ )?(?:team|side|end|people|engineers|vendor|call|code|config|change|release|process)|the (?:[\w-]+ ){0,2}"
    r"(?:team|teams|vendor|vendors|qa|ops|support|contractors?|partners?|providers?|group|side|department|client|customer|"
    r"platform|infra|finance|legal|security|bank|supplier|suppliers|agency|testers|technicians|developers|engineers|folks|people|guys|"
    r"crew|lot|staff|owners?|leads?|managers?|director|org))"
)
_ELSE = re.compile(r"\b(?:anyone|anybody|someone|somebody) else")
_BLAME = phrases(
    r"(?:wasn't|was not|isn't|is not|not) (?:really |actually |entirely )?(?:on me|my (?:fault|job|problem|responsibility|doing))",
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
    r"nothing (?:i|we) could (?:have )?(?:do|done)",
    r"blame[sd]? (?:on )?(?:the|them|qa|ops|product)",
)
_MINIMISE = phrases(
    r"(?:so|but) (?:it|that|everything) (?:was|is|'s) (?:fine|ok|okay|not a big deal)",
    r"nothing (?:was )?(?:actually |really )?(?:lost|broke|happened)",
    "not a big deal",
    "no (?:real )?harm",
    r"nobody (?:really )?noticed",
    r"only a (?:couple|few|handful)",
    "a couple of regressions",
    r"(?:it|that) (?:shipped|works|is live)(?: and (?:it )?(?:works|people use it))?\.?$",
    "anyway the",
)
_LEFT = phrases(
    r"(?:wasn't|was not|never got|didn't get|not) prioriti[sz]ed",
    "never got (?:built|done|fixed)",
    r"(?:went|was put|got put|got added|was added|put it) (?:on|into|onto|to) the (?:roadmap|backlog)",
    r"(?:they|the \w+ team) (?:eventually |finally |later )?fixed (?:it|their|the)",
    r"sat in (?:their|the|our) backlog",
    "filed a ticket",
    r"left (?:it|that) (?:with|to) (?:them|the)",
    r"(?:support|someone|the \w+ team) (?:handled|added|picked)",
)
_ASSIGNED = phrases(
    r"i was (?:asked|assigned|told|tasked|given)",
    r"once (?:it|that) was prioriti[sz]ed",
    r"once (?:my|the|our) \w+(?: \w+)? (?:asked|told) me",
    r"when (?:my|the|our) \w+(?: \w+)? (?:asked|told) me",
    r"after the \w+(?: \w+)? escalated",
    r"(?:my|our) (?:lead|manager|boss|director|supervisor|tech lead|team lead)(?: [\w-]+){0,8} (?:asked|told|assigned|got) me to (?:fix|handle|change|patch|clean up|sort out|roll)",
)
_PREVENT = phrases(
    r"so (?:that )?(?:\w+ ){0,4}(?:can't|cannot|can no longer|won't|will never|never|no longer|doesn't|does not)",
    r"(?:now|since then) (?:every|any|all|each|the)",
    r"so (?:it|this|that) (?:can't|cannot|won't) (?:happen|recur)",
    "before (?:it|anything) ships",
    "so a (?:person|human) has to",
    r"now i (?:always )?(?:test|check|run|review|verify|require|stage|canary|replay|load-test)",
    r"(?:since then|from then on),? (?:i|every|all|any|each|we)",
    r"(?:to|so as to) (?:stop|prevent|avoid) (?:it|this|that|a repeat)(?: from)?(?: happening)?(?: again)?",
    r"so (?:it|this|that) (?:doesn't|does not|won't|can't|never) happen(?:s)? again",
    r"(?:after that|afterwards|from then on|since then|after (?:that|the) (?:week|incident|outage|night|day)),? i (?:made|changed|added|set up|wrote|built|put in|introduced|required)",
)
_NAMED_WORK = re.compile(
    r"\b[A-Z][a-z]+(?:-[a-z]+)?['\u2019]s (?:work|idea|fix|find|catch|suggestion|query|script|patch|analysis|design|change)\b"
    r"|\b(?:[Cc]redit|[Tt]hanks|[Kk]udos) (?:goes |go )?to [A-Z][a-z]+"
)
_CREDIT_VERBS = frozenset(
    "found built helped pointed caught checked reported spotted sent suggested traced wrote fixed noticed flagged did".split()
)
_TEAMISH = frozenset({"team", "side", "group", "squad", "org", "crew"})


_CALL_NOUNS = re.compile(r"\bmy (?:own )?(?:call|decision|choice|doing)\b", re.I)
_OUTCOME_WORDS = re.compile(
    r"\b(?:cost|costs|caused|broke|broken|wrong|mistake|failed|failure|led to|delay|delayed|outage|lost|"
    r"missed|missing|skipped|dropped|hurt|refund|refunded|complaints?|late|worse|damage|fault|bug|error|regression|twice|duplicated?|double[ds]?|"
    r"stale|corrupted|down|crash(?:ed)?)\b",
    re.I,
)


def owned(sent: SentenceView) -> list[Signal]:
    """``owned_outcome``: the speaker names their own change or call as the cause of what went wrong.

    "It was my call" alone claims a decision; it owns an outcome only next to one ("... and it cost us").
    """
    denied = _DENIED.search(sent.lower)
    if denied and not _ELSE.search(denied.group(0)):
        return []
    m = first(_OWNED, sent)
    if m is not None and _CALL_NOUNS.search(m.group(0)) and not _OUTCOME_WORDS.search(sent.lower):
        m = None
    if m is not None:
        return [at_match("owned_outcome", sent, m)]
    harm_here = _OUTCOME_WORDS.search(sent.lower) is not None
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
            and c.actor in ("thing", "it", "component", "process")
            and c.subject not in _NOBODY
        ):
            between = sent.lower[mine[0].end - sent.start : c.start - sent.start]
            if not _REASON_OPENER.search(between):
                return [at_clause("owned_outcome", sent, mine[0])]
    return []


_NOBODY = frozenset({"nothing", "none", "nobody", "no one", "noone"})
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


def blamed(sent: SentenceView) -> list[Signal]:
    """``blamed_others``: the outcome placed on someone else ("QA should have caught it"), each place it is said."""
    # "I was on the payments team" says where someone sat, not whose fault something was.
    found = [
        m
        for m in _BLAME.finditer(sent.lower)
        if not (m.group(0)[:1] in "wi'" and _PERSON_BEFORE.search(sent.lower, max(0, m.start() - 12), m.start()))
        and not _belief_not_blame(sent.lower, m)
    ]
    party = (
        _blamee(sent)
        if found or any(c.counterfactual or c.verb in ("dropped", "drop", "drops") for c in sent.clauses)
        else ""
    )
    out = [at_match("blamed_others", sent, m, detail=party) for m in found]
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


def fixes(sent: SentenceView) -> list[Signal]:
    """``fixed_it`` and ``prevention``: what the speaker did about the problem and so it cannot recur."""
    out: list[Signal] = []
    for c in narrated_mine(sent):
        if c.negated:
            continue
        if "off" in c.words or "down" in c.words:
            continue  # "turned off the checks" is not a safeguard added
        if c.verb in W.BUILD and W.SAFEGUARD.any_in(c.words):
            out.append(at_clause("prevention", sent, c))
            break
        switched_off = c.lemma in ("turn", "switch", "shut") and "off" in c.words
        if (c.verb in W.FIX or switched_off) and not (c.verb in W.SKIP and W.CONTROL_NOUNS.any_in(c.words)):
            out.append(at_clause("fixed_it", sent, c))
            break
    m = first(_PREVENT, sent)
    if m and not any(s.key == "prevention" for s in out) and (sent.mine() or "i" in sent.words):
        out.append(at_match("prevention", sent, m))
    if not any(s.key == "prevention" for s in out):
        built = next((c for c in narrated_mine(sent) if c.verb in W.BUILD and not c.negated), None)
        guard = next((c for c in sent.clauses if c.verb in W.GUARD_VERBS and not c.negated and c.actor != "self"), None)
        if built is not None and guard is not None and guard.index > built.index:
            out.append(at_clause("prevention", sent, built))  # "built a job that flags any mismatch"
    return out


def told(sent: SentenceView) -> list[Signal]:
    """``informed_affected``: the speaker told the people affected (not asked them)."""
    for c in narrated_mine(sent):
        tells = c.verb in W.TELL or (
            c.verb in ("wrote", "write", "writes") and ("up" in c.particles or "to" in c.words)
        )
        addressed = W.PEOPLE.any_in(c.words) or bool(
            {"what", "why", "how", "to", "them", "him", "her", "everyone"} & c.words
        )
        if tells and not c.negated and addressed:
            if c.verb in ("let",) and "know" not in sent.words:
                continue
            return [at_clause("informed_affected", sent, c)]
    return []


def credited(sent: SentenceView) -> list[Signal]:
    """``credited_others``: a named colleague and what they did ("Marta in the data team pointed me to ...")."""
    toks = sent.tokens
    if toks is None:
        return []
    for tok in toks:
        if tok.dep_ != "nsubj" or tok.lower_ in ("i", "we", "they", "he", "she", "it", "who", "that", "this"):
            continue
        if tok.head.lower_ not in _CREDIT_VERBS and not tok.head.lower_.endswith(("ed",)):
            continue
        named = (tok.text[:1].isupper() and tok.i > toks.start) or tok.tag_ == "NNP"
        team = any(
            c.dep_ == "prep" and c.lower_ in ("on", "in", "from", "at") and any(t.lower_ in _TEAMISH for t in c.subtree)
            for c in tok.children
        )
        modal = any(
            c.dep_ == "aux" and c.lower_ in ("should", "would", "could", "might", "must") for c in tok.head.children
        )
        if (named or team) and tok.head.lower_ in _CREDIT_VERBS and (team or tok.tag_ == "NNP") and not modal:
            start = tok.left_edge.idx
            end = tok.head.idx + len(tok.head.text)
            return [at_clause("credited_others", sent, _Span(start, end))]  # type: ignore[arg-type]
    if re.search(r"\b(?:thanked|credited)\b", sent.lower) and sent.mine():
        return [at_clause("credited_others", sent, sent.mine()[0])]
    m = _NAMED_WORK.search(sent.text)
    if m:
        return [make("credited_others", sent, sent.start + m.start(), sent.start + m.end())]
    return []


class _Span:
    """Just a start and an end (what ``at_clause`` reads)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


_AFTERWARDS = phrases(
    "afterwards",
    "after that",
    r"(?:for|after) (?:a|the next|the following|two|three|several|a few|one) (?:days?|weeks?|months?|quarters?)",
    r"to (?:confirm|verify|make sure)",
    "the next (?:day|morning|week)",
    r"until (?:it|the \w+) (?:held|was stable|recovered)",
)


_HELD = phrases(
    r"until (?:it|they|the [\w-]+(?: [\w-]+)?) (?:held|stayed|settled|was (?:stable|steady|flat|normal|back)|were (?:stable|steady|flat|normal|back)|recovered|held steady)",
    r"(?:make|made|making) sure (?:it|they|the [\w-]+(?: [\w-]+)?) (?:held|stayed|kept|was|were)",
    r"every (?:morning|day|evening|night|week|monday|friday|sprint) (?:for|until|that)",
    r"for the rest of the (?:day|week|month|quarter)",
    r"kept (?:an eye on|watching|checking|monitoring|tracking)",
    r"(?:went|came|kept going) back to (?:it|the|them|check)",
)


def followed(sent: SentenceView) -> list[Signal]:
    """``followed_through``: the speaker checked afterwards that the fix held ("I kept watching the queue until it held")."""
    after = first(_AFTERWARDS, sent)
    held = first(_HELD, sent)
    if not (after or held):
        return []
    for c in narrated_mine(sent):
        if c.negated:
            continue
        if c.verb in W.FOLLOW or c.lemma == "follow":
            return [at_clause("followed_through", sent, c)]
        if held and (
            W.EVIDENCE_NOUNS.any_in(c.words) or W.FOLLOW.any_in(sent.words) or c.lemma in ("go", "keep", "come")
        ):
            return [at_clause("followed_through", sent, c)]
    return []


def _acts_on_it(sent: SentenceView) -> bool:
    """The speaker fixes or tells someone in this very sentence ("I filed a ticket and patched our side")."""
    return bool(told(sent)) or any(s.key == "fixed_it" for s in fixes(sent))


def leftovers(sent: SentenceView) -> list[Signal]:
    """``left_to_others``, ``minimised_harm`` and ``assigned_work``.

    Harm is minimised only when it is named and then waved off ("prices were wrong for a day, but nobody
    noticed"); "nothing broke" about a careful rollout is a result, not a dismissal.  Follow-up is left to
    others only when the speaker does nothing about it in the same breath.
    """
    out = []
    for key, pattern in (("left_to_others", _LEFT), ("minimised_harm", _MINIMISE), ("assigned_work", _ASSIGNED)):
        m = first(pattern, sent)
        if not m:
            continue
        if key == "minimised_harm" and not (
            _OUTCOME_WORDS.search(sent.lower, 0, m.start()) or _HARM_BEFORE.search(sent.lower, 0, m.start())
        ):
            continue
        if key in ("minimised_harm", "left_to_others") and _acts_on_it(sent):
            continue
        out.append(at_match(key, sent, m))
    return out


_HARM_BEFORE = re.compile(
    r"\b(?:affected|hit|impacted|went out|got|saw|were (?:charged|shown|sent|double)|was (?:down|off|missing))\b"
)


def ownership_signals(sent: SentenceView) -> list[Signal]:
    """Every ownership signal in one behavioural sentence."""
    out: list[Signal] = []
    for reader in (owned, held_result, blamed, fixes, told, credited, followed, leftovers):
        out += reader(sent)
    return out
