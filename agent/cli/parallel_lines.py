"""Analyse a stream of lines in order, in forked worker processes once the input is big.

The parent loads spaCy first; workers are forked from it, so nothing is loaded
twice.  Chunks are submitted with a bounded look-ahead and printed in input order,
so memory stays flat for endless stdin and output order equals input order.  Ctrl-C
(or a closed output pipe) terminates the workers at once instead of waiting for their chunks.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

CHUNK_LINES = 500
PARALLEL_AFTER = 1000
_IN_FLIGHT_PER_WORKER = 2

_render: Callable | None = None
_batch = 128


def render_lines(lines: Iterable[str], render: Callable, jobs: int = 0, batch_size: int = 128) -> Iterator[str]:
    """Rendered analysis of each line, in order.  ``jobs``: 0 = automatic, 1 = this process only."""
    from agent.analysis import analyze_stream

    it = iter(lines)
    head = list(islice(it, PARALLEL_AFTER))
    workers = _workers(jobs)
    if workers <= 1 or len(head) < PARALLEL_AFTER:
        rest = head if len(head) < PARALLEL_AFTER else _chain(head, it)
        for analysis in analyze_stream(rest, batch_size=batch_size):
            yield render(analysis)
        return
    yield from _parallel(_chain(head, it), render, workers, batch_size)


def _workers(jobs: int) -> int:
    if jobs > 0:
        wanted = jobs
    else:
        wanted = min(2, os.cpu_count() or 1)
    if wanted > 1 and "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return wanted


def _chain(head: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from head
    yield from rest


def _init(render: Callable, batch_size: int) -> None:
    global _render, _batch
    # Ctrl-C is the parent's to handle: it stops the pool at once (workers would only print tracebacks).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _render, _batch = render, batch_size


def _work(chunk: list[str]) -> str:
    from agent.analysis import analyze_stream

    assert _render is not None
    return "".join(_render(a) for a in analyze_stream(chunk, batch_size=_batch))


def _parallel(lines: Iterator[str], render: Callable, workers: int, batch_size: int) -> Iterator[str]:
    context = multiprocessing.get_context("fork")
    pending: deque = deque()
    pool = context.Pool(workers, initializer=_init, initargs=(render, batch_size))
    try:
        while True:
            while len(pending) < workers * _IN_FLIGHT_PER_WORKER:
                chunk = list(islice(lines, CHUNK_LINES))
                if not chunk:
                    break
                pending.append(pool.apply_async(_work, (chunk,)))
            if not pending:
                break
            yield pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()  # on Ctrl-C, a closed pipe or an error: stop the workers now, not after their chunks
        pool.join()
