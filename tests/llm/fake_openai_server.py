"""A real HTTP server on 127.0.0.1 speaking the slice of the OpenAI API Locus uses.

``POST /v1/chat/completions`` with and without ``stream`` (SSE ``data:`` events in
chunked transfer encoding, ending with ``[DONE]``), structured outputs (the
scripted text is returned as the message content), and scripted faults:

* ``Step.status(429, retry_after="1")`` / ``Step.status(500)``: an error response;
* ``Step.hang(seconds)``: accept the request, answer nothing until the client gives up;
* ``Step.malformed()``: HTTP 200 whose body (or first SSE event) is not JSON;
* ``Step.cut(after=2)``: stream ``after`` content chunks, then drop the connection;
* ``Step.stall(after=2)``: stream ``after`` chunks, then go silent past the read timeout;
* ``Step.error_event(after=2)``: stream ``after`` chunks, then an ``error`` event;
* ``reject_json_schema = True``: HTTP 500 for ``response_format.type == "json_schema"``
  (what llama.cpp's server does), every other request is answered normally.

Reply shapes of real servers (all with ``Step.text``):

* ``finish="length"``: the answer ends with ``finish_reason: "length"``; a request's
  ``max_tokens`` also cuts any answer after that many chunks, as a real server would;
* ``reasoning="..."``: ``reasoning_content`` chunks first (DeepSeek-R1, Qwen3 style);
  ``<think>`` blocks can simply be part of the content;
* ``usage=False``: no token counts, streamed or not;
* ``delay=0.01``: seconds between streamed chunks (to see a client close the stream early);
* ``sse_for_plain=True``: a ``stream: false`` request is answered with SSE events anyway.

``Step.error_body(message)`` answers HTTP 200 with an ``{"error": ...}`` object; ``Step.error_event``
with ``after=0`` sends the error event before any content.  ``one_at_a_time = True`` serves
one request at a time, like llama.cpp's server with one slot: the others wait their turn
(``max_in_flight`` records how many were ever handled at once).

A refused connection needs no server: use :func:`closed_port`.

Every request is recorded (headers and raw body) so tests can assert what was sent.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Step:
    """One scripted reaction to the next request."""

    kind: str = "text"  # text | status | hang | malformed | cut
    content: str | None = None
    status: int = 200
    retry_after: str | None = None
    message: str = ""
    seconds: float = 0.0
    after: int = 2
    finish: str = "stop"
    reasoning: str = ""
    usage: bool = True
    delay: float = 0.0
    sse_for_plain: bool = False

    @classmethod
    def text(
        cls,
        content: str,
        *,
        finish: str = "stop",
        reasoning: str = "",
        usage: bool = True,
        delay: float = 0.0,
        sse_for_plain: bool = False,
    ) -> Step:
        return cls(
            kind="text",
            content=content,
            finish=finish,
            reasoning=reasoning,
            usage=usage,
            delay=delay,
            sse_for_plain=sse_for_plain,
        )

    @classmethod
    def error_body(cls, message: str, code: int | str | None = None) -> Step:
        """HTTP 200 whose body is an error object (some proxies and local servers do this)."""
        return cls(
            kind="error_body",
            message=message,
            status=code if isinstance(code, int) else 200,
            retry_after=code if isinstance(code, str) else None,
        )

    @classmethod
    def error(cls, status: int, retry_after: str | None = None, message: str = "") -> Step:
        return cls(kind="status", status=status, retry_after=retry_after, message=message)

    @classmethod
    def hang(cls, seconds: float = 30.0) -> Step:
        return cls(kind="hang", seconds=seconds)

    @classmethod
    def malformed(cls) -> Step:
        return cls(kind="malformed")

    @classmethod
    def cut(cls, content: str, after: int = 2) -> Step:
        return cls(kind="cut", content=content, after=after)

    @classmethod
    def stall(cls, content: str, after: int = 2, seconds: float = 30.0) -> Step:
        """Stream ``after`` chunks, then go silent (the client's read timeout must fire)."""
        return cls(kind="stall", content=content, after=after, seconds=seconds)

    @classmethod
    def error_event(cls, content: str, after: int = 2, message: str = "model overloaded") -> Step:
        """Stream ``after`` chunks, then an ``error`` event inside the stream (vLLM/Ollama style)."""
        return cls(kind="error_event", content=content, after=after, message=message)


@dataclass
class Recorded:
    """A request as the server saw it."""

    path: str
    headers: dict[str, str]
    raw: bytes
    body: dict | None
    handle_ms: float = 0.0
    answered: str = ""
    chunks_sent: int = 0
    disconnected: bool = False
    active: bool = False

    @property
    def stream(self) -> bool:
        return bool(self.body and self.body.get("stream"))

    @property
    def response_format_type(self) -> str | None:
        fmt = (self.body or {}).get("response_format") or {}
        return fmt.get("type")


def closed_port() -> int:
    """A local port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chunk_words(text: str) -> list[str]:
    """Split text into word-sized streaming chunks (whitespace kept)."""
    return re.findall(r"\s*\S+\s*", text) or [text]


def default_responder(body: dict) -> str:
    """Generic reply: a JSON object for structured requests, a question otherwise."""
    if body.get("response_format"):
        return "{}"
    return "Thanks. Could you walk me through the next decision you would make?"


@dataclass
class FakeOpenAI:
    """Scriptable server; use as a context manager or call ``start``/``stop``."""

    responder: Callable[[dict], str] = default_responder
    reject_json_schema: bool = False
    one_at_a_time: bool = False
    max_in_flight: int = 0
    requests: list[Recorded] = field(default_factory=list)
    _slot: threading.Lock = field(default_factory=threading.Lock)
    _script: deque = field(default_factory=deque)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def script(self, *steps: Step) -> None:
        """Queue reactions for the next requests (then the responder takes over)."""
        with self._lock:
            self._script.extend(steps)

    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    def next_step(self) -> Step | None:
        with self._lock:
            return self._script.popleft() if self._script else None

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()
        self.responder = default_responder
        self.reject_json_schema = False
        self.one_at_a_time = False
        self.max_in_flight = 0

    def start(self) -> FakeOpenAI:
        server = self

        class Handler(_Handler):
            fake = server

        self._stop.clear()
        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up (timeouts, closed pools) are expected here, not errors."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeOpenAI
    _current: Recorded

    def setup(self) -> None:
        super().setup()
        # Small SSE writes must not wait for delayed ACKs (Nagle): real servers set this too.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        """``GET /_timings``: server-side handling time of every request so far (for benchmarks)."""
        if self.path != "/_timings":
            self._json(404, {"error": {"message": "not found"}})
            return
        with self.fake._lock:
            timings = [r.handle_ms for r in self.fake.requests]
        self._json(200, {"handle_ms": timings})

    def do_POST(self) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        rec = Recorded(path=self.path, headers={k.lower(): v for k, v in self.headers.items()}, raw=raw, body=body)
        self._current = rec
        with self.fake._lock:
            self.fake.requests.append(rec)
        slot = self.fake._slot if self.fake.one_at_a_time else None
        if slot is not None:
            slot.acquire()
        with self.fake._lock:
            rec.active = True  # only requests since the last reset count (a hung one from an earlier test does not)
            self.fake.max_in_flight = max(self.fake.max_in_flight, sum(r.active for r in self.fake.requests))
        try:
            self._answer(rec)
        except (BrokenPipeError, ConnectionResetError):
            rec.disconnected = True
            self.close_connection = True
        finally:
            rec.active = False
            if slot is not None:
                slot.release()
        rec.handle_ms = (time.perf_counter() - started) * 1000

    def _answer(self, rec: Recorded) -> None:
        if not rec.path.endswith("/chat/completions") or rec.body is None:
            self._json(404 if rec.body is not None else 400, {"error": {"message": "unsupported request"}})
            return
        if self.fake.reject_json_schema and rec.response_format_type == "json_schema":
            self._json(
                500, {"error": {"message": "response_format json_schema is not supported", "type": "server_error"}}
            )
            return
        step = self.fake.next_step()
        if step is None:
            try:
                step = Step.text(self.fake.responder(rec.body))
            except Exception as exc:  # a broken test responder becomes a visible 500
                step = Step.error(500, message=f"responder failed: {type(exc).__name__}: {exc}")
        rec.answered = step.kind
        if step.kind == "status":
            headers = {"Retry-After": step.retry_after} if step.retry_after else {}
            msg = step.message or f"scripted error {step.status}"
            self._json(step.status, {"error": {"message": msg, "type": "scripted"}}, headers)
        elif step.kind == "error_body":
            error = {"message": step.message, "type": "server_error"}
            if step.status != 200 or step.retry_after:
                error["code"] = step.status if step.status != 200 else step.retry_after
            if rec.stream:
                self._stream_start()
                self._event({"error": error})
                self._chunk(b"")
            else:
                self._json(200, {"error": error})
        elif step.kind == "hang":
            self.fake._stop.wait(step.seconds)
            self.close_connection = True
        elif step.kind == "malformed":
            if rec.stream:
                self._stream_start()
                self._chunk(b"data: {not json at all\n\n")
                self._chunk(b"")
            else:
                self._raw(200, b'{"id": "x", "choices": [', "application/json")
        elif rec.stream or step.sse_for_plain:
            self._stream(rec.body, step)
        else:
            content, finish = _limited(rec.body, step)
            self._json(200, _completion(rec.body, content, finish, step))

    # -- writers -------------------------------------------------------------
    def _raw(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _json(self, status: int, obj: dict, headers: dict[str, str] | None = None) -> None:
        self._raw(status, json.dumps(obj).encode(), "application/json", headers)

    def _stream_start(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, obj: dict | str) -> None:
        payload = obj if isinstance(obj, str) else json.dumps(obj)
        self._chunk(f"data: {payload}\n\n".encode())

    def _stream(self, body: dict, step: Step) -> None:
        content, finish = _limited(body, step)
        pieces = chunk_words(content) if content else []
        self._stream_start()
        base = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model", ""),
        }
        self._event(
            {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
        )
        if step.kind == "error_event" and step.after == 0:
            self._event({"error": {"message": step.message, "type": "server_error"}})
            self._chunk(b"")
            return
        for thought in chunk_words(step.reasoning) if step.reasoning else []:
            self._event(
                {**base, "choices": [{"index": 0, "delta": {"reasoning_content": thought}, "finish_reason": None}]}
            )
        for i, piece in enumerate(pieces):
            if step.kind == "stall" and i >= step.after:
                self.fake._stop.wait(step.seconds)
                self.close_connection = True
                return
            if step.kind == "error_event" and i >= step.after:
                self._event({"error": {"message": step.message, "type": "server_error"}})
                self._event("[DONE]")
                self._chunk(b"")
                return
            if step.kind == "cut" and i >= step.after:
                # Declare a chunk, send half of it, hang up: an incomplete body.
                self.wfile.write(b'40\r\ndata: {"id"')
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if step.delay:
                time.sleep(step.delay)
            self._event({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            self._record_chunk()
        self._event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if step.usage and ((body.get("stream_options") or {}).get("include_usage") or not body.get("stream")):
            self._event({**base, "choices": [], "usage": _usage(body, len(pieces))})
        self._event("[DONE]")
        self._chunk(b"")

    def _record_chunk(self) -> None:
        self._current.chunks_sent += 1


def _limited(body: dict, step: Step) -> tuple[str, str]:
    """The step's content cut at the request's ``max_tokens`` (one chunk per token), and the finish reason."""
    content = step.content or ""
    limit = body.get("max_tokens") or body.get("max_completion_tokens")
    pieces = chunk_words(content) if content else []
    thoughts = len(chunk_words(step.reasoning)) if step.reasoning else 0
    if isinstance(limit, int) and thoughts + len(pieces) > limit:
        return "".join(pieces[: max(0, limit - thoughts)]), "length"
    return content, step.finish


def _usage(body: dict, completion: int) -> dict:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(body: dict, content: str, finish: str = "stop", step: Step | None = None) -> dict:
    message = {"role": "assistant", "content": content}
    if step is not None and step.reasoning:
        message["reasoning_content"] = step.reasoning
    out = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    }
    if step is None or step.usage:
        out["usage"] = _usage(body, len(chunk_words(content)))
    return out


def serve_forever_in_process(responder: Callable[[dict], str] = default_responder) -> None:
    """Run a server in this process, print its base URL, stop when stdin closes (bench helper)."""
    import sys

    with FakeOpenAI(responder=responder) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()
