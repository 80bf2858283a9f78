"""Circuit breaker: after an endpoint fails a whole retry budget, leave it alone for a while.

Without it every turn and classifier call of an interview pays the full retry
budget again while a server is down.  The first trip opens the circuit for
``cooloff`` seconds; each further trip (the trial call after a cool-off failed
too) doubles it up to ``cap``.  A success closes the circuit and resets the
cool-off.  Each trip is announced once: calls skipped while it is open are quiet.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class CircuitBreaker:
    """Tracks one endpoint's health; all times come from ``clock`` (monotonic seconds)."""

    def __init__(self, cooloff: float, cap: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.base = cooloff
        self.cap = max(cap, cooloff)
        self.clock = clock
        self.current = cooloff
        self.open_until: float | None = None
        self.trips = 0

    def remaining(self) -> float:
        """Seconds until the endpoint is tried again (0 when it may be called now)."""
        if self.open_until is None:
            return 0.0
        return max(0.0, self.open_until - self.clock())

    def trip(self) -> float:
        """Record a failed retry budget; returns the cool-off now in force."""
        if self.base <= 0:
            return 0.0
        if self.trips:
            self.current = min(self.current * 2, self.cap)
        self.trips += 1
        self.open_until = self.clock() + self.current
        return self.current

    def success(self) -> None:
        self.current = self.base
        self.open_until = None
        self.trips = 0
