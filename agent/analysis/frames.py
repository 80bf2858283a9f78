"""Decision frames: the concepts a narrated decision can be worded through, with their words.

Organised the way FrameNet maps the territory (Deciding, Choosing, Permitting/Preventing, Approving,
Committing, Insisting, Handing down, Inheriting, Drifting, Cancelling/Postponing), each frame with
its verbs (lemmas; lemminflect maps inflected forms back), nouns, adjectives and idioms.  Rules say
*how* a frame is worded (passive, copular "was X's call", nominal "a team decision", modal "had to be
approved"); these lists say *which words* carry it.  Words, never sentences.
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that name a decision or its outcome; their holder is whoever owns, makes or gives them.
DECISION_NOUNS = _w(
    "call decision choice pick selection say word verdict ruling judgment judgement determination "
    "resolution conclusion doing idea plan preference"
)
# Nouns for a permission given by someone (Permitting, Approving).
PERMISSION_NOUNS = _w(
    "approval sign-off signoff permission go-ahead okay ok blessing green-light greenlight nod consent "
    "authorization authorisation clearance say-so thumbs-up all-clear signature endorsement sanction ack acknowledgement "
    "initials countersignature"
)
# Nouns of a directive handed down (Request, Commanding).
DIRECTIVE_NOUNS = _w(
    "order orders instruction instructions directive mandate edict command commands ask request demand "
    "decree ultimatum word"
)
# Nouns of a joint outcome (Make_agreement_on_action).
AGREEMENT_NOUNS = _w("consensus agreement understanding compromise vote deal accord")
# Domains of responsibility: "X was the principal's territory" (Being_in_control).
DOMAIN_NOUNS = _w("territory area domain remit purview turf province jurisdiction responsibility decision-space")
# Modifiers that make a decision joint or handed down: "a joint decision", "an executive call".
JOINT_MODIFIERS = _w("joint mutual shared collective unanimous group team consensus collaborative")
TOP_DOWN_MODIFIERS = _w("executive top-down leadership management managerial director-level exec")

# Verbs whose subject is a decision noun arriving from somewhere ("the go-ahead came from the COO").
ARRIVAL_VERBS = _w("come arrive land trickle filter flow reach")
# "the call sat with finance", "it fell to the VP", "belonged to the data org".
HOLDING_VERBS = {"sit": "with", "rest": "with", "lie": "with", "belong": "to", "fall": "to", "go": "to", "stay": "with"}

# Cancelling, stopping, postponing, approving, rejecting, choosing, changing plans: a past passive with
# nobody named hides who decided ("the beta was yanked").
PASSIVE_FRAME_VERBS = _w(
    """cancel scrap shelve yank pull axe nix kill drop ditch bin can sunset retire deprecate decommission
    discontinue terminate halt pause freeze unfreeze suspend abandon veto reject deny refuse block overrule
    overturn reverse lift rescind revoke withdraw slash cut trim reduce descope deprioritize deprioritise
    postpone delay defer reschedule push bump move approve greenlight green-light okay sanction authorize
    authorise bless rubber-stamp choose pick select finalize finalise mandate impose assign reassign
    reorganize reorganise disband dissolve restructure outsource insource cap limit ban forbid prohibit
    reprioritize reprioritise earmark allocate greenlight waive endorse ratify quash torpedo scupper bar disallow
    mothball table defund punt sideline curtail downsize offshore ration bench pare backburner decline gut
    spike scotch kibosh"""
)
# Phrasal passives: verb -> particle ("got shot down", "was waved through", "was called off").
PASSIVE_FRAME_PHRASAL = {
    "shoot": "down",
    "knock": "back",
    "turn": "down",
    "wave": "through",
    "call": "off",
    "wind": "down",
    "shut": "down",
    "roll": "back",
    "push": "back",
    "sign": "off",
    "lock": "in",
    "hand": "down",
    "pass": "down",
    "water": "down",
    "scale": "back",
    "rip": "out",
    "phase": "out",
    "put": "on",
    "let": "go",
    "strip": "out",
    "rein": "in",
    "claw": "back",
    "spin": "off",
    "rule": "out",
}
# Announced/communicated outcomes are decisions only when their subject names a change of plan.
ANNOUNCE_VERBS = _w("announce communicate publish roll")
CHANGE_NOUNS = _w(
    "sunset deprecation shutdown freeze reorg reorganization reorganisation decision change policy cutover "
    "migration cancellation layoff layoffs deadline date launch plan switch move retirement"
)

# Insisting / Preference: adjectives and verbs of someone holding out for an option.
INSIST_ADJECTIVES = _w("adamant insistent firm set determined unbending immovable unmovable inflexible keen")
# Refusing to yield: "the desk head wouldn't hear of a rollback", "the VP wouldn't entertain a delay".
REFUSE_VERBS = _w("hear entertain countenance tolerate budge bend yield")
INSIST_VERBS = _w("insist demand lobby hold dig") | REFUSE_VERBS
# Committing: a promise someone above made that the team then had to keep ("the CEO had promised the partner X").
COMMIT_VERBS = _w("promise pledge guarantee commit sell")
PREFER_VERBS = _w("want like prefer favor favour love recommend advise suggest propose push")
# Wording of going along with someone else's preference: "so Kotlin it was", "we went along with it".
COMPLY_PHRASES = (
    r"\bso (?:\w+ ){1,3}it was\b|\bwent along(?: with)?\b|\bgo along(?: with)?\b|\bhad to live with\b"
    r"|\bso that'?s what we (?:did|used|went with|built|shipped)\b|\bwe (?:just |simply )?(?:built|implemented|did) (?:it|that|what)\b"
    r"|\bwe (?:just |simply )?complied\b|\bfell in line\b|\bso we (?:did|went with it)\b"
    r"|\bso (?:it|that) (?:went (?:in|out|ahead)|shipped|stayed|happened)\b"
    r"|\b(?:and )?that'?s (?:how it went|what happened|what we (?:did|went with|shipped|built|used))\b|\band that was that\b"
    r"|\bwhat (?:the |my |our )?[\w-]+ wants?,? (?:the |my |our )?[\w-]+ gets?\b"
    r"|\bas (?:he|she|they) (?:had )?(?:asked|requested|instructed|wanted)\b"
    r"|\b(?:change|fix|edit|thing)s? (?:he|she|they) (?:had )?asked for\b"
)
# Handing down: the work arrived decided ("the schema came down from the data org", "handed to us").
HANDING_VERBS = _w("hand give pass impose dictate assign foist push delegate")

# Inheriting / Drifting: a state that persisted with nobody choosing it.
INHERIT_VERBS = _w("inherit")
PERSIST_VERBS = _w("stay remain keep linger persist survive continue stick carry live")
PERSIST_SPANS = _w("year years month months quarter quarters forever ages decade decades")
RENEW_VERBS = _w("renew auto-renew rollover")
