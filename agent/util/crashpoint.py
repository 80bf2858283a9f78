"""Deterministic fault injection for crash-safety tests.

``LOCUS_CRASHPOINT=name:n`` makes the process SIGKILL itself the n-th time it
passes the point called ``name`` (e.g. ``analysis:3``).  Unset, a check costs one
dictionary lookup.  Points: ``save`` (mid-line, after half an event was written),
``saved`` (after an event was written), ``analysis``, ``stream`` (after the first
streamed chunk of an interviewer turn), ``scoring``.
"""

from __future__ import annotations

import os
import signal

_counts: dict[str, int] = {}


def _target() -> tuple[str, int] | None:
    spec = os.environ.get("LOCUS_CRASHPOINT")
    if not spec or ":" not in spec:
        return None
    name, _, count = spec.partition(":")
    try:
        return name, int(count)
    except ValueError:
        return None


def reached(name: str) -> bool:
    """True when this pass of ``name`` is the one the test asked to crash at."""
    target = _target()
    if target is None or target[0] != name:
        return False
    _counts[name] = _counts.get(name, 0) + 1
    return _counts[name] == target[1]


def kill_now() -> None:
    """SIGKILL this process (no cleanup, like a power cut)."""
    os.kill(os.getpid(), signal.SIGKILL)


def crash_here(name: str) -> None:
    """SIGKILL the process if ``name`` is the configured crash point."""
    if reached(name):
        kill_now()
