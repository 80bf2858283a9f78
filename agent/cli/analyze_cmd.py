"""``locus analyze [PATH|-]``: decision locus of each input line.

One utterance per line.  Output keeps the input's line count and order: one
block (or, with ``--json``, exactly one JSON object) per input line.  Offsets are
character offsets into the decoded line (a trailing ``\\r`` is dropped first).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

from agent.cli.line_input import open_lines

_BATCH = 128
MAX_LINE_BYTES = 1_000_000
# json.dumps(ensure_ascii=False) leaves C1 controls, bidi overrides and line separators raw.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_COLOURS = {
    "self": "32",
    "authority": "31",
    "group": "35",
    "process": "33",
    "agentless": "36",
    "hedged": "34",
    "none": "2",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``analyze`` sub-command."""
    parser = subparsers.add_parser(
        "analyze",
        help="show who holds each decision, one utterance per input line",
        description=(
            "Read one utterance per line (a file, or stdin with '-' or no argument) and show where each "
            "decision sits: self, authority, group, process, agentless, hedged or none. Probe loci are the "
            "ones an interviewer would follow up on."
        ),
    )
    parser.add_argument("path", nargs="?", default="-", help="input file, or '-' for stdin (default)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per input line")
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for big inputs (default: one per core, up to 2, once input passes 1,000 lines)",
    )
    parser.set_defaults(func=run)


def json_line(obj: dict) -> str:
    """Compact JSON on one line with every control/bidi character escaped."""
    text = json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def run(args: argparse.Namespace) -> int:
    """Analyse every line and print the results in input order."""
    from agent.analysis import warmup
    from agent.analysis.nlp import ModelUnavailable
    from agent.cli.main import CliError
    from agent.cli.parallel_lines import render_lines

    source, warn = open_lines(args.path)
    try:
        try:
            warmup()  # load once in this process; forked workers share it
        except ModelUnavailable as exc:
            raise CliError(str(exc), 2) from None
        out = sys.stdout
        render = _JsonRender() if args.json else _HumanRender(out.isatty())
        for text in render_lines(_lines(source, warn), render, jobs=args.jobs, batch_size=_BATCH):
            out.write(text)
        out.flush()
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    return 0


class _JsonRender:
    def __call__(self, analysis) -> str:
        return json_line(analysis.to_line_json()) + "\n"


class _HumanRender:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, analysis) -> str:
        return _human(analysis, self.colour)


def _lines(source: BinaryIO, warn) -> Iterator[str]:
    from agent.util.files import capped_lines

    for number, (raw, cut) in enumerate(capped_lines(source, MAX_LINE_BYTES), start=1):
        if cut:
            print(
                f"locus: warning: line {number} is over {MAX_LINE_BYTES:,} bytes; only the first "
                f"{MAX_LINE_BYTES:,} were analysed",
                file=sys.stderr,
            )
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            warn(number)
            yield line.decode("utf-8", errors="replace")


def _human(analysis, colour: bool) -> str:
    from agent.util.inert import inert_text

    def paint(text: str, locus: str) -> str:
        return f"\x1b[{_COLOURS.get(locus, '0')}m{text}\x1b[0m" if colour else text

    text = analysis.text
    marked, last = [], 0
    for span in sorted(analysis.spans, key=lambda s: s.start):
        if span.start < last:
            continue
        marked.append(inert_text(text[last : span.start]))
        marked.append(paint("[" + inert_text(span.text) + "]", span.locus) + "{" + span.locus + "}")
        last = span.end
    marked.append(inert_text(text[last:]))
    verdict = analysis.locus + (" (probe)" if analysis.probe else "")
    body = " ".join("".join(marked).split("\n"))
    return f"{paint(verdict.ljust(18), analysis.locus)} {body}\n"
