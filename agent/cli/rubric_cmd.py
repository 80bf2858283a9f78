"""``locus rubric check|schema|test``: tools for rubric authors."""

from __future__ import annotations

import argparse
import sys

from agent.util.inert import inert_text


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``rubric`` with its ``check``, ``schema`` and ``test`` sub-commands."""
    parser = subparsers.add_parser("rubric", help="validate, test and describe rubric files")
    sub = parser.add_subparsers(dest="rubric_command", metavar="ACTION")
    check = sub.add_parser("check", help="validate a rubric; prints PATH:LINE:COL: message per problem")
    check.add_argument("path", metavar="PATH")
    check.set_defaults(func=_check)
    schema = sub.add_parser("schema", help="print the rubric JSON Schema (draft-07)")
    schema.set_defaults(func=_schema)
    test = sub.add_parser("test", help="run the rubric's embedded examples")
    test.add_argument("path", metavar="PATH")
    test.set_defaults(func=_test)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _load_or_report(path: str):
    """The rubric at ``path``, or ``None`` after printing one ``PATH:LINE:COL: message`` per problem."""
    from agent.rubric.loader import RubricError, load_rubric

    try:
        return load_rubric(path)
    except RubricError as exc:
        for problem in exc.problems:
            print(inert_text(str(problem)))
        return None


def _check(args: argparse.Namespace) -> int:
    rubric = _load_or_report(args.path)
    if rubric is None:
        return 1
    cues = sum(len(d.cues) for d in rubric.dimensions)
    print(
        f"{args.path}: ok ({rubric.id} {rubric.version}: {len(rubric.dimensions)} dimensions, "
        f"{cues} cues, {len(rubric.examples)} examples)"
    )
    return 0


def _schema(args: argparse.Namespace) -> int:
    from agent.rubric.schema import rubric_json_schema_text

    sys.stdout.write(rubric_json_schema_text())
    return 0


def _test(args: argparse.Namespace) -> int:
    from agent.rubric.examples import run_examples

    rubric = _load_or_report(args.path)
    if rubric is None:
        return 1
    if not rubric.examples:
        print(f"{args.path}: no examples to run")
        return 0
    checks = run_examples(rubric)
    width = max(len(c.example) for c in checks)
    dim_width = max(len(c.dimension) for c in checks)
    for c in checks:
        actual = "null" if c.actual is None else str(c.actual)
        mark = "ok  " if c.ok else "FAIL"
        print(f"{mark} {c.example:<{width}}  {c.dimension:<{dim_width}}  expected {c.expected:<12} actual {actual}")
    failed = sum(1 for c in checks if not c.ok)
    examples = len({c.example for c in checks})
    print(f"{examples} examples, {len(checks)} checks, {failed} failed")
    return 1 if failed else 0
