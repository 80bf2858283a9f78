"""Figure rows shared by the bench scripts and ``bench/run_all.py``.

A row is one measured figure: ``{"name", "value", "unit", "target", "ok", "detail"}``.
``target`` is text such as ``"<= 50"``, or ``"report"`` when there is no fixed
target (then ``ok`` is ``None``).  ``--json`` prints one row per line.
"""

from __future__ import annotations

import json

REPORT = "report"


def figure(name: str, value: float, unit: str, target: str, detail: str = "") -> dict:
    """Build a row; ``ok`` is worked out from ``target`` ("<= x", ">= x" or "report")."""
    return {"name": name, "value": value, "unit": unit, "target": target, "ok": meets(value, target), "detail": detail}


def meets(value: float, target: str) -> bool | None:
    op, _, bound = target.partition(" ")
    try:
        limit = float(bound.replace(",", ""))
    except ValueError:
        return None
    if op == "<=":
        return value <= limit
    if op == ">=":
        return value >= limit
    return None


def print_json(rows: list[dict]) -> None:
    for row in rows:
        print(json.dumps(row), flush=True)
