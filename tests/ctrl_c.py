"""Send Ctrl-C to a running ``locus`` command the way a terminal does, from a timer thread.

The handler is armed only while ``main`` runs, so a late signal can never reach pytest.
"""

from __future__ import annotations

import os
import signal
import threading
import time

from agent.cli.main import main


def interrupted(argv: list[str], after: float) -> tuple[int, float]:
    """Run ``main(argv)``, send SIGINT after ``after`` seconds; return the exit code and seconds from signal to return."""
    armed = threading.Event()
    sent: list[float] = []

    def handler(signum, frame):
        if armed.is_set():
            raise KeyboardInterrupt

    def fire() -> None:
        time.sleep(after)
        if armed.is_set():
            sent.append(time.perf_counter())
            os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Thread(target=fire, daemon=True)
    try:
        armed.set()
        timer.start()
        code = main(argv)
        armed.clear()
        returned = time.perf_counter()
        timer.join()
    finally:
        armed.clear()
        signal.signal(signal.SIGINT, previous)
    assert sent, "the command finished before the interrupt: make its input bigger"
    return code, returned - sent[0]
