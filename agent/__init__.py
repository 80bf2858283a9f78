"""Locus: a terminal mock interviewer that listens for who makes the decisions."""

__version__ = "0.1.0"
