"""The ``govdisclosure`` command line (argparse only).

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error. Messages go to
stderr; a bad file is reported and the batch goes on.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from govdisclosure import __version__
from govdisclosure.checks import check, format_text
from govdisclosure.diagnostics import Severity
from govdisclosure.errors import InputError
from govdisclosure.facts import facts_record, write_csv
from govdisclosure.findings import CheckResult, Status
from govdisclosure.jsonio import report_to_dict, unstructure
from govdisclosure.model import Report
from govdisclosure.parser import ParseResult, parse
from govdisclosure.schemas import SCHEMA_NAMES, schema_text
from govdisclosure.template_spec import Template

REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml"})
EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class _Run:
    """State of one command run: where output goes and whether an input failed."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.input_failed = False

    def fail(self, message: str) -> None:
        self.input_failed = True
        print(f"govdisclosure: {message}", file=self.err)

    def expand(self, names: Sequence[str]) -> list[str]:
        """Files, folders (searched for report files) and globs, in a stable order."""
        found: list[str] = []
        for name in names:
            path = Path(name)
            if name == "-" or path.is_file():
                found.append(name)
            elif path.is_dir():
                files = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES)
                if not files:
                    self.fail(f"{name}: no report files (.txt, .md, .html) in this folder")
                found.extend(files)
            elif any(ch in name for ch in "*?["):
                matches = sorted(glob.glob(name, recursive=True))
                if not matches:
                    self.fail(f"{name}: no file matches")
                found.extend(m for m in matches if Path(m).is_file())
            else:
                self.fail(f"{name}: no such file")
        return found

    def parsed(self, names: Sequence[str], rendering: str | None = None) -> Iterator[tuple[str, ParseResult]]:
        """Each readable input parsed; progress on stderr when it is a terminal."""
        files = self.expand(names)
        show = len(files) > 1 and self.err.isatty()
        for index, name in enumerate(files, 1):
            if show:
                print(f"\r[{index}/{len(files)}] {name}", end="", file=self.err, flush=True)
            try:
                source = sys.stdin.buffer.read() if name == "-" else Path(name)
                result = parse(source, rendering=rendering)
                if result.report.template is Template.UNKNOWN:
                    self.fail(
                        f"{name}: no 政府信息公开工作年度报告 found (neither its tables nor its sections)"
                    )
                yield name, result
            except InputError as error:
                self.fail(str(error))
            except OSError as error:  # standard input
                self.fail(f"{name}: cannot read: {error.strerror or error}")
            except Exception as error:  # a bug of ours must not stop a batch of thousands
                self.fail(f"{name}: internal error ({type(error).__name__}: {error}); please report it")
        if show:
            print(file=self.err)


def _emit_json(run: _Run, data: Any, indent: int | None = None) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=indent), file=run.out)


def _cmd_parse(run: _Run, args: argparse.Namespace) -> int:
    for _, result in run.parsed([args.file], args.rendering):
        _emit_json(run, report_to_dict(result.report), args.indent)
    return EXIT_CLEAN


def _cmd_facts(run: _Run, args: argparse.Namespace) -> int:
    reports = ((name, result.report) for name, result in run.parsed(args.files, args.rendering))
    if args.format == "csv":
        write_csv(run.out, reports)
    else:
        for name, report in reports:
            _emit_json(run, facts_record(report, name))
    return EXIT_CLEAN


def check_record(name: str | None, report: Report, result: CheckResult) -> dict[str, Any]:
    """The JSON record of one checked report (see ``schemas/check.schema.json``)."""
    return {
        "file": name,
        "template": report.template.value,
        "findings": [unstructure(f) for f in result.findings],
        "summary": {
            "passed": result.passed,
            "failed": result.failed,
            "not_assessable": result.not_assessable,
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
        },
    }


def _cmd_check(run: _Run, args: argparse.Namespace) -> int:
    previous: Report | None = None
    if args.previous:
        loaded = list(run.parsed([args.previous], args.rendering))
        if not loaded:
            return EXIT_INPUT
        previous = loaded[0][1].report
    threshold = Severity(args.fail_on)
    worst = EXIT_CLEAN
    for name, parsed in run.parsed(args.files, args.rendering):
        result = check(parsed.report, previous, lang=args.lang, text=parsed.text)
        if args.format == "jsonl":
            _emit_json(run, check_record(name, parsed.report, result))
        else:
            print(format_text(result, parsed.report, file=name, lang=args.lang), file=run.out)
        if any(f.status is Status.FAIL and f.severity.rank >= threshold.rank for f in result.findings):
            worst = EXIT_FINDINGS
    return worst


def _cmd_schema(run: _Run, args: argparse.Namespace) -> int:
    if args.output:
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SCHEMA_NAMES:
            (folder / f"{name}.schema.json").write_text(schema_text(name), encoding="utf-8")
        print(f"wrote {len(SCHEMA_NAMES)} schemas to {folder}", file=run.err)
    else:
        run.out.write(schema_text(args.name))
    return EXIT_CLEAN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Read and check 政府信息公开工作年度报告 (government information-disclosure annual reports).",
    )
    parser.add_argument("--version", action="version", version=f"govdisclosure {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    renderings = ["html", "markdown", "pipe", "flat", "text"]

    cmd = commands.add_parser("parse", help="parse one report and print its JSON")
    cmd.add_argument("file", help="a report file (text, markdown or HTML; - for stdin)")
    cmd.add_argument("--indent", type=int, default=None, help="indent the JSON")
    cmd.add_argument("--rendering", choices=renderings, help="skip rendering detection")
    cmd.set_defaults(run=_cmd_parse)

    cmd = commands.add_parser("facts", help="print every cell of each report (JSON Lines or CSV)")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    cmd.add_argument("--rendering", choices=renderings)
    cmd.set_defaults(run=_cmd_facts)

    cmd = commands.add_parser("check", help="run the consistency checks (勾稽关系) on reports")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="files, folders or globs")
    cmd.add_argument("--format", choices=["text", "jsonl"], default="text")
    cmd.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the messages")
    cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    cmd.add_argument("--previous", metavar="FILE", help="the same body's report of the year before")
    cmd.add_argument("--rendering", choices=renderings)
    cmd.set_defaults(run=_cmd_check)

    cmd = commands.add_parser("schema", help="print a JSON Schema, or write them all to a folder")
    cmd.add_argument("name", nargs="?", choices=SCHEMA_NAMES, default="report")
    cmd.add_argument("--output", metavar="DIR", help="write every schema file into DIR")
    cmd.set_defaults(run=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    run = _Run(out or sys.stdout, err or sys.stderr)
    try:
        code: int = args.run(run, args)
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        sys.stderr.close()
        return EXIT_CLEAN
    except KeyboardInterrupt:
        return 130
    return EXIT_INPUT if run.input_failed else code


if __name__ == "__main__":
    sys.exit(main())
