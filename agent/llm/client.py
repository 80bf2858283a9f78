"""Chat-completions client: the OpenAI SDK without its own retries, wrapped in our retry policy.

Retried (exponential back-off with jitter, ``Retry-After`` honoured up to a cap):
rate limits (429), 408/409, 5xx, connection errors, timeouts and malformed
response bodies.  Nothing else is retried.  A call stops retrying after
``max_attempts`` tries or when the next try would start more than
``max_total_wait`` seconds after the first one.

Streaming never retries once a token has been handed to the caller: a stream that
dies after that raises :class:`StreamInterrupted` carrying the partial text, so
nothing the user already saw is ever sent twice.

Every call (successful or not) appends a :class:`CallRecord` — role, model,
endpoint host, token usage, latency, attempts — never the API key.
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
from agent.llm.retry import IncompleteStream, LLMUnavailable, StreamInterrupted, is_retryable, retry_after_seconds
from agent.llm.settings import LLMSettings, Role
from agent.util.inert import clip, inert_text
from agent.util.text import encodable

# Request parameters an endpoint may reject with HTTP 400; dropped (max_tokens renamed) when it does.
ADAPTABLE_PARAMS = ("temperature", "max_tokens", "stream_options")


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
    error: str | None = None

    def usage(self) -> dict[str, int]:
        pairs = {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens, "total_tokens": self.total_tokens}
        return {k: v for k, v in pairs.items() if v is not None}

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Completion:
    """Text of one answer plus its record."""

    text: str
    record: CallRecord


class LLMClient:
    """One endpoint, one retry policy, a list of call records."""

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self.records: list[CallRecord] = []
        self._secret = settings.api_key.get_secret_value() if settings.api_key else ""
        self._openai = self._new_api()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._unsupported: set[str] = set()
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
        self._loop = loop
        return self._openai

    @property
    def host(self) -> str:
        return self.settings.host

    async def aclose(self) -> None:
        await self._openai.close()

    async def complete(self, role: Role, messages: list[dict[str, str]], **params: Any) -> Completion:
        """One non-streaming answer (``params`` go to the API, e.g. ``response_format``)."""
        record = self._new_record(role, stream=False)

        async def attempt() -> str:
            response = await self._create(self._api().chat.completions.create, model=record.model, messages=messages, stream=False, **params)
            if response.usage is not None:
                self._take_usage(record, response.usage)
            choices = response.choices or []
            return encodable(choices[0].message.content or "") if choices else ""  # no lone surrogates onward

        text = await self._run(record, attempt)
        return Completion(text=text, record=record)

    async def stream(
        self, role: Role, messages: list[dict[str, str]], on_token: Callable[[str], None], **params: Any
    ) -> Completion:
        """Stream an answer, handing each content chunk to ``on_token`` as it arrives."""
        record = self._new_record(role, stream=True)
        parts: list[str] = []

        async def attempt() -> str:
            finished = False
            kwargs = dict(model=record.model, messages=messages, stream=True, stream_options={"include_usage": True})
            response = await self._create(self._open_stream, **kwargs, **params)
            try:
                async for event in sse.events(response.iter_lines()):
                    got = sse.delta(event)
                    if got.usage:
                        self._take_usage(record, got.usage)
                    if got.content:
                        parts.append(got.content)
                        on_token(got.content)
                    finished = finished or got.finished
            except (httpx2.TransportError, ValueError, sse.StreamErrorEvent) as exc:
                if parts:
                    shown = sum(map(len, parts))
                    raise StreamInterrupted(f"{self._describe(exc)} after {shown} characters", "".join(parts)) from exc
                raise IncompleteStream(self._describe(exc)) from exc
            finally:
                await response.close()
            if not finished:
                if parts:
                    raise StreamInterrupted(f"stream from {self.host} ended without a finish reason", "".join(parts))
                raise IncompleteStream("stream ended before any token")
            return "".join(parts)

        text = await self._run(record, attempt)
        return Completion(text=text, record=record)

    # -- internals -----------------------------------------------------------
    async def _open_stream(self, **kwargs: Any) -> Any:
        """Send a streaming request; the raw response is returned for :mod:`agent.llm.sse`."""
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
    def _take_usage(record: CallRecord, usage: Any) -> None:
        get = usage.get if isinstance(usage, dict) else lambda name: getattr(usage, name, None)
        record.prompt_tokens = get("prompt_tokens")
        record.completion_tokens = get("completion_tokens")
        record.total_tokens = get("total_tokens")

    def _wait_for(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        told = retry_after_seconds(exc, self.settings.retry_after_cap) if exc else None
        return told if told is not None else self._wait(state)

    def _stop(self, state: RetryCallState) -> bool:
        if state.attempt_number >= self.settings.max_attempts:
            return True
        upcoming = state.upcoming_sleep or 0.0
        return state.seconds_since_start + upcoming > self.settings.max_total_wait

    async def _run(self, record: CallRecord, attempt: Callable[[], Any]) -> str:
        started = time.perf_counter()
        retrying = AsyncRetrying(retry=retry_if_exception(is_retryable), wait=self._wait_for, stop=self._stop, reraise=True)
        try:
            async for try_ in retrying:
                with try_:
                    record.attempts += 1
                    text = await attempt()
        except StreamInterrupted as exc:
            record.error = self._scrub(str(exc))
            raise
        except Exception as exc:
            tries = "1 attempt" if record.attempts == 1 else f"{record.attempts} attempts"
            record.error = f"{self._describe(exc)} ({tries})"
            status = getattr(exc, "status_code", None)
            raise LLMUnavailable(record.error, status=status, detail=self._detail(exc)) from None
        finally:
            record.latency_ms = round((time.perf_counter() - started) * 1000, 3)
        record.ok = True
        return text

    def _detail(self, exc: BaseException) -> str:
        body = getattr(exc, "body", None)
        message = body.get("message") if isinstance(body, dict) else None
        return self._scrub(clip(inert_text(str(message or exc)), 300))

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
        elif isinstance(exc, sse.StreamErrorEvent):
            text = f"error event from {self.host}: {self._detail(exc)}"
        elif isinstance(exc, IncompleteStream):
            text = str(exc)
        elif isinstance(exc, ValueError):
            text = f"malformed response from {self.host}"
        else:
            text = f"{type(exc).__name__}: {self._detail(exc)}"
        return self._scrub(text)

    def _scrub(self, text: str) -> str:
        """Remove the API key from any text (servers sometimes echo headers in errors)."""
        return text.replace(self._secret, "***") if self._secret else text
