"""Kinds of words the story signals listen for (base forms; ``WordClass`` adds the inflections).

Each list names a class of wording an interviewer recognises, never a sentence: weighing verbs,
evidence nouns, safeguards, fixes, people a candidate tells, and so on.
"""

from __future__ import annotations

from agent.stories.forms import WordClass

WEIGH = WordClass("weigh", "consider weigh compare evaluate debate benchmark prototype trial contrast")
OPTION_NOUNS = WordClass("option", "option alternative approach choice path route fix possibility plan")
INVESTIGATE = WordClass(
    "investigate",
    "measure replay test benchmark profile sample trace analyse analyze backtest load-test simulate reproduce "
    "pull compare check look dig query graph plot diff verify confirm validate inspect audit review count "
    "calculate estimate model run tune calibrate pilot try",
)
EVIDENCE_NOUNS = WordClass(
    "evidence",
    "log data number metric dashboard graph benchmark test replay trace profile sample experiment measurement "
    "report histogram percentile error rate latency p99 p95 diff analysis result count figure record event study "
    "ticket complaint history spreadsheet export dump reading inbox chat feedback survey enquiry inquiry",
)
SHOW_VERBS = WordClass("show", "show suggest reveal indicate confirm prove demonstrate say tell")
RISK_WORDS = WordClass(
    "risk",
    "risk downside trade-off tradeoff cost price expense penalty catch worst-case exposure",
)
ACCEPT = WordClass("accept", "accept tolerate absorb eat swallow")
DECIDE = WordClass("decide", "decide choose pick opt settle go commit prioritise prioritize select")

FIX = WordClass(
    "fix",
    "fix roll revert patch restore rerun re-run reprocess correct repair undo pause exclude disable quarantine "
    "refund resend re-send recover rebuild rewrite replace hotfix unblock drain reroute flip switch cancel "
    "backfill reconcile clean reset halt stop freeze kill start introduce",
)
SAFEGUARD = WordClass(
    "safeguard",
    "check alert alarm test guard rule validation canary cap limit jitter lint monitor suite breaker "
    "circuit-breaker fallback threshold invariant assertion gate kill-switch dry-run runbook playbook "
    "review probe flag timeout retry quota backstop safeguard sanity comparison staging",
)
BUILD = WordClass(
    "build",
    "add write build set introduce create put make implement change replace wire automate turn require enforce",
)
TELL = WordClass(
    "tell",
    "tell inform notify post email message ping call warn send brief explain contact update announce alert "
    "share flag loop let phone ring text",
)
PEOPLE = WordClass(
    "people",
    "team lead manager director owner on-call oncall support customer client user rider driver partner account "
    "channel room everyone everybody colleague engineer ops operation finance legal security product "
    "stakeholder commander leader group staff them him her they us folk office officer partnership",
)
ASK = WordClass("ask", "ask check consult query call phone ring talk")
FOLLOW = WordClass(
    "follow", "watch monitor check verify track review follow revisit measure audit re-audit re-run rerun confirm"
)
GUARD_VERBS = WordClass(
    "guard_verb",
    "flag alert page block reject refuse fail stop catch detect compare warn halt gate abort",
)
WAIT = WordClass("wait", "wait hold pause stall sit")
APPROVAL_NOUNS = WordClass(
    "approval",
    "approval sign-off signoff permission go-ahead okay blessing green-light greenlight say-so consent authorisation authorization",
)
ESCALATE = WordClass("escalate", "escalate defer hand punt kick raise refer forward")
SKIP = WordClass("skip", "skip bypass disable delete drop remove turn switch kill ignore override circumvent")
CONTROL_NOUNS = WordClass(
    "control",
    "check test gate review protection limiter limit alert alarm backup archiving archive log audit monitoring "
    "validation approval index constraint lock quota firewall rule scan scanner guard safety policy branch "
    "requirement encryption canary",
)
CLAIM = WordClass(
    "claim",
    "own owner ownership decide decision call drive lead accountable accountability responsible responsibility "
    "outcome result end everything every always full fully complete completely entire entirely whole total "
    "totally right best optimal strategic strategy holistic holistically value impact business proactive "
    "proactively initiative weigh alternative option trade-off tradeoff risk accept balance evaluate judgment "
    "decisive thing stuff lot great really very",
)
# Abstract nouns a buzzword answer is made of: not concrete detail about any system, person or number.
ABSTRACT = WordClass(
    "abstract",
    "benefit stakeholder accountability mistake cost consensus approval follow-up follow-through solution problem "
    "issue situation process business value impact outcome result learning lesson culture communication alignment "
    "priority challenge opportunity goal success failure quality scalability reliability efficiency excellence "
    "transparency trust collaboration leadership vision mission strategy tradeoff trade-off alternative option "
    "decision call risk ownership initiative autonomy judgment judgement independence consciousness balance "
    "stakeholders approach mindset growth feedback execution delivery focus commitment empathy integrity",
)
REACH = WordClass(
    "reach",
    "every all whole entire everyone everybody company-wide org-wide organisation-wide organization-wide",
)
REACH_NOUNS = WordClass(
    "reach_noun",
    "service team product consumer caller client customer user company org organisation organization "
    "department repo repository system tool pipeline app",
)
BLAME_VERBS = WordClass(
    "blame_verb",
    "catch flag test tell warn check notice review spot prevent stop handle give",
)
HARM = WordClass(
    "harm",
    "break crash fail cause corrupt overload leak delete lose miss shift duplicate block slow stall double drop "
    "overspend undercount overcount mislabel misroute expire reject timeout hang flood spike wipe overwrite "
    "skip oversell overbook overcharge undercharge strand",
)
FAULT_NOUNS = WordClass(
    "fault_noun",
    "change deploy deployment release migration config configuration code patch script query commit fix rollout "
    "model rule check mapping setting flag update upgrade refactor logic job cron schema index limit threshold",
)
MINIMISE = WordClass("minimise", "fine okay ok minor small trivial harmless")
HINDSIGHT_MARKERS = (
    "in hindsight",
    "looking back",
    "in retrospect",
    "next time",
    "if i did it again",
    "if i did that again",
    "if i had to do it again",
    "with hindsight",
    "what i'd do differently",
    "what i would do differently",
    "i learned",
    "the lesson",
)
