"""A deterministic stand-in for a chat model, plugged into the fake server as its responder.

It reads our own prompts the way a cooperative model would: the interviewer
rewords the prepared wording (quoting the candidate in probes), the classifier
answers ``none``, the judge cites the opening words of the longest candidate turn.
"""

from __future__ import annotations

import json
import re


def _data(tag: str, text: str) -> str | None:
    match = re.search(rf"<{tag}>\n(.*?)\n</{tag}>", text, re.S)
    return json.loads(match.group(1)) if match else None


def interviewer_reply(user: str) -> str:
    draft = re.search(r'^Prepared wording: "(.*?)"\n\n', user, re.M | re.S).group(1)
    quote = _data("quote", user)
    if quote:
        return f'When you say "{quote}", what part of that decision was yours?'
    if user.startswith("Close the interview"):
        return "Thank you, that is all from me; your feedback follows."
    return f"Thanks. {draft}"


def judge_reply(user: str) -> str:
    rows = _data("transcript", user) or [] if "<transcript>" in user else []
    answers = [r for r in rows if r["speaker"] == "candidate" and len(r["text"].split()) >= 4]
    if not answers:
        return json.dumps({"evidence": [], "reasoning": "Nothing to assess.", "level": None})
    best = max(answers, key=lambda r: len(r["text"]))
    quote = " ".join(best["text"].split()[:5])
    if quote not in best["text"]:
        quote = best["text"][:30]
    evidence = [{"turn": best["turn"], "quote": quote, "effect": "+"}]
    return json.dumps({"evidence": evidence, "reasoning": "One relevant answer.", "level": 3})


def respond(body: dict) -> str:
    """Responder for :class:`FakeOpenAI`: route by our system prompts."""
    messages = body["messages"]
    system = messages[0]["content"] if messages and messages[0]["role"] == "system" else ""
    user = messages[-1]["content"]
    if system.startswith("You are the interviewer"):
        return interviewer_reply(user)
    if system.startswith("You assess a mock interview"):
        return judge_reply(user)
    if system.startswith("You label who made the decisions"):
        return json.dumps({"reason": "No decision is narrated.", "locus": "none"})
    return "Could you say more?"
