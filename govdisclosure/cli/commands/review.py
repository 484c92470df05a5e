"""``govdisclosure review FILE... --output DIR``: a review page per report and an index.

This is where files become pages: the inputs are parsed here (``cli.batch.parsed``) and handed to
the ``review`` layer, which never parses.
"""

from __future__ import annotations

import argparse

from govdisclosure.cli.checked import CheckedBatch
from govdisclosure.cli.inputs import Run
from govdisclosure.cli.options import EXIT_CLEAN
from govdisclosure.review import ReviewBatch


class _Noting(Run):
    """A run that also keeps what it reported about each bad input, for the index."""

    def __init__(self, run: Run) -> None:
        super().__init__(run.out, run.err)
        self.run = run
        self.messages: list[str] = []

    def fail(self, message: str) -> None:
        self.messages.append(message)
        self.run.fail(message)

    def reason(self, name: str) -> str | None:
        """What was reported about an input (the message after its name), if anything."""
        prefix = f"{name}: "
        return next((m.removeprefix(prefix) for m in self.messages if m.startswith(prefix)), None)


def run(state: Run, args: argparse.Namespace) -> int:
    """Write ``DIR/<input stem>.html`` for each report and ``DIR/index.html``.

    The inputs are checked together, as ``govdisclosure check`` does: a report with the same body's
    report of the year before and a department's with its government's, when both are inputs; the
    pages and the index show those relations.
    """
    noting = _Noting(state)
    files = noting.expand(args.files)
    unexpanded = [name for name in args.files if noting.reason(name) is not None]
    inputs = CheckedBatch(noting, files, args.rendering)
    pairing = inputs.pairing
    relations = [("previous_year", name, other) for name, other in pairing.previous]
    relations += [("parent", name, other) for name, other in pairing.parents]
    batch = ReviewBatch(args.output, lang=args.lang, relations=relations)
    written = set()
    for done in inputs.checked(lang=args.lang):
        try:
            batch.add(done.name, done.reading, done.result)
        except Exception as error:  # a bug of ours must not stop a batch of thousands
            noting.fail(f"{done.name}: internal error ({type(error).__name__}: {error}); please report it")
            continue
        written.add(done.name)
    for name in [*unexpanded, *files]:
        if name not in written:
            batch.fail(name, noting.reason(name) or "")
    index = batch.finish()
    print(f"wrote {len(written)} review page(s) and {index}", file=state.err)
    return EXIT_CLEAN
