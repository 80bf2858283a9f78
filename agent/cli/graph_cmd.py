"""``locus graph``: print the interview state machine as Mermaid."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``graph``."""
    p = sub.add_parser("graph", help="print the interview state machine as Mermaid")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the Mermaid diagram."""
    from agent.graph.builder import mermaid

    print(mermaid(), end="")
    return 0
