"""Judgment signals: the candidate's own reasoning attached to their own decision.

Reasons count only where the speaker holds the call: a sentence whose decision sits with a
manager, a board or the group ("the benchmarks showed the danger, so we got the steering
group's approval") is ``borrowed_reasoning``, not the candidate's judgment.
"""

from __future__ import annotations

import re

from agent.analysis.models import is_probe
from agent.stories import outcomes, scopes
from agent.stories import words as W
from agent.stories.clauses import SentenceView
from agent.stories.found import at_clause, at_match, first, make, narrated_mine, phrases
from agent.stories.models import Signal

_CHOICE_OVER = phrases(
    r"rather than (?!wait|ask|escalat|check)",
    r"instead of (?!wait|ask|escalat|check)",
    "over the other",
    r"(?:picked|chose|went with|preferred|took) (?:a |an |the |my )?(?:[\w-]+ ){1,3}over (?:the |a |an |our |their )?[\w-]+",
    "as opposed to",
    "compared (?:it )?(?:with|to|against)",
    r"weighed \w+(?: \w+){0,6} against",
    r"(?:two|three|a few|several|both|the other|other) (?:options|alternatives|approaches|fixes|choices|paths|ways)",
    r"(?:was|were|seemed like) (?:an|the|one|another) (?:obvious |easy |safe |quick |usual |standard )?(?:option|alternative|possibility|move|choice|answer|fix|route|idea)",
    r"my (?:first|initial|gut|obvious) (?:thought|instinct|idea|plan|reaction|move|impulse) was",
    "could either",
    r"preferred (?:that|it|this|them|\w+(?: \w+)?) (?:to|over) ",
    r"preferred (?:a |an |the )?(?:[\w-]+ ){1,4}over ",
    r"(?:the )?(?:two|three|four) (?:candidates|contenders|options|choices|approaches|designs|paths|ideas) (?:were|was)",
    "on balance",
    r"(?:was|were) (?:also )?on the table",
    r"(?:my|the|our) (?:options|choices|alternatives) (?:were|was)",
    r"[\w-]+ instead(?=\s*[.;,!?]|\s*$)",
    r"(?:could|might) (?:have )?\w+[^.;]{0,60}\bor\b",
    r"(?:looked at|compared|evaluated|considered|tried|tested|trialled|benchmarked) (?:two|three|four|five|several|a few|both|a couple of) \w+",
    r"(?:picked|chose|went with|took) the (?:cheapest|fastest|safest|simplest|smallest|least risky|quickest|only) ",
    r", not (?:a |an |the )?[\w-]+",
    r"(?:faster|slower|safer|riskier|cheaper|simpler|quicker|better|worse|easier|less risky) than",
    r"the (?:cleaner|simpler|safer|quicker|cheaper|faster|obvious) (?:one|option|fix|choice|move|answer|thing to do)",
)
_RISK = phrases(
    r"knowing (?:that|it|this|the|full well|we|i|they|there)",
    r"the (?:risk|downside|catch|cost|price|trade-?off) (?:with|in|of) (?:my|this|that|the|our) [\w-]+ (?:was|is)",
    r"(?:could|can|would) live with (?:that|it|this)",
    "at the (?:cost|price|expense) of",
    "the (?:risk|downside|catch|cost|trade-?off) (?:was|i|we|is|of)",
    "trade-?offs?",
    r"accept(?:ed|ing)? (?:that|the|a|some|it|this|an|losing|slower|less|more)",
    "worth (?:it|the)",
    "acceptable (?:cost|risk|price|loss)",
    "which meant",
    r"(?:was|is) the (?:price|cost)",
    r"(?:i|we) (?:was|were) (?:comfortable|fine|ok|okay|happy) with",
    r"i (?:took|accepted) (?:the|that|a) (?:risk|chance|bet)",
    "in exchange for",
    "the price (?:was|of)",
    "risked",
    r"willing to (?:accept|make|take|pay|live with|give up)",
    r"(?:a|the) trade (?:i|we)",
    r"(?:which|that|and that|what) mattered more",
    r"more important than (?:the|a|an|being|saving|shipping)",
    r"cost (?:us|me|them) [^.;]{0,40}\bbut\b",
    r"took (?:that|the|this) trade",
    r"i knew (?:going in|at the time|full well|from the start|up front|upfront)",
)
_REASON = phrases(
    "because",
    r"would have [^.;]{1,80}, so i\b",
    r"since (?!then|the start|last|i joined|\d)",
    r"so that(?! (?:one |part |bit )?(?:was|is|were|'s)\b)",  # not "so that was my bug": "so" + a demonstrative subject
    r"which (?:is|was) why",
    "the reason (?:was|is)",
    "given that",
    "as it was",
    "as the",
    "the data said",
    "which told me",
    "that told me",
    "meaning that",
)
_HINDSIGHT = phrases(
    *W.HINDSIGHT_MARKERS,
    "what i'd change",
    "what i would change",
    "i'd change",
    r"i should have",
    r"i should(?:n't| not) have",
    r"i(?:'d| had) only (?:tested|checked|tried|run|looked at|load-tested|measured)",
    r"(?:the part|the bit|what) i got wrong",
    r"i could(?:'ve| have) (?:\w+ ){0,2}(?:looked|checked|asked|tested|caught|noticed|measured|read|verified|staged|started|told|warned|waited less)",
    r"i (?:didn't|did not|never) need to",
    r"(?:it|that|this) cost us",
    "my (?:bias|mistake was|error was)",
    "i was attached",
    "what i missed",
    "i'd do (?:it )?differently",
    "i would do (?:it )?differently",
)
_NUMBER = phrases(
    r"\d[\d,.]*\s?(?:%|ms|s|x|k|m|gb|mb|tb)?", "percent", "twice", "half", "double", "triple", "tripled", "doubled"
)
_GENERIC_LOOK = frozenset(
    {"run", "try", "check", "look", "pull", "review", "model", "count", "go", "tune", "pilot", "confirm", "verify"}
)
_FAULT_CAUSE = re.compile(
    r"\b(?:because|since|as) (?:i|my \w+) (?:had )?(?:used|matched|keyed|read|took|picked|set|used|compared|checked|sorted|joined|filtered|grouped|counted|pointed)\b"
)
# A contrast whose other side is a time ("not before") or someone's consent ("not to approve it", "rather than
# for permission") says when the speaker told people or what they asked for, not an option they weighed.
_NOT_AN_OPTION = re.compile(
    r"(?:, not|rather than|instead of) (?:to |for |until |with )?(?:his |her |their |the |an? |any )?"
    r"(?:before|beforehand|after|afterwards|first|later|approv|permission|sign|bless|okay|go-ahead|green|consent|authori)"
)
_SIDE_BY_SIDE = frozenset({"side", "against", "versus", "vs", "both", "compared", "alongside"})
_BORROW_LOCI = frozenset({"authority", "group", "process", "agentless", "hedged"})


_DECIDING_CUES = ("decid", "approv", "agree", "sign", "chose", "choice", "consent", "call", "went_with", "picked")


def _others_hold(sent: SentenceView) -> bool:
    """The sentence places a decision with someone else and none with the speaker."""
    loci = {
        s.locus
        for s in sent.spans
        if any(k in s.cue for k in _DECIDING_CUES) or (s.locus != "self" and s.cue.startswith("passive"))
    }
    return bool(loci & _BORROW_LOCI) and not any(s.locus == "self" for s in sent.spans)


def _owns_sentence(sent: SentenceView, story_is_mine: bool) -> bool:
    """Reasoning here is the speaker's: they act in it, or it explains their own story's call."""
    if _others_hold(sent):
        return False
    told = [
        c
        for c in sent.clauses
        if c.mine and not c.habitual and (c.narrated or c.modal_word in ("could", "might", "ca", "can"))
    ]
    if told:
        return True
    if any(c.mine for c in sent.clauses):
        return False  # only "I'd ..." / "I will ...": a hypothetical, not the reasoning behind a call
    return story_is_mine and not sent.spans


def alternatives(sent: SentenceView, mine: bool) -> list[Signal]:
    """``alternative_weighed``: options named and compared by the speaker."""
    for c in sent.clauses:
        if c.mine and (c.verb in W.WEIGH) and not c.negated and not c.habitual:
            return [at_clause("alternative_weighed", sent, c)]
    m = first(_CHOICE_OVER, sent)
    if m and _FAULT_CAUSE.search(sent.lower, 0, m.start()):
        m = None  # "... because I matched on email instead of membership id": the cause of a bug, not an option weighed
    if m and _harm_explained(sent, m.start()):
        m = None  # "my importer duplicated rows, because I stored the cursor in a file instead of the database"
    if m and _NOT_AN_OPTION.match(sent.lower, m.start()):
        m = None  # "told her afterwards, not before", "to review my code, not to approve it": timing or consent, no option
    if m and _USUAL.match(sent.lower, m.end()) and not _speaker_governs(sent, sent.start + m.start()):
        m = None  # "the rules flagged a third of orders instead of the usual two percent": a level compared, no option
    if m and _owns_sentence(sent, mine):
        return [at_match("alternative_weighed", sent, m)]
    cost = scopes.waiting_costs(sent)
    if cost and any(c.start >= cost[0][1] and not c.negated for c in narrated_mine(sent)):
        # "waiting for their release would have meant a month of overcharges, so I patched it": waiting weighed
        return [make("alternative_weighed", sent, *cost[0])]
    counted = _counted_options(sent)
    if counted is not None and _owns_sentence(sent, mine):
        return [make("alternative_weighed", sent, sent.start + counted[0], sent.start + counted[1])]
    return []


# "because I stored / had cached / kept ...": the speaker's own past act given as a cause.
_OWN_ACT_CAUSE = re.compile(
    r"\b(?:because|since|as) (?:i|my \w+) (?:had |'d )?(?:\w+ed|kept|put|left|wrote|built|ran|set|made)\b"
)


def _harm_explained(sent: SentenceView, at: int) -> bool:
    """The contrast at offset ``at`` sits in the cause given for a harm told before it."""
    cause = None
    for found in _OWN_ACT_CAUSE.finditer(sent.lower, 0, at):
        cause = found
    if cause is None:
        return False
    before = sent.lower[: cause.start()]
    return outcomes.OUTCOME_WORDS.search(before) is not None or any(
        c.verb in W.HARM and c.end - sent.start <= cause.start() for c in sent.clauses
    )


_USUAL = re.compile(r"(?:the |its |their |our )?(?:usual|normal|typical|expected|average|regular)\b")


def _speaker_governs(sent: SentenceView, at: int) -> bool:
    """The verb that the words at offset ``at`` hang on is the speaker's ("I cached it for an hour instead of ...")."""
    toks = sent.tokens
    if toks is None:
        return True
    tok = next((t for t in toks if t.idx >= at), None)
    seen = 0
    while tok is not None and not tok.tag_.startswith("VB") and tok.head.i != tok.i and seen < 12:
        tok, seen = tok.head, seen + 1
    clause = next((c for c in sent.clauses if tok is not None and c.index == tok.i), None)
    return clause is None or clause.mine


_COUNT_WORDS = frozenset({"two", "three", "both", "either", "other", "several", "few"})


def _counted_options(sent: SentenceView) -> tuple[int, int] | None:
    """ "both fixes", "the other approach", "two possible plans": options counted (not "two routes were oversold")."""
    words = sent.lower.split()
    pos = 0
    for i, w in enumerate(words):
        pos = sent.lower.find(w, pos)
        if w.strip(",;:") not in _COUNT_WORDS:
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            noun = words[j].strip(",.;:")
            if noun in W.OPTION_NOUNS and noun not in ("route", "routes", "path", "paths"):
                end = sent.lower.find(words[j], pos) + len(noun)
                return pos, end
    return None


def evidence(sent: SentenceView, mine: bool) -> list[Signal]:
    """``evidence_used``: the speaker measured, replayed or looked at data, or data decided their call."""
    has_number = first(_NUMBER, sent) is not None
    for c in narrated_mine(sent):
        if c.negated or scopes.context_clause(sent, c):
            continue  # "I ran the intake backend" is where the speaker worked, not a measurement
        looked = c.verb in W.INVESTIGATE or (c.lemma == "go" and "through" in c.words)
        # "ran the migration", "tried again": a generic verb is evidence only with something looked at
        enough = (
            W.EVIDENCE_NOUNS.any_in(c.words)
            or c.lemma not in _GENERIC_LOOK
            or has_number
            or bool(_SIDE_BY_SIDE & c.words)
        )
        if looked and enough:
            return [at_clause("evidence_used", sent, c)]
    if narrated_mine(sent):
        for c in sent.clauses:
            # "After replaying last year's traffic against both designs, I picked ...": the look told as a gerund.
            if (
                not c.subject
                and c.verb.endswith("ing")
                and c.verb in W.INVESTIGATE
                and not c.negated
                and (W.EVIDENCE_NOUNS.any_in(c.words) or has_number or bool(_SIDE_BY_SIDE & c.words))
                and c.lemma not in _GENERIC_LOOK
            ):
                return [at_clause("evidence_used", sent, c)]
    for c in sent.clauses:
        if c.verb in W.SHOW_VERBS and W.EVIDENCE_NOUNS.any_in(c.words) and not c.negated and c.actor != "self":
            if _owns_sentence(sent, mine) or "me" in c.words:  # "the graphs told me ...": the speaker read them
                return [at_clause("evidence_used", sent, c)]
            return [at_clause("borrowed_reasoning", sent, c)]
    return []


def risk(sent: SentenceView, mine: bool) -> list[Signal]:
    """``risk_accepted``: the cost or risk of the speaker's own choice, said plainly."""
    m = first(_RISK, sent)
    if m and _owns_sentence(sent, mine):
        return [at_match("risk_accepted", sent, m)]
    for c in narrated_mine(sent):
        if c.verb in W.ACCEPT and not c.negated:
            return [at_clause("risk_accepted", sent, c)]
    return []


# "It dropped records for a week, but that was only because the carriers kept changing their feeds": the cause of
# what happened, explained after the fact, not a reason the speaker weighed for a call.
_EXPLAINED_CAUSE = re.compile(
    r"\b(?:that|it|this)(?: was|'s| is) (?:only |just |mostly |simply |all |purely |really )?because\b"
)


def reason(sent: SentenceView, mine: bool) -> list[Signal]:
    """``stated_reason`` for the speaker's call, or ``borrowed_reasoning`` for someone else's."""
    m = first(_REASON, sent)
    if m and _EXPLAINED_CAUSE.search(sent.lower, max(0, m.start() - 30), m.end()):
        return []
    if not m:
        cost = scopes.waiting_costs(sent)
        if cost and mine and not _others_hold(sent):
            # "Waiting for the vendor's release meant a month of overcharges": why the speaker's own story acted
            return [make("stated_reason", sent, *cost[0])]
        return []
    if _others_hold(sent):
        return [at_match("borrowed_reasoning", sent, m)]
    if _owns_sentence(sent, mine):
        return [at_match("stated_reason", sent, m)]
    return []


def hindsight(sent: SentenceView, mine: bool) -> list[Signal]:
    """``owned_hindsight``: what the speaker would change about their own call, or what it cost."""
    m = first(_HINDSIGHT, sent)
    if not m or outcomes.disowns(sent):
        return []  # "Looking back, the outage wasn't really my doing": a denial, not hindsight
    own = [c for c in sent.clauses if c.mine]
    others = [
        c
        for c in sent.clauses
        if c.actor in ("authority", "group", "thing", "we") and (c.modal or c.present or c.verb in ("test", "tests"))
    ]
    wants = [
        c
        for c in own
        if c.lemma in ("want", "need", "ask", "get", "make", "expect", "have", "change", "be")
        or c.verb in ("want", "ask", "make", "making", "change")
    ]
    if own and len(wants) == len(own) and (others or "sure" in sent.words):
        return [at_match("hindsight_on_others", sent, m)]  # "next time I'd want ops to ... and QA to ..."
    steps = [c for c in sent.clauses if scopes.step_subject(sent, c)]
    if own or "my" in sent.words or (steps and not others):
        # "pausing the sync should have come first": the speaker's own step is the subject, not another person
        return [at_match("owned_hindsight", sent, m)]
    return []


def judgment_signals(sent: SentenceView, story_is_mine: bool) -> list[Signal]:
    """Every judgment signal in one behavioural sentence."""
    out: list[Signal] = []
    for reader in (alternatives, evidence, risk, reason, hindsight):
        out += reader(sent, story_is_mine)
    return out


def design_tradeoffs(sent: SentenceView) -> list[Signal]:
    """``design_tradeoff``: trade-offs weighed inside a design answer (counted lightly, never quoted as behaviour)."""
    m = first(_CHOICE_OVER, sent) or first(_RISK, sent)
    return [at_match("design_tradeoff", sent, m)] if m else []


def is_deferring_decision(sent: SentenceView) -> bool:
    """Whether the sentence hands a decision to someone else (for other readers)."""
    return any(is_probe(s.locus) for s in sent.spans) and not any(s.locus == "self" for s in sent.spans)
