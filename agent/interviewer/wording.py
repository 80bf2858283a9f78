"""Offline wording for probes, nudges and move-ons, chosen deterministically."""

from __future__ import annotations

import hashlib

from agent.interviewer.bank import Bank
from agent.util.inert import clip

QUOTE_LIMIT = 160


def _pick_order(options: list[str], key: str) -> list[str]:
    """Options in a stable pseudo-random order for ``key`` (same key, same order)."""
    return sorted(options, key=lambda o: hashlib.sha256(f"{key}|{o}".encode()).hexdigest())


def format_quote(phrase: str) -> str:
    """The candidate's words in quotation marks, shortened at a word boundary if long."""
    words = " ".join(phrase.split())
    if len(words) > QUOTE_LIMIT:
        words = clip(words[: QUOTE_LIMIT].rsplit(" ", 1)[0] + " …", QUOTE_LIMIT + 2)
    return f"\u201c{words}\u201d"


def probe_text(bank: Bank, locus: str, phrase: str, key: str, asked: set[str]) -> str | None:
    """A probe quoting ``phrase`` that has not been said yet, or ``None``."""
    templates = getattr(bank.probes, locus, None)
    if not templates:
        return None
    quote = format_quote(phrase)
    for template in _pick_order(list(templates), key):
        text = template.replace("{quote}", quote)
        if " ".join(text.lower().split()) not in asked:
            return text
    return None


def nudge_text(bank: Bank, quality: str, key: str, asked: set[str]) -> str | None:
    """An unused nudge for an empty or nonsense answer, or ``None`` when all were used."""
    options = bank.nudges.nonsense if quality == "nonsense" else bank.nudges.empty
    for text in _pick_order(list(options), key):
        if " ".join(text.lower().split()) not in asked:
            return text
    return None


def move_on_prefix(bank: Bank, key: str) -> str:
    """A short line that moves the interview along after an unanswered question."""
    return _pick_order(list(bank.nudges.move_on), key)[0]
