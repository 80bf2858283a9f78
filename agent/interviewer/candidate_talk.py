"""Replies to the candidate's own questions and closing remarks, from the scenario's facts.

The speech-act detector (``agent.analysis.speech_acts``) says whether an answer
is narration, a question or a closing remark.  On top of it, this module tells a
*clarifying* question about the exercise ("do you mean peak or average?") from a
question *to the interviewer* ("how does your team plan a quarter?"), finds the
scenario fact that answers a question, and words the interviewer's reply.  It
never invents: a question the facts do not answer is said to be open (mid-
interview) or outside the exercise (at the end).
"""

from __future__ import annotations

import hashlib
import re
from typing import Literal

from agent.analysis.speech_acts import answer_act, sentence_acts
from agent.interviewer.bank import Bank, Scenario

QuestionKind = Literal["clarifying", "to_interviewer"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_QUANTITY = re.compile(
    r"\b(?:how (?:many|much|big|large|often|fast|long)|what(?:'s| is) the (?:number|rate|size|scale|peak|limit))\b",
    re.I,
)
# Words too general to show what a question is about.
_GENERIC = frozenset(
    "service servic system design user member data team thing way work run use build make need want handle "
    "exactly actually roughly approximately expect expected number".split()
)
_STOP = frozenset(
    """
    a an the and or but if of to in on at by for with from into about as is are was were be been being do does did
    have has had can could should would will shall may might must i me my we us our you your they them their it its
    this that these those there here what which who whom whose when where why how any some all each every no not
    so than then too very just also only more most much many such own same other assume assuming mean means meant
    okay ok right sure question quick wondering wonder curious ask asking tell know think like get got go going
    """.split()
)
# A question about the exercise itself: its assumptions, numbers, scope, or what the interviewer wants.
_CLARIFYING = re.compile(
    r"\b(?:do you mean|you mean|should i (?:assume|design|focus|include|cover|start)|can i assume|may i assume|"
    r"is it (?:ok|okay|fine) (?:if|to)|are we (?:assuming|talking|designing|including)|do we (?:need|care|have|support|assume)|"
    r"is (?:that|this|it) (?:per|peak|average|total|daily|global)|what(?:'s| is) the (?:peak|average|scale|budget|target|sla|slo|latency)|"
    r"how many|how much|how often|peak or|or average|in scope|out of scope|should (?:it|we|the system)|"
    r"does (?:it|the system|the service) (?:need|have) to|do you want me to|would you like me to|want me to)\b",
    re.IGNORECASE,
)
# A question aimed at the interviewer, the team or the company (answered at the end, if at all).
_TO_INTERVIEWER = re.compile(
    r"\b(?:your team|you guys|you all|the team here|your company|the company|work here|working here|"
    r"the role|this role|on-?call (?:here|rotation)|culture|next steps|interview process|hiring|your (?:day|week|stack|org)|"
    r"do you (?:like|enjoy|work)|how do you (?:decide|plan|work|measure|run|handle)|what do you (?:like|enjoy))\b",
    re.IGNORECASE,
)


def _pick(options: list[str], key: str) -> str:
    return min(options, key=lambda o: hashlib.sha256(f"{key}|{o}".encode()).hexdigest())


def _stem(word: str) -> str:
    word = word.strip("'’-")
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def candidate_act(text: str) -> str:
    """The answer's speech act: ``narration``, ``question`` (to the interviewer) or ``closing``."""
    return answer_act(text)


def question_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that ask the interviewer something (or the whole text if none is found)."""
    asked = [text[s:e].strip() for s, e, act in sentence_acts(text) if act == "question"]
    return asked or ([text.strip()] if text.strip() else [])


def question_kind(question: str) -> QuestionKind:
    """A clarifying question about the exercise, or a question to the interviewer."""
    if _TO_INTERVIEWER.search(question) and not _CLARIFYING.search(question):
        return "to_interviewer"
    return "clarifying"


def _brief_sentences(scenario: Scenario) -> list[str]:
    return [p.strip() for p in re.split(r"(?<=[.!?])\s+", " ".join(scenario.brief.split())) if p.strip()]


def _focus(question: str) -> str:
    """The question itself, without a lead-in ("Quick check before I start: …")."""
    parts = [p for p in re.split(r"[:;\u2014]|\s-\s", question) if len(p.split()) >= 2]
    return parts[-1] if parts else question


def best_facts(question: str, scenario: Scenario, limit: int = 2) -> list[str]:
    """The scenario facts (or brief sentences) that answer ``question``; empty when none is about it.

    Each of the question's content words weighs by how rare it is among the facts (a word
    no fact has weighs 1; the scenario's own topic words and generic words weigh nothing).
    A fact answers when the words it shares carry at least 40% of the question's weight;
    a close second is said too.  A "how many" question prefers facts that give a number.
    """
    asked = (
        _content(_focus(question))
        - _GENERIC
        - _content(f"{scenario.title} {scenario.topic} {scenario.id}".replace("-", " "))
    )
    if not asked:
        return []
    facts = [(fact, _content(fact)) for fact in [*scenario.facts, *_brief_sentences(scenario)]]
    frequency: dict[str, int] = {}
    for _, words in facts:
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    weight = {w: 1.0 / frequency.get(w, 1) for w in asked}
    total = sum(weight.values())
    wants_number = _QUANTITY.search(question) is not None
    scored = []
    for index, (fact, words) in enumerate(facts):
        coverage = sum(weight[w] for w in asked & words) / total
        if coverage >= 0.4:
            bonus = 0.25 if wants_number and re.search(r"\d", fact) else 0.0
            scored.append((coverage + bonus, -index, fact))
    scored.sort(reverse=True)
    if not scored:
        return []
    best = scored[0][0]
    return [fact for score, _, fact in scored[:limit] if score >= 0.8 * best]


def _fact_sentence(fact: str) -> str:
    fact = fact.strip()
    return fact if fact.endswith((".", "!", "?")) else fact + "."


def clarify_reply(bank: Bank, scenario: Scenario, answer: str, key: str) -> str:
    """A short answer to a clarifying question mid-interview, from the facts or as an open assumption."""
    for question in question_sentences(answer)[:2]:
        facts = best_facts(question, scenario)
        if facts:
            return _pick(bank.talk.clarify_fact, key).replace("{fact}", " ".join(map(_fact_sentence, facts)))
    return _pick(bank.talk.clarify_unknown, key)


def defer_reply(bank: Bank, key: str) -> str:
    """A question to the interviewer in the middle of the interview: kept for the end."""
    return _pick(bank.talk.defer, key)


def closing_reply(bank: Bank, scenario: Scenario, answer: str, asks: bool, key: str) -> str:
    """The last turn: answer the candidate's questions (facts or outside the exercise), then close."""
    parts: list[str] = []
    if asks:
        outside_said = False
        for question in question_sentences(answer)[:2]:
            facts = best_facts(question, scenario) if question_kind(question) == "clarifying" else []
            if facts:
                said = " ".join(_fact_sentence(f) for f in facts if f not in " ".join(parts))
                if said:
                    parts.append(_pick(bank.talk.wrapup_fact, f"{key}|{question}").replace("{fact}", said))
            elif not outside_said:
                parts.append(_pick(bank.talk.outside, key))
                outside_said = True
    parts.append(_pick(bank.talk.closing, key))
    return " ".join(parts)
