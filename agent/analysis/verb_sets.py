"""Word sets the parse rules share: decision, directive and telling verbs, and the cues around them."""

from __future__ import annotations

import re

from agent.analysis import frames, lexicon

ACTOR_LOCUS = {"self": "self", "we": "group", "group": "group", "authority": "authority", "process": "process"}
CORE_PASSIVE = frozenset(
    {
        "decide",
        "agree",
        "approve",
        "choose",
        "pick",
        "select",
        "greenlight",
        "sign",
        "reject",
        "veto",
        "grant",
        "make",
        "okay",
        "authorize",
    }
)
DIRECTIVE = frozenset(
    {
        "require",
        "say",
        "dictate",
        "mandate",
        "force",
        "make",
        "trigger",
        "block",
        "prevent",
        "forbid",
        "prohibit",
        "mean",
        "demand",
        "reject",
        "approve",
        "decide",
        "flag",
        "gate",
        "stop",
        "veto",
        "deny",
        "allow",
        "limit",
        "cap",
        "freeze",
        "halt",
        "pause",
        "kick",
        "revert",
        "roll",
    }
)
TELL_VERBS = frozenset(
    {
        "tell",
        "instruct",
        "order",
        "direct",
        "ask",
        "assign",
        "want",
        "need",
        "make",
        "force",
        "let",
        "allow",
        "push",
        "pressure",
        "have",
        "get",
    }
)
CAUSATIVE = frozenset({"make", "have", "let", "force", "get"})
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "if", "which", "who", "when", "where"})
HABITUAL = frozenset({"usually", "typically", "always", "normally", "generally", "often", "mostly", "collectively"})
RULE_SPEAK = frozenset(
    {"require", "say", "mandate", "dictate", "forbid", "prohibit", "mean", "demand", "insist", "force", "make", "allow"}
)
PERSON_OBJ = frozenset({"me", "us", "i", "we"})
EMBEDDING_NOUNS = frozenset(
    {"call", "decision", "choice", "plan", "approval", "permission", "go-ahead", "okay", "consensus", "tradeoff"}
)
REPORTING = (
    lexicon.CONTENT_VERBS
    | lexicon.DECISION_VERBS
    | frozenset(
        {
            "make",
            "let",
            "have",
            "need",
            "want",
            "mean",
            "see",
            "hear",
            "find",
            "know",
            "wait",
            "think",
            "hope",
            "wish",
            "doubt",
        }
    )
)
INFORM_VERBS = frozenset({"escalate", "tell", "inform", "notify", "loop", "ping", "email", "message", "update"})
COMPLY = re.compile(frames.COMPLY_PHRASES, re.I)
SIGNED = frozenset({"contract", "deal", "agreement", "order", "po", "lease", "renewal", "sow", "check", "cheque"})
REGARDLESS = frozenset({"anyway", "regardless", "still", "anyways"})
UNKNOWN_WHO = re.compile(
    r"\b(?:(?:nobody|no one|no-one) (?:knows|knew|remembers|remembered|could tell|can tell) (?:who|why)|"
    r"no idea (?:who|why)|(?:not|never) (?:sure|clear) who|at some point|years ago|long before|"
    r"(?:never|without) (?:said|saying|telling anyone|told anyone) why)\b",
    re.I,
)
# Nouns that may head a decision without a verb ("the call was hers", "a team decision", "legal's area").
NOUN_CUES = frozenset(
    "call calls decision decisions choice say idea pick doing word vote territory "
    "area domain remit purview turf responsibility outcome verdict ruling".split()
)
