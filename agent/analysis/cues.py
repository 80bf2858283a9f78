"""Phrase-level cues found with regular expressions over a sentence.

These complement the parse: fixed expressions the parser splits oddly
("that was my call", "per the runbook", "nobody really decided") and a
backstop that can raise a sentence the parse left at ``none`` to a probe
class.  The backstop never fires on design/hypothetical sentences and never
overrides an owned sentence (see ``verdict``).
"""

from __future__ import annotations

import re

from agent.util.pattern_set import PatternSet

_I = r"(?:i|me)"
_PROC = (
    r"(?:runbook|playbook|policy|policies|process|procedure|checklist|gate|ticket|rfcs?|template|rules?|controls?|handbook|rulebook|manual"
    r"|freeze|moratorium|embargo|change window|maintenance window|audit|cab|change requests?"
    r"|sox|compliance|review|board|guidelines?|standards?|protocol|regulations?|requirements?|slas?|slos?|sops?)"
)
_AUTH = (
    r"(?:manager|manger|mgr|lead|director|vp|cto|ceo|cfo|coo|cio|ciso|cpo|gm|svp|evp|founder|architect|boss|head of [a-z]+|skip[- ]?level|exec(?:utive)?s?"
    r"|leadership|management|supervisor|commander|legal|security|finance|dba)"
)
_F = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


# (locus, strength, cue, pattern)
OWNERSHIP = [
    ("authority", 3, "quotative_like", _rx(r"\b(?:my|our|the) (?:\w+ )?" + _AUTH + r" (?:was|were|is|goes|went) like\b")),
    ("self", 4, "my_call", _rx(r"\b(?:that|it|this) was (?:my|all my) (?:own )?(?:call|decision|choice)\b")),
    ("self", 4, "i_am_the_one", _rx(r"\b(?:i'?m|i am|i was) the one (?:who|that) \w+")),
    ("self", 3, "myself", _rx(r"\b(?:myself|personally|on my own authority|my own call)\b")),
    ("self", 4, "did_not_ask", _rx(r"\b(?:didn'?t|did not|never|without) (?:ask(?:ing)?|wait(?:ing)?|check(?:ing)?) (?:for |on |with )?(?:anyone|anybody|approval|permission|sign-?off|the go-ahead|a go-ahead)\b")),
    ("self", 4, "nobody_asked_me", _rx(r"\b(?:nobody|no one|no-one) (?:asked|told) me to\b")),
    ("self", 3, "said_no", _rx(r"\b" + _I + r" (?:just |flatly )?(?:said|told \w+) no\b")),
    ("self", 3, "made_the_call", _rx(r"\b" + _I + r" (?:\w+ )?(?:made|make) (?:the|teh|a|that|this|my) (?:final |tough |hard )?(?:call|decision)\b")),
]
HEDGE_STRONG = [
    ("hedged", 4, "nobody_decided", _rx(r"\b(?:nobody|no one|no-one|noone)(?: \w+)? (?:really |actually |ever )?(?:decided|chose|picked|made (?:the|a) (?:call|decision))\b")),
    # Nobody objecting drifts a group's choice, but confirms a call the speaker made (see sentence.py).
    ("hedged", 4, "nobody_objected", _rx(r"\b(?:nobody|no one|no-one|noone)(?: \w+)? (?:really |actually |ever )?(?:objected|pushed back|disagreed|questioned it)\b")),
    ("hedged", 4, "i_guess", _rx(r"\b(?:decided|agreed|chose), i guess\b")),
    ("hedged", 4, "no_real_decision", _rx(r"\b(?:there )?(?:(?:was|were) (?:really )?(?:no|never|not)|wasn'?t|was not|weren'?t|were not) (?:really |ever )?(?:a |any |one )?(?:real |actual |single |clear |specific |particular )?(?:plan|decision|moment|point|owner|discussion|meeting)\b")),
    ("hedged", 4, "vibe", _rx(r"\bmore (?:of )?a (?:vibe|habit|default|drift) than a (?:decision|plan|choice)\b")),
    ("hedged", 4, "not_sure_who", _rx(r"\b(?:(?:not|never) (?:\w+ )?sure|(?:don'?t|do not|didn'?t|did not|never) (?:really )?kn(?:o|e)w) (?:who|by whom)\b")),
    ("hedged", 4, "no_real_reason", _rx(r"\bnot (?:really )?sure (?:there was|it was|we had|there'?s) (?:ever )?(?:a |any )?(?:real |actual |good |particular )?(?:reason|decision|plan|choice)\b")),
    ("hedged", 4, "not_sure_how", _rx(r"\b(?:not|never) (?:\w+ )?sure (?:how|why)\b")),
    ("hedged", 4, "made_itself", _rx(r"\b(?:decision|call|choice) (?:\w+ ){0,3}?(?:of )?(?:just )?made itself\b")),
    ("hedged", 3, "without_discussing", _rx(r"\bwithout (?:ever |anyone |anybody |really |ever really )*(?:discussing|deciding|talking about|agreeing|asking why|questioning (?:it|why)|revisiting it|challenging it)\b"
                                              r"|\bwithout (?:any |a )?(?:real |clear |actual |explicit )?(?:plan|decision|discussion|owner)\b")),
    ("hedged", 3, "persisted_unexplained", _rx(r"\b(?:has|have|had) been\b.{0,60}?\b(?:nobody|no one|no-one|noone) (?:really |actually )?(?:knows|knew|remembers|remembered) (?:why|who|how)\b")),
    ("hedged", 4, "nobody_remembers", _rx(r"\b(?:nobody|no one|no-one|noone) (?:really |even |actually )?(?:remembers|remembered|recalls|recalled|knows|knew) (?:\w+ )?(?:choosing|deciding|picking|agreeing|approving|why we|who (?:picked|chose|decided))\b")),
    ("hedged", 3, "reached_for", _rx(r"\bwhat (?:everyone|everybody|people) (?:just )?(?:reached for|used|defaulted to)\b")),
]
# Weak hedges only count next to a narrated decision or outcome (see rules).
HEDGE_WEAK = _rx(
    r"\b(?:sort of|kind of|kinda|sorta|somehow|more or less|by default|over time|organically|gradually|along the (?:way|line)"
    r"|at some point|over the years|out of (?:habit|inertia)|by (?:habit|inertia)|from habit|on autopilot"
    r"|for lack of (?:a |any )?(?:better )?(?:option|idea|alternative)s?|without (?:much |any |a lot of )?thought|(?:almost )?by accident)\b"
)
# Drift with no hedge word: nobody chose, it was simply there, responsibility fell between chairs.
DRIFT = [
    ("hedged", 3, "just_what_we_had", _rx(r"\b(?:was|were) (?:just |simply |basically |only )?(?:what|whatever|the (?:\w+ )?(?:thing|one|tool|option|stack|language|framework|platform|setup|default)(?: that)?) (?:\w+ ){0,3}?(?:already |happened to )?(?:had|used|knew|existed|was there|was installed|came with|brought(?: along| in| with \w+)?|set up|started with|installed)\b")),
    ("hedged", 3, "already_there", _rx(r"\b(?:was|were) (?:just |simply )?already (?:there|in place|in use|installed|the default)\b")),
    ("hedged", 3, "how_it_was_done", _rx(r"\b(?:that'?s|that is|it'?s|it was|this was) (?:just |simply )?(?:how|the way) (?:it was|things were|it had always been|it'?s always been|we'?d always)(?: done| set up| built)?\b")),
    ("hedged", 3, "the_default", _rx(r"\b(?:it|that|this) (?:was|were) (?:just |simply )?the default\b")),
    ("hedged", 3, "there_when_joined", _rx(r"\b(?:was|were|had been|has been|it'?s been) (?:already |just )?(?:like that|that way|there|in place|set up (?:like that|that way)|the setup) (?:(?:since before|before|when|by the time) (?:i|we|anyone|anybody|any of us) (?:\w+ )?(?:joined|arrived|got there|got here|started|came (?:in|on|aboard))|before (?:me|us|my time|our time))\b")),
    ("hedged", 3, "won_by_default", _rx(r"\b(?:won|won out|prevailed|got picked|was picked|got chosen|was chosen|got adopted|was adopted|stuck|became (?:the )?[\w-]+) (?:\w+ )?by default\b")),
    ("hedged", 3, "in_place_when_joined", _rx(r"\b(?:was|were|had been) (?:already|just) (?:[a-z]+ed|in place|there|set up|built|written)(?: in| up| into [\w-]+)? (?:[\w-]+ ){0,4}?(?:when|before|by the time) (?:i|we) (?:\w+ )?(?:joined|arrived|started|came (?:in|on|aboard)|got (?:there|here))\b")),
    ("hedged", 3, "carried_over", _rx(r"\b(?:just |simply |quietly |silently )(?:carried|rolled) over\b|\b(?<!\bi )(?<!\bwe )(?:carried|rolled) over (?:into|to) (?:the )?(?:next|following|new) (?:year|quarter|fiscal year|contract|budget|cycle|term|fy)\b")),
    ("hedged", 3, "always_been", _rx(r"\bhad always (?:run|been|worked|been done)(?: that way| like that)?\b")),
    ("hedged", 4, "assumed_someone_would", _rx(r"\b(?:each|both|every|all the) (?:\w+ ){0,2}?(?:assumed|thought|figured|expected) (?:that )?(?:\w+ ){1,3}?(?:would|was going to|were going to) (?:handle|own|do|take care of|pick|fix|deal with|cover|decide)\b")),
    ("hedged", 3, "became_the_default", _rx(r"\b(?:became|had become|turned into) (?:the |our )?(?:de facto |unofficial |accidental )?(?:system of record|source of truth|go-to|standard|default|norm)\b")),
    ("hedged", 4, "assumed_the_other", _rx(r"\b(?:each|both|every) (?:\w+ ){0,2}?(?:assumed|thought|figured|believed) (?:that )?(?:the other|someone else|somebody else)\b|\b(?:everyone|everybody) (?:assumed|thought|figured) (?:that )?(?:someone|somebody) else\b")),
    ("hedged", 4, "nobody_owned", _rx(r"\b(?:nobody|no one|no-one|noone) (?:has |had |have )?(?:really |ever |actually )*(?:owned|(?:had |has )?(?:gotten|got) around to|thought to|bothered to|questioned|revisited|challenged|touched)\b")),
    ("hedged", 3, "never_got_around", _rx(r"\bnever got around to\b")),
    ("hedged", 3, "by_the_time", _rx(r"\bby the time (?:anyone|anybody|someone|somebody|we|people) (?:really |actually |properly |even |seriously )?(?:looked|noticed|checked|asked|thought about it|questioned|revisited|challenged|got around to)\b")),
    ("hedged", 3, "temporary_still_there", _rx(r"\b(?:temporary|interim|stopgap|stop-gap|quick fix|quick hack|short-term)['\"’]? (?:[\w-]+ ){0,5}?(?:is|was|are|were) still (?:in production|in prod|in the code(?:base)?|there|around|live|running|in use|in place)\b")),
    # Nobody decided, the thing was taken as settled: "it was understood that the night shift would cover it".
    ("hedged", 3, "drift_understood", _rx(r"\b(?:it|that) (?:was|got|had been|became) (?:\w+ ){0,2}?(?:understood|assumed|accepted|expected|taken for granted|taken as read)(?: by (?:everyone|everybody|all of us))?,? (?:that )?(?:[\w']+ ){0,5}?(?:[a-z]+'d|would|was going to|were going to|should|had to) (?:just )?(?:keep|stay|use|switch|cover|move|stick|handle|own|run|continue|adopt|go|pick|migrate|remain|look after|do|carry on|stop|drop|follow|work|ship|launch|take over)\b")),
    ("agentless", 3, "taken_as_given", _rx(r"\b(?:it|that|this) (?:was|had been|became) (?:just |simply |always |already |sort of |kind of |kinda |more or less )?(?:a given|a foregone conclusion|a done deal|a fait accompli|taken for granted)\b")),
    ("hedged", 3, "drift_unspoken", _rx(r"\b(?:there (?:was|were|had been)|(?:it|that|this) (?:was|became|had become)|became) (?:[\w']+ ){0,3}?(?:unspoken|unwritten|tacit|implicit|silent) (?:understanding|assumption|agreement|rule|expectation|convention|norm)s?\b")),
    ("hedged", 3, "drift_more_than", _rx(r"\bmore (?:of )?(?:an? )?(?:vibe|habit|default|drift|inertia|accident|momentum|history|reflex|legacy|autopilot|convenience) than (?:an? |by |of )?(?:decision|plan|choice|design|strategy|intent|intention)\b|\b(?:inertia|momentum|habit|drift),? (?:not|rather than) (?:an? |by )?(?:decision|choice|design|plan)\b")),
    ("hedged", 3, "drift_auto_renewed", _rx(r"\bauto-? ?renewed\b|\b(?:renewed|rolled over|extended) (?:itself )?automatically\b")),
    ("hedged", 3, "drift_from_the_start", _rx(r"\b(?:the|our|that|this) (?:[\w-]+ ){0,3}?(?:layout|config|configuration|setup|schema|stack|framework|structure|format|convention|tooling|rule|rules|policy|default|defaults|limit|timeout|naming|template|architecture|database|language|library|vendor|setting|settings|pattern|workflow|monorepo|platform) (?:was|were|had been|has been) (?:just |simply |basically )?(?:there|in place|the default|around) (?:right )?(?:from|since) (?:the (?:very )?(?:start|beginning|outset|get-go)|day one|the first day)\b")),
    ("agentless", 3, "never_up_for_debate", _rx(r"\b(?:was|were) never (?:really |even )?(?:up for (?:debate|discussion|grabs)|on the table|open to (?:debate|discussion|question)|in question)\b")),
    ("hedged", 4, "became_where", _rx(r"\b(?:became|turned into|had become) (?:where|how|what|the place where|the way) (?:\w+ ){0,3}?(?:decisions?|things?|work|everything|we)\b")),
    ("group", 3, "there_was_agreement", _rx(r"\bthere (?:was|were) (?:broad |general |full |unanimous |complete |wide |wide-ranging )?(?:agreement|consensus|alignment) (?:in|among|across|within|between|on|to)\b")),
    ("authority", 3, "got_orders", _rx(r"\b(?:got|received|had|was given|were given) (?:a |an |the |our |my |clear |direct |explicit |strict )*(?:orders?|instructions?|directives?|mandate|ultimatum) (?:from|by)\b")),
    ("hedged", 3, "temporary_stayed", _rx(r"\b(?:temporary|interim|stopgap|stop-gap|short-term|throwaway|one-off|quick-and-dirty)['\"’]? (?:[\w-]+ ){0,3}?(?:has been|had been|was still|is still|stayed|remained|survived|lived on|kept|ha[sd] (?:sat|stayed|remained|stuck|lived on)|sat|stuck)\b.{0,60}?\b(?:for (?:\w+ )?(?:years?|months?|quarters?|decades?)|(?:\w+ )?(?:years?|months?) later|ever since|to this day|since (?:19|20)\d\d)\b")),
    ("hedged", 4, "nobody_undid", _rx(r"\b(?:nobody|no one|no-one|noone) (?:has |had |have )?(?:ever |really |actually )*(?:cleaned (?:it |that |them )?up|turned (?:it |that |them )?off|tore (?:it |that |them )?down|removed|retired|replaced|deleted|migrated|rethought|reconsidered|got rid of|switched (?:it |that |them )?off)\b")),
    ("authority", 3, "had_no_say", _rx(r"\bi (?:had|got|was given|have) (?:no|zero|little) (?:real )?(?:say|input|vote|voice|seat at the table)\b|\bi (?:didn'?t|did not|never) (?:get|have) (?:a |any )?(?:say|vote|voice|input)\b")),
    # Settled before the speaker came: inherited, nobody here chose it ("the monorepo was a done deal before I joined").
    ("hedged", 4, "given_before_arrival", _rx(r"\b(?:was|were|had been|'d been) (?:already |long since |pretty much |more or less |basically )*(?:a given|a done deal|a fait accompli|a foregone conclusion|set in stone|baked in(?:to [\w-]+)?|locked in|cast in stone|the way things were|part of the furniture) (?:[\w-]+ ){0,4}?(?:before|by the time|when|long before) (?:i|we) (?:\w+ )?(?:joined|arrived|showed up|started|came (?:in|on|aboard|along)|got (?:there|here)|was hired|were hired)\b|\b(?:before|by the time|when) (?:i|we) (?:\w+ )?(?:joined|arrived|showed up|started|came (?:in|on|aboard|along)|got (?:there|here)|was hired|were hired),? (?:[\w'-]+ ){1,6}?(?:was|were|had been|had long since been|'d long since been|'d been) (?:already |long since |pretty much |more or less |basically )*(?:a given|a done deal|a fait accompli|a foregone conclusion|set in stone|baked in(?:to)?|locked in|cast in stone)\b")),
    ("hedged", 4, "predates_us", _rx(r"\b(?:predates|predated|pre-dates|pre-dated|is older than|was older than) (?:all of us|any of us|everyone (?:here|on the team|now)|everybody (?:here|on the team)|us all|the whole team|my time|our time|anyone (?:here|still here|on the team))\b|\bif (?:anyone|anybody|someone|somebody) (?:\w+ )?(?:decided|chose|picked) (?:[\w-]+,? ){0,3}?it was (?:long )?before (?:all of us|any of us|my time|our time|us|me|everyone|anyone)\b")),
    ("self", 3, "acted_before_telling", _rx(r"\b(?:after|once|by the time) i(?:'d| had)? (?:already |just )?(?:done it|did it|done that|reverted|rolled (?:it )?back|shipped|made the call|fixed it|flipped|pulled|killed|switched)\b")),
]
PROCESS_MARKERS = [
    ("process", 4, "per_process", _rx(r"\b(?:per|following|according to|as required by|because of|due to|under) (?:the |our |a |an |their )?(?:[\w-]+ ){0,3}?" + _PROC + r"\b")),
    ("authority", 4, "per_their_orders", _rx(r"\b(?:per|following|on|at|as per|under) (?:[\w-]+ ){0,3}?[\w-]+'s? (?:explicit |direct |express )?(?:instructions?|orders?|request|direction|say-so|insistence)\b")),
    ("process", 4, "by_the_book", _rx(r"\bby (?:the |our |company |team )?(?:policy|runbook|playbook|process|book|rules?|law|regulation)\b")),
    ("process", 3, "process_required", _rx(r"\b" + _PROC + r" (?:said|says|required|requires|dictated|dictates|mandated|mandates|forced|forces|meant|means|blocked|made us"
                                           r"|forbade|forbids|forbid|prohibited|prohibits|banned|bans|disallowed|disallows|capped|caps)\b")),
    ("authority", 4, "per_person", _rx(r"\b(?:per|as per|on the (?:orders?|instructions?|say-so|word) of) (?:the |my |our |their |his |her )?(?:[\w-]+ ){0,3}?(?:" + _AUTH[3:-1] + r"|client|customer|partner|investors?|vendor|regulators?)\b(?!'s? (?:instructions?|orders?|request|direction|say-so|insistence))")),
    ("authority", 3, "came_from_them", _rx(r"\b(?:it|this|that|the (?:call|decision|word|order|orders|mandate|directive|instruction|instructions|ask|push|pressure|request|requirement)) came (?:straight |directly |right )?(?:down )?from (?:the |my |our |their |his |her )?(?:[\w-]+ ){0,2}?(?:" + _AUTH[3:-1] + r")\b")),
    ("authority", 4, "at_their_insistence", _rx(r"\bat (?:the )?(?:insistence|behest|urging|request|direction) of\b")),
    ("process", 3, "held_pending", _rx(r"\b(?:pending|awaiting|queued (?:up )?behind|parked until|held (?:up )?(?:for|until|pending)) (?:the |our |a |an |its |their |next |another )?(?:[\w-]+ ){0,3}?" + _PROC + r"\b")),
    ("authority", 4, "orders_from", _rx(r"\b(?:per|following|on|under|with) (?:the |explicit |direct |strict |clear )*(?:instructions?|orders?|directions?|guidance|marching orders) (?:from|of) (?:the |my |our |their |his |her )?(?:[\w-]+ ){0,3}?(?:" + _AUTH[3:-1] + r"|client|customer|partner|investors?|vendor|regulators?|head|owner|chief|[\w-]+ lead)\b")),
    ("process", 3, "had_to_go_through", _rx(r"(?<!would )(?<!'d )(?<!will )(?<!might )\b(?:had|has|needed|needs) to (?:go|get|pass|make it|be run|run|be pushed) (?:through|past|before|by|via) (?:the |our |a |an |their |every |each )?(?:[\w-]+ ){0,3}?" + _PROC + r"\b")),
    ("process", 3, "check_had_to_pass", _rx(r"\b(?:pen ?test|penetration test|audit|scan|review|assessment|checks?|tests?|test suite|load test|soak test)s? (?:had|needed|has|needs) to (?:come back |be |turn |go |stay )?(?:clean|green|passing|pass|signed off|approved)\b")),
    ("process", 3, "conditional_on", _rx(r"\b(?:subject to|contingent (?:on|upon)|conditional (?:on|upon)|hinged on|hinging on) (?:the |a |an |our |their |final )?(?:[\w-]+ ){0,3}?" + _PROC + r"\b")),
    ("process", 3, "could_not_without", _rx(r"\b(?:couldn'?t|could not|(?<!so )(?<!that )(?:nothing|no change|no code) (?:could|can|was allowed to|were allowed to)|wasn'?t allowed to|weren'?t allowed to|were not allowed to|was not allowed to) (?:\w+ ){1,4}?without (?:a |an |the |our |their )?(?:[\w-]+ ){0,3}?" + _PROC + r"\b")),
    ("process", 3, "no_x_no_y", _rx(r"^\W*no (?:signed |approved )?(?:[\w-]+ )?(?:" + _PROC[3:-1] + r"|sign-?offs?|approvals?|tickets?|change records?|permits?|prs?|crs?), no [\w-]+")),
    ("process", 3, "without_nobody", _rx(r"\bwithout (?:a |an |the )?(?:signed |approved )?(?:[\w-]+ ){0,2}?(?:" + _PROC[3:-1] + r"|change records?|sign-?off|approvals?)\b,? (?:nobody|no one|no-one|nothing)\b")),
    ("process", 3, "gated_on", _rx(r"\b(?:was|were|got|is|are|been|being) (?:\w+ )?gated (?:on|by|behind)\b")),
    ("process", 3, "automated", _rx(r"\b(?:automatically|automated|auto-?) ?(?:triggered|rolled|reverted|froze|blocked|paused|halted|kicked|failed|rejected|promoted|scaled)\b")),
]
# Idioms of the frames, for holders the parse cannot see: someone above settling it, a fixed point nobody
# chose, a group deciding by its own procedure, work lost in a process.
IDIOMS = [
    ("authority", 3, "pulled_rank", _rx(r"\b(?:my|our|the|his|her|their) (?:[\w-]+ ){0,3}?(?:pulled rank|put (?:his|her|their) foot down|laid down the law|drew (?:a|the) line|had the (?:final|last) (?:say|word)|called the shots|gave (?:it |us |me )?the thumbs[- ]down)\b")),
    ("authority", 3, "from_the_top", _rx(r"\b(?:came|handed|passed|pushed|sent|orders?|instructions?|directives?) (?:\w+ )?(?:down )?from (?:the top|on high|upstairs|the top floor|the c-suite)\b")),
    ("agentless", 3, "not_negotiable", _rx(r"\b(?:was|were|is|are) (?:simply |just )?(?:non-?negotiable|not negotiable|not up for (?:debate|discussion)|off the table)\b")),
    ("hedged", 3, "for_historical_reasons", _rx(r"\b(?:for (?:historical|legacy) reasons|(?:the )?path of least resistance|(?:it was |that was )?before my time|predate[sd]? (?:me|us|the team|anyone|everyone)|grandfathered in|(?:nobody|no one) (?:ever )?questioned (?:it|that)|we never (?:really )?questioned (?:it|that))\b")),
    ("group", 3, "all_on_board", _rx(r"\b(?:everyone|everybody|all of us|we all|both teams|the (?:whole |entire )?(?:team|room|group|squad|leads))(?: [\w-]+){0,4}? (?:was|were|got) (?:all )?on board\b")),
    ("group", 3, "by_consensus", _rx(r"\b(?:by (?:consensus|committee|majority(?: vote)?|a show of hands)|(?:put|took) it to a vote|came to a consensus|everyone signed off|all signed off)\b")),
    ("process", 3, "lost_in_process", _rx(r"\b(?:stuck|tied up|held up|bogged down|lost|caught up) in (?:the |our |all the )?(?:red tape|bureaucracy|paperwork|approvals?|approval chain|sign-?off chain|compliance|legal review|security review)\b")),
    ("process", 3, "stuck_in_function", _rx(r"\b(?:we|i|it|this|that|the (?:[\w-]+ ){0,2}?[\w-]+) (?:were|was|got|sat|had been) (?:\w+ )?(?:stuck|tied up|held up|bogged down) in (?:the |our )?(?:[\w-]+ )?(?:procurement|purchasing|legal|vendor onboarding|security review|change management|budgeting|budget approval|approvals?)\b")),
    ("process", 3, "sent_to_board", _rx(r"\b(?:go|goes|went|had to go|has to go|have to go|must go|get sent|got sent|were sent|was sent|are sent|is sent|get escalated|got escalated) (?:to|before|in front of) (?:the |a |an |our )?(?:[\w-]+ ){0,2}?(?:committee|council|board|cab|change board|steering group|review panel)\b(?! meeting)")),
]
INFORM_AFTER = _rx(
    r"\b(?:afterwards?|after the fact|retroactively|in the loop|let (?:\w+ ){1,2}know|heads[- ]up|fyi|posted a summary"
    r"|wrote (?:it|that|this) up|wrote up|filled (?:\w+ ){1,2}in|already|told (?:\w+ ){1,3}why|walked (?:\w+ ){1,2}through"
    r"|the (?:next|following) (?:morning|day|week)|later that (?:day|night|week|morning))\b"
)
BACKSTOP = [
    ("authority", 3, "authority_decided", _rx(r"\b(?:my|our|the) (?:\w+ )?" + _AUTH + r" (?:\w+ )?(?:approved|decided|signed off|made the call|vetoed|picked|chose|said no|said yes|overruled|overrode|nixed|capped|froze|scrapped|cancelled|canceled|mandated|dictated|gave (?:the |us |me )?(?:green light|go-ahead|ok|okay))\b")),
    ("authority", 3, "approval_from", _rx(r"\b(?:approval|sign-?off|permission|go-ahead|green light|blessing|okay) from\b")),
    ("authority", 3, "needed_okay", _rx(r"\b(?:needed|got|waited for|waited on|asked for|sought|requested|secured) (?:[\w-]+'s |the |an? |their |his |her |final )*(?:okay|ok|approval|sign-?off|permission|go-ahead|blessing|green light)\b")),
    ("authority", 3, "told_me_to", _rx(r"\b(?:told|asked|instructed|ordered|assigned) (?:me|us) to\b|(?<!\bi )(?<!\bwe )\b(?:leaned|leant|pressured|pressed|strong-armed) (?:on )?(?:me|us|the team)(?: \w+)? to\b")),
    ("authority", 3, "was_told_to", _rx(r"\b(?:i|we) (?:was|were|got) (?:asked|told|assigned|instructed|ordered) to\b")),
    ("authority", 3, "final_say", _rx(r"\b(?:had|has|have) the (?:final|last) (?:say|word|call)\b")),
    ("group", 3, "as_a_team", _rx(r"\b(?:as a team|as a group|together we|we all agreed|got buy-?in|reached (?:a )?consensus|had consensus|were all on board|got alignment)\b")),
    ("group", 3, "reached_agreement", _rx(r"\b(?:we|they|the (?:\w+ )?(?:team|teams|squads?|leads|group))(?: \w+)? (?:reached|came to|struck|hammered out|worked out) (?:an? |some )?(?:agreement|consensus|compromise|deal)\b")),
    ("group", 3, "teams_agreed", _rx(r"\b(?:the |all the |both |our )?(?:[\w-]+ )?(?:squads|teams|leads|guilds|chapters|tribes) (?:\w+ )?(?:aligned on|agreed on|agreed to|settled on|converged on|voted to|voted for|decided to|signed off on)\b")),
    ("group", 3, "we_few_agreed", _rx(r"\b(?:the (?:\w+ )?of us|all of us|both of us|everyone|everybody|the team|our team|the group|the room) (?:\w+ )?(?:agreed(?! (?:that )?(?:[\w'-]+ ){1,3}(?:was|were|is|are|had been|has been|have been) (?!to\b))|decided|chose|voted|settled|aligned)\b")),
    ("agentless", 3, "it_was_decided", _rx(r"\b(?:it|this|that) (?:was|got) (?:decided|agreed|approved|greenlit|determined)\b")),
    ("agentless", 3, "decision_was_made", _rx(r"\bthe (?:decision|call) (?:was|got) (?:made|taken)\b")),
    ("hedged", 3, "ended_up", _rx(r"\b(?:we|it|they) (?:just )?(?:kind of |sort of |kinda |sorta )?(?:ended up|wound up|landed on|fell into|drifted into)\b")),
]


SENTENCE_CUES = OWNERSHIP + HEDGE_STRONG + PROCESS_MARKERS + DRIFT + IDIOMS
# One linear pass per sentence says which patterns of a list can match (most sentences: none); only those run.
_SETS = {id(patterns): PatternSet(rx for *_, rx in patterns) for patterns in (SENTENCE_CUES, BACKSTOP)}
# Every pattern of a list needs at least one of these words, so a sentence without any skips the list.
_PROC_WORDS = {w[:-2] if w.endswith("s?") else w for w in _PROC[3:-1].split("|")} | {
    w[:-1] for w in _PROC[3:-1].split("|") if w.endswith("s?")
}
_TRIGGERS = {
    id(SENTENCE_CUES): frozenset(
        "like my one myself personally own didn didnt did never without nobody no noone made make guess not "
        "than sure itself what per following according required because due under by auto automatically "
        "automated was were that thats it its this had each both every everyone everybody nobody never by time i "
        "after once wasn weren became become turned remembers remembered recalls knows knew been pulled put laid drew "
        "called gave came handed passed pushed sent order orders instruction instructions directive directives is are "
        "historical legacy path before predate predates predated grandfathered questioned consensus committee majority board "
        "show vote everyone all stuck tied held bogged lost caught on at as don dont know knew pending awaiting queued parked "
        "gated won prevailed picked chosen adopted already carried rolled insistence behest urging request direction "
        "stuck tied held bogged go goes went sent escalated came "
        "with needs needed has pen penetration scan review assessment check checks test tests temporary interim stopgap stop "
        "short throwaway one quick became there got received given subject contingent conditional hinged hinging couldn couldnt could allowed wasn weren "
        "understood assumed accepted expected taken given foregone done unspoken unwritten tacit implicit silent more "
        "inertia momentum habit drift auto renewed automatically start beginning outset get day never".split()
    ) | _PROC_WORDS,
    id(BACKSTOP): frozenset(
        "manager manger mgr lead director vp cto ceo architect boss head skip level skiplevel exec execs executive "
        "leadership management supervisor commander legal security finance dba needed got waited asked sought leaned leant pressured pressed "
        "cfo coo cio ciso cpo gm svp evp founder overrode nixed capped froze scrapped cancelled canceled mandated dictated "
        "reached came struck hammered worked we they "
        "requested secured from told instructed ordered assigned had has have team group together agreed buy "
        "buyin consensus board alignment decided chose voted settled aligned approved greenlit determined taken made "
        "ended wound landed fell drifted squads teams leads guilds chapters tribes".split()
    ),
}
_WORD = re.compile(r"[a-z]+")


def build_filters() -> None:
    """Build the pattern filters now (warm-up) rather than on the first sentence (~12 ms)."""
    for patterns in _SETS.values():
        patterns.possible("")


def words_of(text: str) -> frozenset[str]:
    """Lower-case letter runs of ``text`` (what the trigger sets are matched against)."""
    return frozenset(_WORD.findall(text.lower()))


def find(patterns, text: str, words: frozenset[str] | None = None):
    """Yield (locus, strength, cue, start, end) for every match in ``text``."""
    triggers = _TRIGGERS.get(id(patterns))
    if triggers is not None:
        words = words_of(text) if words is None else words
        if words.isdisjoint(triggers) and "auto" not in text.lower():
            return
    filtered = _SETS.get(id(patterns))
    for n in filtered.positions(text) if filtered is not None else range(len(patterns)):
        locus, strength, cue, rx = patterns[n]
        for m in rx.finditer(text):
            yield locus, strength, cue, m.start(), m.end()
