"""What kind of story a telling is: migration, incident or rollback, decision without a spec,
work outside one's area, disagreement, failure.

Detection works by classes of wording (moving a system, being paged, nothing
written down, someone else's system, arguing a call, owning a mistake), scored
per kind; a story can be several kinds, the strongest first.  A ``kind:`` line
in the story file overrides the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.util.pattern_set import PatternSet

KINDS: tuple[str, ...] = ("migration", "incident", "no_spec", "outside_scope", "disagreement", "failure")
KIND_LABELS = {
    "migration": "migration",
    "incident": "incident or rollback",
    "no_spec": "decision without a spec",
    "outside_scope": "work outside your area",
    "disagreement": "disagreement",
    "failure": "failure",
}
_ALIASES = {
    "rollback": "incident",
    "outage": "incident",
    "incident-or-rollback": "incident",
    "nospec": "no_spec",
    "no-spec": "no_spec",
    "no spec": "no_spec",
    "ambiguity": "no_spec",
    "outside-scope": "outside_scope",
    "outside scope": "outside_scope",
    "scope": "outside_scope",
    "not my responsibility": "outside_scope",
    "conflict": "disagreement",
    "mistake": "failure",
}

# Word classes per kind.  Weight 2: the kind on its own; 1: only together with another cue.
_NOBODY = r"(?:nobody|no one|no-one|no body)"
_OTHERS = r"(?:another|other|a different|the other|someone else['’]s|different)"
_UNIT = r"(?:team|group|org|organisation|organization|department|squad|function|vendor|company)"
_CUES: dict[str, list[tuple[str, int]]] = {
    "migration": [
        (r"\bmigrat(?:e|ed|es|ing|ion|ions)\b|\bcut ?over\b|\bchange ?over\b|\bdual[- ]writ\w*|\bbackfill\w*", 2),
        (
            r"\b(?:shift|mov|port|switch|transfer|transition|relocat|consolidat|convert|lift|brought|bring|bringing|onboard)\w*\b"
            r"[^.;]{0,60}?\b(?:from\b[^.;]{1,40}\b(?:to|onto|into)|onto|over to|into the new|to the new|into our new)\b",
            2,
        ),
        (
            r"\b(?:got rid of|replac\w+|rebuil\w+|rewr\w+|retir\w+|decommission\w*|deprecat\w+|sunset\w*|phas\w+ out|"
            r"re-?platform\w*|upgrad\w+|consolidat\w+)\b",
            1,
        ),
        (
            r"\b(?:new|old|legacy|previous|existing)\b[^.;]{0,25}\b(?:system|cluster|platform|vendor|stack|service|database|"
            r"version|tool|tooling|pipeline|infrastructure|setup)s?\b",
            1,
        ),
        (
            r"\b(?:mov|port|shift|transferr?)(?:e|ed|es|ing)\b (?:every|all|each|the|our|their|both|[a-z]+ )[^.;]{0,40}?\bto\b",
            1,
        ),
        (r"\b(?:old|legacy|previous|retired) (?!days\b|habits?\b|friend)[a-z]+s?\b", 1),
        (
            r"\bswitched over\b|\bmove (?:off|away from)\b|\bran (?:both|them both|the two)\b|\bin parallel\b|\bside by side\b|"
            r"\bone (?:department|team|service|table|region|customer|tool|site) (?:a|at a|per) (?:time|week|day)\b",
            1,
        ),
    ],
    "incident": [
        (r"\b(?:incident|outage|downtime|sev ?-?[0-3]|postmortem|post-mortem|war room|emergency|firefight\w*)\b", 2),
        (
            r"\b(?:paged|pager|on[- ]call(?! (?:docs?|documentation|guides?|wiki|handbook|training|coverage|rota|rotas|"
            r"rotation|schedule|load)\b)|(?:got|received|took|answered) (?:the|a) page)\b",
            2,
        ),
        (
            r"\b(?:roll(?:ed|ing)? ?back|rollback|revert(?:ed|ing)?|hotfix\w*|fail(?:ed|ing) over|(?:pinned|went back to|restored|redeployed) the (?:previous|last good|old|prior) (?:\w+ )?(?:build|version|release|config|image))\b",
            2,
        ),
        (
            r"\b(?:went|was|were|goes) (?:down|dark|offline|silent|red)\b|\btook (?:\w+ ){0,3}(?:down|offline)\b|"
            r"\b(?:alarms?|alerts?|sirens?)\b[^.;]{0,40}?\b(?:went off|fired|kept firing|were firing|going off)\b",
            2,
        ),
        (
            r"\b(?:stopped (?:draining|responding|processing|loading|working|syncing|serving)|timing out|timed out|error rates?|"
            r"backed up|filled up|crash(?:ed|ing|es)?|failover|degraded|crawled|spiked|jumped|came back|recovered|restored|mitigat\w+|expired|ran out|exhausted)\b|"
            r"\b(?:got|saw|threw|returned|hit|getting|seeing|throwing) (?:\w+ )?errors\b|\bstarted (?:failing|erroring|returning|producing|throwing|dropping)\b",
            1,
        ),
        (
            r"\b(?:at|around) (?:[1-5]|midnight) ?(?:am|a\.m\.)?\b|\bin the middle of the night\b|\bon a (?:sunday|saturday|weekend)\b|"
            r"\bfor (?:an|about an|half an) hour\b|\bcustomers (?:saw|were|got)\b|\bby hand\b|\bfirst on the call\b",
            1,
        ),
    ],
    "no_spec": [
        (
            r"\b(?:no|without(?: a| any)?|zero|little|there was no|were no|was no|nothing in the way of) (?:spec|specs|specification|"
            r"requirements?|design doc|prd|brief|guidance|playbook|precedent|written rules?|detail|details|definition|direction|"
            r"acceptance criteria|target|targets|instructions|process|template|roadmap|plan|pm|product manager|owner|goals|strategy|metrics?)\b",
            2,
        ),
        (
            rf"\b(?:{_NOBODY}|no one else) (?:had |ever |could |would )?(?:written|wrote|defined|specified|told|tell|said|decided|"
            r"agreed on|set|documented|knew|know|explain)\b",
            2,
        ),
        (
            r"\b(?:never|not|n['’]t) (?:been |yet )?(?:specified|defined|written down|documented|decided|scoped|agreed(?: on)?)\b|"
            r"\bby anyone\b|\bnothing (?:was )?written down\b|\bnothing to go on\b|\b(?:undefined|unspecified|ambiguous|vague|unclear)\b",
            2,
        ),
        (r"\bwhat (?:\w+ ){0,2}(?:meant|counted as|should mean|looked like)\b|\band nothing else\b", 2),
        (
            r"\bsingle sentence\b|\bone-line (?:ask|request)\b|\bliterally\b|\bjust (?:said|asked)\b|\bdrew the line\b|"
            r"\b(?:myself|on my own(?: judge?ment)?)\b|\bproposed (?:a|the) (?:number|default|limit|threshold|rule)\b",
            1,
        ),
    ],
    "outside_scope": [
        (
            r"\b(?:was ?n[o'’]?t|not|is ?n['’]t|is not)(?: really| even| at all)? (?:my|our) (?:job|responsibility|area|team|service|"
            r"problem|code|system|call|remit|domain)\b|\bnot my (?:area|job|team)\b",
            2,
        ),
        (
            rf"\b{_OTHERS} {_UNIT}(?:['’]s)?\b|\bowned by (?!me\b|us\b|my team\b|our team\b)|\bbelonged to\b|"
            rf"\b(?:{_NOBODY}) (?:owned|maintained|looked after)\b|\bunowned\b|\borphan(?:ed)?\b",
            2,
        ),
        (
            rf"\b(?:{_NOBODY}) (?:asked|gave|assigned|told) (?:me|us)\b|\bwithout being asked\b|\bvolunteer(?:ed)?\b|"
            r"\bstepped in\b|\bnot (?:asked|assigned)\b|\b(?:outside|beyond) (?:my|our) (?:team|area|scope|remit|org|domain)\b",
            2,
        ),
        (r"\b(?<!my )(?<!our )(?:[a-z]+ )team['’]s\b|\bon my own time\b", 1),
        (
            r"\b(?:was|were) (?:the |a )?[a-z ]{0,30}['’]s, but\b|\b(?<!I )(?<!we )(?:owned|ran|maintained|built) (?:the |their )?[^.;,]{0,30}, but\b",
            2,
        ),
        (
            r"\b(?:it|this|that) was their\b|\b(?:lived|belonged|sat) in (?:the|their|another|a)\b|\btheir (?:team|repository|repo|"
            r"service|code|system|bug|on-call|environment|tool|pipeline)\b|\bhad them review\b|\bsent (?:them|their team)\b|\bjoined their\b|"
            r"\bblocked everyone\b|\beven though I (?:sat|was) on\b|\banyway\b",
            1,
        ),
    ],
    "disagreement": [
        (
            r"\bdisagree(?:d|ment|ments|ing)?\b|\b(?:did not|didn['’]t|do not|don['’]t|could not|couldn['’]t) agree\b|"
            r"\bpush(?:ed)? back\b|\bobject(?:ed|ion)\b|\boverrul(?:ed|e)\b|\bat odds\b",
            2,
        ),
        (r"\b(?:argued|argument|debate[d]?|conflict(?:ed|ing)?|dispute[d]?|clash(?:ed)?|opposed|fought|refused)\b", 2),
        (
            r"\b(?:wanted|proposed|planned|insisted|asked us) to\b.{0,90}?\bI (?:didn['’]t|did not|thought|felt|believed|argued|"
            r"said no|was against|worried|refused)\b",
            2,
        ),
        (
            r"\b(?:convinc|persuad)(?:e|ed|ing)\b|\bmade (?:my|the) case\b|\bchanged (?:his|her|their|my) mind\b|"
            r"\bwent with (?:his|hers|theirs|mine|my option)\b|\bboth (?:options|approaches|sides)\b",
            1,
        ),
        (
            r"\b(?:rejected|turned down|vetoed|shot down|blocked)\b[^.;]{0,30}\b(?:my|our)\b|\bsaid so\b|\bhad (?:doubts|concerns)\b|"
            r"\bcommit(?:ted)? to (?:his|her|their) (?:design|plan|decision)\b",
            1,
        ),
    ],
    "failure": [
        (
            r"\b(?:my|a|the|big) (?:mistake|fault|error(?! (?:rate|budget|message|log|code|page)s?)|bad call|blunder)\b|"
            r"\bwrong call\b|\b(?:that|this|it)(?: one)? (?:is|was) on me\b|\bI own (?:that|it)\b|\bmy (?:own )?(?:bad|doing)\b",
            3,
        ),
        (
            r"\bI (?:got it wrong|was wrong|failed|messed up|screwed up|broke|misjudg\w+|miscalculat\w+|underestimat\w+|"
            r"overestimat\w+|overlooked|forgot|missed)\b",
            2,
        ),
        (
            r"\b(?:missed (?:the|its|our) (?:deadline|date)|missed (?:it|them|the \w+) by\b|slipped (?:a|the|by|two|three)\b|off by (?:a factor|\d+|an order))",
            2,
        ),
        (
            r"\bI (?:had not|hadn['’]t|didn['’]t|did not) (?:looked|checked|tested|asked|run|read)\b|\bwithout (?:checking|testing|running|"
            r"reading|asking)\b",
            1,
        ),
        (
            r"\b(?:lesson|learned|learnt|looking back|in hindsight|should have|regret)\b|\b(?:I now|now I always|since then I)\b|"
            r"\b(?:failed|failure|ripped (?:it )?out|double-charged|lost data|went wrong)\b",
            1,
        ),
    ],
}
# Semantic fields: single words typical of each kind.  Each distinct word found adds 1 point
# (at most ``_FIELD_CAP``), so a telling that uses the kind's vocabulary without any of the
# phrases above still registers.
_FIELD_CAP = 3
_FIELDS: dict[str, str] = {
    "migration": r"migrat\w*|mov(?:e|ed|es|ing)|port(?:ed|ing)|switch(?:ed|ing)?|replac\w+|shard\w*|"
    r"cop(?:y|ied|ying)|cutover|transition\w*|upgrad\w+|retir\w+|legacy|homegrown|home-grown|"
    r"consolidat\w+|decommission\w*|deprecat\w+|backfill\w*|rewr\w+|re-?platform\w*|onto|"
    r"(?P<by>[a-z]+) by (?P=by)|one at a time|overnight",
    "incident": r"outages?|incidents?|paged|pager|on-call|500s|errors?|crash\w*|hung|hang(?:s|ing)?|down|dark|"
    r"broken|timeouts?|undid|undo|revert\w*|roll(?:ed)?\s?back|rollbacks?|restart\w*|restor\w+|recover\w*|"
    r"alarms?|alerts?|dashboards?|spik\w+|latency|degrad\w+|mitigat\w+|hotfix\w*|postmortem|"
    r"stuck|firing|failing|failed|midnight|[1-5]\s?am",
    "no_spec": r"brief|specs?|specification|requirements?|vague|unclear|ambiguous|undefined|defin(?:e|ed|ition)|"
    r"meant|mean|targets?|metrics?|goals?|gaps?|guidance|roadmap|"
    r"nothing|nobody|myself|told to|asked for|filled",
    "outside_scope": r"responsibility|another|their|theirs|belonged|owned|shared|nobody|volunteer\w*|"
    r"anyway|outside|beyond|cross-team|took (?:it|them) on|stepped|unowned|orphan\w*|"
    r"[a-z]+ team['’]s",
    "disagreement": r"disagree\w*|argu\w+|clash\w*|debat\w+|object\w*|against|convinc\w+|persuad\w+|"
    r"fought|refus\w+|overrul\w+|settled|compromise\w*|case for|case against|wanted|"
    r"veto\w*|opposed|conflict\w*",
    "failure": r"mistakes?|fault|wrong|failed|failure|lost|lesson\w*|learn\w*|hindsight|regret\w*|"
    r"should have|now i|apologi[sz]\w+|misjudg\w+|underestimat\w+|missed|blame\w*",
}
_COMPILED = {k: [(re.compile(p, re.IGNORECASE), w) for p, w in v] for k, v in _CUES.items()}
_FIELD_RE = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _FIELDS.items()}
# One pass over the story says which cue patterns can match it; only those are run.
_CUE_SET = PatternSet(p for v in _COMPILED.values() for p, _ in v)
MIN_SCORE = 2


@dataclass(frozen=True)
class KindGuess:
    """The story's kinds, strongest first, with the phrase that suggested each."""

    kinds: tuple[str, ...]
    cues: dict[str, str]
    declared: bool = False

    @property
    def primary(self) -> str | None:
        return self.kinds[0] if self.kinds else None


def kind_from_label(label: str) -> str | None:
    """A kind id from what a person might write on a ``kind:`` line, or ``None``."""
    key = " ".join(label.strip().lower().replace("_", " ").split())
    if key.replace(" ", "_") in KINDS:
        return key.replace(" ", "_")
    for kind, text in KIND_LABELS.items():
        if key == text:
            return kind
    return _ALIASES.get(key) or _ALIASES.get(key.replace(" ", "-"))


def guess_kinds(text: str, declared: str | None = None) -> KindGuess:
    """Kinds of the story in ``text`` (``declared`` first when the file names one)."""
    scored: list[tuple[int, int, str, str]] = []
    cues: dict[str, str] = {}
    possible = _CUE_SET.possible(text)
    for kind in KINDS:
        total, first, phrase = 0, len(text), ""
        for pattern, weight in _COMPILED[kind]:
            matches = list(pattern.finditer(text)) if pattern in possible else []
            if not matches:
                continue
            total += weight if len(matches) == 1 else weight + 1
            if matches[0].start() < first:
                first, phrase = matches[0].start(), matches[0].group(0)
        words = {m.group(0).lower() for m in _FIELD_RE[kind].finditer(text)}
        total += min(_FIELD_CAP, max(0, len(words) - 1))
        if words and not phrase:
            phrase = min(_FIELD_RE[kind].finditer(text), key=lambda m: m.start()).group(0)
            first = text.lower().find(phrase.lower())
        if total >= MIN_SCORE:
            scored.append((-total, first, kind, phrase))
            cues[kind] = phrase
    scored.sort()
    kinds = [k for _, _, k, _ in scored]
    if declared:
        kinds = [declared, *[k for k in kinds if k != declared]]
        return KindGuess(kinds=tuple(kinds), cues=cues, declared=True)
    return KindGuess(kinds=tuple(kinds), cues=cues)
