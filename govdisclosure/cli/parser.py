"""The command line's grammar: every command's arguments, without importing what the commands use.

A command's module (``cli.commands.<name>``) is imported only when that command runs, so
``govdisclosure --version`` and ``--help`` start at once and ``check`` never imports the review pages.
"""

from __future__ import annotations

import argparse
from typing import Any

from govdisclosure import __version__
from govdisclosure.cli.options import add_batch, add_excel, add_files, add_lang, add_output, add_rendering
from govdisclosure.serde.schemas import SCHEMA_NAMES


def parser() -> argparse.ArgumentParser:
    """The parser of the whole command line; ``args.command`` names the command's module."""
    main = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Read and check 政府信息公开工作年度报告 (government information-disclosure annual reports).",
    )
    main.add_argument("--version", action="version", version=f"govdisclosure {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_parse, _facts, _check, _review, _schema):
        add(commands)
    return main


def _parse(commands: Any) -> None:
    cmd = commands.add_parser("parse", help="parse one report and print its JSON")
    cmd.add_argument("file", help="a report file (text, markdown or HTML; - for stdin)")
    cmd.add_argument("--indent", type=int, default=None, help="indent the JSON")
    add_output(cmd)
    add_rendering(cmd)
    cmd.set_defaults(command="parse")


def _facts(commands: Any) -> None:
    cmd = commands.add_parser("facts", help="every cell of each report (JSON Lines, CSV, xlsx or Parquet)")
    add_files(cmd)
    cmd.add_argument(
        "--format",
        choices=["jsonl", "csv", "xlsx", "parquet"],
        default="jsonl",
        help="xlsx: facts, findings and each report's tables; xlsx and parquet need --output",
    )
    add_excel(cmd)
    add_lang(cmd, "the xlsx findings")
    add_output(cmd)
    add_batch(cmd)
    add_rendering(cmd)
    cmd.set_defaults(command="facts")


def _check(commands: Any) -> None:
    cmd = commands.add_parser("check", help="run the consistency checks (勾稽关系) on reports")
    add_files(cmd)
    cmd.add_argument(
        "--format", choices=["text", "jsonl", "csv"], default="text", help="csv: one row a finding"
    )
    add_excel(cmd)
    add_lang(cmd, "the messages")
    cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    cmd.add_argument(
        "--previous",
        metavar="FILE",
        help="the same body's report of the year before, for every input (else pairs are found among the inputs)",
    )
    add_output(cmd)
    add_batch(cmd)
    add_rendering(cmd)
    cmd.set_defaults(command="check")


def _review(commands: Any) -> None:
    cmd = commands.add_parser("review", help="write a review page (HTML) per report and an index")
    add_files(cmd)
    cmd.add_argument("--output", "-o", metavar="DIR", required=True, help="folder for the pages")
    add_lang(cmd, "the pages")
    add_rendering(cmd)
    cmd.set_defaults(command="review")


def _schema(commands: Any) -> None:
    cmd = commands.add_parser("schema", help="print a JSON Schema, or write them to a file or folder")
    cmd.add_argument("name", nargs="?", choices=SCHEMA_NAMES, help="report (the default), facts or check")
    cmd.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="with a NAME: write that schema to PATH (a file, or a folder); without: every schema into the folder PATH",
    )
    cmd.set_defaults(command="schema")
