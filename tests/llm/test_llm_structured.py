"""Structured outputs: json_schema first, JSON mode for servers without it, one repair, then failure."""

from __future__ import annotations

import json
from typing import Literal

import pytest
from fake_openai_server import Step
from pydantic import BaseModel

from agent.llm.client import LLMUnavailable
from agent.llm.structured import StructuredOutputError, json_mode_only, structured

MESSAGES = [{"role": "system", "content": "Label it."}, {"role": "user", "content": "I chose Postgres."}]


class Label(BaseModel):
    label: Literal["self", "group"]
    reason: str


async def test_json_schema_is_requested_and_validated(server, client):
    server.script(Step.text('{"label": "self", "reason": "I chose"}'))
    got = await structured(client, "classifier", MESSAGES, Label, name="label")
    assert got == Label(label="self", reason="I chose")
    fmt = server.requests[-1].body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "label"
    schema = fmt["json_schema"]["schema"]
    assert schema["additionalProperties"] is False and set(schema["required"]) == {"label", "reason"}
    assert schema["properties"]["label"]["enum"] == ["self", "group"]


async def test_server_without_json_schema_falls_back_to_json_mode_and_remembers(server, client):
    server.reject_json_schema = True  # llama.cpp-style HTTP 500
    server.script(Step.text('{"label": "group", "reason": "we"}'))
    got = await structured(client, "classifier", MESSAGES, Label, name="label")
    assert got.label == "group"
    kinds = [r.response_format_type for r in server.requests]
    assert kinds == ["json_schema", "json_object"]  # the 500 was not retried as transient
    sent = server.requests[-1].body
    assert sent["response_format"]["schema"]["properties"]["label"]["enum"] == ["self", "group"]
    assert "JSON Schema" in sent["messages"][0]["content"]
    assert json_mode_only(client.settings.endpoint)
    server.script(Step.text('{"label": "self", "reason": "I"}'))
    await structured(client, "classifier", MESSAGES, Label, name="label")
    assert server.requests[-1].response_format_type == "json_object" and len(server.requests) == 3


async def test_invalid_json_gets_one_repair_request(server, client):
    server.script(Step.text("Sure! label=self"), Step.text('```json\n{"label": "self", "reason": "fixed"}\n```'))
    got = await structured(client, "classifier", MESSAGES, Label, name="label")
    assert got.reason == "fixed"
    repair = server.requests[-1].body["messages"]
    assert repair[-2] == {"role": "assistant", "content": "Sure! label=self"}
    assert "not valid" in repair[-1]["content"]


async def test_second_invalid_reply_raises_for_offline_fallback(server, client):
    server.script(Step.text('{"label": "manager", "reason": "x"}'), Step.text('{"label": "boss"}'))
    with pytest.raises(StructuredOutputError) as err:
        await structured(client, "classifier", MESSAGES, Label, name="label")
    assert "after one repair" in str(err.value) and len(server.requests) == 2


async def test_other_errors_propagate_without_format_fallback(server, client):
    server.script(Step.error(401, message="no such key"))
    with pytest.raises(LLMUnavailable):
        await structured(client, "classifier", MESSAGES, Label, name="label")
    assert [r.response_format_type for r in server.requests] == ["json_schema"]
    assert not json_mode_only(client.settings.endpoint)


def test_schema_sent_is_valid_json_schema():
    import jsonschema

    from agent.llm.structured import strict_schema

    schema = strict_schema(Label)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads('{"label": "self", "reason": "r"}'), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"label": "self", "reason": "r", "extra": 1}, schema)
