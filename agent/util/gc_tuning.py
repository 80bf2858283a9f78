"""Keep the garbage collector off the objects a long-running screen never frees.

A full collection walks every tracked object; once Textual, Rich, the rubric and the first story's
widgets are loaded, that walk took 130-230 ms in the workshop and landed inside a typing pause.
Moving what exists at that point into the permanent generation (``gc.freeze``) leaves the collector
only the objects made since, which are the ones that can become garbage.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_done = False


def freeze_long_lived() -> None:
    """Collect once, then freeze everything alive now (once per process; later calls do nothing)."""
    global _done
    with _lock:
        if _done:
            return
        _done = True
        gc.collect()
        gc.freeze()
