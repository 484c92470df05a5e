"""The ``govdisclosure`` command line (argparse only).

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error. Messages go to
stderr; a bad file is reported and the batch goes on.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN, EXIT_INPUT, usage_error
from govdisclosure.cli.output import redirected
from govdisclosure.cli.parser import parser
from govdisclosure.cli.processes import sharing
from govdisclosure.model.errors import GovDisclosureError
from govdisclosure.text.limits import DEFAULT_MAX_SIZE


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    run = Run(out or sys.stdout, err or sys.stderr, max_size=getattr(args, "max_size", DEFAULT_MAX_SIZE))
    run.jobs = getattr(args, "jobs", 1)
    run.progress = getattr(args, "progress", None)
    run.quiet = getattr(args, "quiet", False)
    problem = usage_error(args)
    if problem:
        run.fail(problem)
        return EXIT_INPUT
    try:
        command = importlib.import_module(f"govdisclosure.cli.commands.{args.command}")
        with redirected(run, args), _rare_collections(), sharing():
            code: int = command.run(run, args)
    except GovDisclosureError as error:  # an output that cannot be written, a missing extra
        run.fail(str(error))
        return EXIT_INPUT
    except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
        sys.stderr.close()
        return EXIT_CLEAN
    except KeyboardInterrupt:
        return 130
    return EXIT_INPUT if run.input_failed else code


# A batch keeps up to a thousand reports (cli.checked): many small objects in no reference cycle.
# At the default thresholds the collector walks them again and again (about 12 % of the CPU of a
# 250-report check); one young collection per 50,000 objects is enough for what does form cycles.
_BATCH_THRESHOLDS = (50_000, 20, 100)


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """The garbage collector's thresholds raised for a run, then restored (``main`` also runs in-process)."""
    before = gc.get_threshold()
    gc.set_threshold(*_BATCH_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


if __name__ == "__main__":
    sys.exit(main())
