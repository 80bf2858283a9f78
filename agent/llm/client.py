"""Chat-completions client: the OpenAI SDK without its own retries, wrapped in our retry policy.

Retried (exponential back-off with jitter, ``Retry-After`` honoured up to a cap):
rate limits (429), 408/409, 5xx, connection errors, malformed bodies, error
objects the server calls transient, and a timeout (once: a server too slow for
one attempt is rarely quick on the next).  Nothing else is retried.  A call
stops after ``max_attempts`` tries or when the back-off summed over it would
pass ``max_total_wait``; the time spent waiting for the server is bounded by
``request_timeout`` per attempt instead.

Streaming never retries once a token has been handed to the caller: a stream
that dies after that raises :class:`StreamInterrupted` carrying the partial text.
The caller's ``on_token`` may raise :class:`StopGeneration` to close the stream
at once (the server stops generating when the connection goes).

What the model returns is cleaned before anyone sees it: ``<think>`` blocks are
dropped (``reasoning_content`` only proves the model is alive) and the API key
is scrubbed out.  Bodies are parsed by :mod:`agent.llm.sse`, so an error object
in an HTTP 200 body or an SSE ``error`` event keeps the server's message.

Requests share one concurrency limit (one at a time for a local server) and one
:class:`~agent.llm.breaker.CircuitBreaker`.  Every call appends a
:class:`CallRecord` — role, model, host, tokens (estimated when the server
gives none), latency, attempts — never the API key.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import httpx2
import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential_jitter

from agent.llm import sse
from agent.llm.breaker import CircuitBreaker
from agent.llm.reasoning import ThinkStripper, strip_think
from agent.llm.retry import (
    IncompleteStream,
    LLMUnavailable,
    OnlyReasoning,
    StreamInterrupted,
    is_retryable,
    is_timeout,
    retry_after_seconds,
)
from agent.llm.scrubbing import StreamScrubber, scrub
from agent.llm.settings import LLMSettings, Role
from agent.llm.tokens import estimate_messages, estimate_tokens
from agent.util.inert import clip, inert_text

# Request parameters an endpoint may reject with HTTP 400; dropped (max_tokens renamed) when it does.
ADAPTABLE_PARAMS = ("temperature", "max_tokens", "stream_options")


class StopGeneration(Exception):
    """Raised by an ``on_token`` callback to close the stream; ``str(exc)`` says why."""


@dataclass
class CallRecord:
    """Provenance of one call, as saved in the session."""

    role: str
    model: str
    host: str
    stream: bool
    ok: bool = False
    attempts: int = 0
    latency_ms: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    tokens_estimated: bool = False
    finish_reason: str | None = None
    stopped: str | None = None
    error: str | None = None

    def usage(self) -> dict[str, int]:
        pairs = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }
        return {k: v for k, v in pairs.items() if v is not None}

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Completion:
    """Text of one answer plus its record; ``stopped`` is set when the caller closed the stream."""

    text: str
    record: CallRecord
    finish_reason: str | None = None
    stopped: str | None = None
    reasoning_chars: int = 0


class LLMClient:
    """One endpoint, one retry policy, one concurrency limit, a list of call records."""

    def __init__(self, settings: LLMSettings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.records: list[CallRecord] = []
        self._secrets = settings.secrets()
        self._openai = self._new_api()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._unsupported: set[str] = set()
        self.breaker = CircuitBreaker(settings.breaker_cooloff, settings.breaker_cooloff_cap, clock)
        initial = settings.retry_initial_wait
        self._wait = wait_exponential_jitter(multiplier=initial, max=max(initial, 8.0), jitter=initial)

    def _new_api(self) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(
            api_key=self.settings.key_value(),
            base_url=self.settings.endpoint,
            max_retries=0,
            timeout=openai.Timeout(self.settings.request_timeout, connect=self.settings.connect_timeout),
        )

    def _api(self) -> openai.AsyncOpenAI:
        """The SDK client for the running event loop (pooled connections never cross loops)."""
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            self._openai = self._new_api()
            self._slots = asyncio.Semaphore(self.settings.concurrency)
        self._loop = loop
        return self._openai

    @property
    def host(self) -> str:
        return self.settings.host

    async def aclose(self) -> None:
        await self._openai.close()

    def scrub(self, text: str) -> str:
        """``text`` without any configured secret."""
        return scrub(text, self._secrets)

    async def complete(self, role: Role, messages: list[dict[str, str]], **params: Any) -> Completion:
        """One non-streaming answer (``params`` go to the API, e.g. ``response_format``)."""
        record = self._new_record(role, stream=False)
        params.setdefault("max_tokens", self.settings.max_tokens_for(role))

        async def attempt() -> Completion:
            response = await self._create(self._open, model=record.model, messages=messages, stream=False, **params)
            try:
                got = sse.parse_body(await response.text())
            finally:
                await response.close()
            self._take_usage(record, got.usage, messages, got.content + got.reasoning)
            text = self.scrub(strip_think(got.content))
            if not text.strip() and got.reasoning.strip():
                raise OnlyReasoning(f"the model sent only reasoning ({len(got.reasoning)} characters) and no answer")
            return Completion(
                text=text, record=record, finish_reason=got.finish_reason, reasoning_chars=len(got.reasoning)
            )

        return await self._run(record, attempt)

    async def stream(
        self, role: Role, messages: list[dict[str, str]], on_token: Callable[[str], None], **params: Any
    ) -> Completion:
        """Stream an answer, handing each cleaned content chunk to ``on_token`` as it arrives."""
        record = self._new_record(role, stream=True)
        params.setdefault("max_tokens", self.settings.max_tokens_for(role))
        parts: list[str] = []

        def hand_over(piece: str) -> None:
            if piece:
                parts.append(piece)
                on_token(piece)

        async def attempt() -> Completion:
            think, secret = ThinkStripper(), StreamScrubber(self._secrets)
            finish: str | None = None
            raw: list[str] = []
            kwargs = dict(model=record.model, messages=messages, stream=True, stream_options={"include_usage": True})
            response = await self._create(self._open, **kwargs, **params)
            try:
                async for event in sse.events(response.iter_lines()):
                    got = sse.delta(event)
                    if got.usage:
                        self._take_usage(record, got.usage)
                    raw.append(got.content + got.reasoning)
                    think.hidden_chars += len(got.reasoning)
                    hand_over(secret.feed(think.feed(got.content)))
                    finish = got.finish_reason or finish
                hand_over(secret.feed(think.finish()) + secret.finish())
            except StopGeneration as stop:
                record.stopped = str(stop)
                return Completion(text="".join(parts), record=record, finish_reason=finish, stopped=str(stop))
            except (httpx2.TransportError, ValueError, sse.ServerReportedError) as exc:
                if parts:
                    shown = sum(map(len, parts))
                    raise StreamInterrupted(f"{self._describe(exc)} after {shown} characters", "".join(parts)) from exc
                if isinstance(exc, sse.ServerReportedError):
                    raise
                raise IncompleteStream(self._describe(exc)) from exc
            finally:
                await response.close()
                if record.total_tokens is None:
                    self._take_usage(record, None, messages, "".join(raw))
            if finish is None:
                if parts:
                    raise StreamInterrupted(f"stream from {self.host} ended without a finish reason", "".join(parts))
                raise IncompleteStream("stream ended before any token")
            if not "".join(parts).strip() and think.hidden_chars:
                cut = " before max_tokens ran out" if finish == "length" else ""
                raise OnlyReasoning(
                    f"the model sent only reasoning ({think.hidden_chars} characters) and no answer{cut}"
                )
            return Completion(
                text="".join(parts), record=record, finish_reason=finish, reasoning_chars=think.hidden_chars
            )

        return await self._run(record, attempt)

    # -- internals -----------------------------------------------------------
    async def _open(self, **kwargs: Any) -> Any:
        """Send one request; the raw response is read by :mod:`agent.llm.sse`."""
        return await self._api().chat.completions.with_streaming_response.create(**kwargs).__aenter__()

    async def _create(self, send: Callable[..., Any], **kwargs: Any) -> Any:
        """Send one request, adapting once per parameter the endpoint rejects (remembered).

        Reasoning models refuse ``temperature`` and want ``max_completion_tokens``;
        some local servers refuse ``stream_options``.  A 400 naming such a parameter
        drops (or renames) it and the request is sent again at once.
        """
        while True:
            for name in self._unsupported & kwargs.keys():
                value = kwargs.pop(name)
                if name == "max_tokens":
                    kwargs["max_completion_tokens"] = value
            try:
                return await send(**kwargs)
            except openai.BadRequestError as exc:
                text = f"{exc.body} {exc}".lower()
                blamed = {p for p in ADAPTABLE_PARAMS if p in kwargs and p in text} - self._unsupported
                if not blamed:
                    raise
                self._unsupported |= blamed

    def _new_record(self, role: Role, *, stream: bool) -> CallRecord:
        record = CallRecord(role=role, model=self.settings.model_for(role), host=self.host, stream=stream)
        self.records.append(record)
        return record

    @staticmethod
    def _take_usage(
        record: CallRecord, usage: Any, messages: list[dict[str, str]] | None = None, text: str = ""
    ) -> None:
        """Usage as the server reported it, else an estimate flagged ``tokens_estimated``."""
        if usage:
            get = usage.get if isinstance(usage, dict) else lambda name: getattr(usage, name, None)
            record.prompt_tokens = get("prompt_tokens")
            record.completion_tokens = get("completion_tokens")
            record.total_tokens = get("total_tokens")
            record.tokens_estimated = False
            return
        if messages is None:
            return
        record.prompt_tokens = estimate_messages(messages)
        record.completion_tokens = estimate_tokens(text)
        record.total_tokens = record.prompt_tokens + record.completion_tokens
        record.tokens_estimated = True

    def _wait_for(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        told = retry_after_seconds(exc, self.settings.retry_after_cap) if exc else None
        return told if told is not None else self._wait(state)

    def _stopper(self) -> Callable[[RetryCallState], bool]:
        timeouts = 0

        def stop(state: RetryCallState) -> bool:
            nonlocal timeouts
            exc = state.outcome.exception() if state.outcome else None
            timeouts += 1 if exc is not None and is_timeout(exc) else 0
            if state.attempt_number >= self.settings.max_attempts or timeouts >= 2:
                return True
            return state.idle_for + (state.upcoming_sleep or 0.0) > self.settings.max_total_wait

        return stop

    async def _run(self, record: CallRecord, attempt: Callable[[], Any]) -> Completion:
        started = time.perf_counter()
        waiting = self.breaker.remaining()
        if waiting > 0:
            record.error = f"skipped: {self.host} is resting for another {waiting:.0f} s after repeated failures"
            raise LLMUnavailable(record.error, quiet=True)
        retrying = AsyncRetrying(
            retry=retry_if_exception(is_retryable), wait=self._wait_for, stop=self._stopper(), reraise=True
        )
        self._api()  # a new event loop gets its own connection pool and slots
        try:
            async for try_ in retrying:
                with try_:
                    async with self._slots:  # a one-slot server gets one request at a time, body included
                        record.attempts += 1
                        done = await attempt()
        except StreamInterrupted as exc:
            record.error = self.scrub(str(exc))
            raise
        except Exception as exc:
            tries = "1 attempt" if record.attempts == 1 else f"{record.attempts} attempts"
            record.error = f"{self._describe(exc)} ({tries})"
            if is_retryable(exc) and self.breaker.base > 0:
                record.error += f"; not calling {self.host} again for {self.breaker.trip():.0f} s"
            status = getattr(exc, "status_code", None)
            error = OnlyReasoning if isinstance(exc, OnlyReasoning) else LLMUnavailable
            raise error(record.error, status=status, detail=self._detail(exc)) from None
        finally:
            record.latency_ms = round((time.perf_counter() - started) * 1000, 3)
        self.breaker.success()
        record.ok = True
        record.finish_reason = done.finish_reason
        return done

    def _detail(self, exc: BaseException) -> str:
        body = getattr(exc, "body", None)
        message = body.get("message") if isinstance(body, dict) else None
        return self.scrub(clip(inert_text(str(message or exc)), 300))

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, openai.APITimeoutError):
            text = f"no response within {self.settings.request_timeout:g}s"
        elif isinstance(exc, openai.APIConnectionError):
            text = f"cannot reach {self.host}"
        elif isinstance(exc, openai.APIStatusError):
            text = f"HTTP {exc.status_code} from {self.host}: {self._detail(exc)}"
        elif isinstance(exc, httpx2.TimeoutException):
            text = f"no data within {self.settings.request_timeout:g}s"
        elif isinstance(exc, httpx2.TransportError):
            text = f"connection to {self.host} lost"
        elif isinstance(exc, sse.ServerReportedError):
            text = f"error from {self.host}: {self._detail(exc)}"
        elif isinstance(exc, IncompleteStream | LLMUnavailable):
            text = str(exc)
        elif isinstance(exc, ValueError):
            text = f"malformed response from {self.host}"
        else:
            text = f"{type(exc).__name__}: {self._detail(exc)}"
        return self.scrub(text)
