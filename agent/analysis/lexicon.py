"""Word lists the decision-locus detector reasons with.

Everything is lower-case base forms (lemmas); ``lemmas.py`` maps inflected
forms back to these.  Lists describe *kinds* of words (decision verbs, actors,
process artefacts), never whole sentences.
"""

from __future__ import annotations

from agent.analysis import frames

# Verbs whose whole point is to settle a choice.
DECISION_VERBS = frozenset(
    "decide choose pick select opt settle agree vote approve veto reject greenlight green-light okay ok "
    "authorize authorise align sanction mandate dictate forbid prohibit insist require overrule override determine elect commit own bless clear sign negotiate "
    "endorse ratify quash squash torpedo scupper bar disallow compel oblige plump refuse decline handpick decree "
    "countersign initial impose".split()
)
# Phrasal decision verbs: lemma -> particles/prepositions that make them a decision.
DECISION_PHRASAL = {
    "sign": {"off", "up"},
    "go": {"with", "ahead", "for"},
    "land": {"on"},
    "settle": {"on", "upon"},
    "make": {"call", "decision", "choice", "tradeoff", "trade-off"},
    "give": {
        "light",
        "go-ahead",
        "ahead",
        "approval",
        "okay",
        "ok",
        "blessing",
        "nod",
        "clear",
        "all-clear",
        "thumbs-up",
    },
    "have": {"say"},
    "call": {"shots", "off", "rollback", "freeze", "halt", "time", "pause", "abort", "retreat", "failover", "stop"},
    "hash": {"out"},
    "sort": {"out"},
    "thrash": {"out"},
    "iron": {"out"},
    "work": {"out"},
    "pull": {"plug"},
    "shoot": {"down"},
    "turn": {"down"},
    "wave": {"through", "off"},
    "rule": {"out", "that", "against"},  # "the plant manager ruled that the shift would be cut"
    "knock": {"back"},
    "send": {"back"},
    "kick": {"back"},
    "strike": {"compromise", "deal", "agreement", "bargain", "balance"},
    "hammer": {"out"},
    "broker": {"compromise", "deal", "agreement"},
    "converge": {"on", "upon"},
    "shake": {"on"},  # "shook hands on a versioned API", "we shook on it"
    "compromise": {"on", "with"},
    "lay": {"down"},  # "the lead architect laid down the service boundaries"
}
# Operational acts that narrate a decision when a person did them in the past.
ACTION_VERBS = frozenset(
    """roll revert ship deploy freeze kill drain fail disable enable pause halt cut scrap drop switch migrate
    move page escalate delay postpone cancel extend keep set pull flip turn rewrite build launch rotate throttle
    stop purge shed deprecate hold block release promote merge replace retire sunset remove delete add raise
    lower bump change push reroute redirect restart reboot patch hotfix fix declare shut spin scale split adopt
    introduce abandon archive decommission wake assign cap limit skip defer prioritize deprioritize descope
    terminate suspend unship yank nuke ban force rebuild reverse undo shelve axe trigger bypass swap phase consolidate rip lock unlock tear rollback veto
    put install uninstall upgrade downgrade provision deprovision configure reconfigure tune tweak adjust increase decrease
    reduce double halve partition shard refactor bounce wind wrap reroute rename revoke invalidate quarantine isolate offload
    design architect scrap yank axe nix ditch shelve cancel renew spike scotch kibosh""".split()
)
# Past passives of these with nobody named are agentless decisions.
PASSIVE_DECISION_VERBS = (
    frozenset(
        """decide agree choose pick select approve greenlight green-light sign reject veto cancel kill postpone delay
    push put extend roll revert change move shelve scrap drop freeze pause halt disable deprecate retire cut
    assign decommission shut switch migrate replace block grant deny make call okay authorize scrap axe
    suspend terminate reverse abandon sunset remove raise lower cap throttle bump set turn swap phase consolidate rip rewrite""".split()
    )
    | frames.PASSIVE_FRAME_VERBS
)
# Verbs that do not narrate the speaker exercising a decision.
NON_AGENCY_VERBS = frozenset(
    """be have do think know want feel see notice propose suggest ask wait need try hope lean like say tell help
    learn realize realise remember guess believe mean talk discuss join get seem look sound start begin
    find hear wonder worry prefer recommend argue explain understand expect plan intend get implement work
    write use go come follow spend watch read meet reach call ping email message loop inform update
    hate love enjoy dislike miss regret fear arrive return sleep lose cry panic""".split()
)
# Verbs of reporting/deciding whose clausal complement is content, not a new event.
CONTENT_VERBS = frozenset(
    """say tell ask decide choose agree think guess mean want feel know believe insist suggest propose recommend
    argue explain confirm note realize realise rule determine vote require dictate mandate order instruct
    warn make let""".split()
)
# Verbs a candidate uses to hand a decision up (asking before acting).
DEFER_VERBS = frozenset("wait ask check escalate defer seek request need run clear consult get".split())
APPROVAL_NOUNS = frozenset(
    "approval sign-off signoff permission go-ahead okay ok blessing green-light greenlight nod consent "
    "authorization authorisation clearance say-so initials countersignature".split()
)
GROUP_CONSENT_NOUNS = frozenset("buy-in buyin consensus alignment agreement board".split())

# People who hold decisions over the speaker.
AUTHORITY_NOUNS = frozenset(
    """manager manger mgr lead director vp cto ceo cio cfo coo ciso architect boss head skip-level skip exec
    executive leadership management supervisor principal commander chief president founder owner legal
    security finance dba sre tl em pm product-manager leader superior senior staff manager's lead's
    colleague engineer officer counsel gm svp evp chair chairman controller someone somebody product marketing sales he she they him her them
    payments fraud infra qa ux procurement hr po""".split()
) | frozenset(
    # Roles that hold a sign-off outside software teams: wards, newsrooms, kitchens, warehouses, banks, studios.
    """attending consultant surgeon pharmacist registrar matron physician editor editor-in-chief publisher showrunner
    foreman forewoman underwriter treasurer trustee signatory chef captain superintendent commissioner sponsor
    lawyer attorney solicitor regulator nurse doctor dean provost coach producer sergeant inspector warden""".split()
)
# Heads that name people, so an authority word modifying them ("the security folks", "the DBA lead")
# makes them an authority; on other heads ("the leader election", "the finance report") it does not.
PERSON_HEADS = frozenset(
    """person people guy guys gal folks side office department dept org organization organisation function counsel
    reviewer reviewers approver approvers owner owners rep reps representative partner partners contact sponsor
    engineer engineers member members crowd level levels scientist scientists researcher researchers analyst analysts
    designer designers""".split()
)
GROUP_NOUNS = frozenset(
    "team squad pod group everyone everybody all stakeholders stakeholder folks people crew we us majority chapter "
    "room org organization organisation guild tribe collective rotation retro retrospective standup sync huddle offsite "
    "brigade cohort cast band troupe ensemble platoon household family".split()
)
PROCESS_NOUNS = frozenset(
    """runbook playbook policy process procedure board checklist gate ticket rfc template rule rules control
    controls sox compliance review sla slo budget guideline guidelines standard standards regulation
    regulations requirement requirements automation committee council workflow cab freeze window sop
    change-management governance audit auditor pipeline guide handbook manual rulebook schedule cadence calendar quota okr okrs
    train check checks scan scans slos slas sops rfcs questionnaire assessment certification inspection screening vetting
    moratorium embargo panel tribunal""".split()
)
# Heads that name software, not a person or a process holding a decision.
COMPONENT_NOUNS = frozenset(
    """engine service api server scheduler algorithm system cluster database db cache queue balancer
    controller orchestrator node replica replicas client library module function worker app endpoint
    bot script job daemon proxy router gateway model player transcoder encoder store table
    abr primary secondary leader follower consumer producer broker
    election protocol mechanism heuristic logic auction autoscaler flag flags pool acceptor acceptors shard shards partition
    partitions instance instances peer peers host hosts machine machines nodes servers workers brokers
    parser importer exporter loader crawler scraper indexer handler listener poller watcher runner compiler linter
    bundler transpiler resolver renderer decoder serializer tokenizer dispatcher uploader downloader checker
    sanitizer throttler limiter reaper scanner""".split()
)
# Items a running system acts on by itself: their passives ("the request was throttled") are events, not decisions.
RUNTIME_NOUNS = frozenset(
    """request requests job jobs process processes message messages packet packets connection connections query queries
    pod pods container containers thread threads task tasks session sessions lock locks token tokens event events row rows
    transaction transactions file files record records write writes read reads key keys entry entries batch batches
    worker workers node nodes replica replicas instance instances call calls payload payloads build builds""".split()
)
# Modifiers that make such an item a piece of business: "our headcount request was denied".
BUSINESS_MODIFIERS = frozenset(
    """headcount budget hiring purchase access feature change leave travel pto promotion transfer vacation raise funding
    exception waiver pull merge expense procurement vendor contract offer""".split()
)


SELF_WORDS = frozenset({"i", "me", "myself", "i'm"})
WE_WORDS = frozenset({"we", "us", "ourselves"})
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})
NOBODY_WORDS = frozenset({"nobody", "noone", "no-one"})
# Functions that act as teams only when coordinated as deciders ("design and engineering worked it out").
DEPARTMENT_NOUNS = frozenset(
    "design engineering product platform data web mobile ios android backend frontend ops security legal finance marketing sales "
    "research support risk dev devs eng qa sre infra devops analytics growth billing payments".split()
)
SOMEONE_WORDS = frozenset({"someone", "somebody"})
# People outside the team whose insistence or preference can settle a choice ("the customer was adamant").
STAKEHOLDER_NOUNS = frozenset(
    "customer customers client clients partner partners vendor vendors regulator regulators auditor auditors investor investors "
    "insurer insurers bank banks government agency ministry".split()
)
# Ranks: two of these deciding together is still a decision handed down, not a joint one.
RANK_NOUNS = frozenset(
    "manager mgr director vp cto ceo cio cfo coo ciso boss head exec executive leadership management supervisor founder president chief skip-level".split()
)

# Adverbs that blur who decided when they modify a past decision or outcome.
HEDGE_ADVERBS = frozenset("somehow organically gradually kinda sorta".split())
# Outcome verbs that report a result without a decider.
DRIFT_VERBS = frozenset(
    "end wind fall drift evolve happen become emerge stick creep default morph turn grow slide slip lapse sneak worm "
    "harden ossify calcify solidify snowball balloon mutate gravitate outlive outlast".split()
)
HYPOTHETICAL_MARKS = frozenset("if unless suppose say imagine".split())
CONCESSIVE_MARKS = frozenset("though although while whereas despite".split())
CONTRAST_WORDS = frozenset("but however yet instead ultimately nevertheless nonetheless still".split())
