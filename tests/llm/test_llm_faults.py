"""Reply shapes of real servers: error objects in 200 bodies, SSE for non-streaming calls, one slot, a circuit breaker."""

from __future__ import annotations

import asyncio
import time

import pytest
from fake_openai_server import Step, closed_port
from llm_support import API_KEY, make_settings

from agent.llm.client import LLMClient, LLMUnavailable
from agent.llm.settings import load_settings

MESSAGES = [{"role": "user", "content": "Say hello"}]


async def test_error_object_in_a_200_body_keeps_the_message_and_is_not_retried(server, client):
    server.script(Step.error_body("model 'llama9' not found, try pulling it first"), Step.text("never asked"))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("judge", MESSAGES)
    assert "model 'llama9' not found" in str(err.value) and len(server.requests) == 1


async def test_transient_error_object_in_a_200_body_is_retried(server, client):
    server.script(Step.error_body("server overloaded, please try again"), Step.text("second try"))
    assert (await client.complete("judge", MESSAGES)).text == "second try"
    assert client.records[-1].attempts == 2


async def test_sse_error_event_before_any_token_keeps_the_message_and_is_not_retried(server, client):
    server.script(
        Step.error_event("never", after=0, message="context length exceeded: 5000 > 4096"), Step.text("never asked")
    )
    with pytest.raises(LLMUnavailable) as err:
        await client.stream("interviewer", MESSAGES, lambda _: None)
    assert "context length exceeded: 5000 > 4096" in str(err.value) and len(server.requests) == 1
    assert server.next_step().content == "never asked"
    server.script(Step.error_body("bad grammar in request"))
    with pytest.raises(LLMUnavailable) as err:
        await client.stream("interviewer", MESSAGES, lambda _: None)
    assert "bad grammar in request" in str(err.value)


async def test_json_streamed_for_a_non_streaming_call_is_accepted(server, client):
    server.script(Step.text('{"reason": "nobody decided", "locus": "agentless"}', sse_for_plain=True))
    done = await client.complete("classifier", MESSAGES)
    assert done.text == '{"reason": "nobody decided", "locus": "agentless"}' and done.record.ok
    assert done.record.total_tokens > 0


async def test_structured_output_survives_sse_for_a_plain_call(server, client):
    """What the classifier asks for: this used to raise AttributeError inside it."""
    from agent.llm.classifier import SentenceLabel
    from agent.llm.structured import structured

    server.script(Step.text('{"reason": "nobody decided", "locus": "agentless"}', sse_for_plain=True))
    label = await structured(client, "classifier", MESSAGES, SentenceLabel, name="sentence_locus")
    assert label.locus == "agentless" and client.records[-1].ok


async def test_api_key_echoed_in_a_plain_answer_is_scrubbed(server, client):
    server.script(Step.text(f'{{"reason": "key {API_KEY}", "locus": "none"}}'))
    done = await client.complete("classifier", MESSAGES)
    assert API_KEY not in done.text and "***" in done.text


async def test_usage_is_estimated_when_missing(server, client):
    server.script(Step.text("four words right here", usage=False))
    done = await client.complete("judge", MESSAGES)
    record = done.record
    assert record.tokens_estimated and record.completion_tokens >= 4 and record.prompt_tokens > 0
    assert record.as_dict()["tokens_estimated"] is True


async def test_one_slot_server_gets_one_request_at_a_time(server):
    server.one_at_a_time = True
    server.responder = lambda body: (time.sleep(0.05), "ok")[1]
    client = LLMClient(make_settings(server.base_url, request_timeout=0.3))
    assert client.settings.concurrency == 1  # a loopback endpoint is local
    results = await asyncio.gather(*(client.complete("judge", MESSAGES) for _ in range(8)))
    assert [r.text for r in results] == ["ok"] * 8
    assert server.max_in_flight == 1
    assert all(r.attempts == 1 for r in client.records)  # queued calls wait in the client, not in a timeout
    await client.aclose()


async def test_concurrency_is_configurable(server):
    server.responder = lambda body: (time.sleep(0.1), "ok")[1]
    client = LLMClient(make_settings(server.base_url, max_concurrency=4))
    await asyncio.gather(*(client.complete("judge", MESSAGES) for _ in range(4)))
    assert server.max_in_flight >= 2
    await client.aclose()


def test_hosted_apis_run_in_parallel_local_ones_one_at_a_time():
    assert load_settings(model="m", base_url="https://api.openai.com/v1").concurrency == 4
    assert load_settings(model="m", base_url="http://localhost:8080/v1").concurrency == 1
    assert load_settings(model="m", base_url="http://gpu-box.lan:8000/v1").concurrency == 1
    assert load_settings(model="m", base_url="http://localhost:8080/v1", max_concurrency=3).concurrency == 3
    assert load_settings(model="m", base_url="http://localhost:8080/v1").context_window == 4096


async def test_a_timeout_is_retried_once_even_when_it_outlasts_the_backoff_budget(server):
    client = LLMClient(make_settings(server.base_url, request_timeout=0.3, max_total_wait=0.1, max_attempts=4))
    server.script(Step.hang(2), Step.text("second try"))
    assert (await client.complete("judge", MESSAGES)).text == "second try"
    server.script(Step.hang(2), Step.hang(2), Step.text("not asked"))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("judge", MESSAGES)
    assert "no response within 0.3s (2 attempts)" in str(err.value)
    await client.aclose()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_circuit_breaker_skips_a_dead_endpoint_says_so_once_and_tries_again_later(server):
    clock = Clock()
    client = LLMClient(
        make_settings(server.base_url, max_attempts=2, breaker_cooloff=60, breaker_cooloff_cap=200), clock=clock
    )
    server.script(Step.error(503), Step.error(503))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("judge", MESSAGES)
    assert "not calling 127.0.0.1" in str(err.value) and "again for 60 s" in str(err.value) and not err.value.quiet
    asked = len(server.requests)
    for _ in range(5):  # skipped at once, quietly: no request, no retry budget spent
        with pytest.raises(LLMUnavailable) as err:
            await client.stream("interviewer", MESSAGES, lambda _: None)
        assert err.value.quiet
    assert len(server.requests) == asked
    clock.now += 61  # cool-off over: the endpoint is tried again, still down, the cool-off doubles
    server.script(Step.error(503), Step.error(503))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("judge", MESSAGES)
    assert "again for 120 s" in str(err.value)
    clock.now += 121  # the server came back
    server.script(Step.text("back"))
    assert (await client.complete("judge", MESSAGES)).text == "back"
    clock.now += 1
    server.script(Step.error(503), Step.error(503))
    with pytest.raises(LLMUnavailable) as err:
        await client.complete("judge", MESSAGES)
    assert "again for 60 s" in str(err.value)  # a success reset the cool-off
    await client.aclose()


async def test_non_transient_errors_do_not_trip_the_breaker(server, client):
    server.script(Step.error(401, message="bad key"), Step.text("fine"))
    with pytest.raises(LLMUnavailable):
        await client.complete("judge", MESSAGES)
    assert (await client.complete("judge", MESSAGES)).text == "fine"


async def test_a_dead_endpoint_costs_one_retry_budget_per_cool_off_in_an_interview(tmp_path):
    from tests.llm.test_llm_interviews import interview

    settings = make_settings(f"http://127.0.0.1:{closed_port()}/v1", max_attempts=3, judge_samples=1)
    started = time.perf_counter()
    loaded = await interview(tmp_path, "over-delegator", settings)
    calls = [c for e in loaded.events if e.type == "llm_calls" for c in e.calls]
    assert sum(c["attempts"] for c in calls) == 3  # one budget, then every call is skipped
    notices = [e.text for e in loaded.events if e.type == "notice"]
    assert sum("not calling 127.0.0.1" in n for n in notices) == 1  # said once
    assert time.perf_counter() - started < 20


def test_config_masks_credentials_in_the_base_url(monkeypatch, capsys):
    from agent.cli.main import main

    monkeypatch.setenv("LOCUS_MODEL", "m")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://alice:hunter2-secret@llm.example.com/v1?api_key=qwerty-123&x=1")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "hunter2-secret" not in out and "qwerty-123" not in out and "alice" not in out
    assert "llm.example.com/v1" in out and "x=1" in out
