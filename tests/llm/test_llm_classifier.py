"""LLM locus classifier: only uncertain sentences, never over negation/quotes, offline on failure."""

from __future__ import annotations

import json

from fake_openai_server import Step
from llm_support import make_settings

from agent.analysis.models import AnswerAnalysis, SentenceResult, Span
from agent.llm.classifier import refine

TEXT = "Somehow the cache got dropped. I didn't approve it."


def analysis(first_uncertain=True, second_uncertain=True, negation_cue="did_not_ask") -> AnswerAnalysis:
    first = SentenceResult(start=0, end=30, text=TEXT[0:30], locus="none", probe=False, uncertain=first_uncertain)
    neg = Span(start=31, end=51, text=TEXT[31:51], locus="none", cue=negation_cue)
    second = SentenceResult(
        start=31, end=52, text=TEXT[31:52], locus="none", probe=False, spans=[neg], uncertain=second_uncertain
    )
    return AnswerAnalysis(text=TEXT, sentences=[first, second], spans=[neg])


def label(locus: str) -> str:
    return json.dumps({"reason": "no one is named as deciding", "locus": locus})


async def test_uncertain_sentence_is_relabelled_and_verdict_updated(server, client):
    server.script(Step.text(label("agentless")))
    out = await refine(analysis(), client)
    assert len(server.requests) == 1  # the negated sentence was not sent
    assert '"Somehow the cache got dropped."' in server.requests[0].body["messages"][1]["content"]
    assert out.sentences[0].locus == "agentless" and out.sentences[0].probe
    assert out.locus == "agentless" and out.probe and out.main.text == "Somehow the cache got dropped."
    assert out.sentences[1].locus == "none" and out.analyzer == "offline+llm"
    enum = server.requests[0].body["response_format"]["json_schema"]["schema"]["properties"]["locus"]["enum"]
    assert sorted(enum) == sorted(["self", "authority", "group", "process", "agentless", "hedged", "none"])


async def test_certain_sentences_are_not_sent(server, client):
    plain = AnswerAnalysis(
        text=TEXT, sentences=[SentenceResult(start=0, end=30, text=TEXT[:30], locus="none", probe=False)]
    )
    assert await refine(plain, client) is plain
    assert await refine(analysis(False, False), client) == analysis(False, False)
    assert server.requests == []


async def test_quote_handling_is_never_overridden(server, client):
    out = await refine(analysis(first_uncertain=False, negation_cue="quoted_speech"), client)
    assert server.requests == [] and out == analysis(first_uncertain=False, negation_cue="quoted_speech")


async def test_failure_leaves_the_offline_analysis(server):
    server.script(Step.error(500), Step.error(500), Step.error(500))
    original = analysis()
    out = await refine(original, make_settings(server.base_url))
    assert out == original and out.analyzer == "offline"


async def test_invalid_label_after_repair_is_ignored(server, client):
    server.script(Step.text('{"reason": "x", "locus": "manager"}'), Step.text('{"locus": "boss"}'))
    out = await refine(analysis(), client)
    assert out.locus == "none" and out.sentences[0].locus == "none" and len(server.requests) == 2


async def test_real_analyzer_uncertain_sentence_gets_a_second_opinion(server, client):
    from agent.analysis import analyze

    text = "We agreed, and I decided to ship. I wrote the migration plan myself."
    offline = analyze(text)
    flagged = [s.text for s in offline.sentences if s.uncertain]
    assert flagged == ["We agreed, and I decided to ship."]
    server.script(Step.text(label("group")))
    out = await refine(offline, client)
    assert (
        len(server.requests) == 1
        and '"We agreed, and I decided to ship."' in server.requests[0].body["messages"][1]["content"]
    )
    assert out.sentences[0].locus == "group" and out.sentences[0].probe
    assert out.sentences[1] == offline.sentences[1]
    assert out.locus == offline.locus == "self"  # the verdict came from a sentence the rules were sure of
    assert all(text[s.start : s.end] == s.text for s in out.spans)
    server.script(Step.text(label("group")))
    alone = await refine(analyze(flagged[0]), client)
    assert alone.locus == "group" and alone.probe and alone.main.locus == "group"
