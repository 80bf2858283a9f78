"""Independence signals: acting and informing versus waiting, asking permission or escalating.

Asking someone for a fact and then deciding is consultation, not deferral; asking *whether one
may* is permission.  Hypotheticals are read by meaning: "had nobody approved it I would still
have rolled back" is independence, "I'd escalate faster" is not.  Acting alone while skipping
safeguards or telling nobody is recklessness, which counts against judgment and independence.
"""

from __future__ import annotations

import re

from agent.analysis import lexicon
from agent.stories import scopes
from agent.stories import words as W
from agent.stories.clauses import Clause, SentenceView
from agent.stories.forms import WordClass
from agent.stories.found import at_clause, at_match, first, narrated_mine, phrases
from agent.stories.models import Signal

_WITHOUT_WAITING = phrases(
    r"without (?:waiting|asking|a sign-?off|(?:an? |the |their |any(?:one's)? )?(?:approval|permission|go-ahead))",
    r"(?:didn't|did not|never) (?:wait(?:ed)?|ask(?:ed)? (?:for|anyone|before|first|permission)|need (?:anyone's|their|an?) (?:approval|permission|sign-?off))",
    r"rather than wait(?:ing)?",
    r"instead of (?:waiting|asking)",
    r"not (?:ask|wait) for",
    "information,? not permission",
    r"(?:didn't|did not) ask (?:anyone|them|her|him|for)",
    r"i (?:just )?went ahead",
    r"(?:(?:and|so|but|;|,) |^)i (?:didn't|did not|never) (?:ask|wait)(?=\s*[.;,]|$)",  # ^: a run-on piece after its "and"
)
_PERMISSION = phrases(
    r"asked (?:\w+ ){0,4}(?:whether|if) (?:i|we) (?:could|can|should|may|might|was allowed|were allowed)",
    r"asked (?:\w+ ){0,3}for (?:approval|permission|sign-?off|the go-ahead|the okay|a go-ahead|an okay)",
    r"asked (?:\w+ |\w+'s ){0,4}to (?:approve|sign off on|okay|bless|green-?light|authori[sz]e)",
    r"(?:needed|need|needs|required|requires|require) (?:the |an? |his |her |their |(?:\w+'s ))?(?:approval|sign-?off|permission|go-ahead)",
    r"(?:got|get|waited for) (?:the |his |her |their )?(?:approval|sign-?off|go-ahead|okay)",
    r"(?:asked|checked with) (?:\w+ ){0,4}(?:whether|if) (?:\w+ ){0,4}(?:was|is|were|would be) (?:allowed|permitted|authori[sz]ed)",
    # "I asked the lead first, and he let me change the template": the change waited on a yes.
    r"(?:asked|checked with) [^.;]{0,80}\b(?:and|then|so|until) (?:he|she|they|the \w+(?: \w+)?) (?:let|allowed|permitted|cleared|okayed) (?:me|us)\b(?! know)",
)
_WAITED = phrases(
    r"(?:waited|waiting|wait) (?:\w+ ){0,3}(?:for|on|until) (?!more |the data|data|the numbers|results)(?:his|her|their|the|my|an?|them|him|approval|sign-?off|permission|someone|somebody|anyone|it to)",
    r"(?:waited|waiting) until (?:he|she|they|it|the|my|his|her|their)",
    r"held off (?:until|till|on)",
    r"(?:didn't|did not) want to (?:change|touch|do|fix|move) anything (?:before|until)",
    r"(?:once|after|when) (?:he|she|they|it|the \w+|my \w+) (?:had )?(?:approved|agreed|signed off|said yes|okayed|gave (?:the|us|me) (?:go-ahead|okay|nod))",
    r"(?:took|it took) (?:\w+ ){0,3}(?:days|hours|weeks|a day|an afternoon|most of a day) (?:for|before|to)",
)
# Waiting for information rather than for a person's yes: judged (or regretted) as pace, never as deference.
_WAITED_INFO = phrases(
    r"(?:waited|waiting|wait) (?:for|on|until) (?:a |an |the |more |some |full |clean |complete |hard )?(?:[\w-]+ )?"
    r"(?:certainty|proof|data|numbers|metrics|logs|results|root cause|diagnosis|analysis|evidence|confirmation|"
    r"clarity|information|repro|reproduction|counts|traces|dumps)"
)
_ESCALATED = phrases(
    r"escalated (?:it|this|that|the (?:decision|call|issue|question|problem))",
    "escalated to",
    r"(?:left|handed|passed|kicked|punted|deferred) (?:it |the (?:decision|call) )?(?:up |over )?(?:to|with)",
    r"(?:it's|it is|it was|that's|that is|was) (?:the \w+(?: \w+)?'s|their|his|her|management's) (?:call|decision)",
    r"(?:the )?decision (?:still )?(?:belongs|belonged|sits|sat|rests|rested) with",
    r"not (?:an engineer's|my|our) (?:call|decision|place)",
    r"(?:didn't|did not|don't|do not) think it was my (?:place|call|decision|job) to",
    r"(?:for|up to) (?:the|my) \w+(?: \w+)? to decide",
)
_DEFENDED = phrases(
    r"(?:waiting|holding off|escalating|asking first|asking)[^.;]{0,40}(?:was|is) (?:the )?right (?:thing|call|move|decision)",
    r"(?:waiting|escalating|holding off|asking first|that) was (?:the )?(?:right|correct|proper|appropriate|the right call)",
    r"(?:i )?(?:still )?think (?:waiting|escalating|holding off|it) was (?:right|correct)",
    r"(?:waiting|escalating) was correct",
    "not an engineer's call",
    r"(?:don't|do not|didn't|did not) think (?:an? |the )?(?:engineers?|developers?|i|we|my team) should (?:make|take|own) (?:that|this|the) (?:call|decision)",
    r"so (?:the business|management|leadership|the (?:\w+ )?(?:team|board|director|lead)s?|they|he|she) should (?:decide|make (?:that|the) call|own (?:that|the) decision)",
    r"that's (?:just )?how it should (?:work|be)",
)
_UNDO = phrases(
    r"(?:could|can|would|'d|to) (?:switch|turn|flip|roll) (?:it|this|that|them|the \w+) (?:off|back)",
    r"(?:switch|turn|flip|roll) (?:it|this|that|them|the \w+) (?:off|back) (?:with|in|if)",
    r"behind an? (?:[\w-]+ )?(?:feature )?(?:flag|toggle|switch)",
    "kill switch",
    r"(?:one-line|one line|single) (?:switch|flag|command|config)",
    r"how to (?:undo|roll back|reverse|turn it back on|put them back)",
    r"how to (?:put|switch|turn|set|change|flip) (?:\w+ ){0,3}back",
    r"(?:easy|simple|quick) to (?:undo|reverse|roll back)",
    "reversible",
    r"rollback (?:plan|threshold|path)",
    r"threshold at which",
    r"reverse it",
    r"(?:could|can) (?:restart|revert|undo|roll back|put them back|switch)",
    r"undo plan",
    "downgrade path",
    r"fall ?back to",
)
_CLAIM_AUTONOMY = phrases(
    r"(?:don't|do not|never) (?:really )?(?:ask|wait|need|seek) (?:for )?(?:anyone's |any |their )?(?:permission|approval|sign-?off|anyone)",
    r"approvals? (?:mostly |just |only )?(?:slow|get in)",
    r"rather (?:apologi[sz]e|ask (?:for )?forgiveness)",
    r"i(?:'ve| have) never needed (?:anyone's|any) (?:sign-?off|approval|permission)",
    r"i skip (?:them|reviews|approvals)",
    r"i (?:just )?decide",
    r"i (?:always )?make the call",
    r"(?:never|don't) bother with (?:reviews|approvals|sign-?offs?|tests|permission)",
    r"i just (?:merge|ship|push|deploy|do it)",
)
_TOLD_NOBODY = phrases(
    r"(?:didn't|did not|never) (?:mention|tell|loop|inform|warn|notify)(?: it)?(?: to)? (?:anyone|anybody|them|the|people|it)",
    r"(?:told|informed|warned) (?:nobody|no one|no-one)",
    r"without (?:telling|asking|informing|warning|looping in) (?:anyone|anybody|them|the)",
    r"(?:didn't|did not) loop (?:anyone|anybody|them) in",
    r"(?:didn't|did not) check (?:with )?(?:anyone|the budget)",
)
_NO_SAFEGUARD = phrases(
    r"without (?:a |any )?(?:flag|feature flag|canary|test(?:ing|s)?|review|staging|rollback plan|looking|checking)",
    r"(?:straight|directly) (?:to|into) (?:prod|production|all users|everyone|main)",
    r"all (?:regions|users|services|repositories) at once",
    r"(?:city|country|company)-wide (?:at once|in one go)",
)
# Timing only counts as a skipped safeguard next to a release ("shipped it on a Friday evening"), never "the outage was on a Friday".
_RISKY_TIMING = phrases(
    r"on a friday (?:evening|night|afternoon)", r"right before (?:a |the )?(?:holiday|weekend|launch)"
)
_RELEASE = WordClass("release", "ship deploy launch release push merge cut")
_NO_SPEC = phrases(
    r"(?:there was|there were|we had|with) no (?:spec|specification|owner|plan|runbook|guidance|agreed answer|decision|requirements?)",
    r"nobody had (?:decided|written down|specified|defined)",
    r"without (?:a|any) (?:spec|specification|runbook|owner)",
)
_INPUT = phrases(
    r"got (?:\w+ ){0,2}(?:input|advice|feedback|views?|opinions?|a view|their view|numbers|data|a read) (?:from|on)",
    r"to find out (?:whether|if|how|what|which|when)",
    r"(?:for|as) information,? not (?:permission|approval)",
    r"but (?:only )?(?:for|as) information",
    r"spent (?:a|an|the|two|three|half a|most of a) (?:[\w-]+ ){0,2}(?:morning|afternoon|day|hour|hours|week|evening|session|days) with",
    r"(?:rode along|sat down|sat|shadowed|walked the floor) with",
)
_THEN_TOLD = phrases(
    r"(?:then|and then|afterwards|after that|once it was (?:done|live|stable)),? (?:i )?(?:let (?:\w+ ){1,3}know|told|informed|messaged|emailed|posted|pinged|called|wrote to)"
)
_NAMED = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b")
# "I checked with my mentor that an hour was fine": a sanity check of the speaker's own choice, neither a fact the
# decision needed nor permission.
_SANITY = re.compile(
    r"\b(?:that|whether|if)\b[^.;]{0,60}?\b(?:was|is|were|would be|looked|seemed|sounded|felt)\s+(?:\w+ )?"
    r"(?:fine|ok|okay|alright|all right|sensible|reasonable|right|good|sane|safe|acceptable)\b"
    r"|\b(?:made|makes|make) sense\b"
)
# "asked the pharmacist how long ...": whoever is asked a question is a person, whatever their job is called.
_ASKED_SOMEONE_WH = re.compile(
    r"(?i)asked (?:the |my |our |a |an |their |\w+'s )?(?:[\w-]+ ){1,2}(?:how|what|which|when|who|where)\b(?! to\b)"
)
_OTHERS = frozenset({"authority", "group", "thing", "process"})
_STATES = frozenset("be have feel think want know like need seem look".split())
_ACT_VERBS = frozenset(
    "roll revert pause exclude ship switch deploy disable fix patch restart turn push stop cut drop release merge run".split()
)


def _is_act(c: Clause) -> bool:
    return c.verb in W.FIX or c.lemma in _ACT_VERBS or c.verb in W.BUILD or c.lemma in lexicon.ACTION_VERBS


def _is_decisive_act(c: Clause) -> bool:
    """An act that settles something (roll back, pause, ship), not "make sure" or "get"."""
    return (
        c.verb in W.FIX
        or c.lemma in _ACT_VERBS
        or (c.lemma == "go" and ("ahead" in c.particles or "ahead" in c.words))  # "went ahead with the resize"
        or c.verb in W.DECIDE
        or c.verb in _MORE_ACTS
        or (c.lemma in lexicon.ACTION_VERBS and c.lemma not in ("keep", "put", "set", "add", "change"))
    )


_MORE_ACTS = WordClass(
    "more_acts",
    "move migrate fail cut reroute promote demote rotate block unblock pull launch roll-out "
    "reschedule rebook renegotiate reassign redirect",
)


# "I didn't want to page them without approval": acting without approval is what the speaker would not do.
_REFUSED_BEFORE = re.compile(
    r"\b(?:didn't|did not|didnt|wouldn't|would not|wouldnt|wasn't going to|was not going to|refused to|couldn't|could not)"
    r"(?: [\w'-]+){0,8} ?$"
)


def _without_waiting(sent: SentenceView) -> re.Match[str] | None:
    """ "without waiting", "I didn't ask first" said of what the speaker did (not of what they would not do)."""
    m = first(_WITHOUT_WAITING, sent)
    if (
        m is not None
        and m.group(0).startswith("without")
        and _REFUSED_BEFORE.search(sent.lower, max(0, m.start() - 70), m.start())
    ):
        return None
    return m


def _only_mentioned(sent: SentenceView, pos: int) -> bool:
    """The deferral at ``pos`` did not happen: refused ("didn't wait for"), inside a negated frame ("didn't treat it
    as something that needed her approval"), the cost of waiting given as a reason, or an objection imagined."""
    return (
        scopes.in_refused(sent, pos)
        or scopes.under_negated_frame(sent, pos)
        or scopes.in_waiting_cost(sent, pos)
        or scopes.in_objection(sent, pos)
    )


def waiting(sent: SentenceView) -> list[Signal]:
    """``asked_permission``, ``waited_for_approval``, ``escalated_decision``, ``defended_waiting``."""
    out: list[Signal] = []
    negated_wait = _without_waiting(sent) or first(_CLAIM_AUTONOMY, sent)
    # Waiting for information, found once per sentence (the phrase filter makes the common "none" free).
    info = [i.span() for i in _WAITED_INFO.finditer(sent.lower)] if first(_WAITED_INFO, sent) else []
    for key, pattern in (
        ("asked_permission", _PERMISSION),
        ("waited_for_approval", _WAITED),
        ("escalated_decision", _ESCALATED),
        ("defended_waiting", _DEFENDED),
    ):
        m = first(pattern, sent)
        if m and key != "defended_waiting" and _only_mentioned(sent, sent.start + m.start()):
            continue
        if m and key == "waited_for_approval" and any(start == m.start() for start, _ in info):
            continue  # "waiting for certainty / more metrics / the logs": the speaker's own pace, not deference
        if m and not (negated_wait and key in ("waited_for_approval", "asked_permission")):
            if key != "defended_waiting" and any(
                c.conditional or c.counterfactual for c in sent.clauses if c.start <= sent.start + m.start() < c.end
            ):
                continue
            if key == "escalated_decision" and any(
                c.actor in _OTHERS for c in sent.clauses if c.start <= sent.start + m.start() < c.end
            ):
                continue  # "Support escalated it to us": someone else escalated, the speaker did not hand anything up
            out.append(at_match(key, sent, m))
    deferral_loci = {
        s.locus
        for s in sent.spans
        if s.cue
        in ("waited_for", "needed_okay", "approval_needed", "approval_from", "asked_before", "handed_up", "escalated")
        and not _only_mentioned(sent, s.start)
        and not any(s.start - sent.start < end and start < s.end - sent.start for start, end in info)
    }
    if deferral_loci and not any(
        s.key in ("waited_for_approval", "escalated_decision", "asked_permission") for s in out
    ):
        span = next(s for s in sent.spans if s.locus in deferral_loci)
        out.append(at_clause("waited_for_approval", sent, span))  # type: ignore[arg-type]
    return out


def acting(sent: SentenceView, acted_before: bool, acts_later: bool) -> list[Signal]:
    """``acted_without_waiting``, ``consulted_then_decided``, ``informed_after``, ``undo_plan``."""
    out: list[Signal] = []
    m = _without_waiting(sent)
    if m and not first(_CLAIM_AUTONOMY, sent):
        out.append(at_match("acted_without_waiting", sent, m))
    mine = narrated_mine(sent)
    nospec = first(_NO_SPEC, sent)
    if nospec and not out and (acts_later or any(_is_decisive_act(o) or o.verb in W.BUILD for o in mine)):
        out.append(at_match("acted_without_waiting", sent, nospec))
    heard = first(_INPUT, sent)
    if heard and (
        acts_later
        or any(
            _is_decisive_act(o) or _is_act(o)
            for o in sent.clauses
            if o.mine and not o.negated and sent.start + heard.end() <= o.start
        )
    ):
        out.append(at_match("consulted_then_decided", sent, heard))
    if not out:
        alone = next((c for c in mine if _is_decisive_act(c) and not c.negated and "myself" in c.words), None)
        if alone is not None:
            out.append(at_clause("acted_without_waiting", sent, alone))
    for c in mine:
        if c.verb in W.ASK and not c.negated and not first(_PERMISSION, sent):
            facts = {"how", "what", "which", "whether", "if", "when", "who", "where", "that"} & c.words
            if c.lemma == "check" and "with" not in c.words:
                continue  # "I checked the renewal data" is evidence, not consultation
            near = sent.text[c.start - sent.start : min(c.end + 30, sent.end) - sent.start]
            if not (
                W.PEOPLE.any_in(c.words | frozenset(near.lower().split()))
                or _NAMED.search(near)
                or "with" in c.words
                or _ASKED_SOMEONE_WH.search(near)
            ):
                continue  # consulting means a person: a name, a role or a team
            if _SANITY.search(sent.lower, c.start - sent.start, min(c.end + 90, sent.end) - sent.start):
                continue  # a sanity check of the speaker's own choice: no consultation, no permission
            if facts or "for" not in c.words:
                later = [o for o in sent.clauses if o.mine and not o.conditional and o.index > c.index]
                if acts_later or any(_is_act(o) or _is_decisive_act(o) for o in later):
                    out.append(at_clause("consulted_then_decided", sent, c))
                    break
    tellers = [
        c
        for c in sent.clauses
        if c.mine
        and not c.conditional
        and not c.modal
        and (c.past or c.dep == "conj" or (c.dep == "advcl" and c.verb.endswith("ing")))  # "..., telling the leads why"
    ]
    for c in tellers:
        if (
            c.verb in W.TELL or (c.verb in ("wrote", "write") and ("up" in c.particles or "to" in c.words))
        ) and not c.negated:
            if c.verb in ("let",) and "know" not in sent.words:
                continue
            if any(_is_act(o) or _is_decisive_act(o) for o in mine if o.index < c.index) or acted_before:
                out.append(at_clause("informed_after", sent, c))
                break
    if not any(x.key == "informed_after" for x in out) and (acted_before or any(_is_decisive_act(o) for o in mine)):
        t = first(_THEN_TOLD, sent)
        if t:
            out.append(at_match("informed_after", sent, t))
    u = first(_UNDO, sent)
    asked = first(_PERMISSION, sent)
    told_to = any(w in sent.lower for w in ("asked me to", "told me to", "wanted me to"))
    if u and not told_to and not (asked and asked.start() <= u.start() <= asked.end() + 12):
        out.append(at_match("undo_plan", sent, u))
    return out


def hypothetical(sent: SentenceView) -> list[Signal]:
    """``hypothetical_independence`` ("I would still have excluded them") or ``hypothetical_deferral``."""
    if first(_CLAIM_AUTONOMY, sent):
        return []  # "I'd rather ask forgiveness than ask": a claim about habits, read by reckless()
    hypothetical = [c for c in sent.clauses if c.mine and (c.counterfactual or c.modal_word in ("would", "'d", "d"))]
    for c in hypothetical:
        if (
            c.lemma in ("escalate", "wait", "ask", "defer", "page", "check") or c.verb in W.ESCALATE or c.verb in W.WAIT
        ) and not c.negated:
            return [at_clause("hypothetical_deferral", sent, c)]
    answer = scopes.answered_objection(sent)
    if answer is not None:
        return [at_clause("hypothetical_independence", sent, answer)]  # "had she objected I'd have argued it"
    for c in hypothetical:
        if c.lemma in ("escalate", "wait", "ask", "defer", "page", "check") or c.verb in W.ESCALATE or c.verb in W.WAIT:
            continue
        if c.modal_word in ("should", "ought", "shall") or "should" in c.words or "ought" in c.words:
            continue  # "I should have patched it at once and told her after": regret about waiting, not an act
        anyway = bool({"still", "anyway", "regardless", "anyways"} & sent.words) or "without" in sent.words
        if not c.negated and (
            (_is_decisive_act(c) and (anyway or c.counterfactual))
            or (anyway and c.counterfactual and c.lemma not in _STATES)
        ):
            return [at_clause("hypothetical_independence", sent, c)]
    return []


def reckless(sent: SentenceView) -> list[Signal]:
    """``skipped_safeguard``, ``told_nobody`` and ``autonomy_claim`` (habitual "I never ask")."""
    out: list[Signal] = []
    for c in narrated_mine(sent):
        if c.verb in W.SKIP and not c.negated and W.CONTROL_NOUNS.any_in(c.words):
            out.append(at_clause("skipped_safeguard", sent, c))
            break
    m = first(_NO_SAFEGUARD, sent)
    if (
        m is None
        and (t := first(_RISKY_TIMING, sent))
        and any(_RELEASE.any_in(frozenset({c.verb})) for c in narrated_mine(sent) if not c.negated)
    ):
        m = t
    if m and sent.mine() and not any(s.key == "skipped_safeguard" for s in out):
        out.append(at_match("skipped_safeguard", sent, m))
    m = first(_TOLD_NOBODY, sent)
    if m and sent.mine():
        out.append(at_match("told_nobody", sent, m))
    m = first(_CLAIM_AUTONOMY, sent)
    if m and any(c.mine and (c.habitual or c.present or c.modal_word in ("would", "'d", "d")) for c in sent.clauses):
        out.append(at_match("autonomy_claim", sent, m))
    return out
