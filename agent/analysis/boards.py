"""Boards named with a word that also names people or ordinary things.

"The design authority", "the change authority", "the architecture forum", "the FinOps forum" are review
bodies: a process holding the decision, like a board or a council.  Without a modifier saying what they are
for, or with one that makes them something else ("the certificate authority", "the support forum", "the
transit authority"), they name no board.

A guild or a chapter is a body of peers: choosing together ("the guild landed on one logging library", "we
took it to the API guild and they settled on semver") is a group's decision.  When an item is brought to it
and "they" then gate it ("we took it to the security guild and they rejected the token format", "they blocked
the launch", "they insisted on a rollback script"), it acts as a review board: a process.

This module reads only the noun phrase and the pronoun's verb (lexicon and lemmas, no other analysis).
"""

from __future__ import annotations

from agent.analysis.lemmas import lemma

_MOD_DEPS = frozenset({"compound", "amod", "nmod"})
_BOARD_HEADS = frozenset({"forum", "authority"})
# Recurring rounds that decide when their modifier says what they allot: "the quarterly planning cycle".
_ROUND_HEADS = frozenset({"cycle", "round", "process", "exercise"})
_ROUND_PURPOSES = frozenset(
    "planning budgeting budget funding prioritisation prioritization headcount approval review roadmap".split()
)
_PEER_BODIES = frozenset({"guild", "chapter"})
# What a deciding "authority" is for: "the design authority", "the release authority".
_AUTHORITY_PURPOSES = frozenset(
    """design technical tech engineering architecture architectural change release data security platform product
    api deployment review approval governance standards decision infrastructure infra solution solutions
    enterprise""".split()
)
# Modifiers that make a forum or an authority something other than a review body.
_NOT_BOARDS = frozenset(
    """certificate cert certification signing root intermediate issuing registration transit port harbour harbor
    housing tax local food water health support community user users discussion online web internet developer
    public help customer vendor open""".split()
)
# What "they" do when they gate an item brought to them.
_GATING = frozenset(
    """reject refuse decline block veto insist demand require bounce return send knock turn kick approve okay ok
    bless sign clear hold halt stop freeze deny""".split()
)
_TO_BOARD = frozenset({"to", "before", "with", "past", "through", "of", "in"})


def _mods(tok) -> set[str]:
    return {lemma(c.lower_, c.tag_) for c in tok.children if c.dep_ in _MOD_DEPS}


def board_noun(tok) -> bool:
    """ "the design authority", "the architecture forum": a review body named with a person- or thing-word."""
    head = lemma(tok.lower_, tok.tag_)
    if head in _ROUND_HEADS:
        return bool(_mods(tok) & _ROUND_PURPOSES)  # "the annual budgeting round", "the planning cycle"
    if head not in _BOARD_HEADS:
        return False
    mods = _mods(tok)
    if not mods or mods & _NOT_BOARDS:
        return False
    return head == "forum" or bool(mods & _AUTHORITY_PURPOSES)


def gating_peer_body(body, pronoun) -> bool:
    """ "we took it to the security guild and they rejected it": a guild or chapter an item was brought to,
    gating it through "they"."""
    if lemma(body.lower_, body.tag_) not in _PEER_BODIES or not _mods(body):
        return False
    if body.dep_ != "pobj" or body.head.lower_ not in _TO_BOARD:
        return False
    verb = pronoun.head
    return pronoun.dep_ == "nsubj" and lemma(verb.lower_, verb.tag_) in _GATING


# Checks a release waits on: "until the load test came back clean", "until the pen test passed".
_CHECKS = frozenset("test tests suite pentest pen-test scan scans soak benchmark dry-run rehearsal drill".split())
_PASSING = frozenset({"pass", "clear", "succeed"})
_CLEAN = frozenset({"clean", "green", "clear", "fine", "ok", "okay"})


def check_passed(clause) -> bool:
    """ "we couldn't cut over until the load test came back clean": the gate is a required check (a process)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj.lower_, subj.tag_) not in _CHECKS:
        return False
    verb = lemma(clause.lower_, clause.tag_)
    if verb in _PASSING:
        return True
    return verb in ("come", "be") and any(c.dep_ == "acomp" and c.lower_ in _CLEAN for c in clause.children)
