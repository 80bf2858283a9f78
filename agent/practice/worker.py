"""Analyse workshop stories in a separate process, so the UI's event loop never waits for the parser.

spaCy's parser holds the GIL for most of a parse, so an analysis in a thread
still delays the UI thread's frames.  One long-lived child process (started in
the background when the story bank opens; spaCy loaded once) does the work; the
workshop's thread worker only waits on the pipe.  Until the child is ready, or
if it dies, the same functions run in the calling thread, so analysis never stops.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from agent.practice.report import Mark, StoryReport, analyze_story, marks_of
from agent.practice.storyfile import StoryError, parse_story

_analyses: dict[str, tuple] = {}  # story body -> (analysis, spaCy doc) (per process; the newest few)
_first: dict[tuple[str, str], StoryReport | None] = {}


def _quiet() -> None:
    """Child process start: nothing may reach the terminal the UI draws on; load the parser."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from agent.analysis import warmup
    from agent.stories.found import build_filter

    warmup()
    build_filter()


def _ready() -> bool:
    return True


def _here(fn, *args):
    """``fn(*args)`` in this process: the analyzer is warmed up first, so the parser, lemma tables and speller it
    loads here are frozen out of the garbage collector's walks (else every full collection in the UI process
    walked them: 60-70 ms stalls inside typing pauses, long after the child took over)."""
    from agent.analysis import warmup

    warmup()
    return fn(*args)


def _analysis_of(body: str) -> tuple:
    """``(analysis, doc)`` of ``body``: only its changed sentences parsed (agent/practice/pieces.py), then the
    story reader and scorer reuse the same parse."""
    from agent.practice.pieces import analyse_body

    found = _analyses.get(body)
    if found is None:
        found = analyse_body(body)
        if len(_analyses) >= 4:
            _analyses.pop(next(iter(_analyses)))
        _analyses[body] = found
    return found


def colour_marks(text: str, path: str) -> list[Mark]:
    """The decision phrases of the story ``text`` (offsets into ``text``); raises :class:`StoryError`."""
    story = parse_story(text, Path(path))
    return marks_of(_analysis_of(story.body)[0], story.body_start)


def full_report(
    text: str, path: str, rubric_path: str, first_text: str | None
) -> tuple[StoryReport, StoryReport | None]:
    """The story's report and the report of its first saved version (for the change summary)."""
    from agent.rubric.loader import load_rubric_cached

    rubric = load_rubric_cached(Path(rubric_path))
    story = parse_story(text, Path(path))
    report = analyze_story(story, rubric, *_analysis_of(story.body))
    first = None
    if first_text is not None:
        key = (first_text, rubric_path)
        if key not in _first:
            try:
                _first.clear()
                _first[key] = analyze_story(parse_story(first_text, Path(path)), rubric)
            except StoryError:
                _first[key] = None
        first = _first[key]
    return report, first


class StoryAnalyser:
    """Runs :func:`colour_marks` / :func:`full_report` in the child process once it is up, else here."""

    def __init__(self, use_process: bool = True) -> None:
        self.use_process = use_process
        self._pool: cf.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self.ready = False
        self.failed: str | None = None

    def start(self) -> None:
        """Start the child in the background (idempotent); analysis runs in-process meanwhile."""
        with self._lock:
            if self._pool is not None or not self.use_process or self.failed:
                return
            # The UI replaces sys.stdout/sys.stderr with capture objects; multiprocessing hands the real stderr
            # descriptor to its helper process, so the real streams are put back while the child is spawned
            # (the first submit spawns it, synchronously, in this thread).
            saved = sys.stdout, sys.stderr
            try:
                if sys.__stdout__ is not None and sys.__stderr__ is not None:
                    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
                self._pool = cf.ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet
                )
                self._pool.submit(_ready).add_done_callback(self._started)
            except Exception as exc:
                self.failed = f"cannot start the analysis process: {exc}"
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            finally:
                sys.stdout, sys.stderr = saved

    def _started(self, future: cf.Future) -> None:
        if future.exception() is None:
            self.ready = True
        else:
            self.failed = f"the analysis process did not start: {future.exception()}"

    def call(self, fn, *args):
        """``fn(*args)`` in the child when it is ready, else in this thread (also after the child died)."""
        pool = self._pool
        if self.ready and pool is not None:
            try:
                return pool.submit(fn, *args).result()
            except BrokenProcessPool:
                self.ready = False
                self.failed = "the analysis process stopped; analysing in the app instead"
        return _here(fn, *args)

    def pipeline(self, *jobs: tuple):
        """The results of ``(fn, *args)`` jobs, in order, as each is ready.

        Every job goes to the child at once (it runs them back to back), so the second does not
        wait for this thread to collect the first; a job's exception is raised when its turn comes.
        Without the child (not ready, or it died), each job runs here when its result is wanted.
        """
        pool = self._pool
        futures: list[cf.Future | None] = [None] * len(jobs)
        if self.ready and pool is not None:
            try:
                futures = [pool.submit(job[0], *job[1:]) for job in jobs]
            except (BrokenProcessPool, RuntimeError):
                futures = [None] * len(jobs)
        for job, future in zip(jobs, futures, strict=False):
            if future is not None:
                try:
                    yield future.result()
                    continue
                except BrokenProcessPool:
                    self.ready = False
                    self.failed = "the analysis process stopped; analysing in the app instead"
            yield _here(*job)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool, self.ready = None, False


_shared: StoryAnalyser | None = None


def shared_analyser() -> StoryAnalyser:
    """The one analyser of this process (the child is started at most once)."""
    global _shared
    if _shared is None:
        _shared = StoryAnalyser()
    return _shared
