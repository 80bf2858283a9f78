"""``locus audit FILE``: where the decision sits in each prepared story, and how to re-tell it.

Stories are split at Markdown headings; without headings, at blank lines.  For
each story: the main decision's locus, every deflecting phrase (quoted) with a
reframing question, and the phrases that already own the decision.  The audit
only asks questions: it never writes a story for the candidate.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass

MAX_AUDIT_BYTES = 1_000_000
# Linear: the title is taken greedily and its trailing spaces and #s are stripped in Python
# (a lazy title followed by [ \t#]*$ retried every run of spaces: quadratic on long lines).
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.*)")


@dataclass
class Story:
    """One story: its title (heading or first words), first line number and text."""

    title: str
    line: int
    text: str


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``audit`` sub-command."""
    parser = subparsers.add_parser(
        "audit",
        help="audit prepared stories: where each decision sits and how to re-tell deflecting phrases",
        description=(
            "Read a Markdown or text file of prepared interview stories (one per heading, or per "
            "blank-line-separated block) and show, for each, where the decision sits, each phrase that "
            "moves it away from you, and a question to help you re-tell it honestly."
        ),
    )
    parser.add_argument("path", help="Markdown or text file ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per story")
    parser.set_defaults(func=run)


def split_stories(text: str) -> list[Story]:
    """Stories in file order (headings win over blank lines when the file has any)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    has_heading = any(_HEADING.fullmatch(line) for line in lines)
    stories: list[Story] = []
    title, start, body = "", 0, []

    def flush() -> None:
        content = "\n".join(body).strip()
        if content:
            words = " ".join(content.split()[:8])
            stories.append(Story(title=title or words, line=start + 1, text=content))

    for number, line in enumerate(lines):
        heading = _HEADING.fullmatch(line) if has_heading else None
        if heading:
            flush()
            title, start, body = heading.group(1).rstrip(" \t#").strip(), number, []
        elif not has_heading and not line.strip():
            flush()
            title, start, body = "", number + 1, []
        else:
            if not body and not has_heading:
                start = number
            body.append(line)
    flush()
    return stories


def audit(stories: list[Story]) -> list[dict]:
    """Analysis of each story as plain data."""
    from agent.analysis import analyze_many, is_probe, reframe_question

    results = []
    for story, analysis in zip(stories, analyze_many([s.text for s in stories]), strict=False):
        flags = [
            {**span.model_dump(), "question": reframe_question(span)} for span in analysis.spans if is_probe(span.locus)
        ]
        owned = [span.model_dump() for span in analysis.spans if span.locus == "self"]
        results.append(
            {
                "title": story.title,
                "line": story.line,
                "text": story.text,
                "locus": analysis.locus,
                "probe": analysis.probe,
                "main": analysis.main.model_dump() if analysis.main else None,
                "flags": flags,
                "owned": owned,
            }
        )
    return results


def run(args: argparse.Namespace) -> int:
    """Print the audit."""
    from agent.analysis.nlp import ModelUnavailable
    from agent.cli.analyze_cmd import json_line
    from agent.cli.line_input import read_text
    from agent.cli.main import CliError

    stories = split_stories(read_text(args.path, MAX_AUDIT_BYTES))
    try:
        results = audit(stories)
    except ModelUnavailable as exc:
        raise CliError(str(exc), 2) from None
    if args.json:
        print(_json_array(results, json_line))
        return 0
    if not results:
        print("No stories found (write one per Markdown heading or separate them with blank lines).")
        return 0
    sys.stdout.write(render(results))
    return 0


def _json_array(results: list[dict], json_line) -> str:
    return "[" + ",\n ".join(json_line(r) for r in results) + "]"


def render(results: list[dict]) -> str:
    """Human-readable audit (all user text made inert)."""
    from agent.util.inert import clip, inert_text

    def q(text: str) -> str:
        return "“" + clip(" ".join(inert_text(text).split()), 160) + "”"

    out: list[str] = []
    flagged = sum(1 for r in results if r["flags"])
    out.append(
        f"Audited {len(results)} stor{'y' if len(results) == 1 else 'ies'}: {flagged} with deflecting phrases.\n"
    )
    for n, r in enumerate(results, start=1):
        out.append(f"\n{n}. {clip(' '.join(inert_text(r['title']).split()), 80)}  (line {r['line']})\n")
        main = r["main"]
        where = r["locus"] + (" — deflected, an interviewer would probe" if r["probe"] else "")
        out.append(f"   Decision sits with: {where}\n")
        if main:
            out.append(f"   Main decision: {q(main['text'])}\n")
        if r["flags"]:
            out.append("   Deflecting phrases:\n")
            for f in r["flags"]:
                out.append(f"   - {q(f['text'])} [{f['locus']}]\n")
                out.append(f"     Ask yourself: {inert_text(f['question'])}\n")
        else:
            out.append("   No deflecting phrases found.\n")
        if r["owned"]:
            out.append("   Already owned: " + "; ".join(q(o["text"]) for o in r["owned"][:3]) + "\n")
        elif not main:
            out.append("   No decision narrated: say which call you made, and why.\n")
    return "".join(out)
