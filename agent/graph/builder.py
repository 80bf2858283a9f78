"""Assemble the interview ``StateGraph`` and draw it as Mermaid."""

from __future__ import annotations

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.graph import START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.analysis.models import AnswerAnalysis, SentenceResult, Span
from agent.graph import nodes
from agent.graph.context import InterviewContext
from agent.graph.state import Cursor, Draft, InterviewState, Pending
from agent.transcript.models import Turn

# Types the checkpointer may rebuild from its msgpack form (anything else is refused).
STATE_TYPES = (Turn, Cursor, Draft, Pending, AnswerAnalysis, SentenceResult, Span)


def checkpoint_serializer() -> JsonPlusSerializer:
    """Serializer that only revives our own state types."""
    return JsonPlusSerializer(allowed_msgpack_modules=[(t.__module__, t.__name__) for t in STATE_TYPES])


def build_graph(checkpointer: object | None = None) -> CompiledStateGraph:
    """Nodes route themselves with ``Command``; only the entry edge is declared."""
    graph = StateGraph(InterviewState, context_schema=InterviewContext)
    graph.add_node("begin", nodes.begin)
    graph.add_node("ask", nodes.ask)
    graph.add_node("await_answer", nodes.await_answer)
    graph.add_node("analyze", nodes.analyze)
    graph.add_node("route", nodes.route)
    graph.add_node("wrap_up", nodes.wrap_up)
    graph.add_node("close", nodes.close)
    graph.add_node("score", nodes.score)
    graph.add_edge(START, "begin")
    return graph.compile(
        checkpointer=checkpointer if checkpointer is not None else InMemorySaver(serde=checkpoint_serializer())
    )


def mermaid() -> str:
    """The state machine as a Mermaid flowchart (what ``locus graph`` prints)."""
    return build_graph().get_graph().draw_mermaid().strip() + "\n"
