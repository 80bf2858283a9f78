"""Make untrusted text (answers, model output, files) safe to show in a terminal.

Text from users or models is data: it must not carry terminal escape sequences,
bidi overrides or other control characters to the screen, and it must not be
interpreted as Rich markup.  ``inert_text`` strips the dangerous characters while
keeping newlines and tabs; ``escape_markup`` neutralises Rich's ``[tag]`` syntax.
"""

from __future__ import annotations

import re

# CSI / OSC / DCS / single-character escapes, then remaining C0/C1 controls.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]          # CSI ... final byte
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC ... BEL or ST
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS / SOS / PM / APC ... ST
  | \x1b[@-Z\\-_]                     # two-byte escapes
  | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidi embeddings/overrides/isolates can visually reorder text (Trojan Source).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def inert_text(text: str) -> str:
    """Return ``text`` without escape sequences, control characters or bidi controls.

    Newlines and tabs survive; ``\\r\\n`` and lone ``\\r`` become ``\\n``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return _BIDI.sub("", text)


def escape_markup(text: str) -> str:
    """Escape Rich markup in already-inert text (``[bold]`` is shown literally)."""
    return text.replace("\\", "\\\\").replace("[", "\\[")


def safe_display(text: str) -> str:
    """``inert_text`` then ``escape_markup``: for any dynamic text shown with markup on."""
    return escape_markup(inert_text(text))


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"
