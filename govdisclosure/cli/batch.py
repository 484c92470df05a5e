"""A batch: every input of a command parsed in turn, with progress on a terminal.

One bad input never stops the batch: it is reported (``Run.fail``) and the next one is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from govdisclosure.cli.inputs import Run, shown
from govdisclosure.model.errors import InputError
from govdisclosure.read.pipeline import ParseResult, parse
from govdisclosure.template.spec import Template


def parsed(run: Run, names: Sequence[str], rendering: str | None = None) -> Iterator[tuple[str, ParseResult]]:
    """Each readable input parsed; progress on stderr when it is a terminal."""
    files = run.expand(names)
    show = len(files) > 1 and run.err.isatty()
    for index, name in enumerate(files, 1):
        if show:
            print(f"\r[{index}/{len(files)}] {name}", end="", file=run.err, flush=True)
        try:
            result = parse(run.source(name), rendering=rendering, max_size=run.max_size)
            if result.report.template is Template.UNKNOWN:
                run.fail(f"{name}: no 政府信息公开工作年度报告 found (neither its tables nor its sections)")
            yield shown(name), result
        except InputError as error:
            run.fail(str(error))
        except OSError as error:  # standard input
            run.fail(f"{name}: cannot read: {error.strerror or error}")
        except Exception as error:  # a bug of ours must not stop a batch of thousands
            run.fail(f"{name}: internal error ({type(error).__name__}: {error}); please report it")
    if show:
        print(file=run.err)
