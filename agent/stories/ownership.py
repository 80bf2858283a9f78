"""Ownership signals: outcomes owned or blamed (read in ``agent.stories.outcomes``), the fix, prevention, who was
told, who was credited, and what was left with others."""

from __future__ import annotations

import re

from agent.stories import words as W
from agent.stories.clauses import SentenceView
from agent.stories.found import at_clause, at_match, first, make, narrated_mine, phrases
from agent.stories.models import Signal
from agent.stories.outcomes import OUTCOME_WORDS, blamed, held_result, owned

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
    r"(?:so |but )?(?:i think |i guess |i'd say )?(?:it|that|everything) (?:all )?worked out",
)
_LEFT = phrases(
    r"(?:wasn't|was not|never got|didn't get|not) prioriti[sz]ed",
    "never got (?:built|done|fixed)",
    r"(?:went|was put|got put|got added|was added|put it) (?:on|into|onto|to) the (?:roadmap|backlog)",
    r"(?:they|the \w+ team) (?:eventually |finally |later )?fixed (?:it|their|the)",
    r"(?:they|the team|the \w+ team) (?:eventually |finally |later )?went back and (?:fixed|added|built|changed|patched)",
    r"(?:said|told (?:me|us)|decided|wanted) to leave (?:it|that|this) (?:to|with|for)",
    r"sat in (?:their|the|our) backlog",
    "filed a ticket",
    r"left (?:it|that) (?:with|to) (?:them|the)",
    r"(?:support|someone|the \w+ team) (?:handled|added|picked)",
)
_ASSIGNED = phrases(
    r"i was (?:asked|assigned|told|tasked|given)",
    r"once (?:it|that) was prioriti[sz]ed",
    r"once (?:it|that|the \w+) was (?:assigned|given|handed) to me",
    r"gave me (?:the|a|my|some|two|three) (?:[\w-]+ )?(?:tickets?|tasks?|stories|work)",
    r"(?:split|divided|broke) (?:up )?the work (?:up )?into (?:tasks|tickets|pieces|parts)",
    r"(?:i|we) (?:just )?(?:do|did|pick up|picked up|took) (?:my|our|the) (?:tasks|tickets)",
    r"i took the [\w-]+(?: [\w-]+)? (?:part|piece|task|ticket)",
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
# "made sure Marco got the credit", "gave the support team the credit in the write-up".
_CREDIT_GIVEN = re.compile(
    r"\b(?:got|gets|get|given|gave|give|giving|shared|share) (?:\w+ ){0,3}(?:the |full |public |proper )?credit\b", re.I
)
_CREDIT_VERBS = frozenset(
    "found built helped pointed caught checked reported spotted sent suggested traced wrote fixed noticed flagged did".split()
)
_TEAMISH = frozenset({"team", "side", "group", "squad", "org", "crew"})


# "I wrote a proposal for rate limits": a guard asked for, not built.
_PROPOSED = frozenset("proposal proposals rfc suggestion suggestions request pitch".split())
_GATE_WORDS = frozenset("every any all each whenever always before blocks stops fails pages".split())


def _guards_the_class(c, sent: SentenceView) -> bool:
    """A guard beyond the one bug: a check that gates ("a test that runs ... before it can be merged") or covers
    every case, or a check, alert or rule rather than a test of the bug just fixed."""
    said = frozenset(sent.lower[c.start - sent.start : c.end - sent.start].split()) | c.words
    return bool(_GATE_WORDS & said) or not ({"test", "tests"} & said)


_DECISION_OBJECTS = frozenset("call decision choice judgement judgment".split())
_REASON_MARKS = frozenset("because since as given".split())


def _decided(c) -> bool:
    """ "made the call to ...": a decision idiom, not something built."""
    return c.lemma == "make" and bool(_DECISION_OBJECTS & c.words)


def _reason_between(sent: SentenceView, built, guard) -> bool:
    """ "..., because a failed cutover would stop every checkout": the guard verb sits in the reason for a choice."""
    between = sent.lower[built.end - sent.start : guard.start - sent.start]
    return bool(_REASON_MARKS & frozenset(between.replace(",", " ").split()))


def fixes(sent: SentenceView) -> list[Signal]:
    """``fixed_it`` and ``prevention``: what the speaker did about the problem and so it cannot recur."""
    out: list[Signal] = []
    for c in narrated_mine(sent):
        if c.negated:
            continue
        if "off" in c.words or "down" in c.words:
            continue  # "turned off the checks" is not a safeguard added
        if c.verb in W.BUILD and W.SAFEGUARD.any_in(c.words) and not (_PROPOSED & c.words):
            if any(x.key == "fixed_it" for x in out) and not _guards_the_class(c, sent):
                continue  # "fixed the import and wrote a test for it": a regression test is part of the fix
            out.append(at_clause("prevention", sent, c))
            break
        switched_off = c.lemma in ("turn", "switch", "shut") and "off" in c.words
        fixed = any(x.key == "fixed_it" for x in out)
        if (
            not fixed
            and (c.verb in W.FIX or switched_off)
            and not (c.verb in W.SKIP and W.CONTROL_NOUNS.any_in(c.words))
        ):
            out.append(at_clause("fixed_it", sent, c))  # "fixed the script and added a test": keep reading for the test
    m = first(_PREVENT, sent)
    if m and not any(s.key == "prevention" for s in out) and (sent.mine() or "i" in sent.words):
        out.append(at_match("prevention", sent, m))
    if not any(s.key == "prevention" for s in out):
        built = next((c for c in narrated_mine(sent) if c.verb in W.BUILD and not c.negated and not _decided(c)), None)
        guard = next((c for c in sent.clauses if c.verb in W.GUARD_VERBS and not c.negated and c.actor != "self"), None)
        if (
            built is not None
            and guard is not None
            and guard.index > built.index
            and not _reason_between(sent, built, guard)
        ):
            out.append(at_clause("prevention", sent, built))  # "built a job that flags any mismatch"
    return out


_MESSAGE_NOUNS = frozenset("email emails letter letters note apology message update announcement".split())


def told(sent: SentenceView) -> list[Signal]:
    """``informed_affected``: the speaker told the people affected (not asked them)."""
    for c in narrated_mine(sent):
        tells = c.verb in W.TELL or (
            c.verb in ("wrote", "write", "writes")
            and ("up" in c.particles or "to" in c.words or bool(_MESSAGE_NOUNS & c.words))
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
    m = _NAMED_WORK.search(sent.text) or _CREDIT_GIVEN.search(sent.text)
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
        if c.verb in W.FOLLOW or c.lemma == "follow" or (c.lemma == "go" and "through" in c.words and after):
            return [at_clause("followed_through", sent, c)]  # "went through the 300 bookings ... to make sure"
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
            OUTCOME_WORDS.search(sent.lower, 0, m.start()) or _HARM_BEFORE.search(sent.lower, 0, m.start())
        ):
            continue
        if key in ("minimised_harm", "left_to_others") and _acts_on_it(sent):
            continue
        out.append(at_match(key, sent, m))
    return out


_HARM_BEFORE = re.compile(
    r"\b(?:affected|hit|impacted|went out|got|saw|upset|angry|annoyed|unhappy|complained|were (?:charged|shown|sent|double)|was (?:down|off|missing))\b"
)


def ownership_signals(sent: SentenceView) -> list[Signal]:
    """Every ownership signal in one behavioural sentence."""
    out: list[Signal] = []
    for reader in (owned, held_result, blamed, fixes, told, credited, followed, leftovers):
        out += reader(sent)
    return out
