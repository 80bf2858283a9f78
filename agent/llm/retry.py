"""What counts as a transient failure, and how long the server asks us to wait."""

from __future__ import annotations

import email.utils
import time

import httpx2
import openai

from agent.llm.sse import ServerReportedError

RETRY_STATUS = frozenset({408, 409, 429})


class LLMUnavailable(Exception):
    """The endpoint could not produce an answer; ``str(exc)`` is safe to show (no key).

    ``quiet`` marks a call skipped while the circuit breaker is open: the trip was
    already announced, so callers need not say it again.
    """

    def __init__(self, message: str, *, status: int | None = None, detail: str = "", quiet: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail
        self.quiet = quiet


class OnlyReasoning(LLMUnavailable):
    """A reasoning model sent its chain of thought but no answer."""


class StreamInterrupted(LLMUnavailable):
    """A stream died after tokens were delivered; ``partial`` is what the caller already has."""

    def __init__(self, message: str, partial: str) -> None:
        super().__init__(message)
        self.partial = partial


class IncompleteStream(Exception):
    """The stream ended without a finish reason before any token: safe to retry."""


def retry_after_seconds(exc: BaseException, cap: float) -> float | None:
    """Seconds a ``Retry-After`` / ``retry-after-ms`` header asks for, capped; ``None`` if absent."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    value: float | None = None
    millis = headers.get("retry-after-ms")
    raw = headers.get("retry-after")
    try:
        if millis is not None:
            value = float(millis) / 1000
        elif raw is not None:
            value = float(raw)
    except ValueError:
        try:  # an HTTP date
            value = email.utils.parsedate_to_datetime(raw).timestamp() - time.time() if raw else None
        except (TypeError, ValueError, IndexError):
            value = None
    if value is None:
        return None
    return max(0.0, min(value, cap))


def is_retryable(exc: BaseException) -> bool:
    """Transient failures worth another try (never an interrupted stream)."""
    if isinstance(exc, StreamInterrupted | OnlyReasoning):
        return False
    if isinstance(exc, ServerReportedError):
        return exc.transient
    if isinstance(exc, openai.APIConnectionError | IncompleteStream | ValueError | httpx2.TransportError):
        return True  # includes timeouts and bodies that are not JSON
    if isinstance(exc, openai.APIStatusError):
        if mentions_response_format(exc):
            return False  # the server rejects the request shape: retrying cannot help
        return exc.status_code in RETRY_STATUS or exc.status_code >= 500
    return False


def is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, openai.APITimeoutError | httpx2.TimeoutException)


def mentions_response_format(exc: BaseException) -> bool:
    """True when an error message blames ``response_format`` / a JSON schema."""
    text = f"{getattr(exc, 'body', '')} {exc}".lower()
    return any(word in text for word in ("response_format", "json_schema", "schema", "grammar"))
