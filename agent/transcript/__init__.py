"""Transcript turns shared by sessions, scoring and replay."""

from agent.transcript.models import Speaker, Turn

__all__ = ["Speaker", "Turn"]
