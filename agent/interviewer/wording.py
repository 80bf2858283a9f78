"""Offline wording for probes, nudges and move-ons, chosen deterministically."""

from __future__ import annotations

import hashlib

from agent.interviewer.bank import Bank
from agent.util.inert import clip

QUOTE_LIMIT = 160


def _pick_order(options: list[str], key: str) -> list[str]:
    """Options in a stable pseudo-random order for ``key`` (same key, same order)."""
    return sorted(options, key=lambda o: hashlib.sha256(f"{key}|{o}".encode()).hexdigest())


def format_quote(phrase: str, trimmed: bool = False) -> str:
    """The candidate's words in quotation marks; ``trimmed`` (or a very long phrase) ends with an ellipsis."""
    words = " ".join(phrase.split())
    if len(words) > QUOTE_LIMIT:
        words = clip(words[:QUOTE_LIMIT].rsplit(" ", 1)[0], QUOTE_LIMIT)
        trimmed = True
    return f"\u201c{words} \u2026\u201d" if trimmed else f"\u201c{words}\u201d"


def opener(template: str) -> str:
    """The words before the quote ("You said", "When you say"): varied from one probe to the next."""
    return " ".join(template.split("{quote}", 1)[0].lower().split())


def probe_text(
    bank: Bank,
    kind: str,
    phrase: str,
    key: str,
    asked: set[str],
    *,
    trimmed: bool = False,
    used: list[str] | tuple[str, ...] = (),
) -> tuple[str, str] | None:
    """``(text, template)`` for a probe of ``kind`` quoting ``phrase``, or ``None`` when nothing fits.

    Templates this interview already used come last, and so does one that opens the
    way the previous probe did, so a candidate does not hear the same wording twice.
    """
    templates = bank.probes.for_kind(kind)
    quote = format_quote(phrase, trimmed)
    last_opener = opener(used[-1]) if used else None
    ordered = sorted(_pick_order(templates, key), key=lambda t: (t in used, opener(t) == last_opener))
    for template in ordered:
        text = template.replace("{quote}", quote)
        if " ".join(text.lower().split()) not in asked:
            return text, template
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
