"""Saved interview sessions: an append-only, versioned JSON Lines event log."""
