"""Retry policy, streaming and call records of the LLM client, against the loopback server."""

from __future__ import annotations

import time

import pytest
from fake_openai_server import Step, closed_port
from llm_support import API_KEY, make_settings

from agent.llm.client import LLMClient, LLMUnavailable, StreamInterrupted

MESSAGES = [{"role": "user", "content": "Say hello"}]


async def test_plain_completion_records_model_host_usage_latency(server, client):
    server.script(Step.text("Hello there, candidate."))
    done = await client.complete("interviewer", MESSAGES)
    assert done.text == "Hello there, candidate."
    rec = done.record.as_dict()
    assert rec["ok"] and rec["attempts"] == 1 and rec["model"] == "fake-model"
    assert rec["host"] == server.base_url.split("//")[1].split("/")[0]
    assert rec["completion_tokens"] == 3 and rec["total_tokens"] > 3
    assert rec["latency_ms"] > 0
    assert API_KEY not in repr(client.records)


async def test_retries_429_honouring_retry_after_then_succeeds(server, client):
    server.script(Step.error(429, retry_after="0.25"), Step.text("ok"))
    started = time.perf_counter()
    done = await client.complete("interviewer", MESSAGES)
    elapsed = time.perf_counter() - started
    assert done.text == "ok" and done.record.attempts == 2
    assert elapsed >= 0.25  # waited as told
    assert len(server.requests) == 2


async def test_retry_after_is_capped(server):
    c = LLMClient(make_settings(server.base_url, retry_after_cap=0.1))
    server.script(Step.error(429, retry_after="30"), Step.text("ok"))
    started = time.perf_counter()
    assert (await c.complete("interviewer", MESSAGES)).text == "ok"
    assert time.perf_counter() - started < 2.0
    await c.aclose()


async def test_5xx_and_malformed_body_are_retried(server, client):
    server.script(Step.error(500), Step.malformed(), Step.text("recovered"))
    done = await client.complete("interviewer", MESSAGES)
    assert done.text == "recovered" and done.record.attempts == 3


async def test_exhausted_budget_raises_clear_error_and_records_failure(server, client):
    server.script(Step.error(503), Step.error(503), Step.error(503), Step.text("too late"))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("interviewer", MESSAGES)
    assert "HTTP 503" in str(err.value) and "3 attempts" in str(err.value)
    assert len(server.requests) == 3 and server.pending() == 1
    assert client.records[-1].ok is False and client.records[-1].attempts == 3


async def test_client_errors_are_not_retried(server, client):
    server.script(Step.error(401, message="bad key"), Step.text("never"))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("interviewer", MESSAGES)
    assert err.value.status == 401 and len(server.requests) == 1


async def test_hang_past_timeout_is_retried_within_total_wait(server):
    c = LLMClient(make_settings(server.base_url, request_timeout=0.3, max_attempts=5, max_total_wait=0.5))
    server.script(Step.hang(5), Step.hang(5), Step.hang(5), Step.hang(5), Step.hang(5))
    started = time.perf_counter()
    with pytest.raises(LLMUnavailable) as err:
        await c.complete("interviewer", MESSAGES)
    elapsed = time.perf_counter() - started
    assert "no response within 0.3s" in str(err.value)
    # no attempt starts after max_total_wait, so at most one more timeout beyond it
    assert elapsed < 0.5 + 0.3 + 0.5
    assert 2 <= len(server.requests) <= 4
    await c.aclose()


async def test_refused_connection_fails_fast_with_host(server):
    c = LLMClient(make_settings(f"http://127.0.0.1:{closed_port()}/v1", max_attempts=2))
    with pytest.raises(LLMUnavailable) as err:
        await c.complete("interviewer", MESSAGES)
    assert "cannot reach 127.0.0.1" in str(err.value)
    assert c.records[-1].attempts == 2
    await c.aclose()


async def test_stream_delivers_tokens_in_order_and_usage(server, client):
    server.script(Step.text("What would you shard on first?"))
    seen: list[str] = []
    done = await client.stream("interviewer", MESSAGES, seen.append)
    assert len(seen) > 3 and "".join(seen) == done.text == "What would you shard on first?"
    assert server.requests[-1].stream and done.record.completion_tokens == len(seen)


async def test_stream_error_before_first_token_is_retried(server, client):
    server.script(Step.error(500), Step.text("second try works"))
    seen: list[str] = []
    done = await client.stream("interviewer", MESSAGES, seen.append)
    assert "".join(seen) == "second try works" and done.record.attempts == 2


async def test_stream_cut_after_tokens_is_never_retried(server, client):
    server.script(Step.cut("one two three four five six", after=2), Step.text("should never be asked for"))
    seen: list[str] = []
    with pytest.raises(StreamInterrupted) as err:
        await client.stream("interviewer", MESSAGES, seen.append)
    assert err.value.partial == "".join(seen) == "one two "
    assert len(server.requests) == 1 and server.pending() == 1


async def test_api_key_only_in_authorization_header(server, client):
    server.script(Step.text("fine"))
    await client.complete("interviewer", MESSAGES)
    req = server.requests[-1]
    assert req.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY.encode() not in req.raw
    assert all(API_KEY not in v for k, v in req.headers.items() if k != "authorization")


async def test_error_text_never_contains_the_key(server, client):
    server.script(Step.error(400, message=f"invalid header Bearer {API_KEY}"))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("interviewer", MESSAGES)
    assert API_KEY not in str(err.value) and API_KEY not in err.value.detail
    assert API_KEY not in repr(client.records)


def test_one_client_serves_successive_event_loops(server):
    """The scorer may run the judge on its own loop: pooled connections must not cross loops."""
    import asyncio

    c = LLMClient(make_settings(server.base_url))
    server.script(Step.text("first"), Step.text("second"))
    assert asyncio.run(c.complete("judge", MESSAGES)).text == "first"
    assert asyncio.run(c.complete("judge", MESSAGES)).text == "second"
    assert [r.attempts for r in c.records] == [1, 1]


async def test_malformed_first_stream_event_is_retried(server, client):
    server.script(Step.malformed(), Step.text("clean answer"))
    seen: list[str] = []
    done = await client.stream("interviewer", MESSAGES, seen.append)
    assert done.text == "".join(seen) == "clean answer" and done.record.attempts == 2


@pytest.mark.parametrize(
    ("header", "expected"),
    [("2", 2.0), ("0.5", 0.5), ("120", 10.0), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_header_values(header, expected):
    import httpx2

    from agent.llm.retry import retry_after_seconds

    class Err(Exception):
        response = httpx2.Response(429, headers={"Retry-After": header})

    assert retry_after_seconds(Err(), cap=10.0) == expected


async def test_rejected_temperature_is_dropped_and_remembered(server, client):
    message = "Unsupported value: 'temperature' does not support 0.4 with this model."
    server.script(Step.error(400, message=message), Step.text("first"), Step.text("second"))
    assert (await client.complete("interviewer", MESSAGES, temperature=0.4, max_tokens=50)).text == "first"
    assert (await client.complete("interviewer", MESSAGES, temperature=0.4)).text == "second"
    sent = [r.body for r in server.requests]
    assert "temperature" in sent[0] and "temperature" not in sent[1] and "temperature" not in sent[2]
    assert sent[1]["max_tokens"] == 50  # only the blamed parameter changes
    assert client.records[0].attempts == 1  # adapting is not a retry


async def test_rejected_max_tokens_becomes_max_completion_tokens(server, client):
    message = (
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
    )
    server.script(Step.error(400, message=message), Step.text("ok"))
    seen: list[str] = []
    await client.stream("interviewer", MESSAGES, seen.append, max_tokens=64)
    assert server.requests[-1].body["max_completion_tokens"] == 64 and "max_tokens" not in server.requests[-1].body


async def test_error_event_inside_a_stream(server, client):
    server.script(Step.error_event("never shown", after=0), Step.text("retried fine"))
    seen: list[str] = []
    assert (await client.stream("interviewer", MESSAGES, seen.append)).text == "retried fine"
    server.script(Step.error_event("one two three four", after=2, message="overloaded"), Step.text("never asked"))
    with pytest.raises(StreamInterrupted) as err:
        await client.stream("interviewer", MESSAGES, seen.append)
    assert err.value.partial == "one two " and "overloaded" in str(err.value) and server.pending() == 1


async def test_stream_stalling_mid_way_times_out_without_retry(server, client):
    server.script(Step.stall("one two three", after=1, seconds=5), Step.text("never asked"))
    seen: list[str] = []
    started = time.perf_counter()
    with pytest.raises(StreamInterrupted) as err:
        await client.stream("interviewer", MESSAGES, seen.append)
    assert time.perf_counter() - started < 2.0 and "no data within 0.5s" in str(err.value)
    assert seen == ["one "] and err.value.partial == "one " and server.pending() == 1
